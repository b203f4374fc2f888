"""Lessons from real reports of the attack on the gendarmerie detachment at Inata in northern Burkina Faso on 14
November 2021: "32 people, including 28 military police officers and four civilians" killed at a post is a battle,
and a headline's bare "kills at least 20" gives way to the lede's "19 officers and one civilian"; "the Inata
gendarmerie" and "the gendarmerie detachment of Inata" name the post's village; "came two days after another raid in
the area killed seven police" is an earlier act; "an insurgency ... took off in 2017" holds no one; "forced to
slaughter animals" kills no one; a caption over "Copyright ©" dates nothing; "we came to bury" dates the burial and
"Thirty-six gendarmes out of the 53 killed" counts the 53 gendarmes; "has left more than 2,000 dead ... in six
years" is a running figure. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import day_count_rows, only_incident


def test_a_post_attacked_with_mostly_gendarmes_killed_is_a_battle_apart_from_an_earlier_raid():
    text = (
        "At least 26 people, including 22 military police officers and four civilians, were killed in an attack on a"
        " gendarmerie post in northern Burkina Faso, the government said on Monday. The attack is the deadliest since"
        " an insurgency by militants took off in 2016. The attack, which took place on Sunday morning near a gold"
        " mine in Tongomayel, came two days after another raid in the area killed six police. The post had run out"
        " of food and been forced to slaughter animals in the vicinity."
    )
    acts, _ = day_count_rows(text, date(2022, 3, 8))
    assert acts == [
        ("armed_clash", "2022-03-04", 6),
        ("armed_clash", "2022-03-06", 26),
    ]


def test_a_headlines_bare_toll_gives_way_to_the_gendarmes_counted_in_the_lede():
    text = (
        "Extremist attack in Burkina Faso kills at least 12\n\n"
        "An attack by jihadis on a gendarme post in northern Burkina Faso killed at least 11 officers and one civilian"
        " Sunday, the ministry of security said. The attack took place at the Tongomayel gendarmerie."
    )
    found = only_incident(text, date(2022, 3, 6)).as_json()
    assert (found["type"], found["location"]["name"], found["victims"]["count"]["best"]) == (
        "armed_clash",
        "Tongomayel",
        12,
    )


def test_a_burial_dates_nothing_and_those_buried_are_part_of_the_toll():
    text = (
        "A group of soldiers patrols a rural area in the Soum region on November 9, 2019   -\nCopyright © newsdesk\n\n"
        "This Tuesday, March 15, we came to bury the gendarmes killed on March 6 in Tongomayel. Twenty gendarmes out"
        " of the 31 killed were buried. In Burkina Faso, where jihadist violence has left more than 2,000 dead and"
        " 1.4 million displaced in six years, anger is growing."
    )
    acts, figures = day_count_rows(text, date(2022, 3, 16))
    assert acts == [("armed_clash", "2022-03-06", 31)]
    assert figures == [("killing", 2000, "more_than")]
