"""Lessons from real reports of al-Shabaab's siege of the Westgate shopping mall in Nairobi from 21 to 24 September
2013, told four ways from the day after to encyclopedia pages years on ("- Casualties3: 62 civilians killed, 163
wounded", "began summarily executing men, women and children", "Kenyan forces had arrested two insurgents ...,
recovering weapons, explosives, and suicide vests"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, child_roles


def _acts(text, published):
    return acts_and_figures(text, published, child_roles)[0]


def test_an_infobox_s_fields_are_the_article_s_summary_not_acts_of_their_own():
    text = (
        "= Kampala mall attack =\n\nInfobox\n- Date: 2 March 2019\n- Result: 12 killed\n- Casualties1: 3 killed\n"
        "- Casualties3: 9 civilians killed, 20 wounded\n\nOn 2 March 2019, three gunmen attacked a shopping mall in"
        " Kampala, Uganda. The attack resulted in 12 total deaths, including 9 civilians and all three gunmen."
    )
    assert _acts(text, date(2021, 1, 1)) == [("killing", "Kampala", "2019-03-02", "day", 12, [])]


def test_a_mall_siege_told_years_on_is_a_killing_and_arms_seized_before_it_are_no_bombing():
    text = (
        "On Saturday, 2nd March 2019 gunmen stormed a shopping mall in Kampala, Uganda. Weeks before the attack, police"
        " had arrested three insurgents, recovering explosives and suicide vests. At noon on 2nd March the gunmen"
        " entered the mall and began executing men, women and children."
    )
    assert _acts(text, date(2020, 6, 1)) == [("killing", "Kampala", "2019-03-02", "day", None, ["victim"])]
