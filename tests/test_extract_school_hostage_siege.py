"""Lessons from real reports of the seizure of School No. 1 in Beslan told seven ways ("Over 1,200 people were taken
hostage during the terrorist attack at a school", "Chechen rebels occupied a school", "took over the school and
1,900 hostages", "On September, 1, 2004, 32 Chechen militants stormed School No. 1 ... and held 1,100 pupils ...
hostage", "By September 3 it was over and 186 children and over 100 adults were killed", "more than 330 of the
hostages died", "A woman cries in front of a memorial"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.date_spans import year_joined
from marsad.extract.venues import school_siege_told, without_hostages_held


def _summaries(text: str, published: date) -> list[tuple]:
    [(incidents, _)] = analyse_many_texts([text], published)
    return [(*incident_summary(i)[:5], i.as_json()["children"]["roles"]) for i in incidents]


def test_a_school_seized_with_hostages_is_the_attack_on_the_school_over_its_days():
    text = (
        "On September 2, 2011, gunmen seized a secondary school in the town of Kidal and held about 600 pupils and"
        " teachers hostage in the school hall.\n"
        "By September 4 the siege was over, and 41 children and 12 adults were killed."
    )
    assert school_siege_told(text)
    assert _summaries(text, date(2011, 9, 5)) == [
        ("attack_on_school_or_hospital", "Kidal", "2011-09-02", "day", 53, ["victim"])
    ]


def test_hostages_held_are_not_the_toll_and_hostages_who_died_are():
    text = (
        "The Kidal school siege\n"
        "A woman weeps in front of a memorial to pupils killed at the school in Kidal. On September, 2, 2011, armed"
        " men stormed the school and held more than 600 pupils, parents and teachers hostage for three days. In the"
        " end, more than 50 of the hostages died, including 41 children, when troops moved in."
    )
    assert _summaries(text, date(2015, 9, 2)) == [
        ("attack_on_school_or_hospital", "Kidal", "2011-09-02", "day", 50, ["victim"])
    ]


def test_gunmen_holding_hostages_in_a_school_tell_no_toll_yet():
    text = (
        "Gunmen wearing explosive belts were holding more than 500 hostages, including 300 children, in a school in"
        " Kidal on Friday, officials said. The siege of the school began during a ceremony for the first day of"
        " classes."
    )
    assert _summaries(text, date(2011, 9, 3)) == [
        ("attack_on_school_or_hospital", "Kidal", "2011-09-02", "day", None, ["victim"])
    ]


def test_a_month_tagged_apart_from_its_day_and_year_is_one_date():
    text = "On September, 2, 2011, armed men stormed the school."
    month, rest = text.index("September"), text.index("2, 2011")
    assert year_joined([(month, month + 9), (rest, rest + 7)], text) == [(month, rest + 7)]


def test_without_hostages_held_keeps_the_dead():
    from marsad.extract.counts import Count, CountMention

    text = "A group of armed men has taken about thirty hostages, after shooting dead two guards at the door."
    held, dead = text.index("about thirty"), text.index("two guards")
    counts = [
        (CountMention(held, held + 12, "about thirty", Count(None, 30, None, "about")), "hostages"),
        (CountMention(dead, dead + 3, "two", Count(2, 2, 2, "exact")), "police"),
    ]
    assert [c[0].text for c in without_hostages_held(text, counts)] == ["two"]
