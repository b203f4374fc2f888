"""Lessons from real reports of the abduction of pupils from an Islamiyya school at Tegina told eight ways ("students
of an Islamiyya school located at Tegina in the Rafi Local Government Area", "One person was killed and many
students kidnapped when gunmen attacked Salihu Tanko Islamiyya School", "Tegina is about 11 Kilometre from Kagara
town where bandits abducted a number of college students in February 2021"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.pipeline import load_nlp
from marsad.extract.placenames import find_places


def test_a_town_the_gazetteer_knows_is_the_scene_not_its_local_government_area():
    text = (
        "At least 80 pupils of a Quranic school located at Tegina in the Rafi Local Government Area of Niger State"
        " were abducted on Sunday. One person was killed and many pupils kidnapped when gunmen attacked the school."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2021, 6, 14))
    assert sorted(incident_summary(i)[:5] for i in incidents) == [
        ("abduction", "Tegina", "2021-06-13", "day", 80),
        ("killing", "Tegina", "2021-06-13", "day", 1),
    ]


def test_a_town_named_as_a_distance_s_end_where_the_act_happened_is_a_place():
    text = "Tegina is about 90 kilometres from Minna town where bandits abducted 40 college students in 2021."
    assert "Minna" in [p[0].name for p in find_places(load_nlp()(text), text)]
