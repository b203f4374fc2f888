"""Lessons from real reports of the Islamic State's "Cubs of the Caliphate" videos (2015 to 2017), in which boys kill
captives. Boys "shooting prisoners" or "made to execute two captives" carry out an execution, whose perpetrators they
are (not also its recruits); executions staged as "a standard combat drill" or a "training video" are no training of
their own, so no recruitment beside them; "captured Syrian soldiers killed by children" are the victims, not the
doers; a video "which earlier this month showed" an act, or that "began to surface in January", dates nothing; "a
boy beheading a captive" kills one, the boy no victim; "blowing a chained prisoner's head off" kills; and "the 1982
massacre in Hama" a militant in the video refers to is an older act of its own, its toll told next ("Between 10,000
and 40,000 people are thought to have died"), not a running figure. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, child_roles, incident_summary, only_incident


def test_a_staged_combat_drill_is_the_execution_not_a_recruitment():
    text = (
        "A new Islamic State video shows boys executing prisoners in Raqqa, Syria. Armed boys known as the cubs can be "
        "seen checking each room in what appears to be a standard combat drill. The children shoot down handcuffed "
        "captives room by room."
    )
    incident = only_incident(text, date(2017, 3, 28))
    assert incident_summary(incident) == ("execution", "Raqqa", None, "unknown", None, ["isis"])
    assert child_roles(incident) == ["perpetrator"]
    video = (
        'The Islamic State released another "Cubs of the Caliphate" training video in which child soldiers are shown '
        "murdering helpless prisoners in Raqqa, Syria. The boys shoot the bound captives one by one."
    )
    incident = only_incident(video, date(2017, 1, 2))
    assert incident_summary(incident) == ("execution", "Raqqa", None, "unknown", None, ["isis"])
    assert child_roles(incident) == ["perpetrator"]


def test_boys_shooting_prisoners_and_soldiers_killed_by_children():
    shooting = (
        "A video released by the Islamic State shows four boys shooting prisoners in Syria. The boys are seen "
        "shooting dead four captured Kurdish fighters."
    )
    incident = only_incident(shooting, date(2016, 8, 25))
    assert incident_summary(incident) == ("execution", "Syria", None, "unknown", 4, ["isis"])
    assert child_roles(incident) == ["perpetrator"]
    soldiers = (
        "An Islamic State video released on Saturday shows 20 captured Syrian soldiers killed by children in the "
        "amphitheatre at Palmyra, Syria."
    )
    assert incident_summary(only_incident(soldiers, date(2015, 7, 6))) == (
        "execution",
        "Palmyra",
        None,
        "unknown",
        20,
        ["isis"],
    )


def test_a_video_that_showed_or_began_to_surface_dates_nothing():
    showed = (
        "An Islamic State video which earlier this month showed a boy beheading a captive near Homs, Syria, has been "
        "shared widely."
    )
    incident = only_incident(showed, date(2015, 7, 20))
    assert incident_summary(incident) == ("execution", "Homs", None, "unknown", 1, ["isis"])
    assert child_roles(incident) == ["perpetrator"]
    surfaced = (
        "A video showing Islamic State children executing prisoners in Syria began to surface in January. In it, a boy "
        "was made to execute two captives."
    )
    assert incident_summary(only_incident(surfaced, date(2015, 7, 20))) == (
        "execution",
        "Syria",
        None,
        "unknown",
        2,
        ["isis"],
    )


def test_a_head_blown_off_on_video():
    text = (
        "The Islamic State released a video showing a small child blowing a chained prisoner's head off in "
        "Deir ez-Zor, Syria."
    )
    incident = only_incident(text, date(2017, 1, 9))
    assert incident_summary(incident)[0] == "execution" and incident_summary(incident)[4:] == (1, ["isis"])
    assert child_roles(incident) == ["perpetrator"]


def test_an_old_massacre_a_militant_refers_to_keeps_its_own_toll():
    text = (
        "Children are shown leading six men to their deaths in a beheading video released by the Islamic State in "
        "Hama, Syria. The militant in the video refers to the 1982 massacre in Hama. Between 10,000 and 40,000 people "
        "are thought to have died in the 27-day siege."
    )
    incidents, claims = analyse_text(text, date(2015, 3, 25))
    assert claims == []
    found = sorted((i.type, i.date.start, i.victim_count.low, i.victim_count.high) for i in incidents)
    assert found == [("execution", None, 6, 6), ("killing", "1982-01-01", 10000, 40000)]


def test_an_earlier_video_told_in_a_sentence_of_its_own_is_an_act_of_its_own():
    text = (
        "A new Islamic State video shows boys executing six prisoners in Raqqa, Syria. In January, the group unveiled "
        "a video showing a toddler firing rounds into a Kurdish fighter."
    )
    incidents, _ = analyse_text(text, date(2017, 3, 28))
    found = sorted((i.type, i.victim_count.best, i.date.start, [p.id for p in i.perpetrators]) for i in incidents)
    assert found == [("execution", 1, None, ["isis"]), ("execution", 6, None, ["isis"])]
    shooting = (
        "Children are shown leading eight men to their deaths in a beheading video released by the Islamic State in "
        "Hama, Syria. Earlier this month, a video posted online by IS militants showed a boy fatally shooting an "
        "Israeli Arab accused of spying."
    )
    incidents, _ = analyse_text(shooting, date(2015, 3, 25))
    found = sorted((i.type, i.victim_count.best, i.date.start, i.child_roles) for i in incidents)
    assert found == [("execution", 1, None, ["perpetrator"]), ("execution", 8, None, ["perpetrator"])]
