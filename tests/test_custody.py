"""`marsad custody verify` recomputes the chain, each evidence row and each blob, and names what changed."""

from __future__ import annotations

import json

import pytest
from conftest import REPORT


@pytest.fixture
def stored(marsad, write):
    marsad("ingest", str(write("one.txt", REPORT)), "--outlet", "Sahel Dispatch")
    marsad("ingest", str(write("two.txt", REPORT.replace("12", "14"))))
    marsad("ingest", str(write("copy.txt", REPORT)))
    return marsad


def problems(marsad):
    result = marsad("custody", "verify", "--json", expect=1)
    return json.loads(result.stdout)["problems"]


def test_clean_store_verifies(stored):
    report = stored.json("custody", "verify")
    assert report["ok"] and report["documents"] == 2 and report["captures"] == 3 and report["blobs"] == 2
    assert report["entries"] == 6  # source, 2 documents, 3 captures
    assert "OK" in stored("custody", "verify").stdout


def test_edited_document_row_is_named(stored):
    doc_id = stored.sql("SELECT id FROM documents WHERE text LIKE '%14 teachers%'")[0][0]
    stored.sql("UPDATE documents SET text = replace(text, '14', '41') WHERE id = ?", doc_id)
    found = problems(stored)
    assert found == [{"kind": "document", "item": doc_id, "problem": found[0]["problem"]}]
    assert "row altered since custody entry" in found[0]["problem"]
    assert doc_id in stored("custody", "verify", expect=1).stdout


def test_edited_custody_entry_is_named(stored):
    stored.sql("UPDATE custody_log SET actor = 'someone-else@elsewhere' WHERE seq = 3")
    assert problems(stored) == [
        {"kind": "custody", "item": "entry #3", "problem": "altered after it was written (hash mismatch)"}
    ]


def test_deleted_custody_entry_breaks_the_chain(stored):
    stored.sql("DELETE FROM custody_log WHERE seq = 4")
    found = problems(stored)
    assert {"kind": "custody", "item": "entry #5", "problem": "entries 4..4 are missing"} in found
    assert any("has no custody entry" in p["problem"] for p in found)


def test_deleted_document_row_is_named(stored):
    stored.sql("PRAGMA foreign_keys=OFF")
    doc_id = stored.sql("SELECT id FROM documents WHERE text LIKE '%14 teachers%'")[0][0]
    stored.sql("DELETE FROM captures WHERE document_id = ?", doc_id)
    stored.sql("DELETE FROM documents WHERE id = ?", doc_id)
    found = {(p["kind"], p["item"]) for p in problems(stored)}
    assert ("document", doc_id) in found


def test_altered_blob_is_named(stored):
    digest = stored.sql("SELECT blob_sha256 FROM documents WHERE text LIKE '%14 teachers%'")[0][0]
    path = stored.blobs / "sha256" / digest[:2] / digest[2:4] / digest
    path.chmod(0o644)
    path.write_bytes(path.read_bytes().replace(b"14", b"41"))
    found = problems(stored)
    assert len(found) == 1 and found[0]["kind"] == "blob" and found[0]["item"] == digest
    assert "content altered" in found[0]["problem"]


def test_missing_blob_is_named(stored):
    digest = stored.sql("SELECT blob_sha256 FROM documents LIMIT 1")[0][0]
    (stored.blobs / "sha256" / digest[:2] / digest[2:4] / digest).unlink()
    found = problems(stored)
    assert found[0]["item"] == digest and "missing" in found[0]["problem"]


def test_blobs_are_read_only(stored):
    digest = stored.sql("SELECT blob_sha256 FROM documents LIMIT 1")[0][0]
    mode = (stored.blobs / "sha256" / digest[:2] / digest[2:4] / digest).stat().st_mode
    assert mode & 0o222 == 0


def test_custody_log_lists_entries(stored):
    entries = stored.json("custody", "log")
    assert [e["seq"] for e in entries] == [1, 2, 3, 4, 5, 6]
    assert entries[1]["action"] == "document.stored" and "row_digest" in entries[1]["details"]
    assert all(e["prev_hash"] == p["entry_hash"] for p, e in zip(entries, entries[1:], strict=False))
