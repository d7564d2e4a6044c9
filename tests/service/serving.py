"""Start the real `santun serve` on a free loopback port for tests that need processes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ready(base: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}/readyz", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def start(model_dir: Path, workers: int, stderr=subprocess.DEVNULL
          ) -> tuple[subprocess.Popen, str, int]:
    """The server process, its base URL and port, once /readyz answers (60 s at most)."""
    port = free_port()
    env = {**os.environ, "SANTUN_MODEL": str(model_dir)}
    process = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--port", str(port),
         "--workers", str(workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=stderr, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while not ready(base):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("santun serve did not become ready")
        time.sleep(0.2)
    return process, base, port
