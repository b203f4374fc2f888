"""Lessons from real published reports (kept outside the repository), each pinned by a text of our own:
scenes, sources, earlier acts told in passing and the kinds of report met for the first time."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, counts, only_incident

from marsad.extract.actors import actor_table


def test_village_reports_from_cameroon_name_their_places_and_their_dead():
    from marsad.extract import cues
    from marsad.extract.children import CHILD_PERPETRATOR
    from marsad.extract.context import small_place_names
    from marsad.extract.victims import victim_counts

    assert small_place_names("The attack took place in Mozogo subdivision of Mayo Tsanaga.") == ["Mozogo"]
    assert small_place_names("The residents of Mozogo fled to the forest.") == ["Mozogo"]
    assert small_place_names("Insurgents attacked Sanda Wajiri, a remote village near Kolofata.")[0] == "Sanda Wajiri"
    assert CHILD_PERPETRATOR.search("fighters brought a girl strapped with explosives")
    assert not CHILD_PERPETRATOR.search("eight children were killed after a woman detonated a bomb")
    [(count, category)] = victim_counts("three members of a vigilante group were killed in an attack")
    assert (count.count.best, category) == (3, "fighters")
    assert victim_counts("He was beheaded after offering a sum of 2.5 million to the terrorists.") == []
    assert counts("killed nearly six dozen people")[0][2] == 72
    assert victim_counts("An estimated 2,500 Cameroonians have been killed.")[0][1] == "civilians"
    assert cues.ANOTHER_ACT.search("Earlier this week, three members of a vigilante group were killed.")


def test_airport_bombing_reports_count_us_troops_and_read_denials():
    from marsad.extract import cues
    from marsad.extract.victims import victim_counts

    [(count, category)] = victim_counts("Twelve U.S. service members were killed and 15 others injured.")
    assert (count.count.best, category) == (12, "soldiers")
    assert (
        victim_counts("The bombing killed at least 170 people as well as the 13 U.S. service members.")[0][0].count.low
        == 183
    )
    assert victim_counts("first reports claimed 3 US personnel among the wounded") == []
    assert victim_counts("at the gate, where the night before there had been 5,000 Afghans") == []
    assert victim_counts("There were 41 dead in Koira Tegui.")[0][0].count.best == 41
    assert cues.HAVEN.search("They describe the group as an enemy of the ")


def test_a_monitors_monthly_total_and_its_listed_parts_make_one_claim():
    from marsad.extract.victims import victim_counts

    texts = [
        "SNHR documented the death of 1685 people in November 2014, distributed as follows:\n"
        "SNHR documented the death of 1169 people by government forces, including 176 children.\n"
        "SNHR documented 57 victims killed by ISIS, including five children.",
        "1685 people were killed in November 2014\n\nSNHR documented the death of 1685 people in November 2014.",
    ]
    listed, headline = analyse_many_texts(texts, date(2014, 12, 1))
    assert [c.as_json()["count"]["best"] for c in listed[1]] == [1685] and listed[0] == []
    assert headline[0] == [] and [c.as_json()["count"]["best"] for c in headline[1]] == [1685]
    assert [c.count.best for c, _ in victim_counts("The UN documented 910 children (783 boys and 127 girls).")] == [910]
    assert victim_counts("The Observatory documented the death of 3055 in September 2017.")[0][0].count.best == 3055


def test_benin_park_attacks_read_the_park_the_border_and_the_groups_own_toll():
    from marsad.extract import cues
    from marsad.extract.context import small_place_names
    from marsad.extract.places import demonym_country
    from marsad.extract.victims import victim_counts

    assert small_place_names("militants overran Benin's National Park W on Wednesday") == ["National Park W"]
    assert demonym_country("Beninese") == "BJ"
    [(count, _)] = victim_counts("At least seven members of Beninese security forces and five rangers were killed.")[:1]
    assert count.count.low == 12
    assert cues.EARLIER_TOLL.search(
        "JNIM claimed responsibility for the attack and said that they had killed 70 soldiers"
    )


def test_base_attacks_read_their_scene_sentence_and_a_wars_toll_is_a_claim():
    from marsad.extract import cues
    from marsad.extract import lexicon as lx

    assert cues.SCENE.search("gunmen from ISWAP launched a pre-dawn attack on Sunday at the Sabon Gari camp")
    assert cues.RETOLD.search("The pre-dawn attack occurred on Sunday at a base in Sabon Gari.")
    assert lx.AGGREGATE.search("The conflict has claimed more than 40,000 lives.")
    assert lx.TRIGGERS["killing"].search("The insurgency has been responsible for over 100,000 deaths.")
    assert (
        actor_table().find("terrorists belonging to the Islamic State group killed six soldiers", "NG")[0].actor.id
        == "iswap"
    )


def test_kenyan_counties_name_the_country_and_their_villages():
    from marsad.extract.context import small_place_names
    from marsad.extract.pipeline import load_nlp
    from marsad.extract.placenames import find_places

    text = "Five men were beheaded in Salama and Juhudi villages in Mkunumbi area, Lamu County."
    found = {p[0].country for p in find_places(load_nlp()(text), text) if p[0].precision == "admin1"}
    assert found == {"KE"}
    assert small_place_names("the victims of the attack on Salama and Juhudi villages") == ["Salama"]
    assert small_place_names("three people were killed on Friday in Witu Lamu County") == ["Witu"]


def test_an_earlier_attack_named_with_its_year_and_toll_is_no_running_figure():
    from marsad.extract import one_act_words

    assert one_act_words.SINGLE_TOLL.search("a bloody siege at the Westgate mall in Nairobi in 2013 that cost 67 lives")


def test_a_total_taken_on_the_one_day_of_the_attack_is_that_acts_count():
    text = (
        "A total of 287 students from a school in Kuriga, Nigeria were kidnapped on Thursday when bandits attacked it."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2024, 3, 7))
    assert claims == [] and incidents[0].as_json()["victims"]["count"]["best"] == 287


def test_sources_named_by_a_plural_possessive_or_as_local_authorities():
    from marsad.extract.quotes import find_attributions

    assert find_attributions("Ten died, according to local authorities.")[0][0] == "local authorities"
    said = "the United Nations' peacekeeping mission said 40 were killed."
    assert find_attributions(said)[0][0] == "United Nations' peacekeeping mission"


def test_one_act_named_with_its_year_at_one_school_is_an_incident():
    """ "murdered 130 students at a school in 2014" and "an armed assault ... killed 141" tell one act each."""
    from marsad.extract import figures, one_act_words, venues

    assert figures.one_scene_in_a_year("the Taliban murdered 130 students at a school in 2014", ["in 2014"])
    assert not figures.one_scene_in_a_year("killed 652 children in attacks on schools in 2016", ["in 2016"])
    assert one_act_words.SINGLE_TOLL.search(
        "In 2014, an armed assault by Tehreek-e-Taliban Pakistan militants killed 141"
    )
    school = "killed 141 people, mostly children, at a military school in Peshawar"
    assert venues.military_school_attacked(school, school) is None
    assert venues.military_school_attacked("militants stormed the police training college", "") == "armed_clash"


def test_the_taliban_in_pakistan_are_the_ttp_but_the_afghan_taliban_stay_themselves():
    found = actor_table().find("The Taliban and the Afghan Taliban", "PK")
    assert [m.actor.id for m in found] == ["ttp", "taliban"]
    assert [m.actor.id for m in actor_table().find("The Taliban seized Kabul.", "AF")] == ["taliban"]


def test_bare_tolls_rival_estimates_and_villages_named_with_the_day():
    from marsad.extract import told_tolls
    from marsad.extract.context import small_place_names
    from marsad.extract.victims import victim_counts

    [(count, _)] = victim_counts("gunmen opened fire on students in which almost 21 killed and several injured")
    assert count.count.best == 21
    assert told_tolls._TOLL_RETOLD.search("There have been conflicting estimates of the number killed, from 19 to 31.")
    assert small_place_names("opened fire on villagers in Gubio on Saturday") == ["Gubio"]
    assert small_place_names("opened fire on villagers in Maiduguri on Saturday") == []


def test_the_day_of_an_aftermath_and_a_reference_town_with_its_own_act():
    from marsad.extract.pipeline import load_nlp
    from marsad.extract.placenames import find_places

    searched = "Experts searched on Thursday the site of the attack on a Nairobi hotel that killed 21 people."
    [(incidents, _)] = analyse_many_texts([searched], date(2019, 1, 17))
    assert incidents[0].as_json()["date"]["precision"] == "unknown"
    text = "The college is 50 kilometers from Peshawar, where militants killed 130 pupils in 2014."
    assert "Peshawar" in [p[0].name for p in find_places(load_nlp()(text), text)]
    text = "The village is 50 kilometers from Peshawar and was attacked on Monday."
    assert "Peshawar" not in [p[0].name for p in find_places(load_nlp()(text), text)]


def test_an_earlier_act_in_an_after_clause_and_an_earlier_week_are_acts_of_their_own():
    """ "killed 15 herders, less than a week after attackers killed 30 villagers in the same area"."""
    from marsad.extract.asides import find_asides

    text = (
        "Gunmen killed 15 herders near Tanout, less than a week after attackers killed 30 villagers in the same area."
    )
    [aside] = find_asides(text)
    assert aside.counted and text[aside.start : aside.end].startswith("attackers killed 30")
    assert find_asides("Gunmen killed 15 herders a week after the rains began.") == []
    texts = [
        "Gunmen killed 31 villagers in the Tahoua region. Some 25 people were killed by suspected jihadists last week."
    ]
    [(incidents, _)] = analyse_many_texts(texts, date(2021, 3, 24))
    assert sorted(i.as_json()["victims"]["count"]["best"] for i in incidents) == [25, 31]


def test_headings_between_paragraphs_and_joined_tolls_of_two_kinds():
    from marsad.extract.pipeline import load_nlp
    from marsad.extract.victims import victim_counts

    text = "Gunmen killed 19 worshippers on Friday.\nMilitants have killed at least 10 in the region\nResidents fled."
    assert len(list(load_nlp()(text).sents)) == 3
    [(total, category), *_] = victim_counts("Five soldiers and 58 civilians have been killed in an attack.")
    assert total.count.best == 63 and category == "civilians"


def test_an_earlier_act_the_report_compares_with_and_a_school_raids_one_killing():
    """ "The attack comes days after 287 pupils were kidnapped ...": an act of its own, with its child
    victims and the report's only source; "killing a guard and kidnapping 30 students" is one abduction."""
    texts = [
        "Gunmen raided a primary school in Gidan Bakuso community, Sokoto State, on Saturday and abducted 15 pupils,"
        " the police said. The attack comes days after 287 pupils were kidnapped from a school in Kaduna State.",
        "Armed men stormed a secondary school in Kuje on Tuesday, killing a guard and kidnapping 30 students.",
    ]
    earlier, raid = analyse_many_texts(texts, date(2024, 3, 9))
    found = sorted((i.as_json()["victims"]["count"]["best"], i.as_json()["location"]["name"]) for i in earlier[0])
    assert found == [(15, "Gidan Bakuso"), (287, "Kaduna State")]
    assert all(i.as_json()["sources"][0]["attributed_to"] == "police" for i in earlier[0])
    assert [(i.type, i.as_json()["victims"]["count"]["best"]) for i in raid[0]] == [("abduction", 30)]


