"""The ``santun`` command: check and rewrite replies, serve the API, and hand training
commands to the offline pipeline."""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import BinaryIO

from models.checker import validate_text
from models.errors import SantunError
from models.result import CheckResult

logger = logging.getLogger("santun")

# Commands that belong to training/: run as their own program so service/ never imports it.
TRAINING_COMMANDS = ("train", "evaluate", "finetune", "data")
JSONL_CHUNK = 64
EXIT_SOME_FAILED = 1

_COLOURS = {"red": "\033[31m", "green": "\033[32m", "yellow": "\033[33m", "bold": "\033[1m",
            "reset": "\033[0m"}


def _paint(text: str, colour: str, enabled: bool) -> str:
    return f"{_COLOURS[colour]}{text}{_COLOURS['reset']}" if enabled else text


def _load_checker(args):
    from models import ToneChecker

    return ToneChecker.load(args.model)


def render(result: CheckResult, text: str, colour: bool) -> str:
    """A readable verdict for a person at a terminal, in Indonesian."""
    harsh = result.label == "nada_tinggi"
    verdict = (_paint("NADA TINGGI", "red", colour) if harsh else _paint("AMAN", "green", colour))
    lines = [f"{verdict}  (skor {result.score:.2f}, ambang {result.threshold:.2f})"]
    if result.aspects:
        lines.append("Aspek: " + ", ".join(f"{a.name} {a.score:.2f}" for a in result.aspects))
    for span in result.spans:
        lines.append(f"  - {_paint(span.text, 'yellow', colour)} [{span.aspect}] {span.reason}")
    for tip in result.tips:
        lines.append(f"  Saran: {tip.message}")
    if result.suggestion is not None:
        state = "lolos" if result.suggestion.passes else "masih perlu disunting"
        lines.append(_paint(f"Usulan ({state}):", "bold", colour))
        lines.append(result.suggestion.text)
        lines.extend(f"  Catatan: {note}" for note in result.suggestion.notes)
    return "\n".join(lines)


def _emit(out, obj: dict) -> None:
    """One JSON line; an id with unpaired surrogates is escaped rather than crashing."""
    try:
        line = json.dumps(obj, ensure_ascii=False)
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(obj, ensure_ascii=True)
    out.write(line + "\n")


def _error_line(line_id, code: str, message: str, line_number: int) -> dict:
    return {"id": line_id, "line": line_number, "error": {"code": code, "message": message}}


ParsedLine = tuple[int, object, str | None, dict | None]


def _parse_lines(stream: BinaryIO, max_chars: int) -> Iterator[ParsedLine]:
    """Yield (line number, id, text or None, error or None) for each non-blank input line."""
    for number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield number, None, None, _error_line(None, "invalid_utf8", str(error), number)
            continue
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, None, None, _error_line(None, "invalid_json", str(error), number)
            continue
        if not isinstance(item, dict):
            yield number, None, None, _error_line(None, "invalid_json",
                                                  "each line must be a JSON object", number)
            continue
        line_id = item.get("id")
        if "text" not in item:
            yield number, line_id, None, _error_line(line_id, "missing_text",
                                                     "the object has no \"text\" field", number)
            continue
        try:
            text = validate_text(item["text"], max_chars)
        except SantunError as error:
            yield number, line_id, None, _error_line(line_id, error.code, error.message, number)
            continue
        yield number, line_id, text, None


def check_jsonl(checker, stream: BinaryIO, out, *, threshold=None, rewrite=True,
                register=None) -> int:
    """Answer every line in order; returns how many lines failed."""
    failed = 0
    pending: list[tuple[object, str]] = []

    def flush():
        if not pending:
            return
        results = checker.check_many([t for _, t in pending], threshold=threshold,
                                     rewrite=rewrite, register=register)
        for (line_id, _), result in zip(pending, results, strict=True):
            _emit(out, {"id": line_id, **result.model_dump(mode="json")})
        pending.clear()

    for _number, line_id, text, error in _parse_lines(stream, checker.max_chars):
        if error is not None:
            flush()
            _emit(out, error)
            failed += 1
            continue
        pending.append((line_id, text))
        if len(pending) >= JSONL_CHUNK:
            flush()
    flush()
    out.flush()
    return failed


