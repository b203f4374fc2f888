"""Lessons from real reports of the gunmen's attacks on buses of Coptic pilgrims near the monastery of St Samuel in
Minya, Egypt (26 May 2017 and 2 November 2018): "gathered on Saturday to bury" dates the burial, not the killing;
"death sentences to 17 people convicted in a series of fatal attacks" counts convicts, not victims; "The incident
occurred in Minya province" after a perfect-tense lede makes it one act, not a running figure; "attacks on Copts in
recent months claimed by Islamic State" blames no one for the act reported; "Reuters reports" names Reuters; people
attacked "south of Cairo" were not in Cairo; an unsourced lede's toll takes the source of the sentence that gives that
toll ("Health ministry spokesman ... said the death toll reached 26"), not that of a sentence about the gunmen. Texts
of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, doers, incident_summary, only_incident, source

_DAY = date(2019, 3, 1)


def test_a_burial_day_and_convicts_are_no_acts():
    text = (
        "Christians in Egypt gathered on Saturday to bury five people who were killed on Friday near a monastery in "
        "Minya province.\nJust last month, a military court handed down death sentences to 12 people convicted in a "
        "series of attacks on Christians since 2016.\n"
        "Gunmen on Friday attacked a bus carrying Christians to the monastery, killing five people, police said."
    )
    acts, figures = acts_and_figures(text, date(2019, 3, 3))
    assert (acts, figures) == ([("killing", "Minya", "2019-03-01", "day", 5)], [])


def test_the_incident_occurred_makes_one_act_and_a_habit_blames_no_one():
    text = (
        "At least 12 people have been killed and 20 wounded after gunmen opened fire on a bus carrying pilgrims in "
        "central Egypt, state media report.\nThe incident occurred in Minya province, as the bus headed to a monastery."
        "\nThere have been a number of attacks on Christians in recent months claimed by Islamic State (IS) militants."
    )
    incident = only_incident(text, _DAY)
    assert (incident_summary(incident)[4], doers(incident), source(incident)) == (12, (), "state media")


def test_reuters_reports_and_a_reference_city():
    text = (
        "Gunmen have reportedly attacked a group of pilgrims south of Cairo, killing 12 and injuring 20, Reuters "
        "reports.\nOfficials said the attack happened as the bus headed to a monastery in Minya province."
    )
    incident = only_incident(text, _DAY)
    assert (incident_summary(incident)[1], incident_summary(incident)[4], source(incident)) == ("Minya", 12, "Reuters")


def test_an_unsourced_ledes_toll_takes_the_tolls_ownsource():
    text = (
        "Gunmen have reportedly attacked a bus carrying pilgrims south of Cairo, killing 15 and injuring 20.\n"
        "Reports say gunmen opened fire on a bus headed to a monastery in Minya province.\n"
        "An interior ministry spokesman said the attack was carried out by masked gunmen who opened fire on the "
        "victims' bus.\nHealth ministry spokesman Ahmed Saleh said the death toll reached 15 but feared it could rise "
        "further."
    )
    assert source(only_incident(text, _DAY)) == "Ahmed Saleh"
