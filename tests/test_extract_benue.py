"""Lessons from real reports of the massacre at Yelwata (Yelewata) in Benue State (a community named as the scene,
a governor's toll "in one of the deadliest incidents in the region this year", an attack that "came barely 48 hours
after" another, "another incident reported just two days prior in Makurdi LG", a landmark's distance from the state
capital, "security operatives" killed), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.victims import victim_counts


def test_a_toll_ranked_among_the_years_deadliest_is_the_acts_own_and_the_community_is_its_scene():
    text = (
        "The state governor on Monday, April 10, 2023, confirmed that at least 43 people were killed in Umogidi, a"
        " farming community attacked by suspected herdsmen, in one of the deadliest attacks in the state this year."
        " The attack, which occurred on Friday, April 7, 2023, targeted displaced families in Benue State."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2023, 4, 10))
    assert claims == []
    assert [incident_summary(i)[:5] for i in incidents] == [("killing", "Umogidi", "2023-04-07", "day", 43)]


def test_an_attack_that_came_hours_after_another_keeps_its_own_day_and_the_other_its_own_village():
    text = (
        "No fewer than 30 people were feared killed when gunmen invaded Mgban and Ngban communities in Guma Local"
        " Government Area of Benue State. The attack, which lasted from Saturday night till the early hours of"
        " yesterday, came barely 72 hours after two villages in Agatu were attacked and 12 people killed. Mgban is"
        " less than an hour's drive from the state capital, Makurdi."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2023, 5, 22))
    assert sorted(incident_summary(i)[:5] for i in incidents) == [
        ("killing", "Agatu", None, "unknown", 12),
        ("killing", "Mgban", "2023-05-20", "day", 30),
    ]


def test_an_incident_reported_two_days_prior_counts_back_from_the_day_told():
    text = (
        "Gunmen killed 18 villagers in an attack on Tse-Akaa community in Benue State on Tuesday, police said. It came"
        " with another incident reported just two days prior in Makurdi LG, where at least nine people were killed."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2023, 5, 18))
    assert sorted(incident_summary(i)[:5] for i in incidents) == [
        ("killing", "Makurdi", "2023-05-14", "day", 9),
        ("killing", "Tse-Akaa", "2023-05-16", "day", 18),
    ]
    assert [(c.count.best, k) for c, k in victim_counts("three security operatives were killed")] == [(3, "soldiers")]


def test_security_forces_and_civilians_killed_with_verbs_of_their_own_are_a_battle_and_a_killing():
    text = (
        "At least five policemen were killed and scores of villagers reportedly massacred when gunmen attacked Zike"
        " community in Bassa Local Government Area of Plateau State on Sunday night, police said."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2025, 4, 15))
    assert sorted((i.type, i.location["name"], i.date.start, i.victim_count.low) for i in incidents) == [
        ("armed_clash", "Zike", "2025-04-13", 5),
        ("killing", "Zike", "2025-04-13", 40),
    ]
