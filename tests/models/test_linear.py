import numpy as np
import pytest

import models.linear
from models.analysis import analyze
from models.detector import load_detector
from models.errors import ModelCorruptError
from models.features import ASPECT_ONLY, FEATURE_NAMES
from training.dataset import load_corpus

DEV = [r["text"] for r in load_corpus().split("dev")]
TEXTS = ["BACA DULU PENGUMUMANNYA!!!", "Terima kasih, laporan sudah kami teruskan ke DLH.",
         "gak usah nanya2 terus 🙄", "zzzz"]


@pytest.mark.parametrize("texts", [TEXTS, DEV[:100]])
def test_fast_tfidf_equals_scikit_learn(checker, texts):
    detector = checker.detector
    analyses = [analyze(t) for t in texts]
    normalized = [a.normalized for a in analyses]
    expected = np.hstack([detector._words.transform(normalized).toarray(),
                          detector._chars.transform(normalized).toarray()])
    features = detector._features(analyses).toarray()
    assert np.allclose(features[:, : expected.shape[1]], expected, atol=1e-6)


def test_stacked_heads_equal_the_fitted_models(checker):
    detector = checker.detector
    analyses = [analyze(t) for t in TEXTS]
    features = detector._features(analyses)
    label = detector._label.predict_proba(features)[:, 1]
    predictions = detector.predict(analyses)
    assert np.allclose([p.score for p in predictions], label, atol=1e-6)
    for aspect, model in detector._aspects.items():
        if not isinstance(model, float):
            expected = model.predict_proba(features)[:, 1]
            assert np.allclose([p.aspects[aspect] for p in predictions], expected, atol=1e-6)


def test_training_and_serving_read_the_same_text(checker):
    """One preprocessing path: the detector sees exactly analyze(text).normalized."""
    text = "Gak usah NANYA TERUS!!! Udh dibilang tunggu aja 🙄"
    first = checker.detector.predict([analyze(text)])[0]
    again = checker.check(text, rewrite=False)
    assert again.score == round(first.score, 4)


def test_serving_sums_equal_the_sparse_product(checker):
    """Serving gathers weight rows instead of building the sparse matrix: same logits."""
    detector = checker.detector
    analyses = [analyze(t) for t in DEV[:200]]
    analyses += [analyze(t) for t in TEXTS]
    expected = detector._features(analyses) @ detector._weights + detector._biases
    served = detector._logits(analyses, "reply")
    assert np.allclose(served, expected, rtol=0, atol=1e-9)


def test_a_text_scores_the_same_alone_and_in_a_batch(checker):
    detector = checker.detector
    analyses = [analyze(t) for t in DEV[:50]]
    batch = detector.predict(analyses)
    assert batch == [detector.predict([a])[0] for a in analyses]


def test_one_request_reads_each_text_once_and_scores_it_the_same(checker, monkeypatch):
    from models.detector import one_request, request_memory

    detector = checker.detector
    analyses = [analyze(t) for t in TEXTS]
    outside = detector.predict(analyses + analyses[:2])
    read: list[str] = []
    computed = detector._computed_logits

    def counting(parts, *rest):
        read.extend(a.text for a in parts)
        return computed(parts, *rest)

    monkeypatch.setattr(detector, "_computed_logits", counting)
    with one_request():
        inside = detector.predict(analyses + analyses[:2])
        again = detector.predict(analyses[1:2], pooled=False)
        assert request_memory()
    assert inside == outside
    assert again[0] == detector.predict(analyses[1:2], pooled=False)[0]
    # Inside the block each reply is read once, however often it is asked for.
    assert sorted(read[: len(TEXTS)]) == sorted(TEXTS)
    assert read.count(TEXTS[1]) == 1 + 1  # once inside, once outside the block
    assert request_memory() is None


def test_remembered_words_do_not_change_a_score(checker):
    detector = checker.detector
    first = detector.predict([analyze(t) for t in TEXTS])
    detector._grams._memory.clear()
    again = detector.predict([analyze(t) for t in reversed(TEXTS)])
    assert first == again[::-1]


def test_a_reply_is_pooled_with_its_harshest_sentence(checker):
    from math import sqrt

    from models.analysis import analyze, sentences

    detector = checker.detector
    assert detector.manifest.extra.get("sentence_pooling")
    scolding = "Makanya baca dulu pengumumannya sebelum komplain, jangan asal tuduh petugas."
    letter = ("Yth. Bapak Hendra, terima kasih atas surat Bapak tertanggal 3 Mei 2025. Kami "
              "telah memeriksa meter air di Jl. Kenanga No. 12 bersama petugas lapangan. "
              "Hasil pemeriksaan menunjukkan meter berfungsi normal dan tagihan sesuai "
              "pemakaian. " + scolding + " Apabila masih ada kendala, silakan menghubungi "
              "kami kembali.")
    whole = detector.predict([analyze(letter)], pooled=False)[0].score
    alone = detector.predict([analyze(scolding)])[0].score
    pooled = detector.predict([analyze(letter)])[0].score
    assert alone > whole  # the scolding is diluted in the letter ...
    assert pooled > whole  # ... and pooling brings it back
    sentence_scores = [detector.predict([analyze(letter).part(a, b)], pooled=False)[0].score
                       for a, b in sentences(letter)]
    assert abs(pooled - sqrt(whole * max(sentence_scores))) < 1e-9
    # a reply of one sentence keeps its own score
    one = analyze(scolding)
    assert detector.predict([one])[0].score == detector.predict([one], pooled=False)[0].score


def test_a_sentence_scores_the_same_remembered_or_not(checker):
    from models.analysis import analyze

    detector = checker.detector
    letter = ("Terima kasih atas laporan Bapak. Meter sudah kami periksa dan normal. Lain kali "
              "baca dulu tagihannya sebelum marah-marah.")
    first = detector.predict([analyze(letter)])[0].score
    detector._sentence_memory.clear()
    assert detector.predict([analyze(letter)])[0].score == first
    # ... and in a batch with other replies
    others = [analyze("Baik Pak, segera kami cek."), analyze("Mohon ditunggu. Tim berangkat.")]
    assert detector.predict([*others, analyze(letter)])[2].score == first


def test_label_head_does_not_read_aspect_only_features(checker):
    detector = checker.detector
    width = detector._grams.width
    columns = [width + FEATURE_NAMES.index(name) for name in ASPECT_ONLY]
    assert np.all(detector._label.coef_[0, columns] == 0.0)
    # ... while the aspect heads do: a bare command is evidence of `memerintah`, the
    # citizen named as at fault evidence of `menyalahkan`.
    for name, aspect in (("command_openers", "memerintah"), ("blamed_addressee", "menyalahkan")):
        column = width + FEATURE_NAMES.index(name)
        assert detector._aspects[aspect].coef_[0, column] > 0


def test_a_model_with_other_rule_features_is_refused_with_a_clear_error(model_dir,
                                                                        monkeypatch):
    """Rule features added since a model was trained: loading says to retrain, instead of
    the first check failing on a shape mismatch."""
    load_detector(model_dir)  # loads as trained
    monkeypatch.setattr(models.linear, "FEATURE_NAMES", (*FEATURE_NAMES, "one_more"))
    with pytest.raises(ModelCorruptError, match="santun train"):
        load_detector(model_dir)
