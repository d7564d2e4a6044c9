"""Turn a detector's scores and the rule hits into the aspects, spans and tips of a result."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from models.analysis import Analysis, Hit, analyze, clauses, covered, sentences
from models.detector import ClauseScore, Detector, Manifest, Prediction
from models.result import AspectScore, Span
from models.taxonomy import ASPECTS, LABEL_HARSH


def combined_aspect_scores(analysis: Analysis, prediction: Prediction, manifest: Manifest,
                           tagged: Sequence[ClauseScore] = ()) -> dict[str, float]:
    """Model score per aspect, raised by rule evidence (noisy-OR with the rule's precision
    measured on the training split and stored in the manifest), then blended with the
    likeliest clause's score when the detector tags clauses: one blunt clause in a long
    polite reply is diluted in the reply's n-grams but stands out on its own."""
    precision = manifest.extra.get("rule_precision", {})
    weight = float(manifest.extra.get("clause_weight", 0.0)) if tagged else 0.0
    scores = {}
    for aspect in ASPECTS:
        score = prediction.aspects.get(aspect, 0.0)
        if analysis.hits_for(aspect):
            score = 1.0 - (1.0 - score) * (1.0 - float(precision.get(aspect, 0.5)))
        if weight:
            score = (1.0 - weight) * score + weight * max(c.aspects[aspect] for c in tagged)
        scores[aspect] = score
    return scores


def span_order(span: Span) -> tuple[int, int, str, str]:
    """The order spans are listed in: by place, then aspect and reason, so that spans found
    as a set come out the same in every process (string hashing differs between them)."""
    return span.start, span.end, span.aspect, span.reason


def chosen_aspects(aspect_scores: dict[str, float], thresholds: dict[str, float],
                   ratio: float = 0.0) -> list[str]:
    """The aspects a harsh reply is said to have: those at or above their thresholds whose
    score is also at least ``ratio`` times the best aspect's (chosen on dev; 0 keeps every
    aspect over its threshold), and the likeliest one when none is over its threshold.
    Thresholds are low for aspects that score low even when present; beside a far likelier
    aspect, one just over such a threshold is more often an echo than a second kind."""
    top = max(ASPECTS, key=lambda a: aspect_scores[a])
    chosen = [a for a in ASPECTS if aspect_scores[a] >= thresholds.get(a, 0.5)
              and aspect_scores[a] >= ratio * aspect_scores[top]]
    # A harsh reply always has some harshness: name the likeliest kind.
    return chosen or [top]


def explain(analysis: Analysis, label: str, aspect_scores: dict[str, float],
            manifest: Manifest, tagged: Sequence[ClauseScore] = ()
            ) -> tuple[list[AspectScore], list[Span]]:
    """Aspects at or above their thresholds and the spans that carry them (none for ok):
    lexicon and shouting hits first, then tagged clauses that no hit already marks."""
    if label != LABEL_HARSH:
        return [], []
    chosen = chosen_aspects(aspect_scores, manifest.aspect_thresholds,
                            float(manifest.extra.get("aspect_ratio", 0.0)))
    aspects = [AspectScore(name=a, score=round(aspect_scores[a], 4)) for a in chosen]
    # Phrases are marked for every aspect over its threshold: the share of the likeliest
    # aspect decides which kinds the reply is said to have, not which words are shown.
    marked = chosen_aspects(aspect_scores, manifest.aspect_thresholds)
    pieces = clauses(analysis.text)
    harsh = _harsh_clauses(tagged, marked, manifest)
    spans = {_span(analysis.text, hit, pieces, harsh) for hit in analysis.hits
             if hit.aspect in marked}
    spans |= set(clause_spans(analysis.text, harsh, list(spans)))
    return aspects, sorted(spans, key=span_order)


def _harsh_clauses(tagged: Sequence[ClauseScore], aspects: list[str], manifest: Manifest
                   ) -> list[tuple[ClauseScore, str]]:
    """Clauses the tagger scores at or above the clause threshold (chosen on dev) for one of
    the reply's aspects, each with the likeliest of those aspects."""
    thresholds = manifest.extra.get("clause_thresholds", {})
    found = []
    for clause in tagged:
        aspect = max(aspects, key=lambda a: (clause.aspects[a], a))
        if clause.aspects[aspect] >= float(thresholds.get(aspect, 1.1)):
            found.append((clause, aspect))
    return found


