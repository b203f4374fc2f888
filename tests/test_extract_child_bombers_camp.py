"""Lessons from real reports of Boko Haram's suicide bombings in and around Kolofata, Cameroon (June, November and
December 2017), several by girls sent among displaced people: a town "regularly targeted by attacks of" a group is
still the scene of the act told, and "in Kolofata, in the far north of Cameroon" names it; "There were 8 deaths,
including six civilians and two suicide bombers" counts six; "Two children with explosives blew themselves up" are the
bombers, not the dead; "the suicide bombing of two other girls ..., which caused the deaths of the two girls" killed
only its bombers; "the dead include the two girls who detonated their explosives" comes off the toll; a camp "for those
displaced by Boko Haram violence" blames no one, and "the displacement camp in Kolofata" places the blast; bombers who
"ran away from the scene" are none of the dead; "has killed at least 2,000 ... and kidnapped a thousand more" states
two figures. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, child_roles, incident_summary, only_incident, source


def test_a_town_regularly_targeted_is_still_the_scene_and_bombers_come_off_the_toll():
    text = (
        "Cameroon: Boko Haram kill 6 civilians in suicide bombing in Kolofata\n"
        "Six civilians have been killed, on Wednesday, in a suicide bombing in Kolofata, in the far north of Cameroon, "
        "regularly targeted by attacks of Boko Haram, AFP reported.\n"
        '"There were 8 deaths, including six civilians and two suicide bombers," a security source said.'
    )
    incident = only_incident(text, date(2017, 6, 21))
    assert incident_summary(incident) == ("bombing", "Kolofata", "2017-06-21", "day", 6, ["boko-haram"])
    assert source(incident) == "AFP"


def test_children_who_blew_themselves_up_are_the_bombers_and_a_blast_that_killed_only_its_bombers_is_no_act():
    text = (
        "Two children with explosives blew themselves up near a refugee camp in Kolofata, Cameroon, on Friday. Nine "
        "people died.\nThe explosions came one day after the suicide bombing of two other girls in the nearby village "
        "of Djakana, which caused the deaths of the two girls."
    )
    incident = only_incident(text, date(2017, 6, 5))
    assert incident_summary(incident) == ("bombing", "Kolofata", "2017-06-02", "day", 9, [])
    assert child_roles(incident) == ["perpetrator"]


def test_bombers_among_the_dead_and_a_camp_for_the_displaced():
    text = (
        "Authorities in northern Cameroon say 11 people are dead after two suicide bombers attacked a camp for those "
        "displaced by Boko Haram violence.\nThe governor said that the dead include the two girls who detonated their "
        "explosives at the displacement camp in Kolofata."
    )
    incident = only_incident(text, date(2017, 6, 2))
    assert incident_summary(incident) == ("bombing", "Kolofata", None, "unknown", 9, [])
    assert child_roles(incident) == ["perpetrator"]


def test_bombers_who_ran_away_and_two_figures_of_a_groups_toll():
    text = (
        "A female suicide bomber blew herself up inside a cafe in the village of Bia, near Kolofata, Cameroon, on "
        "Sunday morning, killing one person. Two other female suicide bombers who were accompanying her ran away from "
        "the scene.\nSince 2014 Boko Haram has killed at least 2,000 civilians and soldiers in Cameroon and "
        "kidnapped a thousand more."
    )
    acts, figures = acts_and_figures(text, date(2017, 12, 31))
    assert acts == [("bombing", "Bia", "2017-12-31", "day", 1)]
    assert figures == [("abduction", 1000, "exact"), ("killing", 2000, "at_least")]
