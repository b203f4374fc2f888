"""Helpers for extraction tests: run the pipeline on texts written in the tests."""

from __future__ import annotations

from marsad.extract.counts import find_counts


def counts(text):
    """Each count in ``text`` as (text, low, best, high, qualifier)."""
    return [(m.text, m.count.low, m.count.best, m.count.high, m.count.qualifier) for m in find_counts(text)]


def analyse_many_texts(texts, published):
    from marsad.extract.analyse import DocumentInfo
    from marsad.extract.pipeline import analyse_many

    return list(analyse_many([DocumentInfo(f"t{i}", t, published, None, None) for i, t in enumerate(texts)]))


def analyse_text(text, published):
    """The incidents and claims extraction finds in one ``text``."""
    [(incidents, claims)] = analyse_many_texts([text], published)
    return incidents, claims


def only_incident(text, published):
    """The one incident extraction finds in ``text`` (the test fails if there are more or none)."""
    [(incidents, _)] = analyse_many_texts([text], published)
    [incident] = incidents
    return incident


def incident_summary(incident) -> tuple:
    """An incident as (type, place, date start, date precision, count, perpetrator ids), to compare in one line."""
    found = incident.as_json()
    count = found["victims"]["count"]
    return (
        found["type"],
        found["location"]["name"],
        found["date"]["start"],
        found["date"]["precision"],
        count and (count["best"] or count["low"]),
        [p["id"] for p in found["perpetrators"]],
    )


def country(incident):
    """The incident's country code."""
    return incident.as_json()["location"]["country"]


def source(incident):
    """Who the incident's first source says told it (its ``attributed_to``)."""
    return incident.as_json()["sources"][0]["attributed_to"]


def child_roles(incident):
    """The roles children play in the incident."""
    return incident.as_json()["children"]["roles"]


def doers(incident):
    """The incident's perpetrator ids, in the order given."""
    return tuple(p.id for p in incident.perpetrators)


def acts_and_figures(text, published, *extra):
    """One ``text``'s incidents as sorted rows (incident_summary's first five values, then each ``extra(incident)``)
    and its claims as sorted (type, best count, qualifier) rows."""
    incidents, claims = analyse_text(text, published)
    acts = sorted((*incident_summary(i)[:5], *(f(i) for f in extra)) for i in incidents)
    return acts, sorted((c.type, c.count.best, c.count.qualifier) for c in claims)


def day_count_rows(text, published, *extra):
    """One ``text``'s incidents as sorted (type, first day or "", best count, then each ``extra(incident)``) rows
    and its claims as sorted (type, best count, qualifier) rows."""
    incidents, claims = analyse_text(text, published)
    acts = sorted(
        (i.type, i.date.start or "", i.victim_count.best if i.victim_count else None, *(f(i) for f in extra))
        for i in incidents
    )
    return acts, sorted((c.type, c.count.best, c.count.qualifier) for c in claims)
