"""HTML pages: main text and metadata with trafilatura, menus and promotions removed."""

from __future__ import annotations

import re

import trafilatura

from marsad.errors import InputError
from marsad.ingest.boilerplate import strip_boilerplate
from marsad.ingest.decode import decode_text
from marsad.ingest.metadata import Metadata
from marsad.ingest.parsed import Parsed

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def looks_like_html(data: bytes) -> bool:
    """True when a file with no telling extension is an HTML page."""
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or (b"<body" in head and b"</" in head)


def decode_html(item: str, data: bytes) -> tuple[str, str]:
    """Decode a page, honouring a declared ``<meta charset>`` when the bytes are not UTF-8."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "ignore")
        try:
            return data.decode(name), name.lower()
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(item, data)


def is_truncated(markup: str) -> bool:
    """A page that opens ``<html>``/``<body>`` but closes neither was cut off in transfer."""
    lower = markup.lower()
    opened = "<html" in lower or "<body" in lower
    return opened and "</html>" not in lower and "</body>" not in lower


def parse_html(item: str, data: bytes, *, allow_partial: bool = False, url: str | None = None) -> Parsed:
    """Extract the article text and metadata of an HTML page."""
    if not data.strip():
        raise InputError(item, "empty file", "nothing to ingest")
    markup, encoding = decode_html(item, data)
    if is_truncated(markup) and not allow_partial:
        raise InputError(
            item,
            "HTML ends before </body> or </html> (truncated download?)",
            "fetch it again, or pass --allow-partial to keep what is there",
        )
    extracted = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
    )
    text = (getattr(extracted, "text", None) or "").strip() if extracted is not None else ""
    if not text:
        raise InputError(
            item, "no article text found in the HTML", "check it is an article page, or save its text as .txt"
        )
    cleaned = strip_boilerplate(text)
    found = Metadata(
        title=extracted.title or None,
        author=extracted.author or None,
        published=extracted.date or None,
        url=extracted.url or url or None,
        outlet=extracted.sitename or None,
        language=extracted.language or None,
    )
    return Parsed(
        name=item,
        format="html",
        text=cleaned.text,
        content=data,
        original=data,
        found=found,
        encoding=encoding,
        canonical_url=extracted.url or None,
        site_name=extracted.sitename or None,
        boilerplate_removed=cleaned.removed_chars,
    )
