"""Lessons from real reports of the suicide bombing of mourners at Quetta's Civil Hospital told eight ways ("where
scores of people had gathered to mourn the death of ... Bilal Anwar Kasi in a gun attack earlier in the day",
"where some 200 people, mostly lawyers, had crowded into the emergency department", "Kasi was killed after two
unidentified men opened fire at his car", "As the number of mourners increased, a suicide bomber blew himself up"),
each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import analyse_text, incident_summary


@pytest.mark.parametrize(
    "text",
    [
        # mourners gathered where a hospital was bombed are its victims, not a vigil or its count
        "At least 41 people were killed in a suicide bombing on Monday at the gate of Kohat's district hospital,"
        " where dozens of teachers had gathered to mourn a colleague. A suicide bomber struck outside the hospital"
        " where some 150 people, mostly teachers, had crowded into the courtyard.",
        # a bomber who blew himself up "killing scores" retells the toll told before
        "At least 41 people were killed in a suicide bombing on Monday at the gate of Kohat's district hospital. As"
        " the number of mourners increased, a suicide bomber blew himself up at the gate, killing scores of people.",
    ],
    ids=["mourners-gathered", "killing-scores-retold"],
)
def test_one_hospital_bombing_told_with_its_mourners_is_one_act_with_its_told_toll(text):
    incidents, claims = analyse_text(text, date(2017, 5, 16))
    assert [incident_summary(i) for i in incidents] == [
        ("attack_on_school_or_hospital", "Kohat", "2017-05-15", "day", 41, [])
    ]
    assert claims == []


def test_one_man_shot_dead_beside_a_hospital_bombing_is_a_killing_of_its_own():
    text = (
        "A bomb explosion at a hospital in Kohat killed at least 38 people on Monday. The teachers' union leader Arif"
        " Khan was killed after two unidentified men opened fire at his car near the city's main bazaar."
    )
    incidents, _ = analyse_text(text, date(2017, 5, 16))
    assert sorted(incident_summary(i)[:5] for i in incidents) == [
        ("attack_on_school_or_hospital", "Kohat", "2017-05-15", "day", 38),
        ("killing", "Kohat", "2017-05-15", "day", 1),
    ]


def test_a_rival_estimate_beside_the_toll_and_a_man_fatally_shot_and_a_standing_charge():
    text = (
        "Jamaat-ul-Ahrar claimed responsibility for the attack in a hospital in Kohat which left at least 44 dead and"
        " over 90 injured, even as local media put the death toll at 61. On Monday, teachers congregated at the"
        " hospital in Kohat to mourn their colleague, union leader Arif Khan, who had been fatally shot earlier that"
        " day. They accuse the security forces of illegal detentions, torture and executions of tribesmen, charges the"
        " government denies."
    )
    incidents, _ = analyse_text(text, date(2017, 5, 16))
    found = sorted(incident_summary(i)[:4] for i in incidents)
    assert found == [
        ("attack_on_school_or_hospital", "Kohat", None, "unknown"),
        ("killing", "Kohat", "2017-05-15", "day"),
    ]
    assert [i.as_json()["sources"][0]["attributed_to"] for i in incidents] == ["local media", "local media"]


def test_a_headline_s_hospital_attack_and_a_statement_released_abroad():
    text = (
        "ISIS claims responsibility for Pakistan hospital attack, death toll hits 44\nThe blast destroyed the"
        ' emergency and casualty departments. "A martyr of the Islamic State detonated his explosive belt," the'
        " group's statement said, released from Cairo, Egypt."
    )
    incidents, _ = analyse_text(text, date(2017, 5, 16))
    assert [incident_summary(i) for i in incidents] == [
        ("attack_on_school_or_hospital", "Pakistan", None, "unknown", 44, ["isis"])
    ]


def test_a_bombing_outside_a_polio_centre_is_an_attack_on_health_care():
    text = (
        "At least 44 people were killed in a blast at a hospital in Kohat on Monday, a regional official said. In"
        " March, a suicide bomber killed 12 people outside a polio eradication centre in an attack claimed by the"
        " Pakistani Taliban."
    )
    incidents, _ = analyse_text(text, date(2017, 5, 17))
    assert sorted(incident_summary(i)[2:] for i in incidents) == [
        ("2017-03-01", "month", 12, ["ttp"]),
        ("2017-05-15", "day", 44, []),
    ]
    assert {i.as_json()["type"] for i in incidents} == {"attack_on_school_or_hospital"}
