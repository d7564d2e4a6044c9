"""Command line of the offline pipeline (reached as ``santun train|evaluate|finetune|data``)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from models.detector import DEFAULT_MODEL_DIR

logger = logging.getLogger("santun.training")


def _train(args) -> int:
    from training.train import CorpusError, is_stale, train_default

    out = Path(args.out)
    if args.if_stale and not is_stale(out):
        logger.info("model in %s is up to date", out)
        return 0
    try:
        manifest = train_default(out, seed=args.seed)
    except CorpusError as error:
        print(f"santun train: {error}", file=sys.stderr)
        return 1
    dev = manifest.metrics["dev"]
    print(f"saved {out} ({manifest.version}); dev macro-F1 {dev['macro_f1']:.3f}, "
          f"false alarms {dev['false_alarm_rate']:.3f}, threshold {manifest.threshold:.2f}")
    return 0


def _evaluate(args) -> int:
    from training.evaluate import evaluate

    report = evaluate(model_dir=args.model, split=args.split, out_dir=Path(args.out))
    print(report.summary())
    return 0


def _finetune(args) -> int:
    from training.finetune import DEFAULT_OUT_DIR, FinetuneConfig, finetune
    from training.train import CorpusError

    given = {"base_model": args.base_model, "epochs": args.epochs,
             "batch_size": args.batch_size, "lr": args.lr, "max_length": args.max_length,
             "seed": args.seed, "max_steps": args.max_steps, "patience": args.patience,
             "target_false_alarm": args.target_false_alarm}
    config = FinetuneConfig(**{k: v for k, v in given.items() if v is not None})
    try:
        result = finetune(Path(args.out) if args.out else DEFAULT_OUT_DIR, config,
                          onnx=args.onnx,
                          onnx_dir=Path(args.onnx_out) if args.onnx_out else None,
                          quantize=args.quantize)
    except CorpusError as error:
        print(f"santun finetune: {error}", file=sys.stderr)
        return 1
    for manifest, directory in ((result.manifest, result.directory),
                                (result.onnx_manifest, result.onnx_directory)):
        if manifest is None:
            continue
        dev = manifest.metrics["dev"]
        print(f"saved {directory} ({manifest.name} {manifest.version}, {manifest.kind}); "
              f"dev macro-F1 {dev['macro_f1']:.3f}, false alarms "
              f"{dev['false_alarm_rate']:.3f}, threshold {manifest.threshold:.2f}")
    return 0


def _data(args) -> int:
    from training.dataset import counts, load_corpus

    corpus = load_corpus()
    for problem in corpus.problems:
        print(problem)
    print(json.dumps(counts(corpus), indent=2, ensure_ascii=False))
    if corpus.dropped:
        print(f"{len(corpus.dropped)} composed row(s) left out as near-twins of test rows")
    print(f"{len(corpus.problems)} problem(s)")
    return 1 if corpus.problems else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="santun")
    sub = parser.add_subparsers(dest="command", required=True)
    train = sub.add_parser("train", help="build the embedded default model from data/")
    train.add_argument("--out", default=str(DEFAULT_MODEL_DIR))
    train.add_argument("--if-stale", action="store_true",
                       help="only when the model is missing or older than data/ and lexicons")
    train.add_argument("--seed", type=int, default=13)
    train.set_defaults(run=_train)
    evaluate = sub.add_parser("evaluate", help="write an evaluation report")
    evaluate.add_argument("--model", default=None, help="model folder (default: $SANTUN_MODEL "
                          "or the embedded default)")
    evaluate.add_argument("--split", default="test", choices=("train", "dev", "test"))
    evaluate.add_argument("--out", default="reports")
    evaluate.set_defaults(run=_evaluate)
    _add_finetune_parser(sub)
    data = sub.add_parser("data", help="corpus tools")
    data_sub = data.add_subparsers(dest="data_command", required=True)
    validate = data_sub.add_parser("validate", help="check the corpus and print its counts")
    validate.set_defaults(run=_data)
    return parser


def _add_finetune_parser(sub) -> None:
    # Defaults of unset options live in training.finetune.FinetuneConfig; importing it here
    # would load torch for every `--help`.
    finetune = sub.add_parser(
        "finetune", help="fine-tune a transformer (IndoBERT by default) on data/",
        epilog="Unset options keep the recipe's defaults (training.finetune.FinetuneConfig).")
    finetune.add_argument("--base-model", default=None, help="Hugging Face model id or local "
                          "folder of the encoder to start from (default: "
                          "indobenchmark/indobert-base-p1)")
    finetune.add_argument("--out", default=None, help="artifact folder to write (default: "
                          "models/artifacts/santun-indobert)")
    finetune.add_argument("--epochs", type=int, default=None)
    finetune.add_argument("--batch-size", type=int, default=None)
    finetune.add_argument("--lr", type=float, default=None)
    finetune.add_argument("--max-length", type=int, default=None,
                          help="tokens per reply, special tokens included; longer ones are cut")
    finetune.add_argument("--seed", type=int, default=None)
    finetune.add_argument("--max-steps", type=int, default=None,
                          help="stop after this many optimiser steps (smoke runs)")
    finetune.add_argument("--patience", type=int, default=None,
                          help="epochs without a better dev score before stopping early")
    finetune.add_argument("--target-false-alarm", type=float, default=None,
                          help="largest share of ok dev replies the threshold may flag")
    finetune.add_argument("--onnx", action=argparse.BooleanOptionalAction, default=True,
                          help="also export an ONNX Runtime artifact beside --out "
                          "(default: yes)")
    finetune.add_argument("--onnx-out", default=None, help="ONNX artifact folder "
                          "(default: the --out folder's name plus -onnx)")
    finetune.add_argument("--quantize", action=argparse.BooleanOptionalAction, default=True,
                          help="int8 dynamic quantisation of the ONNX model (default: yes)")
    finetune.set_defaults(run=_finetune)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
