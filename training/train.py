"""Build the embedded default model from ``data/``: fit, choose thresholds on dev, save."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from pathlib import Path

import numpy as np

from models.analysis import analyze
from models.checker import ToneChecker
from models.detector import DEFAULT_MODEL_DIR, ClauseScore, Manifest
from models.errors import ModelCorruptError, ModelNotFoundError
from models.explain import chosen_aspects, combined_aspect_scores
from models.linear import LinearDetector
from models.normalize import NORMALIZER_VERSION
from models.taxonomy import ASPECTS, LABEL_HARSH
from training.dataset import (
    DATA_DIR,
    Corpus,
    aspects_of,
    clause_targets,
    data_hash,
    labels_of,
    load_corpus,
    with_apology_leads,
    with_courtesy_framing,
    with_rewrites_as_ok,
    without_courtesy,
)
from training.metrics import (
    ASPECT_THRESHOLD_GRID,
    aspect_metrics,
    choose_clause_thresholds,
    choose_threshold,
    label_metrics,
    near_best,
    span_recall,
)
from training.model_card import write_model_card

logger = logging.getLogger(__name__)

# Bump when the training recipe changes, so `make run` rebuilds stale artifacts (also
# when the features change with the normaliser: linear-26 marks shouting only where the
# analysis reads it, normaliser v7, so its version differs from linear-25's).
RECIPE_VERSION = "linear-26"
# A reply's label score is pooled with its harshest sentence's (see LinearDetector._pooled).
SENTENCE_POOLING = True
SEED = 13
# After the thresholds and weights are chosen on dev with a model fitted on train, the
# shipped model is fitted again on train and dev together with those same choices.
REFIT_ON_DEV = True
# False-alarm budget on the handwritten dev split when choosing the threshold: the 4% target
# less a margin. Dev has about 200 ok replies, so one false alarm moves the rate by half a
# point; a 3% budget sat on that edge and swung the threshold between 0.6 and 0.73.
MAX_FALSE_ALARM = 0.035
# Grid steps (0.01) on either side over which dev F1 is averaged before the threshold is
# chosen (``training.metrics.choose_threshold``).
THRESHOLD_WINDOW = 5
# Share of the likeliest clause's score in a reply's aspect score; chosen on dev among these.
CLAUSE_WEIGHTS = (0.0, 0.25, 0.5, 0.75)
# Least share of the best aspect's score another aspect needs to be named too
# (``models.explain.chosen_aspects``); chosen on dev among these.
ASPECT_RATIOS = (0.0, 0.4, 0.5, 0.6)
# The clause weight and ratio are chosen by cross-validation on dev (thresholds fitted on
# half the dev groups, scored on the other half, over several splits): fitted and scored on
# the same 200 replies, seven thresholds flatter any rule that leaves them alone.
CV_SPLITS = 5
# Settings whose cross-validated aspect micro-F1 lies within this of the best count as equal
# (about two dev replies' aspects: one reply names some two of the 370-odd gold aspects);
# among them the one whose spans find most gold spans on dev is taken. Two trainings that
# differed in twenty rows of 20,000 took clause weights 0.5 and 0.25 on 0.797 against 0.795.
ASPECT_TOLERANCE = 0.005


class CorpusError(RuntimeError):
    pass


def is_stale(model_dir: Path = DEFAULT_MODEL_DIR, data_dir: Path = DATA_DIR) -> bool:
    try:
        manifest = Manifest.read(model_dir)
    except (ModelNotFoundError, ModelCorruptError):
        return True
    return (manifest.data_hash != data_hash(data_dir)
            or manifest.extra.get("recipe") != RECIPE_VERSION
            or manifest.normalizer_version != NORMALIZER_VERSION)


def rule_precision(rows: list[dict], analyses) -> dict[str, float]:
    """For each aspect: how often a rule hit of that aspect sits in a row gold-labelled with it.

    Smoothed towards one half so a rare rule cannot claim certainty.
    """
    precision = {}
    for aspect in ASPECTS:
        hits = [(row, a) for row, a in zip(rows, analyses, strict=True) if a.hits_for(aspect)]
        right = sum(1 for row, _ in hits if aspect in row["aspects"])
        precision[aspect] = round((right + 1) / (len(hits) + 2), 4)
    return precision


# What ``_training_rows`` adds to the corpus rows, as the model card tells it.
TRAINING_COPIES = (
    "each harsh row's polite rewrite as an `ok` row",
    "each polite row without its greeting and closing",
    "every row wrapped in a polite opening and closing, label kept",
    "each harsh row with an apology right before its first harsh sentence, and as many "
    "`ok` rows with one before a sentence, labels kept",
)


def _training_rows(rows: list[dict]) -> list[dict]:
    """The rows a model is fitted on: these, each harsh row's rewrite as an ok example,
    polite rows without their courtesy sentences, framed copies of all of them, and copies
    of harsh rows (and as many ok ones) with an apology before a sentence."""
    return with_apology_leads(with_courtesy_framing(without_courtesy(with_rewrites_as_ok(
        rows))))


def _fitted(rows: list[dict], analyses, manifest: Manifest, seed: int) -> LinearDetector:
    """The label, aspect and clause heads fitted on ``rows``."""
    detector = LinearDetector.fit(analyses, labels_of(rows), aspects_of(rows), manifest,
                                  seed=seed)
    parts, targets = [], []
    for row, analysis in zip(rows, analyses, strict=True):
        for start, end, target in clause_targets(row):
            if target is not None:
                parts.append(analysis.part(start, end))
                targets.append(target)
    logger.info("training the clause tagger on %d clauses", len(parts))
    detector.fit_clauses(parts, np.vstack(targets), seed=seed)
    return detector


def _dev_rows(corpus: Corpus) -> list[dict]:
    handwritten = corpus.split("dev", "handwritten")
    return handwritten if len(handwritten) >= 100 else corpus.split("dev")


def _clause_thresholds(rows: list[dict], tagged: list[list[ClauseScore]]) -> dict[str, float]:
    """Per aspect, the clause score that best separates (F1) the dev clauses overlapping a
    gold span of that aspect from the rest (see :func:`choose_clause_thresholds`)."""
    gold, scores = [], []
    for row, clauses in zip(rows, tagged, strict=True):
        for (start, end, target), clause in zip(clause_targets(row), clauses, strict=True):
            if target is not None and (start, end) == (clause.start, clause.end):
                gold.append(target)
                scores.append([clause.aspects[a] for a in ASPECTS])
    return choose_clause_thresholds(np.vstack(gold), np.array(scores))


def _chosen_matrix(scores: np.ndarray, thresholds: dict[str, float], ratio: float
                   ) -> np.ndarray:
    """The (replies x aspects) 0/1 matrix of the aspects ``explain`` would name."""
    chosen = np.zeros(scores.shape, dtype=np.int64)
    for row, values in enumerate(scores):
        for aspect in chosen_aspects(dict(zip(ASPECTS, values, strict=True)), thresholds,
                                     ratio):
            chosen[row, ASPECTS.index(aspect)] = 1
    return chosen


def _shared_aspect_thresholds(gold: np.ndarray, scores: np.ndarray, ratio: float
                              ) -> dict[str, float]:
    """One threshold for every aspect, chosen by aspect micro-F1 with ``ratio``. Each aspect
    head is fitted with balanced class weights, so its scores sit on a like scale; seven
    thresholds each chosen on its own aspect's F1 over some fifty dev replies moved by up to
    0.14 between two trainings that differed in nine training rows, where one shared
    threshold is chosen from all of them. Cross-validated on dev it was at least as good in
    12 of 16 settings of clause weight and ratio (mean 0.787 against 0.784).

    The micro-F1 curve is a plateau that ends in a cliff (on dev 0.799-0.801 from 0.20 to
    0.50, then 0.785 at 0.52), and its strict best sat at its edge: 0.36 in one training,
    0.48 in the next, nineteen rows later. Thresholds within one gold aspect's worth of the
    best (1 / gold aspects) count as equal, and the middle one of them is taken, as far from
    where the curve falls as the plateau allows."""
    micro = [aspect_metrics(gold, _chosen_matrix(scores, dict.fromkeys(ASPECTS, float(t)),
                                                 ratio))["micro_f1"]
             for t in ASPECT_THRESHOLD_GRID]
    near = near_best(micro, 1 / max(1, int(gold.sum())))
    return dict.fromkeys(ASPECTS, near[(len(near) - 1) // 2])


def _cross_validated_micro_f1(gold: np.ndarray, scores: np.ndarray, groups: list[str],
                              ratio: float, seed: int, splits: int = CV_SPLITS) -> float:
    """Mean aspect micro-F1 over ``splits`` random halvings of the replies by group, each
    half scored with the thresholds chosen on the other."""
    names = sorted(set(groups))
    results = []
    for k in range(splits):
        shuffled = names[:]
        random.Random(seed * 100 + k).shuffle(shuffled)
        first = set(shuffled[: len(shuffled) // 2])
        half = np.array([g in first for g in groups])
        predicted = np.zeros_like(gold)
        for fit, held in ((half, ~half), (~half, half)):
            thresholds = _shared_aspect_thresholds(gold[fit], scores[fit], ratio)
            predicted[held] = _chosen_matrix(scores[held], thresholds, ratio)
        results.append(aspect_metrics(gold, predicted)["micro_f1"])
    return float(np.mean(results))


def _most_spans_among_best(settings: list[tuple], recall_of: Callable[[tuple], float],
                           tolerance: float = ASPECT_TOLERANCE) -> tuple:
    """Of ``settings`` (cross-validated aspect micro-F1 first), those within ``tolerance`` of
    the best F1, the one whose dev spans find most gold spans (``recall_of``); on a tie the
    better F1, then the earlier setting."""
    best = max(s[0] for s in settings)
    near = [s for s in settings if s[0] >= best - tolerance - 1e-9]
    if len(near) == 1:
        return near[0]
    recalls = [recall_of(s) for s in near]
    for setting, recall in zip(near, recalls, strict=True):
        logger.info("clause weight %.2f, aspect ratio %.1f: dev span recall %.3f",
                    setting[1], setting[2], recall)
    order = sorted(range(len(near)), key=lambda k: (-recalls[k], -near[k][0], k))
    return near[order[0]]


def _dev_span_recall(detector: LinearDetector, manifest: Manifest, rows: list[dict]) -> float:
    """Span recall over harsh ``rows`` as a check with ``manifest``'s choices would show
    their spans (a reply read as ok shows none)."""
    kept = detector.manifest
    detector.manifest = manifest
    try:
        results = ToneChecker(detector).check_many([r["text"] for r in rows], rewrite=False)
    finally:
        detector.manifest = kept
    return span_recall([r["spans"] for r in rows],
                       [[(s.start, s.end) for s in result.spans] for result in results])


def train_default(out_dir: Path = DEFAULT_MODEL_DIR, data_dir: Path = DATA_DIR,
                  seed: int = SEED) -> Manifest:
    random.seed(seed)
    np.random.seed(seed)
    corpus = load_corpus(data_dir)
    if corpus.problems:
        shown = "\n  ".join(corpus.problems[:20])
        raise CorpusError(f"{len(corpus.problems)} corpus problem(s); first ones:\n  {shown}")
    train_rows = _training_rows(corpus.split("train"))
    dev_rows = _dev_rows(corpus)
    logger.info("training on %d rows, choosing thresholds on %d dev rows",
                len(train_rows), len(dev_rows))
    train_analyses = [analyze(r["text"]) for r in train_rows]
    manifest = Manifest(
        name="santun-linear", version=f"{RECIPE_VERSION}+{data_hash(data_dir)[:10]}",
        kind="linear", threshold=0.5, aspect_thresholds=dict.fromkeys(ASPECTS, 0.5),
        normalizer_version=NORMALIZER_VERSION, data_hash=data_hash(data_dir),
        extra={"recipe": RECIPE_VERSION, "seed": seed, "sentence_pooling": SENTENCE_POOLING,
               "rule_precision": rule_precision(train_rows, train_analyses)},
    )
    detector = _fitted(train_rows, train_analyses, manifest, seed)

    dev_analyses = [analyze(r["text"]) for r in dev_rows]
    dev_predictions = detector.predict(dev_analyses)
    dev_scores = np.array([p.score for p in dev_predictions])
    dev_labels = labels_of(dev_rows)
    # one harsh dev reply more or less found moves F1 by about half of 1 / (harsh dev
    # replies): thresholds within two such replies of the best F1 count as equal
    tolerance = 1 / max(1, int(dev_labels.sum()))
    threshold = choose_threshold(dev_labels, dev_scores, MAX_FALSE_ALARM,
                                 window=THRESHOLD_WINDOW, tolerance=tolerance)
    logger.info("threshold %.2f (unsmoothed choice %.2f)", threshold,
                choose_threshold(dev_labels, dev_scores, MAX_FALSE_ALARM))
    harsh = [i for i, r in enumerate(dev_rows) if r["label"] == LABEL_HARSH]
    harsh_gold = aspects_of([dev_rows[i] for i in harsh])
    tagged = detector.tag_clauses([dev_analyses[i] for i in harsh])
    clause_thresholds = _clause_thresholds([dev_rows[i] for i in harsh], tagged)
    groups = [dev_rows[i]["group"] for i in harsh]
    settings = []
    for weight in CLAUSE_WEIGHTS:
        trial = Manifest(**{**manifest.__dict__,
                            "extra": {**manifest.extra, "clause_weight": weight}})
        scores = np.array([[combined_aspect_scores(dev_analyses[i], dev_predictions[i], trial,
                                                   clauses)[a] for a in ASPECTS]
                           for i, clauses in zip(harsh, tagged, strict=True)])
        for ratio in ASPECT_RATIOS:
            micro = _cross_validated_micro_f1(harsh_gold, scores, groups, ratio, seed)
            logger.info("clause weight %.2f, aspect ratio %.1f: cross-validated dev aspect "
                        "micro-F1 %.3f", weight, ratio, micro)
            settings.append((micro, weight, ratio, scores))

    def settled(setting: tuple) -> Manifest:
        _, weight, ratio, scores = setting
        extra = {**manifest.extra, "clause_weight": weight, "aspect_ratio": ratio,
                 "clause_thresholds": clause_thresholds}
        return Manifest(**{**manifest.__dict__, "threshold": threshold, "extra": extra,
                           "aspect_thresholds": _shared_aspect_thresholds(harsh_gold, scores,
                                                                          ratio)})

    harsh_rows = [dev_rows[i] for i in harsh]
    _, clause_weight, aspect_ratio, scores = _most_spans_among_best(
        settings, lambda s: _dev_span_recall(detector, settled(s), harsh_rows))
    aspect_thresholds = _shared_aspect_thresholds(harsh_gold, scores, aspect_ratio)
    predicted_aspects = _chosen_matrix(scores, aspect_thresholds, aspect_ratio)
    metrics = {
        "dev": label_metrics(dev_labels, (dev_scores >= threshold).astype(int)),
        "dev_aspects": aspect_metrics(harsh_gold, predicted_aspects),
        "rows": {"train": len(train_rows), "dev": len(dev_rows),
                 "test": len(corpus.split("test"))},
    }
    extra = {**manifest.extra, "clause_weight": clause_weight, "aspect_ratio": aspect_ratio,
             "clause_thresholds": clause_thresholds, "max_false_alarm": MAX_FALSE_ALARM,
             "threshold_window": THRESHOLD_WINDOW,
             "threshold_tolerance": round(tolerance, 4), "refit_on_dev": REFIT_ON_DEV,
             "training_copies": TRAINING_COPIES}
    final = Manifest(**{**manifest.__dict__, "threshold": threshold, "extra": extra,
                        "aspect_thresholds": aspect_thresholds, "metrics": metrics})
    if REFIT_ON_DEV:
        # Everything dev chose stays; the weights are learnt again from train and dev
        # together, so the model that ships has seen a quarter more replies. The dev
        # figures above are those of the model fitted on train alone.
        rows = _training_rows(corpus.split("train") + corpus.split("dev"))
        logger.info("fitting again on %d train and dev rows", len(rows))
        detector = _fitted(rows, [analyze(r["text"]) for r in rows], final, seed)
    detector.manifest = final
    detector.save(out_dir)
    write_model_card(out_dir, final, corpus)
    logger.info("saved %s (threshold %.2f, dev macro-F1 %.3f)", out_dir, threshold,
                metrics["dev"]["macro_f1"])
    return final
