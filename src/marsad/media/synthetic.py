"""Synthetic media for tests, benchmarks and demos: shapes, gradients, text and tones.

Marsad never ships real propaganda; everything its tests match is made here from a seed, together
with the edits that re-uploaders make (re-encoding, resizing, crops, letterboxes, mirrors, small
rotations, channel logos, brightness changes).
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

WORDS = ("NEWS", "RELEASE", "FRONT", "VOICE", "DAWN", "OFFICE", "MEDIA", "NORTH", "WAVE", "SIGNAL")


def scene(seed: int, width: int = 640, height: int = 480) -> Image.Image:
    """A random picture with a gradient, shapes, lines, text and texture, fixed by ``seed``."""
    rng = np.random.default_rng(seed)
    c1, c2 = rng.integers(0, 256, 3), rng.integers(0, 256, 3)
    ramp = np.linspace(0, 1, width)[None, :, None] if rng.random() < 0.5 else np.linspace(0, 1, height)[:, None, None]
    base = (c1 * (1 - ramp) + c2 * ramp) * np.ones((height, width, 1))
    noise = rng.normal(0, 6, (height // 8 + 1, width // 8 + 1, 1)).repeat(8, 0).repeat(8, 1)[:height, :width]
    image = Image.fromarray(np.clip(base + noise, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for _ in range(int(rng.integers(8, 20))):
        color = tuple(int(v) for v in rng.integers(0, 256, 3))
        x0, y0 = int(rng.integers(0, width)), int(rng.integers(0, height))
        w, h = int(rng.integers(width // 20, width // 3)), int(rng.integers(height // 20, height // 3))
        kind = rng.integers(0, 4)
        if kind == 0:
            draw.rectangle([x0, y0, x0 + w, y0 + h], fill=color)
        elif kind == 1:
            draw.ellipse([x0, y0, x0 + w, y0 + h], fill=color)
        elif kind == 2:
            points = [(int(rng.integers(0, width)), int(rng.integers(0, height))) for _ in range(3)]
            draw.polygon(points, fill=color)
        else:
            draw.line([x0, y0, x0 + w, y0 + h], fill=color, width=int(rng.integers(2, 10)))
    font = ImageFont.load_default(size=int(rng.integers(24, 56)))
    for _ in range(2):
        text = " ".join(rng.choice(WORDS, 2))
        draw.text(
            (int(rng.integers(0, width // 2)), int(rng.integers(0, height - 60))),
            text,
            fill=tuple(int(v) for v in rng.integers(0, 256, 3)),
            font=font,
        )
    return image


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    """Re-encode as JPEG at ``quality``."""
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def crop(image: Image.Image, share: float) -> Image.Image:
    """Cut ``share`` of the width and height from every side."""
    w, h = image.size
    dx, dy = int(w * share), int(h * share)
    return image.crop((dx, dy, w - dx, h - dy))


def letterbox(image: Image.Image, share: float) -> Image.Image:
    """Add black bars above and below, each ``share`` of the height."""
    w, h = image.size
    bar = int(h * share)
    canvas = Image.new("RGB", (w, h + 2 * bar))
    canvas.paste(image, (0, bar))
    return canvas


def logo(image: Image.Image, share: float = 0.2, text: str = "CHANNEL") -> Image.Image:
    """Stamp an opaque channel logo, ``share`` of the width, in the top-right corner."""
    out = image.copy()
    w, h = out.size
    lw, lh = int(w * share), int(w * share * 0.45)
    badge = Image.new("RGB", (lw, lh), (240, 240, 240))
    ImageDraw.Draw(badge).text(
        (lw // 10, lh // 4), text, fill=(200, 20, 20), font=ImageFont.load_default(size=max(10, lh // 3))
    )
    out.paste(badge, (w - lw - w // 40, h // 40))
    return out


EDITS = {
    "jpeg_q30": lambda im: jpeg(im, 30),
    "half_size": lambda im: im.resize((im.width // 2, im.height // 2), Image.Resampling.BILINEAR),
    "crop_5": lambda im: crop(im, 0.05),
    "crop_10": lambda im: crop(im, 0.10),
    "letterbox_15": lambda im: letterbox(im, 0.15),
    "mirror": ImageOps.mirror,
    "rotate_5": lambda im: im.rotate(5, resample=Image.Resampling.BILINEAR),
    "logo_20": lambda im: logo(im, 0.2),
    "brightness_20": lambda im: ImageEnhance.Brightness(im).enhance(1.2),
    "combined": lambda im: jpeg(ImageEnhance.Brightness(logo(crop(im, 0.05), 0.2)).enhance(1.1), 50),
}


def png_bytes(image: Image.Image) -> bytes:
    """The image as PNG bytes."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def melody(seed: int, seconds: float, rate: int = 44100) -> np.ndarray:
    """A mono tune of random notes with harmonics (float32 in [-1, 1]), like a chanted soundtrack."""
    rng = np.random.default_rng(seed)
    out = np.zeros(int(seconds * rate), np.float32)
    position = 0
    scale = 220.0 * 2 ** (np.array([0, 2, 3, 5, 7, 8, 10, 12, 14, 15]) / 12)
    while position < len(out):
        length = int(rate * rng.uniform(0.15, 0.6))
        t = np.arange(min(length, len(out) - position)) / rate
        chord = rng.choice(scale, 2, replace=False) * rng.choice([1, 2])
        tone = sum(np.sin(2 * np.pi * f * t) + 0.4 * np.sin(4 * np.pi * f * t) for f in chord)
        envelope = np.minimum(1, np.minimum(t / 0.02, (t[-1] - t + 1e-3) / 0.05)) if len(t) else t
        out[position : position + len(t)] = 0.25 * tone * envelope
        position += length
    return out + rng.normal(0, 0.01, len(out)).astype(np.float32)


