"""Lessons from real reports of the Islamic State's video of April 2015 showing Ethiopian Christians killed in Libya:
"one group of about 12 men ... beheaded ... on a beach and another group of at least 16 being shot" tells two
executions, each with its own count, and the total told beside them ("some 30") is neither's; "another group of the
same size" counts as many as the first; an earlier video's act ("a film released in February showing militants
beheading 21 captured Egyptian Christians") is an act of its own; "a video released ... on April 19" and "a video
... showed Sunday" date nothing; victims "killed in the video" are the video's executions. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text


def test_two_groups_counted_apart_are_two_executions_and_the_total_is_neither():
    text = (
        "A video released by the Islamic State (IS) group on March 8 appears to show the killing of some 25 captured"
        " Christians in Libya. The video shows one group of about 10 men being beheaded by militants on a beach and"
        " another group of at least 14 being shot in the head in a desert area."
    )
    acts, figures = acts_and_figures(text, date(2016, 3, 9))
    assert sorted((a[0], a[3], a[4]) for a in acts) == [("execution", "unknown", 10), ("execution", "unknown", 14)]
    assert figures == []


def test_another_group_of_the_same_size_counts_as_many():
    text = (
        "A video purportedly released by the Islamic State shows its militants killing around 20 Christians in Libya."
        " The video shows about 10 men beheaded on a beach and another group of the same size shot in scrubland."
    )
    acts, _ = acts_and_figures(text, date(2016, 3, 9))
    assert [(a[0], a[4]) for a in acts] == [("execution", 10), ("execution", 10)]


def test_an_earlier_videos_act_is_its_own_and_victims_killed_in_the_video_are_its_executions():
    text = (
        "ISIS militants in Libya shot and beheaded 25 captive Christians, a video purportedly from the extremists"
        " showed Sunday. It mirrored a film released in January showing militants beheading 19 captured workers on a"
        " Libyan beach. Their government could not confirm its citizens were killed in the video."
    )
    incidents, _ = analyse_text(text, date(2016, 3, 7))
    found = sorted((i.type, i.date.precision, i.victim_count.best) for i in incidents)
    assert found == [("execution", "unknown", 19), ("execution", "unknown", 25)]
