import pytest

from models.analysis import analyze
from models.detector import Manifest
from models.explain import chosen_aspects, explain
from models.normalize import NORMALIZER_VERSION
from models.taxonomy import ASPECTS, LABEL_HARSH, LABEL_OK

THRESHOLDS = {**dict.fromkeys(ASPECTS, 0.5), "merendahkan": 0.25}


def _scores(**given: float) -> dict[str, float]:
    return {**dict.fromkeys(ASPECTS, 0.05), **given}


@pytest.mark.parametrize(("scores", "ratio", "expected"), [
    # Every aspect over its threshold when no ratio is set.
    (_scores(menyalahkan=0.9, merendahkan=0.3), 0.0, ["menyalahkan", "merendahkan"]),
    # Just over its own low threshold, under half the best: an echo, left out.
    (_scores(menyalahkan=0.9, merendahkan=0.3), 0.5, ["menyalahkan"]),
    # Over half the best: a second kind, kept.
    (_scores(menyalahkan=0.9, merendahkan=0.5), 0.5, ["menyalahkan", "merendahkan"]),
    (_scores(kasar=0.8, mengancam=0.7, memerintah=0.3), 0.5, ["kasar", "mengancam"]),
    # The ratio never names an aspect under its threshold.
    (_scores(kasar=0.6, mengancam=0.45), 0.5, ["kasar"]),
    # Nothing over its threshold: the likeliest kind all the same.
    (_scores(memerintah=0.2, mengabaikan=0.15), 0.5, ["memerintah"]),
])
def test_chosen_aspects(scores, ratio, expected):
    assert chosen_aspects(scores, THRESHOLDS, ratio) == expected


def _manifest(**extra) -> Manifest:
    return Manifest(name="t", version="t", kind="linear", threshold=0.5,
                    aspect_thresholds=THRESHOLDS, normalizer_version=NORMALIZER_VERSION,
                    extra=extra)


def test_explain_reads_the_ratio_from_the_manifest_and_an_old_one_has_none():
    analysis = analyze("Laporan sudah kami terima.")
    scores = _scores(menyalahkan=0.9, merendahkan=0.3)

    def named(manifest: Manifest, label: str = LABEL_HARSH) -> list[str]:
        return [a.name for a in explain(analysis, label, scores, manifest)[0]]

    assert named(_manifest(aspect_ratio=0.5)) == ["menyalahkan"]
    assert named(_manifest()) == ["menyalahkan", "merendahkan"]  # saved before the ratio
    assert named(_manifest(aspect_ratio=0.5), LABEL_OK) == []


def test_a_phrase_is_marked_for_its_aspect_even_when_the_ratio_leaves_it_unnamed():
    analysis = analyze("Berkas sudah kami terima. Makanya baca dulu pengumumannya, dasar gaptek.")
    hit_aspects = {h.aspect for h in analysis.hits}
    assert {"menyalahkan", "kasar"} <= hit_aspects
    scores = _scores(menyalahkan=0.9, kasar=0.3)  # kasar: over its threshold, under half
    thresholds = {**THRESHOLDS, "kasar": 0.25}
    manifest = Manifest(name="t", version="t", kind="linear", threshold=0.5,
                        aspect_thresholds=thresholds, normalizer_version=NORMALIZER_VERSION,
                        extra={"aspect_ratio": 0.5})
    aspects, spans = explain(analysis, LABEL_HARSH, scores, manifest)
    assert [a.name for a in aspects] == ["menyalahkan"]
    assert "kasar" in {s.aspect for s in spans}  # "dasar gaptek" is still shown


def test_spans_come_out_in_one_order_whatever_order_they_were_found_in():
    from models.explain import joined_neighbours
    from models.result import Span

    text = "Kalau telat, kiosnya kami gembok."
    first = Span(start=0, end=11, text="Kalau telat", aspect="mengancam", reason="b")
    second = Span(start=0, end=11, text="Kalau telat", aspect="mengancam", reason="a")
    third = Span(start=13, end=32, text="kiosnya kami gembok", aspect="mengancam",
                 reason="c")
    assert (joined_neighbours(text, [first, second, third])
            == joined_neighbours(text, [second, first, third])
            == joined_neighbours(text, [third, second, first]))


