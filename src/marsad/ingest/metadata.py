"""Document metadata: what a file says, what its sidecar says, and what the user says.

Precedence, lowest first: values found in the file (HTML meta tags, JSON fields), then a sidecar
``NAME.meta.json`` (or ``STEM.meta.json``) next to the file, then command-line flags.
A publication date is kept exactly as given; when it is missing the document says ``unknown``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from marsad.errors import InputError

SIDECAR_SUFFIX = ".meta.json"
METADATA_FIELDS = ("title", "author", "published", "url", "outlet", "language")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class Metadata:
    """The descriptive fields a user can supply for a document."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None

    def over(self, base: Metadata) -> Metadata:
        """These values where set, ``base``'s elsewhere."""
        values = {f.name: getattr(self, f.name) or getattr(base, f.name) for f in fields(self)}
        return replace(base, **values)

    def as_dict(self) -> dict[str, str]:
        """The fields that are set."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


def metadata_from_mapping(item: str, values: dict[str, Any], *, strict: bool = True) -> tuple[Metadata, dict[str, Any]]:
    """Split a mapping into known :class:`Metadata` and the remaining labels.

    ``strict`` (for what a user writes: flags, sidecars) refuses a malformed date or language;
    values found inside files are kept as given and normalised later where possible.
    """
    known: dict[str, str] = {}
    extra: dict[str, Any] = {}
    for key, value in values.items():
        if key in METADATA_FIELDS and value not in (None, ""):
            if not isinstance(value, str | int):
                raise InputError(item, f"field {key!r} must be text, got {type(value).__name__}")
            known[key] = str(value).strip()
        elif key not in METADATA_FIELDS:
            extra[key] = value
    if strict and "published" in known:
        parse_published(item, known["published"])  # validate early, keep as given
    if strict and "language" in known:
        validate_language(item, known["language"])
    return Metadata(**known), extra


def find_sidecar(path: Path) -> Path | None:
    """The sidecar file that describes ``path``, if there is one."""
    for candidate in (path.with_name(path.name + SIDECAR_SUFFIX), path.with_name(path.stem + SIDECAR_SUFFIX)):
        if candidate != path and candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path) -> tuple[Metadata, dict[str, Any]]:
    """Read a sidecar; a malformed one is an :class:`InputError` naming it."""
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(str(path), "sidecar is not UTF-8 text", "save it as UTF-8 JSON") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            str(path), f"sidecar is not valid JSON ({exc.msg} at line {exc.lineno})", "fix or remove it"
        ) from None
    if not isinstance(values, dict):
        raise InputError(str(path), "sidecar must be a JSON object of metadata fields", "see docs/formats.md")
    return metadata_from_mapping(str(path), values)


def is_sidecar(path: Path) -> bool:
    """True for ``*.meta.json`` files, which describe other files and are not documents."""
    return path.name.endswith(SIDECAR_SUFFIX)


def parse_published(item: str, value: str) -> tuple[str | None, str]:
    """Normalise a publication date to ``(ISO date, precision)``.

    ``2024-06-03`` and ISO date-times give day precision, ``2024-06`` month, ``2024`` year (the
    normalised value is then ``2024-06`` or ``2024``: no day or month is made up).
    Anything else is refused so that later stages never build on a misread date.
    """
    text = value.strip()
    for pattern, precision in ((r"\d{4}-\d{2}-\d{2}", "day"), (r"\d{4}-\d{2}", "month"), (r"\d{4}", "year")):
        if re.fullmatch(pattern, text):
            padded = text + {"day": "", "month": "-01", "year": "-01-01"}[precision]
            try:
                parsed = date.fromisoformat(padded)
            except ValueError:
                break
            return parsed.isoformat()[: len(text)], precision
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return moment.date().isoformat(), "day"
    except ValueError:
        pass
    raise InputError(item, f"publication date {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY", "correct the date")


def normalize_found_date(value: str | None) -> tuple[str | None, str]:
    """Best-effort reading of a date found inside a file: ``(ISO date or None, precision)``.

    Accepts ISO forms, RFC 2822 (``Mon, 03 Jun 2024 10:00:00 GMT``) and ``3 June 2024`` /
    ``June 3, 2024``. Anything else gives ``(None, "unknown")``: the raw value is still kept.
    """
    if not value:
        return None, "unknown"
    try:
        return parse_published("", value)
    except InputError:
        pass
    try:
        return parsedate_to_datetime(value).date().isoformat(), "day"
    except (TypeError, ValueError, IndexError):
        pass
    for pattern in ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%Y/%m/%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(value.strip(), pattern).date().isoformat(), "day"
        except ValueError:
            continue
    return None, "unknown"


def validate_language(item: str, value: str) -> str:
    """Accept BCP 47-style codes such as ``en``, ``ar`` or ``pt-BR``."""
    if not _LANGUAGE.match(value):
        raise InputError(item, f"language {value!r} is not a language code such as en or ar")
    return value
