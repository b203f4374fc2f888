"""Lessons from real reports of the raids on Intazayene, Bakorat and Wistane in Niger's Tahoua region on 21 March 2021:
groups named as "the subsidiaries of al-Qaeda and the Islamic State" operating in a region are no doers of its acts,
"On the same day, an ... attack against the Burkinabe army" is a battle of its own on the day told before (not the day
of publication), and people "returning from the weekly market of" a town were killed where the raid was. Texts of our
own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, doers, incident_summary


def test_the_same_day_is_the_day_told_before_and_its_attack_is_its_own():
    text = (
        "On May 2, gunmen attacked vehicles returning from the weekly market of Tera and raided the village of Dolbel,"
        " killing 20 people. On the same day, a jihadist attack against the Burkinabe army in the same area left 12"
        " soldiers dead. The border area has suffered from the terrorist groups operating in it, mainly the"
        " subsidiaries of al-Qaeda and the Islamic State."
    )
    incidents, _ = analyse_text(text, date(2022, 5, 4))
    assert [incident_summary(i)[:5] for i in incidents] == [
        ("killing", "Dolbel", "2022-05-02", "day", 20),
        ("armed_clash", "Dolbel", "2022-05-02", "day", 12),
    ]
    assert doers(incidents[0]) == ()
