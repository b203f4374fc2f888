"""Deaths from the air and fighters killed: the cues that tell an air strike's dead (a bombing) from fighters it or
the state's forces killed (a battle), and strikes on a group's camps and arms that tell no act at all."""

from __future__ import annotations

import re

# a death from the air: "killed in April 2018 by a Saudi Arabia-led coalition air attack" (a bombing, as an aside's is)
KILLED_FROM_THE_AIR = re.compile(
    r"\b(?:killed|murdered|slain)\b[^.;]{0,60}\b(?:in|by|during|after) "
    r"(?:(?:an?|the) (?:[\w-]+ ){0,4}|(?-i:[A-Z])[\w-]+ )?"
    r"(?:air ?strikes?|air attacks?|drone strikes?|air raids?)\b"
    r"|\bkilled by (?:[\w-]+ ){0,2}(?:fighter jets|warplanes)\b"
    # "the Egyptian strikes killed 40 to 50 militants", "civilians ... were killed in the strikes"
    r"|\bkilled (?:in|by) the (?:[\w-]+ )?strikes\b"
    r"|\b(?:air ?strikes|airstrikes|strikes|air raids|drone strikes)\b(?: on \w+day)? (?:have |had )?killed\b"
    # "killing seven teenagers ..., when they were attacked by an army aircraft on night patrol"
    r"|\bkill(?:ed|ing)\b[^.;]{0,200}\battacked by (?:an? |the )?(?:[\w-]+ ){0,2}(?:aircraft|helicopter|drone|jet)\b"
    # "An airstrike carried out by the French Armed Forces ... killed 19 civilians", "A French airstrike kills 19"
    r"|^\W*(?:(?:an?|the) )?(?:[\w'’-]+ ){0,2}(?:air ?strikes?|air attacks?|drone strikes?|air raids?)\b[^.;]{0,100}"
    r"\b(?:killed|kills|killing|resulted in the deaths? of)\b",  # "Drone strikes in the town of Kheret ... resulted in"
    re.I,
)
# "the Egypt-led airstrikes targeted Islamic State camps", "targeted weapons caches and training camps": a reprisal's
# strikes on the group's camps, where no one is told killed: neither an act nor the scene of the act they answer
STRIKES_ON_CAMPS = re.compile(
    r"\b(?:drones?|air ?strikes?|airstrikes?|warplanes?|war planes?|aircraft|jets|strikes|attacks)\b[^.;]{0,80}"
    r"\b(?:destroy(?:ed|ing)|struck|hit|targeted|targeting)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:targets|weapons caches"
    r"|arms depots|ammunition depots|training camps|(?:Islamic State|IS|ISIS|militant|jihadist|terrorist|rebel"
    r"|insurgent) camps)\b"
    r"|\b(?:air ?strikes|airstrikes|strikes) (?:have|had) been (?:conducted|carried out)\b"  # "Eight strikes have"
    # "dispatched helicopters to carry out rocket strikes on Maute positions"
    r"|\b(?:rocket |air ?|artillery |drone )?strikes (?:on|against) (?:the )?(?:[\w-]+ ){0,2}positions\b"
    # "fired missiles and carried out drone attacks in Abu Kamal of Syria targeting "militants in Syria ...""
    r"|\b(?:missiles|drone attacks|drone strikes|air ?strikes|airstrikes)\b[^.;]{0,80}\btargeting [\"“]?(?:the )?"
    r"(?:militants|jihadists|insurgents|terrorists)\b"
    # "a dawn bombing campaign of ISIS camps", "the aerial bombardment of the militant-held city of Derna"
    r"|\b(?:bombing campaign|bombardment|air campaign) (?:of|on|against) (?:the )?(?:[\w-]+ ){0,2}(?:camps|targets"
    r"|positions|(?:militant|IS|ISIS|rebel|jihadist|insurgent)-held)\b"
    # "the United States launched 59 cruise missiles at Shayrat Air Base": a strike on a base, telling no dead
    r"|\b(?:launched|fired) (?:\d+ |dozens of )?(?:cruise |ballistic )?missiles (?:at|on) (?:the )?(?:[\w-]+ ){0,2}"
    r"(?:air ?base|airfield|military base)\b"
    r"|\bmissile strikes on (?:an? |the )?(?:[\w-]+ ){0,2}(?:air ?base|airfield)\b"
    # "ordered a cruise missile attack against Syria following the Khan Sheikhoun attack": a state's reply, no dead told
    r"|\bordered (?:a |the )?(?:cruise )?missile (?:attack|strike)s? (?:against|on) (?-i:[A-Z])[\w-]+\b",
    re.I,
)
# "A US drone strike later destroyed two vehicles from the convoy", "warplanes have struck IS positions": strikes on
# the group's arms and posts; with fighters killed ("killing some militants") they are a battle, else no act
STRIKE_ON_ARMS = re.compile(
    r"\b(?:drones?|air ?strikes?|airstrikes?|warplanes?|war planes?|aircraft|jets)\b[^.;]{0,80}"
    r"\b(?:destroy(?:ed|ing)|struck|hit|targeted)\s+(?:[\w-]+\s+){0,4}(?:vehicles?|positions?|convoys?|hideouts?)\b"
    r"|\b(?:air ?strikes?|airstrikes?|drone strikes?|counter-?strikes?)\b[^.;]{0,80}\bkill(?:ing|ed) "
    r"(?:(?:over|more than|at least|about|nearly|around) )?(?:some|several|dozens of|scores of|\d+) "
    r"(?:[\w-]+ )?(?:militants|fighters|insurgents|jihadists|terrorists)\b"
    # "said it killed a militant in an air strike"
    r"|\bkill(?:ed|ing) (?:a|one|two|three|\d+) (?:[\w-]+ )?(?:militants?|fighters?|insurgents?|jihadists?)\b"
    r"[^.;]{0,30}"
    r"\b(?:air ?strikes?|airstrikes?|drone strikes?)\b",
    re.I,
)
FIGHTERS_KILLED = re.compile(
    r"\bkill(?:ed|ing) (?:(?:over|more than|at least|about|nearly|around) )?"
    r"(?:some|several|dozens of|scores of|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\d+(?: ?(?:to|-|–) ?\d+)?)"
    r" (?:[\w-]+ ){0,2}(?:militants?|fighters?|insurgents?|jihadists?|terrorists?|attackers?|assailants?"
    # "A police raid killed nine members" (of the group just named), not "nine members of a family"
    r"|members\b(?! of (?:\w+ ){0,3}(?:famil|household|clan|communit|tribe|congregation|staff|crew|team|church)))\b"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:(?-i:[A-Z])[\w-]+ ){0,2}"
    # "six attackers were killed and 10 others were injured"
    r"(?:militants|fighters|insurgents|attackers|assailants) (?:were|being) killed\b"
    # "40 to 50 Islamic State militants were killed", "40-50 “militants” had been killed": a range, the group named
    r"|\b\d+ ?(?:to|-|–) ?\d+ (?:(?-i:[A-Z])[\w-]+ ){0,2}[“\"]?(?:militants|fighters|insurgents|jihadists)[”\"]?"
    r" (?:were|had been|have been|being) killed\b",
    re.I,
)
# "police said they killed four suspected militants who resisted arrest": the state's forces in a fight
FORCES_KILLED = re.compile(
    r"\b(?:police|policemen|troops|soldiers|army|security forces|security personnel|military|commandos)\b[^.;]{0,25}"
    r"\b(?:killed|shot dead)\b"
    # "In retaliatory action by security personnel escorting the convoy, six attackers were killed"
    r"|\bretaliat\w+ (?:action |fire )?by (?:the )?(?:security|police|troops|soldiers|army)\b[^.;]{0,80}"
    r"\b(?:killed|shot dead)\b",
    re.I,
)
