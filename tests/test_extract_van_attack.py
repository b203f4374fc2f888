"""Lessons from real reports of a van driven into a crowd on a city's famous avenue: a toll "in Nice, Berlin, London
and Stockholm" sums up many acts (a figure); "The head of the region, NAME, said" names NAME as the source, and "Head
of the Regional Interior Department NAME" is NAME; an act "since 2004 when bombers killed 192" is dated 2004 and takes
no doer from the report's claim; the coalition's war "in Iraq and Syria" a claim answers is no scene; suicide belts
the bomb squad set off and a blast the attack "came hours after" are no bombing; police who "shot and killed four
suspected terrorists after the group drove a car into people" ended an attack, no battle; a photo caption's "police
said" is not the act's source. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, country, incident_summary, source

from marsad.extract.quotes import find_attributions

PUBLISHED = date(2019, 6, 14)  # a Friday


def test_a_toll_over_a_list_of_cities_is_a_figure_and_the_region_head_is_thesource():
    text = (
        "At least 12 dead in Marseille van attack; Islamic State claims responsibility\n\nA van drove into crowds on"
        " Marseille's seafront promenade on Thursday, killing about a dozen people in an attack that was claimed by"
        " Islamic State.\n\nThe head of the Provence regional council, Jean Morel, said at least 40 people had been"
        " taken to hospital and around 12 had died.\n\nWitnesses said the van swerved from side to side along the"
        " promenade, knocking down pedestrians.\n\nThat kind of attack - crude, deadly and very hard to prevent - has"
        " killed well over 100 people in Nice, Berlin, London and Stockholm."
    )
    incidents, _ = analyse_text(text, PUBLISHED)
    acts, figures = acts_and_figures(text, PUBLISHED)
    assert acts == [("killing", "Marseille", "2019-06-13", "day", 12)]
    assert figures == [("killing", 100, "more_than")]
    assert [source(i) for i in incidents] == ["Jean Morel"]


def test_titles_and_a_clause_before_police_are_not_thesource():
    text = (
        "Confirming the death toll, Head of the Regional Interior Department Paul Girard said in a tweet: we can"
        " confirm 11 deaths. The attack came hours after an explosion in a house, an incident police said was related."
    )
    assert [who for who, _, _ in find_attributions(text)] == ["Paul Girard", "police"]


def test_an_act_since_a_year_when_is_dated_then_and_a_claims_war_is_no_scene():
    text = (
        "Islamic State claims Marseille van attack\nThe Islamic State group has claimed responsibility for a"
        " van-ramming attack in one of Marseille's busiest tourist areas.\nAt least 11 people were killed and 50"
        " injured after a driver ploughed a white van into a crowd Thursday in the busy Vieux Port area.\nThe"
        " Thursday attack in the southern French city was the country's deadliest since 2016 when a truck driver"
        " killed 86 people on the seafront of Nice."
    )
    incidents, _ = analyse_text(text, PUBLISHED)
    found = sorted((*incident_summary(i), country(i)) for i in incidents)
    assert found == [
        ("killing", "Nice", "2016-01-01", "year", 86, [], "FR"),
        ("killing", "Vieux Port", "2019-06-13", "day", 11, ["isis"], "FR"),
    ]
    text = (
        "Islamic State claims Marseille van attack\nThe Islamic State of Iraq and the Levant (ISIL, also known as"
        " ISIS) has claimed responsibility for a van-ramming attack in one of Marseille's busiest tourist areas.\nAt"
        " least 11 people were killed and 50 injured after a suspect ploughed a white van into a crowd Thursday in"
        " the bustling Vieux Port area.\nAmaq said ISIL had launched the attack in response to calls to target"
        " states taking part in the US-led coalition battling the group in Iraq and Syria.\nFrance's public"
        " broadcaster, France 2, reported that regional police officers killed 2 people and injured another."
    )
    incidents, _ = analyse_text(text, PUBLISHED)
    assert [(incident_summary(i)[:5], country(i)) for i in incidents] == [
        (("killing", "Vieux Port", "2019-06-13", "day", 11), "FR")
    ]


def test_the_bomb_squads_blasts_an_earlier_explosion_and_the_attackers_end_are_no_acts():
    text = (
        "Early Friday, French police shot and killed four suspected terrorists after the group drove a car into"
        " several people in the resort town of Cassis. The men were carrying suicide belts laden with explosives,"
        " which were detonated by the bomb squad.\n\nThe attack in Marseille on Thursday, which killed 11 people,"
        " came hours after an explosion in a house in Aubagne, an incident police said was related."
    )
    acts, figures = acts_and_figures(text, PUBLISHED)
    assert acts == [("killing", "Marseille", "2019-06-13", "day", 11)]
    assert figures == []


def test_a_photo_captions_source_is_not_the_acts():
    text = (
        "Death toll rises in Marseille after IS claimed van attack\n\nPeople flee the scene in Marseille, France,"
        " Thursday, June 13, 2019 after a van drove onto the promenade, injuring several people, police said. (AP"
        " Photo/Staff Photographer)\n\nA van mounted the pavement and sped along the busy promenade on Thursday in"
        " Marseille, mowing down tourists and residents. Eleven people were killed and 50 were injured in what"
        " authorities called a terror attack."
    )
    incidents, _ = analyse_text(text, PUBLISHED)
    assert [(incident_summary(i)[:5], source(i)) for i in incidents] == [
        (("killing", "Marseille", "2019-06-13", "day", 11), None)
    ]
