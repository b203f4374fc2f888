"""Lessons from real reports of the Yirgou massacre in Burkina Faso (a jihadist raid on 31 December 2018, then reprisals
on Fulani herders), the Koglweogo militia's attacks on Dinguila and Barga (8 March 2020) and a rights group's account of
early 2020: a lede's toll that the acts told after it add up to ("Thirteen civilians have been killed", then six and
seven) is neither act's; villagers who "then attacked a nearby camp of herders ... in an apparent retaliation" did an
act of their own, at the scene of the one before; herders killed by people "accusing them of being accomplices" were
not captives; where a caller was "reached by phone from the capital" is no scene; "inter-communal violence" told as
"Clashes" is killing, not a battle; "On Sunday, attacks were carried out on the villages of ..." dates and places the
perfect-tense lede's toll; "previously documented" is no habit, and "..., as well as dozens of cases in which ...
executed" is a second figure; "the February 16 attack on Pansi village" is its own act. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, incident_summary


def _rows(text, published):
    incidents, claims = analyse_text(text, published)
    acts = sorted(incident_summary(i)[:5] for i in incidents)
    return acts, sorted((c.type, c.count.low, c.count.qualifier) for c in claims)


def test_a_ledes_toll_that_two_acts_add_up_to_is_neither_acts():
    text = (
        "Thirteen civilians have been killed in communal violence in northern Burkina Faso, the government said on "
        "Wednesday.\nGunmen on motorbikes descended on the village of Yirgou after nightfall on Monday, killing six "
        "people, including the village chief, a government spokesman said.\nThe following day, villagers attacked a "
        "nearby camp of Fulani herders, killing seven people in an apparent retaliation."
    )
    acts, figures = acts_and_figures(text, date(2019, 1, 3))
    assert acts == [
        ("killing", "Yirgou", "2018-12-31", "day", 6),
        ("killing", "Yirgou", "2019-01-01", "day", 7),
    ]
    assert figures == []


def test_a_reprisal_the_same_day_is_an_act_of_its_own_and_no_execution():
    text = (
        "At least thirteen people have died in an attack by suspected jihadists in Burkina Faso\n"
        "According to a security official, gunmen attacked the village of Yirgou on Tuesday morning, killing six "
        "people.\nA resident, reached by phone from the capital Ouagadougou, said villagers then attacked a nearby "
        "camp of herders, accusing them of being accomplices of the terrorists.\n"
        '"Seven herders were lynched," the security official said.'
    )
    acts, _ = acts_and_figures(text, date(2019, 1, 2))
    assert acts == [
        ("killing", "Yirgou", "2019-01-01", "day", 6),
        ("killing", "Yirgou", "2019-01-01", "day", 7),
    ]


def test_communal_clashes_are_killings():
    text = (
        "Clashes leave 37 dead in central Mali\nAt least 37 people died in inter-communal violence in central Mali on "
        "Tuesday, when gunmen attacked the village of Koulogon, the government said."
    )
    acts, _ = acts_and_figures(text, date(2019, 1, 2))
    assert acts == [("killing", "Koulogon", "2019-01-01", "day", 37)]


def test_the_day_the_attacks_were_carried_out_makes_a_perfect_tense_toll_one_acts():
    text = (
        "At least 43 people have been killed in attacks in northern Burkina Faso, the government said on Monday.\n"
        "The conflict has also provoked attacks on herders whom other communities accuse of backing militants. "
        '"On Sunday, attacks were carried out on the villages of Dinguila and Barga in Yatenga province. The '
        'provisional toll is 43 victims," the government said.'
    )
    acts, figures = acts_and_figures(text, date(2020, 3, 9))
    assert acts == [("killing", "Dinguila", "2020-03-08", "day", 43)]
    assert figures == []


def test_a_rights_groups_earlier_findings_are_two_figures():
    text = (
        "Gunmen killed 32 villagers in Rofenega, Burkina Faso, on January 25, Human Rights Watch said.\n"
        "Human Rights Watch is also investigating the February 16 attack on Pansi village, which left over 20 "
        "civilians dead.\nHuman Rights Watch previously documented armed group attacks that killed more than 250 "
        "civilians between April and December 2019, as well as dozens of cases in which security forces summarily "
        "executed men in their custody."
    )
    acts, figures = _rows(text, date(2020, 4, 20))
    assert acts == [
        ("killing", "Pansi", "2020-02-16", "day", 20),
        ("killing", "Rofenega", "2020-01-25", "day", 32),
    ]
    assert figures == [("execution", 24, "range"), ("killing", 250, "more_than")]


def test_a_dated_toll_at_a_town_inside_the_ledes_province_is_the_ledes_act():
    text = (
        "An attack on a military parade in Iran's southwestern province of Khuzestan killed a number of soldiers and "
        "civilians.\nAt least 24 soldiers and civilians were killed in the Saturday, September 22 attack in the city "
        "of Ahvaz."
    )
    acts, _ = acts_and_figures(text, date(2018, 9, 22))
    assert acts == [("killing", "Ahvaz", "2018-09-22", "day", 24)]


def test_a_headlines_province_before_the_town_of_the_act_is_one_act():
    text = (
        "Six executed in Deir ez-Zor for 'apostasy'\n\nIslamic State militants publicly shot six men in the town of "
        "al-Bukamal on Tuesday, accusing them of apostasy, according to the Euphrates Rights Monitor."
    )
    incidents, _ = analyse_text(text, date(2016, 6, 22))
    assert [incident_summary(i)[0] for i in incidents] == ["execution"]
