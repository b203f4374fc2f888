"""Lessons from real reports of the bombing of Metrojet Flight 9268 over the Sinai on 31 October 2015: an airliner that
"exploded above the northern Sinai Peninsula" was bombed there, not at the airport it left ("following its departure
from Sharm El Sheikh International Airport") nor in the city it flew to ("en route to Pulkovo Airport, Saint
Petersburg, Russia"); the Islamic State's Sinai branch is an actor of its own, and a group that "said it planted the
bomb" is the doer. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import country, doers, incident_summary, only_incident

from marsad.extract.actors import actor_table


def test_a_jet_bombed_over_the_sinai_is_placed_where_it_exploded_and_its_branch_did_it():
    text = (
        "On 12 March 2017 a charter jet exploded above the northern Sinai Peninsula following its departure from Sharm"
        " El Sheikh International Airport, Egypt, en route to Pulkovo Airport, Saint Petersburg, Russia. All 150"
        " passengers and crew on board died in the bombing. Sinai Province, the Islamic State's branch in the"
        " peninsula, said it planted the bomb."
    )
    incident = only_incident(text, date(2017, 3, 14))
    assert incident_summary(incident) == ("bombing", "North Sinai", "2017-03-12", "day", 150, ["is-sinai"])
    assert country(incident) == "EG"


def test_the_sinai_branch_has_its_names_and_an_egyptian_claim_stays_the_islamic_states():
    found = actor_table().find("Ansar Bait al-Maqdis and IS in Sinai", "EG")
    assert {m.actor.id for m in found} == {"is-sinai"}
    text = (
        "Twin suicide bombings at two churches in the Egyptian city of Tanta killed at least 27 people on Sunday. The"
        " Islamic State claimed the attacks."
    )
    assert doers(only_incident(text, date(2017, 4, 10))) == ("isis",)
