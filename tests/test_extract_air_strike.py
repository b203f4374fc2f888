"""Lessons from real reports of the Myanmar junta's air strike on a ceremony at Pazigyi (Pa Zi Gyi) in Sagaing
Region told eight ways ("a junta airstrike on Pazigyi Village", "a regime jet fighter bombed", "40, including
children, were critically injured", "on Wednesday, a day after one of the deadliest attacks since the junta took
power in a coup two years ago", "The total number of people killed in the airstrike has reached 168", "according to
activist group Kyunhla", "who were attending a ceremony", "near the country's second-largest city, Mandalay", "In an
assault that took place on April 11, 2023"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.actors import actor_table
from marsad.extract.children import child_victims_noted
from marsad.extract.places import gazetteer
from marsad.extract.quotes import find_attributions
from marsad.extract.victims import victim_counts


def _summaries(text: str, published: date) -> list[tuple]:
    [(incidents, _)] = analyse_many_texts([text], published)
    return [incident_summary(i) for i in incidents]


def test_the_junta_and_its_regions_are_known():
    table = actor_table()
    assert [m.actor.id for m in table.find("a regime jet fighter bombed the village", "MM", frozenset({"MM"}))] == [
        "myanmar-military"
    ]
    assert table.find("the junta in Bamako", "ML", frozenset({"ML"})) == []  # a local name, in Myanmar only
    assert gazetteer().resolve("Chin State").country == "MM"
    text = "The number of people killed in a junta airstrike on Tawma Village in Sagaing Region has risen to 43."
    assert [s[0] for s in _summaries(text, date(2023, 5, 2))] == ["bombing"]
    assert [s[5] for s in _summaries(text, date(2023, 5, 2))] == [["myanmar-military"]]


def test_the_wounded_with_an_aside_and_deaths_during_an_air_strike():
    text = "Over 40 people were killed and 30, including children, were critically injured during an airstrike."
    assert [c.count.best for c, _ in victim_counts(text)] == [40]
    assert child_victims_noted("Among the victims — 30 men and 13 women — were nine children under the age of 10")


def test_an_earlier_school_strike_does_not_take_the_air_strike_s_sentences():
    text = (
        "Over 40 people were killed during an airstrike on Tawma village of Sagaing Region on May 1.\n"
        "Locals said that two air force jets fired on Tawma village.\n"
        "In October 2022, the Myanmar Air Force struck a school in Let Yet Kone village of Depayin Township, killing"
        " at least 12 people."
    )
    found = sorted(s[:5] for s in _summaries(text, date(2023, 5, 2)))
    assert found == [
        ("attack_on_school_or_hospital", "Let Yet Kone", "2022-10-01", "month", 12),
        ("bombing", "Tawma", "2023-05-01", "day", 40),
    ]


def test_the_day_after_and_the_final_total():
    text = (
        "Relatives were still recovering bodies of victims killed in an air strike on a village in Myanmar on"
        " Wednesday, a day after one of the deadliest attacks since the junta took power in a coup two years ago.\n"
        "At least 40 people were killed after Myanmar's military bombed the village of Tawma on Tuesday."
    )
    assert [s[2:5] for s in _summaries(text, date(2023, 5, 4))] == [("2023-05-02", "day", 40)]
    text = (
        "Twelve children are among those killed in the junta's airstrike on Tawma village in Sagaing Region on"
        " 1 May.\nThe total number of people killed in the airstrike has reached 43."
    )
    assert [s[4] for s in _summaries(text, date(2023, 5, 6))] == [43]


def test_a_group_named_after_its_kind_is_the_source_and_a_ceremony_is_one_act():
    said = "At least 40 people were killed, according to activist group Htilin. The group said nine were children."
    assert [a[0] for a in find_attributions(said)] == ["Htilin", "Htilin"]
    text = (
        "Airstrikes by Myanmar's military have killed as many as 40 people, including many children, who were"
        " attending a ceremony in Tawma village, near the country's second-largest city, Mandalay."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2023, 5, 2))
    assert claims == [] and [incident_summary(i)[1] for i in incidents] == ["Tawma"]


def test_an_assault_that_took_place_sets_the_scene():
    text = (
        "In an assault that took place on May 1, 2023, in Tawma village, the military used jets to bomb a"
        " festival.\nAt least 43 lives were lost in the strike by the Myanmar military."
    )
    assert [s[2] for s in _summaries(text, date(2023, 8, 4))] == ["2023-05-01"]