def clause_spans(text: str, harsh: list[tuple[ClauseScore, str]], taken: list[Span]
                 ) -> list[Span]:
    """Spans for harsh clauses, unless a lexicon or shouting span already marks part of
    them. Neighbouring clauses of one aspect become one span: "Kalau sore masih di situ,
    Satpol PP yang turun tangan" is one threat, not two."""
    found: list[Span] = []
    for clause, aspect in harsh:
        if any(s.start < clause.end and clause.start < s.end for s in taken):
            continue  # the lexicon's phrase and reason are more precise: they win
        if _only_title(text[clause.start : clause.end]) or _only_address(
                text[clause.start : clause.end]):
            continue  # "Pak," alone says nothing harsh, whatever the tagger makes of it
        start = clause.start
        if (found and found[-1].aspect == aspect
                and not any(c.isalnum() for c in text[found[-1].end : clause.start])):
            start = found.pop().start
        found.append(Span(start=start, end=clause.end, text=text[start : clause.end],
                          aspect=aspect, reason=CLAUSE_REASONS[aspect]))
    return found


# Words that may sit between two marked phrases without parting them: the citizen's title
# ("GRATIS Mas, GRATIS").
_BETWEEN = frozenset("pak bu bapak ibu kak kakak mas mbak dik sdr saudara".split())


def joined_neighbours(text: str, spans: Sequence[Span]) -> list[Span]:
    """Neighbouring spans of one aspect shown as one when only marks, spaces or the
    citizen's title lie between them: "SUDAH DIPAKAI. BUKAN KARENA MALAS." is one shouted
    passage, "Minggu iki ora dibuka, tak wenehke wong liya" one threat. Only spans with
    one reason, or where one of them has only the general reason of a marked clause, are
    joined (the specific reason stands), so no reason a trainer teaches from is lost; spans
    of other aspects are left as they are."""
    general = set(CLAUSE_REASONS.values())
    joined: list[Span] = []
    for span in sorted(spans, key=span_order):
        last = next((s for s in reversed(joined) if s.aspect == span.aspect), None)
        if (last is not None and last.end <= span.start
                and _only_marks(text[last.end : span.start])
                and (last.reason == span.reason or {last.reason, span.reason} & general)):
            reason = last.reason if last.reason not in general else span.reason
            merged = last.model_copy(update={"end": max(last.end, span.end), "reason": reason,
                                             "text": text[last.start : max(last.end, span.end)]})
            joined[joined.index(last)] = merged
            continue
        joined.append(span)
    return sorted(joined, key=span_order)


def _only_title(clause: str) -> bool:
    """A clause that is only the citizen's title ("Pak", "Bu Nur" does not count)."""
    words = [w.lower() for w in clause.replace(",", " ").split()]
    return bool(words) and all(w.strip(".!?") in _BETWEEN for w in words)


# Words that open a letter's or a chat's address line before the title.
_SALUTATIONS = frozenset("yth kepada kpd selamat pagi siang sore malam halo hai hallo "
                         "assalamualaikum".split())
_TITLES = _BETWEEN | frozenset("bpk sdri saudari adik dek mbak ketua".split())


_BRACKETED = re.compile(r"\([^()]{1,30}\)")


def _only_address(clause: str) -> bool:
    """A clause that only addresses the citizen: "Yth. Ibu Suharti", "Kepada Bapak Ketua RT
    02/RW 09 Kelurahan Tirto", "Siang Bu Eni". It carries no tone of its own; taking it out
    only makes a reply colder, so neither occlusion nor the tagger marks it."""
    # (a note in brackets says who the citizen is: "Yth. Bapak Bambang (pelapor)")
    words = [w.strip(".,:;!?") for w in _BRACKETED.sub(" ", clause).split()]
    words = [w for w in words if w]
    at = 0
    while at < len(words) and words[at].lower() in _SALUTATIONS:
        at += 1
    if at == len(words) or words[at].lower() not in _TITLES:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w[0] == "@" for w in words[at + 1 :])