def test_the_citizens_title_alone_is_never_a_marked_phrase(checker):
    text = ("Pak, tolong ya, ini kantor pemerintahan, bukan pasar. Kalau mau marah-marah di "
            "luar saja.")
    result = checker.check(text, rewrite=False)
    assert result.label == "nada_tinggi"
    assert all(s.text.strip(" ,.").lower() not in {"pak", "bu", "kak"} for s in result.spans)


@pytest.mark.parametrize(("clause", "address"), [
    ("Yth. Ibu Suharti", True), ("Kepada Bapak Ketua RT 02/RW 09 Kelurahan Tirto", True),
    ("Siang Bu Eni", True), ("@andri_k Kak Andri", False), ("Halo Pak", True),
    ("Bapak baca dulu", False), ("Ibu cari sendiri", False), ("Yth. Bapak, ini kantor", False),
])
def test_an_address_line_is_told_from_a_clause_about_the_citizen(clause, address):
    from models.explain import _only_address

    assert _only_address(clause) is address


def test_address_lines_and_unlisted_acronyms_are_never_marked_and_no_span_hides_in_another(
        checker):
    texts = [
        "Yth. Ibu Suharti, air di Perum Tirto Asri harap tunggu saja. Kami tidak bisa "
        "memberikan kepastian.",
        "Kepada Ibu Lina Marlina. Permohonan SLF Ibu masih antre. Kami tidak dapat memberikan "
        "perkiraan waktu. Mohon tidak mengirim surat susulan.",
        "Persyaratan ini tercantum jelas di SIMBG dan sebenarnya tidak sulit untuk dipahami. "
        "Baca dulu baru protes.",
    ]
    for text in texts:
        result = checker.check(text, rewrite=False)
        assert result.label == "nada_tinggi"
        shown = [s.text for s in result.spans]
        assert not any(s.startswith(("Yth", "Kepada")) for s in shown), shown
        assert "SIMBG" not in shown
        for span in result.spans:
            assert not any(other is not span and other.start <= span.start
                           and span.end <= other.end for other in result.spans), shown


@pytest.mark.parametrize("clause", ["Jangan telepon terus", "kami tidak takut", "Besok"])
def test_a_reply_without_one_clause_reads_as_the_rest_of_its_text(clause):
    from models.analysis import analyze
    from models.explain import _occluded

    text = "Jangan telepon terus, Pak. Besok kami cek, kami tidak takut.\n"
    start = text.index(clause)
    variant = _occluded(analyze(text), (start, start + len(clause)), (0, len(text)))
    expected = (text[:start] + text[start + len(clause):]).strip()
    assert variant.text == expected
    assert variant.normalized == analyze(expected).normalized


def test_a_phrase_across_a_clause_break_is_marked_with_the_clauses_it_lies_in():
    from models.analysis import clauses
    from models.explain import _span

    text = ("Kami sudah jawab via DM dua kali tapi tidak dibaca. Ya sudah, terserah Kakak mau "
            "percaya atau tidak.")
    hit = next(h for h in analyze(text).hits if text[h.start : h.end] == "Ya sudah, terserah")
    span = _span(text, hit, clauses(text), [])
    assert span.text == "Ya sudah, terserah Kakak mau percaya atau tidak"
    # clauses too long together leave the phrase as it is
    long = text.replace("percaya atau tidak", "percaya " + "atau tidak " * 8).rstrip() + "."
    hit = next(h for h in analyze(long).hits if long[h.start : h.end] == "Ya sudah, terserah")
    assert _span(long, hit, clauses(long), []).text == "Ya sudah, terserah"
