"""Lessons from real reports of the Saudi-led coalition's air strike on a bus of schoolboys at Dahyan market in
Saada told nine ways ("An airstrike by the Saudi-led coalition fighting Shiite Houthi rebels in Yemen hit a bus",
"a retaliation to a Houthi ballistic missile", "At least 40 children were killed in Thursday's strike on a bus
in northern Yemen, the armed Houthi group which controls Yemen's capital said", "Sept. 2 (UPI) —", "Errant
strikes have killed hundreds of civilians"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary


def test_a_school_bus_hit_from_the_air_is_a_bombing_by_the_coalition_not_by_the_side_it_fights():
    text = (
        "An airstrike by the Saudi-led coalition fighting Houthi rebels hit a school bus near the Ghafira market on"
        " Tuesday, killing at least 17 people, including 11 children, local officials said. The Ghafira market lies"
        " in Saada province, a Houthi stronghold near the Saudi border."
    )
    [incident], _ = analyse_text(text, date(2019, 3, 14))
    assert incident_summary(incident) == ("bombing", "Ghafira", "2019-03-12", "day", 17, ["saudi-coalition"])
    assert incident.as_json()["location"]["country"] == "YE"


def test_a_missile_that_killed_in_another_country_is_an_act_of_its_own():
    text = (
        "Saudi-led coalition warplanes struck a bus in Yemen's Saada province on Wednesday, killing 23 people. The"
        " coalition said the strike targeted launchers used to fire a missile at the Saudi city of Najran on Tuesday,"
        " killing two Indian workers there."
    )
    incidents, _ = analyse_text(text, date(2019, 3, 14))
    found = sorted((i.as_json()["location"]["country"], *incident_summary(i)[:5]) for i in incidents)
    assert found == [
        ("SA", "bombing", "Najrān", "2019-03-12", "day", 2),
        ("YE", "bombing", "Sa'dah", "2019-03-13", "day", 23),
    ]


def test_a_group_that_reports_the_toll_at_the_sentence_end_is_its_source_not_its_doer():
    text = (
        "At least 30 children were killed in Thursday's air strike on a bus in northern Yemen, the armed Houthi group"
        " which controls Yemen's capital said. That raised the number of children killed in the raid from 21."
    )
    [incident], _ = analyse_text(text, date(2019, 3, 16))
    found = incident.as_json()
    assert incident_summary(incident) == ("bombing", "Yemen", "2019-03-14", "day", 30, [])
    assert found["children"]["roles"] == ["victim"]
    assert found["sources"][0]["attributed_to"] == "armed Houthi group"


def test_an_agency_dateline_and_a_spokesman_s_day_do_not_date_the_strike():
    text = (
        "April 7 (UPI) — A coalition investigative team said Saturday that an airstrike which hit a bus in Yemen,"
        " killing dozens of children last month, was not justified.\n\nThe March 14 Saudi-led coalition airstrike in"
        " Saada province killed at least 40 people, the health ministry said. The team's spokesman maintained"
        " Saturday it was still a legitimate target because it led to the killing of a number of Houthi commanders."
    )
    [incident], _ = analyse_text(text, date(2019, 4, 7))
    assert incident_summary(incident) == ("bombing", "Sa'dah", "2019-03-14", "day", 40, ["saudi-coalition"])


def test_a_toll_that_stood_at_a_number_with_others_wounded_and_errant_strikes_as_a_bombing_figure():
    text = (
        "A bus carrying schoolchildren was hit by airstrikes from the Saudi-led coalition Thursday. The head of the"
        " health office in Saada told reporters the death toll stood at 26 with 48 others wounded. Errant strikes have"
        " killed hundreds of civilians at markets, schools and hospitals since 2015."
    )
    [incident], [claim] = analyse_text(text, date(2019, 3, 14))
    assert incident_summary(incident) == ("bombing", "Sa'dah", "2019-03-14", "day", 26, ["saudi-coalition"])
    assert (claim.as_json()["type"], claim.as_json()["count"]["low"]) == ("bombing", 200)