def _only_marks(gap: str) -> bool:
    words = [w for w in gap.replace(",", " ").split() if any(c.isalnum() for c in w)]
    return "\n" not in gap and len(words) <= 1 and all(w.lower().strip(".!?") in _BETWEEN
                                                      for w in words)


def _span(text: str, hit: Hit, pieces: list[tuple[int, int]],
          harsh: list[tuple[ClauseScore, str]]) -> Span:
    """A lexicon phrase widened to its clause when the clause is short or the tagger reads
    the whole clause as harsh: "Makanya" alone hides that the whole "Makanya panel jangan
    diutak-atik" is what blames the citizen."""
    start, end = hit.start, hit.end
    if hit.alternative is not None:
        tagged = {(c.start, c.end) for c, _ in harsh}
        for a, b in pieces:
            if a <= start and end <= b and (len(text[a:b].split()) <= MAX_WIDEN_WORDS
                                            or (a, b) in tagged):
                start, end = a, b
                break
        else:
            # A phrase across a clause break ("Ya sudah, terserah") takes the clauses it
            # lies in, when they are short together ("Ya sudah, terserah Kakak mau percaya
            # atau tidak").
            inside = [(a, b) for a, b in pieces if a < end and start < b]
            if (inside and inside[0][0] <= start and end <= inside[-1][1]
                    and len(text[inside[0][0] : inside[-1][1]].split()) <= MAX_WIDEN_WORDS):
                start, end = inside[0][0], inside[-1][1]
    return Span(start=start, end=end, text=text[start:end], aspect=hit.aspect,
                reason=hit.reason)


# Why a clause found by the tagger or by occlusion sounds harsh, per aspect: said so a
# trainer can teach it.
CLAUSE_REASONS = {
    "kasar": "Kalimat ini memuat kata atau sebutan yang menghina warga.",
    "menyalahkan": "Kalimat ini terbaca menyalahkan warga atas masalah yang dilaporkan.",
    "merendahkan": "Kalimat ini terbaca menyindir atau merendahkan warga, meski tanpa kata kasar.",
    "mengabaikan": "Kalimat ini terbaca menolak atau melempar urusan tanpa memberi jalan keluar.",
    "membentak": "Kalimat ini terbaca seperti nada marah atau membentak.",
    "memerintah": "Kalimat ini terbaca sebagai perintah ketus kepada warga.",
    "mengancam": "Kalimat ini terbaca sebagai ancaman kepada warga.",
}
MIN_DROP = 0.3
# A clause whose removal lowers the harshness log-odds this much is highlighted by itself.
LABEL_DROP = 0.5
MAX_EXTRA_SPANS = 4
MAX_WIDEN_WORDS = 16


def _logit(probability: float) -> float:
    probability = min(max(probability, 1e-6), 1 - 1e-6)
    return math.log(probability / (1 - probability))


def _mostly_courtesy(piece: tuple[int, int], courtesy: list[tuple[int, int]]) -> bool:
    """A greeting or thanks clause: removing it only makes a reply colder, never kinder."""
    start, end = piece
    return covered(start, end, courtesy) * 2 >= end - start


# Above this length a clause is taken out of its own sentence and the sentences either side
# rather than out of the whole reply, so occlusion costs time in proportion to the length
# instead of its square (a 5,000-character letter took seconds).
LONG_TEXT = 800


