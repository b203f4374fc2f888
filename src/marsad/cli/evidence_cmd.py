"""Evidence commands: ``init``, ``ingest``, ``documents`` and ``show``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click
from rich.panel import Panel
from rich.table import Table

from marsad.cli.app import Context, pass_context
from marsad.cli.render import (
    console,
    custody_table,
    new_table,
    print_json,
    progress_bar,
    published_label,
    say_failure,
    short,
)
from marsad.errors import InputError, StorageError
from marsad.ingest import IngestOptions, IngestReport, ItemResult, Metadata, ingest_paths
from marsad.ingest.metadata import parse_published, validate_language
from marsad.storage import custody
from marsad.storage.store import Store

_STATUS_STYLE = {"stored": "green", "duplicate": "cyan", "skipped": "yellow", "failed": "red"}


@click.command()
@pass_context
def init(ctx: Context) -> None:
    """Create the database (or upgrade its schema) and the blob store."""
    with ctx.open(create=True) as store:
        revision = store.current_revision()
        console.print(f"Marsad database ready: [bold]{store.location.describe()}[/] (schema {revision})")
        console.print(f"Blob store of originals: {store.location.blob_root}")


def _validated_by(
    check: Callable[[str, str], object],
) -> Callable[[click.Context, click.Parameter, str | None], str | None]:
    """A click callback that runs ``check`` on the option's value and reports its reason."""

    def callback(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is not None:
            try:
                check(f"--{param.name}", value)
            except InputError as exc:
                raise click.BadParameter(exc.reason) from None
        return value

    return callback


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--published", callback=_validated_by(parse_published), help="Publication date YYYY-MM-DD (or YYYY-MM, YYYY)."
)
@click.option("--outlet", help="Outlet or source that published it.")
@click.option("--url", help="Address it was published at.")
@click.option("--title", help="Title.")
@click.option("--author", help="Author or byline.")
@click.option("--language", callback=_validated_by(validate_language), help="Language code, e.g. en, ar, fr.")
@click.option("--max-size", default=50, show_default=True, type=click.IntRange(1, 4096), help="Largest report in MiB.")
@click.option("--allow-partial", is_flag=True, help="Keep truncated HTML pages instead of refusing them.")
@pass_context
def ingest(ctx: Context, paths: tuple[str, ...], max_size: int, allow_partial: bool, **given: str | None) -> None:
    """Preserve reports (text, HTML, JSON, JSON Lines, folders, zip/tar) as evidence.

    Flags override what the files say; a sidecar NAME.meta.json next to a file supplies the same
    fields for batch ingest. Bad items are reported one line each and the rest are stored.
    """
    options = IngestOptions(given=Metadata(**given), max_bytes=max_size << 20, allow_partial=allow_partial)
    with ctx.open(create=True) as store:
        report = _run_with_progress(store, list(paths), options)
    _print_ingest_summary(report)
    if report.failed:
        sys.exit(1)


def _run_with_progress(store: Store, paths: list[str], options: IngestOptions) -> IngestReport:
    progress = progress_bar("ingest")
    task = progress.add_task("ingest", total=None)

    def on_result(result: ItemResult) -> None:
        if result.status == "failed":
            say_failure(result.detail)
        progress.advance(task)

    with progress:
        return ingest_paths(
            store, paths, options, on_result=on_result, on_items=lambda n: progress.update(task, total=n)
        )


def _print_ingest_summary(report: IngestReport) -> None:
    table = Table(title="Ingest summary")
    for status in ("stored", "duplicate", "skipped", "failed"):
        table.add_column(status, justify="right", style=_STATUS_STYLE[status])
    table.add_row(*(str(report.count(s)) for s in ("stored", "duplicate", "skipped", "failed")))
    console.print(table)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.option("--with-text", is_flag=True, help="Include each document's text in --json output.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Show at most this many.")
@pass_context
def documents(ctx: Context, as_json: bool, with_text: bool, limit: int | None) -> None:
    """List stored documents."""
    with ctx.open() as store:
        rows = store.list_documents(limit=limit)
    if as_json:
        print_json([_document_json(r, with_text) for r in rows])
        return
    table = new_table(
        f"{len(rows)} documents",
        ("id", "published", "outlet", "title", "format", "captures"),
        no_wrap=True,
        overflow="ellipsis",
    )
    for r in rows:
        title = r["title"] or short(r["text"], 50)
        table.add_row(
            r["id"], published_label(r), r["outlet"] or "", short(title, 50), r["format"], str(r["captures"] or 0)
        )
    console.print(table)


def _document_json(row: dict[str, Any], with_text: bool) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k not in ("text", "source_id")}
    out["text_length"] = len(row["text"])
    if with_text:
        out["text"] = row["text"]
    return out


