"""Lessons from real reports of raids on villages in southern Kaduna State, Nigeria (2020 to 2022), most of them told
through a community union's statements: a number written out and then in brackets ("Seven (7) Atyap natives") counts
once; "natives" are the dead; "invaded a remote farming community called X" sets the scene and day of the massacre
told in the next sentence, and "the following day, ... continued their attacks" opens the next night's act at its own
village; "This brought the death toll to ten (10) in that community" is that act's toll; a union's acronym ("SOKAPU",
"(Sokapu)") is the union named in full before it; a police command's spokesman is his own name; "Yesterday, 18th
August 2020" in a quoted statement still dates the act; "On the 16th of August," opens an act of its own day; a titled
or aged person "was murdered" counts one, and three people listed one by one count three (not the children one of
them is the mother of); ages after names are no counts; "Soldiers beat four youths" is abuse; the killing that set off
unrest ("following the alleged killing of a 32-year-old man") is an earlier act of its own. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, child_roles, incident_summary, only_incident, source


def _acts(text: str, published: date) -> list[tuple]:
    incidents, _ = analyse_text(text, published)
    return sorted(incident_summary(i) for i in incidents)


def test_the_following_day_continued_attacks_are_an_act_of_their_own():
    text = (
        "The Middle Belt Farmers Union, MIBFU, said on Sunday that gunmen invaded a remote farming community called "
        "Tamba in Kauru Local Government Area of Kaduna State in the early hours of Friday, 10th July, 2020. The "
        "attack ended in the massacre of Seven (7) Atyap natives, mostly women and children. In the early hours of the "
        "following day, Saturday 11th July, 2020, the gunmen continued their attacks in neighbouring communities. They "
        "attacked Dangi community. This led to the death of 8 women, an infant and an old man. This brought the death "
        "toll to ten (10) in that community."
    )
    incidents, _ = analyse_text(text, date(2020, 7, 12))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("killing", "Dangi", "2020-07-11", "day", 10, []),
        ("killing", "Tamba", "2020-07-10", "day", 7, []),
    ]
    assert [child_roles(i) for i in incidents] == [["victim"], ["victim"]]
    assert {source(i) for i in incidents} == {"Middle Belt Farmers Union"}


def test_an_acronym_is_the_union_named_before_it():
    text = (
        "Gunmen have killed nine people in Chibob village in Kaduna State, the Southern Kaduna Peoples Union (Sokapu) "
        "has alleged. Sokapu said the attack took place on Friday."
    )
    assert source(only_incident(text, date(2020, 7, 12))) == "Southern Kaduna Peoples Union"
    spoken = (
        "The Kaduna State Police Command Spokesman Yusuf Danladi confirmed that gunmen attacked Kurmin Gwari village "
    )
    spoken += "on Tuesday, killing four people."
    incident = only_incident(spoken, date(2020, 8, 19))
    assert source(incident) == "Yusuf Danladi"
    assert incident.location["country"] == "NG"


def test_a_quoted_yesterday_with_its_date_and_an_act_of_its_own_day():
    text = (
        "Luka Bawa, a spokesman of the union, said in a statement, “Yesterday, 19th August 2020, armed militia invaded "
        "Ungwan Rana village in Kaduna State and killed three persons.\n“On the 17th of August, Pastor Daniel Audu, 44 "
        "and father of 5 was murdered in his farm.”"
    )
    incidents, _ = analyse_text(text, date(2020, 8, 20))
    assert sorted((i.date.start, i.victim_count.best, source(i)) for i in incidents) == [
        ("2020-08-17", 1, "Luka Bawa"),
        ("2020-08-19", 3, "Luka Bawa"),
    ]


def test_people_listed_one_by_one_and_ages_after_names():
    listed = (
        "A 60-year-old widow, a mother of 5 children and a 48-year-old man have been killed by gunmen in Ungwan Sarki "
        "village, Kaduna State, on Friday, a youth leader said."
    )
    incident = only_incident(listed, date(2020, 9, 12))
    assert child_roles(incident) == []
    assert incident_summary(incident) == (
        "killing",
        "Ungwan Sarki",
        "2020-09-11",
        "day",
        3,
        [],
    )
    aged = (
        "Gunmen killed five villagers in Ungwan Gida, Kaduna State, on Tuesday. His siblings, Aniya Sule, 60, and "
        "Kande Sule, 45 were among the dead, the village head said."
    )
    assert only_incident(aged, date(2020, 8, 20)).victim_count.best == 5


def test_soldiers_who_beat_youths_abuse_them():
    text = "Soldiers beat four youths in Kibori village, Kaduna State, on Monday, residents said."
    assert incident_summary(only_incident(text, date(2020, 8, 5))) == ("abuse", "Kibori", "2020-08-03", "day", 4, [])


def test_villages_razed_and_nearby_are_scenes_of_their_own():
    assert _acts(
        "Gunmen razed down Sabon Gari village in Kaduna State on Tuesday night, killing five people, a resident said.",
        date(2022, 2, 9),
    ) == [("killing", "Sabon Gari", "2022-02-08", "day", 5, [])]
    assert _acts(
        "Armed herders stormed Apika village in Kaduna State on Wednesday night, leaving six people dead. In nearby "
        "Kibo village, four persons were killed by the same gunmen.",
        date(2020, 8, 7),
    ) == [("killing", "Apika", "2020-08-05", "day", 6, []), ("killing", "Kibo", "2020-08-05", "day", 4, [])]


def test_the_killing_that_set_off_the_unrest_is_an_earlier_act():
    text = (
        "A 24-hour curfew has been imposed in Zangon Kataf for 65 days since the unrest in the town following the "
        "alleged killing of a 32-year-old man on a farmland. Gunmen killed six people in Kigam village, Kaduna State, "
        "on Wednesday night, police said."
    )
    incidents, _ = analyse_text(text, date(2020, 8, 7))
    assert sorted((i.victim_count.best, i.date.start) for i in incidents) == [(1, None), (6, "2020-08-05")]