def _contexts(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For each clause, the stretch of text it is judged in: the whole reply when it is
    short, else its sentence with one sentence either side."""
    if len(text) <= LONG_TEXT:
        return [(0, len(text))] * len(pieces)
    found = sentences(text) or [(0, len(text))]
    contexts = []
    for start, _end in pieces:
        k = next((i for i, (a, b) in enumerate(found) if a <= start < b), len(found) - 1)
        contexts.append((found[max(k - 1, 0)][0], found[min(k + 1, len(found) - 1)][1]))
    return contexts


def _occluded(analysis: Analysis, piece: tuple[int, int], context: tuple[int, int]
              ) -> Analysis:
    """The reading of ``context`` without ``piece``, cut from the reply's own reading (the
    words either side of the gap are not read as a new phrase)."""
    (start, end), (first, last) = piece, context
    text = analysis.text
    kept = [[a, b] for a, b in ((first, start), (end, last)) if text[a:b].strip()]
    if not kept:
        return analyze(".")  # nothing is left to read
    # Without the spaces the variant would begin or end with, as a reader sees it.
    while text[kept[0][0]].isspace():
        kept[0][0] += 1
    while text[kept[-1][1] - 1].isspace():
        kept[-1][1] -= 1
    return analysis.joined([(a, b) for a, b in kept])


def occlusion_spans(analysis: Analysis, prediction: Prediction, aspects: list[str],
                    unexplained: list[str], detector: Detector) -> list[Span]:
    """Clauses the model reads as harsh, found by taking each out and scoring again.

    Every aspect no rule explains gets the clause whose removal lowers it most; any other
    clause whose removal lowers the harshness score clearly is shown too. This is how
    sarcasm and passive aggression the lexicon does not know get highlighted.
    """
    text = analysis.text
    courtesy = analysis.polite_ranges("salam", "sapaan", "terima_kasih", "maaf", "penutup")
    pieces = [c for c in clauses(text)
              if not any(h.start < c[1] and c[0] < h.end for h in analysis.hits)
              and not _only_title(text[c[0] : c[1]])
              and not _only_address(text[c[0] : c[1]])
              and not _mostly_courtesy(c, courtesy)]
    if not pieces or not aspects:
        return []
    contexts = _contexts(text, pieces)
    windows = sorted(set(contexts))
    # The whole reply's reading, not pooled with its harshest sentence's: what one clause
    # adds to the whole is what its removal should measure.
    pools = bool(detector.manifest.extra.get("sentence_pooling"))
    predict = (lambda analyses: detector.predict(analyses, pooled=False)  # type: ignore
               ) if pools else detector.predict
    if windows == [(0, len(text))] and not pools:
        bases = {windows[0]: prediction}
    else:
        found = predict([analysis.part(a, b) for a, b in windows])
        bases = dict(zip(windows, found, strict=True))
    variants = [_occluded(analysis, piece, context)
                for piece, context in zip(pieces, contexts, strict=True)]
    occluded = predict(variants)
    base = [bases[c] for c in contexts]

    # Drops are measured in log-odds: on a reply scored 0.99 every clause barely moves the
    # probability, but its log-odds still fall clearly when a harsh clause is taken out.
    def label_drop(i: int) -> float:
        return _logit(base[i].score) - _logit(occluded[i].score)

    def aspect_drop(i: int, aspect: str) -> float:
        return (_logit(base[i].aspects.get(aspect, 0.0))
                - _logit(occluded[i].aspects.get(aspect, 0.0)) + 0.5 * label_drop(i))

    chosen: dict[int, str] = {}
    for aspect in unexplained:
        ranked = sorted(range(len(pieces)), key=lambda i: (-aspect_drop(i, aspect), i))
        ranked = [i for i in ranked if aspect_drop(i, aspect) >= MIN_DROP]
        # Prefer a clause not yet shown; one clause may carry two aspects if nothing else does.
        best = next((i for i in ranked if i not in chosen), None)
        if best is not None:
            chosen[best] = aspect
    extra = [i for i in range(len(pieces)) if i not in chosen
             and label_drop(i) >= LABEL_DROP]
    extra.sort(key=lambda i: (-label_drop(i), i))
    for i in extra[:MAX_EXTRA_SPANS]:
        chosen[i] = max(aspects, key=lambda a: (aspect_drop(i, a), a))
    spans = []
    for i, aspect in sorted(chosen.items()):
        start, end = pieces[i]
        spans.append(Span(start=start, end=end, text=text[start:end], aspect=aspect,
                          reason=CLAUSE_REASONS[aspect]))
    return spans
