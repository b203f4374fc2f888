"""Lessons from real reports of jihadist attacks on churches in northern Burkina Faso: "a priest and five
parishioners" counts six; "Today's attack comes two weeks after a similar attack ..." tells the report's act and an
earlier one; attacks "attributed to a number of jihadist groups, including ..." blame no one; "the Catholic Church of
Dablo" names the town; a health centre looted after the killing is an act of its own; who the report quotes;
"kidnapped a month ago"; a hostage rescue "in an overnight raid that cost the lives of two soldiers". Texts of our
own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, country, incident_summary, only_incident

from marsad.extract.quotes import find_attributions


def _row(incident):
    return (*incident_summary(incident)[:5], country(incident), incident.sources[0].attributed_to)


def test_a_priest_and_the_faithful_killed_with_him_count_together():
    text = (
        "Gunmen on motorbikes killed a priest and five parishioners during Sunday mass in Toulfe, northern "
        "Burkina Faso, a security source said."
    )
    incident = only_incident(text, date(2019, 5, 13))
    assert _row(incident) == ("killing", "Toulfe", "2019-05-12", "day", 6, "BF", "a security source")


def test_today_s_attack_and_the_earlier_one_it_follows_are_two_acts():
    text = (
        "Armed men shot dead a pastor and four congregants in a Protestant church in Zimtenga, northern Burkina "
        "Faso, local officials said. Today’s attack comes two weeks after a similar raid on a church in "
        "Kompienbiga, also in the north, when gunmen on motorbikes killed a catechist and three worshippers. "
        "Burkina Faso has suffered attacks attributed to a number of jihadist groups, including the Ansarul "
        "Islam group."
    )
    incidents, _ = analyse_text(text, date(2019, 6, 9))
    assert sorted(_row(i) for i in incidents) == [
        ("killing", "Kompienbiga", "2019-05-20", "week", 4, "BF", "local officials"),  # the only source
        ("killing", "Zimtenga", "2019-06-09", "day", 5, "BF", "local officials"),
    ]
    assert all(i.perpetrators == [] for i in incidents)  # suspects listed, no one blamed


def test_a_congregation_named_by_its_town_sets_the_scene():
    text = (
        "Gunmen killed four people attending mass at the Catholic Church of Toulfe in northern Burkina Faso "
        "on Sunday morning, witnesses said."
    )
    incident = only_incident(text, date(2019, 5, 13))
    assert _row(incident)[:5] == ("killing", "Toulfe", "2019-05-12", "day", 4)


def test_a_health_centre_looted_after_the_killing_is_an_act_of_its_own():
    text = (
        "At 9am yesterday, about 30 jihadists on motorcycles encircled the church in the town of Zimtenga in "
        "northern Burkina Faso and shot dead a priest and three worshippers. The gunmen then set fire to the "
        "church and several shops before looting a health centre and burning it down."
    )
    incidents, _ = analyse_text(text, date(2019, 5, 13))
    assert sorted(incident_summary(i)[:5] for i in incidents) == [
        ("attack_on_school_or_hospital", "Zimtenga", "2019-05-12", "day", None),
        ("killing", "Zimtenga", "2019-05-12", "day", 4),
    ]


def test_who_a_report_about_church_attacks_quotes():
    text = (
        "A church was attacked in a nearby village on 5 April, killing four people, the bishop of Kaya in "
        "northern Burkina Faso told a news agency. According to a church official, the gunmen were suspected "
        'to be jihadists. According to Kaya mayor, Issa Ouedraogo, the attackers came at dawn. "They fired in '
        'the air," a member of the church who did not want to be identified told reporters.'
    )
    assert [who for who, _, _ in find_attributions(text)] == [
        "bishop of Kaya",
        "a church official",
        "Issa Ouedraogo",
        "a member of the church",
    ]


def test_what_militants_frequently_do_and_a_series_of_acts_are_no_acts():
    text = (
        "Gunmen killed at least 15 worshippers at a Sunday prayer service in the village of Sekou in northern "
        "Burkina Faso on Sunday. Islamist militants have frequently attacked remote communities and security "
        "forces in the region. This is the latest in a series of atrocities blamed on armed groups in the "
        "region, some of which have targeted churches while others have involved the abduction of clergy."
    )
    incident = only_incident(text, date(2024, 2, 26))
    assert incident_summary(incident)[:5] == ("killing", "Sekou", "2024-02-25", "day", 15)


def test_a_taking_a_month_ago_and_a_village_in_the_centre_of_the_country():
    text = "Meanwhile, the fate of a priest kidnapped a month ago remains unclear."
    assert incident_summary(only_incident(text, date(2019, 4, 29)))[:5] == (
        "abduction",
        None,
        "2019-03-01",
        "month",
        1,
    )
    text = (
        "In February, a Spanish priest was killed in a raid attributed to jihadists in Gomboro in the centre "
        "of the country, officials said."
    )
    incident = only_incident(text, date(2019, 4, 29))
    assert incident_summary(incident)[:5] == ("killing", "Gomboro", "2019-02-01", "month", 1)


def test_soldiers_killed_in_a_hostage_rescue_two_days_before():
    text = (
        "Gunmen killed six people in a church in Dablo in northern Burkina Faso on Sunday, officials said. The "
        "attack came two days after special forces freed four hostages in the north of the country in an "
        "overnight raid that cost the lives of two soldiers. The hostages had been seized while on holiday in "
        "the remote Pendjari National Park in Benin."
    )
    incidents, _ = analyse_text(text, date(2019, 5, 12))
    assert sorted(incident_summary(i)[:5] for i in incidents) == [
        ("armed_clash", "Burkina Faso", "2019-05-10", "day", 2),
        ("killing", "Dablo", "2019-05-12", "day", 6),
    ]
