"""Lessons from real reports of Boko Haram's massacre at Baga in January 2015 told eight ways, its toll disputed
between 150 and 2,000 ("The Nigerian government on Monday put the death toll from last week's massacre at Baga by
Boko Haram at 150", "AFP meanwhile reported that Boko Haram insurgents attacked a military base in neighboring
Cameroon on Monday"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary


def test_a_government_s_toll_put_on_a_day_counts_the_massacre_not_dates_it():
    text = (
        "The government on Monday put the death toll from last week's massacre at Dalwa in Borno State by Boko Haram"
        " at 85, far below the figures reported by residents. AFP meanwhile reported that Boko Haram insurgents"
        " attacked a military base in neighbouring Niger on Monday."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2016, 2, 9))
    found = sorted(
        (i.as_json()["location"]["country"], *incident_summary(i)[0:1], *incident_summary(i)[2:5]) for i in incidents
    )
    assert found == [
        ("NE", "armed_clash", "2016-02-08", "day", None),
        ("NG", "killing", "2016-02-01", "week", 85),
    ]
