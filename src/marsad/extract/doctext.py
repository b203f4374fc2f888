"""A parsed document's text, built once per document."""

from __future__ import annotations

import re

from marsad.extract.sidebar import sidebar_lines

_KEY = "marsad_text"


def text_of(doc) -> str:
    """``doc.text``, kept in the document's ``user_data``: spaCy joins every token again on each access of
    ``Doc.text``, which costs as much as the rest of a rule's work when rules read it sentence by sentence."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


# a place's name of two words cut at its second ("... near Mo" then "So village in Hpruso town."): one sentence
_NAME_END = re.compile(r"[a-z] [A-Z][a-z]+$")
_NAME_GOES_ON = re.compile(r"[A-Z][a-z]+ (?:village|town|township|district|city|camp)\b")


# a title's or a Philippine village's abbreviation the parser took for a sentence's end: "in Brgy." then "Inaladan, ..."
# a dateline's day cut from its month: "13 May 2017 (UN News): ..."
_DAY_ALONE = re.compile(r"\d{1,2}")
_MONTH_FIRST = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_ABBREVIATION_END = re.compile(r"\b(?:Brgy|Bgy|Sitio|Gen|Col|Lt|Capt|Maj|Brig|Sgt|Pvt|Cpl)\.$")


def _name_cut(doc, before, sent) -> bool:
    text = text_of(doc)
    if before.end_char != sent.start_char - 1 or text[before.end_char] != " ":
        return False
    if _ABBREVIATION_END.search(text, max(0, before.end_char - 8), before.end_char):
        return text[sent.start_char].isupper()
    return bool(
        _NAME_END.search(text, max(0, before.end_char - 30), before.end_char)
        and _NAME_GOES_ON.match(text, sent.start_char)
    )


def reading_sentences(doc) -> list:
    """The document's sentences, a clause the parser cut off at a comma joined to the words it goes on with ("Two days
    earlier at Mukalla, Yemen," then "as many as ten people were reported killed ..."): one sentence."""
    joined: list = []
    sidebar = sidebar_lines(doc.text)
    sents = [piece for sent in doc.sents for piece in _outside(doc, sent, sidebar)] if sidebar else doc.sents
    for sent in sents:
        before = joined[-1] if joined else None
        if before is not None and (
            (before.text.rstrip().endswith(",") and sent.text[:1].islower())
            or _name_cut(doc, before, sent)
            or (_DAY_ALONE.fullmatch(before.text.strip()) and _MONTH_FIRST.match(sent.text))  # "13" "May 2017 (UN"
        ):
            joined[-1] = doc[before.start : sent.end]
        else:
            joined.append(sent)
    return joined


def _outside(doc, sent, sidebar: list[tuple[int, int]]) -> list:
    """The parts of a sentence outside the lines of other stories ("Gunmen kill four Police Officers in Kaduna"
    listed under a report on Iran), each a span of its own."""
    pieces, at = [], sent.start_char
    for start, end in sorted(sidebar):
        if start < sent.end_char and end > at:
            pieces.append((at, max(at, start)))
            at = min(end + 1, sent.end_char)
    pieces.append((at, sent.end_char))
    spans = [doc.char_span(s, e, alignment_mode="contract") for s, e in pieces if doc.text[s:e].strip()]
    return [span for span in spans if span is not None and span.text.strip()]
