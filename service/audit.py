"""Audit of an export of past replies: streams a CSV, JSONL or Excel file through the checker
and writes an offline HTML report, or one row per reply as JSON or CSV."""

from __future__ import annotations

import base64
import codecs
import csv
import heapq
import html
import io
import json
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Literal

from models.checker import MAX_CHARS, ToneChecker
from models.errors import SantunError
from models.result import CheckResult, Span
from models.taxonomy import LABEL_HARSH

logger = logging.getLogger(__name__)

Format = Literal["html", "json", "csv"]

CHUNK = 256
PROGRESS_EVERY = 1000
EXAMPLES_PER_UNIT = 3
TOP_PHRASES = 20
BAD_ROWS_LISTED = 200
# The phrase counter is pruned to its most common entries when it grows past this, so a
# million varied replies cannot grow it without bound (counts of rare phrases are approximate).
PHRASES_KEPT = 20_000
SNIFF_BYTES = 64 * 1024
FIELD_LIMIT = 16 * 1024 * 1024
DELIMITERS = ",;\t|"
NO_UNIT = "(tanpa unit)"
ALL_UNITS = "Semua"

REASON_EMPTY = "teks kosong"
REASON_TOO_LONG = f"teks lebih dari {MAX_CHARS:,} karakter".replace(",", ".")
REASON_DATE = "tanggal kosong atau tidak terbaca"
REASON_JSON = "baris JSON tidak valid"
REASON_INVALID = "teks tidak dapat diperiksa"

_DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S",
                 "%d/%m/%Y", "%d-%m-%Y", "%d/%m/%Y %H:%M", "%d-%m-%Y %H:%M", "%d.%m.%Y",
                 "%Y/%m/%d")


class AuditInputError(ValueError):
    """The export cannot be audited at all (missing file or column, unknown format)."""


# --- reading ---------------------------------------------------------------------------------

@dataclass
class Export:
    """An opened export: its columns and a one-pass iterator over (line number, row)."""

    columns: list[str]
    rows: Iterator[tuple[int, dict[str, object] | None]]
    kind: str
    encoding: str | None = None
    delimiter: str | None = None


def detect_encoding(path: Path) -> str:
    """UTF-8 with BOM, else UTF-8 if every byte decodes, else latin-1 (reads in chunks)."""
    with open(path, "rb") as stream:
        if stream.read(3) == codecs.BOM_UTF8:
            return "utf-8-sig"
        stream.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := stream.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "latin-1"
    return "utf-8"


def _consistent_width(sample: str, delimiter: str) -> int:
    """Columns in the header when the sample's rows agree on it, else 0."""
    lines = sample.splitlines(keepends=True)
    if len(lines) > 1:
        lines = lines[:-1]  # the last line of a sample may be cut short
    rows = [r for r in csv.reader(io.StringIO("".join(lines)), delimiter=delimiter) if r]
    if not rows or len(rows[0]) < 2:
        return 0
    width = len(rows[0])
    return width if all(len(r) == width for r in rows[1:]) else 0


def detect_delimiter(sample: str) -> str:
    """Among , ; tab |, the one that splits the sample into the most columns with every row
    agreeing; csv.Sniffer only when none does (its regexes cost most of a second on a
    64 KiB sample); a comma when nothing fits."""
    widths = {d: _consistent_width(sample, d) for d in DELIMITERS}
    best = max(widths, key=lambda d: widths[d])  # ties go to the earlier, commoner one
    if widths[best]:
        return best
    try:
        return csv.Sniffer().sniff(sample[:8192], delimiters=DELIMITERS).delimiter
    except csv.Error:
        return ","


