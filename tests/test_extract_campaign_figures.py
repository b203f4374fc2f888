"""Lessons from real reports of a UN panel's count of the dead of a Darfur city and a rights group's testimonies
(a toll of ten thousand or more with no day, a report "seen by" an agency, a blame told in the next sentence, how a
campaign went told around its figure, a photo caption's own attack, kin and displaced people killed, a photo
credit at a line's end), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

RW311 = (
    "A confidential UN report seen by Reuters on Friday said between 12,000 and 14,000 people were killed"
    " last year in the town of Nyala.\n"
    "In the report, violence carried out by the Rapid Support Forces (RSF) was cited as the reason for "
    "the killings.\n"
    "UN monitors attributed the death toll in Nyala to credible intelligence sources.\n"
    '"If identified as members of the tribe, many were summarily executed. Women were sexually '
    'assaulted," the report said. "The attacks were planned, coordinated and executed by the RSF."'
)
RW312 = (
    "This photo shows the ruins of Al Wahda School in Nyala, which came under attack on May 3, 2023 while"
    " housing people displaced due to fighting between the warring parties. (Photo by UN)\n"
    "The war has claimed more than 14,000 lives, according to a conservative estimate by the ACLED "
    "analysis group. The UN experts report that in Nyala alone, between 12,000 and 14,000 civilians were "
    "killed by the Rapid Support Forces."
)
RW313 = (
    "Halima, 45, said her 19-year-old son and her 25-year-old nephew were killed in an attack by the RSF "
    "on a gathering site for the displaced in Nyala.\n"
    "Damage to a school used as a gathering site in Nyala. © 2023 Local Monitors Network\n"
    "Later, gunmen stormed a mosque in the town, killing six displaced persons, including one child, said"
    " Adam Yahya, a local monitor."
)


def test_a_city_toll_of_ten_thousand_is_a_running_figure_of_the_group_blamed_next():
    [(incidents, claims)] = analyse_many_texts([RW311], date(2024, 2, 2))
    assert incidents == []  # the campaign's ways ("many were summarily executed") and "the death toll" are no acts
    [claim] = claims
    assert (claim.type, claim.count.low, claim.count.high, claim.count.qualifier) == ("killing", 12000, 14000, "range")
    assert [p.id for p in claim.perpetrators] == ["rsf"]
    assert claim.attributed_to == "UN report"


def test_a_caption_s_own_attack_is_kept_and_estimates_name_their_makers():
    [(incidents, claims)] = analyse_many_texts([RW312], date(2024, 2, 3))
    assert [incident_summary(i)[:4] for i in incidents] == [
        ("attack_on_school_or_hospital", "Nyala", "2023-05-03", "day")
    ]  # "displaced due to fighting between the warring parties" tells no battle
    assert sorted((c.count.low, c.attributed_to) for c in claims) == [(12000, "UN experts"), (14000, "ACLED")]


def test_testimonies_of_kin_and_of_displaced_people_killed_are_two_acts():
    [(incidents, _)] = analyse_many_texts([RW313], date(2024, 5, 10))
    assert sorted((incident_summary(i)[4], i.sources[0].attributed_to) for i in incidents) == [
        (2, "Halima"),
        (6, "Adam Yahya"),
    ]
