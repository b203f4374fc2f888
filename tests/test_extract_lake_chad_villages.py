"""Lessons from real reports of Boko Haram's raids on Toumour and the villages of Niger's Diffa region (a region
named after its capital, a village the gazetteer lacks, the attackers counted, an army offensive told as the
raid's background), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, counts, incident_summary, only_incident

from marsad.extract.quotes import find_attributions


def test_a_village_named_after_the_region_is_the_scene_and_the_attackers_and_the_displaced_are_no_victims():
    text = (
        "Suspected jihadists killed at least 19 villagers in Niger's Tillaberi region on Thursday, local officials"
        " said. The attack targeted Tondikwindi village, some 60 km from the border with Mali. Around 50 militants"
        " carried out the raid on motorcycles. The violence has caused about 400 000 people to flee their homes in"
        " the region, according to UN figures."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2024, 9, 14))
    assert [incident_summary(i) for i in incidents] == [("killing", "Tondikwindi", "2024-09-12", "day", 19, [])]
    assert claims == []


def test_the_sentence_after_a_photo_credit_is_told_and_an_offensive_weeks_before_is_a_battle_of_its_own():
    text = (
        "Boko Haram's raid on Kindjandi leaves a village in ashes\n"
        "Villagers walk through the burned market of Kindjandi on March 5, 2023. © Marsad desk\n"
        "Fighters thought to belong to Boko Haram stormed Kindjandi, a fishing village in Niger's Diffa region, on"
        " the night of March 3. At least 14 people were killed. About 40 fighters carried out the attack, a local"
        " official said.\nThe raid comes weeks after an army offensive in the area killed nearly 200 Boko Haram"
        " fighters, according to the defence ministry."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2023, 3, 9))
    found = sorted(incident_summary(i) for i in incidents)
    assert found == [
        ("armed_clash", None, None, "unknown", 200, []),
        ("killing", "Kindjandi", "2023-03-03", "day", 14, ["boko-haram"]),
    ]


def test_villages_told_in_the_region_of_a_town_by_their_distance_and_as_a_village_of_a_commune():
    first = only_incident(
        "Gunmen killed five people and looted several shops on Tuesday night in Garin Dogo in the region of"
        " Zinder, the Zinder Governor said.",
        date(2024, 5, 16),
    )
    assert incident_summary(first) == ("killing", "Garin Dogo", "2024-05-14", "day", 5, [])
    second = only_incident(
        "In October, suspected bandits took the lives of three herders in Kwaya, around 15 km east of Zinder.",
        date(2024, 5, 16),
    )
    assert incident_summary(second) == ("killing", "Kwaya", "2023-10-01", "month", 3, [])


def test_thousands_grouped_with_a_space_and_a_ministry_quoted_by_according_to():
    assert counts("causing about 250 000 people to flee")[0][2] == 250000
    assert counts("on 12 June 2020 300 people")[-1][2] == 300
    said = find_attributions("Nearly 200 fighters died, according to the defence ministry.")
    assert [who for who, _, _ in said] == ["defence ministry"]
