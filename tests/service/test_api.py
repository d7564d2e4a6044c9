import gc
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings


@pytest.fixture(scope="module")
def client(model_dir):
    with TestClient(create_app(Settings(model=model_dir))) as client:
        yield client


def test_check_answers_the_contract(client):
    text = "BACA DULU PENGUMUMANNYA!!!"
    response = client.post("/v1/check", json={"text": text})
    assert response.status_code == 200
    body = response.json()
    assert body["label"] == "nada_tinggi"
    assert set(body) == {"label", "score", "threshold", "aspects", "spans", "tips",
                         "suggestion", "model"}
    membentak = [s for s in body["spans"] if s["aspect"] == "membentak"]
    assert membentak and all(text[s["start"] : s["end"]] == s["text"] for s in membentak)
    assert body["suggestion"]["text"]


def test_offsets_count_code_points_after_emoji(client):
    text = "😀😀 Heh, BACA DULU PENGUMUMANNYA!!!"
    body = client.post("/v1/check", json={"text": text}).json()
    assert body["spans"]
    for span in body["spans"]:
        assert text[span["start"] : span["end"]] == span["text"]


def test_batch_answers_in_order_and_isolates_bad_items(client):
    items = [{"id": "a", "text": "BACA DULU!!!"}, {"id": "b", "text": "   "},
             {"id": 3, "text": "Terima kasih, laporan sudah kami teruskan ke DPUPR."}]
    response = client.post("/v1/check/batch", json={"items": items})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["id"] for r in results] == ["a", "b", 3]
    assert results[0]["label"] == "nada_tinggi"
    assert results[1]["error"]["code"] == "empty_text"
    assert results[2]["label"] == "ok"


@pytest.mark.parametrize(
    ("payload", "status", "code"),
    [
        ({"text": ""}, 422, "empty_text"),
        ({"text": "   "}, 422, "empty_text"),
        ({"text": "a" * 5001}, 422, "text_too_long"),
        ({"text": 42}, 422, "invalid_text"),
        ({"text": ["a"]}, 422, "invalid_text"),
        ({"text": "halo", "colour": "red"}, 422, "unknown_field"),
        ({}, 422, "missing_field"),
        ([1, 2], 422, "invalid_json"),
        # No silent coercion (found by the schema fuzzer): false is not a threshold of 0.
        ({"text": "halo", "threshold": False}, 422, "invalid_request"),
        ({"text": "halo", "threshold": "0.5"}, 422, "invalid_request"),
        ({"text": "halo", "rewrite": "yes"}, 422, "invalid_request"),
        ({"text": "halo", "rewrite": 0}, 422, "invalid_request"),
    ],
)
def test_bad_check_input_gets_a_stable_code(client, payload, status, code):
    response = client.post("/v1/check", json=payload)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    assert response.json()["error"]["message"]


