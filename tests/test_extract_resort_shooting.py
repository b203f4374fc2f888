"""Lessons from real reports of the gun attacks on the Bardo National Museum in Tunis on 18 March 2015 and on a beach
hotel at Port El Kantaoui near Sousse on 26 June 2015 ("• IS bombing at Kuwait mosque" among a page's links, "The
killings ... happened at about the same time as a bombing at a Shi'ite mosque in Kuwait and an attack on a U.S.-owned
factory in France that included a beheading", "In all, at least 63 people were killed", "18/03/2015 Bardo National
Museum attack", "an additional victim died ten days later"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, country


def test_a_page_s_list_of_links_tells_no_act_and_names_no_doer():
    text = (
        "Gunman kills 14 at hotel beach in Hammamet\n\nFourteen people were killed yesterday when a gunman opened fire"
        " on a hotel beach in Hammamet, Tunisia.\n• Floods hit the capital\n• IS bombing at a market in Baghdad\n"
        "• Minister resigns over budget row\n“The assailant was killed,” a police spokesman said."
    )
    incidents, _ = analyse_text(text, date(2016, 7, 3))
    assert [(i.type, i.location["name"], i.date.start, [p.id for p in i.perpetrators]) for i in incidents] == [
        ("killing", "Hammamet", "2016-07-02", [])
    ]


def test_a_bulletin_s_items_and_an_infobox_s_fields_are_no_list_of_links():
    from marsad.extract.links import link_lists

    bulletin = "- Gunmen killed 5 in Gao\n- A bomb killed 3 in Mopti\n- Troops attacked near Kidal\n- Town retaken\n"
    infobox = "- Title: Museum attack\n- Location: Tunis, Tunisia\n- Date: 18 March 2015\n"
    links = "Story text.\n• Floods hit the capital\n• IS bombing at a market\n• Minister resigns over budget row\n"
    assert link_lists(bulletin) == [] and link_lists(infobox) == []
    assert len(link_lists(links)) == 1


def test_hostages_taken_in_a_museum_attack_are_its_killing_and_a_later_death_adds_one():
    text = (
        "On 4 May 2016, three gunmen attacked the national museum in Tunis and took hostages. Twelve people, mostly"
        " tourists, were killed at the scene, and an additional victim died a week later."
    )
    assert acts_and_figures(text, date(2016, 5, 20)) == ([("killing", "Tunis", "2016-05-04", "day", 13)], [])


def test_a_heading_s_numeric_day_dates_the_act_and_victims_beside_the_injured_are_its_dead():
    text = (
        "14/05/2016 Monastir museum attack\n\nThe museum in the city of Monastir was attacked by gunmen. Tourists were"
        " attacked outside and ran into the museum, where they were taken hostage. There were a total number of 12"
        " victims and around 30 injured."
    )
    assert acts_and_figures(text, date(2016, 5, 20)) == ([("killing", "Monastir", "2016-05-14", "day", 12)], [])


def test_acts_at_the_same_time_elsewhere_are_their_own_and_in_all_adds_them_up():
    text = (
        "Gunmen killed 20 people at a hotel in Mahdia, Tunisia, on Friday. The killings in Mahdia happened at about the"
        " same time as a bombing at a mosque in Kuwait and an attack on a factory in France that included a beheading."
        " In all, at least 40 people were killed."
    )
    incidents, claims = analyse_text(text, date(2015, 6, 27))
    assert sorted((i.type, country(i), i.date.start) for i in incidents) == [
        ("bombing", "KW", "2015-06-26"),
        ("execution", "FR", "2015-06-26"),
        ("killing", "TN", "2015-06-26"),
    ]
    assert [(c.type, c.count.low, c.count.qualifier) for c in claims] == [("killing", 40, "at_least")]


def test_a_mass_shooting_is_not_a_bombing_abroad_and_a_march_attack_is_dated_by_its_month():
    text = (
        "At least 15 people were killed Friday in a mass shooting at a beach resort in Tunisia. The carnage came on a"
        " day of bloodshed with a suicide bomber killing 9 people at a mosque in the Kuwaiti capital on Friday. The"
        " shooting came months after a March attack on a museum in Tunis killed 20 tourists."
    )
    acts, _ = acts_and_figures(text, date(2015, 6, 26), country)
    assert acts == [
        ("bombing", "Kuwait City", "2015-06-26", "day", 9, "KW"),
        ("killing", "Tunis", "2015-03-01", "month", 20, "TN"),
        ("killing", "Tunisia", "2015-06-26", "day", 15, "TN"),
    ]


def test_a_police_raid_that_kills_a_group_s_members_days_later_is_a_battle_of_that_day():
    text = (
        "On 3 April 2017, gunmen killed 8 villagers in Ben Gardane, Tunisia. A police raid killed seven members ten"
        " days later."
    )
    acts, _ = acts_and_figures(text, date(2017, 4, 20))
    assert acts == [
        ("armed_clash", "Ben Gardane", "2017-04-13", "day", 7),
        ("killing", "Ben Gardane", "2017-04-03", "day", 8),
    ]


def test_one_suicide_bomber_s_blast_in_a_year_is_one_act_and_all_attacks_retell_none():
    text = (
        "Tunisia has been hit before. In 2012, a suicide bomber killed 9 people when he detonated himself at a beach"
        " resort. Officials believe that all attacks were carried out by Islamist militants."
    )
    assert acts_and_figures(text, date(2015, 3, 19)) == ([("bombing", "Tunisia", "2012-01-01", "year", 9)], [])


def test_a_minister_s_title_is_not_his_name_and_a_drawn_rifle_holds_no_one():
    titled = (
        "Kenyan Interior Minister Joseph Otieno said 19 people were killed on Wednesday when gunmen attacked a hotel"
        " in Mombasa."
    )
    [incident], _ = analyse_text(titled, date(2016, 5, 6))
    assert incident.sources[0].attributed_to == "Joseph Otieno"
    rifle = (
        "A young man pulled out a Kalashnikov and opened fire on sunbathers at a beach hotel in Sousse, Tunisia, on"
        " Friday, killing 37 people."
    )
    assert acts_and_figures(rifle, date(2015, 6, 27)) == ([("killing", "Sousse", "2015-06-26", "day", 37)], [])


def test_the_same_day_s_act_told_again_after_an_earlier_one_is_not_a_second_act():
    text = (
        "Gunmen kill 19 in beach attack\n\nTwo gunmen opened fire Friday on a beach in Sousse, killing at least 19"
        " people. Tunisia was hit most recently in March when gunmen killed 22 people at the national museum.\n\nAt"
        " least 19 people were killed and dozens wounded in Friday's noon rampage."
    )
    acts, _ = acts_and_figures(text, date(2015, 6, 27))
    assert acts == [("killing", "Sousse", "2015-06-26", "day", 19), ("killing", "Tunisia", "2015-03-01", "month", 22)]
