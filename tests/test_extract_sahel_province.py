"""Lessons from real reports of the Islamic State's massacres in Mali's Menaka region in 2022: "the Islamic State"
acting in Mali or Burkina Faso is its Sahel branch (ISGS), as it is ISWAP in Nigeria, and people "mainly civilians"
murdered after a clash with a militia are a killing of their own beside the battle; each pinned by a text of our
own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, doers


def test_the_islamic_state_in_mali_or_burkina_faso_is_its_sahel_branch():
    mali = "Islamic State militants killed 40 villagers in the town of Tamalat in Mali's Menaka region on Tuesday."
    burkina = "The Islamic State group killed 25 people in the village of Seytenga, Burkina Faso, on Saturday."
    assert [doers(i) for i in analyse_text(mali, date(2022, 3, 9))[0]] == [("isgs",)]
    assert [doers(i) for i in analyse_text(burkina, date(2022, 6, 13))[0]] == [("isgs",)]


def test_people_mainly_civilians_murdered_beside_a_clash_are_a_killing_of_their_own():
    text = (
        "Islamic State kills hundreds of civilians in northern Mali\n\n"
        "Massacres by the Islamic State in Mali's Menaka region have left around 300 civilians dead over the last few"
        " weeks. Activists have reported on these massacres since they began on March 8.\n\n"
        "Before the massacres, the Islamic State assassinated an officer of a local militia, a largely Tuareg force"
        " in Mali's north, on March 1 in the town of Tamalat. Days later, the militia responded by clashing with the"
        " Islamic State, killing six of their militants.\n\nIn retaliation, between 90 and 110 people, mainly"
        " civilians, were murdered by Islamic State militants in Tamalat on March 8."
    )
    acts, figures = acts_and_figures(text, date(2022, 3, 24))
    assert ("killing", "Tamalat", "2022-03-08", "day", 90) in acts
    assert figures == [("killing", 300, "about")]
