"""Lessons from real reports of the gun and suicide-bomb assault on a Sikh gurdwara in Kabul told six ways
("gunmen and suicide bombers blasted their way into", "suggesting the possibility of suicide bombers, but its cause
was unclear", "In 2018, Prominent Sikh leaders were also killed in an Islamic State suicide attack in ... Jalalabad",
"About 200 worshipers were reported to have been in the building"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary


def test_a_gun_and_bomb_assault_is_a_killing_and_an_earlier_year_s_suicide_attack_a_bombing():
    text = (
        "Gunmen and suicide bombers stormed a Hindu temple in Jalalabad on Tuesday, killing 17 worshippers, officials"
        " said.\n"
        "The Islamic State group claimed responsibility for the attack.\n"
        "In 2019, community leaders were also killed in an Islamic State suicide attack in the southern city of"
        " Kandahar."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2021, 6, 9))
    assert sorted(incident_summary(i)[::4] + (i.date.start[:4],) for i in incidents) == [
        ("bombing", None, "2019"),
        ("killing", 17, "2021"),
    ]


def test_a_blast_of_unclear_cause_makes_no_bombing_and_local_media_is_a_source():
    text = (
        "Twelve people were killed after gunmen opened fire at a shrine in Herat on Friday, local media reported.\n"
        "A blast was heard near the shrine, suggesting the possibility of a suicide bomber, but its cause was unclear."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2021, 6, 12))
    assert [incident_summary(i)[::4] for i in incidents] == [("killing", 12)]
    assert incidents[0].sources[0].attributed_to == "local media"


def test_people_present_are_not_the_dead_and_a_similar_attack_years_ago_is_its_own_act():
    text = (
        "On 18 October 2021, assailants armed with rifles attacked a Shia mosque in Kunduz.\n"
        "About 150 worshippers were reported to have been in the hall, in which 19 were killed after an hour-long"
        " assault.\n"
        "This was not the first such attack on the community; a similar Islamic State attack on Hazaras killed many"
        " in Mazar-i-Sharif in 2020."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2021, 10, 20))
    assert sorted((incident_summary(i)[2][:4], incident_summary(i)[4]) for i in incidents) == [
        ("2020", None),
        ("2021", 19),
    ]
