"""Lessons from real reports of the UN's quarterly and yearly counts of gang violence in Haiti (2023 to 2025):
"Tuesday's report, which covers the last quarter of 2024, says at least 1,732 people were killed", "bringing the
total number of kidnappings in 2024 to 1,494", "bringing the total to at least 596 in 2024", "At least 590 were
killed during police operations", "at least 893 individuals, including 25 children, were kidnapped", "a staggering
increase of over 1,000 deaths from the previous year", "forcing hundreds of thousands of people to abandon their
homes"; each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures


def test_a_report_covering_a_quarter_states_figures_and_a_tally_s_parts_are_figures_too():
    text = (
        "Thursday's report, which covers the last quarter of 2023, says at least 1,200 people were killed by gangs."
        " Between October and December, at least 300 people were kidnapped for ransom, bringing the total number of"
        " kidnappings in 2023 to 2,000. At least 150 people were lynched in such circumstances, bringing the total to"
        " at least 400 in 2023."
    )
    acts, figures = acts_and_figures(text, date(2024, 1, 20))
    assert acts == []
    assert figures == [
        ("abduction", 300, "at_least"),
        ("abduction", 2000, "exact"),
        ("killing", 150, "at_least"),
        ("killing", 400, "at_least"),
        ("killing", 1200, "at_least"),
    ]


def test_people_killed_during_police_operations_are_a_figure():
    text = "At least 400 people were killed during police operations, the UN mission said in a report."
    assert acts_and_figures(text, date(2024, 4, 20)) == ([], [("killing", 400, "at_least")])


def test_a_figure_s_part_is_not_the_figure_and_an_increase_or_the_displaced_count_no_one():
    text = (
        "In the first six months of 2024, at least 700 individuals, including 20 children, were kidnapped and held"
        " for ransom. Gang violence caused the deaths of more than 4,000 people in 2024, an increase of over 900"
        " deaths from the year before, forcing hundreds of thousands of people to abandon their homes."
    )
    assert acts_and_figures(text, date(2025, 1, 24)) == (
        [],
        [("abduction", 700, "at_least"), ("killing", 4000, "more_than")],
    )
