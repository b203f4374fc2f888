"""Shared terminal output: consoles, tables and JSON printing."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table


def _width(stream: object) -> int | None:
    """Terminals report their own width; pipes and files get a roomy one (or $COLUMNS)."""
    isatty = getattr(stream, "isatty", lambda: False)
    return None if isatty() else int(os.environ.get("COLUMNS", "140"))


console = Console(highlight=False, width=_width(sys.stdout))
err_console = Console(stderr=True, highlight=False, width=_width(sys.stderr))


def say_failure(detail: str) -> None:
    """One line on standard error for an item that failed."""
    err_console.print(f"[red]failed[/]: {escape(detail)}", soft_wrap=True)


def print_json(value: Any) -> None:
    """Write ``value`` as indented JSON to standard output (no colours, for scripts)."""
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False, default=str) + "\n")


def short(text: str | None, width: int = 60) -> str:
    """One line of at most ``width`` characters."""
    if not text:
        return ""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def published_label(row: dict[str, Any]) -> str:
    """How a document's publication date reads in a table: the given value, or ``unknown``."""
    return row.get("published_date") or row.get("published") or "unknown"


def new_table(title: str, columns: tuple[str, ...], **column_options: Any) -> Table:
    """A table with these column headings, each column created with ``column_options``."""
    table = Table(title=title)
    for name in columns:
        table.add_column(name, **column_options)
    return table


def custody_table(entries: list[dict[str, Any]], title: str) -> Table:
    """Custody entries as a table: sequence, time, actor, action, subject, hash prefix."""
    table = new_table(title, ("#", "at", "actor", "action", "subject", "hash"), overflow="fold")
    for e in entries:
        table.add_row(str(e["seq"]), e["at"], e["actor"], e["action"], e["subject_id"], e["entry_hash"][:16])
    return table


def progress_bar(label: str) -> Progress:
    """A progress bar on standard error for long work (silent when that is not a terminal)."""
    return Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
        disable=not err_console.is_terminal,
    )
