"""Lessons from real reports of killings in and around Yei, South Sudan (2016 to 2021): "Yei" in a report on "SPLA
soldiers" is South Sudan's town, not another country's city that shares the name; "Mugwo Payam" is Mugwo; soldiers
killed in an attack make their army a party to the clash, and "Government soldiers" there are South Sudan's; "South
Sudanese pro-government forces" and "Government troops" are South Sudan's army; a headline that tells a UN figure is
that figure, not an act; "Four soldiers in custody for killing two civilians" counts the two, not the soldiers, and
holds no captives; "40-year-old X and 39-year-old Y" are two; "two other fishermen were also killed last week" is an
act apart; "The U.N" speaks, and "a survivor and a relative of one of the victims" is a source; "within a week of an
earlier killing of 10 civilians" is an earlier act of its own; the examples a UN report gives ("In other instances,
civilians were rounded up in huts", "cases included ... sexual violence") are no acts. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, country, doers, incident_summary, only_incident, source


def test_yei_is_south_sudans_where_its_army_is_named():
    text = (
        "At least six SPLA soldiers were shot dead in an attack by unknown gunmen in Lomuku Payam in Yei on Sunday, "
        "the state information minister said. The attackers managed to kill six Government soldiers."
    )
    incident = only_incident(text, date(2016, 8, 1))
    assert incident_summary(incident) == (
        "armed_clash",
        "Lomuku",
        "2016-07-31",
        "day",
        6,
        ["south-sudan-military"],
    )
    assert country(incident) == "SS"


def test_pro_government_forces_and_a_headline_of_a_un_figure():
    text = (
        "UN says South Sudan's forces killed 114 civilians in Yei town\nThe UN human rights office said on Friday that "
        "South Sudan's pro-government forces killed 114 civilians in and around Yei town between July 2016 and "
        "January 2017."
    )
    incidents, claims = analyse_text(text, date(2017, 5, 20))
    assert incidents == []
    assert [(c.count.best, [p.id for p in c.perpetrators]) for c in claims] == [(114, ["south-sudan-military"])]
    _, claims = analyse_text(
        "South Sudanese pro-government forces killed at least 90 civilians in and around Morobo between July 2016 and "
        "January 2017, the UN human rights office said.",
        date(2017, 5, 19),
    )
    assert [[p.id for p in c.perpetrators] for c in claims] == [["south-sudan-military"]]


def test_soldiers_held_for_a_killing_are_not_its_victims():
    text = "Three soldiers in custody for killing two traders in Yei, South Sudan, have been charged, police said."
    incident = only_incident(text, date(2021, 3, 5))
    assert (incident.type, incident.victim_count.best, source(incident)) == ("killing", 2, "police")


def test_two_named_by_age_and_two_others_last_week():
    text = (
        "The officers allegedly killed 35-year-old Juma Lado and 30-year-old Ali Lado in Yei, South Sudan, last month, "
        "police said. Two other traders were also killed last week by armed men in Yei, police added."
    )
    incidents, _ = analyse_text(text, date(2021, 3, 5))
    assert sorted((i.date.start, i.date.precision, i.victim_count.best) for i in incidents) == [
        ("2021-02-01", "month", 2),
        ("2021-02-22", "week", 2),
    ]


def test_government_troops_and_an_earlier_killing_within_a_week():
    text = (
        "Government troops killed at least nine villagers near Yei, South Sudan, within a week of an earlier killing "
        "of 8 civilians in the same state, according to a survivor and a relative of one of the victims."
    )
    incidents, _ = analyse_text(text, date(2016, 11, 15))
    assert sorted((i.victim_count.best, doers(i)) for i in incidents) == [(8, ()), (9, ("south-sudan-military",))]
    assert {source(i) for i in incidents} == {"a survivor and a relative of one of the victims"}


def test_the_un_speaks_by_its_initials():
    text = "South Sudan\nThe U.N on Friday says South Sudanese pro-government forces killed at least 114 civilians in "
    text += "and around Yei town between July 2016 and January 2017."
    _, claims = analyse_text(text, date(2017, 5, 19))
    assert [c.as_json()["attributed_to"] for c in claims] == ["U.N"]


def test_the_examples_a_un_report_gives_are_no_acts():
    text = (
        "The UN said on Friday that South Sudanese pro-government forces killed at least 40 civilians around Morobo "
        "between July 2016 and January 2017. “The report documents the killing on 3rd of November of a 40-year-old "
        "teacher who was shot dead by soldiers. In other instances, civilians were rounded up in huts, shot, and the "
        "huts were set on fire,” a UN official said. According to the UN cases included attacks on funerals and cases "
        "of sexual violence perpetrated against women and girls."
    )
    incidents, claims = analyse_text(text, date(2017, 5, 19))
    assert [(i.type, i.date.start, i.victim_count.best) for i in incidents] == [("killing", "2016-11-03", 1)]
    assert [c.count.low for c in claims] == [40]
