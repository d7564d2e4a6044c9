"""Examples for the OpenAPI document, and the command that writes it:
``python -m service.openapi > docs/openapi.json``."""

from __future__ import annotations

import json
import sys
from typing import Any

from service.schemas import ErrorResponse

_MODEL = {"name": "santun-linear", "version": "linear-4+da8830d233"}
_SALAM = {"code": "tanpa_salam",
          "message": "Awali balasan dengan salam, misalnya \"Selamat pagi, Bapak/Ibu\"."}
_SUGGESTION = {
    "text": "Yth. Bapak/Ibu,\nTerima kasih atas laporan yang Bapak/Ibu sampaikan. Apabila "
            "masih ada kendala, silakan menghubungi kami kembali.",
    "label": "ok", "score": 0.0404, "register": "formal", "passes": True, "notes": [],
    "edits": [
        {"start": 0, "end": 0, "old": "",
         "new": "Yth. Bapak/Ibu,\nTerima kasih atas laporan yang Bapak/Ibu sampaikan. ",
         "reason": "Ditambahkan sapaan dan ucapan terima kasih agar balasan terasa ramah."},
        {"start": 0, "end": 20, "old": "Makanya baca dulu!!!", "new": "",
         "reason": "Diganti karena \"Makanya\" menyiratkan warga pantas mengalami "
                   "masalahnya; ganti dengan penghubung yang netral."},
        {"start": 20, "end": 20, "old": "",
         "new": " Apabila masih ada kendala, silakan menghubungi kami kembali.",
         "reason": "Ditambahkan penutup yang menawarkan bantuan lanjutan."},
    ],
}
HARSH_RESULT = {
    "label": "nada_tinggi", "score": 1.0, "threshold": 0.65,
    "aspects": [{"name": "menyalahkan", "score": 0.9863}, {"name": "membentak", "score": 0.9999},
                {"name": "memerintah", "score": 0.7952}],
    "spans": [
        {"start": 0, "end": 17, "text": "Makanya baca dulu", "aspect": "menyalahkan",
         "reason": "\"Makanya\" menyiratkan warga pantas mengalami masalahnya; ganti dengan "
                   "penghubung yang netral."},
        {"start": 17, "end": 20, "text": "!!!", "aspect": "membentak",
         "reason": "Tanda seru atau tanya berderet terbaca seperti nada marah."},
    ],
    "tips": [_SALAM, {"code": "tanda_seru", "message": "Kurangi tanda seru; titik sudah cukup "
                                                       "tegas dan terdengar lebih tenang."}],
    "suggestion": _SUGGESTION,
    "model": _MODEL,
}
OK_RESULT = {"label": "ok", "score": 0.001, "threshold": 0.65, "aspects": [], "spans": [],
             "tips": [_SALAM], "suggestion": None, "model": _MODEL}

CHECK_REQUESTS = {
    "harsh": {"summary": "A harsh draft", "value": {"text": "Makanya baca dulu!!!"}},
    "options": {"summary": "Own threshold, chat register",
                "value": {"text": "gak bisa, tunggu aja", "threshold": 0.5, "register": "chat"}},
    "no_rewrite": {"summary": "Verdict only, no suggestion",
                   "value": {"text": "Makanya baca dulu!!!", "rewrite": False}},
}
BATCH_REQUESTS = {
    "mixed": {"summary": "Two drafts and an empty one", "value": {"items": [
        {"id": "a1", "text": "Makanya baca dulu!!!"},
        {"id": "a2", "text": "Terima kasih, laporan sudah kami teruskan ke DPUPR."},
        {"id": "a3", "text": "   "}]}},
}
REWRITE_REQUESTS = {
    "formal": {"summary": "Formal register",
               "value": {"text": "gak bisa, tunggu aja", "register": "formal"}},
}
EXERCISE_FILE_REQUESTS = {
    "jsonl": {"summary": "One exercise as JSONL", "value": {
        "name": "latihan-dukcapil.jsonl", "format": "jsonl",
        "content": json.dumps({
            "id": "lat-kependudukan-01", "domain": "kependudukan",
            "context": "Sudah tiga kali datang, KK saya belum juga dicetak.",
            "draft": "Makanya baca dulu persyaratannya!!! Akta kelahiran anak belum ada.",
            "keep": ["Akta kelahiran anak"],
            "hint": "Sebutkan berkas yang kurang dan tawarkan bantuan."}, ensure_ascii=False)}},
}
_EXERCISE_SET = {
    "name": "latihan-dukcapil.jsonl",
    "exercises": [{"id": "lat-kependudukan-01", "domain": "kependudukan",
                   "context": "Sudah tiga kali datang, KK saya belum juga dicetak.",
                   "draft": "Makanya baca dulu persyaratannya!!! Akta kelahiran anak belum ada.",
                   "keep": ["Akta kelahiran anak"],
                   "hint": "Sebutkan berkas yang kurang dan tawarkan bantuan."}],
    "errors": [{"line": 2, "field": "domain",
                "message": "domain “pajak” tidak dikenal; pilih salah satu: ..."}],
}
OK_EXAMPLES = {
    "check": {"harsh": {"summary": "Harsh draft", "value": HARSH_RESULT},
              "ok": {"summary": "Polite draft", "value": OK_RESULT}},
    "batch": {"mixed": {"summary": "Results in order; a bad item gets its own error",
                        "value": {"results": [
                            {"id": "a1", **HARSH_RESULT}, {"id": "a2", **OK_RESULT},
                            {"id": "a3", "error": {"code": "empty_text",
                                                   "message": "text is empty"}}]}}},
    "rewrite": {"formal": {"summary": "A formal suggestion", "value": _SUGGESTION}},
    "info": {"default": {"summary": "The embedded default model", "value": {
        "name": "santun-linear", "version": "linear-4+da8830d233", "kind": "linear",
        "labels": ["ok", "nada_tinggi"], "threshold": 0.65,
        "aspects": [{"name": "membentak", "threshold": 0.5,
                     "description": "Huruf kapital dan tanda seru berderet."}],
        "limits": {"max_chars": 5000, "max_batch": 100, "max_body_bytes": 2000000}}}},
    "exercises": {"set": {"summary": "A set with one line left out", "value": _EXERCISE_SET}},
    "healthz": {"ok": {"summary": "The process answers", "value": {"status": "ok"}}},
    "readyz": {"ready": {"summary": "The model is loaded", "value": {"status": "ready"}}},
}
METRICS_EXAMPLE = (
    "# TYPE santun_http_requests_total counter\n"
    'santun_http_requests_total{method="POST",route="/v1/check",status="200"} 12\n'
    "# TYPE santun_flags_total counter\n"
    'santun_flags_total{aspect="membentak"} 5\n'
)

