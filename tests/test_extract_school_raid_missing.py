"""Lessons from real reports of the raid on the girls' school at Dapchi, Yobe State, on 19 February 2018, whose
pupils were first told as "missing" and later as abducted: girls "missing after" an attack may have fled (an attack
on the school, uncounted), a head count's "still missing" is no running figure, "no girl was abducted" denies the
taking, men taken "few hours after the attack at" the school are an act apart, those "in the school" or "resident"
there are no victims, "a faction of Boko Haram" names Boko Haram, and sources are named without their day ("Mr. Sani
Bello on Wednesday said"), their office ("Musa Garba who is the state commissioner ... said") or a lone "I".
Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary, only_incident

from marsad.extract.context import small_place_names
from marsad.extract.precedence import without_denied
from marsad.extract.quotes import find_attributions
from marsad.extract.semantic import lexicon_types
from marsad.extract.victims import victim_counts

MISSING_AFTER_RAID = (
    "57 Schoolgirls Missing After Gunmen's Attack On Girls School In Katsina\n\n"
    "Teachers said at least 57 schoolgirls from the Government Girls Science Technical College in Kankara, Katsina"
    " State, are missing after gunmen attacked the school on Tuesday night. After a head count on Wednesday, at least"
    " 57 of the girls were still unaccounted for. The Katsina State police commissioner, Mr. Sani Bello on Wednesday"
    " said no girl was abducted by the gunmen. Bello told journalists in Katsina that four males were abducted by the"
    " gunmen in a village near Funtua few hours after the attack at Kankara."
)


def test_girls_missing_after_a_raid_make_an_uncounted_attack_and_men_taken_elsewhere_an_act_apart():
    incidents, claims = analyse_text(MISSING_AFTER_RAID, date(2021, 3, 10))
    assert sorted(incident_summary(i)[:5] for i in incidents) == [
        ("abduction", "Funtua", None, "unknown", 4),
        ("attack_on_school_or_hospital", "Kankara", "2021-03-09", "day", None),
    ]
    assert claims == []
    sources = {i.as_json()["type"]: i.as_json()["sources"][0]["attributed_to"] for i in incidents}
    assert sources == {"abduction": "Sani Bello", "attack_on_school_or_hospital": "Teachers"}


def test_an_abduction_confirmed_in_a_headline_keeps_its_count_and_the_faction_names_the_group():
    text = (
        "State confirms abduction of 80 schoolboys\n\nThe state government has confirmed that about 80 schoolboys of"
        " the Government Science Secondary School in Kankara, Katsina State, are still missing after gunmen believed"
        " to be from a faction of Boko Haram invaded their school last week. The principal said 600 students were in"
        " the school on the night of the attack."
    )
    incident = only_incident(text, date(2021, 3, 15))
    assert incident_summary(incident) == ("abduction", "Kankara", "2021-03-08", "week", 80, ["boko-haram"])
    assert incident.as_json()["sources"][0]["attributed_to"] == "state government"


def test_people_in_the_school_are_no_victims_but_people_taken_from_it_are():
    assert victim_counts("The principal said 600 students were in the school on the night of the attack.") == []
    assert victim_counts("They headed to the school where about 740 girls were resident.") == []
    [(count, _)] = victim_counts("The gunmen abducted 300 students from the school.")
    assert count.count.best == 300


def test_a_denied_or_doubted_taking_is_no_abduction_unless_others_were_taken():
    assert without_denied(["abduction"], "The commissioner said no school girl was abducted by the insurgents.") == []
    assert without_denied(["abduction"], "Whether or not the other boys were abducted is unclear.") == []
    kept = "No girl was abducted, but three teachers were kidnapped, the commissioner said."
    assert without_denied(["abduction"], kept) == ["abduction"]


def test_a_teacher_battling_an_injury_is_no_battle_and_attackers_besieged_by_troops_no_siege():
    assert "armed_clash" not in lexicon_types("A teacher, still battling with a fracture on his leg, said he fled.")
    assert "armed_clash" in lexicon_types("Troops battling with the insurgents killed 12 of them.")
    assert lexicon_types("The school was under attack for an hour, the vice principal said.") == [
        "attack_on_school_or_hospital"
    ]
    text = "The gunmen panicked because they were under siege by pursuing soldiers, the source said."
    assert not any(
        i.as_json()["type"] == "denial_of_humanitarian_access" for i in analyse_text(text, date(2021, 3, 1))[0]
    )


def test_sources_are_named_without_their_day_office_or_a_lone_i():
    text = (
        "The police commissioner, Mr. Sani Bello on Wednesday said no one was killed. Musa Garba who is the state"
        " commissioner of education said 20 girls returned. \u201cI told my mother I will not go back,\u201d she"
        " said. Bello told journalists that four men were abducted."
    )
    names = [who for who, _, _ in find_attributions(text)]
    assert names == ["Sani Bello", "Musa Garba", "Sani Bello"]


def test_a_school_named_for_its_pupils_or_a_principal_named_after_it_is_no_town():
    text = (
        "Students of the Government Girls Science Technical College Dapchi fled. The Principal of the College,"
        " Hajia Adama Abdulkarim, said 90 were missing."
    )
    assert "Girls" not in small_place_names(text) and "Science" not in small_place_names(text)
    assert "Hajia Adama" not in small_place_names(text)
    assert "Buni Yadi" in small_place_names("Gunmen attacked the Federal Government College, Buni Yadi, Yobe State.")
