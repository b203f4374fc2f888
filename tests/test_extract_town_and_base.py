"""Lessons from real reports of the jihadist attack on Arbinda in Burkina Faso (civilians killed beside a battle
at the town's base, the fallen of both sides counted apart, "the attack took place in the Arbinda town" told
after both acts, a country's toll "since the start of 2015"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary


def test_civilians_killed_beside_a_battle_are_a_killing_and_the_town_told_after_both_places_both():
    text = (
        "Twenty-two civilians, most of them traders, have been killed in an attack by jihadists on a town in northern"
        " Burkina Faso, the government announced late Tuesday. Later fighting with the army left 40 jihadists dead,"
        " and five soldiers were killed, it said. The attack, which no group has yet claimed, took place in the Djibo"
        " town in Soum province and lasted most of the morning, according to an army statement."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2021, 3, 10))
    found = sorted(incident_summary(i) + (i.sources[0].attributed_to,) for i in incidents)
    assert found == [
        ("armed_clash", "Djibo", None, "unknown", 45, [], "government"),
        ("killing", "Djibo", None, "unknown", 22, [], "government"),
    ]


def test_civilians_killed_after_an_assault_on_a_post_and_a_toll_since_the_start_of_a_year():
    text = (
        "Gunmen killed 18 civilians, mostly women fetching water, after attacking a gendarmerie post in Burkina Faso's"
        " Sahel region on Monday, officials said. The country has seen a rising tide of violence resulting in the"
        " deaths of thousands since the start of 2016, when militants crossed from Mali. Though no group has claimed"
        " the attack, most of the attacks in the region are carried out by both JNIM and ISGS fighters."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2021, 3, 10))
    assert [(i.type, i.victim_count.best, i.perpetrators) for i in incidents] == [("killing", 18, [])]
    assert [(c.type, c.count.low) for c in claims] == [("killing", 2000)]
