"""The deterministic parts of extraction: counts, dates, places and actors."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import analyse_many_texts, counts

from marsad.extract.actors import ANAPHORA, ActorTable, actor_table
from marsad.extract.counts import number_value
from marsad.extract.dates import resolve
from marsad.extract.places import gazetteer, normalize
from marsad.extract.trends import trend_only


def test_counts_follow_the_codebook_rules():
    text = (
        "executed more than 2,618 people, 1,511 of them civilians; at least 30 students; about 1,200 patients; "
        "up to 50 fighters; dozens of women; hundreds of boys; fourteen farmers; two dozen men; 1.5 million people"
    )
    assert counts(text) == [
        ("more than 2,618", 2618, 2618, None, "more_than"),
        ("1,511", 1511, 1511, 1511, "exact"),
        ("at least 30", 30, 30, None, "at_least"),
        ("about 1,200", None, 1200, None, "about"),
        ("up to 50", None, 50, 50, "at_most"),
        ("dozens", 24, None, 99, "range"),
        ("hundreds", 200, None, 999, "range"),
        ("fourteen", 14, 14, 14, "exact"),
        ("two dozen", 24, 24, 24, "exact"),
        ("1.5 million", 1_500_000, 1_500_000, 1_500_000, "exact"),
    ]


def test_years_and_clock_times_are_not_counts():
    assert counts("in 2018 at 10:30 on 15/04") == []
    assert number_value("twenty-five") == 25 and number_value("a hundred and twelve") == 112
    assert number_value("banana") is None


PUBLISHED = date(2015, 1, 19)  # a Monday


@pytest.mark.parametrize(
    ("expression", "start", "end", "precision"),
    [
        ("on Monday", "2015-01-19", "2015-01-19", "day"),
        ("on Tuesday night", "2015-01-13", "2015-01-13", "day"),
        ("last June", "2014-06-01", "2014-06-30", "month"),
        ("in May", "2014-05-01", "2014-05-31", "month"),
        ("the night of 15 April", "2014-04-15", "2014-04-15", "day"),
        ("April 15, 2014", "2014-04-15", "2014-04-15", "day"),
        ("May 2014", "2014-05-01", "2014-05-31", "month"),
        ("since 2013", "2013-01-01", "2013-12-31", "year"),
        ("last week", "2015-01-12", "2015-01-18", "week"),
        ("this year", "2015-01-01", "2015-01-19", "year"),
        ("yesterday", "2015-01-18", "2015-01-18", "day"),
        ("on Easter Sunday", "2014-04-20", "2014-04-20", "day"),  # the most recent Easter, by the computus
        ("Easter Monday", "2014-04-21", "2014-04-21", "day"),
        ("a week earlier", "2015-01-12", "2015-01-18", "week"),
    ],
)
def test_dates_resolve_against_publication(expression, start, end, precision):
    value = resolve(expression, PUBLISHED)
    assert (value.start, value.end, value.precision) == (start, end, precision)


def test_relative_dates_without_publication_are_unknown_not_guessed():
    for expression in ("on Monday", "last June", "in May", "last week", "yesterday"):
        assert resolve(expression, None).precision == "unknown"
    assert resolve("in 2018", None).precision == "year"
    assert resolve("they may march", PUBLISHED).precision == "unknown"
    assert resolve("31 February 2014", PUBLISHED).precision == "unknown"


def test_places_resolve_countries_regions_and_towns():
    places = gazetteer()
    assert normalize("Ar-Raqqah") == normalize("raqqah") == "raqqah"
    raqqa = places.resolve("ar-Raqqa")
    assert (raqqa.country, raqqa.precision) == ("SY", "town") and 35 < raqqa.lat < 37
    assert places.resolve("Syria").precision == "country"
    assert places.resolve("Ninawa").name == places.resolve("Nineveh province").name == "Nineveh"
    assert places.resolve("Borno State").precision == "admin1"
    assert places.resolve("Gwoza").country == "NG"
    assert places.resolve("Gao").country == "ML"  # its own name beats another town's alternate name
    assert places.resolve("Levant").precision == "region"
    assert places.resolve("Kourfayel") is None


def test_actor_aliases_map_to_one_canonical_actor():
    table = actor_table()
    text = "Islamic State militants, IS fighters, Daesh and ISIL; what it is. Boko Haram and ISWAP."
    assert [(m.text, m.actor.id) for m in table.find(text)] == [
        ("Islamic State", "isis"),
        ("IS", "isis"),
        ("Daesh", "isis"),
        ("ISIL", "isis"),
        ("Boko Haram", "boko-haram"),
        ("ISWAP", "iswap"),
    ]
    assert [m.actor.id for m in table.find("fighters of al-Shabab", "SO")] == ["al-shabaab"]
    assert [m.actor.id for m in table.find("known locally as al-Shabab", "MZ")] == ["is-mozambique"]
    assert [m.group(0) for m in ANAPHORA.finditer("the terror group and the militants")] == [
        "the terror group",
        "the militants",
    ]


def test_actor_table_is_editable(tmp_path, monkeypatch):
    custom = tmp_path / "actors.json"
    custom.write_text('[{"id": "x", "name": "Example Front", "aliases": ["Example Front", "EXF"]}]')
    monkeypatch.setenv("MARSAD_ACTORS", str(custom))
    table = ActorTable.load()
    assert [m.actor.name for m in table.find("the EXF and the example front")] == ["Example Front", "Example Front"]


def test_written_out_dates_go_to_dateparser_and_plans_are_not_events():
    assert resolve("the 3rd of June, 2014", None).start == "2014-06-03"
    assert resolve("June 3rd", PUBLISHED).start == "2014-06-03"
    assert resolve("June 3rd", None).precision == "unknown"
    assert resolve("next Friday", PUBLISHED).precision == "unknown"


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Insurgents burned 20 people alive in their huts.", "killing"),
        ("The raid claimed the lives of 14 people.", "killing"),
        ("Fighters carted off 30 girls from the village.", "abduction"),
        ("Militants took 7 villagers captive.", "abduction"),
        ("The pupils were taken from their school at night.", "abduction"),
        ("Jihadists threw two men off a roof in the main square.", "execution"),
        ("A severed head was found near the market.", "execution"),
        ("Children as young as 10 were armed and sent to the front.", "child_recruitment"),
        ("Fighters turned back a food convoy at the bridge.", "denial_of_humanitarian_access"),
        ("Aid workers were barred from entering the district.", "denial_of_humanitarian_access"),
        ("Gunmen ransacked the health centre and left.", "attack_on_school_or_hospital"),
        ("Bombings by the group led to at least 230 civilian deaths.", "killing"),
        ("The group was suspected of massacring at least 53 villagers.", "killing"),
        ("The passenger train was hijacked by separatists on Tuesday.", "abduction"),
        ("They claimed to have taken over 180 passengers, including soldiers, hostage.", "abduction"),
        ("RSF fighters bombarded the camp with long-range missiles.", "bombing"),
        ("Militants attacked the post, leaving three cops martyred.", "killing"),
        ("The raiders attacked the village, slashing 15 people to death.", "killing"),
        ("The raiders were making off with 40 children.", "abduction"),
    ],
)
def test_trigger_words_name_the_act(sentence, event_type):
    from marsad.extract.semantic import lexicon_types

    assert event_type in lexicon_types(sentence)


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Hundreds of residents gathered to watch the stoning of a man.", ["a man"]),
        ("The attackers took most of the 90 pupils sleeping there.", []),
        ("The blast killed at least 21, including six attackers.", ["at least 21"]),
        ("It was the first blast since July 2 in the town.", []),
        ("The war has forced hundreds of thousands of people to flee their homes.", []),
        ("The blast killed 12 people and wounded 20 others.", ["12"]),
        ("The first bombing killed at least 27 and injured at least 78.", ["at least 27"]),
        ("The death toll at St. Mark's Cathedral was at least 16, the ministry said.", ["at least 16"]),
        ("The group showed the six men responsible for the attack.", []),
        ("In the end, somewhere between 170 and 200 people died.", ["170 and 200"]),
        ("They were killed by boys as young as 14 and men on motorbikes.", []),
        ("Gunmen fired on two health workers, killing one and wounding the other.", ["one", "two"]),
        ("Troops exchanged fire with about 30 extremist fighters.", []),
        ("A train carrying around 500 people was hijacked.", []),
        ("More than 115,000 people have been forcibly displaced.", []),
        ("Gunmen seized and killed nine truck drivers.", ["nine"]),
        ("The attack left 26 tourists dead.", ["26"]),
        ("The fighters raped several dozen women and girls.", ["several dozen"]),
        ("Gunmen abducted '300' of the schoolgirls.", ["300'"]),
    ],
)
def test_victim_counts_leave_out_crowds_larger_groups_attackers_and_dates(text, victims):
    from marsad.extract.victims import victim_counts

    assert [c.text for c, _ in victim_counts(text)] == victims


@pytest.mark.parametrize("word", ["University", "College", "Hospital"])
def test_words_for_venues_are_not_towns(word):
    """ "Garissa University College" names no town called University (there is one in Florida)."""
    from marsad.extract.places import gazetteer

    assert gazetteer().resolve(word) is None


def test_victims_named_one_by_one_add_up_and_a_disguise_is_no_victim():
    """ "killing one patient and one hospital worker" counts two; the gunman "dressed as a doctor" none."""
    from marsad.extract.victims import victim_counts

    found = victim_counts("A gunman dressed as a doctor opened fire, killing one patient and one hospital worker.")
    assert found[0][0].count.low == 2 and found[0][1] == "patients"


def test_a_country_named_as_a_groups_is_not_the_scene():
    """ "Uganda's feared Lord's Resistance Army" and "the Iran-backed Houthis" say whose group it is."""
    from marsad.extract.actors import actor_table
    from marsad.extract.context import plausible_places
    from marsad.extract.places import gazetteer

    cases = (("Uganda's feared Lord's Resistance Army attacked", "Uganda"), ("The Iran-backed Houthi militia", "Iran"))
    for text, country in cases:
        start = text.index(country)
        places = [(gazetteer().resolve(country), country, start, start + len(country))]
        assert plausible_places(places, actor_table().find(text), text) == []


def test_reputations_threats_and_burials_are_not_acts():
    from marsad.extract import backstory, cues

    assert backstory.background("The LRA, notorious for abducting young boys, has waged war for 17 years.")
    assert backstory.background("They are best known, however, for atrocities against civilians.")
    assert not backstory.background("The LRA, notorious for abducting boys, killed 12 villagers on Sunday.")
    assert cues.THREAT.search("issued a warning that a military operation would lead to more ")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militants attacked an army post in the southern province of Abyan.", "Abyan"),
        ("Terrorists in Khyber-Pakhtunkhwa's Bannu district attacked a checkpoint.", "Bannu"),
        ("Aden: Four soldiers were killed in Abyan province.", "Abyan"),
    ],
)
def test_provinces_named_after_the_word_towns_after_a_possessive_and_colon_datelines(text, name):
    """ "the province of Abyan" is a place; "Khyber-Pakhtunkhwa's Bannu" names Bannu; "Aden:" is the desk."""
    from marsad.extract.pipeline import load_nlp
    from marsad.extract.placenames import find_places

    doc = load_nlp()(text)
    assert name in [p[0].name for p in find_places(doc, text)]
    assert "Aden" not in [p[0].name for p in find_places(doc, text)]


def test_local_aliases_name_an_actor_only_in_its_own_country():
    """ "government forces" are Syria's in a report from Syria or from nowhere named, not in Yemen."""
    from marsad.extract.actors import actor_table

    text = "Yemen's government forces clashed with al-Qaeda fighters."
    assert [m.actor.id for m in actor_table().find(text, "YE", frozenset({"YE"}))] == ["aqap"]
    assert "syria-government" in [m.actor.id for m in actor_table().find("Government forces shelled the town.")]


