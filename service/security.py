"""The API's gate: optional API keys, per-client rate limits, the body limit and the
security headers; plain ASGI middlewares, cheap on every request."""

from __future__ import annotations

import hmac
import math
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence

from fastapi.responses import JSONResponse
from pydantic import SecretStr
from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
# The pages load their scripts and styles from /static only; the favicon is a data: URL.
CONTENT_SECURITY_POLICY = ("default-src 'self'; img-src 'self' data:; object-src 'none'; "
                           "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# FastAPI's API explorer pulls Swagger UI and ReDoc from a CDN with an inline script.
_EXPLORER_PATHS = ("/docs", "/redoc")


def is_guarded(path: str) -> bool:
    """Whether a path needs a key and counts against a rate limit; pages and probes stay open."""
    return path.startswith("/v1/") or path == "/metrics"


def error_response(status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, headers=headers,
                        content={"error": {"code": code, "message": message}})


def presented_key(headers: Headers) -> str | None:
    """The key from ``X-API-Key`` or ``Authorization: Bearer``, if the client sent one."""
    key = headers.get("x-api-key")
    if key:
        return key.strip()
    scheme, _, credentials = headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        return credentials.strip()
    return None


def match_key(presented: str, keys: Sequence[SecretStr]) -> int | None:
    """Index of the matching key; every key is compared in constant time, with no early exit,
    so the answer's timing does not tell which key came close."""
    given = presented.encode("utf-8", "surrogatepass")
    found = None
    for index, key in enumerate(keys):
        if hmac.compare_digest(given, key.get_secret_value().encode("utf-8")):
            found = index
    return found


class RateLimiter:
    """Token buckets in memory, one per client: ``per_minute`` requests a minute with bursts up
    to the same number. Per process, so with N workers a client may get up to N times as many."""

    def __init__(self, per_minute: int, *, max_clients: int = 10_000,
                 clock: Callable[[], float] = time.monotonic):
        self.capacity = float(per_minute)
        self.refill_per_second = per_minute / 60.0
        self.max_clients = max_clients
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, client: str) -> float:
        """Spend one token; 0 when allowed, else seconds until the next token."""
        now = self.clock()
        tokens, then = self._buckets.pop(client, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - then) * self.refill_per_second)
        wait = 0.0
        if tokens >= 1.0:
            tokens -= 1.0
        else:
            wait = (1.0 - tokens) / self.refill_per_second
        self._buckets[client] = (tokens, now)
        if len(self._buckets) > self.max_clients:  # forget the least recently seen client
            self._buckets.popitem(last=False)
        return wait


class GateMiddleware:
    """401 ``unauthorized`` without a valid key (when keys are set), 429 ``rate_limited`` with
    ``Retry-After`` over the limit (when one is set), then 413 ``body_too_large`` when the
    declared body is over ``max_body_bytes``, on every path."""

    def __init__(self, app: ASGIApp, *, keys: Sequence[SecretStr], per_minute: int,
                 max_body_bytes: int) -> None:
        self.app = app
        self.keys = tuple(keys)
        self.limiter = RateLimiter(per_minute) if per_minute else None
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            refusal = self.refusal(scope)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def refusal(self, scope: Scope) -> Response | None:
        headers = Headers(scope=scope)
        if is_guarded(scope["path"]) and scope["method"] != "OPTIONS":
            client = f"ip:{scope['client'][0]}" if scope.get("client") else "ip:unknown"
            if self.keys:
                presented = presented_key(headers)
                index = match_key(presented, self.keys) if presented else None
                if index is None:
                    return error_response(
                        401, "unauthorized", "a valid API key is required (X-API-Key header "
                        "or Authorization: Bearer)", headers={"WWW-Authenticate": "Bearer"})
                client = f"key:{index}"
            if self.limiter is not None:
                wait = self.limiter.take(client)
                if wait > 0:
                    seconds = max(1, math.ceil(wait))
                    return error_response(429, "rate_limited",
                                          f"too many requests; retry in {seconds} s",
                                          headers={"Retry-After": str(seconds)})
        length = headers.get("content-length")
        if length and length.isdigit() and int(length) > self.max_body_bytes:
            return error_response(413, "body_too_large",
                                  f"request body over {self.max_body_bytes} bytes")
        return None


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        explorer = scope["path"].startswith(_EXPLORER_PATHS)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                if not explorer:
                    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
            await send(message)

        await self.app(scope, receive, send_with_headers)
