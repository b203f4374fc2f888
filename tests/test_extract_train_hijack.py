"""Lessons from real reports of the Baloch Liberation Army's hijacking of the Jaffar Express in Balochistan, Pakistan,
in March 2025: a hostage standoff's attackers killed by the forces ("killing all 33 attackers", "33 militants were
slain during the operation") are no battle and no figure; hostages killed are executed by their captors and the
soldiers who fell are a battle, both the hijackers' acts; the train's route ("on its way to Peshawar ... from Quetta")
is no scene; "wearing suicide vests" is no blast; the hijackers' boast of the passengers they killed is no act of its
own; hostages rescued keep the taking apart from the killings; "took hundreds hostage". Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary

HIJACK = (
    "Separatist fighters of the Baloch Liberation Army hijacked a passenger train in the Bolan district of"
    " Balochistan, Pakistan, on Tuesday and took hundreds hostage, officials said. The train was on its way to Peshawar"
    " from Quetta. Security forces stormed the train on Wednesday, killing all 30 attackers and ending the standoff."
    " The military said 18 hostages and three soldiers were killed on Tuesday. A total of 300 hostages were rescued."
    " The militants were wearing suicide vests as they sat among the hostages. Before the army's announcement, the BLA"
    " said it had killed 40 passengers."
)


def test_a_train_hijacking_its_hostages_killed_and_its_soldiers_fallen():
    incidents, claims = analyse_text(HIJACK, date(2025, 3, 13))
    assert [incident_summary(i) for i in incidents] == [
        ("abduction", "Bolan", "2025-03-11", "day", 200, ["bla"]),
        ("armed_clash", "Bolan", "2025-03-11", "day", 3, ["bla"]),
        ("execution", "Bolan", "2025-03-11", "day", 18, ["bla"]),
    ]
    assert claims == []


def test_militants_killed_to_end_a_hostage_standoff_are_no_battle():
    text = (
        "Gunmen seized a bus travelling to Quetta near the town of Mach in Balochistan, Pakistan, on Friday and held"
        " its 25 passengers hostage for hours, a police spokesman said. According to the spokesman, 12 militants were"
        " killed during the rescue operation and all the hostages were freed."
    )
    incidents, claims = analyse_text(text, date(2025, 3, 15))
    assert [incident_summary(i) for i in incidents] == [("abduction", "Mach", "2025-03-14", "day", 25, [])]
    assert claims == []


def test_militants_the_army_killed_outside_a_hostage_standoff_are_still_a_battle():
    text = "Pakistani troops killed 12 militants in a raid on a hideout in the Bolan district of Balochistan on Friday."
    incidents, _ = analyse_text(text, date(2025, 3, 15))
    assert [i.type for i in incidents] == ["armed_clash"]