def test_a_prayer_vigil_attacked_is_no_vigil_for_the_dead_and_another_toll_is_no_figure():
    from marsad.extract import backstory, cues

    assert not backstory.background(
        "Worshippers gathered for a nighttime vigil were killed when rebels stormed the church."
    )
    assert backstory.background("Hundreds held a candlelight vigil for the victims on Sunday.")
    assert cues.EARLIER_TOLL.search("Radio Okapi estimated the death toll at 43.")


def test_executed_or_disappeared_is_one_execution_count_and_former_police_are_civilians():
    from marsad.extract import cues
    from marsad.extract.victims import victim_counts

    assert cues.EXECUTED_OR_DISAPPEARED.search("the Taliban summarily executed or forcibly disappeared more than 100")
    [(count, category)] = victim_counts("They killed more than 100 former police officers.")
    assert count.count.low == 100 and category == "civilians"
    assert not cues.WHEN_ACT.match(", when the Taliban returned to power, the group has")
    assert cues.WHEN_ACT.match(", when 56 people were killed")


def test_an_earlier_death_told_in_an_aside_is_an_act_of_its_own():
    """ "..., who was killed by a US drone in 2020": one person, dated apart; counted asides are not asides."""
    from marsad.extract.asides import find_asides

    text = "Blasts killed 90 people at a ceremony for Qasem Soleimani, who was killed by a US drone in 2020."
    [aside] = find_asides(text)
    assert text[aside.start : aside.end] == "killed by a US drone in 2020" and aside.type == "bombing"
    assert find_asides("the commander, killed in January 2020 in a raid in Iraq")[0].type == "killing"
    assert find_asides("Three soldiers, killed in an ambush in 2019, were buried.") == []
    assert find_asides("Gunmen stormed the village, killed in 2019 12 people.") == []


