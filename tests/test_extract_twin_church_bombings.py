"""Lessons from real reports of the Palm Sunday bombings of two Coptic churches in Egypt (9 April 2017): "on Palm
Sunday" is the Sunday before Easter; a lede's toll of "bomb attacks on ... and another church" or of "two Coptic
churches" is neither church's count, nor a running figure, when each church is then told with its own toll; "The
second, carried out a few hours later" is the second act, on the first one's day; "claimed responsibility for the
attacks" and "says it is behind the explosions" name the doers of every act, and the group that says so is no
source; "a resident of Suez province" is the bomber's home, not the scene, while "the Alexandria cathedral attack"
is in Alexandria; "Four police officers were among those killed in Alexandria" told after another town's act is the
Alexandria act's; "19 people died in ... Zagazig while nine civilians and three police officers were killed ... in
Mansoura" is an act per town; the source of a sentence telling only the wounded is not the toll's; "hours after a
bomb at a church in Zagazig killed 19 people" is the act the report tells next. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text


def _acts(text: str, published: date) -> list[tuple]:
    """Each incident as (place, date, count, doers, source), in the report's order."""
    incidents, claims = analyse_text(text, published)
    assert claims == []
    rows = []
    for incident in incidents:
        found = incident.as_json()
        count = found["victims"]["count"]
        rows.append(
            (
                found["location"]["name"],
                found["date"]["start"],
                count and count["best"],
                [p["id"] for p in found["perpetrators"]],
                found["sources"][0]["attributed_to"],
            )
        )
    return sorted(rows, key=lambda r: r[0])


def test_palm_sunday_and_a_second_act_told_hours_later():
    text = (
        "At least 31 people were killed in bomb attacks on a cathedral in Mansoura and another church on Palm Sunday, "
        "officials said.\nIslamic State claimed responsibility for the attacks.\n"
        "The first bombing in Zagazig tore through St Mina Church during the morning service, killing at least 19 "
        "people.\nThe second, carried out a few hours later by a suicide bomber in Mansoura, hit the cathedral, "
        "killing 12 people."
    )
    assert _acts(text, date(2018, 3, 26)) == [
        ("Al Mansurah", "2018-03-25", 12, ["isis"], "officials"),
        ("Zagazig", "2018-03-25", 19, ["isis"], "officials"),
    ]


def test_the_bombers_home_is_no_scene_and_the_claim_covers_both_acts():
    text = (
        "Police identify Mansoura cathedral bomber.\nThe interior ministry has identified the suicide bomber in the "
        "Mansoura cathedral attack as 28-year-old Karim Adel, a resident of Ismailia province, the state news agency "
        "reported.\nHe detonated his explosives at the cathedral gate, killing 12 people.\n"
        "Two bombings hit Coptic churches on Sunday, killing at least 31 people.\n"
        "An explosion at St Mina Church in Zagazig killed 19 people.\n"
        "Hours later, a blast outside the cathedral in Mansoura left 12 dead.\n"
        "Responsibility for attacks was claimed by Islamic State."
    )
    assert [row[:4] for row in _acts(text, date(2018, 3, 30))] == [
        ("Al Mansurah", "2018-03-25", 12, ["isis"]),
        ("Zagazig", "2018-03-25", 19, ["isis"]),
    ]


def test_the_ledes_source_and_day_for_each_church_and_a_share_told_late():
    text = (
        "Two blasts targeting churches in Egypt on Palm Sunday have killed at least 31 people, officials say.\n"
        "In Mansoura, an explosion outside the cathedral killed 12 people.\n"
        "An earlier blast at St Mina Church in Zagazig killed 19 people.\n"
        "Islamic State says it is behind the explosions.\n"
        "Three police officers were among those killed in Mansoura, the interior ministry said.\n"
        "The explosions injured 50 people in Zagazig and 20 in Mansoura, the health ministry said."
    )
    assert _acts(text, date(2018, 3, 25)) == [
        ("Al Mansurah", "2018-03-25", 12, ["isis"], "officials"),
        ("Zagazig", "2018-03-25", 19, ["isis"], "officials"),
    ]


def test_two_towns_tolls_in_one_sentence_and_a_combined_toll_that_is_no_figure():
    text = (
        "At least 19 people died in a church bombing in the Nile Delta city of Zagazig on Sunday while nine civilians "
        "and three police officers were killed outside the cathedral in Mansoura.\n"
        "Egypt declared three days of mourning after the two bombings."
    )
    acts, figures = acts_and_figures(text, date(2018, 3, 25))
    assert [(a[1], a[4]) for a in acts] == [("Mansoura", 12), ("Zagazig", 19)]
    assert figures == []
    text = (
        "At least 31 people have been killed and about 70 more wounded when bombs exploded at two Coptic churches in "
        "two Egyptian cities on Palm Sunday in attacks claimed by Islamic State.\n"
        "In the first attack a bomb went off inside St Mina Church in Zagazig, killing at least 19 people, officials "
        "said.\nA few hours later a suicide bomber rushed toward the cathedral in Mansoura, killing at least 12 "
        "people, the interior ministry said."
    )
    assert [row[2:] for row in _acts(text, date(2018, 3, 25))] == [
        (12, ["isis"], "interior ministry"),
        (19, ["isis"], "officials"),
    ]


def test_an_act_told_in_an_aside_and_again_in_full_is_one_act():
    text = (
        "An explosion struck Sunday near the cathedral in Mansoura, state media reported, hours after a bomb at a "
        "church in Zagazig killed 19 people.\n"
        "An earlier blast at St Mina Church in Zagazig killed 19 people and wounded dozens, officials said."
    )
    assert _acts(text, date(2018, 3, 25)) == [
        ("Al Mansurah", "2018-03-25", None, [], "state media"),
        ("Zagazig", "2018-03-25", 19, [], "officials"),
    ]
