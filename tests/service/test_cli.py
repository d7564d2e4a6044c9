import json
import subprocess
import sys
from pathlib import Path

import pytest

SANTUN = str(Path(sys.executable).parent / "santun")


def run(args, model_dir, stdin: bytes | None = None):
    return subprocess.run([SANTUN, "--model", str(model_dir), *args], input=stdin,
                          capture_output=True, timeout=120)


def test_check_json(model_dir):
    done = run(["check", "--json", "BACA DULU PENGUMUMANNYA!!!"], model_dir)
    assert done.returncode == 0, done.stderr
    body = json.loads(done.stdout)
    assert body["label"] == "nada_tinggi" and body["suggestion"]


def test_check_readable(model_dir):
    done = run(["check", "BACA DULU PENGUMUMANNYA!!!"], model_dir)
    assert done.returncode == 0
    assert "NADA TINGGI" in done.stdout.decode() and "\033[" not in done.stdout.decode()


def test_jsonl_answers_every_line_in_order_with_errors(model_dir):
    lines = [
        json.dumps({"id": "a", "text": "BACA DULU!!!", "unit": "dukcapil"}).encode(),
        b'{"id": "b", "text": ',
        json.dumps({"id": "c"}).encode(),
        b'{"id": "d", "text": "caf\xe9"}',
        json.dumps({"id": "e", "text": "   "}).encode(),
        json.dumps({"id": "f", "text": 7}).encode(),
        json.dumps({"id": "g", "text": "x" * 5001}).encode(),
        json.dumps({"id": "h", "text": "Terima kasih, laporan sudah kami teruskan."}).encode(),
    ]
    done = run(["check", "--jsonl", "-"], model_dir, stdin=b"\n".join(lines) + b"\n")
    assert done.returncode == 1  # some lines failed
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(out) == len(lines)
    assert out[0]["id"] == "a" and out[0]["label"] == "nada_tinggi"
    codes = [o.get("error", {}).get("code") for o in out]
    assert codes == [None, "invalid_json", "missing_text", "invalid_utf8", "empty_text",
                     "invalid_text", "text_too_long", None]
    assert out[2]["id"] == "c" and out[7]["id"] == "h" and out[7]["label"] == "ok"


def test_jsonl_all_good_exits_zero(model_dir, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": 1, "text": "Mohon maaf, berkas belum lengkap."}) + "\n")
    done = run(["check", "--jsonl", str(path)], model_dir)
    assert done.returncode == 0
    assert json.loads(done.stdout)["id"] == 1


@pytest.mark.parametrize("command", ["check", "serve", "rewrite", "train", "evaluate"])
def test_help(command, model_dir):
    done = subprocess.run([SANTUN, command, "--help"], capture_output=True, timeout=60)
    assert done.returncode == 0 and b"usage" in done.stdout.lower()


def test_jsonl_survives_odd_unicode(model_dir):
    lines = [
        b'{"id": "s", "text": "BACA \\ud800 DULU!!!"}',
        b'{"id": "\\udfff", "text": "halo"}',
        json.dumps({"id": "n", "text": "ok \u0000 null \u202e rtl \u200b"}).encode(),
        json.dumps({"id": "e", "text": "\U0001F600" * 5000}).encode(),
    ]
    done = run(["check", "--jsonl", "-"], model_dir, stdin=b"\n".join(lines) + b"\n")
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(out) == 4, done.stderr
    assert out[0]["error"]["code"] == "invalid_text"
    assert out[1]["label"] in ("ok", "nada_tinggi")
    assert "label" in out[2] and "label" in out[3]
