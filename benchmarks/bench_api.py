"""The HTTP layer's own cost per request, in-process: the ASGI app called directly, no sockets.

Times POST /v1/check twice: with a checker that hands back a result computed beforehand (what
is left is routing, validation, middlewares, serialisation and the thread hop) and with the
real checker. One harsh and one polite reply of median length from the test split.
Not a test: it prints figures, asserts nothing. Run: `.venv/bin/python benchmarks/bench_api.py`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import statistics
import time

from models import ToneChecker
from models.result import CheckResult
from service.app import create_app, get_checker
from service.settings import Settings
from training.dataset import load_corpus


class CannedChecker:
    """The real checker's result for each text, computed once."""

    def __init__(self, checker: ToneChecker) -> None:
        self.checker = checker
        self.results: dict[str, CheckResult] = {}

    def check(self, text: str, **options) -> CheckResult:
        if text not in self.results:
            self.results[text] = self.checker.check(text, **options)
        return self.results[text]

    async def get(self) -> CannedChecker:
        """The dependency override (async, so FastAPI does not send it to a thread)."""
        return self


async def post(app, path: str, body: bytes) -> None:
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "POST", "scheme": "http", "path": path, "raw_path": path.encode(),
             "root_path": "", "query_string": b"", "server": ("127.0.0.1", 8000),
             "client": ("127.0.0.1", 50000),
             "headers": [(b"host", b"127.0.0.1:8000"), (b"content-type", b"application/json"),
                         (b"content-length", str(len(body)).encode())]}
    messages = [{"type": "http.request", "body": body, "more_body": False}]
    status = []

    async def receive():
        if messages:
            return messages.pop()
        await asyncio.Event().wait()  # the client never disconnects

    async def send(message):
        if message["type"] == "http.response.start":
            status.append(message["status"])

    await app(scope, receive, send)
    assert status == [200], status


async def median_us(app, text: str, repeats: int) -> float:
    body = json.dumps({"text": text}).encode()
    for _ in range(20):
        await post(app, "/v1/check", body)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        await post(app, "/v1/check", body)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e6


def typical(texts: list[str]) -> str:
    return sorted(texts, key=lambda text: (len(text), text))[len(texts) // 2]


async def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    rows = load_corpus().split("test", "handwritten")
    replies = {"harsh": typical([r["text"] for r in rows if r["label"] == "nada_tinggi"]),
               "polite": typical([r["text"] for r in rows if r["label"] == "ok"])}
    checker = ToneChecker.load()
    canned = CannedChecker(checker)
    app = create_app(Settings())
    app.state.checker = checker
    app.state.exercises = None  # no lifespan here; /v1/check does not need them

    print("| reply | HTTP layer alone (canned result) | whole request | checker.check alone |")
    print("|---|---|---|---|")
    for kind, text in replies.items():
        app.dependency_overrides[get_checker] = canned.get
        layer = await median_us(app, text, 2000)
        app.dependency_overrides.clear()
        whole = await median_us(app, text, 300)
        times = []
        for _ in range(300):
            started = time.perf_counter()
            checker.check(text)
            times.append(time.perf_counter() - started)
        alone = statistics.median(times) * 1e6
        print(f"| {kind} | {layer:.0f} µs | {whole / 1000:.2f} ms | {alone / 1000:.2f} ms |")


if __name__ == "__main__":
    asyncio.run(main())
