"""Scores shared by training (threshold choice) and evaluation reports."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from models.taxonomy import ASPECTS


def label_metrics(gold: np.ndarray, predicted: np.ndarray) -> dict:
    gold, predicted = np.asarray(gold), np.asarray(predicted)
    tp = int(((gold == 1) & (predicted == 1)).sum())
    fp = int(((gold == 0) & (predicted == 1)).sum())
    fn = int(((gold == 1) & (predicted == 0)).sum())
    tn = int(((gold == 0) & (predicted == 0)).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    ok_precision = tn / (tn + fn) if tn + fn else 0.0
    ok_recall = tn / (tn + fp) if tn + fp else 0.0
    ok_f1 = (2 * ok_precision * ok_recall / (ok_precision + ok_recall)
             if ok_precision + ok_recall else 0.0)
    return {
        "n": int(len(gold)),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "macro_f1": round((f1 + ok_f1) / 2, 4),
        "false_alarm_rate": round(fp / (fp + tn), 4) if fp + tn else 0.0,
        "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
    }


def aspect_metrics(gold: np.ndarray, predicted: np.ndarray) -> dict:
    """Per-aspect and micro F1 over a (texts x aspects) 0/1 matrix pair."""
    result = {}
    total_tp = total_fp = total_fn = 0
    for column, aspect in enumerate(ASPECTS):
        g, p = gold[:, column], predicted[:, column]
        tp = int(((g == 1) & (p == 1)).sum())
        fp = int(((g == 0) & (p == 1)).sum())
        fn = int(((g == 1) & (p == 0)).sum())
        total_tp, total_fp, total_fn = total_tp + tp, total_fp + fp, total_fn + fn
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
        result[aspect] = {"f1": round(f1, 4), "support": int(g.sum())}
    denominator = 2 * total_tp + total_fp + total_fn
    result["micro_f1"] = round(2 * total_tp / denominator, 4) if denominator else 0.0
    return result


def span_recall(gold_spans: list[list[dict]], predicted_spans: list[list[tuple[int, int]]],
                min_cover: float = 0.5) -> float:
    """Share of gold spans of which a predicted span covers at least ``min_cover``."""
    found = total = 0
    for gold, predicted in zip(gold_spans, predicted_spans, strict=True):
        for span in gold:
            total += 1
            length = span["end"] - span["start"]
            covered = max((min(span["end"], b) - max(span["start"], a) for a, b in predicted),
                          default=0)
            if length and covered / length >= min_cover:
                found += 1
    return round(found / total, 4) if total else 0.0


def span_precision(gold_spans: list[list[dict]], predicted_spans: list[list[tuple[int, int]]],
                   min_inside: float = 0.5) -> float:
    """Share of predicted spans lying at least ``min_inside`` within one gold span: the check
    on span recall, which long spans alone could raise."""
    right = total = 0
    for gold, predicted in zip(gold_spans, predicted_spans, strict=True):
        for start, end in predicted:
            total += 1
            inside = max((min(end, s["end"]) - max(start, s["start"]) for s in gold), default=0)
            right += end > start and inside / (end - start) >= min_inside
    return round(right / total, 4) if total else 0.0


def choose_threshold(gold: np.ndarray, scores: np.ndarray, max_false_alarm: float,
                     window: int = 0, tolerance: float = 0.0) -> float:
    """The threshold with the best F1 among those keeping false alarms within budget.

    With ``window``, F1 is first averaged over that many grid steps (0.01 each) on either
    side: on a few hundred dev replies the F1 curve is flat and ragged near its top, and one
    reply more or less on either side moved the best point by 0.13 (0.51 -> 0.38) where the
    smoothed curve keeps it where F1 stays high around it.

    With ``tolerance``, every threshold whose (smoothed) F1 is within it of the best counts
    as best, and of those the one nearest 0.5 is chosen: for a calibrated model 0.5 is even
    odds, and a gain of a reply or two on dev is no reason to leave it (the
    smoothed curve alone still moved 0.51 -> 0.38 when eight dev replies were added)."""
    gold, scores = np.asarray(gold), np.asarray(scores)
    grid = np.round(np.arange(0.05, 0.96, 0.01), 2)
    stats = [label_metrics(gold, (scores >= threshold).astype(int)) for threshold in grid]
    f1 = np.array([s["f1"] for s in stats])
    if window:
        padded = np.pad(f1, window, mode="edge")
        f1 = np.convolve(padded, np.ones(2 * window + 1) / (2 * window + 1), mode="valid")
    allowed = [s["false_alarm_rate"] <= max_false_alarm for s in stats]
    top = max((smooth for smooth, ok in zip(f1, allowed, strict=True) if ok), default=0.0)
    best, best_key = 0.5, None
    for threshold, s, smooth, within in zip(grid, stats, f1, allowed, strict=True):
        if within and tolerance and smooth >= top - tolerance:
            smooth = top  # as good as the best: nearness to 0.5 decides
        key = (within, smooth if within else -s["false_alarm_rate"], -abs(threshold - 0.5))
        if best_key is None or key > best_key:
            best, best_key = float(threshold), key
    return best


# The thresholds an aspect (or all aspects together) may be given, chosen on dev.
ASPECT_THRESHOLD_GRID = np.round(np.arange(0.2, 0.81, 0.02), 2)


def _f1_by_threshold(gold: np.ndarray, scores: np.ndarray) -> list[float]:
    """F1 of ``scores >= t`` against 0/1 ``gold`` for each t of the grid."""
    found = []
    for threshold in ASPECT_THRESHOLD_GRID:
        p = scores >= threshold
        tp = int((p & (gold == 1)).sum())
        denominator = int(p.sum() + gold.sum())
        found.append(2 * tp / denominator if denominator else 0.0)
    return found


def near_best(values: Sequence[float], tolerance: float) -> list[float]:
    """The thresholds of the grid whose ``values`` (one per threshold) are within
    ``tolerance`` of the best: on a flat curve they are as good as each other."""
    return [float(t) for t, v in zip(ASPECT_THRESHOLD_GRID, values, strict=True)
            if v >= max(values) - tolerance - 1e-9]


def choose_aspect_thresholds(gold: np.ndarray, scores: np.ndarray) -> dict[str, float]:
    thresholds = {}
    for column, aspect in enumerate(ASPECTS):
        best, best_f1 = 0.5, -1.0
        for threshold, f1 in zip(ASPECT_THRESHOLD_GRID,
                                 _f1_by_threshold(gold[:, column], scores[:, column]),
                                 strict=True):
            if f1 > best_f1 + 1e-9:
                best, best_f1 = float(threshold), f1
        thresholds[aspect] = best
    return thresholds


def choose_clause_thresholds(gold: np.ndarray, scores: np.ndarray) -> dict[str, float]:
    """Per aspect, the clause score that best separates (F1) the clauses carrying it from
    the rest; scores whose F1 is within one clause of the best (1 / clauses of the aspect)
    count as equal, and the one nearest 0.5 is taken. Over some hundred dev clauses per
    aspect the F1 curve is nearly flat: two trainings that differed in twenty rows moved
    the strict best for `menyalahkan` from 0.56 to 0.80 (F1 0.55 against 0.56), and with it
    which blaming clauses are marked at all."""
    thresholds = {}
    for column, aspect in enumerate(ASPECTS):
        near = near_best(_f1_by_threshold(gold[:, column], scores[:, column]),
                         1 / max(1, int(gold[:, column].sum())))
        thresholds[aspect] = min(near, key=lambda t: (abs(t - 0.5), t))
    return thresholds


def chrf(hypothesis: str, reference: str, max_order: int = 6, beta: float = 2.0) -> float:
    """Character n-gram F-score (chrF, Popović 2015), spaces removed, averaged over orders."""
    from collections import Counter

    hyp, ref = hypothesis.replace(" ", ""), reference.replace(" ", "")
    precisions, recalls = [], []
    for n in range(1, max_order + 1):
        h = Counter(hyp[i : i + n] for i in range(len(hyp) - n + 1))
        r = Counter(ref[i : i + n] for i in range(len(ref) - n + 1))
        if not h or not r:
            continue
        overlap = sum((h & r).values())
        precisions.append(overlap / sum(h.values()))
        recalls.append(overlap / sum(r.values()))
    if not precisions:
        return 0.0
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    if p + r == 0:
        return 0.0
    return round(100 * (1 + beta**2) * p * r / (beta**2 * p + r), 2)
