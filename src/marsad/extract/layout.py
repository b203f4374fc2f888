"""Text layout: bulletins, lists and posts carry their structure in line breaks and bullets.

A spaCy component (``marsad_line_breaks``, before the parser) starts a sentence where a new line
starts an item: after a blank line, at a bullet, after a line that ends a clause, or after a short
heading. A hard-wrapped line of running prose does not start one. The bullet patterns here are
shared by the rules that keep a bulletin's items apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.extract.doctext import text_of

BULLET_MARKS = "-•*–—·"
# a line that starts with a bullet, in a whole text
BULLET_LINE = re.compile(rf"^\s*[{BULLET_MARKS}]\s", re.MULTILINE)
# a line break followed by a bullet, between two places in a text
BULLET_BREAK = re.compile(rf"\n\s*[{BULLET_MARKS}]\s")
COMPONENT = "marsad_line_breaks"
# a field of an encyclopedia's infobox ("- Casualties3: 62 civilians killed, 163 wounded"): the article's summary,
# told again in its prose, not an act of its own
INFOBOX_FIELD = re.compile(
    r"^\W*(?:Result|Casualties\d?|Fatalities|Deaths|Injuries|Combatant\d?|Commander\d?|Units\d?|Strength\d?|Victims"
    r"|Perpetrators?|Partof|Numparts|Executed [Bb]y|Outcome|Type|Weapons?|Time|Timezone|Map (?:Type|Label))\s*:"
)
# a photo's credit that ends its line: "..., June 26, 2015.Credit: AFP", "Credit: Simon Townsley/The Telegraph"
CREDIT_LINE_END = r"\bCredit:\s*[\w/ .]{3,60}$"
_CREDIT = re.compile(CREDIT_LINE_END)


# "FILE - Participants of an execution ... 2009": an old photo's caption
_FILE_PHOTO = re.compile(r"\s*FILE(?: PHOTO)?\s*[-–—:]")
# a photo's credit or caption ending its line (searched only in a line's last characters: every one of these is
# anchored at the line's end and shorter than the window)
_CREDIT_AT_END = re.compile(
    r"\((?:[A-Z][\w-]*/)+[\w-]+\)\s*$|\b(?:PHOTO|Photo|Picture):\s*[\w/ .-]+$"  # "Picture: REUTERS/MALICK KONATE"
    r"|\bvia Reuters(?: TV)?\s*$|\((?:[A-Z][\w-]*/)+[A-Z][\w-]* via Getty Images\)\s*$"  # "(STR/AFP via Getty Images)"
    r"|\((?:AP|AFP|Reuters|EPA|Getty Images)(?: Photo)?/[^)\n]{1,60}\)\s*$"  # "(AP Photo/Farah Abdi Warsameh)"
    # "Skulls ... are seen in Tshienke, near Kananga, ..., on March 12.": a photograph described, with its day
    r"|\b(?:is|are) (?:seen|pictured)\b[^\n]{0,200}\bon (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})"
    r"(?:,? \d{4})?\.\s*$"
    r"|\.\s+\((?:(?:AFP|Reuters|AP|EPA)(?: Photo)?|Getty Images|Photo[^)\n]{0,60})\)\s*$"  # ". (AFP)", ". (AFP Photo)"
    r"|[\w.]+ [\w.]+ / (?:Reuters|AFP|AP|EPA|Getty Images)\s*$"
    # "... April 25, 2019. ATHIT PERAWONGMETHA/Reuters", "(Photo by Carl Court/Getty Images)", "Photo by ... /UPI"
    r"|\b[A-Z][A-Z'-]+ [A-Z][A-Z'-]+/(?:Reuters|AFP|AP|EPA|Getty Images|UPI)\s*$"
    r"|\(?\bPhoto by [^\n()]{3,60}/(?:[A-Z][\w ]{1,20})\)?\.?\s*$"
    r"|[A-Z][\w'-]+ [A-Z][\w'-]+ \((?:AP|AFP|Reuters|EPA)(?: Photo)?\)\s*$"  # "..., Monday, Dec.Odelyn Joseph (AP)"
    # "..., on January 4, 2021. - AFP", "..., April 18, 2018. Aaron Ross, REUTERS": an agency's credit ends the line
    r"|\.\s+(?:[-–—]\s+|[A-Z][\w.]+ [A-Z][\w.]+,\s+)(?:AFP|Reuters|REUTERS|AP|PPI|EPA|APP|Getty Images)\s*$"
    # "© Malian Presidency/handout via Reuters", "Credit: Simon Townsley/The Telegraph"
    rf"|©[^\n]{{0,80}}$|{CREDIT_LINE_END}"
)
_CREDIT_WINDOW = 400
# "A New People's Army guerrilla performs a play during ... on December 26, 2010.": a scene shown, with its date
_CAPTION_OPENING = re.compile(
    r"(?:An?|The) (?:[\w'’-]+ ){1,5}(?:performs|poses|stands|walks|holds|attends|mourns|prays|marches|patrols|sits"
    r"|waits|reacts|gestures|looks on)\b[^\n]{0,200}\bon "
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})\.\s*$"
    r"|\s*Open this photo in gallery\b"
)
# "A shot from surveillance cameras shows three suspects. The two at left are presumed dead": who is where in a picture
_PICTURED = re.compile(
    r"\b(?:shot|still|image|photo|picture|frame) from (?:\w+ )?(?:surveillance|security|CCTV) (?:cameras?|footage)"
    r"|\b(?:The|the) (?:\w+ ){1,2}(?:at|on the|far) (?:left|right)\b"
)
_CREDIT_LINE = re.compile(r"\s*(?:(?:Photo|Picture|Image) )?credits?\s*:", re.I)
# "... along the border with Mali on November 9, 2019   -" over "Copyright © africanews"
_COPYRIGHT_LINE = re.compile(r"\s*(?:Copyright\s*)?©")
_CREDIT_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\s*/\s*(?:Reuters|AFP|AP|EPA|Getty Images)[ \t]*\n\s*$"
)
_IN_THIS_PHOTO = re.compile(r"\bin this (?:still )?(?:image|photo|picture)\b")  # "in this still image taken from"


@lru_cache(maxsize=4096)  # asked again for each sentence, act and date of a line
def caption_at(text: str, start: int) -> bool:
    """Whether the line from ``start`` is a photo caption's: it ends with a photo credit ("(STR/EPA-EFE/REX)",
    "PHOTO: AFP", "Picture: REUTERS/..."), tells "in this still image", or opens "FILE -"."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    line_start = text.rfind("\n", 0, start) + 1
    return bool(
        _CREDIT_AT_END.search(line, max(0, len(line) - _CREDIT_WINDOW))
        or (end >= 0 and _CREDIT_LINE.match(text, end))  # the credit on the line after: "Photo credit: ... | AFP"
        or (end >= 0 and line.rstrip().endswith(("-", "–", "—")) and _COPYRIGHT_LINE.match(text, end))
        or _CREDIT_BEFORE.search(text, max(0, line_start - 80), line_start) is not None  # "Murad Sezer/Reuters" above
        or _CAPTION_OPENING.match(line)
        or _IN_THIS_PHOTO.search(line)
        or _FILE_PHOTO.match(text, line_start)
        or _PICTURED.search(line) is not None
    )


