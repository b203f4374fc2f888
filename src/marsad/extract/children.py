"""The roles children play in an act a sentence tells: victim, perpetrator, recruit or witness."""

from __future__ import annotations

import re

from marsad.extract import lexicon as lx
from marsad.extract.counts import CountMention
from marsad.extract.triggers import any_of

# a child doing the violent act: "a teenage fighter shooting a captive", a family's children who set off bombs
CHILD_PERPETRATOR = any_of(
    # (not "divide the men from the women and girls, and then shoot the males")
    # (not "hundreds injured, many of them children, when a suicide bomber blew himself up": victims)
    r"(?<!save the )(?<!women and )(?<!from the )(?<!many of them )(?<!most of them )(?<!mostly )(?<!\bno )"
    r"(?:boys?|girls?|child(?:ren)?|teenagers?|teenage \w+|minors?)\b"
    r"(?:(?!\bwho (?:were|was)\b|\bwatch|\b(?:(?:were|was) )?killed\b)[^.;]){0,60}?\b"  # (not "children, were killed by")
    r"(?<!been )(?<!being )(?<!were )(?<!was )(?<!watch )(?<!witness )(?<!man )(?<!how to )(?<!learn to )"  # "after a woman detonated"
    r"(?<!arbitrarily )(?<!summarily )(?<!were \")(?<!were “)"  # '12 children were "arbitrarily executed"': victims
    r"(?<!during the )(?<!in the )"  # "children were harmed during the shooting": the act, not theirs
    r"(?:shoot(?:s|ing(?! range))?\b|shot\b(?!\s+(?:dead\s+)?by\b)|fired (?:at|on)|execut(?:e|es|ing)\b|behead(?:s|ing)?\b"
    # (not "Children beheaded by militants in Mozambique", "the child executed by suspected militants": the victims)
    r"|(?:beheaded|executed)\b(?!\s+(?:by|in|at|near|on|after|during|as|and|while|when|for)\b|\s*[,.;:!?)\n]|\s*$)|blew (?:herself|himself|themselves) up|detonat\w*"
    r"|blowing (?:[\w'’-]+ ){1,4}heads? off\b"  # "a small child blowing a chained prisoner's head off"
    r"|leading (?:[\w-]+ ){1,3}to their deaths)",  # "Children in their teens are shown leading eight men to their deaths"
    r"(?:child|boy|teen|teenage) (?:executioners?|gunmen|bombers?|killers?)",
    # a family's suicide bombings: "a couple and their four children set off suicide bombs", "A family of five, that
    # included three children, carried out a suicide bombing", "a couple who had led their four children in a rampage"
    r"\b(?:famil(?:y|ies)|couple|husband|parents?|mother|father)\b[^.;]{0,60}\b(?:children|kids|sons|daughters)\b"
    r"[^.;]{0,60}\b(?:set off|carried out|blew|blow|detonat\w*|wore|rampage|bombings?\b)",
    r"\b(?:sons|daughters|kids)\b[^.;]{0,60}?\b(?:set off|carried out the (?:\w+ )?(?:bombing|attack)|detonated|wore"
    r" (?:explosives|suicide|belt)|used a motorcycle|blew (?:herself|himself|themselves) up"
    r"|attacked (?:a|an|one|the|two|three|two other) (?:\w+ )?(?:church|churches|mosques?|police|checkpoint))",
    # "Four of the bombers were killed, with only the youngest daughter surviving"
    r"\b(?:bombers|attackers)\b[^.;]{0,60}\b(?:youngest|eldest) (?:daughter|son|child)\b",
    # "the attackers comprised a husband and wife, their two sons ...", "the six attackers, the youngest of whom were
    # girls ages 9 and 12", "carried out by a husband, his wife and their four children"
    r"\b(?:attackers|bombers)\b[^.;]{0,30}\b(?:comprised|included|the youngest of whom|were)\b[^.;]{0,80}"
    r"\b(?:sons|daughters|children|girls|boys)\b",
    r"\bcarried out by (?:\w+ ){0,3}famil(?:y|ies)\b[^.;]{0,60}\b(?:children|kids|sons|daughters)\b",
    r"\bcarried out by [^.;]{0,40}\b(?:and|their) (?:\w+ )?(?:children|kids|sons|daughters)\b",
    # "the first time that children had been involved in attacks", "suicide terror attacks involving children"
    r"\b(?:children|kids) (?:had been |have been |were |being )?involved in (?:[\w']+ ){0,3}attacks\b",
    r"\battacks involving (?:women and )?(?:children|kids)\b",
    r"(?:child|girl|boy|teen|teenage) suicide bombers?",  # "two suspected child suicide bombers killed three"
    # "Boko Haram is suspected of using girls as suicide bombers"
    r"(?:using|used|use|uses) (?:young |teenage )?(?:girls|boys|children)\b[^.;]{0,20}\bas \W?(?:suicide |human )?bomb",
    # "killers ... possibly in their early teens", "executioners appear to be as young as 13 or 14"
    r"(?:executioners?|killers?|gunmen|militants|soldiers|fighters)\b[^.;]{0,40}?\b(?:some of whom|appear(?:ed|s)? to be"
    r"|seem(?:ed|s)? to be|look(?:ed|s)? to be|to be young)\b[^.;]{0,30}?\b(?:in their (?:early |mid-)?teens"
    r"|as young as (?:1[0-7]|[5-9])\b|(?:1[0-7]|[5-9])(?: or 1[0-7])? years old)",
    r"girls? (?:suicide )?bombers?",
    r"bombers?\b[^.;]{0,40}\b(?:aged|ages of|age of) (?:between )?(?:[1-9]|1[0-7])\b",  # "bombers ... aged between 11 and 15"
    r"used as (?:suicide )?bombers",
    r"explosives? (?:\w+ )?strapped to (?:her|his|their) bod(?:y|ies)",
    r"(?:girls?|boys?|child|children|teenagers?)\s+(?:\w+\s+)?(?:strapped|fitted|laden|rigged) with (?:\w+ )?(?:explosives|bombs?)",
    r"children as executioners",
    # "The child soldiers of the LRA, most of whom had been abducted ..., ordered villagers into their huts and set fire"
    r"\bchild (?:soldiers|fighters)\b[^.;]{0,80}\b(?:ordered|set fire|shot|killed|burn(?:ed|t)|massacred|hacked)\b",
    r"\b(?:almost|nearly|virtually) all (?:of them )?were (?:children|child soldiers|boys|teenagers)\b",
    # "The woman with a baby, and two girls, all carrying explosives, struck a crowded market"
    r"(?:girls?|boys?|children|teenagers?),? (?:all |both )?carrying (?:\w+ )?(?:explosives|bombs?|IEDs|explosive devices)",
    # "a bomb strapped to a schoolgirl said to be aged about 10 exploded"
    r"(?:bombs?|explosives?|explosive devices?) (?:were |was )?(?:strapped|wrapped|tied) (?:to|around) (?:a |the |her |his )?"
    r"(?:young )?(?:schoolgirl|schoolboy|girl|boy|child|teenager)",
    # "the boy ... was handed a firearm and executed the sentence himself", "the boy ... carried out the fatal act"
    r"(?:boys?|girls?|child|teenagers?)\b[^.;]{0,100}\b(?:executed the sentence|carr(?:y|ied|ies) out the (?:fatal act|execution"
    r"|sentence|killing))",
)
_MAKERS = {"force", "make", "order", "show", "see", "use", "train"}
_CHILD_WORDS = {"boy", "girl", "child", "teenager", "minor", "cub", "schoolboy", "schoolgirl", "youngster", "kid"}