def test_medics_taken_from_a_hospital_and_a_year_like_toll():
    """Six medics abducted where patients were killed are an abduction of their own; "More than 2000
    people" counts people, "In 2014 people fled" names a year."""
    text = (
        "Gunmen killed eight patients at the last functioning hospital in Mellit, North Darfur, on Monday,"
        " a medical charity said. They also abducted three doctors, it added."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 6, 12))
    assert sorted((i.type, i.as_json()["victims"]["count"]["best"]) for i in incidents) == [
        ("abduction", 3),
        ("attack_on_school_or_hospital", 8),
    ]
    assert counts("More than 2000 people have been killed")[0][:3] == ("More than 2000", 2000, 2000)
    assert counts("In 2014 people fled.") == []


def test_a_un_total_of_grave_violations_frames_the_typed_figures_after_it():
    """ "The UN verified 32,990 grave violations ... This includes 5,301 children killed and 8,000 children
    recruited": two claims, no incidents; a bracketed figure counts the act named before it."""
    texts = [
        "The UN verified 32,990 grave violations against children in 2023. This includes 5,301 children killed"
        " and 8,000 children recruited by armed groups.",
        "In Sudan, the UN documented 1,700 grave violations. The most frequent were the killing (150) and maiming"
        " (330) of 480 children by air strikes, followed by abductions (120) and denial of humanitarian access"
        " (60 incidents).",
    ]
    tallied, listed = analyse_many_texts(texts, date(2024, 6, 14))
    assert tallied[0] == [] and listed[0] == []
    assert sorted((c.type, c.count.best) for c in tallied[1]) == [("child_recruitment", 8000), ("killing", 5301)]
    assert sorted((c.type, c.count.best) for c in listed[1]) == [
        ("abduction", 120),
        ("denial_of_humanitarian_access", 60),
        ("killing", 480),
    ]


