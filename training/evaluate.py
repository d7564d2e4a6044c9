"""``santun evaluate``: score a model on a corpus split and write Markdown and JSON reports."""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from models import ToneChecker
from models.taxonomy import ASPECTS, LABEL_HARSH
from training.dataset import aspects_of, labels_of, load_corpus
from training.metrics import aspect_metrics, chrf, label_metrics, span_precision, span_recall
from training.outside import outside_checks, stif_formality

logger = logging.getLogger(__name__)


@dataclass
class Report:
    data: dict
    paths: list[Path]

    def summary(self) -> str:
        label = self.data["label"]
        aspects = self.data["aspects"]
        lines = [
            f"{self.data['model']['name']} {self.data['model']['version']} on "
            f"{self.data['split']} ({label['n']} rows)",
            f"nada_tinggi P {label['precision']:.3f} R {label['recall']:.3f} "
            f"F1 {label['f1']:.3f} | macro-F1 {label['macro_f1']:.3f} | "
            f"false alarms {label['false_alarm_rate']:.3f}",
            f"aspect micro-F1 {aspects['micro_f1']:.3f} | span recall "
            f"{self.data['span_recall']:.3f}",
            "written: " + ", ".join(str(p) for p in self.paths),
        ]
        return "\n".join(lines)


def _by(rows, gold, predicted, key: str) -> dict:
    groups = defaultdict(list)
    for i, row in enumerate(rows):
        groups[row[key]].append(i)
    return {name: label_metrics(gold[idx], predicted[idx]) for name, idx in sorted(groups.items())}


def calibration(gold: np.ndarray, scores: np.ndarray, bins: int = 10) -> list[dict]:
    """Observed share of nada_tinggi per band of predicted score (the reliability curve)."""
    curve = []
    for k in range(bins):
        low, high = k / bins, (k + 1) / bins
        inside = (scores >= low) & ((scores < high) if k < bins - 1 else (scores <= high))
        if inside.any():
            curve.append({"low": low, "high": high, "n": int(inside.sum()),
                          "mean_score": round(float(scores[inside].mean()), 4),
                          "observed": round(float(gold[inside].mean()), 4)})
    return curve


def _plot_calibration(curve: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(4.5, 4.5), dpi=120)
    axis.plot([0, 1], [0, 1], linestyle="--", color="#999", label="sempurna")
    axis.plot([c["mean_score"] for c in curve], [c["observed"] for c in curve], marker="o",
              color="#b3261e", label="model")
    axis.set_xlabel("skor nada_tinggi (rata-rata per kelompok)")
    axis.set_ylabel("proporsi nada_tinggi sebenarnya")
    axis.set_title("Kurva keandalan (kalibrasi)")
    axis.legend(loc="upper left")
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)


def rewrite_quality(checker: ToneChecker, rows: list[dict], sample: int = 20) -> dict:
    """How the suggestions for harsh test rows fare against the corpus's gold rewrites."""
    pairs = [r for r in rows if r["label"] == LABEL_HARSH and r.get("rewrite")]
    if not pairs:
        return {"n": 0}
    suggestions = [checker.rewrite(r["text"]) for r in pairs]
    passes = keeps = clean = 0
    scores, ratios, examples = [], [], []
    for row, suggestion in zip(pairs, suggestions, strict=True):
        text = suggestion.text
        passes += suggestion.passes
        keeps += all(fact in text for fact in row.get("keep", []))
        left = [s for s in row["spans"] if row["text"][s["start"] : s["end"]] in text]
        clean += not left
        scores.append(chrf(text, row["rewrite"]))
        ratios.append(len(text) / max(len(row["text"]), 1))
        if len(examples) < sample:
            examples.append({"id": row["id"], "draft": row["text"], "suggestion": text,
                             "reference": row["rewrite"], "passes": suggestion.passes})
    n = len(pairs)
    return {
        "n": n,
        "passes_check": round(passes / n, 4),
        "keeps_all_facts": round(keeps / n, 4),
        "no_gold_harsh_span_left": round(clean / n, 4),
        "chrf_vs_reference": round(float(np.mean(scores)), 2),
        "length_ratio": round(float(np.median(ratios)), 3),
        "examples": examples,
    }


