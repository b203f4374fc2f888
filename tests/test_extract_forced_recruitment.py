"""Lessons from real reports of the forced recruitment of children in Colombia: adolescents a dissident faction
"murdered ... that they had forcibly recruited" were executed (in the group's hands), as child victims, not recruits of
that act; Colombia's departments (Putumayo, Cauca, Valle del Cauca, La Guajira) are places; "The United Nations
verifies" names its source; reports an agency "highlighted" of practices tell no act. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary, only_incident

from marsad.extract.children import child_roles
from marsad.extract.places import gazetteer
from marsad.extract.quotes import find_attributions


def test_recruits_murdered_by_their_group_are_executed_child_victims():
    text = (
        "A dissident faction murdered four indigenous adolescents last month that they had forcibly recruited in the"
        " department of Cauca, local leaders said."
    )
    incident = only_incident(text, date(2023, 7, 10))
    assert incident_summary(incident) == ("execution", "Cauca", "2023-06-01", "month", 4, [])
    assert incident.as_json()["children"]["roles"] == ["victim"]


def test_a_recruitment_told_as_the_act_keeps_its_recruits():
    text = "The dissidents forcibly recruited 12 adolescents in Putumayo last week."
    assert "recruit" in child_roles(text, "child_recruitment", [])
    assert child_roles("They killed two boys that they had forcibly recruited.", "execution", []) == {"victim"}


def test_colombian_departments_are_places_but_not_a_company_named_meta():
    for name in ("Putumayo", "Cauca", "Valle del Cauca", "La Guajira", "Norte de Santander"):
        place = gazetteer().resolve(name, "CO")
        assert place is not None and place.country == "CO" and place.precision == "admin1", name
    assert gazetteer().resolve("Meta") is None or gazetteer().resolve("Meta").country != "CO"


def test_the_un_verifying_is_the_source_and_highlighted_reports_tell_no_act():
    text = "The United Nations verifies in its annual report that armed groups recruited at least 210 children in 2022."
    assert [who for who, _, _ in find_attributions(text)] == ["United Nations"]
    text = (
        "The Delegation highlighted reports of criminal groups using children to steal and sell fuel in La Guajira,"
        " and cases of sexual exploitation of minors in Antioquia."
    )
    assert analyse_text(text, date(2014, 2, 12)) == ([], [])
