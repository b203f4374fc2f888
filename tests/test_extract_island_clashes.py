"""Lessons from real reports of the Abu Sayyaf's ten-hour battle with soldiers at Tipo-Tipo, Basilan, in April 2016:
"18 government troops and five militants ... died in a bloody clash" is a battle counting both sides; "five Abu
Sayyaf Group (ASG) fighters" and "five Abu Sayyaf members" are fighters; "the Armed Forces of the Philippines (AFP)
reported yesterday" names the source; a sitio or barangay narrows the town; "fled Baguindan where an encounter ..."
names the scene; an earlier year's "similar encounter" keeps to itself; "As the rest of the country commemorated ...,
a bloody skirmish erupted" tells the act; the sides of a firefight, the dead "reportedly beheaded" and "kidnap for
ransom operations" are no acts of their own; a militant named in apposition ("His companion, Malaysian jihadist ...")
killed by the military fell in a battle. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary, only_incident


def _row(incident):
    return (*incident_summary(incident), incident.sources[0].attributed_to)


def test_a_bloody_clash_counts_both_sides_and_the_sub_village_narrows_the_town():
    text = (
        "ZAMBOANGA CITY: The Armed Forces of the Philippines (AFP) here reported that at least 12 government troops "
        "and four militants of the Abu Sayyaf Group (ASG) died in a bloody clash on Saturday in Sumisip, Basilan. "
        "A similar encounter in Al Barka, Basilan, in 2011 left 19 government troops dead. An intense firefight "
        "ensued between 120 members of the ASG and soldiers from the 44th Infantry Battalion and 14 Cavalry troops. "
        "A spokesman said the soldiers were attacked around 7 a.m. in Sitio Kumalarang, Barangay Tumahubong."
    )
    incidents, claims = analyse_text(text, date(2016, 4, 10))
    assert sorted(_row(i)[:6] for i in incidents) == [
        ("armed_clash", "Al Barka", "2011-01-01", "year", 19, []),  # no group named for it
        ("armed_clash", "Kumalarang", "2016-04-09", "day", 16, ["abu-sayyaf"]),
    ]
    assert claims == []  # the fighters who took part are no figure
    assert _row(next(i for i in incidents if i.date.start == "2016-04-09"))[6] == "Armed Forces of the Philippines"


def test_the_village_where_an_encounter_left_soldiers_and_group_members_dead():
    text = (
        "The crisis committee of the town in Basilan has reported that at least a thousand families have fled "
        "Tumahubong where "
        "an encounter between government forces and the Abu Sayyaf on Saturday left 12 soldiers and four Abu Sayyaf "
        "members dead, and at least 40 soldiers injured."
    )
    assert incident_summary(only_incident(text, date(2016, 4, 11)))[:5] == (
        "armed_clash",
        "Tumahubong",
        "2016-04-09",
        "day",
        16,
    )


def test_a_skirmish_on_a_day_others_commemorated_and_fighters_named_with_their_acronym():
    text = (
        "As the rest of the country commemorated the Day of Valor on April 9, a bloody skirmish erupted in the small "
        "town of Sumisip in Basilan. At least 12 soldiers and four Abu Sayyaf Group (ASG) fighters were killed in a "
        "10-hour gun battle that day."
    )
    assert incident_summary(only_incident(text, date(2016, 4, 14))) == (
        "armed_clash",
        "Sumisip",
        "2016-04-09",
        "day",
        16,
        ["abu-sayyaf"],
    )


def test_the_dead_beheaded_and_a_ransom_trade_are_no_acts_of_their_own():
    text = (
        "Four Abu Sayyaf members were killed in renewed fighting on Sunday, the military said. Soldiers clashed with "
        "the bandits in Barangay Tumahubong in Sumisip town, Basilan. Troops were also deployed to go after the "
        "Abu Sayyaf involved in kidnap for ransom operations in the region. The bandits killed 12 soldiers during "
        "clashes last Saturday. Some were reportedly beheaded."
    )
    incidents, _ = analyse_text(text, date(2016, 4, 11))
    assert sorted((incident_summary(i)[:5] for i in incidents), key=lambda row: row[2]) == [
        ("armed_clash", "Tumahubong", "2016-04-09", "day", 12),  # no place of its own: the scene the report set
        ("armed_clash", "Tumahubong", "2016-04-10", "day", 4),
    ]


def test_a_militant_named_in_apposition_killed_by_the_military_fell_in_a_battle():
    text = "His companion, Indonesian jihadist Ahmad Salim alias Abu Hamza, was killed by the military last Dec. 15."
    assert incident_summary(only_incident(text, date(2016, 4, 10)))[:5] == (
        "armed_clash",
        None,
        "2015-12-15",
        "day",
        1,
    )
