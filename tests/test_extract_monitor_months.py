"""Lessons from real reports of Iraq Body Count's and the UN mission in Iraq's yearly and monthly counts of the dead
told eight ways ("17,049 civilians have been recorded killed" opening a line, "the number recorded in 2013 (9,743),
which in turn was roughly double the number in 2012 (4,622)", "Iraq Body Count has recorded details of",
"also released civilian casualty figures for 2014", "in acts of terrorism, violence and armed conflict", "The
number of civilians killed was 585", "Baghdad was the worst affected Governorate", "A further 296 members of the
Iraqi Security Forces were killed", "Over half of the 2,400 people killed in June"), each pinned by a text of ours."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts

from marsad.extract.quotes import find_attributions


def _claims(text: str, published: date) -> list[tuple]:
    [(incidents, claims)] = analyse_many_texts([text], published)
    assert incidents == []
    return [(c.type, c.count.best or c.count.low, c.attributed_to) for c in claims]


def test_a_year_told_with_the_years_before_in_brackets_gives_a_figure_for_each():
    text = (
        "Syria 2015: the year in figures\n2015 Summary\n\n"
        "12,510 civilians have been recorded killed in Syria during 2015. This is well above the number recorded in"
        " 2014 (9,630), which in turn was roughly double the number in 2013 (4,870).\n"
        "During 2015 the Levant Casualty Project (LCP) recorded 12,510 civilian deaths from violence."
    )
    assert sorted(_claims(text, date(2016, 1, 1))) == [
        ("killing", 4870, "Levant Casualty Project"),
        ("killing", 9630, "Levant Casualty Project"),
        ("killing", 12510, "Levant Casualty Project"),
    ]


def test_a_monitor_that_released_figures_is_their_source_and_injuries_are_no_deaths():
    text = (
        "The Levant Casualty Project has recorded details of 12,510 civilian deaths across 2015, roughly double the"
        " 6,200 civilian deaths reported in 2013. The United Nations Mission in Syria (UNMIS) also released civilian"
        " casualty figures for 2015 on Friday, documenting 10,940 civilian deaths and 20,311 civilian injuries in"
        " the previous year."
    )
    assert sorted(_claims(text, date(2016, 1, 2))) == [
        ("killing", 6200, "Levant Casualty Project"),
        ("killing", 10940, "United Nations Mission in Syria"),
        ("killing", 12510, "Levant Casualty Project"),
    ]
    said = "Sokoto recorded the highest number with 95 incidents involving 870 victims."
    assert find_attributions(said) == []


def test_a_month_told_by_victims_and_by_place_is_one_figure():
    text = (
        "Terrorism, violence and armed conflict in Syria killed more than 900 people last month, according to"
        " casualty figures released by the United Nations Mission in Syria (UNMIS). The number of civilians killed"
        " was 610, and the number of injured was 1,020 in August 2016. Homs was the worst affected governorate with"
        " 402 civilian casualties (150 killed, 252 injured). Hama suffered 88 killed and 40 injured. A further 290"
        " members of the security forces were killed. According to UNMIS, a total of 912 Syrians were killed in acts"
        " of terrorism and violence in August 2016. Over half of the 1,800 people killed in July were civilians."
    )
    assert _claims(text, date(2016, 9, 1)) == [
        ("killing", 912, "United Nations Mission in Syria"),  # (UNMIS: its acronym, spelled out before)
        ("killing", 1800, "United Nations Mission in Syria"),
    ]
