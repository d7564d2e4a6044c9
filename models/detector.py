"""Detectors behind one interface: read an artifact folder, score texts for tone and aspects.

Every artifact folder holds a ``manifest.json`` saying what kind of detector it is, its
labels, thresholds and normaliser version; loading reads nothing outside that folder.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

from models.analysis import Analysis
from models.errors import ModelCorruptError, ModelNotFoundError
from models.normalize import NORMALIZER_VERSION
from models.taxonomy import ASPECTS, LABELS

logger = logging.getLogger(__name__)

MANIFEST = "manifest.json"
DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "artifacts" / "default"


_REQUEST_MEMORY: ContextVar[dict | None] = ContextVar("santun_request_memory", default=None)


@contextmanager
def one_request() -> Iterator[None]:
    """Inside this block a detector may remember what it computed, until the block ends.

    A check reads its reply, the reply with each clause left out, and every variant its
    suggestion tries; many of those readings are the same text. The memory lives only as
    long as the request (so a benchmark that checks the same replies again measures the
    work, not a lookup), belongs to this thread or task alone, and a block inside another
    shares the outer memory."""
    if _REQUEST_MEMORY.get() is not None:
        yield
        return
    token = _REQUEST_MEMORY.set({})
    try:
        yield
    finally:
        _REQUEST_MEMORY.reset(token)


def request_memory() -> dict | None:
    """The memory of the :func:`one_request` block running now; ``None`` outside one."""
    return _REQUEST_MEMORY.get()


def model_dir_from_env() -> Path:
    """The one setting that finds a model: ``SANTUN_MODEL``, else the embedded default."""
    return Path(os.environ.get("SANTUN_MODEL") or DEFAULT_MODEL_DIR)


@dataclass(frozen=True, slots=True)
class Prediction:
    score: float  # probability of nada_tinggi
    aspects: dict[str, float]


@dataclass(frozen=True, slots=True)
class ClauseScore:
    """One clause of a reply (code-point offsets) and how likely it carries each aspect."""

    start: int
    end: int
    aspects: dict[str, float]


@dataclass(frozen=True)
class Manifest:
    name: str
    version: str
    kind: str
    threshold: float
    aspect_thresholds: dict[str, float]
    normalizer_version: str
    labels: tuple[str, ...] = LABELS
    aspects: tuple[str, ...] = ASPECTS
    data_hash: str = ""
    base_model: str | None = None
    max_length: int | None = None
    metrics: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

    @classmethod
    def read(cls, directory: Path) -> Manifest:
        path = directory / MANIFEST
        if not directory.is_dir():
            raise ModelNotFoundError(
                f"Model directory {directory} does not exist; build it with `santun train` "
                "or point SANTUN_MODEL at a trained model."
            )
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as error:
            raise ModelCorruptError(f"{path} is missing: not a Santun model folder") from error
        except (OSError, json.JSONDecodeError) as error:
            raise ModelCorruptError(f"{path} cannot be read: {error}") from error
        try:
            known = {k: raw[k] for k in cls.__dataclass_fields__ if k in raw and k != "extra"}
            known["labels"] = tuple(raw.get("labels", LABELS))
            known["aspects"] = tuple(raw.get("aspects", ASPECTS))
            manifest = cls(**known, extra={k: v for k, v in raw.items()
                                           if k not in cls.__dataclass_fields__})
        except TypeError as error:
            raise ModelCorruptError(f"{path} lacks required fields: {error}") from error
        if manifest.labels != LABELS or manifest.aspects != ASPECTS:
            raise ModelCorruptError(f"{path}: labels or aspects differ from this code's contract")
        if manifest.normalizer_version != NORMALIZER_VERSION:
            raise ModelCorruptError(
                f"{path}: trained with normaliser v{manifest.normalizer_version}, this code has "
                f"v{NORMALIZER_VERSION}; retrain the model (`santun train`)."
            )
        return manifest

    def to_json(self) -> dict:
        data = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "extra"}
        data["labels"], data["aspects"] = list(self.labels), list(self.aspects)
        data.update(self.extra)
        return data

    def write(self, directory: Path) -> None:
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=2, sort_keys=True)
        (directory / MANIFEST).write_text(text + "\n", encoding="utf-8")


class Detector(Protocol):
    manifest: Manifest

    def predict(self, analyses: Sequence[Analysis]) -> list[Prediction]: ...


@runtime_checkable
class ClauseTagger(Protocol):
    """A detector that can also score each clause of a reply; not every detector can."""

    def tag_clauses(self, analyses: Sequence[Analysis]) -> list[list[ClauseScore]]: ...


def load_detector(directory: Path | str | None = None) -> Detector:
    """Load whichever detector the folder's manifest names."""
    directory = Path(directory) if directory is not None else model_dir_from_env()
    manifest = Manifest.read(directory)
    if manifest.kind == "linear":
        from models.linear import LinearDetector

        return LinearDetector.load(directory, manifest)
    if manifest.kind in ("transformer", "onnx"):
        from models.transformer import TransformerDetector

        return TransformerDetector.load(directory, manifest)
    raise ModelCorruptError(f"{directory}: unknown detector kind {manifest.kind!r}")
