"""Lessons from real reports of the Arakan Army's raids on police outposts in Rakhine State, Myanmar, 2016 to 2020:
the Arakan Army (AA) is an actor; "A police outpost ... was attacked by" and "raided the Thazin Myaing police outpost"
are battles at the outpost's village; police "missing" and those who "may be killed" or "may be taken away" count no
one; "capturing five policemen and two of their family members" is an abduction and "resulted in three deaths" the
battle's toll; a military that tells ("..., the Myanmar military and local residents said", "according to the Myanmar
military (or Tatmadaw)") is no party; "In another attack" is another act; a press conference's city is no scene;
"some 100 heavily armed AA fighters attacked" counts the attackers, not the dead. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, child_roles, incident_summary, only_incident


def test_a_police_outpost_attacked_with_police_missing_and_guesses_of_the_dead():
    text = (
        "YANGON, May 29 — A police outpost in Myanmar's Rakhine state was attacked by Arakan Army (AA) rebels, "
        "leaving eight police personnel and two family members missing early Friday, an official from the Military "
        "True News Information Team said.\n"
        "'Some may be killed in the attack and some may be taken away by them,' a spokesman said.\n"
        "The police outpost in Rathedaung township was attacked by about 100 AA members at around 2 am."
    )
    incident = only_incident(text, date(2020, 5, 29))
    assert incident_summary(incident) == ("armed_clash", "Rathedaung", "2020-05-29", "day", None, ["arakan-army"])
    assert incident.sources[0].attributed_to == "Military True News Information Team"


def test_captured_police_and_the_deaths_of_a_raid_told_by_the_military():
    text = (
        "The Arakan Army attacked a paramilitary border guard outpost in western Myanmar's Rakhine state on Friday, "
        "capturing five policemen and two of their family members, and killing several others, the Myanmar military "
        "and local residents said.\n"
        "The ethnic armed force raided the Kyauk Seik police outpost in rural Rathedaung township.\n"
        "The assault resulted in three deaths and the abduction of seven others, including a child, it said.\n"
        '"The attacks killed three policemen, while five more policemen and two family members, including a child, '
        'are missing," the statement said.\n'
        "Residents estimated that at least 30 security forces were deployed at the outpost and that as many as 10 of "
        "them may have died."
    )
    incidents, claims = analyse_text(text, date(2020, 5, 29))
    assert claims == []
    by_type = {i.type: i for i in incidents}
    assert sorted(by_type) == ["abduction", "armed_clash"]
    assert incident_summary(by_type["armed_clash"]) == (
        "armed_clash",
        "Kyauk Seik",
        "2020-05-29",
        "day",
        3,
        ["arakan-army"],
    )
    assert incident_summary(by_type["abduction"])[1:] == ("Kyauk Seik", "2020-05-29", "day", 7, ["arakan-army"])
    assert child_roles(by_type["abduction"]) == ["victim"]


def test_the_military_cited_is_no_party_and_another_attack_is_another_act():
    text = (
        "The Arakan Army (AA) attacked a police outpost in Buthidaung Township in northern Rakhine State early Friday, "
        "injuring four policemen, according to the Myanmar military (or Tatmadaw).\n"
        "In another attack, nine police were killed when the AA launched a midnight attack on a police outpost in "
        "Ponnagyun Township in March."
    )
    incidents, _ = analyse_text(text, date(2019, 8, 10))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("armed_clash", "Buthidaung Township", "2019-08-09", "day", None, ["arakan-army"]),
        ("armed_clash", "Ponnagyun Township", "2019-03-01", "month", 9, ["arakan-army"]),
    ]
    first = next(i for i in incidents if i.victim_count is None)
    assert first.sources[0].attributed_to == "Myanmar military"


def test_a_press_conference_city_is_no_scene_and_police_statements_a_source():
    text = (
        "Nine police officers were killed during attacks on border guard posts in northern Rakhine State on early "
        "Sunday, according to police statements.\n"
        "The police chief said during a press conference on the attacks on Sunday in Naypyidaw that the attackers "
        "took 62 guns."
    )
    incident = only_incident(text, date(2016, 10, 10))
    assert incident_summary(incident)[1:4] == ("Rakhine State", "2016-10-09", "day")
    assert incident.sources[0].attributed_to == "police statements"


def test_the_attackers_strength_is_no_toll_and_civilians_seized_during_the_attack():
    text = (
        "A spokesman said three other civilians also seized during the attack on the police outpost in Kyauk Seik "
        "village in Rathedaung township on May 29 have been released.\n"
        "He said some 100 heavily armed AA fighters attacked the outpost before dawn.\n"
        "An AA spokesman said the attack was in retaliation for the raid conducted by government troops on the armed "
        "group's encampment in Paletwa township in Myanmar's Chin State on May 24."
    )
    incidents, claims = analyse_text(text, date(2020, 6, 2))
    assert claims == []
    summaries = sorted(incident_summary(i)[:5] for i in incidents)  # (the raid they answer is a motive, no act)
    assert summaries == [
        ("abduction", "Kyauk Seik", "2020-05-29", "day", 3),
        ("armed_clash", "Kyauk Seik", "2020-05-29", "day", None),
    ]


def test_a_raid_by_troops_on_the_groups_encampment_is_a_battle():
    text = (
        "The raid conducted by government troops on the armed group's encampment in Paletwa township in Myanmar's "
        "Chin State on May 24 left many Arakan Army fighters dead, an AA spokesman said."
    )
    found = incident_summary(only_incident(text, date(2020, 6, 2)))
    assert found[:5] == ("armed_clash", "Paletwa", "2020-05-24", "day", None)
    assert sorted(found[5]) == ["arakan-army", "myanmar-military"]
