"""Lessons from real reports of the UN's counts of children recruited, killed and raped in one country, and of
news of its Secretary-General's alarm at the use of children, each pinned by a text of our own: a practice told
with only its country, a total broken down by party, parts in brackets, casualties, cases and releases."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts


def _claims(claims) -> list[tuple]:
    return sorted(
        (c.type, c.count.best or c.count.low, c.count.qualifier, [p.id for p in c.perpetrators]) for c in claims
    )


def test_the_use_of_children_told_with_only_its_country_is_a_practice():
    """ "children may make up a large part of the fighters recruited and used by al-Shabaab in Somalia" names a
    practice: no count, no day, no place but the country."""
    text = (
        "The UN chief said he was alarmed that children may make up a large part of the fighters recruited and used"
        " by al-Shabaab in Somalia, with nine-year-olds reportedly taught to handle weapons and sent to the front"
        " lines."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2018, 2, 10))
    assert incidents == [] and claims == []


def test_a_tally_by_party_with_parts_in_brackets_cases_casualties_and_releases():
    """A total "including by Al-Shabaab (570) and the national army (218)" is every party's; "In 9 cases, girls
    ... were also raped" counts cases, not one act; children "released in 2014" are no figure of the rapes told
    before; "At least 150 children were killed (110 boys and 40 girls)" counts 150; "120 child casualties (40
    killed and 80 injured)" are parts, no figure; the one recruitment told with its day is an incident."""
    text = (
        "The United Nations verified the recruitment and use of 903 children in Somalia, including by Al-Shabaab"
        " (570) and the national army (218). For example, on 3 March, Al-Shabaab recruited eight boys at a Koranic"
        " school in Kismayo. In 9 cases, girls held by the army were also raped. Upon advocacy by the United"
        " Nations, 30 children held by the army were released in 2014. At least 150 children were killed (110 boys"
        " and 40 girls) in 2014. The army was reportedly responsible for 120 child casualties (40 killed and 80"
        " injured)."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2015, 6, 1))
    assert [(i.type, i.location["name"], i.date.start, i.victim_count.best) for i in incidents] == [
        ("child_recruitment", "Kismayo", "2015-03-03", 8)
    ]
    assert _claims(claims) == [
        ("child_recruitment", 903, "exact", []),
        ("killing", 150, "at_least", []),
        ("sexual_violence", 9, "exact", []),
    ]


def test_an_order_to_hand_over_children_is_a_demand_and_teachers_taken_are_no_recruits():
    """ "ordered them to hand over dozens of children" is a demand, no act; 40 boys "forcibly taken from their
    school ... and moved to a training camp" were recruited; "also abducted 9 teachers for retraining" took adults:
    an abduction, not a recruitment of children."""
    text = (
        "Village elders in Somalia said al-Shabaab ordered them to hand over dozens of children aged 9 to 15. In"
        " Dinsoor district, 40 boys were forcibly taken from their school in October by al-Shabaab fighters and moved"
        " to a training camp. The group also abducted 9 teachers for retraining in August, residents said."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2018, 2, 1))
    assert sorted((i.type, i.date.start, i.victim_count.best) for i in incidents) == [
        ("abduction", "2017-08-01", 9),
        ("child_recruitment", "2017-10-01", 40),
    ]
    assert claims == []
