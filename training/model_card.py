"""Write ``MODEL_CARD.md`` beside an artifact, from its manifest and the corpus it saw."""

from __future__ import annotations

import json
from pathlib import Path

from models.detector import Manifest
from models.features import ASPECT_ONLY, FEATURE_NAMES
from training.dataset import Corpus, counts


def write_model_card(directory: Path, manifest: Manifest, corpus: Corpus | None) -> Path:
    table = counts(corpus) if corpus is not None else {}
    base = manifest.base_model or "none (trained from scratch on data/)"
    lines = [
        f"# {manifest.name} {manifest.version}",
        "",
        "## Details",
        f"- Kind: `{manifest.kind}`; base model: {base}.",
        f"- Normaliser version {manifest.normalizer_version}; "
        f"data hash `{manifest.data_hash[:16]}`.",
        f"- Decision threshold {manifest.threshold:.2f} (chosen on dev for at most "
        f"{_budget(manifest)} false alarms on `ok` replies{_smoothing(manifest)}).",
        *_input_lines(manifest),
        *(["- The label score of a reply of several sentences is the geometric mean of the "
           "whole reply's and its harshest sentence's (each sentence read alone)."]
          if manifest.extra.get("sentence_pooling") else []),
        *(["- Thresholds and weights were chosen on dev with the model fitted on train; the "
           "weights saved here were then fitted again on train and dev together."]
          if manifest.extra.get("refit_on_dev") else []),
        "",
        "## Labels",
        "- `nada_tinggi`: a reasonable citizen would read the reply as harsh; `ok` otherwise.",
        _aspect_threshold_line(manifest),
        *_clause_lines(manifest),
        *([f"- Another aspect is named beside the likeliest only if its score is at least "
           f"{manifest.extra['aspect_ratio']:.2f} of the likeliest's (chosen on dev)."]
          if manifest.extra.get("aspect_ratio") else []),
        "",
        "## Evaluation",
        "Scores measured when the model was saved (dev split; run `santun evaluate` for the "
        "test split and outside checks"
        + ("; these dev scores are those of the model fitted on train alone, before it was "
           "fitted again on train and dev" if manifest.extra.get("refit_on_dev") else "")
        + "):",
        "",
        "```json",
        json.dumps(manifest.metrics, indent=2, ensure_ascii=False),
        "```",
        "",
        "## Intended use",
        "Checking the tone of draft replies that Indonesian local-government officers write to "
        "citizens' complaints, before sending, with a person deciding what to send.",
        "",
        "## Out of scope",
        "Judging citizens' messages, moderating social media, scoring staff performance on its "
        "own, or any decision about a person made without a human reading the text.",
        "",
        "## Limitations",
        "- Trained only on the project's own written corpus (Kota Pekalongan style replies); "
        "other regions, languages and registers may score worse.",
        "- Sarcasm that needs world knowledge, and harshness spread thinly over a long reply, "
        "are the most likely misses; unusual acronyms in capitals may be read as shouting.",
        "",
        "## Training data",
        f"`data/` corpus, counts: `{json.dumps(table.get('label', {}), ensure_ascii=False)}` by "
        f"label, `{json.dumps(table.get('split', {}))}` by split.",
        *([f"Besides the train and dev rows, the model was fitted on {'; '.join(copies)}."]
          if (copies := manifest.extra.get("training_copies")) else []),
        "",
    ]
    path = directory / "MODEL_CARD.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _aspect_threshold_line(manifest: Manifest) -> str:
    """The aspects' thresholds: one line for one shared threshold, else each aspect's."""
    thresholds = manifest.aspect_thresholds
    if len(set(thresholds.values())) == 1:
        return (f"- Aspects ({', '.join(f'`{a}`' for a in thresholds)}) share one threshold, "
                f"{next(iter(thresholds.values())):.2f} (chosen on dev for aspect micro-F1, "
                "thresholds within one gold aspect of the best counting as equal and the "
                "middle one taken).")
    return ("- Aspects and their thresholds: "
            + ", ".join(f"`{a}` {t:.2f}" for a, t in thresholds.items()) + ".")


def _clause_lines(manifest: Manifest) -> list[str]:
    """What the clause tagger adds, for models that have one."""
    thresholds = manifest.extra.get("clause_thresholds")
    if not thresholds:
        return []
    return [
        f"- Clause tagger: an aspect's score is {1 - manifest.extra['clause_weight']:.2f} the "
        f"reply's and {manifest.extra['clause_weight']:.2f} its likeliest clause's (chosen on "
        "dev for aspect micro-F1, settings within 0.005 of the best counting as equal and "
        "the one finding most gold spans taken); clauses at or above these scores become "
        "spans (each chosen on dev clauses for F1, scores within one clause of the best "
        "counting as equal and the one nearest 0.5 taken): "
        + ", ".join(f"`{a}` {t:.2f}" for a, t in thresholds.items()) + ".",
    ]


def _budget(manifest: Manifest) -> str:
    """The false-alarm budget the threshold was chosen for, as the manifest records it."""
    budget = manifest.extra.get("max_false_alarm")
    return f"{float(budget):.1%}" if budget is not None else "the chosen share of"


def _smoothing(manifest: Manifest) -> str:
    """How dev F1 was smoothed before the threshold was chosen, when it was, and how near
    the best F1 a threshold counted as equal to it."""
    window = manifest.extra.get("threshold_window")
    tolerance = manifest.extra.get("threshold_tolerance")
    said = f", by F1 averaged over {int(window) / 100:.2f} either side" if window else ""
    if tolerance:
        said += (f", thresholds within {float(tolerance):.3f} of the best F1 counting as "
                 "equal and the one nearest 0.5 taken")
    return said


def _input_lines(manifest: Manifest) -> list[str]:
    """What the embedded default reads; a transformer's inputs are its tokenizer's."""
    if manifest.kind != "linear":
        return []
    return [
        "- Inputs: word 1-2-grams and character 2-5-grams (tf-idf) of the normalised text, "
        "and rule features: " + ", ".join(f"`{n}`" for n in FEATURE_NAMES) + ". "
        + ", ".join(f"`{n}`" for n in ASPECT_ONLY) + " tell one kind of harshness from "
        "another: the aspect and clause heads read them, the label head does not.",
    ]
