"""A stand-in detector for rewriter tests: it reads a sentence as harsh by its words, so a
test states exactly what the model would see."""

import re

from models.analysis import sentences
from models.result import Span
from models.rewriter import Rewriter


def sentence_rewriter(aspect, harsh_words, calm_words=()):
    """A rewriter whose detector reads a sentence with any of ``harsh_words`` as harsh,
    unless it also has one of ``calm_words`` (both matched in lower case), and marks each
    such sentence with ``aspect``."""

    def harsh(sentence):
        lower = sentence.lower()
        return (any(w in lower for w in harsh_words)
                and not any(w in lower for w in calm_words))

    def score_many(texts):
        return [0.9 if any(harsh(t[a:b]) for a, b in sentences(t)) else 0.1 for t in texts]

    def find_spans(analysis):
        text = analysis.text
        return [Span(start=a, end=b, text=text[a:b], aspect=aspect, reason="-")
                for a, b in sentences(text) if harsh(text[a:b])]

    return Rewriter(score_many, 0.5, find_spans)


def phrase_rewriter(aspect, phrases, alone=()):
    """A rewriter whose detector marks each of ``phrases`` where it stands and reads any
    text holding one as harsh, and each of ``alone`` as harsh only read on its own."""

    def score_many(texts):
        return [0.9 if any(p in t.lower() for p in phrases) or t.strip(" ,.").lower() in alone
                else 0.1 for t in texts]

    def find_spans(analysis):
        text, lower = analysis.text, analysis.text.lower()
        return [Span(start=m.start(), end=m.end(), text=text[m.start():m.end()],
                     aspect=aspect, reason="-")
                for p in (*phrases, *alone) for m in re.finditer(re.escape(p), lower)]

    return Rewriter(score_many, 0.5, find_spans)


def calm_rewrite(draft, **options):
    """The suggestion for ``draft`` from a rewriter whose detector reads every text as calm:
    what the rules alone make of it."""
    return Rewriter(lambda texts: [0.1] * len(texts), 0.5).rewrite(draft, **options)