def test_a_suicide_bomber_who_shot_first_and_blame_on_belief():
    """ "shoot at worshippers before blowing himself up" is a bombing; "officials believe the Islamic
    State may be involved" blames it even beside "no group claimed"; "children were among those who
    perished" makes children victims; "The attack, executed during prayers" is no execution."""
    text = (
        "The attack, executed during evening prayers, saw the gunman shoot at worshippers before blowing himself"
        " up at a church in Aleppo on Sunday, killing nine, police said. Though no group claimed the attack,"
        " officials believe the Islamic State may be involved. Children were among those who perished."
    )
    incident = only_incident(text, date(2024, 5, 13))
    found = incident.as_json()
    assert (incident.type, [p["id"] for p in found["perpetrators"]]) == ("bombing", ["isis"])
    assert found["children"]["roles"] == ["victim"]


def test_deaths_told_without_a_verb_of_killing_and_an_accusation_of_atrocities():
    """ "died on Monday in an attack", "resulting in the deaths of 14", "the loss of more than 6,000 lives"
    are killings; "had committed abuses ..., including executions and torture" reports no act."""
    from marsad.extract.backstory import background
    from marsad.extract.semantic import lexicon_types

    assert lexicon_types("Eleven people died on Monday in an attack on a village.") == ["killing"]
    assert lexicon_types("Gunmen raided the village, resulting in the deaths of 14 people.") == ["killing"]
    assert lexicon_types("The conflict has resulted in the loss of more than 6,000 lives.") == ["killing"]
    assert background("Rights groups said soldiers had committed abuses, including executions and torture.")
    assert [m.actor.id for m in actor_table().find("Separatist rebels attacked", "CM", frozenset({"CM"}))] == [
        "ambazonia"
    ]


