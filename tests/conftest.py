"""Shared fixtures: the embedded default model, built once per session if it is stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import ToneChecker
from models.detector import DEFAULT_MODEL_DIR


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory) -> Path:
    """The default artifact when it is current (as `make test` leaves it), else a fresh build."""
    from training.train import is_stale, train_default

    if not is_stale(DEFAULT_MODEL_DIR):
        return DEFAULT_MODEL_DIR
    out = tmp_path_factory.mktemp("model") / "default"
    train_default(out)
    return out


@pytest.fixture(scope="session")
def checker(model_dir) -> ToneChecker:
    return ToneChecker.load(model_dir)
