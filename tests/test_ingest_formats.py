"""Each input format through `marsad ingest`: text, legacy encodings, HTML, JSON, JSON Lines, archives."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile

from conftest import REPORT


def only_document(marsad):
    docs = marsad.json("documents", "--with-text")
    assert len(docs) == 1
    return docs[0]


def test_plain_text_with_sidecar_metadata(marsad, write):
    path = write("report.txt", REPORT)
    write(
        "report.txt.meta.json",
        json.dumps(
            {
                "published": "2024-06-03",
                "outlet": "Sahel Dispatch",
                "url": "https://example.org/a",
                "language": "en",
                "desk": "west africa",
            }
        ),
    )
    marsad("ingest", str(path))
    doc = only_document(marsad)
    assert doc["text"].startswith("Gunmen abduct 12 teachers")
    assert doc["title"] == "Gunmen abduct 12 teachers in Gwoza"
    assert (doc["published"], doc["published_date"], doc["published_precision"]) == ("2024-06-03", "2024-06-03", "day")
    assert doc["outlet"] == "Sahel Dispatch" and doc["url"] == "https://example.org/a" and doc["language"] == "en"
    capture = marsad.json("show", doc["id"])["captures"][0]
    assert capture["metadata"]["sidecar_labels"] == {"desk": "west africa"}


def test_stem_sidecar_and_flags_override_it(marsad, write):
    path = write("report.txt", REPORT)
    write("report.meta.json", json.dumps({"published": "2024-06-03", "outlet": "Sahel Dispatch"}))
    marsad("ingest", str(path), "--published", "2024-06", "--outlet", "Frontline Wire", "--title", "Given title")
    doc = only_document(marsad)
    assert (doc["published"], doc["published_date"], doc["published_precision"]) == ("2024-06", "2024-06", "month")
    assert doc["outlet"] == "Frontline Wire" and doc["title"] == "Given title"


def test_missing_publication_date_stays_unknown(marsad, write):
    marsad("ingest", str(write("undated.txt", REPORT)))
    doc = only_document(marsad)
    assert doc["published"] is None and doc["published_date"] is None
    assert doc["published_precision"] == "unknown"


def test_legacy_encodings_are_detected(marsad, write):
    french = "Attaque contre le centre de santé de Ménaka : « nos équipes ont été menacées », a déclaré l'ONG. " * 3
    arabic = "قال مرصد حقوقي إن مسلحين اختطفوا عشرات المدنيين من قرية قرب سنجار يوم الأحد الماضي. " * 3
    write("fr.txt", french, encoding="cp1252")
    write("ar.txt", arabic, encoding="cp1256")
    write("utf16.txt", "Militants killed 4 people in a village. " * 3, encoding="utf-16")
    marsad("ingest", str(write("fr.txt", french, encoding="cp1252").parent))
    texts = {d["text"].strip() for d in marsad.json("documents", "--with-text")}
    assert french.strip() in texts and arabic.strip() in texts
    assert ("Militants killed 4 people in a village. " * 3).strip() in texts


def test_promotional_junk_is_stripped_but_original_bytes_kept(marsad, write):
    raw = (
        REPORT + "\nAdvertisement\n\nThe school had reopened a week earlier for exams, a teacher said.\n\n"
        "Share this article\nEditor's Picks\nTen best beaches of the coast\nSubscribe today for just $1 a month\n"
    )
    path = write("promo.txt", raw)
    marsad("ingest", str(path))
    doc = only_document(marsad)
    for junk in ("Advertisement", "Editor's Picks", "beaches", "Subscribe", "Share this"):
        assert junk not in doc["text"]
    assert "reopened a week earlier" in doc["text"]
    assert doc["boilerplate_removed"] > 0
    blob = marsad.blobs / "sha256" / doc["blob_sha256"][:2] / doc["blob_sha256"][2:4] / doc["blob_sha256"]
    assert blob.read_bytes() == path.read_bytes()


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Site | Gunmen burn school</title>
<meta name="author" content="Amina Bello"><meta property="og:site_name" content="Sahel Dispatch">
<meta property="og:title" content="Gunmen burn school in Kourfayel">
<meta property="article:published_time" content="2021-03-02T08:00:00Z">
<link rel="canonical" href="https://sahel-dispatch.example/2021/03/02/school"></head>
<body><nav><a href="/">Home</a> <a href="/world">World news</a> <a href="/sport">Sport</a></nav>
<article><h1>Gunmen burn school in Kourfayel</h1>
<p>Gunmen on motorbikes attacked a primary school in the village of Kourfayel on Tuesday,
killing the headmaster and setting fire to classrooms, an education official said.</p>
<p>Pupils had been sent home before the attack after villagers warned of armed men nearby,
the official said, adding that schools in the area had been repeatedly threatened.</p>
</article><aside><h3>Newsletter</h3><p>Subscribe to our newsletter for just $1 a month.</p></aside>
<footer>&copy; 2021 Sahel Dispatch. All rights reserved.</footer></body></html>"""