def test_initials_keep_their_case_and_parties_to_talks_are_not_doers():
    from marsad.extract.actors import actor_table

    assert actor_table().find("Let me seize this opportunity to condemn it.") == []
    assert actor_table().find("a peace deal with FARC rebels") == []
    assert [m.actor.id for m in actor_table().find("officials blamed it on the National Liberation Army")] == ["eln"]


def test_pronoun_one_police_academies_and_listed_dead():
    from marsad.extract import cues, venues

    assert counts("two groups, including the one blamed for the attack") == [("two", 2, 2, 2, "exact")]
    assert venues.military_school_attacked("The bomb at the General Santander School", "a police academy") == "bombing"
    assert venues.military_school_attacked("gunmen attacked a school, killing six pupils", "a police academy") is None
    assert cues.DEAD_LISTED.search("Among those killed was a cadet from Ecuador.")


def test_habits_memorials_and_gatherings_attacked():
    from marsad.extract import backstory
    from marsad.extract.victims import victim_counts

    assert backstory.background("Car bombs were frequent during decades of civil war.")
    assert backstory.background("Thousands attended a ceremony commemorating the victims.")
    assert not backstory.background("Two explosions killed 84 people at a ceremony commemorating the general.")
    [(count, _)] = victim_counts("The region has seen hundreds die since 2017.")
    assert count.count.low == 200