def child_agent(sent) -> bool:
    """Dependency rule: a child is the one doing the violent act (its subject, its agent, or the
    object of "force/make/order" whose complement the act is: "forced a boy to shoot")."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.VIOLENT_LEMMAS:
            continue
        # (not "saw men, women, children ... brutally murdered": a participle with no auxiliary tells whom it befell)
        bare_participle = verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)
        doers = [] if bare_participle else [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in _MAKERS:
            doers += [c for c in verb.head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if (
            verb.dep_ == "acl" and verb.head.lemma_.lower() in _CHILD_WORDS and verb.tag_ != "VBN"
        ):  # not "children killed"
            doers.append(verb.head)
        for doer in doers:
            if any(t.lemma_.lower() in _CHILD_WORDS for t in doer.subtree):
                return True
    return False


_AGED_VICTIM = re.compile(r"\b[A-Z][\w'’-]+, (?:[1-9]|1[0-7]), (?:one |a |another )?(?:of the )?victims? of\b")


_TAKEN_FOR_CHILDREN = re.compile(
    r"\b(?:took|mistook|mistaken) (?:them|him|her) for (?:boys|girls|children|kids)\b", re.I
)
# "murdered ... that they had forcibly recruited", "child soldiers ..., most of whom had been abducted in earlier raids":
# the children's past, not a recruitment of the act told
TAKEN_EARLIER = (  # "child soldiers ..., most of whom had been abducted in earlier raids": the fighters' past
    r"\b(?:most|many|some|all) of whom (?:had )?(?:been |were )?(?:abducted|kidnapped|taken|recruited)\b[^.;]{0,30}"
    r"\b(?:earlier|previous|past|years? ago)\b"
)
_PARENT_OF = re.compile(r"\b(?:mother|father|parent)s? of (?:\w+ )?(?:children|kids|sons|daughters)\b", re.I)
_RECRUITED_BEFORE = re.compile(rf"\b(?:that|who|whom) (?:they|it) had (?:forcibly )?recruited\b|{TAKEN_EARLIER}", re.I)


def child_roles(text: str, event_type: str, counts: list[tuple[CountMention, str]]) -> set[str]:
    """The roles children play in the act a sentence tells: victim, perpetrator, recruit, witness."""
    roles: set[str] = set()
    text = _CHILDREN_IN_NAMES.sub(" ", text)  # "Save the Children ... 'beheading of children'": a charity's name
    text = _TAKEN_FOR_CHILDREN.sub(" ", text)  # "terrorists so young witnesses took them for boys": no children
    text = _PARENT_OF.sub(" ", text)  # "a mother of 6 children and a 56-year-old man have been killed": her children
    if not lx.CHILD_TERMS.search(text):
        if event_type in _VICTIM_TYPES and _AGED_VICTIM.search(text):
            roles.add("victim")  # "the funeral of Dhami Brindya, 13, one victim of a string of suicide bomb attacks"
        return roles
    if CHILD_PERPETRATOR.search(text):
        roles.add("perpetrator")
    if event_type == "child_recruitment" or (
        lx.CHILD_RECRUIT.search(text) and not _RECRUITED_BEFORE.search(text) and "perpetrator" not in roles
    ):  # (not "murdered three adolescents ... that they had forcibly recruited": the victims' past; nor the "cubs"
        roles.add("recruit")  # who shoot the captives: the act's perpetrators, their recruitment an act of its own)
    if CHILD_WITNESS.search(text):
        roles.add("witness")
    if event_type in _VICTIM_TYPES and "perpetrator" not in roles:
        if (
            any(category == "children" for _, category in counts)
            or re.search(
                r"(?:abduct\w*|kidnap\w*|kill\w*|behead\w*|murder\w*|execut\w*|seiz\w*|sold|held|carried (?:off|away)"
                r"|snatched|took|massacre"
                r"|(?:dead|injured|wounded),? including)[^.;]{0,60}"
                r"(?:children|girls|boys|schoolgirls|students|pupils|new-?borns|babies|infants)"
                # "killing at least 21 people — including a 5-year-old girl"
                r"|\b(?:kill\w*|dead)\b[^.;]{0,40}\bincluding an? (?:[\w-]+-year-old |young |little )?(?:girl|boy|child|baby)\b"
                # "This led to the death of 10 women, an infant and an old man who were burnt to death"
                r"|\bdeaths? of [^.;]{0,40}\ban? (?:infant|baby|newborn|child|girl|boy)\b"
                r"|(?:child|children|girls|boys|schoolgirls|sons?|daughters?|\w+-year-old|new-?borns|babies|infants)\b"
                r"[^.;]{0,40}\b(?:were|was|are|is|being|have|has)(?: \w+)?(?: being)? (?:\w+ )?"
                r"(?:raped|abducted|killed|sold|murdered|beheaded|shot|wounded|injured|among those)"
                r"|(?:children|girls|boys|schoolgirls)\s+(?:captured|abducted|kidnapped|enslaved|held|sold|raped)\b"
                # "saw men, women, children, and entire families brutally murdered"
                r"|\b(?:children|babies|infants)\b(?:(?!watch|saw|witness)[^.;]){0,40}\b(?:brutally |savagely )?"
                r"(?:murdered|slaughtered|massacred)\b"
                r"|\b(?:wounded|injured) (?:[A-Z]\w+ )?(?:children|girls|boys)\b"  # "Wounded Afghan boys, who survived"
                # "Children were among the 22 people who died", "Children among the 22 confirmed dead"
                r"|\b(?:children|boys|girls)\b(?: (?:were|are))? among (?:the|those) (?:[\d,]+ )?(?:confirmed )?"
                r"(?:people (?:who )?(?:died|killed)|dead|killed|victims|fatalities)"
                # "the death toll rose to seven as 12-year-old Renny Ngwane, succumbed to bullet wounds"
                r"|\b(?:[1-9]|1[0-7])-year-old\b[^.;]{0,40}?\b(?:succumbed|died (?:of|from) (?:his |her )?(?:wounds|injuries))"
                # "At least 72 people, mostly women and children, ... were killed"; "killed ..., many of them children"
                r"|\b(?:people|persons|civilians|worshippers|villagers|dead|killed|injured),? (?:mostly|mainly|most of them"
                r"|many of them) (?:women and )?(?:children|boys|girls)\b(?!,? (?:who )?(?:fled|escaped|displaced))"
                # "rounded up villagers, some believed to be women and children, and fatally shot more than 30"
                r"|\bvillagers, some (?:believed|thought|said) to be (?:women and )?children\b",
                text,
                re.IGNORECASE,
            )
            and not _SPARED.search(text)
        ):
            roles.add("victim")
    return roles


# "Whereas men were killed, women and children were spared": children the attackers let live
_SPARED = re.compile(r"\b(?:children|boys|girls)\b[^.;]{0,20}\b(?:were|was|are|being) spared\b", re.I)


_CHILDREN_IN_NAMES = re.compile(
    r"\bSave the Children(?: International| Fund)?\b|\bWar Child\b|\bChildren['’]s (?:Hospital|Fund)\b"
)

_VICTIM_TYPES = (
    "abduction",
    "killing",
    "sexual_violence",
    "bombing",
    "abuse",
    "execution",
    "attack_on_school_or_hospital",
)


CHILD_VICTIMS_NOTED = any_of(
    r"(?:of the (?:victims|dead)|among (?:the dead|them|the victims)(?:\s*[—–-][^—–.;]{1,40}[—–-])?"  # "— 121 male ... —"
    r"|(?<!civilians, )including)\s+(?:were\s+)?"
    r"(?:\w+\s+){0,2}(?:children|boys|girls|minors|child|boy|girl|minor)\b",  # not "evacuated ... civilians, including children"
    r"\b(?:her|his|their) (?:kids|children|sons|daughters) (?:were|was) (?:also )?killed",  # "A mom and her kids were killed"
    r"(?:\w+) of the victims were (?:children|boys|girls|minors)",
    # a bomber's baby: "died with a baby strapped on her back", "strapped a baby to her back"
    r"\b(?:baby|babies|infants?)\b[^.;]{0,25}\bstrapped (?:to|on) (?:her|his|their) backs?\b",
    r"\bstrapped (?:a|her|his) (?:baby|infant) (?:to|on) (?:her|his) back\b",
    r"(?:majority|most) of the (?:casualties|victims|dead(?: bodies)?) (?:were|are) (?:\w+ ){0,2}(?:children|boys|girls"
    r"|students|pupils|kids)",
    # "with 29 children among the dead", "At least 29 children and eight women are among the dead"
    r"\b\d+ (?:children|boys|girls|minors)\b[^.;]{0,30}?\bamong the (?:known |identified )?(?:dead|killed|victims)\b",
    # "The fact that so many children seem to have been ruthlessly killed is truly appalling"
    r"\b(?:so many|many|several|dozens of|scores of) children\b[^.;]{0,40}\b(?:killed|slaughtered|massacred|murdered)\b",
    # "the majority of those targeted were women and children"
    r"(?:majority|most|many) of those (?:targeted|killed|slain) were (?:women and )?(?:children|boys|girls)",
    r"(?:the )?(?:victims|dead) (?:\w+ )?(?:included|include) (?:\w+\s+){0,5}(?:children|boys|girls|minors)",
    r"\b(?:many|several|numerous|some) (?:women and )?(?:children|boys|girls) were (?:also )?(?:killed|shot dead|slain)",
    # "children were among those who perished", "Some children were among the casualties" (not "He did not elaborate
    # on whether children are among the casualties")
    r"(?<!whether )(?<!if )(?:children|boys|girls|minors) (?:were|are) among (?:those (?:who (?:perished|died)|killed|harmed)"
    r"|the (?:casualties|victims|dead|killed))",
)
CHILD_WITNESS = any_of(
    r"(?:forced|made) to watch",
    r"in front of (?:their|the|his|her) (?:pupils|students|children|sons|daughters)",
    r"(?:children|boys|girls) (?:were )?among (?:those|the crowd|the onlookers)",
    r"including children,? (?:were )?(?:gathered )?to watch",
    r"children[^.;]{0,100}watch",
)


def child_victims_noted(text: str) -> bool:
    """Children named among the victims (:data:`CHILD_VICTIMS_NOTED`), not among those watching ("shot five
    times in front of the family of his victim - including women and children")."""
    return any(
        not _WATCHING.search(text[max(0, m.start() - 80) : m.start()]) and not _MISSING_AFTER.match(text, m.end())
        for m in CHILD_VICTIMS_NOTED.finditer(text)
    )


# "five others, including a boy, were found missing": children among the missing, not the dead
_MISSING_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:were|are|remain|remained)\s+(?:still\s+|found\s+|reported\s+)?(?:missing|unaccounted for)\b",
    re.I,
)


def child_witness_noted(text: str) -> bool:
    """Children among those who watched (:data:`CHILD_WITNESS`), in the sentence that says so: residents
    "forced to watch" are no children."""
    for found in CHILD_WITNESS.finditer(text):
        start, end = text.rfind(".", 0, found.start()) + 1, text.find(".", found.end())
        if lx.CHILD_TERMS.search(text[start : end if end >= 0 else len(text)]):
            return True
    return False


_WATCHING = re.compile(
    r"\b(?:in front of|watched by|onlookers|spectators|crowds?"
    r"|haven|refuge|shelter(?:ing|ed)?|hiding)\b",  # "a haven for about a thousand people, including children"
    re.I,
)


def children_taken(group: list, text: str) -> bool:
    """Whether the abductions of ``group`` (mentions) took children: child victims, a count of children, or sons."""
    return any(
        "victim" in m.child_roles or any(c == "children" for _, c in m.counts) or _SONS.search(text[m.start : m.end])
        for m in group
    )


_SONS = re.compile(
    r"\b(?:sons|boys|children|nephews?)\b(?!['’] (?:father|mother|parents?|teachers?))"
)  # not "the boys' father"
