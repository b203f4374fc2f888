"""Lessons from real reports of one massacre at a village the gazetteer lacks, each pinned by a text of our
own: the lede's village as the scene, days counted from the day told, sources, relatives and attackers that
are no victims, and a battle told uncounted beside the killing of civilians."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary, only_incident


def _summary(incident) -> tuple:
    return incident_summary(incident)[:5]  # without the perpetrators


def test_the_ledes_village_is_the_scene_of_an_act_told_after_it():
    """ "In Koulpelga, villagers ..." sets the scene; "The previous morning" is the day before the day just told;
    the town the wounded were taken to and the seat of a junta are no scenes; a toll that "ranged from sixty to
    several hundred" counts sixty; attackers "on motorbikes" are not victims."""
    text = (
        "In Koulpelga, villagers had barely begun digging a ditch around the settlement in northern Burkina Faso, on"
        " the orders of the junta in power in Ouagadougou. A video of bodies beside the ditch was shared online on"
        " Monday, September 9. The previous morning, dozens of gunmen on motorbikes opened fire on the diggers."
        " Humanitarian sources said the death toll ranged from sixty to several hundred. The wounded were evacuated"
        " to health facilities in the town of Kaya."
    )
    incident = only_incident(text, date(2024, 9, 10))
    assert _summary(incident) == ("killing", "Koulpelga", "2024-09-08", "day", 60)
    assert incident.as_json()["location"]["country"] == "BF"


def test_a_village_named_as_the_scene_and_an_earlier_act_that_is_not_there():
    """ "Tansila was the scene of" names the village; a blockade of "the town" told later is there too; an
    act the report "comes a month after" keeps its own place, not the lede's."""
    from marsad.extract.context import small_place_names

    assert small_place_names("since the attack in Solhan (northeast)") == ["Solhan"]
    assert small_place_names("JNIM has taken credit for the attack near Tansila, claiming") == ["Tansila"]
    text = (
        "On Saturday, Tansila was the scene of the worst massacre Burkina Faso's Centre-Nord region has known."
        " Gunmen killed more than 70 men at the market. The group has been blockading the town for over a year."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 9, 15))
    found = sorted((i.type, i.as_json()["location"]["name"]) for i in incidents)
    assert found == [("denial_of_humanitarian_access", "Tansila"), ("killing", "Tansila")]
    earlier = (
        "On Saturday, Tansila was the scene of a massacre in Burkina Faso. Gunmen killed 70 men at the market."
        " The raid comes a month after the group killed three soldiers in an ambush."
    )
    [(incidents, _)] = analyse_many_texts([earlier], date(2024, 9, 15))
    places = {i.type: (i.as_json()["location"]["name"], i.as_json()["location"]["country"]) for i in incidents}
    assert places == {"killing": ("Tansila", "BF"), "armed_clash": (None, "BF")}  # (an earlier act, told apart)


def test_soldiers_killed_uncounted_beside_civilians_are_a_battle_on_the_same_day():
    """The claim's day ("claimed on Thursday") dates nothing; "They also killed the Burkinabe soldiers" is a
    battle of its own on the day of the raid; victims that "reportedly included a number of women and children"
    make children victims; survivors "recovering in a local hospital" tell no attack on a hospital."""
    text = (
        "JNIM claimed on Thursday that the fighters it sent against Dombatenga, a village in Burkina Faso, last"
        " weekend had only struck pro-army militias. The group's statement came after Saturday's raid, in which its"
        " gunmen killed nearly 150 people. They also killed the Burkinabe soldiers guarding the road works. The"
        " victims reportedly included a number of women and children. More than forty wounded survivors of the raid"
        " are recovering in a local hospital."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2024, 9, 12))
    found = {i.type: i.as_json() for i in incidents}
    assert set(found) == {"killing", "armed_clash"}
    assert found["killing"]["date"]["start"] == found["armed_clash"]["date"]["start"] == "2024-09-07"
    assert found["killing"]["children"]["roles"] == ["victim"]
    assert {p["id"] for p in found["armed_clash"]["perpetrators"]} == {"jnim", "burkina-military"}


