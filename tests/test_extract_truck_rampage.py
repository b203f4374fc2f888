"""Lessons from real reports of the lorry driven into the Bastille Day crowd in Nice on 14 July 2016: a holiday the
parser tags as an event or not at all dates the act ("celebrating Bastille Day", "the Bastille Day holiday"),
"leaving at least 84 people – including ten children – dead" and "84 people are dead" count the dead, a driver who
"had separated from his wife" held no one, the police's gunfight that ended the rampage is no battle, "the French city
of Nice" is in France whatever the driver's nationality, and the day a photograph was taken, a wounded victim died or
investigators worked dates nothing. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import incident_summary, only_incident

from marsad.extract.dates import resolve
from marsad.extract.places import demonym_countries
from marsad.extract.quotes import find_attributions
from marsad.extract.semantic import lexicon_types


def test_a_van_driven_into_a_holiday_crowd_is_a_killing_on_the_holiday():
    text = (
        "Police were last night trying to trace the owner of a van that a man drove into crowds celebrating Bastille"
        " Day in the French city of Lyon, leaving at least 12 people \u2013 including three children \u2013 dead. The"
        " driver, a 29-year-old man, had separated from his wife last year. He ran down dozens of people on the quay"
        " before engaging in a gunfight with officers, who shot him dead."
    )
    incident = only_incident(text, date(2017, 7, 16))
    assert incident_summary(incident) == ("killing", "Lyon", "2017-07-14", "day", 12, [])
    assert incident.as_json()["children"]["roles"] == ["victim"]


def test_a_photo_day_and_a_later_death_date_nothing_and_a_claim_names_the_group():
    text = (
        "A photo taken on October 20, 2017 in Lyon shows a memorial to the victims of the July 14 attack in which a"
        " van ploughed into crowds, killing 12 people. The Islamic State group said the driver of the van was one of"
        " its fighters. A woman who was badly injured in the attack died on 2 August."
    )
    incident = only_incident(text, date(2017, 10, 20))
    assert incident_summary(incident) == ("killing", "Lyon", "2017-07-14", "day", 12, ["isis"])


def test_the_dead_counted_in_a_quote_make_a_killing():
    assert lexicon_types("\u201cAs I speak 84 people are dead, and around 50 are critical,\u201d he said.") == [
        "killing"
    ]
    assert "killing" in lexicon_types(
        "He drove into the crowd, leaving at least 84 people \u2013 mostly tourists \u2013 dead."
    )


def test_holidays_are_days_but_a_holiday_season_is_not():
    assert resolve("the Bastille Day holiday", date(2016, 8, 19)).start == "2016-07-14"
    assert resolve("Bastille Day", date(2016, 7, 15)).start == "2016-07-14"
    assert resolve("Valentine's Day 2020", date(2021, 3, 1)).start == "2020-02-14"


def test_a_country_named_with_its_city_but_not_by_an_attackers_nationality():
    assert demonym_countries("a lorry ploughed into crowds in the French city of Nice") == {"FR"}
    assert demonym_countries("The driver was a 31-year-old Tunisian man.") == frozenset()
    assert demonym_countries("The driver has been confirmed as Tunisian Mohamed Ali, 31.") == frozenset()
    assert demonym_countries("Tunisian soldiers patrolled the border town.") == {"TN"}
    assert demonym_countries("French troops patrolled Gao.") == frozenset()


def test_a_head_of_state_is_named_without_title():
    text = "At least 10 children are among the dead, French President Francois Hollande said."
    assert [who for who, _, _ in find_attributions(text)] == ["Francois Hollande"]
