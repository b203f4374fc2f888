"""Lessons from real reports of the two gun attacks on the Shah Cheragh shrine in Shiraz, Iran (26 October 2022, claimed
by the Islamic State; 13 August 2023): the day "protests that started nearly six weeks ago" began is not the act's, and
a death in custody told as their cause makes no execution; a state hanging men "alleged to have helped carry out" or
"for their involvement in" an attack is no act; "had previously been targeted in October, resulting in the deaths of
13" is an earlier act, whose claim ("claimed responsibility for that attack, however, no group has yet claimed the
latest") names its doer; "four people have been killed so far following a terrorist attack" is the act's toll; "In
addition to one death" counts one dead; an earlier act at "Shah Cheragh" or at "the shrine itself" happened in the
town the report puts the shrine in; a gunman who "died in hospital" attacked no hospital; "wanted to 'revenge the
execution of two terrorists'" tells no execution; "Iranian media reported", "the group Human Rights Activists in Iran"
and "the deputy governor of Fars province, Esmail Mohebipur" are sources; "there were 15 dead" is a toll; twin
bombings that "targeted Iran's Parliament" in 2017 are an act of their own, not in the title's town. Texts of our
own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, incident_summary, only_incident, source

_WEDNESDAY = date(2022, 10, 26)
_NEXT_SUMMER = date(2023, 8, 14)


def test_a_protest_waves_start_and_a_death_in_custody_are_no_act():
    text = (
        "Gunmen killed 15 worshippers at the Shah Cheragh shrine in Shiraz on Wednesday evening, state media said.\n"
        "It is not clear whether the shooting is tied to the anti-government protests that started nearly six weeks "
        "ago after the death in custody of a young woman held by the morality police."
    )
    incident = only_incident(text, _WEDNESDAY)
    assert incident_summary(incident) == ("killing", "Shiraz", "2022-10-26", "day", 15, [])
    assert source(incident) == "state media"


def test_a_state_hanging_men_for_an_attack_is_no_act():
    text = (
        "One worshipper was killed when a gunman opened fire at a shrine in Shiraz on Sunday, state media reported.\n"
        "In October, 13 people were killed in an attack on Shah Cheragh that the Islamic State group claimed.\n"
        "Last month, Iran executed two men alleged to have helped carry out the October attack."
    )
    acts, figures = acts_and_figures(text, date(2023, 8, 13), lambda i: incident_summary(i)[5])
    assert acts == [
        ("killing", "Shiraz", "2022-10-01", "month", 13, ["isis"]),
        ("killing", "Shiraz", "2023-08-13", "day", 1, []),
    ]
    assert figures == []


def test_an_earlier_act_told_as_the_shrines_past_and_its_claim():
    text = (
        "A gun attack on the Shah Cheragh shrine in Shiraz has left four people dead, according to state media.\n"
        "The shrine had previously been targeted in October, resulting in the deaths of 13 worshippers. The Islamic "
        "State claimed responsibility for that attack, however, no group has yet claimed the latest one.\n"
        'IRNA said that "four people have been killed so far following a terrorist attack." To protect the shrine, '
        "Iranian authorities executed two men accused of involvement in the previous attack."
    )
    incidents, claims = analyse_text(text, _NEXT_SUMMER)
    assert sorted((incident_summary(i) for i in incidents), key=str) == [
        ("killing", "Shiraz", "2022-10-01", "month", 13, ["isis"]),
        ("killing", "Shiraz", None, "unknown", 4, []),
    ]
    assert claims == []


def test_one_death_the_shrine_itself_and_a_motive():
    text = (
        "Four suspects held after shrine attack\n"
        "The attack came less than a year after a similar assault on the shrine of Shah Cheragh in Shiraz.\n"
        "In addition to one death, the attack injured eight people, IRNA said.\n"
        'The governor said the gunman wanted to "revenge the execution of two terrorists" by attacking the same shrine '
        "again.\n"
        "- In October 2022, 13 people were killed in an armed attack targeting the shrine itself, and ISIS claimed "
        "it.\n"
        "- In July, two men were hanged in public for their involvement in that attack."
    )
    incidents, claims = analyse_text(text, _NEXT_SUMMER)
    assert sorted((incident_summary(i)[:5] for i in incidents), key=str) == [
        ("killing", "Shiraz", "2022-10-01", "month", 13),
        ("killing", "Shiraz", None, "unknown", 1),
    ]
    assert claims == []


def test_a_gunman_dead_in_hospital_and_a_named_rights_group():
    text = (
        "Shiraz shrine gunman dies\n"
        "A gunman who killed 15 people at a Shiite shrine in southern Iran this week has died in hospital, Iranian "
        "media reported.\n"
        "The attacker died in hospital in Shiraz on Saturday, according to the Fars news agency, three days after the "
        "attack at Shah Cheragh in Shiraz, the country's second-holiest Shiite shrine.\n"
        "At least 270 people have been killed in the unrest that has swept Iranian cities, according to the group "
        "Human Rights Activists in Iran."
    )
    incidents, claims = analyse_text(text, date(2022, 10, 29))
    [incident] = incidents
    assert incident_summary(incident)[:2] == ("killing", "Shiraz")
    assert source(incident) == "Iranian media"
    [claim] = claims
    assert (claim.count.low, claim.perpetrators, claim.attributed_to) == (270, [], "Human Rights Activists in Iran")


def test_a_named_officials_toll_and_an_earlier_act_at_its_own_landmark():
    text = (
        "Shrine attack in Shiraz\n"
        "According to the deputy governor of Fars province, Esmail Mohebipur, there were 15 dead after a gunman opened "
        "fire at the Shah Cheragh shrine in Shiraz on Wednesday.\n"
        "Iran's Supreme National Security Council initially said three gunmen had taken part. The Islamic State "
        "claimed the attack.\n"
        "In 2017 the Islamic State carried out twin bombings that targeted Iran's Parliament and the mausoleum of "
        "Ayatollah Khomeini."
    )
    acts, _ = acts_and_figures(text, date(2022, 10, 27), source)
    assert acts == [
        ("bombing", None, "2017-01-01", "year", None, None),
        ("killing", "Shiraz", "2022-10-26", "day", 15, "Esmail Mohebipur"),
    ]


def test_a_village_of_its_own_is_not_moved_to_the_district_named_after_it():
    text = (
        "Islamist insurgents beheaded more than 50 people on a football pitch in a village in Mozambique's Cabo "
        "Delgado province over the weekend, state media reported on Monday.\nThe militants raided the village of "
        "Nanjaba in Muidumbe district on Friday night, setting houses on fire and abducting several women and "
        "children, according to survivors."
    )
    incidents, _ = analyse_text(text, date(2020, 11, 10))
    abduction = next(i for i in incidents if i.type == "abduction")
    assert incident_summary(abduction)[1] == "Nanjaba"
