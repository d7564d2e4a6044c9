import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from service import audit

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "data" / "samples" / "aduan_export.csv"
SANTUN = str(Path(sys.executable).parent / "santun")
UNITS = ["Disdukcapil", "Kelurahan Medono", "Puskesmas Bendan", "PDAM", "DLH", "Dinas Perkim"]
SAMPLE_ROWS = 154
SAMPLE_BAD = {22: audit.REASON_EMPTY, 57: audit.REASON_DATE, 92: audit.REASON_TOO_LONG,
              132: audit.REASON_DATE}
OPTIONS = {"text_col": "balasan", "group_col": "unit", "date_col": "tanggal"}

POLITE = "Selamat pagi Bapak, terima kasih atas laporannya. Berkas sudah kami proses."
HARSH = "Makanya baca dulu pengumumannya, jangan tanya terus!!!"


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",",
              encoding: str = "utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as stream:
        csv.writer(stream, delimiter=delimiter).writerows(rows)
    return path


@pytest.fixture(scope="module")
def sample_summary(checker, tmp_path_factory):
    out = tmp_path_factory.mktemp("audit") / "report.html"
    summary = audit.write_report(checker, SAMPLE, out, **OPTIONS)
    return summary, out.read_text(encoding="utf-8")


def test_sample_report_covers_every_unit_and_is_offline(sample_summary):
    summary, page = sample_summary
    assert summary.rows == SAMPLE_ROWS and summary.checked == SAMPLE_ROWS - len(SAMPLE_BAD)
    for unit in UNITS:
        assert f"<h3>{unit}</h3>" in page and summary.units[unit].replies == 25
    assert len(summary.months) >= 5 and "data:image/png;base64," in page
    assert "<script" not in page
    assert not re.search(r"<(?:script|link|img|iframe)[^>]*(?:src|href)=[\"']?(?:https?:)?//",
                         page)
    assert "<mark" in page and "Usulan:" in page


def test_sample_bad_rows_are_counted_and_listed(sample_summary):
    summary, page = sample_summary
    assert dict(summary.bad_rows) == SAMPLE_BAD
    assert summary.bad_counts[audit.REASON_DATE] == 2
    for line, reason in SAMPLE_BAD.items():
        assert f"<td class='n'>{line}</td><td>{reason}</td>" in page


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_row_formats_have_one_row_per_input_row(checker, tmp_path, fmt):
    out = tmp_path / f"rows.{fmt}"
    audit.write_report(checker, SAMPLE, out, fmt=fmt, **OPTIONS)
    if fmt == "json":
        rows = json.loads(out.read_text(encoding="utf-8"))
    else:
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == SAMPLE_ROWS
    assert {r["id"] for r in rows} >= {"ADU-2025-0001", "ADU-2025-9001"}
    assert {r["label"] for r in rows if not r["error"]} == {"ok", "nada_tinggi"}
    errors = {int(r["line"]): r["error"] for r in rows if r["error"]}
    assert errors == SAMPLE_BAD
    first = rows[0]
    assert set(first) == set(audit._RowWriter.FIELDS) and first["unit"] in UNITS


