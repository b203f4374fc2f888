"""Lessons from real reports of the suicide bombing of a procession in Mastung, Pakistan (a page's headline, its
repeat and its standfirst lines run together without full stops, another province's bombing in a standfirst, a
photo caption credited "(AFP)", "a total of" told for one bombing), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary


def test_standfirst_lines_are_sentences_and_a_bombing_in_another_region_is_another_act():
    text = (
        "23 killed in blast at shrine in southern Pakistan\n"
        "A mourner weeps at a hospital in Sukkur on May 3, 2024, after a bomb struck a shrine festival in the"
        " district. (AFP)\n"
        "23 killed in blast at shrine in southern Pakistan\n"
        "Doctors say 40 people injured, toll may rise\n"
        "Four killed as bomb tears through market in northern Pakistan during Friday prayers\n"
        "KARACHI: At least 23 people were killed on Friday when a bomb exploded at a shrine festival in Shikarpur in"
        " southern Pakistan, police said."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 5, 4))
    found = sorted(incident_summary(i) for i in incidents)
    assert found == [
        ("bombing", "Pakistan", "2024-05-03", "day", 4, []),
        ("bombing", "Shikarpur", "2024-05-03", "day", 23, []),
    ]


def test_a_total_killed_as_a_result_of_one_bombing_at_a_commemoration_is_that_act():
    text = (
        "KARACHI - A total of 17 people were killed and scores of others were injured as a result of a suicide"
        " bombing on Friday (3/5/2024) at the commemoration of a saint's anniversary near a shrine in Jacobabad,"
        " Pakistan, officials said."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2024, 5, 4))
    assert [incident_summary(i) for i in incidents] == [("bombing", "Jacobabad", "2024-05-03", "day", 17, [])]
    assert claims == []


def test_a_title_case_headline_counts_the_martyred():
    text = (
        "Dozens Martyred as Blast Rips through Procession in Quetta\n"
        "The explosion occurred near a mosque in Quetta on Friday, police said."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 5, 4))
    assert [(i.type, i.victim_count.low) for i in incidents] == [("bombing", 24)]


def test_a_standfirst_s_two_bullets_and_a_guard_shot_at_the_gate_are_the_one_bombing():
    text = (
        "Attack on mosque in Quetta's old city claims 41 lives\n"
        "• Attacker shot one guard before blowing himself up inside the prayer hall\n"
        "• No group has claimed responsibility\n"
        "QUETTA: At least 41 worshippers lost their lives when a suicide attacker detonated himself inside a mosque"
        " in Quetta on Friday, police said.\n"
        "The attacker first killed one of the police guards before entering the hall."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2023, 6, 10))
    assert [incident_summary(i) for i in incidents] == [("bombing", "Quetta", "2023-06-09", "day", 41, [])]
