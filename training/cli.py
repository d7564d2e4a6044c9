"""Command line of the offline pipeline (reached as ``santun train|evaluate|data``)."""

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
    data = sub.add_parser("data", help="corpus tools")
    data_sub = data.add_subparsers(dest="data_command", required=True)
    validate = data_sub.add_parser("validate", help="check the corpus and print its counts")
    validate.set_defaults(run=_data)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
