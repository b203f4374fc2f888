"""Hash banks through the CLI: import/export in HMA CSV, plain, JSON and vPDQ, labels kept, thresholds."""

from __future__ import annotations

import csv
import io
import json

from media_helpers import image

from marsad.media.signals import compute_signals


def test_json_bank_keeps_every_label_and_matches(tmp_path, marsad):
    known = compute_signals(image(tmp_path, "known.png", 11))
    entries = [
        {
            "signal_type": "pdq",
            "signal_value": known.reference[0].hash,
            "title": "Cubs release",
            "labels": {
                "producer": "Media Office North",
                "content_type": "video still",
                "behaviour": ["child executioner", "training camp"],
            },
            "source_list": "partner-7",
        },
        {"hash": "f" * 64, "labels": {"producer": "Other"}},
        {"signal_type": "pdq", "signal_value": "not-a-hash"},
    ]
    (tmp_path / "bank.json").write_text(json.dumps(entries))
    result = marsad("bank", "import", "partner", str(tmp_path / "bank.json"), "--format", "json", expect=1)
    assert "[2]" in result.stderr and "imported 2 entries" in result.stdout
    exported = json.loads(marsad("bank", "export", "partner", "--format", "json").stdout)
    first = next(e for e in exported if e["signal_value"] == known.reference[0].hash)
    assert first["labels"] == {
        "producer": "Media Office North",
        "content_type": "video still",
        "behaviour": ["child executioner", "training camp"],
        "source_list": "partner-7",
    }
    assert first["title"] == "Cubs release"
    # an imported list holds only the whole-picture PDQ; letterbox removal on the query side still finds it
    match = marsad.json("match", str(image(tmp_path, "copy.png", 11, "letterbox_15")))[0]["matches"][0]
    assert match["bank"] == "partner" and match["signal"] == "pdq" and match["sha256"] is None


def test_hma_csv_round_trip_keeps_tags_and_columns(tmp_path, marsad):
    value = compute_signals(image(tmp_path, "a.png", 12)).reference[0].hash
    text = (
        "signal_type,signal_value,indicator_id,tags,producer\n"
        f"pdq,{value},te-991,child_soldiers propaganda,Office A\n"
        f"md5,{'a' * 32},te-992,,\n"
    )
    (tmp_path / "list.csv").write_text(text)
    marsad("bank", "import", "te", str(tmp_path / "list.csv"), "--format", "hma-csv")
    exported = list(csv.DictReader(io.StringIO(marsad("bank", "export", "te", "--format", "hma-csv").stdout)))
    by_type = {row["signal_type"]: row for row in exported}
    assert by_type["pdq"]["signal_value"] == value and by_type["pdq"]["tags"] == "child_soldiers propaganda"
    assert by_type["pdq"]["producer"] == "Office A" and by_type["pdq"]["indicator_id"] == "te-991"
    assert by_type["md5"]["signal_value"] == "a" * 32
    (tmp_path / "again.csv").write_text(marsad("bank", "export", "te", "--format", "hma-csv").stdout)
    marsad("bank", "import", "te-copy", str(tmp_path / "again.csv"), "--format", "hma-csv")
    assert {b["name"]: b["entries"] for b in marsad.json("bank", "list")} == {"te": 2, "te-copy": 2}


def test_plain_list_and_bad_lines(tmp_path, marsad):
    value = compute_signals(image(tmp_path, "a.png", 13)).reference[0].hash
    (tmp_path / "list.txt").write_text(f"# exported list\n{value}\npdq {'0' * 64}\nsha256 {'b' * 64}\npdq xyz\n")
    result = marsad("bank", "import", "plain", str(tmp_path / "list.txt"), "--format", "plain", expect=1)
    assert "line 5" in result.stderr
    lines = marsad("bank", "export", "plain", "--format", "plain").stdout.splitlines()
    assert f"pdq {value}" in lines and len(lines) == 2


def test_bank_scope_and_per_bank_threshold(tmp_path, marsad):
    marsad("bank", "create", "strict", "--pdq-threshold", "0", "--description", "exact copies only")
    marsad("media", "add", str(image(tmp_path, "a.png", 14)), "--bank", "strict")
    marsad("media", "add", str(image(tmp_path, "b.png", 15)), "--bank", "loose")
    edited = image(tmp_path, "edited.png", 14, "crop_10")
    assert marsad.json("match", str(edited), "--bank", "strict")[0]["matches"] == []
    assert marsad.json("match", str(edited))[0]["matches"] == []  # the item's own bank threshold applies
    other = image(tmp_path, "edited-b.png", 15, "crop_10")
    assert marsad.json("match", str(other), "--bank", "strict")[0]["matches"] == []
    assert marsad.json("match", str(other), "--bank", "loose")[0]["matches"][0]["bank"] == "loose"
    assert "no such bank" in marsad("match", str(other), "--bank", "nope", expect=1).stderr
    banks = {b["name"]: b for b in marsad.json("bank", "list")}
    assert banks["strict"]["thresholds"]["pdq"] == 0 and banks["loose"]["thresholds"]["pdq"] == 31