def test_html_main_text_and_metadata(marsad, write):
    marsad("ingest", str(write("page.html", PAGE)))
    doc = only_document(marsad)
    assert "killing the headmaster" in doc["text"]
    for junk in ("World news", "newsletter", "All rights reserved"):
        assert junk not in doc["text"]
    assert doc["title"] == "Gunmen burn school in Kourfayel"
    assert doc["author"] == "Amina Bello" and doc["outlet"] == "Sahel Dispatch"
    assert doc["published_date"] == "2021-03-02" and doc["canonical_url"].endswith("/2021/03/02/school")


def test_html_without_date_is_unknown_not_today(marsad, write):
    undated = PAGE.replace('<meta property="article:published_time" content="2021-03-02T08:00:00Z">', "")
    undated = undated.replace("2021/03/02/", "")  # a date in the canonical URL counts as stated
    marsad("ingest", str(write("undated.html", undated)))
    assert only_document(marsad)["published_precision"] == "unknown"


def test_json_array_one_document_per_record_with_labels(marsad, write):
    records = [
        {
            "id": "a1",
            "headline": "Village raided",
            "body": "Gunmen killed 11 men in a raid near Damaturu on Tuesday.",
            "datePublished": "2015-06-11",
            "publisher": {"name": "Conflict Bulletin"},
            "labels": {"verified": False},
        },
        {
            "id": "a2",
            "text": [{"type": "bold", "text": "Update: "}, "two girls were used as bombers in Dikwa."],
            "date": "Tue, 09 Feb 2016 10:00:00 GMT",
            "source": "Conflict Bulletin",
        },
    ]
    marsad("ingest", str(write("feed.json", json.dumps({"records": records}))))
    docs = {d["title"] or d["id"]: d for d in marsad.json("documents", "--with-text")}
    raid = docs["Village raided"]
    assert raid["text"].startswith("Gunmen killed 11 men") and raid["published_date"] == "2015-06-11"
    assert raid["outlet"] == "Conflict Bulletin" and raid["record_pointer"] == "records[0]"
    others = [d for d in docs.values() if d is not raid]
    assert others[0]["text"] == "Update: two girls were used as bombers in Dikwa."
    assert others[0]["published"] == "Tue, 09 Feb 2016 10:00:00 GMT" and others[0]["published_date"] == "2016-02-09"
    capture = marsad.json("show", raid["id"])["captures"][0]
    assert (
        capture["metadata"]["record"]["labels"] == {"verified": False} and capture["metadata"]["record"]["id"] == "a1"
    )


def test_json_lines_bad_line_reported_others_stored(marsad, write):
    lines = [
        json.dumps({"text": "Report one about an attack on a school.", "url": "https://x.example/1"}),
        '{"text": "broken',
        "",
        json.dumps({"text": "Report three about an abduction of teachers."}),
        json.dumps(["not", "an", "object"]),
    ]
    path = write("feed.jsonl", "\n".join(lines))
    result = marsad("ingest", str(path), expect=1)
    assert len(marsad.json("documents")) == 2
    assert f"{path} line 2: invalid JSON" in result.stderr
    assert f"{path} line 5: record is a list" in result.stderr


def test_json_record_path_reads_file_beside_it_and_refuses_escapes(marsad, write, tmp_path):
    write("articles/a.html", PAGE)
    (tmp_path / "secret.txt").write_text("outside text that must never be read")
    records = [
        {"path": "articles/a.html", "outlet": "Given Outlet"},
        {"path": "../secret.txt"},
        {"path": "/etc/passwd"},
        {"file": "articles/../../secret.txt"},
    ]
    path = write("index.json", json.dumps(records))
    result = marsad("ingest", str(path), expect=1)
    docs = marsad.json("documents", "--with-text")
    assert len(docs) == 1 and "headmaster" in docs[0]["text"] and docs[0]["outlet"] == "Given Outlet"
    assert result.stderr.count("refused path") == 3
    assert all("outside text" not in d["text"] for d in docs)


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def test_zip_archive_members_and_hostile_paths(marsad, write, tmp_path):
    archive = write(
        "bundle.zip",
        _zip(
            {
                "reports/one.txt": REPORT.encode(),
                "reports/one.txt.meta.json": b'{"published": "2024-06-03", "outlet": "Zip Outlet"}',
                "../../escape.txt": b"Gunmen escaped the archive.",
                "/abs/path.txt": b"Absolute member.",
            }
        ),
    )
    result = marsad("ingest", str(archive), expect=1)
    docs = marsad.json("documents")
    assert len(docs) == 1 and docs[0]["outlet"] == "Zip Outlet" and docs[0]["published_date"] == "2024-06-03"
    assert result.stderr.count("escapes the archive") == 2
    assert not (tmp_path / "escape.txt").exists() and not (tmp_path.parent / "escape.txt").exists()


def test_tar_archive_refuses_links(marsad, write):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tf:
        info = tarfile.TarInfo("good.txt")
        info.size = len(REPORT.encode())
        tf.addfile(info, io.BytesIO(REPORT.encode()))
        link = tarfile.TarInfo("passwd")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(link)
    result = marsad("ingest", str(write("bundle.tar.gz", buffer.getvalue())), expect=1)
    assert len(marsad.json("documents")) == 1
    assert "links and device files are not read" in result.stderr
