"""Generate the synthetic media that `make demo` feeds to `marsad media add` and `marsad match`.

    python samples/make_media.py OUTPUT_FOLDER

Writes `releases/` (four generated pictures and a 24-second video with a soundtrack, standing in
for known propaganda releases) and `incoming/` (re-uploads: a cropped and logo-stamped copy, a
mirrored copy, a letterboxed copy, a 10-second clip, the same soundtrack under new pictures, and an
unrelated picture). Nothing here is, or depicts, real material.
"""

from __future__ import annotations

import sys
from pathlib import Path

from marsad.media import synthetic


def main(out: Path) -> None:
    releases, incoming = out / "releases", out / "incoming"
    releases.mkdir(parents=True, exist_ok=True)
    incoming.mkdir(parents=True, exist_ok=True)
    for seed in range(4):
        synthetic.scene(seed).save(releases / f"release-photo-{seed}.png")
    synthetic.EDITS["combined"](synthetic.scene(1)).save(incoming / "reupload-cropped-logo.jpg", quality=80)
    synthetic.EDITS["mirror"](synthetic.scene(2)).save(incoming / "reupload-mirrored.png")
    synthetic.EDITS["letterbox_15"](synthetic.scene(3)).save(incoming / "reupload-letterboxed.png")
    synthetic.scene(4242).save(incoming / "unrelated-photo.png")
    video = releases / "release-video.mp4"
    synthetic.write_video(str(video), 11, 24, width=640, height=360, fps=25, audio_seed=21)
    synthetic.transcode(str(video), str(incoming / "clip-10s.mp4"), start=8, duration=10, height=240)
    synthetic.write_video(
        str(incoming / "new-pictures-same-nasheed.mp4"), 12, 20, width=480, height=270, fps=25, audio_seed=21
    )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "demo/media"))
