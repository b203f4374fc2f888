"""Lessons from real reports of the killings of Alawite civilians on Syria's coast in March 2025, told almost only
in a monitor's running figures: "the death toll from the ongoing violence ... has risen to", a headline's "Death Toll
in Syria's Coastal Violence Rises to", "killed on Monday alone", "killed over the past two days", "across the coastal
area" add up many acts; such a figure is no uncounted act's toll; killings told in general around the figures, placed
only in the country, are no act. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text

COAST = (
    "Death Toll in Syria's Coastal Violence Rises to 1,200\n"
    "The death toll from the ongoing violence in Syria's coastal region has risen to at least 1,200 civilians, the"
    " Syrian Observatory for Human Rights said on Tuesday. At least 130 civilians were killed on Monday alone, the"
    " Observatory said. Local residents in Syria's coastal region reported widespread killings and field executions."
)


def test_a_monitors_running_figures_of_a_wave_of_killings_are_claims_not_acts():
    incidents, claims = analyse_text(COAST, date(2025, 3, 11))
    assert incidents == []
    assert sorted((c.type, c.count.low) for c in claims) == [("killing", 130), ("killing", 1200)]


def test_the_toll_of_one_attack_that_rose_is_still_that_acts_count():
    text = "The death toll from Monday's bombing of a market in Homs, Syria, has risen to 40, officials said."
    incidents, claims = analyse_text(text, date(2025, 3, 11))
    assert [(i.type, i.victim_count.best) for i in incidents] == [("bombing", 40)]
    assert claims == []
