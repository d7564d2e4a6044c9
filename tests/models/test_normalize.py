import pytest

from models.normalize import is_shouted_word, normalize, squeeze, tokenize


@pytest.mark.parametrize(
    ("word", "expected"),
    [("tungguuuu", "tunggu"), ("maaaaf", "maaf"), ("sabarrr", "sabar"), ("saat", "saat")],
)
def test_squeeze_shortens_stretched_letters(word, expected):
    assert squeeze(word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gak bisa, udh dibilang", "tidak bisa, sudah dibilang"),
        ("BACA DULU!!!", "xxcaps baca xxcaps dulu xxexcl"),
        ("KTP-el sudah jadi", "ktp-el sudah jadi"),
        ("Nomor 12345 ya", "nomor 00000 ya"),
        ("Sabar ya 🙄", "sabar ya xxemojineg"),
        ("Terima kasih 🙏", "terima kasih xxemojipos"),
        ("Hebat ya Bu 👏👏", "hebat ya bu xxemojineg xxemojineg"),
        ("Protes di sini 🤮🤦", "protes di sini xxemojineg xxemojineg"),
        ("a\u200bb", "ab"),
        # a word doubled with "2" is the word written twice; short codes stay codes
        ("jgn pura2 marah2an", "jangan pura-pura marah-marahan"),
        ("luas 30 m2, lulusan S2", "luas 00 m0, lulusan s0"),
        # chat verbs with a nasal prefix read as their standard form, so "jangan nuduh"
        # and "jangan menuduh" are one phrase to the lexicon and the n-grams
        ("jgn nuduh, nulis aja keluhannya", "jangan menuduh, menulis saja keluhannya"),
        ("ga usah ngancam nyebarin video", "tidak usah mengancam menyebarkan video"),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("word", "shouted"),
    [("BACA", True), ("BPJS", False), ("KTP-el", False), ("KTP-EL", False), ("Baca", False),
     ("ADU-2025", False), ("A", False), ("PDAM", False),
     # Unlisted acronyms carry few vowels; shouted words and chat spellings do not.
     ("SIMBG", False), ("SPTJM", False), ("BBPJN", False), ("SKRG", True), ("TIDAK", True),
     ("NGGAK", True), ("STORY", True)],
)
def test_is_shouted_word(word, shouted):
    assert is_shouted_word(word) is shouted


def test_tokenize_offsets_point_into_the_text_as_given():
    text = "😀 Halo Pak, KTP-el gak jadi??"
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
    assert [t.norm for t in tokenize("gak udh")] == ["tidak", "sudah"]