def test_invalid_json_body(client):
    response = client.post("/v1/check", content=b'{"text": "halo"',
                           headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_json"


@pytest.mark.parametrize("body", [b'{"text": "\xff\xfe halo"}', b"\x0f\xa0\x00D9b"])
def test_a_body_that_is_not_utf8_is_invalid_json(client, body):
    response = client.post("/v1/check", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_json"


def test_batch_ids_are_strings_or_integers_never_coerced(client):
    response = client.post("/v1/check/batch", json={"items": [{"id": True, "text": "halo"}]})
    assert response.status_code == 422
    response = client.post("/v1/check/batch", json={"items": [{"id": 7, "text": "halo"}]})
    assert response.json()["results"][0]["id"] == 7


def test_batch_over_the_limit_is_413(client):
    items = [{"id": i, "text": "halo"} for i in range(101)]
    response = client.post("/v1/check/batch", json={"items": items})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "batch_too_large"


def test_rewrite_route(client):
    response = client.post("/v1/rewrite", json={"text": "Makanya baca dulu!!!",
                                                "register": "formal"})
    assert response.status_code == 200
    body = response.json()
    assert body["register"] == "formal" and body["text"] and "!!!" not in body["text"]


def test_info_health_ready_and_page(client):
    info = client.get("/v1/info").json()
    assert info["labels"] == ["ok", "nada_tinggi"]
    assert len(info["aspects"]) == 7 and info["limits"]["max_chars"] == 5000
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 200
    page = client.get("/")
    assert page.status_code == 200 and "Periksa" in page.text
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/docs").status_code == 200


def test_missing_model_fails_at_start_with_a_clear_error(tmp_path):
    from models.errors import ModelNotFoundError

    app = create_app(Settings(model=tmp_path / "nowhere"))
    with pytest.raises(ModelNotFoundError, match="does not exist"), TestClient(app):
        pass


def test_reply_text_never_reaches_the_logs(client, caplog):
    secret = "NIK 3375012345678901 Bu Sulastri, MAKANYA BACA DULU!!!"
    with caplog.at_level(logging.DEBUG):
        client.post("/v1/check", json={"text": secret})
        client.post("/v1/check/batch", json={"items": [{"id": 1, "text": secret}]})
        client.post("/v1/rewrite", json={"text": secret})
        client.post("/v1/check", json={"text": secret, "extra": 1})
    assert caplog.records  # logging was live
    for record in caplog.records:
        assert "3375012345678901" not in record.getMessage()
        assert "Sulastri" not in record.getMessage()


def test_lone_surrogate_is_a_clear_error(client):
    response = client.post("/v1/check", content=b'{"text": "BACA \\ud800 DULU"}',
                           headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_text"


# ---- `santun serve` --------------------------------------------------------------------

@pytest.mark.parametrize("make_folder", [False, True])
def test_serve_refuses_a_missing_or_corrupt_model_in_one_line(tmp_path, capsys, make_folder):
    from service.cli import main

    folder = tmp_path / "model"
    if make_folder:
        folder.mkdir()
    assert main(["--model", str(folder), "serve"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("santun serve: model_corrupt:" if make_folder
                             else "santun serve: model_not_found:")


def test_serve_refuses_bad_settings_without_echoing_them(monkeypatch, capsys):
    from service.cli import main

    monkeypatch.setenv("SANTUN_API_KEYS", "geheim-kurz")
    assert main(["serve"]) == 2
    err = capsys.readouterr().err
    assert "SANTUN_API_KEYS" in err and "geheim-kurz" not in err


def test_serve_with_two_workers_logs_json_and_stops_gracefully(model_dir):
    import json
    import signal
    import subprocess
    import urllib.request

    from tests.service import serving

    process, base, port = serving.start(model_dir, workers=2, stderr=subprocess.PIPE)
    secret = "Bu Sulastri, BACA DULU!!!"
    try:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/v1/check", data=json.dumps({"text": secret}).encode(),
            headers={"content-type": "application/json", "X-Request-ID": "trace-7"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.headers["X-Request-ID"] == "trace-7"
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0
    lines = [json.loads(line) for line in err.splitlines() if line.strip()]
    access = [line for line in lines if line["logger"] == "service.access"
              and line["request_id"] == "trace-7"]
    assert access and access[0]["route"] == "/v1/check" and access[0]["status"] == 200
    assert len({line["message"] for line in lines if "model loaded" in line["message"]}) == 1
    assert sum("model loaded" in line["message"] for line in lines) == 2  # once per worker
    assert "Sulastri" not in err


class _Counting:
    """The real checker, made slow, counting how many of its checks run at once."""

    def __init__(self, checker):
        self._checker = checker
        self._lock = threading.Lock()
        self.running = self.most = 0

    def __getattr__(self, name):
        return getattr(self._checker, name)

    def check(self, *args, **kwargs):
        with self._lock:
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            time.sleep(0.1)
            return self._checker.check(*args, **kwargs)
        finally:
            with self._lock:
                self.running -= 1


@pytest.mark.parametrize("threads", [1, 3])
def test_a_worker_runs_at_most_check_threads_checks_at_once(model_dir, checker, threads):
    app = create_app(Settings(model=model_dir, check_threads=threads))
    counting = app.state.checker = _Counting(checker)
    with TestClient(app) as client:
        counting.most = 0  # (the warm-up check at start counts for nothing)
        with ThreadPoolExecutor(max_workers=4) as pool:
            answers = list(pool.map(
                lambda i: client.post("/v1/check", json={"text": f"Tunggu saja {i}!!!"}),
                range(4)))
    assert [a.status_code for a in answers] == [200] * 4
    # The others waited their turn; with room for three, three ran side by side.
    assert counting.most == threads


def test_the_model_is_kept_out_of_the_garbage_collectors_scans(model_dir):
    gc.unfreeze()
    with TestClient(create_app(Settings(model=model_dir))) as client:
        assert client.get("/readyz").status_code == 200
        # the loaded model's objects are frozen: a full collection skips them
        assert gc.get_freeze_count() > 10_000
