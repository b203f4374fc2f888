"""Lessons from real reports of an armed group's village massacres in eastern Congo (machete attacks told with
people "executed while trying to escape", tolls of several attacks "in recent days" or "in less than two weeks",
the group's reputation, an earlier spell of incursions dated "June 3-8"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.victims import victim_counts


def test_people_executed_while_trying_to_flee_were_killed_and_a_sources_day_dates_nothing():
    text = (
        "At least 20 villagers were killed by ADF rebels in North Kivu, Congo, according to a local official on"
        " Thursday. Some were executed while trying to flee, the official said."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 7, 5))
    assert [incident_summary(i) for i in incidents] == [("killing", "North Kivu", None, "unknown", 20, ["adf"])]


def test_tolls_of_recent_days_and_of_less_than_weeks_are_figures_and_a_reputation_no_figure():
    texts = [
        "ADF rebels have killed at least 45 civilians in the Beni and Irumu areas of Congo in recent days, officials"
        " said.",
        "In less than three weeks, more than 80 people have been killed by the ADF in Congo's Beni territory, civil"
        " society said. The ADF, accused of the massacre of hundreds of civilians in the region, pledged allegiance"
        " to the Islamic State in 2019.",
    ]
    [(recent, recent_claims), (weeks, weeks_claims)] = analyse_many_texts(texts, date(2024, 9, 2))
    assert recent == [] and weeks == []
    assert [(c.type, c.count.low) for c in recent_claims] == [("killing", 45)]
    assert [(c.type, c.count.low) for c in weeks_claims] == [("killing", 80)]


def test_the_days_of_an_earlier_spell_and_a_count_of_incursions_are_not_victims():
    found = victim_counts("It came days after several deadly incursions by ADF rebels killed 57 on June 3-8.")
    assert [(m.count.best, category) for m, category in found] == [(57, "people")]


def test_acts_told_in_passing_previous_attacks_and_the_town_the_attackers_came_from_are_their_own():
    texts = [
        "More than 40 villagers were killed by ADF rebels at a wedding in the village of Kasanga in Congo's Lubero"
        " territory. The group has caused heavy civilian losses in previous attacks, including a raid on a market"
        " that left 27 people dead.",
        "The gunmen killed at least nine people in the village of Bulongo in Congo's North Kivu province. They had"
        " arrived from the town of Mamove, where they killed three farmers and kidnapped a woman, a civil society"
        " leader said.",
    ]
    [(previous, _), (came_from, _)] = analyse_many_texts(texts, date(2024, 11, 20))
    assert sorted((i.type, i.victim_count.best) for i in previous) == [("killing", 27), ("killing", 40)]
    assert sorted(incident_summary(i) for i in came_from) == [
        ("abduction", "Mamove", None, "unknown", 1, []),
        ("killing", "Bulongo", None, "unknown", 9, []),
        ("killing", "Mamove", None, "unknown", 3, []),
    ]


def test_the_village_a_later_sentence_says_the_attack_was_launched_in_is_the_scene():
    text = (
        "No fewer than 25 people were killed late Tuesday in an overnight attack blamed on ADF rebels in Congo. The"
        " deaths followed a recent wave of incursions into the area, a military spokesman said. ADF rebels launched an"
        " attack in the village of Kitsimba, Beni Territory, North Kivu Province, the spokesman told reporters."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 7, 3))
    assert [incident_summary(i) for i in incidents] == [("killing", "Kitsimba", "2024-07-02", "day", 25, ["adf"])]
