"""Lessons from real reports of a state's air strikes on the Islamic State in reply to a beheading video: the state
that "bombarded" or "launched airstrikes" and the country a killing "sent a wave of revulsion across" are no scene;
militants killed by the strikes ("30 to 40 Islamic State militants", "about 30 militants were killed in the strikes")
fell in a battle, however the toll is put and even when it "could not be independently verified", and civilians
"killed in the strikes" in a bombing; the beheadings a video shows have not the reprisal's day; strikes on the group's
camps, a bombardment of a militant-held town and the town they hit are no act and no scene of the beheadings;
"Khaled al-Masri" is named whole, and "Two Syrian activists said" counts no dead. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, country, incident_summary


def _rows(text, published):
    incidents, claims = analyse_text(text, published)
    rows = sorted((*incident_summary(i), country(i), i.sources[0].attributed_to) for i in incidents)
    return rows, [(c.type, c.count.best) for c in claims]


def test_the_state_striking_back_is_no_scene_and_the_militants_it_killed_fell_in_a_battle():
    text = (
        "Jordan strikes Islamic State in Syria after video of mass beheadings\n\nAMMAN — Jordan bombarded "
        "Islamic State targets in Syria on Monday, hours after a video released online by the militant group "
        "purported to show the beheadings of 12 Jordanian truck drivers in the desert.\n\nThe killings of "
        "the 12 drivers sent a wave of revulsion across Jordan. Jordan had the “right to respond” to the "
        "murder of its citizens.\n\nThe Jordanian strikes on Monday killed 30 to 40 Islamic State militants, "
        "a senior Syrian opposition commander told Jordanian television, but the number could not be independently "
        "verified."
    )
    rows, figures = _rows(text, date(2016, 3, 7))
    source = "a senior Syrian opposition commander"
    assert rows == [
        ("armed_clash", "Syria", "2016-03-07", "day", 30, ["isis"], "SY", source),
        ("execution", "Syria", None, "unknown", 12, ["isis"], "SY", source),
    ]
    assert figures == []


def test_strikes_on_the_groups_camps_are_no_scene_of_the_beheadings():
    text = (
        "Jordan's government announced on Tuesday that it has bombed the Islamic State after the group released "
        "a video showing the beheading of Jordanian drivers.\n\nSyrian opposition officials confirmed that "
        "the Jordan-led airstrikes targeted Islamic State camps in the Syrian city of Tabqa, held by the "
        "group. The kingdom decided to conduct the strikes after Islamic State supporters uploaded a video "
        "showing the beheading of 12 Jordanian drivers in Syria.\n\nAir Force Commander Khaled al-Masri confirmed "
        "to Jordanian television that 30 to 40 Islamic State militants were killed in the recent airstrike."
    )
    rows, _ = _rows(text, date(2016, 3, 8))
    assert rows == [
        ("armed_clash", "Al-Tabqa", None, "unknown", 30, ["isis"], "SY", "Khaled al-Masri"),
        ("execution", "Syria", None, "unknown", 12, ["isis"], "SY", "Jordan's government"),
    ]


def test_civilians_killed_in_the_strikes_and_the_speakers_count_apart():
    text = (
        "Two Syrian activists said civilians, including three children and two women, were killed in Jordanian "
        "airstrikes on Tabqa on Monday. Syria's opposition air commander, Khaled al-Masri, told state TV "
        "that about 30 Islamic State militants were killed in the strikes."
    )
    rows, _ = _rows(text, date(2016, 3, 8))
    assert rows == [
        ("armed_clash", "Al-Tabqa", "2016-03-07", "day", 30, ["isis"], "SY", "Khaled al-Masri"),
        ("bombing", "Al-Tabqa", "2016-03-07", "day", 5, [], "SY", "Two Syrian activists"),
    ]


def test_militants_killed_in_an_air_raid_and_a_bombardment_without_dead():
    text = (
        "On Saturday, eleven militants were killed in a coalition air raid on Tabqa, activists said. Officials "
        "said the aerial bombardment of the militant-held town was carried out with allied forces."
    )
    rows, _ = _rows(text, date(2016, 3, 7))
    assert rows == [("armed_clash", "Al-Tabqa", "2016-03-05", "day", 11, [], "SY", "activists")]