def test_datelines_with_agencies_and_slashes_and_where_the_injured_were_taken():
    from marsad.extract.pipeline import load_nlp
    from marsad.extract.placenames import dateline_countries, dateline_place, find_places
    from marsad.extract.quotes import find_attributions

    assert dateline_countries("BAJAUR / KHAR: The group claimed it.") == frozenset({"PK"})  # not Haar, Germany
    assert dateline_place("BAJAUR / KHAR: The group claimed it.")[0][0].name == "Bajaur"
    assert find_attributions("Quetta [Pakistan], May 14 (ANI): At least 27 people were killed.") == []
    text = "The injured were airlifted to hospitals in Karachi. The group is active in Afghanistan and Iran."
    assert [p[0].name for p in find_places(load_nlp()(text), text)] == []


def test_scenes_custody_and_bodies_documented():
    from marsad.extract import cues, venues
    from marsad.extract import lexicon as lx

    assert cues.SCENE.search("elements of the army entered the village at dawn")
    assert lx.CUSTODY.search("The soldiers rounded the men up, took their phones, and then shot them")
    assert not lx.AGGREGATE.search("Our teams documented and registered 136 dead bodies in Karma")
    assert lx.TRIGGERS["killing"].search("The bloodbath unfolded on April 20")
    assert venues.TREATED_AT.search("Dr Sana Malik of Civil Hospital said the toll could rise")


def test_trends_habits_and_armed_arrests_are_told_apart_from_acts():
    from marsad.extract import custody
    from marsad.extract import lexicon as lx

    types = ["child_recruitment"]
    assert trend_only("Child recruitment by armed groups in Haiti tripled last year.", types, [])
    assert trend_only("Gangs are recruiting children at unprecedented levels.", types, [])
    assert trend_only("Unicef reports a 70% surge in gang recruitment.", types, [])
    assert not trend_only("The RSF recruited 12 boys in Nyala amid a surge in attacks.", types, [])
    assert lx.BACKGROUND.search("Boys are often charged with watching over abducted people.")
    assert lx.BACKGROUND.search("She has been helping the families of children who were recruited.")
    assert custody.ARREST.search("ACJPS documented Mr. Ahmed's arrest by RSF on 20 September 2023")


def test_date_first_datelines_and_war_starts_date_no_act():
    from marsad.extract.pipeline import load_nlp
    from marsad.extract.placenames import find_places

    text = "August 12, Nairobi - The RSF recruited three boys in Nyala."
    assert [p[0].name for p in find_places(load_nlp()(text), text)] == ["Nyala"]


