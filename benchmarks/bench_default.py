"""Speed of the embedded default model: a table of per-check latency and throughput.

Variants run interleaved, round after round, so drift on a noisy machine hits them alike;
ratios stand beside the times. Not a test: it prints figures and asserts nothing.
Run: `make bench` (or `.venv/bin/python benchmarks/bench_default.py`).
"""

from __future__ import annotations

import argparse
import statistics
import time

from models import ToneChecker
from training.dataset import load_corpus


def _timed(function, texts: list[str]) -> list[float]:
    times = []
    for text in texts:
        start = time.perf_counter()
        function(text)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    checker = ToneChecker.load()
    cold = (time.perf_counter() - start) * 1000
    rows = load_corpus().split("test", "handwritten")
    texts = [r["text"] for r in rows]
    harsh = [r["text"] for r in rows if r["label"] == "nada_tinggi"]
    variants = {
        "check, all test replies (spans + suggestion)": (checker.check, texts),
        "check, harsh replies (spans + suggestion)": (checker.check, harsh),
        "check, harsh replies, rewrite off": (lambda t: checker.check(t, rewrite=False), harsh),
        "rewrite only, harsh replies": (checker.rewrite, harsh),
    }
    for function, sample in variants.values():  # warm caches
        for text in sample[:20]:
            function(text)
    timings: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(args.rounds):
        for name, (function, sample) in variants.items():
            timings[name] += _timed(function, sample)
    batch_start = time.perf_counter()
    for offset in range(0, len(texts), 100):
        checker.check_many(texts[offset : offset + 100])
    batch_rate = len(texts) / (time.perf_counter() - batch_start)

    base = statistics.median(timings["check, harsh replies, rewrite off"])
    print(f"model {checker.model_info.name} {checker.model_info.version}; cold load {cold:.0f} ms")
    print(f"{'variant':48} {'median ms':>9} {'mean ms':>8} {'p95 ms':>7} {'x base':>7}")
    for name, values in timings.items():
        values = sorted(values)
        p95 = values[int(0.95 * (len(values) - 1))]
        median = statistics.median(values)
        print(f"{name:48} {median:9.2f} {statistics.fmean(values):8.2f} {p95:7.2f} "
              f"{median / base:7.2f}")
    print(f"check_many in batches of 100: {batch_rate:.0f} replies/s")


if __name__ == "__main__":
    main()
