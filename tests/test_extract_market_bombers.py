"""Lessons from real reports of Boko Haram's suicide bombings in Adamawa State (a teenage bomber at a Mubi mosque in
November 2017, girls and women at the Madagali market in December 2016 and January 2017, two women who killed only
themselves at a village in October 2017: "killing themselves, two babies, and four others", "nine dead including the
three female suicide bombers", "Two were stopped at a security checkpoint, and detonated their devices", "I am in
Maiduguri now", "11 days ago", "a baby strapped on her back", a page's "International" list of other stories),
each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, child_roles, doers


def test_a_section_of_other_stories_under_its_heading_tells_no_act_of_the_report():
    text = (
        "Two women detonated explosives at a bus station in Gombi on Friday, killing seven people, police said.\n"
        "International\n"
        "- Three soldiers killed in clashes on a border in Asia\n"
        "- Six people killed by a shell in their home abroad\n"
        "- Minister resigns over a budget row\n"
    )
    assert acts_and_figures(text, date(2017, 2, 4)) == ([("bombing", "Gombi", "2017-02-03", "day", 7)], [])


def test_the_two_counts_after_a_killing_are_one_toll_without_the_bombers_themselves():
    text = (
        "An attack at the market of Gombi on 3 February saw two women detonate their vests, killing themselves, three"
        " children, and five others."
    )
    acts, _ = acts_and_figures(text, date(2017, 2, 6), child_roles)
    assert acts == [("bombing", "Gombi", "2017-02-03", "day", 8, ["victim"])]


def test_bombers_counted_among_the_dead_are_taken_out_of_the_toll():
    text = (
        "Women suicide bombers struck a market in Gombi on Friday. The emergency agency's coordinator said: \"So far we"
        " have eleven dead including the two female suicide bombers, while 20 others sustained various degree of"
        ' injuries."'
    )
    assert acts_and_figures(text, date(2017, 2, 4)) == ([("bombing", "Gombi", "2017-02-03", "day", 9)], [])


def test_bombers_told_as_the_subject_of_their_blasts_are_no_victims():
    text = (
        "Four women attacked a market in Gombi on Friday, killing five traders. Two were stopped at a checkpoint, and"
        " detonated their devices, officials said. The two women carrying infants, however, were not stopped, and"
        " exploded their own devices inside the market."
    )
    assert acts_and_figures(text, date(2017, 2, 4)) == ([("bombing", "Gombi", "2017-02-03", "day", 5)], [])


def test_where_a_speaker_is_is_not_the_scene_and_a_market_names_its_town():
    text = (
        "Three female suicide bombers attacked Ngurore Market in Adamawa State on Friday, killing four people. A local"
        ' lawmaker said: "I am in Maiduguri now, but I was told that four people were killed in the market."'
    )
    assert acts_and_figures(text, date(2017, 2, 4)) == ([("bombing", "Ngurore", "2017-02-03", "day", 4)], [])


def test_days_ago_with_two_digits_and_girls_carrying_explosives_are_the_bombers():
    text = (
        "A woman with a baby and two girls, all carrying explosives, struck a crowded market in Gombi 12 days ago,"
        " killing six people and injuring 17, the local government chairman said on Tuesday."
    )
    acts, _ = acts_and_figures(text, date(2017, 2, 14), child_roles)
    assert acts == [("bombing", "Gombi", "2017-02-02", "day", 6, ["perpetrator"])]


def test_a_baby_strapped_to_a_bomber_is_a_child_victim_and_the_woman_bomber_no_count():
    text = (
        "A woman suicide bomber strapped a baby to her back before she blew herself up at a checkpoint in Gombi on"
        " Friday, killing three vigilantes."
    )
    acts, _ = acts_and_figures(text, date(2017, 2, 4), child_roles)
    assert acts == [("bombing", "Gombi", "2017-02-03", "day", 3, ["victim"])]


def test_a_group_that_preys_on_children_tells_a_practice_not_an_abduction():
    text = (
        "Two girls blew themselves up at a mosque in Gombi on Friday, killing nine worshippers. The group preys on"
        " displaced children and young girls it kidnaps and forces them to become bombers, aid agencies say."
    )
    acts, _ = acts_and_figures(text, date(2017, 2, 4), child_roles)
    assert acts == [("bombing", "Gombi", "2017-02-03", "day", 9, ["perpetrator"])]


def test_bombers_who_killed_only_themselves_are_a_bombing_apart_from_an_abduction_a_week_before():
    text = (
        "Yola - Two female bombers yesterday killed themselves and injured another woman in Gombi area.\n\n"
        "The suicide bombers were from Sambisa area, the council chairman said.\n\n"
        "This is coming barely a week after the insurgents abducted four young women from their farms in the area."
    )
    acts, _ = acts_and_figures(text, date(2017, 10, 30))
    assert [(t, d, p, n) for t, _, d, p, n in acts] == [
        ("abduction", "2017-10-23", "week", 4),
        ("bombing", "2017-10-29", "day", None),
    ]
    assert all(place != "Sambisa Forest" for _, place, *_ in acts)


def test_the_work_of_a_group_told_by_a_witness_is_blame():
    text = (
        "At least 20 worshippers were killed when a suicide bomber struck a mosque in Mubi on Tuesday. \"The mosque's"
        ' roof was blown off. This is obviously the work of Boko Haram," a resident said.'
    )
    [incident], _ = analyse_text(text, date(2017, 11, 21))
    assert (incident.type, doers(incident)) == ("bombing", ("boko-haram",))


def test_the_first_attack_of_two_in_a_month_is_an_act_of_its_own():
    text = (
        "Three women suicide bombers killed nine people at a checkpoint in Gombi on Friday. The attack marks the second"
        " time this month the town was targeted. The first attack killed dozens."
    )
    acts, _ = acts_and_figures(text, date(2017, 1, 15))
    assert [(t, n) for t, _, _, _, n in acts] == [("bombing", 9), ("killing", 24)]


def test_fatalities_recorded_by_researchers_and_bombings_recorded_by_a_body_are_figures_with_their_source():
    text = (
        '"Researchers recorded more than 6,000 fatalities resulting from Boko Haram attacks aimed at civilians," the'
        " Washington Post reported. The use"
        " of children as suicide bombers by Boko Haram has surged, with 19 child bombings recorded by UNICEF last year."
    )
    _, claims = analyse_text(text, date(2017, 1, 24))
    assert sorted((c.type, c.count.best, c.as_json()["qualifier"], c.attributed_to) for c in claims) == [
        ("bombing", 19, "exact", "UNICEF"),
        ("killing", 6000, "more_than", "Washington Post"),
    ]


def test_the_wounded_treated_at_hospitals_attacked_no_hospital():
    text = (
        "A teenage suicide bomber killed 30 worshippers at a mosque in Mubi on Tuesday. Several other persons wounded"
        " in the attacks are receiving treatment at various medical hospitals in the town."
    )
    acts, _ = acts_and_figures(text, date(2017, 11, 21), child_roles)
    assert acts == [("bombing", "Mubi", "2017-11-21", "day", 30, ["perpetrator"])]
