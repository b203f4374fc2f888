"""Lessons from real reports of the gunmen's siege of the Radisson Blu hotel in Bamako, Mali (20 November 2015):
"took 170 hostages and killed 20 of them" counts the 20; "held about 90 hostages at a hotel" sets a hotel siege;
"Two of them are said to have been killed" right after a sentence about the gunmen tells the attackers' end;
"At least 21 people, including two attackers, were killed" counts 19, and a headline's "21 dead" is that same
toll; "were reported dead yesterday" dates the act, and "yesterday after commandos stormed" is no earlier act;
peacekeepers who "saw 14 bodies" or soldiers who "found 14 dead" count the dead and, saying so, are a source;
"..., it is claimed" blames no one; "Reuters reported" names Reuters; a share's source ("three Italian citizens
were killed") is not the toll's; the toll's source counted as a figure is the act's ("a UN official told the
Associated Press that 12 bodies had been counted"); "Islamic State militants killed 30 people in Paris" in a report
on Mali is the group itself. Al-Mourabitoun is an actor of its own. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, doers, incident_summary, only_incident, source


def test_hostages_held_are_not_the_dead_and_the_attackers_end_is_no_toll():
    text = (
        "Gunmen took 120 hostages and killed 14 of them at a hotel in Niamey on 3 March 2019.\n"
        "Special forces ended the siege that night and freed the surviving hostages."
    )
    assert incident_summary(only_incident(text, date(2019, 3, 4)))[:5] == (
        "killing",
        "Niamey",
        "2019-03-03",
        "day",
        14,
    )
    text = (
        "Gunmen held about 90 hostages at a hotel in Niamey.\n"
        "An official said the gunmen, perhaps five in all, were no longer in control.\n"
        "Two of them are said to have been killed.\n"
        "The gunmen also killed at least four guests."
    )
    incident = only_incident(text, date(2019, 3, 4))
    assert incident_summary(incident)[4] == 4


def test_bodies_seen_count_the_dead_and_a_hedge_blames_no_one():
    text = (
        "At least 14 people are feared dead after gunmen stormed a hotel in Niamey.\n"
        "UN peacekeepers say they saw 14 bodies in the hotel.\n"
        "Nigerien forces moved floor by floor rescuing guests, it is claimed.\n"
        "Al-Mourabitoun said it carried out the attack."
    )
    incident = only_incident(text, date(2019, 3, 3))
    assert (incident_summary(incident)[4], doers(incident), source(incident)) == (
        14,
        ("al-mourabitoun",),
        "UN peacekeepers",
    )


def test_attackers_among_the_dead_are_taken_out_and_a_shares_source_is_not_the_tolls():
    text = (
        "16 dead in Niger hotel siege.\n"
        "At least 16 people, including two attackers, were killed after gunmen stormed a hotel in Niamey on Sunday "
        "morning.\nThe Italian Foreign Ministry confirmed that three Italian citizens were killed in the hotel.\n"
        "Embassy officials said their families had been told."
    )
    incident = only_incident(text, date(2019, 3, 4))
    assert (incident_summary(incident)[1:5], source(incident)) == (("Niamey", "2019-03-03", "day", 14), None)


def test_reported_dead_yesterday_dates_the_act_and_reuters_is_asource():
    text = (
        "At least 14 people were reported dead yesterday after commandos stormed a hotel seized by gunmen in Niamey "
        "to rescue 90 people, Reuters reported.\nSoldiers found 14 dead during the rescue."
    )
    incident = only_incident(text, date(2019, 3, 4))
    assert (incident_summary(incident)[2:5], source(incident)) == (("2019-03-03", "day", 14), "Reuters")


def test_an_act_abroad_keeps_the_group_itself_and_a_tolls_source_told_as_a_count():
    incidents, _ = analyse_text(
        "Gunmen killed 12 people at a hotel in Bamako on Friday.\n"
        "The raid came a week after Islamic State militants killed 30 people in Paris.",
        date(2015, 11, 21),
    )
    assert sorted((incident_summary(i)[1], incident_summary(i)[4], doers(i)) for i in incidents) == [
        ("Bamako", 12, ()),
        ("Paris", 30, ("isis",)),
    ]
    text = (
        "Gunmen stormed a hotel in Bamako early Friday, killing as many as 12 people and taking scores of hostages.\n"
        "Three gunmen were killed during the operation, a security official told reporters.\n"
        "But a UN official told the Associated Press that 12 bodies had been counted during an initial search, five "
        "in the basement and seven on the second floor."
    )
    incident = only_incident(text, date(2015, 11, 20))
    assert (incident_summary(incident)[4], source(incident)) == (12, "a UN official")
