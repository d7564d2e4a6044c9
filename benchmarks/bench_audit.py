"""Throughput and peak memory of `santun audit` on a generated export.

The export repeats the sample's replies (data/samples/aduan_export.csv) with varied units and
dates. Not a test: it prints figures and asserts nothing.
Run: `.venv/bin/python benchmarks/bench_audit.py [--rows 20000]`.
"""

from __future__ import annotations

import argparse
import csv
import resource
import tempfile
import time
from pathlib import Path

from models import ToneChecker
from service import audit

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "aduan_export.csv"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _generate(path: Path, rows: int) -> None:
    with SAMPLE.open(encoding="utf-8", newline="") as stream:
        texts = [r["balasan"] for r in csv.DictReader(stream) if 0 < len(r["balasan"]) <= 5000]
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["id", "tanggal", "unit", "balasan"])
        for i in range(rows):
            writer.writerow([i, f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", f"Unit {i % 12}",
                             texts[i % len(texts)]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()

    checker = ToneChecker.load()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "export.csv"
        _generate(source, args.rows)
        size_mb = source.stat().st_size / 1e6
        print(f"export: {args.rows:,} rows, {size_mb:.1f} MB; "
              f"peak memory after loading the model: {_peak_mb():.0f} MB")
        print(f"{'output':<6} {'seconds':>8} {'replies/s':>10} {'peak memory':>12}")
        for fmt in ("html", "json"):
            out = Path(folder) / f"report.{fmt}"
            start = time.perf_counter()
            summary = audit.write_report(checker, source, out, fmt=fmt, text_col="balasan",
                                         group_col="unit", date_col="tanggal")
            seconds = time.perf_counter() - start
            print(f"{fmt:<6} {seconds:>8.1f} {summary.checked / seconds:>10.0f} "
                  f"{_peak_mb():>9.0f} MB")


if __name__ == "__main__":
    main()
