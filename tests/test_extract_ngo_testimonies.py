"""Lessons from real reports of a charity's testimonies of children beheaded in Cabo Delgado: what "are being
beheaded" tells is a practice, and a headline over nothing but it is the story's topic; "Children beheaded by
militants" are victims; a mother who hid "with her three other children" counts only the child killed; a photo's line
("(AFP Photo)", or a credit on the line after) places and dates nothing; "Thursday's issue" of a paper is its day, not
the act's; a monitor's name keeps its "&". Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, child_roles, only_incident

from marsad.extract.children import child_roles as roles_in
from marsad.extract.layout import caption_at


def test_what_keeps_happening_under_a_headline_is_no_act():
    text = (
        "Report: Girls abducted by gunmen in Nigeria's Zamfara\n\nYoung girls are being kidnapped in north-west"
        " Nigeria by armed gangs waging a campaign of terror. A report from the charity says some as young as nine"
        " are being abducted by bandits in Zamfara State."
    )
    assert acts_and_figures(text, date(2022, 5, 10)) == ([], [])


def test_children_beheaded_by_militants_are_victims_not_killers():
    assert roles_in("Children beheaded by militants in Cabo Delgado", "execution", []) == set()
    assert roles_in("Boys beheaded two prisoners in the video", "execution", []) == {"perpetrator"}


def test_the_child_killed_counts_not_the_children_she_hid_with_and_the_photo_places_nothing():
    text = (
        "Militants behead villagers, charity says\nA fisherman mends his nets on the beach at Mocimboa da Praia,"
        " Mozambique, Feb. 3, 2019. (AFP Photo)\n\n\nIn one case, a mother hid in the bush with her two other"
        " children as her 14-year-old was murdered nearby, the charity Plan International said on Tuesday."
    )
    incident = only_incident(text, date(2022, 6, 8))
    found = incident.as_json()
    assert (found["victims"]["count"]["best"], found["location"]["name"], found["date"]["start"]) == (1, None, None)
    assert child_roles(incident) == ["victim"]


def test_a_credit_on_the_next_line_makes_a_caption_and_a_papers_day_dates_nothing():
    assert caption_at("Men queue for water at a camp on March 2, 2020.\n\nPhoto credit: File | AFP\n\nText.", 0)
    assert not caption_at("Gunmen killed four people on Monday.\n\nPolice said the attackers fled.", 0)
    text = (
        "Militants behead two boys in Cabo Delgado, says charity\n\nCabo Delgado\n\nMen queue for water at a camp for"
        " displaced people in Montepuez on March 2, 2020.\n\nPhoto credit: File | AFP\n\nThe charity said on Friday"
        " that two boys had been beheaded on Monday near Mueda, according to a report in Wednesday's issue of a local"
        " newspaper. Almost 4,000 people have died in the violence since 2017, according to the Armed Conflict"
        " Location & Event Data Project (ACLED)."
    )
    acts, figures = acts_and_figures(text, date(2021, 12, 4))
    assert acts == [("execution", "Mueda", "2021-11-29", "day", 2)]
    assert figures == [("killing", 4000, "about")]
    [claim] = analyse_text(text, date(2021, 12, 4))[1]
    assert claim.attributed_to == "Armed Conflict Location & Event Data Project"
