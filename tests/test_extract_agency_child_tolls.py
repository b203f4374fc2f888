"""Lessons from real reports of UNICEF's counts of children killed in Sudan's war from April 2023: a war's toll is a
figure, not an act ("over 400 children killed, 3.3 million displaced by Sudan conflict", "since violence broke out in
Sudan three months ago", "from the start of the fighting until 25 April", "in the ongoing violence in Khartoum",
"The violence which erupted between the Sudan Army and the ... (RSF), has left about 83 people dead", "at least 435
children have died" with no day); "2,500 severe violations of children's rights" count no one; "the UN children’s
agency UNICEF released a statement" and "According to the UN children's agency" name the source. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text

from marsad.extract import lexicon as lx
from marsad.extract.quotes import find_attributions
from marsad.extract.victims import victim_counts


def _claims(text, published):
    incidents, claims = analyse_text(text, published)
    assert incidents == []
    return [(c.type, c.count.low, c.count.qualifier, c.attributed_to) for c in claims]


def test_a_headline_and_a_lede_of_a_wars_child_toll_are_one_figure():
    text = (
        "UNICEF confirms over 500 children killed, 4 million displaced by Sudan conflict\n\nThe UN children’s agency"
        " UNICEF released a statement on Monday in which it confirmed that at least 512 children have been killed since"
        " violence broke out in Sudan four months ago. The agency said it had documented 2,800 severe violations of"
        " children's rights."
    )
    assert _claims(text, date(2023, 8, 14)) == [("killing", 512, "at_least", "UNICEF")]


def test_a_count_from_the_start_of_the_fighting_until_a_day_is_a_figure():
    text = "In reports received by UNICEF from the start of the fighting until 30 April, 210 children have been killed."
    assert [c[:3] for c in _claims(text, date(2023, 5, 5))] == [("killing", 210, "exact")]


def test_children_killed_in_the_ongoing_violence_and_those_who_have_died():
    text = (
        "UNICEF said no fewer than 12 children were killed and 60 injured in the ongoing violence in Khartoum and"
        " Darfur. According to the UN children's agency, at least 12 children have died so far."
    )
    assert _claims(text, date(2023, 4, 20)) == [("killing", 12, "at_least", "UNICEF")]


def test_a_conflicts_toll_told_with_a_long_clause_about_its_sides():
    text = (
        "The violence which erupted between the army and the paramilitary group known as the Rapid Support Forces"
        " (RSF), has left about 83 people dead, the World Health Organization said."
    )
    assert lx.AGGREGATE.search(text)


def test_violations_of_rights_count_no_one_and_the_agency_named():
    assert victim_counts("UNICEF has documented 2,500 severe violations of children's rights.") == []
    assert [w for w, _, _ in find_attributions("According to the UN children's agency, 12 children have died.")][
        -1
    ] == "UN children's agency"


def test_a_rounded_and_an_exact_telling_of_one_statement_are_one_figure_of_the_agency():
    text = (
        "Cairo, Jul 24 - More than 510 child deaths have been registered since the start of the conflict in Sudan, the"
        ' United Nations Children’s Fund (UNICEF) reported Monday. "The scale of the harm is beyond comprehension,"'
        " UNICEF’s Deputy Executive Director Ted Chaiban said in a statement. The agency said it had received credible"
        " reports of at least 512 children killed since the conflict began on April 15."
    )
    assert _claims(text, date(2023, 7, 24)) == [("killing", 512, "at_least", "United Nations Children’s Fund")]


def test_the_boundary_two_figures_far_apart_stay_two():
    text = (
        "More than 400 children have been killed since the start of the conflict, UNICEF said. At least 600 adults"
        " have been killed since the start of the conflict, the WHO said."
    )
    assert sorted(c[1] for c in _claims(text, date(2023, 7, 24))) == [400, 600]
