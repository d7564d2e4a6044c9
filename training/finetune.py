"""``santun finetune``: fine-tune a transformer encoder (IndoBERT by default) on ``data/`` into
a self-describing artifact, and optionally export it to ONNX Runtime with int8 weights.

A plain, seeded torch loop rather than ``transformers.Trainer``: the classifier's outputs are
read as two heads with two losses (see ``models.transformer.OUTPUTS``), the data fit in
memory, and the loop stays the same across transformers releases (``Trainer`` also needs
``accelerate``, which Santun does not otherwise use).
"""

from __future__ import annotations

import logging
import math
import random
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import torch
from sklearn.metrics import average_precision_score
from tokenizers import Tokenizer
from torch import nn

from models.analysis import Analysis, analyze
from models.detector import DEFAULT_MODEL_DIR, Detector, Manifest, load_detector
from models.explain import combined_aspect_scores
from models.normalize import NORMALIZER_VERSION
from models.taxonomy import ASPECTS, LABEL_HARSH, LABELS
from models.transformer import (
    MARKER_TOKENS,
    ONNX_INPUTS,
    ONNX_MODEL,
    ONNX_OUTPUTS,
    OUTPUTS,
    TOKENIZER,
    encode,
    load_classifier,
    load_tokenizer,
    pad,
    probabilities,
)
from training.dataset import (
    DATA_DIR,
    Corpus,
    aspects_of,
    data_hash,
    labels_of,
    load_corpus,
    with_rewrites_as_ok,
)
from training.metrics import (
    aspect_metrics,
    choose_aspect_thresholds,
    choose_threshold,
    label_metrics,
)
from training.model_card import write_model_card
from training.train import MAX_FALSE_ALARM, SEED, CorpusError, _dev_rows, rule_precision

if TYPE_CHECKING:
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

logger = logging.getLogger(__name__)

DEFAULT_BASE_MODEL = "indobenchmark/indobert-base-p1"
DEFAULT_OUT_DIR = DEFAULT_MODEL_DIR.parent / "santun-indobert"
ARTIFACT_NAME = "santun-indobert"
# Bump when the recipe changes (loop, losses, selection), so artifacts say which one made them.
RECIPE_VERSION = "finetune-1"
ONNX_OPSET = 17
# Rare aspects (mengancam) would otherwise never be predicted; beyond 10 the loss gets noisy.
MAX_ASPECT_POS_WEIGHT = 10.0


@dataclass(frozen=True)
class FinetuneConfig:
    """The recipe's knobs; every field is recorded in the artifact's manifest."""

    base_model: str = DEFAULT_BASE_MODEL
    epochs: int = 4
    batch_size: int = 16
    lr: float = 3e-5
    max_length: int = 128
    seed: int = SEED
    max_steps: int | None = None  # stop after this many optimiser steps (smoke runs)
    target_false_alarm: float = MAX_FALSE_ALARM
    patience: int = 2  # epochs without a better dev score before stopping
    weight_decay: float = 0.01
    warmup_share: float = 0.1
    aspect_loss_weight: float = 1.0
    name: str = ARTIFACT_NAME


@dataclass(frozen=True)
class FinetuneResult:
    manifest: Manifest
    directory: Path
    onnx_manifest: Manifest | None = None
    onnx_directory: Path | None = None


@dataclass(frozen=True)
class EncodedRows:
    """Corpus rows as the model sees them: token ids, label per row, aspect matrix."""

    ids: list[list[int]]
    labels: np.ndarray  # (rows,) 0/1
    aspects: np.ndarray  # (rows, len(ASPECTS)) 0/1


def encode_rows(tokenizer: Tokenizer, rows: list[dict], max_length: int,
                analyses: list[Analysis] | None = None) -> EncodedRows:
    """The training encoding of corpus rows: the same ``Analysis.normalized`` text and the
    same :func:`models.transformer.encode` the serving detector uses."""
    analyses = analyses if analyses is not None else [analyze(r["text"]) for r in rows]
    return EncodedRows(encode(tokenizer, [a.normalized for a in analyses], max_length),
                       labels_of(rows), aspects_of(rows))


