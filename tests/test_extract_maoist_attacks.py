"""Lessons from real reports of the CPI (Maoist) attacks on security forces in Chhattisgarh, India (Burkapal 2017,
Bhejji 2018, the Sukma-Bijapur ambush of 2021 and the IED at Aranpur in 2023): the group under its Indian names
("Maoists", "Naxals", "CPI (Maoist)"), the state's districts, "ten jawans ... and their driver", "under Aranpur police
station limits", a benchmark ambush "since the April 3, 2021 ambush in Bijapur where 22 jawans were killed", "24
personnel of the Central Reserve Police Force died", "surrendered Maoists" who are no captives, and a civilian "slain"
after being abducted; each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, doers


def test_the_groups_indian_names_and_the_states_districts():
    text = (
        "Naxals killed six policemen in an ambush near Kistaram in Chhattisgarh's Sukma district on Monday."
        " The outlawed CPI (Maoist) later claimed the attack."
    )
    [incident] = analyse_text(text, date(2022, 3, 8))[0]
    assert doers(incident) == ("cpi-maoist",)
    assert incident.as_json()["location"]["country"] == "IN"


def test_jawans_and_their_driver_count_together_and_the_station_names_the_village():
    text = (
        "Eight jawans of the District Reserve Guard (DRG), returning in a van from an operation, and their driver"
        " were killed when Maoists set off an IED in Chhattisgarh on Tuesday. The blast took place under Kodenar"
        " police station limits, officials said."
    )
    acts, _ = acts_and_figures(text, date(2023, 5, 3))
    assert acts == [("bombing", "Kodenar", "2023-05-02", "day", 9)]


def test_an_earlier_ambush_named_with_its_day_and_toll_is_an_act_of_its_own_and_dates_no_weekday():
    text = (
        "The attack was the deadliest since the Bijapur ambush in which 18 jawans were killed on March 6, 2020."
        " Seven jawans were killed in an IED blast set off by Maoists in Chhattisgarh's Sukma district on Tuesday."
    )
    acts, _ = acts_and_figures(text, date(2023, 5, 3))
    assert acts == [
        ("armed_clash", "Bijapur (Chhattisgarh)", "2020-03-06", "day", 18),
        ("bombing", "Sukma", "2023-05-02", "day", 7),
    ]
    benchmark = (
        "This is the biggest Maoist attack since the March 6, 2020 ambush in Bijapur where 18 jawans were killed."
        " Seven jawans were killed in an IED blast in Chhattisgarh's Sukma district on Tuesday."
    )
    assert ("armed_clash", "Bijapur (Chhattisgarh)", "2020-03-06", "day", 18) in acts_and_figures(
        benchmark, date(2023, 5, 3)
    )[0]


def test_personnel_of_a_force_who_died_are_the_acts_dead_and_an_ambush_early_this_year_is_one_act():
    text = (
        "In the deadliest ambush by Maoists since 2010, 19 personnel of the Central Reserve Police Force died in"
        " Chhattisgarh's Sukma this afternoon. Nine personnel of the CRPF were killed in Dantewada in 2016 in a deadly"
        " Naxal ambush."
    )
    acts, figures = acts_and_figures(text, date(2017, 4, 24))
    assert ("armed_clash", "Sukma", "2017-04-24", "day", 19) in acts
    assert ("armed_clash", "Dantewada", "2016-01-01", "year", 9) in acts
    assert figures == []


def test_surrendered_maoists_among_the_dead_are_no_captives():
    text = (
        "Nine jawans were killed when Maoists set off an IED in Chhattisgarh's Dantewada district on Wednesday."
        " In 2021, 22 security personnel were killed in an ambush along the border of Sukma and Bijapur districts."
        " Among the nine jawans, four were surrendered Maoists who had joined the police force."
    )
    incidents, _ = analyse_text(text, date(2023, 4, 27))
    assert sorted(i.type for i in incidents) == ["armed_clash", "bombing"]


def test_a_civilian_slain_after_being_abducted_was_executed_beside_the_battle():
    text = (
        "Maoists on Sunday ambushed a search party near Bhejji in Chhattisgarh's Sukma district, leaving three jawans"
        " dead. The body of a civilian was also recovered at the site. The slain civilian was abducted by the rebels"
        " a few hours before the encounter, police said."
    )
    incidents, _ = analyse_text(text, date(2018, 2, 19))
    assert sorted((i.type, i.victim_count.best) for i in incidents) == [("armed_clash", 3), ("execution", 1)]
