"""Remove promotional junk that news text picks up when it is copied from a web page.

Two rules, both conservative: a short *trailer heading* ("Editor's Picks", "Most Read", "Related
Articles"...) in the second half of the text ends the article, and everything from it on is cut;
and a short *junk line* ("Advertisement", "Subscribe for $1", "Share this article", "© 2024 ...")
is dropped wherever it is. The original bytes stay untouched in the blob store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TRAILER = re.compile(
    r"^\s*(editor'?s'?\s+picks?|editors?\s+choice|most\s+(read|popular|viewed|shared)|"
    r"related(\s+(articles?|stories|news|coverage|content|reading))?\s*:?|recommended(\s+for\s+you)?|"
    r"you\s+(may|might)\s+also\s+like|more\s+from\s+[\w .'-]{1,40}|more\s+stories|trending(\s+now)?|"
    r"top\s+stories|latest\s+(news|stories)|read\s+next|also\s+read|sponsored(\s+content)?|"
    r"from\s+around\s+the\s+web|popular\s+now)\s*:?\s*$",
    re.IGNORECASE,
)
_JUNK_LINE = re.compile(
    r"^\s*(advertisement|sponsored|ad|"
    r"(subscribe|sign\s+up|register|log\s*in|join)\b.*\b(newsletter|subscri\w*|access|account|free|\$|€|£|offer|today)|"
    r"(get|unlock)\s+(unlimited|full|digital)\s+access.*|already\s+a\s+subscriber.*|"
    r"support\s+(independent|our)\s+journalism.*|share\s+(this|on)\b.*|follow\s+us\s+on\b.*|"
    r"click\s+here\b.*|download\s+(our|the)\s+app.*|(©|\(c\)|copyright)\s*\d{4}.*|all\s+rights\s+reserved\.?|"
    r"read\s+more\s*:?.{0,120}|(this|the)\s+article\s+(is|was)\s+(only\s+)?available\s+to\s+subscribers.*)\s*$",
    re.IGNORECASE,
)
_MAX_JUNK_LINE = 160
_MAX_TRAILER_LINE = 60


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text and how many characters were removed."""

    text: str
    removed_chars: int


def normalize_newlines(text: str) -> str:
    """Unix newlines, no trailing spaces on lines, at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def strip_boilerplate(text: str) -> Cleaned:
    """Return ``text`` without trailing promotional blocks and junk lines."""
    normalized = normalize_newlines(text)
    lines = normalized.split("\n")
    cut_at = _trailer_start(lines)
    kept = [line for line in lines[:cut_at] if not _is_junk(line)]
    cleaned = normalize_newlines("\n".join(kept))
    if not cleaned:  # never throw the whole text away
        cleaned = normalized
    return Cleaned(text=cleaned, removed_chars=len(normalized) - len(cleaned))


def _trailer_start(lines: list[str]) -> int:
    total = sum(len(line) + 1 for line in lines)
    seen = 0
    for index, line in enumerate(lines):
        if seen >= total / 2 and len(line) <= _MAX_TRAILER_LINE and _TRAILER.match(line):
            return index
        seen += len(line) + 1
    return len(lines)


def _is_junk(line: str) -> bool:
    return bool(line) and len(line) <= _MAX_JUNK_LINE and bool(_JUNK_LINE.match(line))
