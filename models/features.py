"""Dense rule features (lexicon hits, shouting, politeness, emoji) for the linear detector."""

from __future__ import annotations

import math

import numpy as np

from models.analysis import Analysis
from models.taxonomy import ASPECTS

POLITE_KINDS = ("salam", "sapaan", "terima_kasih", "maaf", "jalan_keluar", "penutup")
FEATURE_NAMES: tuple[str, ...] = (
    *(f"lex_{a}" for a in ASPECTS),
    "caps_runs",
    "punct_runs",
    "caps_share",
    *(f"polite_{k}" for k in POLITE_KINDS),
    "emoji_negative",
    "emoji_positive",
    "single_exclamation",
    "question_marks",
    "log_words",
)


def rule_features(analysis: Analysis) -> np.ndarray:
    lexicon_counts = dict.fromkeys(ASPECTS, 0)
    caps_runs = punct_runs = 0
    for hit in analysis.hits:
        if hit.rule == "huruf_kapital":
            caps_runs += 1
        elif hit.rule == "tanda_baca_berderet":
            punct_runs += 1
        else:
            lexicon_counts[hit.aspect] += 1
    words = max(len(analysis.tokens), 1)
    caps_chars = sum(h.end - h.start for h in analysis.hits if h.rule == "huruf_kapital")
    text = analysis.text
    values = [
        *(math.log1p(lexicon_counts[a]) for a in ASPECTS),
        math.log1p(caps_runs),
        math.log1p(punct_runs),
        min(caps_chars / max(len(text), 1), 1.0),
        *(1.0 if analysis.polite.get(k) else 0.0 for k in POLITE_KINDS),
        math.log1p(analysis.negative_emoji),
        math.log1p(analysis.positive_emoji),
        math.log1p(max(text.count("!") - 2 * punct_runs, 0)),
        math.log1p(text.count("?")),
        math.log(words) / 5.0,
    ]
    return np.asarray(values, dtype=np.float64)


def rule_feature_matrix(analyses: list[Analysis]) -> np.ndarray:
    if not analyses:
        return np.zeros((0, len(FEATURE_NAMES)))
    return np.vstack([rule_features(a) for a in analyses])
