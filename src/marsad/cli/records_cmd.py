"""Record commands: ``extract``, ``incidents``, ``claims``, ``export`` and ``eval``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from rich.table import Table

from marsad.cli.app import Context, pass_context
from marsad.cli.render import console, new_table, print_json, progress_bar


@click.command()
@click.argument("document_ids", nargs=-1)
@click.option(
    "--processes", type=click.IntRange(1, 64), default=2, show_default=True, help="Cores for parsing large batches."
)
@pass_context
def extract(ctx: Context, document_ids: tuple[str, ...], processes: int) -> None:
    """Extract incidents and aggregate claims from documents (default: those not yet analysed)."""
    from marsad.extract.pipeline import extract_documents

    progress = progress_bar("extract")
    task = progress.add_task("extract", total=None)
    with ctx.open() as store, progress:
        report = extract_documents(
            store,
            list(document_ids) or None,
            n_process=processes,
            on_total=lambda n: progress.update(task, total=n),
            on_document=lambda _: progress.advance(task),
        )
    table = new_table(
        "Extraction", ("documents", "new incidents", "linked to incidents on record", "claims"), justify="right"
    )
    table.add_row(str(report.documents), str(report.incidents_new), str(report.incidents_linked), str(report.claims))
    console.print(table)


def _date(value: dict[str, Any]) -> str:
    if value["precision"] == "unknown":
        return "unknown"
    return value["start"] if value["precision"] == "day" else f"{value['start']} ({value['precision']})"


def _count(count: dict[str, Any] | None, qualifier: str | None = None) -> str:
    if not count:
        return ""
    if count["best"] is not None and count["low"] == count["best"] == count["high"]:
        return str(count["best"])
    parts = [f"{k} {count[k]:,}" for k in ("low", "best", "high") if count[k] is not None]
    return ", ".join(parts) + (f" ({qualifier})" if qualifier else "")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts (the export contract).")
@pass_context
def incidents(ctx: Context, as_json: bool) -> None:
    """List incidents: who did what to whom, where, when, how many, according to whom."""
    from marsad.extract.pipeline import list_records

    with ctx.open() as store:
        records = list_records(store, "incidents")
    if as_json:
        print_json(records)
        return
    table = new_table(
        f"{len(records)} incidents",
        ("id", "type", "date", "place", "perpetrators", "victims", "children", "sources"),
        overflow="fold",
    )
    for r in records:
        place = ", ".join(x for x in (r["location"]["name"], r["location"]["country"]) if x) or "unknown"
        table.add_row(
            r["id"],
            r["type"],
            _date(r["date"]),
            place,
            ", ".join(p["name"] for p in r["perpetrators"]),
            _count(r["victims"]["count"]),
            ", ".join(r["children"]["roles"]),
            str(len(r["sources"])),
        )
    console.print(table)


@click.command(name="claims")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts (the export contract).")
@pass_context
def claims_command(ctx: Context, as_json: bool) -> None:
    """List aggregate claims: figures a source states, kept apart from incidents."""
    from marsad.extract.pipeline import list_records

    with ctx.open() as store:
        records = list_records(store, "claims")
    if as_json:
        print_json(records)
        return
    table = new_table(
        f"{len(records)} claims",
        ("id", "type", "count", "unit", "period", "perpetrators", "according to"),
        overflow="fold",
    )
    for r in records:
        table.add_row(
            r["id"],
            r["type"],
            _count(r["count"], r["qualifier"]),
            r["unit"] or "",
            _date(r["period"]),
            ", ".join(p["name"] for p in r["perpetrators"]),
            r["attributed_to"] or "",
        )
    console.print(table)


@click.command()
@click.argument("kind", type=click.Choice(["incidents", "claims"]))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson"]), default="jsonl", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write (standard output if omitted).",
)
@pass_context
def export(ctx: Context, kind: str, fmt: str, output: Path | None) -> None:
    """Export incidents or claims as JSON Lines, CSV or GeoJSON."""
    from marsad.extract.export import render
    from marsad.extract.pipeline import list_records

    with ctx.open() as store:
        text = render(list_records(store, kind), fmt)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        console.print(f"wrote {output}")


@click.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--split", help="Score only records of this split (e.g. dev or heldout).")
@click.option("--misses", "show_misses", is_flag=True, help="Also list each report where extraction and gold differ.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
def eval_command(gold: Path, split: str | None, show_misses: bool, as_json: bool) -> None:
    """Score extraction against a gold set: precision, recall, F1 per record type and per field."""
    from marsad.extract.evaluate import evaluate_file

    scores = evaluate_file(gold, split)
    if as_json:
        print_json(scores)
        return
    table = Table(
        title=f"Extraction against {gold.name}" + (f" ({split})" if split else "") + f": {scores['reports']} reports"
    )
    for name in ("record", "gold", "found", "matched", "precision", "recall", "F1"):
        table.add_column(name, justify="right")
    for kind in ("incidents", "claims"):
        s = scores[kind]
        table.add_row(
            kind,
            str(s["gold"]),
            str(s["predicted"]),
            str(s["matched"]),
            f"{s['precision']:.3f}",
            f"{s['recall']:.3f}",
            f"{s['f1']:.3f}",
        )
    console.print(table)
    fields = new_table("Field accuracy on matched records", ("field", "correct", "of", "accuracy"), justify="right")
    for name, s in scores["fields"].items():
        fields.add_row(name, str(s["correct"]), str(s["total"]), f"{s['accuracy']:.3f}" if s["total"] else "-")
    console.print(fields)
    _print_by_type(scores["by_type"])
    if show_misses:
        _print_misses(scores["misses"])


def _print_by_type(by_type: dict) -> None:
    table = new_table("By type", ("record", "type", "gold", "found", "matched", "F1"), justify="right")
    for kind, types in by_type.items():
        for event_type, s in types.items():
            table.add_row(kind, event_type, str(s["gold"]), str(s["predicted"]), str(s["matched"]), f"{s['f1']:.3f}")
    console.print(table)


def _print_misses(misses: list[dict]) -> None:
    table = new_table("Where extraction and gold differ", ("report", "record", "what", "gold", "extraction"))
    for miss in misses:
        if "field" in miss:
            table.add_row(miss["report"], miss["kind"], miss["field"], str(miss["expected"]), str(miss["found"]))
        else:
            table.add_row(miss["report"], miss["kind"], "types", ", ".join(miss["gold"]), ", ".join(miss["predicted"]))
    console.print(table)


COMMANDS = [extract, incidents, claims_command, export, eval_command]
