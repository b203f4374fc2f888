"""Lessons from real reports of Al-Qaeda in the Islamic Maghreb's attacks on the beach resort of Grand-Bassam in
Ivory Coast on 13 March 2016 and on the Splendid Hotel and Cappuccino café in Ouagadougou on 15 January 2016
("Al Qaeda in the Islamic Maghreb claimed responsibility", "Al-Qaeda's North African affiliate", "managed to
neutralize the six attackers", "has left 16 — including at least four European vacationers — dead", "an Austrian
couple were kidnapped in the night"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import acts_and_figures, analyse_text, doers, incident_summary


def _acts(text, published):
    return acts_and_figures(text, published, doers)[0]


def test_the_maghreb_branch_named_without_its_hyphen_is_the_doer_not_its_parent():
    text = (
        "Al-Qaeda's West African affiliate claimed an attack by gunmen on a hotel in Kara, Togo, on Friday that killed"
        " at least 11 people, monitors said. In a message, Al Qaeda in the Islamic Maghreb said two of its fighters had"
        " stormed the hotel."
    )
    assert _acts(text, date(2018, 6, 9)) == [("killing", "Kara", "2018-06-08", "day", 11, ("aqim",))]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a market in Gao on Sunday, killing nine people. The army managed to neutralize the four"
        " attackers. Police said security forces have killed two more gunmen.",
        "Five men armed with rifles and grenades attacked a market in Gao on Sunday, killing nine people.",
    ],
)
def test_attackers_killed_by_the_forces_make_no_battle_and_grenades_carried_make_no_bombing(text):
    assert _acts(text, date(2018, 6, 11)) == [("killing", "Gao", "2018-06-10", "day", 9, ())]


def test_a_toll_told_around_an_aside_counts_and_a_resort_named_first_is_the_scene():
    text = (
        "Beach Attack Leaves At Least 9 Dead In Assinie, Ivory Coast\n\nAn attack at Assinie, a resort east of Abidjan,"
        " has left 9 — including at least three tourists — dead."
    )
    assert _acts(text, date(2018, 6, 12)) == [("killing", "Assinie", None, "unknown", 9, ())]


def test_the_killed_before_a_semicolon_are_no_release_and_the_freed_hostages_total_is_no_figure():
    text = (
        "On 20 May 2018, gunmen attacked a hotel in Niamey. At least 14 people were killed, and 20 wounded; a total of"
        " 60 hostages were released after a counter-attack into the next morning as the siege ended."
    )
    incidents, claims = analyse_text(text, date(2018, 6, 1))
    assert [incident_summary(i)[:5] for i in incidents] == [("killing", "Niamey", "2018-05-20", "day", 14)]
    assert claims == []


def test_civilians_and_soldiers_counted_together_and_a_shootout_are_one_killing():
    text = (
        "On 2 March 2018, gunmen opened fire at a hotel in Bamako, killing at least 12 people. According to officials,"
        " 9 civilians and 2 soldiers were killed. A shootout occurred between the attackers and police as the gunmen"
        " reached a second hotel."
    )
    assert _acts(text, date(2018, 3, 20)) == [("killing", "Bamako", "2018-03-02", "day", 12, ())]


def test_acts_at_villages_of_their_own_beside_a_hotel_siege_are_their_own_on_the_day_told():
    text = (
        "On 15 March 2018 at 20:00, gunmen attacked a hotel in Niamey, killing eight people, and took hostages."
        " Earlier in the day, gunmen attacked gendarmerie in the village of Tamou, in Niger. An Italian couple were"
        " kidnapped in the night in the village of Makalondi."
    )
    assert _acts(text, date(2018, 3, 20)) == [
        ("abduction", "Makalondi", "2018-03-15", "day", 2, ()),
        ("armed_clash", "Tamou", "2018-03-15", "day", None, ()),
        ("killing", "Niamey", "2018-03-15", "day", 8, ()),
    ]
