"""Shared fixtures: a fresh database path and a CLI runner that always talks to it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from marsad.cli import cli

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples" / "corpus"


class Marsad:
    """Runs ``marsad --db <tmp db> ...`` in-process and reads the database back."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.runner = CliRunner()

    def __call__(self, *args: str, expect: int | None = 0) -> Result:
        result = self.runner.invoke(cli, ["--db", str(self.db), *args], catch_exceptions=False)
        if expect is not None:
            assert result.exit_code == expect, (
                f"exit {result.exit_code}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
            )
        return result

    def json(self, *args: str) -> Any:
        return json.loads(self(*args, "--json").stdout)

    def json_fail(self, *args: str) -> Any:
        """JSON output of a command expected to exit 1."""
        return json.loads(self(*args, "--json", expect=1).stdout)

    def sql(self, query: str, *params: Any) -> list[tuple]:
        with sqlite3.connect(self.db) as conn:
            rows = conn.execute(query, params).fetchall()
        conn.close()
        return rows

    @property
    def blobs(self) -> Path:
        return self.db.with_name(self.db.stem + ".blobs")


@pytest.fixture
def marsad(tmp_path: Path) -> Marsad:
    """A CLI bound to a database file in a fresh temporary folder."""
    return Marsad(tmp_path / "db" / "marsad.db")


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """Write a file under ``tmp_path/in`` (text or bytes) and return its path."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode(encoding)
        path.write_bytes(data)
        return path

    return _write


@pytest.fixture
def extract_report(marsad: Marsad, write: Callable[..., Path]) -> Callable[..., None]:
    """Ingest one report (written under the test's folder) and run extraction on the database."""

    def _extract(text: str, published: str | None = None, name: str = "report.txt") -> None:
        marsad("ingest", str(write(name, text)), *(["--published", published] if published else []))
        marsad("extract")

    return _extract


REPORT = (
    "Gunmen abduct 12 teachers in Gwoza\n\n"
    "Gunmen abducted 12 teachers from a school in Gwoza, Borno State, on Monday, officials said. "
    "The attackers arrived on motorbikes shortly after dawn and forced the staff into trucks.\n"
)
