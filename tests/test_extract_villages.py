"""Lessons from real reports of Boko Haram raids on villages (people killed and women and children taken, told
beside the Chibok kidnapping), each pinned by a text of our own: a perfect tense told of one community, an earlier
kidnapping the raid "came ... months after", the town a witness fled to, and two acts of one lede sharing a day."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts


def _summary(incident) -> tuple:
    found = incident.as_json()
    count = found["victims"]["count"]
    return found["type"], found["date"]["start"], found["date"]["precision"], count and (count["best"] or count["low"])


def test_a_raid_on_a_community_and_the_kidnapping_it_came_months_after():
    """ "have killed dozens and kidnapped about 90 people in Kwajaffa, a community near Damboa" tells one raid,
    not a running figure; "came more than eight months after the group abducted 40 boys in Damboa" tells an
    earlier kidnapping of its own."""
    text = (
        "Suspected Boko Haram militants have killed dozens and kidnapped about 90 people in Kwajaffa, a community"
        " near Damboa, residents have said. The attack came more than eight months after the group abducted 40 boys"
        " in Damboa itself. A witness who fled Kwajaffa to the state capital Maiduguri said the gunmen arrived at"
        " dusk."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2015, 3, 5))
    assert sorted(_summary(i) for i in incidents) == [
        ("abduction", None, "unknown", 40),
        ("abduction", None, "unknown", 90),
        ("killing", None, "unknown", 24),
    ]
    assert claims == []
    assert all(i.location["name"] != "Maiduguri" for i in incidents)


def test_two_acts_first_told_in_one_lede_share_the_day_found_for_one():
    text = (
        "Boko Haram fighters killed 12 people and abducted scores of others in an attack on the village of Kwajaffa"
        " in Borno State, local officials said. The officials said villagers were still counting those kidnapped in"
        " the attack on Sunday, March 1."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2015, 3, 5))
    assert sorted(_summary(i) for i in incidents) == [
        ("abduction", "2015-03-01", "day", 40),
        ("killing", "2015-03-01", "day", 12),
    ]
