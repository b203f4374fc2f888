"""Lessons from real reports of jihadist assaults on army camps in western Niger (shells, mortars and suicide
vehicles that opened an assault, a toll from "a later statement", soldiers "missing as well as the 18 killed", a
branch of the Islamic State named beside it, "a faction of the Boko Haram group", leaders who "pay homage to the
soldiers who were killed"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.actors import actor_table, named_as_affiliate
from marsad.extract.victims import victim_counts


def test_shelling_that_opened_an_assault_on_a_camp_is_the_battle_and_a_later_statement_gives_its_toll():
    text = (
        "Dozens of soldiers were killed when militants attacked an army camp near Kandadji in western Niger on"
        ' Monday, a security source said. "They shelled the camp with mortars and then stormed it," the source'
        " said. In a later statement the defence ministry said 31 soldiers were killed. On Wednesday the Islamic"
        " State said fighters of its West Africa Province affiliate carried out the raid."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 6, 26))
    assert [incident_summary(i)[:5] for i in incidents] == [("armed_clash", "Kandadji", "2024-06-24", "day", 31)]
    assert [p.id for p in incidents[0].perpetrators] == ["iswap"]


def test_suicide_vehicles_before_hours_of_fighting_make_a_battle_and_the_missing_are_not_the_dead():
    text = (
        "Jihadists attacked the Ayorou military base in western Niger on Tuesday afternoon, killing 12 soldiers, the"
        " army said. Two of their fighters blew themselves up at the gate before gunmen on motorbikes opened fire."
        " The army said five soldiers were missing as well as the 12 killed, but on Thursday the defence ministry"
        " clarified that none were missing. ISWAP, a faction of the Boko Haram group, said it carried out the attack."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 3, 8))
    assert [incident_summary(i)[:5] for i in incidents] == [("armed_clash", "Ayorou", "2024-03-05", "day", 12)]
    assert [p.id for p in incidents[0].perpetrators] == ["iswap"]


def test_bombers_and_missing_soldiers_are_not_counted_as_victims():
    bombers = "Two of their fighters blew themselves up at the gate."
    assert victim_counts(bombers) == []
    missing = "Four soldiers were missing as well as the 18 killed."
    assert [(c.count.best, category) for c, category in victim_counts(missing)] == [(18, "people")]


def test_a_branch_named_beside_the_islamic_state_is_the_doer_and_a_parent_named_as_its_origin_is_not():
    table = actor_table()
    found = table.find("The Islamic State group claimed the attack; ISWAP said its fighters held the camp.")
    assert [a.id for a in table.without_parents([m.actor for m in found])] == ["iswap"]
    text = "ISWAP, a faction of the Boko Haram jihadist group, claimed the raid."
    boko = next(m for m in table.find(text) if m.actor.id == "boko-haram")
    assert named_as_affiliate(text, boko.start)
    assert [m.actor.id for m in table.find("Boko Haram's Islamic State-backed faction claimed the attack.")] == []
    assert [m.actor.id for m in table.find("the Islamic State's West African branch killed 28 soldiers")] == ["iswap"]


def test_leaders_paying_homage_to_the_soldiers_killed_tell_no_act_of_their_own():
    text = (
        "Gunmen killed 17 soldiers in an attack on an army post in Torodi in western Niger on Thursday, officials"
        " said. On Saturday, ministers gathered in Niamey to pay homage to the soldiers who were killed."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 1, 13))
    assert [incident_summary(i)[:5] for i in incidents] == [("armed_clash", "Torodi", "2024-01-11", "day", 17)]


def test_an_ambush_told_as_the_regions_past_and_an_ambush_near_a_village_in_a_year_are_acts_of_their_own():
    text = (
        "Militants killed nine soldiers in an attack on an army post in western Niger, residents said. The attack"
        " took place on Monday night near the village of Petelkole, in the same area where an ambush by the Islamic"
        " State's West African branch killed 23 soldiers in April. In 2019, jihadists killed two gendarmes and four"
        " soldiers in a raid near the village of Tongo Tongo."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2023, 8, 16))
    assert claims == []
    assert sorted(
        (i.location["name"] or "", i.location["country"], i.date.start, i.victim_count.best) for i in incidents
    ) == [
        ("", "NE", "2023-04-01", 23),
        ("Petelkole", "NE", "2023-08-14", 9),
        ("Tongo Tongo", "NE", "2019-01-01", 6),
    ]
    assert all(i.type == "armed_clash" for i in incidents)


def test_a_sentence_that_tells_only_the_wounded_earlier_this_week_dates_the_attack_to_that_week():
    text = (
        "Niger mourns 40 soldiers killed by jihadists\n"
        "The government declared two days of mourning after an attack that claimed the lives of 40 soldiers."
        " Jihadists stormed an army camp near the town of Ayorou, the defence ministry said. The army said nine"
        " others were wounded in the attack earlier this week."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2021, 3, 19))
    assert [incident_summary(i)[:5] for i in incidents] == [("armed_clash", "Ayorou", "2021-03-15", "week", 40)]
