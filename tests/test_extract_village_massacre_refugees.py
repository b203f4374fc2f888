"""Lessons from real reports of the Myanmar army's massacre of Rohingya villagers at Tula Toli (Min Gyi), Rakhine, on
30 August 2017, told by refugees in Bangladesh: "Burmese soldiers" and "Tatmadaw soldiers" are Myanmar's military;
where survivors fled or are interviewed ("Refugees in Bangladesh", "refugee camps in Bangladesh", "to seek refuge in
Bangladesh"), a newspaper's name ("Dhaka Tribune") and a country's border are no scene; "came to their village on
August 30. They then ... killed" sets the scene, its day and its doers; "eye witnesses have claimed that" and
"Eyewitnesses state that" name their sources; a state that "has blocked access to the area, meaning reporters cannot
independently corroborate" the accounts denies no humanitarian access. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import country, doers, incident_summary, only_incident


def _row(text: str, published: date) -> tuple:
    incident = only_incident(text, published)
    found = incident.as_json()
    return (*incident_summary(incident)[1:5], country(incident), doers(incident), found["sources"][0]["attributed_to"])


def test_refugees_abroad_and_a_village_visit_that_sets_the_scene():
    text = (
        "Refugees in Bangladesh recount the killing of their relatives.\n"
        "Former residents of Min Gyi told reporters in refugee camps in Bangladesh that Tatmadaw soldiers came to "
        "their village on August 30. They then torched houses and killed scores of people, they said."
    )
    row = _row(text, date(2017, 10, 10))
    assert row[:6] == ("Min Gyi", "2017-08-30", "day", 40, "MM", ("myanmar-military",))


def test_a_newspapers_name_and_a_border_are_no_scene_and_witnesses_who_claimed_are_sources():
    text = (
        "This article was published in Dhaka Tribune on 9 September.\n"
        "Villagers from Min Gyi, immediately east of Bangladesh's border, say soldiers surrounded the village on "
        "Wednesday 30 August.\n"
        "Eye witnesses have claimed that virtually all the villagers of Min Gyi were put to death by Burmese soldiers."
    )
    row = _row(text, date(2017, 9, 9))
    assert (row[0], row[4], row[5], row[6]) == ("Min Gyi", "MM", ("myanmar-military",), "Eye witnesses")


def test_press_kept_out_is_no_denial_of_aid():
    text = (
        "Burmese soldiers swept through the village of Min Gyi in Myanmar on 30 August and killed scores of people, "
        "survivors said.\n"
        "Myanmar has blocked access to the area, meaning reporters cannot independently corroborate the villagers' "
        "accounts.\nEyewitnesses state that at least 40 women and 60 children were killed."
    )
    row = _row(text, date(2017, 9, 7))
    assert (row[3], row[5], row[6]) == (100, ("myanmar-military",), "survivors")
