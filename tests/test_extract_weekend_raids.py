"""Lessons from real reports of the Katiba Macina's raids on Diallassagou, Dianweli and Deguessagou in Mali's Bankass
circle on the night of 18 to 19 June 2022 ("Jihadists killed 132 civilians in multiple attacks on villages in central
Mali over the weekend", "Mali's military government says", "In a separate incident, a U.N. peacekeeper died",
"Diallassagou, Dianweli, Deguessagou are three nearby towns in the Bandiagara area, where terrorist elements executed
mainly men", "He and another official, who like him had fled his village, said the death toll was still being
counted on Monday"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, doers


def test_one_weekend_s_raids_on_several_villages_are_one_act_not_a_figure():
    text = (
        "Jihadists killed 90 civilians in multiple attacks on villages in central Mali over the weekend, the"
        " government said on Monday."
    )
    assert acts_and_figures(text, date(2022, 7, 4)) == ([("killing", "Mali", "2022-07-02", "week", 90)], [])


def test_a_military_government_that_speaks_is_no_doer_and_a_separate_incident_keeps_its_own_toll():
    text = (
        "Mali's military government says militants have killed 40 civilians in the Mopti region. In a separate"
        " incident, an improvised explosive device killed a UN peacekeeper on Sunday."
    )
    incidents, _ = analyse_text(text, date(2022, 7, 5))
    found = sorted((i.type, i.victim_count.best, doers(i)) for i in incidents)
    assert found == [("bombing", 1, ()), ("killing", 40, ())]


def test_towns_listed_before_where_men_were_executed_are_the_scene_of_a_killing():
    text = (
        "Dounde, Sori, Bangou are three nearby villages in the Bandiagara area, where gunmen executed mainly men on"
        " Saturday night."
    )
    assert acts_and_figures(text, date(2022, 7, 5)) == ([("killing", "Dounde", "2022-07-02", "day", None)], [])


def test_a_toll_still_being_counted_dates_nothing_and_its_speaker_is_no_victim():
    text = (
        "Gunmen killed 30 civilians in the village of Dounde, Mali, on Saturday. He and another official, who had fled"
        " his village, said the death toll was still being counted on Monday."
    )
    assert acts_and_figures(text, date(2022, 7, 5)) == ([("killing", "Dounde", "2022-07-02", "day", 30)], [])
