"""Lessons from real reports of the Lord's Resistance Army's four-day rampage around Makombo in north-eastern
Congo in December 2009, told nine ways from a rights group's report to a wire story ("killed at least 321 civilians
during a previously unreported four-day rampage", "a fact-finding mission to the massacre area in February", "the
well-planned LRA attack from December 14 to 17", "killed 1, 200 people and kidnapped 1,400"), each pinned by a text
of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, child_roles, country, counts


def _acts(text, published):
    return acts_and_figures(text, published, country, child_roles)


def test_a_previously_unreported_raid_is_an_act_and_a_report_s_city_and_mission_name_no_scene_or_day():
    text = (
        "The Lord's Resistance Army killed at least 96 villagers during a previously unreported three-day raid near"
        " Duru in northern Congo in January, Human Rights Watch said in a report released in Kampala on Tuesday. The"
        " report, based on a research mission to the area in March, says the rebels also abducted 41 people."
    )
    acts, claims = _acts(text, date(2011, 4, 12))
    assert acts == [
        ("abduction", "Duru", "2011-01-01", "month", 41, "CD", []),
        ("killing", "Duru", "2011-01-01", "month", 96, "CD", []),
    ]
    assert claims == []


def test_days_told_after_the_month_narrow_both_acts_and_a_headline_s_round_toll_joins_them():
    text = (
        "LRA rebels kill over 100 in Congo villages\n\nRebels of the Lord's Resistance Army killed at least 105"
        " civilians and abducted 60 others near Faradje in December, the United Nations said on Monday. UN"
        " investigators described the killings during the well-organised LRA attack from 14th to 16th December in"
        " Haut-Uele."
    )
    acts, _ = _acts(text, date(2009, 1, 26))
    assert acts == [
        ("abduction", "Faradje", "2008-12-14", "week", 60, "CD", []),
        ("killing", "Faradje", "2008-12-14", "week", 105, "CD", []),
    ]


def test_a_dated_opening_with_no_count_dates_the_toll_after_it_and_footnotes_count_no_one():
    text = (
        "From 24 to 27 December 2008, LRA fighters carried out coordinated attacks on villages near Doruma in"
        " Haut-Uele.[12] They killed at least 143 people.[13] The dead included 31 children, some of them hacked to"
        " death with machetes.[14]"
    )
    acts, _ = _acts(text, date(2009, 2, 20))
    assert acts == [("killing", "Doruma", "2008-12-24", "week", 143, "CD", ["victim"])]


def test_two_acts_counted_in_one_figure_sentence_are_two_figures_and_the_christmas_period_is_no_day():
    text = (
        "Between September 2008 and June 2009, the LRA killed 1, 100 people and abducted 1,300, including 540"
        " children, across Haut-Uele and Bas-Uele, the UN said. The LRA's slaughter of more than 600 civilians and"
        " the abduction of at least 150 children over the Christmas period drew wide condemnation."
    )
    acts, claims = _acts(text, date(2009, 7, 15))
    assert acts == []
    assert claims == [
        ("abduction", 150, "at_least"),
        ("abduction", 1300, "exact"),
        ("killing", 600, "more_than"),
        ("killing", 1100, "exact"),
    ]


def test_a_witness_and_the_kin_he_saw_killed_are_not_the_count_and_a_targeted_service_dates_the_killing():
    text = (
        "The gunmen targeted a church service near Ngilima in northern Congo on Christmas Day. Worshippers were killed"
        ' with clubs and machetes. "They came in the middle of the prayers," said Martin Gbiago, 47, a teacher who'
        " escaped and saw his brother being killed."
    )
    acts, _ = _acts(text, date(2009, 1, 5))
    assert acts == [("killing", "Ngilima", "2008-12-25", "day", None, "CD", [])]


def test_a_village_and_region_names_the_scene_and_ears_cut_off_are_an_abuse():
    text = (
        "Rights groups published a report on Sunday about the massacre in the village and region of Tapili in"
        " northern Congo, where LRA fighters killed 45 people on 2 February. Survivors were sent away with their ears"
        " cut off."
    )
    acts, _ = _acts(text, date(2010, 3, 21))
    assert acts == [
        ("abuse", "Tapili", "2010-02-02", "day", None, "CD", []),
        ("killing", "Tapili", "2010-02-02", "day", 45, "CD", []),
    ]


def test_a_thousands_separator_typed_with_a_space_is_one_number():
    assert counts("the rebels killed 1, 200 people in ten months")[0][:3] == ("1, 200", 1200, 1200)
