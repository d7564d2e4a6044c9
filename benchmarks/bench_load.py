"""Load on the real HTTP server: throughput and latency percentiles of `santun serve`.

Starts `santun serve --workers N` on a free loopback port, drives it with a bounded number of
asyncio httpx clients (each scenario stops after --requests requests or --seconds seconds,
whichever comes first), and prints one table. Not a test: it prints figures, asserts nothing.
Run: `BENCH_ALL=1 make bench` (or `.venv/bin/python benchmarks/bench_load.py`).

`--client wrk` drives it with wrk instead (a C load generator that takes far less CPU than the
Python client, so the server gets more of a small machine): one fixed harsh and one fixed
polite reply, and every test reply in turn, at 4 and 32 connections, and batches of 100,
--seconds each.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from training.dataset import load_corpus

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Outcome:
    requests: int
    replies: int
    errors: int
    seconds: float
    latencies_ms: list[float]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _workers(parent: int) -> list[int]:
    """uvicorn's worker processes (Linux /proc); multiprocessing's resource tracker is a
    child too, so it is left out."""
    children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
    return [int(pid) for pid in children
            if b"resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_bytes()]


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _start(port: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, "SANTUN_LOG_LEVEL": "warning"}
    process = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--port", str(port),
         "--workers", str(workers)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with {process.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not become ready in 120 s")


async def _drive(base: str, path: str, bodies: list[dict], per_request: int, clients: int,
                 max_requests: int, max_seconds: float) -> Outcome:
    latencies: list[float] = []
    errors = 0
    sent = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        started = time.perf_counter()
        stop_at = started + max_seconds

        async def worker() -> None:
            nonlocal errors, sent
            while sent < max_requests and time.perf_counter() < stop_at:
                body = bodies[sent % len(bodies)]
                sent += 1
                begin = time.perf_counter()
                try:
                    response = await client.post(path, json=body)
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append((time.perf_counter() - begin) * 1000)
                errors += not ok

        await asyncio.gather(*(worker() for _ in range(clients)))
        seconds = time.perf_counter() - started
    return Outcome(len(latencies), len(latencies) * per_request, errors, seconds, latencies)


# wrk runs this Lua script: requests post the bodies of the file, one JSON body a line, in
# turn, and at the end it prints one JSON line of counts and latency percentiles (wrk
# measures in microseconds).
_WRK_SCRIPT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local bodies = {}
for line in io.lines(os.getenv("SANTUN_BENCH_BODIES")) do bodies[#bodies + 1] = line end
local turn = 0
request = function()
  turn = turn % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[turn])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %f, "errors": %d, "p50": %f, "p95": %f, "p99": %f}\\n',
    summary.requests, summary.duration / 1e6,
    e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
"""


def _wrk(base: str, path: str, bodies: list[dict], clients: int, seconds: float) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        script, data = Path(folder, "post.lua"), Path(folder, "bodies.jsonl")
        script.write_text(_WRK_SCRIPT)
        data.write_text("".join(json.dumps(body, ensure_ascii=False) + "\n" for body in bodies),
                        encoding="utf-8")
        command = ["wrk", f"-t{min(clients, 2)}", f"-c{clients}", f"-d{seconds:.0f}s",
                   "--timeout", "10s", "-s", str(script), f"{base}{path}"]
        done = subprocess.run(command, capture_output=True, text=True, check=True,
                              env={**os.environ, "SANTUN_BENCH_BODIES": str(data)})
    return json.loads(done.stdout.strip().splitlines()[-1])


