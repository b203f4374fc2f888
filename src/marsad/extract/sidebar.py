"""Lines of other stories that a scraped page carries above or beside its own: "Gunmen attack checkpoint in western
Libya, killing four", "Gunmen kill four Police Officers in Kaduna", listed under a report on Iran. They are links to
other reports, not acts the report tells."""

from __future__ import annotations

import re

_ACT = re.compile(r"\b(?:kill\w*|abduct\w*|kidnap\w*|attack\w*|bomb\w*|shoot\w*|shot|dead|massacre\w*)\b", re.I)
_PLACE = re.compile(r"\b(?:in|at|along|near) (?:(?:western|northern|southern|eastern|central) )?((?-i:[A-Z])[\w'’-]+)")
_RUN = 3  # lines: fewer is a headline and a deck


def sidebar_lines(text: str) -> list[tuple[int, int]]:
    """The spans of lines that tell other stories: in a run of three or more short lines with no full stop, each
    telling an act, a line (not the first) whose place the report names nowhere else."""
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, at + len(line), line))
        at += len(line) + 1
    found: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []
    for start, end, line in [*lines, (0, 0, "")]:
        if line.strip() and len(line) < 120 and not re.search(r"[.!?:;\"”]\s*$", line) and _ACT.search(line):
            run.append((start, end, line))
            continue
        if len(run) >= _RUN:
            found += _elsewhere(run, text)
        run = []
    return found


def _elsewhere(run: list[tuple[int, int, str]], text: str) -> list[tuple[int, int]]:
    """The lines of a run (after its first) whose place is named nowhere in the text outside the run."""
    outside = text[: run[0][0]] + text[run[-1][1] :]
    spans = []
    for start, end, line in run[1:]:
        place = _PLACE.search(line)
        if place and not re.search(rf"\b{re.escape(place[1])}\b", outside):
            spans.append((start, end))
    return spans
