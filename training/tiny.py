"""Local stand-ins for IndoBERT: a tiny BERT with a WordPiece vocabulary learnt from ``data/``
(for tests and smoke runs, usable as ``--base-model``) and an IndoBERT-shaped model with
random weights (for speed measurements), built without the network."""

from __future__ import annotations

import logging
from pathlib import Path

import torch
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers
from transformers import BertConfig, BertModel, BertTokenizer

from models.normalize import normalize
from training.corpus import iter_corpus_files, read_jsonl
from training.dataset import DATA_DIR

logger = logging.getLogger(__name__)

SPECIAL_TOKENS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
TINY_SHAPE = {"hidden_size": 64, "num_hidden_layers": 2, "num_attention_heads": 2,
              "intermediate_size": 128, "max_position_embeddings": 256}
# indobenchmark/indobert-base-p1's config.json.
INDOBERT_BASE_SHAPE = {"vocab_size": 50_000, "hidden_size": 768, "num_hidden_layers": 12,
                       "num_attention_heads": 12, "intermediate_size": 3072,
                       "max_position_embeddings": 512, "type_vocab_size": 2}


def corpus_lines(data_dir: Path = DATA_DIR, limit: int = 600) -> list[str]:
    """Normalised texts (and rewrites) of up to ``limit`` corpus rows, in file order.

    Reads the source files directly rather than through ``load_corpus``: a vocabulary only
    needs words, so a row the validator would reject still serves here.
    """
    lines: list[str] = []
    for path in iter_corpus_files(data_dir):
        for row in read_jsonl(path).rows:
            for text in (row.get("text"), row.get("rewrite")):
                if isinstance(text, str) and text.strip():
                    lines.append(normalize(text))
            if len(lines) >= limit:
                return lines[:limit]
    return lines


def train_wordpiece(lines: list[str], vocab_size: int = 2000) -> BertTokenizer:
    """A lowercasing BERT WordPiece tokenizer whose vocabulary is learnt from ``lines``."""
    tokenizer = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.WordPieceTrainer(vocab_size=vocab_size, min_frequency=1,
                                        special_tokens=list(SPECIAL_TOKENS))
    tokenizer.train_from_iterator(lines, trainer)
    # BertTokenizer rebuilds the same pipeline around the learnt vocabulary and adds what a
    # transformers tokenizer needs on top: special tokens, padding, save_pretrained.
    return BertTokenizer(vocab=tokenizer.get_vocab(), model_max_length=512)


def build_tiny_base(out_dir: Path, *, data_dir: Path = DATA_DIR, lines: int = 600,
                    vocab_size: int = 2000, seed: int = 0, **shape: int) -> Path:
    """Save a randomly initialised 2-layer BERT and its tokenizer as a local base model.

    ``shape`` overrides ``TINY_SHAPE`` (e.g. ``hidden_size=128, num_hidden_layers=4``).
    """
    out_dir = Path(out_dir)
    tokenizer = train_wordpiece(corpus_lines(data_dir, lines), vocab_size)
    torch.manual_seed(seed)
    config = BertConfig(vocab_size=len(tokenizer), **{**TINY_SHAPE, **shape})
    BertModel(config).save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    logger.info("tiny base saved to %s (vocab %d, %d layers, hidden %d)", out_dir,
                len(tokenizer), config.num_hidden_layers, config.hidden_size)
    return out_dir


def indobert_config() -> BertConfig:
    """The shape of indobenchmark/indobert-base-p1 (about 124M parameters)."""
    return BertConfig(**INDOBERT_BASE_SHAPE)


def build_indobert_shaped(seed: int = 0) -> BertModel:
    """An IndoBERT-base-shaped encoder with random weights: the right cost, no knowledge."""
    torch.manual_seed(seed)
    return BertModel(indobert_config()).eval()


def build_indobert_shaped_base(out_dir: Path, *, data_dir: Path = DATA_DIR,
                               seed: int = 0) -> Path:
    """Save the random IndoBERT-shaped encoder with a corpus-learnt tokenizer as a base model.

    The tokenizer's ids stay far below 50,000, so the embedding table keeps IndoBERT's size
    and the model its memory footprint.
    """
    out_dir = Path(out_dir)
    build_indobert_shaped(seed).save_pretrained(out_dir)
    train_wordpiece(corpus_lines(data_dir), vocab_size=4000).save_pretrained(out_dir)
    return out_dir
