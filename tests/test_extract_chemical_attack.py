"""Lessons from real reports of the sarin attack on Khan Shaykhun (Khan Sheikhoun), Idlib, Syria (4 April 2017): a
chemical attack told as an air strike ("struck by an airstrike by government forces", "warplanes targeted Khan
Sheikhoun with gases") is a bombing, one told only as "a suspected chemical attack" a killing; "The release of a toxic
gas ... killed at least 89 people" frees no one; "The ... attack took place on 4 April 2017 on the town of ..." dates
and places the act told after it; an infobox's "Executed By:" and "Outcome:" lines are no acts; cruise missiles
launched "at Shayrat Air Base", or the "response in the form of US missile strikes on a Syrian airbase", kill no one
told and are no act; "Assad's army" and "the Syrian Air Force" are Syria's government forces; doctors treating victims
"at a makeshift hospital" tell no attack on a hospital. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import incident_summary, only_incident, source

_DAY = date(2017, 4, 4)


def test_an_airstrike_with_gas_told_in_an_encyclopaedia_lede():
    text = (
        "Khan Shaykhun chemical attack\n- Executed By: Syrian Air Force\n- Outcome: US launches retaliatory missile "
        "strike\nThe Khan Shaykhun chemical attack took place on 4 April 2017 on the town of Khan Shaykhun in Idlib, "
        "Syria. The town was reported to have been struck by an airstrike by government forces. The release of a toxic "
        "gas killed at least 89 people, according to the Idlib Health Directorate.\n"
        "On 7 April, the United States launched 59 cruise missiles at Shayrat Air Base."
    )
    incident = only_incident(text, date(2023, 6, 1))
    assert incident_summary(incident)[:5] == ("bombing", "Khān Shaykhūn", "2017-04-04", "day", 89)
    assert incident_summary(incident)[5] == ["syria-government"]
    assert source(incident) == "Idlib Health Directorate"


def test_airstrikes_targeting_a_town_by_assads_army():
    text = (
        "On April 4, Syrian President Bashar al-Assad's army conducted airstrikes targeting the town of Khan Sheikhoun "
        "in the rebel-held province of Idlib, Syria. The attack killed 85 people, including 23 children."
    )
    incident = only_incident(text, date(2017, 4, 9))
    assert incident_summary(incident)[0::4] == ("bombing", 85)
    assert incident_summary(incident)[5] == ["syria-government"]


def test_a_response_of_missile_strikes_on_an_airbase_is_no_act():
    text = (
        "The Khan Sheikhoun attack of April 4 2017 in Syria, which killed dozens, drew a response in the form of US "
        "missile strikes on a Syrian airbase."
    )
    incident = only_incident(text, date(2017, 7, 6))
    assert incident_summary(incident)[0:4] == ("killing", "Khān Shaykhūn", "2017-04-04", "day")


def test_victims_treated_at_a_makeshift_hospital_and_warplanes_that_targeted_a_town_with_gas():
    text = (
        "Doctors treated children after the suspected chemical attack, at a makeshift hospital in the town of Khan "
        "Sheikhoun, Syria.\nWarplanes targeted Khan Sheikhoun with gases on Tuesday morning, said Mounzer Khalil, head "
        "of the local health authority, adding that the attack had killed more than 100 people."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident)[0:5] == ("bombing", "Khān Shaykhūn", "2017-04-04", "day", 100)
