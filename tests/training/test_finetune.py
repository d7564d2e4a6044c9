"""The fine-tuning path end to end on a tiny local BERT: train, save, reload, serve, export.

No network: the base model is a 2-layer BERT with a WordPiece vocabulary learnt from data/,
built once per session; the fine-tuned artifacts are built once per session too.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch
from fastapi.testclient import TestClient

from models.analysis import analyze
from models.detector import load_detector
from models.errors import ModelCorruptError
from models.normalize import NORMALIZER_VERSION
from models.taxonomy import ASPECTS
from models.transformer import MARKER_TOKENS, TransformerDetector
from service.app import create_app
from service.settings import Settings
from training import cli
from training.dataset import Corpus, data_hash, load_corpus
from training.finetune import (
    EncodedRows,
    FinetuneConfig,
    encode_rows,
    export_onnx,
    finetune,
    init_model,
    seed_everything,
    serving_tokenizer,
    train_loop,
)
from training.tiny import INDOBERT_BASE_SHAPE, build_tiny_base, indobert_config, train_wordpiece

MAX_LENGTH = 64
# Enough steps at a tiny-model learning rate for scores to leave the middle, so labels mean
# something; a few seconds on two cores.
SMOKE = {"max_steps": 120, "epochs": 3, "lr": 2e-3, "batch_size": 32, "max_length": MAX_LENGTH}
TEXTS = [
    "BACA DULU PENGUMUMANNYA!!!",
    "Makanya jangan komplain terus, urus sendiri sana.",
    "Terima kasih atas laporannya, Bapak. Tim kami akan datang besok pagi 🙏",
    "Mohon maaf atas ketidaknyamanannya, berkas Ibu sudah kami proses.",
    "Gak usah lebay deh 🙄 semua juga antri",
]
CONTRACT = {"label", "score", "threshold", "aspects", "spans", "tips", "suggestion", "model"}


@pytest.fixture(scope="session", autouse=True)
def one_torch_thread():
    # A tiny model gains nothing from more threads, and on a busy two-core machine their
    # spin-waiting makes training ten times slower.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_corpus()


@pytest.fixture(scope="session")
def smoke_corpus(corpus) -> Corpus:
    """Every third training row and the whole dev split: the recipe runs unchanged, in a
    third of the time spent reading rows."""
    train = [r for r in corpus.rows if r["split"] == "train"][::3]
    return Corpus(train + [r for r in corpus.rows if r["split"] != "train"])


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory) -> Path:
    return build_tiny_base(tmp_path_factory.mktemp("base") / "tiny-bert")


@pytest.fixture(scope="session")
def finetuned(one_torch_thread, tiny_base, smoke_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("finetuned") / "santun-indobert"
    return finetune(out, FinetuneConfig(base_model=str(tiny_base), **SMOKE), onnx=True,
                    corpus=smoke_corpus)


@pytest.fixture(scope="session")
def detector(finetuned) -> TransformerDetector:
    return load_detector(finetuned.directory)


@pytest.fixture(scope="session")
def onnx_detector(finetuned) -> TransformerDetector:
    return load_detector(finetuned.onnx_directory)


@pytest.fixture
def artifact_copy(finetuned, tmp_path) -> Path:
    return Path(shutil.copytree(finetuned.directory, tmp_path / "copy"))


# ---- the artifact ---------------------------------------------------------------------------
def test_finetuned_artifact_reloads_and_predicts(detector):
    assert isinstance(detector, TransformerDetector)
    predictions = detector.predict([analyze(t) for t in TEXTS])
    assert len(predictions) == len(TEXTS)
    for prediction in predictions:
        assert 0.0 <= prediction.score <= 1.0
        assert list(prediction.aspects) == list(ASPECTS)
        assert all(0.0 <= p <= 1.0 for p in prediction.aspects.values())
    assert detector.predict([]) == []


def test_manifest_describes_the_artifact(finetuned, tiny_base):
    manifest = finetuned.manifest
    assert manifest.kind == "transformer" and manifest.name == "santun-indobert"
    assert manifest.base_model == str(tiny_base)
    assert manifest.max_length == MAX_LENGTH
    assert manifest.normalizer_version == NORMALIZER_VERSION
    assert manifest.data_hash == data_hash()
    assert 0.0 <= manifest.threshold <= 1.0
    assert set(manifest.aspect_thresholds) == set(ASPECTS)
    assert all(0.0 <= t <= 1.0 for t in manifest.aspect_thresholds.values())
    assert {"dev", "dev_aspects", "rows"} <= set(manifest.metrics)
    training = manifest.extra["training"]
    assert training["steps"] == SMOKE["max_steps"] and training["best_epoch"] >= 1
    assert set(manifest.extra["rule_precision"]) == set(ASPECTS)
    card = (finetuned.directory / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "santun-indobert" in card and str(tiny_base) in card


def test_a_few_steps_already_learn_something(finetuned):
    # Not a quality bar, a wiring check that labels, losses and the optimiser are connected:
    # the threshold-free dev score of an untrained model sits near 0.3 (class base rates).
    history = finetuned.manifest.extra["training"]["history"]
    assert history and finetuned.manifest.extra["training"]["dev_score"] > 0.45


def test_dataset_and_serving_encodings_agree(tiny_base, corpus, detector):
    rows = corpus.split("dev")[:40]
    rows += [{"text": t, "label": "ok", "aspects": []} for t in TEXTS]
    rows.append({"text": "SABARRR " * 200, "label": "ok", "aspects": []})  # beyond max_length
    _, hf_tokenizer = init_model(str(tiny_base))
    dataset_ids = encode_rows(serving_tokenizer(hf_tokenizer), rows, MAX_LENGTH).ids
    serving_ids = detector.encode([analyze(r["text"]) for r in rows])
    assert dataset_ids == serving_ids
    assert max(len(ids) for ids in serving_ids) == MAX_LENGTH


def test_marker_words_are_single_tokens(detector):
    for marker in MARKER_TOKENS:
        assert detector.tokenizer.encode(marker, add_special_tokens=False).tokens == [marker]


def test_base_without_marker_tokens_gets_them_added(tmp_path):
    base = tmp_path / "plain"
    tokenizer = train_wordpiece(["halo bapak ibu terima kasih laporannya sudah kami terima"] * 5,
                                vocab_size=120)
    from transformers import BertConfig, BertModel

    BertModel(BertConfig(vocab_size=len(tokenizer), hidden_size=32, num_hidden_layers=1,
                         num_attention_heads=2, intermediate_size=64)).save_pretrained(base)
    tokenizer.save_pretrained(base)
    model, extended = init_model(str(base))
    assert len(extended) == len(tokenizer) + len(MARKER_TOKENS)
    assert model.get_input_embeddings().num_embeddings == len(extended)
    assert extended.tokenize("xxcaps halo xxexcl") == ["xxcaps", "halo", "xxexcl"]


def test_scores_do_not_depend_on_batching_or_order(detector):
    analyses = [analyze(t) for t in TEXTS]
    together = [p.score for p in detector.predict(analyses)]
    alone = [detector.predict([a])[0].score for a in analyses]
    reversed_ = [p.score for p in detector.predict(analyses[::-1])][::-1]
    np.testing.assert_allclose(together, alone, atol=1e-5)
    np.testing.assert_allclose(together, reversed_, atol=1e-5)


def test_same_seed_gives_the_same_weights(tiny_base, corpus):
    rows = corpus.split("train")[:24]
    states = []
    for _ in range(2):
        seed_everything(7)
        model, hf_tokenizer = init_model(str(tiny_base))
        data = encode_rows(serving_tokenizer(hf_tokenizer), rows, 32)
        dev = EncodedRows(data.ids[:8], data.labels[:8], data.aspects[:8])
        train_loop(model, data, dev, hf_tokenizer.pad_token_id,
                   FinetuneConfig(max_steps=3, batch_size=8, lr=1e-3, seed=7))
        states.append(model.state_dict())
    for name, tensor in states[0].items():
        assert (tensor == states[1][name]).all(), name


def test_max_length_beyond_the_base_positions_is_refused(tiny_base, corpus, tmp_path):
    config = FinetuneConfig(base_model=str(tiny_base), max_length=4096, max_steps=1)
    with pytest.raises(ValueError, match="positions"):
        finetune(tmp_path / "out", config, corpus=corpus)
    assert not (tmp_path / "out").exists()


# ---- loading reads only the folder, and says what is wrong ----------------------------------
def test_loading_needs_nothing_outside_the_folder(artifact_copy):
    manifest = json.loads((artifact_copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["base_model"] = str(artifact_copy.parent / "no-such-base")
    (artifact_copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert load_detector(artifact_copy).predict([analyze(TEXTS[0])])


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: (d / "model.safetensors").unlink(), "model.safetensors"),
        (lambda d: (d / "model.safetensors").write_bytes(b"\x00" * 64), "model.safetensors"),
        (lambda d: (d / "tokenizer.json").unlink(), "tokenizer.json"),
        (lambda d: (d / "config.json").write_text("{not json", encoding="utf-8"), "config.json"),
        (lambda d: _edit_json(d / "config.json", num_hidden_layers=3), "does not fit"),
        (lambda d: _edit_json(d / "config.json", id2label={"0": "ok", "1": "nada_tinggi"}),
         "classifier outputs"),
        (lambda d: _edit_json(d / "manifest.json", max_length=None), "max_length"),
    ],
    ids=["weights-missing", "weights-truncated", "tokenizer-missing", "config-garbled",
         "config-mismatch", "outputs-mismatch", "no-max-length"],
)
def test_damaged_artifact_raises_model_corrupt(artifact_copy, damage, message):
    damage(artifact_copy)
    with pytest.raises(ModelCorruptError, match=message):
        load_detector(artifact_copy)


def _edit_json(path: Path, **changes) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(changes)
    path.write_text(json.dumps(data), encoding="utf-8")


# ---- ONNX Runtime ---------------------------------------------------------------------------
def test_int8_onnx_artifact_agrees_with_torch(finetuned, detector, onnx_detector):
    manifest = onnx_detector.manifest
    assert manifest.kind == "onnx" and manifest.extra["onnx"]["precision"] == "int8"
    assert (finetuned.onnx_directory / "model.onnx").is_file()
    assert not (finetuned.onnx_directory / "model.safetensors").exists()
    assert 0.0 <= manifest.threshold <= 1.0
    analyses = [analyze(t) for t in TEXTS]
    torch_scores = np.array([p.score for p in detector.predict(analyses)])
    onnx_scores = np.array([p.score for p in onnx_detector.predict(analyses)])
    np.testing.assert_allclose(onnx_scores, torch_scores, atol=0.05)
    # A tiny model trained for a few steps scores everything near its threshold, and each
    # artifact picks its own on dev; so labels are compared at one threshold, away from it.
    threshold = detector.manifest.threshold
    clear = np.abs(torch_scores - threshold) > 0.05
    assert ((torch_scores >= threshold)[clear] == (onnx_scores >= threshold)[clear]).all()


def test_fp32_onnx_export_matches_torch_exactly(finetuned, detector, tmp_path):
    export_onnx(finetuned.directory, tmp_path / "fp32", quantize=False)
    fp32 = load_detector(tmp_path / "fp32")
    analyses = [analyze(t) for t in TEXTS]
    for ours, theirs in zip(fp32.predict(analyses), detector.predict(analyses), strict=True):
        assert ours.score == pytest.approx(theirs.score, abs=1e-5)
        for aspect in ASPECTS:
            assert ours.aspects[aspect] == pytest.approx(theirs.aspects[aspect], abs=1e-5)


def test_garbled_onnx_model_raises_model_corrupt(finetuned, tmp_path):
    copy = Path(shutil.copytree(finetuned.onnx_directory, tmp_path / "onnx"))
    (copy / "model.onnx").write_bytes(b"not a model")
    with pytest.raises(ModelCorruptError, match="model.onnx"):
        load_detector(copy)
    (copy / "model.onnx").unlink()
    with pytest.raises(ModelCorruptError, match="model.onnx"):
        load_detector(copy)


# ---- served through the API and driven by the CLI -------------------------------------------
@pytest.mark.parametrize("which", ["directory", "onnx_directory"])
def test_api_serves_the_finetuned_artifact(finetuned, which):
    directory = getattr(finetuned, which)
    with TestClient(create_app(Settings(model=directory))) as client:
        response = client.post("/v1/check", json={"text": "BACA DULU PENGUMUMANNYA!!!"})
        assert response.status_code == 200
        body = response.json()
        assert set(body) == CONTRACT
        assert body["label"] in ("ok", "nada_tinggi") and 0.0 <= body["score"] <= 1.0
        assert body["model"]["name"].startswith("santun-indobert")
        info = client.get("/v1/info").json()
        assert info["kind"] == ("onnx" if which == "onnx_directory" else "transformer")
        assert info["threshold"] == body["threshold"]


def test_cli_finetune_passes_its_options_on(finetuned, monkeypatch, tmp_path, capsys):
    # The real run is the session fixture; this checks the command's wiring only.
    import training.finetune

    calls = []

    def fake_finetune(out_dir, config, **options):
        calls.append((out_dir, config, options))
        return finetuned

    monkeypatch.setattr(training.finetune, "finetune", fake_finetune)
    code = cli.main(["finetune", "--base-model", "some/base", "--out", str(tmp_path / "m"),
                     "--max-steps", "2", "--max-length", "32", "--lr", "1e-4", "--no-onnx"])
    assert code == 0
    out_dir, config, options = calls[0]
    assert out_dir == tmp_path / "m" and options["onnx"] is False and options["quantize"]
    assert (config.base_model, config.max_steps, config.max_length, config.lr) == (
        "some/base", 2, 32, 1e-4)
    assert config.epochs == FinetuneConfig().epochs  # unset options keep the recipe's
    assert capsys.readouterr().out.count("saved") == 2


def test_indobert_shape():
    config = indobert_config()
    for key, value in INDOBERT_BASE_SHAPE.items():
        assert getattr(config, key) == value


# ---- slow: longer runs, excluded by default (`pytest -m slow`) ------------------------------
@pytest.mark.slow
def test_santun_finetune_command_end_to_end(tiny_base, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "model"
    done = subprocess.run(
        [sys.executable, "-m", "service.cli", "finetune", "--base-model", str(tiny_base),
         "--out", str(out), "--max-steps", "5", "--max-length", "32"],
        capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert load_detector(out).manifest.kind == "transformer"
    assert load_detector(out.with_name("model-onnx")).manifest.kind == "onnx"


@pytest.mark.slow
def test_a_full_epoch_learns_the_task(tiny_base, corpus, tmp_path):
    config = FinetuneConfig(base_model=str(tiny_base), epochs=2, lr=2e-3, batch_size=32,
                            max_length=96)
    manifest = finetune(tmp_path / "model", config, corpus=corpus).manifest
    assert manifest.metrics["dev"]["macro_f1"] > 0.7
