"""API keys, rate limits, CORS, security headers, request ids, metrics and JSON logs."""

from __future__ import annotations

import json
import logging

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from models import ToneChecker
from service import security
from service.app import create_app
from service.logs import JsonFormatter
from service.security import RateLimiter
from service.settings import Settings

KEY = "k" * 20
OTHER_KEY = "s" * 24
HARSH = {"text": "BACA DULU PENGUMUMANNYA!!!"}


@pytest.fixture(scope="module")
def loaded(model_dir) -> ToneChecker:
    return ToneChecker.load(model_dir)


def _client(loaded, **settings) -> TestClient:
    app = create_app(Settings(**settings))
    app.state.checker = loaded  # the lifespan keeps a checker that is already there
    return TestClient(app)


@pytest.fixture(scope="module")
def open_client(loaded):
    with _client(loaded) as client:
        yield client


@pytest.fixture(scope="module")
def keyed(loaded):
    with _client(loaded, api_keys=f"{KEY},{OTHER_KEY}") as client:
        yield client


# ---- API keys --------------------------------------------------------------------------

def test_keys_are_off_by_default(open_client):
    assert Settings(_env_file=None).api_keys == ()
    assert open_client.post("/v1/check", json=HARSH).status_code == 200


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "wrong" * 5},
                                     {"Authorization": "Bearer " + "wrong" * 5},
                                     {"Authorization": f"Basic {KEY}"}])
def test_missing_or_wrong_key_is_401(keyed, headers):
    for method, path in [("POST", "/v1/check"), ("GET", "/v1/info"), ("GET", "/metrics")]:
        response = keyed.request(method, path, json=HARSH, headers=headers)
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize("headers", [{"X-API-Key": KEY}, {"Authorization": f"Bearer {KEY}"},
                                     {"authorization": f"bearer {OTHER_KEY}"}])
def test_either_header_with_any_key_passes(keyed, headers):
    assert keyed.post("/v1/check", json=HARSH, headers=headers).status_code == 200


def test_probes_pages_and_static_stay_open(keyed):
    for path in ["/healthz", "/readyz", "/", "/latihan", "/static/app.js", "/docs",
                 "/openapi.json"]:
        assert keyed.get(path).status_code == 200, path


def test_keys_are_compared_in_constant_time(monkeypatch):
    calls = []

    def spy(a, b):
        calls.append((a, b))
        return a == b

    monkeypatch.setattr(security.hmac, "compare_digest", spy)
    keys = Settings(api_keys=f"{KEY},{OTHER_KEY}").api_keys
    assert security.match_key(KEY, keys) == 0
    assert len(calls) == 2  # no early exit once a key matched
    assert security.match_key("x" * 20, keys) is None


@pytest.mark.parametrize("value", ["short", f"{KEY},tooshort", "k" * 15])
def test_short_api_keys_are_refused_at_start_without_echoing_them(value):
    with pytest.raises(ValidationError) as error:
        Settings(api_keys=value)
    assert "shorter than 16" in str(error.value)
    assert "tooshort" not in str(error.value) and "short'" not in str(error.value)


def test_settings_are_validated():
    assert Settings(api_keys=f" {KEY} , {OTHER_KEY} ,").api_keys[1].get_secret_value() == OTHER_KEY
    assert KEY not in repr(Settings(api_keys=KEY))
    for bad in [{"rate_limit": -1}, {"cors_origins": "example.org"}, {"workers": 0},
                {"log_level": "loud"}]:
        with pytest.raises(ValidationError):
            Settings(**bad)


# ---- Rate limits -----------------------------------------------------------------------

def test_token_bucket_refills_over_time():
    now = [0.0]
    limiter = RateLimiter(60, clock=lambda: now[0])  # one token a second, bursts of 60
    assert all(limiter.take("a") == 0 for _ in range(60))
    assert limiter.take("a") == pytest.approx(1.0)
    assert limiter.take("b") == 0  # buckets are per client
    now[0] += 2.0
    assert limiter.take("a") == 0


def test_over_the_limit_is_429_with_retry_after(loaded):
    with _client(loaded, rate_limit=2) as client:
        assert [client.get("/v1/info").status_code for _ in range(2)] == [200, 200]
        response = client.post("/v1/check", json=HARSH)
        assert response.status_code == 429
        assert response.json()["error"]["code"] == "rate_limited"
        assert int(response.headers["Retry-After"]) >= 1
        assert client.get("/healthz").status_code == 200  # probes are not limited


