"""Bytes to text: encoding detection that never crashes, and refusal of binary junk."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from marsad.errors import InputError

# Leading bytes of formats that are certainly not text reports.
_MAGIC = {
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"RIFF": "RIFF media (WebP/WAV/AVI)",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip data",
    b"\x7fELF": "executable",
    b"\x1aE\xdf\xa3": "Matroska/WebM video",
    b"ID3": "MP3 audio",
    b"OggS": "Ogg media",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MEDIA_HINT = "media files go through `marsad media add`"


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of ``data`` when it is obviously not text, else ``None``."""
    for magic, name in _MAGIC.items():
        if data.startswith(magic):
            return name
    if data[4:8] == b"ftyp":
        return "MP4/MOV video"
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head:
        return "binary data"
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and controls / len(head) > 0.05:
        return "binary data"
    return None


def decode_text(item: str, data: bytes) -> tuple[str, str]:
    """Decode ``data`` into text and return ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16/32 with BOM are taken as they are; anything else is
    detected with charset-normalizer (Windows-1252, Windows-1256, ISO-8859-x, ...).
    Raises :class:`InputError` for empty or binary input.
    """
    if not data.strip():
        raise InputError(item, "empty file" if not data else "contains only whitespace", "nothing to ingest")
    binary = sniff_binary(data)
    if binary:
        raise InputError(item, f"{binary}, not a text report", MEDIA_HINT)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding.replace("-sig", "")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(item, "text encoding could not be determined", "convert it to UTF-8 and ingest again")
    text = str(best)
    if best.encoding != "cp1252":  # prefer the commonest name when it reads the same
        try:
            if data.decode("cp1252") == text:
                return text, "cp1252"
        except UnicodeDecodeError:
            pass
    return text, best.encoding
