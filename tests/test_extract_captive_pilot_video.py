"""Lessons from real reports of the Islamic State's video of the captive Jordanian pilot Muath al-Kasasbeh burned in a
cage, released on 3 February 2015: the day a video was circulated dates nothing, while "state TV said he was killed on
3 January" does; "his F-16 jet" counts no one; a "failed suicide bomber held in Jordan" and "a bombing run" tell no
bombing, and a prisoner who "will be executed" no execution; "al Qaeda prisoner" names no doer; "the Jordanian pilot",
"Jordanian state TV", "Jordan has vowed" and the place where his jet "crash-landed" place nothing. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary, only_incident

from marsad.extract.counts import find_counts
from marsad.extract.places import demonym_countries
from marsad.extract.semantic import lexicon_types


def test_a_captive_pilot_burned_on_video_is_an_execution_dated_by_state_tv_and_placed_nowhere():
    text = (
        "Islamic State militants released a video on Tuesday purporting to show a captive Turkish pilot being burned"
        " alive in a cage. The pilot's F-16 jet crashed near the town of Tell Abyad in December. Turkey has vowed"
        " revenge, and Turkish state television said he was killed on January 9."
    )
    incident = only_incident(text, date(2016, 3, 2))
    assert incident_summary(incident)[:4] == ("execution", None, "2016-01-09", "day")
    found = incident.as_json()
    assert found["location"]["country"] is None and [p["id"] for p in found["perpetrators"]] == ["isis"]


def test_a_bomber_in_prison_a_bombing_run_and_a_sentence_to_come_are_no_acts():
    text = (
        "The group had offered to spare him in return for a failed suicide bomber held in Ankara. Security officials"
        " said the bomber, an al Qaeda prisoner, will be executed on Thursday."
    )
    assert analyse_text(text, date(2016, 3, 3)) == ([], [])
    assert lexicon_types("He was on a bombing run over Syria in December when he was forced to eject.") == []
    assert lexicon_types("A suicide bomber blew himself up at the gate.") == ["bombing"]


def test_a_model_name_is_no_count_and_a_captives_nationality_no_scene():
    assert find_counts("his F-16 fighter jet crashed") == [] and find_counts("armed with AK-47s") == []
    assert [c.count.best for c in find_counts("16 fighters crashed")] == [16]
    assert demonym_countries("the Jordanian pilot was captured; Jordanian state TV said") == frozenset()