def _read_csv(path: Path) -> Export:
    encoding = detect_encoding(path)
    stream = open(path, encoding=encoding, newline="")  # noqa: SIM115 - closed by the generator
    sample = stream.read(SNIFF_BYTES)
    stream.seek(0)
    delimiter = detect_delimiter(sample)
    # An over-long reply should be a listed bad row, not the end of the run (default: 128 KiB).
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    reader = csv.reader(stream, delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        stream.close()
        raise AuditInputError(f"{path} is empty")
    columns = [c.strip() for c in header]

    def rows() -> Iterator[tuple[int, dict[str, object] | None]]:
        with stream:
            start = reader.line_num + 1
            try:
                for record in reader:
                    if any(cell.strip() for cell in record):
                        yield start, dict(zip(columns, record, strict=False))
                    start = reader.line_num + 1
            except csv.Error as error:  # e.g. a field over csv's size limit, a NUL byte
                raise AuditInputError(f"{path}, line {start}: {error}") from error

    return Export(columns, rows(), "csv", encoding, delimiter)


def _read_jsonl(path: Path) -> Export:
    encoding = detect_encoding(path)
    stream = open(path, encoding=encoding)  # noqa: SIM115 - closed by the generator
    parsed = ((n, _json_object(line)) for n, line in enumerate(stream, start=1) if line.strip())
    first = next(parsed, None)
    while first is not None and first[1] is None:
        # Leading broken lines are still reported once the columns are known.
        first = next(parsed, None)
    if first is None:
        stream.close()
        raise AuditInputError(f"{path} has no JSON object lines")
    columns = list(first[1])

    def rows() -> Iterator[tuple[int, dict[str, object] | None]]:
        with stream:
            stream.seek(0)
            for number, line in enumerate(stream, start=1):
                if line.strip():
                    yield number, _json_object(line)

    return Export(columns, rows(), "jsonl", encoding)


def _json_object(line: str) -> dict[str, object] | None:
    try:
        item = json.loads(line)
    except json.JSONDecodeError:
        return None
    return item if isinstance(item, dict) else None


def _read_xlsx(path: Path) -> Export:
    try:
        from openpyxl import load_workbook
    except ImportError as error:  # pragma: no cover - openpyxl is a dependency
        raise AuditInputError("reading .xlsx needs openpyxl (pip install openpyxl)") from error
    workbook = load_workbook(path, read_only=True, data_only=True)
    sheet = workbook.active
    values = sheet.iter_rows(values_only=True)
    header = next(values, None)
    if header is None:
        workbook.close()
        raise AuditInputError(f"{path} has an empty first sheet")
    columns = ["" if c is None else str(c).strip() for c in header]

    def rows() -> Iterator[tuple[int, dict[str, object] | None]]:
        try:
            for number, record in enumerate(values, start=2):
                if any(v not in (None, "") for v in record):
                    yield number, dict(zip(columns, record, strict=False))
        finally:
            workbook.close()

    return Export(columns, rows(), "xlsx")


def open_export(path: Path | str) -> Export:
    """Open a CSV (any of , ; tab |), JSONL or .xlsx export for one streaming pass."""
    path = Path(path)
    if not path.is_file():
        raise AuditInputError(f"file not found: {path}")
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return _read_jsonl(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix == ".xls":
        raise AuditInputError("old .xls files are not supported; save the sheet as .xlsx or CSV")
    return _read_csv(path)


def parse_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


# --- redaction and highlighting --------------------------------------------------------------

_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")
_PHONE = re.compile(r"(?<![\w+])(?:\+62[\s-]?|62|0)8\d{1,3}(?:[\s-]?\d){5,9}(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def redact(text: str) -> str:
    """Mask NIKs (16 digits), Indonesian phone numbers and e-mail addresses."""
    text = _EMAIL.sub("[email]", text)
    text = _NIK.sub("[NIK]", text)
    return _PHONE.sub("[telepon]", text)


def highlight_html(text: str, spans: Iterable[Span], *, redacted: bool = False) -> str:
    """The text as HTML with each span in a <mark> whose title gives its aspect and reason."""
    clean = redact if redacted else (lambda s: s)
    parts, at = [], 0
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if span.start < at:
            continue  # overlapping spans: the first one wins
        parts.append(html.escape(clean(text[at:span.start])))
        title = html.escape(f"{span.aspect}: {span.reason}", quote=True)
        parts.append(f'<mark title="{title}">{html.escape(clean(text[span.start:span.end]))}'
                     f"</mark>")
        at = span.end
    parts.append(html.escape(clean(text[at:])))
    return "".join(parts)


# --- aggregation -----------------------------------------------------------------------------

@dataclass
class UnitStats:
    replies: int = 0
    harsh: int = 0
    score_sum: float = 0.0
    aspects: Counter = field(default_factory=Counter)

    @property
    def harsh_share(self) -> float:
        return self.harsh / self.replies if self.replies else 0.0


@dataclass(frozen=True)
class Example:
    line: int
    row_id: str
    date: str
    score: float
    text: str
    spans: tuple[Span, ...]
    suggestion: str | None = None


@dataclass
class AuditSummary:
    """Running aggregates of one audit: bounded in size whatever the number of rows."""

    source: str
    rows: int = 0
    checked: int = 0
    harsh: int = 0
    units: dict[str, UnitStats] = field(default_factory=lambda: defaultdict(UnitStats))
    months: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    unit_months: dict[tuple[str, str], list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0]))
    phrases: Counter = field(default_factory=Counter)
    bad_counts: Counter = field(default_factory=Counter)
    bad_rows: list[tuple[int, str]] = field(default_factory=list)
    worst: dict[str, list] = field(default_factory=lambda: defaultdict(list))
    examples: dict[str, list[Example]] = field(default_factory=dict)
    has_dates: bool = False
    redacted: bool = False

    @property
    def bad(self) -> int:
        return sum(self.bad_counts.values())

    def add_bad(self, line: int, reason: str) -> None:
        self.bad_counts[reason] += 1
        if len(self.bad_rows) < BAD_ROWS_LISTED:
            self.bad_rows.append((line, reason))

    def add(self, row: _Row, result: CheckResult, keep: int) -> None:
        harsh = result.label == LABEL_HARSH
        self.checked += 1
        self.harsh += harsh
        stats = self.units[row.unit]
        stats.replies += 1
        stats.harsh += harsh
        stats.score_sum += result.score
        stats.aspects.update(a.name for a in result.aspects)
        if row.month:
            for counts in (self.months[row.month], self.unit_months[row.unit, row.month]):
                counts[0] += 1
                counts[1] += harsh
        if not harsh:
            return
        phrases = {" ".join(span.text.lower().split())[:80] for span in result.spans}
        self.phrases.update(p for p in phrases if any(ch.isalpha() for ch in p))
        if len(self.phrases) > PHRASES_KEPT:
            self.phrases = Counter(dict(self.phrases.most_common(PHRASES_KEPT // 4)))
        # Min-heap of the `keep` harshest replies: highest score, then most spans, then earliest.
        entry = (result.score, len(result.spans), -row.line, row, tuple(result.spans))
        if keep <= 0:
            return
        heap = self.worst[row.unit]
        if len(heap) < keep:
            heapq.heappush(heap, entry)
        elif entry[:3] > heap[0][:3]:
            heapq.heapreplace(heap, entry)


@dataclass(frozen=True)
class _Row:
    line: int
    row_id: str
    unit: str
    date: str
    month: str
    text: str
    error: str = ""


def _cell(row: dict[str, object], column: str | None) -> object:
    return None if column is None else row.get(column)


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _require_columns(columns: list[str], wanted: dict[str, str | None]) -> None:
    for option, column in wanted.items():
        if column is not None and column not in columns:
            found = ", ".join(repr(c) for c in columns) or "(none)"
            raise AuditInputError(f"column {column!r} ({option}) is not in the file; "
                                  f"columns found: {found}")


def iter_rows(export: Export, *, text_col: str, group_col: str | None,
              date_col: str | None, id_col: str | None) -> Iterator[_Row]:
    """Every row once, in order; a bad row carries the reason it cannot be checked."""
    for line, record in export.rows:
        if record is None:
            yield _Row(line, "", "", "", "", "", REASON_JSON)
            continue
        row_id = _as_text(_cell(record, id_col)).strip() or str(line)
        unit = (_as_text(_cell(record, group_col)).strip() or NO_UNIT) if group_col else ALL_UNITS
        text = _as_text(record.get(text_col))
        day = parse_date(record.get(date_col)) if date_col is not None else None
        error = ""
        if not text.strip():
            error = REASON_EMPTY
        elif len(text) > MAX_CHARS:
            error = REASON_TOO_LONG
        elif date_col is not None and day is None:
            error = REASON_DATE
        if error:
            yield _Row(line, row_id, unit, "", "", "", error)
            continue
        yield _Row(line, row_id, unit, day.isoformat() if day else "",
                   day.strftime("%Y-%m") if day else "", text)


def _check_chunk(checker: ToneChecker, rows: list[_Row]) -> list[CheckResult | str]:
    """A result for each row, or the reason it could not be checked."""
    try:
        # Lexicon and shouting spans only: they name the recurring phrases worth counting,
        # and skipping the occlusion pass keeps a large audit fast.
        return list(checker.check_many([r.text for r in rows], rewrite=False, occlusion=False))
    except SantunError:
        pass
    results: list[CheckResult | str] = []  # one bad text: check one by one to set only it aside
    for row in rows:
        try:
            results.append(checker.check(row.text, rewrite=False))
        except SantunError:
            results.append(REASON_INVALID)
    return results


class _RowWriter:
    """Streams one output row per input row as a JSON array or CSV."""

    FIELDS = ("line", "id", "unit", "date", "label", "score", "aspects", "error")

    def __init__(self, stream: IO[str], fmt: Format):
        self.stream, self.fmt, self.count = stream, fmt, 0
        if fmt == "csv":
            self.csv = csv.writer(stream)
            self.csv.writerow(self.FIELDS)
        else:
            stream.write("[")

    def write(self, line: int, row_id: str, unit: str, day: str, result: CheckResult | None,
              error: str = "") -> None:
        aspects = {a.name: a.score for a in result.aspects} if result else {}
        if self.fmt == "csv":
            self.csv.writerow([line, row_id, unit, day, result.label if result else "",
                               result.score if result else "",
                               ";".join(f"{k}:{v}" for k, v in aspects.items()), error])
        else:
            item = {"line": line, "id": row_id, "unit": unit, "date": day or None,
                    "label": result.label if result else None,
                    "score": result.score if result else None, "aspects": aspects,
                    "error": error or None}
            self.stream.write(("," if self.count else "") + "\n"
                              + json.dumps(item, ensure_ascii=False))
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("\n]\n")


def audit(checker: ToneChecker, path: Path | str, *, text_col: str,
          group_col: str | None = None, date_col: str | None = None, id_col: str | None = None,
          rows_out: IO[str] | None = None, rows_format: Format = "json",
          examples: int = EXAMPLES_PER_UNIT, redacted: bool = False,
          on_progress: Callable[[int], None] | None = None) -> AuditSummary:
    """Stream the export through the checker in chunks and return the aggregates.

    With ``rows_out``, one row per input row is written there as it is checked."""
    export = open_export(path)
    if id_col is None and "id" in export.columns:
        id_col = "id"
    try:
        _require_columns(export.columns, {"--text-col": text_col, "--group-col": group_col,
                                          "--date-col": date_col, "--id-col": id_col})
    except AuditInputError:
        export.rows.close()
        raise
    logger.info("auditing %s (%s, encoding %s, delimiter %r)", Path(path).name, export.kind,
                export.encoding, export.delimiter)
    summary = AuditSummary(source=Path(path).name, has_dates=date_col is not None,
                           redacted=redacted)
    writer = _RowWriter(rows_out, rows_format) if rows_out is not None else None
    chunk: list[_Row] = []
    next_progress = PROGRESS_EVERY

    def flush() -> None:
        nonlocal next_progress
        good = [row for row in chunk if not row.error]
        results = iter(_check_chunk(checker, good) if good else [])
        for row in chunk:  # in input order, bad rows in their place
            outcome = row.error or next(results)
            summary.rows += 1
            if isinstance(outcome, str):
                summary.add_bad(row.line, outcome)
                if writer is not None:
                    writer.write(row.line, row.row_id, row.unit, "", None, outcome)
                continue
            summary.add(row, outcome, examples)
            if writer is not None:
                writer.write(row.line, row.row_id, row.unit, row.date, outcome)
        chunk.clear()
        if on_progress is not None and summary.rows >= next_progress:
            on_progress(summary.rows)
            next_progress = (summary.rows // PROGRESS_EVERY + 1) * PROGRESS_EVERY

    for row in iter_rows(export, text_col=text_col, group_col=group_col, date_col=date_col,
                         id_col=id_col):
        chunk.append(row)
        if len(chunk) >= CHUNK:
            flush()
    flush()
    if writer is not None:
        writer.close()
    if on_progress is not None:
        on_progress(summary.rows)
    _finish_examples(checker, summary)
    return summary


def _finish_examples(checker: ToneChecker, summary: AuditSummary) -> None:
    """Turn each unit's heap into examples, rewriting only these few replies."""
    for unit, heap in summary.worst.items():
        chosen = []
        for score, _n, _neg, row, spans in sorted(heap, reverse=True):
            try:
                suggestion = checker.rewrite(row.text).text
            except SantunError:
                suggestion = None
            chosen.append(Example(row.line, row.row_id, row.date, score, row.text, spans,
                                  suggestion))
        summary.examples[unit] = chosen
    summary.worst.clear()


def write_rows(checker: ToneChecker, path: Path | str, out: Path | str, fmt: Format,
               **options) -> AuditSummary:
    """Audit ``path`` writing one JSON or CSV row per reply to ``out``."""
    with open(out, "w", encoding="utf-8", newline="") as stream:
        return audit(checker, path, rows_out=stream, rows_format=fmt, examples=0, **options)


# --- the HTML report -------------------------------------------------------------------------

def _png(figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="grafik" src="data:image/png;base64,{data}">'


def _unit_chart(summary: AuditSummary, units: list[str]) -> str:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7, 0.45 * len(units) + 1.2))
    axes = figure.subplots()
    shares = [100 * summary.units[u].harsh_share for u in units]
    bars = axes.barh(units[::-1], shares[::-1], color="#c0392b")
    axes.bar_label(bars, fmt="%.0f%%", padding=3)
    axes.set_xlabel("% balasan bernada tinggi")
    axes.set_xlim(0, max(shares + [10]) * 1.2)
    axes.spines[["top", "right"]].set_visible(False)
    return _png(figure)


def _month_chart(summary: AuditSummary, units: list[str]) -> str:
    from matplotlib.figure import Figure

    months = sorted(summary.months)
    figure = Figure(figsize=(8, 3.8))
    axes = figure.subplots()
    for unit in units[:8]:
        points = [(m, summary.unit_months.get((unit, m))) for m in months]
        xs = [m for m, c in points if c]
        ys = [100 * c[1] / c[0] for _, c in points if c]
        axes.plot(xs, ys, marker="o", linewidth=1, alpha=0.7, label=unit)
    overall = [100 * summary.months[m][1] / summary.months[m][0] for m in months]
    axes.plot(months, overall, color="black", linewidth=2.5, marker="s", label="Semua unit")
    axes.set_ylabel("% nada tinggi")
    axes.set_ylim(0, 100)
    axes.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1))
    axes.spines[["top", "right"]].set_visible(False)
    return _png(figure)


def _aspect_chart(summary: AuditSummary, units: list[str], aspects: list[str]) -> str:
    from matplotlib.figure import Figure

    grid = [[100 * summary.units[u].aspects[a] / summary.units[u].replies for a in aspects]
            for u in units]
    top = max(max(values) for values in grid) or 1.0
    figure = Figure(figsize=(1.0 * len(aspects) + 2.5, 0.45 * len(units) + 1.5))
    axes = figure.subplots()
    image = axes.imshow(grid, cmap="Reds", vmin=0, aspect="auto")
    axes.set_xticks(range(len(aspects)), aspects, rotation=30, ha="right")
    axes.set_yticks(range(len(units)), units)
    for i, values in enumerate(grid):
        for j, value in enumerate(values):
            axes.text(j, i, f"{value:.0f}%", ha="center", va="center", fontsize=8,
                      color="white" if value > 0.6 * top else "black")
    figure.colorbar(image, ax=axes, label="% balasan")
    return _png(figure)


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;
max-width:60rem;padding:0 1rem;color:#222;line-height:1.5}
h1{margin-bottom:.2rem}h2{border-bottom:2px solid #eee;padding-bottom:.2rem;margin-top:2rem}
.meta{color:#666}.cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{background:#f6f6f6;border-radius:8px;padding:.6rem 1rem;min-width:9rem}
.card b{display:block;font-size:1.6rem}table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}img{max-width:100%}
mark{background:#f9d6d2;border-bottom:2px solid #c0392b;padding:0 1px}
.ex{border-left:4px solid #c0392b;padding:.3rem .8rem;margin:.8rem 0;background:#fcfcfc}
.ex .s{border-left:4px solid #27ae60;padding-left:.6rem;margin-top:.4rem}
.small{font-size:.85rem;color:#666}
"""


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def render_html(summary: AuditSummary, *, title: str = "Audit nada balasan") -> str:
    """A self-contained page (inline CSS, charts as embedded PNG; nothing fetched)."""
    esc = html.escape
    units = sorted(summary.units, key=lambda u: (-summary.units[u].harsh_share, u))
    aspects = sorted({a for s in summary.units.values() for a in s.aspects})
    clean = redact if summary.redacted else (lambda s: s)
    out = [f"<!doctype html><html lang='id'><head><meta charset='utf-8'>"
           f"<meta name='viewport' content='width=device-width,initial-scale=1'>"
           f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>",
           f"<h1>{esc(title)}</h1><p class='meta'>Berkas: {esc(summary.source)}"
           + (" · data pribadi disamarkan" if summary.redacted else "") + "</p>",
           "<div class='cards'>"
           f"<div class='card'><b>{summary.rows}</b>baris</div>"
           f"<div class='card'><b>{summary.checked}</b>balasan diperiksa</div>"
           f"<div class='card'><b>{_pct(summary.harsh, summary.checked)}</b>nada tinggi</div>"
           f"<div class='card'><b>{summary.bad}</b>baris bermasalah</div></div>"]
    if units:
        out.append("<h2>Nada tinggi per unit</h2>" + _unit_chart(summary, units))
        out.append("<table><tr><th>Unit</th><th class='n'>Balasan</th>"
                   "<th class='n'>Nada tinggi</th><th class='n'>Porsi</th>"
                   "<th class='n'>Skor rata-rata</th></tr>")
        for unit in units:
            s = summary.units[unit]
            out.append(f"<tr><td>{esc(unit)}</td><td class='n'>{s.replies}</td>"
                       f"<td class='n'>{s.harsh}</td><td class='n'>{_pct(s.harsh, s.replies)}"
                       f"</td><td class='n'>{s.score_sum / s.replies:.2f}</td></tr>")
        out.append("</table>")
    if summary.months:
        out.append("<h2>Nada tinggi per bulan</h2>" + _month_chart(summary, units))
        out.append("<table><tr><th>Bulan</th><th class='n'>Balasan</th>"
                   "<th class='n'>Nada tinggi</th><th class='n'>Porsi</th></tr>")
        for month in sorted(summary.months):
            n, harsh = summary.months[month]
            out.append(f"<tr><td>{month}</td><td class='n'>{n}</td><td class='n'>{harsh}</td>"
                       f"<td class='n'>{_pct(harsh, n)}</td></tr>")
        out.append("</table>")
    if aspects:
        out.append("<h2>Aspek per unit</h2><p class='small'>Porsi balasan tiap unit yang "
                   "memuat aspek tersebut.</p>" + _aspect_chart(summary, units, aspects))
    if summary.phrases:
        out.append("<h2>Frasa keras yang paling sering</h2><table><tr><th>Frasa</th>"
                   "<th class='n'>Kali</th></tr>")
        for phrase, count in summary.phrases.most_common(TOP_PHRASES):
            out.append(f"<tr><td>{esc(clean(phrase))}</td><td class='n'>{count}</td></tr>")
        out.append("</table>")
    if any(summary.examples.values()):
        out.append("<h2>Contoh balasan terkeras per unit</h2><p class='small'>Frasa yang "
                   "ditandai membuat balasan terdengar keras; arahkan kursor untuk alasannya. "
                   "Di bawahnya usulan versi yang lebih santun.</p>")
        for unit in units:
            if not summary.examples.get(unit):
                continue
            out.append(f"<h3>{esc(unit)}</h3>")
            for ex in summary.examples[unit]:
                when = f" · {ex.date}" if ex.date else ""
                out.append(f"<div class='ex'><div class='small'>baris {ex.line} · id "
                           f"{esc(clean(ex.row_id))}{when} · skor {ex.score:.2f}</div>"
                           f"<div>{highlight_html(ex.text, ex.spans, redacted=summary.redacted)}"
                           "</div>")
                if ex.suggestion:
                    out.append(f"<div class='s'><span class='small'>Usulan:</span> "
                               f"{esc(clean(ex.suggestion))}</div>")
                out.append("</div>")
    out.append("<h2>Baris bermasalah</h2>")
    if summary.bad:
        out.append("<p>Baris ini tidak ikut dihitung.</p><ul>")
        for reason, count in summary.bad_counts.most_common():
            out.append(f"<li>{esc(reason)}: {count}</li>")
        out.append("</ul><table><tr><th class='n'>Baris</th><th>Alasan</th></tr>")
        for line, reason in summary.bad_rows:
            out.append(f"<tr><td class='n'>{line}</td><td>{esc(reason)}</td></tr>")
        out.append("</table>")
        if summary.bad > len(summary.bad_rows):
            out.append(f"<p class='small'>{len(summary.bad_rows)} baris pertama ditampilkan "
                       f"dari {summary.bad}.</p>")
    else:
        out.append("<p>Tidak ada.</p>")
    out.append("<p class='small'>Dibuat oleh Santun. Laporan ini membantu pembinaan, bukan "
               "untuk menilai petugas tanpa membaca balasannya.</p></body></html>")
    return "\n".join(out)


def write_report(checker: ToneChecker, path: Path | str, out: Path | str, *,
                 fmt: Format = "html", **options) -> AuditSummary:
    """Audit ``path`` and write the HTML report, or one row per reply as JSON or CSV."""
    if fmt in ("json", "csv"):
        options.pop("examples", None)
        return write_rows(checker, path, out, fmt, **options)
    summary = audit(checker, path, **options)
    Path(out).write_text(render_html(summary), encoding="utf-8")
    return summary
