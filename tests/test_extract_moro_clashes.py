"""Lessons from real reports of the Philippine army's clashes with the Bangsamoro Islamic Freedom Fighters (BIFF) in
Maguindanao, 2017 to 2024: the BIFF is an actor, and the group whose members soldiers killed is a party to the battle;
fighters who "tried to launch bombings" set off none; artillery "on their hideouts" and a military that "bombed their
location" fight a battle, while grenades lobbed at a checkpoint are a bombing; "sustained minor injuries" counts no
dead; "In a phone interview Friday" dates the telling; "Brgy." and a rank's abbreviation end no sentence; a ranked
officer "of the Army's 6th Infantry Division said" is the source, by name; "in separate clashes" is the toll of two
acts. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary, only_incident


def test_soldiers_who_killed_members_of_a_group_fought_it_and_the_military_here_said_so():
    text = (
        "Soldiers killed five members of the Daesh-inspired Bangsamoro Islamic Freedom Fighters (BIFF) who tried to "
        "launch bombings in Maguindanao, the military here said Monday.\n"
        "Three other gunmen were wounded during the two-hour firefight involving 40 terrorists in Sitio Kalabo, "
        "Barangay Dapiawan, on Sunday afternoon."
    )
    incident = only_incident(text, date(2021, 3, 2))
    assert incident_summary(incident) == ("armed_clash", "Kalabo", "2021-02-28", "day", 5, ["biff"])
    assert incident.sources[0].attributed_to == "military"


def test_artillery_on_hideouts_is_a_battle_and_bandits_count_with_a_soldier():
    text = (
        "Four members of the Bangsamoro Islamic Freedom Fighters (BIFF) were killed as soldiers launched artillery "
        "attacks on their hideouts in Barangay Tapikan, Maguindanao, on Thursday."
    )
    assert incident_summary(only_incident(text, date(2019, 11, 16))) == (
        "armed_clash",
        "Tapikan",
        "2019-11-14",
        "day",
        4,
        ["biff"],
    )
    text = "Two bandits and a soldier were killed in an encounter in Barangay Tapikan in Maguindanao on Tuesday."
    assert incident_summary(only_incident(text, date(2019, 11, 16)))[4] == 3


def test_bombing_their_location_is_a_battle_and_grenades_at_a_checkpoint_a_bombing():
    text = (
        "Two members of the Bangsamoro Islamic Freedom Fighters (BIFF) were killed in Maguindanao on Thursday "
        "afternoon, October 19.\n"
        "In a phone interview Friday, October 20, BIFF spokesman Abu Salam told reporters two fighters were killed "
        "when the military bombed their location in Barangay Limpongo around 4 pm.\n"
        "Abu Salam said they retaliated and lobbed two grenades at a military checkpoint in Barangay Kitango.\n"
        "Army Captain Rodel Santos, spokesman of the 6th Infantry Division confirmed that four soldiers sustained "
        "minor injuries."
    )
    incidents, _ = analyse_text(text, date(2017, 10, 20))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("armed_clash", "Limpongo", "2017-10-19", "day", 2, ["biff"]),
        ("bombing", "Kitango", "2017-10-19", "day", None, ["biff"]),
    ]


def test_an_abbreviated_village_and_an_officer_named_by_surname():
    text = (
        "Three people, including a soldier, were killed as the military attacked members of the Bangsamoro Islamic "
        "Freedom Fighters (BIFF) in Maguindanao on Monday.\n"
        "Major General Ramon Abella. commander of the 6th Infantry Division, said the soldier died after being hit.\n"
        "Abella said the military offensives, including air strikes against the BIFF in Brgy. Kabuling, Datu Salibo "
        "started around 5:50 am."
    )
    incident = only_incident(text, date(2020, 3, 17))
    assert incident_summary(incident) == ("armed_clash", "Kabuling", "2020-03-16", "day", 3, ["biff"])
    assert incident.sources[0].attributed_to == "Ramon Abella"


def test_separate_clashes_at_a_delta_and_at_a_village():
    text = (
        "Five members of the Bangsamoro Islamic Freedom Fighters and a soldier were killed in separate clashes in "
        "Maguindanao on Monday.\n"
        "The soldier died in a gunfight with BIFF bandits in the Liguasan Delta.\n"
        "Gen. Ramon Abella of the Army's 6th Infantry Division said Tuesday the troops were attacked from one side.\n"
        "The incident preceded the foiled attempt, at past 8:00 p.m. Monday, by another group to surround a "
        "detachment of the Army's 57th Infantry Battalion in Barangay Kitango in Datu Unsay, Maguindanao.\n"
        "Soldiers engaged the bandits in a running gunfight, killing three of them."
    )
    incidents, _ = analyse_text(text, date(2018, 6, 12))
    summaries = sorted(incident_summary(i) for i in incidents)
    assert [s[1] for s in summaries] == ["Kitango", "Liguasan Delta"]
    assert summaries[0][4] == 3
    assert incidents[0].sources[0].attributed_to == "Ramon Abella"
