"""Lessons from real monthly reports of a Pakistani think tank's counts of militant attacks: "a total of 63 militant
attacks, resulting in 83 fatalities" and "carried out 24 attacks ... in which 32 people were killed" are figures of the
dead, not of the attacks; "eliminating 59 militants" is the forces' fighting; a think tank named after its description
is the source; "a surprise IED attack ... in which five soldiers were killed" and "a single targeted attack" are acts
of their own, dated to the month the tally covers; people who "got injured" are not the dead; a province "was the
deadliest" tells no act. Texts of our own, about a monitor we made up."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text

from marsad.extract.quotes import find_attributions
from marsad.extract.semantic import lexicon_types
from marsad.extract.victims import victim_counts


def _claims(claims):
    return [(c.as_json()["type"], c.as_json()["count"]["best"], c.as_json()["attributed_to"]) for c in claims]


def test_a_monthly_tally_of_attacks_gives_figures_of_the_dead_and_of_the_fighting():
    text = (
        "According to an Islamabad-based independent think tank Centre for Peace Data, militants carried out 40"
        " attacks across the country in April in which 52 people were killed. Security forces responded by"
        " eliminating 31 militants. Khyber Pakhtunkhwa recorded 22 attacks, resulting in 30 fatalities. Khyber"
        " Pakhtunkhwa was the deadliest province for security forces as 12 out of 20 deaths took place there. Four"
        " policemen and 16 civilians got injured in various attacks in Sindh."
    )
    incidents, claims = analyse_text(text, date(2024, 5, 2))
    assert incidents == []
    source = "Centre for Peace Data"
    assert _claims(claims) == [("killing", 52, source), ("armed_clash", 31, source), ("killing", 30, source)]


def test_a_total_of_attacks_is_not_the_figure_and_one_attack_in_a_tally_is_an_act():
    text = (
        "There were a total of 35 militant attacks in May, resulting in 41 fatalities, according to the Centre for"
        " Peace Data. Maximum casualties were caused by IED blasts in which 17 number of people died. Two policemen"
        " lost their lives in a single targeted attack in Quetta."
    )
    incidents, claims = analyse_text(text, date(2024, 6, 1))
    assert [(c[0], c[1]) for c in _claims(claims)] == [("killing", 41), ("bombing", 17)]
    [incident] = incidents
    found = incident.as_json()
    assert (found["type"], found["location"]["name"], found["victims"]["count"]["best"]) == ("armed_clash", "Quetta", 2)
    assert (found["date"]["start"], found["date"]["precision"]) == ("2024-05-01", "month")  # the tally's month


def test_the_injured_are_no_victims_and_eliminated_militants_a_battle():
    assert victim_counts("Three security forces personnel and 25 civilians got injured in Balochistan.") == []
    [(count, _)] = victim_counts("Two civilians were killed and 12 other people were injured.")
    assert count.count.best == 2
    assert lexicon_types("Security forces responded by eliminating 59 militants.") == ["armed_clash"]


def test_a_think_tank_and_a_reports_author_are_the_source():
    text = "An Islamabad based think tank Centre for Peace Data (CPD) in its monthly report revealed that attacks rose."
    assert [who for who, _, _ in find_attributions(text)] == ["Centre for Peace Data"]
    text = "According to Information revealed in monthly report of Centre for Peace Data (CPD) Islamabad."
    assert [who for who, _, _ in find_attributions(text)] == ["Centre for Peace Data"]
