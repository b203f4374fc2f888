"""Lessons from real reports of Burundi's political violence (2015 to 2019): the Imbonerakure, the ruling party's youth
league, join the actor table, and so do Muyinga and Cibitoke provinces; members who "incriminate" a group blame it
even when it denies; a man "suspected to belong to" a militia, killed by a mob, is its victim, not its act; "One was
killed" counts one; "the fatal beating" of a boy is a killing; a minister's perfect-tense toll is the act's when he
goes on to tell its day; "the Ruhagarika community of the province of Cibitoke" names the village. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import child_roles, country, incident_summary, only_incident, source


def test_members_who_incriminate_the_imbonerakure_blame_them_and_one_killed_counts_one():
    text = (
        "Opposition activists walking home from a rally in Muyinga were attacked on Sunday evening in the village of "
        "Gashoho. One was killed and three others were wounded. Party members incriminate the Imbonerakure, who "
        "deny it."
    )
    incident = only_incident(text, date(2019, 9, 3))
    assert incident_summary(incident) == ("killing", "Gashoho", "2019-09-01", "day", 1, ["imbonerakure"])
    assert country(incident) == "BI"


def test_a_man_suspected_to_belong_to_a_militia_is_its_victim_not_its_doer():
    text = (
        "Burundi protesters on Thursday burned alive a man suspected to belong to President Pierre Nkurunziza private "
        "militia, the imbonerakure youth, in Bujumbura."
    )
    incident = only_incident(text, date(2015, 5, 8))
    assert incident_summary(incident) == ("killing", "Bujumbura", "2015-05-07", "day", 1, [])


def test_a_ministers_perfect_tense_toll_is_the_acts_when_he_tells_its_day():
    text = (
        "An armed group has killed 14 people in western Burundi, the interior minister said on Sunday.\n"
        "The minister told reporters the attackers had come from Congo and gone back there.\n"
        "He said 12 people were killed in their homes on Saturday night and two others died in hospital. The attack "
        "hit the Kaburantwa community of the rural province of Cibitoke."
    )
    incident = only_incident(text, date(2018, 6, 10))
    assert incident_summary(incident) == ("killing", "Kaburantwa", "2018-06-09", "day", 14, [])
    assert source(incident) == "interior minister"


def test_a_fatal_beating_is_a_killing():
    text = (
        "Police said on Thursday that the fatal beating of a 14-year-old boy in Ngozi on Monday was carried out by "
        "members of the Imbonerakure."
    )
    incident = only_incident(text, date(2017, 8, 10))
    assert incident_summary(incident) == ("killing", "Ngozi", "2017-08-07", "day", 1, ["imbonerakure"])
    assert child_roles(incident) == ["victim"]
