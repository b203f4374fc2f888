"""Lessons from real reports of the French air strike on a wedding at Bounti in Mali (the dead "who were attending"
the wedding, "last January" told in March, "the 3 January strike" told in the sentence after the lede, a UN
report's word against a ministry's), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.quotes import find_attributions


def test_an_air_strike_that_killed_people_attending_a_market_is_a_bombing_dated_by_the_strike_told_after():
    text = (
        "Drone strike killed 14 villagers, inquiry finds\n"
        "A drone strike carried out by government forces in northern Burkina Faso killed 14 villagers who were"
        " attending a market last February, as well as two suspected militants, according to a UN human rights"
        " report. The army disputed the finding, saying the 6 February strike targeted an armed group near the"
        " village of Gorgadji."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2022, 4, 5))
    # "government forces" in a report on Burkina Faso are its own forces
    assert [incident_summary(i) for i in incidents] == [
        ("bombing", "Gorgadji", "2022-02-06", "day", 14, ["burkina-military"])
    ]


def test_a_country_that_rejects_claims_or_is_called_on_is_no_scene_and_a_strike_told_by_its_day_dates_it():
    text = (
        "An air strike killed 11 herders in central Mali, a UN report says. Burkina Faso immediately rejected claims"
        " that its aircraft were involved, and rights groups renewed calls for France to investigate. The report said"
        " the March 2 strike hit a watering point near the village of Dogo Kanda."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2022, 4, 5))
    [incident] = incidents
    assert incident_summary(incident) == ("bombing", "Dogo Kanda", "2022-03-02", "day", 11, [])
    assert incident.location["country"] == "ML"
    assert incident.sources[0].attributed_to == "a UN report"


def test_a_headline_count_that_is_part_of_the_dated_toll_is_the_same_strike():
    text = (
        "Air Strike In Niger Killed 9 Civilians - Rights Group\n"
        "Civilians were killed in an air strike in western Niger, according to a rights group. An army air strike near"
        " the village of Tiloa on Friday, Feb. 18 killed 9 civilians and two armed men, the group's report said."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2022, 6, 1))
    assert [incident_summary(i) for i in incidents] == [("bombing", "Tiloa", "2022-02-18", "day", 11, [])]
    said = find_attributions("Civilians were killed, according to a rights group.")
    assert [who for who, _, _ in said] == ["a rights group"]
