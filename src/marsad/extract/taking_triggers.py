"""Trigger words for the acts that take people: abductions (kidnapping, hostages, detention by an armed group) and
the recruitment or use of children. Plain pattern strings, read by :data:`marsad.extract.triggers.TRIGGERS` (which
compiles them with the others); ``docs/codebook.md`` says what each type covers."""

from __future__ import annotations

ABDUCTION_WORDS: tuple[str, ...] = (
    # (not "carted away livestocks, other valuables", "how many weapons were carted away")
    r"(?<!weapons were )(?<!firearms were )(?<!guns were )(?<!rifles were )(?<!arms were )"
    r"carted (?:them )?(?:off|away)(?! (?:livestocks?|cattle|cows|goats|sheep|camels|animals|valuables|food|property|goods"
    r"|domestic animals|weapons|firearms|guns|rifles|arms)\b)",
    r"(?:made|making|make|makes) off with (?:[\w,-]+ ){0,3}(?:children|girls|boys|women|people|villagers|hostages|pupils)",
    # "the seizure of 10 cops and three of their kinfolk"
    r"\bseizure of (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:\w+ )?(?:cops|policemen|police officers"
    r"|soldiers|civilians|people|villagers|hostages)\b",
    r"(?:captured|capturing|seized|seizing|grabbed|snatched|marched) (?:more than |greater than |at least |about |some |as many as |up to |nearly |over )?(?:\d[\d,]*|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens of|scores of|hundreds of) (?:\w+ )?(?:aid workers|women|girls|boys|children|villagers|"
    r"passengers|civilians|students|pupils|traders|farmers|people|policemen|police officers)\b",
    r"abduct(?:ed|s|ing|ion|ions)\b(?! threats?\b)",  # (not "Herdsmen use abduction threats to force farmers")
    # "killed the village's men while capturing Yazidi women and children"
    r"captur(?:ed|ing) (?:the |their )?(?:\w+ (?:and )?)?(?:women|girls|children|boys)\b",
    r"kidnap\w*",
    r"seized? [\w\s,]{0,30}(?:students|girls|women|children|pupils)",
    r"taken (?:captive|hostage)",
    # "The man had been seized from a seafood restaurant": a person taken, not a town or weapons seized
    r"\b(?:man|woman|men|women|hostages?|he|she|they|fishermen|tourists|crew(?:men)?|sailors|workers)"
    r" (?:was |were |had been |have been )?seized from\b",
    r"held captive",
    # "three other civilians also seized during the attack on the police outpost"
    r"\b(?:civilians|villagers|policemen|people|hostages|relatives)\b (?:also )?(?:seized|abducted|captured|kidnapped)"
    r" (?:during|in|by)\b",
    # "At least 90 Assyrians were seized by the militants", "100 families did not escape and were captured by ISIS"
    r"\b(?:people|persons|civilians|villagers|residents|families|Christians|Assyrians|Yazidis|tribesmen|women|children"
    r"|girls|boys|students|workers|worshippers)\b (?:[\w-]+ ){0,4}(?:were|was|had been|have been|might have been"
    r"|may have been|could have been) (?:also )?(?:seized|captured|taken(?! (?:to|into|in|for|part|away by their)\b))\b"
    r"(?! by (?:the )?(?:police|army|troops|soldiers|security|military|authorities)\b)",
    r"\b(?:women|girls|children|boys|men|people|villagers)\b (?:were|had been) (?:also )?taken (?:away )?by\b",
    r"(?:took|taken|taking) [\w\s,'()-]{0,60}(?:hostage|captive)",
    # a passenger train, bus or plane seized with the people on it
    r"hijack(?:ed|ing|s)? (?:a |an |the )?(?:[\w-]+ ){0,3}(?:train|bus|minibus|coach|lorry|plane|aircraft|flight|ship|boat|vessel)\b",
    r"\b(?:train|bus|minibus|coach|lorry|plane|aircraft|flight|ship|boat|vessel)\b[^.;]{0,80}\b(?:was|were|been|being) (?:hijacked|seized by)",
    r"(?:taken|held) hostage",
    r"\b(?:take|takes) (?:\w+ ){0,2}hostages?\b",  # a headline: "Armed men take hostages in Holey Artisan Bakery"
    r"\b(?:held|holding) [\w\s,]{1,60}\bhostage\b",  # "held 1,100 pupils, their relatives, and teachers hostage"
    r"snatched",
    r"carried (?:off|away)",
    r"carried (?:\w+ ){0,3}(?:girls|women|children|boys|people|villagers) (?:with them|away|off)",
    r"stopped (?:the |a |an )?(?:\w+ )?convoy",
    r"rounded up",
    r"(?:led|marched|whisked|dragged|driven) (?:them |him |her )?(?:\w+ ){0,3}away\b",
    # not the dead taken home, nor "livestock was burned or taken away"
    r"(?<!livestock was burned or )(?<!cattle were )(?<!livestock was )"
    r"taken away(?! by (?:their )?(?:relatives|families|family|loved ones))",
    r"hostage-taking",
    # staff of aid agencies and the UN detained by an armed group: "detaining at least 11 employees"
    r"detain(?:ed|ing|s)? (?:at least |more than |over |about |some |another )?(?:[\w-]+ ){0,3}"
    r"(?:staff(?: members)?|staffers|employees|personnel|aid workers|humanitarian workers)\b",
    r"(?:staff(?: members)?|staffers|employees|personnel|aid workers|workers)\b(?: [\w-]+){0,3} (?:were|have been|had been"
    r"|are|remain) (?:\w+ )?(?:detained|imprisoned|taken into custody)\b",
    r"(?:imprisoned|taken into custody|detained|held) by (?:armed )?(?:the )?(?:[\w-]+ ){0,2}(?:rebels|militants"
    r"|insurgents|militia(?:s|men)?|jihadists|Houthis?)\b",
    r"detention of (?:\w+ ){0,2}(?:staff(?:ers| members)?|employees|personnel|aid workers)\b",
    r"(?:have|has) been detained (?:so far|since)\b",  # "Dozens of people ... have been detained so far"
    r"\bstill hold(?:s|ing)\b(?! (?:considerable |large |vast |much )?(?:territory|territories|ground|swathes|areas|parts|towns))",
    r"(?:taken|took|held|holding) (?:\w+ ){0,2}(?:hostages?|captives?)\b",
    r"(?:were|was|been) taken from (?:their|a|the|his|her) (?:\w+ )?(?:school|homes?|village|dormitor\w+)",
    r"\bas human shields\b",
    r"(?:people|civilians|men|women|residents) (?:\w+ )?(?:detained|abducted|kidnapped|seized|held) by (?:the )?(?:group|militants|insurgents|(?-i:[A-Z])\w+)",
    r"detain(?:ed|ing)? (?:more than |at least |over |about |some )?(?:[\d,]+|hundreds|dozens|scores|thousands) (?:of )?(?:\w+ )?(?:people|civilians|men|women|residents|activists|journalists|officials)",
    r"seized (?:a |an |the |two |three |\d+ )?(?:[\w-]+ )?(?:mayor|chief|official|priest|imam|pastor|journalist|teacher|doctor|engineer|aid worker|trader|businessman|nurse|traders|engineers|passengers|villagers)\b",
    r"(?:people|women|girls|boys|children|men|captives|hostages) (?:are|were|remain) (?:still )?(?:being )?held\b",
    r"(?:remain(?:s|ed)?|(?:are|were|is|was) still) in (?:the group's|their|its|the militants'|the insurgents') hands",
    r"(?:are|remain|were) still missing\b|remain(?:s|ed)? missing\b",
    # "2,763 women and children remain unaccounted for" (hunters missing after an ambush may have fled)
    r"(?:women|girls|children|captives|hostages|abductees)\b[^.;]{0,20}\b(?:remain(?:s|ed)?|(?:are|were) still)"
    r" unaccounted for\b",
    r"remain(?:s|ed)? (?:captive|in captivity)",
    r"took (?:them )?away",
    r"took (?:the |their )?(?:\w+ ){0,2}(?:women|girls|children|boys)\b[^.;]{0,20}\baway\b",  # "took the women away"
    r"detain(?:ed|ing)? (?:a |an |the |two |three |four |five |\d+ |several |dozens of |a group of |some of the |several of the |dozens of the )?(?:[\w-]+ )?(?:journalists?|activists?|aid workers?|civilians|teachers?|doctors?|nurses?|students|villagers|women|men|girls|boys|protesters|demonstrators|critics"
    r"|members of (?:the |a |an |its )?(?:tribe|clan)|tribesmen|clansmen)\b",  # "IS detained three members of the tribe"
    r"took (?:away )?(?:hundreds|dozens|scores|\d[\d,]*|[a-z]+) (?:of )?(?:[a-z]+ )?(?:students|girls|boys|pupils|women|children|passengers|people|villagers)",
    r"forcibly disappeared",
)

