"""Lessons from real reports of the bomb and gun attack on the Grand (Central) Mosque of Kano on 28 November 2014,
told from the first hour ("many are feared dead") to two days on ("Death toll climbs to 120"): "at the Kano Central
Mosque", "READ MORE:", "Boko Haram is the main suspect", "vowed to hunt down those behind attacks which left at least
120 dead", "the blasts claimed 35 lives and that 150 others were injured", "killed in three explosions during Friday
prayers at one of the biggest mosques", "five days after two female suicide bombers killed over 45 people"; each
pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, child_roles, doers


def test_a_city_s_central_mosque_names_the_city_and_a_read_more_line_tells_nothing():
    text = (
        "A bomb exploded at the Zaria Central Mosque during Friday prayers, killing 20 worshippers, police said.\n"
        "READ MORE: Gunmen say kidnapped girls were married off\n"
        "The emir, who usually prays there, was absent."
    )
    assert acts_and_figures(text, date(2014, 12, 5)) == ([("bombing", "Zaria", "2014-12-05", "day", 20)], [])


def test_the_main_suspect_after_no_claim_is_blamed_and_the_group_s_yearly_toll_is_its_figure():
    text = (
        "Two suicide bombers blew themselves up at a mosque in Zaria on Friday, killing 40 people, a rescue official"
        " said. Although no group has claimed responsibility for the attack, Boko Haram is the main suspect. The group"
        " has been waging an insurgency since 2009 and has killed more than 2,000 people this year."
    )
    [incident], [figure] = analyse_text(text, date(2014, 12, 6))
    assert doers(incident) == ("boko-haram",)
    assert (figure.type, figure.count.best, doers(figure)) == ("killing", 2000, ("boko-haram",))


def test_a_vow_s_day_dates_no_act_and_deaths_thought_to_have_occurred_since_a_year_are_a_figure():
    text = (
        "The president yesterday vowed to hunt down those behind attacks which left at least 60 dead at a mosque in"
        " Zaria. Two suicide bombers blew themselves up during prayers on Friday. More than 13,000 people are thought"
        " to have died in total since 2009."
    )
    acts, figures = acts_and_figures(text, date(2014, 12, 7))
    assert acts == [("bombing", "Zaria", "2014-12-05", "day", 60)]
    assert figures == [("killing", 13000, "more_than")]


def test_lives_claimed_beside_the_injured_are_the_dead_and_dead_bodies_mostly_kids_are_child_victims():
    text = (
        "Gunmen stormed a mosque in Zaria on Friday and detonated two bombs inside. The deputy police commissioner"
        " confirmed that the blasts claimed 35 lives and that 150 others were injured. A witness said the majority of"
        " the dead bodies are kids and their parents."
    )
    acts, _ = acts_and_figures(text, date(2014, 12, 6), child_roles)
    assert acts == [("bombing", "Zaria", "2014-12-05", "day", 35, ["victim"])]


def test_scores_killed_in_three_explosions_at_one_mosque_are_one_act_not_a_figure():
    text = (
        "Scores of people have been killed in three explosions during Friday prayers at one of the biggest mosques in"
        " the city of Zaria, reports say."
    )
    assert acts_and_figures(text, date(2014, 12, 5)) == ([("bombing", "Zaria", "2014-12-05", "day", 40)], [])


def test_an_earlier_bombing_told_days_before_after_a_foiled_one_is_an_act_of_its_own():
    text = (
        "At least 60 people were killed when two bombers blew themselves up at a mosque in Zaria on Friday. The blasts"
        " came after a bomb attack was foiled against a mosque in Kaduna earlier on Friday, five days after two female"
        " suicide bombers killed over 45 people in that city."
    )
    incidents, _ = analyse_text(text, date(2014, 12, 6))
    tolls = sorted((i.type, i.as_json()["victims"]["count"]["low"]) for i in incidents)
    assert tolls == [("bombing", 45), ("bombing", 60)]
