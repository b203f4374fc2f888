"""Lessons from real reports of the gun attack on a school at Kumba, Cameroon, on 24 October 2020, whose blame the
government and the separatists traded: an attack the parties "blame each other" for, or whose accused "accuse the
army of carrying out the massacre" in turn, has no doer; an act set against it ("Unlike the Ngarbuh massacre ...",
"drew parallels to the Ngarbuh massacre") lends it neither place nor doers; a bulletin's "Daily Flash of 22 March"
dates nothing and its line "following this atrocity" goes on about the act above it; the day that "marked exactly two
years since" an attack, a mother's "that Friday", "the 12 March murder", "one week earlier" after a day told and "the
day after the massacre" after a date. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, child_roles, incident_summary, only_incident

from marsad.extract import lexicon as lx
from marsad.extract.actors import actor_table
from marsad.extract.victims import victim_counts

SCHOOL = "attack_on_school_or_hospital"


def test_an_attack_whose_accused_accuse_the_army_in_turn_has_no_doer():
    text = (
        "Gunmen stormed the Sacred Heart Bilingual Academy in the town of Bamenda on Friday, killing five pupils and"
        " wounding nine, a local official said. Officials blamed Ambazonian separatists for the attack, but"
        " separatist leaders accused the Cameroonian army of carrying out the massacre. Three of the wounded children"
        " are still battling for their lives in hospital."
    )
    [incident], _ = analyse_text(text, date(2021, 3, 15))
    assert incident_summary(incident) == (SCHOOL, "Bamenda", "2021-03-12", "day", 5, [])
    assert incident.sources[0].attributed_to == "a local official"


def test_blame_left_standing_names_the_doer():
    text = (
        "Gunmen stormed the Sacred Heart Bilingual Academy in the town of Bamenda on Friday, killing five pupils."
        " Officials blamed Ambazonian separatists for the attack."
    )
    assert incident_summary(only_incident(text, date(2021, 3, 15)))[5] == ["ambazonia"]


def test_children_battling_for_their_lives_fight_no_battle():
    assert not lx.TRIGGERS["armed_clash"].search("Three wounded children are still battling for their lives.")
    assert lx.TRIGGERS["armed_clash"].search("Soldiers battled with the separatists for hours.")


def test_a_bulletin_line_about_this_atrocity_goes_on_about_the_act_above_it():
    text = (
        "Cameroon – Pupils killed in school attack (Daily Flash of 22 March 2021)\n"
        "- On 12 March, unidentified gunmen attacked and killed pupils attending classes at a private academy in"
        " Bamenda, North West region.\n"
        "- The UN reported at least 5 fatalities following this atrocity. The toll may rise."
    )
    [incident], _ = analyse_text(text, date(2021, 3, 22))
    assert incident_summary(incident) == (SCHOOL, "Bamenda", "2021-03-12", "day", 5, [])
    assert child_roles(incident) == ["victim"]
    assert incident.sources[0].attributed_to == "UN"


def test_a_police_training_academy_is_no_school():
    assert not lx.TRIGGERS[SCHOOL].search("A car bomb tore through a police training academy, killing 12 cadets.")
    assert lx.TRIGGERS[SCHOOL].search("Gunmen attacked a private academy in the town, killing five pupils.")


def test_the_day_that_marked_two_years_since_an_attack_dates_it_two_years_before():
    text = (
        "Sunday, March 12, 2023, marked exactly two years since gunmen attacked the Sacred Heart Bilingual Academy in"
        " Bamenda and killed five pupils. One mother keeps her son's satchel by the door. \"I saw my son off that"
        ' Friday and never saw him again." No group claimed the attack, and the government and the separatists'
        " blamed each other."
    )
    [incident], _ = analyse_text(text, date(2023, 3, 12))
    assert incident_summary(incident) == (SCHOOL, "Bamenda", "2021-03-12", "day", 5, [])


def test_days_told_from_other_days_in_a_feature():
    text = (
        "In mourning over the 12 March murder of five pupils, Bamenda held a day of prayer. A vigil on March 13, 2021,"
        " the day after the massacre in Bamenda. It's Saturday, 20 March. In memory of the pupils killed one week"
        " earlier in an attack on the Sacred Heart Bilingual Academy, crowds gathered in the rain."
    )
    [incident], _ = analyse_text(text, date(2021, 3, 22))
    assert incident_summary(incident) == (SCHOOL, "Bamenda", "2021-03-12", "day", 5, [])


def test_an_act_set_against_the_one_told_lends_it_no_place_or_doers():
    text = (
        "Unlike the Ngarbuh massacre in Donga Mantung in 2020 where villagers could identify the killers, soldiers"
        " and former Amba fighters, the gunmen who stormed the school in Kumba on Saturday remain unknown. They"
        " killed seven pupils."
    )
    incident = only_incident(text, date(2020, 10, 26))
    assert incident_summary(incident)[1] == "Kumba"
    assert incident_summary(incident)[5] == []


def test_an_act_a_government_drew_parallels_to_names_no_scene():
    text = (
        "Gunmen stormed a school in Kumba on Saturday and killed seven pupils. The opposition drew parallels to the"
        " Ngarbuh massacre."
    )
    assert incident_summary(only_incident(text, date(2020, 10, 26)))[1] == "Kumba"


def test_regime_soldiers_in_cameroon_are_not_myanmar_s():
    text = "Residents say regime soldiers killed villagers in Kumba."
    assert [m.actor.id for m in actor_table().find(text, "CM")] != ["myanmar-military"]
    assert [m.actor.id for m in actor_table().find("Regime soldiers killed villagers in Sagaing.", "MM")] == [
        "myanmar-military"
    ]


def test_school_children_and_kids_are_counted_but_an_act_of_fighters_is_not():
    assert [c.text for c, _ in victim_counts("the killing of at least 6 school children in Kumba")] == ["at least 6"]
    assert [c.text for c, _ in victim_counts("killing at least 6 kids and injuring others")] == ["at least 6"]
    assert victim_counts("It was yet one abominable act of amba fighters.") == []


def test_a_child_who_succumbed_to_wounds_is_a_victim():
    text = (
        "Gunmen stormed a school in Kumba on Saturday. On Sunday the death toll rose to seven as 12-year-old Renny,"
        " succumbed to bullet wounds."
    )
    assert "victim" in child_roles(only_incident(text, date(2020, 10, 26)))
