"""The corpus validator runs on the real data/ and its numbers meet the corpus targets."""

from collections import defaultdict

import pytest

from models.taxonomy import ASPECTS, DOMAINS, REGISTERS
from training.corpus import check_row, fill_spans
from training.dataset import counts, load_corpus, near_duplicate_pairs


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def test_corpus_has_no_problems(corpus):
    assert corpus.problems == []


def test_splits_are_leak_free(corpus):
    splits_of_group = defaultdict(set)
    for row in corpus.rows:
        splits_of_group[row["group"]].add(row["split"])
    assert all(len(splits) == 1 for splits in splits_of_group.values())
    assert {r["source"] for r in corpus.split("test")} == {"handwritten"}


def test_no_near_duplicates_across_splits(corpus):
    rows = corpus.rows
    crossing = [(rows[i]["id"], rows[j]["id"]) for i, j in near_duplicate_pairs(rows)
                if rows[i]["split"] != rows[j]["split"]]
    assert crossing == []


def test_counts_meet_the_targets(corpus):
    table = counts(corpus)
    total = sum(table["label"].values())
    assert total >= 4000
    assert 0.40 <= table["label"]["nada_tinggi"] / total <= 0.50
    assert table["source"]["handwritten"] >= 1200
    assert table["with_rewrite"]["rewrite"] >= 1500
    for aspect in ASPECTS:
        assert table["aspect"].get(aspect, 0) >= 250, aspect
    for domain in DOMAINS:
        assert table["domain"].get(domain, 0) >= 150, domain
    for register in REGISTERS:
        assert table["register"].get(register, 0) >= 600, register


def _row(**changes):
    row = {"id": "x", "text": "Makanya baca dulu.", "label": "nada_tinggi",
           "aspects": ["menyalahkan"], "spans": [{"text": "Makanya", "aspect": "menyalahkan"}],
           "domain": "lainnya", "register": "chat", "source": "handwritten", "group": "x",
           "rewrite": "Mohon dibaca dulu.", "keep": []}
    row.update(changes)
    return row


def test_fill_spans_finds_repeated_phrases_in_order():
    row = _row(text="tunggu saja, tunggu saja", aspects=["mengabaikan"],
               spans=[{"text": "tunggu saja", "aspect": "mengabaikan"}] * 2)
    row["spans"] = [dict(s) for s in row["spans"]]
    assert fill_spans(row) == []
    assert [(s["start"], s["end"]) for s in row["spans"]] == [(0, 11), (13, 24)]


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"label": "marah"}, "unknown label"),
        ({"aspects": ["galak"]}, "unknown aspects"),
        ({"spans": [{"start": 0, "end": 99, "aspect": "menyalahkan"}]}, "out of range"),
        ({"spans": [{"start": 0, "end": 4, "text": "Maka", "aspect": "kasar"}]}, "not among"),
        ({"keep": ["12 Maret"]}, "not in text"),
        ({"rewrite": ""}, "without rewrite"),
        ({"label": "ok"}, "ok row with aspects"),
        ({"domain": "luar_angkasa"}, "unknown domain"),
    ],
)
def test_validator_catches_bad_rows(changes, problem):
    row = _row(**changes)
    fill_spans(row)
    assert any(problem in p for p in check_row(row))


def test_composed_rows_are_reproducible_from_the_seed():
    import json
    from pathlib import Path

    from training.compose import compose, validate_pools

    assert validate_pools() == []
    path = Path(__file__).resolve().parents[2] / "data" / "composed" / "composed.jsonl"
    committed = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert compose(len(committed), 20261128) == committed
    assert compose(50, 1) == compose(50, 1) != compose(50, 2)
