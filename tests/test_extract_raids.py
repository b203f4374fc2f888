"""Lessons from real reports of one raid on two villages told by a UN mission's statement (civilians "arbitrarily
executed", people kidnapped and women raped on the same days), each pinned by a text of our own: the raid's days,
its scene, the statement's later sentences that tell more of it, and what a capital's authorities, a protest and
a motive do not tell."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary


def test_a_statements_later_sentences_tell_more_of_the_raid():
    """A wire dateline ("KINSHASA, Mar 9 (XYZ-AGENCIES) -") dates nothing and places nothing; "Feb 27-28" are
    the raid's days; people "wounded and 14 others kidnapped" and women raped, told in the quoted statement
    after it, were taken and raped on those days at the raid's villages, by the same group; civilians
    "arbitrarily executed" in their villages were killed, not executed in custody."""
    text = (
        "KINSHASA, Mar 9 (XYZ-AGENCIES) - CODECO militiamen killed at least 48 civilians in eastern Democratic"
        " Republic of Congo on Feb 27-28, the UN mission in the country said in a statement. The killings took place"
        ' in Kivumbu and Batangi, two villages in Djugu territory, where the victims were "arbitrarily executed" with'
        ' machetes and bullets. "Five people were wounded and 14 others kidnapped. At least nine women were raped,"'
        " it said."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2023, 3, 9))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("abduction", "Kivumbu", "2023-02-27", "week", 14, ["codeco"]),
        ("killing", "Kivumbu", "2023-02-27", "week", 48, ["codeco"]),
        ("sexual_violence", "Kivumbu", "2023-02-27", "week", 9, ["codeco"]),
    ]
    assert claims == []


def test_a_capitals_authorities_a_protest_and_a_movements_name_tell_no_act():
    """ "The Kinshasa authorities said, on Monday" give a rival toll of the same raid, neither its scene nor its
    day; the youth "gathered on Monday to condemn the massacres" is a protest; "the Cooperative for the
    Development of Congo" is named; "on February 27 and 28" are the raid's days; "A preliminary United Nations
    investigation concluded" names the source."""
    text = (
        "A preliminary United Nations investigation concluded that the Cooperative for the Development of Congo"
        " executed at least 48 civilians on February 27 and 28 in two villages of Ituri province. The Kinshasa"
        " authorities said, on Monday, that about 60 people were killed in the attacks on the village of Kivumbu."
        " The youth of Bunia gathered on Monday to condemn the massacres."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2023, 3, 10))
    assert [incident_summary(i) for i in incidents] == [("killing", "Kivumbu", "2023-02-27", "week", 48, ["codeco"])]
    assert incidents[0].sources[0].attributed_to == "United Nations"
    assert claims == []


def test_a_campaign_named_as_the_frame_and_a_motive_tell_no_act_of_their_own():
    """ "as part of a campaign of murders, rapes and looting" frames the killings; "in retaliation for clashes"
    is why, not a battle; "also reported that at least nine women were raped" is more of the raid told."""
    text = (
        "UN investigators found that CODECO fighters killed 48 civilians in two villages - Kivumbu and Batangi - in"
        " Ituri province in late February. The UN says the victims were executed as part of a campaign of murders,"
        " rapes and looting against the two villages in retaliation for clashes between the militia and the army."
        " The UN office also reported that at least nine women were raped by members of the militia."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2023, 3, 9))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("killing", "Kivumbu", "2023-02-01", "month", 48, ["codeco"]),
        ("sexual_violence", "Kivumbu", "2023-02-01", "month", 9, ["codeco"]),
    ]


def test_the_days_of_a_range_told_day_first_and_a_movement_named_by_a_date():
    from marsad.extract.dates import range_end, range_start, resolve

    text = "reprisals perpetrated on 29 and 30 November"
    assert text[range_start(text, text.index("30")) :] == "29 and 30 November"
    text = "looting on November 29 and 30 in two villages"
    end = range_end(text, text.index("29 and") + len("29 and"))  # the parser's span "November 29 and"
    assert text[:end].endswith("November 29 and 30")
    assert resolve("on Feb 27-28", date(2023, 3, 9)).as_json() == {
        "start": "2023-02-27",
        "end": "2023-02-28",
        "precision": "week",
    }


def test_a_leader_killed_from_the_air_is_a_bombing_beside_the_executions_of_those_blamed():
    """ "The commander was killed on May 2, 2020 in a coalition air strike" is a bombing of its own day and port,
    not a killing; the four men shot for spying are an execution by the group."""
    text = (
        "Houthi rebels on Saturday executed four men in Sanaa whom they accused of spying for the coalition that"
        " killed their commander. The commander was killed on May 2, 2020 in a coalition air strike in the port city"
        " of Hodeidah."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2022, 3, 12))
    assert sorted((i.type, i.date.start) for i in incidents) == [
        ("bombing", "2020-05-02"),
        ("execution", "2022-03-12"),
    ]
