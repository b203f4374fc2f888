"""Lessons from real reports of the Islamic State's assault on the Ghwayran (al-Sina'a) prison in Hasakah, Syria,
from 20 January 2022, fought out over ten days ("Over two hundred ISIS fighters broke into al-Sina’a prison", "The
week-long battle left at least 374 dead", "374 IS members, 77 prison employees, 40 members of the security forces,
and four civilians were killed", "100 children still missing after Islamic State attack on Hasakah jail", "on 31
January 2022 (AFP)"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, doers


def test_fighters_who_broke_into_a_prison_fought_a_battle_and_are_not_its_dead():
    text = (
        "On 3 March 2021, about 150 ISIS fighters broke into a prison in Raqqa, Syria, to free their comrades."
        " Twelve members of the SDF have been killed, the SDF said in a statement on Sunday regarding the attack on"
        " the prison."
    )
    [incident], claims = analyse_text(text, date(2021, 3, 8))
    assert (incident.type, incident.date.start, incident.victim_count.best) == ("armed_clash", "2021-03-03", 12)
    assert sorted(doers(incident)) == ["isis", "sdf"] and claims == []


def test_car_bombs_that_open_a_prison_assault_are_the_battle_and_a_battle_s_dead_are_its_toll():
    text = (
        "On 3 March 2021, car bombs exploded at the gate of a prison in Raqqa, Syria, and ISIS fighters stormed the"
        " prison. The week-long battle left at least 120 dead."
    )
    assert acts_and_figures(text, date(2021, 3, 12)) == ([("armed_clash", "Raqqa", "2021-03-03", "day", 120)], [])


def test_a_prison_battle_told_day_by_day_is_one_act_and_inmates_set_free_are_no_victims():
    text = (
        "On 3 March, ISIS fighters stormed the prison in Raqqa, Syria. Around 200 inmates were set free from the"
        " prison. On 4 March, the SDF fought the militants around the prison. During 5-6 March, the fighting"
        " intensified. According to the Syrian Observatory for Human Rights, 60 people were killed."
    )
    assert acts_and_figures(text, date(2021, 3, 8)) == ([("armed_clash", "Raqqa", "2021-03-03", "day", 60)], [])


def test_a_list_of_the_dead_adds_up_and_prisoners_to_be_freed_are_not_victims():
    text = (
        "On 3 March 2021, ISIS fighters attacked a prison in Raqqa, Syria, to free the 2,000 militants held there. The"
        " toll of the past week: 80 IS members, 20 prison guards, 15 members of the security forces, and three"
        " civilians were killed."
    )
    assert acts_and_figures(text, date(2021, 3, 12)) == ([("armed_clash", "Raqqa", "2021-03-03", "day", 118)], [])


def test_a_photo_s_credited_day_and_people_freed_date_and_count_nothing():
    text = (
        "Fighters stand guard in Raqqa after the IS attack on the prison, on 9 March 2021 (AFP)\n\nIS fighters attacked"
        " the prison in Raqqa, Syria, in March, freeing hundreds of inmates."
    )
    assert acts_and_figures(text, date(2021, 5, 7)) == ([("armed_clash", "Raqqa", "2021-03-01", "month", None)], [])


def test_the_night_of_a_day_dates_the_assault_and_a_defeat_or_a_foiled_plot_dates_nothing():
    text = (
        "On the night of 3 March, IS fighters attacked the prison in Raqqa, Syria, as bombs went off outside its walls."
        " The attack was the largest since its defeat in Baghouz (March 2019), and a similar plot was foiled in"
        " November 2020."
    )
    assert acts_and_figures(text, date(2021, 3, 10)) == ([("armed_clash", "Raqqa", "2021-03-03", "day", None)], [])


def test_a_monitor_that_documents_beheadings_is_their_source_and_cited_sources_date_nothing():
    documented = (
        "In this report, the Syrian Network for Justice (SNJ) documents the beheading of 6 prison guards by IS fighters"
        " in Raqqa, Syria, in March 2021."
    )
    [incident], _ = analyse_text(documented, date(2021, 6, 1))
    assert (incident.type, incident.sources[0].attributed_to) == ("execution", "Syrian Network for Justice")
    shields = (
        "Some of the escaped prisoners hid in the homes of residents in Raqqa, Syria, using them as human shields (Sky"
        " News, March 4-6, 2021; Syrian Observatory for Human Rights, March 5, 2021)."
    )
    assert acts_and_figures(shields, date(2021, 3, 10)) == ([("abduction", "Raqqa", None, "unknown", None)], [])


def test_children_merely_missing_after_an_attack_are_not_counted_as_its_victims():
    from marsad.extract.victims import victim_counts

    assert victim_counts("Syria: 50 children still missing after IS attack on Raqqa jail", 0) == []
