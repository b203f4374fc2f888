"""Lessons from real reports of a village massacre told the week it happened (men shot after a "convert or die"
ultimatum, women and children carried off), each pinned by a text of our own: a ranking "so far", a source named
beside his role, strikes on a group's vehicles, a desk's dateline, where captives were driven, and men gathered
or taken off and shot."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.date_spans import dateline_day
from marsad.extract.victims import victim_counts


def test_the_deadliest_attack_so_far_ranks_one_act_and_since_seizing_opens_a_running_figure():
    text = (
        "Up to 60 villagers were reported killed by Islamic State militants in Jeddala, in Iraq's Sinjar district,"
        " in the deadliest attack on the area so far, Kurdish officials said. Since seizing the district earlier"
        " this month, the militants have killed hundreds of residents, the officials said."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2014, 8, 25))
    assert [incident_summary(i) for i in incidents] == [("killing", "Jeddala", None, "unknown", 60, ["isis"])]
    assert [(c.type, c.count.low) for c in claims] == [("killing", 200)]


def test_a_source_named_beside_his_role_is_not_a_victim():
    assert victim_counts('"They stormed the village," said Hassan Khidr, a resident who managed to flee.') == []
    assert victim_counts("Hoshyar Zebari, a senior official who said he had spoken to witnesses, said so.") == []
    assert victim_counts("Women were kidnapped, another Kurdish official source told Reuters.") == []
    [(mention, _)] = victim_counts("Gunmen killed Hassan Khidr, a resident of the village.")
    assert mention.count.best == 1


def test_strikes_on_a_groups_vehicles_are_no_act_and_fighters_killed_by_them_a_battle():
    texts = [
        "A US drone strike destroyed two Islamic State vehicles near Sinjar in Iraq on Friday, officials said.",
        "Air strikes on Islamic State positions near Mosul, Iraq, on Saturday afternoon killed some militants.",
    ]
    [(destroyed, _), (killed, _)] = analyse_many_texts(texts, date(2014, 8, 17))
    assert destroyed == []
    assert [i.type for i in killed] == ["armed_clash"]


def test_a_desk_dateline_is_the_day_yesterday_counts_from():
    assert dateline_day("Baghdad, Aug. 16: The gunmen had surrounded the village.", date(2014, 8, 17)) == date(
        2014, 8, 16
    )
    assert dateline_day("BAGHDAD, Aug 16 (Reuters) - Gunmen ...", date(2014, 8, 17)) == date(2014, 8, 16)
    assert dateline_day("Gunmen attacked a village on Aug. 16.", date(2014, 8, 17)) is None
    text = (
        "MOSUL, Aug. 9: Islamic State fighters executed at least 40 men in Tal Banat, a small, remote village west"
        " of Mosul in northern Iraq, yesterday. The fighters killed the men while capturing their wives and"
        " children, he said."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2015, 8, 10))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("abduction", "Tal Banat", "2015-08-08", "day", None, ["isis"]),
        ("execution", "Tal Banat", "2015-08-08", "day", 40, ["isis"]),
    ]


def test_where_captives_were_driven_is_no_scene_and_an_announcement_dates_nothing():
    text = (
        "Militants stormed the village of Bardiya in northern Iraq on Monday, killing 14 men and taking 30 women"
        " hostage, residents said. The captives were later driven to Tal Afar. The raid followed the governor's"
        " announcement last week that an aid mission had helped thousands of families escape the district."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2016, 3, 10))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("abduction", "Bardiya", "2016-03-07", "day", 30, []),
        ("killing", "Bardiya", "2016-03-07", "day", 14, []),
    ]
    assert claims == []


def test_men_gathered_or_dragged_out_and_shot_were_executed():
    texts = [
        "Fighters of the Islamic State gathered the men of Qiniya, a village in Iraq's Sinjar district, in the"
        " square on Friday and shot them dead, a survivor said. The women and children of Qiniya were carried off."
        " It is not known how many people have been kidnapped across the region.",
        "The massacre in Hardan, a village in northern Iraq first revealed by a Kurdish weekly last weekend, was"
        " carried out on Thursday, witnesses said. Islamic State gunmen dragged the villagers from their houses and"
        " opened fire on them, killing 25.",
    ]
    [(gathered, _), (dragged, _)] = analyse_many_texts(texts, date(2014, 9, 2))
    assert sorted(incident_summary(i) for i in gathered) == [
        ("abduction", "Qiniya", "2014-08-29", "day", None, ["isis"]),
        ("execution", "Qiniya", "2014-08-29", "day", None, ["isis"]),
    ]
    assert [incident_summary(i) for i in dragged] == [("execution", "Hardan", "2014-08-28", "day", 25, ["isis"])]
