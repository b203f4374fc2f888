"""Lessons from real reports of the killing of 52 people at Xitaxi, Cabo Delgado, Mozambique, in April 2020 after
they refused to join the insurgents ("the story first published in Pinnacle News (8 Aprill) and Savana (10 April)",
"Cited by Radio Mozambique (21 Apr)", "For the past two years, the group has been targeting village, killing more
than 700 people", "More: ... More than 60 people found dead in cargo container", a file photo's caption ending
"AFP/File/MARCO LONGARI", "told the state-owned broadcasting service on Tuesday"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures


def test_a_source_s_day_in_brackets_dates_nothing():
    text = (
        "Police have confirmed the story first published in the Cabo Ligado bulletin (10 May) that insurgents killed"
        " at least 30 people on 6 May in Nangade, Mozambique."
    )
    assert acts_and_figures(text, date(2020, 5, 20)) == ([("killing", "Nangade", "2020-05-06", "day", 30)], [])


def test_a_toll_for_the_past_years_is_a_figure_and_stepped_up_attacks_tell_no_act():
    text = (
        "Armed groups have stepped up attacks in the region. For the past three years, the group has been targeting"
        " villages, killing more than 900 people."
    )
    assert acts_and_figures(text, date(2020, 5, 20)) == ([], [("killing", 900, "more_than")])


def test_headlines_run_in_after_more_and_a_spokesman_s_day_tell_no_act():
    text = (
        "An armed group killed at least 30 people in the village of Nangade, Mozambique, on 6 May, police said.\n\n"
        "\u201cThe criminals killed 30 young people,\u201d police spokesman Orlando Mudumane told the state-owned"
        " broadcaster on Tuesday. More: Residents lament attacks More than 60 people found dead in a lorry Beheadings"
        " surge in the north\n\nArmed fighters have in recent weeks stepped up attacks, seizing government buildings"
        " and blocking roads."
    )
    assert acts_and_figures(text, date(2020, 5, 13)) == ([("killing", "Nangade", "2020-05-06", "day", 30)], [])


def test_a_file_photo_s_caption_lends_no_scene_or_day():
    text = (
        "Armed group kills at least 30 in Mozambique\n\nAshes are seen in the recently attacked village of Aldeia da"
        " Paz outside Macomia, Mozambique, on August 24, 2019. AFP/File/JOHN SMITH\n\nAn armed group in northern"
        " Mozambique killed at least 30 people in a village on 6 May, police said. The killings took place in the"
        " village of Nangade."
    )
    assert acts_and_figures(text, date(2020, 5, 13)) == ([("killing", "Nangade", "2020-05-06", "day", 30)], [])
