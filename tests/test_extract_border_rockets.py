"""Lessons from real reports of Islamic State rockets fired from Syria into a Turkish border town: "the southern
Turkish town of Kilis" stays in Turkey however often the report names Syria; rockets "from an area under the control
of Islamic State" or "from an ISIL-held region" were fired by that group; "rockets from Syria hit" is a bombing, and a
rocket that "landed near a hospital" or killed a woman "near a school" made no attack on either; schools "closed but
the town is calm" tell no act, and a child "born in 2012" no day; "a 5-year-old war that has killed more than
250,000 people" is a killing figure of every side. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, country, incident_summary


def _found(text, published):
    incidents, claims = analyse_text(text, published)
    acts = sorted((*incident_summary(i), country(i), tuple(i.child_roles)) for i in incidents)
    return acts, [(c.type, c.count.best, c.count.qualifier, [p.id for p in c.perpetrators]) for c in claims]


def test_rockets_from_the_groups_ground_hit_a_turkish_town():
    text = (
        "Two killed as rockets from Syria hit southern Turkish town\n\nTwo people, including a young child, "
        "were killed when the southern Turkish town of Kilis came under rocket fire from across the Syrian "
        "border on Tuesday, the mayor said. The rockets came from an area under the control of Islamic State, "
        "he said. One rocket landed near a hospital, he added, saying that one of those killed was a child "
        "born in 2012. Kilis schools have been closed but the town is calm.\n\nThe rockets hit a day after "
        "Syrian government forces and rebels agreed a truce in a 5-year-old war that has killed more than "
        "250,000 people."
    )
    acts, figures = _found(text, date(2016, 3, 8))
    assert acts == [("bombing", "Kilis", "2016-03-08", "day", 2, ["isis"], "TR", ("victim",))]
    assert figures == [("killing", 250000, "more_than", [])]


def test_a_rocket_near_a_school_and_an_isil_held_region():
    text = (
        "One killed after rockets from Syria hit Turkey's Kilis\n\nRockets from Syria hit the Turkish town "
        "of Kilis on Sunday, killing one woman near a school, the governor's office said. Turkey has been "
        "hit by a series of rocket attacks originating from an ISIL-held region in Syria since January."
    )
    acts, _ = _found(text, date(2016, 4, 25))
    assert acts == [("bombing", "Kilis", "2016-04-24", "day", 1, ["isis"], "TR", ())]
