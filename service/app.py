"""The FastAPI app: the v1 JSON API and the officer's web page, thin over ``ToneChecker``."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from functools import partial
from importlib import resources
from typing import Annotated, TypeVar

import anyio.to_thread
from anyio import CapacityLimiter
from fastapi import Body, Depends, FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from models import ToneChecker
from models.checker import validate_text
from models.errors import SantunError
from models.result import CheckResult, Suggestion
from models.taxonomy import ASPECT_DESCRIPTIONS, ASPECTS, LABELS
from service import exercises as exercise_files
from service.observability import PROMETHEUS_CONTENT_TYPE, Metrics, ObserveMiddleware
from service.openapi import (
    BATCH_REQUESTS,
    CHECK_REQUESTS,
    EXERCISE_FILE_REQUESTS,
    GATE,
    METRICS_EXAMPLE,
    REWRITE_REQUESTS,
    TEXT_INPUT,
    error_responses,
    ok_response,
)
from service.schemas import (
    AspectInfo,
    BatchErrorItem,
    BatchRequest,
    BatchResponse,
    BatchResultItem,
    CheckRequest,
    ErrorBody,
    ExerciseFileRequest,
    ExerciseSet,
    InfoResponse,
    RewriteRequest,
)
from service.security import GateMiddleware, SecurityHeadersMiddleware
from service.settings import Settings

logger = logging.getLogger(__name__)

API_VERSION = "1"
# Pydantic error types -> (status, stable code). The first error of a request decides.
_VALIDATION_CODES = {
    "json_invalid": (422, "invalid_json"),
    "model_attributes_type": (422, "invalid_json"),
    "dict_type": (422, "invalid_json"),
    "extra_forbidden": (422, "unknown_field"),
    "missing": (422, "missing_field"),
    "string_type": (422, "invalid_text"),
    "string_unicode": (422, "invalid_text"),
    "string_too_short": (422, "empty_text"),
    "string_too_long": (422, "text_too_long"),
    "too_long": (413, "batch_too_large"),
    "too_short": (422, "empty_batch"),
}
_DOMAIN_STATUS = {"model_not_found": 503, "model_corrupt": 503}

# OpenAPI only: GateMiddleware checks the keys (on /metrics too). Written into the document
# rather than declared as Security() dependencies, which FastAPI would resolve on every request
# for nothing (about a fifth of the HTTP layer's own time).
_SECURITY_SCHEMES = {"APIKeyHeader": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
                     "HTTPBearer": {"type": "http", "scheme": "bearer"}}
_KEYED = {"security": [{name: []} for name in _SECURITY_SCHEMES]}
_MODEL_ERRORS = ("model_not_found", "model_corrupt")
_WARM_UP_TEXT = "BACA DULU PENGUMUMANNYA!!! Terima kasih."


# Async, so FastAPI calls them on the event loop instead of sending each to a thread.
async def get_checker(request: Request) -> ToneChecker:
    return request.app.state.checker


CheckerDep = Annotated[ToneChecker, Depends(get_checker)]


async def get_exercises(request: Request) -> ExerciseSet:
    return request.app.state.exercises


ExercisesDep = Annotated[ExerciseSet, Depends(get_exercises)]


_T = TypeVar("_T")


async def _in_turn(request: Request, work: Callable[[], _T]) -> _T:
    """Run one check in a thread, at most ``SANTUN_CHECK_THREADS`` of them at once in this
    worker: the others wait their turn instead of sharing the interpreter, so a long harsh
    reply runs at full speed rather than stretched by the replies beside it."""
    limiter = getattr(request.app.state, "check_limiter", None)
    if limiter is None:
        return await run_in_threadpool(work)
    return await anyio.to_thread.run_sync(work, limiter=limiter)


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": {"code": code, "message": message}})


def app_from_env() -> FastAPI:
    """The factory each ``santun serve --workers N`` process calls: settings from ``SANTUN_*``."""
    return create_app(Settings())


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if getattr(app.state, "checker", None) is None:
            app.state.checker = ToneChecker.load(settings.model, max_chars=settings.max_chars)
            logger.info("model loaded: %s %s", app.state.checker.model_info.name,
                        app.state.checker.model_info.version)
        # One check before the first request builds the model's lazy lookup tables while no
        # other thread can race to build them too (a fresh worker got 500s without this).
        app.state.checker.check(_WARM_UP_TEXT)
        if getattr(app.state, "exercises", None) is None:
            app.state.exercises = exercise_files.load(settings.exercises)
        app.state.check_limiter = (CapacityLimiter(settings.check_threads)
                                   if settings.check_threads else None)
        # The model's tables (some 180,000 objects) live as long as the worker: kept out of
        # the garbage collector's scans, a full collection no longer stalls a request for
        # about 100 ms.
        gc.collect()
        gc.freeze()
        yield

    app = FastAPI(
        title="Santun API",
        version=API_VERSION,
        description="Memeriksa nada balasan petugas kepada warga sebelum dikirim.",
        lifespan=lifespan,
    )
    app.state.settings = settings

    default_openapi = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = default_openapi()  # builds and keeps app.openapi_schema
            schema.setdefault("components", {})["securitySchemes"] = _SECURITY_SCHEMES
        return app.openapi_schema

    app.openapi = openapi
    app.state.metrics = metrics
    app.state.checker = None
    app.state.exercises = None

    # Added inside out: a request meets observe, headers, CORS, then the gate (keys, rate limit
    # and body limit).
    app.add_middleware(GateMiddleware, keys=settings.api_keys, per_minute=settings.rate_limit,
                       max_body_bytes=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type", "Authorization", "X-API-Key",
                                          "X-Request-ID"],
                           expose_headers=["X-Request-ID", "Retry-After"])
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(ObserveMiddleware, metrics=metrics)

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, error: RequestValidationError):
        errors = error.errors()
        first = errors[0] if errors else {"type": "invalid", "loc": (), "msg": "invalid request"}
        status, code = _VALIDATION_CODES.get(first["type"], (422, "invalid_request"))
        where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
        message = f"{where}: {first['msg']}" if where else first["msg"]
        return _error(status, code, message)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, error: StarletteHTTPException):
        # FastAPI answers a body it cannot decode (not UTF-8) with a bare 400; the contract
        # calls that invalid JSON, like any other body that does not parse.
        if error.status_code == 400:
            return _error(422, "invalid_json", "request body is not UTF-8 JSON")
        return await http_exception_handler(request, error)

    @app.exception_handler(SantunError)
    async def on_domain_error(request: Request, error: SantunError):
        return _error(_DOMAIN_STATUS.get(error.code, 422), error.code, error.message)

    @app.post("/v1/check", response_model=CheckResult, openapi_extra=_KEYED,
              responses={**ok_response("check"),
                         **error_responses(*GATE, *TEXT_INPUT, *_MODEL_ERRORS)},
              summary="Check one draft reply")
    async def check(body: Annotated[CheckRequest, Body(openapi_examples=CHECK_REQUESTS)],
                    checker: CheckerDep, request: Request) -> CheckResult:
        # The model runs in a thread: a long harsh reply takes seconds and the event loop must
        # go on answering. (Checking short replies on the loop itself was measured slower under
        # load.) An async route makes that thread the request's only hop.
        result = await _in_turn(request, partial(
            checker.check, body.text, threshold=body.threshold, rewrite=body.rewrite,
            register=body.register_))
        metrics.observe_results([result])
        return result

    @app.post("/v1/check/batch", response_model=BatchResponse, openapi_extra=_KEYED,
              responses={**ok_response("batch"),
                         **error_responses(*GATE, *TEXT_INPUT, "batch_too_large",
                                           "empty_batch", *_MODEL_ERRORS)},
              summary="Check up to 100 replies; a bad item gets its own error")
    async def check_batch(body: Annotated[BatchRequest, Body(openapi_examples=BATCH_REQUESTS)],
                          checker: CheckerDep) -> BatchResponse:
        response = await run_in_threadpool(_check_batch, body, checker)
        metrics.observe_results(r for r in response.results if isinstance(r, BatchResultItem))
        return response

    def _check_batch(body: BatchRequest, checker: ToneChecker) -> BatchResponse:
        results: list[BatchResultItem | BatchErrorItem | None] = [None] * len(body.items)
        valid = []
        for index, item in enumerate(body.items):
            try:
                validate_text(item.text, checker.max_chars)
                valid.append(index)
            except SantunError as error:
                results[index] = BatchErrorItem(
                    id=item.id, error=ErrorBody(code=error.code, message=error.message))
        checked = checker.check_many([body.items[i].text for i in valid],
                                     threshold=body.threshold, rewrite=body.rewrite,
                                     register=body.register_)
        for index, result in zip(valid, checked, strict=True):
            # dict(result) keeps the nested objects, so they are not dumped and validated again.
            results[index] = BatchResultItem(id=body.items[index].id, **dict(result))
        return BatchResponse(results=results)

    @app.post("/v1/rewrite", response_model=Suggestion, openapi_extra=_KEYED,
              responses={**ok_response("rewrite"),
                         **error_responses(*GATE, *TEXT_INPUT, *_MODEL_ERRORS)},
              summary="Suggest a softer version of a draft")
    async def rewrite(body: Annotated[RewriteRequest, Body(openapi_examples=REWRITE_REQUESTS)],
                      checker: CheckerDep, request: Request) -> Suggestion:
        return await _in_turn(request, partial(checker.rewrite, body.text,
                                                register=body.register_,
                                                threshold=body.threshold))

    @app.get("/v1/info", response_model=InfoResponse, openapi_extra=_KEYED,
             responses={**ok_response("info"), **error_responses(*GATE, *_MODEL_ERRORS)},
             summary="Model and limits")
    async def info(checker: CheckerDep) -> InfoResponse:
        manifest = checker.manifest
        return InfoResponse(
            name=manifest.name, version=manifest.version, kind=manifest.kind,
            labels=list(LABELS), threshold=manifest.threshold,
            aspects=[AspectInfo(name=a, description=ASPECT_DESCRIPTIONS[a],
                                threshold=manifest.aspect_thresholds.get(a, 0.5))
                     for a in ASPECTS],
            limits={"max_chars": checker.max_chars, "max_batch": settings.max_batch,
                    "max_body_bytes": settings.max_body_bytes},
        )

    @app.get("/v1/exercises", response_model=ExerciseSet, tags=["latihan"],
             openapi_extra=_KEYED,
             responses={**ok_response("exercises"), **error_responses(*GATE)},
             summary="Practice exercises for Bimtek sessions ($SANTUN_EXERCISES)")
    async def exercises(exercise_set: ExercisesDep) -> ExerciseSet:
        return exercise_set

    @app.post("/v1/exercises/validate", response_model=ExerciseSet, openapi_extra=_KEYED,
              responses={**ok_response("exercises"), **error_responses(*GATE, *TEXT_INPUT)},
              tags=["latihan"], summary="Check a trainer's exercise file; nothing is stored")
    def validate_exercises(
        body: Annotated[ExerciseFileRequest, Body(openapi_examples=EXERCISE_FILE_REQUESTS)],
    ) -> ExerciseSet:
        return exercise_files.parse(body.content, body.format, name=body.name)

    @app.get("/metrics", response_class=PlainTextResponse, openapi_extra=_KEYED,
             responses={200: {"content": {PROMETHEUS_CONTENT_TYPE: {"example": METRICS_EXAMPLE}}},
                        **error_responses(*GATE)},
             summary="Prometheus metrics of this worker: counts and latencies, never any text")
    async def prometheus_metrics() -> PlainTextResponse:
        return PlainTextResponse(metrics.render(), media_type=PROMETHEUS_CONTENT_TYPE)

    @app.get("/healthz", summary="Alive", responses=ok_response("healthz"))
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", summary="Model loaded",
             responses={**ok_response("readyz"), **error_responses("model_not_loaded")})
    async def readyz(request: Request):
        if request.app.state.checker is None:
            return _error(503, "model_not_loaded", "model is not loaded yet")
        return {"status": "ready"}

    static = resources.files("service") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> HTMLResponse:
        return HTMLResponse((static / "index.html").read_text(encoding="utf-8"))

    @app.get("/latihan", response_class=HTMLResponse, include_in_schema=False)
    def practice() -> HTMLResponse:
        return HTMLResponse((static / "latihan.html").read_text(encoding="utf-8"))

    return app
