"""Matching a media file's signals against everything stored: images, video segments, soundtracks.

Results follow the `marsad match --json` contract: one entry per matched media item and signal,
best first, with the Hamming distance (or audio bit error) and a score in 0..1, and aligned
segments in seconds for video and audio.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from statistics import median
from typing import Any

from sqlalchemy import select

from marsad.errors import MarsadError
from marsad.media.audio import AudioPrint, match_prints
from marsad.media.index import HashIndex
from marsad.media.signals import MediaSignals
from marsad.storage import Store
from marsad.storage.schema import bank_entries, banks, media, media_signals

DEFAULT_THRESHOLDS: dict[str, float] = {"pdq": 31, "vpdq": 31, "audio": 0.30}
MIN_QUALITY = 50
FRAME_SECONDS = 1.0


@dataclass
class Segment:
    """An aligned stretch: query seconds and the reference seconds they match."""

    query_start: float
    query_end: float
    ref_start: float
    ref_end: float


@dataclass
class Match:
    """One stored media item that a query matches through one signal."""

    media_id: str
    sha256: str
    title: str | None
    bank: str | None
    signal: str
    distance: float
    score: float
    segments: list[Segment] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The contract's JSON object."""
        return asdict(self)


@dataclass
class _Candidate:
    signal: str
    distance: float
    score: float
    segments: list[Segment] = field(default_factory=list)


