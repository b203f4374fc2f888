"""Lessons from real reports of the UN mission in Afghanistan's mid-year counts of civilian casualties told five
ways ("with 388 killed and 1,121 wounded" during "those six months", "5,122 civilian casualties", "Nine civilians
including two children were killed every day", "149 deaths" in air strikes, "43 percent attributed to the Taliban",
"the U.S. invasion to topple the Taliban's brutal regime", "The report says", "The U.N. said"), each pinned by a text
of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.actors import actor_table
from marsad.extract.quotes import find_attributions
from marsad.extract.victims import victim_counts


def _claims(text: str, published: date) -> list[tuple]:
    [(_, claims)] = analyse_many_texts([text], published)
    return [(c.type, c.count.best, c.attributed_to) for c in claims]


def test_figures_of_a_half_year_are_claims_of_the_report_s_author():
    text = (
        "The figures came in a mid-year report by UNOCA, the UN office in the country.\n"
        "The report says that one-third of the casualties during those six months were children, with 210 killed"
        " and 640 wounded.\n"
        "The report also says that civilian casualties in the first half of 2021 rose to 2,950 - 912 killed and"
        " 2,038 wounded."
    )
    assert sorted(_claims(text, date(2021, 7, 26))) == [("killing", 210, "UNOCA"), ("killing", 912, "UNOCA")]


def test_casualties_rates_and_the_killed_or_injured_are_no_figures():
    assert victim_counts("there were 3,100 civilian casualties") == []
    assert victim_counts("more than 900 children were killed or injured") == []
    assert victim_counts("Seven civilians including two children were killed every day") == []
    assert [c.count.best for c, _ in victim_counts("912 children were killed or maimed")] == [912]


def test_deaths_in_air_strikes_of_a_period_are_a_bombing_figure_of_the_publisher():
    text = (
        "The Mid-Year report published by the United Nations Office in Kandara (UNOK) indicates that killing of"
        " civilians rose.\n"
        "In the first six months of 2021, there were 3,100 civilian casualties, 912 deaths and 2,188 injured.\n"
        "Seven civilians including two children were killed every day during the period.\n"
        "The report says the trend towards more civilians being killed and injured in air strikes continued, with a"
        " 40 per cent increase on the first half of 2020 (290 civilian casualties; 112 deaths and 178 injured)."
    )
    found = _claims(text, date(2021, 7, 20))
    assert sorted(found) == [
        ("bombing", 112, "United Nations Office in Kandara"),
        ("killing", 912, "United Nations Office in Kandara"),
    ]


def test_a_regime_toppled_and_shares_of_a_count_blame_no_one():
    table = actor_table()
    toppled = "following the U.S. invasion to topple the Taliban's brutal regime"
    assert table.find(toppled, "AF") == []
    text = (
        "In May, a truck bomb in the heart of Kabul killed at least 92 people.\n"
        "These deaths and injuries represent 67 percent of the total civilian casualties, with 43 percent attributed"
        " to the Taliban.\n"
        "At least 40 percent of all civilian casualties were caused by anti-government forces, including in attacks"
        " claimed by the Islamic State group, the report said."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2017, 7, 17))
    assert [incident_summary(i)[4:] for i in incidents] == [(92, [])]
    assert [i.sources[0].attributed_to for i in incidents] == [None]


def test_a_change_in_a_count_is_no_act_and_the_un_is_a_source():
    text = (
        "The number of civilians killed in Kandara in the first half of this year has increased by 2% compared to"
        " the same period last year, according to a report released by the United Nations.\n"
        "A resurgent Taliban has stepped up its attacks across the country."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2021, 7, 15))
    assert incidents == []
    said = "The U.N. said that 26,500 civilians have been killed since 2009."
    assert [a[0] for a in find_attributions(said)] == ["U.N."]
