"""Lessons from real reports of a jihadist massacre in a Burkinabe border village (a police post attacked first,
the gunmen back "two days later", bodies "recovered so far" beside a larger toll, rival estimates, the survivors'
flight to the regional capital, groups "linked to al-Qaeda and ISIL") and of militia attacks on camps for the
displaced in Ituri (a named camp "located in" a territory, graves found beside the attack, a series "since Jan. 9"),
each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.actors import actor_table, named_as_affiliate
from marsad.extract.context import small_place_names
from marsad.extract.quotes import find_attributions
from marsad.extract.victims import victim_counts


def test_every_group_of_a_pair_named_as_affiliates_is_one_and_a_link_drawn_by_officials_is_blame():
    text = "fighters linked to al-Qaeda and ISIL (ISIS) roam the area"
    assert [named_as_affiliate(text, m.start) for m in actor_table().find(text)] == [True, True, True]
    blamed = "attacked by assailants that security forces have linked to the Allied Democratic Forces (ADF)"
    assert [named_as_affiliate(blamed, m.start) for m in actor_table().find(blamed)] == [False, False]


def test_a_search_tally_gives_way_to_the_toll_and_two_days_later_counts_from_the_weekday_of_the_first_attack():
    text = (
        "Soldiers in Burkina Faso have recovered 41 bodies so far after an attack on the village of Wendou over the"
        " weekend, the government said on Tuesday. At least 60 people were killed in the attack, local sources said."
        " Gunmen first attacked a police post in Wendou, a department of Seno province, on Thursday evening, killing"
        " five officers, the army said on Friday. Armed men returned two days later and killed dozens of civilians."
        " Soldiers suspect the attackers left explosive devices behind. Some 1,500 people who fled have arrived in"
        " Dori. The region is home to fighters linked to al-Qaeda and the Islamic State."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2023, 3, 21))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("armed_clash", "Wendou", "2023-03-16", "day", 5, []),
        ("killing", "Wendou", "2023-03-18", "day", 60, []),
    ]
    assert claims == []


def test_villages_named_beside_a_department_or_province_and_a_province_the_gazetteer_lacks():
    assert small_place_names("killed in Wendou, a department of Seno province") == ["Wendou"]
    assert small_place_names("stormed a post at Boukouma, in the province of Seno, on Monday") == ["Boukouma"]
    assert small_place_names("villagers were killed during attacks across Wendou village") == ["Wendou"]
    assert small_place_names("an ambush in the western province of Kossi") == ["Kossi"]


def test_people_who_moved_away_are_no_victims_and_the_army_statement_is_the_source():
    assert victim_counts("Thousands of locals moved from the village to Dori after the massacre.") == []
    found = find_attributions("Gunmen attacked a post in Wendou, the army statement on Friday said.")
    assert [who for who, _, _ in found] == ["army"]


def test_a_second_act_in_one_sentence_rival_estimates_and_a_retold_toll_beside_a_battle():
    texts = [
        "Four soldiers were killed on Wednesday in an ambush in the province of Kossi in Burkina Faso and three"
        " herders were killed in another incident in the same province, the army said.",
        "No fewer than 55 villagers were killed during an attack across Gorgadji village in northern Burkina Faso, a"
        ' security source said on Monday. "At least 55 people had died," the source said. Other estimates said the'
        " death toll was 90. Armed men killed six soldiers in the same area last Thursday.",
    ]
    [(kossi, _), (gorgadji, gorgadji_claims)] = analyse_many_texts(texts, date(2023, 5, 15))
    assert sorted((i.type, i.victim_count.best) for i in kossi) == [("armed_clash", 4), ("killing", 3)]
    assert sorted(incident_summary(i) for i in gorgadji) == [
        ("armed_clash", "Gorgadji", "2023-05-11", "day", 6, []),
        ("killing", "Gorgadji", None, "unknown", 55, []),
    ]
    assert gorgadji_claims == []


def test_a_rebellion_that_has_killed_thousands_and_attacks_that_claimed_thousands_of_lives_are_figures():
    texts = [
        "Armed groups are waging a rebellion that has killed thousands across Burkina Faso and Niger.",
        "Attacks by the jihadists have since claimed thousands of lives in the Sahel.",
    ]
    results = analyse_many_texts(texts, date(2023, 5, 15))
    assert [[(c.type, c.count.low) for c in claims] for _, claims in results] == [[("killing", 2000)]] * 2


def test_a_named_camp_graves_found_beside_the_attack_and_a_series_of_attacks_since_a_day():
    text = (
        "At least eight people were killed in an attack on a displaced persons' camp in Congo's Ituri province, a"
        " civil society leader said on Friday. The attack on the Rhoe camp, located in the Bahema chiefdom in Djugu"
        ' territory, happened on Thursday night and was blamed on CODECO militiamen. "So far, eight people are'
        ' confirmed dead," he said. The majority of those targeted were women and children. Since Jan. 4, a series'
        " of attacks by CODECO has left at least 35 civilians dead in the territory, a monitor said. The attack came"
        " a day after peacekeepers discovered a mass grave containing the bodies of 14 civilians in the village of"
        " Ngazba. Peacekeepers also found another grave with the bodies of six men in the village of Ladedjo."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2023, 1, 27))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("execution", "Ladedjo", None, "unknown", 6, []),
        ("execution", "Ngazba", None, "unknown", 14, []),
        ("killing", "Rhoe", "2023-01-26", "day", 8, ["codeco"]),
    ]
    assert next(i for i in incidents if i.type == "killing").child_roles == ["victim"]
    assert [(c.type, c.count.low, c.count.qualifier) for c in claims] == [("killing", 35, "at_least")]


def test_two_villages_whose_massacres_are_a_benchmark_are_two_earlier_acts_with_no_toll_of_their_own():
    text = (
        "At least 40 civilians were killed in the village of Boungou in Burkina Faso on 5 June 2023. It was the worst"
        " attack in the insurgency in eastern Burkina Faso since the 2021 Kantchari and Diapaga massacres. Another"
        " estimate said the death toll was 65."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2024, 3, 1))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("killing", "Boungou", "2023-06-05", "day", 40, []),
        ("killing", "Diapaga", "2021-01-01", "year", None, []),
        ("killing", "Kantchari", "2021-01-01", "year", None, []),
    ]
    assert claims == []


def test_pictures_posted_two_days_later_date_nothing_and_men_shot_at_their_village_were_killed():
    texts = [
        "Militants executed 30 prisoners near Tal Afar in Iraq on May 6, a monitor said. Two days later, the group"
        " posted pictures showing the executed men.",
        "Early on Saturday, jihadists machine-gunned dozens of men who were digging a trench around their village of"
        " Kelbo in Burkina Faso, residents said. Some were executing the men who tried to flee.",
    ]
    [(pictures, _), (trench, _)] = analyse_many_texts(texts, date(2024, 9, 2))
    assert [incident_summary(i) for i in pictures] == [("execution", "Tal Afar", "2024-05-06", "day", 30, [])]
    assert [incident_summary(i) for i in trench] == [("killing", "Kelbo", "2024-08-31", "day", 24, [])]
