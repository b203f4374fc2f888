"""Lessons from real reports of the gun attack on a military parade in Ahvaz, Iran (22 September 2018): headlines of
other stories listed on the page ("Gunmen kill three police officers in Kano") are no acts of the report; "also claimed
responsibility" makes a second claimant a doer too; "state news agencies reported" and "the IRNA news agency" are
sources (not a short name for someone named before); "Women and children also died in the violence" puts children among
the dead; attackers named beside soldiers in a toll ("six soldiers and several attackers dead") are not counted, and
"members of the Revolutionary Guard" are soldiers; "the 1980-88 war" dates no act; an earlier deed "in June last year"
blames no one for the act reported, nor does a claim told after a "deadliest ... since" comparison make the earlier
act the group's; a leader who "said it was linked to foreign powers" is no source of the toll; missiles "targeting
militants" with no one told killed are no act. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, child_roles, doers, incident_summary, only_incident, source

_DAY = date(2019, 9, 21)


def test_other_stories_listed_on_the_page_and_two_claimants():
    text = (
        "Gunmen kill 19 in attack on parade in Ahvaz\n"
        "Gunmen attack market in northern Mali, killing six\n"
        "Gunmen kill three police officers in Kano\n"
        "Gunmen kill at least five people in Katsina\n"
        "Gunmen fired on a military parade in Ahvaz, Iran, on Saturday, killing 19 people, state news agencies "
        "reported.\nA separatist group called the Ahvaz National Resistance claimed responsibility for the attack. "
        "Islamic State militants also claimed responsibility.\nWomen and children also died in the violence."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident)[:5] == ("killing", "Ahvaz", "2019-09-21", "day", 19)
    assert (sorted(doers(incident)), child_roles(incident), source(incident)) == (
        ["asmla", "isis"],
        ["victim"],
        "state news agencies",
    )


def test_attackers_beside_soldiers_and_a_wars_years():
    text = (
        "Unknown assailants attacked an army parade in Ahvaz, Iran, on Saturday. The attack left at least six soldiers "
        "and several attackers dead, local media reported.\nThe parade marked the start of the 1980-88 war with Iraq."
    )
    assert incident_summary(only_incident(text, _DAY))[:5] == ("armed_clash", "Ahvaz", "2019-09-21", "day", 6)


def test_guard_members_are_soldiers_and_an_earlier_deed_blames_no_one():
    text = (
        "Gunmen have attacked a military parade in Ahvaz, Iran, killing at least five members of the Revolutionary "
        "Guard, state media said.\nThere was no immediate claim of responsibility.\n"
        "Islamic State carried out a deadly assault on parliament in Tehran in June last year."
    )
    incident = only_incident(text, _DAY)
    assert (incident_summary(incident)[0], incident_summary(incident)[4], doers(incident)) == ("armed_clash", 5, ())


def test_blame_by_a_leader_is_no_source_and_a_named_agency_is():
    text = (
        "Following the attack on a parade in Ahvaz, Iran, Supreme Leader Ali Khamenei said it was linked to foreign "
        "powers.\nTwenty people were killed in the attack on Saturday, the IRNA news agency reported."
    )
    assert source(only_incident(text, _DAY)) == "IRNA news agency"


def test_a_compared_act_is_not_the_claimants_and_strikes_on_militants_are_no_act():
    incidents, _ = analyse_text(
        "The shooters killed 25 people at a parade in Ahvaz, Iran, on 21 September 2019. It was the deadliest attack "
        "in Iran since the Chabahar suicide bombing in December 2010.\n"
        "The Islamic State claimed responsibility for the attack.\n"
        "On 1 October 2019, the Revolutionary Guards fired missiles at Abu Kamal in Syria targeting militants it "
        "blamed for the attack.",
        None,
    )
    assert sorted((incident_summary(i)[:2], doers(i)) for i in incidents) == [
        (("bombing", "Chabahar"), ()),
        (("killing", "Ahvaz"), ("isis",)),
    ]


def test_martyrdom_verified_so_far_in_this_action_is_the_acts_toll():
    text = (
        'Gunmen attacked a parade in Ahvaz, Iran, on Saturday. "So far, the martyrdom of four people has been verified '
        'in this subversive and anti-security action, with more than 20 others injured," the governor told the IRNA '
        "news agency."
    )
    acts, figures = acts_and_figures(text, _DAY)
    assert (acts, figures) == ([("killing", "Ahvaz", "2019-09-21", "day", 4)], [])
