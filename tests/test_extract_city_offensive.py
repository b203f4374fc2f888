"""Lessons from real reports of the M23's capture of Goma in January 2025 and the women raped and burned alive in
the Munzenze prison break: "executed a rapid advance" kills no one; "a city of more than a million people" counts its
people, not victims; "missiles reportedly flying over residential homes" is no blast; civilian volunteers enlisted to
defend a city are no recruited children; "killed during the fighting" adds up a war's dead; "A shocking UN report has
revealed" names the UN, and "Malawi has announced plans to withdraw" is a decision, no source. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary

GOMA = (
    "M23 fighters now hold Goma, a city of more than a million people, after they executed a rapid advance through"
    " eastern Congo. More than 100 women were raped and then burned alive during a jailbreak at the city's main prison"
    " on Monday, a UN report has revealed. The UN says at least 2,900 people were killed during the fighting. Missiles"
    " were reported flying over residential homes. The authorities enlisted hundreds of civilian volunteers to help"
    " defend Bukavu. Malawi has announced plans to withdraw its troops."
)


def test_a_prison_atrocity_in_a_city_taken_by_rebels_and_the_wars_toll():
    incidents, claims = analyse_text(GOMA, date(2025, 2, 5))
    assert [incident_summary(i) for i in incidents] == [
        ("sexual_violence", "Goma", "2025-02-03", "day", 100, []),
        ("killing", "Goma", "2025-02-03", "day", 100, []),
    ]
    assert [i.sources[0].attributed_to for i in incidents] == ["UN", "UN"]
    assert [(c.type, c.count.low, c.attributed_to) for c in claims] == [("killing", 2900, "UN")]


def test_boys_enlisted_by_a_group_are_still_recruited():
    text = "The M23 enlisted dozens of boys from the camps near Goma, Congo, last month, the UN said."
    incidents, _ = analyse_text(text, date(2025, 2, 5))
    assert [i.type for i in incidents] == ["child_recruitment"]
