"""Dense rule features (lexicon hits, shouting, politeness, emoji) for the linear detector."""

from __future__ import annotations

import math
import re

import numpy as np

from models import lexicons
from models.analysis import HANDLE, Analysis, sentences
from models.taxonomy import ASPECTS

POLITE_KINDS = ("salam", "sapaan", "terima_kasih", "maaf", "jalan_keluar", "penutup")
FEATURE_NAMES: tuple[str, ...] = (
    *(f"lex_{a}" for a in ASPECTS),
    "lex_any",
    "caps_runs",
    "punct_runs",
    "caps_share",
    *(f"polite_{k}" for k in POLITE_KINDS),
    "emoji_negative",
    "emoji_positive",
    "single_exclamation",
    "question_marks",
    "log_words",
    "command_openers",
    "blamed_addressee",
    "sanction_on_condition",
)
# Features that say which kind of harshness a reply has, not whether it is harsh: the aspect
# and clause heads read them, the label head does not (``LinearDetector.fit``).
ASPECT_ONLY: tuple[str, ...] = ("command_openers", "blamed_addressee")
# Words that may stand before a command without softening it: fillers and addresses ("Ya
# udah, bayar dulu", "Pak, tunggu aja"); a capitalised name after a title is passed over too.
_BEFORE_COMMAND = frozenset(
    "ya yah lha la lah wah udah udh sudah pak bu bapak ibu kak mas mbak dik adik sdr makanya "
    "pokoknya terus trus".split())
_TITLES = frozenset("pak bu kak mas mbak bapak ibu".split())


def command_openers(analysis: Analysis) -> int:
    """Sentences that open with a bare command verb ("Bayar dulu.", "Sana ke bank.", "Ojo
    nggrundel."), after any filler, address or handle: the curt command of `memerintah`,
    which word n-grams cannot tell from the same verb after "mohon" or "silakan"."""
    text, tokens = analysis.text, analysis.tokens
    handles = [m.span() for m in HANDLE.finditer(text)] if "@" in text else []
    # The tokens that start inside a handle, found in one pass over both (handles and
    # tokens come in text order): a reply of many handles stays linear.
    in_handle: set[int] = set()
    h = 0
    for k, token in enumerate(tokens):
        while h < len(handles) and handles[h][1] <= token.start:
            h += 1
        if h < len(handles) and handles[h][0] <= token.start:
            in_handle.add(k)
    verbs = lexicons.command_verbs()
    count = first = 0
    for start, end in sentences(text):
        while first < len(tokens) and tokens[first].start < start:
            first += 1
        i = first
        while i < len(tokens) and tokens[i].end <= end and (
                tokens[i].lower in _BEFORE_COMMAND
                or i in in_handle
                or (i > first and tokens[i - 1].lower in _TITLES
                    and text[tokens[i - 1].end : tokens[i].start] == " "
                    and tokens[i].text[:1].isupper())):
            i += 1
        if i < len(tokens) and tokens[i].end <= end and tokens[i].norm in verbs:
            count += 1
    return count


# The citizen as the one at fault: "Bapak sendiri yang telat", "Ibu aja yang nggak dengerin",
# "Harusnya Kakak lapor dari dulu", "itu kelalaian Bapak". Word n-grams learn each address
# word apart ("Ibu sendiri", "Kakak sendiri"); these read any of them in the same slot.
_ADDRESSEES = frozenset(
    "bapak ibu pak bu bpk kakak kak anda kamu km situ sampeyan njenengan panjenengan "
    "saudara saudari sdr sdri mas mbak adik dik warga".split())
_ONESELF = frozenset("sendiri dhewe dewe".split())
_AS_AGENT = frozenset("yang yg sing aja saja".split())
_FAILING = frozenset(
    "tidak nggak gak ga enggak ngga ndak ora salah telat terlambat lupa lalai".split())
_OUGHT = frozenset("harusnya seharusnya mestinya semestinya".split())
_FAULT = frozenset(
    "salah salahnya kesalahan kelalaian ketidakpatuhan keteledoran kecerobohan risiko "
    "resiko konsekuensi".split())


def blamed_addressee(analysis: Analysis) -> int:
    """Places where the reply names the citizen as the one at fault: an address word with
    "sendiri" ("Bapak sendiri", "sendiri yang"), an address word as the agent of a failing
    ("Ibu aja yang nggak ...", "Kakak yang telat"), "harusnya" before one, or a word of
    fault before one ("kelalaian Bapak"). The blame of `menyalahkan` in any address."""
    words = [{t.lower, t.norm} for t in analysis.tokens]
    count = 0
    for i, word in enumerate(words):
        if not word & _ADDRESSEES:
            continue
        after = words[i + 1 : i + 4]
        before = words[max(i - 2, 0) : i]
        if after and after[0] & _ONESELF:
            count += 1
        elif after and after[0] & _AS_AGENT and any(w & _FAILING for w in after[1:]):
            count += 1
        elif any(w & _OUGHT for w in before[-1:]) or any(w & _FAULT for w in before):
            count += 1
    return count


