"""The clause tagger: clause labels for training, scores per clause, and the spans it adds."""

import joblib
import numpy as np
import pytest

from models import ToneChecker
from models.analysis import analyze, clauses
from models.detector import ClauseTagger, Manifest
from models.linear import WEIGHTS, LinearDetector
from models.taxonomy import ASPECTS, LABEL_HARSH, LABEL_OK
from training.dataset import clause_targets

HARSH = [
    "Pak, air mati itu krn ada perbaikan pipa, udh diumumin di IG dari kemarin. Makanya dibaca "
    "dulu pengumumannya sblm komplain!!! Nanti sore jam 4 jg ngalir lagi.",
    "Bu, klo masih nyambung selang langsung ke pipa induk di depan rumah no. 21 kyk gitu lg, "
    "sambungan ibu kami putus permanen & kami laporkan ke polisi. Itu pencurian air namanya.",
    "Kak @dewi.bendan, meteran itu alat, bukan dukun 😂 Kalau angkanya naik ya berarti airnya "
    "dipakai. Cek aja kran di rumah sendiri.",
]
POLITE = [
    "Selamat pagi Bapak, terima kasih atas laporannya. Petugas kami akan datang besok pukul "
    "09.00 untuk memeriksa pipa di depan rumah Bapak.",
    "Terima kasih, Ibu. Berkas sudah kami terima dan sedang diverifikasi; hasilnya kami kabarkan "
    "lewat WhatsApp paling lambat Jumat.",
]


def _clause_with(text: str, phrase: str, tagged):
    start = text.index(phrase)
    return next(c for c in tagged if c.start <= start < c.end)


@pytest.mark.parametrize(("text", "phrase", "aspect"), [
    # Both replies are in the training split, with these phrases as gold spans.
    (HARSH[0], "Makanya dibaca dulu", "menyalahkan"),
    (HARSH[1], "sambungan ibu kami putus permanen", "mengancam"),
])
def test_a_clause_from_a_harsh_training_reply_is_tagged_with_its_aspect(checker, text, phrase,
                                                                         aspect):
    tagged = checker.detector.tag_clauses([analyze(text)])[0]
    clause = _clause_with(text, phrase, tagged)
    assert max(ASPECTS, key=lambda a: clause.aspects[a]) == aspect
    assert clause.aspects[aspect] >= checker.manifest.extra["clause_thresholds"][aspect]


def test_tagged_clauses_are_the_reply_clauses_in_order(checker):
    analyses = [analyze(t) for t in HARSH + POLITE]
    tagged = checker.detector.tag_clauses(analyses)
    for analysis, found in zip(analyses, tagged, strict=True):
        assert [(c.start, c.end) for c in found] == clauses(analysis.text)
        assert all(set(c.aspects) == set(ASPECTS) for c in found)
        assert all(0.0 <= p <= 1.0 for c in found for p in c.aspects.values())


@pytest.mark.parametrize("text", POLITE)
def test_an_ok_reply_yields_no_clause_spans(checker, text):
    result = checker.check(text, rewrite=False)
    assert result.label == LABEL_OK
    assert result.spans == []
    # Even read at threshold 0 (as the rewriter does), no clause of it passes its threshold.
    thresholds = checker.manifest.extra["clause_thresholds"]
    for clause in checker.detector.tag_clauses([analyze(text)])[0]:
        assert all(clause.aspects[a] < thresholds[a] for a in ASPECTS)


@pytest.mark.parametrize("text", HARSH + ["  gak usah nanya2 terus 🙄, TUNGGU AJA!!! 🙄  ",
                                          "Baca dulu, baru komplain; kami sibuk - jangan ganggu"])
def test_spans_stay_inside_the_text(checker, text):
    result = checker.check(text, rewrite=False)
    for span in result.spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.text == text[span.start : span.end]
        assert span.aspect in ASPECTS and span.reason


def test_clause_spans_carry_an_aspect_of_the_reply(checker):
    result = checker.check(HARSH[2], rewrite=False)
    assert result.label == LABEL_HARSH
    assert {s.aspect for s in result.spans} <= {a.name for a in result.aspects}


def test_a_batch_is_tagged_like_single_checks(checker):
    texts = HARSH + POLITE
    batch = checker.check_many(texts, rewrite=False)
    assert batch == [checker.check(t, rewrite=False) for t in texts]


def test_stacked_clause_heads_equal_the_fitted_models(checker):
    detector = checker.detector
    analysis = analyze(HARSH[2])
    pieces = clauses(analysis.text)
    features = detector._features([analysis.part(a, b) for a, b in pieces])
    tagged = detector.tag_clauses([analysis])[0]
    for aspect, model in detector._clauses.items():
        expected = model.predict_proba(features)[:, 1]
        assert np.allclose([c.aspects[aspect] for c in tagged], expected, atol=1e-6)