def test_sources_relatives_and_attackers_are_not_the_victims():
    from marsad.extract.victims import victim_counts

    assert victim_counts("Around them, dozens of jihadists were firing.") == []
    assert victim_counts('"All the men were killed," said a resident, who lost eight members of her family.') == []
    [(count, _)] = victim_counts("Humanitarian sources said the death toll ranged from sixty to several hundred.")
    assert count.count.low == 60


def test_a_groups_credit_for_one_attack_its_figure_and_a_quoted_grave():
    """ "has taken credit for the attack near Tansila, claiming it killed almost 200" is that attack's toll,
    not a running figure; ditches that "turned into 'mass graves'" tell no execution; "Nusrat al-Islam" is
    JNIM; "If confirmed" is no source; a French assessment is."""
    credit = (
        "JNIM has taken credit for the attack near Tansila in Burkina Faso, claiming it killed almost 200 people."
        ' A local collective said the ditches the men were digging later turned into "mass graves".'
    )
    [(incidents, claims)] = analyse_many_texts([credit], date(2024, 9, 20))
    assert [(i.type, i.victim_count.best) for i in incidents] == [("killing", 200)] and claims == []
    assessed = (
        "As many as 500 people were shot dead in a raid on a town in Burkina Faso that was claimed by Nusrat"
        " al-Islam, according to a French government security assessment. If confirmed, the figure would make it"
        " one of the deadliest attacks in the Sahel."
    )
    found = only_incident(assessed, date(2024, 10, 4)).as_json()
    assert found["sources"][0]["attributed_to"] == "French government security assessment"
    assert [p["id"] for p in found["perpetrators"]] == ["jnim"]


def test_a_propaganda_video_of_boys_executing_captives():
    """The day a video was released ("released a grisly video on Saturday") and the day a town fell ("The
    militants took the city in 2014", "which was captured in January 2014") date nothing; executioners who
    "appear to be as young as 12" are child perpetrators; a monitor named by its acronym is named in full; a
    building's demolition is no bombing; "a separate execution" is an act of its own; captives beaten before
    their execution are part of it; a crowd "watching" is not counted."""
    from marsad.extract.victims import victim_counts

    video = (
        "Islamic State released a grisly video on Saturday showing the execution of 12 captured soldiers in the ruins"
        " of a theatre in Raqqa, Syria. The militants captured the city in 2014, and the Syrian Network for Human"
        " Rights (SNHR) reported that the killings took place on March 3. The executioners appear to be as young as"
        " 12 or 13. A large explosion seen in the video is the demolition of the old police station. The men appear"
        " to have been beaten before they were killed. Another prisoner is shown having his throat cut in a separate"
        " execution."
    )
    [(incidents, _)] = analyse_many_texts([video], date(2016, 3, 12))
    found = [i.as_json() for i in incidents]
    assert [(f["type"], f["victims"]["count"]["best"]) for f in found] == [("execution", 12), ("execution", 1)]
    assert found[0]["date"]["start"] == "2016-03-03" and found[0]["children"]["roles"] == ["perpetrator"]
    assert found[0]["sources"][0]["attributed_to"] == "Syrian Network for Human Rights"
    assert victim_counts("Hundreds of men and some children are shown sitting in the stands, watching.") == []


def test_a_towns_fall_dates_an_act_told_days_after_it_and_a_running_figure_of_its_period():
    """ "Days after Isis captured the town in January 2014 the group killed 15 men" is an act of its own, dated
    by the town's fall; "more than 300 killings ... in the period when it took the town" is a running figure;
    "captured as many as 300 children in recent weeks" is a figure of abductions, even beside "recruit children";
    "the largest kidnapping of children in recent years" ranks one act; victims "a group of Syrian soldiers" are
    no doers."""
    texts = [
        "A video released by Isis shows 20 men being executed in the main square of Manbij, Syria. It was unclear"
        " when the killings took place in the town, which was captured in January 2014 by Isis fighters. Days after"
        " Isis captured the town in January 2014 the group killed 15 men in the same square. Isis reportedly carried"
        " out more than 300 killings in and around Manbij in the period when it took the town.",
        "Islamic State is known to recruit children, and early this month it was reported that the group had"
        " captured as many as 300 children in recent weeks in Syria's Aleppo province.",
        "Gunmen seized 40 pupils from a school in Kebbi State, Nigeria, on Friday in the largest kidnapping of"
        " children in recent years.",
        "A group of Syrian soldiers were reportedly executed by Islamic State fighters in Palmyra, Syria, in late May.",
    ]
    (town, figures), (_, taken), (school, none), (soldiers, _) = analyse_many_texts(texts, date(2016, 3, 14))
    assert sorted((i.type, i.victim_count.best, i.date.start) for i in town) == [
        ("execution", 20, None),
        ("killing", 15, "2014-01-01"),
    ]
    assert [(c.type, c.count.low) for c in figures] == [("killing", 300)]
    assert [(c.type, c.count.best, c.count.qualifier) for c in taken] == [("abduction", 300, "at_most")]
    assert [i.type for i in school] == ["abduction"] and none == []
    assert [p.id for p in soldiers[0].perpetrators] == ["isis"]


