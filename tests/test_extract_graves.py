"""Lessons from real reports of one mass execution told from its first days to the digging up of its graves,
each pinned by a text of our own: a few days named as a range, the group's own boast, graves that hold an older
massacre's victims, bodies found, and an act dated by the sentence before it ("They were then ...")."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary, only_incident


def test_a_few_days_named_as_a_range_have_week_precision():
    from marsad.extract.dates import range_end, resolve

    published = date(2016, 9, 9)
    assert resolve("between August 22 and 25", published).as_json() == {
        "start": "2016-08-22",
        "end": "2016-08-25",
        "precision": "week",
    }
    assert resolve("from 22 to 25 August", published).precision == "week"
    assert resolve("from August 1 to 20", published).precision == "month"
    text = "killed between August 22 and 25 in Baiji"
    assert text[: range_end(text, len("killed between August 22"))] == "killed between August 22 and 25"
    text = "killed on August 22 and 25 people died"
    assert range_end(text, len("killed on August 22")) == len("killed on August 22")


def test_a_bare_lede_and_its_toll_over_a_few_days_are_one_act():
    """ "between 70 and 85 men were shot dead ... between August 22 and 25" is the toll of the mass execution the
    lede names, not a running figure; the day the photographs went online dates nothing."""
    text = (
        "Satellite pictures and videos show that Islamic State in Iraq and the Levant fighters carried out a mass"
        " execution near the Iraqi town of Baiji, the rights group Amnesty International said today. Amnesty said"
        " between 70 and 85 men were shot dead at a quarry outside Baiji between August 22 and 25. The group put"
        " about 40 photographs online on August 26."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2016, 9, 9))
    assert [incident_summary(i) for i in incidents] == [("execution", "Bayjī", "2016-08-22", "week", 70, ["isis"])]
    assert claims == []


def test_the_groups_boast_of_a_toll_is_neither_a_battle_nor_the_acts_day():
    """ "On August 27, the group claimed it had killed 300 soldiers" is its estimate of the act told, on the day
    of the boast; "the organisation Amnesty International announced" names the source."""
    text = (
        "Jihadists from the Islamic State in Iraq and al-Sham executed at least 70 men near Baiji, the organisation"
        " Amnesty International announced on Friday. On August 27, the group claimed it had killed 300 soldiers at"
        " the quarry. Amnesty believes the killings took place between 22 and 25 August."
    )
    incident = only_incident(text, date(2016, 9, 10))
    assert incident_summary(incident) == ("execution", "Bayjī", "2016-08-22", "week", 70, ["isis"])
    assert incident.sources[0].attributed_to == "Amnesty International"


def test_a_grave_dug_up_holds_the_victims_of_the_massacre_the_report_dates():
    """The day a grave is dug up dates nothing; "up to 80 men ... shot dead last year" lies within the toll of
    the execution dated later, and "we have found at least 12 bodies" are its remains: neither is a figure."""
    text = (
        "Forensic teams began digging up a mass grave outside Baiji on Tuesday. The grave is believed to hold up to"
        ' 80 men from a quarry near the town, shot dead by Islamic State fighters last year. "So far we have found'
        ' at least 12 bodies," a health official said. The United Nations said last month that 70 to 80 men were'
        " summarily executed on 24 August by the group."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2017, 5, 3))
    assert [incident_summary(i) for i in incidents] == [("execution", "Bayjī", "2016-08-24", "day", 70, ["isis"])]
    assert claims == []


def test_captives_then_executed_take_the_day_told_before():
    """ "They were then lined up ... and executed" happened in the month the sentence before names; remains
    exhumed "in what became known as the Baiji quarry massacre" last year are that massacre's toll."""
    text = (
        "Officials said they had exhumed the remains of 75 men believed to have been shot by jihadists near Baiji"
        " last year in what became known as the Baiji quarry massacre. In August 2016, Islamic State fighters seized"
        " dozens of young men at a checkpoint outside the town. They were then lined up at the quarry and executed"
        " one by one, as shown in footage the group released later."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2017, 6, 1))
    assert [incident_summary(i) for i in incidents] == [("execution", "Bayjī", "2016-08-01", "month", 75, ["isis"])]
    assert claims == []