def _cmd_check(args) -> int:
    checker = _load_checker(args)
    if args.jsonl:
        stream = sys.stdin.buffer if args.jsonl == "-" else open(args.jsonl, "rb")  # noqa: SIM115
        with stream:
            failed = check_jsonl(checker, stream, sys.stdout, threshold=args.threshold,
                                 rewrite=not args.no_rewrite, register=args.register)
        if failed:
            logger.warning("%d line(s) failed", failed)
        return EXIT_SOME_FAILED if failed else 0
    if args.text is None:
        print("santun check: give a text, or --jsonl FILE|-", file=sys.stderr)
        return 2
    try:
        result = checker.check(args.text, threshold=args.threshold,
                               rewrite=not args.no_rewrite, register=args.register)
    except SantunError as error:
        print(f"santun check: {error.code}: {error.message}", file=sys.stderr)
        return 2
    if args.json:
        print(result.model_dump_json(indent=2))
    else:
        print(render(result, args.text, colour=sys.stdout.isatty()))
    return 0


def _cmd_rewrite(args) -> int:
    checker = _load_checker(args)
    try:
        suggestion = checker.rewrite(args.text, register=args.register)
    except SantunError as error:
        print(f"santun rewrite: {error.code}: {error.message}", file=sys.stderr)
        return 2
    if args.json:
        print(suggestion.model_dump_json(indent=2))
    else:
        print(suggestion.text)
        for note in suggestion.notes:
            print(f"Catatan: {note}", file=sys.stderr)
    return 0


def _cmd_serve(args) -> int:
    import uvicorn
    from pydantic import ValidationError

    from models import ToneChecker
    from service.app import create_app
    from service.logs import configure as configure_logs
    from service.logs import log_config
    from service.settings import Settings

    overrides = {k: v for k, v in {"host": args.host, "port": args.port, "model": args.model,
                                   "workers": args.workers}.items() if v is not None}
    try:
        settings = Settings(**overrides)
    except ValidationError as error:
        for problem in error.errors():
            where = ".".join(str(part) for part in problem["loc"])
            print(f"santun serve: SANTUN_{where.upper()}: {problem['msg']}", file=sys.stderr)
        return 2
    configure_logs(settings.log_level)
    # Fail here, in one line, rather than in every worker's lifespan with a traceback.
    try:
        checker = ToneChecker.load(settings.model, max_chars=settings.max_chars)
    except SantunError as error:
        print(f"santun serve: {error.code}: {error.message}", file=sys.stderr)
        return 2
    logger.info("model checked: %s %s", checker.model_info.name, checker.model_info.version)
    options = {"host": settings.host, "port": settings.port, "log_config":
               log_config(settings.log_level), "access_log": False,
               "timeout_graceful_shutdown": settings.graceful_timeout}
    if settings.workers == 1:
        app = create_app(settings)
        app.state.checker = checker
        uvicorn.run(app, **options)
        return 0
    # Each worker process builds its own app (and loads the model once) from SANTUN_*.
    del checker
    for name, value in overrides.items():
        os.environ[f"SANTUN_{name.upper()}"] = str(value)
    uvicorn.run("service.app:app_from_env", factory=True, workers=settings.workers, **options)
    return 0


