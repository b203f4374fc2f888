"""Extraction: turning report text into claims and incidents, every value traced to a span.

The building blocks here are deterministic and separately tested: counts with their qualifiers
(:mod:`~marsad.extract.counts`), dates resolved against the publication date
(:mod:`~marsad.extract.dates`), places (:mod:`~marsad.extract.places`) and armed actors
(:mod:`~marsad.extract.actors`).
"""
