"""Lessons from real reports of the Houthis' missile strikes on the city of Marib in Yemen (2018-2021): deaths
"by a Houthi missile" and "in Houthi missile strikes", a gas station hit "in the Rawdha neighborhood", "the
neighbourhood of Al Mujama", a child victim named by age ("including a five-year-old girl"), a source who "told
Xinhua news agency on Saturday", the state news agency behind a curly possessive, and a campaign that "in February
began a major offensive" or that the Houthis "continue"; each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, child_roles


def test_deaths_by_a_missile_or_in_missile_strikes_are_a_bombing():
    by = "At least six people were killed and 18 wounded by a Houthi missile fired at the city of Marib, Yemen."
    strikes = "Three children were killed in Houthi missile strikes on the city of Marib, Yemen, on Sunday."
    assert [i.type for i in analyse_text(by, date(2018, 5, 22))[0]] == ["bombing"]
    assert [i.type for i in analyse_text(strikes, date(2021, 10, 3))[0]] == ["bombing"]


def test_a_named_neighbourhood_is_the_scene():
    text = (
        "Houthi rebels fired two missiles at the city of Marib in Yemen on Tuesday, killing four people. The missiles"
        " landed in the Dhahra neighborhood in the centre of the city, an official said."
    )
    of = "The Houthis targeted the neighbourhood of Al Souq in Marib, Yemen, on Tuesday, killing nine civilians."
    assert acts_and_figures(text, date(2021, 6, 29))[0] == [("bombing", "Dhahra", "2021-06-29", "day", 4)]
    assert acts_and_figures(of, date(2018, 5, 22))[0] == [("killing", "Al Souq", "2018-05-22", "day", 9)]


def test_a_child_victim_named_by_age_and_children_killed_by_a_missile_are_victims():
    spelled = (
        "At least 12 people, including a four-year-old girl, have been killed after a missile hit a market in the"
        " city of Marib, Yemen, on Saturday."
    )
    dashed = (
        "A Houthi missile struck a gas station in Marib, Yemen, on Saturday, killing at least 14 people — including"
        " a 6-year-old boy — an official said."
    )
    fired = (
        "At least five people, including children, were killed by a Houthi missile fired at Marib, Yemen, on Monday."
    )
    for text in (spelled, dashed, fired):
        assert [child_roles(i) for i in analyse_text(text, date(2021, 6, 7))[0]] == [["victim"]]


def test_the_day_a_source_told_a_news_agency_does_not_date_the_act():
    text = (
        "At least 11 people were killed in a missile attack by the Houthi rebels on Yemen's province of Marib, an"
        ' official said. "The missile landed on a fuel station in Marib city," the official told Xinhua news agency'
        " on Saturday."
    )
    acts, _ = acts_and_figures(text, date(2021, 6, 5))
    assert [(t, d, p) for t, _, d, p, _ in acts] == [("bombing", None, "unknown")]


def test_a_state_news_agency_behind_a_curly_possessive_is_the_source():
    text = (
        "Two people were killed in a Houthi missile strike on Marib, Yemen, on Sunday, the government’s state news"
        " agency said."
    )
    [incident] = analyse_text(text, date(2021, 10, 3))[0]
    assert incident.as_json()["sources"][0]["attributed_to"] == "state news agency"


def test_a_campaign_begun_in_a_month_or_continued_tells_no_act():
    begun = (
        "A missile killed eight people in Marib, Yemen, on Saturday. The Houthi rebels in February began a major"
        " offensive against the government army to capture the province."
    )
    continued = (
        'A missile killed eight people in Marib, Yemen, on Saturday. "The Houthis continue a devastating offensive on'
        ' Marib," the State Department said.'
    )
    for text in (begun, continued):
        assert [i.type for i in analyse_text(text, date(2021, 6, 5))[0]] == ["bombing"]
