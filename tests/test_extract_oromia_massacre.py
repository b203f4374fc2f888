"""Lessons from real reports of the massacre of Amhara civilians at Tole, near Gimbi in Ethiopia's Oromia region, on
18 June 2022: the Oromo Liberation Army in the alias table, a group "accused of massacring over 400 Amhara civilians"
(the count read though its people's name begins "Am", the accused holding no captives), "mass graves were being dug
for victims" (a burial, no sign the dead were held) and "Tole Kebele" naming Tole; each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, counts, doers


def test_a_count_before_a_peoples_name_that_begins_am_is_no_clock_time():
    assert counts("over 300 Amhara civilians") == [("over 300", 300, 300, None, "more_than")]
    assert counts("at 5 am on Monday") == []


def test_a_group_accused_of_massacring_civilians_buried_in_mass_graves_killed_them():
    text = (
        "On 18 June 2022, the Oromo Liberation Army (OLA) was accused of massacring over 300 Amhara civilians in"
        " Tole Kebele of Oromia Region, Ethiopia. A witness said he had counted at least 180 bodies and that mass"
        " graves were being dug for victims."
    )
    [incident] = analyse_text(text, date(2022, 6, 20))[0]
    assert doers(incident) == ("ola",)
    acts, _ = acts_and_figures(text, date(2022, 6, 20))
    assert acts == [("killing", "Tole", "2022-06-18", "day", 300)]