def test_twin_blasts_at_one_church_told_with_rival_tolls():
    """A province named in the lede and a town in it named later are one scene, not two acts; "a total of 9
    ... in the blasts" is the act's toll; "The death toll has since climbed to 15" replaces the first toll and
    "Earlier police reports claimed 19" is replaced; a town "known as a bailiwick of" a group does not blame it;
    "the twin blasts, which killed three soldiers" counts part of the toll even with another group named."""
    texts = [
        "Two bombs exploded at a chapel in Lanao del Sur province, Philippines, on Sunday during a morning service."
        " At least 14 were killed, the army said. The blasts hit a chapel in Marawi, the city known as a bailiwick"
        " of the Abu Sayyaf Group. Police said Islamic State fighters were behind the twin blasts, which killed"
        " three soldiers guarding the chapel.",
        "The Islamic State claimed a bomb attack on a church in Cotabato, Philippines, on Sunday. The police said at"
        " least 11 people were killed in the attack. The death toll has since climbed to 15, officials said on"
        " Tuesday. Earlier police reports claimed 19 had died.",
        "Suicide bombers struck a mosque in Zamboanga, Philippines, on Wednesday. Authorities said a total of 9"
        " people were killed and over 30 others wounded in the blasts.",
    ]
    found = analyse_many_texts(texts, date(2019, 2, 21))
    summaries = [[(i.type, i.victim_count.best or i.victim_count.low) for i in incidents] for incidents, _ in found]
    assert summaries == [[("bombing", 14)], [("bombing", 15)], [("bombing", 9)]]
    assert [p.id for p in found[0][0][0].perpetrators] == ["isis"]
    assert found[0][0][0].as_json()["location"]["name"] == "Marawi City"
    assert all(claims == [] for _, claims in found)


def test_a_panels_report_on_children_recruited_to_fight():
    """A report "circulated on Saturday" dates nothing; "between early 2021 and June 2022" makes a running figure;
    camps where a group "sought to recruit" children, "Child recruitment in Yemen is one of the gravest
    violations", children who "have dropped out of school", a group that "use[s] mosques and schools to recruit"
    and "annual summer camps" tell practices, no act; "a man teaching the boys how to shoot" is neither victim nor
    child perpetrator; a figure "for all sides" blames no one group, and "was able to verify" names its source."""
    texts = [
        "In a report circulated on Saturday, UN experts said that about 900 children recruited by the Houthis died in"
        " fighting between early 2021 and June 2022. The experts said they visited summer camps in schools and"
        " mosques where the Houthis sought to recruit children. Child recruitment in Yemen is one of the gravest"
        " violations of the war.",
        "A leaked video shows dozens of Houthi children being trained at a camp near Saada, Yemen; in it a man"
        " teaching the boys how to shoot an AK-47 hands out rifles. Some 1.5 million children in Yemen have dropped"
        " out of school, a UNICEF report said. The Houthis use mosques and schools to recruit children.",
        "The United Nations was able to verify 3,100 children recruited to fight for all sides in the war, most of"
        " them by the Houthis. During the annual summer camps, children are drilled in planting mines.",
    ]
    (report, figures), (video, _), (verified, counted) = analyse_many_texts(texts, date(2023, 2, 15))
    assert report == [] and [(c.type, c.count.best) for c in figures] == [("child_recruitment", 900)]
    [camp] = video
    assert (camp.victim_count.low, camp.child_roles) == (24, ["recruit"])
    assert verified == [] and [(c.count.best, c.perpetrators, c.attributed_to) for c in counted] == [
        (3100, [], "United Nations")
    ]


