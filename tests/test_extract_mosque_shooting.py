"""Lessons from real reports of the mass shootings at two mosques in Christchurch, New Zealand, on 15 March 2019:
"At least one gunman killed 49 people" counts the dead, not the gunman; explosive devices "defused" or "recovered"
tell no bombing; worshippers "kneeling for prayers" were in no one's custody; "a man ... was charged with murder",
"three people were in custody" and "One of the suspects" tell no act and count no victims; "a corporal" is a soldier.
Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import incident_summary, only_incident

from marsad.extract.semantic import lexicon_types
from marsad.extract.victims import victim_counts


def test_a_mosque_shooting_with_arrests_and_defused_devices():
    text = (
        "At least one gunman killed 30 people and wounded 15 during Friday prayers at a mosque in Dunedin, police said."
        " Police said two people were in custody and a man in his 30s was charged with murder. Officers defused"
        " explosive devices found in a car. Worshippers were kneeling for prayers when the gunman burst in."
    )
    incident = only_incident(text, date(2019, 3, 15))
    assert incident_summary(incident) == ("killing", "Dunedin", "2019-03-15", "day", 30, [])


def test_devices_found_tell_no_bombing_but_one_that_went_off_does():
    assert lexicon_types("Firearms and explosive devices were recovered, the commissioner said.") == []
    assert lexicon_types("Police defused a second bomb after the first exploded at the market.") == ["bombing"]


def test_a_charge_of_murder_is_no_act_and_suspects_in_custody_no_victims():
    assert lexicon_types("One of the suspects was later charged with murder.") == []
    assert victim_counts("Police said three people were in custody.") == []
    assert victim_counts("One of the suspects was later charged with murder.") == []


def test_a_corporal_killed_is_a_soldier():
    [(count, category)] = victim_counts("The ambush killed a corporal last year.")
    assert (count.count.best, category) == (1, "soldiers")
