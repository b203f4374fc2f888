"""Wording that tells one act, not a running figure: a toll "left" by one attack ("a massacre last year which left an
estimated 1,700 dead") and words that set the dead at one event ("in a suicide bombing", "who were attending a
ceremony", "after the Myanmar military bombed a music concert")."""

from __future__ import annotations

import re

# the toll of one act, whatever its date: "a massacre last year which left an estimated 1,700 dead",
# "the heaviest attack against the army to date left 12 soldiers dead", "after gunmen launched an attack"
SINGLE_TOLL = re.compile(
    r"\b(?:an?|the|one) (?:[\w'-]+ ){0,3}(?:attack|massacre|raid|assault|ambush|bombing|blast|explosion|siege"
    r"|encounter|clash|firefight|gun ?battle)\b"  # "A similar encounter in Al Barka, Basilan, in 2011 left 19 ..."
    r"(?:(?!\b(?:attacks|since|each|every)\b)[^.;]){0,50}\b(?:left|leaving)\b"
    # "a bloody siege at the Westgate mall in Nairobi in 2013 that cost 67 lives"
    r"|\b(?:an?|one) (?:[\w'-]+ ){0,2}(?:attack|massacre|raid|assault|bombing|siege|blast|explosion)\b"
    r"(?:(?!\b(?:attacks|since|each|every)\b)[^.;]){0,50}\b(?:that|which) (?:killed|cost|claimed)\b"
    # "In 2014, an armed assault by Taliban militants killed 141 people", "Another ... attack ... in 2013 killed 67"
    r"|\b(?:an?|one|another) (?:[\w'-]+ ){0,3}(?:attack|massacre|raid|assault|bombing|siege|ambush|encounter)\b"
    r"(?:(?!\b(?:attacks|since|each|every|and)\b)[^.;]){0,60}\b(?:killed|cost|claimed)\b"
    r"|\b(?:two|twin|double) (?:\w+ )?(?:bombs|blasts|explosions|bombings)\b[^.;]{0,40}\b(?:left|leaving)\b"  # one act
    # "four people have been killed so far following a terrorist attack by two gunmen on the holy shrine": one act
    r"|\b(?:killed|dead|died) (?:so far )?following (?:an?|the) (?:[\w-]+ ){0,2}(?:attack|assault|bombing|blast|raid"
    r"|shooting)\b"
    # "The Shah Cheragh mausoleum was also attacked last year, with 13 people killed": one place struck once
    r"|\b(?:was|were) (?:also |previously |first )?(?:attacked|targeted|bombed|struck|hit)\b[^.;]{0,40}\bwith "
    r"(?:at least |more than |over )?[\d,]+ (?:[\w-]+ )?(?:killed|dead)\b"
    r"|\b(?:launched|carried out|staged|mounted|conducted) (?:an?|one) (?:[\w-]+ ){0,2}"
    r"(?:attack|raid|assault|massacre)\b"
    r"|\b(?:an?|one) (?:\w+ )?incident\b[^.;]{0,40}\b(?:led to|left|killed)\b"  # "one incident a week ago that led to"
    # "killed about 60 people at another camp last year, in one of its deadliest massacres"
    r"|\bin one of (?:its|the|their|the group's) (?:\w+ )?(?:deadliest|worst|bloodiest|largest) "
    r"(?:attacks|massacres|raids|bombings|assaults)\b",
    re.IGNORECASE,
)

ONE_EVENT = re.compile(
    r"\b(?:in|during|by|as a result of|(?:credit|responsibility) for|regarding|concerning) (?:an?|the|one|this|that"
    r"|[A-Z]\w+'s) "
    r"(?:[\w-]+ ){0,3}"
    r"(?:attack|raid|assault|ambush|explosions?|blasts?|bombing|massacre|shooting|air ?strike|drone strike|siege)\b"
    r"(?! on (?:\w+ )?(?:villages|towns))"
    r"|\b(?:coordinated|twin|double|simultaneous) (?:\w+ )?(?:attacks|raids|bombings|blasts)\b"
    # "about 300 men were executed in one day"
    r"|\b(?:executed|killed|massacred|slaughtered|beheaded) (?:in|on) (?:one|a single) day\b"
    r"|^\W*(?:an?|the) (?:[\w-]+ ){0,3}(?:attack|raid|ambush|explosion|blast|bomb|bombing|bomber)\b"
    r"(?! on (?:\w+ )?(?:villages|towns))[^.;]{0,60}\b(?:has|have) (?:killed|left)\b"
    # "claimed responsibility for bombing a Shia mosque which has killed at least 31"
    r"|\b(?:bombing|attacking|attack on|blast at) (?:an?|the) (?:[\w-]+ ){0,3}?[\w-]+,? "
    r"(?:which|that) (?:has|have) (?:killed|left)\b"
    # "discovered mass graves ... containing the bodies of 42 civilians": the dead of one massacre
    r"|\b(?:mass )?graves?\b[^.;]{0,80}\b(?:containing|holding|with) the (?:bodies|remains) of\b"
    # "have killed as many as 100 people, ..., who were attending a ceremony held by opponents": one gathering
    r"|\bwho were (?:attending|celebrating|gathered (?:at|for)) (?:an?|the) (?:[\w-]+ ){0,2}(?:ceremony|wedding|funeral"
    r"|festival|gathering|celebration|prayers?|service|rally|concert|party)\b"
    # "witnessed a surprise IED attack along the Line of Control in which five soldiers were killed": one attack
    r"|\b(?:an?|one|single) (?:[\w-]+ ){0,3}(?:attack|ambush|blast|explosion|bombing)\b[^.;]{0,60}\bin which\b"
    r"|\bin (?:a |one )?single (?:[\w-]+ ){0,2}(?:attack|ambush|blast|bombing)\b"  # "in single target killing attack"
    # "As many as 80 people have been killed after the Myanmar military bombed a music concert": one gathering struck
    r"|\bafter (?:the |a |an )?(?:[\w-]+ ){0,3}(?:bombed|attacked|struck|raided|stormed|dropped (?:\w+ )?bombs on) "
    r"(?:an? |the )(?:[\w-]+ ){0,3}(?:concert|festival|celebration|wedding|funeral|gathering|rally|ceremony)\b",
    re.IGNORECASE,
)
