"""Lessons from real reports of a paramilitary force's massacre in a farming village told the days after it
(activists in the nearby town, an accusation "earlier on Thursday", people displaced to a district, a war's
toll told with a relative clause), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary


def test_an_accusations_day_and_where_people_were_displaced_to_tell_neither_day_nor_scene():
    text = (
        "More than 60 civilians were killed when the Rapid Support Forces attacked Wad al-Hilla village in Sudan's"
        " Gezira state, officials said on Thursday. The attack displaced hundreds of families to other villages within"
        " the al-Hasahisa district. Earlier on Thursday, the army accused the RSF of committing a massacre in the"
        " village."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 8, 9))
    assert [incident_summary(i) for i in incidents] == [("killing", "Wad al-Hilla", None, "unknown", 60, ["rsf"])]


def test_the_nearby_village_of_the_reporters_town_is_the_one_act_and_a_campaign_or_a_war_no_act():
    text = (
        "Activists in Madani reported on Tuesday that the RSF killed 35 people in the nearby village of Um Shanaqa in"
        " Sudan. Since seizing the state capital, the RSF has been raiding villages across Gezira. Fierce fighting"
        " continues between the army and the RSF in El Fasher. The war, which has raged for 18 months, has claimed"
        " more than 20,000 lives."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2024, 10, 3))
    assert [incident_summary(i) for i in incidents] == [("killing", "Um Shanaqa", None, "unknown", 35, ["rsf"])]
    assert [(c.type, c.count.best) for c in claims] == [("killing", 20000)]


def test_a_village_named_with_a_spaced_article_keeps_its_whole_name():
    text = (
        "The UN said it was shocked by reports of heavy gunfire in the village of Wad al Jalla in Sudan's Gezira"
        " State on 8 June 2024, where more than 50 people were killed by RSF fighters."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 6, 10))
    assert [incident_summary(i) for i in incidents] == [("killing", "Wad al Jalla", "2024-06-08", "day", 50, ["rsf"])]
