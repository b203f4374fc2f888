"""Lessons from real reports of raids on Fulani and Dogon villages in central Mali (Koumaga 2018, Koulogon 2019, Yoro
and Gangafani 2019, the Bankass and Sangha villages 2020): Dozo hunters are an actor; "At least four other people
were killed in June and another dozen in April" tells two acts, each with its month; "17 died in Gangafani 2" counts
17 (a village's number is no year); attackers who "returned ... on Sunday night, launching a fresh assault that
claimed the lives of four more people" did an act of that night; a page's "(last modified Mon, 25 Jun 2018 ...)"
dates nothing; "officials said Sunday that ... were suspected of ambushing the village of X a day earlier" sets the
scene a day before Sunday; "attacked the village (of Gouari)" names the village; "The attack on Koulogon village near
Bankass in the Mopti region" retells the act at Koulogon; "The UN recorded more than 500 civilian deaths" is the
UN's figure; "The victims of Tuesday's raids" dates the raids. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, day_count_rows, incident_summary, only_incident, source


def test_dozo_hunters_are_an_actor():
    text = (
        "Armed Dozo hunters raided the village of Sabere in central Mali on Saturday, killing 14 herders, a local "
        "official said."
    )
    incident = only_incident(text, date(2018, 7, 2))
    assert incident_summary(incident) == ("killing", "Sabere", "2018-06-30", "day", 14, ["dozo"])


def test_two_counts_each_with_its_month_are_two_acts():
    text = (
        "Gunmen killed five farmers near Bandiagara on Monday, a mayor said. At least three other people were killed "
        "in May and another dozen in March in similar attacks in the area."
    )
    acts, _ = day_count_rows(text, date(2020, 8, 5))
    assert acts == [("killing", "2020-03-01", 12), ("killing", "2020-05-01", 3), ("killing", "2020-08-03", 5)]


def test_a_villages_number_is_no_year():
    incident = only_incident(
        "At least 17 died in Gangafani 2 in central Mali on Monday, a local mayor said.", date(2019, 6, 19)
    )
    assert (incident.victim_count.best, incident.date.start) == (17, "2019-06-17")


def test_a_day_earlier_than_officials_spoke_and_a_fresh_assault_that_night():
    text = (
        "Militiamen killed 20 villagers in central Mali, officials said.\nOfficials said Sunday that the gunmen were "
        "suspected of ambushing the village of Sabere a day earlier.\nHe said the gunmen had returned to the village "
        "on Sunday night, launching a fresh assault that claimed the lives of three more people."
    )
    incidents, _ = analyse_text(text, date(2018, 7, 9))
    assert sorted(incident_summary(i)[:5] for i in incidents) == [
        ("killing", "Sabere", "2018-07-07", "day", 20),
        ("killing", "Sabere", "2018-07-08", "day", 3),
    ]


def test_a_page_stamp_dates_nothing_and_a_village_named_in_brackets():
    text = (
        "Nine villagers killed in central Mali\n(last modified Fri, 03 Jul 2020 10:12:40 GMT )\nGunmen killed nine "
        "villagers in central Mali, officials said. “The armed men attacked the village (of Sabere) and fired at "
        "people,” one official said."
    )
    incident = only_incident(text, date(2020, 7, 3))
    assert incident_summary(incident) == ("killing", "Sabere", None, "unknown", 9, [])


def test_the_attack_on_a_village_near_a_town_and_the_uns_figure():
    text = (
        "Thirty people were killed when gunmen attacked a village in central Mali on Tuesday, the government said.\n"
        "The attack on Koulogon village near Bankass in the Mopti region was carried out by armed men.\nThe UN "
        "recorded more than 400 civilian deaths in the area in 2018."
    )
    incidents, claims = analyse_text(text, date(2019, 1, 3))
    assert [incident_summary(i)[:3] for i in incidents] == [("killing", "Koulogon", "2019-01-01")]
    assert [(c.count.best, c.count.qualifier, c.sources[0].attributed_to) for c in claims] == [(400, "more_than", "UN")]


def test_the_victims_of_tuesdays_raids():
    text = (
        "Gunmen killed six people in attacks on two villages in central Mali, a mayor said on Wednesday.\nThe victims "
        "of Tuesday’s raids were farmers working in their fields."
    )
    incident = only_incident(text, date(2020, 7, 16))
    assert (incident.date.start, source(incident)) == ("2020-07-14", "a mayor")
