"""Outside checks: flag rates on public Indonesian data nobody on this project wrote.

The files live in ``../shared/outside/`` (or ``$SANTUN_OUTSIDE``) for evaluation only; they are
never copied into the repository or trained on. Every check is skipped cleanly when its files
are absent, as they are in a user's clone.
"""

from __future__ import annotations

import csv
import logging
import os
import random
from collections.abc import Callable
from pathlib import Path

from models import ToneChecker
from models.taxonomy import LABEL_HARSH

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parent.parent
SAMPLE = 1500  # rows per group: enough for a rate to +-2.5 points, quick on 2 cores
SEED = 7


def outside_dir() -> Path:
    return Path(os.environ.get("SANTUN_OUTSIDE") or REPO.parent / "shared" / "outside")


def _sample(texts: list[str]) -> list[str]:
    texts = [t for t in texts if t and t.strip()]
    if len(texts) <= SAMPLE:
        return texts
    return random.Random(SEED).sample(texts, SAMPLE)


def _csv_rows(path: Path, delimiter: str = ",", fieldnames=None) -> list[dict]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter, fieldnames=fieldnames))


def _ibrohim(root: Path) -> dict[str, list[str]]:
    rows = _csv_rows(root / "ibrohim2019" / "re_dataset.utf8.csv")
    label_columns = [k for k in rows[0] if k != "Tweet"]
    return {
        "abusive": [r["Tweet"] for r in rows if r["Abusive"] == "1"],
        "clean": [r["Tweet"] for r in rows if all(r[k] == "0" for k in label_columns)],
    }


def _news(root: Path) -> dict[str, list[str]]:
    rows = _csv_rows(root / "news_comments" / "abusive_news_comments.csv")
    return {
        "offensive (label 3)": [r["Kalimat"] for r in rows if r["label"].strip() == "3"],
        "not abusive (label 1)": [r["Kalimat"] for r in rows if r["label"].strip() == "1"],
    }


def _emot(root: Path) -> dict[str, list[str]]:
    rows = []
    for name in ("train_preprocess.csv", "valid_preprocess.csv"):
        rows += _csv_rows(root / "indonlu_emot" / name)
    return {
        "anger": [r["tweet"] for r in rows if r["label"] == "anger"],
        "happy or love": [r["tweet"] for r in rows if r["label"] in ("happy", "love")],
    }


def _smsa(root: Path) -> dict[str, list[str]]:
    rows = _csv_rows(root / "indonlu_smsa" / "valid_preprocess.tsv", delimiter="\t",
                     fieldnames=["text", "label"])
    return {
        "negative reviews": [r["text"] for r in rows if r["label"] == "negative"],
        "positive reviews": [r["text"] for r in rows if r["label"] == "positive"],
    }


CHECKS: dict[str, tuple[str, Callable[[Path], dict[str, list[str]]], str]] = {
    "ibrohim2019": ("Abusive tweets vs tweets with no label (Ibrohim & Budi 2019)", _ibrohim,
                    "abusive should be flagged far more often than clean"),
    "news_comments": ("Online news comments", _news,
                      "offensive comments flagged more often than non-abusive ones"),
    "indonlu_emot": ("EmoT emotion tweets", _emot, "anger flagged more often than happy/love"),
    "indonlu_smsa": ("SmSA reviews", _smsa,
                     "negative is not rude: a low flag rate on negative reviews is right"),
}


def outside_checks(checker: ToneChecker, root: Path | None = None) -> dict:
    """Flag rate per group of each outside data set; ``{"skipped": reason}`` when absent."""
    root = root or outside_dir()
    if not root.is_dir():
        return {"skipped": f"{root} not found (outside data is only on the developers' machines)"}
    report = {}
    for name, (title, load, expectation) in CHECKS.items():
        try:
            groups = load(root)
        except (FileNotFoundError, KeyError, IndexError) as error:
            report[name] = {"title": title, "skipped": f"cannot read: {error}"}
            continue
        rates = {}
        for group, texts in groups.items():
            sample = _sample(texts)
            results = checker.check_many([t[: checker.max_chars] for t in sample], rewrite=False)
            flagged = sum(1 for r in results if r.label == LABEL_HARSH)
            rates[group] = {"n": len(sample), "flag_rate": round(flagged / len(sample), 4)
                            if sample else 0.0}
        report[name] = {"title": title, "expectation": expectation, "groups": rates}
        logger.info("outside check %s done", name)
    return report


def stif_formality(root: Path | None = None) -> dict:
    """chrF of the rewriter's informal -> formal step on STIF test.inf -> test.for, against
    leaving the text as it is (customer-service chat; an outside check, report only)."""
    from models.rewriter import to_formal
    from training.metrics import chrf

    folder = (root or outside_dir()) / "stif"
    try:
        informal = (folder / "test.inf").read_text(encoding="utf-8").splitlines()
        formal = (folder / "test.for").read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as error:
        return {"skipped": f"cannot read: {error}"}
    pairs = list(zip(informal, formal, strict=False))
    ours = [chrf(to_formal(i), f) for i, f in pairs]
    unchanged = [chrf(i, f) for i, f in pairs]
    return {"n": len(pairs), "chrf": round(sum(ours) / len(ours), 2),
            "chrf_unchanged": round(sum(unchanged) / len(unchanged), 2)}