def test_people_taken_hurt_or_killed_counted_together_are_no_figure():
    from marsad.extract.victims import victim_counts

    assert victim_counts("Ambushes have resulted in hundreds of civilians being abducted, wounded or killed.") == []


def test_copy_hard_wrapped_with_blank_lines_and_a_captive_taken_months_before():
    """Blank lines inside a sentence do not end it; "one of the workers abducted in July" dates the taking,
    not the execution; "One of the four abducted aid workers was killed" is an execution."""
    from marsad.extract.pipeline import load_nlp

    text = "ISWAP has executed one of the aid workers\n\nabducted in July near Monguno, the charity said."
    assert len(list(load_nlp()(text).sents)) == 1
    incident = only_incident(text + "\n\nOne of the four abducted aid workers was killed.", date(2019, 10, 2))
    assert incident.type == "execution" and incident.as_json()["date"]["precision"] == "unknown"


def test_headline_tags_a_heading_date_and_what_a_report_says_happened_on_a_day():
    """ "UPDATE: 15 killed" names no source; "25 August 2022, Devastating hotel attack ..." is the heading's date;
    "VOA reports that on 19 August 2022, a unit raided and occupied the hotel" dates the act."""
    from marsad.extract.quotes import find_attributions

    assert find_attributions("UPDATE: 15 killed in ongoing siege on Mogadishu hotel") == []
    text = (
        "25 August 2022, Devastating hotel attack in Mogadishu kills 21\nThe Voice of America (VOA) reports that"
        " on 19 August 2022, gunmen raided and occupied the Hayat Hotel in Mogadishu, Somalia. In the end,"
        " 21 people were killed."
    )
    incident = only_incident(text, date(2022, 8, 30))
    assert (incident.type, incident.as_json()["date"]["start"]) == ("killing", "2022-08-19")


