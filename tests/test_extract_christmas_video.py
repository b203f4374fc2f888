"""Lessons from real reports of an Islamic State video of captives killed in north-east Nigeria on Christmas Day
("beheading ten Christian men and shooting an eleventh dead", "on Christmas Day", "The Dec. 26 video shows", a group
"responsible for killing four aid workers ... earlier this week"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.dates import resolve


def test_christmas_day_is_the_latest_25_december():
    assert resolve("on Christmas Day", date(2020, 1, 10)).start == "2019-12-25"
    assert resolve("Christmas Day", date(2019, 12, 27)).start == "2019-12-25"
    assert resolve("a day after Christmas", date(2019, 12, 27)).precision == "unknown"


def test_a_video_of_six_beheaded_and_a_seventh_shot_counts_seven_on_christmas_day():
    text = (
        "ISWAP posted footage on 26 December of its fighters beheading six captured road workers and shooting a"
        " seventh dead in Borno State. The killings are thought to have happened on Christmas Day. The Dec. 26 video"
        " shows the captives kneeling in a line. According to the BBC, ISWAP is responsible for killing three"
        " traders earlier this week."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2020, 12, 28))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("execution", "Borno", "2020-12-25", "day", 7, ["iswap"]),
        ("killing", "Borno", "2020-12-28", "week", 3, ["iswap"]),
    ]  # the video's day dates no act, and the traders' killing is another act


def test_a_lede_s_beheaded_ten_gives_way_to_the_telling_that_adds_the_one_shot():
    text = (
        "Islamic State beheaded 10 captives in Nigeria.\n"
        "The video showed masked men beheading 10 of them and shooting an 11th man."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2019, 12, 27))
    assert [incident_summary(i)[::4] for i in incidents] == [("execution", 11)]
