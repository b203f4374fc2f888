"""The CLI contract: init, documents, show, errors as one line, `python -m marsad`."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPORT, SAMPLES


def test_init_creates_database_and_blob_store(marsad):
    result = marsad("init")
    assert marsad.db.exists() and marsad.blobs.is_dir()
    assert str(marsad.db) in result.stdout


def test_commands_on_a_missing_database_say_to_init(marsad):
    result = marsad("documents", expect=1)
    assert result.stderr.strip() == f"error: {marsad.db}: no Marsad database here; run `marsad --db {marsad.db} init`"


def test_db_from_environment(tmp_path, write, monkeypatch):
    from click.testing import CliRunner

    from marsad.cli import cli

    db = tmp_path / "env.db"
    monkeypatch.setenv("MARSAD_DB", str(db))
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(write("r.txt", REPORT))]).exit_code == 0
    assert db.exists()


def test_documents_table_and_show(marsad, write):
    marsad("ingest", str(write("r.txt", REPORT)), "--outlet", "Sahel Dispatch", "--published", "2024-06-03")
    table = marsad("documents").stdout
    assert "Sahel Dispatch" in table and "2024-06-03" in table and "Gunmen abduct 12 teachers" in table
    doc_id = marsad.json("documents")[0]["id"]
    shown = marsad("show", doc_id[:10]).stdout
    assert doc_id in shown and "forced the staff into trucks" in shown
    assert "document.stored" in shown and "capture.recorded" in shown
    assert "no such document" in marsad("show", "doc_nope", expect=1).stderr


def test_module_entry_point_and_version():
    result = subprocess.run([sys.executable, "-m", "marsad", "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("marsad, version")


def test_bundled_corpus_ingests_cleanly(marsad):
    result = marsad("ingest", str(SAMPLES))
    docs = marsad.json("documents", "--with-text")
    assert len(docs) >= 25
    assert "failed" not in result.stderr
    outlets = {d["outlet"] for d in docs}
    assert len(outlets) >= 8
    palmyra = [d for d in docs if "Palmyra" in d["text"] and "25" in d["text"]]
    assert len({d["outlet"] for d in palmyra}) == 2  # one event, two outlets
    undated = [d for d in docs if d["published_precision"] == "unknown"]
    assert len(undated) == 1 and "Kourfayel" in undated[0]["text"]
    marsad("custody", "verify")