def test_clause_heads_survive_a_save_and_load(checker, tmp_path):
    checker.detector.save(tmp_path)
    again = LinearDetector.load(tmp_path, Manifest.read(tmp_path))
    analyses = [analyze(t) for t in HARSH]
    assert again.tag_clauses(analyses) == checker.detector.tag_clauses(analyses)
    assert ToneChecker(again).check(HARSH[2], rewrite=False) == checker.check(HARSH[2],
                                                                              rewrite=False)


def test_a_model_saved_without_clause_heads_still_loads_and_tags_nothing(checker, tmp_path):
    checker.detector.save(tmp_path)
    parts = joblib.load(tmp_path / WEIGHTS)
    del parts["clauses"]
    joblib.dump(parts, tmp_path / WEIGHTS)
    old = ToneChecker.load(tmp_path)
    assert isinstance(old.detector, ClauseTagger)
    assert old.detector.tag_clauses([analyze(HARSH[0])]) == [[]]
    result = old.check(HARSH[0], rewrite=False)
    assert result.label == LABEL_HARSH and result.spans


@pytest.mark.parametrize(("spans", "expected"), [
    ([], [(), ()]),  # an ok reply: every clause harmless
    ([(0, 16, "memerintah")], [("memerintah",), ()]),
    ([(10, 36, "menyalahkan"), (18, 36, "merendahkan")],
     [None, ("menyalahkan", "merendahkan")]),  # the first clause is only touched: left out
    ([(0, 36, "membentak")], [("membentak",), ("membentak",)]),
])
def test_clause_targets_follow_the_gold_spans(spans, expected):
    text = "Baca dulu syarat, pengumuman sudah ada"  # clauses: [0, 16) and [18, 38)
    row = {"text": text, "spans": [{"start": a, "end": b, "aspect": k} for a, b, k in spans]}
    found = clause_targets(row)
    assert [(a, b) for a, b, _ in found] == [(0, 16), (18, 38)]
    for (_, _, target), aspects in zip(found, expected, strict=True):
        if aspects is None:
            assert target is None
        else:
            assert {ASPECTS[i] for i in np.flatnonzero(target)} == set(aspects)


def test_a_part_reads_like_its_reply():
    text = "Selamat pagi. GAK USAH NANYA TERUS!!! Makanya baca dulu 🙄"
    analysis = analyze(text)
    start = text.index("GAK")
    part = analysis.part(start, len(text))
    assert part.text == text[start:]
    assert [(h.start + start, h.end + start, h.rule) for h in part.hits] == [
        (h.start, h.end, h.rule) for h in analysis.hits if h.start >= start]
    assert [t.text for t in part.tokens] == [t.text for t in analysis.tokens
                                             if t.start >= start]
    assert part.negative_emoji == 1 and "salam" not in {k for k, v in part.polite.items() if v}


class _NoClauses:
    """A detector without a clause tagger, as the fine-tuned transformer is."""

    def __init__(self, detector):
        self.manifest = detector.manifest
        self.predict = detector.predict


def test_a_detector_without_a_clause_tagger_explains_with_rules_and_occlusion(checker):
    plain = ToneChecker(_NoClauses(checker.detector))
    assert not isinstance(plain.detector, ClauseTagger)
    result = plain.check(HARSH[2], threshold=0.0)
    assert result.label == LABEL_HARSH and result.aspects and result.spans
    assert all(s.text == HARSH[2][s.start : s.end] for s in result.spans)
    assert plain.rewrite(HARSH[0]).text


def test_neighbouring_spans_of_one_aspect_are_shown_as_one():
    from models.explain import joined_neighbours
    from models.result import Span

    text = "Stand GRATIS Mas, GRATIS. Kalau telat, kiosnya saya gembok. Makanya baca."

    def span(phrase, aspect, start=None):
        start = text.index(phrase) if start is None else start
        return Span(start=start, end=start + len(phrase), text=phrase, aspect=aspect,
                    reason="-")

    first = span("GRATIS", "membentak")
    second = span("GRATIS", "membentak", start=text.index("GRATIS."))
    threat = [span("Kalau telat", "mengancam"), span("kiosnya saya gembok", "mengancam")]
    other = span("Makanya baca", "menyalahkan")
    joined = joined_neighbours(text, [first, second, *threat, other])
    assert [s.text for s in joined] == ["GRATIS Mas, GRATIS", "Kalau telat, kiosnya saya gembok",
                                        "Makanya baca"]
    assert all(text[s.start : s.end] == s.text for s in joined)
    # different aspects, or words between, keep spans apart
    apart = joined_neighbours(text, [threat[1], other])
    assert len(apart) == 2
    words = joined_neighbours(text, [span("Stand", "membentak"), second])
    assert len(words) == 2
    # two specific reasons are both kept; a clause's general reason gives way to a specific one
    from models.explain import CLAUSE_REASONS

    shout = first.model_copy(update={"reason": "huruf kapital"})
    marks = second.model_copy(update={"reason": "tanda seru"})
    assert len(joined_neighbours(text, [shout, marks])) == 2
    clause = second.model_copy(update={"reason": CLAUSE_REASONS["membentak"]})
    (one,) = joined_neighbours(text, [shout, clause])
    assert one.reason == "huruf kapital" and one.text == "GRATIS Mas, GRATIS"
