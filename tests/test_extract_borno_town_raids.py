"""Lessons from real reports of raids on a town in Borno State told by regional papers: "a fresh attack on Damboa
town" names the town even where the parser misses it, and "attacked the Kauji community" the village; "insurgents,
suspected of being members of ISWAP" did the act; "engaged troops ... in a fierce gun duel" is a battle whose sides are
"the jihadists" and the army; "Legislator" before a name is a title and "an official of the Civilian JTF" the whole
source; an act villagers "had feared ... since extremists gunned down 22 worshippers" is its own, at its own village
and day; men "gunned down ... and firebombed about 30 homes" were killed, not bombed; the day flags "had been removed"
dates no killing. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, country, incident_summary


def _rows(text, published):
    incidents, _ = analyse_text(text, published)
    return sorted((*incident_summary(i), country(i), i.sources[0].attributed_to) for i in incidents)


def test_a_town_or_village_the_parser_misses_and_the_suspected_doers():
    text = (
        "Gunmen suspected to be Boko Haram fighters carried out a fresh attack on Damboa town, Borno State, "
        "shooting four traders dead."
    )
    assert _rows(text, date(2016, 5, 12)) == [("killing", "Damboa", None, "unknown", 4, ["boko-haram"], "NG", None)]
    text = (
        "Four residents were killed when insurgents, suspected of being members of the Islamic State West "
        "Africa Province (ISWAP), attacked the Kumshe community in Borno State in the early hours of Sunday, "
        "June 6."
    )
    assert _rows(text, date(2021, 6, 8)) == [("killing", "Kumshe", "2021-06-06", "day", 4, ["iswap"], "NG", None)]


def test_a_gun_duel_with_troops_is_a_battle_of_both_sides():
    text = (
        "Suspected Boko Haram insurgents on Thursday evening attacked Gwoza, Borno State, and forced residents "
        "to flee.\n\nMilitary sources said the jihadists set houses on fire and engaged troops of the Nigerian "
        "Army in Gwoza in a fierce gun duel."
    )
    assert _rows(text, date(2021, 10, 28)) == [
        (
            "armed_clash",
            "Gwoza",
            "2021-10-28",
            "day",
            None,
            ["boko-haram", "nigeria-military"],
            "NG",
            "Military sources",
        )
    ]


def test_titles_the_feared_earlier_massacre_and_homes_firebombed():
    text = (
        "Legislator Musa Ali Kolo said militants gunned down villagers and firebombed about 30 homes in "
        "Bama last night. He said villagers had feared an attack since extremists gunned down 22 worshippers "
        "at a mosque in Kawuri village on Sunday."
    )
    assert _rows(text, date(2013, 8, 17)) == [
        ("killing", "Bama", "2013-08-16", "day", None, [], "NG", "Musa Ali Kolo"),
        ("killing", "Kawuri", "2013-08-11", "day", 22, [], "NG", "Musa Ali Kolo"),
    ]


def test_a_flags_day_and_an_official_of_a_named_body():
    text = (
        "6 Killed In Fresh Attack On Bama Town\n\nSuspected Boko Haram gunmen launched a fresh attack on Bama "
        "town, Borno State, shooting six residents dead before fleeing into the bush.\n\nA resident said the "
        'gunmen came to the spot where the group had hoisted its flag and began to shoot.\n\n"These gunmen '
        'that killed six people could have been informed that the hoisted flags had been removed last Sunday," '
        "he said."
    )
    assert _rows(text, date(2016, 5, 12)) == [
        ("killing", "Bama", None, "unknown", 6, ["boko-haram"], "NG", "A resident")
    ]
    text = (
        "Scores have reportedly lost their lives in Gwoza following another deadly attack by Boko Haram "
        "gunmen.\n\nAccording to an official of the Civilian JTF, the gunmen swooped on the villagers at about "
        "5am today, Saturday, and began the massacre."
    )
    source = "an official of the Civilian JTF"
    assert _rows(text, date(2014, 7, 19)) == [
        ("killing", "Gwoza", "2014-07-19", "day", 40, ["boko-haram"], "NG", source)
    ]
