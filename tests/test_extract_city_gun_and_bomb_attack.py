"""Lessons from real reports of the gun and bomb attack on Thamrin Street in Jakarta on 14 January 2016: attackers
who "set off explosions at a Starbucks cafe ... and waged gun-battles with police" carried out one bombing, their
fight with the police no battle apart; a headline's "Kill at Least Six in Jakarta" names no place "Least Six". Texts
of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text


def test_gun_battles_with_police_during_a_bombing_are_part_of_it():
    text = (
        "Attackers set off explosions at a cafe in a bustling shopping area of downtown Surabaya and waged gun-battles"
        " with police yesterday, leaving bodies in the streets. Police said four of the attackers and three others were"
        " killed in the attacks. It was the first major violence in the city since the 2009 bombings of two hotels."
    )
    incidents, _ = analyse_text(text, date(2017, 5, 3))
    assert [i.type for i in incidents] == ["bombing"]  # (the 2009 bombings, uncounted, are no act told apart)


def test_a_headlines_at_least_names_no_place():
    text = (
        "Suicide Bombers, Gunmen Kill at Least Five in Jakarta\n\n"
        "Militants launched a gun and bomb assault in the center of the Indonesian capital on Tuesday, killing at least"
        " five people, police said."
    )
    incidents, _ = analyse_text(text, date(2017, 5, 2))
    assert [(i.type, i.location["name"]) for i in incidents] == [("bombing", "Jakarta")]
