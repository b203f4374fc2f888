"""Lessons from real reports of the twin attacks in Norway (22 July 2011): a car bomb at the government buildings in
Oslo, then a gunman's massacre at the Labour youth camp on the island of Utøya. A report that is only a picture
agency's caption ("(Photo by ...)", "Photo: ...") tells its act with its places, which are not set aside as a photo's;
"on Utoya Island" and "the island of Utoya" name the scene; "the earlier bomb explosion ... in the centre of Oslo, in
which a further 7 people were killed" is an act apart from the massacre told before it; "since the 2004 Madrid train
bombings killed 191" is an earlier act of its own; a headline's "Killed in Norway Shooting" and "a youth camp of
Norway's ruling Labour party" name no village. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary, only_incident

_DAY = date(2011, 7, 23)


def test_a_caption_alone_keeps_its_places():
    caption = (
        "UTOYA ISLAND, NORWAY - JULY 22: Victims lie on the shore after a gunman killed at least 80 people at a youth "
        "camp on Utoya Island, Norway, on July 22, 2011. (Photo by Ola Nordmann/Getty Images)"
    )
    assert incident_summary(only_incident(caption, date(2011, 7, 22))) == (
        "killing",
        "Utoya",
        "2011-07-22",
        "day",
        80,
        [],
    )
    credit = (
        "On 22 July 2011 a man bombed government buildings in Oslo, Norway, killing eight people. Photo: Kari Nordmann."
    )
    assert incident_summary(only_incident(credit, date(2021, 7, 22))) == ("bombing", "Oslo", "2011-07-22", "day", 8, [])


def test_the_earlier_bomb_is_an_act_apart_from_the_massacre():
    text = (
        "A gunman killed at least 84 people at a youth camp on the island of Utoya, Norway, on Friday. The attack has "
        "been connected to the earlier bomb explosion in the centre of Oslo, in which a further 7 people were killed."
    )
    incidents, _ = analyse_text(text, _DAY)
    found = sorted((i.type, i.as_json()["location"]["name"], i.victim_count.best) for i in incidents)
    assert found == [("bombing", "Oslo", 7), ("killing", "Utoya", 84)]


def test_an_earlier_bombing_named_as_a_benchmark_and_a_headline_act():
    text = (
        "A gunman killed 69 people on the island of Utoya, Norway, on Friday, the deadliest attack in Western Europe "
        "since the 2004 Madrid train bombings killed 191."
    )
    incidents, _ = analyse_text(text, _DAY)
    assert sorted((i.type, i.victim_count.best) for i in incidents) == [("bombing", 191), ("killing", 69)]
    headline = (
        "More than 80 Killed in Norway Shooting\nA gunman killed at least 80 people at a youth camp of Norway's ruling "
        "Labour party on Friday."
    )
    assert incident_summary(only_incident(headline, _DAY)) == ("killing", "Norway", "2011-07-22", "day", 80, [])
