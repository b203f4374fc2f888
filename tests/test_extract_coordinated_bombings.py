"""Lessons from real reports of the Easter Sunday bombings of churches and hotels in Sri Lanka on 21 April 2019,
whose toll rose from 156 to 359 and was revised down to 253: sites told each with a toll and a source of their own
are acts of their own ("In just one church, St. Sebastian's in Katuwapitiya, north of Colombo, more than 50 people
had been killed, a police official told Reuters"); a toll that "rose dramatically Monday to 290 — including dozens of
foreigners —" is 290 of the Sunday's act; people arrested and suspects sought are no victims, nor "the number of
injured"; "(death toll revised down from 359 by authorities)" names the source; "The archbishop of Colombo said" is
the archbishop, and Colombo no scene; schools closed with the stock exchange are no attack; "a lull in major attacks
since the end of the civil war" and "the deadliest since the end of its civil war 10 years ago" make no running figure
and no date; a photo credit "ATHIT PERAWONGMETHA/Reuters" marks a caption. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, country, incident_summary

from marsad.extract.children import child_roles
from marsad.extract.layout import caption_at
from marsad.extract.places import country_by_adjective
from marsad.extract.quotes import find_attributions
from marsad.extract.semantic import lexicon_types
from marsad.extract.victims import victim_counts


def _summaries(text, published):
    incidents, claims = analyse_text(text, published)
    return sorted(incident_summary(i) + (i.sources[0].attributed_to,) for i in incidents), claims


def test_sites_told_each_with_a_toll_and_a_source_are_acts_of_their_own():
    text = (
        "Coordinated bomb blasts at three churches and two hotels in Sri Lanka killed about 80 people on Sunday,"
        " police said. In one church alone, St. Mary's in Kochchikade, north of Negombo, more than 30 people were"
        " killed, a priest told reporters. Local media reported 20 people were also killed in a blast at a church in"
        " Batticaloa. Police arrested 13 people in connection with the bombings."
    )
    found, claims = _summaries(text, date(2019, 4, 23))
    assert found == [
        ("bombing", "Batticaloa", "2019-04-21", "day", 20, [], "Local media"),
        ("bombing", "Kochchikade", "2019-04-21", "day", 30, [], "a priest"),
    ]
    assert claims == []


def test_the_boundary_one_site_told_leaves_the_announced_act_whole():
    text = (
        "Easter Day bomb blasts at three churches and three hotels in Sri Lanka killed at least 156 people, police"
        " said. In just one church, St. Anthony's in Kochchikade, north of Negombo, more than 50 people had been"
        " killed, a police official said."
    )
    incidents, _ = analyse_text(text, date(2019, 4, 21))
    [incident] = incidents
    assert (incident.type, incident.victim_count.best, country(incident)) == ("bombing", 156, "LK")


def test_a_toll_that_rose_with_a_share_beside_it_is_the_acts_toll_on_its_own_day():
    text = (
        "The death toll from suicide bombings that tore through churches and hotels in Sri Lanka on Sunday rose"
        " sharply on Monday to 207 — including dozens of foreigners — the police said. Schools and government offices"
        " were closed. The attacks were the deadliest in the country since the end of its civil war 10 years ago."
    )
    found, claims = _summaries(text, date(2019, 4, 22))
    assert found == [("bombing", "Sri Lanka", "2019-04-21", "day", 207, [], "police")]
    assert claims == []


def test_a_toll_revised_by_authorities_names_them_and_an_archbishop_speaks_for_no_scene():
    text = (
        "A series of bomb attacks on Easter Sunday rocked Sri Lanka, killing at least 253 people (death toll revised"
        " down from 359 by authorities). The archbishop of Colombo said churches would stay closed. Police were"
        " still looking for 140 suspects."
    )
    found, claims = _summaries(text, date(2019, 4, 26))
    assert found == [("bombing", "Sri Lanka", "2019-04-21", "day", 253, [], "authorities")]
    assert claims == []
    assert find_attributions("The archbishop of Colombo said there will be no Sunday Masses.") == [
        ("archbishop of Colombo", 4, 25)
    ]


def test_arrests_manhunts_and_the_injured_are_no_victims():
    for text in (
        "Police arrested 24 people so far in connection with the suicide bombs.",
        "The president vowed to defeat terrorism as police look for 140 suspects.",
        "The number of injured also increased to 500, police said.",
    ):
        assert victim_counts(text) == []
    assert [c.count.best for c, _ in victim_counts("Houthi security forces detained nine employees.")] == [9]


def test_a_lull_since_a_wars_end_is_no_running_figure():
    text = (
        "Easter Day bomb blasts at three churches and three hotels in Sri Lanka killed about 100 people, police said,"
        " following a lull in major attacks since the end of the civil war 10 years ago."
    )
    found, claims = _summaries(text, date(2019, 4, 21))
    assert found == [("bombing", "Sri Lanka", "2019-04-21", "day", 100, [], "police")]
    assert claims == []


def test_schools_shut_with_the_stock_exchange_are_no_attack_on_a_school():
    assert lexicon_types("Schools and the Colombo stock exchange were closed on Monday.") == []
    assert lexicon_types("Schools were forced to close after gunmen threatened teachers.") == [
        "attack_on_school_or_hospital"
    ]


def test_a_named_child_with_an_age_one_victim_of_the_attacks():
    text = "Mourners attend the funeral of Dhami Brindya, 13, one victim of a string of suicide bomb attacks."
    assert child_roles(text, "bombing", []) == {"victim"}


def test_two_word_demonyms_and_agency_photo_credits():
    assert country_by_adjective("three Sri Lankan churches")[0].country == "LK"
    caption = "Mourners attend a funeral in Negombo on April 25, 2019. ATHIT PERAWONGMETHA/Reuters\nNine blasts ..."
    assert caption_at(caption, 0)
    assert caption_at("Soldiers stand guard. (Photo by Carl Court/Getty Images)", 0)