# Every stable error code: (HTTP status, an example message).
ERRORS: dict[str, tuple[int, str]] = {
    "unauthorized": (401, "a valid API key is required (X-API-Key header or Authorization: "
                          "Bearer)"),
    "rate_limited": (429, "too many requests; retry in 2 s"),
    "body_too_large": (413, "request body over 2000000 bytes"),
    "batch_too_large": (413, "items: List should have at most 100 items after validation, "
                             "not 101"),
    "invalid_json": (422, "JSON decode error"),
    "unknown_field": (422, "colour: Extra inputs are not permitted"),
    "missing_field": (422, "text: Field required"),
    "invalid_text": (422, "text: Input should be a valid string"),
    "empty_text": (422, "text: String should have at least 1 character"),
    "text_too_long": (422, "text: String should have at most 5000 characters"),
    "empty_batch": (422, "items: List should have at least 1 item after validation, not 0"),
    "invalid_request": (422, "threshold: Input should be less than or equal to 1"),
    "model_not_loaded": (503, "model is not loaded yet"),
    "model_not_found": (503, "Model directory /srv/model does not exist; build it with "
                             "`santun train` or point SANTUN_MODEL at a trained model."),
    "model_corrupt": (503, "/srv/model/manifest.json is missing: not a Santun model folder"),
}
_DESCRIPTIONS = {
    401: "API keys are on (`SANTUN_API_KEYS`) and none, or a wrong one, was sent.",
    413: "Batch or body too large.",
    422: "Invalid input; see `error.code`.",
    429: "Over `SANTUN_RATE_LIMIT`; wait `Retry-After` seconds.",
    503: "The model is not loaded.",
}
GATE = ("unauthorized", "rate_limited")
TEXT_INPUT = ("body_too_large", "invalid_json", "unknown_field", "missing_field", "invalid_text",
              "empty_text", "text_too_long", "invalid_request")


def error_responses(*codes: str) -> dict[int | str, dict[str, Any]]:
    """FastAPI ``responses=`` entries with one named example per error code."""
    responses: dict[int | str, dict[str, Any]] = {}
    for code in codes:
        status, message = ERRORS[code]
        entry = responses.setdefault(status, {
            "model": ErrorResponse, "description": _DESCRIPTIONS[status],
            "content": {"application/json": {"examples": {}}}})
        entry["content"]["application/json"]["examples"][code] = {
            "summary": code, "value": {"error": {"code": code, "message": message}}}
    if 429 in responses:
        responses[429]["headers"] = {"Retry-After": {
            "description": "Seconds until a request will be accepted.",
            "schema": {"type": "integer"}}}
    return responses


def ok_response(name: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"content": {"application/json": {"examples": OK_EXAMPLES[name]}}}}


def document() -> dict:
    """The OpenAPI document of the app as configured by default (settings do not change it)."""
    from service.app import create_app
    from service.settings import Settings

    return create_app(Settings(_env_file=None)).openapi()


def dumps(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> int:
    sys.stdout.write(dumps(document()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
