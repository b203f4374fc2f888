"""Lessons from real reports of the Rapid Support Forces' shelling of the Sabreen market in Omdurman, Sudan, in
September 2024 and February 2025: "Shells fired by the RSF struck" a market is a bombing; a market's own name is no
village when its town is told after it ("Sabreen Market in north Omdurman"), and "the Karari locality" names Karari;
"according to a press release from the Sudanese Ministry of Health" and "according to the health ministry of Sudan"
name the source; atrocities "documented" by rights groups and the UN since the war began are no act. Texts of our
own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary

OMDURMAN = (
    "Shells fired by the Rapid Support Forces struck the Sabreen Market in the Karari locality of Omdurman, Sudan, on"
    " Saturday, killing at least 50 people, according to a press release from the Sudanese Ministry of Health. Human"
    " rights groups and the United Nations have documented severe atrocities, including ethnically motivated killings"
    " and sexual violence, since the war began."
)


def test_shells_that_struck_a_market_named_in_its_locality():
    [incident], claims = analyse_text(OMDURMAN, date(2025, 2, 3))
    assert incident_summary(incident) == ("bombing", "Karari", "2025-02-01", "day", 50, ["rsf"])
    assert incident.sources[0].attributed_to == "Sudanese Ministry of Health"
    assert claims == []


def test_a_market_named_after_its_village_in_a_province_still_names_the_village():
    text = (
        "A Saudi-led coalition air strike hit the busy Dahyan market in Sa'ada province on Thursday, killing 40, Yemeni"
        " officials said."
    )
    [incident], _ = analyse_text(text, date(2018, 8, 10))
    assert incident_summary(incident)[1] == "Dahyan"