def caption_lines(text: str) -> list[tuple[int, int]]:
    """The spans of a report's photo-caption lines (:func:`caption_at`), whose places are no scene of the story's
    acts ("Skulls ... are seen in Tshienke, near Kananga, ..., on March 12."); none where every line is one (a picture
    agency's caption is the whole report)."""
    spans, start, told = [], 0, 0
    for line in text.split("\n"):
        told += bool(line.strip())
        if line.strip() and caption_at(text, start):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return [] if len(spans) == told else spans  # (a picture agency's caption alone: the report, its places the scene)


_CLAUSE_ENDS = {".", ":", "!", "?", ")", ";"}
_HEADING_CHARS = 50
_CLOSING_QUOTES = {"'", '"', "’", "”"}


def starts_line_item(doc, token) -> bool:
    """Whether ``token`` (not the first of ``doc``) starts a sentence because a new item starts."""
    before = doc[token.i - 1]
    gap = before.whitespace_ + (before.text if before.is_space else "")
    if "\n" not in gap:
        return False
    if before.is_space and token.i > 1:  # "Yobe State.\n91 women ...": the line break is a token of its own
        before = doc[token.i - 2]
    if "\n\n" in gap and before.text not in _CLAUSE_ENDS and token.text[:1].islower():
        return False  # copy hard-wrapped with blank lines between its lines: "of the workers\n\nabducted in July"
    if "\n\n" in gap or token.text in set(BULLET_MARKS) or before.text in _CLAUSE_ENDS:
        return True
    if before.text in _CLOSING_QUOTES and before.i > 0 and doc[before.i - 1].text[-1:] in _CLAUSE_ENDS:
        return True  # "... adding: 'The target was Christians.'\nUK Daily Mail Authorities have ...": a quote ends

    text = text_of(doc)
    line_start = text.rfind("\n", 0, before.idx) + 1
    if "©" in text[line_start : before.idx] or _CREDIT.search(text, line_start, before.idx + len(before.text)):
        return True  # "... in El Geneina. © 2023 Roots for Human Rights\nAfter targeting": a photo credit ends its line
    if line_start == 0 and _headline(before, token):
        return True
    if _subheading(text, line_start, before) and _headline(before, token):
        return True  # "...in the attack.\nExtremists have killed at least 100 people in Niger\nLet me tell you"
    if line_start in _heading_lines(text) and _headline(before, token):
        return True  # a run of headings and standfirsts: "Hospital officials say 100 people injured\nFive killed"
    return before.idx + len(before.text) - line_start < _HEADING_CHARS  # "WEEKLY BULLETIN, 7-13 September"