def frames(seed: int, seconds: float, fps: int, width: int, height: int):
    """Yield RGB frames: shots of 3-6 s, each a slowly panning scene with a moving disc."""
    rng = np.random.default_rng(seed)
    total = int(seconds * fps)
    index = 0
    shot = 0
    while index < total:
        length = int(fps * rng.uniform(3, 6))
        backdrop = np.asarray(scene(seed * 1000 + shot, width + width // 4, height + height // 4))
        dx, dy = rng.integers(-1, 2, 2) * (width // 8) // max(length, 1)
        for k in range(min(length, total - index)):
            x0 = int(np.clip(width // 8 + dx * k, 0, width // 4))
            y0 = int(np.clip(height // 8 + dy * k, 0, height // 4))
            frame = backdrop[y0 : y0 + height, x0 : x0 + width].copy()
            cx = int((k * 7 + seed * 13) % width)
            cy = int(height // 2 + height // 4 * np.sin(k / fps))
            frame[max(0, cy - 20) : cy + 20, max(0, cx - 20) : cx + 20] = (250, 250, 40)
            yield frame
            index += 1
        shot += 1


def write_video(
    path: str,
    seed: int,
    seconds: float,
    width: int = 640,
    height: int = 360,
    fps: int = 25,
    audio_seed: int | None = None,
    codec: str = "libx264",
    picture_seed: int | None = None,
) -> None:
    """Encode a synthetic video (H.264 by default) with an optional synthetic soundtrack."""
    import av

    with av.open(path, "w") as container:
        stream = container.add_stream(codec, rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        if codec == "libx264":
            stream.options = {"preset": "veryfast", "crf": "26"}
        audio = None
        if audio_seed is not None:
            audio = container.add_stream("aac", rate=44100)
            audio.layout = "mono"
        for frame in frames(seed if picture_seed is None else picture_seed, seconds, fps, width, height):
            for packet in stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
        if audio is not None:
            _write_audio(container, audio, melody(audio_seed, seconds))


def _write_audio(container, stream, samples: np.ndarray, rate: int = 44100) -> None:
    import av

    block = 1024
    for start in range(0, len(samples), block):
        chunk = samples[start : start + block].reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(chunk, format="flt", layout="mono")
        frame.sample_rate = rate
        frame.pts = start
        for packet in stream.encode(frame):
            container.mux(packet)
    for packet in stream.encode():
        container.mux(packet)


def write_audio(path: str, seed: int, seconds: float, offset: float = 0.0) -> None:
    """Write a synthetic soundtrack as M4A (AAC); ``offset`` skips the tune's first seconds."""
    import av

    samples = melody(seed, seconds + offset)[int(offset * 44100) :]
    with av.open(path, "w") as container:
        stream = container.add_stream("aac", rate=44100)
        stream.layout = "mono"
        _write_audio(container, stream, samples)


def transcode(
    source: str,
    target: str,
    *,
    height: int | None = None,
    start: float = 0.0,
    duration: float | None = None,
    keep_audio: bool = True,
) -> None:
    """Re-encode a video as a re-uploader would: rescale, cut ``[start, start+duration)``, H.264."""
    import av

    with av.open(source) as src, av.open(target, "w") as dst:
        vin = src.streams.video[0]
        width_in, height_in = vin.codec_context.width, vin.codec_context.height
        out_h = height or height_in
        out_w = int(round(width_in * out_h / height_in / 2)) * 2
        fps = int(round(float(vin.average_rate or 25)))
        vout = dst.add_stream("libx264", rate=fps)
        vout.width, vout.height, vout.pix_fmt = out_w, out_h, "yuv420p"
        vout.options = {"preset": "veryfast", "crf": "28"}
        aout = None
        if keep_audio and src.streams.audio:
            aout = dst.add_stream("aac", rate=44100)
            aout.layout = "mono"
        end = start + duration if duration is not None else float("inf")
        count = 0
        for frame in src.decode(vin):
            if frame.time is None or frame.time < start or frame.time >= end:
                continue
            image = frame.to_ndarray(width=out_w, height=out_h, format="rgb24")
            new = av.VideoFrame.from_ndarray(image, format="rgb24")
            new.pts = count
            count += 1
            for packet in vout.encode(new):
                dst.mux(packet)
        for packet in vout.encode():
            dst.mux(packet)
        if aout is not None:
            _copy_audio(source, dst, aout, start, end)


def _copy_audio(source: str, dst, aout, start: float, end: float) -> None:
    import av

    with av.open(source) as src:
        ain = src.streams.audio[0]
        pieces = [f.to_ndarray().reshape(-1) for f in src.decode(ain) if f.time is not None and start <= f.time < end]
    samples = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
    _write_audio(dst, aout, samples.astype(np.float32))
