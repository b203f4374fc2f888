"""Lessons from real reports of gunmen's Christmas Eve raids on villages of two local government areas of one
Nigerian state ("attacked 15 villages in Bokkos and Barkin-Ladi", then each area's toll told apart, "It was a black
Christmas day for", "During a meeting with ... on Wednesday", "DAILY POST reported the ... attacks"), each pinned by
a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.dates import resolve
from marsad.extract.quotes import find_attributions
from marsad.extract.victims import victim_counts


def test_raids_announced_in_two_areas_then_counted_apart_are_an_act_per_area():
    text = (
        "Gunmen raid 11 villages in Wase and Kanam, kill 64 - police\n"
        "Gunmen attacked 11 villages in Wase and Kanam local government areas of Plateau State on Sunday night and"
        " killed 64 people, the police said on Tuesday.\n"
        '"Our assessment in Wase showed that eight villages were attacked and 41 persons were killed," the'
        " spokesman, ASP Musa Danladi, stated.\n"
        '"Three villages were attacked in Kanam where 23 persons lost their lives.\n'
        "He listed the villages attacked in Wase as Gidan Dogo, Kadarko and Mavo."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 1, 9))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("killing", "Kanam", "2024-01-07", "day", 23, []),
        ("killing", "Wase", "2024-01-07", "day", 41, []),
    ]  # the combined 64 is neither's toll, and "- police" in the headline names who says so, not the dead


def test_one_sentence_telling_each_area_s_dead_makes_two_acts_on_new_year_s_eve():
    text = (
        "Bandits on New Year's Eve attacked several villages in the Riyom and Bassa local government areas of"
        " Plateau State, killing 19 people.\n"
        "Residents said that while 12 people were shot dead in a night attack on farming settlements in Riyom LGA,"
        " seven people died in Bassa LGA.\n"
        "Among the seven people killed in Bassa LGA were a catechist and his two sons."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 1, 2))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("killing", "Bassa", "2023-12-31", "day", 7, []),
        ("killing", "Riyom", "2023-12-31", "day", 12, []),
    ]


def test_holiday_eves_and_a_day_named_for_what_it_was():
    assert resolve("on New Year's Eve", date(2024, 1, 2)).start == "2023-12-31"
    text = (
        "It was a grim Christmas Eve for farming families in southern Kaduna as gunmen killed 23 people in a night"
        " raid on Christmas Eve.\n"
        "Recall that nine people were killed in the Mazaki community of Kauru local government area last Saturday"
        " by gunmen."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 12, 27))
    assert sorted(incident_summary(i)[:4] for i in incidents) == [
        ("killing", "Kaduna State", "2024-12-24", "day"),
        ("killing", "Mazaki", "2024-12-21", "day"),
    ]  # the earlier raid's village is not the Christmas Eve raid's


def test_a_meeting_s_day_dates_no_act_and_each_area_keeps_its_speaker():
    text = (
        "Katsina attack: death toll climbs\n"
        "The death toll in the raid on Dutsin-Ma and Safana has risen to 88.\n"
        "During a meeting with the deputy governor on Wednesday, Bello Kankara, chairman of Dutsin-Ma local"
        " government, said that 61 Dutsin-Ma villagers had been killed in the attacks.\n"
        "At least 27 people were also reported dead in several villages in the Safana area, according to Sani"
        " Ruma, a member of the state assembly."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 5, 3))
    assert sorted(incident_summary(i) + (i.sources[0].attributed_to,) for i in incidents) == [
        ("killing", "Dutsin-Ma", None, "unknown", 61, [], "Bello Kankara"),
        ("killing", "Safana", None, "unknown", 27, [], "Sani Ruma"),
    ]


def test_sources_named_after_their_office_and_not_the_outlet_recalling_its_own_story():
    text = (
        "The Zamfara State Governor, Dauda Lawal, has disclosed that the toll has risen to 58. ZAMFARA TIMES"
        " reported the attack by gunmen on the village. Mr Lawal said more bodies were found."
    )
    assert [a[0] for a in find_attributions(text, "Zamfara Times")] == ["Dauda Lawal", "Dauda Lawal"]
    assert "ZAMFARA TIMES" in [a[0] for a in find_attributions(text, "Daily Trust")]


def test_deaths_recorded_of_one_attack_are_its_toll_and_people_affected_are_not_dead():
    text = (
        "Gunmen killed 58 people in an attack on Dangulbi village in Maru local government area on Monday.\n"
        "The Red Cross said 61 deaths were recorded with 4,210 persons affected."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2024, 3, 15))
    assert claims == []
    assert [(i.location["name"], i.location["country"]) for i in incidents] == [("Dangulbi", "NG")]
    assert [c[0].count.best for c in victim_counts("with 4,210 persons affected")] == []
