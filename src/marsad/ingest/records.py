"""JSON and JSON Lines: one document per record, with a documented field mapping.

See docs/formats.md for the mapping. The first field present wins:

- text: ``text``, ``body``, ``content``, ``article``, ``full_text``, ``message`` (a string, or a
  list of strings and ``{"text": ...}`` pieces as in chat exports); or ``html`` (a page, extracted
  like an HTML file); or ``path``/``file`` (a file next to the JSON, never outside its folder)
- title: ``title``, ``headline``; author: ``author``, ``byline``, ``authors``
- published: ``published``, ``published_at``, ``date_published``, ``datePublished``, ``pub_date``, ``date``
- url: ``url``, ``link``, ``permalink``; outlet: ``outlet``, ``source``, ``publisher``, ``site_name``
- language: ``language``, ``lang``

Every other field is kept with the capture, so no label is lost.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from marsad.errors import InputError
from marsad.ingest.boilerplate import strip_boilerplate
from marsad.ingest.metadata import Metadata, metadata_from_mapping
from marsad.ingest.parsed import Parsed, Skipped
from marsad.util import canonical_json

TEXT_FIELDS = ("text", "body", "content", "article", "full_text", "message")
FILE_FIELDS = ("path", "file")
FIELD_MAP: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "author": ("author", "byline", "authors"),
    "published": ("published", "published_at", "date_published", "datePublished", "pub_date", "date"),
    "url": ("url", "link", "permalink"),
    "outlet": ("outlet", "source", "publisher", "site_name"),
    "language": ("language", "lang"),
}
CONTAINER_KEYS = ("records", "documents", "items", "articles", "messages")

# Parses a file referenced by a record: (display name, bytes, file path) -> Parsed
FileParser = Callable[[str, bytes, Path], Parsed]


def iter_jsonl(item: str, data: bytes) -> Iterator[tuple[str, bytes, Any]]:
    """Yield ``(pointer, raw line, value or InputError)`` for each non-blank line."""
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        pointer = f"line {number}"
        try:
            yield pointer, line, json.loads(line.decode("utf-8-sig"))
        except UnicodeDecodeError:
            yield pointer, line, InputError(f"{item} {pointer}", "not UTF-8 text", "JSON Lines must be UTF-8")
        except json.JSONDecodeError as exc:
            yield (
                pointer,
                line,
                InputError(f"{item} {pointer}", f"invalid JSON ({exc.msg})", "fix the line; other lines are stored"),
            )


def iter_json(item: str, data: bytes) -> Iterator[tuple[str, bytes, Any]]:
    """Yield ``(pointer, canonical record bytes, record)`` for a JSON object or array."""
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(item, "not UTF-8 text", "JSON must be UTF-8") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            item, f"invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})", "fix the file"
        ) from None
    prefix = ""
    if isinstance(value, dict):
        for key in CONTAINER_KEYS:
            if isinstance(value.get(key), list):
                value, prefix = value[key], f"{key}"
                break
    if isinstance(value, dict):
        yield "record", canonical_json(value).encode("utf-8"), value
        return
    if not isinstance(value, list):
        raise InputError(item, f"JSON holds a {type(value).__name__}, not records", "see docs/formats.md")
    for index, record in enumerate(value):
        yield f"{prefix}[{index}]", canonical_json(record).encode("utf-8"), record


def parse_records(
    item: str,
    data: bytes,
    records: Iterator[tuple[str, bytes, Any]],
    base_dir: Path | None,
    parse_file: FileParser,
    parse_html: Callable[[str, bytes], Parsed],
) -> Iterator[Parsed | Skipped | InputError]:
    """Turn each record into a :class:`Parsed`, a :class:`Skipped` or an :class:`InputError`."""
    for pointer, raw, record in records:
        name = f"{item} {pointer}"
        if isinstance(record, InputError):
            yield record
            continue
        try:
            yield _parse_record(name, pointer, raw, data, record, base_dir, parse_file, parse_html)
        except InputError as exc:
            yield exc


def _parse_record(
    name: str,
    pointer: str,
    raw: bytes,
    original: bytes,
    record: Any,
    base_dir: Path | None,
    parse_file: FileParser,
    parse_html: Callable[[str, bytes], Parsed],
) -> Parsed | Skipped:
    if not isinstance(record, dict):
        raise InputError(name, f"record is a {type(record).__name__}, not a JSON object", "see docs/formats.md")
    found, extra = _record_metadata(name, record)
    file_value = next((record[k] for k in FILE_FIELDS if isinstance(record.get(k), str)), None)
    if file_value is not None:
        target = safe_join(name, base_dir, file_value)
        parsed = parse_file(name, _read_referenced(name, target), target)
        parsed.record_pointer = pointer
    elif isinstance(record.get("html"), str):
        parsed = parse_html(name, record["html"].encode("utf-8"))
        parsed.content, parsed.original, parsed.record_pointer = raw, original, pointer
    else:
        text = _record_text(record)
        if text is None:
            raise InputError(name, "record has no text field", f"give one of {', '.join(TEXT_FIELDS)}, html or path")
        cleaned = strip_boilerplate(text)
        if not cleaned.text:
            return Skipped(name, "record text is empty")
        parsed = Parsed(
            name=name,
            format="json",
            text=cleaned.text,
            content=raw,
            original=original,
            encoding="utf-8",
            record_pointer=pointer,
            boilerplate_removed=cleaned.removed_chars,
        )
    parsed.found = found.over(parsed.found)
    parsed.extra = {k: v for k, v in extra.items() if k not in TEXT_FIELDS + FILE_FIELDS + ("html",)}
    return parsed


def _record_text(record: dict[str, Any]) -> str | None:
    for key in TEXT_FIELDS:
        value = record.get(key)
        if isinstance(value, str):
            return value
        if isinstance(value, list):
            pieces = [p if isinstance(p, str) else str(p.get("text", "")) for p in value if isinstance(p, str | dict)]
            return "".join(pieces)
    return None


def _record_metadata(name: str, record: dict[str, Any]) -> tuple[Metadata, dict[str, Any]]:
    mapped: dict[str, Any] = {}
    for field_name, keys in FIELD_MAP.items():
        for key in keys:
            value = _scalar(record.get(key))
            if value:
                mapped[field_name] = value
                break
    found, _ = metadata_from_mapping(name, mapped, strict=False)
    return found, dict(record)


def _scalar(value: Any) -> str | None:
    if isinstance(value, str | int) and not isinstance(value, bool):
        return str(value).strip() or None
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"].strip() or None
    return None


def safe_join(item: str, base_dir: Path | None, relative: str) -> Path:
    """Resolve a path named inside a record, refusing anything outside ``base_dir``."""
    if base_dir is None:
        raise InputError(
            item,
            f"record names a file ({relative!r}) but the JSON is not in a folder",
            "ingest the JSON file from disk",
        )
    cleaned = relative.replace("\\", "/")
    posix = PurePosixPath(cleaned)
    if posix.is_absolute() or ".." in posix.parts or re.match(r"^[A-Za-z]:", cleaned) or "\x00" in cleaned:
        raise InputError(
            item,
            f"refused path {relative!r}: it escapes the folder of the JSON file",
            "use a relative path inside that folder",
        )
    base = base_dir.resolve()
    target = (base / posix).resolve()
    if not target.is_relative_to(base):
        raise InputError(
            item,
            f"refused path {relative!r}: it leads outside {base} (symbolic link?)",
            "copy the file into the folder",
        )
    return target


def _read_referenced(item: str, target: Path) -> bytes:
    try:
        return target.read_bytes()
    except FileNotFoundError:
        raise InputError(item, f"referenced file {target.name} does not exist", "check the path field") from None
    except OSError as exc:
        raise InputError(
            item, f"referenced file {target.name} cannot be read ({exc.strerror})", "check its permissions"
        ) from None