def test_routes_place_at_their_first_town_and_captives_killed_later_were_executed():
    from marsad.extract import lexicon as lx
    from marsad.extract.context import small_place_names
    from marsad.extract.pipeline import load_nlp
    from marsad.extract.placenames import find_places

    text = "Insurgents abducted 22 travellers along the Kano-Maiduguri Highway on Saturday."
    assert [p[0].name for p in find_places(load_nlp()(text), text)] == ["Kano"]
    assert small_place_names("attacked a convoy near Garin Kuturu in Jakana") == ["Garin Kuturu"]
    assert lx.CUSTODY.search(
        "fighters kidnapped two aid workers travelling from Damaturu, and later used a Facebook page to announce that "
        "they had killed them"
    )


def test_a_man_and_a_woman_are_two_victims():
    from marsad.extract.victims import victim_counts

    [(count, _)] = victim_counts("In a separate case in Balkh, a man and a woman were flogged.")
    assert count.count.best == 2


def test_tolls_told_with_and_named_person_with_others():
    from marsad.extract.victims import victim_counts

    text = "About 170 people who tried to leave the hotel ran into an ambush, with at least seven killed."
    assert victim_counts(text)[0][0].count.best == 7
    [(count, _)] = victim_counts("Gunmen ambushed the convoy, killing Nel and at least six others.")
    assert count.count.low == 7
    [(count, category)] = victim_counts("They murdered and beheaded 12 foreign citizens outside the hotel.")
    assert (count.count.best, category) == (12, "civilians")
    assert [c.count.best for c, _ in victim_counts("confirming the attack on 25 March, said seven people died")] == [7]
    assert victim_counts("she hid with her other three children") == []


def test_civilians_and_soldiers_killed_in_clauses_of_their_own_are_two_acts():
    from marsad.extract.combatants import combatants_apart
    from marsad.extract.victims import victim_counts

    text = "Dozens of civilians have been shot, and at least 21 members of the security forces have been killed."
    civilians, soldiers, _ = combatants_apart(text, 0, victim_counts(text))
    assert [c.count.best for c, _ in soldiers] == [21] and [c.count.low for c, _ in civilians] == [24]
    one_phrase = "Six soldiers, two civilians and 20 jihadists were killed."
    assert combatants_apart(one_phrase, 0, victim_counts(one_phrase)) is None


def test_towns_named_with_their_country_and_affiliates_named_in_parentheses():
    from marsad.extract.actors import named_as_affiliate
    from marsad.extract.context import small_place_names

    assert small_place_names("Gunmen ambushed a convoy near Palma, Mozambique on Friday.") == ["Palma"]
    assert small_place_names("It refers to an attack in Mengaleuwa, which killed eight people.") == ["Mengaleuwa"]
    assert small_place_names("In March, gunmen attacked a base.") == []
    text = "beheaded by fighters linked to the Islamic State Terrorist Group (ISIS)"
    assert named_as_affiliate(text, text.index("ISIS"))
    assert actor_table().find("Islamic State fighters attacked Mocimboa da Praia", "MZ")[0].actor.id == "is-mozambique"


def test_a_charity_named_for_children_is_no_child():
    from marsad.extract.children import child_roles

    text = "Save the Children said insurgents had beheaded children as young as 11."
    assert child_roles(text, "execution", []) == {"victim"}


def test_hostage_reports_name_their_victims_and_the_custody_of_suspects_is_no_act():
    from marsad.extract.victims import victim_counts

    assert victim_counts("The case was closed after taking into custody five suspects.") == []
    assert victim_counts("Two men aboard a motorcycle threw the bag near the town hall.") == []
    [(count, category)] = victim_counts("The three Filipino crewmembers kidnapped off Semporna are still held.")
    assert (count.count.best, category) == (3, "civilians")
    assert gazetteer().resolve("Sabah").country == "MY" and gazetteer().resolve("Tawi-Tawi").country == "PH"
    text = "kidnap-for-ransom groups linked to the notorious Abu Sayyaf"
    from marsad.extract.actors import named_as_affiliate

    assert named_as_affiliate(text, text.index("Abu Sayyaf"))


def test_a_named_or_national_victim_is_one_and_a_confirmation_day_dates_nothing():
    texts = [
        "Abu Sayyaf jihadists beheaded a Canadian in Patikul, Philippines on Monday.",
        "Canadian John Ridsdel, a hostage held in Jolo, Philippines, has been beheaded by the Abu Sayyaf.",
        "On Tuesday morning (April 26), officials confirmed that Ridsdel was beheaded in Jolo, Philippines.",
    ]
    found = [incidents for incidents, _ in analyse_many_texts(texts, date(2016, 4, 27))]
    assert [i.as_json()["victims"]["count"]["best"] for [i] in found[:2]] == [1, 1]
    assert found[2][0].as_json()["date"]["precision"] == "unknown"
