"""Lessons from real reports of the ELN's offensive against FARC dissidents in Colombia's Catatumbo region in
January 2025: a running toll told in a perfect tense and dated only by the day "the violence erupted", figures of a
wave of violence ("the fighting had killed at least 80 civilians", "The violence near the border, involving
left-wing guerrillas, has claimed at least 80 lives", "killed amid the conflict"), a group's dissidents who are not
the group, an embedded post's credit line, captions of people who fled the fighting, and the ELN's earlier attacks
on a police patrol and on an army base; each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, doers


def test_a_toll_told_before_the_day_the_violence_erupted_is_a_running_figure_not_an_act():
    text = (
        "More than 60 people have been killed in the Sierra region after heavy clashes between the National"
        " Liberation Army (ELN) and dissident factions of the Revolutionary Armed Forces of Colombia (FARC)."
        " The violence erupted last Friday after talks between the government and the ELN broke down."
        " At least 15 people, among them six women, were reportedly kidnapped during the violence."
    )
    acts, figures = acts_and_figures(text, date(2025, 2, 3))
    assert acts == []
    assert figures == [("abduction", 15, "at_least"), ("armed_clash", 60, "more_than")]


def test_the_day_a_wave_of_violence_began_and_its_growing_toll_tell_no_act_of_their_own():
    text = (
        "More than 50 people have been killed in a surge of guerrilla violence in the north of Colombia. The violence"
        " erupted on March 3 as the ELN launched an assault on former FARC fighters, leading to deaths on both sides."
        " The governor confirmed the growing death toll, with many casualties caused by attacks on villagers."
    )
    acts, figures = acts_and_figures(text, date(2025, 3, 10))
    assert acts == []
    assert figures == [("killing", 50, "more_than")]


def test_figures_of_the_fighting_and_the_violence_are_running_totals():
    fighting = (
        "Troops were sent to the region on Saturday. The governor reported on Sunday that the fighting had killed at"
        " least 45 civilians and displaced more than 9,000."
    )
    violence = (
        "Families cross the river into Venezuela. The violence near the border, involving two guerrilla groups, has"
        " claimed at least 45 lives. Five community leaders have been killed amid the conflict."
    )
    assert acts_and_figures(fighting, date(2025, 1, 20)) == ([], [("killing", 45, "at_least")])
    assert acts_and_figures(violence, date(2025, 1, 20)) == (
        [],
        [("killing", 5, "exact"), ("killing", 45, "at_least")],
    )


def test_a_groups_dissidents_and_former_fighters_are_not_the_group():
    faction = (
        "Gunmen from a dissident faction of the Revolutionary Armed Forces of Colombia (FARC) killed 12 villagers"
        " in the village of El Carmen, Colombia, on Monday."
    )
    dissidents = "FARC dissidents killed 12 villagers in the village of El Carmen, Colombia, on Monday."
    former = "ELN guerrillas shot dead two former FARC combatants in the village of El Carmen, Colombia, on Monday."
    assert [doers(i) for i in analyse_text(faction, date(2025, 1, 21))[0]] == [()]
    assert [doers(i) for i in analyse_text(dissidents, date(2025, 1, 21))[0]] == [()]
    assert [doers(i) for i in analyse_text(former, date(2025, 1, 21))[0]] == [("eln",)]


def test_an_attack_with_explosives_that_left_officers_and_a_civilian_dead_is_a_bombing():
    text = (
        "The ELN claimed responsibility on Friday for the attack with explosives against a police patrol in Tibú,"
        " in northeastern Colombia, which left two police officers and a civilian dead. The attack happened on"
        " Wednesday afternoon."
    )
    acts, _ = acts_and_figures(text, date(2023, 5, 26))
    assert acts == [("bombing", "Tibú", "2023-05-24", "day", 3)]


def test_an_attack_the_day_before_a_day_told_is_dated_the_day_before_and_its_dead_are_its_own():
    text = (
        "The fighting in Catatumbo has killed at least 80 people since January 16, the governor said."
        " The president suspended peace talks with the ELN on 18 September following the group's attack the day"
        " before on a military base in the town of Puerto Jordan. The attack involved guerrillas firing homemade"
        " mortars at the base. Two soldiers were killed and 25 wounded."
    )
    acts, figures = acts_and_figures(text, date(2025, 1, 20))
    assert acts == [("armed_clash", "Puerto Jordan", "2024-09-17", "day", 2)]
    assert figures == [("killing", 80, "at_least")]


def test_a_posts_credit_line_a_threat_and_people_who_fled_the_fighting_tell_no_act():
    text = (
        "Leave or be killed: villagers flee a new guerrilla offensive\n"
        "The ELN is attacking the civilian population in seven towns.\n"
        "— Noticias Frontera (@frontera_news) January 19, 2025\n"
        "Displaced residents from recent clashes between armed groups arrive in Tibu on January 18.\n"
        "The army deployed hundreds of soldiers to the region in response to intense fighting between the ELN and"
        " FARC dissidents."
    )
    assert analyse_text(text, date(2025, 1, 21))[0] == []


def test_a_governor_of_a_place_with_a_particle_in_its_name_is_the_source():
    text = (
        "Governor Ana Torres of Norte de Santander confirmed that gunmen killed nine farmers in the village of"
        " La Gabarra on Tuesday."
    )
    [incident] = analyse_text(text, date(2025, 1, 22))[0]
    assert incident.as_json()["sources"][0]["attributed_to"] == "Ana Torres"
