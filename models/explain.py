"""Turn a detector's scores and the rule hits into the aspects, spans and tips of a result."""

from __future__ import annotations

import re

from models.analysis import Analysis, Hit, analyze
from models.detector import Detector, Manifest, Prediction
from models.result import AspectScore, Span
from models.taxonomy import ASPECTS, LABEL_HARSH


def combined_aspect_scores(analysis: Analysis, prediction: Prediction,
                           manifest: Manifest) -> dict[str, float]:
    """Model score per aspect, raised by rule evidence (noisy-OR with the rule's precision
    measured on the training split and stored in the manifest)."""
    precision = manifest.extra.get("rule_precision", {})
    scores = {}
    for aspect in ASPECTS:
        score = prediction.aspects.get(aspect, 0.0)
        if analysis.hits_for(aspect):
            score = 1.0 - (1.0 - score) * (1.0 - float(precision.get(aspect, 0.5)))
        scores[aspect] = score
    return scores


def explain(analysis: Analysis, label: str, aspect_scores: dict[str, float],
            manifest: Manifest) -> tuple[list[AspectScore], list[Span]]:
    """Aspects at or above their thresholds and the spans that carry them (none for ok)."""
    if label != LABEL_HARSH:
        return [], []
    chosen = [a for a in ASPECTS if aspect_scores[a] >= manifest.aspect_thresholds.get(a, 0.5)]
    if not chosen:
        # A harsh reply always has some harshness: name the likeliest kind.
        chosen = [max(ASPECTS, key=lambda a: aspect_scores[a])]
    aspects = [AspectScore(name=a, score=round(aspect_scores[a], 4)) for a in chosen]
    spans = [_span(analysis.text, hit) for hit in analysis.hits if hit.aspect in chosen]
    return aspects, spans


def _span(text: str, hit: Hit) -> Span:
    return Span(start=hit.start, end=hit.end, text=text[hit.start : hit.end], aspect=hit.aspect,
                reason=hit.reason)


# Why a clause found by occlusion sounds harsh, per aspect: said so a trainer can teach it.
OCCLUSION_REASONS = {
    "kasar": "Kalimat ini memuat kata atau sebutan yang menghina warga.",
    "menyalahkan": "Kalimat ini terbaca menyalahkan warga atas masalah yang dilaporkan.",
    "merendahkan": "Kalimat ini terbaca menyindir atau merendahkan warga, meski tanpa kata kasar.",
    "mengabaikan": "Kalimat ini terbaca menolak atau melempar urusan tanpa memberi jalan keluar.",
    "membentak": "Kalimat ini terbaca seperti nada marah atau membentak.",
    "memerintah": "Kalimat ini terbaca sebagai perintah ketus kepada warga.",
    "mengancam": "Kalimat ini terbaca sebagai ancaman kepada warga.",
}
_CLAUSE = re.compile(r"[^.!?;\n,]+[.!?;,…]*")
MIN_DROP = 0.05


def clauses(text: str) -> list[tuple[int, int]]:
    """Clause stretches (split at sentence marks, semicolons and commas), trimmed of spaces."""
    found = []
    for match in _CLAUSE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        stripped = text[start:end].rstrip(" \t.,;!?…")
        if any(c.isalnum() for c in stripped):
            found.append((start, start + len(stripped)))
    return found


def _mostly_courtesy(piece: tuple[int, int], courtesy: list[tuple[int, int]]) -> bool:
    """A greeting or thanks clause: removing it only makes a reply colder, never kinder."""
    start, end = piece
    covered = sum(max(0, min(end, b) - max(start, a)) for a, b in courtesy)
    return covered * 2 >= end - start


def occlusion_spans(analysis: Analysis, prediction: Prediction, aspects: list[str],
                    detector: Detector) -> list[Span]:
    """Spans for aspects no rule explains: the clause whose removal lowers that aspect most.

    This is how sarcasm and passive aggression the lexicon does not know get highlighted.
    """
    text = analysis.text
    courtesy = [r for kind in ("salam", "sapaan", "terima_kasih", "maaf", "penutup")
                for r in analysis.polite.get(kind, [])]
    pieces = [c for c in clauses(text)
              if not any(h.start < c[1] and c[0] < h.end for h in analysis.hits)
              and not _mostly_courtesy(c, courtesy)]
    if not pieces or not aspects:
        return []
    variants = [analyze((text[:a] + text[b:]).strip() or ".") for a, b in pieces]
    occluded = detector.predict(variants)
    spans = []
    used: set[tuple[int, int]] = set()
    for aspect in aspects:
        base = prediction.aspects.get(aspect, 0.0)
        drops = [base - p.aspects.get(aspect, 0.0) + 0.5 * (prediction.score - p.score)
                 for p in occluded]
        # Prefer a clause not yet shown; one clause may carry two aspects if nothing else does.
        ranked = sorted(range(len(pieces)), key=lambda i: (-drops[i], i))
        ranked = [i for i in ranked if drops[i] >= MIN_DROP]
        if not ranked:
            continue
        best = next((i for i in ranked if pieces[i] not in used), ranked[0])
        used.add(pieces[best])
        start, end = pieces[best]
        spans.append(Span(start=start, end=end, text=text[start:end], aspect=aspect,
                          reason=OCCLUSION_REASONS[aspect]))
    return spans