RECRUITMENT_WORDS: tuple[str, ...] = (
    r"\W?human bombs?\W? children",  # "83 such 'human bomb' children"
    r"(?:children|boys|girls)\b[^.;]{0,20}\b(?:forced|made|sent) to (?:go on |carry out )?suicide (?:missions|attacks)",
    # "her 15-year-old brother left to join the RSF", "three children who joined the RSF to fight"
    r"(?:\d+-year-old|teenage|young) (?:son|brother|boy|girl|daughter|sister)s?\b[^.;]{0,40}?"
    r"\b(?:left to (?:join|fight)|joined|went to fight|snuck off to)\b",
    r"(?:children|boys|sons|minors) (?:who )?(?:joined|left to join|went to fight)\b",
    r"(?:children|boys|girls|minors|teenagers)\b[^.;]{0,60}\bsent to (?:the )?front(?: ?lines?)?\b",
    r"(?<!\btheir )(?<!\bits )recruit\w*",  # (not "the army who got their recruits to the scene")
    r"training camps?",
    r"cubs of the caliphate",
    r"child soldiers?",
    r"made to fight",
    r"hand over [\w\s]{0,12}boys",
    r"for training in its camps",
    r"taught to (?:use|assemble|fire|handle|strip)",
    r"(?:boys|children|teenagers)\b[^.;]{0,80}\b(?:at|in) a camp\b",
    r"next generation of fighters",
    r"trained to use weapons",
    r"weapons training",
    r"drilled with rifles",
    r"military training",
    r"told to fight",
    r"child fighters",
    r"conscript(?!s\b)\w*",
    r"forc(?:ed|ing) (?:them|the boys|boys|children|the children) to fight",
    r"(?:were|was) trained (?:on )?how to (?:use|fire|handle|fight)",  # "we ... were trained on how to use guns"  # "abducted hundreds of boys ..."
    r"(?<!with a young )(?<!with a )(?:sons?|boys|children|nephews?|teenagers)\b[^.;]{0,40}\b(?:wield\w*|carrying|carried|armed with)"
    r"[^.;]{0,20}\b(?:guns?|weapons|rifles?|AK)",  # "watched their sons wield guns when they returned with fighters"  # (not "civilians and conscripts praying at the mosque": soldiers)
    r"ashbal",
    r"(?:boys|children|minors|teenagers|girls) (?:have |had |(?:are|were) (?:believed|said|thought) to have )?(?:joined|join)\b",
    r"(?:must|to|would|will) fight for (?:them|the group|it|the militants)\b",
    r"trained (?:us|them|the boys|children|boys|the children) (?:with|to use|to fire|to fight|to shoot)",
    r"(?:children|boys|girls|minors) (?:were |are |being |had been |have been )?used (?:in|for|as) (?:suicide|attacks|fighting|combat|bombers|fighters)",
    r"(?:to )?(?:fill|swell|bolster|replenish) (?:its|their) ranks",
    r"(?:forced|pressed|coerced|lured|forcing|pressing|luring) (?:\w+ ){0,3}(?:boys|children|teenagers|minors|sons) (?:to join|into (?:its|their|the) ranks)",
    # (not "enlisted hundreds of civilian volunteers to help defend", "enlisted civilians in its ranks": grown men)
    r"enlist\w*(?![^.;]{0,40}\b(?:volunteers|civilians)\b)",
    r"press-gang\w*",
    r"to use (?:them )?as (?:fighters|soldiers|bombers|child soldiers)",
    r"(?:used|using|uses) (?:[\w,]+ ){0,3}(?:children|boys|girls|minors) (?:in|for) (?:\w+ )?(?:suicide )?(?:attacks|bombings|missions)",
    r"used as (?:fighters|combatants)",
    # "Thousands of children in Kasai have been associated with militias", "10,000 children were involved in the militia"
    r"(?:children|boys|girls|minors)\b[^.;]{0,40}\b(?<!formerly )(?:associated with|involved in) (?:the )?"
    r"(?:militias?|armed groups?)\b",
    r"(?:used|using|use) [\w\s,]{0,30}(?:children|boys|girls|minors) as (?:human bombs|suicide bombers|bombers|fighters|soldiers|human shields|spies)",
    r"children in (?:its|their) ranks",
    r"(?:using|use|used) [\w\s,]{0,30}children as (?:fighters|soldiers|cooks|porters|spies)",
)
