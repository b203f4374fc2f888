"""Lessons from real reports of conflict monitors' counts of the dead in Burkina Faso and its neighbours told four
ways ("Fatalities rose to 1,907 in 2023, from 1,135 a year earlier", "Deaths from terrorist attacks fell to 753 in
Mali from 806 the year before", "the killings of about 170 people by unidentified assailants", "Between 1 January and
9 September 2024, armed attacks killed nearly 2,000 civilians", "The deadliest month was February, with over 570
deaths countrywide"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary


def _claims(text: str, published: date) -> list[int]:
    [(_, claims)] = analyse_many_texts([text], published)
    return [c.as_json()["count"]["best"] for c in claims]


def test_a_count_of_the_dead_that_rose_or_fell_and_the_year_before_s_count_are_two_figures():
    text = (
        "Fatalities rose to 1,450 in 2023, from 980 a year earlier, according to the Institute for Economics & Peace."
        " Deaths from terrorist attacks fell to 512 in Mali from 640 the year before, according to the institute."
    )
    assert _claims(text, date(2024, 3, 7)) == [1450, 980, 512, 640]


def test_the_killings_of_a_counted_number_are_an_act():
    text = (
        "A prosecutor in Burkina Faso launched an investigation into the killings of about 120 people by unidentified"
        " assailants in three villages in the country's north."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 3, 7))
    assert [incident_summary(i) for i in incidents] == [("killing", "Burkina Faso", None, "unknown", 120, [])]


def test_a_span_of_dated_days_and_the_deadliest_month_are_figures():
    text = (
        "Between 1 January and 9 September 2024, armed attacks killed nearly 1,500 civilians across the country. The"
        " deadliest month was March, with over 430 deaths countrywide."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2024, 9, 18))
    assert incidents == []
    assert [c.as_json()["count"]["best"] for c in claims] == [1500, 430]


def test_a_figure_for_the_first_months_of_the_year_is_no_toll_of_an_act_told_after_them():
    text = (
        "During the first four months of the year, JNIM attacks killed nearly 200 people in the Centre-Nord region."
        " JNIM has claimed responsibility for a 24 August attack that killed at least 200 people in Barsalogho."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2024, 9, 18))
    assert [incident_summary(i)[2:5] for i in incidents] == [("2024-08-24", "day", 200)]
    [claim] = claims
    assert (claim.as_json()["count"]["best"], claim.as_json()["period"]) == (
        200,
        {"start": "2024-01-01", "end": "2024-04-30", "precision": "month"},
    )


def test_a_village_the_gazetteer_lacks_after_the_toll_is_the_scene():
    from extract_helpers import only_incident

    text = (
        "During the first four months of the year, JNIM attacks killed nearly 200 people in the Centre-Nord region."
        " JNIM has claimed responsibility for a 24 August attack that killed at least 200 people in Barsalogho."
    )
    incident = only_incident(text, date(2024, 9, 18)).as_json()
    assert (incident["location"]["name"], incident["location"]["country"]) == ("Barsalogho", "BF")
