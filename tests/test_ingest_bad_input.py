"""Bad input never crashes a batch: one line per bad item, good items stored, exit code 1, no half-writes."""

from __future__ import annotations

import os

import pytest
from conftest import REPORT

from marsad.errors import MarsadError
from marsad.ingest import ingest_paths
from marsad.storage import Store, custody, verify_store

TRUNCATED_HTML = "<!DOCTYPE html><html><head><title>Cut</title></head><body><article><p>Gunmen abducted twelve teach"


def test_mixed_folder_stores_good_items_and_names_each_bad_one(marsad, write, tmp_path):
    folder = write("good.txt", REPORT).parent
    write(
        "sub/also-good.html",
        "<html><body><article><p>" + "Militants burned a clinic in the town. " * 5 + "</p></article></body></html>",
    )
    bad = {
        "junk.txt": os.urandom(64) + b"\x00\x01\x02" * 200,
        "empty.txt": b"",
        "blank.txt": b"   \n\n  ",
        "photo.txt": b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
        "cut.html": TRUNCATED_HTML.encode(),
        "broken.json": b'{"text": "unterminated',
        "scalar.json": b"42",
        "empty.jsonl": b"",
        "bad-sidecar.txt": REPORT.encode() + b"x",
        "bad-sidecar.txt.meta.json": b"{not json",
        "bad-date.txt": REPORT.encode() + b"y",
        "bad-date.txt.meta.json": b'{"published": "last Tuesday"}',
    }
    for name, data in bad.items():
        write(name, data)
    os.symlink(tmp_path / "does-not-exist.txt", folder / "dangling.txt")
    result = marsad("ingest", str(folder), str(tmp_path / "missing-folder"), expect=1)
    lines = [line for line in result.stderr.splitlines() if line.startswith("failed")]
    expected = {
        "junk.txt": "binary data",
        "empty.txt": "empty file",
        "blank.txt": "only whitespace",
        "photo.txt": "PNG image",
        "cut.html": "truncated",
        "broken.json": "invalid JSON",
        "scalar.json": "not records",
        "empty.jsonl": "empty file",
        "bad-sidecar.txt.meta.json": "not valid JSON",
        "bad-date.txt.meta.json": "not YYYY-MM-DD",
        "dangling.txt": "cannot be read",
        "missing-folder": "no such file or folder",
    }
    for name, reason in expected.items():
        assert any(name in line and reason in line for line in lines), (name, result.stderr)
    assert len(lines) == len(expected)
    assert len(marsad.json("documents")) == 2
    marsad("custody", "verify")


def test_truncated_html_can_be_kept_on_request(marsad, write):
    path = write("cut.html", TRUNCATED_HTML + " from a school in the north, officials said on Monday afternoon.")
    marsad("ingest", str(path), expect=1)
    marsad("ingest", "--allow-partial", str(path))
    assert len(marsad.json("documents")) == 1


def test_oversized_file_is_refused_with_the_limit(marsad, write):
    path = write("huge.txt", b"Militants attacked the town. " * 40_000)  # ~1.1 MiB
    result = marsad("ingest", "--max-size", "1", str(path), expect=1)
    assert "over the 1 MiB limit" in result.stderr and "--max-size" in result.stderr
    assert marsad.json("documents") == []


def test_invalid_flags_are_usage_errors(marsad, write):
    path = write("r.txt", REPORT)
    assert "YYYY-MM-DD" in marsad("ingest", "--published", "2024-13-45", str(path), expect=2).stderr
    assert "language code" in marsad("ingest", "--language", "english language", str(path), expect=2).stderr


def test_identical_content_is_one_document_with_two_captures(marsad, write):
    first = write("a/report.txt", REPORT)
    second = write("b/copy-of-report.txt", REPORT)
    marsad("ingest", str(first), "--outlet", "First Outlet")
    result = marsad("ingest", str(second), "--url", "https://mirror.example/copy")
    assert "duplicate" in result.stdout
    docs = marsad.json("documents")
    assert len(docs) == 1 and docs[0]["captures"] == 2 and docs[0]["outlet"] == "First Outlet"
    captures = marsad.json("show", docs[0]["id"])["captures"]
    assert {c["origin"] for c in captures} == {str(first), str(second)}
    assert captures[1]["url"] == "https://mirror.example/copy"


def test_failure_inside_an_item_rolls_the_whole_item_back(marsad, write, monkeypatch):
    """A JSON file whose second record fails to store leaves neither record nor custody entry behind."""
    path = write("two.jsonl", '{"text": "Report one about an attack."}\n{"text": "Report two about a raid."}\n')
    marsad("init")
    real_append = custody.append
    calls = {"n": 0}

    def failing_append(conn, action, *args, **kwargs):
        calls["n"] += 1
        if action == "document.stored" and calls["n"] > 2:
            raise MarsadError("disk full (simulated)")
        return real_append(conn, action, *args, **kwargs)

    monkeypatch.setattr(custody, "append", failing_append)
    with Store.open(marsad.db) as store:
        report = ingest_paths(store, [path])
        assert [r.status for r in report.results] == ["failed"]
        assert "disk full" in report.results[0].detail
        monkeypatch.setattr(custody, "append", real_append)
        assert store.list_documents() == []
        assert verify_store(store).ok and verify_store(store).entries == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(marsad, write):
    path = write("locked.txt", REPORT)
    path.chmod(0)
    assert "permission denied" in marsad("ingest", str(path), expect=1).stderr
