import json

from models import ToneChecker
from models.detector import Manifest
from training.dataset import data_hash
from training.train import _most_spans_among_best, is_stale, train_default


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
    # it says what the model reads, and which rule features the label head leaves out
    assert "`blamed_addressee`" in card and "the label head does not" in card
    # ... how its threshold was chosen, and the copies it was fitted on besides the corpus
    assert "by F1 averaged over 0.05 either side" in card
    assert "of the best F1 counting as equal and the one nearest 0.5 taken" in card
    assert "with an apology right before its first harsh sentence" in card
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


def test_harsh_rows_and_as_many_ok_ones_get_an_apology_before_a_sentence():
    from training.dataset import APOLOGY_LEADS, load_corpus, with_apology_leads

    rows = load_corpus().split("train")[:400]
    out = with_apology_leads(rows)
    led = [r for r in out if r["id"].endswith("#apology")]
    harsh = [r for r in rows if r["label"] == "nada_tinggi"]
    calm = len(rows) - len(harsh)
    assert len(led) == len(harsh) + min(calm, len(harsh))
    assert sum(r["label"] == "nada_tinggi" for r in led) == len(harsh)
    originals = {r["id"]: r for r in rows}
    for row in led:
        original = originals[row["id"].removesuffix("#apology")]
        assert row["label"] == original["label"] and row["aspects"] == original["aspects"]
        assert any(lead in row["text"] for lead in APOLOGY_LEADS)
        assert len(row["text"]) > len(original["text"])
        for span, before in zip(row["spans"], original["spans"], strict=True):
            assert row["text"][span["start"] : span["end"]] == span["text"]
            assert span["text"].lower() == before["text"].lower()
        if original["spans"]:
            # the apology comes right before the sentence of the first harsh span
            first = min(row["spans"], key=lambda s: s["start"])
            before = row["text"][: first["start"]]
            assert any(lead.strip() in before for lead in APOLOGY_LEADS)
    assert with_apology_leads(rows) == out  # seeded


def test_an_apology_does_not_talk_the_default_out_of_a_flag(checker):
    # (before the apology copies, "Mohon maaf, " took these from 0.84 and 0.92 to 0.07 and
    # 0.22; it may lower a score, not halve it)
    for harsh in ("Kami bukan pembantu Ibu. Sampah dibuang di TPS Jl. Kenanga jam 5 pagi.",
                  "Kalau Ibu tidak puas silakan cari sekolah lain."):
        bare = checker.check(harsh)
        assert bare.label == "nada_tinggi"
        apologised = checker.check("Mohon maaf, " + harsh[0].lower() + harsh[1:])
        assert apologised.score >= bare.score / 2


def test_cross_validation_prefers_the_ratio_that_drops_echoes():
    """Replies of one kind echo a little of a second kind that other replies carry at that
    low score beside a kind only a little likelier: no threshold separates them (and the
    likeliest kind named when none passes cannot either), the ratio to the best aspect
    does."""
    import numpy as np

    from models.taxonomy import ASPECTS
    from training.train import _cross_validated_micro_f1

    kasar, merendahkan = ASPECTS.index("kasar"), ASPECTS.index("merendahkan")
    mengabaikan = ASPECTS.index("mengabaikan")
    gold, scores, groups = [], [], []
    for i in range(40):
        row, score = np.zeros(len(ASPECTS), dtype=np.int64), np.full(len(ASPECTS), 0.05)
        if i % 2:
            row[kasar], score[kasar], score[merendahkan] = 1, 0.9, 0.3
        else:
            row[[mengabaikan, merendahkan]] = 1
            score[mengabaikan], score[merendahkan] = 0.35, 0.3
        gold.append(row)
        scores.append(score)
        groups.append(f"g{i}")
    gold, scores = np.vstack(gold), np.vstack(scores)
    with_ratio = _cross_validated_micro_f1(gold, scores, groups, 0.5, seed=13)
    without = _cross_validated_micro_f1(gold, scores, groups, 0.0, seed=13)
    assert with_ratio == 1.0
    assert without < 0.9


def test_one_shared_aspect_threshold_is_chosen_for_micro_f1():
    """Each aspect's scores on a like scale: one threshold, the one that names every gold
    aspect and no other, is given to all seven."""
    import numpy as np

    from models.taxonomy import ASPECTS
    from training.train import _shared_aspect_thresholds

    gold = np.zeros((30, len(ASPECTS)), dtype=np.int64)
    scores = np.full((30, len(ASPECTS)), 0.1)
    for i in range(30):
        present = [i % len(ASPECTS), (i + 2) % len(ASPECTS)] if i % 3 else [i % len(ASPECTS)]
        gold[i, present] = 1
        scores[i, present] = 0.62
        scores[i, (i + 4) % len(ASPECTS)] = 0.41  # a kind that is not there
    thresholds = _shared_aspect_thresholds(gold, scores, 0.0)
    assert len(set(thresholds.values())) == 1
    assert 0.41 < thresholds[ASPECTS[0]] <= 0.62


def test_the_shared_aspect_threshold_is_the_middle_of_the_best_plateau():
    """Every threshold from 0.42 to 0.62 names exactly the two gold aspects of each reply:
    the middle one is taken, not the first of them, which sits where the curve falls (0.40
    also names a kind that is not there; above 0.62 only the likeliest is named)."""
    import numpy as np

    from models.taxonomy import ASPECTS
    from training.train import _shared_aspect_thresholds

    gold = np.zeros((14, len(ASPECTS)), dtype=np.int64)
    scores = np.full((14, len(ASPECTS)), 0.1)
    for i in range(14):
        present = [i % len(ASPECTS), (i + 1) % len(ASPECTS)]
        gold[i, present] = 1
        scores[i, present] = (0.7, 0.62)
        scores[i, (i + 3) % len(ASPECTS)] = 0.41
    assert _shared_aspect_thresholds(gold, scores, 0.0)[ASPECTS[0]] == 0.52


def test_aspect_settings_near_the_best_are_told_apart_by_the_spans_they_find():
    # (cross-validated aspect micro-F1, clause weight, ratio, scores)
    settings = [(0.790, 0.0, 0.5, None), (0.797, 0.25, 0.5, None), (0.795, 0.5, 0.5, None),
                (0.780, 0.75, 0.5, None)]
    recall = {0.0: 0.99, 0.25: 0.84, 0.5: 0.86, 0.75: 0.99}
    asked = []

    def recall_of(setting):
        asked.append(setting[1])
        return recall[setting[1]]

    assert _most_spans_among_best(settings, recall_of)[1] == 0.5
    assert sorted(asked) == [0.25, 0.5]  # only those within the tolerance are read
    # equal recall: the better F1; a lone best needs no span reading at all
    recall[0.5] = 0.84
    assert _most_spans_among_best(settings, recall_of)[1] == 0.25
    asked.clear()
    assert _most_spans_among_best(settings, recall_of, tolerance=0.001)[1] == 0.25
    assert asked == []
