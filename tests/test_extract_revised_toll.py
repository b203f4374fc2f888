"""Lessons from real reports of JNIM's attack on army posts in northern Benin on 17 April 2025, whose toll the
government revised from eight to 54: "The government of Benin has confirmed" names the government (not "... has"); the
"earlier count of eight fatalities" a revision replaced is no count of the act; and, from reports of Indian workers
kidnapped in Mali in July 2025, a government that "on Wednesday expressed deep concern" is no scene. Texts of our
own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary

from marsad.extract.victims import victim_counts


def test_a_revised_toll_confirmed_by_a_government():
    text = (
        "The government of Benin has confirmed that 40 soldiers were killed in an attack by suspected jihadists on"
        " army posts in the north of the country on Thursday. A government spokesman announced the revised toll on"
        " Tuesday, significantly raising the earlier count of six fatalities."
    )
    [incident], claims = analyse_text(text, date(2025, 4, 23))
    assert incident_summary(incident)[0:5] == ("armed_clash", "Benin", "2025-04-17", "day", 40)
    assert incident.sources[0].attributed_to == "government of Benin"
    assert claims == []


def test_the_earlier_count_a_revision_replaced_counts_no_victims():
    assert victim_counts("Officials revised the toll, raising the earlier count of eight fatalities.") == []
    assert [c.text for c, _ in victim_counts("Eight soldiers were killed in the attack.")] == ["Eight"]


def test_a_government_that_expressed_concern_on_a_weekday_is_no_scene():
    text = (
        "India on Wednesday expressed deep concern over the abduction of three of its citizens by gunmen who stormed"
        " a cement factory in Mali."
    )
    [incident], _ = analyse_text(text, date(2025, 7, 3))
    assert incident.as_json()["location"]["country"] == "ML"
