"""Lessons from real reports of the Myanmar military's Christmas Eve massacre near Mo So, Hpruso Township, Kayah State,
in December 2021: "two of its staff were killed in a ... massacre ... that left the charred remains of dozens" counts
the massacre's dead, not the staff; "the two men were 'among at least 35 people ... who were killed'" is that act's
toll, not a running figure; "confirmed on Tuesday (Dec 28)" is the day a source spoke; "according to a local
monitoring group" names a source and "a crackdown by security forces" in Myanmar names its military; "YANGON •" is a
desk; villagers "rounded up ..., and fatally shot" were executed; staff who "went missing" were not abducted; the group
cited "According to the anti-regime ..." did not do the act. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, child_roles, incident_summary, only_incident


def test_staff_among_the_dead_are_a_share_of_the_massacres_toll():
    text = (
        "A relief agency said two of its staff were killed in a Christmas Eve massacre blamed on junta troops that "
        "left the charred remains of dozens of people on a road in eastern Myanmar.\n"
        "Resistance fighters said they found more than 40 burnt bodies, including women and children, on a road in "
        "Kayah State.\n"
        "Myanmar has been in turmoil since the coup in February, with more than 1,300 people killed in a crackdown by "
        "security forces, according to a local monitoring group."
    )
    incidents, claims = analyse_text(text, date(2021, 12, 27))
    [incident] = incidents
    assert incident_summary(incident) == ("killing", "Kayah State", "2021-12-24", "day", 40, ["myanmar-military"])
    assert child_roles(incident) == ["victim"]
    [claim] = claims
    found = claim.as_json()
    assert (found["count"]["low"], found["attributed_to"]) == (1300, "a local monitoring group")
    assert [p["id"] for p in found["perpetrators"]] == ["myanmar-military"]


def test_the_share_told_among_a_larger_toll_after_a_figure():
    text = (
        "A relief agency confirmed on Tuesday (Dec 28) that two of its staff were killed by junta troops on a road in "
        "Kayah State on Christmas Eve.\n"
        "Myanmar has been in turmoil since the coup, with more than 1,300 people killed by security forces, according "
        "to a local monitoring group.\n"
        'On Tuesday, the agency said in a statement that the two men were "among at least 37 people, including women '
        'and children, who were killed".'
    )
    incidents, claims = analyse_text(text, date(2021, 12, 28))
    [incident] = incidents
    assert incident_summary(incident) == ("killing", "Kayah State", "2021-12-24", "day", 37, ["myanmar-military"])
    assert [c.as_json()["count"]["low"] for c in claims] == [1300]


def test_villagers_rounded_up_and_shot_under_a_desk_with_a_bullet():
    text = (
        "YANGON • Two employees of an aid group are missing in Myanmar after government troops shot dead dozens of "
        "people on Friday.\n"
        "Myanmar government troops rounded up villagers, some believed to be women and children, and fatally shot "
        "more than 30 and burned the bodies, according to a witness and other reports.\n"
        "Opposition groups blamed the military for the carnage near Lo Pa village in Hpruso township."
    )
    incident = only_incident(text, date(2021, 12, 26))
    assert incident_summary(incident) == ("execution", "Lo Pa", "2021-12-24", "day", 30, ["myanmar-military"])
    assert child_roles(incident) == ["victim"]
    assert incident.sources[0].attributed_to == "a witness and other reports"


def test_staff_who_went_missing_are_not_abducted_and_a_cited_group_is_no_doer():
    text = (
        "An aid group said two staff went missing in an attack that left at least 30 people dead near Lo Pa village "
        "in Hpruso town, Myanmar, last Friday.\n"
        "According to the anti-regime Karenni Nationalities Defence Force (KNDF), the bodies were found on burned "
        "vehicles on Saturday, a day after fighting nearby.\n"
        "About 100 soldiers were advancing towards Hpruso from Demoso on Friday when the fighting began, the KNDF "
        "said.\n"
        "During the military offensive, the army troops beat villagers and ransacked their homes, the KNDF said."
    )
    incidents, _ = analyse_text(text, date(2021, 12, 27))
    summaries = sorted(incident_summary(i) for i in incidents)
    assert summaries == [
        ("abuse", "Lo Pa", "2021-12-24", "day", None, ["myanmar-military"]),
        ("killing", "Lo Pa", "2021-12-24", "day", 30, []),
    ]


def test_a_clash_told_as_the_day_before_a_find_is_dated_that_day():
    text = (
        "According to the Karenni Nationalities Defence Force (KNDF), the bodies of 12 fighters were found near Lo Pa "
        "village in Myanmar on Saturday, a day after a clash in the area between the military and a joint force of "
        "the KNDF and the Karenni Army."
    )
    incident = only_incident(text, date(2021, 12, 28))
    assert incident_summary(incident) == (
        "armed_clash",
        "Lo Pa",
        "2021-12-24",
        "day",
        12,
        ["myanmar-military", "kndf", "karenni-army"],
    )
