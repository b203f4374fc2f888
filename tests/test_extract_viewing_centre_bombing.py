"""Lessons from real reports of the triple suicide bombing of a football viewing hall in Konduga told five ways
("A military source who confirmed the attack said", "Boko Haram is accused of the attack", "a group returning from a
funeral in Nganzai ... were the victims of a mass shooting. At least 65 people were killed.", "Boko Haram often
carries out massacres"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.backstory import background
from marsad.extract.quotes import find_attributions


def test_a_source_who_confirmed_the_attack_is_the_source():
    said = "A military source who confirmed the attack said the bombers struck at about 9 pm."
    assert [a[0] for a in find_attributions(said)] == ["A military source"]


def test_a_group_accused_of_the_attack_is_its_doer():
    text = (
        "At least 18 people were killed in a suicide attack on a viewing centre in Gwoza, officials said.\n"
        "The militant group Boko Haram is accused of the attack."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2019, 6, 17))
    assert [incident_summary(i)[5] for i in incidents] == [["boko-haram"]]


def test_the_victims_of_a_mass_shooting_and_a_group_s_habits():
    text = (
        "On 27 July 2019, a group returning from a funeral in Nganzai, Borno State, were the victims of a mass"
        " shooting. At least 65 people were killed. There was no claim of responsibility, but Boko Haram often"
        " carries out massacres, most often in Borno."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2019, 8, 1))
    assert [incident_summary(i) for i in incidents] == [("killing", "Nganzai", "2019-07-27", "day", 65, [])]
    assert background("Boko Haram often carries out massacres, most often in Borno.")
