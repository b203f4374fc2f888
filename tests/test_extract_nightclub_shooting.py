"""Lessons from real reports of the New Year's shooting at an Istanbul nightclub: a photo credited "(AP Photo/...)"
is a caption and makes no figure; "killing at least 39 people before fleeing" counts the dead; the city's quarter is
the scene; "the early hours of 2017" and "when 2017 was just 75 minutes old" are New Year's Day; an attacker "from
Central Asia", an earlier attack a new one has "similarities with", the day of reports, of a claim and of the act "the
same cell" carried out before place and date nothing. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, incident_summary, only_incident

from marsad.extract.layout import caption_at


def test_a_credited_photo_makes_no_figure_and_the_dead_before_the_gunman_fled_count():
    assert caption_at("Fighters drill near Mosul in 2014. (AP Photo/Staff Photographer)\n\nText.", 0)
    text = (
        "Gunman kills 17 at Ankara bar\n\nHundreds of newly trained fighters perform drills near Mosul, Iraq, in"
        " 2014. (AP Photo/Staff Photographer)\n\nA manhunt continues for a gunman who sprayed bullets inside a"
        " crowded bar in the city’s Kavaklidere district during New Year's celebrations, killing at least 17 people"
        " before fleeing."
    )
    acts, figures = acts_and_figures(text, date(2019, 1, 2))
    assert acts == [("killing", "Kavaklidere", None, "unknown", 17)]
    assert figures == []


def test_new_years_first_hours_and_what_dates_nothing():
    text = (
        "Police are hunting the lone gunman who killed 17 people at a bar in Ankara in the early hours of 2019, and"
        " believe he is from Central Asia, Tajikistan or Kyrgyzstan, possibly from the same cell that carried out"
        " the May attack on a market. Police had also found similarities with the bomb and gun attack at an Izmir"
        " terminal in March."
    )
    assert incident_summary(only_incident(text, date(2019, 1, 2)))[:5] == ("killing", "Ankara", "2019-01-01", "day", 17)
    text = (
        "The group claimed responsibility for the attack on Wednesday, according to reports in Turkish newspapers"
        " on Wednesday. The shooting at the Ankara bar began when 2019 was just 40 minutes old and left 17 people"
        " dead."
    )
    assert incident_summary(only_incident(text, date(2019, 1, 3)))[:5] == ("killing", "Ankara", "2019-01-01", "day", 17)
