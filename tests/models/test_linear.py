import numpy as np
import pytest

from models.analysis import analyze
from models.linear import _tfidf

TEXTS = ["BACA DULU PENGUMUMANNYA!!!", "Terima kasih, laporan sudah kami teruskan ke DLH.",
         "gak usah nanya2 terus 🙄", "zzzz"]


@pytest.mark.parametrize("part", ["_words", "_chars"])
def test_fast_tfidf_equals_scikit_learn(checker, part):
    vectorizer = getattr(checker.detector, part)
    texts = [analyze(t).normalized for t in TEXTS]
    expected = vectorizer.transform(texts).toarray()
    assert np.allclose(_tfidf(vectorizer, texts).toarray(), expected, atol=1e-6)


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
