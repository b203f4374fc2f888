"""Lessons from real reports of Jaish-e-Mohammed's suicide car bombing of a paramilitary convoy at Lethpora near
Pulwama in Kashmir on 14 February 2019, told eight ways ("rammed an explosives-laden vehicle", "an SUV stuffed with
explosives", "the Pakistan-based, Pakistan-backed JeM", "the toll ... rose to 45", "the Uri Army camp on September
18, 2016", "a convoy of 78 CRPF buses with over 2,500 personnel", "New Delhi/Srinagar:"), each pinned by a text of
our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, country


def _acts(text, published):
    return acts_and_figures(text, published, country)[0]


def test_a_vehicle_laden_with_explosives_is_a_bombing_and_the_country_that_backs_a_group_is_no_scene():
    text = (
        "At least 22 police officers were killed in Anantnag district on Monday when a militant rammed an"
        ' explosives-laden vehicle into their bus, officials said. The home minister blamed the "Pakistan-based,'
        ' Pakistan-backed" JeM for the attack.'
    )
    assert _acts(text, date(2020, 3, 10)) == [("bombing", "Anantnag", "2020-03-09", "day", 22, "IN")]


def test_a_forces_toll_told_before_the_bombing_is_its_toll_and_an_older_camp_attack_keeps_its_own_day():
    text = (
        "The toll from Thursday's attack in Kulgam on an army convoy rose to 18 as two more soldiers died, officials"
        " said on Friday. It is the worst attack since the one on the Uri Army camp on September 18, 2016 left 19"
        " soldiers dead. The attack took place on Thursday when a suicide bomber rammed an explosive-laden car into a"
        " truck in Kulgam, taking the toll to 18."
    )
    assert _acts(text, date(2020, 3, 13)) == [
        ("armed_clash", "Uri", "2016-09-18", "day", 19, "IN"),
        ("bombing", "Kulgam", "2020-03-12", "day", 18, "IN"),
    ]


def test_soldiers_aboard_a_convoy_are_no_toll_and_a_video_of_a_bombing_is_no_act():
    text = (
        "A suicide bomber ripped into a convoy of army trucks, killing 9 jawans\nNew Delhi/Srinagar: A day after 9"
        " soldiers were killed in the deadliest attack this year, ministers held a security meeting. On Tuesday, a"
        " suicide bomber ripped into a convoy of 30 army trucks with over 600 soldiers travelling on the highway at"
        " Kulgam. Just two days before the strike, the group had uploaded a video of a car bombing."
    )
    assert _acts(text, date(2020, 3, 11)) == [("bombing", "Kulgam", "2020-03-10", "day", 9, "IN")]


def test_a_state_named_in_two_words_is_read_whole_and_its_town_named_before_it_is_the_scene():
    text = (
        "12 jawans killed as explosive-laden car rams convoy in Shopian, Jammu and Kashmir\n\nAt least 12 soldiers in"
        " Jammu and Kashmir were killed when their truck became the target of a suicide bombing on Friday."
    )
    assert _acts(text, date(2020, 3, 7)) == [("bombing", "Shopian", "2020-03-06", "day", 12, "IN")]
