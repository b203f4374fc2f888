"""Lessons from real reports of a research firm's yearly tallies of kidnappings in Nigeria (a national total, each
state's share of it "followed by" the next, commentary on what the figures show), each pinned by a text of our
own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts

from marsad.extract import lexicon as lx


def test_each_states_share_of_a_national_total_is_its_breakdown_not_a_figure_of_its_own():
    texts = [
        "A study found that at least 5,120 people were abducted across Nigeria between July 2023 and June 2024."
        " Kwara recorded the highest number with 90 incidents involving 760 victims, followed by Niger with 70"
        " incidents and 540 victims.",
        "At least 3,100 people were kidnapped in Nigeria between June 2022 and July 2023, a research group said. 610"
        " people were kidnapped in the state of Kogi between June 2022 and July 2023. Plateau State followed closely"
        " with 480 people.",
    ]
    results = analyse_many_texts(texts, date(2024, 9, 2))
    assert [[(c.type, c.count.low) for c in claims] for _, claims in results] == [
        [("abduction", 5120)],
        [("abduction", 3100)],
    ]
    assert [b["count"]["best"] for b in results[0][1][0].breakdown] == [760, 540]


def test_what_a_figure_shows_tells_no_act_unless_it_counts():
    for text in (
        "On average, someone is killed in each attempted kidnapping.",
        "This suggests a shift in the kidnappers' choice of targets.",
        "Kidnapping for ransom has emerged as a common thread across the country.",
        "More people were kidnapped in Kebbi State than in any other state.",
        "Three states reported the highest numbers of kidnapping incidents and victims.",
    ):
        assert lx.BACKGROUND.search(text), text
    assert not lx.BACKGROUND.search(
        "The number, which includes 11,967 children killed, is the highest number of cases."
    )


def test_kidnapping_named_as_a_topic_in_a_report_of_figures_tells_no_act():
    text = (
        "At least 6,200 people were abducted across Nigeria between July 2023 and June 2024, a research firm said."
        " In that same period, kidnappers demanded at least N9 billion in ransom. The report underscores the worsening"
        " security situation, with kidnapping emerging as a widespread concern in Nigeria."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2024, 9, 2))
    assert incidents == []
    assert [(c.type, c.count.low) for c in claims] == [("abduction", 6200)]
