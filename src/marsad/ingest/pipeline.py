"""The ingest pipeline: items -> parsed documents -> evidence store, one transaction per item."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import InputError, MarsadError
from marsad.ingest.boilerplate import strip_boilerplate
from marsad.ingest.decode import decode_text
from marsad.ingest.html import looks_like_html, parse_html
from marsad.ingest.items import Item, expand
from marsad.ingest.metadata import Metadata, normalize_found_date
from marsad.ingest.parsed import Parsed, Skipped
from marsad.ingest.records import iter_json, iter_jsonl, parse_records
from marsad.storage import NewDocument, Store, store_document
from marsad.util import sha256_hex

DEFAULT_MAX_BYTES = 50 * (1 << 20)
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class IngestOptions:
    """How to ingest: metadata the user gives, limits and leniency."""

    given: Metadata = field(default_factory=Metadata)
    max_bytes: int = DEFAULT_MAX_BYTES
    allow_partial: bool = False


@dataclass(frozen=True)
class ItemResult:
    """What happened to one item: ``stored``, ``duplicate``, ``skipped`` or ``failed``."""

    item: str
    status: str
    document_id: str | None = None
    detail: str = ""


@dataclass
class IngestReport:
    """Every item's result, in order."""

    results: list[ItemResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        """How many items ended with ``status``."""
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[ItemResult]:
        """The items that could not be ingested."""
        return [r for r in self.results if r.status == "failed"]


def detect_format(name: str, data: bytes) -> str:
    """``html``, ``json``, ``jsonl`` or ``text``, from the name and, failing that, the bytes."""
    lower = name.lower()
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(".json"):
        return "json"
    if lower.endswith((".txt", ".text", ".md")):
        return "text"
    return "html" if looks_like_html(data) else "text"


def parse_item(
    name: str, data: bytes, path: Path | None, options: IngestOptions
) -> list[Parsed | Skipped | InputError]:
    """Parse one item's bytes into documents (several for JSON), skips and per-record errors."""
    fmt = detect_format(name, data)

    def html(item: str, raw: bytes) -> Parsed:
        return parse_html(item, raw, allow_partial=options.allow_partial)

    def referenced(item: str, raw: bytes, file_path: Path) -> Parsed:
        results = parse_item(f"{item} -> {file_path.name}", raw, file_path, options)
        first = results[0] if len(results) == 1 else None
        if isinstance(first, Parsed):
            return first
        if isinstance(first, InputError):
            raise first
        raise InputError(item, "a referenced file must hold one text or HTML document", "reference it directly")

    if fmt == "html":
        return [html(name, data)]
    if fmt in ("json", "jsonl"):
        if not data.strip():
            raise InputError(name, "empty file", "nothing to ingest")
        records = iter_jsonl(name, data) if fmt == "jsonl" else iter_json(name, data)
        base_dir = path.parent if path is not None else None
        return list(parse_records(name, data, records, base_dir, referenced, html))
    return [parse_text(name, data)]


def parse_text(name: str, data: bytes) -> Parsed:
    """A plain-text report: detected encoding, promotional junk removed."""
    text, encoding = decode_text(name, data)
    cleaned = strip_boilerplate(text)
    return Parsed(
        name=name,
        format="text",
        text=cleaned.text,
        content=data,
        original=data,
        found=Metadata(title=headline_of(cleaned.text)),
        encoding=encoding,
        boilerplate_removed=cleaned.removed_chars,
    )


def headline_of(text: str) -> str | None:
    """The first line of a plain-text report when it stands alone as a headline."""
    first, _, rest = text.partition("\n\n")
    if rest.strip() and "\n" not in first and len(first) <= 150 and not first.rstrip().endswith((".", ":")):
        return first.strip()
    return None


def ingest_paths(
    store: Store,
    paths: list[str | Path],
    options: IngestOptions | None = None,
    on_result: Callable[[ItemResult], None] | None = None,
    on_items: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest files, folders and archives; every item gets a result and bad items never stop the batch."""
    options = options or IngestOptions()
    report = IngestReport()

    def record(result: ItemResult) -> None:
        report.results.append(result)
        if on_result:
            on_result(result)

    items, errors = expand(paths, options.max_bytes)
    if on_items:
        on_items(len(items) + len(errors))
    for error in errors:
        record(ItemResult(error.item, "failed", detail=str(error)))
    for item in items:
        for result in ingest_item(store, item, options):
            record(result)
    return report


def ingest_item(store: Store, item: Item, options: IngestOptions) -> list[ItemResult]:
    """Ingest one item atomically: all of its documents are stored, or none."""
    try:
        data = item.read()
        sidecar = item.sidecar()
        parsed = parse_item(item.name, data, item.path, options)
    except InputError as exc:
        return [ItemResult(exc.item, "failed", detail=str(exc))]
    results: list[ItemResult] = []
    ready = [p for p in parsed if isinstance(p, Parsed)]
    try:
        with store.transaction() as conn:
            for doc in ready:
                stored = store_document(conn, _new_document(store, doc, item, sidecar, options.given))
                status = "stored" if stored.created else "duplicate"
                results.append(ItemResult(doc.name, status, stored.document_id))
    except MarsadError as exc:
        return [ItemResult(item.name, "failed", detail=f"{item.name}: {exc}")]
    for other in parsed:
        if isinstance(other, Skipped):
            results.append(ItemResult(other.name, "skipped", detail=other.reason))
        elif isinstance(other, InputError):
            results.append(ItemResult(other.item, "failed", detail=str(other)))
    return results


def _new_document(
    store: Store,
    parsed: Parsed,
    item: Item,
    sidecar: tuple[Metadata, dict] | None,
    given: Metadata,
) -> NewDocument:
    sidecar_meta, sidecar_extra = sidecar if sidecar else (Metadata(), {})
    final = given.over(sidecar_meta.over(parsed.found))
    published_date, precision = normalize_found_date(final.published)
    blob = store.blobs.put(parsed.original)
    provenance = {
        "given": given.as_dict(),
        "sidecar": sidecar_meta.as_dict(),
        "sidecar_labels": sidecar_extra,
        "found": parsed.found.as_dict(),
        "record": parsed.extra,
        "path": str(item.path.resolve()) if item.path else None,
        "container": item.container,
    }
    return NewDocument(
        origin=parsed.name,
        blob_sha256=blob,
        content_sha256=sha256_hex(parsed.content),
        byte_size=len(parsed.content),
        format=parsed.format,
        text=parsed.text,
        record_pointer=parsed.record_pointer,
        encoding=parsed.encoding,
        title=final.title,
        author=final.author,
        published=final.published,
        published_date=published_date,
        published_precision=precision,
        url=final.url,
        canonical_url=parsed.canonical_url,
        site_name=parsed.site_name,
        outlet=final.outlet,
        language=final.language,
        boilerplate_removed=parsed.boilerplate_removed,
        capture_metadata={k: v for k, v in provenance.items() if v},
    )
