"""Lessons from real reports of militia attacks on camps for displaced people in Ituri: the town survivors "sought
refuge in" is no scene; "the Ivo displaced people's camp" and "a UN-run camp called “LALA”" name the camp; "an aid
worker said" names the source. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import country, incident_summary, only_incident


def _row(text, published):
    incident = only_incident(text, published)
    return (*incident_summary(incident)[:5], country(incident), incident.sources[0].attributed_to)


def test_the_town_survivors_fled_to_is_no_scene():
    text = (
        "Over 30 civilians were killed in an attack by a militia on a camp for displaced people in Ituri "
        "province on Tuesday, the UN mission said. Many survivors have sought refuge in the nearby town "
        "of Bunia."
    )
    assert _row(text, date(2023, 6, 14)) == ("killing", "Ituri", "2023-06-13", "day", 30, "CD", "UN mission")


def test_camps_named_before_displaced_people_s_camp_or_called_by_name():
    text = (
        "A new attack on the Kigonze displaced people's camp in the northeast of the Democratic Republic "
        "of Congo on Sunday claimed the lives of 18 civilians, an aid worker said."
    )
    assert _row(text, date(2021, 11, 22)) == ("killing", "Kigonze", "2021-11-21", "day", 18, "CD", "an aid worker")
    text = (
        "On Saturday, militants attacked a UN-run camp called “RHOO” for displaced persons in Ituri province. "
        "At least 20 civilians were killed."
    )
    assert _row(text, date(2023, 6, 12)) == ("killing", "Rhoo", "2023-06-10", "day", 20, "CD", None)
