"""Lessons from real reports of one night raid on a secondary school (students burnt, hacked and shot, others
taken to carry looted food), each pinned by a text of our own: the raid told in a clause, its toll as bodies
recovered, an older school raid and twin bombings named beside it, custody words about a guard and captives,
the wounded, where the wounded were taken and where the attackers fled."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary, only_incident

SCHOOL = "attack_on_school_or_hospital"


def test_bodies_recovered_from_the_school_are_the_raids_toll_beside_an_older_raid():
    """The raid is told in a clause ("rebels who attacked ... school in Bundibugyo"); "So far, 19 bodies have
    been recovered from the school" is its toll, not a running figure, even beside a raid of 1998 told with its
    own toll; "several other children" taken "also" are part of the raid; the hospital the bodies went to
    (read by another name as a town in Pakistan) and the park the rebels fled towards are not the scene."""
    text = (
        "Uganda's army is in hot pursuit of ADF rebels who attacked Kanyatsi secondary school in Bundibugyo,"
        " Bundibugyo district. Police said the rebels burnt a dormitory and looted the school's store. \"So far,"
        ' 19 bodies have been recovered from the school and taken to Bwera Hospital," a police spokesman said. The'
        " army said the rebels also abducted several other children and fled towards Virunga National Park. On"
        " June 8, 1998, ADF rebels attacked Kichwamba Technical Institute where they killed 80 students and"
        " abducted several others."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2024, 3, 2))
    assert sorted(incident_summary(i) for i in incidents) == [
        (SCHOOL, "Bundibugyo", None, "unknown", 19, ["adf"]),
        (SCHOOL, "Kichwamba", "1998-06-08", "day", 80, ["adf"]),
    ]
    assert claims == []


def test_a_raid_named_as_a_benchmark_and_twin_bombings_are_acts_of_their_own():
    """ "one of the most serious attacks on a school in over 20 years, after the same ADF attacked Kichwamba
    Technical College on 8 June 1998" names an older act (a raid whose abductions outnumber its dead is an
    abduction); "blew up themselves in two bombs in Kampala leaving scores dead" is one bombing, by bombers only
    "linked to" the group; people "in critical condition" are not the dead."""
    text = (
        "Rebels of the Allied Democratic Forces raided Kanyatsi secondary school in Bundibugyo on Friday night and"
        " killed 19 students, while 5 others were abducted and 7 people remain in critical condition. This is one"
        " of the most serious attacks on a school in over 20 years, after the same ADF attacked Kichwamba Technical"
        " College on 8 June 1998 and burnt 80 students alive and abducted over 100. In November 2021, suicide"
        " bombers linked to the ADF blew up themselves in two bombs in Kampala leaving scores dead."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2024, 3, 2))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("abduction", "Kichwamba", "1998-06-08", "day", 100, ["adf"]),
        (SCHOOL, "Bundibugyo", "2024-03-01", "day", 19, ["adf"]),
        ("bombing", "Kampala", "2021-11-01", "month", 40, []),
    ]
    assert claims == []


def test_a_guard_tied_up_and_pupils_taken_as_captives_do_not_make_the_raid_an_execution():
    """The toll told first is the raid's, though the militants "tied up the school guard" and took "others as
    captives" in the sentences after it."""
    text = (
        "The death toll in the ADF attack in Bundibugyo stands at 19. A team was sent to Kanyatsi secondary school"
        ' where up to 12 people were killed by rebels last evening. An army spokesman said the militants "tied up'
        ' the school guard, entered the school, massacred the students and then killed the guard." While speaking'
        " in Bundibugyo where the rebels raided a school and killed students, a commander said the girls were"
        " hacked and others taken as captives."
    )
    incident = only_incident(text, date(2024, 3, 3))
    assert incident_summary(incident) == (SCHOOL, "Bundibugyo", None, "unknown", 19, ["adf"])


def test_a_number_written_out_then_in_brackets_counts_once():
    from marsad.extract.victims import victim_counts

    text = "Forty-two (42) people were killed, while 8 people remain in critical condition and abductions (120) rose."
    assert [(c.text, c.count.best, category) for c, category in victim_counts(text)] == [
        ("Forty-two (42)", 42, "people"),
        ("120", 120, "people"),
    ]
