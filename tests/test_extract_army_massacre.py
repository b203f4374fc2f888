"""Lessons from real reports of the killing of 21 civilians at Ngarbuh in Cameroon's North-West region on 14 February
2020, told by a rights group, a coalition of NGOs, the local press and a blog that defends the army ("Government
forces and armed ethnic Fulani killed at least 21 civilians", "suspected of harbouring separatist fighters", "they
heard no explosions", "Rapid Intervention Battalion soldiers blocked them", "Today marks exactly three years after",
"on Valentine's Day 2020", "at the disposal of the Yaounde military tribunal", "the report written from Nairobi"),
each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, child_roles, doers


def test_government_forces_in_a_report_on_cameroon_are_cameroon_s_not_syria_s():
    text = (
        "Government forces killed at least 14 civilians, including six children, in Kumbo, Cameroon, on Tuesday,"
        " residents said."
    )
    [incident], _ = analyse_text(text, date(2020, 3, 5))
    assert (incident.type, doers(incident), child_roles(incident)) == ("killing", ("cameroon-military",), ["victim"])


def test_a_report_naming_only_a_state_s_forces_takes_their_country_for_government_forces():
    text = (
        "Members of the Rapid Intervention Battalion entered the village at night. Government forces killed nine"
        " civilians in Kumbo on Tuesday, a rights group said."
    )
    [incident], _ = analyse_text(text, date(2020, 3, 5))
    assert (doers(incident), incident.as_json()["location"]["country"]) == (("cameroon-military",), "CM")


def test_a_group_the_victims_were_said_to_harbour_is_not_the_doer():
    text = (
        "Soldiers killed 12 civilians in Kumbo, Cameroon, on Tuesday. A rights group says the soldiers perpetrated the"
        " killings after accusing the population of harbouring separatist fighters."
    )
    [incident], _ = analyse_text(text, date(2020, 3, 5))
    assert (incident.type, doers(incident)) == ("killing", ())


def test_explosions_nobody_heard_are_no_bombing_and_a_blocked_aid_team_is_a_denial_of_access():
    text = (
        "Soldiers killed 12 civilians in Kumbo, Cameroon, on 14 February, a rights group said. Witnesses said that"
        " they heard no explosions and that the killings were deliberate. On 16 February, a team of the UN refugee"
        " agency attempted to carry out a humanitarian needs assessment in Kumbo, but soldiers blocked them."
    )
    acts, _ = acts_and_figures(text, date(2020, 2, 25))
    assert [(t, d, n) for t, _, d, _, n in acts] == [
        ("denial_of_humanitarian_access", "2020-02-16", None),
        ("killing", "2020-02-14", 12),
    ]


def test_a_village_named_by_its_massacre_or_district_is_the_scene_not_a_city_named_beside_it():
    text = (
        "On February 14, 19 civilians were killed in north-west Cameroon. Photos have circulated since the Mbokam"
        " massacre on February 14, say people like Paul in Douala. Soldiers attacked the population of the Mbokam"
        " district, burning houses."
    )
    acts, _ = acts_and_figures(text, date(2020, 2, 27))
    assert acts == [("killing", "Mbokam", "2020-02-14", "day", 19)]


def test_an_anniversary_of_a_massacre_tells_its_toll_and_day_not_a_running_figure():
    text = (
        "Today marks exactly three years after 19 civilians, including eight children, were massacred in Kumbo,"
        " Cameroon. The soldiers involved are at the disposal of the Yaounde military tribunal."
    )
    acts, figures = acts_and_figures(text, date(2023, 2, 14), child_roles)
    assert acts == [("killing", "Kumbo", "2020-02-14", "day", 19, ["victim"])] and figures == []


def test_valentine_s_day_is_the_fourteenth_of_february():
    text = "Soldiers killed 19 civilians in Kumbo, Cameroon, on Valentine's Day 2020, a rights group said."
    assert acts_and_figures(text, date(2021, 2, 20)) == ([("killing", "Kumbo", "2020-02-14", "day", 19)], [])


def test_an_attack_s_whole_toll_told_after_a_part_of_it_is_its_count():
    text = (
        "Authorities in Cameroon admitted that soldiers took part in the killing of three women and 10 children in a"
        " night attack on Kumbo on Tuesday in which 21 people were killed."
    )
    acts, _ = acts_and_figures(text, date(2020, 4, 29))
    assert acts == [("killing", "Kumbo", "2020-04-28", "day", 21)]


def test_where_a_report_was_written_and_a_copy_s_publication_note_are_no_scene_and_no_day():
    text = (
        " date 2020-02-18 Yaounde, The Kumbo massacre of 14 February 2020 was an accident, the army said. Over three"
        " dozen civilians were killed by Cameroonian soldiers in Kumbo, according to the report written from Nairobi."
    )
    acts, _ = acts_and_figures(text, date(2020, 2, 18))
    assert acts == [("killing", "Kumbo", "2020-02-14", "day", 36)]
