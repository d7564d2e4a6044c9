"""``ToneChecker``: the one facade every door uses to check and rewrite replies."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from models.analysis import Analysis, analyze
from models.detector import (
    ClauseScore,
    ClauseTagger,
    Detector,
    Prediction,
    load_detector,
    one_request,
)
from models.errors import EmptyTextError, InvalidTextError, TextTooLongError
from models.explain import (
    combined_aspect_scores,
    explain,
    joined_neighbours,
    occlusion_spans,
    span_order,
)
from models.result import AspectScore, CheckResult, ModelInfo, Register, Span, Suggestion
from models.rewriter import Rewriter
from models.taxonomy import LABEL_HARSH, LABEL_OK
from models.tips import tips_for

logger = logging.getLogger(__name__)

MAX_CHARS = 5000


def validate_text(text: object, max_chars: int = MAX_CHARS) -> str:
    """The text itself, or a domain error saying plainly what is wrong with it."""
    if not isinstance(text, str):
        raise InvalidTextError(f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise EmptyTextError("text is empty or only whitespace")
    if any("\ud800" <= c <= "\udfff" for c in text):
        raise InvalidTextError("text contains unpaired surrogate code points (not valid Unicode)")
    if len(text) > max_chars:
        raise TextTooLongError(f"text has {len(text)} characters; the limit is {max_chars}")
    return text


class ToneChecker:
    """Checks replies for a raised tone, explains why, and suggests a softer version."""

    def __init__(self, detector: Detector, max_chars: int = MAX_CHARS):
        self.detector = detector
        self.manifest = detector.manifest
        self.max_chars = max_chars
        self.model_info = ModelInfo(name=self.manifest.name, version=self.manifest.version)
        self._rewriter = Rewriter(self._score_texts, self.manifest.threshold, self._spans_of,
                                  self._clauses_marked if isinstance(detector, ClauseTagger)
                                  else None)

    @classmethod
    def load(cls, model_dir: Path | str | None = None, *, max_chars: int = MAX_CHARS
             ) -> ToneChecker:
        """Load the model in ``model_dir``, else ``$SANTUN_MODEL``, else the embedded default."""
        return cls(load_detector(model_dir), max_chars=max_chars)

    @property
    def threshold(self) -> float:
        return self.manifest.threshold

    def check(self, text: str, *, threshold: float | None = None, rewrite: bool = True,
              register: Register | None = None, occlusion: bool = True) -> CheckResult:
        return self.check_many([text], threshold=threshold, rewrite=rewrite,
                               register=register, occlusion=occlusion)[0]

    @one_request()  # a check's readings repeat (clauses left out, variants tried)
    def check_many(self, texts: Sequence[str], *, threshold: float | None = None,
                   rewrite: bool = True, register: Register | None = None,
                   occlusion: bool = True) -> list[CheckResult]:
        """Check several texts in one model call; raises on the first invalid text.

        ``occlusion=False`` keeps only the lexicon and shouting spans (no occlusion pass, no
        clause spans): faster, and the right thing when counting phrases over many replies
        (an audit)."""
        texts = [validate_text(t, self.max_chars) for t in texts]
        analyses = [analyze(t) for t in texts]
        predictions = self.detector.predict(analyses)
        cutoff = self.threshold if threshold is None else threshold
        # Clauses are only read for replies judged harsh, all of them in one model call.
        harsh = [i for i, p in enumerate(predictions) if p.score >= cutoff]
        tagged: list[list[ClauseScore]] = [[] for _ in analyses]
        for i, found in zip(harsh, self._tag([analyses[i] for i in harsh]), strict=True):
            tagged[i] = found
        results = []
        for analysis, prediction, clauses in zip(analyses, predictions, tagged, strict=True):
            label, aspects, spans = self._explain(analysis, prediction, cutoff, occlusion,
                                                  clauses)
            suggestion = None
            if rewrite and label == LABEL_HARSH:
                suggestion = self._rewriter.rewrite(analysis.text, analysis, spans, register,
                                                    cutoff)
            results.append(CheckResult(
                label=label, score=round(prediction.score, 4), threshold=cutoff,
                aspects=aspects, spans=joined_neighbours(analysis.text, spans), tips=tips_for(
                    analysis), suggestion=suggestion,
                model=self.model_info,
            ))
        return results

    @one_request()
    def rewrite(self, text: str, *, register: Register | None = None,
                threshold: float | None = None) -> Suggestion:
        """A softer version of ``text``; for a reply that already reads as ok, the framing
        and spelling edits only."""
        analysis = analyze(validate_text(text, self.max_chars))
        cutoff = self.threshold if threshold is None else threshold
        prediction = self.detector.predict([analysis])[0]
        # Spans are only reported for harsh replies; the rules still apply to ok ones.
        tagged = self._tag([analysis])[0] if prediction.score >= cutoff else []
        _, _, spans = self._explain(analysis, prediction, cutoff, True, tagged)
        return self._rewriter.rewrite(text, analysis, spans, register, cutoff)

    def _tag(self, analyses: list[Analysis]) -> list[list[ClauseScore]]:
        """Clause scores where the detector can give them; none from one that cannot (the
        transformer), whose explanations then rest on rules and occlusion alone."""
        if not analyses or not isinstance(self.detector, ClauseTagger):
            return [[] for _ in analyses]
        return self.detector.tag_clauses(analyses)

    def _explain(self, analysis: Analysis, prediction: Prediction, cutoff: float,
                 occlusion: bool, tagged: list[ClauseScore]
                 ) -> tuple[str, list[AspectScore], list[Span]]:
        """Label, aspects and spans of one scored reply."""
        label = LABEL_HARSH if prediction.score >= cutoff else LABEL_OK
        aspect_scores = combined_aspect_scores(analysis, prediction, self.manifest, tagged)
        # Without occlusion only rule spans are shown; the clauses still weigh in on aspects,
        # so an audit counts the same aspects a check shows.
        aspects, spans = explain(analysis, label, aspect_scores, self.manifest,
                                 tagged if occlusion else ())
        if label == LABEL_HARSH and occlusion:
            names = [a.name for a in aspects]
            unexplained = [a for a in names if a not in {s.aspect for s in spans}]
            found = occlusion_spans(analysis, prediction, names, unexplained, self.detector)
            # A clause inside one the tagger already marks is shown once, with the
            # tagger's aspect.
            found = [s for s in found
                     if not any(t.start <= s.start and s.end <= t.end for t in spans)]
            spans = sorted(spans + found, key=span_order)
        return label, aspects, spans

    def _spans_of(self, analysis: Analysis) -> list[Span]:
        """Spans the detector finds in a reply, whatever its score (threshold 0)."""
        prediction = self.detector.predict([analysis])[0]
        return self._explain(analysis, prediction, 0.0, True, self._tag([analysis])[0])[2]

    def _clauses_marked(self, texts: list[str]) -> list[bool]:
        """Whether the clause tagger marks some clause of each text, read alone, at the
        clause thresholds chosen on dev (as a check marks the clauses of a reply)."""
        thresholds = self.manifest.extra.get("clause_thresholds", {})
        return [any(score >= float(thresholds.get(aspect, 1.1))
                    for clause in found for aspect, score in clause.aspects.items())
                for found in self._tag([analyze(t) for t in texts])]

    def _score_texts(self, texts: list[str]) -> list[float]:
        return self.score([analyze(t) for t in texts])

    def score(self, analyses: Sequence[Analysis]) -> list[float]:
        return [p.score for p in self.detector.predict(analyses)]
