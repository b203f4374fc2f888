"""Lessons from real reports of the suicide bombing of mourners at Quetta's Civil Hospital told eight ways ("where
scores of people had gathered to mourn the death of ... Bilal Anwar Kasi in a gun attack earlier in the day",
"where some 200 people, mostly lawyers, had crowded into the emergency department", "Kasi was killed after two
unidentified men opened fire at his car", "As the number of mourners increased, a suicide bomber blew himself up"),
each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary


def test_mourners_gathered_where_a_hospital_was_bombed_are_its_victims_not_a_vigil_or_its_count():
    text = (
        "At least 41 people were killed in a suicide bombing on Monday at the gate of Kohat's district hospital,"
        " where dozens of teachers had gathered to mourn a colleague. A suicide bomber struck outside the hospital"
        " where some 150 people, mostly teachers, had crowded into the courtyard."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2017, 5, 16))
    assert [incident_summary(i) for i in incidents] == [
        ("attack_on_school_or_hospital", "Kohat", "2017-05-15", "day", 41, [])
    ]
    assert claims == []


def test_one_man_shot_dead_beside_a_hospital_bombing_is_a_killing_of_its_own():
    text = (
        "A bomb explosion at a hospital in Kohat killed at least 38 people on Monday. The teachers' union leader Arif"
        " Khan was killed after two unidentified men opened fire at his car near the city's main bazaar."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2017, 5, 16))
    assert sorted(incident_summary(i)[:5] for i in incidents) == [
        ("attack_on_school_or_hospital", "Kohat", "2017-05-15", "day", 38),
        ("killing", "Kohat", "2017-05-15", "day", 1),
    ]
