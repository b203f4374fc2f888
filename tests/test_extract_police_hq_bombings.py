"""Lessons from real reports of the suicide bombings of the police headquarters and academy in N'Djamena on 15 June
2015: "Unconfirmed reports" are no source, a group that "was suspected of carrying out the attack" is blamed, "Earlier,
a police official had told AFP that ..." retells the act (it tells no earlier one), and a government that "attributed
the attack to Boko Haram" and "announced the arrest of about 60 people" tells no abduction. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import doers, incident_summary, only_incident


def test_unconfirmed_reports_are_no_source():
    text = (
        "Unconfirmed reports say at least 30 cadets were killed when a suicide bomber attacked the police academy in"
        " Niamey this morning."
    )
    incident = only_incident(text, date(2016, 3, 10))
    assert incident_summary(incident)[:5] == ("bombing", "Niamey", "2016-03-10", "day", 30)
    assert incident.sources[0].attributed_to is None


def test_a_group_suspected_of_carrying_out_the_attack_is_blamed():
    text = (
        "Two blasts outside the police headquarters killed at least 10 people in Maroua yesterday, police officials"
        " said. Residents said that Boko Haram was suspected of carrying out the attack."
    )
    assert doers(only_incident(text, date(2015, 7, 23))) == ("boko-haram",)


def test_an_earlier_telling_is_no_earlier_act_and_arrests_are_no_abduction():
    text = (
        "Twenty people were killed on Monday in suicide bombings targeting police in Maroua. Earlier, a police official"
        " had told AFP that two suicide bombers carried out the attacks. Cameroon, which attributed the attack to Boko"
        " Haram, has announced the arrest of about 40 people in connection with it."
    )
    incident = only_incident(text, date(2015, 7, 14))
    assert incident_summary(incident) == ("bombing", "Maroua", "2015-07-13", "day", 20, ["boko-haram"])
