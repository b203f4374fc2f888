"""Lessons from real reports of the Global Terrorism Index (2020, 2024, 2025 editions): an index's yearly figures are
figures ("deaths from terrorism increased by 22 per cent to 8,352", "the number of terrorist-related deaths declined
to 7,555", "deaths in Myanmar fell from 356 in 2023 to 24 in 2024", "to reach a total of 593"); "the only countries
that experienced a death toll of at least 1,000 people" and "the number of countries reporting an incident fell to
50" count no dead; the index or its publisher is the source ("according to the latest edition of the Global
Terrorism Index", "The Institute for Economics and Peace has published ...", "Put together by the Institute ...,
the report said"). Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text

from marsad.extract.quotes import find_attributions
from marsad.extract.victims import victim_counts


def _claims(text):
    incidents, claims = analyse_text(text, date(2022, 3, 2))
    assert incidents == []
    return [(c.count.low, c.attributed_to) for c in claims]


def test_an_index_edition_its_yearly_figures_and_no_thresholds():
    text = (
        "The number of people killed in terrorist attacks fell for the third year according to the latest edition of"
        " the Global Terrorism Index. In 2021, deaths from terrorism fell by 12 per cent to 7,142, while deaths in Mali"
        " rose from 420 in 2020 to 574 in 2021. Only three countries experienced a death toll of at least 1,000 people,"
        " and the number of countries reporting an attack fell to 44."
    )
    index = "Global Terrorism Index"
    assert _claims(text) == [(7142, index), (420, index), (574, index)]


def test_a_report_put_together_by_a_body_is_that_bodys():
    text = (
        "Put together by the Institute for Economics and Peace (IEP), the report said terrorist-related deaths in the"
        " Sahel increased by 10% to 2,150 in 2021."
    )
    assert _claims(text) == [(2150, "Institute for Economics and Peace")]


def test_publishers_and_totals_reached():
    text = "The Institute for Economics and Peace has published the Global Terrorism Index, which outlines trends."
    assert [w for w, _, _ in find_attributions(text)] == ["Institute for Economics and Peace"]
    found = victim_counts("The groups increased deaths by 507 to reach a total of 593, an increase of 590 percent.")
    assert [c.count.best for c, _ in found] == [593]


def test_the_boundary_a_groups_video_is_no_source():
    text = "A video released by the Islamic State shows boys executing 25 captured soldiers."
    assert find_attributions(text) == []


def test_a_figure_that_changed_from_one_number_to_another_is_no_range():
    from extract_helpers import counts

    assert [c[1] for c in counts("Deaths rose, increasing from 24 to 1,210 deaths.")] == [24, 1210]
    assert counts("Between 20 to 30 people were killed.")[0][1:4] == (20, None, 30)
