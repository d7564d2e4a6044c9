"""Reading, span-filling and validating the corpus source files under ``data/``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from models.taxonomy import ASPECTS, DOMAINS, LABEL_HARSH, LABELS, REGISTERS, SOURCES

REQUIRED = ("id", "text", "label", "aspects", "spans", "domain", "register", "source", "group")


@dataclass
class RowProblem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class FileReport:
    rows: list[dict] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def read_jsonl(path: Path) -> FileReport:
    report = FileReport()
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                where = f"{path.name}:{number}"
                report.problems.append(RowProblem(where, f"invalid JSON ({error})"))
                continue
            row["_line"] = f"{path.name}:{number}"
            report.rows.append(row)
    return report


def fill_spans(row: dict) -> list[str]:
    """Give every span written as ``{"text": ..., "aspect": ...}`` its code-point offsets.

    A phrase is looked up left to right after the previous span of the same phrase, so a
    phrase that occurs twice can be annotated twice. Returns problems instead of raising.
    """
    problems = []
    text = row.get("text", "")
    cursor: dict[str, int] = {}
    for span in row.get("spans", []):
        phrase = span.get("text")
        if "start" in span and "end" in span:
            continue
        if not phrase:
            problems.append("span without text or offsets")
            continue
        start = text.find(phrase, cursor.get(phrase, 0))
        if start < 0:
            problems.append(f"span text {phrase!r} not found in text")
            continue
        span["start"], span["end"] = start, start + len(phrase)
        cursor[phrase] = start + len(phrase)
    row["spans"] = sorted(row.get("spans", []), key=lambda s: (s.get("start", 0), s.get("end", 0)))
    return problems


def check_row(row: dict) -> list[str]:
    """Schema problems of one corpus row (empty when the row is valid)."""
    problems = [f"missing field {name!r}" for name in REQUIRED if name not in row]
    if problems:
        return problems
    text = row["text"]
    if not isinstance(text, str) or not text.strip():
        problems.append("text is empty")
    if row["label"] not in LABELS:
        problems.append(f"unknown label {row['label']!r}")
    if row["domain"] not in DOMAINS:
        problems.append(f"unknown domain {row['domain']!r}")
    if row["register"] not in REGISTERS:
        problems.append(f"unknown register {row['register']!r}")
    if row["source"] not in SOURCES:
        problems.append(f"unknown source {row['source']!r}")
    aspects = row["aspects"]
    unknown = [a for a in aspects if a not in ASPECTS]
    if unknown:
        problems.append(f"unknown aspects {unknown}")
    if len(set(aspects)) != len(aspects):
        problems.append("duplicate aspects")
    harsh = row["label"] == LABEL_HARSH
    if harsh and not aspects:
        problems.append("nada_tinggi row without aspects")
    if not harsh and (aspects or row["spans"]):
        problems.append("ok row with aspects or spans")
    for span in row["spans"]:
        start, end = span.get("start"), span.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            problems.append(f"span offsets out of range: {span}")
            continue
        if span.get("aspect") not in aspects:
            problems.append(f"span aspect {span.get('aspect')!r} not among the row's aspects")
        if "text" in span and text[start:end] != span["text"]:
            problems.append(
                f"span text {span['text']!r} != text[{start}:{end}] {text[start:end]!r}")
    if harsh:
        if not row["spans"]:
            problems.append("nada_tinggi row without spans")
        missing = set(aspects) - {s.get("aspect") for s in row["spans"]}
        if missing:
            problems.append(f"aspects without a span: {sorted(missing)}")
        rewrite = row.get("rewrite")
        if not isinstance(rewrite, str) or not rewrite.strip():
            problems.append("nada_tinggi row without rewrite")
        keep = row.get("keep")
        if not isinstance(keep, list):
            problems.append("nada_tinggi row without keep list")
        elif isinstance(rewrite, str):
            for fact in keep:
                if fact not in text:
                    problems.append(f"keep {fact!r} not in text")
                if fact not in rewrite:
                    problems.append(f"keep {fact!r} not in rewrite")
    return problems


def iter_corpus_files(root: Path) -> Iterator[Path]:
    yield from sorted((root / "handwritten").glob("*.jsonl"))
    yield from sorted((root / "composed").glob("*.jsonl"))


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            clean = {k: v for k, v in row.items() if not k.startswith("_")}
            handle.write(json.dumps(clean, ensure_ascii=False) + "\n")


def _fill_command(paths: list[Path]) -> int:
    failed = 0
    for path in paths:
        report = read_jsonl(path)
        for problem in report.problems:
            print(problem)
            failed += 1
        for row in report.rows:
            for problem in fill_spans(row) + check_row(row):
                print(f"{row['_line']} ({row.get('id')}): {problem}")
                failed += 1
        write_jsonl(path, report.rows)
        print(f"{path}: {len(report.rows)} rows")
    print(f"{failed} problem(s)")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    fill = sub.add_parser("fill", help="add offsets to spans written as text, then check the rows")
    fill.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "fill":
        return _fill_command(args.paths)
    return 2


if __name__ == "__main__":
    sys.exit(main())
