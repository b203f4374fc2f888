"""Lessons from real reports of the suicide bombing of the shrine of Lal Shahbaz Qalandar in Sehwan, Pakistan (16
February 2017): "The Islamic State of Iraq and the Levant – Khorasan Province" is the Islamic State's Khorasan branch,
not the group itself; militants killed "during a nationwide crackdown and search operation" after the bombing are a
running figure of many operations, not one battle. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, doers, only_incident


def test_the_khorasan_branch_named_in_full():
    text = (
        "On 5 October 2017, a suicide bombing took place inside a shrine in Jhal Magsi, Balochistan, Pakistan. At "
        "least 20 people were killed and 30 injured.\n"
        "The Islamic State of Iraq and the Levant – Khorasan Province claimed responsibility for the bombing."
    )
    assert doers(only_incident(text, None)) == ("iskp",)


def test_militants_killed_in_a_nationwide_crackdown_are_a_figure():
    text = (
        "A suicide bomber killed 20 worshippers at a shrine in Jhal Magsi, Pakistan, on Thursday, police said.\n"
        "Hours after the attack, security forces launched a nationwide crackdown and search operation, during which "
        "over 60 militants were killed and scores arrested."
    )
    acts, figures = acts_and_figures(text, date(2017, 10, 6))
    assert acts == [("bombing", "Jhal Magsi", "2017-10-05", "day", 20)]
    assert figures == [("armed_clash", 60, "more_than")]
