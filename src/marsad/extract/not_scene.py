"""Words before a place name that make it no scene of the act: where people went or fled to, a group's base, where a
camp lies, where the dead were taken ("spying for Russia", "fled to Dori", "based in the UK", "brought to a hospital
morgue in Assam's Silchar")."""

from __future__ import annotations

import re

_NOT_SCENE = re.compile(
    r"\b(?:spying|spied|working|worked|fighting|fought|collaborat\w+) (?:for|with)\s+(?:the\s+)?$"
    r"|\b(?:retreated|fled|escaped|withdrew|crossed|headed)(?: back)? (?:in)?to (?:the )?$"  # where attackers went
    r"|\b(?:flee|fled|fleeing|travell?ing|heading|headed) towards? (?:the )?(?:(?:towns?|city|capital) (?:of )?)?$"
    r"|\bfled (?:[A-Z][\w'’-]+ )?to (?:the )?(?:[\w-]+ ){0,4}$"  # "who fled Gumsuri to the Borno state capital"
    r"|\bleft (?:the|her|his|their) (?:city|town|village|home) for (?:the )?(?:[\w-]+ ){0,2}(?:(?:city|town) of )?$"
    # "following its departure from Sharm El Sheikh International Airport", "en route from Sharm el-Sheikh to"
    r"|\b(?:departure|departing|took off|taking off|en route|flying|flight) from (?:the )?$"
    # ("en route to Pulkovo Airport, Saint Petersburg, Russia": each place of the destination)
    r"|\ben route to (?:the )?(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3},\s+){0,2}$"
    r"|\b(?:brought|fleeing) (?:across the border )?(?:to|for|into) (?:the )?$"  # "women ... brought to Bangladesh"
    r"|\bfrom [A-Z][\w'’-]+ (?:to|towards?) (?:the )?(?:capital,? )?$"  # "from Seiyoun towards the capital Sanaa"
    r"|\b(?:travel|travelling|traveling|bound) (?:to|for) (?:the )?(?:[\w-]+ ){0,2}(?:(?:city|town) of )?$"
    r"|\bbetween the (?:cities|towns) of\s+(?:[A-Z][\w'’-]+ and\s+)?$"  # "staged Friday's attack between the cities of"
    r"|\b(?:murderers|killers|butchers|perpetrators) of\s+$"  # "The murderers of Alindao attack another camp"
    # "likened to 'mini Switzerland'", "popularly known as “mini Switzerland”"
    r"|\b(?:likened to|dubbed|nicknamed|(?:popularly|colloquially|affectionately) known as) [\"“']?(?:a |the )?"
    r"(?:mini |little )?$|\bknown as [\"“']?(?:a |the )?(?:mini|little) $"
    # "Sagaing region -- near the country's second-largest city, Mandalay --": a landmark, not the scene
    r"|\bnear (?:the )?(?:country['’]s |nation['’]s )?(?:\w+-)?(?:largest|biggest|main) (?:city|town|port),?\s*$"
    r"|\b(?:that |which )?(?:borders?|bordering)\s+(?:on\s+|with\s+)?$"  # "Deir Ezzor province that borders Iraq"
    r"|\b(?:borders?|bordering)\s+(?:on\s+|with\s+)?[A-Z][\w-]+(?: [A-Z][\w-]+)?,?\s+(?:and|or)\s+$"  # "Mali and"
    r"|\bborders? (?:area |region |zone )?(?:of|with|between)\s+(?:the\s+)?(?:[\w-]+(?: [\w-]+)?,?\s+and\s+)?$"
    r"|\b(?:believed|thought|suspected|said) to (?:be|have come) from\s+$"  # the attackers' homeland
    # "he is from Central Asia, Uzbekistan or Kyrgyzstan": where an attacker comes from
    r"|\b(?:he|she|they|attacker|gunman|bomber|assailant) (?:is|was|are|were) (?:originally )?from\s+"
    r"(?:[A-Z][\w-]+(?: [A-Z][\w-]+)?,? (?:or |and )?){0,3}$"
    # "Islamic State, now being driven from territories in Syria and Iraq": where a group loses ground
    r"|\b(?:driven|pushed|expelled|ousted|routed) (?:out )?(?:of|from) (?:(?:its |their )?"
    r"(?:territories|territory|areas|strongholds|lands) (?:in|of) )?(?:[A-Z][\w-]+ and )?$"
    # "said Asavari Jagdale from Pune, ... whose father was killed": the speaker's home town
    r"|\b(?:said|says|told)\s+(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,2},? (?:an? [\w-]+ )?from\s+$"
    # "an al-Qaeda affiliate based in Mali", "the SOHR, based in the UK": its base
    r"|\b(?:based|headquartered) in\s+(?:the\s+)?$|\b[\w-]+-based\s+$"
    # "A Barsalogo resident, reached by phone by AFP from the capital Ouagadougou": where the caller was
    r"|\breached by (?:tele)?phone\b[^.;]{0,30}\bfrom (?:the )?(?:capital,? )?$"
    # "an insurgency spilling over the border from Burkina Faso", "snaking into the country from neighbouring ..."
    r"|\b(?:over|across) the border from\s+$|\bfrom neighbou?ring\s+$"
    r"|\b(?:to|in) (?:a |the )?(?:hospitals?|clinics?|(?:health ?care|medical|health) (?:facilities|centres|centers))"
    r" (?:in|at) (?:the (?:city|town) of )?$"  # "airlifted the injured to hospitals in Peshawar"
    # "brought to a hospital morgue in Assam's Silchar": where the bodies were taken, not the scene
    r"|\b(?:morgues?|mortuar(?:y|ies)|post-?mortem|autops(?:y|ies)) (?:in|at) (?:the (?:city|town) of )?"
    r"(?:[A-Z][\w-]+['’]s )?$"
    r"|\bin power in\s+$"  # "the head of the junta in power in Ouagadougou": the seat of government
    # "a bucolic Israeli collective next to the Gaza Strip", "presumed to be held hostage in Gaza": not the scene
    r"|\bnext to (?:the )?$|\bheld (?:hostage |captive )?in\s+$"
    # "some 300 militants from Mozambique attacked Kitaya village": where the attackers came from
    r"|\b(?:militants|fighters|gunmen|insurgents|terrorists|attackers)(?: numbering \d+)?,? (?:coming )?from\s+$"
    # "Among the dead were a rabbi from Brooklyn and his wife": where a victim came from
    r"|\b(?:a|an|the|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some) (?:[\w-]+ ){0,2}"
    r"(?:rabbi|priest|pastor|tourist|visitor|businessman|businesswoman|couple|family"
    r"|foreigner|expatriate|student|journalist|volunteer|traveller|traveler|passenger|pilgrim|worker)s? from\s+$"
    # "five travelers from Saudi Arabia and two from Iraq were killed", "13 foreigners who hailed from China"
    r"|\band (?:one|two|three|four|five|six|seven|eight|nine|ten) from\s+$|\bhail(?:ed|s|ing) from\s+$"
    # "Sumonu told journalists in Damaturu, the Yobe State capital that ...": where a source spoke
    r"|\b(?:told|briefed|briefing|addressing|addressed) (?:journalists|reporters|newsmen|the press) in\s+$"
    # "calls for France ... to leave": a country called on, not the scene
    r"|\b(?:calls?|called|calling) (?:for|on) (?:the )?$|\b(?:urged|urging|pressed|pressing) (?:the )?$"
    # "less than a 40-minute drive to the Benue state capital, Makurdi": a landmark's distance
    r"|\b(?:drive|walk|ride|journey) (?:to|from) (?:the )?(?:[\w-]+ ){0,3}(?:capital,? )?$"
    # "Moulaye Guindo, mayor of the nearby town of Bankass, said": the town a quoted mayor or chief heads
    r"|\b(?:mayor|chief|governor|prefect|administrator|priest|pastor|imam|(?:arch)?bishop|vicar|cardinal) of (?:the )?"
    r"(?:nearby |neighbouring |neighboring )?"
    r"(?:(?:town|village|commune|city|district) of )?$"
    r"|\bmoved (?:(?:out |away )?from (?:the )?[\w'’-]+ )?to (?:the )?$"  # "locals moved from the village to Dori"
    # "people who fled the attack have arrived in Dori": where survivors went
    r"|\b(?:arrived|arriving|sought refuge|seeking refuge|taken refuge|took refuge|sheltering) (?:in|at) (?:the )?"
    r"(?:nearby (?:town|village|city) of )?$"  # "many people have sought refuge in the nearby town of Bule"
    r"|\b(?:located|situated|lying) (?:north|south|east|west)\w* of\s+$"  # "Umkadada, located East of El-Fashir"
    # "a coca-growing region southeast of the capital, Lima": the capital as a landmark
    r"|\b(?:north|south|east|west)\w* of the (?:country's |nation's )?capital,? $"
    # "a branch active in Pakistan, Afghanistan and Iran": where a group works, not the scene
    r"|\b(?:active|operating|operates|present) in (?:(?-i:[A-Z])[\w-]+,? (?:and )?){0,3}$",
    re.I,
)


