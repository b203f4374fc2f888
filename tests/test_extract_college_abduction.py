"""Lessons from real reports of gunmen taking students and staff from a boarding college in north-central Nigeria
(the college named with its town, "one student feared killed and several others abducted", the pupils a school
"has" and those who "escaped", an anonymous source, a titled official, and an earlier school abduction told in a
clause), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary, only_incident


def test_a_college_raid_with_one_killed_and_several_taken_is_the_abduction_at_the_college_town():
    text = (
        "Armed men have attacked Government Science College Kuchiwa in Mariga Local Government Area of Niger State.\n"
        "The attack began at about 1:00 am on Wednesday, with one student feared killed and several others"
        " abducted.\n"
        "Some teachers and their families living in the staff quarters were also abducted by the gunmen.\n"
        "A government source who pleaded anonymity disclosed this to our correspondent.\n"
        "The gunmen entered the school premises, which has about 800 students, and a few students escaped."
    )
    incident = only_incident(text, date(2022, 5, 11))
    assert incident_summary(incident) == ("abduction", "Kuchiwa", "2022-05-11", "day", 3, [])
    assert incident.sources[0].attributed_to == "A government source"


def test_students_of_a_secondary_school_are_children_and_aircraft_said_to_hover_say_nothing():
    text = (
        "Gunmen attacked a secondary school in Niger State early on Wednesday and carried out a mass abduction, the"
        " state governor's spokesperson said. The gunmen stormed Government Science College (GSC) Kuchiwa around"
        " 1 a.m., abducting some students. Aircraft of the Nigerian Air Force (NAF) were said to be hovering over"
        " the area."
    )
    incident = only_incident(text, date(2022, 5, 11))
    assert incident_summary(incident) == ("abduction", "Kuchiwa", "2022-05-11", "day", None, [])
    assert incident.child_roles == ["victim"]
    assert incident.sources[0].attributed_to == "state governor's spokesperson"


def test_an_earlier_school_abduction_told_in_a_clause_with_its_release_keeps_its_month():
    text = (
        "Bandits stormed GSC Kuchiwa on Tuesday night and abducted scores of students. The Director General of the"
        " Niger State Emergency Management Agency (NSEMA) Alhaji Sani Garba confirmed the attack. In March last"
        " year, hundreds of schoolboys who were kidnapped in Dandume town of Katsina State, and released a few days"
        " later."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2022, 5, 12))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("abduction", "Dandume", "2021-03-01", "month", 200, []),
        ("abduction", "Kuchiwa", "2022-05-10", "day", 40, []),
    ]
    assert {i.sources[0].attributed_to for i in incidents} == {"Sani Garba"}
    assert claims == []
