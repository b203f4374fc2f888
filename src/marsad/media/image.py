"""Still images: safe decoding, border removal and the PDQ hashes Marsad stores and queries.

Every image is decoded with EXIF orientation applied (first frame of an animation), reduced to at
most 512 pixels on its long side as the PDQ reference hasher does, stripped of letterbox,
pillarbox and other uniform borders, and then hashed:

- reference side (stored): the reference PDQ of the whole picture (conformant with Meta's
  hasher), its 7 other dihedral forms (mirrors, quarter turns), and, from the picture without
  borders, centres (10% and 25% cut from each side: they survive crops and corner logos) and a
  histogram-equalised form (it survives brightness and contrast changes);
- query side: the whole picture, its mirror and equalised form, centres at several cut sizes (a
  cropped copy's centre lines up with the original's), and centres of the picture turned back by
  small angles (rotated copies).
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

import cv2
import numpy as np
import pdqhash
from PIL import Image, ImageOps, UnidentifiedImageError

from marsad.errors import InputError
from marsad.media.hashes import bits_to_hex

MAX_PIXELS = 80_000_000
HASH_SIDE = 512
CENTRE_CUTS = (0.10, 0.25)  # stored centres: 80% and 50% of the picture
# A copy cropped by c on each side lines its centre cut by q up with the stored centre cut by k when
# (1 - 2c)(1 - 2q) = 1 - 2k: these cuts cover crops up to about 12% per side for both stored centres.
QUERY_CUTS = (
    0.0125,
    0.025,
    0.0375,
    0.05,
    0.0625,
    0.075,
    0.0875,
    0.10,
    0.1125,
    0.125,
    0.19,
    0.1975,
    0.205,
    0.2125,
    0.22,
    0.2275,
    0.235,
    0.2425,
    0.25,
)
QUERY_ANGLES = (-6.0, -4.0, -2.0, 2.0, 4.0, 6.0)
DIHEDRAL_NAMES = ("full", "rot90", "rot180", "rot270", "flipv", "fliph", "rot90flipv", "rot90fliph")


@dataclass(frozen=True)
class ImageHash:
    """One PDQ hash of one form of an image."""

    variant: str
    hash: str
    quality: int


@dataclass(frozen=True)
class DecodedImage:
    """A decoded image reduced for hashing, with what was learnt decoding it."""

    raw: np.ndarray  # RGB uint8, at most HASH_SIDE on the long side: what the PDQ reference hashes
    pixels: np.ndarray  # the same with letterbox, pillarbox and other flat borders removed
    width: int
    height: int
    format: str
    trimmed: tuple[int, int, int, int]  # pixels removed (top, bottom, left, right) at hashing size


def decode_image(name: str, data: bytes) -> DecodedImage:
    """Decode ``data``; corrupt, truncated, unsupported or oversized images raise :class:`InputError`."""
    if not data:
        raise InputError(name, "empty file (0 bytes)", "nothing to hash")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            fmt = image.format or "unknown"
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise InputError(
                    name,
                    f"image is {width}x{height} pixels, over the {MAX_PIXELS // 1_000_000} MP limit "
                    "(decompression bomb?)",
                    "refused unread",
                )
            image.seek(0)
            image = ImageOps.exif_transpose(image)
            width, height = image.size  # as displayed, orientation applied
            image.draft("RGB", (HASH_SIDE * 2, HASH_SIDE * 2))
            image = image.convert("RGB")
    except InputError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputError(name, "image is too large to decode safely (decompression bomb?)", "refused unread") from None
    except UnidentifiedImageError:
        raise InputError(name, "not a readable image (unknown or corrupt format)", "check the file type") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise InputError(name, f"corrupt or truncated image ({exc})", "fetch the original again") from None
    image.thumbnail((HASH_SIDE, HASH_SIDE), Image.Resampling.BOX)
    raw = np.ascontiguousarray(np.asarray(image))
    pixels, trimmed = trim_borders(raw)
    return DecodedImage(raw=raw, pixels=pixels, width=width, height=height, format=fmt, trimmed=trimmed)


def trim_borders(
    pixels: np.ndarray, flatness: float = 4.0, drift: float = 8.0, max_share: float = 0.4
) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """Remove flat bands (letterbox, pillarbox, frames) of any colour from the edges.

    A band is a run of edge rows or columns, each nearly one colour (standard deviation at most
    ``flatness``) and all within ``drift`` of the outermost line's level.
    """
    gray = pixels.mean(axis=2)
    height, width = gray.shape

    def band(lines: np.ndarray, limit: int) -> int:
        reference = float(np.median(lines[0]))
        count = 0
        for line in lines[:limit]:
            if float(line.std()) > flatness or abs(float(line.mean()) - reference) > drift:
                break
            count += 1
        return count if count >= 2 else 0

    top = band(gray, int(height * max_share))
    bottom = band(gray[::-1], int(height * max_share))
    left = band(gray.T, int(width * max_share))
    right = band(gray.T[::-1], int(width * max_share))
    if height - top - bottom < 16 or width - left - right < 16:
        return np.ascontiguousarray(pixels), (0, 0, 0, 0)
    core = pixels[top : height - bottom, left : width - right]
    return np.ascontiguousarray(core), (top, bottom, left, right)


def pdq(pixels: np.ndarray) -> tuple[str, int]:
    """The PDQ hash (64 hex digits) and quality (0-100) of RGB pixels."""
    bits, quality = pdqhash.compute(np.ascontiguousarray(pixels))
    return bits_to_hex(bits), int(quality)


def centre(pixels: np.ndarray, cut: float) -> np.ndarray:
    """The picture with ``cut`` of its width and height removed from each side."""
    height, width = pixels.shape[:2]
    dy, dx = int(round(height * cut)), int(round(width * cut))
    return np.ascontiguousarray(pixels[dy : height - dy, dx : width - dx])


def rotate(pixels: np.ndarray, degrees: float) -> np.ndarray:
    """The picture turned by ``degrees`` (counter-clockwise) about its centre, same size."""
    height, width = pixels.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    return cv2.warpAffine(pixels, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def equalized(pixels: np.ndarray) -> np.ndarray:
    """Luma with its histogram equalised: brightness and contrast changes no longer show."""
    luma = cv2.cvtColor(pixels, cv2.COLOR_RGB2GRAY)
    return np.ascontiguousarray(np.repeat(cv2.equalizeHist(luma)[:, :, None], 3, axis=2))


def reference_hashes(image: DecodedImage) -> list[ImageHash]:
    """The hashes stored for an image: the reference PDQ in its 8 dihedral forms, then the
    picture without borders (when it had any), its centres and its equalised form."""
    bits, quality = pdqhash.compute_dihedral(image.raw)
    hashes = [ImageHash(name, bits_to_hex(b), int(quality)) for name, b in zip(DIHEDRAL_NAMES, bits, strict=True)]
    if any(image.trimmed):
        value, q = pdq(image.pixels)
        hashes.append(ImageHash("trimmed", value, q))
    for cut in CENTRE_CUTS:
        value, q = pdq(centre(image.pixels, cut))
        hashes.append(ImageHash(f"centre-{cut:g}", value, q))
    value, q = pdq(equalized(image.pixels))
    hashes.append(ImageHash("equalized", value, q))
    value, q = pdq(equalized(centre(image.pixels, CENTRE_CUTS[-1])))
    hashes.append(ImageHash(f"eq-centre-{CENTRE_CUTS[-1]:g}", value, q))
    return hashes


def query_hashes(image: DecodedImage) -> list[ImageHash]:
    """The hashes a query image is looked up with: whole, centres, and small rotations undone."""
    value, quality = pdq(image.raw)
    hashes = [ImageHash("full", value, quality)]
    if any(image.trimmed):
        value, q = pdq(image.pixels)
        hashes.append(ImageHash("trimmed", value, q))
    for name, pixels in (("mirror", np.fliplr(image.pixels)), ("equalized", equalized(image.pixels))):
        value, q = pdq(pixels)
        hashes.append(ImageHash(name, value, q))
    sources = [("", image.pixels)] + ([("raw-", image.raw)] if any(image.trimmed) else [])
    for prefix, pixels in sources:  # a crop can leave a flat edge that trimming then removes
        for cut in QUERY_CUTS:
            value, q = pdq(centre(pixels, cut))
            hashes.append(ImageHash(f"{prefix}centre-{cut:g}", value, q))
            if cut >= 0.19:  # lines up with the stored equalised small centre (logo, brightness and crop together)
                value, q = pdq(equalized(centre(pixels, cut)))
                hashes.append(ImageHash(f"{prefix}eq-centre-{cut:g}", value, q))
    for angle in QUERY_ANGLES:
        value, q = pdq(centre(rotate(image.pixels, angle), CENTRE_CUTS[0]))
        hashes.append(ImageHash(f"turn{angle:+g}", value, q))
    return hashes
