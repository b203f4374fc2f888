"""Lessons from real reports of the massacre of Fulani civilians near Solenzo, Burkina Faso, on 10 and 11 March 2025,
told from the videos' first days to a rights group's report two months on ("militiamen from the pro-government
Volunteers for the Defense of the Homeland executed at least 130", "killed by Burkina Faso’s military and allied
militias", "Burkina Faso Accused of Mass Killing of Civilians", "dozens of others alive ... with their hands and feet
bound", "left over 130 civilians—mostly from the Fulani ethnic group—dead"); each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, doers


def test_the_volunteers_militia_and_a_state_s_forces_written_with_a_curly_apostrophe_are_named_doers():
    army = "At least 40 civilians were killed by Burkina Faso’s military near Kouka on Monday, witnesses said."
    militia = (
        "Militiamen from the pro-government Volunteers for the Defense of the Homeland killed at least 20 civilians"
        " near Kouka on Monday, witnesses said."
    )
    [by_army], _ = analyse_text(army, date(2025, 3, 12))
    [by_militia], _ = analyse_text(militia, date(2025, 3, 12))
    assert (doers(by_army), doers(by_militia)) == (("burkina-military",), ("vdp",))


def test_a_country_accused_of_a_mass_killing_holds_no_captives_and_victims_bound_hand_and_foot_were_executed():
    headline = (
        "Burkina Faso Accused of Mass Killing of Civilians\n\nMore than 60 civilians were killed near Kouka in March"
        " 2025, allegedly at the hands of government forces, according to a new report."
    )
    bound = (
        "Videos showed dozens of dead men near Kouka on Monday, as well as dozens of others alive, with their hands"
        " and feet bound. At least 30 people were killed there, a rights group said."
    )
    assert [t for t, *_ in acts_and_figures(headline, date(2025, 5, 13))[0]] == ["killing"]
    assert [t for t, *_ in acts_and_figures(bound, date(2025, 3, 15))[0]] == ["execution"]


def test_a_killing_told_first_without_its_toll_stays_with_its_toll_and_a_group_accused_of_an_act_holds_no_one():
    text = (
        "At least 12 people were killed when a suicide bomber struck a market in Gwoza on 3 March 2025. Boko Haram is"
        " accused of the attack. On 4 March 2025, villagers returning from a funeral near Kouka were the victims of a"
        " mass shooting. At least 30 people were killed."
    )
    acts, _ = acts_and_figures(text, date(2025, 3, 10))
    assert acts == [("bombing", "Gwoza", "2025-03-03", "day", 12), ("killing", "Kouka", "2025-03-04", "day", 30)]