def test_girls_used_as_bombers_in_acts_told_by_their_own_days():
    """ "On March 2, a girl ... was stopped" dates the toll told next even where "this month" was named before,
    and "The following day" counts from it; an act of its own day is not the others' sum; girls "used as suicide
    bombers" are the bombings' child perpetrators, not a recruitment of its own; "27 suicide attacks have occurred
    so far this year" and a war that "left an estimated 17,000 people dead since 2009" are running figures;
    "how many thousands ... have been kidnapped" counts no one, and abductions "reported every week" are a habit."""
    texts = [
        "For the second time this month, Boko Haram is suspected of using girls as suicide bombers in Nigeria. A bomb"
        " carried by a teenage girl killed 12 people yesterday at a market in Maiduguri. On March 2, a girl of about"
        " 12 was stopped at a checkpoint in Maiduguri. The bombs strapped to her exploded and killed 7 people. The"
        " following day, two child suicide bombers killed four people in Potiskum, Yobe state.",
        "UNICEF has reported that 31 suicide attacks have occurred so far this year. The UN estimates the insurgency"
        " has displaced two million people and left an estimated 17,000 people dead since 2009. It is not known how"
        " many thousands of women have been kidnapped by Boko Haram, but new abductions are being reported every"
        " week.",
    ]
    (bombings, none), (acts, figures) = analyse_many_texts(texts, date(2016, 3, 17))
    found = [(i.type, i.date.start, i.victim_count.best, i.child_roles) for i in bombings]
    assert found == [
        ("bombing", "2016-03-16", 12, ["perpetrator"]),
        ("bombing", "2016-03-02", 7, ["perpetrator"]),
        ("bombing", "2016-03-03", 4, ["perpetrator"]),
    ]
    assert none == [] and acts == []
    assert all([p.id for p in b.perpetrators] == ["boko-haram"] for b in bombings)  # the lede's group, for each
    assert [(c.type, c.count.best, c.attributed_to) for c in figures] == [
        ("bombing", 31, "UNICEF"),
        ("killing", 17000, "UN"),
    ]


def test_children_forced_on_suicide_missions_are_a_recruitment_figure():
    """ "64 children were forced to go on suicide missions", told with no day or place of one attack, counts the
    use of children: a recruitment figure; "a sharp rise in the use of children as human bombs" is a trend."""
    text = (
        "UNICEF warned of a sharp rise in the use of children as human bombs in Nigeria's north-east. Its spokeswoman"
        " Marixie Mercado said 64 children were forced to go on suicide missions by Boko Haram."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2017, 9, 1))
    assert incidents == []
    assert [(c.type, c.count.best, [p.id for p in c.perpetrators]) for c in claims] == [
        ("child_recruitment", 64, ["boko-haram"])
    ]


def test_the_day_of_a_report_and_a_named_fighter_who_spoke():
    """ "Tuesday's report came as the governor visited ...: 37 people killed Sunday" is dated by Sunday, not by the
    report; "A civilian self-defence fighter, Yusuf Gubio, said" names the source, not a victim."""
    from marsad.extract.victims import victim_counts

    text = (
        "Tuesday's report came as the governor of Borno state visited the site of the latest Boko Haram attack on"
        " Gubio, Nigeria: 37 people killed Sunday and 400 buildings razed."
    )
    [incident] = analyse_many_texts([text], date(2015, 5, 26))[0][0]
    assert (incident.date.start, incident.victim_count.best) == ("2015-05-24", 37)
    said = "A civilian self-defence fighter, Yusuf Gubio, said he killed some insurgents in Sunday's attack."
    assert victim_counts(said) == []


def test_a_university_in_a_report_that_names_a_police_academy_is_still_a_place_of_learning():
    from marsad.extract import venues

    report = "Gunmen attacked the police academy in the morning. Later they stormed a university campus nearby."
    assert venues.military_school_attacked("They stormed a university campus nearby.", report) is None
