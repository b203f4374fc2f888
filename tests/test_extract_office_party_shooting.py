"""Lessons from real reports of the shooting at a county health department's holiday party in San Bernardino,
California, on 2 December 2015: the attackers killed by police afterwards ("two dead suspects", "had been killed in a
police shootout", "a shootout ... that left both suspects dead") are no victims and no battle; officers "embroiled in a
car chase" are no toll; "the deadliest mass shooting ... since the Sandy Hook Elementary School massacre" attacks no
school; "an attempted bombing" and a device "safely detonated by a bomb squad" are no bombing; "Both perpetrators were
killed, along with fourteen other people" counts fourteen; "took place on ..., when ... opened fire at" dates the act;
"Calif." is in the United States. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import country, incident_summary, only_incident


def test_the_attackers_killed_by_police_are_no_battle_and_a_school_compared_is_no_target():
    text = (
        "Two dead suspects named after mass shooting that killed 12 at Calif. office party\n\n"
        "RIVERSIDE, CALIF. — At least two gun-wielding assailants opened fire on a holiday party for county employees "
        "Wednesday, killing 12 people in the deadliest mass shooting in the state since the Oakwood Elementary School "
        "massacre three years ago this month.\n"
        "Hours after the shooting, officials said two suspects — a man, 30, and a woman, 29 — had been killed in a "
        "police shootout several miles from the site of the original attack.\n"
        "Dozens of law enforcement officers were embroiled in a car chase that ended in a shootout back in Riverside "
        "that left both suspects dead and an officer wounded."
    )
    incident = only_incident(text, date(2015, 12, 3))
    assert incident_summary(incident)[0::2] == ("killing", "2015-12-02", 12)
    assert country(incident) == "US"


def test_an_attempted_bombing_and_the_perpetrators_among_the_dead():
    text = (
        "The Riverside, California shooting took place on December 2, 2015, when two attackers opened fire at a "
        "county office hosting a holiday party.\n"
        "Both perpetrators were killed, along with twelve other people.\n"
        "One of them also placed an explosive device at the scene but it was safely detonated by a bomb squad."
    )
    incident = only_incident(text, None)
    assert incident_summary(incident)[0::2] == ("killing", "2015-12-02", 12)
    text = (
        "On December 2, 2015, 12 people were killed in an attack on a county office in Riverside, California, which "
        "consisted of a mass shooting and an attempted bombing."
    )
    assert incident_summary(only_incident(text, None))[0] == "killing"


def test_an_abbreviated_state_places_a_city_in_the_united_states():
    text = (
        "Twelve people were killed and 17 injured after gunmen attacked an office in Riverside, Calif., on Wednesday.\n"
        "Co-workers said that one suspect recently traveled to Saudi Arabia."
    )
    incident = only_incident(text, date(2015, 12, 2))
    assert country(incident) == "US"
