"""The embedded default detector: word and character n-grams plus rule features, scored by
logistic regressions (one for the label, one per aspect)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from pathlib import Path

import joblib
import numpy as np
from scipy import sparse
from scipy.special import expit
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from models.analysis import Analysis, analyze, clauses, sentences
from models.detector import ClauseScore, Manifest, Prediction, request_memory
from models.errors import ModelCorruptError
from models.features import ASPECT_ONLY, FEATURE_NAMES, rule_feature_matrix
from models.taxonomy import ASPECTS

WEIGHTS = "linear.joblib"
PARTS = frozenset({"words", "chars", "label", "aspects", "clauses"})
# Rule features are few and dense; this puts them on the scale of the tf-idf blocks.
RULE_WEIGHT = 1.0


def _vectorizers() -> tuple[TfidfVectorizer, TfidfVectorizer]:
    words = TfidfVectorizer(
        analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True,
        token_pattern=r"(?u)\b\w+\b", lowercase=False, dtype=np.float32,
    )
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True,
        lowercase=False, max_features=150_000, dtype=np.float32,
    )
    return words, chars


class LinearDetector:
    def __init__(self, manifest: Manifest, parts: dict):
        self.manifest = manifest
        self._words: TfidfVectorizer = parts["words"]
        self._chars: TfidfVectorizer = parts["chars"]
        self._label: LogisticRegression = parts["label"]
        self._aspects: dict[str, LogisticRegression | float] = parts["aspects"]
        # Per-aspect heads over single clauses; empty for a model saved before they existed.
        self._clauses: dict[str, LogisticRegression | float] = parts.get("clauses", {})
        self._grams = _Grams(self._words, self._chars)
        self._sentence_memory: dict[str, float] = {}
        self._stack()

    def _stack(self) -> None:
        """All eight logistic regressions as one weight matrix: serving is then a single
        sparse product instead of eight scikit-learn calls with their input checks. The
        clause heads are stacked the same way."""
        if self._label is None:
            return
        width = self._label.coef_.shape[1]
        self._weights, self._biases = _stacked(
            [self._label] + [self._aspects.get(a) for a in ASPECTS], width)
        self._clause_weights = self._clause_biases = None
        if self._clauses:
            self._clause_weights, self._clause_biases = _stacked(
                [self._clauses.get(a) for a in ASPECTS], width)

    # ---- training -------------------------------------------------------------------
    @classmethod
    def fit(cls, analyses: Sequence[Analysis], labels: np.ndarray, aspects: np.ndarray,
            manifest: Manifest, *, c_label: float = 8.0, c_aspect: float = 8.0,
            seed: int = 0) -> LinearDetector:
        """``labels``: 0/1 per text; ``aspects``: a (texts x 7) 0/1 matrix."""
        words, chars = _vectorizers()
        texts = [a.normalized for a in analyses]
        words.fit(texts)
        chars.fit(texts)
        detector = cls(manifest, {"words": words, "chars": chars, "label": None, "aspects": {}})
        features = detector._features(analyses)
        label = LogisticRegression(C=c_label, class_weight="balanced", max_iter=4000,
                                   random_state=seed, solver="liblinear")
        # The label head does not see the features that only tell one kind of harshness
        # from another (a bare command opens many a helpful instruction: "Bawa KK asli ya").
        hidden = [detector._grams.width + FEATURE_NAMES.index(n) for n in ASPECT_ONLY]
        shown = np.ones(features.shape[1])
        shown[hidden] = 0.0
        label.fit(features @ sparse.diags(shown, format="csr"), labels)
        label.coef_[0, hidden] = 0.0
        detector._label = label
        # Aspects are only ever read for replies judged harsh, so they are learnt from harsh
        # rows alone: the models then separate one kind of harshness from another.
        harsh = np.asarray(labels) == 1
        features, aspects = features[harsh], np.asarray(aspects)[harsh]
        detector._aspects = _fit_heads(features, aspects, c_aspect, seed)
        detector._stack()
        return detector

    def fit_clauses(self, parts: Sequence[Analysis], aspects: np.ndarray, *,
                    c: float = 4.0, seed: int = 0) -> None:
        """Learn which aspect a single clause carries: ``clauses`` are parts of training
        replies (``Analysis.part``), ``aspects`` a (parts x 7) 0/1 matrix from the gold
        spans they overlap; clauses of ok replies and harmless clauses are all-zero rows."""
        self._clauses = _fit_heads(self._features(parts), np.asarray(aspects), c, seed)
        self._stack()

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        joblib.dump({"words": self._words, "chars": self._chars, "label": self._label,
                     "aspects": self._aspects, "clauses": self._clauses}, directory / WEIGHTS,
                    compress=3)
        self.manifest.write(directory)

    # ---- serving --------------------------------------------------------------------
    @classmethod
    def load(cls, directory: Path, manifest: Manifest) -> LinearDetector:
        try:
            parts = joblib.load(directory / WEIGHTS)
        except FileNotFoundError as error:
            raise ModelCorruptError(f"{directory / WEIGHTS} is missing") from error
        except Exception as error:  # a truncated or foreign file: say which
            raise ModelCorruptError(f"{directory / WEIGHTS} cannot be loaded: {error}") from error
        if not isinstance(parts, dict) or not (
                {"words", "chars", "label", "aspects"} <= set(parts) <= PARTS):
            raise ModelCorruptError(f"{directory / WEIGHTS} is not a linear Santun model")
        detector = cls(manifest, parts)
        trained_rules = detector._weights.shape[0] - detector._grams.width
        if trained_rules != len(FEATURE_NAMES):
            # A model trained with another set of rule features would fail on its first
            # check with a shape error; say what it is and how to mend it instead.
            raise ModelCorruptError(
                f"{directory} was trained with {trained_rules} rule features and this code "
                f"has {len(FEATURE_NAMES)}: retrain it (`santun train`)")
        return detector

    def _features(self, analyses: Sequence[Analysis]) -> sparse.csr_matrix:
        """The word and character tf-idf blocks and the rule features, as training sees
        them; serving sums the same tf-idf values without building this matrix."""
        row, column, value = self._grams.tfidf([a.normalized for a in analyses])
        grams = sparse.csr_matrix((value.astype(np.float32), (row, column)),
                                  shape=(len(analyses), self._grams.width))
        rules = sparse.csr_matrix(rule_feature_matrix(list(analyses)) * RULE_WEIGHT)
        return sparse.hstack([grams, rules], format="csr")

    def _heads(self, head: str) -> tuple[np.ndarray, np.ndarray]:
        """Weights and biases of one stack: ``reply`` (label and aspects of a whole reply),
        ``label`` (the label alone, for sentences) or ``clause`` (the clause tagger)."""
        if head == "reply":
            return self._weights, self._biases
        if head == "label":
            return self._weights[:, :1], self._biases[:1]
        return self._clause_weights, self._clause_biases

    def _logits(self, analyses: Sequence[Analysis], head: str) -> np.ndarray:
        """The logits of one stack for each reading. Inside :func:`one_request` each
        distinct reading is computed once: a reading's logits depend only on its normalised
        text and its rule features, and are the same whatever batch it came in."""
        weights, biases = self._heads(head)
        rules = rule_feature_matrix(list(analyses)) * RULE_WEIGHT
        memory = request_memory()
        if memory is None:
            return self._computed_logits(analyses, rules, weights, biases)
        keys = [(head, a.normalized, row.tobytes()) for a, row in zip(analyses, rules,
                                                                     strict=True)]
        missing = {key: i for i, key in enumerate(keys) if key not in memory}
        if missing:
            at = list(missing.values())
            found = self._computed_logits([analyses[i] for i in at], rules[at], weights,
                                          biases)
            memory.update(zip(missing, found, strict=True))
        return np.array([memory[key] for key in keys]).reshape(len(keys), weights.shape[1])

    def _computed_logits(self, analyses: Sequence[Analysis], rules: np.ndarray,
                         weights: np.ndarray, biases: np.ndarray) -> np.ndarray:
        """``self._features(analyses) @ weights + biases`` for serving, without building the
        sparse matrix: each n-gram's weight row is gathered and summed per text."""
        grams = self._grams
        row, column, value = grams.tfidf([a.normalized for a in analyses])
        logits = np.zeros((len(analyses), weights.shape[1]))
        if len(row):
            starts = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
            logits[row[starts]] = np.add.reduceat(weights[column] * value[:, None], starts,
                                                  axis=0)
        # Summed row by row rather than by a matrix product, whose kernel (and so the last
        # bit of a score) could depend on how many texts came in one call.
        logits += np.add.reduce(rules[:, :, None] * weights[None, grams.width:], axis=1)
        return logits + biases

    def predict(self, analyses: Sequence[Analysis], *, pooled: bool = True
                ) -> list[Prediction]:
        """Label and aspect probabilities; ``pooled=False`` gives the whole reply's label
        score without its harshest sentence's (occlusion measures what one clause adds to
        the whole, which the harshest sentence alone would mask)."""
        if not analyses:
            return []
        probabilities = expit(self._logits(analyses, "reply"))
        if pooled and self.manifest.extra.get("sentence_pooling"):
            probabilities[:, 0] = self._pooled(analyses, probabilities[:, 0])
        return [
            Prediction(float(row[0]), {a: float(row[1 + k]) for k, a in enumerate(ASPECTS)})
            for row in probabilities
        ]

    def _pooled(self, analyses: Sequence[Analysis], whole: np.ndarray) -> np.ndarray:
        """The label score of each reply pooled with that of its harshest sentence: the
        geometric mean of the two. One scolding sentence in a long courteous letter is
        diluted in the whole reply's n-grams; read alone it is not. A reply of one sentence
        keeps its score."""
        pieces = [(i, analysis.text[a:b]) for i, analysis in enumerate(analyses)
                  for a, b in _several(sentences(analysis.text))]
        if not pieces:
            return whole
        alone = self._sentence_scores([sentence for _, sentence in pieces])
        seen: dict[int, float] = {}
        for (i, _), score in zip(pieces, alone, strict=True):
            seen[i] = max(seen.get(i, 0.0), score)
        pooled = whole.copy()
        for i, top in seen.items():
            pooled[i] = np.sqrt(whole[i] * top)
        return pooled

    SENTENCES_REMEMBERED = 20_000

    def _sentence_scores(self, texts: list[str]) -> list[float]:
        """The label score of each sentence read alone (its own reading, whatever reply it
        came from, so the same sentence always scores the same). Remembered: a rewrite reads
        the same sentences again in every variant it tries."""
        memory = self._sentence_memory
        # Read into a local table first: another thread may clear the memory meanwhile.
        known = {t: memory.get(t) for t in texts}
        missing = sorted(t for t, score in known.items() if score is None)
        if missing:
            if len(memory) + len(missing) > self.SENTENCES_REMEMBERED:
                memory.clear()
            logits = self._logits([analyze(t) for t in missing], "label")
            for text, score in zip(missing, expit(logits[:, 0]).tolist(), strict=True):
                memory[text] = known[text] = score
        return [known[t] for t in texts]


    def tag_clauses(self, analyses: Sequence[Analysis]) -> list[list[ClauseScore]]:
        """Aspect probabilities for every clause of every reply, in one sparse product."""
        found: list[list[ClauseScore]] = [[] for _ in analyses]
        pieces = [(i, start, end) for i, analysis in enumerate(analyses)
                  for start, end in clauses(analysis.text)]
        if self._clause_weights is None or not pieces:
            return found
        parts = [analyses[i].part(start, end) for i, start, end in pieces]
        logits = self._logits(parts, "clause")
        for (i, start, end), row in zip(pieces, expit(logits), strict=True):
            found[i].append(ClauseScore(start, end, dict(zip(ASPECTS, row.tolist(),
                                                             strict=True))))
        return found