def _cmd_audit(args) -> int:
    from service import audit

    fmt = args.format or {".json": "json", ".csv": "csv"}.get(os.path.splitext(args.out)[1],
                                                               "html")
    progress = None
    if args.progress or sys.stderr.isatty():
        def progress(rows: int) -> None:
            print(f"\r{rows:,} baris dibaca".replace(",", "."), end="", file=sys.stderr,
                  flush=True)
    checker = _load_checker(args)
    try:
        summary = audit.write_report(checker, args.file, args.out, fmt=fmt,
                                     text_col=args.text_col, group_col=args.group_col,
                                     date_col=args.date_col, id_col=args.id_col,
                                     redacted=args.redact, examples=args.examples,
                                     on_progress=progress)
    except audit.AuditInputError as error:
        print(f"santun audit: {error}", file=sys.stderr)
        return 2
    if progress is not None:
        print(file=sys.stderr)
    print(f"{summary.checked} balasan diperiksa, {summary.harsh} nada tinggi, "
          f"{summary.bad} baris bermasalah -> {args.out}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="santun", description="Periksa nada balasan petugas.")
    parser.add_argument("--model", default=None,
                        help="model folder (default: $SANTUN_MODEL or the embedded default)")
    sub = parser.add_subparsers(dest="command", required=True)

    check = sub.add_parser("check", help="check one text, or JSONL lines")
    check.add_argument("text", nargs="?")
    check.add_argument("--json", action="store_true", help="print the result object as JSON")
    check.add_argument("--jsonl", metavar="FILE|-",
                       help="read {\"id\", \"text\"} lines; write one result per line")
    check.add_argument("--threshold", type=float, default=None)
    check.add_argument("--no-rewrite", action="store_true", help="skip the suggestion")
    check.add_argument("--register", choices=("formal", "chat"), default=None)
    check.set_defaults(run=_cmd_check)

    rewrite = sub.add_parser("rewrite", help="suggest a softer version of a text")
    rewrite.add_argument("text")
    rewrite.add_argument("--register", choices=("formal", "chat"), default=None)
    rewrite.add_argument("--json", action="store_true")
    rewrite.set_defaults(run=_cmd_rewrite)

    serve = sub.add_parser("serve", help="serve the web page and the API")
    serve.add_argument("--host", default=None)
    serve.add_argument("--port", type=int, default=None)
    serve.add_argument("--workers", type=int, default=None,
                       help="worker processes, each with its own model (default: 1)")
    serve.set_defaults(run=_cmd_serve)

    audit = sub.add_parser("audit", help="audit an export of past replies (CSV, JSONL, .xlsx)")
    audit.add_argument("file", help="CSV (, ; tab |), JSONL or .xlsx export")
    audit.add_argument("--text-col", required=True, help="column with the reply text")
    audit.add_argument("--group-col", default=None, help="column with the unit")
    audit.add_argument("--date-col", default=None, help="column with the date (monthly chart)")
    audit.add_argument("--id-col", default=None, help="column with the reply id (default: id)")
    audit.add_argument("--out", required=True, help="report file to write")
    audit.add_argument("--format", choices=("html", "json", "csv"), default=None,
                       help="html report, or one row per reply (default: from --out, else html)")
    audit.add_argument("--redact", action="store_true",
                       help="mask NIK, phone numbers and e-mail addresses in the examples")
    audit.add_argument("--examples", type=int, default=3, help="worst examples per unit")
    audit.add_argument("--progress", action="store_true",
                       help="show progress on stderr even when it is not a terminal")
    audit.set_defaults(run=_cmd_audit)

    for name in TRAINING_COMMANDS:
        sub.add_parser(name, help=f"offline pipeline: `santun {name} --help`", add_help=False)
    return parser


def _command_index(argv: list[str]) -> int | None:
    """Where the subcommand stands, skipping the global ``--model DIR``."""
    skip = False
    for index, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg == "--model":
            skip = True
        elif not arg.startswith("-"):
            return index
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=os.environ.get("SANTUN_LOG_LEVEL", "WARNING").upper(),
                        format="%(levelname)s %(name)s: %(message)s")
    command_at = _command_index(argv)
    if command_at is not None and argv[command_at] in TRAINING_COMMANDS:
        # --model before the command applies to evaluate as well.
        rest = argv[:command_at] + argv[command_at + 1 :]
        program = [sys.executable, "-m", "training.cli", argv[command_at], *rest]
        return subprocess.call(program)
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
