"""Lessons from real reports of twin car bombings in a capital told beside the group's earlier attacks (a blast
at the same junction years before, a hotel siege in another city "last week", a 30-hour hotel attack), each
pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.victims import victim_counts


def test_the_junctions_earlier_blast_is_an_act_of_its_own_and_a_statements_day_dates_nothing():
    text = (
        "Two car bombs exploded minutes apart outside the interior ministry in Mogadishu, Somalia on Saturday,"
        " killing at least 40 people, the president announced in a statement early on Sunday. The blasts struck"
        " near the Sayidka junction, the scene of a huge al-Shabaab bombing in 2019 that killed more than 80 people."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2023, 3, 13))
    found = sorted((i.type, i.date.start, i.date.precision, i.victim_count.best) for i in incidents)
    assert found == [("bombing", "2019-01-01", "year", 80), ("bombing", "2023-03-11", "day", 40)]
    assert claims == []


def test_people_present_and_the_wounded_are_not_the_dead():
    assert victim_counts("A trader said he was in the company of three men when the explosions hit.") == []
    assert victim_counts("A nurse and a driver were injured in the second blast.") == []
    [(mention, _)] = victim_counts("Gunmen killed a nurse and a driver at the clinic.")
    assert mention.count.best == 2


def test_a_hotel_siege_elsewhere_and_a_long_gun_and_bomb_attack_are_killings_of_their_own():
    text = (
        "Al-Shabaab militants stormed a beach restaurant in Mogadishu, Somalia on Friday, killing nine people in a"
        " six-hour siege. The group last month claimed responsibility for a siege of a hotel in the port city of"
        " Kismayo that killed 12 people. In January, al-Shabaab launched a 30-hour gun and bomb attack on a hotel in"
        " Beledweyne, killing 23 people."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2023, 6, 20))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("killing", "Beledweyne", "2023-01-01", "month", 23, ["al-shabaab"]),
        ("killing", "Kismayo", None, "unknown", 12, ["al-shabaab"]),
        ("killing", "Mogadishu", "2023-06-16", "day", 9, ["al-shabaab"]),
    ]


def test_the_scenes_earlier_blast_happened_at_the_scene():
    text = (
        "Two car bombs exploded outside the interior ministry in Mogadishu, Somalia on Saturday, killing at least 40"
        " people. The blasts struck near the Sayidka junction, the scene of a huge al-Shabaab bombing in 2019 that"
        " killed more than 80 people."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2023, 3, 13))
    assert sorted((i.date.start, i.location["name"]) for i in incidents) == [
        ("2019-01-01", "Mogadishu"),
        ("2023-03-11", "Mogadishu"),
    ]
