"""Lessons from real reports of the UN's and aid agencies' counts of children in the Sahel's wars and of a
massacre whose attackers were children, each pinned by a text of our own: a headline that tells a figure, a
definition of grave violations, an appeal to release children, villagers "executed" in a raid, and the year a
war began."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary


def test_a_headline_figure_a_definition_and_an_appeal_tell_no_act():
    text = (
        "UNICEF: 1,500 children recruited by armed groups in Mali\n"
        "Armed groups recruited about 1,500 children in Mali in 2022 and used them as fighters and porters, the UN"
        " children's agency said. Grave violations include the recruitment and use of children. \"I urge all parties"
        " to immediately release all children in their ranks,\" the agency's director said."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2023, 3, 2))
    assert incidents == []
    assert [(c.type, c.count.best) for c in claims] == [("child_recruitment", 1500)]


def test_villagers_executed_in_a_raid_were_killed_and_the_year_violence_spread_dates_nothing():
    text = (
        "Gunmen opened fire on residents of the gold-mining village of Tawori in Burkina Faso on 12 May 2023 and"
        " executed people until dawn, killing at least 45. It was the deadliest attack since violence spread to the"
        " region in 2016."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2023, 5, 20))
    assert [incident_summary(i) for i in incidents] == [("killing", "Tawori", "2023-05-12", "day", 45, [])]
    assert claims == []