def test_rate_limit_is_per_key(loaded):
    with _client(loaded, rate_limit=1, api_keys=f"{KEY},{OTHER_KEY}") as client:
        assert client.get("/v1/info", headers={"X-API-Key": KEY}).status_code == 200
        assert client.get("/v1/info", headers={"X-API-Key": KEY}).status_code == 429
        assert client.get("/v1/info", headers={"X-API-Key": OTHER_KEY}).status_code == 200


# ---- CORS and headers ------------------------------------------------------------------

def test_cors_is_off_by_default(open_client):
    response = open_client.options("/v1/check", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in response.headers
    response = open_client.post("/v1/check", json=HARSH,
                                headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers


def test_cors_allows_only_the_configured_origins(loaded):
    allowed = "https://lapor.example.go.id"
    with _client(loaded, cors_origins=allowed, api_keys=KEY) as client:
        preflight = client.options("/v1/check", headers={
            "Origin": allowed, "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "x-api-key,content-type"})
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == allowed
        other = client.post("/v1/check", json=HARSH, headers={
            "Origin": "https://evil.example", "X-API-Key": KEY})
        assert "access-control-allow-origin" not in other.headers


@pytest.mark.parametrize("path", ["/", "/latihan", "/static/app.js", "/healthz", "/v1/info",
                                  "/nowhere"])
def test_security_headers_on_every_response(open_client, path):
    headers = open_client.get(path).headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]


def test_security_headers_on_gate_errors(keyed):
    response = keyed.post("/v1/check", json=HARSH)
    assert response.status_code == 401 and response.headers["x-frame-options"] == "DENY"


# ---- Request ids, metrics, logs --------------------------------------------------------

def test_request_id_is_echoed_or_generated(open_client):
    assert open_client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers[
        "x-request-id"] == "abc-123"
    fresh = open_client.get("/healthz").headers["x-request-id"]
    assert len(fresh) == 32
    insane = open_client.get("/healthz", headers={"X-Request-ID": "a b\"{}" + "x" * 200})
    assert insane.headers["x-request-id"] != "a b\"{}" + "x" * 200


def test_metrics_count_requests_and_flags_but_hold_no_text(loaded):
    secret = "NIK 3375012345678901 Bu Sulastri, MAKANYA BACA DULU!!!"
    with _client(loaded) as client:
        client.post("/v1/check", json={"text": secret})
        client.post("/v1/check/batch", json={"items": [{"id": "Sulastri", "text": secret}]})
        client.post("/v1/check", json={"text": ""})
        client.get("/v1/nowhere/Sulastri")
        response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    body = response.text
    assert 'santun_http_requests_total{method="POST",route="/v1/check",status="200"} 1' in body
    assert 'santun_http_requests_total{method="POST",route="/v1/check",status="422"} 1' in body
    assert 'route="unmatched"' in body
    assert 'santun_http_request_duration_seconds_bucket{route="/v1/check",le="+Inf"} 2' in body
    assert 'santun_checks_total{label="nada_tinggi"} 2' in body
    assert 'santun_flags_total{aspect="membentak"} 2' in body
    assert "Sulastri" not in body and "3375012345678901" not in body


def test_access_log_lines_are_json_without_text(open_client, caplog):
    secret = "NIK 3375012345678901 Bu Sulastri, MAKANYA BACA DULU!!!"
    with caplog.at_level(logging.INFO, logger="service.access"):
        open_client.post("/v1/check", json={"text": secret},
                         headers={"X-Request-ID": "req-42"})
    records = [r for r in caplog.records if r.name == "service.access"]
    assert records
    line = json.loads(JsonFormatter().format(records[-1]))
    assert set(line) >= {"time", "level", "logger", "message", "request_id", "route", "status",
                         "duration_ms"}
    assert line["request_id"] == "req-42" and line["route"] == "/v1/check"
    assert line["status"] == 200 and line["duration_ms"] >= 0
    assert "Sulastri" not in json.dumps(line)


def test_json_formatter_writes_one_object_per_line():
    record = logging.LogRecord("santun", logging.ERROR, __file__, 1, "boom %s", ("x",), None)
    text = JsonFormatter().format(record)
    assert "\n" not in text
    assert json.loads(text)["message"] == "boom x"