def _several(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a reply that has more than one; none otherwise."""
    return found if len(found) > 1 else []


def _fit_heads(features: sparse.csr_matrix, targets: np.ndarray, c: float, seed: int
               ) -> dict[str, LogisticRegression | float]:
    """One logistic regression per aspect column; a constant where the column never varies."""
    heads: dict[str, LogisticRegression | float] = {}
    for column, aspect in enumerate(ASPECTS):
        target = targets[:, column]
        if target.min() == target.max():
            # Nothing to learn: keep the constant so predict still answers.
            heads[aspect] = float(target[0])
            continue
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=4000,
                                   random_state=seed, solver="liblinear")
        model.fit(features, target)
        heads[aspect] = model
    return heads


def _stacked(models: list[LogisticRegression | float | None], width: int
             ) -> tuple[np.ndarray, np.ndarray]:
    """Weight columns and biases of several binary logistic regressions side by side."""
    columns, biases = [], []
    for model in models:
        if isinstance(model, LogisticRegression):
            columns.append(model.coef_[0])
            biases.append(float(model.intercept_[0]))
        else:  # a constant head: zero weights, a bias that gives that probability
            probability = min(max(float(model or 0.0), 1e-6), 1 - 1e-6)
            columns.append(np.zeros(width))
            biases.append(float(np.log(probability / (1 - probability))))
    return np.column_stack(columns), np.asarray(biases)


class _Grams:
    """The word and character tf-idf blocks for serving, as (row, column, value) triples
    with columns numbered as in ``LinearDetector._features``.

    A ``char_wb`` analyzer makes its n-grams word by word, so a text's counts are the sum of
    its words' counts: each word's columns are looked up once and remembered (a bounded
    memory; rewriting scores many variants of the same words). Values are rounded through
    float32 as the sparse matrix stores them."""

    MEMORY = 50_000  # words remembered before the memory starts again

    def __init__(self, words: TfidfVectorizer, chars: TfidfVectorizer):
        self._word_analyzer = words.build_analyzer()
        self._words = words.vocabulary_
        self._char_analyzer = chars.build_analyzer()
        self._chars = chars.vocabulary_
        self._by_word = chars.analyzer == "char_wb"
        self._offset = len(words.vocabulary_)
        self.width = self._offset + len(chars.vocabulary_)
        self._idf = np.concatenate([words.idf_, chars.idf_]).astype(np.float64)
        self._memory: dict[str, list[int]] = {}

    def _char_columns(self, text: str) -> list[int]:
        lookup, offset = self._chars.get, self._offset
        if not self._by_word:
            return [c + offset for c in map(lookup, self._char_analyzer(text)) if c is not None]
        columns: list[int] = []
        memory = self._memory
        for word in text.split():
            found = memory.get(word)
            if found is None:
                if len(memory) >= self.MEMORY:
                    memory.clear()
                found = [c + offset for c in map(lookup, self._char_analyzer(word))
                         if c is not None]
                memory[word] = found
            columns += found
        return columns

    def tfidf(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Rows, columns and values, ordered by row and then column."""
        lookup = self._words.get
        columns = [[c for c in map(lookup, self._word_analyzer(t)) if c is not None]
                   + self._char_columns(t) for t in texts]
        row = np.repeat(np.arange(len(texts)), [len(c) for c in columns])
        keys = row * self.width + np.fromiter(chain.from_iterable(columns), dtype=np.int64,
                                              count=len(row))
        # One sort gives each text's distinct columns in order and how often each occurs
        # (what np.unique(keys, return_counts=True) gives, without its general overhead).
        keys.sort()
        first = np.flatnonzero(np.diff(keys, prepend=-1))
        counts = np.diff(first, append=len(keys))
        keys = keys[first]
        row, column = np.divmod(keys, self.width)
        values = (np.log(counts.astype(np.float64)) + 1.0) * self._idf[column]
        # Each block is normalised on its own, as each vectorizer does.
        part = 2 * row + (column >= self._offset)
        norms = np.sqrt(np.bincount(part, weights=values**2, minlength=2 * len(texts)))
        values /= np.where(norms == 0, 1.0, norms)[part]
        return row, column, values.astype(np.float32).astype(np.float64)
