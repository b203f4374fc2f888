"""Lessons from real reports of Boko Haram's killings of farmers and fishermen in Borno (Zabarmari in November 2020,
the rice fields of Mafa in November 2023, Dumba near Baga in January 2025): "gathered around the bodies of 43 slain
farmers and fishermen during a funeral on Sunday", "laid them to rest in mass graves", "buried at least 43 people in
nine mass graves after the Saturday onslaught", "residents of the Zabarmari community"; each pinned by a text of our
own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, doers


def test_the_dead_buried_in_mass_graves_were_killed_not_executed_and_a_funeral_s_day_dates_nothing():
    text = (
        "Residents of the Koshebe community gathered around the bodies of 30 slain farmers during a funeral on Sunday."
        " Boko Haram fighters attacked them early Saturday morning while they worked in a rice field. The community"
        " laid them to rest in mass graves."
    )
    [incident], _ = analyse_text(text, date(2020, 11, 30))
    summary = incident.as_json()
    assert (incident.type, summary["location"]["name"], summary["date"]["start"]) == (
        "killing",
        "Koshebe",
        "2020-11-28",
    )
    assert doers(incident) == ("boko-haram",)


def test_people_buried_in_several_mass_graves_are_the_toll_of_a_killing():
    text = (
        "Residents in Mafa on Sunday buried at least 25 people in four mass graves after Saturday's attack. Suspected"
        " Boko Haram insurgents killed the farmers while they worked on rice fields."
    )
    acts, _ = acts_and_figures(text, date(2020, 11, 30))
    assert [(t, p, n) for t, p, _, _, n in acts] == [("killing", "Mafa", 25)]