def test_passengers_picked_out_of_a_stopped_bus_and_shot_were_executed():
    """A bus hijacked or stopped and the passengers singled out and shot: one execution (the hijacking is how
    they were held); why the group says it struck ("revenge for raids in Lodwar") places nothing; "28
    non-Muslims" and "nine passengers who were not Muslims" are the victims; "Saturday's attack happened"
    and "seized the bus Thursday" date the undated lede; "a Nairobi-bound bus" was not attacked in Nairobi."""
    from marsad.extract.victims import victim_counts

    assert [c.count.best for c, _ in victim_counts("killed 28 non-Muslims singled out from the 60 passengers")] == [
        28,
        60,
    ]
    assert victim_counts("shot dead nine passengers who were not Muslims")[0][0].count.best == 9
    texts = [
        "Gunmen hijacked a minibus near Moyale in Kenya and shot dead nine passengers who were not Muslims, police"
        " said. The group said the killings were revenge for arrests at mosques in Lodwar.",
        "Al-Shabaab fighters ambushed a bus in Kenya and killed 14 non-Muslims who were singled out from the 50"
        " passengers on board. Al-Shabaab said the attack was in retaliation for raids in Isiolo. The fighters"
        " seized the bus Thursday near the town of Wajir.",
        "Al-Shabaab killed 28 passengers of a Nairobi-bound bus in Kenya. Saturday's pre-dawn attack happened"
        " about 20 miles outside the town of Mandera. The passengers were separated into groups and those who"
        " could not recite the Koran were shot.",
    ]
    found = [incidents for incidents, _ in analyse_many_texts(texts, date(2016, 5, 21))]
    assert [[i.type for i in incidents] for incidents in found] == [["execution"]] * 3
    values = [
        (j["location"]["name"], j["date"]["start"], j["victims"]["count"]["best"])
        for [i] in found
        if (j := i.as_json())
    ]
    assert values == [("Moyale", None, 9), ("Wajir", "2016-05-19", 14), ("Mandera", "2016-05-21", 28)]


def test_an_act_named_then_retold_a_leader_killed_before_and_a_strike_on_the_attackers_camp():
    """ "One of their deadliest attacks was the siege of a hotel in Mogadishu in 2019. That assault left 21
    people dead.": an older act with the year and place of the sentence before, and "One of" counts no one;
    "comes a month after the group's commander was killed in an air strike" is one death, not by his group;
    helicopters destroying "a camp belonging to the attackers" fought them."""
    texts = [
        "Al-Shabaab gunmen killed 10 quarry workers near Mandera on Monday, police said. One of their deadliest"
        " attacks was the siege of a hotel in Mogadishu in 2019. That assault left 21 people dead.",
        "A car bomb killed 12 people at a market in Baidoa on Sunday, officials said. The bombing comes a month"
        " after al-Shabaab's commander Ahmed Yusuf was killed in an air strike.",
        "Gunmen killed 11 villagers in Lamu, Kenya, on Friday. The military said helicopters destroyed a camp"
        " belonging to the attackers near Marsabit on Sunday, killing many.",
    ]
    (older, claims), (blast, _), (strike, _) = analyse_many_texts(texts, date(2021, 6, 14))
    assert claims == []
    older = [i.as_json() for i in older]
    assert [(j["location"]["name"], j["date"]["precision"], j["victims"]["count"]["best"]) for j in older] == [
        ("Mandera", "day", 10),
        ("Mogadishu", "year", 21),
    ]
    blast = [i.as_json() for i in blast]
    assert [(j["victims"]["count"]["best"], [p["id"] for p in j["perpetrators"]]) for j in blast] == [(12, []), (1, [])]
    assert sorted(i.type for i in strike) == ["armed_clash", "killing"]


