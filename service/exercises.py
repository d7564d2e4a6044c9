"""The Bimtek practice exercises: reading a JSONL or CSV set and checking it line by line."""

from __future__ import annotations

import csv
import io
import json
import logging
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from service.schemas import Exercise, ExerciseProblem, ExerciseSet

logger = logging.getLogger(__name__)

SHIPPED = Path(__file__).resolve().parents[1] / "data" / "exercises" / "latihan.jsonl"
FIELDS: tuple[str, ...] = tuple(Exercise.model_fields)
# In CSV the facts to keep share one cell, separated by this character.
KEEP_SEPARATOR = "|"
MAX_EXERCISES = 1000

Format = Literal["jsonl", "csv"]

# Pydantic error types -> Indonesian messages a trainer can act on.
_MESSAGES = {
    "missing": "wajib diisi",
    "string_type": "harus berupa teks",
    "string_too_short": "tidak boleh kosong",
    "string_too_long": "terlalu panjang (maks. {max_length} karakter)",
    "string_pattern_mismatch": "hanya boleh huruf, angka, titik, garis bawah, atau tanda minus",
    "list_type": "harus berupa daftar teks",
    "too_long": "terlalu banyak (maks. {max_length})",
    "extra_forbidden": "kolom tidak dikenal",
}


def load(path: Path | None = None) -> ExerciseSet:
    """The set at ``path`` (Settings.exercises, else the shipped one); bad lines reported."""
    explicit = path
    path = explicit or SHIPPED
    if not path.is_file():
        if explicit:
            raise FileNotFoundError(f"SANTUN_EXERCISES: no exercise file at {path}")
        logger.warning("shipped exercise file missing: %s", path)
        return ExerciseSet(name=path.name, exercises=[], errors=[])
    fmt: Format = "csv" if path.suffix.lower() == ".csv" else "jsonl"
    exercise_set = parse(path.read_text(encoding="utf-8"), fmt, name=path.name)
    for problem in exercise_set.errors:
        logger.warning("%s line %d: %s %s", path.name, problem.line, problem.field or "",
                       problem.message)
    logger.info("exercises loaded: %d from %s", len(exercise_set.exercises), path.name)
    return exercise_set


def parse(content: str, fmt: Format, name: str = "unggahan") -> ExerciseSet:
    """Every valid exercise of ``content``, and one problem per bad line, in Indonesian."""
    content = content.removeprefix("\ufeff")
    rows = _jsonl_rows(content) if fmt == "jsonl" else _csv_rows(content)
    exercises: list[Exercise] = []
    errors: list[ExerciseProblem] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        if isinstance(row, ExerciseProblem):
            errors.append(row)
            continue
        try:
            exercise = Exercise.model_validate(row)
        except ValidationError as error:
            errors.extend(_problems(line, error))
            continue
        if exercise.id in seen:
            errors.append(ExerciseProblem(
                line=line, field="id",
                message=f"id “{exercise.id}” sudah dipakai di baris {seen[exercise.id]}"))
            continue
        if len(exercises) >= MAX_EXERCISES:
            errors.append(ExerciseProblem(
                line=line, message=f"lebih dari {MAX_EXERCISES} latihan; sisanya diabaikan"))
            break
        seen[exercise.id] = line
        exercises.append(exercise)
    if not exercises and not errors:
        errors.append(ExerciseProblem(line=1, message="berkas tidak berisi latihan"))
    return ExerciseSet(name=name, exercises=exercises, errors=errors)


def _jsonl_rows(content: str):
    for line, raw in enumerate(content.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as error:
            yield line, ExerciseProblem(
                line=line, message=f"bukan JSON yang sah (kolom {error.colno}: {error.msg})")
            continue
        if not isinstance(row, dict):
            yield line, ExerciseProblem(line=line, message="harus berupa objek JSON {…}")
            continue
        yield line, row


def _csv_rows(content: str):
    first_line = content.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)  # spreadsheets in id-ID export with ";"
    reader = csv.DictReader(io.StringIO(content, newline=""), delimiter=delimiter)
    header = [name.strip() for name in reader.fieldnames or []]
    reader.fieldnames = header
    missing = [name for name in FIELDS if name not in header and name != "keep"]
    if missing:
        yield 1, ExerciseProblem(line=1, field=missing[0],
                                 message="baris judul tidak memuat kolom: " + ", ".join(missing))
        return
    for name in header:
        if name not in FIELDS:
            yield 1, ExerciseProblem(line=1, field=name or None,
                                     message=f"kolom “{name}” tidak dikenal dan diabaikan")
    for record in reader:
        values = [v for v in record.values() if isinstance(v, str)]
        line = reader.line_num - sum(v.count("\n") for v in values)
        if None in record:
            yield line, ExerciseProblem(line=line, message="jumlah kolom lebih dari baris judul")
            continue
        if not any((v or "").strip() for v in record.values()):
            continue
        row: dict[str, Any] = {k: v for k, v in record.items() if k in FIELDS and v is not None}
        keep = row.get("keep") or ""
        row["keep"] = [fact for fact in keep.split(KEEP_SEPARATOR) if fact.strip()]
        yield line, row


def _problems(line: int, error: ValidationError) -> list[ExerciseProblem]:
    problems = []
    for item in error.errors():
        loc = item.get("loc", ())
        field = str(loc[0]) if loc else None
        if item["type"] == "value_error":
            message = str(item.get("ctx", {}).get("error", item["msg"]))
        else:
            message = _MESSAGES.get(item["type"], "isinya tidak sah").format(
                **item.get("ctx", {}))
        if len(loc) > 1 and isinstance(loc[1], int):
            message = f"butir ke-{loc[1] + 1}: {message}"
        problems.append(ExerciseProblem(line=line, field=field, message=message))
    return problems
