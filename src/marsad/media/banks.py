"""Hash banks: named lists of known media, imported and exported in the formats others use.

Formats (``--format``):

- ``hma-csv``: a CSV with a header. Columns ``signal_type`` (default ``pdq``), ``signal_value``
  (also read from ``hash``, ``pdq``, ``pdq_hash``), ``id`` or ``indicator_id``, ``tags`` (space or
  comma separated); every other column is kept as a label.
- ``plain``: one signal per line, ``HASH`` or ``TYPE HASH`` (``pdq``, ``md5``, ``sha256``), as
  ThreatExchange's local file exchange reads them; ``#`` starts a comment.
- ``json``: a list of objects ``{"signal_type", "signal_value", "labels", ...}`` (``hash`` also
  read); labels such as producer, content type or behaviour are kept whole.
- ``vpdq``: Meta's vPDQ text files, one per video (``frame,hash,quality,timestamp`` lines); a
  folder imports one video per file, and export writes one file per video into a folder.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from marsad.errors import InputError, MarsadError
from marsad.media.hashes import is_pdq_hex
from marsad.media.library import _add_to_bank, bank_id_for, insert_media_row, vpdq_rows
from marsad.media.video import FrameHash, from_vpdq, to_vpdq
from marsad.storage import Store
from marsad.storage.schema import bank_entries, banks, media, media_signals
from marsad.util import canonical_json, sha256_hex, utc_now

FORMATS = ("hma-csv", "plain", "json", "vpdq")
_VALUE_COLUMNS = ("signal_value", "hash", "pdq", "pdq_hash")
_ID_COLUMNS = ("id", "indicator_id")


@dataclass
class Entry:
    """One imported item: its signals and labels."""

    source: str
    pdq: str | None = None
    md5: str | None = None
    sha256: str | None = None
    frames: list[FrameHash] = field(default_factory=list)
    labels: dict[str, Any] = field(default_factory=dict)
    title: str | None = None


def _entry_for(source: str, signal_type: str, value: str, labels: dict[str, Any]) -> Entry:
    kind, value = signal_type.strip().lower(), value.strip().lower()
    entry = Entry(source, labels=labels)
    if kind in ("pdq", "photo_pdq") and is_pdq_hex(value):
        entry.pdq = value
    elif kind in ("md5", "video_md5", "photo_md5") and len(value) == 32:
        entry.md5 = value
    elif kind == "sha256" and len(value) == 64:
        entry.sha256 = value
    else:
        raise InputError(
            source, f"unsupported or malformed signal {signal_type}={value[:70]!r}", "give pdq (64 hex), md5 or sha256"
        )
    return entry


def read_entries(path: Path, fmt: str) -> tuple[list[Entry], list[InputError]]:
    """Parse a bank file (or, for vPDQ, a folder); bad rows are returned as errors, not raised."""
    if fmt == "vpdq":
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        entries, errors = [], []
        for file in files:
            try:
                frames = from_vpdq(str(file), file.read_text(encoding="utf-8"))
                entries.append(Entry(str(file), frames=frames, title=file.stem, labels={"file": file.name}))
            except InputError as exc:
                errors.append(exc)
        return entries, errors
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot be read as UTF-8 text ({exc})", "check the file") from None
    reader = {"hma-csv": _read_csv, "plain": _read_plain, "json": _read_json}.get(fmt)
    if reader is None:
        raise MarsadError(f"{fmt}: unknown bank format; use one of {', '.join(FORMATS)}")
    return reader(str(path), text)


def _read_csv(name: str, text: str) -> tuple[list[Entry], list[InputError]]:
    entries, errors = [], []
    rows = csv.DictReader(io.StringIO(text))
    if not rows.fieldnames or not any(c in rows.fieldnames for c in _VALUE_COLUMNS):
        raise InputError(name, f"CSV has no {'/'.join(_VALUE_COLUMNS)} column", "see docs/media.md for the columns")
    for number, row in enumerate(rows, start=2):
        value = next((row[c] for c in _VALUE_COLUMNS if row.get(c)), "")
        labels = {
            k: v
            for k, v in row.items()
            if k and v not in (None, "") and k not in _VALUE_COLUMNS + ("signal_type", "tags")
        }
        if row.get("tags"):
            labels["tags"] = [t for t in row["tags"].replace(",", " ").split() if t]
        try:
            entries.append(_entry_for(f"{name} line {number}", row.get("signal_type") or "pdq", value, labels))
        except InputError as exc:
            errors.append(exc)
    return entries, errors


def _read_plain(name: str, text: str) -> tuple[list[Entry], list[InputError]]:
    entries, errors = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.replace(",", " ").split()
        kind, value = (parts[0], parts[1]) if len(parts) >= 2 else ("pdq", parts[0])
        try:
            entries.append(_entry_for(f"{name} line {number}", kind, value, {}))
        except InputError as exc:
            errors.append(exc)
    return entries, errors


def _read_json(name: str, text: str) -> tuple[list[Entry], list[InputError]]:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"invalid JSON ({exc.msg} at line {exc.lineno})", "fix the file") from None
    if not isinstance(items, list):
        raise InputError(name, "JSON bank must be a list of objects", "see docs/media.md")
    entries, errors = [], []
    for index, item in enumerate(items):
        source = f"{name} [{index}]"
        try:
            if not isinstance(item, dict):
                raise InputError(source, "entry is not an object", "see docs/media.md")
            labels = item.get("labels") if isinstance(item.get("labels"), dict) else {}
            extra = {
                k: v
                for k, v in item.items()
                if k not in ("signal_type", "signal_value", "hash", "labels", "title", "sha256", "media_id")
            }
            kind = str(item.get("signal_type", "pdq"))
            if kind == "vpdq":
                entry = Entry(source, frames=from_vpdq(source, str(item.get("signal_value", ""))))
                entry.labels = {**extra, **labels}
            else:
                entry = _entry_for(
                    source, kind, str(item.get("signal_value") or item.get("hash") or ""), {**extra, **labels}
                )
            entry.title = item.get("title")
            if isinstance(item.get("sha256"), str) and len(item["sha256"]) == 64:
                entry.sha256 = item["sha256"].lower()
            entries.append(entry)
        except InputError as exc:
            errors.append(exc)
    return entries, errors


def import_bank(store: Store, bank: str, path: Path, fmt: str) -> tuple[int, list[InputError]]:
    """Import a hash list into ``bank`` (created if needed); returns (entries imported, errors)."""
    entries, errors = read_entries(path, fmt)
    bank_id = bank_id_for(store, bank, create=True)
    with store.transaction() as conn:
        for entry in entries:
            media_id = _ensure_entry_media(conn, entry, str(path))
            _add_to_bank(conn, bank_id, media_id, entry.labels)
    return len(entries), errors


def _ensure_entry_media(conn: Connection, entry: Entry, origin: str) -> str:
    identity = entry.sha256 or sha256_hex(
        canonical_json([entry.pdq, entry.md5, [f.hash for f in entry.frames]]).encode()
    )
    media_id = f"med_{identity[:20]}"
    by_hash = None
    if entry.sha256:
        by_hash = conn.execute(select(media.c.id).where(media.c.sha256 == entry.sha256)).scalar()
    if by_hash or conn.execute(select(media.c.id).where(media.c.id == media_id)).scalar():
        return by_hash or media_id
    row = {
        "id": media_id,
        "sha256": entry.sha256,
        "md5": entry.md5,
        "blob_sha256": None,
        "kind": "video" if entry.frames else "hashes",
        "format": None,
        "byte_size": None,
        "width": None,
        "height": None,
        "duration": (entry.frames[-1].timestamp + 1.0) if entry.frames else None,
        "title": entry.title,
        "origin": f"import:{origin}",
        "created_at": utc_now(),
    }
    insert_media_row(conn, row, {"imported_from": origin})
    signal_rows = []
    if entry.pdq:
        signal_rows.append(
            {"media_id": media_id, "signal": "pdq", "variant": "full", "t": None, "value": entry.pdq, "quality": None}
        )
    signal_rows += vpdq_rows(media_id, entry.frames)
    if signal_rows:
        conn.execute(media_signals.insert(), signal_rows)
    return media_id


def bank_members(store: Store, bank: str) -> list[dict[str, Any]]:
    """Every item of ``bank`` with its signals and labels."""
    bank_id = bank_id_for(store, bank)
    with store.reader() as conn:
        rows = (
            conn.execute(
                select(media, bank_entries.c.labels_json)
                .select_from(media.join(bank_entries, bank_entries.c.media_id == media.c.id))
                .where(bank_entries.c.bank_id == bank_id)
                .order_by(bank_entries.c.added_at, media.c.id)
            )
            .mappings()
            .all()
        )
        signals = (
            conn.execute(
                select(media_signals)
                .where(media_signals.c.media_id.in_([r["id"] for r in rows]))
                .order_by(media_signals.c.id)
            )
            .mappings()
            .all()
        )
    by_media: dict[str, list[dict[str, Any]]] = {}
    for s in signals:
        by_media.setdefault(s["media_id"], []).append(dict(s))
    return [{**dict(r), "labels": json.loads(r["labels_json"]), "signals": by_media.get(r["id"], [])} for r in rows]


def export_bank(store: Store, bank: str, fmt: str, target: Path | None) -> str | None:
    """Write ``bank`` in ``fmt``; returns the text when ``target`` is None (vPDQ needs a folder)."""
    members = bank_members(store, bank)
    if fmt == "vpdq":
        if target is None:
            raise MarsadError("vpdq export writes one file per video: give a folder with -o")
        target.mkdir(parents=True, exist_ok=True)
        for member in members:
            frames = [
                FrameHash(int(s["variant"]), s["value"], s["quality"] or 0, s["t"] or 0.0)
                for s in member["signals"]
                if s["signal"] == "vpdq"
            ]
            if frames:
                (target / f"{member['id']}.txt").write_text(to_vpdq(frames), encoding="utf-8")
        return None
    writer = {"hma-csv": _write_csv, "plain": _write_plain, "json": _write_json}.get(fmt)
    if writer is None:
        raise MarsadError(f"{fmt}: unknown bank format; use one of {', '.join(FORMATS)}")
    text = writer(members)
    if target is not None:
        target.write_text(text, encoding="utf-8")
        return None
    return text


def _primary(member: dict[str, Any]) -> tuple[str, str] | None:
    for s in member["signals"]:
        if s["signal"] == "pdq" and s["variant"] == "full":
            return "pdq", s["value"]
    if member.get("md5"):
        return "md5", member["md5"]
    return None


def _write_plain(members: list[dict[str, Any]]) -> str:
    lines = [f"{kind} {value}" for kind, value in filter(None, map(_primary, members))]
    return "".join(line + "\n" for line in lines)


def _write_csv(members: list[dict[str, Any]]) -> str:
    label_keys = sorted({k for m in members for k in m["labels"] if k != "tags"})
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["signal_type", "signal_value", "id", "tags", *label_keys])
    for member in members:
        primary = _primary(member)
        if primary is None:
            continue
        tags = member["labels"].get("tags", [])
        writer.writerow(
            [
                *primary,
                member["id"],
                " ".join(tags) if isinstance(tags, list) else str(tags),
                *(_cell(member["labels"].get(k)) for k in label_keys),
            ]
        )
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _write_json(members: list[dict[str, Any]]) -> str:
    out = []
    for member in members:
        frames = [
            FrameHash(int(s["variant"]), s["value"], s["quality"] or 0, s["t"] or 0.0)
            for s in member["signals"]
            if s["signal"] == "vpdq"
        ]
        primary = _primary(member)
        base = {
            "media_id": member["id"],
            "sha256": member["sha256"],
            "title": member["title"],
            "labels": member["labels"],
        }
        if primary:
            out.append({"signal_type": primary[0], "signal_value": primary[1], **base})
        if frames:
            out.append({"signal_type": "vpdq", "signal_value": to_vpdq(frames), **base})
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"


def list_banks(store: Store) -> list[dict[str, Any]]:
    """Banks with their thresholds and sizes."""
    from sqlalchemy import func

    with store.reader() as conn:
        sizes = dict(conn.execute(select(bank_entries.c.bank_id, func.count()).group_by(bank_entries.c.bank_id)).all())
        return [
            {
                "id": r.id,
                "name": r.name,
                "description": r.description,
                "thresholds": json.loads(r.thresholds_json),
                "entries": int(sizes.get(r.id, 0)),
                "created_at": r.created_at,
            }
            for r in conn.execute(select(banks).order_by(banks.c.name))
        ]