def test_a_mosque_attack_told_with_grenades_a_caption_a_recollection_and_a_rounded_toll():
    """Grenades tossed in before the gunmen opened fire are part of a killing; "Beir al-Abed" is the town the
    gazetteer spells "Bi'r al 'Abd" (a mosque's name is no town); a photo caption's toll gives way to the
    lede's; "more than 80" gives way to the 83 it rounds; "on Friday (December 6) recalled the attack" and
    "details ... emerged on Sunday" date nothing; conscripts among the dead are no recruits, and the children
    killed in this week's bombing are not those of a bombing in 2015."""
    from marsad.extract.places import gazetteer
    from marsad.extract.semantic import lexicon_types

    assert gazetteer().resolve_spelling("Beir al-Abed", "EG").name == "Bi’r al ‘Abd"
    assert gazetteer().resolve_spelling("Indanan", "PH") is None  # not the "Indan" of another town
    assert "child_recruitment" not in lexicon_types("The dead included civilians and conscripts praying there.")
    texts = [
        "Attackers tossed grenades into the Al-Rawdah Mosque in Beir al-Abed, Egypt, and opened fire on worshippers,"
        " killing 40 people. The blasts shook the building as worshippers were finishing Friday prayers.",
        "Mourners outside the church where 40 people were killed. (STR/EPA-EFE)\nAt least 52 people were killed"
        " when a bomb exploded at a church in Kirkuk, Iraq, on Friday, police said.",
        "Villagers in Borno on Friday (December 6) recalled the attack on Kukawa, in which more than 80 people were"
        " shot dead by ISWAP fighters. At least 83 people were killed in the raid on Friday (November 29).",
        "Details of the killing of 23 villagers by gunmen in Kwatas, Adamawa state, emerged on Sunday.",
        "A suicide bomber from Boko Haram killed 19 people at a mosque in Maiduguri on Tuesday, including four"
        " children. In 2015, Boko Haram killed 117 people in a bombing at a market in Yola.",
    ]
    found = [[i.as_json() for i in incidents] for incidents, _ in analyse_many_texts(texts, date(2019, 12, 7))]
    told = [(j["type"], j["location"]["name"], j["date"]["start"], j["victims"]["count"]["best"]) for j in found[0]]
    assert told == [("killing", "Bi’r al ‘Abd", "2019-12-06", 40)]
    assert [(j["type"], j["victims"]["count"]["best"]) for j in found[1]] == [("bombing", 52)]
    assert [(j["date"]["start"], j["victims"]["count"]["best"]) for j in found[2]] == [("2019-11-29", 83)]
    assert [j["date"]["precision"] for j in found[3]] == ["unknown"]
    assert [j["children"]["roles"] for j in found[4]] == [["victim"], []]


def test_a_rights_groups_report_on_children_taken_to_fight():
    """A trend ("has ramped up abductions") and what captives "are being used for" are no acts; boys
    "abducted ..., trained in bases and forced to fight" are a recruitment figure; "on Wednesday denounced"
    dates the statement; parents who "watched their sons wield guns" in a named town tell one recruitment,
    whose children are recruits; "an estimate by Save the Children which said" and "the international NGO
    Human Rights Watch said" name their sources; one young man's account is no running figure."""
    texts = [
        "An armed group linked to the Islamic State has ramped up abductions of children in Cabo Delgado, a rights"
        " group said. Most of the abducted children are being used for forced labour and forced marriages.",
        "Human Rights Watch on Wednesday denounced the use of child soldiers by insurgents in Cabo Delgado. The"
        " insurgents have abducted hundreds of boys, trained them in bases and forced them to fight, HRW said. In the"
        " town of Palma, parents watched their sons wield guns when the fighters returned.",
        "The report cites an estimate by Save the Children which said that about 51 children had been abducted in"
        " Cabo Delgado during the year. The international NGO Human Rights Watch said at least 120 children had been"
        " kidnapped by insurgents in Cabo Delgado since May.",
        '"We joined other boys and were trained on how to use guns," said a young man who was captured in 2021 and'
        " taken to a camp in the town of Mbau in Cabo Delgado.",
    ]
    (trend, trend_claims), (palma, recruited), (_, estimates), (mbau, none) = analyse_many_texts(
        texts, date(2021, 9, 29)
    )
    assert trend == [] and trend_claims == [] and none == []
    assert [(c.type, c.attributed_to) for c in recruited] == [("child_recruitment", "HRW")]
    [told] = [i.as_json() for i in palma]
    assert (told["location"]["name"], told["date"]["precision"], told["children"]["roles"]) == (
        "Palma",
        "unknown",
        ["recruit"],
    )
    assert [(c.count.best or c.count.low, c.attributed_to) for c in estimates] == [
        (51, "Save the Children"),
        (120, "Human Rights Watch"),
    ]
    assert [(i.type, i.as_json()["location"]["name"]) for i in mbau] == [("child_recruitment", "Mbau")]


