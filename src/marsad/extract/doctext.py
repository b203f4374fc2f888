"""A parsed document's text, built once per document."""

from __future__ import annotations

_KEY = "marsad_text"


def text_of(doc) -> str:
    """``doc.text``, kept in the document's ``user_data``: spaCy joins every token again on each access of
    ``Doc.text``, which costs as much as the rest of a rule's work when rules read it sentence by sentence."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