# A sanction the office holds over the citizen on a condition, said in any everyday verb:
# "Kalau besok masih ada, kami angkut.", "..., atau nama Bapak kami umumkan.", "Sekali lagi
# kedapatan, KTP Bapak kami tahan." The corpus's threats lean on a few known phrases ("kami
# laporkan", "kami segel"); the shape (a condition, then "kami/saya" and a punitive verb)
# carries over to the verbs it lacks. Verbs a service also does after a condition ("kami
# proses", "kami catat", "kami tindak lanjuti", "kami hapus" a bill, "kami buka") are not
# here: a feature is only as good as the replies it never fires on.
SANCTION_STEMS = (
    "bongkar", "robohkan", "rubuhkan", "gusur", "usir", "segel", "gembok", "kunci", "sita",
    "tahan", "amankan", "angkut", "derek", "buang", "musnahkan", "putus", "matikan", "cabut",
    "bekukan", "blokir", "blok", "block", "blacklist", "nonaktifkan", "coret", "lapor",
    "polisikan", "pidanakan", "tuntut", "denda", "tilang", "tertibkan", "umumkan", "viralkan",
    "sebarkan", "pajang", "kempiskan", "ambil alih", "turunkan paksa", "keluarkan paksa",
    "seret", "proses hukum", "penjarakan", "usut", "copot",
)
_SANCTION_AFTER = re.compile(
    # Javanese "tak laporke" is "I report"; "saya tak tahan" is "I cannot stand"
    r"\b(?:kami|saya|sy|aku|(?<!kami\s)(?<!saya\s)(?<!aku\s)tak)\s+"
    r"(?:(?:akan|bakal|langsung|juga|pasti)\s+)?"
    rf"(?:{'|'.join(SANCTION_STEMS)})(?:kan|i|in)?\b", re.IGNORECASE)
# The same threat with the enforcers as its agent: the officer calls them in and says no
# more ("..., kami panggil keamanan."; "kami panggilkan satpam untuk mendampingi Ibu" is
# help), or names them as the ones who will act ("..., Satpol PP yang turun tangan",
# "..., Satpol PP yg angkut"; "polisi yang akan mengamankan" a crowd is no threat). The
# sanction said in the passive ("..., gerobak dapat ditertibkan oleh Satpol PP") is how a
# polite reply states the rule, so it is not here; nor is "petugas", whose work is mostly
# a service.
ENFORCERS = r"(?:satpol(?:\s*-?\s*pp)?|polisi|kepolisian|keamanan|satpam|aparat|hansip)"
# What they are said to do, in full, chat and bare forms ("menertibkan", "nertibin", "angkut").
ENFORCER_ACTS = (r"(?:turun\s+tangan|bertindak|(?:meng)?ambil\s+tindakan|(?:meng|ng)?angkut|"
                 r"(?:me|n)?nertib(?:kan|in)|tertibkan|(?:mem|m)?bongkar|(?:me|n)?nindak|tindak|"
                 r"(?:men|n)?jemput|(?:me|n)?nyita|sita|(?:meng|ng)?usir|(?:meng|ng)?gusur|"
                 r"(?:me|n)?nyegel|segel)")
_ENFORCED = re.compile(
    rf"\b(?:(?:kami|saya|sy|aku)\s+(?:(?:akan|bakal|langsung|juga)\s+)?"
    rf"(?:panggil|panggilkan|panggilin|datangkan|laporkan\s+ke)\s+{ENFORCERS}"
    r"(?:\s+pp)?(?=\s*(?:[.,;!?]|$))"
    rf"|{ENFORCERS}\s+(?:yang|yg|sing)\s+(?:(?:akan|bakal|langsung)\s+)?{ENFORCER_ACTS})\b",
    re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:kalau|kalo|klo|klu|jika|jikalau|apabila|bila|sekali\s+lagi|"
                        r"atau|nek|yen|awas)\b", re.IGNORECASE)


def sanction_on_condition(analysis: Analysis) -> int:
    """Sentences where, after a condition, the office says it will act against the citizen
    with a punitive verb ("Kalau masih jualan di situ, gerobaknya kami sita.") or have the
    enforcers act ("..., Satpol PP yang turun tangan."): the threat of `mengancam`,
    whatever its verb."""
    text = analysis.text
    # most replies hold none: one pass each
    found = [*_SANCTION_AFTER.finditer(text), *_ENFORCED.finditer(text)]
    if not found:
        return 0
    threatening = set()
    for start, end in sentences(text):
        if any(start <= m.start() and m.end() <= end
               and _CONDITION.search(text, start, m.start()) for m in found):
            threatening.add(start)
    return len(threatening)


def rule_features(analysis: Analysis) -> np.ndarray:
    lexicon_counts = dict.fromkeys(ASPECTS, 0)
    caps_runs = punct_runs = 0
    for hit in analysis.hits:
        if hit.rule == "huruf_kapital":
            caps_runs += 1
        elif hit.rule == "tanda_baca_berderet":
            punct_runs += 1
        else:
            lexicon_counts[hit.aspect] += 1
    words = max(len(analysis.tokens), 1)
    caps_chars = sum(end - start for start, end in analysis.shouted_ranges())
    text = analysis.text
    values = [
        *(math.log1p(lexicon_counts[a]) for a in ASPECTS),
        # Any lexicon phrase, whatever its aspect: a phrase of an aspect the corpus seldom
        # shows in words ("jangan teriak-teriak", "woi") still counts for the label.
        math.log1p(sum(lexicon_counts.values())),
        math.log1p(caps_runs),
        math.log1p(punct_runs),
        min(caps_chars / max(len(text), 1), 1.0),
        *(1.0 if analysis.polite.get(k) else 0.0 for k in POLITE_KINDS),
        math.log1p(analysis.negative_emoji),
        math.log1p(analysis.positive_emoji),
        math.log1p(max(text.count("!") - 2 * punct_runs, 0)),
        math.log1p(text.count("?")),
        math.log(words) / 5.0,
        math.log1p(command_openers(analysis)),
        math.log1p(blamed_addressee(analysis)),
        math.log1p(sanction_on_condition(analysis)),
    ]
    return np.asarray(values, dtype=np.float64)


def rule_feature_matrix(analyses: list[Analysis]) -> np.ndarray:
    if not analyses:
        return np.zeros((0, len(FEATURE_NAMES)))
    return np.vstack([rule_features(a) for a in analyses])
