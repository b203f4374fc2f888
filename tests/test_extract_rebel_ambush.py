"""Lessons from real reports of the New People's Army's ambushes of soldiers in the Philippines (Bontoc 2010, Samar
2010, Tinoc 2012, Quirino 2015, Tagkawayan 2023): the NPA is an armed group; "government forces" are Syria's only in
a report about Syria ("Five Philippine government militiamen"); "MANILA, Philippines –" gives the country of a
village the gazetteer lacks; "the attack took place in Sitio Buyo" narrows the scene; Ifugao, Samar and other
provinces are Philippine; "in Quirino township"; weapons "carted away" are no abduction; "a Christmas truce" is no
day; a photo caption's date ("... performs a play ... on December 26, 2010.") anchors no weekday of the story;
"police said" is the police, not "A police officer" named after it. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, country, incident_summary, only_incident

from marsad.extract.actors import actor_table
from marsad.extract.layout import caption_at
from marsad.extract.places import gazetteer
from marsad.extract.quotes import find_attributions
from marsad.extract.semantic import lexicon_types


def test_an_ambush_in_a_sitio_told_under_a_wire_dateline():
    text = (
        "MANILA, Philippines – Eight soldiers were killed Tuesday in an ambush staged by New People's Army rebels in"
        " Lagawe, Ifugao, police said. A police officer said the attack took place in Sitio Bango. The rebels took the"
        " soldiers' rifles, but officials could not say how many weapons were carted away."
    )
    incident = only_incident(text, date(2013, 3, 6))
    assert incident_summary(incident) == ("armed_clash", "Bango", "2013-03-05", "day", 8, ["npa"])
    assert (country(incident), incident.sources[0].attributed_to) == ("PH", "police")


def test_government_forces_outside_syria_are_not_syrias():
    text = (
        "Five Philippine government militiamen were killed in an ambush on Friday by suspected NPA rebels while the"
        " government forces were on patrol in Tagkawayan town, Quezon province, a military spokesperson said."
    )
    incident = only_incident(text, date(2023, 9, 1))
    assert incident_summary(incident) == ("armed_clash", "Tagkawayan", "2023-09-01", "day", 5, ["npa"])


def test_the_boundary_government_forces_in_syria_are_syrias():
    found = actor_table().find("In Idlib, government forces shelled a market.", None, frozenset({"SY"}))
    assert [m.actor.id for m in found] == ["syria-government"]


def test_a_captions_date_anchors_no_weekday_and_a_truce_is_no_day():
    text = (
        "A New People's Army guerrilla stands guard at a camp in the southern island of Mindanao on December 26,"
        " 2010.\n\nNew People's Army rebels killed nine soldiers in an ambush on the island of Samar early Wednesday"
        " as the troops returned to camp to observe a Christmas truce, the military said."
    )
    incidents, _ = analyse_text(text, date(2012, 12, 19))
    assert [incident_summary(i) for i in incidents] == [("armed_clash", "Samar", "2012-12-19", "day", 9, ["npa"])]
    assert caption_at(text, 0)


def test_weapons_carted_away_are_no_abduction():
    assert "abduction" not in lexicon_types("The rebels could not say how many weapons were carted away.")
    assert "abduction" in lexicon_types("The gunmen carted away five women from the village.")


def test_philippine_provinces_and_the_police_as_a_body():
    for name in ("Ifugao", "Mountain Province", "Ilocos Sur", "Samar", "Quezon province"):
        assert gazetteer().resolve(name).country == "PH"
    text = "Ten soldiers were killed in Tinoc, police said. A police officer said the rebels fled."
    assert [w for w, _, _ in find_attributions(text)] == ["police", "A police officer"]