@click.command()
@click.argument("record_id")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@pass_context
def show(ctx: Context, record_id: str, as_json: bool) -> None:
    """Show a document (metadata, text, captures, custody trail), a media item, an incident or a claim."""
    if record_id.startswith(("inc_", "clm_")):
        _show_record(ctx, record_id, as_json)
        return
    if record_id.startswith("med_"):
        _show_media(ctx, record_id, as_json)
        return
    with ctx.open() as store:
        doc = store.get_document(record_id)
        if doc is None:
            raise StorageError(f"{record_id}: no such document; list them with `marsad documents`")
        captures = store.captures_of(doc["id"])
        with store.reader() as conn:
            trail = custody.entries_for(conn, [doc["id"]] + [c["id"] for c in captures])
    if as_json:
        for c in captures:
            c["metadata"] = json.loads(c.pop("metadata_json"))
        print_json({"document": doc, "captures": captures, "custody": trail})
        return
    _print_document(doc, captures, trail)


_MEDIA_FIELDS = (
    "id",
    "kind",
    "format",
    "title",
    "sha256",
    "md5",
    "width",
    "height",
    "duration",
    "cluster_id",
    "origin",
)


def _captures_table(captures: list[dict[str, Any]]) -> Table:
    """Every capture of an item: when and from where it was taken in."""
    table = new_table("Captures", ("id", "captured_at", "origin"), overflow="fold")
    for c in captures:
        table.add_row(c["id"], c["captured_at"], c["origin"])
    return table


def _show_media(ctx: Context, media_id: str, as_json: bool) -> None:
    from marsad.media.catalog import get_media

    with ctx.open() as store:
        item = get_media(store, media_id)
        if item is None:
            raise StorageError(f"{media_id}: no such media item; list them with `marsad media`")
        with store.reader() as conn:
            trail = custody.entries_for(conn, [item["id"]] + [c["id"] for c in item["captures"]])
    if as_json:
        print_json({"media": item, "custody": trail})
        return
    meta = Table.grid(padding=(0, 2))
    for key in _MEDIA_FIELDS:
        if item.get(key) is not None:
            meta.add_row(f"[bold]{key}[/]", str(item[key]))
    meta.add_row("[bold]signals[/]", ", ".join(f"{k} {v}" for k, v in sorted(item["signals"].items())))
    for entry in item["banks"]:
        meta.add_row("[bold]bank[/]", f"{entry['bank']} {json.dumps(entry['labels'], ensure_ascii=False)}")
    console.print(Panel(meta, title="Media (not displayed: open the original deliberately)", expand=False))
    console.print(_captures_table(item["captures"]))
    console.print(custody_table(trail, "Custody trail"))


def _show_record(ctx: Context, record_id: str, as_json: bool) -> None:
    from marsad.extract.pipeline import get_record

    with ctx.open() as store:
        record = get_record(store, record_id)
        if record is None:
            raise StorageError(
                f"{record_id}: no such incident or claim; list them with `marsad incidents` or `marsad claims`"
            )
        quotes = []
        for source in record["sources"]:
            doc = store.get_document(source["document_id"])
            text = doc["text"] if doc else ""
            quotes.append(
                [(source["document_id"], field, text[start:end]) for field, (start, end) in source["evidence"].items()]
                + [(source["document_id"], "span", text[start:end]) for start, end in source["spans"]]
            )
    if as_json:
        print_json(record)
        return
    console.print(
        Panel(
            json.dumps({k: v for k, v in record.items() if k != "sources"}, indent=2, ensure_ascii=False),
            title=record["id"],
            expand=False,
        )
    )
    table = new_table("Where each value comes from", ("document", "field", "source text"), overflow="fold")
    for source, rows in zip(record["sources"], quotes, strict=True):
        for document_id, field, quote in rows:
            table.add_row(document_id, field, quote)
        table.add_row("", "[dim]according to[/]", source["attributed_to"] or "[dim]not stated[/]")
        basis = source.get("type_basis")
        if basis and basis["method"] == "nearest_example":
            table.add_row(
                "", "[dim]type from[/]", f"nearest written example ({basis['similarity']:.2f}): {basis['example']}"
            )
    console.print(table)


def _print_document(doc: dict[str, Any], captures: list[dict[str, Any]], trail: list[dict[str, Any]]) -> None:
    meta = Table.grid(padding=(0, 2))
    for label, key in (
        ("id", "id"),
        ("title", "title"),
        ("outlet", "outlet"),
        ("author", "author"),
        ("url", "url"),
        ("language", "language"),
        ("format", "format"),
        ("encoding", "encoding"),
        ("sha256", "content_sha256"),
        ("blob", "blob_sha256"),
        ("record", "record_pointer"),
    ):
        if doc.get(key):
            meta.add_row(f"[bold]{label}[/]", str(doc[key]))
    meta.add_row("[bold]published[/]", f"{published_label(doc)} (precision: {doc['published_precision']})")
    console.print(Panel(meta, title="Document", expand=False))
    console.print(Panel(doc["text"], title=f"Text ({len(doc['text'])} characters)"))
    console.print(_captures_table(captures))
    console.print(custody_table(trail, "Custody trail"))


COMMANDS = [init, ingest, documents, show]
