"""Lessons from real reports of a rebel massacre at a camp for displaced people: attackers counted as "scores of
rebels armed with ..." or "members of the group marched into" are no victims; "192 killed in Uganda as rebels torch"
counts no rebels; a camp named once ("X IDPs camp", "a camp called X", "The camp, X,") is the scene of what "the camp"
then tells; a hunt's day and a wounded victim's death date nothing; one share "of 301 people butchered" is the 301; a
figure a speaker says a plaque "wrongly reads" is no figure; "killed, raped and abducted" counts killings first; a
militia's strength and its ranks' past abductions tell no act. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, child_roles, incident_summary, only_incident

from marsad.extract.victims import victim_counts


def test_armed_attackers_are_no_victims_and_a_headline_counts_no_rebels():
    text = (
        "Scores of rebels armed with rifles and grenades attacked a displaced camp in northern Uganda and burned huts,"
        " killing 64 people, a local official said Sunday. Saturday night's attack on Agweng camp in Lira district"
        " was blamed on the Lord's Resistance Army."
    )
    row = incident_summary(only_incident(text, date(2005, 5, 9)))
    assert row == ("killing", "Agweng", "2005-05-07", "day", 64, ["lra"])
    assert [(c.text, category) for c, category in victim_counts("Up to 64 killed in Uganda as rebels burn camp")] == [
        ("Up to 64", "people")
    ]


def test_the_camp_named_once_is_the_scene_of_what_the_camp_tells():
    text = (
        "Focus on the raid on Agweng IDPs camp\n\nA girl with burns lies in pain at Lira hospital. Little was left of"
        " the camp on Monday. At least 58 people were killed in the camp on Saturday evening, the worst raid this"
        " year. Camp residents were burned in their huts."
    )
    assert incident_summary(only_incident(text, date(2005, 5, 10)))[:5] == (
        "killing",
        "Agweng",
        "2005-05-07",
        "day",
        58,
    )


def test_a_hunt_and_a_wounded_victims_death_date_nothing_and_one_insurgent_counts():
    text = (
        "Troops swept through the district on Monday in pursuit of rebels who killed 64 civilians at a camp in"
        " northern Uganda. One more person died of gunshot wounds at the hospital yesterday. The army clashed with"
        " rebels of the Lord's Resistance Army on Sunday, killing one insurgent."
    )
    acts, figures = acts_and_figures(text, date(2005, 5, 9))
    assert acts == [("armed_clash", "Uganda", "2005-05-08", "day", 1), ("killing", "Uganda", None, "unknown", 64)]
    assert figures == []


def test_a_share_a_disputed_plaque_and_a_listed_figure():
    text = (
        "These were four of 212 people butchered by LRA fighters on May 7 2005 in the displacement camp of Agweng in"
        " northern Uganda. A plaque at the grave wrongly reads 90 deaths. LRA violence has seen tens of thousands of"
        " people killed, raped and abducted."
    )
    acts, figures = acts_and_figures(text, date(2010, 5, 7))
    assert acts == [("killing", "Agweng", "2005-05-07", "day", 212)]
    assert figures == [("killing", None, "range")]


def test_child_fighters_marched_in_and_their_past_is_no_recruitment():
    text = (
        "About 150 armed members of the Lord's Resistance Army (LRA) marched into a displaced people's camp in"
        " northern Uganda on Saturday. Almost all were children. The child soldiers, most of whom had been abducted"
        " in earlier raids, ordered families into their huts and set them alight, leaving as many as 75 people dead."
        " The camp, Agweng, was defended by 20 men and boys with a few weeks of training. Joseph Kony has built a"
        " militia of about 3,000 fighters; an estimated 70 percent are children whom his commanders abducted."
    )
    incident = only_incident(text, date(2005, 5, 9))
    assert incident_summary(incident) == ("killing", "Agweng", "2005-05-07", "day", 75, ["lra"])
    assert child_roles(incident) == ["perpetrator"]
