"""Lessons from real reports of a family's suicide bombings of three churches in Surabaya told eight ways ("a couple
and their four children set off suicide bombs", "were linked to Jemaah Ansharut Daulah (JAD), a local group inspired
by the Islamic State", "The terrorist group claimed responsibility", "one of its worst attacks since the 2002 Bali
bombings", "Other attacks also took place on Monday", "The next day, a family of five ... targeted a police station",
"Earlier on Sunday in West Java province, police said they killed four suspected militants", "the Vatican's Fides
news agency reported"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.children import CHILD_PERPETRATOR
from marsad.extract.pipeline import load_nlp
from marsad.extract.placenames import find_places


def _roles(text: str, published: date) -> list[list[str]]:
    [(incidents, _)] = analyse_many_texts([text], published)
    return [i.as_json()["children"]["roles"] for i in incidents]


def test_children_of_a_family_that_bombs_are_its_perpetrators():
    for said in (
        "A couple and their three children set off suicide bombs at two churches.",
        "A family of five, that included three children, carried out a suicide bombing at the police post.",
        "Police said the attackers comprised a husband and wife and their two sons aged 15 and 17.",
        "It was the first time that children had been involved in attacks in the country.",
    ):
        assert CHILD_PERPETRATOR.search(said), said
    text = (
        "A couple and their three children set off suicide bombs at two churches in Makassar on Sunday, killing nine."
    )
    assert _roles(text, date(2019, 3, 11)) == [["perpetrator"]]


def test_a_branch_blamed_after_its_parent_s_claim_is_the_doer_and_the_group_is_the_one_named_before():
    text = (
        "A couple and their three children set off suicide bombs at two churches in Makassar on Sunday, killing at"
        " least nine worshippers, police said. The Islamic State claimed the attacks. The family members were linked"
        " to Jamaah Ansharut Daulah, a network inspired by the Islamic State."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2019, 3, 11))
    assert [incident_summary(i)[5] for i in incidents] == [["jad"]]
    text = (
        "Suicide bombers struck a church in Makassar on Sunday, killing nine, police said. Police said the bombers"
        " had trained with the Islamic State in Syria. The terrorist group claimed responsibility for the bombing."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2019, 3, 11))
    assert [incident_summary(i)[5] for i in incidents] == [["isis"]]


def test_an_earlier_act_compared_with_keeps_its_day_island_and_no_child_bombers():
    text = (
        "A couple and their three children set off suicide bombs at two churches in Makassar on Sunday, killing nine"
        " people. It was the worst attack since the 2000 Christmas Eve bombings, when bombs exploded at churches on"
        " the island of Bali and killed 19 people."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2019, 3, 11))
    assert sorted((incident_summary(i)[:5], i.as_json()["children"]["roles"]) for i in incidents) == [
        (("bombing", "Bali", "2000-12-24", "day", 19), []),  # the Christmas Eve of the year told
        (("bombing", "Makassar", "2019-03-10", "day", 9), ["perpetrator"]),
    ]


def test_the_next_day_and_other_attacks_on_monday_are_other_acts():
    text = (
        "On 17 March, a family of four bombed a church in Makassar, killing five people.\n"
        "Other attacks also took place on Monday. A mother and her two sons, riding a motorcycle, blew themselves up"
        " at the police post in Makassar. Three of the bombers were killed.\n"
        "The next day, in Central Java province, police said they killed three suspected militants who resisted"
        " arrest."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2019, 3, 20))
    assert [incident_summary(i)[:5] for i in incidents] == [
        ("bombing", "Makassar", "2019-03-17", "day", 5),
        ("bombing", "Makassar", "2019-03-18", "day", None),
        ("armed_clash", "Central Java", "2019-03-19", "day", 3),
    ]


def test_earlier_that_day_is_no_earlier_toll_and_a_news_agency_s_country_is_no_scene():
    text = "Earlier on Monday in East Java province, police said they shot dead two suspected militants."
    [(incidents, _)] = analyse_many_texts([text], date(2019, 3, 12))
    assert [incident_summary(i)[:5] for i in incidents] == [("armed_clash", "East Java", "2019-03-11", "day", 2)]
    said = "Church leaders were shocked by the bombings in Surabaya, the Vatican's Fides news agency reported."
    assert [p[0].name for p in find_places(load_nlp()(said), said)] == ["Surabaya"]
