"""Video and soundtrack matching through the CLI: clips, re-encodes, reused audio, vPDQ lists."""

from __future__ import annotations

import pytest
from media_helpers import video

from marsad.media import synthetic


@pytest.fixture(scope="module")
def clips(tmp_path_factory):
    folder = tmp_path_factory.mktemp("videos")
    release = video(folder, "release.mp4", seed=3, seconds=16, audio_seed=40)
    synthetic.transcode(str(release), str(folder / "clip.mp4"), start=5, duration=7, height=120)
    synthetic.transcode(str(release), str(folder / "reencoded.mp4"), height=144)
    video(folder, "new-picture.mp4", seed=77, seconds=16, audio_seed=40)
    video(folder, "unrelated.mp4", seed=78, seconds=12, audio_seed=41)
    return folder


def _by_signal(result):
    return {m["signal"]: m for m in result["matches"]}


def test_clip_reencode_and_reused_soundtrack(clips, marsad):
    marsad("media", "add", str(clips / "release.mp4"), "--title", "Release", "--bank", "known")
    results = marsad.json(
        "match",
        str(clips / "clip.mp4"),
        str(clips / "reencoded.mp4"),
        str(clips / "new-picture.mp4"),
        str(clips / "unrelated.mp4"),
    )
    clip, reencoded, new_picture, unrelated = results
    segment = _by_signal(clip)["vpdq"]["segments"][0]
    assert abs(segment["ref_start"] - 5) <= 1.5 and abs(segment["query_start"]) <= 1
    assert segment["query_end"] - segment["query_start"] >= 5
    assert "audio" in _by_signal(clip)
    assert _by_signal(reencoded)["vpdq"]["score"] >= 0.8
    assert set(_by_signal(new_picture)) == {"audio"}
    assert _by_signal(new_picture)["audio"]["segments"][0]["query_end"] >= 10
    assert unrelated["matches"] == []
    assert all(m["title"] == "Release" and m["bank"] == "known" for r in results[:3] for m in r["matches"])


def test_video_hash_json_has_vpdq_frames_and_audio(clips, marsad):
    item = marsad.json("hash", str(clips / "release.mp4"))[0]
    assert item["kind"] == "video" and 15 <= len(item["vpdq"]) <= 17
    assert [f["timestamp"] for f in item["vpdq"][:3]] == sorted(f["timestamp"] for f in item["vpdq"][:3])
    assert item["audio"]["items"] > 100


def test_vpdq_export_and_import_round_trip(clips, marsad, tmp_path):
    marsad("media", "add", str(clips / "release.mp4"), "--bank", "source")
    marsad("bank", "export", "source", "--format", "vpdq", "-o", str(tmp_path / "lists"))
    files = list((tmp_path / "lists").iterdir())
    assert len(files) == 1 and files[0].read_text().count("\n") >= 15
    first = files[0].read_text().splitlines()[0].split(",")
    assert first[0] == "0" and len(first[1]) == 64 and first[3] == "0.000"
    other = type(marsad)(tmp_path / "other.db")
    other("bank", "import", "imported", str(tmp_path / "lists"), "--format", "vpdq")
    matches = other.json("match", str(clips / "clip.mp4"))[0]["matches"]
    assert matches[0]["signal"] == "vpdq" and matches[0]["bank"] == "imported"


def test_bad_video_files(clips, marsad, tmp_path):
    data = (clips / "release.mp4").read_bytes()
    folder = tmp_path / "in"
    folder.mkdir()
    synthetic.write_video(str(folder / "stream.mkv"), 5, 10, width=320, height=180, fps=10)
    whole = (folder / "stream.mkv").read_bytes()
    (folder / "stream.mkv").write_bytes(whole[: len(whole) * 2 // 3])  # cut short: what decoded is kept
    (folder / "truncated.mp4").write_bytes(data[: len(data) // 2])  # its index (moov) is lost
    (folder / "really-a-video.jpg").write_bytes(data)
    (folder / "zero.mp4").write_bytes(b"")
    result = marsad("media", "add", str(folder), expect=1)
    failures = [line for line in result.stderr.splitlines() if line.startswith("failed")]
    assert len(failures) == 2
    assert any("truncated.mp4" in line and "truncated or corrupt" in line for line in failures)
    assert any("zero.mp4" in line and "empty file" in line for line in failures)
    kinds = {m["origin"].rsplit("/", 1)[-1]: (m["kind"], m["duration"]) for m in marsad.json("media")}
    assert kinds["really-a-video.jpg"][0] == "video" and kinds["stream.mkv"][0] == "video"


def test_webm_and_mov_containers(tmp_path, marsad):
    synthetic.write_video(str(tmp_path / "a.webm"), 31, 4, width=160, height=96, fps=10, codec="libvpx")
    synthetic.write_video(str(tmp_path / "b.mov"), 32, 4, width=160, height=96, fps=10)
    items = {
        i["file"].rsplit("/", 1)[-1]: i for i in marsad.json("hash", str(tmp_path / "a.webm"), str(tmp_path / "b.mov"))
    }
    assert items["a.webm"]["kind"] == "video" and len(items["a.webm"]["vpdq"]) >= 3
    assert items["b.mov"]["kind"] == "video" and len(items["b.mov"]["vpdq"]) >= 3
