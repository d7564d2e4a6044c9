"""Request ids, access logs and Prometheus metrics; none of them ever holds a reply's text."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections import Counter
from collections.abc import Iterable

from starlette.datastructures import Headers, MutableHeaders
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from models.result import CheckResult
from models.taxonomy import ASPECTS, LABELS
from service.logs import request_id_var

logger = logging.getLogger("service.access")

REQUEST_ID_HEADER = "X-Request-ID"
_SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def request_id(header: str | None) -> str:
    """The caller's id when it is short and plain, else a fresh one (no log injection)."""
    if header and _SANE_REQUEST_ID.match(header):
        return header
    return uuid.uuid4().hex


def route_template(scope: Scope) -> str:
    """The route's path template ("/v1/check"), never the raw path: bounded label values.

    The router leaves the route it chose in the scope; a request answered before routing
    (the gate's 401, 429 and 413) is matched here against the app's routes."""
    route = scope.get("route")
    if route is not None:
        return route.path
    partial = None
    for route in scope["app"].router.routes:
        match, _ = route.matches(scope)
        if match == Match.FULL:
            return route.path
        if match == Match.PARTIAL and partial is None:
            partial = route.path
    return partial or "unmatched"


def _labels(**labels: str) -> str:
    def escape(value: str) -> str:
        return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")

    return "{" + ",".join(f'{k}="{escape(v)}"' for k, v in labels.items()) + "}"


class Metrics:
    """Counters and a latency histogram for one worker process."""

    def __init__(self) -> None:
        self.requests: Counter[tuple[str, str, str]] = Counter()
        self.latency: dict[str, list[float]] = {}  # route -> bucket counts, +Inf, sum
        self.checks: Counter[str] = Counter({label: 0 for label in LABELS})
        self.flags: Counter[str] = Counter({aspect: 0 for aspect in ASPECTS})

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests[(method, route, str(status))] += 1
        row = self.latency.setdefault(route, [0.0] * (len(LATENCY_BUCKETS) + 2))
        for index, bound in enumerate(LATENCY_BUCKETS):
            if seconds <= bound:
                row[index] += 1
        row[-2] += 1
        row[-1] += seconds

    def observe_results(self, results: Iterable[CheckResult]) -> None:
        for result in results:
            self.checks[result.label] += 1
            for aspect in result.aspects:
                self.flags[aspect.name] += 1

    def render(self) -> str:
        lines = ["# HELP santun_http_requests_total HTTP requests by route and status.",
                 "# TYPE santun_http_requests_total counter"]
        for (method, route, status), count in sorted(self.requests.items()):
            lines.append("santun_http_requests_total"
                         f"{_labels(method=method, route=route, status=status)} {count}")
        lines += ["# HELP santun_http_request_duration_seconds Time to answer a request.",
                  "# TYPE santun_http_request_duration_seconds histogram"]
        for route, row in sorted(self.latency.items()):
            for bound, count in zip(LATENCY_BUCKETS, row, strict=False):
                lines.append("santun_http_request_duration_seconds_bucket"
                             f"{_labels(route=route, le=repr(bound))} {int(count)}")
            name = "santun_http_request_duration_seconds"
            lines.append(f"{name}_bucket{_labels(route=route, le='+Inf')} {int(row[-2])}")
            lines.append(f"{name}_sum{_labels(route=route)} {row[-1]:.6f}")
            lines.append(f"{name}_count{_labels(route=route)} {int(row[-2])}")
        lines += ["# HELP santun_checks_total Replies checked, by verdict.",
                  "# TYPE santun_checks_total counter"]
        lines += [f"santun_checks_total{_labels(label=label)} {count}"
                  for label, count in sorted(self.checks.items())]
        lines += ["# HELP santun_flags_total Aspects flagged in checked replies.",
                  "# TYPE santun_flags_total counter"]
        lines += [f"santun_flags_total{_labels(aspect=aspect)} {count}"
                  for aspect, count in sorted(self.flags.items())]
        return "\n".join(lines) + "\n"


class ObserveMiddleware:
    """Outermost layer: gives each request its id, times it, counts it and logs one line.

    A plain ASGI middleware: Starlette's ``BaseHTTPMiddleware`` runs each request in extra
    tasks and memory streams, which cost more than a polite reply's whole check."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = request_id(Headers(scope=scope).get(REQUEST_ID_HEADER))
        token = request_id_var.set(rid)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = rid
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            route = route_template(scope)
            method = scope["method"]
            self.metrics.observe_request(method, route, status, seconds)
            if logger.isEnabledFor(logging.INFO):
                logger.info("%s %s %d", method, route, status,
                            extra={"request_id": rid, "route": route, "method": method,
                                   "status": status, "duration_ms": round(seconds * 1000, 2)})
            request_id_var.reset(token)
