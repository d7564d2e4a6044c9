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
from training.metrics import aspect_metrics, label_metrics, span_recall

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


def evaluate(model_dir: str | Path | None = None, split: str = "test",
             out_dir: Path = Path("reports")) -> Report:
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
        "by_domain": _by(rows, gold, predicted, "domain"),
        "by_register": _by(rows, gold, predicted, "register"),
        "errors": [
            {"id": rows[i]["id"], "gold": rows[i]["label"], "score": results[i].score}
            for i in range(len(rows)) if gold[i] != predicted[i]
        ],
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path = out_dir / "evaluation.json"
    json_path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    md_path = out_dir / "evaluation.md"
    md_path.write_text(_markdown(data), encoding="utf-8")
    return Report(data, [md_path, json_path])


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
        f"Span recall: {data['span_recall']:.3f}",
        "",
    ]
    for key, title in (("by_domain", "By domain"), ("by_register", "By register")):
        lines += [f"## {title}", "| group | n | F1 | macro-F1 | false alarms |",
                  "|---|---|---|---|---|"]
        for name, stats in data[key].items():
            lines.append(f"| {name} | {stats['n']} | {stats['f1']:.3f} | "
                         f"{stats['macro_f1']:.3f} | {stats['false_alarm_rate']:.3f} |")
        lines.append("")
    return "\n".join(lines)
