"""Lessons from real reports of the Taliban's siege of the Army Public School in Peshawar told eight ways (photo
captions of "a student, who was injured", "a military run school", "the Pakistani army announced that it has killed
all six terrorists", "At least 132 children have been killed ..., with the total death toll at 145", "After killing
three security guards ... Ultimately, 144 people died", "Dozens were killed today ..., killing at least 84 people",
"when a Peshawar, Pakistan, school was overrun by Taliban militants"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.venues import military_school_attacked
from marsad.extract.victims import victim_counts


def _summaries(text: str, published: date) -> list[tuple]:
    [(incidents, _)] = analyse_many_texts([text], published)
    return [incident_summary(i) for i in incidents]


def test_the_wounded_named_one_by_one_are_no_count():
    assert victim_counts("Guards carry a student who was injured in an attack on his school.") == []
    assert victim_counts("Relatives of a student, who was injured during the attack, comfort each other.") == []


def test_a_school_run_by_the_army_teaches_children():
    assert military_school_attacked("gunmen stormed a military run school", "a military run school") is None
    text = (
        "Men carry bodies of students, who were killed during an attack by gunmen on the Garrison Public School, in"
        " Quetta, May 4, 2016."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2016, 5, 4))
    assert [(i.type, i.child_roles) for i in incidents] == [("attack_on_school_or_hospital", ["victim"])]


def test_the_attackers_killed_by_troops_are_neither_a_battle_nor_the_toll():
    text = (
        "At least 52 children have been killed in a massacre at a school in Quetta, with the total death toll at 61.\n"
        "The army announced that it has killed all five terrorists who perpetrated the attack.\n"
        "A spokesman said that all 5 attackers had been killed after a six-hour gun battle."
    )
    found = _summaries(text, date(2016, 5, 4))
    assert [s[0] for s in found] == ["attack_on_school_or_hospital"]
    assert [s[4] for s in found] == [61]


def test_the_final_toll_and_the_precise_count_win():
    text = (
        "On 4 May 2016, a group of gunmen entered the Garrison Public School in Quetta. After killing two guards,"
        " they began to fire at random. Ultimately, 61 people died, most of them pupils."
    )
    assert [s[4] for s in _summaries(text, date(2017, 5, 4))] == [61]
    text = "Dozens were killed today in Quetta when gunmen stormed a school, killing at least 61 people."
    assert [s[4] for s in _summaries(text, date(2016, 5, 4))] == [61]


def test_a_school_overrun_is_attacked():
    text = "At least 61 people, mostly children, were killed Wednesday when a Quetta school was overrun by gunmen."
    assert [s[0] for s in _summaries(text, date(2016, 5, 5))] == ["attack_on_school_or_hospital"]
