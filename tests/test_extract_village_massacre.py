"""Lessons from real reports of the massacre at the Dogon village of Sobane Da in central Mali in June 2019, told
in a bulleted summary under its headline, by an official "in Koundou district, where the village of Sobane-Kou is
located", with a toll first given as 95 and "taken back from 95 to 35", an earlier massacre a militia "was accused
of carrying out", the UN mission's figures of deaths "in attacks on Fulanis", captions credited "Picture: REUTERS/..."
and pages that list related stories and videos; each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text


def test_a_bulleted_summary_under_its_headline_tells_one_act_and_the_earlier_one_it_names():
    text = (
        "Attack on Mali village 'kills 80'\n\n"
        "Nearly 80 people killed in attack on a village in central Mali, officials say\n\n"
        "  • Nearly 80 people have been killed in an attack on a village in central Mali, officials say.\n"
        "  • The attack happened in Tabi Kou, close to Bandiagara town, according to a local radio station.\n"
        "  • The bodies of the dead have been burned, and the search for more bodies goes on.\n"
        "  • In the same region in May, more than 40 villagers were killed by armed men.\n"
    )
    acts, _ = acts_and_figures(text, date(2019, 7, 2))
    assert acts == [("killing", "Mali", "2019-05-01", "month", 40), ("killing", "Tabi Kou", None, "unknown", 80)]


def test_the_village_within_an_officials_district_is_the_scene_and_the_first_source_named_is_the_source():
    text = (
        "Sixty people in a central Malian village were killed by gunmen in an overnight attack, a local official and"
        ' a security source said. "We have 60 dead civilians," an official in Dioura district, where the village of'
        " Tabi-Kou is located, told reporters."
    )
    [incident] = analyse_text(text, date(2019, 7, 2))[0]
    assert incident.as_json()["location"]["name"] == "Tabi-Kou"
    assert incident.as_json()["sources"][0]["attributed_to"] == "a local official"


def test_related_stories_and_a_video_playlist_tell_nothing_of_the_report():
    text = (
        "Gunmen killed 60 people in the village of Tabi Kou in central Mali on Sunday, a local official said.\n\n"
        "Related Stories\n"
        "Survivors recall massacre in Mali village 28.3.2019\n"
        "Mali massacre prompts investigation 28.3.2019\n\n"
        "01:04\n"
        "Families in Gaza still searching for the missing amid the rubble\n"
        "01:43\n"
        "Mourners gather after bombing kills 12 in Kabul\n"
    )
    acts, _ = acts_and_figures(text, date(2019, 6, 30))
    assert acts == [("killing", "Tabi Kou", "2019-06-30", "day", 60)]


def test_a_massacre_a_militia_was_accused_of_is_a_killing_of_its_own_in_the_reports_country():
    text = (
        "The government says 40 people died in Sunday's attack on the village of Tabi Kou, in Mali."
        " Tensions have been high since a militia was accused of carrying out a massacre in a herders' village in"
        " March that left at least 120 dead. Dozens of people remain missing in Tabi Kou."
    )
    acts, _ = acts_and_figures(text, date(2019, 7, 3))
    assert acts == [("killing", "Mali", "2019-03-01", "month", 120), ("killing", "Tabi Kou", "2019-06-30", "day", 40)]


def test_a_final_toll_wins_over_the_initial_estimate_and_a_captions_day():
    text = (
        "Village massacre toll cut to 40\n\n"
        "Initial estimate was 90 deaths after gunmen surround and attack village of Tabi Kou\n\n"
        "A view of the damage at the site of an attack on the village of Tabi Kou, Mali, July 2 2019. Picture:"
        " REUTERS/JANE DOE\n"
        "Bamako — The final death toll of a massacre at a village in central Mali was 40, of whom 20 were children,"
        " officials said on Wednesday.\n\n"
        "Gunmen surrounded the village of Tabi Kou on Sunday, killing residents and burning homes, survivors said.\n\n"
        "Earlier, the government gave provisional figures of 90 dead and 15 missing, based on early information."
    )
    acts, _ = acts_and_figures(text, date(2019, 7, 3))
    assert acts == [("killing", "Tabi Kou", "2019-06-30", "day", 40)]


def test_a_number_of_killed_taken_back_to_a_lower_figure_is_the_acts_toll():
    text = (
        'Gunmen raided the village of Tabi Kou in Mali between Sunday and Monday, burning homes. "The number of'
        ' people killed has been taken back from 90 to 40, including 15 adults and 25 children," the government'
        " said in a statement."
    )
    acts, figures = acts_and_figures(text, date(2019, 7, 3))
    assert acts == [("killing", "Tabi Kou", "2019-06-30", "day", 40)]
    assert figures == []


def test_deaths_recorded_in_attacks_on_a_people_are_a_running_figure_with_their_monitor():
    reported = (
        'On May 16, the UN mission in Mali reported "at least 300 deaths" in attacks on herders in the central'
        " regions of Mopti and Segou."
    )
    recorded = "MINUSMA had recorded 300 deaths in attacks by militias in the Mopti region."
    assert acts_and_figures(reported, date(2019, 7, 3)) == ([], [("killing", 300, "at_least")])
    _, [claim] = analyse_text(recorded, date(2019, 7, 3))
    assert (claim.count.best, claim.attributed_to) == (300, "MINUSMA")


def test_a_village_besieged_while_its_people_were_killed_is_no_blockade_and_an_attack_that_began_on_a_day_is_dated_so():
    text = (
        "On 10 July 2019, the village of Tabi Kou in Mali was attacked. The attack killed 40 people. The attack on"
        " Tabi Kou began on 9 July and lasted for six hours. The gunmen besieged the village, killing people and"
        " burning homes."
    )
    acts, _ = acts_and_figures(text, date(2020, 1, 1))
    assert acts == [("killing", "Tabi Kou", "2019-07-09", "day", 40)]
