"""Lessons from real reports of the Taliban's siege of the Intercontinental Hotel in Kabul told eight ways ("Afghan
forces on Sunday ended an overnight siege ... at the Kabul Intercontinental Hotel", "six insurgents dressed in
suicide vests entered the six-story hotel ... on Saturday", "killed all of the fighters", "the last attacker was
slain", "had killed the last of six Taliban militants", "liquidated the attackers", "In another weekend strike
claimed by the insurgent group, militants killed 18 pro-government militia members in the northern Balkh
province", "a telecommunications official from western Farah province", "The hotel was subjected to an attack by
the Taliban in 2011. Then 21 people died"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.venues import siege_told


def _summaries(text: str, published: date) -> list[tuple]:
    [(incidents, _)] = analyse_many_texts([text], published)
    return [incident_summary(i) for i in incidents]


def test_a_siege_told_from_its_end_began_on_its_first_day_and_another_strike_stays_apart():
    text = (
        "Afghan forces on Monday ended an overnight siege by Taliban fighters at the Herat Serena Hotel that killed"
        " at least 12 people. An Interior Ministry spokesman said five insurgents dressed in suicide vests entered"
        " the hotel through the kitchen at about 10 p.m. on Sunday. Afghan special forces killed all of the fighters"
        " after more than 10 hours. In another weekend strike claimed by the insurgent group, militants killed 12"
        " pro-government militia members in the northern Kunduz province."
    )
    assert _summaries(text, date(2019, 6, 3)) == [
        ("killing", "Herāt", "2019-06-02", "day", 12, ["taliban"]),
        ("armed_clash", "Kunduz Province", "2019-06-01", "week", 12, ["taliban"]),
    ]


def test_attackers_liquidated_are_no_victims_and_an_earlier_year_s_attack_is_its_own():
    text = (
        "At least 3 people attacked the Serena Hotel in Herat yesterday, officials said. Security forces ended the"
        " siege after a 10-hour operation and liquidated the attackers. The attack killed 7 hotel guests, including"
        " a telecommunications official from western Farah province.\n"
        "The hotel was subjected to an attack by the Taliban in 2012. Then 15 people died."
    )
    assert _summaries(text, date(2019, 6, 3)) == [
        ("killing", "Herāt", "2019-06-02", "day", 7, []),
        ("killing", "Herāt", "2012-01-01", "year", 15, ["taliban"]),
    ]


def test_an_assault_on_a_hotel_fought_for_hours_is_a_siege():
    assert siege_told(
        "A Taliban assault on the Serena Hotel in Herat killed at least 12 people. Afghan security forces battled"
        " for more than ten hours before the last attacker was slain."
    )
    text = (
        "A Taliban assault on the Serena Hotel in Herat killed at least 12 people, officials said. Afghan security"
        " forces battled for more than ten hours before the last attacker was slain on Monday. Explosions shook the"
        " building during the fighting. The attack began at around 10pm on Sunday."
    )
    assert _summaries(text, date(2019, 6, 3)) == [("killing", "Herāt", "2019-06-02", "day", 12, ["taliban"])]