# a train or bus's route: "on its way to Peshawar in Khyber Pakhtunkhwa province from Balochistan's capital of
# Quetta", "headed to the northern city of Peshawar from Quetta", "on its way from Quetta to Peshawar"
_TRAVELLED = re.compile(  # (people "travelling from Monguno" when taken were taken near where they set out)
    r"\b(?:on (?:its|their|his|her) way|headed|heading|travell?ing|bound|en route|drove|driving)\b[^.;]{0,90}?"
    r"\b(?:to|for|towards?|(?<!travelling )(?<!traveling )from) (?:the )?(?:[A-Z][\w'’-]+['’]s )?(?:[\w-]+ ){0,2}"
    r"(?:(?:city|town|capital),? (?:of )?)?(?:[A-Z][\w'’-]+ in )?$"
)
# "the Plaine Savo camp, located in the Bahema-Badjere chiefdom in Djugu territory": where the camp lies
_CAMP_LIES_IN = re.compile(
    r"\b[A-Z][\w'’-]+ (?:IDP |displacement |refugee )?(?:camp|site|village),? (?:located|situated|lying) in (?:the )?"
    r"(?:[\w'’-]+ ){0,4}(?:in )?$"
)


# "to bring back the bodies to their native villages in Manipur from Assam's Silchar", "bodies, kept at the Silchar
# Medical College": where the dead were taken or kept, not the scene
_BODIES_MOVED = re.compile(
    r"\b(?:bring|bringing|brought|take|taking|took|taken|transport\w*|return\w*|shift\w*|ke(?:ep|pt)|sent|send\w*)"
    r" (?:back )?(?:the |their |his |her )?(?:bod(?:y|ies)|remains|corpses?)\b[^.;]{0,70}\b(?:from|at|to|in) (?:the )?"
    r"(?:[A-Z][\w-]+['’]s )?$|\b(?:bod(?:y|ies)|remains|corpses?),? (?:which (?:were|was|had been) )?"
    r"(?:kept|sent|brought|taken) (?:to|at) (?:the )?$"
)


def not_scene(text: str, start: int) -> bool:
    """Whether the words before a place name make it no scene: where people went, a group's base, where a camp lies."""
    return bool(
        _NOT_SCENE.search(text[max(0, start - 45) : start])
        or _CAMP_LIES_IN.search(text[max(0, start - 90) : start])
        or _TRAVELLED.search(text[max(0, start - 150) : start])
        or _BODIES_MOVED.search(text[max(0, start - 130) : start])
    )