def _headline(last, first) -> bool:
    """A first line that ends without a full stop and is followed by a capitalised line is a headline
    ("Nigeria: Boko Haram have killed over 2,000 civilians so far this year"), not hard-wrapped prose."""
    return (first.text[:1].isupper() or first.text[:1].isdigit()) and last.lower_ not in _RUNS_ON


@lru_cache(maxsize=256)
def _heading_lines(text: str) -> frozenset[int]:
    """Where the lines start that open with a capital, end without a full stop and are no longer than a
    standfirst, from the first line on or after a finished sentence: a page's headline, its repeat and the
    bullet points under it, each its own sentence."""
    found: set[int] = set()
    start, opens = 0, True
    for line in text.split("\n"):
        stripped = line.rstrip()
        ends = stripped[-1:] in _CLAUSE_ENDS
        heading = (
            opens
            and 0 < len(stripped) <= _STANDFIRST_CHARS
            and not ends
            and stripped[:1].isupper() | stripped[:1].isdigit()
        )
        if heading:
            found.add(start)
        opens = ends or heading or not stripped
        start += len(line) + 1
    return frozenset(found)


_STANDFIRST_CHARS = 100


def _subheading(text: str, line_start: int, last) -> bool:
    """A line of a heading's length that starts after a finished sentence and ends without one."""
    previous = text[:line_start].rstrip()
    return bool(previous) and previous[-1] in _CLAUSE_ENDS and last.idx + len(last.text) - line_start <= 80


_RUNS_ON = {"in", "on", "at", "of", "the", "a", "an", "and", "or", "to", "by", "for", "with", "from", "near", ","}


def _bracket_after_word(doc, token) -> bool:
    """A square bracket opened right after a word on the same line ("Congo [DRC]")."""
    before = doc[token.i - 1]
    return token.text == "[" and before.is_alpha and "\n" not in before.whitespace_


def _after_line_number(doc, token) -> bool:
    """A lower-case word right after the number that opens a line ("17,049 civilians have been ...")."""
    number = doc[token.i - 1]
    if not (number.like_num and token.is_lower and token.is_alpha and "\n" not in number.whitespace_):
        return False
    before = doc[number.i - 1] if number.i else None
    return before is None or "\n" in before.whitespace_ or "\n" in before.text


_MONTH_NAMES = frozenset(
    "January February March April May June July August September October November December".split()
)


def _dated_item_after_colon(doc, token) -> bool:
    """An item that opens on its own month after a colon ("...: In January, a suicide bomber killed 13")."""
    if token.i < 1 or token.i + 1 >= len(doc) or doc[token.i - 1].text != ":":
        return False
    return token.text in ("In", "On") and doc[token.i + 1].text in _MONTH_NAMES


def _after_possessive(doc, token) -> bool:
    """A word right after a plural or name's possessive apostrophe on the same line ("Brussels’ Zaventem")."""
    if token.i < 2 or not token.is_alpha:
        return False
    mark, word = doc[token.i - 1], doc[token.i - 2]
    return (
        mark.text in ("’", "'")
        and word.text.endswith("s")
        and word.is_alpha
        and not word.whitespace_
        and mark.whitespace_ == " "
    )


def add_line_breaks(nlp) -> None:
    """Add the line-break component before the parser of a spaCy pipeline (once)."""
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):

        @Language.component(COMPONENT)
        def _line_breaks(doc):
            inside = False
            for token in doc[1:]:
                if starts_line_item(doc, token):
                    token.is_sent_start = True
                elif inside or _bracket_after_word(doc, token):
                    token.is_sent_start = False  # "Democratic Republic of Congo [DRC] has risen": one sentence
                    inside = token.text != "]"
                elif _dated_item_after_colon(doc, token):
                    token.is_sent_start = True  # "two attacks in Istanbul so far this year: In January, a bomber ..."
                elif _after_line_number(doc, token) or _after_possessive(doc, token):
                    token.is_sent_start = False  # "17,049 civilians have been recorded killed": one sentence
            return doc

    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