def init_model(base_model: str) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    """(classifier, transformers tokenizer) from ``base_model`` (hub id or local folder): the
    pretrained encoder with a fresh classification layer laid out as ``OUTPUTS``, and the
    tokenizer extended with the normaliser's marker tokens."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(base_model)
    model = AutoModelForSequenceClassification.from_pretrained(
        base_model, num_labels=len(OUTPUTS), id2label=dict(enumerate(OUTPUTS)),
        label2id={name: i for i, name in enumerate(OUTPUTS)})
    tokenizer.add_tokens(list(MARKER_TOKENS))
    # Only ever grow: a base whose tokenizer is smaller than its embedding table keeps it.
    if len(tokenizer) > model.config.vocab_size:
        model.resize_token_embeddings(len(tokenizer), mean_resizing=False)
    return model, tokenizer


def serving_tokenizer(hf_tokenizer: PreTrainedTokenizerBase) -> Tokenizer:
    """The ``tokenizers`` object that ``save_pretrained`` writes as tokenizer.json."""
    return Tokenizer.from_str(hf_tokenizer.backend_tokenizer.to_str())


def save_artifact(model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase, directory: Path,
                  manifest: Manifest) -> None:
    """Weights, config, tokenizer and manifest: everything loading needs, in one folder."""
    directory.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(directory))
    tokenizer.save_pretrained(str(directory))
    manifest.write(directory)


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _loss_functions(train: EncodedRows) -> tuple[nn.Module, nn.Module]:
    """Class-weighted label loss ("balanced": each class weighs as much in total) and an aspect
    loss whose positives are up-weighted by their rarity."""
    counts = np.bincount(train.labels, minlength=2).astype(np.float64)
    label_weight = len(train.labels) / (2.0 * np.maximum(counts, 1.0))
    positives = train.aspects.sum(axis=0).astype(np.float64)
    negatives = len(train.aspects) - positives
    pos_weight = np.clip(negatives / np.maximum(positives, 1.0), 1.0, MAX_ASPECT_POS_WEIGHT)
    return (nn.CrossEntropyLoss(weight=torch.tensor(label_weight, dtype=torch.float32)),
            nn.BCEWithLogitsLoss(pos_weight=torch.tensor(pos_weight, dtype=torch.float32)))


def _optimizer(model: nn.Module, config: FinetuneConfig, total_steps: int):
    decay, no_decay = [], []
    for parameter in model.parameters():
        # Biases and LayerNorm weights are offsets and scales, not features: no weight decay.
        (no_decay if parameter.ndim < 2 else decay).append(parameter)
    optimizer = torch.optim.AdamW(
        [{"params": decay, "weight_decay": config.weight_decay},
         {"params": no_decay, "weight_decay": 0.0}], lr=config.lr)
    warmup = max(1, int(total_steps * config.warmup_share))

    def schedule(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        return max(0.0, (total_steps - step) / max(1, total_steps - warmup))

    return optimizer, torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)


def logits_of(model: PreTrainedModel, input_ids: np.ndarray, mask: np.ndarray) -> torch.Tensor:
    return model(input_ids=torch.from_numpy(input_ids),
                 attention_mask=torch.from_numpy(mask)).logits


def model_scores(model: PreTrainedModel, ids: list[list[int]], pad_id: int, batch_size: int = 64
                 ) -> tuple[np.ndarray, np.ndarray]:
    """(P(nada_tinggi), aspect probabilities) of the in-memory model, in eval mode."""
    was_training = model.training
    model.eval()
    labels, aspects = [], []
    with torch.inference_mode():
        for start in range(0, len(ids), batch_size):
            logits = logits_of(model, *pad(ids[start : start + batch_size], pad_id))
            label, aspect = probabilities(logits.float().numpy())
            labels.append(label)
            aspects.append(aspect)
    model.train(was_training)
    return np.concatenate(labels), np.concatenate(aspects)


def selection_score(dev: EncodedRows, scores: np.ndarray, aspect_scores: np.ndarray) -> float:
    """What early stopping maximises: the mean of the label's average precision and the mean
    aspect average precision on dev; threshold-free, so it rewards ranking, not luck."""
    label_ap = (average_precision_score(dev.labels, scores)
                if 0 < dev.labels.sum() < len(dev.labels) else 0.0)
    aspect_aps = [average_precision_score(dev.aspects[:, k], aspect_scores[:, k])
                  for k in range(len(ASPECTS)) if dev.aspects[:, k].any()]
    return float(0.5 * label_ap + 0.5 * (np.mean(aspect_aps) if aspect_aps else 0.0))


def train_loop(model: PreTrainedModel, train: EncodedRows, dev: EncodedRows, pad_id: int,
               config: FinetuneConfig) -> dict:
    """Fit ``model`` in place and leave it holding the weights of its best dev epoch."""
    steps_per_epoch = math.ceil(len(train.ids) / config.batch_size)
    total_steps = config.epochs * steps_per_epoch
    if config.max_steps is not None:
        total_steps = min(total_steps, config.max_steps)
    label_loss, aspect_loss = _loss_functions(train)
    optimizer, scheduler = _optimizer(model, config, total_steps)
    generator = torch.Generator().manual_seed(config.seed)
    best_score, best_state, best_epoch = -1.0, None, 0
    history, step, stale = [], 0, 0
    model.train()
    for epoch in range(1, config.epochs + 1):
        order = torch.randperm(len(train.ids), generator=generator).tolist()
        running = 0.0
        batches = 0
        for start in range(0, len(order), config.batch_size):
            if step >= total_steps:
                break
            chunk = order[start : start + config.batch_size]
            logits = logits_of(model, *pad([train.ids[i] for i in chunk], pad_id))
            loss = label_loss(logits[:, : len(LABELS)], torch.from_numpy(train.labels[chunk]))
            loss = loss + config.aspect_loss_weight * aspect_loss(
                logits[:, len(LABELS) :], torch.from_numpy(train.aspects[chunk]).float())
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            running += loss.detach().item()
            batches += 1
        if batches == 0:
            break
        score = selection_score(dev, *model_scores(model, dev.ids, pad_id))
        history.append({"epoch": epoch, "steps": step, "train_loss": round(running / batches, 4),
                        "dev_score": round(score, 4)})
        logger.info("epoch %d: %d steps, train loss %.4f, dev score %.4f", epoch, step,
                    running / batches, score)
        if score > best_score:
            best_score, best_epoch, stale = score, epoch, 0
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
        else:
            stale += 1
            if stale >= config.patience:
                logger.info("dev score has not improved for %d epoch(s): stopping", stale)
                break
        if step >= total_steps:
            break
    if best_state is not None:
        model.load_state_dict(best_state)
    model.eval()
    return {"steps": step, "best_epoch": best_epoch, "dev_score": round(best_score, 4),
            "history": history}


def calibrate(detector: Detector, dev_rows: list[dict], dev_analyses: list[Analysis],
              target_false_alarm: float) -> tuple[float, dict[str, float], dict]:
    """Decision threshold (within the false-alarm budget) and aspect thresholds chosen on dev
    through the serving path, with the dev scores they give."""
    predictions = detector.predict(dev_analyses)
    gold = labels_of(dev_rows)
    scores = np.array([p.score for p in predictions])
    threshold = choose_threshold(gold, scores, target_false_alarm)
    harsh = [i for i, r in enumerate(dev_rows) if r["label"] == LABEL_HARSH]
    combined = np.array([[combined_aspect_scores(dev_analyses[i], predictions[i],
                                                 detector.manifest)[a] for a in ASPECTS]
                         for i in harsh]).reshape(len(harsh), len(ASPECTS))
    harsh_gold = aspects_of([dev_rows[i] for i in harsh])
    aspect_thresholds = choose_aspect_thresholds(harsh_gold, combined)
    cutoffs = np.array([aspect_thresholds[a] for a in ASPECTS])
    metrics = {
        "dev": label_metrics(gold, (scores >= threshold).astype(int)),
        "dev_aspects": aspect_metrics(harsh_gold, (combined >= cutoffs).astype(int)),
    }
    return threshold, aspect_thresholds, metrics


def _recalibrate(directory: Path, dev_rows: list[dict], dev_analyses: list[Analysis],
                 target_false_alarm: float, extra_metrics: dict) -> Manifest:
    detector = load_detector(directory)
    threshold, aspect_thresholds, metrics = calibrate(detector, dev_rows, dev_analyses,
                                                      target_false_alarm)
    manifest = replace(detector.manifest, threshold=threshold,
                       aspect_thresholds=aspect_thresholds, metrics={**metrics, **extra_metrics},
                       extra={**detector.manifest.extra, "max_false_alarm": target_false_alarm})
    manifest.write(directory)
    if metrics["dev"]["false_alarm_rate"] > target_false_alarm:
        # choose_threshold searches 0.15-0.85; a model whose ok replies score higher cannot
        # meet the budget there, and the service would flag too many polite replies.
        logger.warning("%s: no threshold up to 0.85 keeps dev false alarms within %.3f "
                       "(best %.3f at %.2f); train longer or widen the search",
                       directory, target_false_alarm, metrics["dev"]["false_alarm_rate"],
                       threshold)
    return manifest


@contextmanager
def _root_logger_at(level: int) -> Iterator[None]:
    """onnxruntime's quantiser logs a line per tensor on the root logger; hush it meanwhile."""
    root = logging.getLogger()
    previous = root.level
    root.setLevel(max(level, previous))
    try:
        yield
    finally:
        root.setLevel(previous)


