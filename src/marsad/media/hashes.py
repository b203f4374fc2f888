"""Hash encodings: PDQ bit vectors, 64-digit hex strings and 32-byte arrays."""

from __future__ import annotations

import re

import numpy as np

_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def bits_to_hex(bits: np.ndarray) -> str:
    """256 bits (most significant first) as 64 lowercase hex digits."""
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()


def hex_to_bytes(value: str) -> np.ndarray:
    """A 64-digit hex hash as a ``(32,)`` uint8 array."""
    return np.frombuffer(bytes.fromhex(value), dtype=np.uint8)


def hexes_to_array(values: list[str]) -> np.ndarray:
    """Many hex hashes as an ``(n, 32)`` uint8 array."""
    if not values:
        return np.empty((0, 32), np.uint8)
    return np.frombuffer(bytes.fromhex("".join(values)), dtype=np.uint8).reshape(-1, 32)


def is_pdq_hex(value: str) -> bool:
    """True for a well-formed 64-digit lowercase hex PDQ hash."""
    return bool(_HEX64.match(value))


def hamming(a: str, b: str) -> int:
    """Hamming distance between two hex hashes."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