def test_cli_writes_the_sample_report(model_dir, tmp_path):
    out = tmp_path / "report.html"
    done = subprocess.run([SANTUN, "--model", str(model_dir), "audit", str(SAMPLE),
                           "--text-col", "balasan", "--group-col", "unit", "--date-col",
                           "tanggal", "--out", str(out)], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Disdukcapil" in out.read_text(encoding="utf-8")
    assert b"150 balasan diperiksa" in done.stderr


def test_missing_column_names_it_and_the_columns_found(checker, model_dir, tmp_path):
    with pytest.raises(audit.AuditInputError, match=r"'teks'.*'id', 'tanggal', 'unit'"):
        audit.write_report(checker, SAMPLE, tmp_path / "r.html", text_col="teks")
    done = subprocess.run([SANTUN, "--model", str(model_dir), "audit", str(SAMPLE),
                           "--text-col", "balasan", "--group-col", "satker", "--out",
                           str(tmp_path / "r.html")], capture_output=True, timeout=120)
    assert done.returncode == 2
    assert b"'satker'" in done.stderr and b"'balasan'" in done.stderr
    assert not (tmp_path / "r.html").exists()


@pytest.mark.parametrize(("delimiter", "encoding", "expected"), [
    (";", "utf-8", "utf-8"),
    ("\t", "utf-8", "utf-8"),
    ("|", "utf-8", "utf-8"),
    (",", "latin-1", "latin-1"),
    (";", "utf-8-sig", "utf-8-sig"),
])
def test_delimiters_and_encodings_are_detected(checker, tmp_path, delimiter, encoding,
                                               expected):
    # The text column comes first, so a BOM left on the header would hide it.
    rows = [["balasan", "unit"], [HARSH, "Kafé Dinas"], [POLITE + " Salam, café", "PDAM"],
            ["Baik, sudah kami cek; terima kasih.", "PDAM"]]
    path = write_csv(tmp_path / "export.csv", rows, delimiter, encoding)
    assert audit.detect_encoding(path) == expected
    summary = audit.audit(checker, path, text_col="balasan", group_col="unit")
    assert summary.checked == 3 and summary.bad == 0
    assert set(summary.units) == {"Kafé Dinas", "PDAM"}
    assert summary.units["Kafé Dinas"].harsh == 1


def test_jsonl_and_xlsx_exports(checker, tmp_path):
    from openpyxl import Workbook

    jsonl = tmp_path / "export.jsonl"
    jsonl.write_text(json.dumps({"teks": HARSH, "unit": "DLH"}) + "\n{broken\n"
                     + json.dumps({"teks": POLITE, "unit": "DLH"}) + "\n", encoding="utf-8")
    summary = audit.audit(checker, jsonl, text_col="teks", group_col="unit")
    assert (summary.checked, summary.harsh) == (2, 1)
    assert summary.bad_rows == [(2, audit.REASON_JSON)]

    book = Workbook()
    book.active.append(["tanggal", "teks", "unit"])
    book.active.append(["2025-02-03", HARSH, "PDAM"])
    book.active.append([None, None, None])  # blank rows are skipped
    from datetime import datetime
    book.active.append([datetime(2025, 3, 4), POLITE, "PDAM"])
    book.save(tmp_path / "export.xlsx")
    summary = audit.audit(checker, tmp_path / "export.xlsx", text_col="teks", group_col="unit",
                          date_col="tanggal")
    assert summary.checked == 2 and sorted(summary.months) == ["2025-02", "2025-03"]


@pytest.mark.parametrize(("text", "expected"), [
    ("NIK saya 3375011204850003 belum aktif", "NIK saya [NIK] belum aktif"),
    ("hubungi 0812-3456-7890 ya", "hubungi [telepon] ya"),
    ("WA +62 857 1234 5678 atau 081234567890.", "WA [telepon] atau [telepon]."),
    ("kirim ke warga.kota@contoh.id", "kirim ke [email]"),
    ("loket 3 buka pukul 08.00, nomor antrean 120", "loket 3 buka pukul 08.00, nomor antrean 120"),
])
def test_redact(text, expected):
    assert audit.redact(text) == expected


def test_redacted_report_masks_personal_data_in_examples(checker, tmp_path):
    personal = ["3375011204850003", "0812-3456-7890", "warga.kota@contoh.id"]
    rows = [["balasan"],
            [f"NIK {personal[0]} SUDAH AKTIF, JANGAN TANYA TERUS!!! Makanya baca dulu."],
            [f"Makanya baca dulu!!! Jangan telepon {personal[1]} terus, dasar."],
            [f"Makanya baca email {personal[2]} dulu!!! Jangan tanya terus."]]
    path = write_csv(tmp_path / "export.csv", rows)
    plain = tmp_path / "plain.html"
    masked = tmp_path / "masked.html"
    audit.write_report(checker, path, plain, text_col="balasan")
    audit.write_report(checker, path, masked, text_col="balasan", redacted=True)
    plain_page, masked_page = plain.read_text(), masked.read_text()
    assert any(p in plain_page for p in personal)
    for value in personal:
        assert value not in masked_page
    assert "[NIK]" in masked_page and "[telepon]" in masked_page and "[email]" in masked_page


def test_large_file_streams_in_chunks_and_aggregates_exactly(checker, tmp_path, monkeypatch):
    texts = [HARSH, POLITE, "Jangan lapor terus, urus sendiri!!!", "Baik Bu, sudah kami kirim.",
             "Terima kasih atas kesabaran Bapak."]
    labels = [r.label for r in checker.check_many(texts, rewrite=False)]
    units = ["A", "B", "C"]
    rows, expected = [["id", "tanggal", "unit", "balasan"]], {}
    for i in range(5000):
        unit, text = units[i % 3], texts[i % 5]
        rows.append([str(i), f"2025-{1 + i % 4:02d}-15", unit, text])
        replies, harsh = expected.get(unit, (0, 0))
        expected[unit] = (replies + 1, harsh + (labels[i % 5] == "nada_tinggi"))
    path = write_csv(tmp_path / "big.csv", rows)

    read_so_far = {"rows": 0, "at_first_check": None, "largest_chunk": 0}
    real_open, real_check = audit.open_export, checker.check_many

    def counting_open(p):
        export = real_open(p)

        def rows_counted(rows):
            for item in rows:
                read_so_far["rows"] += 1
                yield item
        export.rows = rows_counted(export.rows)
        return export

    def spying_check(texts, **kwargs):
        if read_so_far["at_first_check"] is None:
            read_so_far["at_first_check"] = read_so_far["rows"]
        read_so_far["largest_chunk"] = max(read_so_far["largest_chunk"], len(texts))
        return real_check(texts, **kwargs)

    monkeypatch.setattr(audit, "open_export", counting_open)
    monkeypatch.setattr(checker, "check_many", spying_check)
    progress = []
    summary = audit.audit(checker, path, text_col="balasan", group_col="unit",
                          date_col="tanggal", on_progress=progress.append)

    assert read_so_far["at_first_check"] <= audit.CHUNK  # checking began long before the end
    assert read_so_far["largest_chunk"] == audit.CHUNK
    assert {u: (s.replies, s.harsh) for u, s in summary.units.items()} == expected
    assert {m: tuple(c) for m, c in summary.months.items()} == {
        f"2025-{m:02d}": (1250, sum(labels[i % 5] == "nada_tinggi"
                                    for i in range(5000) if i % 4 == m - 1))
        for m in range(1, 5)}
    assert all(len(examples) <= audit.EXAMPLES_PER_UNIT
               for examples in summary.examples.values())
    assert progress[0] == 1024 and progress[-1] == 5000