def evaluate(model_dir: str | Path | None = None, split: str = "test",
             out_dir: Path = Path("reports"), outside: bool = True) -> Report:
    checker = ToneChecker.load(model_dir)
    corpus = load_corpus()
    rows = corpus.split(split, "handwritten") if split == "test" else corpus.split(split)
    results = checker.check_many([r["text"] for r in rows], rewrite=False)
    gold = labels_of(rows)
    predicted = np.array([1 if r.label == LABEL_HARSH else 0 for r in results])
    harsh = [i for i, r in enumerate(rows) if r["label"] == LABEL_HARSH]
    predicted_aspects = np.zeros((len(harsh), len(ASPECTS)), dtype=int)
    for k, i in enumerate(harsh):
        for aspect in results[i].aspects:
            predicted_aspects[k, ASPECTS.index(aspect.name)] = 1
    data = {
        "model": checker.model_info.model_dump(),
        "split": split,
        "label": label_metrics(gold, predicted),
        "aspects": aspect_metrics(aspects_of([rows[i] for i in harsh]), predicted_aspects),
        "span_recall": span_recall([rows[i]["spans"] for i in harsh],
                                   [[(s.start, s.end) for s in results[i].spans] for i in harsh]),
        "span_precision": span_precision(
            [rows[i]["spans"] for i in harsh],
            [[(s.start, s.end) for s in results[i].spans] for i in harsh]),
        "by_domain": _by(rows, gold, predicted, "domain"),
        "by_register": _by(rows, gold, predicted, "register"),
        "calibration": calibration(gold, np.array([r.score for r in results])),
        "rewrite": rewrite_quality(checker, rows),
        "outside": outside_checks(checker) if outside else {"skipped": "not requested"},
        "outside_formality": stif_formality() if outside else {"skipped": "not requested"},
        "errors": [
            {"id": rows[i]["id"], "gold": rows[i]["label"], "score": results[i].score}
            for i in range(len(rows)) if gold[i] != predicted[i]
        ],
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    _plot_calibration(data["calibration"], out_dir / "calibration.png")
    json_path = out_dir / "evaluation.json"
    json_path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    md_path = out_dir / "evaluation.md"
    md_path.write_text(_markdown(data), encoding="utf-8")
    return Report(data, [md_path, json_path, out_dir / "calibration.png"])


def _markdown(data: dict) -> str:
    label, aspects = data["label"], data["aspects"]
    c = label["confusion"]
    lines = [
        f"# Evaluation: {data['model']['name']} {data['model']['version']}",
        "",
        f"Split: `{data['split']}` ({label['n']} rows).",
        "",
        "## Label",
        "| precision | recall | F1 | macro-F1 | false alarms on ok |",
        "|---|---|---|---|---|",
        f"| {label['precision']:.3f} | {label['recall']:.3f} | {label['f1']:.3f} | "
        f"{label['macro_f1']:.3f} | {label['false_alarm_rate']:.3f} |",
        "",
        "Confusion (rows gold, columns predicted):",
        "",
        "| | nada_tinggi | ok |",
        "|---|---|---|",
        f"| nada_tinggi | {c['tp']} | {c['fn']} |",
        f"| ok | {c['fp']} | {c['tn']} |",
        "",
        "## Aspects (harsh rows)",
        "| aspect | F1 | support |",
        "|---|---|---|",
        *(f"| {a} | {aspects[a]['f1']:.3f} | {aspects[a]['support']} |" for a in ASPECTS),
        f"| micro | {aspects['micro_f1']:.3f} | |",
        "",
        f"Span recall: {data['span_recall']:.3f} (span precision: "
        f"{data['span_precision']:.3f} of the spans shown lie mostly inside a gold span)",
        "",
    ]
    for key, title in (("by_domain", "By domain"), ("by_register", "By register")):
        lines += [f"## {title}", "| group | n | F1 | macro-F1 | false alarms |",
                  "|---|---|---|---|---|"]
        for name, stats in data[key].items():
            lines.append(f"| {name} | {stats['n']} | {stats['f1']:.3f} | "
                         f"{stats['macro_f1']:.3f} | {stats['false_alarm_rate']:.3f} |")
        lines.append("")
    lines += ["## Calibration", "![Kurva keandalan](calibration.png)", "",
              "| score band | n | mean score | observed nada_tinggi |", "|---|---|---|---|"]
    lines += [f"| {c['low']:.1f}-{c['high']:.1f} | {c['n']} | {c['mean_score']:.3f} | "
              f"{c['observed']:.3f} |" for c in data["calibration"]]
    lines.append("")
    lines += _rewrite_markdown(data["rewrite"])
    lines += _outside_markdown(data["outside"])
    stif = data["outside_formality"]
    lines += ["## Outside check: informal -> formal spelling (STIF customer-service chat)"]
    if "skipped" in stif:
        lines += [f"Skipped: {stif['skipped']}.", ""]
    else:
        lines += [f"chrF of the rewriter's formal-spelling step on {stif['n']} test sentences: "
                  f"{stif['chrf']:.1f} (leaving them unchanged: {stif['chrf_unchanged']:.1f}).",
                  ""]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _rewrite_markdown(rewrite: dict) -> list[str]:
    if not rewrite.get("n"):
        return ["## Rewrites", "No harsh rows with a reference rewrite in this split.", ""]
    lines = [
        "## Rewrites (harsh rows with a reference rewrite)",
        "| n | pass the check | keep every fact | no gold harsh span left | chrF vs reference "
        "| length ratio |",
        "|---|---|---|---|---|---|",
        f"| {rewrite['n']} | {rewrite['passes_check']:.3f} | {rewrite['keeps_all_facts']:.3f} | "
        f"{rewrite['no_gold_harsh_span_left']:.3f} | {rewrite['chrf_vs_reference']:.1f} | "
        f"{rewrite['length_ratio']:.2f} |",
        "",
        "### Sample, side by side",
        "| draft | suggestion | passes |",
        "|---|---|---|",
    ]
    lines += [f"| {_cell(e['draft'])} | {_cell(e['suggestion'])} | "
              f"{'ya' if e['passes'] else 'tidak'} |" for e in rewrite["examples"]]
    lines.append("")
    return lines


def _outside_markdown(outside: dict) -> list[str]:
    lines = ["## Outside checks (domain shift: not officer replies)"]
    if "skipped" in outside:
        return lines + [f"Skipped: {outside['skipped']}.", ""]
    lines += ["| data set | group | n | flagged | expectation |", "|---|---|---|---|---|"]
    for name, check in outside.items():
        if "skipped" in check:
            lines.append(f"| {name} | — | — | — | skipped: {check['skipped']} |")
            continue
        for group, stats in check["groups"].items():
            lines.append(f"| {name} | {group} | {stats['n']} | {stats['flag_rate']:.3f} | "
                         f"{check['expectation']} |")
    lines.append("")
    return lines
