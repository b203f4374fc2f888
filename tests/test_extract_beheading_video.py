"""Lessons from real reports of the Islamic State's video of 21 Egyptian Christians beheaded on a Libyan beach told
eight ways ("16 February, 2015" on a line of its own, "the USA Today reports", "On Sunday, a video purporting to
show the mass beheading", "21 Egyptian Christians seized by Islamic extremists in Libya during the past two
months", "released one of their most grisly snuff videos Sunday", "all men of Coptic Christian faith"), each
pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary


def test_a_page_date_an_outlet_named_today_and_a_video_s_day_do_not_date_the_beheadings():
    incidents, _ = analyse_text(
        "14 Christians beheaded by Islamic State\n11 April, 2016\nThe army has begun air raids on militant camps hours"
        " after militants released a video purporting to show the mass beheading of 14 Christian hostages, the USA"
        " Today reports.\nOn Sunday, a video purporting to show the mass beheading of the hostages by militants in"
        " Libya claiming loyalty to the Islamic State group appeared online.",
        date(2016, 4, 11),
    )
    assert [incident_summary(i) for i in incidents] == [("execution", "Libya", None, "unknown", 14, ["isis"])]


def test_captives_seized_during_the_past_two_months_make_no_running_figure():
    incidents, claims = analyse_text(
        "A video surfaced Sunday night on militant social media that showed a mass beheading, reportedly of 14"
        " Eritrean Christians seized by Islamic extremists in Libya during the past two months. The church confirmed"
        " the deaths of the 14 men, the state news agency reported.",
        date(2016, 4, 11),
    )
    assert claims == []
    assert [incident_summary(i)[:5] for i in incidents] == [("execution", "Libya", None, "unknown", 14)]


def test_a_faith_is_no_village_and_a_grisly_video_s_sunday_is_no_act_s_day():
    incidents, _ = analyse_text(
        "Islamic State militants released one of their most grisly videos Sunday, showing the beheadings of 14"
        " Eritrean Christians in Libya. Victims of the slaughter, all men of Eritrean Orthodox faith, were seized"
        " near Derna, officials said.",
        date(2016, 4, 11),
    )
    [incident] = incidents
    assert incident_summary(incident)[2:5] == (None, "unknown", 14)
    assert incident.as_json()["location"]["name"] != "Eritrean Orthodox"
