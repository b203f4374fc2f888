"""Lessons from real reports of the Islamic State's executions of the Shaitat tribe in Deir ez-Zor in August 2014:
a spree "in several villages" (or "in the X, Y and Z villages") retells the figure told before it, not one act; "about
300 men were executed in one day" is one act; "brings the number ... killed ... to more than 900" is a running
figure, and the grave's toll retold after it stays the grave's; "On August 5, the Observatory said" dates the
telling; "detained three members of the tribe" is a taking; graves of "a massacre there in August" whose dead
"were executed" are an execution of that month. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text


def test_a_spree_in_several_villages_retells_the_figure_and_a_days_executions_are_one_act():
    text = (
        "The jihadists have executed 450 members of a clan they have been fighting in eastern Syria over the past ten"
        " days, a monitoring group said. The killing spree took place in several villages of the clan in Deir Ezzor"
        " province, the monitor said on Sunday. The men were killed in the Jadid, Bir Hasan and Suwayda villages of"
        " the province, according to the group. According to a British newspaper, about 150 men from the clan were"
        " executed in one day."
    )
    acts, figures = acts_and_figures(text, date(2015, 3, 2))
    assert [a[0] for a in acts] == ["execution"] and acts[0][4] == 150
    assert figures == [("execution", 450, "exact")]


def test_a_grave_told_again_after_the_figure_it_raises_stays_the_grave():
    text = (
        "The bodies of 140 people killed by ISIL were found in a mass grave in Syria's Deir Ezzor province, a"
        " monitoring group said on Tuesday. The find raises the number of members of the clan killed during the"
        " group's spring offensive in the province to more than 600, the Syrian Observatory for Human Rights said."
        ' "More than 140 bodies have been found in a pit in the desert near al-Jurdiyeh in the east of Deir Ezzor,"'
        " the group said."
    )
    acts, figures = acts_and_figures(text, date(2015, 6, 3))
    assert acts == [("execution", "al-Jurdiyeh", None, "unknown", 140)]
    assert figures == [("killing", 600, "more_than")]


def test_the_day_a_monitor_spoke_dates_nothing_and_a_detention_by_the_group_is_a_taking():
    text = (
        "Islamic State fighters have killed more than 450 members of a clan in eastern Syria in ten days, the Syrian"
        " Observatory for Human Rights said. The fighting began after IS detained four members of the clan, the"
        " monitor said. On March 3, the Observatory said IS beheaded two clansmen and hung their bodies in a square."
    )
    acts, figures = acts_and_figures(text, date(2015, 3, 9))
    assert sorted((a[0], a[2], a[4]) for a in acts) == [("abduction", None, 4), ("execution", None, 2)]
    assert figures == [("killing", 450, "more_than")]


def test_graves_of_a_massacre_whose_dead_were_executed_are_an_execution_of_its_month():
    text = (
        "The remains of more than 90 people believed to have been killed by Islamic State have been found in a mass"
        " grave in Deir Ezzor province, activists say. Last month, the UN said it had received reports of a massacre"
        " there in April. The discovery brings the number of members of the clan killed during the group's advance to"
        " more than 400, the monitor said. It said that most were civilians and that many of them were executed in"
        " cold blood."
    )
    incidents, _ = analyse_text(text, date(2015, 6, 20))
    [grave] = [i.as_json() for i in incidents]
    assert (grave["type"], grave["date"]["start"], grave["date"]["precision"]) == ("execution", "2015-04-01", "month")
