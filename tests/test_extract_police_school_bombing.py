"""Lessons from real reports of the truck bombing of the police training centre at Zliten in Libya on 7 January
2016: a suicide truck bombing at a police school is a bombing (a military target, but blasts); a group that "has
carried out many suicide bombings" is told by habit, not blamed; "follows three days of Islamic State attacks this
week on ... oil terminals, which killed at least nine guards" is a battle of its own. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import day_count_rows, doers


def test_a_truck_bombing_at_a_police_school_is_a_bombing_and_a_habit_blames_no_one():
    text = (
        "A suicide truck bombing on a police school in the city of Zliten in Libya killed more than 40 people on"
        " Tuesday. There was no immediate claim of responsibility for the attack but the Islamic State group, which has"
        " been growing in power in Libya, has carried out many suicide bombings in the country."
    )
    assert day_count_rows(text, date(2016, 3, 2), doers)[0] == [("bombing", "2016-03-01", 40, ())]


def test_days_of_attacks_on_oil_terminals_that_killed_guards_are_a_battle_of_their_own():
    text = (
        "At least 38 people were killed on Tuesday when a truck bomb exploded at a police training centre in Zliten."
        " The bombing follows three days of Islamic State attacks this week on Libya's biggest oil terminals, which"
        " killed at least seven guards."
    )
    assert [r[0] for r in day_count_rows(text, date(2016, 3, 2))[0]] == ["armed_clash", "bombing"]
