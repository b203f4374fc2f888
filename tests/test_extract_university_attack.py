"""Lessons from real reports of the Islamic State's gun attack on Kabul University on 2 November 2020: "the second
it has carried out in Kabul in less than 10 days" ranks the act among the group's, no period of a running figure;
"The two fighters targeted the graduates" counts the attackers; their clash with the guards, counting no dead of its
own, is part of the attack on the school; "two classes" taken hostage are no count of people. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary

KABUL = (
    "Gunmen stormed a university in Kabul, Afghanistan, on Monday, and the Islamic State claimed the attack. Officials"
    " said the assault, the second it has carried out in the city in less than two weeks, killed at least 20 students."
    " \u201cThe three fighters targeted the students with automatic weapons, then clashed with security forces,\u201d"
    " the group said. The gunmen had taken three classes hostage before police ended the siege."
)


def test_an_attack_ranked_among_the_groups_is_one_act_and_its_clash_with_guards_part_of_it():
    incidents, claims = analyse_text(KABUL, date(2020, 11, 3))
    assert [incident_summary(i) for i in incidents] == [
        ("attack_on_school_or_hospital", "Kabul", "2020-11-02", "day", 20, ["iskp"])
    ]
    assert claims == []


def test_a_clash_on_another_day_elsewhere_stays_a_battle():
    text = (
        "Gunmen stormed a school in Kabul, Afghanistan, on Monday, killing 20 students. On Wednesday, soldiers"
        " clashed with the militants in the village of Sangar in Logar province."
    )
    incidents, _ = analyse_text(text, date(2020, 11, 5))
    assert [i.type for i in incidents] == ["attack_on_school_or_hospital", "armed_clash"]
