"""Lessons from real reports of al-Shabaab's siege of a hotel and office complex in Nairobi told seven ways
("killed all five attackers who stormed ..., taking at least 21 lives", "50 people believed to have been in the
compound remained unaccounted for", office workers who "barricaded themselves", cars set alight, suspects
arrested), each pinned by a text of our own."""

from __future__ import annotations

from marsad.extract.victims import victim_counts


def _counted(text: str) -> list:
    return [c[0].count.best for c in victim_counts(text)]


def test_attackers_killed_by_the_forces_are_not_the_attack_s_dead():
    assert _counted(
        "Security forces have killed all four attackers who stormed the mall, taking at least 19 lives."
    ) == [19]


def test_people_unaccounted_for_sheltering_or_arrested_and_cars_burnt_count_no_dead():
    assert _counted("At least 30 people believed to have been in the mall remained unaccounted for on Monday.") == []
    assert _counted("Hundreds of terrified shoppers barricaded themselves in the stores.") == []
    assert _counted("Another explosion near the gate ignited two cars.") == []
    assert _counted("Police arrested six more suspects over the attack which left 19 dead.") == [19]


def test_escorts_named_after_the_count_are_among_the_dead():
    told = "Four Italian aid workers with the charity and their local guide and driver were killed Sunday."
    assert _counted(told) == [6]
    assert _counted("Five soldiers and their commander were killed.") == [5]