def test_public_executions_by_the_taliban():
    """ "executed a man convicted of killing more than a dozen people": the man put to death is the victim and
    the crime he was judged for is no act and counts no one; punishments that "have included executions" are
    a habit; a boy made to "carry out the execution" is its child perpetrator, and the crowd "including women
    and children" watched it; "eight death penalties have been carried out since" is a running figure."""
    texts = [
        "The Taliban on Tuesday publicly executed a man convicted of killing more than a dozen people, shooting him"
        " in a stadium in Ghazni, officials said. Punishments have included executions, amputations and floggings.",
        "The Taliban made a 14-year-old boy carry out the execution of a man in Khost province in front of a crowd"
        " including women and children.",
        "According to an AFP tally, eight death penalties have been carried out since the Taliban returned to power."
        " On Thursday, two men who were convicted of murder were executed by gunshot in a stadium in Ghazni.",
    ]
    (ghazni, _), (khost, _), (tally, claims) = analyse_many_texts(texts, date(2024, 3, 14))
    [told] = [i.as_json() for i in ghazni]
    assert (told["type"], told["date"]["start"], told["victims"]["count"]["best"]) == ("execution", "2024-03-12", 1)
    assert [i.as_json()["children"]["roles"] for i in khost] == [["perpetrator"]]
    assert [(c.type, c.count.best, c.attributed_to) for c in claims] == [("execution", 8, "AFP")]
    assert [(i.as_json()["location"]["name"], i.as_json()["victims"]["count"]["best"]) for i in tally] == [
        ("Ghazni", 2)
    ]


def test_a_school_bombing_with_contested_blame_and_an_older_hospital_attack():
    """ "Ghani blamed the Taliban, but the group denied any responsibility and instead blamed the Islamic State":
    neither is blamed; "the majority of the casualties were girls" names child victims; "west Kabul" is Kabul;
    "Logar province south of Kabul" is in Logar; "an attack similar to Saturday's ... last year" is dated last
    year, and "the United States blamed the Islamic State" names who speaks, not a scene."""
    texts = [
        "Three blasts hit a girls' school in the Dasht-e-Barchi area of west Kabul on Saturday, killing 40 students."
        " The majority of the casualties were girls. President Ghani blamed the Taliban, but the group denied any"
        " responsibility and instead blamed the Islamic State.",
        "A truck bombing in Logar province south of Kabul killed at least 21 people on Friday, officials said. An"
        " attack similar to Saturday's took place at a maternity ward in Kabul last year, and the United States"
        " blamed the Islamic State.",
    ]
    (school, _), (others, _) = analyse_many_texts(texts, date(2021, 5, 8))
    [told] = [i.as_json() for i in school]
    assert (told["perpetrators"], told["location"]["country"], told["children"]["roles"]) == ([], "AF", ["victim"])
    found = [(i.type, i.as_json()["location"]["name"], i.as_json()["date"]["precision"]) for i in others]
    assert found == [("bombing", "Logar", "day"), ("attack_on_school_or_hospital", "Kabul", "year")]
    assert [p.id for p in others[1].perpetrators] == ["iskp"]


def test_a_camp_bombing_whose_only_injured_is_no_victim_and_a_survivors_word():
    """ "One person was inflicted with a mild injury" counts no dead; "the Dalori IDP camp" is Dalori;
    "a survivor told the AP on Sunday" names the source and the day he spoke, not the day of the act."""
    from marsad.extract.quotes import find_attributions
    from marsad.extract.victims import victim_counts

    assert victim_counts("One person was inflicted with a mild injury.") == []
    assert [a[0] for a in find_attributions("It killed 86 people, a survivor told the AP on Sunday.")] == ["a survivor"]
    texts = [
        "Two suicide bombers struck the Dalori IDP camp in Borno State on Wednesday, killing 12 people, a rescue"
        " worker said. One person was inflicted with a mild injury.",
        "Boko Haram fighters killed 86 people in Dalori village, a survivor told the AP on Sunday.",
    ]
    (camp, _), (village, _) = analyse_many_texts(texts, date(2018, 2, 1))
    told = [
        (j["location"]["name"], j["victims"]["count"]["best"], j["date"]["precision"])
        for i in camp + village
        if (j := i.as_json())
    ]
    assert told == [("Dalori", 12, "day"), ("Dalori", 86, "unknown")]
    assert camp[0].sources[0].attributed_to == "a rescue worker"


