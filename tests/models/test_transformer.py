"""The transformer detector's model-free parts: output layout, padding, probabilities.

Loading, predicting and ONNX parity run on a fine-tuned tiny BERT in
tests/training/test_finetune.py.
"""

import numpy as np
import pytest

from models.taxonomy import ASPECTS, LABELS
from models.transformer import HARSH_INDEX, OUTPUTS, group_by_length, pad, probabilities


def test_classifier_outputs_are_the_labels_then_the_aspects():
    assert OUTPUTS[: len(LABELS)] == LABELS
    assert OUTPUTS[len(LABELS) :] == tuple(f"aspect:{a}" for a in ASPECTS)


def test_pad_right_pads_and_masks():
    input_ids, mask = pad([[2, 7, 3], [2, 3]], pad_id=0)
    assert input_ids.tolist() == [[2, 7, 3], [2, 3, 0]]
    assert mask.tolist() == [[1, 1, 1], [1, 1, 0]]
    assert input_ids.dtype == mask.dtype == np.int64


@pytest.mark.parametrize(
    ("lengths", "max_texts", "max_tokens", "expected"),
    [
        ([], 32, 256, []),
        ([5, 3, 4], 32, 256, [[1, 2, 0]]),  # shortest first, all in one call
        ([5, 3, 4], 2, 256, [[1, 2], [0]]),  # at most max_texts per call
        ([10, 60, 30, 20], 32, 60, [[0, 3], [2], [1]]),  # padded size 2 x 20 fits, 2 x 30 not
        ([300, 10], 32, 256, [[1], [0]]),  # a text longer than max_tokens still gets a call
    ],
)
def test_texts_are_grouped_by_length_within_both_limits(lengths, max_texts, max_tokens,
                                                        expected):
    groups = group_by_length(lengths, max_texts, max_tokens)
    assert groups == expected
    assert sorted(i for g in groups for i in g) == list(range(len(lengths)))


@pytest.mark.parametrize(
    ("label_logits", "expected"),
    [((0.0, 0.0), 0.5), ((0.0, 50.0), 1.0), ((50.0, 0.0), 0.0), ((1000.0, -1000.0), 0.0)],
)
def test_label_probability_is_the_softmax_of_the_harsh_column(label_logits, expected):
    logits = np.zeros((1, len(OUTPUTS)))
    logits[0, : len(LABELS)] = label_logits
    assert HARSH_INDEX == LABELS.index("nada_tinggi")
    label, _ = probabilities(logits)
    assert label[0] == pytest.approx(expected, abs=1e-9)


def test_aspect_probabilities_are_sigmoids_without_overflow():
    logits = np.zeros((3, len(OUTPUTS)))
    logits[1, len(LABELS) :] = 1000.0
    logits[2, len(LABELS) :] = -1000.0
    with np.errstate(all="raise"):
        _, aspects = probabilities(logits)
    assert aspects.shape == (3, len(ASPECTS))
    np.testing.assert_allclose(aspects, [[0.5] * 7, [1.0] * 7, [0.0] * 7], atol=1e-12)
