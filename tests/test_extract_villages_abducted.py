"""Lessons from real reports of the Islamic State's abduction of Assyrian Christians from villages along the Khabur
river in Syria's Hassakeh province on 23 February 2015: people "seized by the militants", "had been taken" or "had
been abducted" with a count are the taking, whatever the tense; "Most of the captives were women, children and the
elderly" makes children its victims; "some had already been killed" of those taken is an execution of its own, and
"15 of those seized had been killed" one; the day a source "shared", "told ... that" or "spoke to" dates nothing;
where captives were "moved to" and a town struck "on occasion" are no scene; "Aid to the Church in Need" no place;
"Iraqi government forces" are Iraq's; "a new offensive against a string of villages" is no battle, and a hope that
events "end without killing" no killing. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, child_roles, doers, only_incident


def test_people_seized_are_taken_and_the_captives_listed_name_the_children():
    text = (
        "At least 60 Assyrians were seized by the militants on Monday in raids on villages near Tal Tamr, in"
        " Hassakeh province, a monitoring group said. Most of the captives were women, children and the elderly."
    )
    incident = only_incident(text, date(2015, 3, 4))
    found = incident.as_json()
    assert (found["type"], found["date"]["start"], found["victims"]["count"]["best"]) == ("abduction", "2015-03-02", 60)
    assert child_roles(incident) == ["victim"]


def test_a_taking_told_in_the_pluperfect_is_the_taking_and_the_day_it_was_shared_dates_nothing():
    text = (
        "Earlier today, we shared a news report saying that at least 45 Christians had been abducted by Islamic"
        " State forces in northeastern Syria."
    )
    found = only_incident(text, date(2015, 3, 4)).as_json()
    assert (found["type"], found["date"]["precision"], found["victims"]["count"]["best"]) == (
        "abduction",
        "unknown",
        45,
    )


def test_some_of_those_taken_killed_is_an_execution_beside_the_taking():
    text = (
        "Islamic State fighters abducted villagers along the river on Monday. A spokesman for a Christian militia told"
        " the BBC that between 150 and 200 civilians had been taken, and that some had already been killed."
    )
    acts, _ = acts_and_figures(text, date(2015, 3, 4))
    assert sorted(a[0] for a in acts) == ["abduction", "execution"]
    assert [a[4] for a in acts if a[0] == "execution"] == [None]


def test_captives_killed_told_to_a_charity_are_executed_and_the_charity_is_no_place():
    text = (
        "Islamic State militants kidnapped at least 120 people from villages in Hassakeh province on Monday. A priest"
        " told the charity Aid to the Church in Need on Thursday that nine of those seized had been killed by IS."
        " Relatives told a local radio station on Wednesday that eight members of their family were believed to be"
        " among the kidnapped."
    )
    incidents, _ = analyse_text(text, date(2015, 3, 7))
    found = sorted((i.type, i.victim_count.best, i.location["name"]) for i in incidents)
    assert found == [("abduction", 120, "Hasakah Governorate"), ("execution", 9, "Hasakah Governorate")]
    assert [i.date.start for i in incidents if i.type == "execution"] != ["2015-03-05"]  # not the Thursday it was told


def test_where_captives_were_moved_and_a_town_struck_now_and_then_are_no_scene():
    text = (
        "In predawn raids, IS fighters on Monday attacked villages in Hassakeh province, seizing at least 40 people."
        " Activists said the hostages have been moved to the Islamic State-controlled town of Markada. Coalition"
        " aircraft have on occasion struck Markada, a mainly Arab town."
    )
    found = only_incident(text, date(2015, 3, 4)).as_json()
    assert (found["type"], found["location"]["name"]) == ("abduction", "Hasakah Governorate")


def test_a_massacre_of_another_age_by_iraqi_government_forces_is_iraqs_and_stays_a_killing():
    text = (
        "Men were separated from women and children, and a 16-year-old boy was reportedly killed by the militants"
        " in northeastern Syria on Monday. Those villages were founded by Assyrians who fled the 1933 massacre by"
        " Iraqi government forces in Simele."
    )
    incidents, _ = analyse_text(text, date(2015, 3, 4))
    old = [i for i in incidents if i.date.start == "1933-01-01"]
    assert [(i.type, doers(i)) for i in old] == [("killing", ("iraq-security-forces",))]


def test_an_offensive_on_villages_is_no_battle_and_a_hope_of_no_killing_is_no_killing():
    text = (
        "Dozens of Christians were abducted by Islamic State forces during a new offensive against a string of"
        ' villages in northeastern Syria on Monday, aid groups said. "We hope that these events end without killing'
        ' and abusing our community," a bishop told reporters in Beirut.'
    )
    acts, _ = acts_and_figures(text, date(2015, 3, 4))
    assert [a[0] for a in acts] == ["abduction"]
