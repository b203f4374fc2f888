"""``marsad custody``: verify and read the hash-chained custody log."""

from __future__ import annotations

import json
import sys

import click

from marsad.cli.app import Context, pass_context
from marsad.cli.render import console, custody_table, new_table, print_json
from marsad.storage import custody, verify_store


@click.group(name="custody")
def custody_group() -> None:
    """The custody log: who stored what, when, in an unbroken hash chain."""


@custody_group.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@pass_context
def verify(ctx: Context, as_json: bool) -> None:
    """Recompute the hash chain, every evidence row and every blob hash; exit 1 on any problem."""
    with ctx.open() as store:
        report = verify_store(store)
    if as_json:
        print_json(
            {
                "ok": report.ok,
                "entries": report.entries,
                "head_hash": report.head_hash,
                "documents": report.documents,
                "captures": report.captures,
                "media": report.media,
                "blobs": report.blobs,
                "problems": [p.__dict__ for p in report.problems],
            }
        )
    else:
        summary = (
            f"{report.entries} custody entries, {report.documents} documents, {report.media} media, "
            f"{report.captures} captures, {report.blobs} blobs checked"
        )
        if report.ok:
            console.print(f"[green]OK[/]: {summary}; chain head {report.head_hash}")
        else:
            table = new_table(
                f"[red]{len(report.problems)} problem(s)[/] ({summary})", ("kind", "item", "problem"), overflow="fold"
            )
            for p in report.problems:
                table.add_row(p.kind, p.item, p.problem)
            console.print(table)
    if not report.ok:
        sys.exit(1)


@custody_group.command(name="log")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True, help="Newest entries to show.")
@pass_context
def log_command(ctx: Context, as_json: bool, limit: int) -> None:
    """Show the newest custody entries."""
    with ctx.open() as store, store.reader() as conn:
        entries = list(custody.iter_entries(conn))[-limit:]
    if as_json:
        for e in entries:
            e["details"] = json.loads(e.pop("details_json"))
        print_json(entries)
        return
    console.print(custody_table(entries, "Custody log"))


COMMANDS = [custody_group]
