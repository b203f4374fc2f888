"""Lessons from real reports of the suicide gun and bomb attack on an airport terminal: an attack told by no weapon
beside the report's blasts is the bombing; victims "from" their countries and countries that "signed an agreement"
place nothing; a toll "nearly matching" another act's borrows nothing from it; several bombings "over the past year"
make no figure; a list of dated attacks after a colon takes its doers and town from the sentence that opens it; a
town named with its airport still places the act among towns abroad; a first toll "initially" said is replaced;
police shooting at the attackers is part of the bombing; "Both ... and ... have carried out" blames no one. Texts of
our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, doers, incident_summary, only_incident

from marsad.extract.quotes import find_attributions


def test_a_plain_attack_beside_the_blasts_is_the_bombing_and_nationals_place_nothing():
    text = (
        "At least 33 people were killed in the Monday terror attack on Izmir’s ferry terminal, including 7 foreigners"
        " who hailed from Greece and Iran, officials said. The governor raised the toll after first reporting that 27"
        " died in the coordinated bomb blasts at the terminal. An official said four tourists from Greece and three"
        " from Iran were killed in the suicide bombings."
    )
    row = incident_summary(only_incident(text, date(2018, 4, 10)))
    assert row[:5] == ("bombing", "İzmir", "2018-04-09", "day", 33)


def test_a_first_toll_and_a_toll_compared_with_another_act():
    text = (
        "Initially, officials said six were killed, but then the number was raised to 19. Now, Reuters is reporting"
        " that 33 people were confirmed dead at the Izmir terminal after suicide bombers struck it on Monday evening,"
        " which would nearly match the number killed in the Ankara attacks this March."
    )
    assert incident_summary(only_incident(text, date(2018, 4, 10)))[:5] == ("bombing", "İzmir", "2018-04-09", "day", 33)


def test_a_dated_list_after_a_colon_and_parties_to_a_deal():
    text = (
        "Officials said at least 33 people have been killed in a double suicide bombing at the ferry terminal in Izmir."
        " Greece and Turkey just signed an agreement today on ferry routes. ISIS has staged two attacks in Ankara so"
        " far this year: In January, a suicide bomber killed 11 shoppers near a market. In March, a suicide bomber"
        " killed five outside a police station. Authorities have blamed IS for several major bombings over the past"
        " year."
    )
    acts, figures = acts_and_figures(text, date(2018, 4, 9), doers)
    assert acts == [
        ("bombing", "Ankara", "2018-01-01", "month", 11, ("isis",)),
        ("bombing", "Ankara", "2018-03-01", "month", 5, ("isis",)),
        ("bombing", "İzmir", None, "unknown", 33, ()),
    ]
    assert figures == []


def test_a_town_named_with_its_airport_among_towns_abroad_and_a_governor_by_name():
    text = (
        "Officials said at least 36 people have been killed in a double suicide bombing at the third-busiest airport"
        " in Europe. According to the justice minister, a gunman fired shots at the arrivals terminal at Istanbul"
        " Ataturk Airport. The Iraqi government seized control of Fallujah on Monday after a long fight."
    )
    assert incident_summary(only_incident(text, date(2016, 6, 28)))[:2] == ("bombing", "Istanbul")
    said = find_attributions("At least 41 people have died, according to Istanbul's governor Vasip Sahin.")
    assert said == [("Istanbul's governor Vasip Sahin", 43, 74)]


def test_police_fire_is_part_of_the_bombing_and_both_groups_blame_no_one():
    text = (
        "IZMIR — Three attackers with suicide vests set off their explosives at the entrance of Izmir’s ferry terminal"
        " on Monday, killing at least 27 people, officials said. Police manning a checkpoint at the entrance shot at"
        " the attackers as they approached. Both Kurdish and Islamic State militants have carried out bomb attacks in"
        " Turkey. The city's tourism industry has been crippled by the recent violence, including the army's battles"
        " with Kurdish militants in the east."
    )
    incident = only_incident(text, date(2018, 4, 9))
    assert incident_summary(incident) == ("bombing", "İzmir", "2018-04-09", "day", 27, [])


def test_a_toll_now_up_to_and_an_act_of_terrorism_named_by_its_group():
    text = (
        "The governor's office says the death toll in Monday evening’s terminal suicide bombing in Izmir is now up"
        " to 33. The prime minister called the attack a planned act of Islamic State terrorism."
    )
    row = incident_summary(only_incident(text, date(2018, 4, 10)))
    assert row == ("bombing", "İzmir", "2018-04-09", "day", 33, ["isis"])
