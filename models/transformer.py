"""The fine-tuned transformer detector: an encoder whose classification layer answers both the
label and the seven aspects, served from torch weights (kind ``transformer``) or from an ONNX
Runtime model (kind ``onnx``, int8-quantised or not).

An artifact folder holds ``manifest.json``, ``tokenizer.json``, and either ``config.json`` with
``model.safetensors`` (torch) or ``model.onnx``. Training and serving both turn
``Analysis.normalized`` into token ids with :func:`encode` and :func:`pad` on the tokenizer
read by :func:`load_tokenizer`, and both read scores through :func:`probabilities`, so the two
cannot drift. Serving an ONNX artifact imports neither torch nor transformers (about two
seconds and 200 MB saved at start-up); they are imported only for the torch kind.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from models.analysis import Analysis
from models.detector import Manifest, Prediction
from models.errors import ModelCorruptError
from models.taxonomy import ASPECTS, LABEL_HARSH, LABELS

logger = logging.getLogger(__name__)

CONFIG = "config.json"
WEIGHTS = "model.safetensors"
ONNX_MODEL = "model.onnx"
TOKENIZER = "tokenizer.json"
ONNX_INPUTS = ("input_ids", "attention_mask")
ONNX_OUTPUTS = ("logits",)
BATCH_SIZE = 32
# Texts are sorted by length and cut into calls of at most BATCH_SIZE texts and BATCH_TOKENS
# tokens once padded. Padding is wasted work: 32 test-split replies padded to their longest
# are about half padding. Calls of a few hundred tokens still keep the matrix products
# efficient; on the IndoBERT-shaped int8 model (one thread) such a batch took half the CPU
# time in calls of at most 256 tokens as in one call, and 512 or 1,024 saved less.
BATCH_TOKENS = 256
# One model, two heads: the classification layer's outputs are the label's softmax logits
# followed by one sigmoid logit per aspect. Both tasks read the same words, so one encoder
# pass serves both (half the time and memory of two models), and the aspect loss gives the
# label a richer signal on a small corpus. Written into config.json as id2label.
OUTPUTS: tuple[str, ...] = (*LABELS, *(f"aspect:{a}" for a in ASPECTS))
HARSH_INDEX = LABELS.index(LABEL_HARSH)
# normalize() writes these markers for cues that lowercasing would erase (shouting, runs of
# "!", emoji). Fine-tuning adds them as whole tokens so a base vocabulary cannot split them.
MARKER_TOKENS = ("xxcaps", "xxexcl", "xxemoji", "xxemojineg", "xxemojipos")


def load_tokenizer(directory: Path) -> Tokenizer:
    """The artifact's own tokenizer (``tokenizer.json``); never reaches beyond ``directory``."""
    _require(directory, (TOKENIZER,))
    try:
        return Tokenizer.from_file(str(directory / TOKENIZER))
    except Exception as error:  # tokenizers raises bare Exceptions for damaged files
        raise ModelCorruptError(f"{directory / TOKENIZER} cannot be loaded: {error}") from error


def encode(tokenizer: Tokenizer, texts: Sequence[str], max_length: int) -> list[list[int]]:
    """Token ids of normalised texts, special tokens included, cut at ``max_length``.

    The one encoding shared by the fine-tuning dataset and the serving detector.
    """
    if not texts:
        return []
    # Set only when it differs: the serving tokenizer is shared by request threads, which
    # then only ever read it.
    if tokenizer.padding is not None:
        tokenizer.no_padding()
    if (tokenizer.truncation or {}).get("max_length") != max_length:
        tokenizer.enable_truncation(max_length)
    return [e.ids for e in tokenizer.encode_batch(list(texts), add_special_tokens=True)]


def pad(batch: Sequence[Sequence[int]], pad_id: int) -> tuple[np.ndarray, np.ndarray]:
    """(input_ids, attention_mask) as int64 arrays, right-padded to the longest sequence."""
    width = max(len(ids) for ids in batch)
    input_ids = np.full((len(batch), width), pad_id, dtype=np.int64)
    mask = np.zeros((len(batch), width), dtype=np.int64)
    for row, ids in enumerate(batch):
        input_ids[row, : len(ids)] = ids
        mask[row, : len(ids)] = 1
    return input_ids, mask