class Matcher:
    """Looks signals up in one database's indexes, honouring bank membership and thresholds."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.indexes = {"pdq": HashIndex(store, "pdq"), "vpdq": HashIndex(store, "vpdq")}
        self._audio: list[tuple[str, AudioPrint]] | None = None

    def refresh(self) -> None:
        """Pick up signals committed since the indexes were opened."""
        for index in self.indexes.values():
            index.catch_up()
        self._audio = None

    def match(self, signals: MediaSignals, bank: str | None = None) -> list[Match]:
        """Every stored item the file matches, best first (empty when nothing matches)."""
        scope = self._scope(bank)
        radius = {
            k: max([DEFAULT_THRESHOLDS[k]] + [t[k] for t in scope.thresholds.values()]) for k in DEFAULT_THRESHOLDS
        }
        found: dict[tuple[str, str], _Candidate] = {}
        for media_id in self._exact(signals.sha256):
            found[(media_id, "sha256")] = _Candidate("sha256", 0, 1.0)
        if signals.kind == "image":
            self._match_image(signals, int(radius["pdq"]), found)
        if signals.frames:
            self._match_frames(signals, int(radius["vpdq"]), found)
        if signals.audio is not None:
            self._match_audio(signals.audio, radius["audio"], found)
        return self._report(found, scope)

    # -- per signal -----------------------------------------------------------------------

    def _exact(self, sha256: str) -> list[str]:
        with self.store.reader() as conn:
            return list(conn.execute(select(media.c.id).where(media.c.sha256 == sha256)).scalars())

    def _match_image(self, signals: MediaSignals, radius: int, found: dict) -> None:
        usable = [h for h in signals.query or signals.reference[:1] if h.quality >= MIN_QUALITY or h.variant == "full"]
        hits = self.indexes["pdq"].search([h.hash for h in usable], radius)
        rows = self._signal_rows({row for per_query in hits for row, _ in per_query})
        best: dict[str, int] = {}
        for per_query in hits:
            for row, distance in per_query:
                media_id = rows[row][0]
                best[media_id] = min(distance, best.get(media_id, 999))
        for media_id, distance in best.items():
            found[(media_id, "pdq")] = _Candidate("pdq", distance, round(1 - distance / 256, 4))

    def _match_frames(self, signals: MediaSignals, radius: int, found: dict) -> None:
        frames = [f for f in signals.frames if f.quality >= MIN_QUALITY] or signals.frames
        hits = self.indexes["vpdq"].search([f.hash for f in frames], radius)
        rows = self._signal_rows({row for per_query in hits for row, _ in per_query})
        pairs: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        for frame, per_query in zip(frames, hits, strict=True):
            for row, distance in per_query:
                media_id, _variant, ref_t = rows[row]
                pairs[media_id].append((frame.timestamp, ref_t, distance))
        ref_counts = self._frame_counts(list(pairs))
        for media_id, media_pairs in pairs.items():
            candidate = _align_frames(media_pairs, len(frames), ref_counts.get(media_id, 1))
            if candidate is not None:
                found[(media_id, "vpdq")] = candidate

    def _match_audio(self, query: AudioPrint, max_error: float, found: dict) -> None:
        for media_id, reference in self._audio_prints():
            result = match_prints(query, reference)
            if result is None or result.bit_error > max_error:
                continue
            segment = Segment(result.query_start, result.query_end, result.ref_start, result.ref_end)
            found[(media_id, "audio")] = _Candidate(
                "audio", result.bit_error, round(1 - result.bit_error, 4), [segment]
            )

    # -- lookups --------------------------------------------------------------------------

    def _signal_rows(self, row_ids: set[int]) -> dict[int, tuple[str, str, float]]:
        out: dict[int, tuple[str, str, float]] = {}
        ids = sorted(row_ids)
        with self.store.reader() as conn:
            for start in range(0, len(ids), 900):
                query = select(media_signals.c.id, media_signals.c.media_id, media_signals.c.variant, media_signals.c.t)
                for row_id, media_id, variant, when in conn.execute(
                    query.where(media_signals.c.id.in_(ids[start : start + 900]))
                ):
                    out[row_id] = (media_id, variant, when or 0.0)
        return out

    def _frame_counts(self, media_ids: list[str]) -> dict[str, int]:
        if not media_ids:
            return {}
        from sqlalchemy import func

        query = (
            select(media_signals.c.media_id, func.count())
            .where(media_signals.c.signal == "vpdq")
            .where(media_signals.c.media_id.in_(media_ids))
            .group_by(media_signals.c.media_id)
        )
        with self.store.reader() as conn:
            return {row[0]: int(row[1]) for row in conn.execute(query)}

    def _audio_prints(self) -> list[tuple[str, AudioPrint]]:
        if self._audio is None:
            query = select(media_signals.c.media_id, media_signals.c.value, media_signals.c.t).where(
                media_signals.c.signal == "audio"
            )
            with self.store.reader() as conn:
                self._audio = [
                    (media_id, AudioPrint.from_text(value, when)) for media_id, value, when in conn.execute(query)
                ]
        return self._audio

    def _scope(self, bank: str | None) -> _Scope:
        with self.store.reader() as conn:
            bank_rows = {
                r.id: (r.name, {**DEFAULT_THRESHOLDS, **json.loads(r.thresholds_json)})
                for r in conn.execute(select(banks))
            }
            membership: dict[str, list[str]] = defaultdict(list)
            for entry in conn.execute(select(bank_entries.c.media_id, bank_entries.c.bank_id)):
                membership[entry.media_id].append(entry.bank_id)
        names = {name: bank_id for bank_id, (name, _) in bank_rows.items()}
        if bank is not None and bank not in names:
            raise MarsadError(f"{bank}: no such bank; list them with `marsad bank list`")
        return _Scope(bank_rows, membership, names.get(bank) if bank else None)

    def _report(self, found: dict[tuple[str, str], _Candidate], scope: _Scope) -> list[Match]:
        details = self._media_details({media_id for media_id, _ in found})
        matches = []
        for (media_id, _signal), candidate in found.items():
            bank_id = scope.bank_for(media_id)
            if scope.only is not None and bank_id is None:
                continue
            limit = (
                scope.thresholds[bank_id][candidate.signal]
                if bank_id and candidate.signal in DEFAULT_THRESHOLDS
                else DEFAULT_THRESHOLDS.get(candidate.signal, 0)
            )
            if candidate.distance > limit:
                continue
            sha256, title = details[media_id]
            matches.append(
                Match(
                    media_id,
                    sha256,
                    title,
                    scope.name(bank_id),
                    candidate.signal,
                    candidate.distance,
                    candidate.score,
                    candidate.segments,
                )
            )
        return sorted(matches, key=lambda m: (-m.score, m.distance, m.media_id))

    def _media_details(self, media_ids: set[str]) -> dict[str, tuple[str, str | None]]:
        if not media_ids:
            return {}
        with self.store.reader() as conn:
            rows = conn.execute(
                select(media.c.id, media.c.sha256, media.c.title).where(media.c.id.in_(sorted(media_ids)))
            )
            return {r.id: (r.sha256, r.title) for r in rows}


@dataclass
class _Scope:
    thresholds_by_bank: dict[str, tuple[str, dict[str, float]]]
    membership: dict[str, list[str]]
    only: str | None

    @property
    def thresholds(self) -> dict[str, dict[str, float]]:
        return {bank_id: values for bank_id, (_, values) in self.thresholds_by_bank.items()}

    def bank_for(self, media_id: str) -> str | None:
        banks_of = self.membership.get(media_id, [])
        if self.only is not None:
            return self.only if self.only in banks_of else None
        return banks_of[0] if banks_of else None

    def name(self, bank_id: str | None) -> str | None:
        return self.thresholds_by_bank[bank_id][0] if bank_id else None


def _align_frames(pairs: list[tuple[float, float, int]], query_frames: int, ref_frames: int) -> _Candidate | None:
    """Find the dominant time offset and the segments that follow it."""
    offsets = Counter(round(ref_t - query_t) for query_t, ref_t, _ in pairs)
    offset, _count = offsets.most_common(1)[0]
    aligned = sorted({(q, r, d) for q, r, d in pairs if abs(r - q - offset) <= 1.5})
    query_seconds = {round(q) for q, _, _ in aligned}
    ref_seconds = {round(r) for _, r, _ in aligned}
    if len(query_seconds) < 3:
        return None
    coverage = max(len(query_seconds) / max(query_frames, 1), len(ref_seconds) / max(ref_frames, 1))
    if coverage < 0.5:
        return None
    segments: list[Segment] = []
    for q, r, _ in aligned:
        if segments and q - segments[-1].query_end <= 2.5:
            segments[-1].query_end = q + FRAME_SECONDS
            segments[-1].ref_end = max(segments[-1].ref_end, r + FRAME_SECONDS)
        else:
            segments.append(Segment(q, q + FRAME_SECONDS, r, r + FRAME_SECONDS))
    distance = float(median(d for _, _, d in aligned))
    return _Candidate("vpdq", distance, round(min(1.0, coverage), 4), segments)