def _typical(texts: list[str]) -> str:
    """The reply of median length, so one fixed reply stands for the split."""
    return sorted(texts, key=lambda text: (len(text), text))[len(texts) // 2]


def _run_wrk(base: str, rows: list[dict], seconds: float) -> list[tuple[str, int, dict]]:
    harsh = _typical([row["text"] for row in rows if row["label"] == "nada_tinggi"])
    polite = _typical([row["text"] for row in rows if row["label"] == "ok"])
    texts = [row["text"] for row in rows]
    batch = {"items": [{"id": i, "text": text} for i, text in enumerate(texts[:100])]}
    scenarios = [(f"{kind} reply, {clients} clients", "/v1/check", [{"text": text}], 1, clients)
                 for kind, text in (("harsh", harsh), ("polite", polite)) for clients in (4, 32)]
    # Every test reply in turn, harsh and polite as the split has them: the mix a complaint
    # system would send.
    mix = [{"text": text} for text in texts]
    share = sum(row["label"] == "nada_tinggi" for row in rows) / len(rows)
    scenarios += [(f"test split in turn ({share:.0%} harsh), {clients} clients", "/v1/check",
                   mix, 1, clients) for clients in (4, 32)]
    scenarios.append(("batch of 100, 4 clients", "/v1/check/batch", [batch], 100, 4))
    return [(name, per_request, _wrk(base, path, body, clients, seconds))
            for name, path, body, per_request, clients in scenarios]


_TABLE_HEAD = ("| scenario | requests | requests/s | replies/s | p50 ms | p95 ms | p99 ms | "
               "errors |\n|---|---|---|---|---|---|---|---|")


def _percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 \
        else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--requests", type=int, default=2000, help="most requests a scenario")
    parser.add_argument("--seconds", type=float, default=20.0, help="most seconds a scenario")
    parser.add_argument("--client", choices=["httpx", "wrk"], default="httpx")
    args = parser.parse_args()
    if args.client == "wrk" and shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (apt-get install wrk)")

    rows = load_corpus().split("test", "handwritten")
    texts = [row["text"] for row in rows]
    singles = [{"text": text} for text in texts]
    batches = [{"items": [{"id": i, "text": texts[(start + i) % len(texts)]}
                          for i in range(100)]} for start in range(0, len(texts), 100)]
    scenarios = [("single check, 4 clients", "/v1/check", singles, 1, 4, args.requests),
                 ("single check, 32 clients", "/v1/check", singles, 1, 32, args.requests),
                 ("batch of 100, 4 clients", "/v1/check/batch", batches, 100, 4,
                  max(1, args.requests // 20))]

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = _start(port, args.workers)
    try:
        asyncio.run(_drive(base, "/v1/check", singles, 1, 4, 100, 10))  # warm up both workers
        if args.client == "wrk":
            measured = _run_wrk(base, rows, args.seconds)
        else:
            outcomes = []
            for name, path, bodies, per_request, clients, most in scenarios:
                outcome = asyncio.run(_drive(base, path, bodies, per_request, clients, most,
                                             args.seconds))
                outcomes.append((name, outcome))
        memory = [_rss_mib(pid) for pid in _workers(server.pid)]
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)

    if args.client == "wrk":
        print(f"santun serve --workers {args.workers}; {os.cpu_count()} CPUs; wrk in the same "
              f"machine; {args.seconds:.0f} s a scenario\n")
        print(_TABLE_HEAD)
        for name, per_request, w in measured:
            rate = w["requests"] / w["seconds"]
            print(f"| {name} | {w['requests']} | {rate:.1f} | {rate * per_request:.1f} | "
                  f"{w['p50']:.1f} | {w['p95']:.1f} | {w['p99']:.1f} | {w['errors']} |")
        print("\nresident memory per worker (MiB): " + ", ".join(f"{m:.0f}" for m in memory))
        return

    print(f"santun serve --workers {args.workers}; {os.cpu_count()} CPUs; client in the same "
          f"machine; each scenario at most {args.requests} requests (batches: "
          f"{max(1, args.requests // 20)}) or {args.seconds:.0f} s\n")
    print(_TABLE_HEAD)
    for name, o in outcomes:
        print(f"| {name} | {o.requests} | {o.requests / o.seconds:.1f} | "
              f"{o.replies / o.seconds:.1f} | {_percentile(o.latencies_ms, 50):.1f} | "
              f"{_percentile(o.latencies_ms, 95):.1f} | {_percentile(o.latencies_ms, 99):.1f} | "
              f"{o.errors} |")
    print("\nresident memory per worker (MiB): "
          + ", ".join(f"{m:.0f}" for m in memory))


if __name__ == "__main__":
    main()
