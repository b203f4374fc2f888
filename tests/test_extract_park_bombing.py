"""Lessons from real reports of the Easter Sunday suicide bombing of a park in Lahore told nine ways ("Jamaat-ul
Ahrar, a splinter faction of the banned terrorist outfit Tehreek-e-Taliban Pakistan", "a Taliban-offshoot group",
"Authorities have so far confirmed the deaths of 65 people", "the death toll had risen to 72 Monday", "families
spent Easter Monday burying their dead", "at least 8,000 people were at the park", "vowing to target schools",
"including the Charsadda court attack this month"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.actors import actor_table
from marsad.extract.children import child_roles
from marsad.extract.places import gazetteer


def _summaries(text: str, published: date) -> tuple[list, list]:
    [(incidents, claims)] = analyse_many_texts([text], published)
    return [incident_summary(i) for i in incidents], claims


def test_a_splinter_group_is_the_doer_and_its_parent_a_label():
    text = (
        "A suicide bomber blew himself up at a crowded park in Multan on Sunday, killing 31 people.\n"
        "A Taliban group known as Jamaat-ul Ahrar, a splinter faction of the banned terrorist outfit"
        " Tehreek-e-Taliban Pakistan (TTP), claimed responsibility for the attack."
    )
    found, _ = _summaries(text, date(2019, 4, 22))
    assert [s[5] for s in found] == [["jamaat-ul-ahrar"]]
    table = actor_table()
    offshoot = "Jamaat-ul-Ahrar, a Taliban-offshoot group, claimed the bombing."
    assert [m.actor.id for m in table.find(offshoot, "PK")] == ["jamaat-ul-ahrar"]
    parents = table.without_parents([table.actors["taliban"], table.actors["jamaat-ul-ahrar"]])
    assert [a.id for a in parents] == ["jamaat-ul-ahrar"]


def test_a_toll_confirmed_so_far_is_the_act_s_toll_after_a_quote_that_ends_a_line():
    text = (
        "At least 31 dead after a suicide bomber struck a park in Multan\n"
        "The blast happened near the swings of the park, in Multan, and most of the victims were women.\n"
        "Jamaat-ul-Ahrar claimed the attack, adding: 'Our target was the crowd.'\n"
        "Authorities have so far confirmed the deaths of 31 people at the park, but they expect the death toll"
        " to rise.\n"
        "Police said the blast appeared to be a suicide attack."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2019, 4, 21))
    assert claims == []
    assert [incident_summary(i)[:5] for i in incidents] == [("bombing", "Multan", None, "unknown", 31)]
    assert [incident_summary(i)[5] for i in incidents] == [["jamaat-ul-ahrar"]]


def test_the_day_a_toll_rose_and_the_day_of_burials_date_no_act():
    text = (
        "A bomb blast in a park in the city of Multan on Sunday has killed at least 31 people.\n"
        "A rescue spokesman said the death toll had risen to 31 Monday, with 12 children among the dead.\n"
        "He said the group would carry out more such attacks, vowing to target schools and colleges."
    )
    found, _ = _summaries(text, date(2019, 4, 22))
    assert [s[:5] for s in found] == [("bombing", "Multan", "2019-04-21", "day", 31)]
    text = (
        "Families in Multan spent Easter Monday burying their dead as the toll from Sunday's suicide bombing of a"
        " park rose to 31."
    )
    found, _ = _summaries(text, date(2019, 4, 23))
    assert [s[2] for s in found] == ["2019-04-21"]


def test_people_at_the_park_are_no_toll_and_children_among_the_dead_are_victims():
    text = (
        "A bomb blast in a park in Multan on Sunday killed at least 31 people.\n"
        "According to estimates, at least 5,000 people were at the park when the blast happened."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2019, 4, 22))
    assert claims == [] and [incident_summary(i)[4] for i in incidents] == [31]
    assert "victim" in child_roles("At least 31 people, mostly women and children, were killed.", "bombing", [])
    hurt = "At least 31 people were killed and hundreds injured, many of them children, when a bomber blew himself up."
    assert child_roles(hurt, "bombing", []) == {"victim"}


def test_an_earlier_attack_named_by_its_town_is_an_act_of_its_own():
    text = (
        "A suicide bomber killed 31 people at a park in Multan on Sunday.\n"
        "The group had previously claimed several bombings, including the Charsadda court attack this month."
    )
    found, _ = _summaries(text, date(2019, 4, 22))
    assert sorted(s[:5] for s in found) == [
        ("bombing", "Charsadda", "2019-04-01", "month", None),
        ("bombing", "Multan", "2019-04-21", "day", 31),
    ]


def test_places_inside_longer_names_and_quarters_of_a_city():
    assert gazetteer().resolve("Punjab").country == "PK"
    text = (
        "At least 31 people were killed on Sunday when a suicide bomber blew himself up in the city of Multan.\n"
        "Crowds were present in Gulshan-e-Iqbal Park in Iqbal Town area when the blast occurred."
    )
    found, _ = _summaries(text, date(2019, 4, 22))
    assert [s[1] for s in found] == ["Multan"]
