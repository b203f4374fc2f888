"""Lessons from real reports of the Lakurawa group's raids on villages of Sokoto and Kebbi states, Nigeria, in 2024
and 2025: the group in the alias table; food "being sold in shops" is no sale of women. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary


def test_a_raid_by_the_lakurawa_and_goods_sold_in_shops():
    text = (
        "Suspected Lakurawa bandits killed 12 villagers in Kwalajiya village in Tangaza Local Government Area of Sokoto"
        " State on Tuesday, a local leader said. \u201cThey didn\u2019t harm any women, but they killed our men and"
        " destroyed the food items being sold in shops,\u201d he said."
    )
    incidents, _ = analyse_text(text, date(2025, 7, 3))
    assert [incident_summary(i) for i in incidents] == [("killing", "Kwalajiya", "2025-07-01", "day", 12, ["lakurawa"])]


def test_women_being_sold_are_still_sexual_slavery():
    text = "Islamic State fighters in Raqqa, Syria, said on Monday that captured women were being sold in markets."
    incidents, _ = analyse_text(text, date(2015, 3, 3))
    assert [i.type for i in incidents] == ["sexual_violence"]
