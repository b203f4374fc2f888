"""Lessons from real reports of the gun attack on tourists in the Baisaran meadow near Pahalgam, in Indian-administered
Kashmir, on 22 April 2025: a meadow or a valley is the scene ("in Pahalgam's Baisaran Valley", "the meadows of X",
"X, a picturesque meadow", "in X of Y, South Kashmir"), a nickname ("popularly known as 'mini Switzerland'") and a
speaker's home town are not; "the deadliest attack since the 2019 Pulwama bombing" lends the act no type;
"execution-style killings" are killings; "most of the 26 men killed in the attack" is the act's toll; the gunmen
"including three believed to be from Pakistan" are no victims and Pakistan no scene; "One person has died" tells a
death; "AFP quoted police sources" names the sources; "a prior attack on a convoy ... last year" is an earlier act.
Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, country, incident_summary, only_incident

from marsad.extract.semantic import lexicon_types
from marsad.extract.victims import victim_counts


def test_a_valley_named_after_its_town_is_the_scene_and_a_comparison_no_type():
    text = (
        "In the deadliest attack on visitors in the region since the 2016 Uri bombing, militants shot dead 14 hikers"
        ' in Pahalgam\'s Lidderwat Valley on Sunday afternoon. The valley, popularly known as "little Switzerland",'
        " had been crowded with families."
    )
    incident = only_incident(text, date(2025, 6, 10))
    assert incident_summary(incident) == ("killing", "Lidderwat", "2025-06-08", "day", 14, [])


def test_a_nickname_is_no_place():
    text = (
        "Gunmen killed nine tourists in the Tarsar meadows of Jammu and Kashmir on Sunday. The area, popularly"
        ' known as "mini Switzerland", is reached only on foot.'
    )
    incident = only_incident(text, date(2025, 6, 10))
    assert (incident.location["name"], country(incident)) == ("Tarsar", "IN")


def test_the_boundary_a_comparison_that_tells_what_happened_then_is_kept():
    from marsad.extract import cues

    assert cues.MOTIVE.search("the deadliest attack since the 2019 Pulwama bombing, 26 people were killed")
    assert cues.MOTIVE.search("the deadliest attack since the 2000 Christmas Eve bombings, when bombs exploded") is None


def test_execution_style_killings_are_killings():
    assert lexicon_types("The execution-style killings were meant to frighten herders out of the valley.") == []
    assert lexicon_types("The militants executed the two herders they had captured.") == ["execution"]


def test_most_of_the_dead_of_one_attack_is_its_toll_not_a_share_of_a_figure():
    text = (
        "Gunmen opened fire on tourists in Baisaran on Tuesday. New pictures show that most of the 11 men killed in"
        " the attack were shot at close range."
    )
    incidents, claims = analyse_text(text, date(2025, 4, 24))
    assert [incident_summary(i) for i in incidents] == [("killing", "Baisaran", "2025-04-22", "day", 11, [])]
    assert claims == []


def test_attackers_told_with_their_origin_are_no_victims_and_their_homeland_no_scene():
    text = (
        "A deadly attack in Kishtwar district's Chatroo meadow on Monday has left the police combing the forests."
        " According to police sources, at least four gunmen, including two believed to be from Pakistan, opened fire"
        " on shepherds, killing five."
    )
    incident = only_incident(text, date(2025, 6, 10))
    assert incident_summary(incident) == ("killing", "Chatroo", "2025-06-09", "day", 5, [])
    assert (country(incident), incident.sources[0].attributed_to) == ("IN", "police sources")


def test_an_earlier_act_of_one_of_the_attackers_keeps_out_of_the_scene():
    text = (
        "A deadly attack in Kishtwar district's Chatroo meadow on Monday has left the police combing the forests."
        " Gunmen opened fire on shepherds, killing five. One of the gunmen is believed to have taken part in a"
        " prior ambush on an army convoy, which killed two soldiers last year. The attack unfolded in Chatroo, a"
        " meadow reached only on foot."
    )
    incidents, _ = analyse_text(text, date(2025, 6, 10))
    by_type = {i.type: i for i in incidents}
    assert incident_summary(by_type["killing"]) == ("killing", "Chatroo", "2025-06-09", "day", 5, [])
    convoy = by_type["armed_clash"].as_json()
    assert (convoy["date"]["start"], convoy["date"]["precision"]) == ("2024-01-01", "year")
    assert convoy["location"]["name"] != "Chatroo"


def test_one_person_has_died_tells_a_death():
    assert lexicon_types("One person has died and four others were hurt in the attack.") == ["killing"]
    assert lexicon_types("One person has died of cholera in the camp.") == []


def test_a_spot_of_a_town_and_the_sources_an_agency_quoted():
    text = (
        "A group of pilgrims has come under attack by gunmen in Baisaran of Pahalgam, South Kashmir. One person has"
        " died and four others were hurt, AFP quoted police sources. Police said the gunmen fled into the forests of"
        " Jammu and Kashmir's Anantnag district."
    )
    incident = only_incident(text, date(2025, 6, 10))
    assert (incident.location["name"], incident.victim_count.best) == ("Baisaran", 1)
    assert incident.sources[0].attributed_to == "police sources"


def test_a_speakers_home_town_is_no_scene():
    text = (
        'Gunmen killed 26 tourists in the Baisaran meadow near Pahalgam on Tuesday. "They shot my brother first,"'
        " said Rafiq Ahmed from Pune, whose brother was killed in the attack."
    )
    incident = only_incident(text, date(2025, 4, 24))
    assert incident_summary(incident) == ("killing", "Baisaran", "2025-04-22", "day", 26, [])


def test_hikers_are_counted():
    assert [c.count.best for c, _ in victim_counts("Militants shot dead 14 hikers.")] == [14]
