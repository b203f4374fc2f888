"""Lessons from real reports of the Islamic State's rampage through Kobane on 25 June 2015: a count in quotation marks
("killed “at least 146” civilians"), "and another 26 were executed in a nearby village" as a second act (villagers
killed where they were found), a total that gives way to the part its sentence keeps, suicide bombers "clearing the
way" for the killers, civilians "executed ... in their homes or killed by ... rockets", "They were beheaded" told by a
witness, "one of the jihadists' worst massacres" (no count), "the Yazidi town" (no place), where a witness went, a
village's reference town, a photo credit above its caption, a name spelled with a non-breaking hyphen, and
"clashing with" forces (a battle). Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary, only_incident

from marsad.extract.layout import caption_at
from marsad.extract.places import gazetteer
from marsad.extract.semantic import lexicon_types


def test_a_quoted_count_a_second_act_in_a_nearby_village_and_bombers_clearing_the_way():
    text = (
        "Militants have killed “at least 95” civilians in the last 24 hours in the town of Tal Afar and the surrounding"
        " countryside, activists say. At least 70 civilians were killed in a rampage on Tal Afar, and another 25 were"
        " executed in a nearby village, the monitor said. It began after two suicide bombers blew up vehicles at the"
        " entrances to the town on Tuesday, clearing the way for gunmen to enter."
    )
    incidents, figures = analyse_text(text, date(2016, 5, 12))
    assert [incident_summary(i)[:5] for i in incidents] == [
        ("killing", "Tal Afar", "2016-05-10", "day", 70),
        ("killing", None, None, "unknown", 25),
    ]
    assert figures == []


def test_a_beheading_a_witness_tells_is_how_the_killings_dead_died_and_no_count_in_a_ranking():
    text = (
        "The jihadists killed 40 civilians in their offensive on the Yazidi town of Sinjar on Sunday, in what was"
        " called one of the jihadists’ worst massacres. “My father and two brothers were killed,” said a woman who"
        " left the city for the nearby town of Zakho. “They were beheaded by the militants.”"
    )
    incident = only_incident(text, date(2014, 8, 6))
    assert incident_summary(incident)[:5] == ("killing", "Sinjar", "2014-08-03", "day", 40)


def test_executed_at_home_or_killed_by_mortars_is_a_killing_and_a_credit_above_makes_a_caption():
    text = (
        "Town hit by raid\n\nAhmed Saleh/Reuters\nA man mourns a relative killed in Tawergha, in the port city of"
        " Misrata, on February 2, 2016.\n\nAt least 30 civilians were executed by the gunmen in their homes or killed"
        " by mortars in Tawergha on Monday, the monitor said."
    )
    assert caption_at(text, text.index("A man mourns"))
    incident = only_incident(text, date(2016, 2, 10))
    assert incident_summary(incident)[:5] == ("killing", "Tawergha", "2016-02-08", "day", 30)


def test_a_village_south_of_a_town_is_not_the_town_and_clashing_is_fighting():
    text = (
        "Gunmen shot dead 17 people in the village of Tell Hamis, south of the border town of Qamishli, on Thursday, a"
        " monitor said."
    )
    assert incident_summary(only_incident(text, date(2015, 6, 26)))[:5] == (
        "killing",
        "Tell Hamis",
        "2015-06-25",
        "day",
        17,
    )
    assert "armed_clash" in lexicon_types(
        "The attackers launched an assault on the town, clashing with Kurdish forces."
    )
    assert "armed_clash" in lexicon_types("The convoy encountered resistance from the guards.")
    assert lexicon_types("The two leaders have clashing views on the war.") == []


def test_a_name_with_a_non_breaking_hyphen_is_found():
    assert gazetteer().resolve("ʿAyn al\u2011ʿArab") == gazetteer().resolve("Kobani")