def group_by_length(lengths: Sequence[int], max_texts: int, max_tokens: int) -> list[list[int]]:
    """Indices of texts grouped for model calls, shortest texts first: each group holds at
    most ``max_texts`` texts and, if it holds more than one, at most ``max_tokens`` once
    padded to its longest."""
    groups: list[list[int]] = []
    for i in sorted(range(len(lengths)), key=lengths.__getitem__):
        # Sorted, so text i would be the longest of the last group if it joined it.
        if (groups and len(groups[-1]) < max_texts
                and (len(groups[-1]) + 1) * lengths[i] <= max_tokens):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def probabilities(logits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(P(nada_tinggi) per text, P(aspect) per text and aspect) from the classifier's logits."""
    logits = np.asarray(logits, dtype=np.float64)
    label = logits[:, : len(LABELS)]
    label = np.exp(label - label.max(axis=1, keepdims=True))
    label = label[:, HARSH_INDEX] / label.sum(axis=1)
    # tanh form of the logistic: no overflow for large negative logits.
    aspects = 0.5 * (1.0 + np.tanh(0.5 * logits[:, len(LABELS) :]))
    return label, aspects


def _require(directory: Path, names: Sequence[str]) -> None:
    missing = [name for name in names if not (directory / name).is_file()]
    if missing:
        raise ModelCorruptError(
            f"{directory} lacks {', '.join(missing)}: not a complete transformer artifact; "
            "rebuild it with `santun finetune`."
        )


def load_classifier(directory: Path):
    """The torch model of an artifact folder, in eval mode, every weight accounted for."""
    from transformers import AutoConfig, AutoModelForSequenceClassification

    _require(directory, (CONFIG, WEIGHTS))
    try:
        config = AutoConfig.from_pretrained(str(directory), local_files_only=True)
    except Exception as error:  # OSError, ValueError or a JSON error, depending on the damage
        raise ModelCorruptError(f"{directory / CONFIG} cannot be read: {error}") from error
    if tuple(config.id2label[i] for i in range(config.num_labels)) != OUTPUTS:
        raise ModelCorruptError(f"{directory / CONFIG}: classifier outputs "
                                f"{list(config.id2label.values())} are not {list(OUTPUTS)}")
    try:
        model, info = AutoModelForSequenceClassification.from_pretrained(
            str(directory), config=config, local_files_only=True, output_loading_info=True)
    except Exception as error:  # a truncated or foreign weights file
        raise ModelCorruptError(f"{directory / WEIGHTS} cannot be loaded: {error}") from error
    # transformers fills missing weights with random ones and only warns; here that is damage.
    damaged = list(info.get("missing_keys") or []) + list(info.get("mismatched_keys") or [])
    if damaged:
        raise ModelCorruptError(f"{directory / WEIGHTS} does not fit {CONFIG}: "
                                f"{len(damaged)} weight(s) missing or misshapen, e.g. {damaged[0]}")
    return model.eval()


class _TorchBackend:
    def __init__(self, directory: Path):
        import torch

        self._torch = torch
        self.model = load_classifier(directory)

    def __call__(self, input_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        with self._torch.inference_mode():
            output = self.model(input_ids=self._torch.from_numpy(input_ids),
                                attention_mask=self._torch.from_numpy(mask))
        return output.logits.float().numpy()


class _OnnxBackend:
    def __init__(self, path: Path):
        import onnxruntime

        _require(path.parent, (path.name,))
        try:
            self.session = onnxruntime.InferenceSession(
                str(path), providers=["CPUExecutionProvider"])
        except Exception as error:  # onnxruntime raises its own untyped errors
            raise ModelCorruptError(f"{path} cannot be loaded: {error}") from error
        inputs = {i.name for i in self.session.get_inputs()}
        outputs = [o.name for o in self.session.get_outputs()]
        if inputs != set(ONNX_INPUTS) or outputs != list(ONNX_OUTPUTS):
            raise ModelCorruptError(f"{path} has inputs {sorted(inputs)} and outputs {outputs}; "
                                    f"expected {list(ONNX_INPUTS)} -> {list(ONNX_OUTPUTS)}")

    def __call__(self, input_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        (logits,) = self.session.run(list(ONNX_OUTPUTS),
                                     {"input_ids": input_ids, "attention_mask": mask})
        return logits


class TransformerDetector:
    """Scores texts with a fine-tuned encoder, from torch weights or an ONNX Runtime model."""

    def __init__(self, manifest: Manifest, tokenizer: Tokenizer, backend,
                 batch_size: int = BATCH_SIZE, batch_tokens: int = BATCH_TOKENS):
        if not isinstance(manifest.max_length, int) or manifest.max_length < 2:
            raise ModelCorruptError(f"manifest of {manifest.name} has no usable max_length")
        self.manifest = manifest
        self.tokenizer = tokenizer
        self.batch_size = batch_size
        self.batch_tokens = batch_tokens
        self._backend = backend
        # Padded positions are masked out, so any valid id would do; the tokenizer's own is
        # kept so the arrays look like what the model was trained on.
        self._pad_id = int(manifest.extra.get("pad_token_id", 0))

    @classmethod
    def load(cls, directory: Path, manifest: Manifest) -> TransformerDetector:
        directory = Path(directory)
        tokenizer = load_tokenizer(directory)
        if manifest.kind == "onnx":
            backend = _OnnxBackend(directory / ONNX_MODEL)
        elif manifest.kind == "transformer":
            backend = _TorchBackend(directory)
        else:
            raise ModelCorruptError(f"{directory}: kind {manifest.kind!r} is not a transformer")
        detector = cls(manifest, tokenizer, backend)
        logger.info("loaded %s %s (%s, max_length %d)", manifest.name, manifest.version,
                    manifest.kind, manifest.max_length)
        return detector

    def encode(self, analyses: Sequence[Analysis]) -> list[list[int]]:
        return encode(self.tokenizer, [a.normalized for a in analyses], self.manifest.max_length)

    def predict(self, analyses: Sequence[Analysis]) -> list[Prediction]:
        if not analyses:
            return []
        ids = self.encode(analyses)
        scores = np.zeros(len(ids))
        aspect_scores = np.zeros((len(ids), len(ASPECTS)))
        # Answers go back in input order, whatever the grouping.
        for chunk in group_by_length([len(i) for i in ids], self.batch_size, self.batch_tokens):
            logits = self._backend(*pad([ids[i] for i in chunk], self._pad_id))
            scores[chunk], aspect_scores[chunk] = probabilities(logits)
        return [
            Prediction(float(scores[i]),
                       {a: float(aspect_scores[i, k]) for k, a in enumerate(ASPECTS)})
            for i in range(len(ids))
        ]
