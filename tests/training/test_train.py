import json

from models import ToneChecker
from models.detector import Manifest
from training.dataset import data_hash
from training.train import is_stale, train_default


def test_training_is_seeded_and_self_describing(tmp_path, model_dir):
    out = tmp_path / "again"
    manifest = train_default(out)
    first = Manifest.read(model_dir)
    assert manifest.version == first.version
    assert manifest.threshold == first.threshold
    assert manifest.aspect_thresholds == first.aspect_thresholds
    assert manifest.data_hash == data_hash()
    assert not is_stale(out)
    card = (out / "MODEL_CARD.md").read_text(encoding="utf-8")
    for heading in ("## Details", "## Labels", "## Evaluation", "## Intended use",
                    "## Out of scope", "## Limitations", "## Training data"):
        assert heading in card
    texts = ["BACA DULU!!!", "Terima kasih, laporan sudah kami teruskan ke DLH."]
    again = ToneChecker.load(out).check_many(texts)
    before = ToneChecker.load(model_dir).check_many(texts)
    assert [r.score for r in again] == [r.score for r in before]


def test_a_changed_manifest_hash_makes_the_model_stale(tmp_path, model_dir):
    out = tmp_path / "copy"
    out.mkdir()
    for path in model_dir.iterdir():
        (out / path.name).write_bytes(path.read_bytes())
    assert not is_stale(out)
    raw = json.loads((out / "manifest.json").read_text())
    raw["data_hash"] = "0" * 64
    (out / "manifest.json").write_text(json.dumps(raw))
    assert is_stale(out)


def test_rows_wrapped_in_courtesy_keep_their_label_and_spans():
    from training.dataset import load_corpus, with_courtesy_framing

    rows = load_corpus().split("train")[:300]
    out = with_courtesy_framing(rows)
    framed = [r for r in out if r["id"].endswith("#framed")]
    assert len(framed) == len(rows)
    originals = {r["id"]: r for r in rows}
    for row in framed:
        original = originals[row["id"].removesuffix("#framed")]
        assert row["label"] == original["label"] and original["text"] in row["text"]
        assert row["text"] != original["text"]
        for span in row["spans"]:
            assert row["text"][span["start"] : span["end"]] == span["text"]
    assert with_courtesy_framing(rows) == out  # seeded


def test_the_default_is_not_talked_out_of_a_flag_by_framing(checker):
    from models.rewriter import APOLOGIES, CLOSINGS, THANKS

    harsh = "Makanya baca dulu pengumumannya sebelum komplain, jangan malas."
    framed = (f"{THANKS['formal'].format(who='Bapak')} {APOLOGIES['formal'].format(who='Bapak')}"
              f" {harsh} {CLOSINGS['formal']}")
    assert checker.check(harsh).label == checker.check(framed).label == "nada_tinggi"
