"""Turn a detector's scores and the rule hits into the aspects, spans and tips of a result."""

from __future__ import annotations

from models.analysis import Analysis, Hit
from models.detector import Manifest, Prediction
from models.result import AspectScore, Span, Tip
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
