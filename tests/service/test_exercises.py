import json

import pytest
from fastapi.testclient import TestClient

from models.taxonomy import DOMAINS
from service import exercises
from service.app import create_app
from service.settings import Settings


def _line(**overrides) -> str:
    row = {"id": "x-1", "domain": "kesehatan", "context": "Antrean lama sekali.",
           "draft": "Sabar dong, pasiennya 120 orang!!!", "keep": ["120 orang"],
           "hint": "Akui antreannya."}
    row.update(overrides)
    return json.dumps(row, ensure_ascii=False)


def test_shipped_set_is_valid_and_covers_every_domain():
    shipped = exercises.load(exercises.SHIPPED)
    assert shipped.errors == []
    assert len(shipped.exercises) >= 30
    assert {e.domain for e in shipped.exercises} == set(DOMAINS)
    for exercise in shipped.exercises:
        assert exercise.keep and all(fact in exercise.draft for fact in exercise.keep)


def test_shipped_drafts_read_as_harsh(checker):
    drafts = [e.draft for e in exercises.load(exercises.SHIPPED).exercises]
    labels = [result.label for result in checker.check_many(drafts, rewrite=False)]
    assert labels.count("nada_tinggi") >= 0.9 * len(labels)


def test_bad_lines_are_named_and_good_ones_kept():
    content = "\n".join([
        _line(),
        "{not json",
        _line(id="x-2", domain="antariksa"),
        _line(id="x-3", keep=["loket 9"]),
        "",
        _line(id="x-1"),
        _line(id="x-4", hint="", colour="red"),
        "[1, 2]",
        _line(id="x-5"),
    ])
    result = exercises.parse(content, "jsonl", name="set.jsonl")
    assert [e.id for e in result.exercises] == ["x-1", "x-5"]
    problems = {(p.line, p.field) for p in result.errors}
    assert problems == {(2, None), (3, "domain"), (4, "keep"), (6, "id"), (7, "hint"),
                        (7, "colour"), (8, None)}
    by_line = {p.line: p.message for p in result.errors}
    assert "JSON" in by_line[2]
    assert "loket 9" in by_line[4]
    assert "baris 1" in by_line[6]


def test_csv_with_semicolons_multiline_cells_and_keep_separator():
    content = (
        "id;domain;context;draft;keep;hint\r\n"
        'c-1;air_bersih;"Air mati\r\nsudah 3 hari";Tunggu sampai Jumat!!!;Jumat;Minta maaf.\r\n'
        "c-2;air_bersih;Air keruh;Endapkan sendiri!!!;Jumat|Endapkan;Jelaskan.\r\n"
        "c-3;air_bersih;Air keruh;Endapkan sendiri!!!;Endapkan\r\n"
    )
    result = exercises.parse(content, "csv")
    assert [e.id for e in result.exercises] == ["c-1"]
    assert result.exercises[0].context == "Air mati\r\nsudah 3 hari"
    assert {(p.line, p.field) for p in result.errors} == {(4, "keep"), (5, "hint")}


def test_csv_without_required_columns_says_which():
    result = exercises.parse("id,domain,draft\nx,kesehatan,halo\n", "csv")
    assert result.exercises == []
    assert result.errors[0].line == 1
    assert "context" in result.errors[0].message and "hint" in result.errors[0].message


def test_setting_points_at_another_file(tmp_path, monkeypatch, model_dir):
    own = tmp_path / "own.jsonl"
    own.write_text(_line(id="own-1") + "\n" + _line(id="own-2", domain="") + "\n",
                   encoding="utf-8")
    monkeypatch.setenv("SANTUN_EXERCISES", str(own))
    with TestClient(create_app(Settings(model=model_dir))) as client:
        body = client.get("/v1/exercises").json()
    assert body["name"] == "own.jsonl"
    assert [e["id"] for e in body["exercises"]] == ["own-1"]
    assert body["errors"][0]["line"] == 2 and body["errors"][0]["field"] == "domain"


def test_missing_configured_file_fails_at_start(tmp_path, monkeypatch, model_dir):
    monkeypatch.setenv("SANTUN_EXERCISES", str(tmp_path / "nope.jsonl"))
    with pytest.raises(FileNotFoundError, match="SANTUN_EXERCISES"):
        with TestClient(create_app(Settings(model=model_dir))):
            pass


@pytest.fixture(scope="module")
def client(model_dir):
    with TestClient(create_app(Settings(model=model_dir))) as client:
        yield client


def test_routes_serve_the_set_the_page_and_validate_uploads(client):
    served = client.get("/v1/exercises").json()
    assert served["name"] == "latihan.jsonl" and len(served["exercises"]) >= 30
    page = client.get("/latihan")
    assert page.status_code == 200 and "Ruang Latihan" in page.text

    body = {"name": "mine.csv", "format": "csv",
            "content": "id,domain,context,draft,keep,hint\nm-1,sosial,a,b,c,d\n"}
    checked = client.post("/v1/exercises/validate", json=body).json()
    assert checked["name"] == "mine.csv" and checked["exercises"] == []
    assert checked["errors"] == [{"line": 2, "field": "keep",
                                  "message": "fakta “c” tidak ada persis di draft"}]

    bad = client.post("/v1/exercises/validate", json={"format": "xls", "content": "x"})
    assert bad.status_code == 422
