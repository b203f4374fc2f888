"""Lessons from real reports of the suicide bombing at the end of a concert at the Manchester Arena on 22 May 2017:
"Children were among the 22 people who died" names child victims; "the Manchester Arena" is in Manchester; "the UK"
is the United Kingdom; a man "was also arrested" and the "three U.S. officials" Reuters cited are no victims; "born in
Manchester to Libyan parents" and "driven from territories in Syria and Iraq" name no scene or country of the act;
"The suicide bomber who carried out Monday's deadly attack ... has been identified" and "arrested a man after Monday
evening's attack, the deadliest in Britain for 12 years" date the act to the Monday; "officials report" names them;
"the SOHR, based in the UK" is no scene. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, country, incident_summary, only_incident

from marsad.extract.children import child_roles
from marsad.extract.places import demonym_countries, gazetteer
from marsad.extract.quotes import find_attributions
from marsad.extract.semantic import lexicon_types
from marsad.extract.victims import victim_counts


def test_an_arena_bombing_with_child_victims_an_arrest_and_the_bombers_naming():
    text = (
        "An 8-year-old girl was among the 19 people killed when a suicide bomber set off a device outside the Leeds"
        " Arena on Saturday night as a concert ended, police said. Children were among the dead. A 25-year-old man was"
        " also arrested on Sunday in connection with the blast. The bomber who carried out Saturday's attack at the"
        " Leeds Arena has been identified, officials said."
    )
    incident = only_incident(text, date(2019, 6, 2))
    assert incident_summary(incident) == ("bombing", "Leeds", "2019-06-01", "day", 19, [])
    assert incident.child_roles == ["victim"]


def test_a_groups_lost_ground_and_the_officials_an_agency_cited_are_no_scene_or_victims():
    text = (
        "Islamic State, now being driven from territories in Syria and Iraq, claimed responsibility for the bombing of"
        " a concert hall in Lyon, which killed 14 people, Reuters reported two French officials. Police arrested a man"
        " after Friday evening's attack, the deadliest in France for three years."
    )
    incident = only_incident(text, date(2019, 6, 2))
    assert incident_summary(incident) == ("bombing", "Lyon", "2019-05-31", "day", 14, ["isis"])


def test_a_bombers_parents_name_no_country_and_a_bomber_who_killed_tells_a_bombing():
    text = "The bomber, who was born in Leeds to Somali parents, killed 19 people at the Leeds Arena on Saturday."
    incident = only_incident(text, date(2019, 6, 2))
    assert (incident.type, incident.location["name"], country(incident)) == ("bombing", "Leeds", "GB")
    assert demonym_countries("born in Leeds to Somali parents, and Chinese nationals") == frozenset()
    assert "bombing" in lexicon_types("The bomber, who had trained in Libya, killed 19 people.")


def test_children_among_the_dead_are_child_victims():
    assert child_roles("Children were among the 22 people who died in a suicide attack.", "bombing", []) == {"victim"}
    assert child_roles("Children among the 22 confirmed dead in a concert bombing", "bombing", []) == {"victim"}


def test_arrests_and_cited_officials_are_not_counted():
    assert victim_counts("A 25-year-old man was also arrested on Sunday in connection with the blast.") == []
    assert victim_counts("The bomber has been named, Reuters reported three U.S. officials.") == []
    assert [c.count.best for c, _ in victim_counts("Three officials were killed in the blast.")] == [3]


def test_the_uk_and_officials_who_report():
    assert gazetteer().resolve("UK").country == "GB"
    assert find_attributions("Forty policemen were killed in an ambush, officials report. More follows.") == [
        ("officials", 42, 51)
    ]


def test_a_monitor_based_in_the_uk_places_no_act_there():
    text = (
        "The Syrian Observatory for Human Rights, based in the UK, said gunmen killed 12 civilians in the village of"
        " Arza on Sunday."
    )
    incidents, _ = analyse_text(text, date(2025, 3, 10))
    assert [country(i) for i in incidents] == ["SY"]
