"""Lessons from real reports of the Islamic State's and al-Qaeda's suicide bombings of police recruits and army posts
in Mukalla, Yemen, in 2016: suicide bombers who "attacked two army checkpoints" set off bombings; a city that was "a
former hub for al-Qaeda" or freed "after a year of al-Qaeda rule" names no doer; what the war "has allowed" groups to
do is no act; "The first attack ..." and "The second bombing ..." are two acts, and "The attack on the recruits"
after them goes back to the first; a month's toll told twice around another act is one act; a clause the parser
cut off at a comma; "deaths and injuries" make no figure. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary, only_incident


def test_suicide_bombers_who_attacked_army_posts_set_off_a_bombing():
    text = (
        "Suicide bombers on Monday attacked two army checkpoints in Mukalla, a former hub for al-Qaeda in southeastern "
        "Yemen, killing at least eight soldiers and wounding 12."
    )
    assert incident_summary(only_incident(text, date(2016, 7, 18))) == (
        "bombing",
        "Mukalla",
        "2016-07-18",
        "day",
        8,
        [],
    )


def test_a_year_of_a_group_s_rule_and_what_the_war_allowed_name_no_doer_and_no_act():
    text = (
        "A suicide bomber killed at least 20 police recruits in the port city of Mukalla on Sunday, medics said. The "
        "bomber struck a police centre in the city that troops recaptured last month after a year of al-Qaeda rule. "
        "The war has allowed extremist groups such as al-Qaeda and the Islamic State group to extend their reach and "
        "launch scores of attacks on security forces."
    )
    assert incident_summary(only_incident(text, date(2016, 5, 15))) == (
        "bombing",
        "Mukalla",
        "2016-05-15",
        "day",
        20,
        [],
    )


def test_the_first_and_the_second_bombing_of_a_day_are_two_acts():
    text = (
        "At least 30 people were killed in two bombings in the south of Yemen. Both Sunday, May 15 attacks, "
        "which the Islamic State has claimed, happened in the port city of Mukalla. The first attack "
        "targeted police recruits lining up outside a police centre. The blast killed at least 26. The "
        "second bombing targeted the convoy of the city's police chief. The attack killed 4 of his guards. "
        "The attack on the recruits, who were queueing at the police headquarters in the Rayyan camp in the "
        "north of the city, was the second suicide bombing in a week. Last year, Yemen had 5,100 civilian "
        "deaths and injuries from explosive weapons."
    )
    incidents, claims = analyse_text(text, date(2016, 5, 16))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("bombing", "Mukalla", "2016-05-15", "day", 4, ["isis"]),
        ("bombing", "Rayyan", "2016-05-15", "day", 26, ["isis"]),
    ]
    assert claims == []  # the two acts' toll together, and the dead and wounded of a year together: no figures


def test_a_month_s_toll_told_over_a_photo_and_again_later_is_one_act():
    text = (
        "Suicide bombers kill five soldiers in Yemen's Mukalla\n\n"
        "Last month, 36 Yemeni troops were killed by Islamic State militants in Mukalla [Getty]\n\n"
        "Suicide bombers on Monday attacked two army checkpoints in southeastern Yemen, killing at least five "
        "soldiers. One bomber drove his vehicle into a checkpoint in the west of Mukalla, the military said. "
        "Last month, IS claimed a wave of suicide bombings targeting Yemeni forces in Mukalla that killed at least "
        "36 people."
    )
    incidents, _ = analyse_text(text, date(2016, 7, 18))
    assert sorted(incident_summary(i)[:5] for i in incidents) == [
        ("bombing", "Mukalla", "2016-06-01", "month", 36),
        ("bombing", "Mukalla", "2016-07-18", "day", 5),
    ]


def test_a_clause_cut_off_at_a_comma_keeps_its_day_and_town():
    text = (
        "On Wednesday, in Aden, Yemen, a suicide bomber killed by varying reports from three to five policemen. No "
        "militant group claimed responsibility. Two days earlier at Mukalla, Yemen, as many as ten people were "
        "reported killed in two car explosions near two army check posts. A local al-Qaeda group claimed "
        "responsibility for that attack."
    )
    incidents, _ = analyse_text(text, date(2016, 7, 22))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("bombing", "Aden", "2016-07-20", "day", 3, []),
        ("bombing", "Mukalla", "2016-07-18", "day", 10, ["aqap"]),
    ]
