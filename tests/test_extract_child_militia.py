"""Lessons from real reports of the Kamuina Nsapu militia in Congo's Kasai provinces, 2017 and 2018: police
"apprehended ... and decapitated" after an ambush are one execution by the group (the ambush is how they were taken,
those "spared" are no victims, a convoy's route no scene); "security forces killed the militia's leader" is no act of
the militia; Kasai is a Congolese province, not the Japanese town; a photograph "seen in Tshienke ..., on March 12"
lends the story no scene; and children's recruitment told as running figures ("As of December 2017, 2,261 children
have been identified as child soldiers", "helped 826 former child soldiers", "Thousands of children ... have been
associated with militias"), not "six in 10 militia fighters". Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, country, incident_summary

from marsad.extract import lexicon as lx
from marsad.extract.places import gazetteer
from marsad.extract.victims import victim_counts

K = ["kamuina-nsapu"]


def test_police_captured_after_an_ambush_and_beheaded_are_one_execution_off_the_route():
    text = (
        "Militia fighters beheaded about 30 police officers after ambushing their convoy in central Congo, a"
        " provincial official said on Sunday. The Kamuina Nsapu militiamen attacked on Saturday as the convoy drove"
        " from the city of Tshikapa to Kananga. The fighters captured the officers and beheaded them, but spared the"
        " lives of four who spoke Tshiluba. More than 400 people have been killed in the region since August,"
        " according to the United Nations."
    )
    [incident], [claim] = analyse_text(text, date(2017, 4, 2))
    assert incident_summary(incident)[0] == "execution"
    assert incident_summary(incident)[2:] == ("2017-04-01", "day", 30, K)
    assert incident.as_json()["location"]["name"] not in ("Tshikapa", "Kananga")
    assert (claim.type, claim.count.low, claim.attributed_to) == ("killing", 400, "United Nations")


def test_those_spared_or_investigated_are_no_victims():
    assert victim_counts("the fighters spared the lives of four police officers who spoke Tshiluba") == []
    assert victim_counts("It identified ten mass grave sites and was investigating seven others.") == []
    assert [c.text for c, _ in victim_counts("The fighters beheaded four police officers.")] == ["four"]


def test_the_leader_security_forces_killed_is_no_act_of_his_group():
    text = (
        "Kamuina Nsapu militiamen beheaded 42 police officers in the Kasai region on Friday, an official said. The"
        " militia has been fighting government forces since August, when security forces killed its leader."
    )
    execution, killing = sorted(analyse_text(text, date(2017, 3, 26))[0], key=lambda i: i.type)
    assert incident_summary(execution) == ("execution", "Kasai", "2017-03-24", "day", 42, K)
    assert incident_summary(killing) == ("killing", "Kasai", "2016-08-01", "month", 1, [])
    assert country(killing) == "CD"


def test_kasai_is_a_congolese_province():
    assert gazetteer().resolve("Kasai").country == "CD"
    assert gazetteer().resolve("Central Kasai").name == "Kasai-Central"


def test_a_described_photograph_lends_no_scene_and_a_probe_is_no_battle():
    text = (
        "Skulls of people killed in the fighting are seen in a village near Kananga, Kasai-Central province, on March"
        " 12.\nReports emerged over the weekend that Kamuina Nsapu fighters had beheaded 42 police officers in the"
        " Kasai region. The group is also suspected of having kidnapped two UN experts working to investigate recent"
        " clashes."
    )
    incidents, _ = analyse_text(text, date(2017, 3, 27))
    summaries = sorted(incident_summary(i) for i in incidents)
    assert summaries == [("abduction", "Kasai", None, "unknown", 2, K), ("execution", "Kasai", None, "unknown", 42, K)]


def test_recruitment_running_figures():
    text = (
        "As of December 2017, 2,150 children had been identified as child soldiers in the Kasai provinces, UNICEF"
        " said. UNICEF and its partners have helped 790 former child soldiers in transit centres in Kananga and"
        " Tshikapa. At the height of the conflict an estimated six in 10 militia fighters were children."
    )
    incidents, claims = analyse_text(text, date(2018, 1, 20))
    assert incidents == []
    assert sorted((c.type, c.count.low, c.attributed_to) for c in claims) == [
        ("child_recruitment", 790, "UNICEF"),
        ("child_recruitment", 2150, "UNICEF"),
    ]


def test_thousands_of_children_associated_with_militias_are_a_figure():
    text = (
        "Thousands of children in Kasai have been associated with militias. Many are being used by militias in combat"
        " as human shields."
    )
    incidents, [claim] = analyse_text(text, date(2018, 5, 11))
    assert incidents == []
    assert (claim.type, claim.count.low, claim.count.qualifier) == ("child_recruitment", 2000, "range")


def test_children_formerly_associated_are_no_recruitment_told():
    assert not lx.TRIGGERS["child_recruitment"].search("centres helping children formerly associated with militias")
    assert lx.TRIGGERS["child_recruitment"].search("Hundreds of children were associated with armed groups.")