class _LogitsOnly(nn.Module):
    """The classifier with plain tensors in and out, as the ONNX graph's signature."""

    def __init__(self, model: nn.Module):
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.model(input_ids=input_ids, attention_mask=attention_mask).logits


def export_onnx(source_dir: Path, out_dir: Path, *, quantize: bool = True,
                opset: int = ONNX_OPSET) -> Manifest:
    """Export a torch artifact to an ONNX Runtime artifact (int8 dynamic quantisation unless
    ``quantize`` is false). Thresholds are copied; :func:`finetune` re-chooses them on dev."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    source_dir, out_dir = Path(source_dir), Path(out_dir)
    manifest = Manifest.read(source_dir)
    classifier = load_classifier(source_dir)
    # Traced, torch's fused attention (sdpa) becomes the same products plus shape arithmetic
    # and a guard against fully masked rows (IsNaN, Where) in every layer; the plain
    # attention exports without them. Same scores; on the IndoBERT-shaped int8 model about
    # 4% less CPU time for one reply.
    classifier.set_attn_implementation("eager")
    model = _LogitsOnly(classifier).eval()
    # Two lengths, so padding is in the traced example; the axes are declared dynamic anyway.
    sample = pad(encode(load_tokenizer(source_dir),
                        ["contoh", "contoh balasan yang sedikit lebih panjang"],
                        manifest.max_length), int(manifest.extra.get("pad_token_id", 0)))
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / ONNX_MODEL
        with warnings.catch_warnings():
            # The TorchScript exporter warns about its own deprecation and about traced
            # Python conditions that do not depend on the input's values; neither applies.
            warnings.simplefilter("ignore")
            torch.onnx.export(
                model, tuple(torch.from_numpy(a) for a in sample), str(fp32),
                dynamo=False,  # the dynamo exporter needs onnxscript, which is not installed
                input_names=list(ONNX_INPUTS), output_names=list(ONNX_OUTPUTS),
                dynamic_axes={"input_ids": {0: "batch", 1: "sequence"},
                              "attention_mask": {0: "batch", 1: "sequence"},
                              "logits": {0: "batch"}},
                opset_version=opset, do_constant_folding=True,
            )
        if quantize:
            with _root_logger_at(logging.ERROR):
                quantize_dynamic(str(fp32), str(out_dir / ONNX_MODEL),
                                 weight_type=QuantType.QInt8)
        else:
            shutil.copyfile(fp32, out_dir / ONNX_MODEL)
    for name in (TOKENIZER, "tokenizer_config.json"):
        if (source_dir / name).is_file():
            shutil.copyfile(source_dir / name, out_dir / name)
    precision = "int8" if quantize else "fp32"
    onnx_manifest = replace(
        manifest, kind="onnx", name=f"{manifest.name}-onnx-{precision}",
        extra={**manifest.extra, "onnx": {"opset": opset, "precision": precision,
                                          "quantization": "dynamic" if quantize else None,
                                          "source": manifest.version}},
    )
    onnx_manifest.write(out_dir)
    logger.info("exported %s to %s (%s)", source_dir, out_dir, precision)
    return onnx_manifest


def finetune(out_dir: Path = DEFAULT_OUT_DIR, config: FinetuneConfig | None = None, *,
             onnx: bool = False, onnx_dir: Path | None = None, quantize: bool = True,
             data_dir: Path = DATA_DIR, corpus: Corpus | None = None) -> FinetuneResult:
    """Fine-tune ``config.base_model`` on the train split (plus rewrites as extra ``ok`` rows),
    stop early on dev, choose thresholds on dev, save the artifact and its model card.

    ``corpus``: ``load_corpus(data_dir)`` already in hand (tests share one), else loaded here.
    """
    config = config or FinetuneConfig()
    out_dir = Path(out_dir)
    seed_everything(config.seed)
    model, hf_tokenizer = init_model(config.base_model)
    limit = getattr(model.config, "max_position_embeddings", None)
    if limit is not None and config.max_length > limit:
        raise ValueError(f"--max-length {config.max_length} exceeds the base model's "
                         f"{limit} positions")
    corpus = corpus if corpus is not None else load_corpus(data_dir)
    if corpus.problems:
        shown = "\n  ".join(corpus.problems[:20])
        raise CorpusError(f"{len(corpus.problems)} corpus problem(s); first ones:\n  {shown}")
    train_rows = with_rewrites_as_ok(corpus.split("train"))
    dev_rows = _dev_rows(corpus)
    logger.info("fine-tuning %s on %d rows, early stopping and thresholds on %d dev rows",
                config.base_model, len(train_rows), len(dev_rows))

    # Encode with the tokenizer exactly as it will be saved (tokenizer.json is this object's
    # serialisation) and as serving will read it back.
    tokenizer = serving_tokenizer(hf_tokenizer)
    pad_id = hf_tokenizer.pad_token_id or 0
    train_analyses = [analyze(r["text"]) for r in train_rows]
    dev_analyses = [analyze(r["text"]) for r in dev_rows]
    train = encode_rows(tokenizer, train_rows, config.max_length, train_analyses)
    dev = encode_rows(tokenizer, dev_rows, config.max_length, dev_analyses)
    training = train_loop(model, train, dev, pad_id, config)

    hash_ = data_hash(data_dir)
    manifest = Manifest(
        name=config.name, version=f"{RECIPE_VERSION}+{hash_[:10]}", kind="transformer",
        threshold=0.5, aspect_thresholds=dict.fromkeys(ASPECTS, 0.5),
        normalizer_version=NORMALIZER_VERSION, data_hash=hash_,
        base_model=config.base_model, max_length=config.max_length,
        extra={"recipe": RECIPE_VERSION, "seed": config.seed, "pad_token_id": pad_id,
               "rule_precision": rule_precision(train_rows, train_analyses),
               "training": {**{k: v for k, v in asdict(config).items() if k != "name"},
                            **training}},
    )
    save_artifact(model, hf_tokenizer, out_dir, manifest)
    rows = {"rows": {"train": len(train_rows), "dev": len(dev_rows),
                     "test": len(corpus.split("test"))}}
    # Thresholds come from the saved artifact read back through load_detector: the exact
    # path serving takes, so what dev measured is what the service will do.
    manifest = _recalibrate(out_dir, dev_rows, dev_analyses, config.target_false_alarm, rows)
    write_model_card(out_dir, manifest, corpus)
    logger.info("saved %s (threshold %.2f, dev macro-F1 %.3f)", out_dir, manifest.threshold,
                manifest.metrics["dev"]["macro_f1"])
    result = FinetuneResult(manifest, out_dir)
    if onnx:
        onnx_dir = Path(onnx_dir) if onnx_dir is not None else out_dir.with_name(
            out_dir.name + "-onnx")
        export_onnx(out_dir, onnx_dir, quantize=quantize)
        # Quantisation moves scores a little: its thresholds are its own, chosen on dev too.
        onnx_manifest = _recalibrate(onnx_dir, dev_rows, dev_analyses,
                                     config.target_false_alarm, rows)
        write_model_card(onnx_dir, onnx_manifest, corpus)
        result = replace(result, onnx_manifest=onnx_manifest, onnx_directory=onnx_dir)
    return result
