"""The last-resort rebuild: a harsh sentence that holds facts said again from its facts."""

import pytest

from models.analysis import analyze
from models.rewriter import REBUILD_REASONS, _rebuilt, fact_ranges
from tests.models.stand_ins import sentence_rewriter


def _suggest(rewriter, draft):
    return rewriter.rewrite(draft, spans=rewriter._find_spans(analyze(draft)))


def test_blame_beside_a_fact_goes_and_the_fact_is_stated_plainly():
    draft = ("Tagihan Rp50.000 sudah sesuai meter, bukan kami yang lalai dan salah hitung "
             "seperti tuduhan Bapak.")
    suggestion = _suggest(sentence_rewriter("menyalahkan", ["bukan kami"]), draft)
    assert "Perlu kami sampaikan bahwa tagihan Rp50.000 sudah sesuai meter." in suggestion.text
    assert "bukan kami" not in suggestion.text
    assert suggestion.passes
    assert any(e.reason == REBUILD_REASONS["menyalahkan"] for e in suggestion.edits)


def test_an_opening_that_alone_makes_blame_pass_is_not_used():
    # The stand-in reads the blame as calm once "perlu kami sampaikan" is in front of it:
    # the content is unchanged, so the sentence stays and the officer is told why.
    draft = "Saluran di RW 05 mampet karena ulah warga RW 05 sendiri."
    rewriter = sentence_rewriter("menyalahkan", ["ulah warga"], calm_words=["perlu kami sampaikan"])
    suggestion = _suggest(rewriter, draft)
    assert "ulah warga RW 05" in suggestion.text
    assert "perlu kami sampaikan" not in suggestion.text.lower()
    assert not suggestion.passes
    assert any("memuat fakta (RW 05)" in note for note in suggestion.notes)


@pytest.mark.parametrize(("sentence", "aspect", "expected"), [
    # a threat's consequence is stated as the rule, with its condition
    ("Kalau tagihan Rp50.000 belum dibayar sampai 20 Mei, sambungan kami putus lho.",
     "mengancam",
     "Sesuai ketentuan, kalau tagihan Rp50.000 belum dibayar sampai 20 Mei, sambungan "
     "kami putus."),
    # an order is asked for, without the exclamation before it or the tag after it
    ("Wah Bu, jangan datang lagi ke loket 3 sebelum berkas lengkap ya.", "memerintah",
     "Mohon untuk tidak datang lagi ke loket 3 sebelum berkas lengkap."),
    # mockery goes, the fact stays as a plain statement
    ("Ya ampun Bu, berkas sudah masuk 3 Mei, makanya baca dong.", "merendahkan",
     "Berkas sudah masuk 3 Mei."),
    # the officer's own insistence gives way to a plain lead-in
    ("Perlu kami tegaskan bahwa berkas Bapak tercatat masuk 3 Mei, sudah jelas toh.",
     "menyalahkan", "Perlu kami sampaikan bahwa berkas Bapak tercatat masuk 3 Mei."),
])
def test_a_sentence_is_rebuilt_by_its_aspect(sentence, aspect, expected):
    rebuilt = _rebuilt(sentence, 0, len(sentence), fact_ranges(sentence), aspect, "formal")
    assert rebuilt is not None and rebuilt[0] == expected


@pytest.mark.parametrize("sentence", [
    # the blame leans on the fact: what is left would not be a sentence
    "Wah semangat banget Kak protes PBB naik, giliran bayar telat 3 tahun.",
    # a condition without its consequence, or a consequence without its condition
    "Sekali lagi nyebar hoaks, akun @x kami laporkan ke Polres Pekalongan.",
    # a question, even a rhetorical one, is not turned into a statement
    "Bu anaknya demam 3 hari baru dibawa sekarang?",
    # two sentences the splitter read as one
    "Tagihan naik 3 kali lipat karena pemakaian Ibu. Tapi Ibu tetap protes terus.",
    # a prohibition that cannot be asked for is no statement ("Sebagai informasi, jangan
    # jam 10 ...")
    "Jangan jam 10 baru datang ke loket 3.",
])
def test_a_sentence_that_cannot_be_rebuilt_safely_is_left(sentence):
    assert _rebuilt(sentence, 0, len(sentence), fact_ranges(sentence), "menyalahkan",
                    "chat") is None


@pytest.mark.parametrize("sentence", [
    "Denda 2% itu karena Bapak telat bayar, bukan kami yg bikin.",
    "Pak, paving Gg. Kutilang itu rusak karena mobil Bapak yg tiap hari parkir di atasnya.",
    "Lha kalau tagihan Rp210.000 belum lunas sampai 20 Mei, meter kami cabut.",
    "Perlu kami tegaskan bahwa keterlambatan unggah rapor semester 5 bukan salah sistem.",
])
@pytest.mark.parametrize("aspect", sorted(REBUILD_REASONS))
def test_a_rebuilt_sentence_keeps_every_fact_and_the_decision(sentence, aspect):
    facts = fact_ranges(sentence)
    rebuilt = _rebuilt(sentence, 0, len(sentence), facts, aspect, "chat")
    if rebuilt is None:
        return
    for a, b in facts:
        if sentence[a:b] not in ("Pak", "Bapak"):
            assert sentence[a:b] in rebuilt[0] and sentence[a:b] in rebuilt[1]
    if "cabut" in sentence:  # the decision
        assert "meter kami cabut" in rebuilt[0]


def test_a_rebuild_is_the_same_every_time():
    draft = ("Tagihan Rp50.000 sudah sesuai meter, bukan kami yang lalai dan salah hitung "
             "seperti tuduhan Bapak.")
    rewriter = sentence_rewriter("menyalahkan", ["bukan kami"])
    assert _suggest(rewriter, draft) == _suggest(rewriter, draft)
