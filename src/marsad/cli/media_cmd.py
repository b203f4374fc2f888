"""Media commands: ``media`` (list, add, clusters), ``hash``, ``match`` and ``bank``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from marsad.cli.app import Context, pass_context
from marsad.cli.render import console, new_table, print_json, say_failure, short
from marsad.errors import InputError
from marsad.media.banks import FORMATS, export_bank, import_bank, list_banks
from marsad.media.catalog import list_clusters, list_media
from marsad.media.library import AddOptions, add_media, bank_id_for, iter_media_files
from marsad.media.matching import Matcher
from marsad.media.signals import compute_signals


@click.group(name="media", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def media_group(click_ctx: click.Context, as_json: bool) -> None:
    """Media evidence: list what is stored (add and cluster with the subcommands)."""
    if click_ctx.invoked_subcommand is not None:
        return
    with click_ctx.find_object(Context).open() as store:
        items = list_media(store)
    if as_json:
        print_json(items)
        return
    table = new_table(
        f"{len(items)} media items",
        ("id", "kind", "title", "signals", "banks", "cluster"),
        no_wrap=True,
        overflow="ellipsis",
    )
    for m in items:
        signals = ", ".join(f"{k} {v}" for k, v in sorted(m["signals"].items()))
        table.add_row(
            m["id"],
            m["kind"],
            short(m["title"] or Path(m["origin"]).name, 40),
            signals,
            ", ".join(m["banks"]),
            m["cluster_id"] or "",
        )
    console.print(table)


def _labels(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    labels = {}
    for value in values:
        key, sep, text = value.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{value!r} is not KEY=VALUE")
        labels[key.strip()] = text.strip()
    return labels


@media_group.command(name="add")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--bank", help="Also put the media in this bank (created if needed).")
@click.option("--title", help="Title of the release or item.")
@click.option(
    "--label", "labels", multiple=True, callback=_labels, help="KEY=VALUE label for the bank entry (repeatable)."
)
@pass_context
def media_add(
    ctx: Context, paths: tuple[str, ...], bank: str | None, title: str | None, labels: dict[str, str]
) -> None:
    """Preserve images, videos and audio and compute their signals (PDQ, vPDQ, Chromaprint)."""

    def report(result):
        if result.status == "failed":
            say_failure(result.detail)

    with ctx.open(create=True) as store:
        results = add_media(store, list(paths), AddOptions(bank=bank, title=title, labels=labels), on_result=report)
    table = new_table(
        "Media added", ("file", "status", "media id", "kind", "signals", "cluster"), no_wrap=True, overflow="ellipsis"
    )
    for r in results:
        if r.status != "failed":
            table.add_row(
                short(Path(r.item).name, 40),
                r.status,
                r.media_id or "",
                r.kind or "",
                str(r.signals),
                r.cluster_id or "",
            )
    console.print(table)
    if any(r.status == "failed" for r in results):
        sys.exit(1)


@media_group.command(name="clusters")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@pass_context
def media_clusters(ctx: Context, as_json: bool) -> None:
    """Groups of copies of the same media: one release and its re-uploads."""
    with ctx.open() as store:
        clusters = list_clusters(store)
    if as_json:
        print_json(clusters)
        return
    table = new_table(f"{len(clusters)} clusters", ("cluster", "size", "kind", "members"), overflow="fold")
    for c in clusters:
        table.add_row(
            c["cluster_id"], str(c["size"]), c["kind"], "\n".join(Path(m["origin"]).name for m in c["members"])
        )
    console.print(table)


@click.command(name="hash")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def hash_command(files: tuple[Path, ...], as_json: bool) -> None:
    """Compute signals without storing anything: sha256, md5, PDQ (+quality), vPDQ, audio."""
    out, failed = [], False
    for path in files:
        try:
            out.append(compute_signals(path).as_json())
        except InputError as exc:
            say_failure(str(exc))
            failed = True
    if as_json:
        print_json(out)
    else:
        for item in out:
            pdq = item.get("pdq", {})
            console.print(
                f"{item['file']}  {item['kind']}  sha256 {item['sha256']}  "
                + (f"pdq {pdq['hash']} q{pdq['quality']}" if pdq else "")
            )
    if failed:
        sys.exit(1)


@click.command(name="match")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--bank", help="Only match media in this bank, with its thresholds.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts (the documented contract).")
@pass_context
def match_command(ctx: Context, paths: tuple[str, ...], bank: str | None, as_json: bool) -> None:
    """Find stored media that these files copy: re-encodes, crops, logos, clips, reused soundtracks."""
    results, failed = [], False
    with ctx.open() as store:
        matcher = Matcher(store)
        for item in iter_media_files(list(paths), store):
            try:
                if isinstance(item, InputError):
                    raise item
                signals = compute_signals(item, for_query=True)
                matches = matcher.match(signals, bank)
                results.append(
                    {"query": str(item), "sha256": signals.sha256, "matches": [m.as_json() for m in matches]}
                )
            except InputError as exc:
                say_failure(str(exc))
                failed = True
    if as_json:
        print_json(results)
    else:
        _print_matches(results)
    if failed:
        sys.exit(1)


def _print_matches(results: list[dict]) -> None:
    table = new_table(
        "Matches", ("query", "media id", "title", "bank", "signal", "distance", "score", "segments"), overflow="fold"
    )
    for r in results:
        if not r["matches"]:
            table.add_row(Path(r["query"]).name, "[dim]no match[/]", "", "", "", "", "", "")
        for m in r["matches"]:
            segments = "; ".join(
                f"{s['query_start']:.0f}-{s['query_end']:.0f}s ~ {s['ref_start']:.0f}-{s['ref_end']:.0f}s"
                for s in m["segments"]
            )
            table.add_row(
                Path(r["query"]).name,
                m["media_id"],
                m["title"] or "",
                m["bank"] or "",
                m["signal"],
                f"{m['distance']:g}",
                f"{m['score']:.3f}",
                segments,
            )
    console.print(table)


@click.group(name="bank")
def bank_group() -> None:
    """Hash banks: named lists of known media, with their own match thresholds."""


@bank_group.command(name="create")
@click.argument("name")
@click.option("--description", help="What the bank holds.")
@click.option("--pdq-threshold", type=click.IntRange(0, 128), default=31, show_default=True)
@click.option("--vpdq-threshold", type=click.IntRange(0, 128), default=31, show_default=True)
@click.option(
    "--audio-threshold",
    type=click.FloatRange(0, 0.5),
    default=0.30,
    show_default=True,
    help="Largest audio bit error rate.",
)
@pass_context
def bank_create(
    ctx: Context, name: str, description: str | None, pdq_threshold: int, vpdq_threshold: int, audio_threshold: float
) -> None:
    """Create a bank."""
    with ctx.open(create=True) as store:
        thresholds = {"pdq": pdq_threshold, "vpdq": vpdq_threshold, "audio": audio_threshold}
        bank_id = bank_id_for(store, name, create=True, thresholds=thresholds, description=description)
    console.print(f"bank {name} ({bank_id})")


@bank_group.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@pass_context
def bank_list(ctx: Context, as_json: bool) -> None:
    """List banks with their sizes and thresholds."""
    with ctx.open() as store:
        rows = list_banks(store)
    if as_json:
        print_json(rows)
        return
    table = new_table(f"{len(rows)} banks", ("name", "entries", "thresholds", "description"))
    for b in rows:
        table.add_row(
            b["name"],
            str(b["entries"]),
            ", ".join(f"{k} {v}" for k, v in b["thresholds"].items()),
            b["description"] or "",
        )
    console.print(table)


@bank_group.command(name="export")
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="File (or folder for vpdq); standard output if omitted."
)
@pass_context
def bank_export(ctx: Context, name: str, fmt: str, output: Path | None) -> None:
    """Export a bank as HMA/ThreatExchange CSV, plain hashes, JSON with labels, or vPDQ files."""
    with ctx.open() as store:
        text = export_bank(store, name, fmt, output)
    if text is not None:
        sys.stdout.write(text)


@bank_group.command(name="import")
@click.argument("name")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True)
@pass_context
def bank_import(ctx: Context, name: str, source: Path, fmt: str) -> None:
    """Import a hash list into a bank (created if needed); every label is kept."""
    with ctx.open(create=True) as store:
        count, errors = import_bank(store, name, source, fmt)
    for error in errors:
        say_failure(str(error))
    console.print(f"imported {count} entries into bank {name}" + (f"; {len(errors)} refused" if errors else ""))
    if errors:
        sys.exit(1)


COMMANDS = [media_group, hash_command, match_command, bank_group]