def test_stonings_ordered_by_a_militant_court_and_a_file_photo_of_an_older_one():
    """A death penalty handed down "in an al-Shabaab court" is an execution (a state court's is no act); "still
    able to carry out public executions" tells no habit of its own; "a 38-year-old man" is one victim, not 38;
    "killed in Somalia by US air strikes" is a running figure; a "FILE -" photo line dates nothing."""
    texts = [
        "A woman was handed the death penalty by stoning in an al-Shabaab court in Jilib, Somalia, yesterday, a local"
        " radio station reported. The group has fought the government for more than a decade.",
        "Al-Shabaab stoned a 38-year-old man to death in Jilib, Somalia, on Sunday, a reminder that the group is still"
        " able to carry out public executions. Some 300 people have been killed in Somalia by US air strikes, a"
        " monitoring group said.",
        "FILE - A crowd watches a stoning in Kismayo, Somalia, in 2009.\nAl-Shabaab fighters stoned a man to death in"
        " Jilib, Somalia, on Sunday, residents said.",
    ]
    found = analyse_many_texts(texts, date(2019, 6, 3))
    told = [
        [(i.type, i.as_json()["date"]["start"], i.as_json()["victims"]["count"]["best"]) for i in incidents]
        for incidents, _ in found
    ]
    assert told == [
        [("execution", "2019-06-02", 1)],
        [("execution", "2019-06-02", 1)],
        [("execution", "2019-06-02", 1)],
    ]
    assert found[0][0][0].sources[0].attributed_to == "a local radio station"
    assert [(c.type, c.count.best) for c in found[1][1]] == [("bombing", 300)]  # people killed by air strikes


def test_a_rights_report_marking_the_anniversary_of_an_abduction():
    """A report that "comes a year after Boko Haram seized more than 200 schoolgirls from Chibok" and one
    "released to mark the anniversary of the kidnapping of 276 schoolgirls" tell that act as one incident beside
    the report's running figures; "these bomb attacks have killed more than 800 civilians" counts bombings'
    dead; "28 with abducted women" counts interviews, not victims; calls to bring the group to justice over war
    crimes report no act."""
    texts = [
        "Amnesty International's report comes a year after Boko Haram seized more than 200 schoolgirls from Chibok,"
        " Nigeria.",
        "The report was released to mark the anniversary of the kidnapping of 276 schoolgirls from Chibok, Nigeria."
        " Boko Haram has abducted at least 2,000 women and girls since the start of 2014, Amnesty International said.",
        "Boko Haram carried out 46 bombings between January 2014 and March 2015; these bomb attacks have killed more"
        " than 800 civilians. Based on 200 accounts, including 28 with abducted women, the group should be brought"
        " to justice over war crimes such as rapes and sexual slavery.",
    ]
    (first, _), (second, figures), (bombings, tolls) = analyse_many_texts(texts, date(2015, 4, 14))
    places = [(i.type, i.as_json()["location"]["name"], i.as_json()["victims"]["count"]["low"]) for i in first + second]
    assert places == [("abduction", "Chibok", 200), ("abduction", "Chibok", 276)]
    assert [(c.type, c.count.low) for c in figures] == [("abduction", 2000)]
    assert bombings == [] and sorted((c.type, c.count.low) for c in tolls) == [("bombing", 46), ("bombing", 800)]


def test_a_groups_reputation_and_a_deputys_day_of_speaking():
    """ "accused of having massacred thousands of civilians" and "three or four days don't go by without us
    recording deaths" report no act; "said Saidi Balikwisha, the province's deputy on Friday" dates the words."""
    from marsad.extract.backstory import background

    assert background("The ADF are accused of having massacred thousands of civilians.")
    assert background("Here, three or four days don't go by without us recording deaths.")
    text = (
        "Fighters from the ADF killed 28 civilians in Mukondi in North Kivu province, Congo, said Saidi Balikwisha,"
        " the province's deputy on Friday."
    )
    assert only_incident(text, date(2023, 3, 11)).as_json()["date"]["precision"] == "unknown"


def test_a_bracketed_name_after_a_word_does_not_end_the_sentence():
    """ "in eastern Democratic Republic of Congo [DRC] has risen to at least 45 people": one sentence."""
    from marsad.extract.pipeline import load_nlp

    text = (
        "Red Cross volunteers bury remains of civilians killed in North Kivu province village of Mukondi. (AP)\nThe"
        " death toll from several attacks this week by rebels in eastern Democratic Republic of Congo [DRC] has risen"
        " to at least 45 people, local officials said."
    )
    assert [s.text.split()[0] for s in load_nlp()(text).sents] == ["Red", "(AP)", "The"]
