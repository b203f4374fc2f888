"""Lessons from real reports of the Islamic State's killing of Hazara coal miners in Balochistan (miners taken
from their room and shot in the hills, "leaving others unharmed", mourners protesting beside the bodies, a toll
revised the next day, "killed ... a day earlier will be buried today (Monday)", a perfect-tense lede at "a remote
coal mine", a photo caption credited "- AFP", protesters' "blockade"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract import lexicon as lx
from marsad.extract.context import small_place_names
from marsad.extract.victims import victim_counts


def test_miners_taken_and_shot_are_one_execution_and_the_protest_day_dates_nothing():
    text = (
        "Gunmen abducted eight coal miners from their quarters at the Sharig coal field in Balochistan before dawn on"
        " Friday and shot them dead in nearby hills, leaving other workers unharmed, officials said. The Islamic State"
        " claimed responsibility for the killings. On Saturday, thousands of mourners protested alongside the bodies"
        " of the miners killed in the attack, and the families refused to end their blockade of the highway."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2023, 5, 21))
    assert [incident_summary(i)[:5] for i in incidents] == [("execution", "Sharig", "2023-05-19", "day", 8)]
    assert [p.id for p in incidents[0].perpetrators] == ["isis"]


def test_a_revised_toll_replaces_the_first_and_a_day_earlier_counts_back_from_today():
    text = (
        "QUETTA: The 10 miners were kidnapped before dawn on Sunday as they slept near a remote coal mine in the"
        " mountainous Sanjawi area, an official said. At least three were beheaded, security officials added."
        " Officials on Monday clarified that ten people had died in the attack, revising a previous death toll of 11."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2021, 1, 5))
    assert [incident_summary(i)[:5] for i in incidents] == [("execution", "Sanjawi", "2021-01-03", "day", 10)]
    buried = "Six miners killed in an attack at the Kalsaka mine in Burkina Faso a day earlier will be buried today."
    [(incidents, _)] = analyse_many_texts([buried], date(2023, 3, 7))
    assert [incident_summary(i)[:5] for i in incidents] == [("killing", "Kalsaka", "2023-03-06", "day", 6)]


def test_a_perfect_tense_lede_at_one_site_is_an_act_placed_by_the_claim_that_follows():
    text = (
        "Relatives gather beside the coffins of the victims during a sit-in in Quetta, on March 2, 2023. - AFP\n"
        "Attackers have killed at least nine labourers at a construction site in Balochistan, officials said. A"
        " separatist group claimed responsibility for the attack, which took place in the remote Hoshab area."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2023, 3, 2))
    assert claims == []
    assert [incident_summary(i)[:5] for i in incidents] == [("killing", "Hoshab", None, "unknown", 9)]


def test_mourners_are_no_victims_and_a_protest_blockade_denies_no_aid():
    assert victim_counts("Thousands of mourners from the Hazara community protested alongside the bodies.") == []
    assert not lx.TRIGGERS["denial_of_humanitarian_access"].search("They would not end their blockade until then.")
    assert lx.TRIGGERS["denial_of_humanitarian_access"].search("The militants kept up their blockade of Djibo.")
    assert small_place_names("armed men opened fire at them at Machh coal field in Bolan district")[0] == "Machh"
