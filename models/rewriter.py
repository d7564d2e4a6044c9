"""Softer rewrites made of explainable edits, with every fact left exactly as written.

A suggestion is the draft plus a list of edits, each with an Indonesian reason, all measured
against the draft as written. Edits never touch a protected fact (numbers, dates, codes,
amounts, phones, URLs, acronyms, names, quoted words). Stronger edits are tried in levels
until the detector reads the result as ``ok``; the result says honestly when none passes.
"""

from __future__ import annotations

import copy
import dataclasses
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from models import lexicons
from models.analysis import (
    _ABBREVIATIONS,
    _NAME_TRIGGERS,
    EMOJI_CHARS,
    HANDLE,
    Analysis,
    Hit,
    analyze,
)
from models.analysis import sentences as _sentences_read
from models.features import ENFORCER_ACTS, ENFORCERS, SANCTION_STEMS
from models.normalize import NEGATIVE_EMOJI, is_shouted_word
from models.result import Edit, Register, Span, Suggestion
from models.taxonomy import LABEL_HARSH, LABEL_OK

_MONTHS = (
    "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|"
    "jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des"
)
_RELATIVE_TIME = re.compile(
    # (not said twice: "Kemarin-kemarin ke mana aja?" means "all this while", no day; nor
    # in "bocah kemarin sore", a greenhorn)
    r"(?<![\w-])(?:besok|besuk|sesuk|lusa|(?:(?<!bocah )(?<!anak )kemarin|kemarin(?! sore))|"
    r"kemaren|"
    r"wingi|hari ini|malam ini|"
    r"(?:minggu|pekan|bulan|tahun) (?:depan|lalu|ini)|"
    r"nanti (?:pagi|siang|sore|malam))\b(?!-\w)", re.I)
# Roman numerals of two letters or more.
_ROMAN = re.compile(r"II|III|IV|VI|VII|VIII|IX|XI|XII")
_DIGIT_WORD = r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)"
_MULTIPLIER = r"(?:puluh|belas|ratus|ribu|juta)"
_NUMERAL = rf"(?:se|{_DIGIT_WORD}[ \t]*){_MULTIPLIER}"
_FACT_PATTERNS = [
    re.compile(r"(?:https?://|www\.)\S+", re.I),
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    HANDLE,
    re.compile(r"\b(?:SP4N-)?LAPOR!"),  # the national complaint channel's name
    re.compile(r"(?:\+62|\b0)\d[\d\s-]{7,}\d"),
    re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\.?(?:\s+\d{{2,4}})?\b", re.I),
    re.compile(r"\bRp\.?\s?\d[\d.,]*(?:\s?(?:ribu|juta|rb|jt))?", re.I),
    re.compile(r"\b[\w/.-]*\d[\w/.:-]*"),  # anything with a digit: codes, dates, times, RT/RW
    # a quantity in words: "tiga bulan berturut-turut", "dikirim dua kali", "lima ratus ribu"
    # (not "seorang": "oleh seorang pengembang" says "a developer", no count)
    re.compile(r"\b(?!sekali\b|seorang\b|sesekali\b)(?:(?:se|satu|dua|tiga|empat|lima|enam|"
               r"tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|ratus|ribu|juta)\s*)+(?:hari|minggu|pekan|bulan|tahun|"
               r"jam|menit|kali|orang|rupiah|meter|kilometer|kg|lembar|unit|kios|rumah)\b",
               re.IGNORECASE),
    # a number in words with no unit after it: "yang antre empat puluh", "seratus dua
    # puluh" (a tens, teens, hundreds, thousands or millions word after its digit word)
    re.compile(rf"\b{_NUMERAL}(?:\s+(?:{_NUMERAL}|{_DIGIT_WORD}|{_MULTIPLIER}))*\b",
               re.IGNORECASE),
    _RELATIVE_TIME,
    # Roman numerals: "Tahap II", "Jl. Pelita II" (lowering them changes them)
    re.compile(r"(?<!\w)(?:" + _ROMAN.pattern + r")(?!\w)"),
]
# What each of _FACT_PATTERNS cannot match without: a character, "digit", or "numeral" (a
# tens, hundreds ... word; None: always tried). The URL pattern needs a "/" or "www"
# ("www." has no "/"): tried always.
_FACT_NEEDS = (None, "@", "@", "LAPOR", "digit", "digit", "digit", "digit", None, "numeral",
               None, None)
_NUMBERED = frozenset("tahap gelombang kelas golongan lantai blok jilid bab semester triwulan "
                      "kuartal periode angkatan sesi zona termin".split())


def _roman(word: str, previous: str) -> bool:
    """A Roman numeral, which shouting leaves as written: two letters or more ("II"), or
    one after a word that numbers ("TAHAP I")."""
    return bool(_ROMAN.fullmatch(word)) or (word in ("I", "V", "X")
                                             and previous.lower() in _NUMBERED)


_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# The words of an apology, Indonesian and Javanese, for every rule that asks whether a
# draft or a sentence says sorry already ("maaf" covers "mohon maaf").
_APOLOGY = r"maaf|ngapunten|nyuwun\s+(?:sewu|pangapunten)"
_SENTENCE_END = re.compile(r"[.!?…]\s*$")
_VOWELS = set("aiueoAIUEO")
_HONORIFICS = frozenset("bapak ibu pak bu bpk kak mas mbak sdr sdri saudara saudari".split())
_LEADING_SYMBOLS = re.compile(r"[^\w.!?…\n:,;]+$")
_LEADING_HANDLES = re.compile(r"(?:(?<![\w.])@[\w.]*\w\s*)+$")  # "@andri Lebay": a start

SHOUT_REASON = "Huruf kapital semua dikembalikan ke huruf biasa agar tidak terkesan membentak."
PUNCT_REASON = "Tanda baca berderet diganti satu tanda agar tidak terkesan marah."
EMOJI_REASON = "Emoji yang terkesan menyindir dihapus."
INFORMAL_REASON = "Ejaan tidak baku diganti ejaan baku untuk ragam formal."
EXCLAIM_REASON = "Tanda seru diganti titik agar nada lebih tenang."
COMMAND_REASON = "Perintah diawali \"mohon\" agar terdengar sebagai permintaan, bukan perintah."
DROP_REASON = "Kalimat yang terbaca {what} dihapus; fakta dan keputusan tetap disampaikan."
_DROP_WHAT = {
    "kasar": "menghina",
    "menyalahkan": "menyalahkan warga",
    "merendahkan": "menyindir atau merendahkan",
    "mengabaikan": "mengabaikan warga",
    "membentak": "membentak",
    "memerintah": "memerintah",
    "mengancam": "mengancam",
}

# A dismissive clause that says no is usually the decision itself, which must stay.
_REFUSAL = frozenset("tidak belum bukan tak ora ra mboten gak nggak ga enggak dereng durung "
                     "ndak nda".split())
MAX_DROP_WORDS = 16

GREETINGS: dict[str, str] = {"formal": "Yth. {who},\n", "chat": "Halo {who},\n"}
THANKS: dict[str, str] = {
    "formal": "Terima kasih atas laporan yang {who} sampaikan.",
    "chat": "Terima kasih sudah menghubungi kami.",
}
APOLOGIES: dict[str, str] = {
    "formal": "Kami mohon maaf atas ketidaknyamanan yang {who} alami.",
    "chat": "Mohon maaf atas ketidaknyamanannya.",
}
CLOSINGS: dict[str, str] = {
    "formal": "Apabila masih ada kendala, silakan menghubungi kami kembali.",
    "chat": "Kalau masih ada kendala, silakan kabari kami lagi.",
}
# How the framing sentences address the citizen, from the first title in the draft.
_TITLES = {"bapak": "Bapak", "pak": "Bapak", "bpk": "Bapak", "ibu": "Ibu", "bu": "Ibu",
           "saudara": "Saudara", "sdr": "Saudara", "saudari": "Saudari", "sdri": "Saudari",
           "kak": "Kakak", "kakak": "Kakak", "mas": "Mas", "mbak": "Mbak", "mbah": "Mbah"}
DEFAULT_ADDRESS = "Bapak/Ibu"
# The opening of a reply: handles, a salutation, and the citizen's title and name, up to
# the comma, full stop or line break that ends it ("Yth. Ibu Sri Handayani,", "Pak,").
# (emoji: the pictographs, and the older symbols and dingbats some phones still send)
_PICTOGRAPHS = "\U0001F300-\U0001FAFF"
_EMOJI_CLASS = f"[{EMOJI_CHARS}]"
_OPENING = re.compile(
    r"\s*(?:Nomor\s*:\s*\S+\s+)?(?:@[\w.]*\w[ \t]+)*"
    r"(?:(?:Kepada[ \t]+)?Yth\.?[ \t]+|Kepada[ \t]+|Dengan hormat,?[ \t]*|Salam[ \t]+\w+,?[ \t]*|"
    r"(?:Selamat[ \t]+(?:pagi|siang|sore|malam)|Halo|Hallo|Hai|Assalamu.?alaikum)[ \t,]*"
    # ... with the citizen's handle after it ("Halo @nurul.hidayah,")
    r"(?:@[\w.]*\w(?!\w|\.\w)(?:[ \t]+|(?=[,.!])))?)?"
    r"(?:(?:Bapak|Ibu|Pak|Bu|Bpk\.?|Kak|Kakak|Mas|Mbak|Mbah|Sdr\.?|Sdri\.?|Saudara|Saudari)"
    r"(?:/(?:Ibu|Bapak|Bu|Pak|Saudari))?"
    # names: capitalised words (case-sensitive inside this otherwise case-blind pattern),
    # initials and short titles ("H. Ahmad", "Drs. Sugeng", "Hj. Masruroh"); a full stop
    # after a longer word ends the opening ("Kepada Ibu Hartini. Drainase di Jl. ...")
    r"(?:[ \t]+(?:(?-i:[A-Z])[a-z]{0,3}\.(?=[ \t])|(?-i:[A-Z])[\w'’-]*"
    r"|@[\w.]*\w(?!\w|\.\w))){0,4}(?:[ \t]+yang[ \t]+(?:terhormat|kami[ \t]+hormati))?)?"
    # (an emoji may close it: "Selamat siang Bu Indah 🙏 Permohonan ...")
    rf"[ \t]*(?:[,.!](?=\s|$)|(?=\n)|{_EMOJI_CLASS}+(?=\s|$))",
    re.IGNORECASE,
)
# A letter's opening that names the citizen by role, not title: "Yth. Ketua RT 06/RW 02
# Kelurahan Pasirsari.", "Yth. Pemilik Reklame Toko Emas Cahaya,", "Yth. Bapak Sugeng Raharjo
# (No. Pelanggan 03-11872),", "Yth. Bapak Bambang (pelapor),": capitalised words, numbers,
# codes and notes in brackets up to the comma, full stop or line break that ends it (tried
# when :data:`_OPENING` finds none).
# Citizens addressed as a group, in small letters: "Kepada warga RW 07, ...".
_CITIZENS = r"(?:(?:seluruh|segenap|para)[ \t]+)?warga\b"
_ROLE_OPENING = re.compile(
    r"\s*(?:(?:Kepada[ \t]+)?Yth\.?[ \t]+|Kepada[ \t]+(?=(?-i:[A-Z])|" + _CITIZENS + r"))"
    r"(?:\(?(?-i:[A-Z])[\w/'’.()-]*|\(?\d[\w/.()-]*|" + _CITIZENS + r")"
    r"(?:[ \t]+(?:\(?(?-i:[A-Z])[\w/'’.()-]*|\(?\d[\w/.()-]*|di|dan|dari"
    # ... and a note in brackets ("Yth. Bapak Bambang Sutejo (pelapor),")
    r"|\([^()\n,]{1,30}\))){0,9}"
    r"[ \t]*(?:,(?=\s|$)|(?<=\.)(?=\s|$)|(?=\n))", re.IGNORECASE)
FRAME_REASON = "Ditambahkan sapaan dan ucapan terima kasih agar balasan terasa ramah."
THANKS_REASON = "Ditambahkan ucapan terima kasih atau empati kepada warga."
SENTENCE_DROP_REASON = ("Kalimat yang tetap terbaca bernada tinggi dan tidak memuat fakta "
                        "dihapus.")
RETALIATION_REASON = ("Ancaman tindakan bila warga terus mengeluh, memprotes atau mengunggah "
                      "keluhannya dihapus: menyampaikan keluhan adalah hak warga.")
CLAUSE_DROP_REASON = ("Anak kalimat yang terbaca bernada tinggi dihapus; fakta di kalimat "
                      "yang sama tetap disampaikan.")
CAPITAL_REASON = "Huruf kapital di awal kalimat baru."
APOLOGY_MOVED_REASON = ("Permohonan maaf umum dihapus karena maaf sudah disampaikan "
                        "langsung pada bagian yang perlu.")
NAME_CALLING_REASON = ("Kalimat \"dasar ...\" memberi cap buruk kepada warga dan tidak "
                       "memuat informasi, jadi dihapus.")
CLOSING_REASON = "Ditambahkan penutup yang menawarkan bantuan lanjutan."
THANKS_CLOSING_REASON = ("Ditambahkan ucapan terima kasih atau empati dan penutup yang "
                         "menawarkan bantuan lanjutan.")
LEFT_NOTE = ("Bagian \"{phrase}\" ({aspect}) dibiarkan karena memuat {why}; "
             "sampaikan ulang dengan kalimat yang lebih santun bila perlu.")
STILL_HARSH_NOTE = ("Saran ini masih terbaca bernada tinggi; sunting bagian yang ditandai "
                    "secara manual sebelum dikirim.")
NOTHING_LEFT_NOTE = ("Seluruh isi draf terbaca bernada tinggi dan dihapus, sehingga saran ini "
                     "hanya berisi salam dan penutup; tambahkan jawaban atas pertanyaan atau "
                     "keluhan warga (informasi, keputusan, atau langkah berikutnya) sebelum "
                     "dikirim.")


@dataclass(frozen=True, slots=True)
class _Change:
    start: int
    end: int
    new: str
    reason: str
    old: str = ""  # what a deletion removed, to find its reason again after later rounds


@cache
def _empty_words() -> frozenset[str]:
    """Words that say nothing on their own once a clause's harsh words are gone (a service
    or a place to go, such as "kelurahan", says something). The formal side of the chat
    spellings is not among them: "lengkapi" or "antre" is what the citizen should do."""
    return (lexicons.listed_common_words() | lexicons.marker_words()
            | lexicons.function_words() | _ADDRESS) - lexicons.service_nouns()


# "gara2", "pura2", "anak2": a chat spelling of a repeated word, not a number.
# "dikit2", and with a suffix after the "2": "asal2an", "ngapa2in", "berani2nya".
_REDUPLICATION = re.compile(r"[^\W\d_]*[a-z]2(?:nya|an|in|kan|e|ne)?")


# Listed acronyms whose lower-case spelling is also an everyday word: "bukan bagi2 permen"
# is sweets, not a ministerial regulation (written "Permen").
_EVERYDAY_HOMOGRAPHS = frozenset({"permen"})


@lru_cache(maxsize=65536)
def _names_something(word: str) -> bool:
    """An acronym read as a name: "Bansos", "KTP", "ktp"; a lower-case word that only
    shares its letters with an all-capital acronym of four or more ("spam" is not SPAM) or
    is a chat spelling ("pd"), or that is an everyday word of its own
    (:data:`_EVERYDAY_HOMOGRAPHS`)."""
    if not looks_like_acronym(word) or word in _EVERYDAY_HOMOGRAPHS:
        return False
    # (nor a chat spelling in small letters that an acronym shares: "pd" is "pada", PD
    # is Perangkat Daerah; "td" is "tadi", TD is Tekanan Darah)
    return not (word.islower() and lexicons.written_in_capitals(word)
                and (len(word) >= 4 or word in lexicons.informal_map()))


def _common_service(word: str) -> bool:
    """A service written in small letters ("puskesmas", "sekolah", "kelurahan"): a kind of
    place, not the name of one, though the fact patterns keep it as they keep "Puskesmas
    Bendan"."""
    return word.islower() and word in lexicons.service_nouns()


@lru_cache(maxsize=65536)
def looks_like_acronym(word: str) -> bool:
    """Listed acronyms, and short or vowel-poor all-capital words such as IKD, MPP, DPMPTSP."""
    if lexicons.is_acronym(word):
        return True
    letters = [c for c in word if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return False
    if word.lower() in lexicons.common_words():
        return False
    vowels = sum(c in _VOWELS for c in letters)
    return len(letters) <= 4 or vowels / len(letters) < 0.25


def fact_ranges(text: str, analysis: Analysis | None = None) -> list[tuple[int, int]]:
    """Stretches holding facts: numbers, dates, codes, amounts, phones, URLs, acronyms,
    names (capitalised words inside a sentence, words after "Bapak", "Jl." ...) and quotes."""
    ranges = list(_facts_in(text))
    if analysis is not None:
        ranges.extend(analysis.quoted)
    return ranges


# Capitalised words that say "you" to the citizen without naming anyone; "Pak", "Ibu" and
# the other honorifics are read above, since a name may follow them.
_YOU = frozenset("kakak anda adik dik dek mba bunda bun njenengan panjenengan sampeyan".split())
# Capitalised words that exclaim rather than name (the first three after these words).
_EXCLAIMING = frozenset("ya yaa oh ooh ah aduh duh masya".split())
_EXCLAIMED = frozenset("allah tuhan gusti astaghfirullah astagfirullah masyaallah "
                       "subhanallah".split())


_ANY_DIGIT = re.compile(r"\d")
_MULTIPLIER_SEEN = re.compile(_MULTIPLIER, re.IGNORECASE)


@lru_cache(maxsize=256)
def _facts_in(text: str) -> tuple[tuple[int, int], ...]:
    """The facts of :func:`fact_ranges` but quotes; remembered, since the rewriter's rounds
    read the same text again whenever a round changes nothing."""
    ranges = []
    digits = _ANY_DIGIT.search(text) is not None
    for pattern, needs in zip(_FACT_PATTERNS, _FACT_NEEDS, strict=True):
        if (needs == "digit" and not digits
                or needs == "numeral" and not _MULTIPLIER_SEEN.search(text)
                or needs not in ("digit", "numeral", None) and needs not in text):
            continue  # (a pattern cannot match without it: most replies skip most patterns)
        # ("lagi2." at a sentence's end is as much a repeated word as "lagi2")
        ranges.extend(m.span() for m in pattern.finditer(text)
                      if not _REDUPLICATION.fullmatch(m.group(0).rstrip(".:/-")))
    previous, previous_end, previous_span = "", 0, (0, 0)
    for match in _WORD.finditer(text):
        word = match.group(0)
        capitalised = word[:1].isupper() and not word.isupper()
        gap = text[previous_end : match.start()].strip()
        if gap and not (gap == "." and previous.lower() in _ABBREVIATIONS):
            previous = ""  # "PAK, SAYA ...", "RSUD. Mikir ...": a name follows its title
            #                directly, or after the dot of "Jl." or "Kel."
        previous_end = match.end()
        if word.lower() in _NAME_TRIGGERS and word.lower() in _HONORIFICS:
            # "Pak", "Ibu" address the citizen; the name after them is kept ("berkas Ibu"
            # says whose the file is: no name follows)
            after = _WORD.match(text, match.end() + 1) if match.end() < len(text) else None
            # (nor after "berkas Ibu", when "DITOLAK" says what happened to it)
            previous = "" if (after is not None and _possessive(text, match)
                              and _passive_verb(after.group(0))) else word
            continue
        following = (_WORD.match(text, match.end() + 1)
                     if word.isupper() and match.end() < len(text) else None)
        # An all-capital word that opens a name ("PONED Puskesmas ...") is part of it.
        name_head = (word.isupper() and len(word) > 1 and following is not None
                     # ("sudah DIJADWALKAN Jumat": a shouted verb before a day)
                     and not _passive_verb(word) and word.lower() not in lexicons.common_words()
                     and text[match.end()] == " " and following.group(0)[:1].isupper()
                     and not following.group(0).isupper()
                     # "udah PENUH Pak": the title after it addresses the citizen; "SEBESAR
                     # Rp 250.000": an amount follows, no name
                     and following.group(0).lower() not in _HONORIFICS | {"rp"})
        if word.lower() in _EXCLAIMED and (previous.lower() in _EXCLAIMING
                                           or word.lower() not in ("allah", "tuhan", "gusti")):
            previous = word
            continue  # "Ya Allah Bu", "Ya Tuhan": an exclamation names no one ("ke Tuhan"
            #           still names)
        named = ((capitalised or word.isupper()) and previous.lower() in _NAME_TRIGGERS
                 and not (word.isupper() and _shouted_verb_or_word(word)))
        if named and previous[:1].isupper() and previous.lower() not in _HONORIFICS:
            # the place word is part of the name even where a sentence starts with it
            # ("... 😏 Jl. Bahagia dijadwalkan ...", "Puskesmas Tirto buka ...")
            ranges.append(previous_span)
        if _names_something(word) or name_head or named or (
                capitalised and not _at_sentence_start(text, match.start())
                # (a language is no fact of the case: "ngerti bahasa Indonesia nggak?")
                and previous.lower() != "bahasa"
                # (nor is a word that says "you": "rumah Kakak", "laporan Anda")
                and word.lower() not in _YOU):
            ranges.append(match.span())
        previous, previous_span = word, match.span()
    return tuple(_outside_insults(text, ranges))


# Words an insult of the lexicon spells itself: "anak SD juga bisa" compares the citizen
# with a schoolchild and names no school of the case; a blame's own words likewise ("jangan
# salahkan puskesmas" names the office defending itself, not a place of the case).
_INSULT_ASPECTS = frozenset({"kasar", "merendahkan", "menyalahkan"})


@cache
def _insult_words() -> frozenset[str]:
    """Every word the lexicon's insult patterns are made of."""
    return frozenset(word for marker in lexicons.harsh_markers()
                     if marker.aspect in _INSULT_ASPECTS
                     for slot in marker.slots if slot for word in slot)


def _outside_insults(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The fact ranges but those that are a word an insult's own lexicon pattern spells
    ("anak SD juga tahu"): such a word is part of the insult, not a fact of the case."""
    words = _insult_words()
    if not any(text[a:b].lower() in words for a, b in ranges):
        return ranges  # (most replies: no reading of the text needed)
    insults = [hit for hit in analyze(text).hits if hit.aspect in _INSULT_ASPECTS
               and any(hit.start <= a and b <= hit.end for a, b in ranges)]
    if not insults:
        return ranges
    return [(a, b) for a, b in ranges
            if not any(h.start <= a and b <= h.end
                       and text[a:b].lower() in _WORD.findall(h.rule) for h in insults)]


def detect_register(analysis: Analysis) -> Register:
    """Chat when the draft uses chat spellings or emoji, else formal."""
    shouted = analysis.shouted_ranges()
    casual = sum(1 for t in analysis.tokens if _is_chat_spelling(analysis.text, t, shouted))
    if casual >= 1 or analysis.positive_emoji or analysis.negative_emoji:
        return "chat"
    return "formal"


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The draft's sentences as the rewriter reads them: an emoji before a capital letter
    ends one ("Semoga cepat beres ya 😊 Cerewet amat sih." is two)."""
    return _sentences_read(text, emoji_ends=True)


def _at_sentence_start(text: str, index: int) -> bool:
    # Emoji, quotes and brackets before a word do not start or end a sentence, but for an
    # emoji before a capital letter, which ends one as sentences() reads it.
    if text[index : index + 1].isupper() and _AFTER_EMOJI.search(text, max(0, index - 8),
                                                                 index):
        return True
    before = _LEADING_SYMBOLS.sub("", text[max(0, index - _LOOK_BACK) : index])
    if index > _LOOK_BACK and ("@" in before or not _NO_HANDLE_RUN.search(before)):
        # Only the stretch just before the word is read, unless what is left of it could
        # be part of a run of handles (or symbols) starting further back.
        before = _LEADING_SYMBOLS.sub("", text[:index])
    before = _LEADING_HANDLES.sub("", before)
    return not before or bool(_SENTENCE_END.search(before)) or before.endswith(("\n", ":"))


# How far back _at_sentence_start reads: a long letter has hundreds of capitalised words,
# and reading everything before each of them grew with the square of its length. A space
# followed by anything but "@" or another space ends any run of handles before it.
_LOOK_BACK = 120
_NO_HANDLE_RUN = re.compile(r"\s[^\s@]")
# An emoji before a capital letter: in chat it often ends a sentence where a full stop
# would ("Kak 😊 Admin nggak ...", "sudah kami catat 🙏 Cerewet amat").
_AFTER_EMOJI = re.compile(rf"(?:{_EMOJI_CLASS}|\ufe0f)[ \t]+$")


def _capitalize(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:] if phrase else phrase


def _cased_at(text: str, at: int, phrase: str) -> str:
    """``phrase`` as it is written at ``at`` of ``text``: with a capital where a sentence
    starts there."""
    return _capitalize(phrase) if _at_sentence_start(text, at) else phrase


def _overlaps(start: int, end: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in ranges)


def _offsets_without_cr(text: str) -> list[int]:
    """For each offset into ``text`` (and its end), the offset into ``text`` with every
    carriage return before a line feed removed."""
    offsets, removed = [], 0
    for at, char in enumerate(text):
        offsets.append(at - removed)
        if char == "\r" and text[at + 1 : at + 2] == "\n":
            removed += 1
    offsets.append(len(text) - removed)
    return offsets


def _remembering(score_many: Callable[[list[str]], list[float]]
                 ) -> Callable[[list[str]], list[float]]:
    """``score_many`` that scores each distinct text once and remembers the score."""
    known: dict[str, float] = {}

    def scores(texts: list[str]) -> list[float]:
        new = list(dict.fromkeys(t for t in texts if t not in known))
        if new:
            known.update(zip(new, score_many(new), strict=True))
        return [known[t] for t in texts]

    return scores


def _spans_remembered(find_spans: Callable[[Analysis], Sequence[Span]]
                      ) -> Callable[[Analysis], list[Span]]:
    """``find_spans`` that reads each distinct text once: a round that changed nothing
    leaves the next round reading the same suggestion (the spans depend on the text alone)."""
    known: dict[str, list[Span]] = {}

    def spans(analysis: Analysis) -> list[Span]:
        if analysis.text not in known:
            known[analysis.text] = list(find_spans(analysis))
        return list(known[analysis.text])

    return spans


class Rewriter:
    """Builds a suggestion from a draft; ``score_many`` says how harsh texts still read."""

    def __init__(self, score_many: Callable[[list[str]], list[float]], threshold: float,
                 find_spans: Callable[[Analysis], Sequence[Span]] | None = None,
                 clause_marks: Callable[[list[str]], list[bool]] | None = None):
        self._score_many = score_many
        self._threshold = threshold
        self._find_spans = find_spans
        # Whether a detector that reads clauses marks some clause of each text read alone.
        self._clause_marks = clause_marks

    def rewrite(self, text: str, analysis: Analysis | None = None,
                spans: Sequence[Span] = (), register: Register | None = None,
                threshold: float | None = None) -> Suggestion:
        # The rounds score many of the same sentences again; within one suggestion each
        # text is scored once. A copy per call keeps this safe across threads.
        worker = copy.copy(self)
        worker._score_many = _remembering(self._score_many)
        if self._find_spans is not None:
            worker._find_spans = _spans_remembered(self._find_spans)
        if "\r\n" not in text or text.count("\n") != text.count("\r\n"):
            return worker._rewrite(text, analysis, spans, register, threshold)
        # Windows line breaks only: the draft is rewritten with plain ones, so that every
        # rule reads a line break one way, and the breaks and offsets are given back as they
        # came. (A draft mixing both kinds is read as it is.)
        plain = text.replace("\r\n", "\n")
        to_plain = _offsets_without_cr(text)
        spans = [span.model_copy(update={"start": to_plain[span.start],
                                         "end": to_plain[span.end]}) for span in spans]
        found = worker._rewrite(plain, None, spans, register, threshold)
        back = {plain_at: at for at, plain_at in reversed(list(enumerate(to_plain)))}
        edits = [Edit(start=back[e.start], end=back[e.end],
                      old=text[back[e.start] : back[e.end]],
                      new=e.new.replace("\n", "\r\n"), reason=e.reason)
                 for e in found.edits]
        return found.model_copy(update={"text": found.text.replace("\n", "\r\n"),
                                        "edits": edits})

    def _rewrite(self, text: str, analysis: Analysis | None, spans: Sequence[Span],
                 register: Register | None, threshold: float | None) -> Suggestion:
        analysis = analysis or analyze(text)
        threshold = self._threshold if threshold is None else threshold
        register = register or detect_register(analysis)
        protected = fact_ranges(text, analysis)
        base = self._rule_changes(analysis, protected)
        if register == "formal":
            base += _formal_spellings(analysis, protected)
        flagged = self._flagged_changes(text, analysis, spans, protected)
        threats = _threat_changes(text, analysis, spans, protected)
        first = _before_lexicon_swaps(text, threats, base)
        # Every highlighted phrase is dealt with from the start: an officer who sees a
        # phrase marked expects the suggestion to change it; and a lone "!" outside thanks
        # or greetings goes ("Tunggu!" -> "Tunggu.").
        pool = (_retaliations(text, analysis, spans, protected) + _taunted_tasks(text, protected)
                + first + base + flagged + self._calm_changes(text, protected)
                + [t for t in threats if t not in first])
        changes = _non_overlapping(pool)
        changes = _non_overlapping(changes + _shouting_gaps(text, analysis, changes, protected))
        if any(c.reason == LEGAL_WARNING_REASON for c in changes) and _says_nothing(
                _apply(text, changes)):
            # A warning of the law that is all the draft says stays, for the other rules to
            # soften: a suggestion must say something of the draft.
            changes = _non_overlapping([c for c in pool if c.reason != LEGAL_WARNING_REASON])
        # A sentence the phrase edits cut down to a scrap ("Warga seperti Bapak ini yang
        # bikin kerjaan kami makin berat." -> "Warga yang makin berat.") goes whole.
        changes = _scraps_dropped(text, changes, protected)
        # What a clause that went leaves before it or after it stays a sentence.
        changes = _hanging_orders(text, changes, protected)
        # Framed without an apology first; with one only if that does not pass.
        for apology in (False, True):
            candidate = self._frame(text, analysis, changes, register, apology=apology)
            new_text = _apply(text, candidate)
            score = self._verify([new_text])[0]
            if score < threshold:
                break
        tracked = _apply_tracked(_untouched(text), candidate)
        edits = _edits_of(text, new_text, tracked, candidate)
        # Still harsh: read the suggestion again and soften what now stands out; as a last
        # resort, drop whole sentences or clauses that read harsh and hold no fact.
        rounds = [lambda t: self._drop_harsh_sentences(t, threshold)]
        if self._find_spans is not None:
            rounds.insert(0, lambda t: self._second_round(t, register))
            rounds.append(lambda t: self._soften_kept_sentences(t, threshold))
        applied = list(candidate)  # every change kept so far, for the edits' reasons

        def adopt(found: tuple[str, list[_Change]] | None, clears: bool = False) -> None:
            """Take a round's text if it reads calmer (or, when ``clears``, no harsher, calm
            enough, or no worse off: a tidy-up of a reply that stays harsh either way is
            taken, so that a second apology is not kept for the points it scores)."""
            nonlocal edits, new_text, score, tracked
            if found is None:
                return
            next_text, next_changes = found
            next_score = self._verify([next_text])[0]
            if next_score < score or clears and (next_score < threshold
                                                 or next_score == score
                                                 or score >= threshold):
                applied.extend(next_changes)
                tracked = (_apply_tracked(tracked, next_changes)
                           if tracked is not None and tracked.text == new_text else None)
                edits = _edits_of(text, next_text, tracked, applied)
                new_text, score = next_text, next_score

        for next_round in rounds:
            if score >= threshold:
                adopt(next_round(new_text))
        if score >= threshold and self._find_spans is not None:
            # Still harsh with no sentence harsh enough alone: the harshness adds up over
            # sentences each near the line. The same rounds read them at NEAR_FACTOR of the
            # threshold (kept only if the reply reads calmer).
            near = threshold * NEAR_FACTOR
            adopt(self._drop_harsh_sentences(new_text, near))
            if score >= threshold:
                adopt(self._soften_kept_sentences(new_text, near))
        if score < threshold and self._find_spans is not None:
            # Passing as a whole is not enough: a sentence that still reads harsh on its own
            # and states nothing the reply needs ("Ngimpi.") would be sent all the same.
            adopt(self._drop_harsh_sentences(new_text, threshold, passing=True),
                  clears=True)
        rebuild_notes: list[str] = []
        if score >= threshold and self._find_spans is not None:
            # Last resort: a sentence that still reads harsh and holds facts is said again
            # from its facts alone, or left as it is with a note saying what to do.
            found, rebuild_notes = self._rebuild_kept_sentences(new_text, threshold, register)
            adopt(found)
        if spans:
            # A phrase marked in the draft that still stands word for word is dealt with
            # even when the reply already passes: the officer was shown it as harsh.
            adopt(self._clear_marked(text, new_text, spans, threshold), clears=True)
        if score >= threshold and self._find_spans is not None:
            adopt(self._drop_costliest_part(new_text, threshold))
        # Two requests side by side ("Mohon bayar, mohon pengertiannya.") are said as one,
        # and two apologies the reply does not need as one.
        adopt(_one_request(new_text), clears=True)
        adopt(_one_apology(text, new_text), clears=True)
        adopt(_apology_said_twice(text, new_text), clears=True)
        # What the citizen is told to grasp ("Perlu Ibu pahami, ...") is said by the office.
        adopt(_grasp_told(new_text), clears=True)
        # ... and so is advice "for next time" ("Lain kali ..." -> "Ke depannya ...").
        adopt(_next_time_told(new_text), clears=True)
        # A "why" question tacked on a statement as a reproach goes.
        adopt(_trailing_reproach(new_text), clears=True)
        # What the edits left hanging ("... sebelum.", "meminta minta izin") is tidied.
        adopt(_loose_ends(text, new_text), clears=True)
        # ... and what they left opening a sentence ("Pak Karyo, padahal Bapak ...") or
        # standing alone as one ("Petugas.").
        adopt(_stranded(text, new_text), clears=True)
        # ... and a sentence the edits left opening on a small letter, in a draft that
        # opens its own sentences on capitals, takes one.
        adopt(_capitals_restored(text, new_text), clears=True)
        notes = [] if score < threshold else [STILL_HARSH_NOTE]
        notes += rebuild_notes if score >= threshold else []
        notes += _left_in_place(text, new_text, spans, protected)
        if any(not e.new.strip() for e in edits) and _courtesy_alone(new_text):
            # Every sentence of the draft was a reproach and went: what is left passes the
            # check but answers nothing, and the officer is told so.
            notes.append(NOTHING_LEFT_NOTE)
        label = LABEL_HARSH if score >= threshold else LABEL_OK
        return Suggestion(text=new_text, label=label, score=round(score, 4), edits=edits,
                          register=register, passes=label == LABEL_OK, notes=notes)

    def _verify(self, texts: list[str]) -> list[float]:
        """How harsh each suggestion reads: the higher of its score as written and its
        score without the greeting, thanks, apology and closing this rewriter added, so
        that politeness around it can never carry a harsh content past the check."""
        bare = [without_framing(t) for t in texts]
        framed = [i for i, t in enumerate(texts) if bare[i] != t]  # others: scored once
        scores = self._score_many(texts + [bare[i] for i in framed])
        verified = scores[: len(texts)]
        for i, score in zip(framed, scores[len(texts) :], strict=True):
            verified[i] = max(verified[i], score)
        return verified

    def _drop_harsh_sentences(self, text: str, threshold: float, passing: bool = False
                              ) -> tuple[str, list[_Change]] | None:
        """Sentences that read harsh even alone and state nothing the reply needs (no fact,
        no service noun, no refusal that is not also said elsewhere) go; in a harsh
        sentence that does hold a fact, the clauses that read harsh alone and hold none go
        ("Itu sudah jelas di hasil visitasi 4 Juni 2025, jadi Bapak tidak usah pura-pura
        kaget." keeps its first clause). When the reply is already ``passing``, only whole
        sentences that bring next to nothing of their own, or lecture, go: no clause, no
        sentence the model is merely sure of, and none chosen for how much its removal
        calms the whole; a threat against speaking up goes whenever it reads harsh."""
        analysis = analyze(text)
        protected = fact_ranges(text, analysis)
        found = _droppable_sentences(text, protected)
        if passing:
            # Only a sentence that could go whole, or lose a clause, is worth reading again
            # (cheap first).
            found = [(a, b) for a, b in found if _factless(text, a, b, protected)
                     or _lecture(text, a, b, protected) or _retaliates(text, a, b)
                     or _rhetorical(text, a, b, protected, first=(a, b) == found[0])
                     or _loses_a_clause(text, a, b, protected)]
        if not found:
            return None
        scores = self._score_many([text[a:b] for a, b in found])
        changes: list[_Change] = []
        clauses: list[list[tuple[int, int]]] = []
        sentence_parts: list[list[tuple[int, int]]] = []
        for (start, end), score in zip(found, scores, strict=True):
            if score >= threshold * ALONE_FACTOR and _retaliates(text, start, end):
                # (read alone, the threat lacks the complaint it answers: half the line)
                changes.append(_delete(text, start, end, RETALIATION_REASON))
                continue
            if score < threshold:
                continue
            if _factless(text, start, end, protected) or _lecture(
                    text, start, end, protected) or _rhetorical(
                    text, start, end, protected, first=start == found[0][0]) or (
                    not passing and self._sure(text, start, end, score, protected)
                    and not (start == found[0][0]
                             and (_TOPIC.search(text, start, end)
                                  or "mengabaikan" in self._aspects_alone(text[start:end])))
                    and not _heads_with_topic(text, start, end, protected)):
                # A sentence the model is sure of may bring more words of its own ("Kami
                # harap Bapak membaca surat kami dengan lebih teliti sebelum menulis."),
                # and name a service it points nowhere ("kayak orang nggak sekolah"),
                # unless it opens the reply naming its topic or dismissing it: there it
                # names what the reply is about ("masalah monyet ngono kuwi aku ora
                # ngerti").
                changes.append(_delete(text, start, end, SENTENCE_DROP_REASON))
                continue
            parts = _clauses(text, start, end)
            if len(parts) > 1:
                clauses.append([p for i, p in enumerate(parts)
                                if _factless(text, *p, protected, limit=MAX_CLAUSE_WORDS)
                                # (nor one naming a service the rest does not: "Berkas
                                # sudah lengkap, <ngerti gak?>")
                                and not _names_own_service(text, *p)
                                and not _list_item(text, *p)  # ("radio, <tv>, dan ...")
                                and (i or _may_open(text, parts[1][0], protected))
                                # a condition goes only with what it conditions (below)
                                and not (_CONDITION.match(text, p[0]) and i < len(parts) - 1)])
                sentence_parts.append(parts)
        flat = [c for group in clauses for c in group]
        if flat:
            scores_ = iter(self._score_many([text[a:b] for a, b in flat]))
            for group, parts in zip(clauses, sentence_parts, strict=True):
                gone = [c for c in group if next(scores_) >= threshold * ALONE_FACTOR]
                left = [p for p in parts if p not in gone]
                if gone and all(_CONDITION.match(text, a) for a, _ in left):
                    # "Kalau cuma modal katanya, <gone>.": a condition alone says nothing.
                    if not all(_factless(text, a, b, protected, limit=MAX_CLAUSE_WORDS)
                               for a, b in left):
                        continue
                    gone = parts
                if leaning := [c for c in gone if _props_up(text, *c, protected)]:
                    # The main clause a "Seandainya ..." leans on goes only with it, and
                    # only when that states nothing either.
                    gone = (parts if all(_factless(text, a, b, protected, limit=MAX_CLAUSE_WORDS)
                                         for a, b in left)
                            else [c for c in gone if c not in leaning])
                changes += [_delete(text, a, b, CLAUSE_DROP_REASON) for a, b in gone]
        if not changes and not passing:
            changes = self._drop_weightiest_sentence(text, found, protected)
        if not changes:
            return None
        changes = _non_overlapping(changes)
        new_text = _apply(text, changes)
        if _refuses(_plain_words(text)) and not _refuses(_plain_words(new_text)):
            # Two sentences that each say no may each seem to repeat the other; gone
            # together, the decision would go: those that say no stay.
            changes = [c for c in changes
                       if not _refuses(_plain_words(text[c.start : c.end]))]
            if not changes:
                return None
            new_text = _apply(text, changes)
        if _says_nothing(new_text) and (
                passing or _drops_a_fact(text, changes, protected)
                or any(_warns(text, c.start, c.end, protected) for c in changes
                       if not c.new)):
            # Nothing of the draft would be left. Where all it said was a reproach, the
            # framing alone is the suggestion (with a note saying so); where a fact went
            # with it, or all it said was a warning, it stays for the other rounds to
            # soften ("akun Ibu dapat dibatasi"): the officer meant to say that much.
            return None
        return new_text, changes

    def _goes_alone(self, remarks: list[str], threshold: float) -> list[bool]:
        """Whether each remark may go as one that reads harsh on its own: the reply model
        scores it at ALONE_FACTOR of the threshold or more, or, where the detector reads
        clauses, marks a clause of it. Read alone, a short remark ("Hehe", "Ya mana saya
        tau") is a few words to a model of whole replies, and scores low; the clause model
        was taught on clauses that short. A remark that names a service, turns something
        down or points the way (:func:`_decides`) never goes, however harsh it reads."""
        if not remarks:
            return []
        news = [_decides(r) for r in remarks]
        harsh = [s >= threshold * ALONE_FACTOR and not n
                 for s, n in zip(self._score_many(remarks), news, strict=True)]
        if self._clause_marks is not None and not all(harsh):
            rest = [i for i, h in enumerate(harsh) if not h and not news[i]]
            for i, marked in zip(rest, self._clause_marks([remarks[i] for i in rest]),
                                 strict=True):
                harsh[i] = marked
        return harsh

    def _sure(self, text: str, start: int, end: int, score: float, protected) -> bool:
        """Whether a sentence that reads harsh alone (``score``) is a remark beyond doubt
        (see :func:`_certain_remark`): the reply model is CERTAIN of it, or, for a sentence
        of one clause naming no service, the clause model (where there is one) marks it
        too. A longer sentence keeps its other clauses ("Parkir di situ memang dilarang,
        ..."); one naming a service may say what becomes of it ("Ketidakhadiran kami
        anggap Saudara mencabut pengaduan.")."""
        if not _certain_remark(text, start, end, protected):
            return False
        if score >= CERTAIN:
            return True
        if self._clause_marks is None or len(_clauses(text, start, end)) > 1:
            return False
        own = _own_words(text, start, end, protected) or set()
        return not own & lexicons.service_nouns() and self._clause_marks([text[start:end]])[0]

    def _aspects_alone(self, sentence: str) -> list[str]:
        """What a sentence is marked for, read alone (short: cheap), span by span."""
        if self._find_spans is None:
            return []
        return [span.aspect for span in self._find_spans(analyze(sentence))]

    def _drop_weightiest_sentence(self, text: str, found: list[tuple[int, int]],
                                  protected) -> list[_Change]:
        """When no sentence reads harsh alone, the factless one (or the emoji) whose removal
        calms the reply most, if it calms it clearly (the harshness lies in how they add
        up)."""
        candidates = [(a, b) for a, b in found if _factless(text, a, b, protected)]
        # An emoji states nothing; one the model reads as mocking ("😀😀 Heh, ...") may go.
        emoji = [m.span() for m in _EMOJI_RUN.finditer(text)]
        if not candidates and not emoji:
            return []
        removals = ([_delete(text, a, b, SENTENCE_DROP_REASON) for a, b in candidates]
                    + [_emoji_removal(text, a, b, EMOJI_REASON) for a, b in emoji])
        base = self._score_many([text])[0]
        without = self._score_many([_apply(text, [change]) for change in removals])
        drops = [_logit(base) - _logit(score) for score in without]
        best = max(range(len(removals)), key=lambda i: (drops[i], -i))
        if drops[best] < SENTENCE_WEIGHT:
            return []
        return [removals[best]]

    def _drop_costliest_part(self, text: str, threshold: float
                                 ) -> tuple[str, list[_Change]] | None:
        """A reply still harsh after every other round, though no sentence of it may go by
        the drop rounds' measures, loses the one sentence, or clause of a sentence that
        must stay, whose removal lets it pass: one that reads at least MIN_ALONE of the
        threshold alone and that the reply can spare (:func:`_spare`, :func:`_spare_clauses`).
        "Kami percaya Ibu sebagai warga terdidik paham arti rambu larangan parkir." goes
        from a reply that states the fine and where to pay it; "..., agar tidak perlu
        menyampaikan keluhan yang sebenarnya sudah terjawab di sana" from the sentence that
        says where the service's steps are posted. None when nothing spare brings the reply
        under the threshold."""
        protected = fact_ranges(text, analyze(text))
        found = _droppable_sentences(text, protected)
        spare = [(a, b) for a, b in found if _spare(text, a, b, found, protected)]
        parts = [part for a, b in found if (a, b) not in spare
                 for part in _spare_clauses(text, a, b, found, protected)]
        if not spare and not parts:
            return None
        # An apology this rewriter put before a sentence ("Mohon maaf sebelumnya.") goes
        # with it.
        candidates = ([_delete(text, a if (at := _own_apology_before(text, a)) is None
                               else at, b, SENTENCE_DROP_REASON) for a, b in spare]
                      + [_delete(text, a, b, CLAUSE_DROP_REASON) for a, b in parts])
        alone = self._score_many([text[a:b] for a, b in spare + parts])
        removals = [change for change, score in zip(candidates, alone, strict=True)
                    if score >= threshold * MIN_ALONE]
        if not removals:
            return None
        texts = [_apply(text, [change]) for change in removals]
        scores = self._verify(texts)
        best = min(range(len(removals)), key=lambda i: (scores[i], i))
        if scores[best] >= threshold or _says_nothing(texts[best]):
            return None
        return texts[best], [removals[best]]

    def _soften_kept_sentences(self, text: str, threshold: float
                               ) -> tuple[str, list[_Change]] | None:
        """A sentence that still reads harsh alone but had to stay (it holds a fact or the
        decision) is said with an apology first, when it refuses something or what makes it
        harsh is a refusal or a warning of consequences: "Gak ada foto gak kami proses." ->
        "Mohon maaf, gak ada foto gak kami proses." The content stays word for word. Only
        the first gets an apology of its own ("Mohon maaf sebelumnya.")."""
        analysis = analyze(text)
        protected = fact_ranges(text, analysis)
        spans = sentences(text)
        # (nor one right after a sentence of the draft that apologises already: "Mohon maaf,
        # ini bukan kantor pos. Kami tidak menerima titipan berkas.")
        after_apology = {b for (a, e), (b, _) in zip(spans, spans[1:], strict=False)
                         if _APOLOGY_WORDS.search(text, a, e) and not _is_framing(text[a:e])
                         and "\n" not in text[e:b]}
        found = [(_body_start(text, a, b, protected), b) for a, b in spans
                 if not _is_framing(text[a:b]) and a not in after_apology]
        # (nor one an apology of its own already goes before: "Mohon maaf sebelumnya. ...")
        found = [(a, b) for a, b in found if a < b and not _APOLOGISES.match(text, a)
                 and _own_apology_before(text, a) is None]
        if not found:
            return None
        changes = []
        apologised = False
        for (start, end), score in zip(found, self._score_many([text[a:b] for a, b in found]),
                                       strict=True):
            if score < threshold:
                continue
            # A curt "ga bisa" or "ga lengkap" is said plainly ("tidak bisa", "belum
            # lengkap"): the same decision and the same fact, without the snap.
            changes += _plain_negations(text, start, end, protected)
            # What the sentence is marked for, read alone as it was scored (short: cheap).
            aspects = self._aspects_alone(text[start:end])
            # A sentence that says no is the decision, whatever else it is marked for.
            if _refuses([_plain(w) for w in _WORD.findall(text, start, end)]):
                aspects = ["mengabaikan"]
            if not aspects or set(aspects) - set(_SOFTENED):
                continue
            apology = _apologise(text, start, protected, _SOFTENED[aspects[0]])
            if apology.new == _APOLOGY_BEFORE and (
                    any(c.new == _APOLOGY_BEFORE for c in changes)
                    or _APOLOGY_BEFORE.rstrip() in text):
                # "Mohon maaf sebelumnya." said again before every such sentence reads as
                # a formula; an apology inside the sentence ("Mohon maaf, niku ...") may
                # be said again
                continue
            changes.append(apology)
            apologised = True
        if not changes:
            return None
        if apologised:
            # One apology is enough: the general one this rewriter added goes.
            changes += _general_apology_removed(text)
        changes = _non_overlapping(changes)
        return _apply(text, changes), changes

    def _rebuild_kept_sentences(self, text: str, threshold: float, register: Register
                                ) -> tuple[tuple[str, list[_Change]] | None, list[str]]:
        """A sentence that still reads harsh alone and holds facts the reply needs is said
        again from those facts: the clauses that hold them, without the attitude words
        around them, in a plain pattern chosen by what the sentence is marked for (see
        :func:`_rebuilt`). It is kept only if it reads calm alone both with and without
        that pattern, so that no opening phrase carries blame past the check. A sentence
        that cannot be rebuilt so stays as it is, with a note saying what to do."""
        analysis = analyze(text)
        protected = fact_ranges(text, analysis)
        found = [(_body_start(text, a, b, protected), b) for a, b in sentences(text)
                 if not _is_framing(text[a:b])]
        # (a sentence asked for instead, "Apa Ibu tidak bisa membaca jadwal?", may state none)
        asked_for = {(a, b): _lecture_as_request(text, a, b) for a, b in found if a < b}
        found = [(a, b) for a, b in found if a < b and (_stated_facts(text, a, b, protected)
                                                        or asked_for[a, b])]
        if not found:
            return None, []
        plans: list[tuple[int, int, str, str, str, str]] = []
        notes: list[str] = []
        for (start, end), score in zip(found, self._score_many([text[a:b] for a, b in found]),
                                       strict=True):
            if score < threshold:
                continue
            asked = asked_for[start, end]
            if asked is not None:
                plans.append((start, end, *asked))
                continue
            if _rebuilt(text, start, end, protected, "menyalahkan", register) is None:
                # Not safely done whatever the aspect; the lexicon says what it reads as.
                hits = [h.aspect for h in analysis.hits if start <= h.start < end]
                notes.append(_rebuild_note(text, start, end, protected,
                                           hits[0] if hits else None))
                continue
            # What the sentence is marked for, read alone (short: cheap), picks the pattern.
            aspects = self._aspects_alone(text[start:end])
            aspect = aspects[0] if aspects else "menyalahkan"
            plan = _rebuilt(text, start, end, protected, aspect, register)
            if plan is not None:
                plans.append((start, end, *plan, aspect, REBUILD_REASONS[aspect]))
        if not plans:
            return None, notes
        # Each rebuilt sentence and its bare content, all in one model call.
        scores = iter(self._score_many([t for p in plans for t in (p[2], p[3])]))
        changes = []
        for start, end, sentence, _, aspect, reason in plans:
            if max(next(scores), next(scores)) < threshold:
                changes.append(_Change(start, end, sentence, reason))
            else:
                notes.append(_rebuild_note(text, start, end, protected, aspect))
        if not changes:
            return None, notes
        return (_apply(text, changes), changes), notes

    def _second_round(self, text: str, register: Register
                      ) -> tuple[str, list[_Change]] | None:
        analysis = analyze(text)
        protected = fact_ranges(text, analysis)
        changes = self._rule_changes(analysis, protected)
        changes += self._flagged_changes(text, analysis, self._spans_without_framing(text),
                                         protected)
        changes += self._calm_changes(text, protected)
        changes = _hanging_orders(text, _non_overlapping(changes), protected)
        if not changes:
            return None
        return _apply(text, changes), changes

    def _spans_without_framing(self, text: str) -> list[Span]:
        """The spans found in ``text`` read without the framing this rewriter added (which
        is never marked, and only makes every reading longer), with offsets into ``text``."""
        found = sentences(text)
        kept = [(a, b) for a, b in found if not _is_framing(text[a:b])]
        if not kept or len(kept) == len(found):
            return list(self._find_spans(analyze(text)))
        pieces, bare_starts, cursor = [], [], 0
        for a, b in kept:
            bare_starts.append(cursor)
            pieces.append(text[a:b])
            cursor += b - a + 1
        bare = " ".join(pieces)

        def back(offset: int) -> int:
            k = max(i for i, start in enumerate(bare_starts) if start <= offset)
            return kept[k][0] + min(offset - bare_starts[k], kept[k][1] - kept[k][0])

        spans = []
        for span in self._find_spans(analyze(bare)):
            start, end = back(span.start), back(span.end)
            if text[start:end] == span.text:  # not across a framing sentence
                spans.append(span.model_copy(update={"start": start, "end": end}))
        return spans

    def _clear_marked(self, draft: str, text: str, spans: Sequence[Span], threshold: float
                      ) -> tuple[str, list[_Change]] | None:
        """Each clause of a span marked in the draft that ``text`` (the suggestion so far)
        still holds word for word: a way forward ("Sana ke bank") becomes an invitation, a
        command a request, a "jangan ..." about nothing the reply needs goes, a judging
        word before a decision ("wajar ga lolos") goes, and a remark that states no fact,
        decision or service goes if it reads harsh on its own too. A clause holding a fact
        keeps it; it only loses its attitude words."""
        protected = fact_ranges(text, analyze(text))
        framing = [(a, b) for a, b in sentences(text) if _is_framing(text[a:b])]
        changes: list[_Change] = []
        remarks: list[tuple[int, int, str]] = []
        seen: set[tuple[int, int]] = set()
        for piece in _sentence_pieces(draft, spans):
            for a, b in _marked_clauses(draft, piece.start, piece.end):
                at = _verbatim(text, draft[a:b], framing)
                if at is None or (at, at + b - a) in seen:
                    continue
                seen.add((at, at + b - a))
                change, remark = _clear_clause(text, at, at + b - a, protected)
                if remark:
                    remarks.append((at, at + b - a, piece.aspect, change))
                else:
                    changes += change
        if remarks:
            harsh = self._goes_alone([text[a:b] for a, b, _, _ in remarks], threshold)
            for (a, b, aspect, softer), alone in zip(remarks, harsh, strict=True):
                if alone and not _props_up(text, a, b, protected):  # (no fragment left)
                    changes.append(_delete(text, a, _past_own_emoji(text, b),
                                           DROP_REASON.format(what=_DROP_WHAT[aspect])))
                else:
                    changes += softer
        # A sentence that goes takes along the apology an earlier round put before it.
        changes = [dataclasses.replace(c, start=at)
                   if not c.new and _at_sentence_start(text, c.start)
                   and (at := _own_apology_before(text, c.start)) is not None else c
                   for c in changes]
        changes = _non_overlapping(changes)
        if not changes:
            return None
        new_text = _apply(text, changes)
        if _says_nothing(new_text):
            return None  # nothing of the draft would be left
        return new_text, changes

    # ---- kinds of change --------------------------------------------------------------
    def _rule_changes(self, analysis: Analysis, protected) -> list[_Change]:
        """Lexicon phrases swapped or dropped, shouting lowered, mocking emoji removed."""
        text = analysis.text
        changes = []
        lexical = [h for h in analysis.hits if h.alternative is not None
                   and not _overlaps(h.start, h.end, protected)
                   and not _KRAMA_DONT.match(text, h.start, min(len(text), h.end + 40))]
        shortened = [short for h in analysis.hits if h.alternative is not None
                     and _overlaps(h.start, h.end, protected)
                     and (short := _before_fact(text, h, protected)) is not None]
        lexical += shortened
        inside_caps: set[int] = set()
        who = address_of(text) if lexical else DEFAULT_ADDRESS  # as the draft addresses
        found = sentences(text)
        inside = {(a, b): [h for h in lexical if a <= h.start and h.end <= b] for a, b in found}
        # "Makanya jangan bodoh." minus its harsh words says nothing: drop it whole. Not
        # when every sentence is such ("Pak, SAYA SUDAH BILANG. Tunggu saja!"): the reply
        # would lose all the officer said, so a sentence whose phrase becomes a request
        # stays, swapped ("Mohon kesediaannya menunggu.").
        empty = [(start, end) for start, end in found
                 if _said_nothing_else(text, start, end, inside[start, end])
                 and not _overlaps(start, end, protected)]
        if len(empty) == len(found):
            empty = [sentence for sentence in empty if not any(
                _ASKED_FOR.match(h.alternative or "") for h in inside[sentence])]
        for start, end in found:
            if (start, end) in empty:
                inside_caps.update(id(h) for h in inside[start, end])
                changes.append(_delete(text, start, end,
                                       _swap_reason(inside[start, end][0].reason)))
            elif (_NAME_CALLING.fullmatch(text, body := _past_address(text, start, end,
                                                                      protected), end)
                  and not _overlaps(body, end, protected)):
                # "Dasar pembual.", "Bu, dasar ga sabaran!!!": whatever the word, "dasar
                # ..." alone calls names. A handle or a name before it stays; a bare
                # title goes with it.
                kept = body if _overlaps(start, body, protected) else start
                changes.append(_delete(text, kept, end, NAME_CALLING_REASON))
        for hit in [*analysis.hits, *shortened]:
            if hit.rule == "huruf_kapital":
                if _FINAL_WORD.fullmatch(text, hit.start, hit.end) and _at_sentence_start(
                        text, hit.start):
                    continue  # "... DTKS. TITIK.": the word goes whole, below
                # A harsh phrase shouted in capitals is lowered and swapped in one edit.
                nested = [h for h in lexical if hit.start <= h.start and h.end <= hit.end]
                inside_caps.update(id(h) for h in nested)
                change = _shouted_change(text, hit.start, hit.end, nested, protected)
                if (text[hit.end : hit.end + 1] == "!" and text[hit.end + 1 : hit.end + 2]
                        not in ("!", "?") and not _overlaps(hit.end, hit.end + 1, protected)):
                    # "DUDUK DAN TUNGGU!" -> "Duduk dan tunggu.": one "!" after shouting
                    # still shouts
                    change = dataclasses.replace(change, end=hit.end + 1,
                                                 new=change.new.rstrip() + ".")
                changes.append(_asked_when_shouted(text, change, nested, protected))
            elif hit.rule == "tanda_baca_berderet":
                changes.append(_Change(hit.start, hit.end, _one_mark(text, hit.start,
                                                                     hit.end),
                                       PUNCT_REASON))
            elif hit in lexical and id(hit) not in inside_caps:
                if hit.aspect == "memerintah" and _RELATIVE_BEFORE.search(text, 0, hit.start):
                    # "sampah yang Bapak buang sendiri" tells what was done, not what to
                    # do: the command's polite form ("dapat dibawa secara mandiri") would
                    # garble it
                    continue
                if (_REQUEST_WORD.match(hit.alternative)
                        and _RELATIVE_NEAR.search(text, 0, hit.start)):
                    # "aturan yang memang sudah seharusnya Ibu ketahui": a request ("mohon
                    # kiranya") cannot stand inside a relative clause
                    continue
                if (_STATED_SUBJECT.match(hit.alternative)
                        and _MODAL_BEFORE.search(text, 0, hit.start)):
                    # "Bapak dapat kami laporkan balik": a clause with its own subject
                    # ("hal ini dapat ...") cannot follow "dapat"; the threat rules say it
                    # as what may happen
                    continue
                if (hit.rule == "makanya" and _CLAUSE_END.match(
                        text[hit.end :].lstrip(" ") or ".")):
                    # "Tahun depan gercep makanya.": at the end of its clause it joins
                    # nothing, it only taunts; it goes rather than becoming "oleh karena itu"
                    changes.append(_delete(text, hit.start, hit.end, _swap_reason(hit.reason)))
                    continue
                if hit.rule.startswith("terserah") and (
                        up := _UP_TO_YOU.match(text, hit.start)) is not None:
                    # "Terserah Bapak mau pakai jasa biro atau ngurus sendiri" -> "Bapak
                    # dapat memilih pakai jasa biro atau ngurus sendiri" (not "Silakan mau
                    # ..."); "terserah Kakak mau percaya atau tidak", "terserah Bapak mau
                    # protes ke mana" only shrug the citizen off, and go
                    if _SHRUG_CHOICE.search(up.group("rest")):
                        lead = _BLAME_LEAD.search(text, 0, hit.start)
                        changes.append(_delete(text, lead.start() if lead else hit.start,
                                               up.end("rest"), _swap_reason(hit.reason)))
                    else:
                        title = _TITLES.get(_plain(up.group("who") or ""), who)
                        said = f"{title} dapat memilih "
                        said = _cased_at(text, hit.start, said)
                        changes.append(_Change(hit.start, up.start("rest"), said,
                                               _swap_reason(hit.reason)))
                    continue
                when = _WHEN_WORD.match(text, hit.end) if hit.rule.startswith("percuma ") \
                    else None
                tail = when.end() if when is not None else hit.end
                if (hit.rule.startswith("percuma ")
                        and (so := _SO_USELESS.search(text, 0, hit.start)) is not None
                        and _ends_clause(text, tail)):
                    # "..., jadi percuma protes sekarang.": the decision said before is the
                    # answer; "laporan dapat disampaikan sekarang" would say the opposite,
                    # so the tail goes
                    changes.append(_Change(so.start(), tail, "", _swap_reason(hit.reason)))
                    continue
                if hit.alternative.lower() == "sayangnya" and _ends_clause(text, hit.end):
                    # "Telat bayar ya salah sendiri.", "Kalau berkas hilang, salah Ibu
                    # sendiri.": closing its clause, the blame is all the sentence says,
                    # and "sayangnya" there would say nothing ("Telat bayar ya sayangnya.");
                    # the sentence goes, or, holding a fact, the blame and what led to it
                    found = _sentence_of(text, hit.start, protected)
                    if found is not None and not _stated_facts(text, *found, protected):
                        changes.append(_delete(text, *found, _swap_reason(hit.reason)))
                    else:
                        lead = _BLAME_LEAD.search(text, 0, hit.start)
                        rest = _past_particles(text, hit.end)  # "... sendiri ya." too
                        changes.append(_delete(text, lead.start() if lead else hit.start,
                                               len(text[:rest].rstrip()),
                                               _swap_reason(hit.reason)))
                    continue
                if (hit.rule == "makanya" and (_at_sentence_start(text, hit.start)
                                               or _right_after_opening(text, hit.start))
                        and _instructs(text, _past_spaces(text, hit.end), protected)):
                    # "Makanya dibaca dulu ...", "Makanya jangan ...": opening a sentence
                    # that tells the citizen what to do, it only says they had it coming,
                    # and "Oleh karena itu" would keep the lecture; it goes. Before a
                    # statement it is "that is why" ("Makanya bansos ga cair"), and becomes
                    # the neutral connective. What it told is asked ("Mohon dibaca dulu ...").
                    body = _past_spaces(text, hit.end)
                    mark = _SENTENCE_MARK.search(text, body)
                    polite = _polite_command(text, body, mark.start() if mark else len(text),
                                             protected)
                    if polite is not None and polite.start == body:
                        said = (_capitalize(polite.new) if _at_sentence_start(text, hit.start)
                                else polite.new[:1].lower() + polite.new[1:])
                        changes.append(_Change(hit.start, polite.end, said,
                                               _swap_reason(hit.reason)))
                        continue
                    changes.append(_delete(text, hit.start, hit.end, _swap_reason(hit.reason)))
                    continue
                if hit.rule == "makanya" and (_past_spaces(text, 0) == hit.start
                                              or _right_after_opening(text, hit.start)):
                    # "Pak, makanya bansos Bapak belum cair. Datanya ...": opening the reply,
                    # "that is why" follows from nothing said before it; it goes
                    changes.append(_delete(text, hit.start, hit.end, _swap_reason(hit.reason)))
                    continue
                if (hit.rule.endswith("menyayangkan sikap|tindakan|perbuatan|perilaku")
                        and (regretted := _REGRETTED_ACT.match(text, hit.end)) is not None
                        and not _overlaps(hit.start, regretted.start("who"), protected)):
                    # "kami menyayangkan sikap Bapak yang membentak petugas loket pada 3 Juni"
                    # -> "kami mencatat bahwa Bapak membentak petugas loket ...": what
                    # happened stays, told without the judgement (which alone would go and
                    # leave "Bapak yang membentak ...", no sentence)
                    speaker = _plain(_WORD.match(text, hit.start).group(0))  # kami, saya
                    said = _cased_at(text, hit.start, f"{speaker} mencatat bahwa ")
                    changes.append(_Change(hit.start, regretted.end(),
                                           said + regretted.group("who") + " ",
                                           _swap_reason(hit.reason)))
                    continue
                if (_WHOLE_CLAUSE.match(hit.alternative)
                        and _PREPOSITION_JUST_BEFORE.search(text, 0, hit.start)
                        and (found := _sentence_of(text, hit.start, protected)) is not None
                        and not _stated_facts(text, *found, protected)):
                    # "Silakan fokus pada urusan Saudara sendiri.": after a preposition the
                    # alternative, a clause of its own ("hal tersebut dapat ..."), cannot
                    # stand, and the sentence only turns the citizen away; it goes
                    changes.append(_delete(text, *found, _swap_reason(hit.reason)))
                    continue
                start = hit.start
                before = _DEMONSTRATIVE_BEFORE.search(text, 0, start)
                if (_WHOLE_CLAUSE.match(hit.alternative) and before is not None
                        and (_at_sentence_start(text, before.start())
                             or text[: before.start()].rstrip().endswith(","))):
                    # "Itu bukan urusan kami" -> "Hal tersebut ..." (not "Sampah itu ...")
                    start = before.start()
                alternative = hit.alternative
                if (_REQUEST_WORD.match(alternative) and _AFTER_CONDITION.search(text, 0, start)
                        and (found := _sentence_of(text, start, protected)) is not None
                        and not _stated_facts(text, *found, protected)
                        and not {_plain(w) for w in _WORD.findall(text, *found)}
                        & lexicons.service_nouns()):
                    # "Kalau nggak bisa baca ya minta tolong anaknya." would become "Kalau
                    # mohon dibaca ...": a request cannot be a condition, and what the
                    # sentence goes on to say hangs on the insult, so it goes whole
                    changes.append(_delete(text, *found, _swap_reason(hit.reason)))
                    continue
                joined = _JOINED_ON.search(text, 0, start)
                if _WHOLE_CLAUSE.match(alternative) and joined:
                    # "... kelalaian Bapak dan bukan tanggung jawab kami": the clause
                    # shares the subject before it, which is not "hal tersebut"; it goes
                    start, alternative = joined.start(), ""
                elif _WHOLE_CLAUSE.match(alternative) and _has_subject(text, start):
                    # "Sampah itu bukan tugas kami" -> "Sampah itu ditangani oleh ..."
                    alternative = _WHOLE_CLAUSE.sub("", alternative, count=1).lstrip()
                    if (copula := _COPULA_BEFORE.search(text, 0, start)) and not _overlaps(
                            copula.start(), copula.end(), protected):
                        # "Pohon di halaman Ibu adalah urusan Ibu sendiri" -> "Pohon ...
                        # dapat dikoordinasikan ...", not "... adalah dapat ...": the
                        # alternative is a predicate of its own
                        start = copula.start()
                last_word = _plain(text[hit.start : hit.end].split()[-1])
                if (alternative.endswith("menjadi kewenangan instansi terkait")
                        and last_word in ("urusane", "urusan")
                        and text[hit.end : hit.end + 1] == " "
                        and (owner := _WORD.match(text, hit.end + 1)) is not None
                        and owner.group(0)[:1].isupper()):
                    # "dudu urusane Dishub kota" -> "di luar kewenangan Dishub kota", not
                    # "menjadi kewenangan instansi terkait Dishub kota": whose it is not
                    alternative = alternative[: -len("menjadi kewenangan instansi terkait")] \
                        + "di luar kewenangan"
                if last_word == "urusan" and _WITH_WHAT.match(text, hit.end):
                    # "beliau tidak ada urusan dengan meteran air Ibu": that has nothing to
                    # do with it, not that it is beyond the office ("... di luar kewenangan
                    # kami dengan meteran air Ibu")
                    alternative = "tidak berkaitan"
                end = _with_complement(text, hit.start, hit.end, hit.alternative, protected)
                if (alternative.lower().endswith(" belum dapat")
                        and (matter := _WORD.match(text, _past_spaces(text, end))) is not None
                        and _plain(matter.group(0)) in _MATTERS):
                    # "kami tidak punya waktu untuk urusan pribadi" -> "saat ini kami belum
                    # dapat menangani urusan pribadi": before a matter, not a deed, the
                    # alternative needs its verb
                    alternative += " menangani"
                if alternative.lower().endswith(HAPPENED) and (
                        why := _WHY_AFTER.match(text, _past_trailing(
                            text, end, _ONESELF_WORDS))) is not None:
                    # "Itu salah Bapak sendiri kenapa parkir di bahu jalan" -> "Hal itu
                    # terjadi karena parkir ...", not "... terjadi kenapa parkir ..."
                    alternative, end = alternative + " karena", why.end()
                elif alternative.lower().endswith(HAPPENED) and _blamed_act_follows(
                        text, past := _past_trailing(text, end, _ONESELF_WORDS)):
                    # "itu salah Ibu sendiri tidak datang saat verifikasi" -> "Hal itu
                    # terjadi karena tidak datang ...", not "... terjadi tidak datang ..."
                    alternative, end = alternative + " karena", past
                if (alternative.lower().endswith(" ketentuannya")
                        and re.match(r"[ \t]+[^\W\d_]{3,}nya\b", text[end:])):
                    # "ya memang begitu jadwalnya" -> "demikian jadwalnya", not "demikian
                    # ketentuannya jadwalnya": the draft names what it is
                    alternative = alternative[: -len(" ketentuannya")]
                if (alternative == "mohon tidak terburu-buru" and (act := _WORD.match(
                        text, _past_spaces(text, end))) is not None
                        and not _JUDGING_ACT.fullmatch(act.group(0).lower())):
                    # "Jangan seenaknya parkir di depan puskesmas" -> "Mohon tidak sembarangan
                    # parkir ...": haste is what a hasty judgement lacks ("jangan seenaknya
                    # menuduh petugas"), not what a careless act does
                    alternative = "mohon tidak sembarangan"
                if (alternative.lower().endswith("berkeberatan")
                        and _blamed_act_follows(text, end)):
                    # "Kalau Bapak masih ngeyel parkir di trotoar" -> "... masih parkir di
                    # trotoar", not "masih berkeberatan parkir": insisting on an act, the
                    # act is what is said
                    alternative = alternative[: -len("berkeberatan")].rstrip()
                    if not alternative:
                        changes.append(_delete(text, hit.start, hit.end,
                                               _swap_reason(hit.reason)))
                        continue
                if (alternative.lower() == "mohon pengertiannya"
                        and _plain(text[hit.start : hit.end].split()[0]) in ("jangan", "jgn")
                        and _blamed_act_follows(text, end)
                        and _plain(_WORD.match(text, end + 1).group(0)) not in _NEGATIONS):
                    # "jangan ngeyel jualan di bahu jalan" -> "mohon untuk tidak jualan ...",
                    # not "mohon pengertiannya jualan ...": the act is what is asked
                    alternative = _cased_at(text, hit.start, "mohon untuk tidak")
                if alternative.endswith("tindak lanjuti") and (
                        further := re.match(r"[ \t]+lebih[ \t]+lanjut\b", text[end:])):
                    # "tidak akan kami tanggapi lebih lanjut" -> "belum dapat kami tindak
                    # lanjuti", not "... tindak lanjuti lebih lanjut"
                    end += further.end()
                elsewhere = (_GO_ELSEWHERE.match(text, end)
                             if hit.rule == "kalau tidak sabar" else None)
                if elsewhere is not None and not _overlaps(end, elsewhere.end(),
                                                           analysis.quoted):
                    # "kalau gak sabar antre ya ke klinik swasta aja" -> "apabila berkenan,
                    # Ibu juga dapat ke klinik swasta": the other place is a way forward,
                    # offered rather than thrown at the citizen ("kami mohon kesabarannya;
                    # antre ya ke klinik ..." would send them there)
                    alternative = (f"apabila berkenan, {who} juga dapat"
                                   if who != DEFAULT_ADDRESS else "apabila berkenan, bisa juga")
                    end = elsewhere.end()
                    mark = _SENTENCE_MARK.search(text, end)
                    if (just := _JUST_TAIL.search(text, end, mark.end() if mark else len(text))):
                        changes.append(_Change(just.start(), just.end(), "",
                                               _swap_reason(hit.reason)))
                waiting = _WAITING.match(text, end) if alternative.endswith(";") else None
                if waiting is not None and not _overlaps(end, waiting.end(), analysis.quoted):
                    # "Kalau tidak sabar menunggu TPG, ya ..." -> "Kami mohon kesabarannya
                    # menunggu TPG; ya ...": what the citizen waits for is what the patience
                    # is asked for
                    alternative = alternative[:-1] + waiting.group(1) + ";"
                    end = waiting.end()
                if alternative.endswith(";") and (mark := re.match(r"[ \t]*[,;]", text[end:])):
                    # "Kalau tidak sabar, urus ..." -> "Kami mohon kesabarannya; ...", not
                    # "kesabarannya;, ...": the alternative's own mark takes the draft's
                    end += mark.end()
                if (alternative.lower().startswith("apabila ")
                        and (yes := _YES_BEFORE_CONSEQUENCE.match(text, end))):
                    # "Kalau tidak terima dengan keputusan ini ya silakan gugat" ->
                    # "Apabila keberatan dengan keputusan ini, silakan ...": the condition,
                    # now said calmly, is set off by a comma, not an exasperated "ya"
                    changes.append(_Change(yes.start(1), yes.end(1), ",",
                                           _swap_reason(hit.reason)))
                but = _BUT_WHOSE.match(text, end)
                if (but and alternative.endswith(" kewenangan instansi terkait")
                        and _names_owner(but.group("who"))
                        and not _overlaps(end, but.end(), analysis.quoted)):
                    # "bukan urusan kelurahan, tapi BPN" -> "menjadi kewenangan BPN": the
                    # draft names who is in charge
                    alternative = alternative[: -len("instansi terkait")] + but.group("who")
                    end = but.end()
                if (alternative.endswith(" ke instansi terkait")
                        and re.match(r"[ \t]+(?:ke|kepada|di)[ \t]+\w", text[end:])):
                    # "Tanya sana ke Pak RT" -> "Silakan menyampaikan ke Pak RT": the draft
                    # names where to turn
                    alternative = alternative[: -len(" ke instansi terkait")]
                if alternative.lower().startswith("terima kasih"):
                    # "Kami heran kenapa Bapak baru melapor sekarang ..." -> "Terima kasih
                    # telah melapor ...": thanks take the wondering that asked why
                    clause, lead = _clause_lead(text, start)
                    before = set(lead)
                    # ("mohon jangan mengajari kami": the request went with what it asked)
                    # ("Namun kami heran mengapa ...": the "but" led into the wondering)
                    if before and before <= _WONDERING | _ADDRESS | _ASKING_WORDS | _BUT:
                        start = clause
                        alternative = _cased_at(text, start, alternative)
                        # (with what an earlier phrase there became: "Kami heran" went)
                        changes = [c for c in changes if not start <= c.start < hit.end]
                    elif before - _WONDERING - _ADDRESS - ATTITUDE_PARTICLES - _YES:
                        # "... condong dari tahun lalu kok baru lapor sekarang ..." -> "...
                        # dari tahun lalu. Terima kasih telah melapor ...": after what the
                        # clause said, thanks open a sentence of their own
                        start = len(text[:start].rstrip())
                        alternative = ". " + _capitalize(alternative)
                    if (despite := re.match(r"[ \t]*,?[ \t]+padahal[ \t]+([^\W\d_])",
                                            text[hit.end :])):
                        # "... melapor padahal kerusakan ..." -> "... melapor. Kerusakan
                        # ...": what the thanks are for is not held against the citizen
                        end = hit.end + despite.end()
                        alternative += ". " + despite.group(1).upper()
                if alternative == "sayangnya":
                    # "Itu kan salah Ibu sendiri nggak baca syarat" -> "Sayangnya Ibu nggak
                    # baca syarat": the citizen stays the one who did not (not "itu sayangnya
                    # nggak baca syarat"); a lead of only "itu kan" goes with the blame
                    named = _TITLE_NAMED.search(text, hit.start, hit.end)
                    if named is not None:
                        alternative = f"sayangnya {_TITLES.get(_plain(named.group(0)), who)}"
                    elif _blamed_act_follows(text, hit.end):
                        # "Salah sendiri parkir sembarangan" -> "Sayangnya Bapak parkir
                        # sembarangan", not "Sayangnya parkir ...": who did it is said
                        alternative = f"sayangnya {who}"
                    clause, lead = _clause_lead(text, start)
                    if lead and all(w in _BLAME_POINTERS | ATTITUDE_PARTICLES for w in lead):
                        start = clause
                    alternative = _cased_at(text, start, alternative)
                if alternative == "mencari" and re.search(r",[ \t]*$", text[:start]):
                    # "Caranya ada di Google, cari sendiri ya." -> "..., silakan mencari
                    # ya": a clause of its own after a comma, the bare verb would read as a
                    # scrap ("..., mencari ya"); at a sentence's start the request is put
                    # before it as before any command
                    alternative = "silakan mencari"
                if alternative.startswith("silakan ") and re.search(
                        r"\b(?:wajib|harus|perlu|mesti|musti|kudu|diwajibkan|diharuskan)[ \t]+$",
                        text[:start], re.IGNORECASE):
                    # "wajib datang sendiri" -> "wajib datang langsung": what is required
                    # is no invitation ("wajib silakan datang langsung")
                    alternative = alternative[len("silakan ") :]
                if alternative.startswith("akan kami ") and (
                        subject := re.search(r"(?<!\w)(?:kami|saya|sy)[ \t]+$", text[:start],
                                             re.IGNORECASE)):
                    # "kami tidak bisa berbuat apa-apa" -> "akan kami upayakan ...", not "kami
                    # akan kami upayakan ...": the alternative names the office itself
                    start = subject.start()
                    alternative = _cased_at(text, start, alternative)
                if alternative in ("masih perlu dilengkapi", "belum lengkap") and (
                        such := re.match(r"[ \t]+(?:seperti|kayak|kyk|macam|semacam)[ \t]+"
                                         r"(?:ini|itu|gini|gitu)\b", text[end:],
                                         re.IGNORECASE)):
                    # "Laporan asal-asalan seperti ini tidak akan kami proses" -> "Laporan
                    # yang masih perlu dilengkapi belum dapat ...": pointed at, the judgement
                    # named the report; said plainly, it says which one ("Berkasnya
                    # asal-asalan seperti ini." -> "Berkasnya masih perlu dilengkapi.")
                    if re.match(r"[ \t]+[^\W\d_]", text[end + such.end() :]):
                        alternative = "yang " + alternative
                    end += such.end()
                if alternative.startswith("dapat ") and (
                        will := re.search(r"(?<!\w)(?:akan|bakal)[ \t]+$", text[:start],
                                          re.IGNORECASE)) and not _overlaps(
                        will.start(), start, protected):
                    # "barang dagangan akan kami sita" -> "... dapat ditertibkan ...", not
                    # "akan dapat ditertibkan": what may happen takes the place of what will
                    start = will.start()
                    alternative = _cased_at(text, start, alternative)
                if alternative.startswith("dapat diselesaikan") and re.search(
                        rf"\b(?:silakan|silahkan|monggo|mangga)(?:[ \t]+{_CHAT_TITLES})?[ \t]+$",
                        text[:start], re.IGNORECASE):
                    # "Silakan Bapak selesaikan sendiri dengan pemilik lahan" -> "Silakan
                    # Bapak menyelesaikannya langsung dengan pemilik lahan" (not "Silakan
                    # Bapak dapat diselesaikan ...")
                    alternative = ("menyelesaikannya langsung" if re.match(
                        r"[ \t]+dengan\b", text[hit.end :]) else
                        "menyelesaikannya bersama pihak terkait")
                if alternative == "dapat ditinjau sesuai ketentuan" and re.match(
                        r"[ \t]+(?:ke|kepada)\b", text[end:], re.IGNORECASE):
                    # "bisa saja kami alihkan ke pedagang lain" -> "dapat dialihkan ke
                    # pedagang lain" (not "dapat ditinjau sesuai ketentuan ke ..."): the
                    # act and to whom stay, said as what may happen
                    verb = _plain(_WORD.findall(text, start, end)[-1])
                    alternative = f"dapat di{verb}"
                if alternative == "kendala tersebut" and (which := re.match(
                        r"(?:[ \t]+(?:sendiri|dewe))?(?=[ \t]+(?:dalam|saat|ketika|waktu)\b)",
                        text[end:], re.IGNORECASE)):
                    # "kelalaian Bapak sendiri dalam melengkapi dokumen" -> "kendala dalam
                    # melengkapi dokumen": the draft says which trouble
                    alternative, end = "kendala", end + which.end()
                if (alternative == CLOSED_ANSWERED and len(_WORD.findall(text, start, end)) == 3
                        and _topic_before(text, start)):
                    # "pengaduan ini kami anggap selesai" -> "pengaduan ini telah kami
                    # tanggapi": the complaint named before it stays the clause's subject
                    alternative = "telah kami tanggapi"
                if (taken := _taken_lead(text, start, alternative)) is not None:
                    # "Saat ini kami nggak ada waktu" -> "Saat ini kami belum dapat" (not
                    # "Saat ini saat ini kami ..."), "coba saja urus sendiri" -> "silakan
                    # mengurus langsung" (not "coba saja silakan ..."): the alternative says
                    # what the words before the phrase said
                    start = taken
                    alternative = _cased_at(text, start, alternative)
                if alternative.endswith(" dapat") and (
                        purpose := re.match(r"[ \t]+(?:buat|untuk)(?=[ \t]+[^\W\d_])",
                                            text[end:])):
                    # "nggak ada waktu buat ngecek" -> "belum dapat ngecek"
                    end += purpose.end()
                if alternative and _OWN_CLAUSE.match(alternative):
                    start, end, alternative = _as_own_clause(text, start, end, alternative,
                                                             protected)
                words = _WORD.findall(text, start, end)
                if (not alternative and len(words) > 1
                        and _plain(words[-1]) in _NEGATIONS | {"bukan", "belum", "mboten"}
                        and re.match(r" +[^\W\d_]", text[end:])):
                    # "ya jelas tidak dilayani": the retort goes, the negation of what
                    # follows stays ("Ibu datang jam 12.15 tidak dilayani")
                    end = len(text[:end]) - len(words[-1])
                elif not alternative:
                    # (a threat's clause names who would act, which the reply may need:
                    # it takes only a short object along)
                    end = _with_rest_of_clause(text, hit.start, hit.end, protected,
                                               threat=hit.aspect == "mengancam")
                    if (topic := _closing_topic(text, hit.end, end)) is not None:
                        # "Gak usah sok tau soal antibiotik deh Bu." -> "Kami menghargai
                        # perhatian Ibu soal antibiotik.": what the remark was about stays,
                        # said as what the office acknowledges (alone it would say nothing)
                        start = _past_spaces(text, max((m.end() for m in _CLAUSE_END.finditer(
                            text, 0, hit.start)), default=0))
                        alternative = TOPIC_NOTED.format(who=who, topic=topic)
                    elif end == hit.end and (kept := _still_forbidden(text, hit, protected)):
                        if isinstance(kept, _Change):
                            changes.append(kept)
                            continue
                        end = kept
                if _CITIZEN_CLAUSE.match(alternative) and (gap := _GAP_BEFORE_SUBJECT.search(
                        text, _sentence_start(text, start), start)):
                    # "Kalo ga puas sama pelayanan kami, Bapak/Ibu juga dapat ...": the new
                    # subject after a condition is set off by a comma (an exasperated "ya"
                    # before it goes: "... pelayanan kami ya, Bapak/Ibu ...")
                    start, alternative = gap.start(), ", " + alternative
                elif (after := _request_after_clause(text, start, end, alternative)) is not None:
                    # "Sekarang dibongkar ya <terima saja>." -> "Sekarang dibongkar, mohon
                    # pengertiannya.": a request after a clause of its own is set off (the
                    # filler before it goes)
                    start, alternative = after, ", " + alternative
                advised = _ADVISED_OF.search(text, 0, start)
                if advised is not None and _REQUEST_WORD.match(alternative):
                    # "sebaiknya Bapak pahami dulu" -> "mohon dipahami terlebih dahulu", not
                    # "sebaiknya Bapak mohon dipahami ...": the request says the advice
                    start = advised.start()
                    alternative = _cased_at(text, start, alternative)
                if (_ASKED_OF.search(text, 0, start)
                        and (asking := re.match(r"mohon\s+(?!di)", alternative))):
                    # "kami minta Ibu berhenti menelepon" -> "kami minta Ibu berkenan
                    # menunggu ...": the citizen is already asked; "mohon" would ask twice
                    alternative = alternative[asking.end() :]
                # The citizen as the draft addresses them ("Kakak", "Ibu"), not "Bapak/Ibu".
                alternative = alternative.replace(DEFAULT_ADDRESS, who)
                if (re.match(r"me[^\W\d_]+\b", alternative) and _at_sentence_start(text, start)
                        and (verb := _WORD.match(text, start)) is not None
                        and _imperative(verb.group(0))):
                    # "Cari sendiri pemiliknya." -> "Silakan mencari pemiliknya.", not a
                    # sentence that opens with a bare verb ("Mencari pemiliknya.")
                    alternative = "silakan " + alternative
                if not alternative and (bearing := _BEARING_BEFORE.search(
                        text, max(0, start - 40), start)):
                    # "Mohon Bapak tidak bersikap <kekanak-kanakan>.": the verb of manner
                    # wants the judgement that went; it goes too ("Petugas melihat Bapak
                    # <bersikap kekanak-kanakan> di loket 3"), and so does a clause that
                    # only asked for it
                    start = bearing.start()
                    sentence = _sentence_of(text, start, protected)
                    if (sentence is not None and _WHOM_BEFORE.search(text, 0, start)
                            and _refuses(_plain_words(text[sentence[0] : start]))
                            and not _stated_facts(text, *sentence, protected)):
                        # "Kami tidak melayani warga <yang bersikap seperti preman>.": the
                        # refusal without whom it is for would be said to everyone, so
                        # the sentence goes whole
                        changes.append(_delete(text, *sentence, _swap_reason(hit.reason)))
                        continue
                    clause, lead = _clause_lead(text, start, ".,;!?\n:")
                    if _ends_clause(text, end) and all(
                            w in _ASKING_WORDS | _NEGATIONS | _ADDRESS | _FRAGMENT_LEADS
                            | _CLAUSE_JOINERS | {"jangan", "untuk"} for w in lead):
                        start = clause
                if not alternative:
                    # "Kak, udah <berapa kali dibilang>, ...": a filler the phrase leaves
                    # alone at its clause's start goes with it
                    clause, lead = _clause_lead(text, start, ".,;!?\n:")
                    if lead and all(w in _FILLERS for w in lead):
                        start = clause
                    elif (lead and lead[0] in _CONDITIONS and _ends_clause(text, end)
                          and all(w in _ADDRESS | _MERE for w in lead[1:])):
                        # "kalau Ibu <merasa paling benar>, silakan ...": a condition left
                        # with only whom it was about says nothing, and goes too
                        start = clause
                    elif (no_need := _NO_NEED_LEFT.search(text, max(0, start - 20), start)):
                        # "ra sah <kakehan protes>": the "no need" goes with what it waved off
                        start = no_need.start()
                change = _replace(text, start, end, alternative, _swap_reason(hit.reason))
                asked = {_plain(w) for w in _WORD.findall(alternative)} | {
                    _plain(w) for w in _WORD.findall(text, _sentence_start(text, start),
                                                     change.start)}
                if (alternative and text[change.end : change.end + 1] == "?"
                        and not asked & _QUESTION_WORDS):
                    # "..., ngerti gak?" -> "..., semoga penjelasan ini cukup jelas.": what
                    # replaces a question tag asks nothing ("Buat apa ... ngeyel?" still
                    # asks, with its own question word)
                    change = dataclasses.replace(change, end=change.end + 1,
                                                 new=change.new + ".")
                elif (asking := _asks_nothing_after(text, change, asked, protected)) is not None:
                    # "Apa susahnya baca FAQ di website?" -> "Mohon kesediaannya untuk baca
                    # FAQ di website.": a request that now opens the question asks nothing
                    changes.append(asking)
                changes.append(change)
        shouted = analysis.shouted_ranges()
        for word in _WORD.finditer(text):
            # One everyday word in capitals inside a plain sentence ("Saudara WAJIB
            # menghentikan") is not shouting to the detector, but it still raises the voice.
            found = word.group(0)
            if (len(found) >= 4 and found.isupper() and (
                    _plain(found) in _known_words()
                    or _passive_verb(found) and is_shouted_word(found))
                    # (a name or a channel written so stays: "kanal LAPOR!")
                    and not _overlaps(*word.span(), protected)
                    and not lexicons.is_acronym(found) and not _overlaps(*word.span(), shouted)
                    and _in_plain_sentence(text, word.start())):
                lowered = found.lower()
                lowered = _cased_at(text, word.start(), lowered)
                changes.append(_Change(word.start(), word.end(), lowered, SHOUT_REASON))
            elif (found.isupper() and len(found) > 1 and _plain(found) in _ADDRESS
                  and not lexicons.is_acronym(found) and not _overlaps(*word.span(), shouted)
                  and not _overlaps(*word.span(), analysis.quoted)
                  and (_at_sentence_start(text, word.start())
                       or re.match(r"[ \t]*[,.!?]", text[word.end() :]))):
                # "PAK, obat diambil ...", "... 2x PAK.": the citizen's title shouted
                changes.append(_Change(word.start(), word.end(), _capitalize(found.lower()),
                                       SHOUT_REASON))
        for index, char in enumerate(text):
            if char in NEGATIVE_EMOJI or char in _SMILES and not _greets_before(text, index):
                changes.append(_emoji_removal(text, index, index + 1, EMOJI_REASON))
        for match in _FINAL_WORD.finditer(text):
            if match.group(1) or _at_sentence_start(text, match.start()):
                changes.append(_delete(text, match.start(), match.end(), FINAL_WORD_REASON))
        # A warning of the law goes whole, whatever was to be swapped inside it.
        return (_legal_warning_changes(text, protected, analysis.quoted)
                + _before_complaining_changes(text, protected, analysis.quoted)
                + _then_complain_changes(text, protected, analysis.quoted)
                + _and_then_complain_changes(text, protected, analysis.quoted)
                + _first_then_changes(text, protected, analysis.quoted)
                + _said_twice_changes(text, protected, analysis.quoted)
                + _want_then_do_changes(text, protected, analysis.quoted)
                + _dare_to_report_changes(text, protected, analysis.quoted)
                + _if_you_want_served_changes(text, analysis.quoted)
                + _rather_than_changes(text, protected, analysis.quoted)
                + _so_simple_changes(text, protected, analysis.quoted, analysis.hits)
                + _no_further_changes(text, analysis.quoted)
                + _final_fence_changes(text, analysis.quoted)
                + _unfounded_changes(text, analysis.quoted)
                + _judged_character_changes(text, protected, analysis.quoted)
                + _stop_writing_changes(text, protected, analysis.quoted)
                + _shrug_changes(text, protected, analysis.quoted)
                + _be_wise_changes(text, protected, analysis.quoted)
                + _reproach_changes(text, protected, analysis.quoted)
                + _dont_blame_changes(text, protected, analysis.quoted)
                + _not_a_changes(text, protected, analysis.quoted)
                + _like_you_changes(text, analysis.quoted)
                + _take_down_changes(text, analysis.quoted)
                + _told_already_changes(text, analysis.quoted)
                + _take_it_or_leave_it_changes(text, protected, analysis.quoted,
                                               analysis.hits)
                + _failed_duty_changes(text, protected, analysis.quoted)
                + _blamed_cause_changes(text, protected, analysis.quoted)
                + _so_easy_changes(text, analysis.quoted)
                + _not_us_changes(text, analysis.quoted, analysis.hits)
                + _not_ours_changes(text, analysis.quoted, analysis.hits)
                + _not_to_blame_changes(text, analysis.quoted)
                + _one_word_order_changes(text, analysis.quoted)
                + _futile_changes(text, analysis.quoted)
                + _counterfactual_changes(text, protected, analysis.quoted)
                + _until_changes(text, protected, analysis.quoted)
                + _wont_changes(text, protected, analysis.quoted, analysis.hits)
                + changes + _never_changes(text, analysis.quoted)
                + _plain_refusal_changes(text, protected, analysis.quoted)
                + _repetition_changes(text, analysis.quoted)
                + _however_often_changes(text, analysis.quoted)
                + _only_because_changes(text, analysis.quoted)
                + _clever_enough_changes(text, analysis.quoted)
                + _not_as_wished_changes(text, analysis.quoted)
                + _no_more_changes(text, analysis.quoted)
                + _ultimatum_changes(text, analysis.quoted)
                + _verdict_changes(text, analysis.quoted)
                + _stern_changes(text, analysis.quoted))

    def _flagged_changes(self, text: str, analysis: Analysis, spans: Sequence[Span],
                         protected) -> list[_Change]:
        """Clauses the model flagged and no lexicon entry explains. A command gets "mohon";
        a clause whose words are all said elsewhere in the reply, or carry no fact, goes
        (unless it holds the refusal itself); otherwise its attitude particles ("dong",
        "sih", "kok") go and the rest stays, because it may hold a fact."""
        # Lexicon words have their own edits; an emoji or "!!!" in a clause does not.
        rule_ranges = [(h.start, h.end) for h in analysis.hits
                       if any(c.isalnum() for c in text[h.start : h.end])]
        changes: list[_Change] = []
        candidates: list[Span] = []
        for span in _pieces(text, spans):
            if _overlaps(span.start, span.end, rule_ranges):
                continue
            words = [w.lower() for w in _WORD.findall(text, span.start, span.end)]
            if any(w in _HONORIFICS for w in words) and all(
                    w in _HONORIFICS or w in ATTITUDE_PARTICLES for w in words):
                # "Lho Bu, ...": the mood word goes, the citizen's title stays
                changes.extend(_attitude_changes(text, span.start, span.end, protected))
                continue
            # A clause that opens with a command is a request, often the way forward
            # ("Tanya saja ke kelurahan"), whatever aspect it was flagged for: keep it polite.
            if _forbids_reproach(text, span.start, span.end, protected):
                changes.append(_delete(text, span.start, _past_own_emoji(text, span.end),
                                       ORDER_DROP_REASON))
                continue
            change = _polite_command(text, span.start, span.end, protected)
            if change is not None:
                changes.append(change)
                changes.extend(_attitude_changes(text, change.end, span.end, protected))
                continue
            # Attitude goes; a fact, or a refusal that may be the decision itself, stays.
            trimmed = _after_leading_facts(text, span, protected)
            if trimmed is None:
                continue
            own = _droppable(text, trimmed.start, trimmed.end, protected)
            if own is not None and _conditions_what_follows(text, trimmed.start, trimmed.end):
                # "..., jika Ibu terus mempersoalkan hasil undian, kios tersebut dapat
                # dialihkan": without its condition, what follows would hold always
                changes.extend(_attitude_changes(text, trimmed.start, trimmed.end, protected))
            elif own is not None and _props_up(text, trimmed.start, trimmed.end, protected):
                # "Seandainya Bapak rutin membayar ..., <petugas tidak perlu ...>":
                # without it the sentence would be a fragment
                changes.extend(_attitude_changes(text, trimmed.start, trimmed.end, protected))
            elif own is not None and not own:
                changes.append(_delete(text, trimmed.start, trimmed.end,
                                       DROP_REASON.format(what=_DROP_WHAT[span.aspect])))
            elif own:
                candidates.append(trimmed)
            else:
                changes.extend(_attitude_changes(text, trimmed.start, trimmed.end, protected))
        # A remark with words of its own goes only if it reads harsh on its own too
        # ("semua ada di linktree bio" after a sneer is the way forward, and stays).
        harsh = self._goes_alone([c.text for c in candidates], self._threshold)
        for piece, alone in zip(candidates, harsh, strict=True):
            if alone and not _list_item(text, piece.start, piece.end):
                changes.append(_delete(text, piece.start,
                                       _past_own_emoji(text, piece.end),
                                       DROP_REASON.format(what=_DROP_WHAT[piece.aspect])))
            else:
                changes.extend(_attitude_changes(text, piece.start, piece.end, protected))
        return changes

    def _calm_changes(self, text: str, protected) -> list[_Change]:
        exclaims = [_Change(m.start(), m.end(), ".", EXCLAIM_REASON)
                    for m in re.finditer(r"(?<![!?])!(?![!?])", text)
                    if not _overlaps(m.start(), m.end(), protected)
                    and not re.search(r"terima kasih|makasih|selamat",
                                      text[max(0, m.start() - 25) : m.start()], re.I)]
        # A command of a word or three called out on its own ("Tunggu!", "Ikat!") is
        # asked for instead: "Mohon tunggu." So is any sentence of a flagged reply that
        # opens on a bare command to act ("Kirim foto KTP." -> "Mohon kirim foto KTP."),
        # past the citizen's title and fillers: curt in a reply already read as harsh. A
        # sentence of nothing but "Sekarang." after it is asked with it ("Mohon segera
        # kirim foto KTP.").
        calmer: list[_Change] = []
        found = sentences(text)
        for k, (start, end) in enumerate(found):
            first = _WORD.match(text, _words_begin(text, start, end, protected))
            if (first is not None and first.end() <= end
                    and first.group(0).lower() in _asked_verbs()
                    and not first.group(0).isupper()  # (shouting is mended as a whole)
                    and not _VERB_AS_TOPIC.search(text[first.end() : end].split(",")[0])):
                request = _polite_command(text, first.start(), end, protected)
            elif text[start:end].rstrip().endswith("!") and 1 <= len(
                    _WORD.findall(text, start, end)) <= MAX_CALLED_OUT_WORDS:
                request = _polite_command(text, start, end, protected)
            else:
                request = None
            if request is None:
                continue
            after = found[k + 1] if k + 1 < len(found) else None
            if (after is not None and request.new.lower().startswith("mohon ")
                    and not request.new.lower().startswith("mohon segera")
                    and _urges_only(text, *after)
                    and not _overlaps(*after, protected)):
                request = dataclasses.replace(
                    request, new=f"{request.new[:6]}segera {request.new[6:]}")
                calmer.append(_delete(text, *after, URGING_REASON.format(
                    word=text[after[0] : after[1]].strip(" .!\n"))))
            calmer.append(request)
            # ... without the curt particles of its clause ("Cek lagi lah." ->
            # "Mohon cek lagi.", "Lapor aja ke ..." -> "Mohon lapor ke ...")
            comma = text.find(",", request.end, end)
            calmer += _attitude_changes(text, request.end,
                                        end if comma < 0 else comma, protected)
        # (a lone "!" gives way to a sentence that goes whole)
        return calmer + exclaims

    def _frame(self, text: str, analysis: Analysis, changes: list[_Change],
               register: Register, apology: bool) -> list[_Change]:
        """Greeting, thanks, apology and a closing offer of help, only where missing,
        addressing the citizen as the draft does ("Ibu", "Kakak"), else "Bapak/Ibu"."""
        polite = analysis.polite
        framed = list(changes)
        who = address_of(text)
        # (an opening the lexicon does not know as a greeting greets all the same: "@x Mbah,")
        greeted = bool(polite.get("salam") or polite.get("sapaan")
                       or _WORD.search(_opening(text) or ""))
        body = []
        if not _kept(polite.get("terima_kasih"), changes) and not any(
                "terima kasih" in c.new.lower() for c in changes):
            # (a swap may already thank: "kok baru lapor sekarang" -> "terima kasih telah
            # melapor")
            body.append(THANKS[register].format(who=who))
        if apology and not _kept(polite.get("maaf"), changes) and not any(
                _APOLOGY_BEFORE.strip() in c.new for c in changes):
            # (one apology: a sentence already opened with "Mohon maaf sebelumnya" has it)
            body.append(APOLOGIES[register].format(who=who))
        after_handles = _after_handles(text)
        said_last: list[str] = []  # framing said at the end, before the closing
        if after_handles is not None:
            # A reply to a post opens with the citizen's handle and keeps it first:
            # "Halo @rina_pkl, terima kasih ... . Syarat ..." (never "Terima kasih ... .
            # @rina_pkl Syarat ...", where the handle floats mid-text).
            handled, said_last = _framed_after_handles(text, after_handles, body, changes,
                                                       greet=not polite.get("salam"))
            # (an edit of the first word that now takes a capital stands in for itself)
            framed = [c for c in framed if not any(
                (c.start, c.end, c.reason) == (h.start, h.end, h.reason) for h in handled)]
            framed.extend(handled)
        elif not greeted:
            # (a draft that opens with a list keeps its first item on a line of its own)
            opening = GREETINGS[register].format(who=who) + " ".join(body) + (
                ("\n" if _LIST_ITEM.match(text) else " ") if body else "")
            framed.append(_Change(0, 0, opening, FRAME_REASON))
        elif body and (taken := _thanks_in_place(text, " ".join(body), framed)) is not None:
            # The opening's sentence went whole ("Pak, <rumah sakit bukan hotel>."): the
            # thanks take its place after the title.
            framed = [c for c in framed if c is not taken[0]] + [taken[1]]
        elif body:
            thanks = _after_opening(text, " ".join(body))
            inserted = thanks[0]
            if inserted.start and inserted.new.rstrip().endswith("."):
                # The draft word that now opens a sentence is itself being edited ("Pak,
                # JANGAN ..." -> "mohon untuk tidak ..."): the edit takes the capital.
                rest = inserted.end
                rest = _past_spaces(text, rest)
                for i, c in enumerate(framed):
                    if c.start == rest and c.new[:1].islower():
                        framed[i] = _Change(c.start, c.end, _capitalize(c.new), c.reason)
                        thanks = [t for t in thanks if t.reason != CAPITAL_REASON]
            if any(_clashes(t, c) for t in thanks for c in changes):
                # What follows the opening was edited: a letter carries on after its
                # thanks with "Adapun"; a chat opening whose sentence went takes the thanks
                # in its place ("Pak Joko, <...>." -> "Pak Joko, terima kasih ...");
                # otherwise thanks go first.
                thanks = _letter_thanks(text, " ".join(body), changes) or []
                if not thanks and (taken := _thanks_in_place(text, " ".join(body),
                                                             framed)) is not None:
                    framed = [c for c in framed if c is not taken[0]]
                    thanks = [taken[1]]
                thanks = thanks or [_Change(0, 0, " ".join(body) + " ", THANKS_REASON)]
            if (any(t.start == 0 for t in thanks) and _GREETS_FIRST.match(text)
                    and _GREETS_FIRST.match(_apply(text, _non_overlapping(list(changes))))):
                # "@arif_m Kak, petugas kami ...", "Halo Kak, petugas ...": thanks before
                # a handle would leave it mid-text, before "Halo" they would come before
                # the greeting, and after "Kak," they would recase a word that may be a
                # fact as written; they close the reply instead.
                thanks, said_last = [], body
            framed.extend(thanks)
        # Framing the reply could not open with goes before the offer of help (or last).
        last = " ".join(said_last) + " " if said_last else ""
        # (a receipt, "telah kami terima", is no way forward; nor is a closing or a way
        # forward inside a sentence that went)
        forward = [(a, b) for a, b in polite.get("jalan_keluar") or ()
                   if not _RECEIPT.fullmatch(text, a, b)]
        offer = ("" if _kept(polite.get("penutup"), changes) or _kept(forward, changes)
                 else CLOSINGS[register])
        reason = (CLOSING_REASON if not last else THANKS_REASON if not offer
                  else THANKS_CLOSING_REASON)
        if last or offer:
            sign_off = _sign_off(text, analysis)
            if sign_off is not None:
                # "... Trims Pak." / "... Wassalamualaikum.": the offer of help comes
                # before the officer's own thanks or farewell, which stay last.
                gap = text[len(text[:sign_off].rstrip()) : sign_off]
                framed.append(_Change(sign_off, sign_off, (last + offer).rstrip() + (
                    gap if "\n" in gap else " "), reason))
                return _non_overlapping(framed)
            end = len(text.rstrip())
            draft = _apply(text, _non_overlapping(framed))
            # (after a closing emoji too: "... ya 😊. Kalau ..." keeps the sentences apart
            # for every later round, which reads sentences by their marks)
            gap = " " if _SENTENCE_END.search(draft) else ". "
            if _LIST_ITEM.match(text, text.rfind("\n", 0, end) + 1) and "\n" in text[:end]:
                gap = "\n"  # a list that ends the reply keeps its last item to itself
            framed.append(_Change(end, end, gap + (last + offer).rstrip(), reason))
        return _non_overlapping(framed)


MAX_SIGN_OFF_WORDS = 5
# The polite lexicon's way forward that only says a report arrived or was noted.
_RECEIPT = re.compile(r"(?:(?:sudah|telah)\s+)?kami\s+(?:terima|catat)", re.IGNORECASE)


def _kept(ranges: Sequence[tuple[int, int]] | None, changes: Sequence[_Change]) -> bool:
    """Whether some of ``ranges`` (the draft's thanks, say) outlives ``changes``: thanks
    inside a sentence that goes ("Dasar warga nggak tahu terima kasih.") thank no one."""
    if not ranges:
        return False
    gone: list[list[int]] = []  # the stretches the changes replace, touching ones joined
    for change in sorted(changes, key=lambda c: c.start):
        if gone and change.start <= gone[-1][1]:
            gone[-1][1] = max(gone[-1][1], change.end)
        else:
            gone.append([change.start, change.end])
    return any(not any(x <= a and b <= y for x, y in gone) for a, b in ranges)


def _general_apology_removed(text: str) -> list[_Change]:
    """The general apology this rewriter adds (either register's, whoever it addresses:
    "Bapak/Ibu" of a draft that names no one) taken out of ``text``."""
    changes = []
    for pattern in _APOLOGY_PATTERNS:
        found = pattern.search(text)
        if found is not None:
            at, stop = found.span()
            stop = _past_spaces(text, stop)
            if (stop == len(text) or text[stop] == "\n") and text[at - 1 : at] == " ":
                at -= 1  # "... sampaikan. <apology>\n": no space left before the break
            changes.append(_Change(at, stop, "", APOLOGY_MOVED_REASON))
    return changes


_APOLOGY_WORDS = re.compile(rf"\b(?:{_APOLOGY})\b", re.IGNORECASE)


# Two apologies side by side in one clause: "Maaf Pak, mohon maaf, belum dapat ...".
_DOUBLE_APOLOGY = re.compile(
    r"\b(?:mohon[ \t]+)?maaf\b(?:[ \t,]+(?:ya|yah|nggih))?(?:[ \t,]+(?:pak|bu|bapak|ibu|"
    r"kak|kakak|mas|mbak|saudara|saudari|sdr))?[ \t]*,[ \t]*(?P<second>mohon[ \t]+maaf[ \t]*,"
    r"[ \t]*)", re.IGNORECASE)
DOUBLE_APOLOGY_REASON = "Permohonan maaf tidak perlu diulang dalam satu kalimat."


def _apology_said_twice(draft: str, text: str) -> tuple[str, list[_Change]] | None:
    """The second of two apologies side by side that the draft did not write so ("Maaf
    Pak, tidak bisa." -> "Maaf Pak, mohon maaf, belum dapat kami penuhi." -> "Maaf Pak,
    belum dapat kami penuhi.")."""
    found = _DOUBLE_APOLOGY.search(text)
    if found is None or _DOUBLE_APOLOGY.search(draft):
        return None
    changes = [_Change(found.start("second"), found.end("second"), "",
                       DOUBLE_APOLOGY_REASON)]
    return _apply(text, changes), changes


def _one_apology(draft: str, text: str) -> tuple[str, list[_Change]] | None:
    """An apology this rewriter added that another apology in ``text`` already says: the
    general one ("Kami mohon maaf atas ketidaknyamanan ...") or a standalone "Mohon maaf
    sebelumnya." goes when the reply says sorry elsewhere ("Mohon maaf, kami tidak dapat
    ..."). One said in the draft is the draft's and stays."""
    if len(_APOLOGY_WORDS.findall(text)) < 2:
        return None
    changes = _general_apology_removed(text) if not any(
        pattern.search(draft) for pattern in _APOLOGY_PATTERNS) else []
    if not changes and _APOLOGY_BEFORE in text and _APOLOGY_BEFORE not in draft:
        at = text.index(_APOLOGY_BEFORE)
        changes = [_Change(at, at + len(_APOLOGY_BEFORE), "", APOLOGY_MOVED_REASON)]
    if not changes:
        return None
    new_text = _apply(text, changes)
    if len(_APOLOGY_WORDS.findall(new_text)) < 1:
        return None
    return new_text, changes


def _sign_off(text: str, analysis: Analysis) -> int | None:
    """Where a closing thanks or farewell that ends the reply begins ("Trims Pak.",
    "Terima kasih 🙏", "Wassalamualaikum."): a short last sentence, on its own after a
    finished one, made of thanks or greetings and the citizen's title; or a letter's
    closing formula ("Demikian tanggapan kami.", "Atas perhatian Bapak, kami ucapkan terima
    kasih."); or, failing both, the signature block that ends it ("Salam,\nTim Pengaduan
    DPUPR", "- Admin Dinkes"). The offer of help goes before them, never after the name of
    who signs."""
    block = _SIGNATURE.search(text) or _dash_signature(text)
    limit = len(text) if block is None else block.start() + 1
    found = sentences(text[:limit].rstrip())
    if len(found) < 2:
        return limit if block is not None and found else None
    start, end = found[-1]
    before = text[:start].rstrip()
    finished = bool(before) and bool(_SENTENCE_END.search(before)
                                     or text[len(before):start].count("\n"))
    if (finished and _LETTER_CLOSING.match(text, start)
            and len(_WORD.findall(text, start, end)) <= MAX_CLOSING_FORMULA_WORDS):
        return start
    at = _courtesy_sign_off(text, analysis, start, end) if finished else None
    return at if at is not None else (limit if block is not None else None)


# A signature block on lines of its own at the end of a letter: a sign-off word ("Salam,",
# "Hormat kami,", "Tertanda,", "Wassalamualaikum wr. wb.") and up to three short lines
# naming who signs.
_SIGNATURE = re.compile(
    r"\n[ \t]*(?:salam(?:[ \t]+(?:hormat|sehat|kami))?|hormat[ \t]+(?:kami|saya)|tertanda"
    r"|ttd\.?|wassalam[^\n]{0,60}?)[ \t]*,?[ \t]*(?:\n+[ \t]*[^\n]{1,80}){1,3}\s*\Z",
    re.IGNORECASE)
# ... or a chat's signature after a dash: "- Admin DPUPR", "~ Tim Humas".
_DASH_SIGNATURE = re.compile(r"\n[ \t]*[-–—~][ \t]*[^\W\d_][^\n.!?]{0,60}\s*\Z")


def _dash_signature(text: str) -> re.Match[str] | None:
    """A dash signature (:data:`_DASH_SIGNATURE`) that is not the last item of a list."""
    found = _DASH_SIGNATURE.search(text)
    if found is None:
        return None
    line = text.rfind("\n", 0, found.start()) + 1
    return None if _LIST_ITEM.match(text, line, found.start()) else found


# A letter's closing formula, said last: "Demikian tanggapan kami.", "Demikian untuk menjadi
# maklum.", "Atas perhatian dan kerja sama Ibu, kami ucapkan terima kasih."
# ("Demikian juga ...", "Demikian pula ..." go on with the letter's content)
_LETTER_CLOSING = re.compile(
    r"(?:demikian(?![ \t]+(?:juga|pula|halnya|pun)\b)|atas[ \t]+perhatian)\b", re.IGNORECASE)
MAX_CLOSING_FORMULA_WORDS = 14


def _courtesy_sign_off(text: str, analysis: Analysis, start: int, end: int) -> int | None:
    """``start`` when the sentence ``text[start:end]`` is a short thanks or farewell made of
    courtesy words, the citizen's title and name."""
    words = _WORD.findall(text, start, end)
    courtesy = analysis.polite_ranges("terima_kasih", "salam", "penutup")
    if not words or len(words) > MAX_SIGN_OFF_WORDS or not _overlaps(start, end, courtesy):
        return None
    names = fact_ranges(text, analysis)  # "Terima kasih Bu Vero 😊": her name may stand
    if any(_plain(w) not in _SIGN_OFF_WORDS | _ADDRESS and not _overlaps(
            m.start(), m.end(), courtesy + names) for m in _WORD.finditer(text, start, end)
            for w in [m.group(0)]):
        return None
    return start


_SIGN_OFF_WORDS = frozenset("ya nggih njih sekali banyak atas kami".split())


_LETTER = re.compile(r"\s*(?:Nomor\s*:\s*\S+\s+)?(?:@\S+\s+)*(?:Kepada\b|Yth\b|"
                     r"Yang terhormat|Dengan hormat|[^,\n]*\byang terhormat\b)",
                     re.IGNORECASE)
# Words that open the body of a letter after "Yth. Ibu Ani, ...", never facts themselves.
_LETTER_OPENERS = frozenset(
    "perlu menanggapi sehubungan berdasarkan terkait bersama mohon dengan mengenai atas "
    "menindaklanjuti merespons membalas dapat sebagaimana seperti sesuai menurut terima maaf "
    "semoga".split())


def _left_in_place(text: str, suggestion: str, spans: Sequence[Span], protected
                   ) -> list[str]:
    """A note for each marked phrase the suggestion still holds word for word, saying why
    it was not changed: it states a fact, or the decision itself."""
    notes = []
    for span in spans:
        if span.text not in suggestion:
            continue
        words = [_plain(w) for w in _WORD.findall(span.text)]
        if _overlaps(span.start, span.end, protected) or set(words) & lexicons.service_nouns():
            why = "fakta yang harus tetap tersampaikan"
        elif _refuses(words):
            why = "keputusan yang harus tetap tersampaikan"
        else:
            why = "isi yang tidak dapat dihapus dengan aman"
        phrase = span.text if len(span.text) <= 60 else span.text[:57].rstrip() + "…"
        note = LEFT_NOTE.format(phrase=phrase, aspect=span.aspect, why=why)
        if note not in notes:
            notes.append(note)
    return notes


def address_of(text: str) -> str:
    """How the draft addresses the citizen: its first title ("Bu" -> "Ibu"), else both. A
    title before an office inside the reply names an official, not the citizen ("Jangan
    bawa-bawa nama Pak Lurah. ... domisili Ibu ..." -> "Ibu")."""
    for match in _WORD.finditer(text):
        title = _TITLES.get(match.group(0).lower())
        if title and (match.group(0)[:1].isupper() or _ADDRESSED_SMALL.match(text, match.end())
                      and _ADDRESSING_FIRST.fullmatch(text, 0, match.start())):
            # (a title in small letters addresses the citizen only where the draft opens
            # on it: "pak, berkasnya ...", not "ibu hamil")
            office = _WORD.match(text, _past_spaces(text, match.end()))
            if (office is not None and office.group(0).lower() in _OFFICES
                    and not _ADDRESSING_FIRST.fullmatch(text, 0, match.start())):
                continue
            if _BOTH_TITLES.match(text, match.start()):
                return DEFAULT_ADDRESS  # "Bapak/Ibu" addresses both
            return title
    return DEFAULT_ADDRESS


# Offices a title may go before when the reply speaks of an official ("Pak Lurah").
_OFFICES = frozenset("lurah camat walikota wali bupati gubernur kades kadus menteri presiden "
                     "kadis kapolsek kapolres sekda dirut kapus".split())
# What may stand before the title that addresses the citizen: handles, a salutation.
_ADDRESSING_FIRST = re.compile(r"(?:\s|@\w+|yth\.?|kepada|halo|hai|selamat[ \t]+\w+|"
                               r"dengan[ \t]+hormat,?)*", re.IGNORECASE)
_BOTH_TITLES = re.compile(r"(?:Bapak|Pak|Bpk)\s*/\s*(?:Ibu|Bu)\b", re.IGNORECASE)
# What follows a title in small letters that opens a draft as its address: a comma.
_ADDRESSED_SMALL = re.compile(r"[ \t]*,")


# An opening that stops at the dot of a shortened title ("Yth. Sdr.", "Kepada Bpk.").
_TITLE_DOT_ENDS = re.compile(r"\b(?:Sdr|Sdri|Bpk)\.$", re.IGNORECASE)
# Words that go on from a letter's opening to say who the citizen is ("Yth. Bapak Sumarno,
# selaku wali murid SD Negeri 02. ...", "Dengan hormat, kepada Ibu Nur. ...").
_APPOSITION_WORDS = frozenset("selaku sebagai kepada".split())
_APPOSITION_STOP = re.compile(r"[,.!?\n]")
MAX_APPOSITION = 160  # code points


def _opening(text: str, start: int = 0) -> str | None:
    """A letter's or chat's opening at ``start`` (:data:`_OPENING`), with what goes on to say
    who the citizen is: "selaku ..." up to the end of its sentence, or a run of capitalised
    words ("Ketua Paguyuban PKL Jalan Dr. Sutomo,") before the letter's first words. Thanks
    then follow the whole opening and never split it."""
    match = _OPENING.match(text, start) or _ROLE_OPENING.match(text, start)
    if match is None:
        return None
    if (_TITLE_DOT_ENDS.search(match.group(0))
            and (role := _ROLE_OPENING.match(text, start)) is not None
            and role.end() > match.end()):
        # "Yth. Sdr. Ketua RT 02 RW 04 Kelurahan Noyontaan, ...": the dot of a shortened
        # title ends no opening; the role after it does
        match = role
    opening = match.group(0)
    end = match.end()
    if (opening.endswith(",") and _LETTER.match(opening) and text[end : end + 1] == " "
            and (role := _ROLE_APPOSITION.match(text, end + 1)) is not None):
        # "Yth. Bapak H. Nasrudin, pedagang kios B-17 Pasar Banjarsari. ...": who the
        # citizen is, said as a sentence of its own
        return text[start : role.end()]
    first = (_WORD.match(text, end + 1) if opening.endswith(",") and end < len(text)
             and _LETTER.match(opening) else None)
    if first is None or text[end : first.start()] != " ":
        return opening
    by_word = first.group(0).lower() in _APPOSITION_WORDS
    if not by_word and not first.group(0)[:1].isupper():
        return opening
    for stop in _APPOSITION_STOP.finditer(text, first.end(), end + MAX_APPOSITION):
        before = _WORD.findall(text, first.start(), stop.start())
        if any(not _names_who(word, by_word) for word in before[1:]):
            return opening  # the letter itself has begun ("sebagai warga seharusnya ...")
        mark = stop.group(0)
        if mark == "." and before and before[-1].lower() in _ABBREVIATIONS:
            continue  # "Jl.", "Dr.": inside a name
        if mark == "." and (stop.end() == len(text) or text[stop.end()].isspace()):
            return text[start : stop.end()]
        if mark == "," and re.match(r"[ \t]*\n", text[stop.end() :]):
            return text[start : stop.end()]  # "..., Ketua RT 03 RW 05,\n": its own line
        after = _WORD.match(text, stop.end() + 1) if mark == "," else None
        if (after is not None and text[stop.end() : after.start()] == " "
                and _plain(after.group(0)) in _LETTER_OPENERS | {"kami"}):
            # "..., Ketua RT 03, menanggapi ..."; not "..., sebagai saran, ada baiknya ..."
            return text[start : stop.end()]
        if mark != "," or not by_word:
            return opening
    return opening


_APPOSITION_LINKS = frozenset("di dan dari pada ke".split())
# A letter's opening may go on with the citizen's role, up to its full stop: "pedagang kios
# B-17 Pasar Banjarsari.", "juru parkir resmi di Jl. Sultan Agung." (no verb in it).
_ROLE_APPOSITION = re.compile(
    # (in small letters: a capitalised role, "Ketua Paguyuban ...", reads as a name)
    r"(?-i:pedagang|pemilik|pengelola|juru|ketua|warga|pengurus|wali|pelanggan|pemohon|"
    r"penerima|pengusaha|kepala|sekretaris|anggota|pengemudi|sopir|guru|penghuni|penyewa|"
    r"pengembang|kontraktor|pasien|peserta|orang[ \t]+tua)\b"
    r"(?:[ \t]*,?[ \t]+(?!(?:sudah|sdh|telah|akan|wajib|harus|tidak|tdk|belum|bisa|dapat|yang|yg|"
    r"adalah|merupakan|sedang|mohon|kami|saya|agar|untuk|karena|bahwa|masih|juga)\b)"
    # (up to the full stop that ends it, or the comma that ends its line: "Yth. Ibu Yanti,
    # warga Kelurahan Yosorejo,\n")
    r"(?:Jl\.|Gg\.|No\.|[\w/-]+)){0,8}(?<!\bJl)(?<!\bGg)(?<!\bNo)(?:\.(?=\s|$)|,(?=[ \t]*\n))",
    re.IGNORECASE)


def _names_who(word: str, by_word: bool) -> bool:
    """A word that may stand in an apposition saying who the citizen is: a capitalised or
    numbered word (never a shouted one), or after "selaku ..." any word but a function word
    other than "di", "dan" and the like."""
    if word[:1].isdigit() or (word[:1].isupper() and not is_shouted_word(word)):
        return True
    lower = word.lower()
    return by_word and (lower in _APPOSITION_LINKS or lower not in lexicons.function_words())


# "yang", perhaps with who did it, right before a phrase: the phrase is a relative
# clause ("yang Bapak lakukan sendiri"), never a command.
_RELATIVE_BEFORE = re.compile(
    r"\byang(?:[ \t]+(?:bapak|ibu|pak|bu|anda|kamu|kalian|saudara|saudari|sdr|mereka|dia|"
    r"warga|njenengan|sampeyan|kakak|kak))?[ \t]+$", re.IGNORECASE)


_REQUEST_WORD = re.compile(r"(?:mohon|silakan)\b", re.IGNORECASE)
# ... and a phrase that asks for something, by the office too ("kami mohon kesabarannya").
_ASKED_FOR = re.compile(r"(?:kami[ \t]+)?" + _REQUEST_WORD.pattern, re.IGNORECASE)
# How the citizen is named right before a phrase that asks or advises.
_CITIZEN_NAMED = r"(?:bapak|ibu|saudara|saudari|sdr|kakak|kak|anda|mas|mbak)"
# The citizen advised just before a phrase: "sebaiknya Bapak ", "seharusnya ".
_ADVISED_OF = re.compile(r"\b(?:sebaiknya|seharusnya|harusnya|hendaknya|mestinya|semestinya|"
                         rf"coba|cobalah)(?:\s+{_CITIZEN_NAMED})?\s+$", re.IGNORECASE)
# The citizen asked for something just before a phrase: "kami minta Ibu ", "agar Bapak ".
_ASKED_OF = re.compile(r"\b(?:minta|meminta|mohon|harap|berharap|agar|supaya)"
                       rf"\s+{_CITIZEN_NAMED}\s+$", re.IGNORECASE)
# "yang" a word or two before a phrase: it stands inside a relative clause.
_RELATIVE_NEAR = re.compile(r"\byang(?:[ \t]+[^\W\d_]+){0,2}[ \t]+$", re.IGNORECASE)
# An alternative that brings its own subject, and a modal verb right before a phrase.
_STATED_SUBJECT = re.compile(r"hal (?:ini|tersebut)\b", re.IGNORECASE)
_MODAL_BEFORE = re.compile(r"\b(?:dapat|bisa|akan|bakal|pasti|langsung)[ \t]+$",
                           re.IGNORECASE)
# Words that only wonder why, before a phrase the lexicon answers with thanks: "Kami heran
# kenapa Bapak ...", "Lho kok Ibu ...".
_WONDERING = frozenset("kami saya heran aneh kenapa mengapa kok lho loh wah lha ya".split())
# Words that only stress a condition: "kalau memang ...".
_MERE = frozenset("memang emang mmg".split())
# A verb of manner that wants its judgement after it: "bersikap <kekanak-kanakan>".
_BEARING_BEFORE = re.compile(r"\b(?:bersikap|berperilaku|bertingkah|bertindak|bersifat)[ \t]+$",
                             re.IGNORECASE)
# "yang" just before a phrase: what follows says whom the clause is about ("warga yang").
_WHOM_BEFORE = re.compile(r"\b(?:yang|yg)[ \t]+$", re.IGNORECASE)
# Words that ask, before a phrase that thanks take the place of.
_ASKING_WORDS = frozenset("mohon tolong harap".split())
# A request made just before a phrase: "Silakan Bapak ...", "mohon Ibu ...".
_REQUEST_BEFORE = re.compile(r"\b(?:mohon|silakan|silahkan|tolong)(\s+[^\W\d_]+)?\s+$",
                             re.IGNORECASE)


def _said_nothing_else(text: str, start: int, end: int, inside: list[Hit]) -> bool:
    """A sentence (``text[start:end]``, holding the lexicon phrases ``inside``) that says,
    besides them, only empty words: not a promise ("..., nanti kalau sudah jadi kami
    kabari") nor where to turn ("Lapor ke sana ya, ..."), common words as they are."""
    rest = [m for m in _WORD.finditer(text, start, end)
            if not any(h.start <= m.start() < h.end for h in inside)]
    if not inside or not all(m.group(0).lower() in _empty_words() for m in rest):
        return False
    words = [_plain(m.group(0)) for m in rest]
    # (nor a decision said in a word: "Sekarang sudah tutup, mau gimana lagi.")
    return not (_promises(words) or _pledges(words) or _refuses(words)
                or set(words) & _TURNED_DOWN
                or _WHERE_TO_TURN.search(" ".join(m.group(0) for m in rest)))


def _pledges(words: Sequence[str]) -> bool:
    """Whether the words hold the office's word to act: "kami" or "saya" right before a
    deed ("kami kabari", "saya cek lagi"), never refused or forbidden around it."""
    return any(word in _PLEDGERS and i + 1 < len(words) and (
        words[i + 1] in _DEEDS or any(root in words[i + 1] for root in _SERVICE_ACTIONS))
        and not set(words[max(0, i - 3) : i + 3]) & _NOT_A_DEED
        for i, word in enumerate(words))


_PLEDGERS = frozenset("kami saya kula".split())


def _after_opening(text: str, sentences_: str) -> list[_Change]:
    """Thanks and apology put where a letter would: right after the opening ("Yth. Ibu
    Sri, terima kasih ... . Perlu kami ..."), else first. The draft word that now starts a
    sentence takes a capital, as one more edit."""
    opening = _opening(text)
    if opening is None and (number := _LETTER_NUMBER.match(text)) is not None:
        opening = number.group(0)  # "Nomor: 470/212/Disdukcapil/2025." heads the letter
    if opening is None or not opening.strip(" \t\n,.!"):
        return [_Change(0, 0, sentences_ + " ", THANKS_REASON)]
    end = len(opening)
    after = _WORD.match(text, end + 1) if end < len(text) else None
    if (opening.endswith(",") and after is not None and text[end:after.start()] == " "
            and not after.group(0)[:1].isupper()
            and _plain(after.group(0)) not in lexicons.function_words() | _LETTER_OPENERS):
        # "Kak, meteran air itu ...": capitalising "meteran" would change a fact as
        # written, so a letter goes on with "Adapun meteran ...", a chat thanks first.
        if _LETTER.match(opening):
            return [_thanks_going_on(end, sentences_)]
        return [_Change(0, 0, sentences_ + " ", THANKS_REASON)]
    if opening.endswith(","):
        changes = [_Change(end, end, " " + sentences_[:1].lower() + sentences_[1:],
                           THANKS_REASON)]
    elif re.search(r"\w$", opening) and text[end : end + 1] in ("\n", ""):
        # "Yth. Bapak Sugiono" on a line of its own: the thanks go on after a comma
        # ("Yth. Bapak Sugiono, terima kasih ..."), not after a space ("Sugiono Terima")
        return [_Change(end, end, ", " + sentences_[:1].lower() + sentences_[1:],
                        THANKS_REASON)]
    else:
        changes = [_Change(end, end, " " + sentences_, THANKS_REASON)]
    rest = end
    while rest < len(text) and text[rest] in " \t":
        rest += 1
    if rest < len(text) and text[rest].islower() and opening.endswith(","):
        changes.append(_Change(rest, rest + 1, text[rest].upper(), CAPITAL_REASON))
    elif rest < len(text) and text[rest] != "\n":
        # The next sentence follows after a space.
        changes[0] = _Change(end, end, changes[0].new + " ", THANKS_REASON)
        if text[end:rest]:
            changes[0] = _Change(end, rest, changes[0].new, THANKS_REASON)
    return changes


# A letter's number heading it, as a sentence of its own: "Nomor: 470/212/Disdukcapil/2025."
_LETTER_NUMBER = re.compile(r"\s*Nomor\s*:\s*\S+?\.(?=[ \t\n])", re.IGNORECASE)


# The handles a reply to a post opens with ("@rina_pkl", "@a @b"), and what parts them from
# the reply's first word: a space, a comma, a line break.
_LEAD_HANDLES = re.compile(r"[ \t]*" + HANDLE.pattern + r"(?:[ \t]+" + HANDLE.pattern + r")*")
_AFTER_HANDLES = re.compile(r"[ \t]*,?[ \t]*(?:\n[ \t]*)?")
HANDLE_GREETING = "Halo "
# A draft that opens with a handle or a greeting: nothing of the rewriter's goes before it.
_GREETS_FIRST = re.compile(r"\s*(?:@|(?:Halo|Hallo|Hai|Assalamu|Salam|Selamat[ \t]+(?:pagi|siang|"
                           r"sore|malam))\b)", re.IGNORECASE)
# Words that open thanks or an apology: after "Halo @andi," they go on in lower case.
_THANKING = frozenset("terima makasih maaf ngapunten matur".split())
LOWER_REASON = "Huruf kecil karena kalimat kini diawali sapaan."


@cache
def _take_a_capital() -> frozenset[str]:
    return lexicons.function_words() | {"mohon", "silakan", "silahkan"}


def _after_handles(text: str) -> tuple[int, int] | None:
    """For a draft that opens with the citizen's handle and goes straight on ("@rina_pkl
    Syarat ..."): where the handles end and where the first word begins. None for any other
    opening, and for handles before a title or greeting ("@x Kak, ..."), which
    :func:`_opening` reads."""
    handles = _LEAD_HANDLES.match(text)
    if handles is None or _opening(text) is not None:
        return None
    first = _AFTER_HANDLES.match(text, handles.end()).end()
    if first == handles.end() or first >= len(text) or not text[first].isalnum():
        return None
    return handles.end(), first


def _framed_after_handles(text: str, at: tuple[int, int], body: list[str],
                          changes: Sequence[_Change], greet: bool
                          ) -> tuple[list[_Change], list[str]]:
    """Framing for a reply that opens with handles (``at``: :func:`_after_handles`): "Halo"
    before them when the draft greets no one, and the thanks (and apology) right after
    them when the word that follows may open a sentence: one with a capital, or a function
    word that takes one ("kalau" -> "Kalau"). A word of the draft's own that may be a fact
    as written ("meteran air ...") keeps its case: the thanks then close the reply (the
    second value: sentences said last)."""
    end, first = at
    start = len(text) - len(text.lstrip(" \t"))
    out = [_Change(start, start, HANDLE_GREETING, FRAME_REASON)] if greet else []
    comma = "," + ("\n" if "\n" in text[end:first] else " ")
    if any(c.start < first and c.end > end or c.start < end for c in changes):
        return out, body  # (the opening itself is being edited)
    kept = _non_overlapping(list(changes))
    after = _apply(text, kept)
    handles = text[start:end]
    rest = after[len(handles) :].lstrip(" \t,\n") if after.startswith(handles) else ""
    edited = next((c for c in kept if c.start == first), None)
    word = _WORD.match(rest)
    if not body:
        if not greet:
            return [], []
        if word is None or not word.group(0)[:1].isupper():
            return out + [_Change(end, first, comma, FRAME_REASON)], []
        if edited is None and _plain(word.group(0)) in _take_a_capital() | _THANKING:
            # "@andi Terima kasih ..." -> "Halo @andi, terima kasih ..."
            return out + [_Change(end, first, comma, FRAME_REASON),
                          _Change(first, first + 1, text[first].lower(), LOWER_REASON)], []
        return out + [_Change(end, end, ".", FRAME_REASON)], []  # "Halo @andi. Saluran ..."
    said = " ".join(body)
    capital = None
    opens = not rest[:1].islower()  # a capital, a digit
    if not opens and word is not None and _plain(word.group(0)) in _take_a_capital():
        # (the rewriter's own word, "mohon ...", or a function word of the draft)
        opens = True
        capital = (_Change(edited.start, edited.end, _capitalize(edited.new), edited.reason)
                   if edited is not None and edited.new[:1].islower()
                   else _Change(first, first + 1, text[first].upper(), CAPITAL_REASON)
                   if edited is None and text[first].islower() else None)
        opens = capital is not None
    if not opens:
        return out + ([_Change(end, first, comma, FRAME_REASON)] if greet else []), body
    joined = comma + said[:1].lower() + said[1:] if greet else " " + said
    out.append(_Change(end, first, joined + ("\n" if "\n" in text[end:first] else " "),
                       THANKS_REASON))
    return out + ([capital] if capital is not None else []), []


def _thanks_in_place(text: str, sentences_: str, changes: Sequence[_Change]
                     ) -> tuple[_Change, _Change] | None:
    """For a chat opening ending with a comma ("Pak Joko, ...") whose sentence's rest is
    deleted up to its full stop: that deletion, and the change that puts the thanks where
    the rest was (the sentence's own mark ends them)."""
    opening = _opening(text)
    if opening is None or not opening.endswith(","):
        return None
    end = len(opening)
    for change in changes:
        if (not change.new and change.start == end - 1 and change.end > end
                and text[change.end : change.end + 1] in (".", "!")):
            new = ", " + sentences_[:1].lower() + sentences_[1:].rstrip().rstrip(".")
            return change, _Change(change.start, change.end, new,
                                   f"{change.reason} {THANKS_REASON}")
    return None


def _letter_thanks(text: str, sentences_: str, changes: Sequence[_Change]
                   ) -> list[_Change]:
    """Thanks after a letter's opening that ends with a comma, going on with "Adapun" so
    that no draft word needs a capital ("Yth. Ibu Sri, terima kasih ... . Adapun ...");
    none when the draft does not open as a letter or the opening itself was edited."""
    opening = _opening(text)
    if opening is None or not opening.endswith(",") or not _LETTER.match(opening):
        return []
    end = len(opening)
    if any(c.start < end for c in changes):
        return []
    return [_thanks_going_on(end, sentences_)]


def _thanks_going_on(end: int, sentences_: str) -> _Change:
    """The thanks inserted after a letter's opening at ``end``, in lower case after its
    comma, and the letter going on with "Adapun"."""
    return _Change(end, end, " " + sentences_[:1].lower() + sentences_[1:] + " Adapun",
                   THANKS_REASON)


# Particles that carry only the speaker's irritation; a flagged clause loses them first.
ATTITUDE_PARTICLES = frozenset(
    "dong sih kok lho loh deh tuh halah wong emang emangnya toh mah nih lah".split())
ATTITUDE_REASON = "Partikel yang terkesan ketus (\"{word}\") dihapus."
EDGE_REASON = ("Kata \"{word}\" dihapus karena menambah kesan menyalahkan, mengomel atau "
               "meremehkan.")
EDGE_PLAIN_REASON = ("Kata \"{word}\" diganti \"{plain}\": faktanya tetap disampaikan, tanpa "
                     "kesan meremehkan atau menyalahkan.")
URGED_REASON = ("Kata \"juga\" sesudah \"hari ini\" atau \"sekarang\" dihapus karena terdengar "
                "mendesak; waktunya tetap disampaikan.")
NO_EXCUSE_REASON = ("\"Tanpa alasan apa pun\" dihapus: permintaan tetap sama, tanpa nada "
                    "menuntut.")
_PLACE_WORDS = frozenset("sana sini situ".split())
_ADDRESS = _HONORIFICS | frozenset("kakak njenengan panjenengan sampeyan anda bun bunda mba dek "
                                    "dik".split())
MAX_NEW_WORDS = 2
# ... and a marked remark that is a whole sentence of its own, which leaves no clause
# hanging when it goes ("Biar semua tahu siapa yg jorok."): at five words it may explain.
MAX_WHOLE_WORDS = 4
# Read alone, a short remark lacks its context and scores lower than it reads in the reply:
# half the threshold is enough to call it harsh on its own.
ALONE_FACTOR = 0.5
# The most words a command called out on its own may have to be asked for instead.
MAX_CALLED_OUT_WORDS = 3
# Words that only press for speed, said as a sentence of their own after a command
# ("Kirim foto KTP. Sekarang.").
_URGING = frozenset("sekarang skrg skrang sekarang2 segera cepat cepet cepetan buruan juga "
                    "ya".split())


def _urges_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says nothing but :data:`_URGING` ("Sekarang.", "Buruan
    ya!"), one of them more than "ya" or "juga"."""
    words = {_plain(w) for w in _WORD.findall(text, start, end)}
    return bool(words) and words <= _URGING and bool(words - {"ya", "juga"})


URGING_REASON = ("Desakan \"{word}\" sesudah perintah dihapus; permintaannya disampaikan "
                 "dengan \"mohon segera\".")
# A whole sentence dropped as a last resort may bring at most this many words of its own;
# one that reads harsh alone with a score of CERTAIN or more, MAX_CERTAIN_WORDS.
MAX_SENTENCE_WORDS = 3
CERTAIN = 0.9
MAX_CERTAIN_WORDS = 10
# ... and so may a clause of a sentence that holds a fact in another clause.
MAX_CLAUSE_WORDS = 3
_PREPOSITIONS = frozenset("ke di dari".split())


@lru_cache(maxsize=65536)  # (called for every word of every rule's reading: pure, cheap to keep)
def _plain(word: str) -> str:
    """A word reduced for comparison: lower case, formal spelling, no "-nya", no "2"."""
    lower = word.lower().rstrip("2")
    formal = lexicons.informal_map().get(lower)
    if formal is not None:
        return formal
    if lower.endswith("nya") and len(lower) > 5:
        lower = lower[:-3]
    return lower


_EMOJI_RUN = re.compile(_EMOJI_CLASS + "+")
_PIECE_END = re.compile(r"[.!?…]+(?=\s|$)|" + _EMOJI_RUN.pattern)


def _pieces(text: str, spans: Sequence[Span]) -> list[Span]:
    """Each span cut at sentence ends and emoji ("Baru nanya skrg ya 😅 Semangat ya Bu"
    holds two remarks), so each remark is judged on its own."""
    pieces = []
    for span in spans:
        start = span.start
        for match in _PIECE_END.finditer(text, span.start, span.end):
            if text[start : match.start()].strip():
                pieces.append(_sub_span(text, span, start, match.start()))
            start = match.end()
        if text[start : span.end].strip():
            pieces.append(_sub_span(text, span, start, span.end))
    return pieces


def _sub_span(text: str, span: Span, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return span.model_copy(update={"start": start, "end": end, "text": text[start:end]})


_CONDITION_WORDS = "kalau|kalo|klo|klu|jika|jikalau|apabila|bila|sekali lagi|sampai"
_CONDITION = re.compile(rf"(?:{_CONDITION_WORDS})\b", re.IGNORECASE)
_CONDITIONS = frozenset(_CONDITION_WORDS.split("|"))
_AFTER_CONDITION = re.compile(rf"\b(?:{_CONDITION_WORDS})\s+$", re.IGNORECASE)
# Verbs that tell a complaint (plain forms), whose object a negation after them describes.
_COMPLAINING = frozenset("komplain protes lapor melapor melaporkan mengadu mengadukan ngadu "
                         "mengeluh mengeluhkan ngeluh".split())
# ... or objecting to a decision: a right too, but one that may stand on the facts it names.
_OBJECTING = frozenset("keberatan menyanggah sanggah membantah bantah menggugat gugat".split())
# A condition on the citizen going on complaining, posting or arguing ...
_VOICING = _COMPLAINING | frozenset(
    "mempersoalkan persoalkan menyebar menyebarkan nyebar sebar mengunggah unggah upload posting "
    "memposting memviralkan viralkan nulis menulis komentar komen berkomentar mengkritik menghasut "
    "ribut teriak berteriak nyinyir menuduh tuduh nuduh mengirim unggahan postingan "
    "tulisan konten status menelepon menelpon nelpon nelepon telepon telpon "
    # saying it again, in Indonesian chat ("kalo masih ngeyel bilang ...")
    "bilang ngomong mengatakan ngomel mengomel menggerutu koar".split()
) | _OBJECTING
# ... and a sanction the office then holds over them.
_RETALIATION = re.compile(
    r"\b(?:di|me|pe)?(?:cabut|coret|blokir|polisi|segel|tindak|proses hukum|laporkan|laporin)"
    r"\w*|\bhukum\b|\baparat\b|\bkepolisian\b|\bpolisi\b|\bsanksi\b|\bUU ITE\b|"
    r"\b(?:ditinjau|meninjau|tinjau) ulang\b|\b(?:tidak|tdk|gak|ga|nggak) segan\b|"
    r"\b(?:di)?kesampingkan\b|\bbongkar\w*|\bpembongkaran\b|\bpidana\b|"
    r"\b(?:tidak|gak|ga|nggak|ora|ojo ngarep)\s+dilayani\b|"
    r"\b(?:meng|di)?hentikan\s+(?:\w+\s+)?(?:layanan|pelayanan)\b|"
    # cancelled, restricted, left undone: "permohonan Ibu dapat kami batalkan", "akun Kakak
    # kami batasi", "surat2 Bapak gak usah diurus"
    r"\b(?:mem|di)?batalkan\b|\bpembatalan\b|\b(?:mem|di)?batasi\b|"
    # moved, expelled, cut off: "anak Ibu bisa kami pindah kelas", "... kami keluarkan"
    r"\b(?:di|me|ke)?pindah(?:kan)?\b|\b(?:di|menge|nge)?keluarkan\b|"
    r"\b(?:di|me|mem)?putus(?:kan)?\b|\bpaling[ \t]+(?:bawah|belakang)\b|"
    r"\btaruh[ \t]+(?:di[ \t]+)?(?:urutan[ \t]+)?paling[ \t]+akhir\b|"
    r"\b(?:tidak|tdk|gak|ga|nggak|ndak)\s+usah\s+diurus\b",
    re.IGNORECASE)


def _retaliates(text: str, start: int, end: int) -> bool:
    """Whether a sentence threatens the citizen with a sanction should they go on
    complaining, posting or arguing ("Mohon maaf, jika Ibu terus mempersoalkan nilai siswa
    lain di media sosial, kami tidak segan meninjau ulang status penerimaan putra Ibu."):
    retaliation for using the right to complain, which no reply needs, whatever facts it
    names. A sanction for anything else ("jika masih ditemukan jentik, ... disegel") is a
    rule and stays."""
    condition = _CONDITION_ANY.search(text, start, end)
    if condition is None:
        return False
    if condition.start() - start > 40 or text.find(",", condition.end(), end) < 0:
        # The sanction said first: "Kami dapat menghentikan layanan kepada Bapak apabila
        # keluhan serupa terus disampaikan di media sosial."
        # (against the citizen, named before the condition: "Kami akan meninjau ulang
        # apabila ada laporan lagi dari warga lain" promises; "tindak lanjut" is no sanction)
        words = [_plain(w) for w in _WORD.findall(text, condition.end(), end)]
        complained = any(w in _VOICING or w in _COMPLAINT_NOUNS for w in words)
        before = _FOLLOW_UP.sub("_", text[start : condition.start()])
        return (complained and bool(set(words) & _GOING_ON)
                and _RETALIATION.search(before) is not None
                and bool({_plain(w) for w in _WORD.findall(text, start, condition.start())}
                         & _ADDRESS))
    comma = text.find(",", condition.end(), end)
    if comma < 0:
        return False
    said = {w.lower() for w in _WORD.findall(text, condition.end(), comma)}
    said |= {_plain(w) for w in said}
    if said and said <= _BACK_REFERENCE:
        # "Sekali lagi begitu, bantuan ... dicabut.": the act is the sentence before's
        # ("Jangan sebar2 di grup WA kalau PKH dipotong.")
        before = text[: start].rstrip()
        previous = max((m.end() for m in re.finditer(r"[.!?\n]", before[:-1])), default=0)
        said |= {_plain(w) for w in _WORD.findall(before, previous)}
    voiced = bool(said & _VOICING)
    if not said & (_VOICING - _OBJECTING) and any(a < end and start < b
                                                   for a, b in _facts_in(text)):
        # "Apabila Bapak masih mengajukan keberatan, nama Bapak akan kami coret dari
        # DTKS.": the decision objected to is named, and stays (softened)
        return False
    after = [_plain(w) for w in _WORD.findall(text, comma, end)][:1]
    # ("kalau mau lapor, silakan ke kantor polisi": the way to do it; "..., belum dapat kami
    # tindak lanjuti": the decision on the complaint, no sanction)
    return (voiced and not set(after) & _INVITES
            and _RETALIATION.search(_FOLLOW_UP.sub("_", text[comma:end])) is not None)


# What a complaint is called, and words that say the citizen goes on with it: with both
# after it, a condition that follows its sanction is on speaking up ("... apabila keluhan
# serupa terus disampaikan ...").
_COMPLAINT_NOUNS = frozenset("keluhan aduan pengaduan laporan keberatan komplain protes "
                             "unggahan postingan".split())
_GOING_ON = frozenset("terus lagi masih kembali serupa berulang terus-menerus".split())
_FOLLOW_UP = re.compile(r"\btindak[ \t]*lanjut", re.IGNORECASE)
# A condition in Indonesian or Javanese ("nek sampeyan terus nulis elek ...").
_CONDITION_ANY = re.compile(rf"\b(?:{_CONDITION_WORDS}|nek|yen|yèn|lek)\b", re.IGNORECASE)
_INVITES = frozenset("silakan silahkan monggo mangga bisa".split())
# What a condition says when it points back at the act the sentence before named.
_BACK_REFERENCE = frozenset("begitu begini gitu gini seperti kayak kaya itu ini ketahuan "
                            "terjadi terulang hal".split())


def _own_words(text: str, start: int, end: int, protected) -> set[str] | None:
    """The content words ``text[start:end]`` brings that the rest of the reply does not
    also say; None when it must stay whatever they are: it states a fact the rest does not
    (numbers, names, codes; the citizen's title does not count), is empty or too long to
    be a remark, or says a refusal the rest does not also say."""
    outside_text = text[:start] + " " + text[end:]
    for a, b in protected:
        if start < b and a < end:
            fact = text[max(a, start) : min(b, end)]
            if _plain(fact) not in _ADDRESS and fact not in outside_text:
                return None
    inside = [_plain(w) for w in _WORD.findall(text, start, end)]
    if not inside or len(inside) > MAX_DROP_WORDS:
        return None
    outside_words = [_plain(w) for w in _WORD.findall(outside_text)]
    if _refuses(inside) and not _refuses(outside_words) or _turns_down(inside, outside_words):
        return None
    if _promises(inside):
        return None  # "Nanti juga diangkut.": curt, but the way forward
    ignorable = lexicons.function_words() | ATTITUDE_PARTICLES | _PLACE_WORDS | _ADDRESS
    return set(inside) - set(outside_words) - ignorable


def _turns_down(inside: Sequence[str], outside: Sequence[str]) -> bool:
    """Whether ``inside`` says a decision to turn something down that ``outside`` does not
    ("Kalau tidak, permohonan gugur."); not in a condition ("Kalau ditolak ya karena ...")."""
    return any(word in _TURNED_DOWN and word not in outside
               and not _CONDITIONS.intersection(inside[max(0, i - 2) : i])
               for i, word in enumerate(inside))


# How a lecture opens: advice or a judgement on the citizen's conduct that no question
# asked for ("Sebaiknya ke depan Bapak lebih teliti ...", "Kami kira Bapak sudah cukup
# dewasa untuk ...", "Sebagai bahan renungan, ...").
_LECTURE = re.compile(
    r"(?:lain kali|ke ?depan(?:nya)?|sebaiknya|seyogia?nya|kiranya|semestinya|"
    r"seharusnya|sepatutnya|alangkah baiknya|ada baiknya|akan lebih (?:bijak|baik)|"
    r"sebagai (?:saran|masukan|bahan renungan|pengingat)|saran (?:saya|kami|aja|saja)|"
    r"sekadar (?:saran|mengingatkan)|barangkali|kami (?:kira|sarankan|maklumi|harap|"
    r"berharap))\b", re.IGNORECASE)
MAX_LECTURE_WORDS = 30
# The words a lecture may open with before its opener: "Saran saya Bu, lain kali ...".
LECTURE_OPENS_WITHIN = 4


def _lecture(text: str, start: int, end: int, protected) -> bool:
    """A sentence that lectures the citizen on how to behave and states nothing the reply
    needs: it opens with advice or a judgement on them, names no fact the rest does not
    also name, and refuses nothing the rest does not also refuse. Whatever service it
    mentions, it only says what the citizen should have done ("Sebaiknya ke depan Bapak
    lebih teliti memeriksa masa berlaku rujukan dan tidak langsung menuding rumah sakit.")."""
    words = list(_WORD.finditer(text, start, end))
    if not words or len(words) > MAX_LECTURE_WORDS:
        return False
    head = words[min(LECTURE_OPENS_WITHIN, len(words) - 1)].start()
    if not any(m.start() < head for m in _LECTURE.finditer(text, start, end)):
        return False
    outside = text[:start] + " " + text[end:]
    counts = [m.span("count") for m in _SAID_HOW_OFTEN.finditer(text, start, end)]
    for a, b in protected:
        if start < b and a < end:
            fact = text[max(a, start) : min(b, end)]
            # (how often the office has said it is no fact: "... tidak perlu kami jelaskan
            # dua kali")
            if (_plain(fact) not in _ADDRESS and fact not in outside
                    and not any(x <= a and b <= y for x, y in counts)):
                return False
    inside = [_plain(m.group(0)) for m in words]
    # (what comes after "sebelum" is when the citizen should have done it: "... sebelum
    # datang ke loket" says no place to go)
    if _says_where(inside[: inside.index("sebelum")] if "sebelum" in inside else inside):
        return False  # it says where something is ("di dinding ruang tunggu"): a fact
    return not (_refuses(inside) and not _refuses([_plain(w) for w in _WORD.findall(outside)]))


def _certain_remark(text: str, start: int, end: int, protected) -> bool:
    """A sentence brings at most MAX_CERTAIN_WORDS words of its own, no fact and no refusal
    the rest does not also state, and names a service only as part of the remark: not as a
    place to go, where something is, or a thing asked for ("ke kelurahan", "mohon ...")."""
    own = _own_words(text, start, end, protected)
    if own is None or len(own) > MAX_CERTAIN_WORDS:
        return False
    services = lexicons.service_nouns()
    if not own & services:
        return True
    # A service named in a decision, a reason or the way forward is part of what the reply
    # says: "kami tidak akan memproses permohonan ...", "terlambat karena berkas ...",
    # "Lunasi tunggakan terlebih dahulu."
    words = [_plain(w) for w in _WORD.findall(text, start, end)]
    body = _body_start(text, start, end, protected)
    return not (set(words) & _ASKING_FOR or _refuses(words) or _LACKS.search(text, start, end)
                or _polite_command(text, body, end, protected) is not None
                or _says_where(words))


# The office saying what it lacks ("kami tidak memiliki petugas untuk menjemput", "sy
# belum punya blangko"): a fact, and a limit it states that is never spare.
_LACKS = re.compile(r"\b(?:kami|kita|saya|sy)\s+(?:\w+\s+)?(?:tidak|tdk|belum|blm|gak|nggak|ga)\s+"
                    r"(?:memiliki|punya|mempunyai|ada)\b", re.IGNORECASE)
# Words that ask for something or give a reason: a service named with one says something.
_ASKING_FOR = frozenset("silakan silahkan mohon harap tolong monggo mangga sumangga karena "
                        "krn sebab akibat".split())


def _rhetorical(text: str, start: int, end: int, protected, first: bool = False) -> bool:
    """A question that reads harsh alone and asks for nothing the reply needs: it states no
    fact the rest does not also state and refuses nothing ("Busnya mau lewat mana?",
    "Masa kami juga yang disalahin?"). Whatever service it names, it says nothing of it,
    unless it is the ``first`` sentence of the reply, which names what the reply is about
    ("Kok bisa Bapak nggak tahu jadwal vaksin? Sudah diumumkan ..."). A question asking
    for a ticket number or a date holds that fact, and stays."""
    if not text[start:end].rstrip().endswith("?"):
        return False
    lead = _WORD.match(text, _words_begin(text, start, end, protected))
    if (lead is not None and _plain(lead.group(0)) in _REPROACH_LEADS
            or _WHERE_WERE_YOU.search(text, start, end)):
        # a reproach counts the past against the citizen ("Masa dari kemarin salah terus,
        # Bu?", "Kemarin ke mana aja?"): its "kemarin" dates nothing of the case
        protected = [(a, b) for a, b in protected
                     if not (start <= a < end and _plain(text[a:b]) in _PAST_DAYS)]
    own = _own_words(text, start, end, protected)
    return own is not None and len(own) <= MAX_QUESTION_WORDS and not (
        first and own & lexicons.service_nouns())


_PAST_DAYS = frozenset("kemarin kemaren kmrn kmarin tadi".split())
# Asking where the citizen was until now: "Kemarin ke mana aja?", "dulu kemana saja?".
_WHERE_WERE_YOU = re.compile(r"\b(?:ke[ \t]+mana|kemana)[ \t]+(?:aja|saja|sih)\b",
                             re.IGNORECASE)
# The most words of its own a harsh question may bring and still go (see _rhetorical).
MAX_QUESTION_WORDS = 8
_POINTING = frozenset("di ke melalui lewat".split())
_NOT_A_PLACE = frozenset("sini situ sana depan depannya mana".split())


def _says_where(words: Sequence[str]) -> bool:
    """Whether plain ``words`` say where something is or where to go ("di dinding ruang
    tunggu", "ke loket"), not merely "di sini"."""
    return any(words[i] in _POINTING and words[i + 1] not in _NOT_A_PLACE
               for i in range(len(words) - 1))


def _loses_a_clause(text: str, start: int, end: int, protected) -> bool:
    """Whether a sentence of several clauses has one that could go alone (see
    ``Rewriter._drop_harsh_sentences``)."""
    parts = _clauses(text, start, end)
    return len(parts) > 1 and any(_factless(text, a, b, protected, limit=MAX_CLAUSE_WORDS)
                                  for a, b in parts)


def _few_and_plain(own: set[str] | None, limit: int) -> bool:
    """At most ``limit`` words of its own, none of them naming a service."""
    return own is not None and len(own) <= limit and not own & lexicons.service_nouns()


def _droppable(text: str, start: int, end: int, protected) -> set[str] | None:
    """A flagged clause can go when it states no fact or refusal of its own (see
    :func:`_own_words`) and brings at most MAX_NEW_WORDS content words of its own: an
    attitude clause ("Kami tidak mengerti bagaimana Saudara bisa tidak melihatnya") is
    short on content, a clause that explains something is not. Returns those content words
    (empty: the clause repeats the reply), or None when the clause must stay."""
    if all(_plain(w) in _ADDRESS for w in _WORD.findall(text, start, end)):
        return None  # only the citizen's title
    if _RULE_STATED.search(text, start, end):
        return None  # what must be done to a thing is the rule ("Keduanya wajib dibayar.")
    if _CONDITION.match(text, _past_fillers(text, start)) and re.match(r"\s*,\s*\w",
                                                                      text[end:]):
        return None  # "Sekali lagi komentar begitu, akun Anda kami blokir": the condition
        #              of what follows; without it the consequence reads as done
    if _follows_condition(text, start):
        return None  # ... and that consequence itself, without which the condition dangles
    if _at_sentence_start(text, start) and _PREDICATE_ONLY.match(
            text, _past_spaces(text, end + (text[end : end + 1] == ","))):
        return None  # "Min cuma admin Kak, gak ngurusin meteran": it names who does not
    own = _own_words(text, start, end, protected)
    return own if _few_and_plain(own, MAX_NEW_WORDS) else None


# "tidak bisa", "belum ada", "gak lolos": a negation before one of these is a decision.
_DECIDED = frozenset(
    "bisa dapat boleh ada diterima diproses dilayani berlaku lolos masuk terdaftar memenuhi "
    "mungkin sah disetujui dikabulkan diganti dibayar cair terbit iso isa saged angsal".split())


# Of the threshold, what a sentence alone must score to be read again when the reply is
# still harsh after every round (see Rewriter._rewrite).
NEAR_FACTOR = 0.8
# Log-odds a sentence's removal must take off the reply's score for it to be dropped.
SENTENCE_WEIGHT = 0.5


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def _framing_pattern(template: str) -> re.Pattern:
    before, _, after = template.strip().partition("{who}")
    middle = r"[\w/ ]+" if _ else ""
    return re.compile(re.escape(before) + middle + re.escape(after))


_FRAMING = [_framing_pattern(template) for table in (GREETINGS, THANKS, APOLOGIES, CLOSINGS)
            for template in table.values()]
# The general apology of either register, to any title.
_APOLOGY_PATTERNS = [_framing_pattern(template) for template in APOLOGIES.values()]


# The greeting this rewriter puts before a reply's handle: "Halo @rina_pkl, ...".
_GREETED_HANDLE = re.compile(r"(?:" + HANDLE_GREETING + r")?" + HANDLE.pattern + r",\s+")


# Any of them, as one pattern: a sentence is read against all of them at once.
_ANY_FRAMING = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _FRAMING))


@lru_cache(maxsize=1024)
def _is_framing(sentence: str) -> bool:
    """Whether a sentence is one of the greeting, thanks, apology or closing lines the
    rewriter adds (in any register, to any title), word for word, also after the handle it
    greets ("Halo @rina_pkl, terima kasih sudah menghubungi kami."). Remembered: the
    rounds of a suggestion read the same sentences again and again."""
    sentence = sentence.strip()
    if _ANY_FRAMING.fullmatch(sentence):
        return True
    handle = _GREETED_HANDLE.match(sentence) if "@" in sentence else None
    return handle is not None and bool(
        _ANY_FRAMING.fullmatch(_capitalize(sentence[handle.end() :])))


def _courtesy_alone(text: str) -> bool:
    """Whether ``text`` says nothing but greetings, thanks, apologies and closings (the
    framing this rewriter adds, or the draft's own), with the citizen's title or handle."""
    bare = HANDLE.sub(" ", text)

    def said(sentence: str) -> str:
        # ("Halo @budi, terima kasih sudah ..." is the greeting and the thanks added)
        return _capitalize(_GREETED.sub("", sentence))

    for a, b in sentences(bare):
        words = {_plain(w) for w in _WORD.findall(bare, a, b)} - _ADDRESS - _YES
        if not words or _is_framing(said(bare[a:b])):
            continue
        # (a word no greeting, thanks or sign-off uses says something: no need to read
        # the courtesy of the whole text, the costly part)
        if words - _COURTESY_WORDS or not _courtesy_only(bare, a, b):
            return False
    return True


# Words a greeting, thanks, apology or sign-off is made of.
_COURTESY_WORDS = frozenset(
    "terima kasih makasih matur nuwun suwun salam selamat pagi siang sore malam halo hai "
    "assalamualaikum assalamu'alaikum wassalamualaikum wassalamu'alaikum wr wb warahmatullahi "
    "wabarakatuh hormat kami yth dengan demikian atas perhatian kerja sama samanya mohon maaf "
    "sejahtera".split())


# A greeting that opens a sentence, with the title or the space a handle left: "Halo  , ",
# or a letter's salutation with the name it is addressed to: "Yth. Bapak Sugeng, ".
_GREETED = re.compile(r"^(?:(?:halo|hai|hi)\b[\s,]*(?:(?:bapak|ibu|kak|kakak|mas|mbak)"
                      r"(?:/ibu)?\b[\s,]*)?|(?:kepada[ \t]+)?yth\.?[ \t]+[^,.!?\n]{1,80},\s*)",
                      re.IGNORECASE)


def without_framing(text: str) -> str:
    """The text without the framing sentences the rewriter adds: what a suggestion says
    (and without the "Halo" before a handle that opens it)."""
    kept = [text[a:b] for a, b in sentences(text) if not _is_framing(text[a:b])]
    if kept and kept[0].startswith(HANDLE_GREETING + "@"):
        kept[0] = kept[0][len(HANDLE_GREETING) :]
    return " ".join(kept) or text


# Words of assent or surprise that say nothing on their own ("Ya Pak, ...").
_YES = frozenset("ya iya yo oh lho".split())


def _droppable_sentences(text: str, protected) -> list[tuple[int, int]]:
    """The sentences the drop rounds may take, each past the handle or name it opens with
    ("@andri_k Memangnya ...?" keeps "@andri_k") and its list marker: not the framing this
    rewriter added, nor the apology it put before a sentence, which are not the draft's to
    lose."""
    found = [(_past_list_marker(text, _past_address(text, a, b, protected)), b)
             for a, b in sentences(text) if not _is_framing(text[a:b])
             and not _is_own_apology(text[a:b])]
    return [(a, b) for a, b in found if a < b]


# A sentence that opens on what it is about: a few words, one of them a service, then "itu"
# ("sekolah inklusi itu ya begitu adanya", "antrean poli gigi itu memang panjang").
_TOPIC_HEAD = re.compile(r"((?:[^\W\d_]+[ \t]+){1,3}?)(?:itu|tuh|kuwi)\b", re.IGNORECASE)


def _words_begin(text: str, start: int, end: int, protected) -> int:
    """Where ``text[start:end]`` says its own words: past the citizen's title or handle and
    the fillers it opens with ("Pak, ya kalau ..." -> "kalau ...")."""
    return _past_fillers(text, _past_address(text, start, end, protected))


def _heads_with_topic(text: str, start: int, end: int, protected) -> bool:
    """Whether the sentence opens by naming its topic (:data:`_TOPIC_HEAD`) with a service
    the rest of the reply does not name: what the reply is about, which stays however
    surely the sentence reads harsh (its harsh words may go by other rules)."""
    head = _TOPIC_HEAD.match(text, _words_begin(text, start, end, protected), end)
    if head is None:
        return False
    named = {_plain(w) for w in _WORD.findall(head.group(1))} & lexicons.service_nouns()
    outside = {_plain(w) for w in _WORD.findall(text[:start] + " " + text[end:])}
    return bool(named - outside)


def _factless(text: str, start: int, end: int, protected, limit: int | None = None) -> bool:
    """A sentence that states no fact, names no service and refuses nothing the rest of
    the reply does not also state, name or refuse (and brings at most ``limit`` words of
    its own, MAX_SENTENCE_WORDS unless given)."""
    limit = MAX_SENTENCE_WORDS if limit is None else limit
    if _courtesy_only(text, start, end):
        return False  # the draft's own sign-off or greeting ("Hormat kami,")
    if (_WAY_FORWARD.match(text, _words_begin(text, start, end, protected))
            and not text[start:end].rstrip().endswith("?")):
        return False  # what the citizen is asked to do next ("Silakan lengkapi dulu, ...")
    if _RULE_STATED.search(text, start, end):
        return False  # what must be done to a thing is the rule ("Keduanya wajib dibayar.")
    return _few_and_plain(_own_words(text, start, end, protected), limit)


# An obligation on a thing, said in the passive: "Keduanya wajib dibayar", "Berkas harus
# dilengkapi".
_RULE_STATED = re.compile(r"\b(?:wajib|harus|mesti|musti)[ \t]+di[^\W\d_]{3,}", re.IGNORECASE)


def _names_own_service(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a service the rest of the reply does not."""
    inside = {_plain(w) for w in _WORD.findall(text, start, end)}
    outside = {_plain(w) for w in _WORD.findall(text[:start] + " " + text[end:])}
    return bool((inside - outside) & lexicons.service_nouns())


def _courtesy_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is nothing but courtesy: a greeting, thanks or a
    sign-off ("Hormat kami,", "Wassalamualaikum."), with the citizen's title at most."""
    courtesy = analyze(text).polite_ranges("salam", "sapaan", "terima_kasih", "penutup")
    words = list(_WORD.finditer(text, start, end))
    return _overlaps(start, end, courtesy) and all(
        _plain(m.group(0)) in _ADDRESS | _SIGN_OFF_WORDS or _overlaps(m.start(), m.end(), courtesy)
        for m in words)


# A sentence opening on a request of a deed: "Silakan lengkapi dulu", "Mohon datang ke".
_WAY_FORWARD = re.compile(r"(?:silakan|silahkan|mohon|harap|monggo)[ \t]+(?!(?:untuk[ \t]+)?"
                          r"(?:tidak|tdk|jangan|gak|ga|nggak|ojo|mboten|maaf|sabar|"
                          r"pengertian|kesabaran|dimaklumi|maklum)\b)(?:[^\W\d_]+)",
                          re.IGNORECASE)
# The last drop round (``_drop_costliest_part``): the least share of the threshold a
# sentence or clause must read alone to be dropped for the reply's sake. Below it, it is
# the plain information the reply is built of, whatever its removal does to the whole.
MIN_ALONE = 0.6
# A sentence that asks something of the citizen (not a prohibition) or offers a choice: the
# way forward ("mohon bayar", "Bapak dapat mengajukan ...").
_ASKS_POSITIVELY = re.compile(
    r"\b(?:mohon|silakan|silahkan|harap|monggo)\b(?!\s+(?:untuk\s+)?(?:tidak|tdk|jangan|"
    r"gak|ga|nggak|ojo|mboten|maaf)\b)|\b(?:dapat|bisa)\s+(?:mempertimbangkan|mengajukan|"
    r"menghubungi|datang|mendaftar)", re.IGNORECASE)
# Where to go or whom to ask: "tanya ke sekolah", "datang langsung ke loket 2", "ajukan
# lewat SIMBG" (not where something merely is: "di rapat komite").
_WHERE_TO_TURN = re.compile(
    r"\b(?:datang|lapor|melapor|tanya|tanyakan|bertanya|hubungi|menghubungi|bawa|membawa|"
    r"ajukan|mengajukan|sampaikan|menyampaikan|kirim|mengirim|pergi|langsung|urus|mengurus|"
    r"daftar|mendaftar|ambil|mengambil)\w*\s+(?:\w+\s+){0,2}?(?:ke|kepada|melalui|lewat|nang|"
    r"neng|menyang)\s+\w",
    re.IGNORECASE)
# A place named: the one or two words after a word of :data:`_POINTING` ("di", "ke", ...).
_PLACE = re.compile(rf"\b(?:{'|'.join(sorted(_POINTING))})\s+"
                    r"(?P<place>[^\W\d_]+(?:\s+[^\W\d_]+)?)", re.IGNORECASE)
# A cause told: "Itu ulah warga RW 05 yang ...", "genangan itu akibat saluran ditutup cor".
_CAUSE = re.compile(r"\b(?:karena|krn|akibat|diakibatkan|disebabkan|sebab|ulah|gara-gara|"
                    r"gara2|garagara|lantaran|tidak\s+lepas\s+dari)\b", re.IGNORECASE)
# What a sentence reports: "bahwa" and three words or more after it.
_TOLD_THAT = re.compile(r"\bbahwa\s+(?:[^\W\d_]+[ \t,]+){2}\S", re.IGNORECASE)
# A condition anywhere in a sentence, Javanese included: what follows it is a consequence
# the citizen should know ("Nek putrane terus-terusan telat ..., sekolah iso ...").
_IF_ANYWHERE = re.compile(r"\b(?:kalau|kalo|klo|klu|jika|jikalau|apabila|bila|seandainya|"
                          r"andai|nek|yen|menawi|misal(?:nya)?)\b", re.IGNORECASE)


def _spare(text: str, start: int, end: int, found: Sequence[tuple[int, int]], protected
           ) -> bool:
    """Whether the reply can do without ``text[start:end]`` (one of ``found``, its
    sentences): every fact it states is stated elsewhere (where the citizen complained
    aside), something else is said, and it refuses, turns down, promises, asks, points to
    or places nothing the rest does not, tells no consequence or cause, reports nothing
    ("... bahwa ...") and, as the reply's first sentence, names no topic. A question
    decides nothing."""
    rest = text[:start] + " " + text[end:]
    others = " ".join(text[a:b] for a, b in found if (a, b) != (start, end))
    if any(not re.search(rf"(?<!\w){re.escape(text[a:b])}(?!\w)", others, re.IGNORECASE)
           and not _COMPLAINED_TO.search(text[_after_last(text, a, ".,;!?\n") : a])
           for a, b in _stated_facts(text, start, end, protected)):
        return False  # ("HO" is not said again by "Mohon")
    if not _said_elsewhere(text, found, start, end):
        return False
    inside = [_plain(w) for w in _WORD.findall(text, start, end)]
    outside = [_plain(w) for w in _WORD.findall(rest)]
    if not inside:
        return False
    subject = _WORD.match(text, _words_begin(text, start, end, protected))
    if (subject is not None and _plain(subject.group(0)) in lexicons.service_nouns()
            and _plain(subject.group(0)) not in outside):
        return False  # what it tells of a service it opens on ("Berkas sudah lengkap, ...")
    if not text[start:end].rstrip().endswith("?") and (
            _refuses(inside) and not _refuses(outside)
            or set(inside) & _TURNED_DOWN - set(outside)):
        return False  # the decision (a question decides nothing: "nggak ada yang jaga?")
    if _LACKS.search(text, start, end):
        return False  # what the office lacks ("kami tidak memiliki petugas untuk menjemput")
        #              is a limit of its own, whatever else the reply turns down
    if (_promises(inside) or inside[0] in _INVITING or _ASKS_POSITIVELY.search(text, start, end)
            or _WHERE_TO_TURN.search(text, start, end)):
        return False  # the way forward
    said = f" {' '.join(outside)} "
    for place in _PLACE.finditer(text, start, end):
        named = " ".join(_plain(w) for w in place.group("place").split())
        if (_plain(place.group("place").split()[0]) not in _NOT_A_PLACE
                and f" {named} " not in said
                and not _SPREAD_AT.search(text[_after_last(text, place.start(), ".,;!?\n")
                                               : place.start()])):
            return False  # a place the reply names nowhere else ("di dinding ruang tunggu")
    if _IF_ANYWHERE.search(text, start, end) or _CAUSE.search(text, start, end):
        return False  # a consequence or a cause told
    if _TOLD_THAT.search(text, start, end):
        return False  # what the office tells ("... kami jelaskan bahwa sekolah tidak ...")
    return not ((start, end) == found[0] and _TOPIC.search(text, start, end))


# A clause that cannot open a sentence once the clause before it goes: "bagi jukir yang
# tidak sanggup", "untuk warga RT 03".
_FRAGMENT = re.compile(r"(?:bagi|untuk|buat|yang|yg|dengan|dari|ke|di|pada)\b",
                       re.IGNORECASE)


def _spare_clauses(text: str, start: int, end: int, found: Sequence[tuple[int, int]],
                   protected) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]`` (one of ``found``) the reply can spare
    (:func:`_spare`, the sentence's other clauses counting as said elsewhere), when what
    is left of the sentence still reads whole: none in a sentence with a condition, none
    naming a service or a topic no other clause names, and the first only when the next
    may open the sentence."""
    parts = _clauses(text, start, end)
    if len(parts) < 2 or _IF_ANYWHERE.search(text, start, end):
        return []
    pieces = [p for p in found if p != (start, end)] + parts
    spare = []
    for i, (a, b) in enumerate(parts):
        if i == 0 and not _may_open(text, parts[1][0], protected):
            continue
        if _names_own_service(text, a, b) or _TOPIC.search(text, a, b):
            continue
        if any(_FRAGMENT.match(text, _past_fillers(text, c)) for c, _ in parts if c != a):
            continue
        if _props_up(text, a, b, protected):
            continue  # what is left would be a fragment ("Selama perilaku warga ...")
        if _spare(text, a, b, pieces, protected):
            spare.append((a, b))
    return spare


def _clause_breaks(*conjunctions: str) -> re.Pattern:
    """Where a sentence is cut into clauses: commas, semicolons, colons and dashes, and
    before these conjunctions."""
    # ("gagal jadi", "mau jadi", "tidak jadi": after these "jadi" is "become", not "so")
    become = "".join(rf"(?<!\b{word})" for word in _BECOME_AFTER)
    return re.compile(r"\s*[,;:]\s+|\s+[–—-]\s+|" + become + r"\s+(?=(?:"
                      + "|".join(conjunctions) + r")\b)", re.IGNORECASE)


_BECOME_AFTER = ("gagal", "mau", "bisa", "ingin", "pengen", "sudah", "udah", "belum", "akan",
                 "yang", "yg", "tidak", "nggak", "gak", "ga", "dapat", "harus", "pernah")


_CLAUSE_BREAK = _clause_breaks("jadi", "makanya", "padahal", "giliran")


def _clauses(text: str, start: int, end: int, breaks: re.Pattern = _CLAUSE_BREAK
             ) -> list[tuple[int, int]]:
    """A sentence cut into clauses at commas, colons, dashes and "jadi", "makanya",
    "padahal", "giliran"; the closing mark stays out of every clause."""
    while end > start and text[end - 1] in ".!?… ":
        end -= 1
    parts, cursor = [], start
    for match in breaks.finditer(text, start, end):
        if match.start() > cursor:
            parts.append((cursor, match.start()))
        cursor = match.end()
    if end > cursor:
        parts.append((cursor, end))
    return parts


def _opens_plainly(text: str, start: int, protected=()) -> bool:
    """Whether the word at ``start`` may take a capital when the clause before it goes. A
    word that names a service, or heads a fact ("jam 3", "loket 2", "bulan depan"), stays
    as written; other words ("nama Ibu ...") may."""
    word = _WORD.match(text, start)
    if word is None or _overlaps(word.start(), word.end(), protected):
        return False
    plain = _plain(word.group(0))
    if plain in lexicons.function_words() or plain in _INSTRUCTING or plain in _IMPERATIVES:
        return True  # (a verb telling what to do heads no fact: "follow IG kami")
    following = _WORD.match(text, word.end() + 1) if word.end() < len(text) else None
    heads_fact = following is not None and _overlaps(following.start(), following.end(),
                                                     protected)
    return plain not in lexicons.service_nouns() and not heads_fact


# A word that opens a clause by leaning on the one before it: "..., namun tidak akan
# mengubah apa pun" says nothing once the clause it answers has gone.
_LEANS_BACK = frozenset("namun tetapi tapi tp tpi sehingga maka jadi makanya padahal "
                        "walaupun meskipun sedangkan".split())


def _may_open(text: str, start: int, protected=()) -> bool:
    """Whether the clause at ``start`` may open its sentence once the clause before it
    goes: it opens plainly (:func:`_opens_plainly`) and not with a word that answers the
    clause that went ("namun", "sehingga")."""
    word = _WORD.match(text, start)
    return (_opens_plainly(text, start, protected) and word is not None
            and _plain(word.group(0)) not in _LEANS_BACK)


def _plain_words(text: str) -> list[str]:
    """The words of ``text`` in plain form, Javanese "ra sah" ("no need to", which would
    read as "tidak sah", not valid) as "usah"."""
    text = _NOTHING_TO_DO.sub("", _NO_NEED.sub("usah", text))
    return [_plain(w) for w in _WORD.findall(text)]


_NO_NEED = re.compile(r"\b(?:ra|ora|rak)[ \t]+sah\b", re.IGNORECASE)
# "Kami tidak dapat berbuat apa-apa": a shrug, not a decision on anything asked for.
_NOTHING_TO_DO = re.compile(r"\b(?:tidak|tdk|gak|ga|nggak|ngga)[ \t]+(?:dapat|bisa)[ \t]+"
                            r"(?:berbuat|ngapa-?ngapain|ngapa2in)(?:[ \t]+apa-?apa)?",
                            re.IGNORECASE)


def _refuses(words: Sequence[str]) -> bool:
    """Whether the words say no to something: a negation followed closely by a decision
    word ("tidak bisa", "gak ada", "belum dapat diproses") or, past "akan", "lagi", "kami"
    and the like, by a service done or not ("tidak akan menindaklanjuti", "tidak mengurusi",
    "tidak akan kami tinjau ulang")."""
    for i, word in enumerate(words):
        if word not in _REFUSAL or set(words[max(0, i - 4) : i]) & _COMPLAINING:
            continue  # (... or what a complaint is about: "kalau mau komplen sampah ngga
            #            diangkut" refuses nothing)
        following = words[i + 1 : i + 3]
        if following == ["ada", "yang"] and set(words[i + 3 : i + 5]) & _COMPLAINING:
            continue  # "tetangga lain tidak ada yang mengeluh": others, not a decision
        if following[:1] in (["perlu"], ["usah"]):
            continue  # "tidak perlu ada", "gak usah dibayar": no need, not a refusal
        if following[:1] == ["benar"] and i > 0 and words[i - 1] in _DENIED:
            return True  # "kami tegaskan itu tidak benar": the office's answer to a claim
        if i >= 2 and words[i - 1] in ("kami", "kita") and words[i - 2] in (
                lexicons.service_nouns()):
            return True  # what the office's service does not do: "Truk kami nggak jalan malam"
        if _NO_TIME_FOR.fullmatch(" ".join(words[i + 1 : i + 5])):
            continue  # "nggak ada waktu ngladeni ...": a brush-off, no decision on the case
        if set(following) & _DECIDED or word != "bukan" and following[:1] == ["oleh"]:
            return True  # (Javanese "ra oleh": may not; Indonesian "bukan oleh": not by)
        rest = [w for w in words[i + 1 : i + 5] if w not in _AUXILIARIES]
        asked = i > 0 and words[i - 1] in _ASKING  # "mohon tidak mengirim": a request
        if (rest and not asked and rest[0] not in ("perlu", "usah")
                and any(root in rest[0] for root in _SERVICE_ACTIONS)):
            return True
        if (rest and "kami" in words[max(0, i - 2) : i] and rest[0].startswith(("me", "di"))
                and not set(words[max(0, i - 3) : i]) & _ASKING
                and set(rest[1:3]) & lexicons.service_nouns()):
            return True  # what the office will not do to a service: "Kami tidak akan
            #              menurunkan tagihan tersebut"
    return False


# What a claim denied is called just before "tidak benar" ("itu tidak benar", "informasi
# tersebut tidak benar").
_DENIED = frozenset("itu ini tersebut".split())
# Having no time to humour someone ("tidak punya waktu meladeni", "nggak ada waktu buat
# nanggepin"): what follows a negation that brushes the citizen off rather than decides.
_NO_TIME_FOR = re.compile(r"(?:ada|punya|sempat) waktu (?:(?:untuk|buat|utk) )?"
                          r"(?:meladeni|ngladeni|ngeladeni|ngeladenin|ladenin|nanggepin|"
                          r"menanggapi|ngurusin|mengurusi)\b.*")
# What a negation after these asks not to do ("mohon tidak mengirim"), rather than decide.
_ASKING = _ASKING_WORDS | frozenset("agar supaya untuk jangan".split())
# Words that open a reproach of the citizen ("kok masih ...", "masa ...").
_REPROACH_LEADS = frozenset("kok masa masak mosok".split())


def _promises(words: Sequence[str]) -> bool:
    """Whether the words say the office will do something, or is doing it: a time to come
    (or "lagi", "sedang") shortly before a passive verb or a service done ("nanti juga
    diangkut", "mengko yo digarap", "skrg lagi digali", "besok kami cek")."""
    for i, word in enumerate(words):
        if word not in _UNDER_WAY or set(words[max(0, i - 3) : i + 3]) & _NOT_A_DEED:
            continue
        rest = [w for w in words[i + 1 : i + 5] if w not in _AUXILIARIES
                and w not in ATTITUDE_PARTICLES and w not in _FILLERS_BEFORE_DEED][:1]
        if rest and (re.fullmatch(r"di[a-z]{3,}", rest[0]) and rest[0] not in _NOT_PASSIVE
                     or any(root in rest[0] for root in _SERVICE_ACTIONS)
                     or rest[0] in _DEEDS):
            return True
    return False


# When a deed is to come or under way; "lagi" only counts before its verb ("lagi digali").
_UNDER_WAY = frozenset("nanti ntar entar besok segera akan bakal mengko sesuk lagi sedang "
                       "lg".split())
# ... not when it is refused, forbidden or asked of the citizen ("tidak akan ditoleransi
# lagi", "harap tidak lagi mengirim").
_NOT_A_DEED = frozenset("tidak tak gak nggak ga enggak ora mboten bukan jangan jgn harap mohon "
                        "tolong".split())
_FILLERS_BEFORE_DEED = frozenset("ya yo yang sudah udah udh baru dulu tetap tetep "
                                 "kita".split())
_NOT_PASSIVE = frozenset("dia diri dinas dini dikit dong".split())
# Deeds said in the active voice without a service root: "besok kami cek".
_DEEDS = frozenset("cek ngecek dicek kerjakan garap benahi benerin catat teruskan sampaikan "
                   "kabari infokan hubungi koordinasikan survei datang dateng".split())


# Between a negation and the service it refuses: "tidak akan lagi kami layani".
_AUXILIARIES = frozenset("akan lagi kami saya pernah mau bakal juga pun".split())
# Roots of what an office does for a citizen; a negated one is a decision, not an attitude.
_SERVICE_ACTIONS = (
    "layan", "tindak", "proses", "urus", "tanggap", "tinjau", "ubah", "terima", "kabul",
    "bantu", "perbaik", "ganti", "angkut", "terbit", "daftar", "jemput", "pasang", "periksa",
    "kirim", "bayar", "cair", "izin", "setuju", "tambah", "ulang", "tangan", "rekam", "cetak",
    "salur", "beri", "sedia",
    # the same roots after a nasal prefix: menindak, meninjau, menerima, memasang, ...
    "nindak", "ninjau", "nerima", "nambah", "masang", "meriksa", "ngirim", "ngabul", "nyalur",
    "nyedia", "nyetuju", "nanggap", "nerbit", "nangan",
)


# Words that, inside a marked clause, add only the speaker's edge: blame ("warga sendiri"),
# nagging ("WA terus"), belittling ("cuma", "aja", "doang"), certainty that lectures ("ini
# jelas akibat ...", "tentu"). Each is kept where it means something else (below).
EDGE_WORDS = frozenset("sendiri dewe terus aja saja cuma doang jelas tentu kan sekalian "
                       "segala pokoknya pokoke".split())
# ... after these words it does: "datang sendiri" (in person), "apa saja" (which ones),
# "lurus terus", "tidak jelas", "sama saja", "jangan cuma" (not only), "biayanya tanggung
# sendiri" (who pays).
_EDGE_KEPT_AFTER = frozenset("datang hadir diambil mengambil apa siapa mana kapan sama lurus "
                             "tidak kurang belum sudah lebih cukup yang dengan secara "
                             "jangan bukan tanggung ditanggung menanggung biaya".split())
# Two edge words that also state a fact, said in a plain word instead of going: "sendiri"
# after what one owns ("tanahnya milik sendiri" -> "milik pribadi": whose it is; not "cek
# di rumah sendiri", where it points at the citizen), and "cuma" before whom something is
# for ("RTLH cuma buat ..." -> "hanya buat ...": the rule) or before a count ("petugas kami
# cuma dua orang" -> "hanya dua orang": how many).
_OWN_THINGS = frozenset("milik kepemilikan tanah lahan uang dana modal".split())
_FOR_WHOM = frozenset("buat untuk utk bagi khusus berlaku diperuntukkan".split())


def _edge_said_plainly(word: str, previous: str, following: re.Match | None) -> str | None:
    """The plain word an edge word is said in where it also states a fact (see above)."""
    if word in ("sendiri", "dewe") and _plain(previous) in _OWN_THINGS:
        return "pribadi"
    if word == "cuma" and following is not None and (
            _plain(following.group(0)) in _FOR_WHOM | _NUMBER_WORDS
            or following.group(0)[:1].isdigit() or following.group(0).lower() == "rp"):
        return "hanya"  # (before a count or an amount too: "cuma dua orang", "cuma Rp5.000")
    return None


# These only at the end of a clause, or before a particle or the citizen's title: "WA
# terus ya", "kami bongkar sekalian", "nama Walikota segala"; but "terus protes" (then),
# "segala bentuk", "sekalian dengan ...".
_EDGE_AT_END = frozenset("terus sekalian segala doang".split())


# Javanese "nggih, ampun nesu-nesu" (please, do not be angry): "ampun" before a verb asks
# not to do it; read as "ya ampun", the exclamation, its removal left "Tapi nesu-nesu".
_KRAMA_DONT = re.compile(r"(?:n?ggih|inggih|injih)[ \t,]+ampun[ \t]+(?!(?:bu|pak|mas|mbak|"
                         r"kak|mbah|dik|bapak|ibu|nggih|ya)\b)[^\W\d_]", re.IGNORECASE)


# "hari ini juga", "sekarang juga": the time, pressed (what "juga" follows, up to it).
_RIGHT_NOW = re.compile(r"(?:\b(?:hari|malam|pagi|siang|sore|saat|detik)[ \t]+ini|\bsekarang)"
                        r"[ \t]+$", re.IGNORECASE)


def _edge_word(text: str, match: re.Match, previous: str, protected) -> bool:
    word = match.group(0).lower()
    if word == "juga":
        # "... hari ini juga.", "sekarang juga, ya": the time pressed, where it ends the
        # clause (as the words of _EDGE_AT_END, below)
        if _RIGHT_NOW.search(text, max(0, match.start() - 20), match.start()) is None:
            return False
    elif word not in EDGE_WORDS or _plain(previous) in _EDGE_KEPT_AFTER:
        return False
    if word in ("sendiri", "dewe") and re.search(r"\boleh\s+(?:\S+\s+)?$",
                                                  text[: match.start()]):
        return False  # "oleh pemohon sendiri": in person, a requirement
    following = _WORD.match(text, match.end() + 1) if text[match.end() : match.end() + 1] == " " \
        else None
    if word == "jelas" and following is None:
        return False  # "Aturannya jelas.": the predicate, not an edge
    if ((word in _EDGE_AT_END or word == "juga") and following is not None
            and _plain(following.group(0)) not in ATTITUDE_PARTICLES | _ADDRESS | {"ya", "yo"}):
        return False
    # "cuma 6 orang", "cuma SATU", "jelas 3 kali": the word qualifies a fact and stays
    # with it.
    return not (following is not None and (
        _overlaps(following.start(), following.end(), protected)
        or _plain(following.group(0)) in _NUMBER_WORDS))


# "bisa" after "kok" is part of the wonder ("kok bisa ...?"), not a "can" to keep.
_KOK_BISA = re.compile(r" (?:bisa|bisa-bisanya|iso)\b", re.IGNORECASE)
# Words right before a phrase that its alternative, opening as it does, says again: the
# same words ("Saat ini kami nggak ada waktu" -> "Saat ini kami belum dapat"), a dare's
# lead before a request ("coba saja" + "silakan ..."), a pointer before a pointer ("ini" +
# "hal ini"). As (how the alternative opens, what stands before the phrase).
_LEADS_TAKEN = (
    (re.compile(r"saat ini ", re.IGNORECASE),
     re.compile(r"(?<![^\W_])saat ini[ \t]+$", re.IGNORECASE)),
    (re.compile(r"mohon maaf ", re.IGNORECASE),
     re.compile(r"(?<![^\W_])mohon maaf[ \t]+$", re.IGNORECASE)),
    (re.compile(r"silakan\b", re.IGNORECASE),
     re.compile(r"(?<![^\W_])(?:coba(?:[ \t]+(?:saja|aja|deh|dong))?|silakan|silahkan|"
                r"monggo|mangga)[ \t]+$", re.IGNORECASE)),
    (re.compile(r"hal (?:ini|itu|tersebut)\b", re.IGNORECASE),
     re.compile(r"(?<![^\W_])(?:ini|itu|iki|kuwi)[ \t]+$", re.IGNORECASE)),
)


def _taken_lead(text: str, start: int, alternative: str) -> int | None:
    """Where the words before ``start`` that ``alternative`` says again begin; None when
    there are none."""
    for opening, before in _LEADS_TAKEN:
        if opening.match(alternative) and (lead := before.search(text, max(0, start - 20),
                                                                 start)):
            return lead.start()
    return None


# One more attitude particle right after the one going ("Kok sih ...", "Lho kok ...").
_PARTICLE_AFTER = re.compile(r"[ \t]+(" + "|".join(sorted(ATTITUDE_PARTICLES)) + r")\b",
                             re.IGNORECASE)


_LAST_WORD = re.compile(r"(\w+)[ \t]*$")


def _attitude_changes(text: str, start: int, end: int, protected) -> list[_Change]:
    """Attitude particles and edge words inside ``text[start:end]`` removed, one edit
    each."""
    changes = []
    # The word just before (a command word the caller has read: "Jgn cuma baca ..." keeps
    # "cuma", without which the request turns round).
    before = _LAST_WORD.search(text, max(0, start - 40), start)
    previous = "" if before is None else before.group(1).lower()
    taken = 0  # where the last removal ended: words it took along are not read again
    for match in _WORD.finditer(text, start, end):
        word = match.group(0).lower()
        if match.start() < taken:
            previous = word
            continue
        plainly = None
        if word in EDGE_WORDS:
            following = (_WORD.match(text, match.end() + 1)
                         if text[match.end() : match.end() + 1] == " " else None)
            plainly = _edge_said_plainly(word, previous, following)
        # (an edge word that also states a fact is said plainly, never dropped)
        particle = plainly is None and (word in ATTITUDE_PARTICLES or (
            word in _PLACE_WORDS and previous not in _PREPOSITIONS and previous != "") or (
            _edge_word(text, match, previous, protected)))
        if plainly is not None and not _overlaps(match.start(), match.end(), protected):
            changes.append(_Change(match.start(), match.end(), plainly,
                                   EDGE_PLAIN_REASON.format(word=match.group(0), plain=plainly),
                                   old=match.group(0)))
            taken = match.end()
        elif particle and not _overlaps(match.start(), match.end(), protected):
            reason = (URGED_REASON if word == "juga" else EDGE_REASON if word in EDGE_WORDS
                      else ATTITUDE_REASON)
            stop = match.end()
            if word == "kok" and (can := _KOK_BISA.match(text, stop)):
                stop = can.end()  # "Kok bisa Bapak nggak tahu?" without "kok" would ask
            elif word == "jelas" and (very := _INTENSIFIER_AFTER.match(text, stop, end)):
                stop = very.end()  # "jelas sekali sampah itu ...": "sekali" goes with it
            if _at_sentence_start(text, match.start()):
                # "Kok bisa sih Bapak ...": particles in a row at a sentence start go as
                # one, or the capital handed on would land on the next one ("Sih Bapak").
                while (after := _PARTICLE_AFTER.match(text, stop, end)) and not _overlaps(
                        after.start(1), after.end(1), protected):
                    stop = after.end()
            begin = _with_exasperated_yes(text, match.start(), start)  # "Ya jelas ditolak"
            changes.append(_drop_word(text, begin, stop,
                                      reason.format(word=text[begin:stop])))
            taken = stop
        previous = word
    for match in _NO_EXCUSE.finditer(text, start, end):
        clause = text[_sentence_start(text, match.start()) : match.start()]
        if (_OBLIGING.search(clause) and not _NEGATED.search(clause)
                and not _overlaps(match.start(), match.end(), protected)):
            changes.append(_Change(match.start(), match.end(), "", NO_EXCUSE_REASON,
                                   old=match.group(0)))
    return changes


# A "Ya" opening a sentence right before an attitude word ("Ya jelas ditolak", "Ya kan
# sudah ..."): exasperation, not a yes; without its word it would read as a curt "Ya".
_EXASPERATED_YES = re.compile(r"\b(?:ya|yo|yaa)[ \t]+$", re.IGNORECASE)


def _with_exasperated_yes(text: str, index: int, floor: int = 0) -> int:
    """Where what goes at ``index`` starts once the exasperated "Ya" opening its sentence
    right before it (and not before ``floor``) goes along; ``index`` if there is none."""
    yes = _EXASPERATED_YES.search(text, max(floor, index - 5), index)
    return yes.start() if yes and _at_sentence_start(text, yes.start()) else index


# "(,) tanpa alasan apa pun" closing a clause that obliges ("wajib datang ... tanpa alasan
# apa pun"): it only presses; the obligation says the rest. (Not after a negation: "tidak
# ditolak tanpa alasan apa pun" says the refusal had its reasons.)
_NO_EXCUSE = re.compile(r",?[ \t]*\btanpa[ \t]+(?:ada[ \t]+)?alasan(?:[ \t]+apa[ \t]*pun)?"
                        r"(?=[ \t]*(?:[.!?,;\n]|$))", re.IGNORECASE)
_OBLIGING = re.compile(r"\b(?:wajib|harus|mesti|musti|kudu|mohon|segera)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:tidak|tdk|tak|bukan|belum|nggak|gak|ga|ndak)\b", re.IGNORECASE)


# What an apology before a harsh sentence that must stay softens, per aspect, and why. A
# refusal or a consequence said with an apology is how a polite letter says it; blame, an
# order, mockery or an insult is not made polite by one and is left for the officer.
_SOFTENED = {
    "mengabaikan": "Penolakan atau batasan disampaikan dengan permohonan maaf agar tidak "
                   "terkesan menutup pintu; isinya tetap sama.",
    "mengancam": "Konsekuensi disampaikan dengan permohonan maaf agar terbaca sebagai "
                 "pemberitahuan, bukan ancaman; isinya tetap sama.",
}
# A chat negation before "bisa"/"dapat" ("ga bisa diproses") or before the state of a
# document ("ga lengkap"; "gak jelas", "ga bener" and "ga sesuai" only after what is
# written or shown, as "foto KTP ga jelas": elsewhere they judge): said plainly, it keeps
# the decision ("tidak bisa diproses") and tells what can still be mended ("belum
# lengkap").
_CURT_NEGATION = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|nggk|enggak|engga|ndak|tdk|g)[ \t]+(?:(?P<can>bisa|bs|dapat|"
    r"dpt)|(?P<state>lengkap|valid|terbaca|kebaca)|(?P<shown>jelas|bener|benar|sesuai))\b",
    re.IGNORECASE)
_SHOWN_BEFORE = re.compile(
    r"\b(?:foto|gambar|scan|scanan|tulisan|berkas|dokumen|data|alamat|lokasi|surat|pengantar|"
    r"ttd|tanda[ \t]+tangan|nik|kk|ktp|nomor|no)(?:nya|-nya)?\b(?:[ \t]+[^\W\d_]+){0,3}[ \t]+$",
    re.IGNORECASE)
_PLAIN_MODAL = {"bs": "bisa", "dpt": "dapat"}
PLAIN_NEGATION_REASON = ("Penyangkalan yang ketus (\"{old}\") disampaikan dengan kata baku "
                         "(\"{new}\"); keputusan dan faktanya tetap sama.")


def _plain_negations(text: str, start: int, end: int, protected) -> list[_Change]:
    """Each curt negation in ``text[start:end]`` (:data:`_CURT_NEGATION`) said plainly."""
    changes = []
    for match in _CURT_NEGATION.finditer(text, start, end):
        if _overlaps(match.start(), match.end(), protected):
            continue
        if match.group("can"):
            modal = match.group("can").lower()
            new = "tidak " + _PLAIN_MODAL.get(modal, modal)
        else:
            state = (match.group("state") or match.group("shown")).lower()
            if match.group("shown") and not _SHOWN_BEFORE.search(text, start, match.start()):
                continue
            new = "belum " + {"bener": "benar", "kebaca": "terbaca"}.get(state, state)
        new = _cased_at(text, match.start(), new)
        changes.append(_Change(match.start(), match.end(), new,
                               PLAIN_NEGATION_REASON.format(old=match.group(0), new=new),
                               old=match.group(0)))
    return changes


# ---- a sentence said again from its facts ----------------------------------------------
# What a trainer reads for a sentence rebuilt from its facts, per aspect it was marked for.
REBUILD_REASONS = {
    "menyalahkan": "Kalimat ini menyalahkan warga; disusun ulang dari faktanya saja dan "
                   "disampaikan sebagai informasi, tanpa menunjuk kesalahan.",
    "merendahkan": "Kalimat ini menyindir atau merendahkan; sindirannya dibuang dan faktanya "
                   "disampaikan sebagai pernyataan biasa.",
    "kasar": "Kalimat ini memuat ejekan; ejekannya dibuang dan faktanya disampaikan apa "
             "adanya.",
    "mengancam": "Kalimat ini terbaca sebagai ancaman; konsekuensinya disampaikan sebagai "
                 "ketentuan yang berlaku, bukan gertakan.",
    "memerintah": "Kalimat ini terbaca sebagai perintah ketus; disusun ulang menjadi "
                  "permintaan dengan fakta yang sama.",
    "mengabaikan": "Kalimat ini terkesan menutup pintu; keputusan dan faktanya tetap, "
                   "disampaikan sebagai informasi.",
    "membentak": "Kalimat ini terbaca membentak; disusun ulang dari faktanya dengan nada "
                 "tenang.",
}
# How a rebuilt statement of fact opens, per register; a letter says "bahwa".
STATEMENT_OPENINGS: dict[str, str] = {"formal": "Perlu kami sampaikan bahwa ",
                                      "chat": "Sebagai informasi, "}
RULE_OPENING = "Sesuai ketentuan, "
GENERIC_EXAMPLE = "dengan kalimat netral yang hanya menyampaikan faktanya"
REBUILD_NOTE = ("Kalimat \"{phrase}\" masih terbaca {what}, tetapi memuat fakta ({facts}) "
                "sehingga tidak dihapus; tulis ulang faktanya sebagai informasi netral, "
                "misalnya {example}.")
REBUILD_NOTE_NO_FACTS = ("Kalimat \"{phrase}\" masih terbaca {what} dan tidak dapat disusun "
                         "ulang dengan aman; tulis ulang dengan netral, misalnya {example}.")
_REBUILD_EXAMPLES = {
    "menyalahkan": "\"Perlu kami sampaikan bahwa ...\" tanpa menyebut siapa yang salah",
    "merendahkan": "dengan menyebut faktanya saja, tanpa sindiran",
    "kasar": "dengan menyebut faktanya saja, tanpa ejekan",
    "mengancam": "\"Sesuai ketentuan, apabila ..., maka ...\"",
    "memerintah": "\"Mohon ...\"",
    "mengabaikan": "\"Mohon maaf, ... Untuk hal tersebut, Bapak/Ibu dapat ...\"",
    "membentak": "dengan huruf biasa dan satu tanda baca",
}
# Where a sentence is cut into clauses for a rebuild: punctuation, and the conjunctions
# that join blame to a fact ("..., padahal ...", "... giliran ...").
_REBUILD_BREAK = _clause_breaks("padahal", "giliran", "makanya")  # not "jadi": "jadi item"
# Exclamations and asides that open a remark and carry only the speaker's mood.
_INTERJECTION = re.compile(
    r"(?:ya ampun|ya allah|astaga|wah|waduh|aduh|haduh|hadeh|walah|yaelah|lha|halah|"
    r"alhamdulillah|terus terang|nah|duh|"
    r"sekadar saran(?: ya)?|saran (?:kami|saya))\b[\s,]*", re.IGNORECASE)
# A conjunction left at the front once the clause before it is gone ("..., karena ...").
_JOINING = re.compile(r"(?:karena|krn|sehingga|tapi|tetapi|namun|dan|lalu)\s+", re.IGNORECASE)
# A clause that opens with these leans on the blame before it: it cannot stand alone.
_LEANING = re.compile(r"(?:padahal|giliran|makanya|malah|justru|masa|masak|mosok|kok|"
                      r"terus|trus|baru)\b", re.IGNORECASE)
# Two sentences the splitter read as one ("... pemakaian Ibu. Tapi kalau ..."): not rebuilt.
_INNER_STOP = re.compile(r"([^\W_]*)[.!?…]\s+[A-Z]")
# ... though not after an abbreviation that comes before a name or a number ("Jl. Kemuning").
_ABBREVIATED = frozenset("jl jln gg no tgl kel kec kab dr drg sdr sdri bpk bp hj h kh pt cv "
                         "ud ir hlm drs dra prof kp perum".split())
# The lead-in of a lecture or of the officer's own insistence, before the facts themselves:
# "Perlu kami tegaskan bahwa ...", "Semestinya Bapak dapat memahami bahwa ...".
_REPORTING = re.compile(
    r"(?:(?:perlu kami|kami perlu|kami)\s+(?:tegaskan|sampaikan|ingatkan|luruskan|"
    r"mengingatkan|menegaskan|informasikan)(?:\s+sekali lagi)?|"
    r"(?:semestinya|seharusnya|sepatutnya|kiranya)\s+(?:bapak|ibu|saudara|saudari|kakak|anda)"
    r"\s+(?:dapat\s+|bisa\s+|sudah\s+)?(?:memahami|mengerti|mengetahui|tahu|paham|"
    r"ketahui)|perlu\s+(?:bapak|ibu|saudara|saudari|kakak|anda)\s+ketahui)\s+bahwa\s+",
    re.IGNORECASE)
_ALREADY_POLITE = re.compile(r"(?:silakan|silahkan|harap|sebagaimana|sebagai informasi|"
                             r"perlu kami sampaikan)\b", re.IGNORECASE)
_ASKS_WHY = re.compile(r"\b(?:ngopo|ngapain|kenapa|mengapa|gimana|gmn|piye|masa|masak|"
                       r"mosok|memangnya|emangnya)\b|sebagaimana telah", re.IGNORECASE)
# Words that name what a reply is about: "masalah monyet", "soal parkir", "perihal PBG".
_TOPIC = re.compile(r"\b(?:masalah|soal|perihal|terkait|mengenai|tentang|urusan)\s+\w",
                    re.IGNORECASE)
_APOLOGY_FIRST = re.compile(r"mohon maaf,\s+", re.IGNORECASE)
_BUT = frozenset("tapi tetapi namun".split())
# Who a statement is about, said first ("Bagi jukir yang tidak sanggup, ..."): a topic that
# needs the clause after it.
_TOPIC_FOR = re.compile(r"(?:bagi|buat)\b", re.IGNORECASE)
# A clause ending on one of these was cut in the middle.
_OPEN_ENDED = frozenset("yang di ke dari dan atau untuk dengan karena oleh pada bahwa "
                        "sebagai seperti kayak".split())


def _rebuilt(text: str, start: int, end: int, protected, aspect: str,
             register: Register) -> tuple[str, str] | None:
    """``text[start:end]`` said again from its facts: the clauses that hold a fact, a
    refusal or a service, without the exclamations, attitude particles and edge words
    around them, in a pattern chosen by ``aspect``: blame and dismissal become a statement
    ("Perlu kami sampaikan bahwa ..."), a threat with a condition a rule ("Sesuai
    ketentuan, apabila ..."), an order a request ("Mohon ..."), mockery a plain statement.
    Returns the new sentence and the same content without its opening (to verify that the
    content itself reads calm), or None when it cannot be done safely: a question, a
    clause that leans on the blame before it, a clause cut in the middle, or any fact of
    the sentence that would not be in the result word for word."""
    sentence = text[start:end]
    if ("\n" in sentence or _EMOJI_RUN.search(sentence) or sentence.rstrip().endswith("?")
            or any(m.group(1).lower() not in _ABBREVIATED
                   for m in _INNER_STOP.finditer(sentence.rstrip()))):
        return None
    apology = _APOLOGY_FIRST.match(text, start)
    body = apology.end() if apology else start
    parts = _clauses(text, body, end, _REBUILD_BREAK)
    facts = _stated_facts(text, start, end, protected)
    pieces: list[str] = []
    condition = False  # the clause before was a condition kept: this one is what follows
    for a, b in parts:
        words = [_plain(w) for w in _WORD.findall(text, a, b)]
        if not (condition or _overlaps(a, b, facts) or _refuses(words)
                or set(words) & lexicons.service_nouns()):
            if _CONDITION.match(text, a):
                return None  # "Sekali lagi ..., akun Anda kami blokir": not a plain fact
            continue  # an attitude clause: it goes
        condition = _CONDITION.match(text, a) is not None
        while (opener := _INTERJECTION.match(text, a)) and opener.end() < b:
            a = opener.end()
        if _ASKS_WHY.search(text, a, b):
            return None  # a rhetorical question, even without its question mark
        if not pieces and (joining := _JOINING.match(text, a)) and not _overlaps(
                a, joining.end(), facts):
            a = joining.end()
        if _LEANING.match(text, a):
            return None
        changes = [c for c in _attitude_changes(text, a, b, protected) if c.start >= a]
        piece = _apply(text[:b], _non_overlapping([_Change(0, a, "", ""), *changes]))
        last = _WORD.findall(piece)
        if not last or _plain(last[-1]) in _OPEN_ENDED:
            return None
        pieces.append(piece.strip(" ,"))
    if condition or (pieces and _TOPIC_FOR.match(pieces[-1])):
        # a condition whose consequence is gone would say another thing; "bagi jukir yang
        # tidak sanggup" whose rest is gone says nothing at all
        return None
    core = re.sub(r"(?:\s+(?:ya|yo|kan))+$", "", ", ".join(pieces), flags=re.IGNORECASE)
    # "Perlu kami tegaskan bahwa ...": the officer's own lead-in gives way to the pattern's.
    reporting = _REPORTING.match(core)
    if reporting and any(_says(core[reporting.end():], text[a:b]) for a, b in facts):
        core = core[reporting.end():]
    outside = text[:start] + " " + text[end:]
    if (len(_WORD.findall(core)) < 3
            or not all(_says(core, text[a:b]) or _says(outside, text[a:b])
                       for a, b in facts)):
        return None
    first = _WORD.match(core)
    recasable = first is not None and first.start() == 0 and not any(
        text[a:b].startswith(first.group(0)) for a, b in facts) and (
        first.group(0)[1:].islower() or len(first.group(0)) == 1) and (
        first.group(0).lower() not in _TITLE_CASE)
    lower = core[:1].lower() + core[1:] if recasable else core
    # An order, whatever it was marked for, is asked for; one already asked stays so; one
    # that cannot be asked for ("Bilangin ...") is not made a statement.
    request = _polite_command(lower, 0, len(lower), fact_ranges(lower))
    if (request is None and first is not None and recasable
            and re.search(r"[^\W\d_]{3}(?:in|kan|lah)$", first.group(0).lower())
            and first.group(0).lower() not in lexicons.function_words()):
        return None
    if request is None and first is not None and lexicons.informal_map().get(
            first.group(0).lower(), first.group(0).lower()) == "jangan":
        return None  # "jangan mengira ...": a prohibition is no statement ("Sebagai
        #              informasi, jangan ...")
    if _APOLOGISES.match(core) or _ALREADY_POLITE.match(core):
        new = _capitalize(core)
    elif request is not None:
        new = _apply(lower, [request])
    elif aspect == "mengancam" and _CONDITION.match(lower):
        new = RULE_OPENING + lower
    elif aspect in ("merendahkan", "kasar") and (recasable or core[:1].isupper()):
        new = _capitalize(core)
    else:
        new = STATEMENT_OPENINGS[register] + lower
    if apology:
        new = text[apology.start() : apology.end()] + new[:1].lower() + new[1:]
    if re.search(r",\s*$", text[:start]):
        new = new[:1].lower() + new[1:]  # "Bu, <sentence>": it goes on after the comma
    return new.rstrip(" ,") + ".", _capitalize(core) + "."


# "Kami harap kali ini Ibu melengkapi ...": what the officer wants done, said as a hope
# that hints the citizen failed before; asked for plainly instead ("Mohon Ibu ...").
_LECTURE_REQUEST = re.compile(
    r"(?:mohon maaf,\s+)?(?:(?:namun|tapi|jadi),?\s+)?kami\s+(?:harap|berharap|sarankan|minta)"
    r"(?:\s+(?:agar|supaya))?(?:\s+(?:kali ini|ke ?depan(?:nya)?|lain kali|selanjutnya))?,?\s+"
    r"(?=(?:bapak|ibu|saudara|saudari|sdr|kakak|kak|mas|mbak|anda)\b)", re.IGNORECASE)
LECTURE_REQUEST_REASON = ("Harapan yang menyiratkan warga pernah lalai (\"kami harap kali "
                          "ini ...\") diganti permintaan yang lugas dan sopan; isinya sama.")


# "Apa Bapak tidak bisa membedakan NIK dan nomor KK?": whether the citizen is able to do
# what was needed, asked to belittle them; asked for instead ("Mohon Bapak dapat ...").
_ASKED_WHO = r"(bapak|ibu|saudara|saudari|kakak|kak|mas|mbak|anda)"  # (who is asked)
_ABLE_AT_ALL = re.compile(
    rf"(?:mohon maaf,\s+)?(?:apa|apakah|masa|masak)\s+{_ASKED_WHO}\s+"
    r"(?:tidak|tdk|nggak|ngga|gak|ga|ndak)\s+(?:bisa|dapat|mampu|sanggup)\s+"
    r"(?=(?:me|ber)[^\W\d_]{3,}\b)", re.IGNORECASE)
# "Bapak baca nggak sih pengumuman di grup?": whether the citizen read or saw it, asked to
# reproach; asked for instead ("Mohon Bapak membaca pengumuman di grup.").
_DID_YOU = re.compile(
    rf"(?:mohon maaf,\s+)?{_ASKED_WHO}\s+"
    r"(?:udah\s+|sudah\s+)?(baca|lihat|liat|dengar|denger|cek)\s+"
    r"(?:nggak|ngga|gak|ga|tidak|enggak|ndak)(?:\s+(?:sih|si|toh|to))?\s+(?=[^\W\d_])",
    re.IGNORECASE)
_DONE_AS_ASKED = {"baca": "membaca", "lihat": "melihat", "liat": "melihat",
                  "dengar": "mendengarkan", "denger": "mendengarkan", "cek": "memeriksa"}
ABLE_REQUEST_REASON = ("Pertanyaan apakah warga mampu atau sudah melakukan sesuatu (\"apa "
                       "Bapak tidak bisa membedakan ...?\", \"Bapak baca nggak sih ...?\") "
                       "merendahkan; diganti permintaan yang sopan dengan isi yang sama.")


def _lecture_as_request(text: str, start: int, end: int
                        ) -> tuple[str, str, str, str] | None:
    """``text[start:end]`` asked for with "Mohon" when it opens with the officer's hope that
    the citizen will do something (see _LECTURE_REQUEST), or asks whether the citizen is
    able to do it at all or did it (see _ABLE_AT_ALL, _DID_YOU): the request, its content
    alone (to verify), the aspect it answers and the reason; None otherwise."""
    able = _ABLE_AT_ALL.match(text, start, end) or _DID_YOU.match(text, start, end)
    if able is not None:
        rest = text[able.end() : end].rstrip()
        if not rest.endswith("?") or "?" in rest[:-1]:
            return None
        rest = rest[:-1].rstrip()
        who = {"kak": "Kakak"}.get(able.group(1).lower(), _capitalize(able.group(1).lower()))
        if able.re is _DID_YOU:
            # (the verb is this rewriter's; what was to be read is the draft's, verified)
            done = _DONE_AS_ASKED[able.group(2).lower()]
            return (f"Mohon {who} dapat {done} {rest}.", _capitalize(rest) + ".",
                    "merendahkan", ABLE_REQUEST_REASON)
        return (f"Mohon {who} dapat {rest}.", _capitalize(rest) + ".", "merendahkan",
                ABLE_REQUEST_REASON)
    lead = _LECTURE_REQUEST.match(text, start, end)
    if lead is None:
        return None
    rest = text[lead.end() : end].rstrip()
    if not rest.endswith((".", "!")):
        return None  # a question, or a sentence that runs on
    rest = rest.rstrip(".!") + "."
    return "Mohon " + rest, _capitalize(rest), "menyalahkan", LECTURE_REQUEST_REASON


def _says(text: str, fact: str) -> bool:
    """Whether ``fact`` stands in ``text`` as written, not inside a longer word."""
    return re.search(rf"(?<!\w){re.escape(fact)}(?!\w)", text) is not None


def _stated_facts(text: str, start: int, end: int, protected) -> list[tuple[int, int]]:
    """The facts ``text[start:end]`` states, in order, without the full stop a fact at the
    end of a sentence takes along ("05."); the citizen's title is none."""
    found = set()
    for a, b in protected:
        while b > a + 1 and text[b - 1] in ".,:;":
            b -= 1
        if start <= a < end and _plain(text[a:b]) not in _ADDRESS:
            found.add((a, b))
    return sorted(found)


def _rebuild_note(text: str, start: int, end: int, protected, aspect: str | None) -> str:
    """What to do with a harsh sentence that holds facts and could not be rebuilt."""
    # Facts side by side read as one ("RW" and "05": "RW 05").
    joined: list[list[int]] = []
    for a, b in _stated_facts(text, start, end, protected):
        if joined and a <= joined[-1][1] + 1 and not text[joined[-1][1] : a].strip():
            joined[-1][1] = max(joined[-1][1], b)
        else:
            joined.append([a, b])
    facts = list(dict.fromkeys(text[a:b] for a, b in joined))
    sentence = text[start:end].strip()
    phrase = sentence if len(sentence) <= 80 else sentence[:77].rstrip() + "…"
    what = _DROP_WHAT.get(aspect or "", "bernada tinggi")
    example = _REBUILD_EXAMPLES.get(aspect or "", GENERIC_EXAMPLE)
    if not facts:
        # (a request it was asked as, "Kami minta Ibu ...", that still read harsh: no fact
        # kept it, so none is named)
        return REBUILD_NOTE_NO_FACTS.format(phrase=phrase, what=what, example=example)
    return REBUILD_NOTE.format(phrase=phrase, what=what, facts=", ".join(facts[:4]),
                               example=example)


_APOLOGISES = re.compile(r"(?:mohon\s+maaf|maaf|mohon|ngapunten|nyuwun\s+sewu)\b", re.I)


def _body_start(text: str, start: int, end: int, protected) -> int:
    """Where a sentence's own words begin: past the handle or name it opens with, and past
    a letter's opening ("Yth. Ibu Sri, ...")."""
    start = _past_address(text, start, end, protected)
    opening = _opening(text, start)
    if opening is not None and opening.strip(" \t\n,.!") and start + len(opening) < end:
        start = _past_address(text, start + len(opening), end, protected)
    return start


_APOLOGY_BEFORE = "Mohon maaf sebelumnya. "
_OPENING_MARKS = "[(\"'“‘«"
# Right before a sentence: its start (not after a colon), and an apology said just before.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?…\n])\s*$")
_APOLOGISED_BEFORE = re.compile(rf"\b(?:{_APOLOGY})\b[^.!?\n]*[.!?]\s*$", re.IGNORECASE)


def _apologise(text: str, start: int, protected, reason: str) -> _Change:
    """An apology before the word at ``start``: inline ("Mohon maaf, kami tidak ...") when
    that word may lose its capital (a pronoun, a conjunction), else as a sentence of its own
    ("Mohon maaf sebelumnya. Surat pengantar ..."), so no name or fact is recased."""
    word = _WORD.match(text, start)
    if not _at_sentence_start(text, start):
        return _Change(start, start, "mohon maaf, ", reason)
    if start and text[start - 1] in _OPENING_MARKS:
        # "[USERNAME] ...", "(Kutipan) ...": the apology goes before the bracket or quote
        at = start
        while at and text[at - 1] in _OPENING_MARKS:
            at -= 1
        return _Change(at, at, _APOLOGY_BEFORE, reason)
    if text.startswith("Adapun ", start):
        # This rewriter's own "Adapun" kept the draft's word in lower case: it gives way.
        return _Change(start, start + len("Adapun "), "Mohon maaf, ", reason)
    if (word is None or _overlaps(word.start(), word.end(), protected)
            or _plain(word.group(0)) not in lexicons.function_words()):
        return _Change(start, start, _APOLOGY_BEFORE, reason)
    return _Change(start, start + 1, "Mohon maaf, " + text[start].lower(), reason)


# A smile after a reproach in a reply read as harsh is a thin smile ("... bukan hak semua
# orang ya 🙂", "... sisanya urusan masing2 😌"); after a greeting or thanks it is friendly
# ("Halo @citra 😊", "Terima kasih infonya 🙂") and stays.
_SMILES = frozenset("🙂😊😌😁😀😃😄")
_GREETING = re.compile(
    r"(?:(?:halo|hallo|hai|hi|selamat\s+(?:pagi|siang|sore|malam)|assalamu\S*|salam|"
    r"terima\s+kasih|makasih|matur\s+nuwun|mohon\s+maaf|maaf|sugeng\s+\S+)\b"
    r"(?:[^.!?\n]|\.(?=\S)){0,40}|"
    r"(?:sama-sama|semangat|semoga\b[^.!?\n]{0,60}))$", re.IGNORECASE)


def _greets_before(text: str, index: int) -> bool:
    """Whether the emoji at ``index`` closes a greeting, thanks or good wish."""
    # Back from the emoji to where its piece opens: after a line break, an emoji, or a
    # stop followed by a space (a stop inside a handle, "@citra.lestari", ends nothing).
    # Read backwards, a reply of many emoji stays linear.
    opening = index
    while opening > 0:
        before = text[opening - 1]
        if before == "\n" or _EMOJI_RUN.match(before) or (
                before in ".!?" and opening < index and text[opening].isspace()):
            break
        opening -= 1
    return _GREETING.fullmatch(text[opening:index].strip()) is not None


def _emoji_removal(text: str, start: int, end: int, reason: str) -> _Change:
    """An emoji out with the space before it; one that ended a sentence leaves a full stop
    behind ("... banjir 😅 Ya wajar" -> "... banjir. Ya wajar")."""
    if start > 0 and text[start - 1] == " ":
        start -= 1
    following = text[end:].lstrip(" ")
    # Other emoji of the same run are passed over: "... njenengan. 😂😂 No." has its mark.
    before = text[:start].rstrip(" " + "".join(NEGATIVE_EMOJI) + "\ufe0f")
    ends = following[:1].isupper() and before[-1:] not in ".!?"
    # ... and one between two clauses leaves a comma ("kami ga percaya 🤷 jgn asal komen"
    # -> "kami ga percaya, jgn asal komen")
    parts = (following[:1].islower() and before[-1:].isalnum()
             and _WORD.match(following) is not None)
    return _Change(start, end, "." if ends else "," if parts else "", reason)


def _drop_word(text: str, start: int, end: int, reason: str) -> _Change:
    """One word out, with the space before it; at a sentence start the next word takes
    the capital."""
    if _at_sentence_start(text, start):
        stop = end
        while stop < len(text) and text[stop] in " ,":
            stop += 1
        if stop < len(text) and text[stop].isalpha():
            return _Change(start, stop + 1, text[stop].upper(), reason)
        return _Change(start, stop, "", reason)
    if start > 0 and text[start - 1] == " ":
        return _Change(start - 1, end, "", reason)
    return _Change(start, end, "", reason)


def _after_leading_facts(text: str, span: Span, protected) -> Span | None:
    """The span without the handle or the citizen's title and name it opens with ("@andri
    Memangnya ..." keeps the handle and drops the rest); None when nothing else is left. A
    fact that the clause goes on to talk about ("TPS Kuripan giliran besok") stays in it."""
    start = _past_address(text, span.start, span.end, protected)
    if start >= span.end:
        return None
    return span.model_copy(update={"start": start, "text": text[start : span.end]})


def _past_address(text: str, start: int, end: int, protected) -> int:
    """Where ``text[start:end]`` begins once the handle, or the title and name followed by
    a comma, that it opens with are passed."""
    # The facts in order of where they begin, swept once: ``start`` only moves forward, so
    # a fact that ended before it, or that is no address, never applies again (a reply of
    # many handles stays linear).
    ranges = sorted(protected)
    i = 0
    moved = True
    while moved:
        moved = False
        while i < len(ranges) and ranges[i][0] <= start:
            a, b = ranges[i]
            i += 1
            if start < b and _addresses(text, a, b):
                start, moved = b, True
        while start < end and not text[start].isalnum():
            start += 1
            moved = True
        word = _WORD.match(text, start)
        if (word is not None and word.end() <= end and _plain(word.group(0)) in _ADDRESS
                and text[word.end() : word.end() + 1] == ","):
            start, moved = word.end(), True
        elif (word is not None and word.end() < end and _plain(word.group(0)) in _ADDRESS
              and text[word.end() : word.end() + 1] == " "
              and i < len(ranges) and ranges[i][0] == word.end() + 1
              and text[ranges[i][1] : ranges[i][1] + 1] == ","):
            start, moved = word.end() + 1, True  # "Mas Dimas, ...": the name is next
    return start


def _addresses(text: str, start: int, end: int) -> bool:
    """A handle, or a name followed by a comma: the person the reply speaks to."""
    return text[start] == "@" or text[end : end + 1] == ","


def _replace(text: str, start: int, end: int, alternative: str, reason: str) -> _Change:
    if not alternative:
        return _delete(*_with_dangling(text, start, end), reason)
    if alternative.lower().startswith("mohon"):
        # "udh jgn nanya lg" -> "mohon berkenan menunggu ...", not "udh mohon berkenan ..."
        while (filler := re.search(r"([^\W_]+) +$", text[:start])) and _plain(
                filler.group(1)) in _FILLERS | {"udh", "ya"}:
            start = filler.start()
    before = re.search(r"([^\W_]+)\s+$", text[:start])
    first = alternative.split(" ", 1)
    if before and len(first) == 2 and before.group(1).lower() == first[0].lower():
        alternative = first[1]  # "sebagaimana" + "sebagaimana telah ...": said once
    elif (len(first) == 2 and _REQUEST_WORD.match(first[0])
          and (asked := _REQUEST_BEFORE.search(text, _sentence_start(text, start), start))):
        if asked.group(1):
            # "Silakan Bapak urus sendiri ..." -> "Silakan Bapak mengurus langsung ...":
            # the request is already made, to the citizen named
            alternative = first[1]
        else:
            # "Silakan tunggu saja" -> "Mohon kesediaannya menunggu": one request word
            start = asked.start()
    start = _with_exasperated_yes(text, start)  # "Ya kan sudah dibilang" -> "Sebagaimana ..."
    alternative = _cased_at(text, start, alternative)
    # "jangan protes terus" -> "mohon pengertiannya", not "mohon pengertiannya terus".
    end = _past_trailing(text, end, ATTITUDE_PARTICLES | _INTENSIFIERS | _EDGE_AT_END)
    return _Change(start, end, alternative, reason)


_JOINED_ON = re.compile(r"\s+(?:dan|serta)\s+$", re.IGNORECASE)
# A swapped phrase that is a whole clause by itself ("hal tersebut ditangani oleh ...").
_WHOLE_CLAUSE = re.compile(r"hal tersebut\b", re.IGNORECASE)
# A preposition right before a phrase: what follows it is its object, not a clause.
_PREPOSITION_JUST_BEFORE = re.compile(r"\b(?:pada|ke|kepada|dengan|untuk|dalam)\s+$",
                                      re.IGNORECASE)
# Matters an office handles, named by a noun: "urusan pribadi", "hal seperti ini".
_MATTERS = frozenset("urusan hal hal-hal masalah persoalan soal keluhan laporan aduan komplain "
                     "pengaduan pertanyaan permintaan kasus perkara".split())
# Acts of judging or saying, which "jangan seenaknya" warns against making in haste.
_JUDGING_ACT = re.compile(
    r"(?:me|ng|n)?(?:nuduh|tuduh|nuding|tuding|nilai|vonis|simpul(?:kan)?|cap|sebut|bilang|"
    r"ngomong|omong|bicara|berbicara|komentar|komen|lapor|melapor|mengadu|fitnah|memfitnah|"
    r"menyalahkan|nyalahin|salahkan|klaim|mengklaim|menganggap|anggap|mengatakan|berkata|"
    r"nulis|tulis|menulis|posting|memposting|upload|unggah|mengunggah|sebar|nyebar|"
    r"menyebar(?:kan)?|viralkan|memviralkan|ngeviralin)",
    re.IGNORECASE)
# The space (and an exasperated "ya") between a condition and the new subject after it.
_GAP_BEFORE_SUBJECT = re.compile(r"(?<=\w)(?:[ \t]+(?:ya|yo))?[ \t]$", re.IGNORECASE)
# "... dengan keputusan ini ya silakan ...": the "ya" that ends a condition, before what
# the citizen may do, inside one clause (group 1: the "ya" with the space before it).
_YES_BEFORE_CONSEQUENCE = re.compile(
    r"[^.,;:!?\n]*?(?<=\w)([ \t]+(?:ya|yo))(?=[ \t]+(?:silakan|silahkan|monggo|mangga)\b)",
    re.IGNORECASE)
_COPULA_BEFORE = re.compile(r"(?<!\w)(?:adalah|merupakan|ialah)\s+$", re.IGNORECASE)
_DEMONSTRATIVE_BEFORE = re.compile(r"(?<!\w)(?:itu|ini|kuwi|iku|niku|niki)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?…\n]|\s[-–]\s")


def _clause_rest(text: str, end: int) -> tuple[int, list[str]]:
    """Where the clause going on at ``end`` stops (before its mark or dash), and its words
    from ``end`` on, reduced with :func:`_plain`."""
    stop = _CLAUSE_END.search(text, end)
    stop_at = stop.start() if stop else len(text)
    return stop_at, [_plain(w) for w in _WORD.findall(text, end, stop_at)]


# What the citizen waits for, up to the comma that ends the clause: " menunggu TPG,".
_WAIT_VERBS = r"(?:menunggu|nunggu|antre|antri|ngantri|mengantre)"
_WAITING = re.compile(rf"((?:[ \t]+{_WAIT_VERBS}\b)(?:[ \t]+[^\s,.;!?]+){{0,3}}),",
                      re.IGNORECASE)
# ... or where else the citizen may go: "kalau gak sabar (antre) ya ke klinik swasta aja".
_GO_ELSEWHERE = re.compile(rf"[ \t]*,?(?:[ \t]+(?:{_WAIT_VERBS}|ngantre))?[ \t]*,?"
                           r"(?:[ \t]+(?:ya|yo|ya\s+udah|silakan|silahkan))?"
                           r"(?=[ \t]+(?:ke|pindah|cari|pergi|berobat|pakai|pake)\b)",
                           re.IGNORECASE)
# "aja", "saja", "deh" closing the sentence: the shrug it ends with.
_JUST_TAIL = re.compile(r"[ \t]+(?:aja|saja|ajah|deh)(?=[ \t]*(?:[.!?]|$))", re.IGNORECASE)
# "..., tapi (urusan) PLN" after "not ours": who is in charge after all.
_BUT_WHOSE = re.compile(r"[ \t]*,?[ \t]*(?:tapi|tetapi|melainkan|tp)[ \t]+(?:(?:urusan|urusannya|"
                        r"kewenangan|wewenang|tugas|ranah|tanggung[ \t]+jawab)[ \t]+)?"
                        r"(?P<who>[^\s.,;!?][^.,;!?\n]*?)(?=[ \t]*(?:[.,;!?\n]|$))",
                        re.IGNORECASE)


def _names_owner(who: str) -> bool:
    """Whether what follows "tapi"/"melainkan" after a "not ours" names who is in charge
    ("tapi BPN", "melainkan Dinas PUPR"), short, and not the sentence going on ("tapi ya
    sudah, nanti kami teruskan": no owner, so "menjadi kewenangan ya sudah" is not said)."""
    words = _WORD.findall(who)
    return bool(words) and len(words) <= MAX_REST_WORDS and (
        _plain(words[0]) not in lexicons.function_words())


# An alternative that is a whole clause about the citizen, with its own subject.
_CITIZEN_CLAUSE = re.compile(r"Bapak/Ibu(?: juga)? dapat\b")  # the citizen may do something
# Words a request runs on from without a comma: a subject ("kami mohon ..."), a joiner ("dan
# mohon ...", "untuk", "agar"), or the "kali" of "lain kali" (advice that leads into it).
# Words that already ask ("silakan", "minta") keep the request in their own clause.
_RUNS_INTO_REQUEST = frozenset("kami saya kita dan serta atau untuk agar supaya yang dengan jadi "
                               "maka sehingga tetapi tapi namun kali".split())
_ASKING_ALREADY = _ASKING_WORDS | frozenset("silakan silahkan minta meminta".split())


def _request_after_clause(text: str, start: int, end: int, alternative: str) -> int | None:
    """Where a comma goes before a swap's request put in for ``text[start:end]``, the rest
    of its sentence, right after a word: after a clause of at least two words (not an
    address, a condition, a request or a subject that runs into it), past any filler ("ya")
    left before the request; None when the request runs on its sentence as it is."""
    if (not _REQUEST_WORD.match(alternative) or not re.search(r"\w $", text[:start])
            or re.match(r"[ \t]*[\w,;:]", text[end:])):
        return None
    words = list(_WORD.finditer(text, _sentence_start(text, start), start))
    while words and _plain(words[-1].group(0)) in _FILLERS:
        words.pop()
    lead = [_plain(w.group(0)) for w in words]
    if (len(lead) < 2 or lead[-1] in _RUNS_INTO_REQUEST | _ADDRESS
            or any(w in _CONDITIONS | _ASKING_ALREADY for w in lead)
            or not re.fullmatch(r"[\s\w]*", text[words[-1].end() : start])):
        return None
    return words[-1].end()


# How often, after a phrase that holds it against the citizen: "terus", "tiap hari".
_OFTEN_WORDS = frozenset("terus terusan terus-terusan mulu melulu tiap setiap saben "
                         "berkali-kali bolak-balik berulang-ulang berulang".split())
# Where a citizen writes or calls: "di kolom komentar", "ke grup", "nomor kantor".
# (with the platforms of :data:`_PLATFORMS`)
_CONTACT_PLACES = frozenset(
    "di ke kolom komentar komen grup group inbox chat nomor no hp kantor admin akun kami "
    "ini itu postingan unggahan story sini rt rw pribadi petugas".split())
MAX_CONTACT_PLACE_WORDS = 4
_OFTEN_UNITS = frozenset("hari jam menit minggu bulan saat waktu pagi siang sore malam "
                         "kali".split())


# Requests that say all they ask ("mohon pengertiannya"), and the words that may follow a
# forbidding only to say when: "jangan protes belakangan", "jangan ngeluh lagi nanti".
_WHOLE_REQUESTS = frozenset({"mohon pengertiannya", "mohon bersabar", "mohon dimaklumi"})
# Where a complaint is taken: "ke kelurahan", "di sini", "sama petugas".
_TOWARDS = frozenset("ke kepada di sama".split())
_AFTERWARDS = frozenset("belakangan nanti nanti-nanti kemudian lagi".split())
_SOFT_YES = frozenset("ya yah nggih njih".split())
# When something was told: "dari kemarin", "sejak awal", "berkali-kali".
_TOLD_WHEN = frozenset("dari dr dri sejak kemarin kemaren sebelumnya tadi awal dulu "
                       "berkali-kali berulang kali lalu minggu pekan bulan".split())


def _with_complement(text: str, start: int, end: int, alternative: str, protected) -> int:
    """Where a lexicon swap should end: after the phrase, or, when the alternative is a
    whole clause ("hal tersebut ditangani oleh instansi terkait") and the phrase goes on
    with a short complement that holds no fact ("bukan tugas kami mengangkut sampai ke
    depan rumah"), after that complement too, which would otherwise dangle."""
    last = _WORD.findall(text, start, end)[-1:]
    if alternative:
        # "Jangan tanya terus tiap hari, ..." -> "Mohon berkenan menunggu informasi dari
        # kami, ...": how often the citizen asked goes with the phrase that held it against
        # them, not with what the alternative now says; so does the unit of a phrase that
        # ended on "tiap" ("jangan telepon kantor tiap jam")
        stop_at, rest = _clause_rest(text, end)
        often = set(rest) & _OFTEN_WORDS or (last and _plain(last[0]) in _OFTEN_WORDS)
        if (rest and often and set(rest) <= _OFTEN_WORDS | _OFTEN_UNITS
                | ATTITUDE_PARTICLES and not _overlaps(end, stop_at, protected)):
            return len(text[:stop_at].rstrip())
    if alternative.lower() in _WHOLE_REQUESTS:
        # "Jangan protes belakangan." -> "Mohon pengertiannya.", not "Mohon pengertiannya
        # belakangan.": when the citizen would do what was forbidden goes with it; a "ya"
        # after it stays, and so does whom it speaks to ("Mohon pengertiannya ya Pak.")
        stop_at, _ = _clause_rest(text, end)
        words = list(_WORD.finditer(text, end, stop_at))
        taken = 0
        while taken < len(words) and _plain(words[taken].group(0)) in (
                _AFTERWARDS | _OFTEN_WORDS | ATTITUDE_PARTICLES):
            taken += 1
        if (taken and all(_plain(w.group(0)) in _SOFT_YES | _ADDRESS for w in words[taken:])
                and not _overlaps(end, words[taken - 1].end(), protected)):
            return words[taken - 1].end()
        # "Jangan protes ke kelurahan." -> "Mohon pengertiannya.", not "Mohon pengertiannya
        # ke kelurahan.": where the citizen would take the complaint goes with it (a named
        # office, a fact, stays)
        said = [w for w in words if _plain(w.group(0)) not in _SOFT_YES | _ADDRESS]
        if (said and _plain(said[0].group(0)) in _TOWARDS and said[0] is words[0]
                and len(said) <= MAX_CONTACT_PLACE_WORDS
                and not _overlaps(end, said[-1].end(), protected)):
            return said[-1].end()
    if alternative.lower().startswith("mohon berkenan menunggu"):
        # "jangan spam kolom komentar" -> "mohon berkenan menunggu tindak lanjut dari kami",
        # not "... dari kami kolom komentar": where the citizen wrote goes with it
        stop_at, rest = _clause_rest(text, end)
        places = _CONTACT_PLACES | _PLATFORMS
        if set(rest) & _OFTEN_WORDS:
            places |= _OFTEN_UNITS  # ("menelepon kantor setiap hari": how often, too)
        if (rest and len(rest) <= MAX_CONTACT_PLACE_WORDS
                and set(rest) <= places | _OFTEN_WORDS | ATTITUDE_PARTICLES
                and all(_plain(text[a:b]) in places for a, b in protected
                        if end < b and a < stop_at)):
            return len(text[:stop_at].rstrip())
    if alternative.lower().startswith(THANKS_FOR_INPUT):
        # "jangan mengajari kami cara bekerja" -> "terima kasih atas masukannya", not "...
        # masukannya kami cara bekerja": whom the citizen was said to teach goes with the
        # phrase; what the input was about stays ("... masukannya soal jadwal")
        stop_at, rest = _clause_rest(text, end)
        topic = _TOPIC.search(text, end, stop_at)
        stop = topic.start() if topic else stop_at
        if (rest and len(rest) <= MAX_REST_WORDS and text[end:stop].strip()
                and not _overlaps(end, stop, protected)):
            return len(text[:stop].rstrip())
    if alternative.lower().endswith(TO_AUTHORITIES):
        # "kami laporkan balik ke polisi" -> "hal ini dapat kami teruskan kepada pihak
        # berwenang", not "... berwenang ke polisi": the alternative already says to whom
        whom = _TO_AUTHORITY.match(text, end)
        if whom is not None and not _overlaps(end, whom.end(), protected):
            return whom.end()
    if alternative.lower().startswith("sebagaimana"):
        # "Kami sudah bilang dari kemarin, ..." -> "Sebagaimana telah kami sampaikan, ...":
        # when it was said goes with the phrase that held it against the citizen
        stop_at, rest = _clause_rest(text, end)
        if rest and set(rest) <= _TOLD_WHEN:  # ("kemarin" here dates no fact of the case)
            return len(text[:stop_at].rstrip())
    if alternative and last and _plain(last[0]) in _OWNING_BODIES:
        # "jangan salahkan petugas pendaftaran." -> "mohon dimaklumi.", not "mohon dimaklumi
        # pendaftaran.": one plain word left of the clause only said which staff
        stop_at, rest = _clause_rest(text, end)
        if (len(rest) == 1 and not _overlaps(end, stop_at, protected)
                and rest[0] not in lexicons.function_words() | ATTITUDE_PARTICLES
                | EDGE_WORDS | _ADDRESS):
            return len(text[:stop_at].rstrip())
    if _CITIZEN_CLAUSE.match(alternative):
        # "silakan pindah kota aja" -> "Bapak/Ibu juga dapat memilih layanan lain yang
        # tersedia", not "... tersedia kota": the alternative says the whole clause, so a
        # short rest that only said where goes with the phrase
        stop_at, rest = _clause_rest(text, end)
        # (a service named in small letters is no name: "ke puskesmas lain")
        named = [(a, b) for a, b in protected if not _common_service(text[a:b])]
        if (rest and len(rest) <= MAX_REST_WORDS and not _overlaps(end, stop_at, named)
                and not _refuses(rest) and rest[0] not in _CONDITIONS):
            return len(text[:stop_at].rstrip())
        return end
    # Only a phrase that ends on whose it is ("... kami", "... Bapak sendiri") is complete;
    # one that ends on a verb or a preposition ("berurusan dengan") wants what follows.
    if not _WHOLE_CLAUSE.match(alternative) or not last or _plain(last[0]) not in _OWNERS:
        return end
    stop_at, words = _clause_rest(text, end)
    if not words or len(words) > 6 or _overlaps(end, stop_at, protected):
        return end
    if all(w in ATTITUDE_PARTICLES | EDGE_WORDS | _ADDRESS for w in words):
        return end  # "bukan urusan kami dong", "... Pak": these have their own edits
    return len(text[:stop_at].rstrip())


TOPIC_NOTED = "kami menghargai perhatian {who} {topic}"
# The lexicon's way of saying a matter may go to the authorities, and to whom a draft said
# it would go: " ke polisi", " kepada pihak berwajib".
TO_AUTHORITIES = "kepada pihak berwenang"
_TO_AUTHORITY = re.compile(r"[ \t]+(?:ke|kepada|pada)[ \t]+(?:pihak[ \t]+)?(?:polisi|kepolisian|"
                           r"polsek|polres|polresta|polda|aparat(?:[ \t]+penegak[ \t]+hukum)?|"
                           r"berwajib|berwenang|yang[ \t]+berwajib|aph|pengadilan|kejaksaan)\b",
                           re.IGNORECASE)
# The lexicon's way of saying what was the citizen's fault, and the "why" that may follow.
HAPPENED = "hal itu terjadi"
_WHY_AFTER = re.compile(r"[ \t]+(?:kenapa|mengapa|knp|ngapain)\b", re.IGNORECASE)
# ... and the words that may stand between them: "salah Bapak sendiri kenapa ...".
_ONESELF_WORDS = frozenset("sendiri dewe dhewe".split())
# What a matter is said to have (nothing) to do with: "... urusan dengan meteran air".
_WITH_WHAT = re.compile(r"[ \t]+(?:dengan|sama|dg|dgn)[ \t]+\w", re.IGNORECASE)
# The lexicon's thanks for what a citizen was told not to teach or arrange.
THANKS_FOR_INPUT = "terima kasih atas masukan"


def _closing_topic(text: str, start: int, end: int) -> str | None:
    """The topic ("soal antibiotik") a dropped phrase took along from ``start`` to ``end``,
    where that ends the sentence: without the trailing particles and title ("deh Bu")."""
    topic = _TOPIC.search(text, start, end)
    if topic is None or text[end : end + 1] not in (".", "!", "?", "\n", ""):
        return None
    if not all(_plain(w) in ATTITUDE_PARTICLES | _ADDRESS | _YES
               for w in _WORD.findall(text, start, topic.start())):
        return None  # "sikap Saudara yang memviralkan masalah ini": a thing done, no topic
    words = list(_WORD.finditer(text, topic.start(), end))
    while words and _plain(words[-1].group(0)) in ATTITUDE_PARTICLES | _ADDRESS | _YES:
        words.pop()
    if not any(_plain(w.group(0)) not in lexicons.function_words() | _ONLY_POINTING
               for w in words[1:]):
        return None  # ("soal beginian": about nothing named)
    return text[topic.start() : words[-1].end()]


# Words that only point at a thing: "soal beginian", "urusan gituan".
_ONLY_POINTING = frozenset("beginian begituan gituan ginian gini gitu begini begitu ini itu "
                           "tersebut".split())


# Words that say to whom or where a complaint went: "lapor ke Dishub", "komplain sama RT".
_TO_WHOM = frozenset("ke kepada sama di".split())


def _with_rest_of_clause(text: str, start: int, end: int, protected,
                         threat: bool = False) -> int:
    """Where a dropped lexicon phrase of two words or more that opens its clause should
    end: with the rest of that clause when the rest states no fact and refuses nothing,
    since it only made sense with the phrase ("Masa harus kami antar ke rumah satu-satu?",
    "jangan manja minta dibantu terus"); otherwise right after the phrase."""
    said = _WORD.findall(text, start, end)
    stop_at, words = _clause_rest(text, end)
    if ("bukan" in map(_plain, said) and words and words[0] == "yang"
            and not _overlaps(end, stop_at, protected)):
        # "petugas kami bukan pesuruh yang bisa dipanggil kapan saja": what the denied
        # word is said to be goes with it; left alone it would say the opposite
        return len(text[:stop_at].rstrip())
    # "sok" alone says the citizen pretends: what they pretend goes with it ("jangan sok
    # jadi pahlawan di grup WA" left "Pak, jadi pahlawan di grup WA.")
    pretends = bool(said) and _plain(said[0]) == "sok"
    if len(said) < 2 and not pretends:
        return end
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    lead = [_plain(w) for w in _WORD.findall(text, clause_start, start)]
    if not all(w in _ADDRESS or w in ATTITUDE_PARTICLES or w in _YES or w in _LEAD_DANGLING
               or pretends and w in _FORBIDDING for w in lead) and not (
            _INTERJECTION.fullmatch(text[clause_start:start].strip() + " ")):
        return end
    # (a platform is no fact of the case: "di grup WA", "di kolom komentar IG"; nor is
    # where the citizen complained, after the phrase that asks why: "ngapain lapor <ke
    # Dishub>?")
    after = _WORD.match(text, _past_spaces(text, end))
    complained = (re.fullmatch(_COMPLAINING_VERB, said[-1], re.IGNORECASE) is not None
                  and after is not None and _plain(after.group(0)) in _TO_WHOM)
    facts = [(a, b) for a, b in protected
             if not (pretends and _plain(text[a:b]) in _PLATFORMS or complained)]
    # (what a citizen is reproached for not managing is no refusal: "Sudah tua <kok masih
    # nggak bisa baca jadwal>")
    if (not words or len(words) > MAX_REST_WORDS or _overlaps(end, stop_at, facts)
            or _refuses(words) and not {words[0], _plain(said[-1])} & _REPROACH_LEADS
            or words[0] in _CONDITIONS
            or all(w in ATTITUDE_PARTICLES | EDGE_WORDS | _ADDRESS for w in words)):
        return end
    if _TOPIC.search(text, end, stop_at) and text[stop_at : stop_at + 1] in ",;:":
        # "Gak usah sok tau soal antibiotik, dokter yang ...": the topic stays for what
        # follows; one that ends the sentence ("Bapak jangan sok tahu soal drainase.")
        # would be left saying nothing ("Bapak soal drainase.")
        return end
    if threat and (len(words) > MAX_THREAT_REST_WORDS
                   or set(words) & lexicons.service_nouns()) and words[0] not in _WHERE_DONE:
        # (where the threatened act would happen goes with it: "nama Bapak akan kami
        # umumkan <di papan pengumuman kelurahan>" cannot stand without its verb)
        return end
    return len(text[:stop_at].rstrip())


# "terserah (Bapak) mau ...": what the citizen may choose, up to the clause's end.
_UP_TO_YOU = re.compile(r"terserah(?:[ \t]+(?P<who>bapak|ibu|kakak|kak|mas|mbak|saudara|anda|"
                        r"njenengan|sampeyan|pak|bu))?[ \t]+(?:mau|mo|mw)[ \t]+"
                        r"(?P<rest>[^\s.,;!?][^.,;!?\n]*)", re.IGNORECASE)
# ... a choice that only shrugs: where to complain, whether to believe or wait at all.
_SHRUG_CHOICE = re.compile(r"\bke[ \t]*mana\b|\b(?:atau|apa|ato)[ \t]+(?:tidak|tdk|nggak|ngga|"
                           r"enggak|engga|gak|ga|ndak|endak|belum)\b|\b(?:bilang|ngomong|"
                           r"berkata|komen|komentar|ngomel|nulis|menulis|posting)[ \t]+apa\b",
                           re.IGNORECASE)
# Words that begin a new clause inside a sentence.
_CLAUSE_JOINERS = frozenset("dan serta sehingga maka lalu kemudian karena tetapi tapi namun"
                            .split())
# The lexicon's answer for a complaint closed one-sidedly ("kami anggap selesai").
CLOSED_ANSWERED = "kami telah menyampaikan tanggapan atas hal ini"


def _clause_lead(text: str, start: int, marks: str = ".,;!?\n") -> tuple[int, list[str]]:
    """Where the clause holding ``start`` begins (after the last of ``marks``), and its
    words before ``start``, reduced with :func:`_plain`: what leads into a phrase."""
    clause = _past_spaces(text, _after_last(text, start, marks))
    return clause, [_plain(w) for w in _WORD.findall(text, clause, start)]


def _topic_before(text: str, start: int) -> bool:
    """Whether the clause before ``start`` names something of its own ("pengaduan ini"),
    not only joining or address words ("Maka", "Oleh karena itu, Bapak")."""
    _, words = _clause_lead(text, start, ".,;!?\n:")
    joined = [i for i, w in enumerate(words) if w in _CLAUSE_JOINERS]
    words = words[joined[-1] + 1 :] if joined else words  # "..., dan <kami anggap ...>"
    return any(w not in lexicons.function_words() | _ADDRESS | _FILLERS for w in words)


# What leads into blame closing a clause: ", salah sendiri", " ya salah sendiri".
_BLAME_LEAD = re.compile(r"(?:[ \t]*,)?[ \t]*(?:\b(?:ya|yo|yaa|kan|lho|ini|itu|itu ya)\b[ \t]*)?$",
                         re.IGNORECASE)


_BLANKS = re.compile(r"[ \t]*")


def _past_particles(text: str, end: int) -> int:
    """Where ``text`` goes on after ``end`` past spaces and attitude particles ("salah
    sendiri ya lho.")."""
    end = _BLANKS.match(text, end).end()
    while (word := _WORD.match(text, end)) and _plain(word.group(0)) in ATTITUDE_PARTICLES | _YES:
        end = _BLANKS.match(text, word.end()).end()
    return end


def _ends_clause(text: str, end: int) -> bool:
    """Whether the clause ends at ``end``, past spaces and attitude particles."""
    after = _past_particles(text, end)
    return after >= len(text) or _CLAUSE_END.match(text, after) is not None


def _conditions_what_follows(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a clause that opens with a condition ("...,
    jika Ibu terus ...") and its sentence goes on after it with a comma, the consequence
    the condition limits. (A warning that only holds one, "hati-hati kalau posting", is
    no such clause.)"""
    clause = _past_spaces(text, _after_last(text, end, ",;:"))
    return (clause >= start and _CONDITION.match(text, _past_fillers(text, clause)) is not None
            and re.match(r"[ \t]*,[ \t]*[^\W\d_]", text[end:]) is not None)


# "..., jadi percuma protes": what the uselessness follows from was said just before.
_SO_USELESS = re.compile(r"[ \t]*,?[ \t]*\b(?:jadi|jd|sehingga|makanya|maka)[ \t]+$",
                         re.IGNORECASE)
# When the useless complaint is made: "sekarang", "lagi".
_WHEN_WORD = re.compile(r"(?:[ \t]+(?:sekarang|skrg|lagi|lg|sekarang-sekarang))+",
                        re.IGNORECASE)
# A title inside a blaming phrase: "salah Ibu sendiri".
_TITLE_NAMED = re.compile(rf"\b(?:{_CITIZEN_NAMED}|pak|bu)\b", re.IGNORECASE)
# Words that only point at what is blamed: "Itu kan salah ...".
_BLAME_POINTERS = frozenset("itu ini kuwi iku niku niki kan ya yo lho loh".split())
# Words before "sok" that forbid it: "jangan sok ...", "nggak usah sok ...", "ojo sok ...".
_FORBIDDING = frozenset("jangan jgn ojo aja ampun usah tidak nggak gak ga ndak tolong mohon "
                        "gausah untuk perlu".split())


# An alternative that is a clause of its own, with its own subject or lead-in ("kami
# memahami kekecewaan Bapak/Ibu", "sebagaimana telah kami sampaikan").
_OWN_CLAUSE = re.compile(r"(?:kami|sebagaimana|mohon (?:pengertian|kesabaran))\b",
                         re.IGNORECASE)
# Words just before such a swap that would dangle before it: "Tolong jangan marah-marah"
# -> "Kami memahami kekecewaan Bapak/Ibu", "Sudah berkali-kali kami jelaskan" ->
# "Sebagaimana telah kami sampaikan".
_LEAD_BEFORE_CLAUSE = frozenset("tolong mohon sudah udah udh sdh dah kan jadi".split())
# Words that go on saying how or to whom something was said ("sebagaimana telah kami
# sampaikan kepada masyarakat"): no comma before them.
_SAID_HOW = frozenset("kepada pada melalui lewat via sejak sebelumnya tadi kemarin berkali-kali "
                      "berulang berulang-ulang dalam di".split())
# An alternative that acknowledges the citizen, complete in itself.
_ACKNOWLEDGES = re.compile(
    r"(?:kami )?(?:memahami|mohon (?:pengertian|kesabaran|maaf)|mencatat)", re.IGNORECASE)
# A phrase that forbids an act, swapped for an acknowledgement: the act's object goes with
# it ("jangan marah-marah ke petugas loket"); after another alternative it may be the
# content ("jangan harap permohonan Ibu diproses cepat").
_FORBIDS = re.compile(r"(?:jangan|jgn|ojo|(?:tidak|tdk|gak|ga|nggak|ngga|ndak)\s+usah|"
                      r"gausah|gsh|rasah)\b", re.IGNORECASE)
# Who a clause of its own may open with.
_SUBJECTS = frozenset("kita kami saya sy aku gue gw dia mereka beliau".split())
_FORBIDS_BEFORE = re.compile(r"(?<![^\W_])" + _FORBIDS.pattern + r"[ \t]+$", re.IGNORECASE)
# A phrase that ends on one of these wants the verb after it ("masa gitu aja gak bisa
# bedain").
_MODALS = frozenset("bisa dapat mau harus perlu sanggup".split())
MAX_MODAL_REST_WORDS = 2


def _as_own_clause(text: str, start: int, end: int, alternative: str, protected
                   ) -> tuple[int, int, str]:
    """The stretch a swap whose alternative is a clause of its own should replace: it takes
    the request or "sudah" just before it, and, for a phrase that forbids an act or ends on
    a modal, the rest of its clause when that rest holds no fact. A question replaced from
    its start to its end becomes a statement."""
    forbids = (_FORBIDS.match(text, _past_fillers(text, start)) is not None
               and _ACKNOWLEDGES.match(alternative) is not None)
    while (lead := re.search(r"([^\W_]+)\s+$", text[:start])) and _plain(
            lead.group(1)) in _LEAD_BEFORE_CLAUSE:
        start = lead.start()
    last = _WORD.findall(text, start, end)[-1:]
    if forbids or (last and _plain(last[0]) in _MODALS):
        stop_at, words = _clause_rest(text, end)
        limit = MAX_REST_WORDS if forbids else MAX_MODAL_REST_WORDS
        if (words and len(words) <= limit and not _overlaps(end, stop_at, protected)
                and not _refuses(words) and not _TOPIC.search(text, end, stop_at)
                and words[0] not in _CONDITIONS):
            end = len(text[:stop_at].rstrip())
    opens = _at_sentence_start(text, start) or all(
        _plain(w) in _ADDRESS for w in _WORD.findall(text, _sentence_start(text, start), start))
    if text[end : end + 1] == "?" and opens:
        end, alternative = end + 1, alternative + "."
    elif (alternative.lower().startswith("sebagaimana") and len(alternative.split()) >= 4
          and (following := re.match(r" +([^\W\d_][\w-]*)", text[end:]))
          and _plain(following.group(1)) not in _SAID_HOW | _LEAD_DANGLING):
        alternative += ","  # "Sebagaimana telah kami informasikan, harus antre"
    return start, end, alternative


_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n")  # not the dot inside "08.00" or "Jl."
ASKS_NOTHING_REASON = ("Tanda tanya diganti titik: kalimatnya kini berupa permintaan, bukan "
                       "pertanyaan.")


def _asks_nothing_after(text: str, change: _Change, asked: set[str], protected
                        ) -> _Change | None:
    """The question mark that ends the sentence a swap now opens with a request ("Apa
    susahnya baca FAQ di website?" -> "Mohon kesediaannya untuk baca FAQ di website."), as
    a full stop; None when the swap makes no request, leaves words before it in its
    sentence (other than how the citizen is addressed), or the sentence still asks
    something (a question word, before or after the swap)."""
    if not _REQUEST_WORD.match(change.new.lstrip(" ,")):
        return None
    lead = _WORD.findall(text, _sentence_start(text, change.start), change.start)
    if not all(_plain(w) in _ADDRESS for w in lead):
        return None
    stop = _SENTENCE_STOP.search(text, change.end)
    if stop is None or stop.group(0) != "?" or _overlaps(*stop.span(), protected):
        return None
    rest = {_plain(w) for w in _WORD.findall(text, change.end, stop.start())}
    if (asked | rest) & _QUESTION_WORDS:
        return None
    return _Change(stop.start(), stop.end(), ".", ASKS_NOTHING_REASON)


def _still_forbidden(text: str, hit: Hit, protected) -> int | _Change | None:
    """For a dropped "jangan ..." phrase with words after it in its clause: what follows is
    what must not be done, and without the prohibition it would read as an order ("Jangan
    coba-coba buang sampah di Kali Banger" -> "Buang sampah di Kali Banger"). So it goes
    with the phrase (the clause's end is returned), or, holding a fact, stays under a polite
    prohibition (that change is returned). None when the phrase forbids nothing that
    follows; after a condition ("Jangan nangis kalau nanti kena tipiring") comes what will
    happen, which stays as it was."""
    forbidding = _FORBIDS.match(text, hit.start)
    # ... or a phrase the prohibition goes before ("Nggak usah <lebay> sampai lapor ke
    # koran" left "Sampai lapor ke koran.")
    led = forbidding is None and _FORBIDS_BEFORE.search(text, max(0, hit.start - 20),
                                                        hit.start) is not None
    last = _plain(_WORD.findall(text, hit.start, hit.end)[-1])
    if not (forbidding or led) or last in _CONDITIONS | {"nanti"}:
        return None
    stop = _CLAUSE_END.search(text, hit.end)
    stop_at = stop.start() if stop else len(text)
    rest = _WORD.findall(text, hit.end, stop_at)
    if not rest:
        return None
    if led and (_plain(rest[0]) in _CONDITIONS - {"sampai"}
                or _plain(rest[0]) in _SUBJECTS | _ADDRESS):
        # "Nggak usah <nangis> kalau nanti kena tipiring": what will happen; "Jangan
        # <munafik> kita butuh ...": a clause of its own
        return None
    if not _stated_facts(text, hit.end, stop_at, protected):
        return len(text[:stop_at].rstrip())
    if forbidding is None:
        return None  # a fact in what follows: the phrase alone goes
    polite = "mohon untuk tidak"
    polite = _cased_at(text, hit.start, polite)
    return _Change(hit.start, forbidding.end(), polite, _swap_reason(hit.reason))


def _sentence_of(text: str, index: int, protected) -> tuple[int, int] | None:
    """The sentence holding ``index``; past the handle or name it opens with, which stays
    when the sentence goes (a bare title goes with it)."""
    for a, b in sentences(text):
        if a <= index < b:
            body = _past_address(text, a, b, protected)
            return (body if _overlaps(a, body, protected) else a), b
    return None


def _after_last(text: str, index: int, marks: str = ".!?\n") -> int:
    """Where the stretch before ``index`` that none of ``marks`` ends begins: by default
    the sentence's start as its marks alone tell it ("Jl." counts as an end), with ",;"
    the clause's."""
    return max(text.rfind(mark, 0, index) for mark in marks) + 1


def _sentence_start(text: str, index: int) -> int:
    """Where the sentence holding ``index`` begins."""
    return max((b for a, b in sentences(text) if b <= index), default=0)


# Prepositions that open where or through what an act is done.
_WHERE_DONE = frozenset("di ke pada lewat melalui via dalam".split())
# The most words a dropped phrase takes along from the rest of its clause.
MAX_REST_WORDS = 10
# ... and a dropped threat, whose clause may name who would act: only a short object
# ("Kami bisa saja melaporkan perusakan ini").
MAX_THREAT_REST_WORDS = 2
# Words before a phrase that go with it (see _DANGLING_BEFORE): "Jangan dikit-dikit lapor
# ke dinas" loses "ke dinas" with the phrase.
_LEAD_DANGLING = frozenset("jangan jgn gak ga nggak ngga tidak tdk usah dasar kok dong".split())


def _has_subject(text: str, start: int) -> bool:
    """Whether words of the same clause come before ``start`` (its subject), the citizen's
    title, particles and connectives ("jadi ya") aside."""
    opening = _after_last(text, start, ",;:.!?\n")
    return any(_plain(w) not in _no_subject_words()
               for w in _WORD.findall(text, opening, start))


@cache
def _no_subject_words() -> frozenset[str]:
    """Words that may open a clause without being its subject."""
    return (lexicons.function_words() | ATTITUDE_PARTICLES | EDGE_WORDS | _ADDRESS
            | _FILLERS | _CONNECTIVES)


_OWNING_BODIES = frozenset("petugas kelurahan kecamatan dinas kantor pemkot pemerintah "
                           "puskesmas".split())
_OWNERS = frozenset("kami saya kita aku anda kamu situ bapak ibu saudara saudari sendiri "
                    "urusanmu urusanku urusane".split()) | _OWNING_BODIES


def _past_trailing(text: str, end: int, words: frozenset[str]) -> int:
    """``end`` moved past the ``words`` that directly follow it, one space apart."""
    while True:
        after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        if after is None or after.group(0).lower() not in words:
            return end
        end = after.end()


# Words that only stress what follows them; alone they say nothing.
_EMPHASIS = frozenset("sungguh sangat amat benar-benar betul-betul memang emang wah lha lho "
                      "duh aduh waduh astaga".split())
# "Norak bener", "lemot banget": an intensifier goes with the word it intensified.
_INTENSIFIERS = frozenset("bener banget bgt amat sekali pol tenan temen poll".split())
# What intensifies "jelas" right after it ("jelas sekali", "jelas banget"); after "cuma"
# "sekali" is a count ("cuma sekali"), which stays.
_INTENSIFIER_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(_INTENSIFIERS)) + r")\b",
                                re.IGNORECASE)
_DANGLING_BEFORE = re.compile(
    r"(?:\b(?:tolong|mohon|harap)\s+(?=(?:jangan|jgn|gak|ga|nggak|ngga|tidak|tdk)\b))?"
    r"(?:\b(?:jangan|jgn|gak usah|ga usah|nggak usah|ngga usah|tidak usah|tdk usah|"
    r"dasar|kok|dong)\s+)+$", re.IGNORECASE)


def _with_dangling(text: str, start: int, end: int) -> tuple[str, int, int]:
    """A removed word takes along what only made sense with it: "jangan" before it
    ("jangan cengeng"), with the "tolong" that asked it ("tolong jangan lebay"), attitude
    particles after it ("Lebay deh Kak")."""
    before = _DANGLING_BEFORE.search(text, 0, start)
    if before is not None and before.end() == start:
        start = before.start()
    return text, start, _past_trailing(text, end, ATTITUDE_PARTICLES | _INTENSIFIERS)


def _past_own_emoji(text: str, end: int) -> int:
    """``end`` moved past the emoji that closes a remark ending its sentence ("Kami ngurus
    yang resmi 🙂.", "..., kami sudah simpan screenshotnya 😊."): without the remark, the
    emoji would stand alone."""
    found = _OWN_EMOJI.match(text, end)
    if found is None:
        return end
    return found.end(1)


# An emoji run after a remark, then the end of its sentence.
_OWN_EMOJI = re.compile(r"\s*(" + _EMOJI_RUN.pattern
                        + r")(?=\s*(?:[.!?…]|\n|$)|\s+[A-Z])")  # (or a new sentence)


def _right_after_opening(text: str, index: int) -> bool:
    """Whether ``index`` is where the draft goes on after its opening ("Halo @dinda_kgn,
    makanya ...", "Kak, makanya ..."): there a word opens the reply's first sentence."""
    opening = _opening(text)
    return opening is not None and _past_spaces(text, len(opening)) == index


def _instructs(text: str, start: int, protected) -> bool:
    """Whether the sentence going on from ``start`` tells the citizen what to do: a
    prohibition, a command ("dibaca dulu ...", "follow dan baca") or advice under a
    condition ("kalau anak panas langsung periksa"), with a word that may open it."""
    end = _SENTENCE_MARK.search(text, start)
    end = len(text) if end is None else end.start()
    words = {_plain(w) for w in _WORD.findall(text, start, end)}
    return _opens_plainly(text, start, protected) and bool(
        words & _INSTRUCTING or _polite_command(text, start, end, protected) is not None)


# Words that tell someone what to do (plain forms): a prohibition, "dulu", "harus", a
# condition, and the everyday verbs of advice ("baca", "cek", "pakai", "cari").
_INSTRUCTING = frozenset(
    "jangan ojo dulu harus mesti kudu kalau jika apabila bila baca cek follow ikuti "
    "cari pakai pake datang bawa lihat tanya isi daftar urus".split())


def _before_fact(text: str, hit: Hit, protected) -> Hit | None:
    """For a lexicon phrase that runs into a fact ("bukan urusan Dinas Sosial", where the
    office named is kept), the lexicon's own entry for the words before the fact
    ("bukan urusan" -> "di luar kewenangan"), if it has one: swapped, it keeps the fact."""
    cut = min((a for a, b in protected if hit.start < b and a < hit.end), default=hit.start)
    prefix = text[hit.start : cut].rstrip()
    if not prefix:
        return None
    for short in analyze(prefix).hits:
        if (short.start, short.end) == (0, len(prefix)) and short.alternative is not None \
                and short.aspect == hit.aspect:
            return dataclasses.replace(short, start=hit.start, end=hit.start + len(prefix))
    return None


# A sentence a phrase edit cut down to this many words or fewer, past the citizen's title,
# may be a scrap (:func:`_scraps_dropped`).
MAX_SCRAP_WORDS = 4


# Particles a phrase removal may leave behind, which say nothing alone.
_SCRAP_PARTICLES = ATTITUDE_PARTICLES | _YES | _BUT | frozenset(
    "tp memang cuma cuman hanya aja saja wis ki".split())


def _scraps_dropped(text: str, changes: list[_Change], protected) -> list[_Change]:
    """``changes`` with every draft sentence that a phrase removal cut down to a scrap
    deleted whole: at most MAX_SCRAP_WORDS words left of twice as many or more, that state
    no fact and bring nothing of their own (:func:`_factless`), or two words at most with
    no fact ("Pak, rumah sakit bukan hotel." -> "Pak, rumah sakit."). What the removal
    left says nothing, or says it without its verb."""
    out = list(changes)
    for a, b in sentences(text):
        inside = [c for c in changes if a <= c.start and c.end <= b + 1]
        if not any(not c.new.strip() for c in inside):
            continue
        body = _past_list_marker(text, _past_address(text, a, b, protected))
        if body >= b or any(c.start < body for c in inside):
            continue
        was = _WORD.findall(text, body, b)
        remnant = _apply(text[body:b], [dataclasses.replace(c, start=c.start - body,
                                                            end=min(c.end, b) - body)
                                        for c in inside])
        # (a fact said twice is still said once: "blangko habis ya habis" is no scrap when
        # its echo goes with "sy jg manusia")
        echo = sum(len(_WORD.findall(text, c.start, c.end)) for c in inside
                   if c.reason == SAID_TWICE_REASON)
        words = _WORD.findall(remnant) + ["_"] * echo
        # (the particles the removal left say nothing: "Tapi ya emang taunya cuma." of "Tapi
        # ya emang dasar netizen norak, taunya cuma nyinyir." is one word of nine)
        said = [w for w in words if _plain(w) not in _SCRAP_PARTICLES]
        # (a condition whose main clause went, "Kalau nggak ngerti apa-apa soal tata ruang
        # <mending diem aja> Kak", is not taken for one: it names the topic the reply
        # answers, and a condition without its comma may hold its main clause still,
        # "Kalau soal sekolah swasta ya tanya ke yayasannya")
        if not words or len(said) > MAX_SCRAP_WORDS or 2 * len(said) > len(was):
            continue
        context = text[:body] + remnant + text[b:]
        facts = fact_ranges(context, analyze(context))
        stop = body + len(remnant)
        # (three words or four left of twice as many, "Itu hajatan warga." of "Itu hajatan
        # warga, masa kami larang.", may say what the reply answers)
        if not (5 * len(said) <= 2 * len(was) and _factless(context, body, stop, facts)
                or len(words) <= 2 and not _overlaps(body, stop, [
                    (x, y) for x, y in facts if _plain(context[x:y]) not in _ADDRESS])):
            continue
        drop = _delete(text, body, b, SENTENCE_DROP_REASON)
        # (past the handles a reply to a post opens with, the framing goes on after them)
        if body > a and not all(w.startswith("@") for w in text[a:body].split()):
            # Past the citizen's title: only a chat's opening ("Kak, <...>.") may lose the
            # rest of its sentence, where the thanks then go (:func:`_thanks_in_place`).
            opening = _opening(text) if a == 0 else None
            mark = text.rstrip()[b - 1 : b] if b <= len(text.rstrip()) else ""
            if (opening is None or not opening.endswith(",") or len(opening) > body
                    or mark not in (".", "!")):
                continue
            drop = _Change(len(opening) - 1, b - 1, "", SENTENCE_DROP_REASON,
                           old=text[len(opening) - 1 : b - 1])
        out = [c for c in out if c not in inside] + [drop]
    return _non_overlapping(out)


HANGING_ORDER_REASON = ("Perintah yang kini membuka kalimat setelah bagian sebelumnya dihapus "
                        "diawali \"silakan\" agar terdengar sebagai ajakan.")
# A forbidding word or the request it became: what it forbids follows it.
_FORBIDDING_END = re.compile(r"(?:\bjangan|\bjgn|\bmohon(?:[ \t]+untuk)?[ \t]+tidak"
                             r"(?:[ \t]+perlu)?)[ \t]*$", re.IGNORECASE)
# A clause that went whole and was an order or a brush-off itself.
_ORDER_GONE = re.compile(r"\b(?:jangan|jgn|(?:tidak|nggak|ngga|gak|ga|ndak|tak)[ \t]+"
                         r"(?:usah|perlu)|gausah|gusah|cuma[ \t]+bisa|hanya[ \t]+bisa)\b",
                         re.IGNORECASE)
# ... or "Udah," alone: enough said.
_ENOUGH_GONE = re.compile(r"[ \t]*(?:udah|udh|sudah|wis|wes)[ \t]*,[ \t]*", re.IGNORECASE)
# A clause that went whole within its sentence: up to its comma.
_CLAUSE_GONE = re.compile(r",[ \t]*$")


def _hanging_orders(text: str, changes: list[_Change], protected) -> list[_Change]:
    """``changes`` with what a clause that went whole leaves hanging put right. A forbidding
    word before it ("Makanya jangan <cuma bisa komentar,> lapor lewat aplikasi") would now
    forbid the next clause, the way forward: it goes with the clause it belonged to. And a
    bare command the next clause opens with ("<Jangan cuma bisa protes,> bayar dulu
    tagihannya") is asked for with "silakan", as a command opening the sentence is."""
    out = list(changes)
    for gone in sorted(changes, key=lambda c: c.start):
        cut = _clause_cut(text, gone)
        if cut is None:
            continue
        start = gone.start
        before = next((c for c in out if c.end <= start and not text[c.end : start].strip()
                       and c.new and _FORBIDDING_END.search(c.new)), None)
        if before is not None:
            # (the forbidding word was swapped for a request in this round)
            out[out.index(before)] = dataclasses.replace(before, new="")
            start = before.start
        elif (forbid := _FORBIDDING_END.search(text, 0, start)) and not _overlaps(
                forbid.start(), start, protected) and not any(
                c.start < start and forbid.start() < c.end for c in out):
            # (... or it was said so in an earlier round)
            start = forbid.start()
        word = _WORD.match(text, cut)
        opening = _at_sentence_start(text, start) or _after_title(text, start)
        # (only after a clause that was itself an order or a brush-off: after "Wah keren
        # Bu," a word such as "ikut" or "foto" says what happened or names a thing)
        ordered = (before is not None or start != gone.start
                   or _ORDER_GONE.search(text, gone.start, cut)
                   or _ENOUGH_GONE.fullmatch(text, gone.start, cut))
        if (opening and ordered and word is not None and _plain(word.group(0)) in _IMPERATIVES
                and _plain(word.group(0)) not in ("jangan", "jgn")
                and not _overlaps(word.start(), word.end(), protected)):
            new = "Silakan " if _at_sentence_start(text, start) else "silakan "
            change = _Change(start, cut, new, HANGING_ORDER_REASON)
        elif start != gone.start:
            change = _Change(start, gone.end, gone.new, gone.reason, gone.old)
        else:
            continue
        # (the capital the deletion gave the next word is not taken after "silakan")
        out = [c for c in out if not (start <= c.start and c.end <= max(cut, gone.end))
               or c.start == c.end == start] + [change]
    return _non_overlapping(out)


def _clause_cut(text: str, change: _Change) -> int | None:
    """Where the words after ``change`` start, when it deletes a whole clause up to its
    comma (or does so and capitalises the word after it); else None."""
    if not change.new:
        removed_end = change.end
    elif (len(change.new) == 1 and change.end - change.start > 1
          and change.new == text[change.end - 1].upper()):
        removed_end = change.end - 1
    else:
        return None
    if not _CLAUSE_GONE.search(text, change.start, removed_end):
        return None
    return removed_end


def _after_title(text: str, start: int) -> bool:
    """Whether ``start`` follows the citizen's title and a comma opening the sentence."""
    found = re.search(r"([^\W\d_]+),[ \t]*$", text[:start])
    return (found is not None and _plain(found.group(1)) in _ADDRESS
            and _at_sentence_start(text, found.start(1)))


def _delete(text: str, start: int, end: int, reason: str) -> _Change:
    """Remove ``text[start:end]`` with its separator, keeping the sentence well formed. A
    "bahwa" that only joined the removed clause to the rest goes too ("perlu kami ingatkan,
    bahwa KTP-el ..." -> "KTP-el ...")."""
    change = _deletion(text, start, end, reason)
    return dataclasses.replace(change, old=text[change.start : change.end])


# A clause that only says what the reply answers: "Menanggapi pertanyaan Bapak ...", and
# what it leads into once the main clause after it goes.
_LEAD_IN = re.compile(r"(?:menanggapi|menindaklanjuti|merujuk|sehubungan\s+dengan|"
                      r"berkaitan\s+dengan|berkenaan\s+dengan|terkait|mengenai|perihal)\b",
                      re.IGNORECASE)
LEAD_IN_ON = ", bersama ini kami sampaikan penjelasan sebagai berikut"
# What opens an aside set off by commas: "..., termasuk Ibu, ...", "..., apalagi Bapak, ...".
_ASIDE = re.compile(r"(?:termasuk|terutama|khususnya|apalagi|utamanya|salah[ \t]+satunya)\b",
                    re.IGNORECASE)
# ... and that aside just before a clause: ", termasuk Ibu, <datang ...>".
_ASIDE_BEFORE = re.compile(r"[^\W_],[ \t]*" + _ASIDE.pattern + r"[^,.;:!?\n]*,[ \t]*$",
                           re.IGNORECASE)
# A list item's number or bullet at the start of a line: "2. ", "b) ", "- ".
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-•*])[ \t]+", re.IGNORECASE)


def _past_list_marker(text: str, start: int) -> int:
    """``start`` moved past a list item's number when the sentence opens a line with one."""
    line = text.rfind("\n", 0, start) + 1
    if line == start or not text[line:start].strip():
        found = _LIST_ITEM.match(text, line)
        if found is not None and found.end() >= start:
            return found.end()
    return start


def _deletion(text: str, start: int, end: int, reason: str) -> _Change:
    line = text.rfind("\n", 0, start) + 1
    if line < start and _past_list_marker(text, line) == start:
        # A list item whose words all go takes its number and its line along.
        stop = end
        while stop < len(text) and text[stop] in ".!?… \t":
            stop += 1
        if stop == len(text) or text[stop] == "\n":
            return _Change(line, min(stop + 1, len(text)), "", reason)
    stop = end
    while stop < len(text) and text[stop] in " ,;:-–":
        stop += 1
    if (_ASIDE.match(text, start) and text[start:stop].rstrip().endswith(",")
            and stop < len(text) and text[stop].isalnum()
            and (aside := re.search(r",[ \t]*$", text[:start])) is not None):
        # "karena banyak warga, <termasuk Ibu>, datang tanpa ...": an aside between two
        # commas goes with both, or "warga, datang ..." would read as a command
        return _Change(aside.start(), stop, " ", reason)
    if (text[end : end + 1] == "," and start and text[start - 1] == " "
            and _TITLE_FIRST.fullmatch(text, _sentence_start(text, start), start - 1)):
        # "Ibu <ngeyel banget ya>, sudah dibilang ..." -> "Ibu, sudah dibilang ...": the
        # title that opened the remark stays to address the citizen, with its comma
        return _Change(start - 1, end, "", reason)
    if re.match(r"bahwa\s", text[stop : stop + 6], re.IGNORECASE) and not re.search(
            r"\w\s*$", text[:start]):
        stop += 6
        stop = _past_spaces(text, stop)
    at_start = _at_sentence_start(text, start)
    if at_start and text[start:end].rstrip().endswith((".", "!", "?", "…")):
        # A whole sentence with its mark: what follows is the next sentence, which stays.
        stop = end
        stop = _past_spaces(text, stop)
        return _Change(start, stop, "", reason)
    if at_start and stop < len(text) and text[stop] in ".!?…":
        # The whole sentence goes: take its mark and the space after it.
        while stop < len(text) and text[stop] in ".!?…":
            stop += 1
        stop = _past_spaces(text, stop)
        return _Change(start, stop, "", reason)
    if at_start and stop < len(text) and (joined := _SUBORDINATE.match(text, stop)):
        # "Kami tidak dapat ..., karena ketentuan ini berlaku ..." without its main clause
        # leaves a reason for nothing: the sentence goes whole when the reason states no
        # fact, service or refusal of its own; else only its joining word goes with it.
        mark = _SENTENCE_MARK.search(text, joined.end())
        close = mark.start() if mark is not None else len(text)
        if _states_nothing(text, joined.end(), close):
            if mark is not None and text[mark.start()] != "?":
                end = mark.end()
                end = _past_spaces(text, end)
                return _Change(start, end, "", reason)
        elif joined.end() < len(text) and text[joined.end()].isalpha():
            return _Change(start, joined.end() + 1, text[joined.end()].upper(), reason)
    if at_start and stop < len(text) and (remainder := _short_remainder(text, stop)):
        # "Petugas juga manusia, punya keluarga.": what is left of the sentence said
        # nothing without the part that goes, so the sentence goes whole.
        return _Change(start, remainder, "", reason)
    if at_start and stop < len(text) and text[stop].isalpha() and not text[stop].isupper():
        if not _opens_plainly(text, stop, fact_ranges(text)):
            # "jam 3 ...", "persyaratan ..." stay as written; a letter's sentence opens
            # with "Adapun" rather than with a small letter.
            formal = detect_register(analyze(text)) == "formal"
            title = _TITLE_BEFORE.search(text, start, stop) or _TITLE_FIRST.match(
                text, start, stop)
            if not formal and title is not None:
                # "Gimana sih Bu, formulirnya ...": the title stays to open the sentence
                # ("Bu, formulirnya ...") rather than a small letter
                return _Change(start, stop, _capitalize(title.group(1)) + ", ", reason)
            return _Change(start, stop, "Adapun " if formal else "", reason)
        return _Change(start, stop + 1, text[stop].upper(), reason)
    if (stop < len(text) and text[stop].isupper() and stop > end
            and _EMOJI_RUN.search(text[start:end].rstrip()[-2:])
            and (comma := re.search(r",\s*$", text[:start]))):
        # "..., <remark> 😌 Jadwal ...": the emoji ended the sentence; its last clause goes
        # and a full stop ends it instead
        return _Change(comma.start(), stop, ". ", reason)
    if stop >= len(text) or text[stop] in ".!?…\n":
        while start > 0 and text[start - 1] in " ,;:":
            start -= 1
        if dangling := _DANGLING_JOIN.search(text, 0, start):
            start = dangling.start()  # "... selalu menunggak dan <deleted>." loses "dan"
        opening = _after_last(text, start)
        left = [_plain(w) for w in _WORD.findall(text, opening, start)]
        first = _past_fillers(text, opening + len(text[opening:start]) - len(
            text[opening:start].lstrip()))
        # (read from the sentence's start, before the dot of "Jl." inside it)
        lead = _sentence_words_start(text, start, fact_ranges(text))
        if (_LEAD_IN.match(text, lead) and text[start : start + 1] == ","
                and not re.search(r"[,;:]", text[lead:start])
                and re.search(r"[^\W\d_]", text[_after_last(text, stop + 1) :])):
            # "Menanggapi pertanyaan Bapak mengenai KTP-el, <deleted>." would leave the
            # lead-in alone; it leads into what the next sentences say instead
            return _Change(start, end, LEAD_IN_ON, reason)
        # The whole sentence goes when what is left says nothing: "Bu, <deleted>." would
        # leave "Bu.", "Sungguh <deleted>." "Sungguh."; and "Kalau tidak suka lihat tiang
        # di depan rumah, <deleted>." a condition without what it conditions (when the
        # condition says little of its own).
        if left and (all(w in _ADDRESS | _YES | _FILLERS | ATTITUDE_PARTICLES
                         | _INTENSIFIERS | _EMPHASIS for w in left)
                     or ((_CONDITION.match(text, first) or _LEANING_OPENER.match(text, lead))
                         and not _CONSEQUENCE.search(text, first, start)
                         and _few_and_plain(_own_words(text, opening, start,
                                                       fact_ranges(text)),
                                            MAX_CONDITION_WORDS))):
            start = opening
            start = _past_spaces(text, start)
            stop = end
            while stop < len(text) and text[stop] in ".!?… ":
                stop += 1
            return _Change(start, stop, "", reason)
        protected = fact_ranges(text)
        body = _past_address(text, opening, start, protected)
        subject = [_plain(w) for w in _WORD.findall(text, body, start)]
        content = set(subject) - _ADDRESS - lexicons.function_words()
        if (0 < len(set(subject) - _ADDRESS) <= MAX_REMAINDER_WORDS
                # (a platform is no fact the reply needs: "DM kami <bukan tempat curhat>.")
                and all(_plain(text[a:b]) in _PLATFORMS
                        for a, b in _stated_facts(text, body, start, protected))
                and not _refuses(subject)
                # ("Silakan diulang, <...>." leaves a request, no subject; "Silakan Pak, <...>."
                # asks for nothing)
                and not (_ASKS_POSITIVELY.search(text, body, start)
                         and set(subject) - _ADDRESS - _INVITING - {"mohon"})
                # ("Petugas <kami juga manusia>." leaves "Petugas.": one noun says nothing)
                and (not set(subject) & lexicons.service_nouns() or len(content) <= 1)
                and text[stop : stop + 1] in (".", "!", "…")):
            # "@mas_pasirsari komentar Anda <deleted>.": a subject left without what was
            # said of it goes too; a handle stays, a bare title goes with it
            if not _overlaps(opening, body, protected):
                body = len(text[:body]) - len(text[opening:body].lstrip())
            while stop < len(text) and text[stop] in ".!?… ":
                stop += 1
            return _Change(body, stop, "", reason)
        if (left and text[stop : stop + 1] == "?" and not set(left) & _QUESTION_WORDS
                and left[-1] not in _QUESTION_TAGS):
            # "..., karena ini pipa di bawah jalan, <deleted question>?": what is left
            # asks nothing, so it ends with a full stop
            return _Change(start, stop + 1, ".", reason)
        return _Change(start, end, "", reason)
    if text[end : end + 1] == "," and (subject := _lone_subject(text, start)) is not None:
        # "..., rompimu <tak copot>, gak usah ...": the clause's subject, left without
        # what was said of it, goes too
        return _Change(subject, stop, "", reason)
    joined = _JOIN_AFTER.match(text, stop)
    lead = re.search(r"([^\W_]+)\s+$", text[:start])
    if joined and lead and _plain(lead.group(1)) in _HANGING:
        # "memang <cuma bisa mengeluh> dan merugikan": the "dan" that joined the deleted
        # words goes with them, or "memang dan merugikan" is left
        stop = joined.end()
    return _Change(start, stop, "", reason)


def _lone_subject(text: str, start: int) -> int | None:
    """Where the clause before ``start`` begins when it is only a short subject (one or two
    plain words after a comma: "..., rompimu <...>,") that states no fact and names no
    service; None otherwise."""
    clause = text.rfind(",", 0, start)
    if clause < 0:
        return None
    words = _WORD.findall(text, clause + 1, start)
    plain = [_plain(w) for w in words]
    if (not words or len(words) > 2 or set(plain) & (lexicons.function_words() | _ADDRESS
                                                     | lexicons.service_nouns())
            or any(w[:1].isupper() or any(c.isdigit() for c in w) for w in words)
            or plain[0] in _CONDITIONS):
        return None
    return clause + 1 + len(text[clause + 1 : start]) - len(text[clause + 1 : start].lstrip())


_JOIN_AFTER = re.compile(r"(?:dan|serta)\s+", re.IGNORECASE)
# "no need" right before a phrase that goes: "ra sah", "gak usah", "tidak perlu".
_NO_NEED_LEFT = re.compile(r"\b(?:ra|ora|gak|nggak|ngga|ga|tidak|tdk|ndak)[ \t]+"
                           r"(?:sah|usah|perlu)[ \t]+$", re.IGNORECASE)
# The citizen's title that ends a deleted opening remark: "Gimana sih Bu, ".
# The titles a chat reply calls the citizen by.
_CHAT_TITLES = "bapak|ibu|pak|bu|kak|kakak|mas|mbak|mbah"
# An apology opening a sentence, the rewriter's ("Mohon maaf, ") or the draft's own with a
# particle and the citizen's title ("Mohon maaf ya Bu, ").
_OWN_APOLOGY_FIRST = re.compile(rf"(?:mohon\s+)?maaf(?:\s+(?:ya|yo|nggih|nih))?"
                                rf"(?:\s+(?:{_CHAT_TITLES}))?,\s+", re.IGNORECASE)
_TITLE_BEFORE = re.compile(rf"\b({_CHAT_TITLES})\s*,\s*$", re.IGNORECASE)
# ... or opening what goes: "Ibu ini gimana sih, kemarin ..." -> "Ibu, kemarin ...".
_TITLE_FIRST = re.compile(rf"({_CHAT_TITLES})\b(?!\s*[/-])", re.IGNORECASE)
# Words that qualify what follows them; left before a bare "dan" they dangle.
_HANGING = frozenset("memang hanya cuma juga sangat selalu pun yang sudah telah akan "
                     "bisa dapat".split())


# What says a condition already has its consequence: "Kalau ditilang ya bayar".
_CONSEQUENCE = re.compile(r"[,;:]|\b(?:ya|yo|maka|baru|harus|wajib)\b", re.IGNORECASE)
# The most words of its own a condition left alone may have for its sentence to go whole.
MAX_CONDITION_WORDS = 4
# The most words left of a sentence whose opening is deleted for the rest to go too.
MAX_REMAINDER_WORDS = 2


def _short_remainder(text: str, start: int) -> int | None:
    """Where the sentence ends (past its mark and the space after), when what is left of
    it from ``start`` is a few plain words: no fact, no service, no refusal, no question;
    else None."""
    stop = _SENTENCE_MARK.search(text, start)
    if stop is None or text[stop.start()] in "?\n":
        return None
    words = _WORD.findall(text, start, stop.start())
    if (not words or len(words) > MAX_REMAINDER_WORDS
            or not _states_nothing(text, start, stop.start())):
        return None
    return _past_spaces(text, stop.end())


def _states_nothing(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` states no fact, names no service, refuses nothing and
    asks nothing: what is left of a sentence that may go with the part before it."""
    words = [_plain(w) for w in _WORD.findall(text, start, stop)]
    return not (_overlaps(start, stop, fact_ranges(text)) or _refuses(words)
                or set(words) & (lexicons.service_nouns() | _QUESTION_WORDS))


_SENTENCE_MARK = re.compile(r"[.!?…\n]+")
# A word that joins a reason or a result to the clause before it.
_SUBORDINATE = re.compile(r"(?:karena|karna|krn|sebab|soalnya|sehingga|padahal)\b[ \t]*",
                          re.IGNORECASE)


def _past_fillers(text: str, start: int) -> int:
    """``start`` moved past the fillers a clause opens with ("Ya kalau ...", "Lha wong")."""
    while (word := _WORD.match(text, start)) and _plain(word.group(0)) in (
            _YES | _FILLERS | ATTITUDE_PARTICLES):
        start = word.end()
        while start < len(text) and text[start] in " ,":
            start += 1
    return start


_QUESTION_WORDS = frozenset(
    "apa apakah siapa kenapa mengapa bagaimana gimana kapan mana dimana berapa bisakah "
    "bolehkah masa masak mosok emang emangnya memangnya".split())
_QUESTION_TAGS = frozenset("ya kan toh to tho yo po".split())  # "..., ya?"


def _one_mark(text: str, start: int, end: int) -> str:
    """The one mark a run of them (``text[start:end]``) becomes: "?" for a question, "."
    otherwise. A run of question marks alone asks; one mixed with "!" ("normal?!?!")
    asks only when its sentence has a question word or ends on a tag ("..., ya?!"):
    otherwise it is an exclamation, and a full stop keeps it a statement."""
    run = text[start:end]
    if "?" not in run:
        return "."
    if "!" not in run:
        return "?"
    words = [_plain(w) for w in _WORD.findall(text, _after_last(text, start), start)]
    asks = (set(words) & _QUESTION_WORDS or words and words[-1] in _QUESTION_TAGS
            or any(w.endswith("kah") for w in words))
    return "?" if asks else "."


# A conjunction left before a sentence's end once what it joined is gone, or a preposition
# whose object went ("... dapat dilaporkan balik atas <deleted>.").
_DANGLING_JOIN = re.compile(
    r"[\s,]+(?:dan|serta|atau|yang|karena|krn|tapi|tetapi|namun|sehingga|padahal|atas|"
    r"terhadap|tentang|mengenai|soal|dengan|kepada|oleh|sebagai)$", re.IGNORECASE)
_BECAUSE = re.compile(r"\b(?:karena|karna|krn|sebab|soalnya|akibat)\b", re.IGNORECASE)
# (and "Lapor terus tapi nggak pernah ikut kerja bakti": what the citizen does, held
# against what they never do)
_UNWILLING = re.compile(
    r"\b(?:gak|ga|nggak|ngga|enggak|tidak|tdk|ndak|ora)(?: pernah| juga| pernah juga)? mau\b"
    r"|\b(?:tapi|tp|tetapi|padahal|giliran)\s+(?:\w+\s+)?(?:gak|ga|nggak|ngga|enggak|tidak|tdk|"
    r"ndak|ora|blm|belum)\s+pernah\b", re.I)
_FILLERS = frozenset("udah udh sudah sdh ya yo pokoknya pokoke makanya wis halah ki".split())
# A connective before a command stays with it: "Jadi jangan ..." -> "Jadi mohon untuk
# tidak ...".
_CONNECTIVES = frozenset("jadi jd tapi tetapi namun tp".split())
# Whose act a judgement regretted, and the "yang" that tied the act to them ("kami
# menyayangkan sikap| Bapak Budi yang |membentak ...").
_REGRETTED_ACT = re.compile(
    rf"[ \t]+(?P<who>(?:{_CITIZEN_NAMED}|sdri|adik)\.?(?:[ \t]+(?-i:[A-Z])[\w'’-]*){{0,2}})"
    r"[ \t]+yang[ \t]+(?=\w)", re.IGNORECASE)
# A sentence that is only "Dasar" and a word or two: name-calling ("Dasar ceroboh!").
_NAME_CALLING = re.compile(
    r"\s*dasar\s+(?!hukum|pemikiran|pertimbangan|pengenaan)[^\W\d_]+(?:\s+[^\W\d_]+)?"
    r"\s*[.!?…]*\s*", re.IGNORECASE)


# "Udah dikasih contoh ...": a verb after these says what was done ("Udah, bayar aja" with
# its comma is still an order).
_PERFECTIVE = frozenset("udah udh sudah sdh telah pernah".split())
# "... ya jelas / pasti / wajar ...": the result an act brings, said after it.
_FOLLOWS_OF_COURSE = re.compile(r"\b(?:ya|yo|ya[ \t]+jelas|jelas)[ \t]+(?:jelas|pasti|tentu|wajar|"
                                r"otomatis|mesti)\b", re.IGNORECASE)
# "<act> itu wajar", "<act> adalah kewajiban": the clause judges an act, it orders nothing.
_JUDGED = re.compile(r"\b(?:itu|ini)\s+(?:memang\s+)?(?:wajar|biasa|normal|lumrah|penting|"
                     r"wajib|gratis|mudah|gampang|sulit|susah|benar|salah|sama|hak|kewajiban|"
                     r"urusan|tugas)\b|\b(?:adalah|merupakan)\b", re.IGNORECASE)


ONE_REQUEST_REASON = "Dua permintaan \"mohon\" berturut-turut digabung menjadi satu."
TWO_REQUESTS_REASON = ("Permohonan pengertian dan permintaan sesudahnya dijadikan dua kalimat "
                       "agar tidak terbaca sebagai satu permintaan yang janggal.")
# ", mohon ..." after a request earlier in the same sentence
# ("mohon maaf" apologises; it asks for nothing)
_SECOND_REQUEST = re.compile(
    r",\s+mohon\s+(?!maaf\b)(?:(pengertiannya)\s*(?=[,.!?]|$)|(?:untuk\s+)?)")
_REQUEST = re.compile(r"\bmohon\b(?!\s+maaf\b)", re.IGNORECASE)
# A request for understanding or patience alone, just before a second request.
_BARE_REQUEST = re.compile(r"\bmohon\s+(?:pengertiannya|kesabarannya)\s*(?=,\s+mohon\b)",
                           re.IGNORECASE)


def _one_request(text: str) -> tuple[str, list[_Change]] | None:
    """"Mohon bayar, mohon pengertiannya." -> "Mohon bayar."; "Mohon bersabar menunggu
    kabar, mohon untuk tidak ..." -> "Mohon bersabar menunggu kabar serta tidak ..."."""
    changes = []
    for a, b in sentences(text):
        for match in _SECOND_REQUEST.finditer(text, a, b):
            if not _REQUEST.search(text, a, match.start()):
                continue
            if match.group(1):  # a bare "mohon pengertiannya" adds nothing to a request
                changes.append(_Change(match.start(), match.end(), "", ONE_REQUEST_REASON))
            elif (bare := _BARE_REQUEST.search(text, a, b)) and bare.end() == match.start():
                # "Mohon pengertiannya, mohon datang besok" -> "Mohon pengertiannya. Mohon
                # datang besok", not "... pengertiannya serta datang besok": understanding
                # asked for is no deed the next request can join
                asked = text.index("mohon", match.start())
                changes.append(_Change(match.start(), asked + 1, ". M", TWO_REQUESTS_REASON))
            else:
                changes.append(_Change(match.start(), match.end(), " serta ",
                                       ONE_REQUEST_REASON))
            break  # one per sentence: the next is judged on the text as it will read
    if not changes:
        return None
    return _apply(text, changes), changes


LOOSE_END_REASON = "Kata yang tertinggal setelah bagian lain dihapus atau diganti ikut dirapikan."
# Before a sentence left opening with a word that keeps its small letter.
INFORMING = "Sebagai informasi, "
INFORMING_REASON = ("Kalimat yang kini berdiri sendiri diawali \"Sebagai informasi\" agar "
                    "tidak dimulai huruf kecil; isinya tetap sama.")
LONE_ADDRESS_REASON = ("Sapaan yang tertinggal sendirian setelah bagian lain dihapus digabung "
                       "dengan kalimat di dekatnya.")
# Intensifiers before a judging word, which it may leave behind when it goes ("terlalu
# <mengada-ada>"); those after one ("... banget") are _INTENSIFIERS.
_INTENSIFIERS_BEFORE = "terlalu|sangat|amat|sungguh"
# A joining word with nothing left to join, at the end of a sentence ("... menurunkan video
# tersebut sebelum.", "..., bukan untuk."), with a "bukan" or "tidak" that only led into it.
_LOOSE_JOIN = re.compile(
    r"(?:,[ \t]*(?:bukan|tidak|dan|atau|tapi|namun))?[ \t]+"
    r"(?:sebelum|sesudah|setelah|untuk|agar|supaya|hingga|sampai|dengan|karena|krn|bahwa|"
    r"dan|atau|serta|yang|yg|tapi|tetapi|namun|sehingga|padahal|jika|kalau|apabila|bila|"
    r"oleh|dari|ke|di|pada|bagi|demi|kayak|kyk|seperti|spt|layaknya|"
    # ... or an intensifier whose word went ("terlalu <mengada-ada>.")
    rf"{_INTENSIFIERS_BEFORE}|agak|"
    # ... or what the citizen's words were said to seem, with the "dan" it hung on ("keberatan
    # Saudara tidak berdasar dan terkesan <mengada-ada>.")
    # ("tidak terlihat." says something; "dan terlihat." does not)
    r"(?:(?:dan|serta|yang|yg)[ \t]+)?terkesan|(?:dan|serta|yang|yg)[ \t]+(?:terlihat|tampak|"
    r"kelihatan))(?=[.!?…])",
    re.IGNORECASE)
# An intensifier whose word went, left before the "dan" that joined the next judgement
# ("Laporan ini sungguh <tidak bermutu> dan hanya ..."): both go, the next one is read on.
_INTENSIFIER_BEFORE_JOIN = re.compile(rf"\b(?:{_INTENSIFIERS_BEFORE}|benar-benar)[ \t]+"
                                      r"(?:dan|serta)[ \t]+", re.IGNORECASE)
# A cause whose judging word went, leaving only what it judged ("ditolak karena datanya
# <ngawur>." -> "... datanya."): what was wrong is said plainly.
_CAUSE_LEFT_BARE = re.compile(r"\b(?:karena|krn|sebab|akibat)[ \t]+[^\W\d_]{3,}nya"
                              r"(?=[ \t]*(?:[.!?…]|,?[ \t]*bukan\b))", re.IGNORECASE)
PLAIN_CAUSE = " belum sesuai"
# A full stop twice where a sentence between two went ("... salahin kami.. Kalau ...").
_TWO_STOPS = re.compile(r"(?<![.])[.](?=[.](?![.]))")
# A comma twice where a swap that ends on one met a phrase that went before the draft's own
# ("wis dikandani ping telu, ..." -> "Sebagaimana telah kami sampaikan,, ..."): the space
# and the second comma.
_TWO_COMMAS = re.compile(r"(?<=,)[ \t]*,")
_STOP_THEN_MARKS = re.compile(r"(?<=\w)\.([?!]+)(?=\s|$)")
# A request word before the "mohon" a swap put in: "harap mohon kesediaannya menunggu".
_TWO_ASKS = re.compile(r"\b(?:harap|tolong|silakan|silahkan)\s+(mohon)\b", re.IGNORECASE)
# A word said twice where a swap met the word after it: "meminta minta izin".
_TWICE = re.compile(r"\b([^\W\d_]+) (?=([^\W\d_]{3,})\b)")
# A title opening a sentence, a comma, and a word with a capital: "Bu, Pompa".
# ("Bu, Kali Bremi ...": a capital after it too makes a name)
_TITLE_THEN_CAPITAL = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z]+)(?: [A-Z][a-z]+| @[\w.]*\w)?, ([A-Z][a-z]+)\b"
    r"(?! [A-Z])")
# A request word a swap began with a capital, now after a comma: "Bu, Mohon tanya ...".
_CAPITAL_AFTER_COMMA = re.compile(r"(?<=, )(?:Mohon|Silakan|Silahkan|Harap|Adapun|Demikian)\b")


# The most words a "bukan ..." contrast left alone may have to go (see _loose_ends).
MAX_ORPHAN_CONTRAST_WORDS = 8
# A sentence of this few words opening with a small preposition is a fragment.
MAX_FRAGMENT_WORDS = 3
# A wish right before a place or a topic, with nothing wished: "mau di kolom komentar",
# "mau soal banjir".
_WISH_CUT = re.compile(r"\b(?:mau|ingin|pengen|pingin|mo)[ \t]+(?:di|ke|dari|soal|tentang|"
                       r"mengenai|perihal|terkait)\b", re.IGNORECASE)
# Advice left with nothing advised, at the end of its sentence: "..., sebaiknya Ibu."
_ADVICE_CUT = re.compile(r"\b(?:sebaiknya|seharusnya|harusnya|mestinya|semestinya|hendaknya)"
                         r"(?:[ \t]+(?:bapak|ibu|anda|saudara|saudari|kakak|kak|mas|mbak|pak|"
                         r"bu|sampeyan|njenengan))?[ \t]*[.!?…]*[ \t]*$", re.IGNORECASE)
# Words that open what a condition leads to when no comma sets it off ("Kalau tidak puas
# silakan lapor ...", "kalau sudah lengkap kami proses").
_RESULT_WORDS = frozenset("silakan silahkan mohon maka ya yo kami saya akan harap tolong "
                          "langsung segera".split())
# A mark inside a sentence that parts a condition from what it leads to.
_CLAUSE_MARK = re.compile(r"[,;:]")


def _past_leading(words: list[str], skip: frozenset[str]) -> list[str]:
    """``words`` without those of ``skip`` (in plain form) they open with; the last word
    always stays."""
    while len(words) > 1 and _plain(words[0]) in skip:
        words = words[1:]
    return words


def _cut_short(draft: str, drafted: set[str], text: str, start: int, end: int) -> bool:
    """Whether the sentence ``[start, end)`` of ``text`` lost to the edits what gave it
    sense (``drafted``: the draft's own sentences): a wish cut from what was wished ("Kalau
    cuma mau di kolom komentar, silakan." once "cari panggung" went), advice cut from what
    it advised ("Sebelum menyampaikan dugaan, sebaiknya Ibu." once "berkaca dulu" went), a
    time clause cut from what it led into (:data:`_TIME_CLAUSE_ALONE`), or a condition cut
    from what it led to (:func:`_condition_cut_alone`)."""
    wish = _WISH_CUT.search(text, start, end)
    return (wish is not None and wish.group(0).lower() not in draft.lower()
            or (_ADVICE_CUT.search(text, start, end) is not None
                or _TIME_CLAUSE_ALONE.fullmatch(
                    text[_words_begin(text, start, end, []) : end].strip()) is not None
                and not _MAIN_CLAUSE_WORD.search(text, start, end))
            and text[start:end].strip() not in drafted
            or _condition_cut_alone(draft, text, start, end))


# A time clause left without the clause it led into: "Sebelum ngatain petugas makan gaji
# buta." once "NGACA DULU" went, "Setelah kami pelajari rekaman kejadian." once what was
# found went.
_TIME_CLAUSE_ALONE = re.compile(r"(?:sebelum|setelah|sesudah)\b[^,;:!?]*[.!?…]?",
                                re.IGNORECASE)
# ... which a request or a modal would show to go on into its own main clause ("Setelah
# lengkap silakan datang ke loket 2.").
_MAIN_CLAUSE_WORD = re.compile(r"\b(?:mohon|silakan|silahkan|harap|dapat|bisa|akan|wajib|"
                               r"harus|perlu|boleh|bakal)\b", re.IGNORECASE)


# A condition on what the citizen has not done: "apabila dalam 7 hari tidak dibayar",
# "kalau tidak segera dilunasi", "kalau data belum dikirim sampai Jumat".
_UNDONE = re.compile(
    r"(?:kalau|kalo|klo|jika|apabila|bila)[ \t]+(?P<before>(?:[^\W_]+[ \t]+){0,5}?)"
    r"(?:tidak|tdk|belum|blm|nggak|ngga|gak|ga)[ \t]+(?P<act>(?:segera[ \t]+)?di[^\W\d_]{3,})"
    r"(?P<after>[^.!?,;:\n]*)[.!?]?[ \t]*$", re.IGNORECASE)
# ... where what comes before the act says when, which reads best after it.
_WHEN_FIRST = frozenset("dalam sampai hingga sebelum paling besok lusa hari minggu bulan "
                        "tanggal tgl".split())
CONDITION_REQUEST_REASON = ("Syarat yang ancamannya sudah dihapus disampaikan sebagai "
                            "permintaan; batas waktunya tetap.")


def _condition_as_request(draft: str, drafted: set[str], text: str, start: int, end: int,
                          facts: Sequence[tuple[int, int]]) -> _Change | None:
    """A condition on what the citizen has not done, cut from the threat it led into and
    holding a fact (a deadline, an amount) that keeps it from going: asked for instead
    (:data:`_UNDONE`), in place of the apology the rewriter put before it."""
    if text[start:end].strip() in drafted or not _condition_cut_alone(draft, text, start,
                                                                        end):
        return None
    apology = _APOLOGY_FIRST.match(text, start)
    body = _past_title(text, apology.end() if apology is not None else start)
    undone = _UNDONE.match(text, body, end)
    if undone is None or not _overlaps(start, end, facts):
        return None
    before, act = undone.group("before").strip(), undone.group("act")
    after = undone.group("after").rstrip()
    if before and _plain(before.split()[0]) in _WHEN_FIRST:
        words = [act, before + after]
    else:
        words = [before, act + after]
    request = "mohon " + " ".join(w for w in words if w) + "."
    stop = len(text[:end].rstrip())
    first = apology.start() if apology is not None else body
    request = _cased_at(text, first, request)
    return _Change(first, stop, request, CONDITION_REQUEST_REASON)


def _remnant(draft: str, words: list[str]) -> bool:
    """Whether ``words`` (a sentence past its address) are two words that stood in one
    sentence of the draft with two to six words between them, which the edits took, and
    nowhere side by side ("Malah nambah." of "Malah bikin kerjaan kami nambah."). One word
    taken leaves a sentence that may still say something ("Sy operator." of "sy cuma
    operator"); a word the rewriter put in ("Mohon antre.") makes no remnant."""
    if len(words) != 2:
        return False
    first, second = (re.escape(w.lower()) for w in words)
    lowered = draft.lower()
    return (re.search(rf"(?<!\w){first}(?:[^\w.!?\n]+\w+){{2,6}}[^\w.!?\n]+{second}(?!\w)",
                      lowered) is not None
            and re.search(rf"(?<!\w){first}\W+{second}(?!\w)", lowered) is None)


def _condition_cut_alone(draft: str, text: str, start: int, end: int) -> bool:
    """Whether the sentence ``[start, end)`` of ``text`` is only a condition (past the
    citizen's title, and an apology the rewriter put first) that the edits cut from the
    clause it led into: "Bapak kalau nggak bisa antre.", "Mohon maaf, kalau Ibu nggak mau
    bayar." once the threat after it went."""
    apology = _OWN_APOLOGY_FIRST.match(text, start)
    body = apology.end() if apology is not None else start
    # ("Mohon maaf ya Bu, tapi kalau tidak bisa baca jadwal.": the draft's own apology and
    # a "tapi" before the condition change nothing)
    words = _past_leading(_WORD.findall(text, body, end), _ADDRESS | _BUT)
    if len(words) > 2 and words[-1].lower() in ("ya", "yo"):
        words = words[:-1]  # "Kalau keganggu ya.": the "ya" led into the result that went
    return (bool(words) and _plain(words[0]) in _CONDITIONS
            and not _CLAUSE_MARK.search(text, body, end)
            and not {_plain(w) for w in words[1:]} & _RESULT_WORDS
            and _cut_before_its_clause(draft, text[body:end]))


def _cut_before_its_clause(draft: str, sentence: str) -> bool:
    """Whether the draft went on past ``sentence`` (without its end mark) with a comma or a
    semicolon, or with more words after one that leads into a result ("Kalau keganggu ya
    <pindah rumah aja>."): the edits cut it from the clause it led into."""
    stem = sentence.strip().rstrip(".!?…").rstrip().lower()
    at = draft.lower().find(stem) if stem else -1
    if at < 0:
        return False
    rest = draft[at + len(stem) :].lstrip(" \t")
    return rest[:1] in (",", ";") or (rest[:1].isalpha() and _LEADS_ON.search(stem) is not None)


# A word that ends a condition and leads into its result: "kalau keganggu ya ...".
_LEADS_ON = re.compile(r"\b(?:ya|yo|ya udah|ya sudah|berarti|maka|mending|mendingan)$")
_FRAGMENT_OPENERS = frozenset("ke di dari sama untuk buat soal tentang mengenai perihal".split())
# Joining words that may come before such a piece: "Jadi ke kelurahan."
_FRAGMENT_LEADS = frozenset("jadi maka makanya dan tapi tetapi lalu terus trus".split())
_TOLD_WORDS = re.compile(r"sebagaimana|seperti yang", re.IGNORECASE)
# A sentence of nothing but "sebagaimana telah kami sampaikan" (after a title, perhaps).
_TOLD_ALONE = re.compile(rf"(?:(?:{_CHAT_TITLES}|saudara|sdr\.?)"
                         r"[ \t]*,[ \t]*)?((?:sebagaimana|seperti yang)[ \t]+(?:telah|sudah)"
                         r"[ \t]+kami[ \t]+\w+(?:[ \t]+sebelumnya)?[ \t]*[.!])", re.IGNORECASE)
# A contrast opening a sentence, perhaps after the apology this rewriter put before it or
# the "Adapun" that carries a letter on after its thanks.
_CONTRAST_FIRST = re.compile(r"(?:mohon maaf,[ \t]+|adapun[ \t]+)?"
                             r"((?:padahal|tapi|tetapi|namun|sedangkan)\b,?[ \t]+)",
                             re.IGNORECASE)


_STOP_AFTER_QUOTE = re.compile(r"[.!?…][\"”’')\]]\.")
# A cleft that lost its head, the insult it named: "Yang <goblok> itu yang buang kasur ke
# kali." says only whom it blames, and goes.
_HEADLESS_CLEFT = re.compile(r"(?-i:Y)ang[ \t]+itu[ \t]+(?:yang|ya)\b", re.IGNORECASE)


_AUX_LEFT = re.compile(r"[ \t]+(?:bisa|dapat|akan|bakal|langsung|segera)[ \t]+(?:kami|saya|sy)"
                       r"(?=[ \t]*[.!?])", re.IGNORECASE)
_YA_AFTER_SEMICOLON = re.compile(r";[ \t]+((?:ya|yo|yaa)[ \t]+)(?=\w)", re.IGNORECASE)
_WHO_LEFT = re.compile(r"(?:[ \t]*,)?[ \t]*(?:\b(?:padahal|tapi|justru)[ \t]+)?\byang[ \t]+siapa"
                       r"(?:[ \t]+(?:hayo+|coba|sih|ya|hayo+ya))?(?=[ \t]*[.!?])", re.IGNORECASE)
_MAY_AFTER_REQUEST = re.compile(r"\b(?:silakan|silahkan)[ \t]+(dapat[ \t]+)di\w",
                                re.IGNORECASE)
# "Enough!" said before what a swap now asks ("Bu, udh ga usah bawa2 nama ..." -> "Udh mohon
# untuk tidak ..."): the interjection cut the citizen short; the request goes on alone.
_ENOUGH_BEFORE_REQUEST = re.compile(
    r"\b(?:udah|udh|sudah|sdh|wis|wes)(?:[ \t]+(?:deh|lah|ya|to|toh))?[ \t]*,?[ \t]+"
    r"(?=mohon[ \t]+(?:untuk[ \t]+tidak|tidak|berkenan|pengertiannya|kesabarannya)\b)",
    re.IGNORECASE)
_ADVICE_BEFORE_REQUEST = re.compile(
    rf"\b(?:mending|mendingan|lebih[ \t]+baik|sebaiknya)[ \t]+(?P<title>{_CHAT_TITLES}|saudara|"
    r"anda)[ \t]+(?P<ask>silakan|silahkan|mohon)[ \t]+", re.IGNORECASE)
_THUS_THAT = re.compile(r"(?<=demikian)[ \t]+bahwa(?=[ \t])", re.IGNORECASE)
# What "terima saja" took as its object, left after the "mohon pengertiannya" swapped in for
# it ("Terima saja kenyataannya." -> "Mohon pengertiannya kenyataannya.", "terima saja
# keputusan kami"): it goes.
_UNDERSTOOD_OBJECT = re.compile(
    r"(?<=pengertiannya)[ \t]+(?:kenyataan|keputusan|hasil|nasib|aturan)(?:nya)?"
    r"(?:[ \t]+(?:ini|itu|tersebut|kami))?(?=[ \t]*[.!?,])", re.IGNORECASE)
# What "jangan kaget kalau" became ("mohon dimaklumi apabila") once the threat it led into
# went too ("... kalau nanti kami tempuh jalur hukum"): an allowance for nothing.
_ALLOWANCE_FOR_NOTHING = re.compile(
    r"(?:,[ \t]*)?\bmohon[ \t]+dimaklumi[ \t]+(?:apabila|kalau|jika|bila)"
    r"(?:[ \t]+(?:nanti|nantinya|kelak|besok))?(?=[ \t]*[.!?])", re.IGNORECASE)
_EMPTY_REQUEST_AFTER = re.compile(r"[ \t]*,[ \t]*mohon[ \t]+(?:untuk[ \t]+)?(?:tidak|jangan)"
                                  r"(?:[ \t]+(?:perlu|usah))?(?=[ \t]*[.!?])", re.IGNORECASE)
_EMPTY_REQUEST = re.compile(
    r"(?:^|(?<=[.!?\n])[ \t]*)((?-i:M)ohon[ \t]+(?:untuk[ \t]+)?(?:tidak|jangan)"
    r"(?:[ \t]+(?:perlu|usah))?)(?:[ \t]*[.!?]+[ \t]*|[ \t]+(?=(?-i:[A-Z])[a-z]*[ \t]*,)"
    r"(?=(?:pak|bu|kak|mas|mbak|bapak|ibu|mbah)\b))", re.IGNORECASE)


_SO_AFTER_APOLOGY = re.compile(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:mohon[ \t]+)?maaf(?:[ \t]+(?:ya|yo|nggih))?(?:[ \t]+(?:bapak|"
    r"ibu|pak|bu|kak|kakak|mas|mbak|saudara))?[ \t]*,([ \t]+(?:jadi|sehingga|maka|makanya))"
    r"(?=[ \t]+[^\W\d_])", re.IGNORECASE)


# What a sentence may open with before its first word: quotes, brackets, a list's dash.
_BEFORE_FIRST_WORD = re.compile(r"[\s\"'“‘(\[*•-]*")


def _sentence_openings(text: str) -> list[re.Match]:
    """The first word of each sentence of ``text``, where the sentence opens on a word
    (not on a handle, a number or an emoji)."""
    found = []
    for start, end in sentences(text):
        word = _WORD.match(text, _BEFORE_FIRST_WORD.match(text, start, end).end())
        if word is not None and word.end() <= end and word.group(0)[:1].isalpha():
            found.append(word)
    return found


def _capitals_restored(draft: str, text: str) -> tuple[str, list[_Change]] | None:
    """A capital for each sentence of ``text`` that opens on a small letter, unless the
    draft itself opens a sentence so (chat written in small letters stays as written), the
    word has a capital inside it ("eKTP", "iPhone") or it is a fact ("www.dukcapil...")."""
    if any(w.group(0)[0].islower() for w in _sentence_openings(draft)):
        return None
    small = [w for w in _sentence_openings(text)
             if w.group(0)[0].islower() and w.group(0) == w.group(0).lower()]
    if not small:
        return None
    protected = fact_ranges(text)
    changes = [_Change(w.start(), w.start() + 1, w.group(0)[0].upper(), CAPITAL_REASON)
               for w in small if not _overlaps(w.start(), w.end(), protected)]
    return (_apply(text, changes), changes) if changes else None


def _openings(text: str, protected) -> list[tuple[tuple[int, int], re.Match]]:
    """Each sentence of ``text`` with its first word past the citizen's title, handle and
    fillers (sentences that hold no word are left out); ``protected``: its facts."""
    found = []
    for start, end in sentences(text):
        word = _WORD.match(text, _words_begin(text, start, end, protected))
        if word is not None and word.end() <= end:
            found.append(((start, end), word))
    return found


# Who a clause was about, left alone once the clause went ("Petugas."): the office and its
# people. (A lone word of another kind may be a command that stays, "Ketik.")
_LEFT_AS_SUBJECT = frozenset("petugas pegawai staf staff admin kami saya kita dinas kantor "
                             "kelurahan puskesmas".split())


def _stranded(draft: str, text: str) -> tuple[str, list[_Change]] | None:
    """What the edits left stranded in ``text`` that the draft did not have: a word leaning
    on a clause that went, now opening a sentence ("kami heran ..., padahal Bapak datang
    ..." -> "Pak Karyo, padahal Bapak datang ..." -> "Pak Karyo, Bapak datang ..."), and a
    sentence of one word that was no sentence of the draft ("Petugas kami juga punya
    pekerjaan lain, ..." -> "Petugas.")."""
    drafted = {_plain(word.group(0)) for _, word in _openings(draft, fact_ranges(draft))}
    said = [_WORD.findall(draft, a, b) for a, b in sentences(draft)]
    whole = {_plain(words[0]) for words in said if len(words) == 1}
    protected = fact_ranges(text)
    changes = []
    # ("Kalau nggak percaya sama kami, ya urus sendiri" -> "Ya dapat diurus ..."): a "ya"
    # that answered a condition that went, opening a sentence without its comma
    opened = {_plain(m.group(0)) for a, _ in sentences(draft)
              if (m := _WORD.match(draft, _past_spaces(draft, a))) is not None}
    for start, _ in sentences(text):
        yes = _WORD.match(text, start)
        if (yes is not None and _plain(yes.group(0)) in ("ya", "yo") and "ya" not in opened
                and text[yes.end() : yes.end() + 1] == " "
                and (nxt := _WORD.match(text, yes.end() + 1)) is not None
                and not _overlaps(nxt.start(), nxt.end(), protected)):
            changes.append(_Change(yes.start(), nxt.start() + 1, nxt.group(0)[:1].upper(),
                                   LOOSE_END_REASON))
    for (start, end), word in _openings(text, protected):
        plain = _plain(word.group(0))
        if plain in _LEANS_BACK and plain not in drafted and not word.group(0).isupper():
            after = _past_spaces(text, word.end() + (text[word.end() : word.end() + 1] == ","))
            nxt = _WORD.match(text, after)
            if nxt is None or nxt.start() >= end:
                continue
            # (the next word takes the sentence's capital, unless it is a fact)
            first = nxt.group(0)[:1]
            if (_at_sentence_start(text, word.start())
                    and not _overlaps(nxt.start(), nxt.end(), protected)):
                first = first.upper()
            changes.append(_Change(word.start(), nxt.start() + 1, first, LOOSE_END_REASON))
        elif (len(_WORD.findall(text, start, end)) == 1 and word.start() == start
              and plain not in whole and plain in _LEFT_AS_SUBJECT
              and not _overlaps(start, end, protected)):
            changes.append(_delete(text, start, end, LOOSE_END_REASON))
    if not changes:
        return None
    changes = _non_overlapping(changes)
    new_text = _apply(text, changes)
    return None if _says_nothing(new_text) else (new_text, changes)


def _loose_ends(draft: str, text: str) -> tuple[str, list[_Change]] | None:
    """Words the edits left hanging in ``text`` that the draft did not have: a joining word
    before a sentence's end, a second full stop, a request word before a swapped-in "mohon",
    and a word said again right after the swapped-in word that already holds it ("merengek
    minta izin" -> "meminta minta izin" -> "meminta izin")."""
    changes = [_Change(m.start(), m.end(), "", LOOSE_END_REASON)
               for m in _LOOSE_JOIN.finditer(text)
               if text[m.start() : m.end() + 1].strip() not in draft]
    changes += [_Change(m.start(), m.end(), "", LOOSE_END_REASON)
                for m in _INTENSIFIER_BEFORE_JOIN.finditer(text)
                if m.group(0).strip().lower() not in draft.lower()]
    # "..., jangan ngomel di sini" -> "..., jangan menyampaikan keluhan di sini": a swap
    # must never leave the citizen told not to complain; the clause goes
    changes += [_Change(m.start(), m.end(), "", RETALIATION_REASON)
                for m in _NOT_TO_COMPLAIN.finditer(text)
                if m.group(0).strip(" ,").lower() not in draft.lower()]
    if ".." in text and ".." not in draft:
        changes += [_Change(m.start(), m.end(), "", LOOSE_END_REASON)
                    for m in _TWO_STOPS.finditer(text)]
    if _TWO_COMMAS.search(text) and not _TWO_COMMAS.search(draft):
        changes += [_Change(m.start(), m.end(), "", LOOSE_END_REASON)
                    for m in _TWO_COMMAS.finditer(text)]
    # A full stop before what is left of a run of marks ("... ditutup.??" once "budeg apa
    # gimana" went from "... ditutup ya ditutup, budeg apa gimana???"): the stop ends it.
    changes += [_Change(m.start(1), m.end(1), "", LOOSE_END_REASON)
                for m in _STOP_THEN_MARKS.finditer(text) if m.group(0) not in draft]
    changes += [_Change(m.end(), m.end(), PLAIN_CAUSE
                        + ("," if re.match(r"[ \t]*bukan", text[m.end():]) else ""),
                        LOOSE_END_REASON)
                for m in _CAUSE_LEFT_BARE.finditer(text)
                if re.search(rf"(?<!\w){re.escape(m.group(0))}[ \t]+[^\W\d_]", draft)
                and not re.search(rf"(?<!\w){re.escape(m.group(0))}[ \t]*(?:[.!?…]|,?[ \t]*"
                                  r"bukan\b)", draft)]
    # ... and one after a quote that already ended its sentence: 'dia.".'
    changes += [_Change(m.end() - 1, m.end(), "", LOOSE_END_REASON)
                for m in _STOP_AFTER_QUOTE.finditer(text) if m.group(0) not in draft]
    # A request not to do something that lost what it forbade ("ora usah kakehan protes" ->
    # "Mohon tidak perlu."; "Mohon tidak perlu Pak, pajak ya pajak ..."): it goes.
    changes += [_Change(m.start(1), m.end(), "", LOOSE_END_REASON)
                for m in _EMPTY_REQUEST.finditer(text) if m.group(1) not in draft]
    # ... and one that closes a sentence after a comma ("..., mohon untuk tidak.")
    changes += [_Change(m.start(), m.end(), "", LOOSE_END_REASON)
                for m in _EMPTY_REQUEST_AFTER.finditer(text) if m.group(0).strip() not in draft]
    # "Maaf ya Bu, <tapi yang telat bayar itu Ibu,> jadi ..." -> "Maaf ya Bu, ...": a "so"
    # right after the draft's apology concludes nothing (after one this rewriter put in,
    # "jadi" may be what is left of the draft's own words: "jadi presiden")
    changes += [_Change(m.start(1), m.end(1), "", LOOSE_END_REASON)
                for m in _SO_AFTER_APOLOGY.finditer(text)
                if m.group(0).strip() not in draft
                and text[m.start() : m.start(1)].strip() in draft]
    # "... bisa kami polisikan" without its threat: "bisa kami" goes
    changes += [_Change(m.start(), m.end(), "", LOOSE_END_REASON)
                for m in _AUX_LEFT.finditer(text) if m.group(0).strip() + "." not in draft]
    # "..., padahal yang goblok siapa" without its insult: "padahal yang siapa" goes
    changes += [_Change(m.start(), m.end(), "", LOOSE_END_REASON)
                for m in _WHO_LEFT.finditer(text) if "yang siapa" not in draft.lower()]
    # "Kalau nggak sabar ya urus sendiri" -> "Kami mohon kesabarannya; ya dapat diurus ...":
    # the "ya" that answered the condition answers nothing after the semicolon
    changes += [_Change(m.start(1), m.end(), "", LOOSE_END_REASON)
                for m in _YA_AFTER_SEMICOLON.finditer(text) if m.group(0) not in draft]
    # "sikap Bapak yang <kekanak-kanakan> di ruang tunggu": a "yang" whose description went
    # stands before a place or a time; it goes too
    changes += [_Change(m.start(), m.end(), "", LOOSE_END_REASON)
                for m in _WHICH_LEFT.finditer(text)
                if f"yang {m.group(1)}".lower() not in draft.lower()]
    # "Tapi tolong <dong jangan lebay,> baunya ..." -> "Tapi tolong baunya ...": a "tolong"
    # the edits left before what it never asked for goes
    changes += [_Change(m.start(), m.end(), "", LOOSE_END_REASON)
                for m in _PLEASE_LEFT.finditer(text)
                if not re.search(rf"tolong(?:[ \t]+(?:dong|donk|deh|ya|yah|lah))*[ \t,]+"
                                 rf"{re.escape(m.group(1))}(?!\w)", draft, re.IGNORECASE)
                and not m.group(1)[:1].isupper()  # "tolong KPAI jangan ...": whom it asks
                and _plain(m.group(1)) not in _ASKABLE_AFTER_PLEASE
                and not _imperative(_plain(m.group(1))) and not _imperative(m.group(1).lower())]
    # "Dengan demikian jelas bahwa ..." without its "jelas": "dengan demikian bahwa ..."
    changes += [_Change(m.start(), m.end(), "", LOOSE_END_REASON)
                for m in _THUS_THAT.finditer(text)
                if f"demikian{m.group(0)}".lower() not in draft.lower()]
    changes += [_Change(m.start(), m.end(), "", LOOSE_END_REASON)
                for m in _UNDERSTOOD_OBJECT.finditer(text)
                if f"pengertiannya{m.group(0)}".lower() not in draft.lower()]
    # ... and it takes along the condition it closed, which is left saying nothing of
    # what follows ("Kalau Bapak terus menyebarkan ..., mohon dimaklumi apabila nanti.").
    # (A platform named in the condition, "di Facebook", is no fact the reply needs.)
    conditions_gone = []
    for match in _ALLOWANCE_FOR_NOTHING.finditer(text) if "dimaklumi" in text else ():
        if match.group(0).strip(" ,\t").lower() in draft.lower():
            continue
        sentence = _sentence_around(sentences(text), match.start())
        if sentence is None:
            continue
        first = _past_fillers(text, sentence[0])
        if (first >= match.start() - 1 or _CONDITION.match(text, first)) and all(
                _plain(text[a:b]) in _PLATFORMS for a, b in fact_ranges(text)
                if a < sentence[1] and sentence[0] < b):
            conditions_gone.append(_Change(sentence[0], _past_spaces(text, sentence[1]), "",
                                           LOOSE_END_REASON))
        else:
            changes.append(_Change(match.start(), match.end(), "", LOOSE_END_REASON))
    # A piece of a sentence the edits cut from its verb ("... juga. ke dinas."), or a cleft
    # they cut from its head.
    drafted = {draft[a:b].strip() for a, b in sentences(draft)}
    pieces = sentences(text)
    facts = fact_ranges(text)
    moved: list[_Change] = []  # changes that say the facts they cover again, word for word
    for a, b in pieces:
        # "Pak, soal anggaran." (what it was about went), "Jadi ke kelurahan." (what led
        # there went)
        words = _past_leading(_WORD.findall(text, a, b), _ADDRESS | _FRAGMENT_LEADS)
        if (1 <= len(words) <= MAX_FRAGMENT_WORDS and words[0] in _FRAGMENT_OPENERS
                or _HEADLESS_CLEFT.match(text, a)) and text[a:b].strip() not in drafted:
            changes.append(_Change(a, _past_spaces(text, b), "", LOOSE_END_REASON))
        elif (_cut_short(draft, drafted, text, a, b) and not _overlaps(a, b, facts)
              and _said_elsewhere(text, pieces, a, b)):
            # a sentence the edits cut from what gave it sense says nothing alone
            changes.append(_Change(a, _past_spaces(text, b), "", LOOSE_END_REASON))
        elif (asked := _condition_as_request(draft, drafted, text, a, b, facts)) is not None:
            # "Apabila dalam 7 hari tidak dibayar." (its threat went, its deadline stays)
            # -> "Mohon dibayar dalam 7 hari."
            moved.append(asked)
        elif _remnant(draft, words) and not _overlaps(a, b, facts):
            # "Malah <bikin kerjaan kami> nambah." -> "Malah nambah.": two words the edits
            # left of a sentence say nothing of it
            changes.append(_Change(a, _past_spaces(text, b), "", LOOSE_END_REASON))
    # "Mbak, sebagaimana telah kami sampaikan." (what it led into went to a sentence of its
    # own): it leads into the next sentence again, else it goes.
    found = sentences(text) if _TOLD_WORDS.search(text) else ()
    for (a, b), following in zip(found, [*found[1:], None][: len(found)], strict=True):
        told = _TOLD_ALONE.fullmatch(text[a:b].strip())
        if told is None or text[a:b].strip() in draft:
            continue
        at = a + text[a:b].index(told.group(1))
        stop = a + len(text[a:b].rstrip()) - 1  # its full stop
        word = _WORD.match(text, following[0]) if following else None
        if (word is not None and word.group(0)[1:].islower()
                and _plain(word.group(0)) in _joinable_words() - _ADDRESS
                and not _overlaps(*word.span(), fact_ranges(text))
                # (nor into the closing this rewriter adds: "Sebagaimana telah kami
                # informasikan, kalau masih ada kendala, ...")
                and not _is_framing(text[following[0] : following[1]])):
            changes.append(_Change(stop, word.start() + 1, ", " + word.group(0)[0].lower(),
                                   LOOSE_END_REASON))
        else:
            changes.append(_Change(at if told.group(0) != told.group(1) else a,
                                   _past_spaces(text, b), "", LOOSE_END_REASON))
    # A sentence the edits left opening in small letters ("<merged deletions> jadi wajar
    # ..."): a function word takes its capital; a word that may be a fact keeps its case
    # behind a lead-in ("izin usaha Ibu itu ..." -> "Sebagai informasi, izin usaha Ibu
    # itu ...").
    for a, b in sentences(text):
        word = _WORD.match(text, a)
        if word is None or word.start() != a or not text[a].islower() or _is_framing(
                text[a:b]):
            continue
        if _plain(word.group(0)) in lexicons.function_words():
            if not _opened_so(draft, text[a : word.end() + 12]):
                changes.append(_Change(a, a + 1, text[a].upper(), CAPITAL_REASON))
        elif _said_inside_only(draft, word.group(0)) and len(_WORD.findall(text, a, b)) > 2:
            changes.append(_Change(a, a, INFORMING, INFORMING_REASON))
    # A shouted word lowered where the draft had it inside a sentence, which the edits left
    # opening one ("... sampaikan. saya ulangi: loket tutup ..." after "Saya ulangi ya Pak,
    # SAYA ULANGI: ..." lost its first clause): it takes its capital.
    for match in _SMALL_AFTER_STOP.finditer(text):
        word = match.group(1)
        if (match.group(0) not in draft
                and re.search(rf"(?<!\w){re.escape(word.upper())}(?!\w)", draft)
                and not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", draft)):
            changes.append(_Change(match.start(1), match.start(1) + 1, word[0].upper(),
                                   CAPITAL_REASON))
    # "Adapun" put before what is no topic ("Adapun silakan datang ...", "Adapun perlu kami
    # sampaikan ..."): the word after it takes the capital instead.
    for match in _ADAPUN_BEFORE.finditer(text):
        if match.group(0) not in draft:
            changes.append(_Change(match.start(), match.start(1) + 1,
                                   match.group(1)[0].upper(), LOOSE_END_REASON))
    # "Adapun" put before a sentence that already opened with a capital in the draft ("...
    # pembantu pribadi Ibu. Pengangkutan sampah hanya ..." whose first sentence went): the
    # draft's own opening stands ("Adapun Pengangkutan ..." would keep a capital mid-sentence).
    for match in _ADAPUN_CAPITAL.finditer(text):
        word = match.group(1)
        if (match.group(0) not in draft and word.lower() in _known_words()
                and re.search(rf"(?:^|[.!?]\s+){re.escape(word)}\b", draft)):
            changes.append(_Change(match.start(), match.start(1), "", LOOSE_END_REASON))
    # A swap that says what may be done ("dapat diperbaiki secara swadaya") after "silakan":
    # "silakan dapat diperbaiki" asks with "silakan diperbaiki" ("mohon dapat dilampirkan"
    # is a letter's own way of asking, and stays).
    changes += [_Change(m.start(1), m.end(1), "", LOOSE_END_REASON)
                for m in _MAY_AFTER_REQUEST.finditer(text) if m.group(0).lower()
                not in draft.lower()]
    # "Udh mohon untuk tidak ..." (what "udh ga usah ..." became): the "enough" goes, and
    # the request takes its capital where it now opens the sentence
    for match in _ENOUGH_BEFORE_REQUEST.finditer(text):
        if match.group(0).strip().lower() + " mohon" in draft.lower():
            continue
        changes.append(_Change(match.start(), match.end() + 1,
                               _cased_at(text, match.start(), text[match.end()]),
                               LOOSE_END_REASON))
    # Advice before a swap that asks ("Mending Bapak urus sendiri ke Semarang" -> "Mending
    # Bapak silakan mengurus ..."): the request is asked of the title ("Silakan Bapak
    # mengurus ...").
    for match in _ADVICE_BEFORE_REQUEST.finditer(text):
        if match.group(0).lower() not in draft.lower():
            asked = f"{match.group('ask').lower()} {match.group('title')} "
            changes.append(_Change(match.start(), match.end(),
                                   _cased_at(text, match.start(), asked), LOOSE_END_REASON))
    # Two sentences in a row opened with this rewriter's "Adapun" ("Adapun permohonan
    # Saudara kami tolak. Adapun keputusan ini sudah final."): the second takes a capital.
    previous = False
    for a, _ in sentences(text):
        opens = text.startswith("Adapun ", a) and (follows := _WORD.match(text, a + 7))
        if (opens and previous and f"adapun {follows.group(0).lower()}" not in draft.lower()
                and not any(c.start == a for c in changes)):
            changes.append(_Change(a, a + 8, text[a + 7].upper(), LOOSE_END_REASON))
        previous = bool(opens)
    # A contrast left with nothing before it to contrast ("<gone>. Padahal Kakak ..."):
    # the first thing the reply says of the draft cannot open with "padahal" or "tapi".
    for a, b in sentences(text):
        opening = _opening(text, a)
        if (_is_framing(text[a:b]) or _is_own_apology(text[a:b])
                or _is_framing(_capitalize(text[_past_address(text, a, b, []) : b]))
                or opening is not None and a + len(opening) < b and _is_framing(
                    _capitalize(text[_past_spaces(text, a + len(opening)) : b]))):
            # (the thanks after the citizen's title too, "Bu, terima kasih ...", or after a
            # letter's opening, "Dengan hormat, terima kasih ...")
            continue
        contrast = _CONTRAST_FIRST.match(text, a, b)
        if (contrast is not None and contrast.end() < b and text[contrast.end()].isalpha()
                and not draft.lstrip().lower().startswith(text[contrast.start(1) : b].lower())):
            changes.append(_Change(contrast.start(1), contrast.end(), "", LOOSE_END_REASON))
            if contrast.start(1) == a and text[contrast.end()].islower():
                changes.append(_Change(contrast.end(), contrast.end() + 1,
                                       text[contrast.end()].upper(), CAPITAL_REASON))
        break
    # A "bukan ..." contrast whose first half went ("Bu, <anak Ibu yang ribut di kelas,>
    # bukan gurunya yang galak."): alone it answers nothing said; a sentence that is only
    # that, and states no fact, goes.
    facts = None
    for a, b in sentences(text):
        body = _past_address(text, a, b, [])
        piece = text[body:b].rstrip(" .!?…")
        if (not re.match(r"bukan\b", piece, re.IGNORECASE)
                or len(_WORD.findall(piece)) > MAX_ORPHAN_CONTRAST_WORDS
                or not re.search(r",[ \t]*" + re.escape(piece), draft)):
            continue
        facts = fact_ranges(text) if facts is None else facts
        if not _stated_facts(text, body, b, facts):
            changes.append(_Change(a, _past_spaces(text, b), "", LOOSE_END_REASON))
    lowered = draft.lower()
    for match in _TWO_ASKS.finditer(text):
        if match.group(0).lower() not in lowered:
            asked = match.group(1)
            changes.append(_Change(match.start(), match.end(),
                                   _capitalize(asked) if match.group(0)[0].isupper()
                                   else asked, LOOSE_END_REASON))
    for match in _TWICE.finditer(text):
        first, second = match.group(1).lower(), match.group(2).lower()
        if (first == second or first.startswith("me") and first.endswith(second)) and (
                f"{first} {second}" not in lowered):
            changes.append(_Change(match.end(1), match.end() + len(second), "",
                                   LOOSE_END_REASON))
    # (the draft never wrote this word so: it is no name, though it reads like one)
    lowered_words = [_Change(m.start(), m.start() + 1, m.group(0)[0].lower(),
                             LOOSE_END_REASON)
                     for m in _CAPITAL_AFTER_COMMA.finditer(text) if m.group(0) not in draft]
    # ... nor is a plain word that opened a sentence of the draft, now after the title a
    # dropped sentence left: "Bu, Pompa di Jl. Teratai ..."
    lowered_words += [_Change(m.start(2), m.start(2) + 1, m.group(2)[0].lower(),
                              LOOSE_END_REASON)
                      for m in _TITLE_THEN_CAPITAL.finditer(text)
                      if m.group(0) not in draft and _plain(m.group(1)) in _ADDRESS
                      and _plain(m.group(2)) in _joinable_words()
                      and m.group(2).lower() not in _TITLE_CASE]  # ("Bu, Ibu tetap ...")
    moved += _lone_address(draft, text)
    # (a fact is never touched, whatever it looks like; the lone address moves its name
    # along whole, and a condition asked for its deadline)
    protected = fact_ranges(text) if changes or moved else []
    changes = [c for c in changes if not _overlaps(c.start, c.end, protected)]
    changes = _non_overlapping(conditions_gone + changes + lowered_words + [
        c for c in moved if all(text[a:b] in c.new for a, b in protected
                                if c.start < b and a < c.end)])
    if not changes:
        return None
    return _apply(text, changes), changes


# "tolong" (with its "ya") before a word; and the words a request may go on with that are
# no verb ("tolong ya", "tolong untuk", "tolong agar").
_NOT_TO_COMPLAIN = re.compile(r",[ \t]*(?:jangan|mohon(?:[ \t]+untuk)?[ \t]+tidak)[ \t]+"
                              r"menyampaikan[ \t]+keluhan\b[^.,;!?\n]*", re.IGNORECASE)
_PLEASE_LEFT = re.compile(r"(?<![\w-])tolong[ \t]+(?:ya[ \t]+)?(?=([^\W\d_]+))", re.IGNORECASE)
_ASKABLE_AFTER_PLEASE = frozenset("ya untuk agar supaya jangan tidak bapak ibu kakak mas mbak "
                                  "pak bu kak sdr saudara anda dong".split())
# "yang" right before a place or a time, with nothing it describes.
_WHICH_LEFT = re.compile(r"(?<![\w-])yang[ \t]+(?=(di|ke|dari|pada|saat|waktu|ketika|kemarin|"
                         r"tadi|sejak|selama)\b)", re.IGNORECASE)
# A word in small letters right after a sentence's end mark (or opening the text).
_SMALL_AFTER_STOP = re.compile(r"(?:^|(?<=[.!?])[ \t]+|(?<=\n))([a-z][a-z-]+)\b")
# "Adapun" before a word in the draft's capital ("Adapun Pengangkutan sampah ...").
_ADAPUN_CAPITAL = re.compile(r"\bAdapun[ \t]+([A-Z][a-z]+)\b")
# "Adapun" before a word that opens no topic: a request, a lead-in, a connective.
_ADAPUN_BEFORE = re.compile(r"\bAdapun[ \t]+((?:perlu|silakan|silahkan|sebagai|sebagaimana|mohon|"
                            r"kami|dengan|menanggapi|terkait|sehubungan|menindaklanjuti|"
                            r"berdasarkan)\b)")


def _said_inside_only(draft: str, word: str) -> bool:
    """Whether the draft says ``word`` as written, and never to open a sentence: a small
    letter the officer gave it inside a sentence, not one they open sentences with."""
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", draft)]
    return bool(found) and not any(_at_sentence_start(draft, i) for i in found)


def _opened_so(draft: str, start: str) -> bool:
    """Whether the draft itself opens a sentence with ``start`` (or never says it): its
    case is the officer's, not left by an edit."""
    found = [m.start() for m in re.finditer(re.escape(start), draft)]
    return not found or any(_at_sentence_start(draft, i) for i in found)


def _lone_address(draft: str, text: str) -> list[_Change]:
    """A sentence the edits left holding only whom it addresses ("Bu.", "BU.", "Mas
    @andre_klego.") is said as part of its neighbour, the next one if the draft's words go on
    there ("Bu. Malah protes ..." -> "Bu, malah protes ..."), else the one before ("...
    minta bansos, Mas @andre_klego."). The name stays: it is whom the reply is for."""
    found = [(a, b) for a, b in sentences(text) if not _is_framing(text[a:b])]
    drafted = {draft[a:b] for a, b in sentences(draft)}
    for k, (start, end) in enumerate(found):
        body = text[start:end].rstrip(" .!?…")
        words = body.split()
        # (a sentence the draft had as it is stays: "Bu." alone was the officer's own)
        if not (len(words) <= 3 and _only_whom(words)
                and _plain(words[0].rstrip(".")) in _ADDRESS
                and start + len(body) < end and text[start:end] not in drafted):
            continue
        said = _capitalize(body.lower()) if body.isupper() else body
        if k + 1 < len(found) and found[k + 1][0] == _past_spaces(text, end):
            following = found[k + 1][0]
            word = _WORD.match(text, following)
            lowered = (word is not None and word.group(0)[1:].islower()
                       and _plain(word.group(0)) in _joinable_words())
            if lowered:  # "Malah" -> "malah", which is no name
                return [_Change(start, following + 1, f"{said}, {text[following].lower()}",
                                LONE_ADDRESS_REASON)]
            return [_Change(start, following, f"{said}, ", LONE_ADDRESS_REASON)]
        if k > 0 and found[k - 1][1] <= start and text[found[k - 1][1] - 1] in ".!?":
            before = found[k - 1][1] - 1
            last = _WORD.findall(text, found[k - 1][0], before)[-1:]
            if last and _plain(last[0]) in _ADDRESS:
                # "... ya Kak. Kak?": the sentence before already ends on the title
                return [_Change(start, _past_spaces(text, end), "", LONE_ADDRESS_REASON)]
            return [_Change(before, start + len(body), ", " + said, LONE_ADDRESS_REASON)]
    return []


def _decides(remark: str) -> bool:
    """Whether a short remark names a service (Javanese "-ne"/"-e" read off: "kuotane"),
    turns something down ("Ya ditolak.", "Permohonan Ibu kami arsipkan.") or points the way
    on ("Silakan ke bank."): curt as it may read alone, it is the reply's news."""
    words = [_plain(w) for w in _WORD.findall(remark)]
    services = lexicons.service_nouns()
    return (any(w in services or w.endswith("ne") and w[:-2] in services
                or w.endswith("e") and w[:-1] in services for w in words)
            or bool(set(words) & _TURNED_DOWN) or _refuses(words) or _says_where(words)
            or bool(words) and words[0] in _INVITING)


# A request turned down, without a negation: "ditolak", "kami arsipkan", "gugur"; or a
# decision said to stand ("Putusan sudah final.", which the corpus's rewrites keep).
_TURNED_DOWN = frozenset("ditolak tolak menolak diarsipkan arsipkan dibatalkan batalkan batal "
                         "digugurkan gugur dicoret coret ditangguhkan ditunda final tutup "
                         "ditutup".split())
_INVITING = frozenset("silakan silahkan monggo mangga sumangga".split())


_HANDLES_FIRST = re.compile(r"(?:" + HANDLE.pattern + r"\s+)+")


def _drops_a_fact(text: str, changes: Sequence[_Change], protected) -> bool:
    """Whether a deletion among ``changes`` takes a fact with it (not the citizen's title)."""
    return any(not c.new and c.start < b and a < c.end
               and _plain(text[max(a, c.start) : min(b, c.end)]) not in _ADDRESS
               for c in changes for a, b in protected)


# What sends the citizen away after a condition instead of saying what will follow it.
_SENT_AWAY = re.compile(r"\b(?:jangan|jgn|silakan|silahkan|(?:tidak|nggak|gak|ga|ndak)[ \t]+"
                        r"usah)\b", re.IGNORECASE)


def _warns(text: str, start: int, end: int, protected) -> bool:
    """Whether ``text[start:end]`` warns the citizen of what follows their conduct: a threat
    against speaking up, or a sentence opening on a condition ("Kalau masih bikin gaduh di
    grup, akun Ibu dapat dibatasi."). A condition that only sends the citizen away ("Kalau
    mau marah-marah jangan ke sini, ke psikolog saja.") names no consequence, unless a
    sanction is named in it too ("..., jangan salahkan kami kalau gerobaknya diangkut")."""
    if _retaliates(text, start, end):
        return True
    begin = _words_begin(text, start, end, protected)
    if _CONDITION.match(text, begin) is None:
        return False
    return not _SENT_AWAY.search(text, begin, end) or bool(_SANCTION.search(text, begin, end))


def _says_nothing(text: str) -> bool:
    """Whether all that is left of a reply is framing this rewriter added and whom it
    addresses ("@rahmat.kauman Kak.")."""
    for a, b in sentences(text):
        sentence = text[a:b]
        if _is_own_apology(sentence):
            continue  # ("Mohon maaf sebelumnya." said before a sentence now gone)
        handles = _HANDLES_FIRST.match(sentence)
        if handles and _is_framing(sentence[handles.end() :]):
            continue  # ("@mas_pasirsari Kalau masih ada kendala, ...": the closing)
        opening, comma, rest = sentence.partition(", ")
        if _is_framing(sentence) or (comma and _only_whom(opening.split())
                                     and _is_framing(_capitalize(rest))):
            continue  # (the thanks after the opening: "Mas, terima kasih ...")
        if not _only_whom([w.rstrip(",;:") for w in sentence.rstrip(" .!?…").split()]):
            return False  # ("Mas," left of "Mas, <gone>." says nothing either)
    return True


def _is_own_apology(sentence: str) -> bool:
    """Whether a sentence is only the apology this rewriter puts before a hard one."""
    return sentence.strip() == _APOLOGY_BEFORE.strip()


def _own_apology_before(text: str, index: int) -> int | None:
    """Where the apology this rewriter put right before ``index`` ("Mohon maaf sebelumnya.
    <sentence>") begins; None when there is none. A sentence that goes takes it along."""
    head = text[:index].rstrip()
    if not head.endswith(_APOLOGY_BEFORE.rstrip()):
        return None
    return len(head) - len(_APOLOGY_BEFORE.rstrip())


def _only_whom(words: Sequence[str]) -> bool:
    """Whether the words only name whom a reply addresses: a title or a handle first, then
    handles and names ("Bu", "Mas @andre_k", "Pak RT", "Ibu Siti"); not a shouted sentence
    that opens with a title ("BAPAK WAJIB BAYAR")."""
    if not words or not (words[0].startswith("@") or _plain(words[0].rstrip(".")) in _ADDRESS):
        return False  # ("Sdr. Rudi": the title's abbreviation keeps its dot)
    return all(w.startswith("@") or w[:1].isupper() and (not w[1:].isupper()
                                                          or w in lexicons.acronyms())
               for w in words[1:])


def _past_spaces(text: str, index: int) -> int:
    """``index`` moved past the spaces that start there."""
    while index < len(text) and text[index] == " ":
        index += 1
    return index


@cache
def _joinable_words() -> frozenset[str]:
    """Words that take a small letter inside a sentence (no name is among them)."""
    return lexicons.common_words() | lexicons.function_words() | lexicons.service_nouns()


# ---- a threat said as a consequence ------------------------------------------------------
# What an officer threatens to do to a citizen's papers, stall or name: the stems of the
# verbs of a sanction, as they follow "kami" or "saya" ("warungnya kami laporkan", "sy cabut
# meter Ibu"). A promise ("akan kami perbaiki") is none of these.
# The detector's punitive verbs (``features.SANCTION_STEMS``), so that a threat it reads
# is one this rule can say as a consequence, and verbs that are a sanction only in a
# sentence already marked as a threat ("kami catat", "kami tolak", "kami serahkan").
_SANCTION_STEMS = tuple(dict.fromkeys((
    *SANCTION_STEMS,
    "polisi", "hentikan", "batalkan", "tunda", "sebar", "tindak", "catat", "keluarkan",
    "alihkan", "usulkan", "rekomendasikan", "potong", "tolak", "balikin", "taruh", "batasi",
    "serahkan", "limpahkan",
)))
# "petugas kami potong", "kantor kami pindah": "kami" says whose staff or office acts, and
# the verb is theirs, not a sanction on the citizen.
_OURS = re.compile(r"\b(?:petugas|tim|staf|staff|pegawai|teknisi|kantor|loket|pihak|bagian|"
                   r"unit|dinas|admin|sopir|kader|bidan|dokter|perawat|guru)\s+$", re.IGNORECASE)
# Words an Indonesian writer joins to "di" with a hyphen: they are English.
_FOREIGN_VERBS = frozenset({"block", "blacklist", "screenshot", "report", "banned"})
_THREAT = re.compile(
    r"\b(?:(?:siap-siap|siap2)(?:\s+(?:saja|aja))?\s+)?"
    r"(?:(?P<neg>tidak|tdk|gak|ga|nggak|ngga|enggak)\s+)?"
    r"(?:(?:akan|bakal|bisa|dapat|langsung|juga|nanti|terpaksa|saja|aja)\s+)*"
    r"(?:kami|saya|sy|aku)\s+(?:(?:langsung|juga|akan|bakal)\s+)?"
    r"(?P<verb>tindak\s+lanjut[a-z]*|proses\s+hukum|ambil\s+alih|(?:turunkan|keluarkan)"
    r"\s+paksa|[a-z]+)\b", re.IGNORECASE)
_SANCTION = re.compile(rf"(?:{'|'.join(_SANCTION_STEMS)})", re.IGNORECASE)
# Before the threat: an action told, done or not yet done, not one threatened ("yang sudah
# kami catat", "belum kami tertibkan"), or a decision that stands ("izin usaha Saudara tetap
# kami cabut per 1 Oktober": "dapat dicabut" would turn it into a maybe): the perfective
# words and these.
_TOLD_ALSO = frozenset("yang yg sampun wis uwis belum blm durung tetap".split())
_TOLD_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_PERFECTIVE | _TOLD_ALSO))})\s+$",
                          re.IGNORECASE)
THREAT_REASON = ("Tindakan terhadap warga (\"{old}\") disampaikan sebagai konsekuensi yang "
                 "dapat terjadi, bukan gertakan pribadi petugas; isinya tetap sama.")


def _threat_changes(text: str, analysis: Analysis, spans: Sequence[Span], protected
                    ) -> list[_Change]:
    """"Kalo ketahuan lagi, warungnya kami laporkan ke Satpol PP." -> "..., warungnya dapat
    dilaporkan ke Satpol PP.": in a sentence that reads as a threat (marked so, or marked
    harsh with the sanction following a condition), what the officer would do to the citizen
    is said as what may happen. The sanction, its object and its place stay."""
    marked = [(s.start, s.end, s.aspect) for s in spans] + [
        (h.start, h.end, h.aspect) for h in analysis.hits]
    changes = []
    for a, b in sentences(text):
        inside = [aspect for start, end, aspect in marked if start < b and a < end]
        if not inside:
            continue
        for match in _THREAT.finditer(text, a, b):
            # Any refusal ("tidak akan kami ikutkan"); otherwise only a sanction.
            if (not (match.group("neg") or _SANCTION.match(match.group("verb")))
                    or _plain(match.group("verb")) in lexicons.function_words()
                    or match.start() == _body_start(text, a, b, protected)
                    or _TOLD_BEFORE.search(text, a, match.start())
                    or _OURS.search(text, a, match.start())
                    # "kalau nggak kami potong": "otherwise", not a refusal
                    or match.group("neg") and _AFTER_CONDITION.search(text, a, match.start())
                    or _overlaps(match.start(), match.end(), protected)
                    or "mengancam" not in inside
                    and not _CONDITION.search(text, a, match.start())):
                continue
            verb = re.sub(r"^tindak\s+", "tindak", match.group("verb").lower())  # one word
            joined = f"di-{verb}" if verb in _FOREIGN_VERBS else f"di{verb}"
            new = ("tidak dapat " if match.group("neg") else "dapat ") + joined
            changes.append(_Change(match.start(), match.end(), new,
                                   THREAT_REASON.format(old=match.group(0))))
        for match in _ENFORCERS_ACT.finditer(text, a, b):
            if (not _CONDITION.search(text, a, match.start())
                    or _overlaps(match.start("who"), match.end(), protected)):
                continue  # the enforcer's name is a fact and stays as it is
            verb = match.group("verb").lower()
            verb = _ENFORCER_VERBS.get(re.sub(r"\s+", " ", verb), verb)
            close = _CLAUSE_STOP.search(text, match.end(), b)
            at = close.start() if close is not None else b  # where the clause ends
            if verb.startswith("me") and verb != "mengambil tindakan" and at == match.end():
                verb += "nya"  # what is acted on was named before: "Satpol PP dapat
                # mengangkutnya", not "dapat mengangkut" with nothing after it
            reason = THREAT_REASON.format(old=match.group(0))
            changes.append(_Change(match.start("who"), match.end(), f"dapat {verb}", reason))
            if not _BY_RULE.search(text, a, b):
                # at the end of the clause: "dapat membongkar besok pagi sesuai ketentuan"
                if not _overlaps(at, at + 1, protected):
                    changes.append(_Change(at, at, " sesuai ketentuan", reason))
        for match in _CALLED_IN.finditer(text, a, b):
            # "..., kami panggil keamanan." -> "..., kami dapat meminta bantuan keamanan
            # sesuai ketentuan.": the officer calling the enforcers in, said as what may
            # follow under the rules
            if (not _CONDITION.search(text, a, match.start())
                    or _overlaps(match.start("verb"), match.end("verb"), protected)):
                continue
            reason = THREAT_REASON.format(old=match.group(0))
            changes.append(_Change(match.start("verb"), match.end("verb"),
                                   "dapat meminta bantuan", reason))
            if not _BY_RULE.search(text, a, b) and not _overlaps(match.end(), match.end() + 1,
                                                                 protected):
                changes.append(_Change(match.end(), match.end(), " sesuai ketentuan", reason))
        # (a threat against speaking up goes whole: see _retaliates)
        changes += [change for match in _NOT_SHY.finditer(text, a, b)
                    if not _overlaps(match.start(), match.end(), protected)
                    and not _retaliates(text, a, b)
                    and (change := _not_shy_change(text, match, b, protected)) is not None]
    return changes


# "Kalau sore masih di situ, Satpol PP yg turun tangan.": after a condition, the enforcers
# named as the ones who will act against the citizen. Said as what may happen under the
# rules: "Satpol PP dapat turun tangan sesuai ketentuan". Their chat verbs in full.
_ENFORCERS_ACT = re.compile(
    rf"\b(?P<enforcer>{ENFORCERS})\s+(?P<who>(?:yang|yg|sing)\s+(?:(?:akan|bakal|langsung)\s+)?)"
    rf"(?P<verb>{ENFORCER_ACTS})\b", re.IGNORECASE)
# ... and the officer calling them in and saying no more: "..., kami panggil keamanan."
_CALLED_IN = re.compile(
    r"\b(?:kami|saya|sy|aku)\s+(?:(?:akan|bakal|langsung|juga)\s+)?"
    rf"(?P<verb>panggil|panggilkan|panggilin|datangkan)\s+{ENFORCERS}(?:\s+pp)?"
    r"(?=\s*(?:[.,;!?]|$))", re.IGNORECASE)
_ENFORCER_VERBS = {
    "ambil tindakan": "mengambil tindakan", "angkut": "mengangkut", "ngangkut": "mengangkut",
    "nertibkan": "menertibkan", "nertibin": "menertibkan", "tertibkan": "menertibkan",
    "bongkar": "membongkar", "mbongkar": "membongkar", "nindak": "menindak",
    "tindak": "menindak", "jemput": "menjemput", "njemput": "menjemput", "nyita": "menyita",
    "sita": "menyita", "usir": "mengusir", "ngusir": "mengusir", "gusur": "menggusur",
    "nggusur": "menggusur", "nyegel": "menyegel", "segel": "menyegel",
}
# Where a clause stops: a mark, or a full stop that is no decimal point.
_CLAUSE_STOP = re.compile(r"\s*(?:[,;:!?]|\.(?!\d)|$)")
# A sentence that already says the sanction follows the rules.
_BY_RULE = re.compile(r"\b(?:sesuai|ketentuan|aturan|peraturan|perda|perwal)\b", re.IGNORECASE)


# "kami tidak segan(-segan) melaporkan Bapak ...": the officer eager to act against the
# citizen.
_NOT_SHY = re.compile(r"\b(?:kami|saya|sy)\s+(?:tidak|tdk|tak|gak|ga|nggak)\s+(?:akan\s+)?"
                      r"segan(?:-segan|2)?\s+(?:untuk\s+)?(?P<verb>[a-z]+)\b", re.IGNORECASE)
# Where the one acted against ends: a preposition, a comma or the end of the sentence.
_OBJECT_END = re.compile(r"\s+(?:ke|kepada|pada|atas|di|dengan|karena|sesuai|apabila|jika)\b|"
                         r"\s*[,.;!?]", re.IGNORECASE)
MAX_OBJECT_WORDS = 3
NOT_SHY_REASON = ("\"Tidak segan\" menampilkan petugas yang bersemangat menindak warga; "
                  "tindakannya disampaikan sebagai konsekuensi yang dapat terjadi.")


# Roots that only open with "per" and take no per- prefix: "periksakan" -> "memeriksakan",
# "perintahkan" -> "memerintahkan" (where "pertanyakan" -> "mempertanyakan").
_ROOTS_IN_PER = ("periksa", "perintah", "peran", "peras")


def _active_of_bare(word: str) -> str | None:
    """The me- form of a bare verb in "-kan" ("salahkan" -> "menyalahkan", "permasalahkan"
    -> "mempermasalahkan"); None for any other word, and for one that may be a noun in
    ke-...-an ("jangan kebanyakan ngeluh")."""
    lower = word.lower()
    if (len(lower) < 7 or not lower.endswith("kan") or not lower.isalpha()
            or lower.startswith(("me", "di", "ber", "ter", "ke", "pe")) and not
            lower.startswith("per")):
        return None
    stem = lower[:-3]
    if stem.startswith("per") and not stem.startswith(_ROOTS_IN_PER):
        return "mem" + lower
    return next(active for active in _active_forms(stem) if active.endswith("kan"))


def _active_forms(stem: str) -> dict[str, str]:
    """The active (me-) forms of a sanction's stem, with and without "-kan" and "-i", each
    mapped to its passive (di-) form: "lapor" -> {"melaporkan": "dilaporkan", ...}."""
    first = stem[:1]
    if first in "lrmnwy":
        active = "me" + stem
    elif first in "bfv" or stem.startswith(("pr", "pl")):
        active = "mem" + stem
    elif first == "p":
        active = "mem" + stem[1:]
    elif first in "cdjz" or stem.startswith("tr"):
        active = "men" + stem
    elif first == "t":
        active = "men" + stem[1:]
    elif first == "s":
        active = "meny" + stem[1:]
    elif first == "k" and not stem.startswith(("kl", "kr")):
        active = "meng" + stem[1:]
    else:
        active = "meng" + stem
    return {active + end: "di" + stem + end for end in ("", "kan", "i")}


@lru_cache(maxsize=1)
def _sanction_passives() -> dict[str, str]:
    forms: dict[str, str] = {}
    for stem in _SANCTION_STEMS:
        if " " not in stem:
            forms.update(_active_forms(stem))
    forms.update(_active_forms("polisikan"))  # "mempolisikan"
    return forms


def _not_shy_change(text: str, match: re.Match, end: int, protected) -> _Change | None:
    """"kami tidak segan melaporkan Bapak ke pihak kepolisian" -> "Bapak dapat dilaporkan
    ke pihak kepolisian"; where the verb is no sanction on someone named after it, "tidak
    segan" becomes "terpaksa" ("kami terpaksa menempuh jalur hukum")."""
    passive = _sanction_passives().get(match.group("verb").lower())
    close = _OBJECT_END.search(text, match.end(), end)
    stop = close.start() if close is not None else end
    victim = text[match.end() : stop].strip()
    words = _WORD.findall(victim)
    if passive is not None and 1 <= len(words) <= MAX_OBJECT_WORDS and not any(
            _plain(w) in lexicons.function_words() - _ADDRESS for w in words):
        return _Change(match.start(), match.end() + len(text[match.end() : stop].rstrip()),
                       f"{victim} dapat {passive}", NOT_SHY_REASON)
    lead = re.match(r"(?:kami|saya|sy)\s+", match.group(0), re.IGNORECASE)
    return _Change(match.start() + lead.end(), match.start("verb"), "terpaksa ",
                   NOT_SHY_REASON)


def _retaliations(text: str, analysis: Analysis, spans: Sequence[Span], protected
                  ) -> list[_Change]:
    """Marked sentences that threaten the citizen for going on complaining or arguing (see
    :func:`_retaliates`) and state no fact, gone whole (past the handle or name they open
    with) before any phrase edit: with its sanction word softened or dropped, what is left
    of such a sentence reads as neither a threat nor anything else ("Kalau masih ribut di
    grup, <kami laporkan>."). One that names a fact keeps it; the later rounds deal with
    it."""
    marked = [(s.start, s.end) for s in spans] + [(h.start, h.end) for h in analysis.hits]
    return [_delete(text, a, b, RETALIATION_REASON)
            for a, b in _droppable_sentences(text, protected)
            if _overlaps(a, b, marked) and not _overlaps(a, b, protected)
            and _retaliates(text, a, b)]


# A taunt that the citizen cannot manage a simple thing: "antre saja tidak bisa?", "baca
# pengumuman aja nggak bisa?"; the task is the one to four words before "saja".
_TAUNT_TAIL = re.compile(
    r"[ \t]+(?:saja|aja|doang|pun)[ \t]+(?:tidak|tdk|nggak|ngga|enggak|gak|ga|ndak|tak)"
    r"[ \t]+(?:bisa|bs|mampu|becus)(?:[ \t]+(?:ya|sih|kah|to|toh))?[ \t]*\?+", re.IGNORECASE)
MAX_TASK_WORDS = 4
# Words that make the stretch before "saja" more than a task: who is spoken of, what is
# pointed at, and the wonder words whose own lexicon lines deal with them ("masa gitu aja").
_NO_TASK = _ADDRESS | frozenset(
    "kamu situ kalian dia mereka kami saya gitu begitu gini begini itu ini apa masa masak "
    "mosok kok cuma hanya kalau kalo jika".split())
# What may open the sentence before the task: an address, a "ya", a filler, a particle.
_TASK_LEADS = _ADDRESS | _YES | _FILLERS | ATTITUDE_PARTICLES
TAUNTED_TASK_REASON = ("Pertanyaan \"... saja tidak bisa?\" menyindir warga seolah-olah hal "
                       "sederhana pun tidak mampu ia lakukan; sampaikan sebagai permintaan.")


def _taunted_tasks(text: str, protected) -> list[_Change]:
    """"Ya ampun Bu, antre saja tidak bisa?" -> "Ya ampun Bu, mohon kesediaannya untuk
    antre.": the taunt is said as the request it hides, the task word for word. Only where
    the task stands alone after the sentence's start, its address or a comma (a title
    pointed at with "ini" goes with the taunt: "Ibu ini isi formulir saja ..."); never over
    a fact."""
    changes = []
    for tail in _TAUNT_TAIL.finditer(text):  # (no sentence mark inside one)
        start = _sentence_start(text, tail.start())
        comma = text.rfind(",", start, tail.start())
        words = list(_WORD.finditer(text, comma + 1 if comma >= 0 else start, tail.start()))
        lead = 0
        while lead < len(words) and _plain(words[lead].group(0)) in _TASK_LEADS:
            lead += 1
        at = None
        if (0 < lead < len(words) and _plain(words[lead - 1].group(0)) in _ADDRESS
                and _plain(words[lead].group(0)) in ("ini", "itu")):
            at = words[lead - 1].start()  # "Ibu ini ...": pointed at, it goes too
            lead += 1
        task_words = words[lead:]
        if not 0 < len(task_words) <= MAX_TASK_WORDS or any(
                _plain(w.group(0)) in _NO_TASK for w in task_words):
            continue
        begin = task_words[0].start()
        at = begin if at is None else at
        if _overlaps(at, tail.end(), protected):
            continue
        task = text[begin : task_words[-1].end()]
        if _at_sentence_start(text, begin) and not task.split()[0].isupper():
            task = task[:1].lower() + task[1:]  # ("Baca pengumuman aja ...")
        new = _cased_at(text, at, f"mohon kesediaannya untuk {task}.")
        changes.append(_Change(at, tail.end(), new, TAUNTED_TASK_REASON))
    return changes


def _before_lexicon_swaps(text: str, threats: list[_Change], base: list[_Change]
                          ) -> list[_Change]:
    """The threats said as what may happen that must win over the first round's lexicon
    changes. A lexicon swap or deletion says a threat best ("akan kami tertibkan sesuai
    ketentuan"), unless it is a swap that starts before the threat and would take its object
    along ("nama Ibu kami laporkan" -> "nama hal ini dapat ..."): there the threat goes
    first ("nama Ibu dapat dilaporkan"). Shouting lowered is no swap: only its case goes."""
    return [t for t in threats
            if any(c.start < t.start < c.end and c.new
                   and c.new.lower() != text[c.start : c.end].lower() for c in base)
            and not any(c.start < t.end and t.start < c.end and not c.new for c in base)]


# The citizen told not to do something: "Bapak jangan ...".
_TOLD_TITLES = r"bapak|ibu|kakak|saudara|saudari|mas|mbak|pak|bu|kak|anda"
_TITLE_THEN_DONT = re.compile(rf"[ \t]*({_TOLD_TITLES})[ \t]+(?:jangan|jgn)\b(?=[ \t]+\w)",
                              re.IGNORECASE)
# ... or what they must do ("Anda wajib datang besok pagi", "Bapak harus melunasi ...").
_TITLE_OBLIGED = re.compile(rf"[ \t]*({_TOLD_TITLES}|sdr\.?)[ \t]+(?:wajib|harus|mesti|musti|kudu)"
                            r"[ \t]+"
                            r"(?=[^\W\d_])(?!(?:tidak|tdk|bukan|ada|sudah|dengan)\b)",
                            re.IGNORECASE)
# A word followed by what someone did with it: a noun ("foto yang Bapak kirim", "berkas
# yang sudah Ibu unggah"), never an order ("kirim yang jelas" still is one).
_DONE_BY_SOMEONE = re.compile(
    r"[ \t]+(?:yang|yg)[ \t]+(?:(?:sudah|udah|udh|sdh|telah|tadi|kemarin)[ \t]+)?"
    r"(?:bapak|ibu|pak|bu|kakak|kak|anda|saudara|saudari|sdr|kamu|mas|mbak|njenengan|"
    r"sampeyan|situ|warga|mereka|dia|kami|saya)\b", re.IGNORECASE)


# Words that head a time ("jam 10", "tanggal 5"): after "jangan" they say when, no act.
_TIME_UNITS = frozenset("jam pukul tanggal tgl hari minggu bulan tahun".split())
# Words after "jangan" that make it a reproach about how often, not a request: "jangan
# apa-apa nanya", "jangan dikit-dikit lapor".
_NOT_AN_ACT = frozenset("apa-apa apa2 dikit-dikit dikit2 sedikit-sedikit sitik-sitik "
                        "sithik-sithik sak-sak sore sore-sore malam malam-malam siang "
                        "siang-siang pagi pagi-pagi telat mepet".split())
# "jangan cuma ..." before a quote asks the citizen not to write those words ("jangan cuma
# "lampu mati" tanpa alamat"): no act to ask not to do ("mohon untuk tidak cuma "lampu
# mati""); before a verb it is one ("jangan cuma kirim voice note").
_ONLY = frozenset("cuma cuman hanya sekadar sekedar".split())
_QUOTE_NEXT = re.compile(r"[ \t]*[\"'“‘«]")
# "Jangan dikira kami robot": what the citizen should not think is a remark, and "mohon
# untuk tidak dikira ..." asks nothing one can do.
_THOUGHT = frozenset("kira dikira ngira mengira kirain dikirain pikir dipikir mikir sangka "
                     "disangka menyangka anggap dianggap menganggap nganggep dianggep".split())
THOUGHT_ASKED = "mohon tidak menganggap"


# ... or what was done to it: "foto itu diambil petugas kami", "berkas ini sudah diterima".
_DONE_TO = re.compile(r"[ \t]+(?:itu|ini|tersebut)[ \t]+(?:(?:sudah|udah|sdh|telah|tadi|baru)"
                      r"[ \t]+)?di[^\W\d_]{3,}", re.IGNORECASE)
# ... or said to be unclear: "foto KK buram", "scan-nya gelap".
_DESCRIBED = re.compile(r"(?:[ \t]+(?:itu|ini|nya|yang|yg|[A-Z][\w-]*|\w+nya)){0,2}[ \t]+"
                        r"(?:buram|burem|blur|ngeblur|gelap|kabur|miring|terpotong|kepotong|"
                        r"pecah|(?:tidak|tdk|gak|ga|nggak)[ \t]+jelas)\b")


# What the citizen did next, told as a reproach: "Datang jam 14.55 terus minta dilayani",
# "Antre sebentar lalu marah-marah" (a next step of a procedure, "lalu serahkan ke loket",
# is no such thing).
_THEN_DEMANDS = re.compile(
    r"\b(?:terus|trus|trs|lalu|eh|malah)[ \t]+(?:minta|marah|marah-marah|protes|komplain|"
    r"ngamuk|ngomel|nyalahin|menyalahkan|teriak|teriak-teriak)\b", re.IGNORECASE)
# A verb said to be done again and again, then what the citizen fails to do: "Lapor terus
# tapi iuran sampah nggak pernah bayar", "Komplain mulu padahal ...".
_KEEPS_DOING_BUT = re.compile(
    r"\W*[^\W\d_]+[ \t]+(?:terus|trs|mulu|melulu|terus-terusan)[ \t,]+"
    r"(?:tapi|tp|tetapi|padahal|kok)\b", re.IGNORECASE)


# When a service opens or closes again: "Buka lagi bulan depan.", "Tutup jam 14.00".
_OPENS_WHEN = re.compile(
    r"\W*(?:buka|tutup|libur|mulai)[ \t]+(?:lagi[ \t]+|kembali[ \t]+)?(?:besok|lusa|bulan|"
    r"minggu|pekan|tanggal|tgl|jam|pukul|hari|senin|selasa|rabu|kamis|jumat|sabtu|ahad|\d)",
    re.IGNORECASE)


def _polite_command(text: str, start: int, end: int, protected) -> _Change | None:
    """"Datang sendiri ke kantor" -> "Mohon datang sendiri ke kantor"; fillers before the
    command go with it ("udh jgn nanya lg" -> "mohon untuk tidak nanya lg")."""
    if _UNWILLING.search(text, start, end):
        return None  # "Pake air sebanyak itu gak mau bayar": a reproach, not an order
    if _JUDGED.search(text, start, end):
        return None  # "Antre di puskesmas itu wajar": a statement about the act
    if _FOLLOWS_OF_COURSE.search(text, start, end):
        return None  # "Datang jam 12.30 ya jelas sudah tutup": what doing it brings
    if _KEEPS_DOING_BUT.match(text, start, end):
        return None  # "Lapor terus tapi iuran nggak pernah bayar": a reproach, no order
    if _THEN_DEMANDS.search(text, start, end):
        return None  # "Datang jam 14.55 terus minta dilayani": what the citizen did
    if _OPENS_WHEN.match(text, start, end):
        return None  # "Buka lagi bulan depan.": when a service opens, no order
    comma = text.find(",", start, end)
    if _list_item(text, start, end if comma < 0 else comma):
        return None  # "lewat surat, telepon, maupun ...": an item of a list, no order
    handle = _LEADING_HANDLE.match(text, start, end)
    if handle is not None:
        start = handle.end()  # "@hendri.bp Stop ...": whom it is said to comes first
    if (told := _TITLE_THEN_DONT.match(text, start, end)) is not None:
        # "Bapak jangan percaya ..." -> "Mohon Bapak tidak percaya ..."
        new = f"mohon {told.group(1)} tidak"
        return _Change(told.start(), told.end(), _cased_at(text, told.start(), new),
                       COMMAND_REASON)
    if (told := _TITLE_OBLIGED.match(text, start, end)) is not None:
        # "Anda wajib datang besok pagi" -> "Mohon Anda datang besok pagi": asked, as a
        # letter asks even for what is required
        new = f"mohon {told.group(1)} "
        return _Change(told.start(1), told.end(), _cased_at(text, told.start(1), new),
                       COMMAND_REASON)
    words = list(_WORD.finditer(text, start, end))[:3]
    begin = words[0].start() if words else start  # where the edit starts
    urged = False  # "Segera lengkapi ..." -> "Mohon segera lengkapi ..."
    for first in words:
        lower = first.group(0).lower()
        if _overlaps(first.start(), first.end(), protected):
            return None
        formal = lexicons.informal_map().get(lower, lower)
        opening = _at_sentence_start(text, begin)
        second = _WORD.match(text, first.end() + 1) if first.end() < len(text) else None
        if (second is not None and second.group(0).lower() == "usah"
                and formal in _NEGATIONS | {"tidak"} and text[first.end():second.start()] == " "):
            new = "Mohon tidak perlu" if opening else "mohon tidak perlu"
            return _Change(begin, second.end(), new, COMMAND_REASON)
        if _imperative(formal) or _imperative(lower):
            if lower.startswith("di") and _BECAUSE.search(text, first.end(), end):
                return None  # "Dikembalikan ya karena ...": what was done, and why
            if (_DONE_BY_SOMEONE.match(text, first.end(), end)
                    or _DESCRIBED.match(text, first.end(), end)
                    or _DONE_TO.match(text, first.end(), end)):
                # "foto yang Bapak kirim itu buram", "foto KK buram gitu", "foto itu
                # diambil petugas kami": a thing, not an order
                return None
            third = (_WORD.match(text, second.end() + 1)
                     if second is not None and second.end() < len(text) else None)
            if (formal == "jangan" and second is not None
                    and _plain(second.group(0)) in _THOUGHT):
                # a remark; one that holds a fact is asked as what not to assume ("Mohon
                # tidak menganggap kami robot yang kerja 24 jam")
                if not _overlaps(second.end(), end, protected):
                    return None
                new = _capitalize(THOUGHT_ASKED) if opening else THOUGHT_ASKED
                return _Change(begin, second.end(), new, COMMAND_REASON)
            if (formal == "jangan" and second is not None
                    and (second.group(0)[:1].isdigit()
                         or _plain(second.group(0)) in _ONLY
                         and _QUOTE_NEXT.match(text, second.end())
                         or _plain(second.group(0)) in _NOT_AN_ACT
                         or _plain(second.group(0)) in _TIME_UNITS and third is not None
                         and _overlaps(third.start(), third.end(), protected))):
                # "jangan jam 10 baru datang", "jangan apa-apa nanya": what follows is no
                # act to ask not to do ("mohon untuk tidak jam 10 ...")
                return None
            # "Jangan ..." and "Stop ..." ask the citizen not to do something
            new = ("mohon untuk tidak" if formal == "jangan" or formal in _STOPPING
                   else "mohon " + ("segera " if urged else "") + lower)
            stop = first.end()
            if (formal == "jangan" and second is not None
                    and text[first.end() : second.start()] == " "
                    and not _overlaps(second.start(), second.end(), protected)
                    and (active := _active_of_bare(second.group(0))) is not None):
                # "jangan salahkan DLH" -> "mohon untuk tidak menyalahkan DLH": after
                # "tidak" the verb takes its me- form, as a letter writes it
                new, stop = f"{new} {active}", second.end()
            if opening:
                new = _capitalize(new)
            return _Change(begin, stop, new, COMMAND_REASON)
        if _plain(first.group(0)) in _CONNECTIVES:
            begin = second.start() if second is not None else first.end()  # "Jadi" stays
        elif (lower == "segera" and not urged and second is not None
              and not second.group(0).lower().startswith("di")):
            urged = True  # (not before a passive: "Segera diperbaiki." is a promise)
        elif (lower in _PERFECTIVE and text[first.end() : first.end() + 1] == " "
              and second is not None and lexicons.informal_map().get(
                  second.group(0).lower(), second.group(0).lower()) not in _NEGATIONS | {
                  "jangan", "tidak"}):
            return None  # "Udah dikasih contoh masih salah": what was done, not an order
            #              ("udh jgn nanya lg" still asks)
        elif (lower in ("tolong", "tlg") and second is not None
              and lexicons.informal_map().get(second.group(0).lower(),
                                              second.group(0).lower()) == "jangan"):
            pass  # "Tolong jangan telepon ..." -> "Mohon untuk tidak telepon ..."
        elif _plain(first.group(0)) not in _FILLERS:
            return None  # the clause does not open with a command
    return None


# What a citizen is blamed for doing, said with no subject after "salah sendiri": a
# negation ("nggak baca syarat") or an act of conduct ("parkir", "datang telat"), beside the
# command verbs.
_BLAMED_ACTS = frozenset(
    "parkir datang telat terlambat lupa buang membuang naruh menaruh taruh pasang memasang "
    "bangun membangun jualan berjualan beli membeli pilih memilih milih masuk ikut nekat "
    "ngeyel percaya lewat".split())


# Command verbs that also name a thing ("Daftar 23 KPM ...", "Foto tetangga ...", "Stop
# kran ..."), try something ("Coba Kakak ..."), or only push away or tell the citizen to
# think ("Sana", "Mikir"): a sentence opening on one is not asked for as it stands.
_NOT_ASKED = frozenset("aja ayo sana jangan stop daftar foto coba mikir pikir ojo takon urusen "
                       "urusin diam dengar dengerin ingat inget share word".split())


# A command verb that opens what the sentence is about ("Bayar rekening bisa di loket",
# "Pindah sekolah perlu surat pindah", "lapor pohon tumbang kok ..."): said of the act,
# not to the citizen.
_VERB_AS_TOPIC = re.compile(r"\b(?:perlu|bisa|bs|dapat|harus|wajib|cukup|butuh|memerlukan|"
                            r"membutuhkan|dilakukan|dilayani|kok|koq)\b", re.IGNORECASE)


@cache
def _asked_verbs() -> frozenset[str]:
    """Command verbs a curt sentence opens on that "mohon" turns into a request."""
    return (lexicons.command_verbs() | _IMPERATIVES) - _NOT_ASKED


def _blamed_act_follows(text: str, end: int) -> bool:
    """Whether the word right after ``end`` (one space, no comma) opens an act with no
    subject of its own: "salah sendiri <parkir sembarangan>", "<nggak> baca syarat"."""
    if text[end : end + 1] != " ":
        return False
    word = _WORD.match(text, end + 1)
    if word is None:
        return False
    plain = _plain(word.group(0))
    # (_plain reads "nggak", "tdk" and "blm" as "tidak" and "belum")
    return (plain in _NEGATIONS | {"belum"} or plain in _BLAMED_ACTS
            or plain in lexicons.command_verbs())


def _swap_reason(reason: str) -> str:
    return f"Diganti karena {reason[:1].lower()}{reason[1:]}"


def _asked_when_shouted(text: str, change: _Change, nested, protected) -> _Change:
    """``change`` (shouting lowered) asking for what it orders: "HENTIKAN PEMBAKARAN SAMPAH
    SEKARANG JUGA" -> "Mohon hentikan pembakaran sampah sekarang", as a command in small
    letters would be asked. Only a stretch lowered word for word (no phrase swapped inside
    it), so the words stand where they stood."""
    if nested or not change.new[:1].isalpha() or not (
            _at_sentence_start(text, change.start)
            or text[: change.start].rstrip().endswith((",", ":", ";"))):
        return change  # (not "kanal LAPOR dengan nomor tiket ...": no order mid-clause)
    lowered = text[: change.start] + change.new + text[change.end :]
    shift = len(change.new) - (change.end - change.start)
    after = [(a + shift, b + shift) if a >= change.end else (a, b) for a, b in protected]
    asked = _polite_command(lowered, change.start, change.start + len(change.new), after)
    if asked is None or asked.start < change.start:
        return change
    new = (lowered[change.start : asked.start] + asked.new
           + lowered[asked.end : change.start + len(change.new)])
    return dataclasses.replace(change, new=new, reason=f"{change.reason} {COMMAND_REASON}")


def _shouted_change(text: str, start: int, end: int, nested, protected=()) -> _Change:
    pieces = []
    reasons = [SHOUT_REASON]
    cursor = start
    for hit in sorted(nested, key=lambda h: h.start):
        if hit.start < cursor:
            continue
        pieces.append(_unshout(text, cursor, hit.start, protected))
        alternative = hit.alternative
        alternative = _cased_at(text, hit.start, alternative)
        pieces.append(alternative)
        reasons.append(_swap_reason(hit.reason))
        cursor = hit.end
    pieces.append(_unshout(text, cursor, end, protected))
    new = re.sub(r" {2,}", " ", "".join(pieces))
    if (closing := _FINAL_WORD.search(new)) and not new[closing.end():]:
        before = new[: closing.start()].rstrip()
        if closing.group(1):
            new = new[: closing.start()]  # "DIBAYAR 13 JANUARI, TITIK" -> "dibayar 13 Januari"
            reasons.append(FINAL_WORD_REASON)
        elif before.endswith((".", "!")):
            # "TIDAK BISA. TITIK." -> "tidak bisa.": the draft's own mark after the word
            # ends the sentence
            new = before.rstrip(".!")
            reasons.append(FINAL_WORD_REASON)
    return _Change(start, end, new.strip() if not new.strip() else new, " ".join(reasons))


_NEGATIONS = frozenset("tidak gak ga nggak ngga enggak ndak nda tak ora".split())
_LEADING_HANDLE = re.compile(r"\s*" + HANDLE.pattern + r"\s+")
# Commands to stop doing something: "Stop SPAM DM kami", "Berhenti nelpon".
_STOPPING = frozenset("stop setop berhenti".split())
_IMPERATIVES = frozenset(
    "ambil antre antri bawa baca bayar berhenti buka cari cek coba daftar datang diam ikut "
    "ikuti isi jangan kirim klik lapor lengkapi lihat pakai pergi pindah sabar siapkan simpan "
    "stop tanya telepon telpon tulis tunggu unggah urus hubungi foto upload minggir "
    "ngantri baca lunasi selesaikan serahkan tunjukkan hapus perbaiki ajukan bersihkan lepas "
    "copot lampirkan sertakan duduk catat simak perhatikan cermati scroll angkat antar keluar "
    "pahami turunkan sampaikan pilah pisahkan tempelkan kumpulkan setorkan tandatangani "
    "hentikan bongkar kosongkan ikat tebang pangkas".split()
)


# Passive verbs of telling: "Dibilangin ..." blames, it does not ask for anything.
_NOT_COMMANDS = frozenset(
    "mohon silakan silahkan harap tolong dibilangin dibilangi dikasih dikasihtau dikandani "
    "diomongin diomongi dikatakan dijelaskan diberitahu diberitahukan dikasitau".split())


def _imperative(word: str) -> bool:
    """A clause that opens with a bare or passive command verb ("Bawa", "Dipangkas")."""
    lower = word.lower()
    if lower in _NOT_COMMANDS:
        return False
    stem = re.sub(r"(lah|in|kan)$", "", lower)
    return (lower in _IMPERATIVES or stem in _IMPERATIVES
            or (lower.startswith("di") and len(lower) > 5 and lower.endswith(("in", "kan", "i")))
            or (lower.startswith("di") and stem[2:] in _IMPERATIVES))


# Titles for the citizen keep their capital when shouting is lowered.
_TITLE_CASE = frozenset("bapak ibu pak bu kak kakak mas mbak saudara saudari sdr".split())


def _is_relative_time(text: str, span: tuple[int, int]) -> bool:
    """A fact such as "KEMARIN" or "MINGGU LALU": shouted, it is lowered like any word."""
    return _RELATIVE_TIME.fullmatch(text[span[0] : span[1]]) is not None


def _keeps_capitals(word: str) -> bool:
    """Inside shouting, whether a word is an acronym that stays in capitals: listed ones
    (BPJS, KTP-el), words with digits, and short or vowel-poor ones that are no known word
    ("UPT" stays; "PAK", "INI", "MATI" are shouted words)."""
    if lexicons.is_acronym(word) or any(c.isdigit() for c in word):
        return True
    lower = word.lower()
    if lower in _known_words() or _plain(word) in _known_words():
        return False
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return True
    vowels = sum(c in _VOWELS for c in letters) / len(letters)
    return vowels < 0.25 or (len(letters) <= 4 and vowels < 0.5)


@cache
def _known_words() -> frozenset[str]:
    return (lexicons.function_words() | lexicons.common_words() | lexicons.service_nouns()
            | _ADDRESS | frozenset(lexicons.informal_map()))


# A suffix written in capitals after an acronym's hyphen: "PBG-NYA", "NIK-MU".
_SHOUTED_SUFFIX = re.compile(r"(?<=-)(?:NYA|KU|MU|LAH|KAH|PUN)$")


def _shouting_gaps(text: str, analysis: Analysis, changes: Sequence[_Change], protected
                   ) -> list[_Change]:
    """Shouting whose one edit (lowered and swapped together) lost to another rule's edit
    over part of it ("WAH HEBAT YA, BARU LAPOR SEKARANG PADAHAL ..." -> "Terima kasih telah
    melapor PADAHAL ..."): the words no edit took are lowered all the same. Not the words
    right after a deletion: they may be the scrap of its clause ("NGACA DULU <SEBELUM
    NGATAIN ...>"), which the later rounds judge as it was written."""
    found = []
    for hit in analysis.hits:
        if hit.rule != "huruf_kapital" or any(
                c.start <= hit.start and hit.end <= c.end for c in changes):
            continue
        # (a deletion that ends its clause, "WAH HEBAT YA, ", leaves no scrap after it)
        taken = sorted((max(c.start, hit.start), min(c.end, hit.end),
                        bool(c.new.strip()) or text[c.start : c.end].rstrip()[-1:] in ",.;!?")
                       for c in changes if c.start < hit.end and hit.start < c.end)
        cursor, after_deletion = hit.start, False
        for a, b, clause_left in [*taken, (hit.end, hit.end, True)]:
            if cursor < a and not after_deletion and any(c.isalpha() for c in text[cursor:a]):
                lowered = _unshout(text, cursor, a, protected)
                if lowered != text[cursor:a]:
                    found.append(_Change(cursor, a, lowered, SHOUT_REASON))
            cursor, after_deletion = max(cursor, b), not clause_left
    return found


def _unshout(text: str, start: int, end: int, protected=()) -> str:
    out = []
    cursor = start
    # A fact keeps its capitals, unless it is a relative time ("KEMARIN") or a short capital
    # word protected only because it might be an acronym ("MATI"; "PONED", which heads a
    # name, stays). A shouted name that is no acronym is written as a name ("JL. GAJAH
    # MADA" -> "Jl. Gajah Mada"): its capitals were the shouting.
    facts = [r for r in protected if not _is_relative_time(text, r)]
    words = list(_WORD.finditer(text, start, end))
    if not words:
        return text[start:end]
    # the word after, for a title the shouting stops at ("JL" of "JL. GAJAH")
    after = _WORD.search(text, end, min(len(text), end + 40))
    words += [after] if after is not None else []
    # ... and the word before, for a name the shouting starts at ("GAJAH" of "JL. GAJAH")
    before = list(_WORD.finditer(text, max(0, start - 40), start))[-1:]
    names = [_shouted_name(text, match, previous) and match.group(0).isupper()
             for match, previous in zip(words, [*(before or [None]), *words[:-1]], strict=True)]
    in_name = False  # the word before was written as a name
    for i, match in enumerate(words):
        if match.start() >= end:
            break
        out.append(text[cursor : match.start()])
        word = match.group(0)
        own = match.span() if len(word) <= 4 else None
        # a title such as "JL." or "PASAR" before a name belongs to it, and so does an
        # unknown word after a name ("GAJAH MADA")
        heads_name = (word.lower() in _NAME_TRIGGERS and i + 1 < len(words) and names[i + 1]
                      and text[match.end() : words[i + 1].start()].strip() in ("", "."))
        goes_on = (in_name and text[words[i - 1].end() : match.start()] == " "
                   and word.isupper() and word.lower() not in _known_words()
                   and word.lower() not in _STATUS_WORDS)  # ("JL. GAJAH MADA DITUTUP")
        in_name = False
        # A name after a title is written as a name, short ones too ("IBU SRI WAHYUNI"),
        # unless it is a listed acronym.
        if names[i] and not lexicons.is_acronym(word):
            out.append(word[:1] + word[1:].lower())
            in_name = True
        elif spelling := lexicons.listed_spelling(word):
            out.append(spelling)  # an acronym written in mixed case: "PERDA" -> "Perda"
        elif _keeps_capitals(word) or _roman(word, words[i - 1].group(0) if i else ""):
            # an acronym keeps its capitals, a shouted suffix on it does not ("PBG-NYA")
            out.append(_SHOUTED_SUFFIX.sub(lambda m: m.group(0).lower(), word))
        elif heads_name or goes_on or word.lower() in _CALENDAR or (
                word.lower() == "minggu" and i and words[i - 1].group(0).lower() == "hari"):
            # ("HARI MINGGU" is Sunday, a name; "TIGA MINGGU" weeks)
            out.append(word[:1] + word[1:].lower())
            in_name = not heads_name
        elif (_overlaps(match.start(), match.end(), [r for r in facts if r != own])
              and word.lower() not in _NUMBER_WORDS | _COUNTED):
            out.append(word)  # ("TIGA KALI" is three times in any case)
        elif _at_sentence_start(text, match.start()) or word.lower() in _TITLE_CASE:
            out.append(word[:1] + word[1:].lower())  # "NOMOR IBU" -> "Nomor Ibu"
        else:
            out.append(word.lower())
        cursor = match.end()
    out.append(text[cursor:end])
    return "".join(out)


# "..., titik." or "Titik." closing a sentence: the end of the discussion, said curtly.
_FINAL_WORD = re.compile(r"(,\s*)?\btitik\b(?=\s*(?:[.!]|$))", re.IGNORECASE)
FINAL_WORD_REASON = ("Kata \"titik\" di akhir kalimat menutup pembicaraan dengan ketus; "
                     "cukup sampaikan keputusannya.")
# Months and days are names too: "13 JANUARI" -> "13 Januari", "SENIN" -> "Senin".
_CALENDAR = frozenset(
    _MONTHS.split("|")[:12] + "senin selasa rabu kamis jumat sabtu ahad".split())


# The word right before a title in the same clause: "BERKAS IBU", "RUMAH BAPAK".
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ ]+$")
# Things a citizen has, after which a title says whose they are.
_OWNED = frozenset("rumah anak keluarga nama data akun kendaraan motor mobil usaha toko kios "
                   "lapak tanah pagar tagihan surat berkas nomor meteran sambungan "
                   "permohonan pengajuan laporan aduan keluhan".split())


def _in_plain_sentence(text: str, index: int) -> bool:
    """Whether most words of the sentence holding ``index`` are not in capitals (a sentence
    written all in capitals is the shouting rule's)."""
    for a, b in sentences(text):
        if a <= index < b:
            words = _WORD.findall(text, a, b)
            return sum(w.isupper() and len(w) > 1 for w in words) * 2 < len(words)
    return False


def _passive_verb(word: str) -> bool:
    """A word shaped like a passive or stative verb ("ditolak", "diproses", "terlambat"),
    which after "berkas Ibu" says what happened to it; a name such as "Dian" is shorter."""
    lower = word.lower()
    return len(lower) >= 6 and lower.startswith(("di", "ter"))


def _possessive(text: str, title: re.Match) -> bool:
    """Whether a title says whose something is ("berkas Ibu", "rumah Bapak") rather than
    addressing someone a name may follow."""
    if title.group(0).lower() not in _HONORIFICS:
        return False
    before = _WORD_BEFORE.search(text, max(0, title.start() - 40), title.start())
    return before is not None and _plain(before.group(1)) in (
        _OWNED | lexicons.service_nouns())


# Words of obligation, time and ability that follow a title as the sentence's verb.
_MODAL_WORDS = frozenset("wajib harus sudah telah belum akan segera mohon dapat bisa perlu "
                         "jangan tidak boleh mesti diwajibkan".split())


def _shouted_verb_or_word(word: str) -> bool:
    """A word in capitals after a title that is no name: a function or modal word ("IBU
    YG", "SAUDARA WAJIB") or a command verb ("IBU LAPOR", "BAPAK BACA")."""
    return _plain(word) in _no_name_words()


@cache
def _no_name_words() -> frozenset[str]:
    """The words of :func:`_shouted_verb_or_word`, gathered once."""
    return (lexicons.function_words() | _MODAL_WORDS | _IMPERATIVES
            | lexicons.command_verbs() | _STATUS_WORDS)


# What a place or office is said to be ("KANTOR KELURAHAN TUTUP", "PUSKESMAS LIBUR"): after
# the place's word it names nothing.
_STATUS_WORDS = frozenset("tutup ditutup buka dibuka libur penuh rusak kosong".split())


def _shouted_name(text: str, match: re.Match, previous: re.Match | None) -> bool:
    """Whether a word inside shouting is a name: right after a title for one ("PAK BUDI",
    "JL. GAJAH")."""
    if previous is None or previous.group(0).lower() not in _NAME_TRIGGERS:
        return False
    if _shouted_verb_or_word(match.group(0)) or _plain(match.group(0)) in _NUMBER_WORDS:
        return False  # "KANTOR KELURAHAN BUKAN TEMPAT ...", "IBU YG ...", "SAUDARA WAJIB
        #              MELUNASI ...", "RUMAH IBU TIGA KALI", "IBU LAPOR DARI DULU": these
        #              name nothing
    if _possessive(text, previous) and _passive_verb(match.group(0)):
        return False  # "BERKAS IBU DITOLAK": "Ibu" says whose; no name follows
    gap = text[previous.end() : match.start()].strip()
    return gap == "" or (gap == "." and previous.group(0).lower() in _ABBREVIATIONS)


def _clashes(change: _Change, other: _Change) -> bool:
    """Whether two changes touch the same text (or insert at the same point)."""
    return (change.start < other.end and other.start < change.end
            or change.start == change.end == other.start == other.end
            or (change.start == change.end and other.start < change.start < other.end)
            or (other.start == other.end and change.start < other.start < change.end))


def _non_overlapping(changes: list[_Change]) -> list[_Change]:
    """Changes sorted by position; of two that overlap, the earlier-listed one wins, except
    that two deletions that overlap become one."""
    kept: list[_Change] = []
    for change in changes:
        clash = [
            k for k in kept
            if change.start < k.end and k.start < change.end
            or (change.start == change.end == k.start == k.end)
            or (change.start == change.end and k.start < change.start < k.end)
        ]
        if not clash:
            kept.append(change)
        elif len(clash) == 1 and not change.new and not clash[0].new and (
                change.start < change.end):
            k = clash[0]
            kept[kept.index(k)] = _Change(min(k.start, change.start), max(k.end, change.end),
                                          "", k.reason)
    return sorted(kept, key=lambda c: (c.start, c.end))


def _apply(text: str, changes: list[_Change]) -> str:
    """The draft with the changes made; where an edit meets a space, one space is kept."""
    out = ""
    cursor = 0
    for change in changes:
        out = _join(out, text[cursor : change.start])
        out = _join(out, change.new or _separator(text, change.start, change.end))
        cursor = change.end
    out = _join(out, text[cursor:]).strip()
    for pattern, replacement in _break_tidy_ups(text):
        out = pattern.sub(replacement, out)
    return out


def _break_tidy_ups(draft: str) -> list[tuple[re.Pattern, str]]:
    """What a line that went must not leave in the edited text, unless the draft itself had
    it: a space before a line break, a blank line in a draft written line under line, a
    third line break in a row. As (pattern, replacement); :func:`_apply` and
    :func:`_apply_tracked` both make them, so the text and its edits agree."""
    tidy_ups = []
    if not _SPACE_BEFORE_BREAK.search(draft):
        tidy_ups.append((_SPACE_BEFORE_BREAK, ""))
    newline = "\r\n" if "\r\n" in draft else "\n"
    if not _BLANK_LINE.search(draft):
        tidy_ups.append((_BLANK_LINE, newline))
    elif not _BLANK_LINES.search(draft):
        tidy_ups.append((_BLANK_LINES, newline * 2))
    return tidy_ups


def _separator(text: str, start: int, end: int) -> str:
    """What a deletion leaves between two words it would otherwise run together (two
    deletions merged: "Sosial<, bukan kami, >jadi"), or between a sentence's mark and the
    next sentence: the comma it ended with, or a space; nothing elsewhere."""
    if not (0 < start < end < len(text) and (text[start - 1].isalnum()
                                             or text[start - 1] in ".!?…")
            and text[end].isalnum()) or text[start].isalnum() and text[end - 1].isalnum():
        return ""  # (letters taken out of one word leave none)
    if not text[start - 1].isalnum():
        return " "  # (after a sentence's mark, the next sentence: "ya? 😂 <...> Kuota")
    return ", " if text[start:end].rstrip().endswith(",") else " "


_SPACE_BEFORE_BREAK = re.compile(r"[ \t]+(?=\r?\n)")
_BLANK_LINES = re.compile(r"(?:\r?\n[ \t]*){3,}")
_BLANK_LINE = re.compile(r"(?:\r?\n[ \t]*){2,}")


# ---- counting how often -----------------------------------------------------------------
# Counting how often the office has already explained something, or how many times the
# citizen has written ("surat Bapak yang ketiga kalinya", "dalam tiga balasan sebelumnya",
# "udh 3x jelasin", "sekali lagi kami ulangi"), tells the citizen they are a nuisance; the
# count is no fact the reply needs. Counts of what was done ("surat teguran sudah kami kirim
# dua kali", "dikembalikan untuk ketiga kalinya", "tiga kali salah memasukkan PIN") are facts
# and stay: only counts tied to saying or to the citizen's messages go.
_ORDINAL = (r"(?:ke-?\s?\d+|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|"
            r"kesepuluh|kesekian)")
_HOW_OFTEN = (r"(?:\d+\s?x|\d+\s+kali|(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
              r"sepuluh|beberapa)\s+kali|berkali-kali|berulang(?:-ulang|\s+kali)?|"
              r"ping\s+(?:pindo|telu|papat|lima|limo))")
# Saying, explaining, reminding, in the forms replies use (not "jawab": "kami sudah jawab via
# DM dua kali" reports what was done; nor a formal warning, "diperingatkan").
_SAYING = (r"(?:(?:di|ku|tak|me|men|meny|meng)?(?:jelas(?:kan|in|ke|ne|i)|terang(?:kan|in)|"
           r"sampai(?:kan|in|ke)|(?:am)?paikan|bilang(?:in|i)?|kandan[ie]|ingatkan|ingetin|"
           r"ilingke|ilingne|informasikan|umumkan|beritahu(?:kan)?|kasih\s+ta(?:h)?u|"
           r"ulang(?:i|in)?)|nyampaikan|nerangin|njelasin|jelasin|jelaskan|sampaikan|"
           r"bilang|ngomong|omong)")
_MESSAGES = (r"(?:surat|pesan|aduan|keluhan|pertanyaan|laporan|masukan|komentar|"
             r"keberatan|permintaan|saran|kritik|chat|wa|dm|email|e-mail|tiket)(?:nya)?")
# The stretch a count of messages is counted within ("yang ketiga kalinya dalam bulan ini"),
# when it names no number of its own ("dalam dua minggu" is a fact and stays).
_COUNTED_WITHIN = (r"(?:\s+(?:dalam\s+)?(?:(?:hari|minggu|pekan|bulan|tahun)\s+ini|seminggu|"
                   r"sebulan|sehari|setahun)(?:\s+terakhir)?)?")
_TITLES_AFTER = r"(?:\s+(?:bapak|ibu|pak|bu|saudara|saudari|sdr|kakak|kak|mas|mbak|anda))?"
# How often something was said, right after the saying ("jelaskan dua kali"): a count that
# goes (_REPETITION), and no fact a lecture keeps (_lecture).
_SAID_HOW_OFTEN = re.compile(rf"\b{_SAYING}(?P<count>\s+{_HOW_OFTEN})(?=[\s,.;!?🙄😤😒]|$)",
                             re.IGNORECASE)
_REPETITION = [
    # "pertanyaan Ibu yang kesekian", "'masukan' Bapak yang ke-12 kalinya", "surat Bapak
    # yang ketiga": the ordinal goes, the message stays
    re.compile(rf"\b{_MESSAGES}['’\"”]?{_TITLES_AFTER}(?P<count>\s+(?:yang|yg)\s+{_ORDINAL}"
               rf"(?:\s+kali(?:nya)?)?{_COUNTED_WITHIN})\b", re.IGNORECASE),
    # "surat keempat Bapak", "penjelasan keempat ini", "untuk kali keempat"
    re.compile(rf"\b(?:{_MESSAGES}|penjelasan|balasan|jawaban)(?P<count>\s+{_ORDINAL})"
               rf"(?=\s+(?:ini|itu|tersebut|bapak|ibu|saudara|saudari|sdr|anda|kakak)\b)",
               re.IGNORECASE),
    # "sebelum mengirimkan surat yang sama untuk ketiga kalinya", "perlu kami ingatkan
    # kembali, untuk kesekian kalinya, bahwa": after a message or saying in its clause
    re.compile(rf"(?:\b{_MESSAGES}|\b{_SAYING}|\bsama)\b[^.,;!?\n]{{0,30}}?"
               rf"(?P<count>,?\s+untuk\s+(?:yang\s+)?(?:{_ORDINAL}\s+kali(?:nya)?|"
               rf"kali\s+{_ORDINAL})(?=[\s,.;!?]|$))", re.IGNORECASE),
    # "dalam tiga balasan sebelumnya" -> "dalam balasan sebelumnya"
    re.compile(r"\b(?:dalam|melalui|lewat|pada|di)(?P<count>\s+(?:\d+|dua|tiga|empat|lima|"
               r"enam|beberapa))\s+(?:surat|balasan|jawaban|pesan|penjelasan|kesempatan|"
               r"pengumuman|unggahan)\s+(?:kami\s+)?(?:sebelumnya|terdahulu|lalu)\b",
               re.IGNORECASE),
    # "udh 3x jelasin", "wis dijelaske ping telu", "sudah kami sampaikan berkali-kali"
    _SAID_HOW_OFTEN,
    re.compile(rf"(?<![\w-])(?P<count>{_HOW_OFTEN}\s+)(?:(?:sy|saya|kami|aku|tak|gue|gw)\s+)?"
               rf"{_SAYING}\b", re.IGNORECASE),
    # "Perlu kami sampaikan sekali lagi bahwa", "sekali lagi kami tegaskan"
    re.compile(rf"\b(?:{_SAYING}|tegaskan|ingatkan)(?P<count>\s+sekali\s+lagi)\b",
               re.IGNORECASE),
    re.compile(rf"(?<![\w-])(?P<count>sekali\s+lagi,?\s+)(?:(?:sy|saya|kami|aku)\s+)?"
               rf"(?:{_SAYING}|tegaskan|ingatkan)\b", re.IGNORECASE),
]
# How often the citizen called, wrote or complained ("Ibu telah tiga kali mengadukan ...",
# "sudah menelepon kantor enam kali dalam sehari"): held against them. Only where the citizen
# did it: "surat teguran sudah kami kirim dua kali" is the office's own record.
_CONTACTING = (r"(?:menelepon|menelpon|nelpon|nelepon|mengadu|mengadukan|ngadu|menghubungi|"
               r"bertanya|menanyakan|nanya|komplain|protes|memprotes|mengeluh|mengeluhkan|"
               r"(?:mengajukan|mengirim|mengirimkan|ngirim)\s+(?:surat|pesan|aduan|keluhan|"
               r"pertanyaan|pengaduan|email|e-mail|laporan))")
_TIMES = (r"(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)\s*"
          r"(?:x|kali)")
_CONTACT_COUNTS = [
    re.compile(rf"\b(?:sudah|telah|udah|udh|sdh)\s+(?P<count>{_TIMES}\s+){_CONTACTING}\b",
               re.IGNORECASE),
    re.compile(rf"\b{_CONTACTING}\b(?:\s+(?!dan\b|tapi\b|sampai\b|hingga\b)[^\W\d_]+){{0,4}}?"
               rf"(?P<count>\s+"
               rf"(?:sebanyak\s+)?{_TIMES}(?:\s+dalam\s+(?:se(?:hari|minggu|pekan|bulan)|"
               rf"(?:satu|1)\s+(?:hari|minggu|pekan|bulan)))?)(?=[\s,.;!?]|$)", re.IGNORECASE),
]
_OFFICE_BEFORE = re.compile(r"\b(?:kami|saya|petugas|kita)\b(?:\s+\S+){0,2}\s*$",
                            re.IGNORECASE)
# Words each pattern above cannot match without, looked for first (most replies count
# nothing, and the patterns are not cheap): one gate per pattern of _REPETITION, in order,
# and one for _CONTACT_COUNTS.
_ORDINAL_HINT = (r"\bke(?:-|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sekian)|"
                 r"\bkali\s+ke")
_TIMES_HINT = r"kali|\dx|\d\s+x|\bping\s|berulang"
_REPETITION_GATES = [re.compile(gate, re.IGNORECASE) for gate in (
    _ORDINAL_HINT, _ORDINAL_HINT, _ORDINAL_HINT, r"sebelumnya|terdahulu|\blalu\b",
    _TIMES_HINT, _TIMES_HINT, r"sekali\s+lagi", r"sekali\s+lagi")]
_CONTACT_GATE = re.compile(r"kali|\dx|\d\s+x", re.IGNORECASE)
# "tidak perlu kami jelaskan dua kali" says something else without its count.
_NO_NEED_BEFORE = re.compile(r"\b(?:tidak|tak|nggak|ngga|gak|ga|ndak|ora|mboten)\s+"
                             r"(?:perlu|usah|harus)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
REPETITION_REASON = ("Menghitung berapa kali petugas sudah menjelaskan atau berapa kali warga "
                     "sudah menulis terdengar jengkel dan membuat warga merasa merepotkan; "
                     "informasinya tetap disampaikan tanpa hitungan itu.")
# A message of the citizen's in quotes ("'masukan' Bapak", "'laporannya'") is mocked: the
# quotes say it is no real report. The word stays, the quotes go.
_SCARE_QUOTED = re.compile(rf"(?P<open>['‘\"“])(?P<word>{_MESSAGES}|informasi|usulan|ide|"
                           rf"solusi|nasihat|nasehat|bukti|data)(?P<close>['’\"”])(?!\w)",
                           re.IGNORECASE)
# ... and so is one praised in quotes ("saran Bapak yang sangat 'berharga'", "kritiknya yang
# sangat "membangun" itu"): the praise goes, the message is named plainly.
_PRAISE_QUOTED = re.compile(
    rf"\b{_MESSAGES}{_TITLES_AFTER}(?P<praise>\s+yang\s+(?:(?:sangat|amat|begitu|super|luar\s+biasa)"
    r"\s+)?['‘\"“](?:berharga|membangun|bermanfaat|cerdas|brilian|hebat|bagus|mencerahkan|"
    r"kreatif|inspiratif|mulia|penting|luar\s+biasa|berbobot|bijak)['’\"”]"
    r"(?:\s+itu(?=[.,!]))?)(?!\w)", re.IGNORECASE)
PRAISE_QUOTE_REASON = ("Pujian dalam tanda kutip untuk masukan warga terdengar menyindir; "
                       "masukannya cukup disebut apa adanya.")
SCARE_QUOTE_REASON = ("Tanda kutip pada \"{word}\" menyiratkan bahwa masukan warga tidak "
                      "sungguh-sungguh; kutipnya dihapus.")


def _repetition_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The counts of :data:`_REPETITION` and :data:`_CONTACT_COUNTS` removed (not inside the
    citizen's own words quoted back), and the quotes of :data:`_SCARE_QUOTED`."""
    changes: list[_Change] = []
    for gate, pattern in zip(_REPETITION_GATES, _REPETITION, strict=True):
        if not gate.search(text):
            continue
        for match in pattern.finditer(text):
            start, end = match.span("count")
            if _NO_NEED_BEFORE.search(text, 0, match.start()) or _overlaps(start, end, quoted):
                continue
            if text[start:end].endswith((" ", ",")) and not text[start:end].startswith(" "):
                # the count before the verb: its trailing space goes with it
                changes.append(_Change(start, end, "", REPETITION_REASON))
                continue
            if text[start:end].startswith(","):
                # ", untuk kesekian kalinya," goes with one of its commas
                trailing = re.match(r"\s*,", text[end:])
                end += trailing.end() if trailing else 0
            changes.append(_Change(start, end, "", REPETITION_REASON))
    for pattern in _CONTACT_COUNTS if _CONTACT_GATE.search(text) else ():
        for match in pattern.finditer(text):
            start, end = match.span("count")
            if (_OFFICE_BEFORE.search(text, 0, match.start())
                    or _overlaps(match.start(), end, quoted)):
                continue
            changes.append(_Change(start, end, "", REPETITION_REASON))
    for match in _SCARE_QUOTED.finditer(text) if any(q in text for q in "'‘\"“") else ():
        # one change for the pair: a reply quoting many words stays cheap to edit
        changes.append(_Change(*match.span(), match.group("word"),
                               SCARE_QUOTE_REASON.format(word=match.group("word"))))
    for match in _PRAISE_QUOTED.finditer(text) if any(q in text for q in "'‘\"“") else ():
        changes.append(_Change(*match.span("praise"), "", PRAISE_QUOTE_REASON))
    return changes


# ---- "ask as often as you like" -------------------------------------------------------------
# "Mau protes berapa kali juga truknya tetap lewat Selasa & Jumat", "... tidak akan berubah
# berapa kali pun Bapak mengirim surat": however often the citizen asks, it is no use; the
# citizen is told they are a nuisance (12 harsh handwritten replies, no ok one). What stays
# (the schedule, the decision) is said plainly.
_HOWEVER_OFTEN_FIRST = re.compile(
    r"\b(?:mau|mo|meski(?:pun)?|walau(?:pun)?)\s+(?:[^\W\d_]+\s+){1,2}?(?:berapa\s+kali|"
    r"sampa[ie]\s+\w+\s+kali)(?:\s+(?:lagi|lg))?(?:\s+ke\s+(?:sini|kami))?\s+"
    r"(?:juga|jg|pun|ya)\b(?:\s+(?:ya|yo))?\s*,?\s*(?=\w)", re.IGNORECASE)
_HOWEVER_OFTEN_AFTER = re.compile(
    r"[ \t]*,?[ \t]+berapa[ \t]+kali[ \t]*pun[ \t]+[^.,;!?\n]*", re.IGNORECASE)
_SAME_ANSWER = re.compile(r"(?:(?:ya|yo)\s+)?(?:jawaban|hasil|keputusan)(?:nya)?\s+"
                          r"(?:(?:tetap|tetep|tetap)\s+)?sama\b[^.!?\n]*", re.IGNORECASE)
HOWEVER_OFTEN_REASON = ("\"Mau protes berapa kali juga ...\" mengecilkan keluhan warga dan "
                        "terdengar jengkel; keputusannya tetap disampaikan dengan lugas.")


def _however_often_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The lead-ins of :data:`_HOWEVER_OFTEN_FIRST` removed where they open a sentence or
    follow a comma (the word after takes the sentence's capital), and the tails of
    :data:`_HOWEVER_OFTEN_AFTER`."""
    if "kali" not in text.lower():
        return []
    changes = []
    for match in _HOWEVER_OFTEN_FIRST.finditer(text):
        if _overlaps(*match.span(), quoted):
            continue
        if _SAME_ANSWER.match(text, match.end()):
            # "Mau komen berapa kali juga jawabannya sama 🙏": nothing else is said, and the
            # sentence goes whole
            sentence = _sentence_around(sentences(text), match.start())
            end = sentence[1] if sentence else len(text)
            changes.append(_delete(text, match.start(), end, HOWEVER_OFTEN_REASON))
        elif _at_sentence_start(text, match.start()):
            first = text[match.end()]
            changes.append(_Change(match.start(), match.end() + 1, first.upper(),
                                   HOWEVER_OFTEN_REASON))
        elif re.search(r",\s*$", text[: match.start()]):
            changes.append(_Change(match.start(), match.end(), "", HOWEVER_OFTEN_REASON))
    for match in _HOWEVER_OFTEN_AFTER.finditer(text):
        if not _overlaps(*match.span(), quoted):
            changes.append(_tail_removal(text, match.start(), match, HOWEVER_OFTEN_REASON))
    return changes


# ---- "... sebelum komplain" ----------------------------------------------------------------
# "Mohon dibaca dulu pengumumannya sebelum komplain", "Kami harap Bapak bertanya dulu ke
# sekolah sebelum melapor ke dinas": what the citizen should have done first, said as a
# rebuke for complaining (32 harsh handwritten replies, no ok one). The request stays; the
# rebuke for speaking up goes.
_COMPLAINING_VERB = (
    r"(?:melapor(?:kan)?|lapor|mengadu|ngadu|komplain|complain|protes|memprotes|mengeluh|"
    r"ngeluh|menyampaikan[ \t]+(?:keluhan|aduan|keberatan|dugaan|pendapat)|membuat[ \t]+"
    r"(?:aduan|laporan|pengaduan|keluhan)|bikin[ \t]+(?:aduan|laporan|komplain)|"
    r"mengirim(?:kan)?[ \t]+(?:surat|aduan|keluhan|keberatan)|menuduh|nuduh|menyalahkan|"
    r"nyalahin|mengajukan[ \t]+keberatan|marah|koar|memviralkan|viralin|posting|"
    r"mengunggah|upload|menulis|nulis|komen|komentar|berkomentar)\w*")
_BEFORE_COMPLAINING = re.compile(
    r"[ \t]*,?[ \t]+(?:sebelum|sblm|sebelom)"
    rf"[ \t]+(?:[^\W\d_]+[ \t]+)?{_COMPLAINING_VERB}\b[^.,;!?\n]*", re.IGNORECASE)
# Where the citizen took their complaint, named right after it: "komplain ke Wali Kota",
# "lapor ke Pemkot" (not what they complain of, "protes PBB naik", nor whom they blamed,
# "nyalahin Dishub": the references keep the office blamed, often their own). A reply does
# not need it to say what it says, so a sentence reproaching the citizen for it may go
# with it (``_spare``).
_COMPLAINED_TO = re.compile(rf"\b{_COMPLAINING_VERB}\s+(?:ke|kepada|sama|di)"
                            r"(?:\s+[^\W\d_]+)?\s+$", re.IGNORECASE)
# A place where the citizen spread or posted their complaint ("menyebarkan foto di grup warga",
# "komplain di grup FB"): no place the reply needs.
_SPREAD_AT = re.compile(rf"\b(?:{_COMPLAINING_VERB}|(?:me)?nyebar\w*|sebar\w*|menyebar\w*)"
                        r"(?:\s+\S+){0,2}\s+$", re.IGNORECASE)
BEFORE_COMPLAINING_REASON = ("\"... sebelum komplain\" menegur warga karena mengadu; "
                             "permintaannya tetap disampaikan tanpa teguran itu.")
# The same rebuke the other way round: "Urus dulu sana ke kelurahan, baru protes.", "Bayar
# dulu tunggakannya baru ngomong soal fasilitas", "Coba Bapak jaga IGD semalam saja, baru
# komentar." (8 harsh handwritten replies, no ok one). Only after "dulu" or "coba" in the
# same clause: "baru lapor sekarang" says when the citizen spoke, not what they must do first.
# Asking, which after reading is the rebuke (see _ASKING_AFTER).
_ASKING_VERBS = "tanya|nanya|bertanya|nanyain|menanyakan"
_THEN_COMPLAIN = re.compile(
    rf"[ \t]*,?[ \t]+baru[ \t]+(?:{_COMPLAINING_VERB}|ngomong|omong|bicara|berbicara|"
    rf"{_ASKING_VERBS}|nuntut|menuntut)\b"
    r"(?![ \t]+(?:sekarang|skrg|kemarin|tadi|hari))[^.,;!?\n]*", re.IGNORECASE)
_DO_FIRST = re.compile(r"\b(?:dulu|dahulu|sik|dhisik|disik)\b|^\W*coba\b", re.IGNORECASE)
# Asking after reading is the rebuke ("baca dulu syaratnya baru nanya"); asking after
# another step is the way forward ("isi formulir dulu, baru tanya ke loket").
_ASKING_AFTER = re.compile(rf"\bbaru[ \t]+(?:{_ASKING_VERBS})\b", re.IGNORECASE)
_READ_FIRST = re.compile(r"\b(?:di)?(?:baca|cek|lihat|liat|pelajari|pahami|simak|scroll)\w*",
                         re.IGNORECASE)


def _before_complaining_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                                ) -> list[_Change]:
    """The tails of :data:`_BEFORE_COMPLAINING` removed after the request they close (not
    one that opens its sentence: the lecture it leads goes whole in later rounds), none
    that holds a fact."""
    if not re.search(r"seb?el[ou]m|sblm", text, re.IGNORECASE):
        return []
    changes = []
    for match in _BEFORE_COMPLAINING.finditer(text):
        removal = _tail_removal(text, match.start(), match, BEFORE_COMPLAINING_REASON)
        if (_overlaps(removal.start, removal.end, protected)
                or _overlaps(removal.start, removal.end, quoted)
                or _at_sentence_start(text, _past_spaces(text, match.start()))
                or re.search(r",\s*$", text[: match.start()])):
            continue
        changes.append(removal)
    return changes


def _then_complain_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                           ) -> list[_Change]:
    """The tails of :data:`_THEN_COMPLAIN` removed after what the citizen is told to do
    first. A dare ("Coba Bapak jaga IGD semalam, baru komentar") is no request: its whole
    sentence goes, unless it is all the reply says."""
    if not re.search(r"\bbaru\b", text, re.IGNORECASE):
        return []
    found = sentences(text)
    changes = []
    for match in _THEN_COMPLAIN.finditer(text):
        removal = _tail_removal(text, match.start(), match, BEFORE_COMPLAINING_REASON)
        clause = _after_last(text, match.start(), ".,;!?\n")
        sentence = _sentence_around(found, match.start())
        first = _DO_FIRST.search(text[clause : match.start()])
        if _ASKING_AFTER.search(match.group(0)) and not _READ_FIRST.search(text, clause,
                                                                    match.start()):
            continue  # "isi formulir dulu, baru tanya ke loket": the next step, no rebuke
        if (first is None or sentence is None
                or _overlaps(removal.start, removal.end, protected)
                or _overlaps(removal.start, removal.end, quoted)):
            continue
        if first.group(0).strip().lower().endswith("coba"):
            if _said_elsewhere(text, found, *sentence):
                changes.append(_delete(text, *sentence, BEFORE_COMPLAINING_REASON))
            continue
        changes.append(removal)
    return changes


# ---- "... dulu, baru ..." ---------------------------------------------------------------------
# Steps in order said curtly: "lengkapi dulu semua persyaratan, baru datang lagi ke kantor",
# "Berkas harus lengkap dulu baru diproses". The steps stay, said as steps: "terlebih dahulu
# ..., setelah itu datang lagi", "... agar dapat diproses". A complaint or a question after
# "baru" is :data:`_THEN_COMPLAIN`'s and the lexicon's (the rebuke goes); "baru juga 2 hari",
# "baru sadar" say when, not what to do next.
_FIRST_THEN = re.compile(
    r"\b(?P<first>dulu|dahulu)\b(?:[^.,;!?\n]|(?<=\d)[.,](?=\d)){0,60}?"
    r"(?P<then>[ \t]*,?[ \t]+baru[ \t]+)(?P<verb>[^\W\d_]+)\b", re.IGNORECASE)
_NOT_A_STEP = frozenset(
    "sekarang skrg kemarin kemaren tadi hari jam minggu bulan tahun sehari seminggu sebulan "
    "setahun saja aja sja kali sekali juga jg mau akan mulai sampai sampe nyampe tahu tau "
    "sadar nyadar ingat inget tanya nanya bertanya ngomong omong bicara berbicara ngomel "
    "ngeluh nuntut menuntut ribut rewel ngegas nyinyir".split())
_ABLE = frozenset("bisa bs dapat boleh".split())
FIRST_THEN_REASON = ("\"... dulu, baru ...\" terdengar seperti syarat yang diketuskan; urutan "
                     "langkahnya tetap disampaikan dengan \"terlebih dahulu\" dan \"setelah "
                     "itu\".")


def _first_then_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                        ) -> list[_Change]:
    """"dulu ..., baru <step>" said as "terlebih dahulu ..., setelah itu <step>" (or "agar
    dapat <diproses>"), none inside a quote or a fact."""
    if not re.search(r"\bbaru\b", text, re.IGNORECASE):
        return []
    changes = []
    for match in _FIRST_THEN.finditer(text):
        verb = match.group("verb").lower()
        if (verb in _NOT_A_STEP or re.fullmatch(_COMPLAINING_VERB, verb, re.IGNORECASE)
                or match.group("verb").isupper()  # shouted: the shouting rule's
                or _overlaps(match.start(), match.end(), quoted)
                or _overlaps(match.start("first"), match.end("first"), protected)
                or _overlaps(match.start("then") + 1, match.end("verb"), protected)):
            continue
        cut = match.start("then")
        kept = text[cut] == "," and _overlaps(cut, cut + 1, protected)
        cut += kept  # a comma that ends a fact stays with it ("Rp 4.000,")
        if not re.search(r"terlebih[ \t]+$", text[: match.start("first")], re.IGNORECASE):
            first = "terlebih dahulu"
            changes.append(_Change(match.start("first"), match.end("first"),
                                   _cased_at(text, match.start("first"), first),
                                   FIRST_THEN_REASON))
        if verb in _ABLE:
            changes.append(_Change(cut, match.end("verb"), " agar dapat", FIRST_THEN_REASON))
        elif verb.startswith("di") and len(verb) > 4:
            changes.append(_Change(cut, match.end("then"), " agar dapat ", FIRST_THEN_REASON))
        else:
            changes.append(_Change(cut, match.end("then"),
                                   " setelah itu " if kept else ", setelah itu ",
                                   FIRST_THEN_REASON))
    return changes


# ---- "kalau mau X ya bayar" ----------------------------------------------------------------------
# What the citizen must do for what they want, said as a retort: "kalau mau air lancar ya
# bayar tagihan tepat waktu", "kalo mau jualan di CFD ya daftar dulu" (4 harsh corpus
# replies, no ok one). Said as a way: "apabila ingin air lancar, silakan bayar ...".
_WANT_THEN_DO = re.compile(
    r"\b(?P<want>(?:kalau|kalo|klo|kl|jika)[ \t]+(?:mau|mo|pengen|pingin|ingin))[ \t]+"
    r"(?P<what>[^,.!?\n]{1,60}?)(?P<then>,?[ \t]+(?:ya|yo)[ \t]+)(?P<verb>[^\W\d_]+)\b",
    re.IGNORECASE)
WANT_THEN_DO_REASON = ("\"Kalau mau ..., ya ...\" terdengar seperti balasan ketus; sampaikan "
                       "langkahnya sebagai jalan keluar (\"apabila ingin ..., silakan ...\").")


# Ways round the rules that an office can only name in scorn: "ya bayar calo sana".
_ILLICIT_WAYS = re.compile(r"\b(?:calo|percaloan|suap|nyuap|menyuap|sogok|nyogok|menyogok|"
                           r"pungli|pelicin|orang dalam|ordal)\b", re.IGNORECASE)
ILLICIT_WAY_REASON = ("Menyuruh warga memakai calo atau suap, walau sebagai sindiran, "
                      "menyiratkan layanan dapat dibeli; cukup sampaikan prosedur yang berlaku.")


def _want_then_do_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                          ) -> list[_Change]:
    """:data:`_WANT_THEN_DO` said as a way forward, where what follows "ya" is a command."""
    changes = []
    for match in _WANT_THEN_DO.finditer(text):
        verb = match.group("verb")
        if (not _imperative(verb) or _overlaps(match.start(), match.end(), quoted)
                or _overlaps(match.start("want"), match.end("want"), protected)
                or _overlaps(match.start("then"), match.end("verb"), protected)):
            continue
        tail, _ = _clause_rest(text, match.end("verb"))
        if _ILLICIT_WAYS.search(text, match.end("then"), tail) and not _overlaps(
                match.start("want"), tail, protected):
            # "kalau mau cepat ya bayar calo sana" is scorn, not a way: said as one
            # ("apabila ingin cepat, silakan bayar calo") it would advise the scalper
            changes.append(_delete(text, match.start("want"), tail, ILLICIT_WAY_REASON))
            continue
        changes.append(_Change(match.start("want"), match.end("want"),
                               _cased_at(text, match.start("want"), "apabila ingin"),
                               WANT_THEN_DO_REASON))
        if verb.lower() in ("jangan", "jgn", "ojo"):
            changes.append(_Change(match.start("then"), match.end("verb"),
                                   ", mohon untuk tidak", WANT_THEN_DO_REASON))
        else:
            changes.append(_Change(match.start("then"), match.end("then"), ", silakan ",
                                   WANT_THEN_DO_REASON))
    return changes


# ---- "mau lapor ke wali kota juga silakan" ---------------------------------------------------
# A dare to take the complaint higher: "Ibu mau lapor ke wali kota juga silakan", "kalau
# mau protes ke DPRD silakan saja", "mau protes ke mana juga silakan". Reporting elsewhere
# is the citizen's right; said as that way forward it loses the dare: "Apabila Ibu ingin
# menyampaikan laporan ke wali kota, silakan" ("... melalui kanal resmi" for anywhere).
_DARE_TO_REPORT = re.compile(
    r"\b(?:(?:kalau|kalo|klo|jika)[ \t]+)?(?:(?P<who>bapak|ibu|saudara|saudari|anda|kakak|"
    r"mas|mbak)[ \t]+)?(?:mau|mo|pengen|pingin|ingin)[ \t]+"
    r"(?P<verb>lapor|melapor|protes|komplain|ngadu|mengadu)"
    r"(?:(?P<anywhere>[ \t]+(?:ke[ \t]*mana(?:-mana)?|ke[ \t]+siapa))"
    r"|(?P<where>[ \t]+(?:ke|kepada)[ \t]+[^,.;:!?\n]{1,40}?))?"
    r"(?:[ \t]+(?:juga|aja|saja|pun))*[ \t]+(?:silakan|silahkan|monggo)"
    r"(?:[ \t]+(?:aja|saja))?(?P<title>[ \t]+(?:pak|bu|bapak|ibu|kak|mas|mbak))?"
    r"(?=[ \t]*(?:[,.;:!?\n]|$))", re.IGNORECASE)
# What may go on after the dare's comma as a clause of its own ("..., silakan; rumah Ibu
# tidak masuk ..."), unless a conjunction joins it ("..., silakan, tetapi ...").
_CLAUSE_AFTER_DARE = re.compile(r",[ \t]+(?!(?:tapi|tetapi|namun|asal|asalkan|karena|krn|sebab|dan|"
                                r"atau|hanya|cuma)\b)(?=[^\W\d_])", re.IGNORECASE)
_DARED_ACT = {"lapor": "menyampaikan laporan", "melapor": "menyampaikan laporan",
              "protes": "menyampaikan keberatan", "komplain": "menyampaikan keluhan",
              "ngadu": "menyampaikan pengaduan", "mengadu": "menyampaikan pengaduan"}
DARE_REASON = ("\"Mau lapor ke ... juga silakan\" terdengar menantang; melapor ke pihak lain "
               "adalah hak warga, jadi disampaikan sebagai jalan yang dapat ditempuh.")


def _dare_to_report_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                            ) -> list[_Change]:
    """:data:`_DARE_TO_REPORT` said as a way the citizen may take; where it goes stays."""
    changes = []
    for match in _DARE_TO_REPORT.finditer(text):
        if (_overlaps(match.start(), match.end(), quoted)
                or _overlaps(match.start(), match.start("verb"), protected)):
            continue
        who = f"{match.group('who')} " if match.group("who") else ""
        # ("ke mana saja": anywhere, which the official channels are)
        where = " melalui kanal resmi" if match.group("anywhere") else match.group("where") or ""
        said = (f"apabila {who}ingin {_DARED_ACT[match.group('verb').lower()]}{where}, "
                f"silakan{match.group('title') or ''}")
        end = match.end()
        if (going := _CLAUSE_AFTER_DARE.match(text, end)) is not None:
            said, end = said + "; ", going.end()
        changes.append(_Change(match.start(), end, _cased_at(text, match.start(), said),
                               DARE_REASON))
    return changes


# ---- "daripada ..., mending ..." -------------------------------------------------------------
# What the citizen did set against what they had better do: "daripada ngomel di grup RT,
# mending ikut kerja bakti", "daripada nyebar video petugas di medsos, mending datang
# baik-baik". The better thing is asked for ("silakan ikut kerja bakti"); the reproach goes
# with what the citizen did, unless it states a fact outside the citizen's quoted words.
_RATHER_THAN = re.compile(
    r"\bdaripada\b[^.!?\n]{1,80}?,?[ \t]+(?:mending|mendingan|lebih[ \t]+baik|sebaiknya)"
    r"[ \t]+(?=[^\W\d_])", re.IGNORECASE)
RATHER_THAN_REASON = ("\"Daripada ..., mending ...\" menyindir apa yang dilakukan warga; "
                      "cukup sampaikan ajakannya.")


def _rather_than_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                         ) -> list[_Change]:
    """:data:`_RATHER_THAN` said as a request."""
    if "daripada" not in text.lower():
        return []
    changes = []
    for match in _RATHER_THAN.finditer(text):
        # (where the citizen complained, "di grup RT", is no fact of the case; a place or a
        # name is: "daripada nunggu di Puskesmas Bendan, ...", "... video petugas
        # Puskesmas Setono ...")
        facts = [(a, b) for a, b in protected if match.start() < b and a < match.end()
                 and not _overlaps(a, b, quoted)
                 and not (b - a <= 3 and text[a:b].isupper())]
        if facts:
            continue
        changes.append(_Change(match.start(), match.end(),
                               _cased_at(text, match.start(), "silakan "), RATHER_THAN_REASON))
    return changes


# ---- "... kalau mau dijawab" ------------------------------------------------------------------
# A request made the price of being served: "Tulis yang bener kalau mau dijawab.", "Antre
# kalau mau dilayani." The request stays; the condition, which holds the service back, goes.
_IF_YOU_WANT_SERVED = re.compile(
    r"[ \t]*,?[ \t]+(?:kalau|kalo|klo|jika|kl)[ \t]+(?:mau|ingin|pengen|pingin|mo)[ \t]+"
    r"di(?:jawab|layani|proses|tanggapi|bantu|urus|respon|balas)\b"
    r"(?=[ \t]*(?:(?:ya|dong|lho)[ \t]*)?(?:[.!?…]|$))", re.IGNORECASE)
IF_YOU_WANT_SERVED_REASON = ("Menjadikan permintaan sebagai syarat untuk dilayani (\"kalau mau "
                             "dijawab\") terdengar mengancam; cukup sampaikan permintaannya.")


def _if_you_want_served_changes(text: str, quoted: Sequence[tuple[int, int]]
                                ) -> list[_Change]:
    """The conditions of :data:`_IF_YOU_WANT_SERVED` removed after the request they close,
    not one that opens its sentence."""
    return [_Change(*match.span(), "", IF_YOU_WANT_SERVED_REASON)
            for match in _IF_YOU_WANT_SERVED.finditer(text)
            if not _overlaps(*match.span(), quoted)
            and not _at_sentence_start(text, _past_spaces(text, match.start()))]


# ---- "habis ya habis" --------------------------------------------------------------------------
# A fact said twice with "ya" between ("blangko habis ya habis", "Jam besuk wis tutup, ya
# wis tutup", "Telat yo telat"): 9 harsh corpus replies, no ok one. Said once, it is the
# fact; the echo shuts the door. Not after a condition in its clause ("kalo belum ya belum"
# leaves nothing said once), nor where the echo goes on ("salah ya salah sampeyan dewe").
_SAID_TWICE = re.compile(
    r"\b(?P<fact>(?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+)(?P<echo>,?[ \t]+(?:ya|yo|yaa)[ \t]+"
    r"(?:(?:wis|sudah|udah|udh|berarti)[ \t]+)?(?P=fact))(?=[ \t]*(?:[.,!?;…\n]|$))",
    re.IGNORECASE)
SAID_TWICE_REASON = ("Mengulang fakta dengan \"ya\" (\"habis ya habis\") terdengar menutup "
                     "pembicaraan; cukup sampaikan faktanya sekali.")


def _said_twice_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                        ) -> list[_Change]:
    """The echo of :data:`_SAID_TWICE` removed, none inside a quote or a fact."""
    if not re.search(r"\b(?:ya|yo|yaa)\b", text, re.IGNORECASE):
        return []
    changes = []
    found = sentences(text)
    for match in _SAID_TWICE.finditer(text):
        clause = _after_last(text, match.start(), ".,;!?\n")
        # (a condition in Indonesian or Javanese: "kalo belum ya belum", "nek ra dapet ...")
        if (_CONDITION_ANY.search(text, clause, match.start("echo"))
                or _overlaps(match.start("echo"), match.end("echo"), protected)
                or _overlaps(match.start(), match.end(), quoted)):
            continue
        sentence = _sentence_around(found, match.start())
        if (sentence is not None and " " not in match.group("fact")
                and not text[sentence[0] : match.start()].strip()
                and not text[match.end() : sentence[1]].strip(" \t.!?…\n")):
            # "Telat yo telat." would leave "Telat.": the sentence goes whole
            changes.append(_delete(text, *sentence, SAID_TWICE_REASON))
            continue
        changes.append(_Change(match.start("echo"), match.end("echo"), "", SAID_TWICE_REASON))
    return changes


# ---- "... terus nyalahin PDAM" ---------------------------------------------------------------
# What the citizen did, then the complaint they made of it, said as a rebuke: "sblm mudik kran
# dicek dulu biar gak bocor seminggu trus nyalahin PDAM", "wong kucing munggah wit kok lapor
# Damkar", "nggak dateng pas pendataan kok sekarang ribut" (29 harsh handwritten replies, no ok
# one). What happened stays; the rebuke for speaking up goes with the rest of its clause.
# After "terus" or "lalu" only blame and outcry: "isi formulir terus lapor ke loket" asks.
_OUTCRY = (r"(?:protes|memprotes|komplain|complain|mengeluh|ngeluh|menyalahkan|nyalahin|"
           r"nyalahke|nyalahkan|marah|ngamuk|ribut|heboh|koar|menuntut|nuntut|menuduh|nuduh|"
           r"ngomel|nyinyir)(?:nya|in|kan|-marah|2)?")
_AND_THEN_COMPLAIN = re.compile(
    r"[ \t]*,?[ \t]+(?:(?:tapi|tp)[ \t]+)?"
    r"(?:(?P<so>kok|koq|malah|eh)|terus|trus|trs|lalu)[ \t]+"
    r"(?:(?:masih|sekarang|skrg|saiki|baru|juga|aja|saja|ya|malah)[ \t]+)*"
    rf"(?:{_OUTCRY}|(?(so)(?:melapor|lapor|mengadu|ngadu)(?:nya|in|kan)?|(?!)))\b"
    r"[^.,;!?\n]*", re.IGNORECASE)
AND_THEN_COMPLAIN_REASON = ("\"... terus protes\" menyindir warga karena mengeluh atas "
                            "akibat perbuatannya sendiri; kejadiannya tetap disampaikan tanpa "
                            "sindiran itu.")


def _and_then_complain_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                               ) -> list[_Change]:
    """The tails of :data:`_AND_THEN_COMPLAIN` removed after a clause of three words or more
    that says what happened (one that is all its sentence says, "Kok baru protes skrg",
    is left to the rounds that read whole sentences). Not after a condition (it would be
    left without its point), another reproach in the same clause ("kok masih aja ada yang
    bayar terus ngeluh": the clause is the rebuke), or "bukan" ("bukan malah menyalahkan"
    says what the citizen should not do); none that holds a fact."""
    matches = list(_AND_THEN_COMPLAIN.finditer(text))
    if not matches:
        return []
    # Handles ("@riko.pratama") hold no clause break nor words of the clause; an emoji ends
    # a clause as a full stop does. (Offsets stay those of ``text``.)
    plain = HANDLE.sub(lambda m: " " * len(m.group()), text) if "@" in text else text
    plain = _EMOJI_RUN.sub(lambda m: "." * len(m.group()), plain)
    changes = []
    for match in matches:
        _, before = _clause_lead(plain, match.start())
        if (len(before) < 3 or before[-1] == "bukan"
                or set(before) & (_CONDITIONS | {"kok", "koq", "malah"})
                # "kok baru lapor sekarang" is thanked for instead (its lexicon swap)
                or re.search(r"\bbaru\s+(?:me)?lapor", match.group(0), re.IGNORECASE)):
            continue
        removal = _tail_removal(text, match.start(), match, AND_THEN_COMPLAIN_REASON)
        if not (_overlaps(removal.start, removal.end, protected)
                or _overlaps(removal.start, removal.end, quoted)):
            changes.append(removal)
    return changes


# ---- "masa gitu aja ..." --------------------------------------------------------------------
# "..., masa gitu aja nanya PDAM 🤭", "Masa gitu harus diajarin.": the citizen mocked for
# asking something so simple (7 harsh handwritten replies, no ok one). It states nothing;
# as a clause closing a sentence it goes, and as a sentence of its own it goes whole unless
# it holds a fact the rest of the reply does not.
_SO_SIMPLE = re.compile(r"(?:(?:lagian|lagipula|lha|ya)[ \t]+)?mas(?:a|ak|o)[ \t]+(?:gitu|begitu|"
                        r"gini|begini)\b[^.,;!?\n]*", re.IGNORECASE)
SO_SIMPLE_REASON = ("\"Masa gitu aja ...\" mengejek warga karena bertanya; pertanyaannya "
                    "wajar, jadi sindiran itu dihapus.")


def _so_simple_changes(text: str, protected, quoted: Sequence[tuple[int, int]],
                       hits: Sequence[Hit] = ()) -> list[_Change]:
    """The remarks of :data:`_SO_SIMPLE` removed: after a comma with the comma, or the
    whole sentence they open when it states no fact of its own. One the lexicon has an
    alternative for ("masa gitu aja gak bisa bedain?" -> "Kami jelaskan kembali.") is left
    to that swap."""
    if not re.search(r"\bmas(?:a|ak|o)[ \t]+(?:gitu|begitu|gini|begini)\b", text,
                     re.IGNORECASE):
        return []
    changes = []
    swapped = [(h.start, h.end) for h in hits if h.alternative]
    for match in _SO_SIMPLE.finditer(text):
        if _overlaps(*match.span(), quoted) or _overlaps(*match.span(), swapped):
            continue
        comma = re.search(r",[ \t]*$", text[: match.start()])
        if comma is not None:
            changes.append(_tail_removal(text, comma.start(), match, SO_SIMPLE_REASON))
            continue
        if not _at_sentence_start(text, match.start()):
            continue
        found = sentences(text)
        sentence = _sentence_around(found, match.start())
        end = sentence[1] if sentence else len(text)
        if _own_words(text, match.start(), end, protected) is None:
            continue
        if not _said_elsewhere(text, found, match.start(), end):
            continue  # nothing else would be left
        changes.append(_delete(text, match.start(), end, SO_SIMPLE_REASON))
    return changes


# ---- "kami tidak dapat membantu lebih jauh" ---------------------------------------------------
# The office saying it will help no further ("Pihak kami tidak dapat membantu lebih jauh.",
# "..., kami sudah tidak bisa membantu lebih jauh", "Pertanyaan lebih lanjut tidak akan kami
# layani."): a closed door, which the way forward the reply offers then contradicts (6 harsh
# handwritten replies, no ok one). As a sentence of its own, or the clause closing one, it
# goes; one that is all the reply says stays.
_NO_FURTHER = re.compile(
    r"(?:(?:mohon\s+maaf,?\s+)?(?:(?:pihak\s+)?kami|saya|sy)\s+(?:sudah\s+|juga\s+)?"
    r"(?:tidak|tdk|tak|nggak|gak|ga)\s+(?:dapat|bisa|akan|lagi)\s+(?:\w+\s+)?"
    r"(?:membantu|bantu|menindaklanjuti|menanggapi|tanggapi|melayani|layani)"
    r"(?:\s+\w+){0,2}?\s+lebih\s+(?:jauh|lanjut)|(?:pertanyaan|surat|keluhan|aduan|pesan)"
    r"(?:\s+\w+){0,2}?\s+lebih\s+lanjut\s+tidak\s+akan\s+(?:kami\s+)?(?:layani|tanggapi|"
    r"dilayani|ditanggapi|tindak\s+lanjuti))(?=\s*[.!?]|\s*$)", re.IGNORECASE)
NO_FURTHER_REASON = ("\"Kami tidak dapat membantu lebih jauh\" menutup pintu bagi warga dan "
                     "bertentangan dengan tawaran bantuan di akhir balasan; kalimat itu "
                     "dihapus.")


def _no_further_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The closed doors of :data:`_NO_FURTHER` removed: a whole sentence (past a title it
    opens with), or the clause after a comma that closes one; not all a reply says."""
    if not re.search(r"lebih\s+(?:jauh|lanjut)", text, re.IGNORECASE):
        return []
    found = sentences(text)
    changes = []
    for match in _NO_FURTHER.finditer(text):
        if _overlaps(*match.span(), quoted):
            continue
        sentence = _sentence_around(found, match.start())
        if sentence is None:
            continue
        comma = re.search(r",[ \t]*$", text[: match.start()])
        if comma is not None and comma.start() > sentence[0]:
            changes.append(_tail_removal(text, comma.start(), match, NO_FURTHER_REASON))
        elif not _said_elsewhere(text, found, *sentence):
            continue  # nothing else would be left
        elif _at_sentence_start(text, match.start()) or match.start() == _past_address(
                text, sentence[0], sentence[1], ()):
            changes.append(_delete(text, sentence[0], sentence[1], NO_FURTHER_REASON))
    return changes


# ---- "keputusan sudah final dan tidak akan kami tinjau ulang" --------------------------------
# A decision said to be final and then fenced off ("..., final dan tidak perlu dipersoalkan
# lagi", "Keputusan pencabutan tidak dapat diganggu gugat"): the fence tells the citizen to
# stop asking (7 harsh handwritten replies, no ok one; the references say "keputusan ...
# sudah final" or "belum dapat kami ubah"). The decision stays final; the fence goes.
_NEGATIVE = r"(?:tidak|tdk|tak|nggak|gak|ga)"
_FENCE = (_NEGATIVE + r"\s+(?:akan\s+(?:(?:kami|saya)\s+)?(?:tinjau\s+ulang|ubah|berubah|"
          r"diubah|ditinjau(?:\s+ulang)?)|perlu\s+(?:di)?(?:persoalkan|permasalahkan|"
          r"perdebatkan|ributkan|pertanyakan)(?:\s+lagi)?|(?:dapat|bisa)\s+(?:diubah|"
          r"ditawar|diganggu[\s-]gugat))(?:\s+lagi)?")
_FINAL_FENCE = re.compile(r"(?P<word>\w+)\s+final(?P<tail>\s*,?\s+(?:dan|serta)\s+"
                          + _FENCE + r")\b", re.IGNORECASE)
_UNCHALLENGEABLE = re.compile(r"\b(?:keputusan|penetapan|hasil)\b[^.,;!?\n]*?\s"
                              r"(?P<fence>(?:sudah\s+|sifatnya\s+)?(?:tidak|tdk)\s+"
                              r"(?:dapat|bisa)\s+diganggu[\s-]gugat)\b", re.IGNORECASE)
_FINAL_ALREADY = frozenset({"sudah", "telah", "udah", "udh", "bersifat", "adalah", "ialah",
                            "dinyatakan"})
FINAL_FENCE_REASON = ("\"Tidak akan kami tinjau ulang\" atau \"tidak dapat diganggu gugat\" "
                      "menyuruh warga berhenti bertanya; cukup sampaikan bahwa keputusannya "
                      "sudah final.")


def _final_fence_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The fences of :data:`_FINAL_FENCE` and :data:`_UNCHALLENGEABLE` taken down: "final
    dan tidak ..." keeps "final" ("sudah final" where nothing said it), "tidak dapat
    diganggu gugat" becomes "sudah bersifat final"."""
    if not re.search(r"final|gugat", text, re.IGNORECASE):
        return []
    changes = []
    for match in _FINAL_FENCE.finditer(text):
        if _overlaps(*match.span(), quoted):
            continue
        if match.group("word").lower() in _FINAL_ALREADY:
            changes.append(_Change(match.start("tail"), match.end(), "", FINAL_FENCE_REASON))
        else:
            start = match.end("word")
            changes.append(_Change(start, match.end(), " sudah final", FINAL_FENCE_REASON))
    for match in _UNCHALLENGEABLE.finditer(text):
        if not _overlaps(*match.span("fence"), quoted):
            changes.append(_Change(*match.span("fence"), "sudah bersifat final",
                                   FINAL_FENCE_REASON))
    return changes


# ---- "keberatan Saudara tidak berdasar" --------------------------------------------------
# A complaint or objection judged groundless ("Keberatan Saudara atas kenaikan NJOP tidak
# berdasar.", "... kami nilai tidak berdasar", "Keberatan Bapak tidak beralasan"): 4 harsh
# handwritten replies, no ok one. The references give the facts and the decision instead
# ("... tidak dapat kami kabulkan"); the judgement of the citizen goes and the decision stays:
# the complaint is not accepted.
_COMPLAINT = (r"(?:keluhan|keberatan|pengaduan|aduan|laporan|tuduhan|protes|komplain|"
              r"sanggahan|gugatan|tuntutan)")
_UNFOUNDED = re.compile(
    # the complaint, then within its sentence (a dot between digits, "14.30", ends nothing)
    rf"\b{_COMPLAINT}\b(?:[^.;!?\n]|\.(?=\d))*?\s"
    r"(?P<verdict>(?:(?:kami|saya)\s+(?:nilai|anggap|pandang)\s+)?"
    r"(?:(?:jelas|sama\s+sekali|benar-benar|sangat)\s+)?(?:tidak|tdk)\s+(?:berdasar|beralasan|"
    r"mendasar)(?:\s+sama\s+sekali)?)\b", re.IGNORECASE)
UNFOUNDED_REASON = ("Menilai keluhan warga \"tidak berdasar\" menghakimi orangnya; cukup "
                    "sampaikan keputusannya (belum dapat diterima) dan alasannya.")


def _unfounded_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The verdicts of :data:`_UNFOUNDED` said as the decision: "belum dapat kami terima"."""
    if not re.search(r"berdasar|beralasan|mendasar", text, re.IGNORECASE):
        return []
    return [_Change(*match.span("verdict"), "belum dapat kami terima", UNFOUNDED_REASON)
            for match in _UNFOUNDED.finditer(text)
            if not _overlaps(*match.span("verdict"), quoted)]


# ---- "... hanya mencerminkan sikap serakah" ----------------------------------------------
# What the citizen wrote read as proof of their character ("... tidak berdasar dan hanya
# mencerminkan sikap serakah", "Surat Saudara ... menunjukkan betapa dangkalnya pemahaman
# Saudara", "... menunjukkan cara berpikir yang dangkal"): 3 harsh handwritten replies, no ok
# one. A clause joined on with "dan" goes; said of a letter or post as its predicate, it
# becomes the acknowledgement the references give ("... telah kami terima").
_READ_AS_PROOF = "mencerminkan|menunjukkan|memperlihatkan|membuktikan"
_JUDGED_CHARACTER = re.compile(
    r"(?P<lead>[ \t]*,?[ \t]*(?:dan|serta)[ \t]+)?(?P<verb>(?:(?:hanya|justru|jelas|cuma|"
    r"sekadar)[ \t]+)?(?:" + _READ_AS_PROOF + r"))[ \t]+"
    r"(?:betapa[ \t]+\w+|sikap|sifat|cara[ \t]+berpikir|pola[ \t]+pikir|watak|mental|karakter|"
    r"kualitas|kurangnya|rendahnya)\b[^.;!?\n]*", re.IGNORECASE)
# What the citizen sent, said before such a predicate.
_SENT = re.compile(r"\b(?:surat|tulisan|unggahan|postingan|komentar|komen|keluhan|laporan|"
                   r"pesan|keberatan|pengaduan|aduan|cuitan|status)\b", re.IGNORECASE)
JUDGED_CHARACTER_REASON = ("Menyimpulkan watak atau cara berpikir warga dari keluhannya "
                           "menyerang pribadinya; cukup tanggapi isi keluhannya.")


def _judged_character_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                              ) -> list[_Change]:
    """The judgements of :data:`_JUDGED_CHARACTER` taken out, where they hold no fact."""
    if not re.search(_READ_AS_PROOF, text, re.IGNORECASE):
        return []
    changes = []
    for match in _JUDGED_CHARACTER.finditer(text):
        end = len(text[: match.end()].rstrip(" \t,"))
        if _overlaps(match.start(), end, protected) or _overlaps(match.start(), end, quoted):
            continue
        if match.group("lead"):
            changes.append(_Change(match.start(), end, "", JUDGED_CHARACTER_REASON))
            continue
        start = _sentence_start(text, match.start())
        if _SENT.search(text, start, match.start()):
            changes.append(_Change(match.start("verb"), end, "telah kami terima",
                                   JUDGED_CHARACTER_REASON))
    return changes


# ---- "hapus dalam 1x24 jam" --------------------------------------------------------------
# A demand that the citizen take their post down ("Kami minta unggahan tersebut segera
# dihapus.", "Kami minta Saudara segera menghapus unggahan tersebut", "Hapus dalam 1x24
# jam", "video ... yg km upload itu hapus skrg"): 13 harsh handwritten replies, no ok one
# (ok replies "hapus" a fine or a name from a list). The references ask instead ("kami
# mohon kesediaan Kakak meninjau ulang ... dalam 1x24 jam"); the time asked for stays.
_POST = (r"(?:unggahan|postingan|posting|foto|video|komentar|komen|konten|tulisan|status|"
         r"story|cuitan|twit)\w*(?:\s+(?:tersebut|itu|ini|tsb))?")
_WHOM = rf"(?:{_CITIZEN_NAMED}|mbok)"
_TAKE_DOWN = re.compile(
    # "kami minta unggahan tersebut segera dihapus"
    rf"(?P<asked>(?:kami|saya)\s+(?:minta|sarankan|harap|mohon)\s+)?(?P<post>{_POST})\s+"
    r"(?P<urged>(?:segera|harus|wajib)\s+)?(?:di(?:hapus|turunkan|take\s?down))\b"
    r"(?![ \t]+oleh)|"
    # "kami minta Saudara segera menghapus unggahan tersebut"
    rf"(?P<asker>(?:kami|saya)\s+(?:minta|sarankan|harap|mohon)\s+)(?P<who>{_WHOM})\s+"
    rf"(?:(?:segera|untuk)\s+)*(?:menghapus|menurunkan)\s+(?P<post2>{_POST})|"
    # "hapus foto antrean yg bapak upload": the order naming the post
    rf"(?<![\w-])(?:(?:mohon|segera)\s+)*hapus\s+(?P<post3>{_POST})"
    r"(?:\s+(?:sekarang|skrg)(?:\s+juga)?\b)?|"
    # "Hapus dalam 1x24 jam", "itu hapus skrg": the order with nothing to take down named
    r"(?<![\w-])(?:(?:mohon|segera)\s+)*hapus(?P<when>\s+(?:dalam|sebelum|paling\s+lambat)\b"
    r"|\s+(?:sekarang|skrg|hari\s+ini(?:\s+juga)?)\b|(?=\s*[.!]))", re.IGNORECASE)
# Where a bare "hapus" is an order: opening its clause, or after the post it names ("video
# yg km upload itu hapus skrg").
_ORDER_OPENS = re.compile(r"(?:^|\b(?:itu|ini|tersebut|tsb))\s*$", re.IGNORECASE)
TAKE_DOWN_REASON = ("Perintah menghapus unggahan warga terdengar membungkam; disampaikan sebagai "
                    "permohonan untuk meninjau kembali unggahan itu.")


def _take_down_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The demands of :data:`_TAKE_DOWN` asked as "mohon kesediaan ... meninjau kembali ..."
    (the post, the person and the time they named kept)."""
    if not re.search(r"hapus|urunkan|take", text, re.IGNORECASE):
        return []
    who = address_of(text)
    changes = []
    for match in _TAKE_DOWN.finditer(text):
        if _overlaps(*match.span(), quoted):
            continue
        asked, post = match.group("asked"), match.group("post")
        if post is not None and not (asked or match.group("urged")):
            continue  # "Foto itu dihapus karena ..." tells what was done
        if post is not None:
            new = (f"{asked.split()[0]} mohon kesediaan {who} meninjau kembali {post}"
                   if asked else f"{post} mohon ditinjau kembali")
        elif match.group("post2") is not None:
            new = (f"{match.group('asker').split()[0]} mohon kesediaan {match.group('who')} "
                   f"meninjau kembali {match.group('post2')}")
        else:
            before = text[_after_last(text, match.start(), ".,;!?\n") : match.start()]
            opens = _ORDER_OPENS.search(before)
            if opens is None:
                continue  # "denda ... tidak dapat kami hapus." is no order
            if match.group("post3") is not None:
                new = f"mohon kesediaan {who} meninjau kembali {match.group('post3')}"
            else:
                # A deadline stays ("... dalam 1x24 jam"); "sekarang" or "hari ini juga"
                # goes. After the post it names ("video ... itu hapus skrg") it is asked of
                # the post.
                when = match.group("when") or ""
                deadline = when if re.match(r"\s+(?:dalam|sebelum|paling)", when, re.I) else ""
                new = (f"mohon ditinjau kembali{deadline}" if opens.group(0).strip() else
                       f"mohon kesediaan {who} meninjau kembali unggahan tersebut{deadline}")
        start = match.start()
        new = _cased_at(text, start, new)
        if new[:1] == text[start]:
            # The first letter stays the draft's: a deletion before it may set its case.
            start, new = start + 1, new[1:]
        changes.append(_Change(start, match.end(), new, TAKE_DOWN_REASON))
    return changes


# ---- "Mohon tidak lagi mengirim surat dengan isi yang sama." ------------------------------
# A request that the citizen stop writing, reporting, calling or asking ("Mohon tidak
# mengirim surat susulan.", "Harap tidak mengulangi pertanyaan yang sama.", "Kami mohon
# Bapak tidak lagi mengirimkan surat ..."): 6 harsh handwritten replies, no ok one, each
# a gold span. Asking again is the citizen's right; the references leave it out. The
# sentence goes when it holds no fact and the reply says something else.
# What the citizen is asked to stop: "tidak lagi mengirim", "jangan menelepon"; or told
# there is no need for: "Tidak perlu mengadu lagi.", "tidak perlu sampai lapor ke ...".
_WRITING = (r"(?:lagi[ \t]+)?(?:mengirim\w*|kirim|melapor\w*|lapor|mengadu\w*|menghubungi|"
            r"menelepon|menelpon|nelpon|mengulang\w*|menanyakan|bertanya|komplain|protes|"
            r"mention|spam|japri|chat|inbox|dm)\b")
_STOPPED = r"(?:tidak|tdk|jangan)[ \t]+" + _WRITING
_NO_NEED_TO_WRITE = (r"(?:tidak|tdk|nggak|gak|ga|ndak|ora|ra)[ \t]+(?:perlu|usah)[ \t]+"
                     r"(?:(?:sampai|sampe)[ \t]+)?" + _WRITING)
_STOP_WRITING = re.compile(
    r"(?:(?:kami|saya)[ \t]+)?(?:mohon|harap|minta|meminta)[ \t]+(?:dengan[ \t]+sangat[ \t]+)?"
    rf"(?:(?:kepada[ \t]+)?{_WHOM}[ \t]+)?(?:(?:untuk|agar|supaya)[ \t]+)?{_STOPPED}"
    rf"|{_NO_NEED_TO_WRITE}", re.IGNORECASE)
# ... closing a sentence after a comma (and the citizen's title): "..., Pak, tidak perlu
# sampai lapor ke Wali Kota segala."
_NO_NEED_TAIL = re.compile(rf",(?:[ \t]*{_CITIZEN_NAMED}[ \t]*,)?[ \t]*(?:dan[ \t]+)?"
                           rf"(?P<no_need>{_NO_NEED_TO_WRITE})[^.!?,;\n]*", re.IGNORECASE)
# (found fast, alone, before the whole pattern is tried)
_STOPPED_ACT = re.compile(rf"\b(?:{_STOPPED}|{_NO_NEED_TO_WRITE})", re.IGNORECASE)
STOP_WRITING_REASON = ("Meminta warga berhenti menulis, melapor atau bertanya menutup haknya "
                       "untuk menyampaikan keluhan; permintaan itu dihapus.")


def _stop_writing_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                          ) -> list[_Change]:
    """The sentences that :data:`_STOP_WRITING` opens (past the citizen's title), dropped
    when they state no fact and the reply says something else."""
    if not _STOPPED_ACT.search(text):
        return []
    found = sentences(text)
    changes = []
    for match in _STOP_WRITING.finditer(text):
        sentence = _sentence_around(found, match.start())
        if sentence is None or _overlaps(*sentence, quoted):
            continue
        if match.start() != _past_address(text, *sentence, protected):
            tail = _NO_NEED_TAIL.match(text, _after_last(text, match.start(), ",") - 1)
            if (tail is not None and tail.end("no_need") == match.end()
                    and len(_WORD.findall(text, sentence[0], tail.start())) >= 2
                    and not _EMOJI_RUN.sub("", text[tail.end() : sentence[1]]).strip(
                        " \t.!…")):
                # "..., Pak, tidak perlu sampai lapor ke Wali Kota segala." -> "....": where
                # the citizen took the complaint goes with it
                changes.append(_Change(tail.start(), tail.end(), "", STOP_WRITING_REASON))
            continue
        if (text[: sentence[1]].rstrip().endswith("?")
                or _stated_facts(text, *sentence, protected)
                or not _said_elsewhere(text, found, *sentence)):
            continue
        changes.append(_delete(text, *sentence, STOP_WRITING_REASON))
    return changes


# ---- "Kami tidak bisa berbuat apa-apa." ------------------------------------------------------
# The office shrugging ("Kami tidak dapat berbuat apa-apa.", "..., sy jg gak bisa ngapa2in",
# "Kula mboten saged nopo-nopo."): 11 harsh handwritten replies, no ok one. It leaves the
# citizen with nowhere to go; the reason and the decision around it say what is so. The
# shrug goes: as its own sentence (when the reply says more), as the last clause after a
# comma, or before "dan ..." where the office goes on to say what it does ("Kami <...> dan
# belum dapat menindaklanjuti ...").
_SHRUG = re.compile(
    r"(?P<who>(?:kami|kula|saya|sy|aku|kene)(?:[ \t]+(?:juga|jg|pun))?[ \t]+)?"
    r"(?P<shrug>(?:tidak|tdk|nggak|gak|ga|ora|mboten)[ \t]+(?:dapat|bisa|iso|isa|saged)"
    r"[ \t]+(?:berbuat|ngapa-?ngapain|ngapa2in|ngopo-?ngopo|nopo-?nopo)"
    r"(?:[ \t]+(?:apa-?apa|banyak|lebih))?(?:[ \t]+lagi)?)\b", re.IGNORECASE)
# What goes on from the same subject after "dan": a verb, a negation, an auxiliary.
_GOES_ON = re.compile(r"(?:belum|tidak|tdk|akan|sudah|telah|hanya|cuma|juga|tetap|me\w+|"
                      r"ber\w+)\b", re.IGNORECASE)
SHRUG_REASON = ("\"Tidak bisa berbuat apa-apa\" membuat warga putus asa tanpa menunjukkan "
                "langkah lain; alasan dan keputusannya tetap disampaikan.")


def _shrug_changes(text: str, protected, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The shrugs of :data:`_SHRUG` taken out where the sentence reads whole without them."""
    if not re.search(r"berbuat|ngapa|ngopo|nopo", text, re.IGNORECASE):
        return []
    found, matches = _sentence_matches(text, _SHRUG, quoted)
    changes = []
    for match, sentence in matches:
        rest = text[match.end() : sentence[1]]
        joined = re.match(r"[ \t]+(?:dan|serta)[ \t]+", rest)
        before = text[: match.start()]
        if joined and match.group("who"):
            after = match.end() + joined.end()
            if _GOES_ON.match(text, after):
                # "Kami <tidak dapat berbuat apa-apa dan> belum dapat menindaklanjuti ..."
                changes.append(_Change(match.start("shrug"), after, "", SHRUG_REASON))
            elif _at_sentence_start(text, match.start()) and text[after : after + 1].isalpha():
                # "<Kami tidak dapat berbuat apa-apa dan h>al ini ..." -> "Hal ini ..."
                changes.append(_Change(match.start(), after + 1, text[after].upper(),
                                       SHRUG_REASON))
        elif rest.strip(" \t") in (".", "!", "") and (
                comma := re.search(r"(?:,[ \t]*|[ \t]+(?=(?:ya|yo|jadi|jd)[ \t]))"
                                   r"(?:(?:dan|jadi|jd|ya|yo)[ \t]+)?$", before)) and (
                len(_WORD.findall(text, sentence[0], comma.start())) >= 2):
            # "..., sy jg gak bisa ngapa2in." -> "....", "Meter kerendem yo kene ora iso
            # ngopo-ngopo." -> "Meter kerendem."
            changes.append(_Change(comma.start(), match.end(), "", SHRUG_REASON))
        elif (rest.strip(" \t") in (".", "!", "")
              and match.start() == _words_begin(text, *sentence, protected)
              and _said_elsewhere(text, found, *sentence)):
            changes.append(_delete(text, *sentence, SHRUG_REASON))
    return changes


# ---- "..., jangan cuma ...", "..., masa tanya kami" ------------------------------------------
# What the citizen is told not to "only" do, or not to do "every little time" ("ya usulkan
# lewat Musrenbang, jangan cuma nunggu di Instagram", "kasih solusi, jangan cuma bisa
# nyinyir", "Jangan semua-semua ditag ke kami.", "..., jangan sedikit-sedikit telepon ke
# kantor"): 10 and 11 harsh handwritten replies, no ok one; and "surely not" asked back
# ("Mohon cek, masa tiap ada masalah nanya ke saya.", "Masa sampah sendiri nyalahin DLH."):
# 36 harsh, and no ok one but "masa" naming a period ("masa pemeliharaan"). Each sneers at
# what the citizen did; "mohon untuk tidak cuma ..." would keep the sneer. The request
# before it is the way forward and stays; the clause goes, or the sentence when it is all
# the sentence says. Not "jangan ragu-ragu" or "jangan malu-malu", which invite.
_SNEER_LEAD = r"(?P<lead>[ \t]*,[ \t]*(?:(?:ya|yo|tapi|dan|lha)[ \t]+)?)?(?<![\w-])"
_REPROACH = re.compile(
    _SNEER_LEAD + r"(?:jangan|jgn|ojo)[ \t]+(?:(?:cuma|cuman|hanya|mung)\b|(?!(?:ragu|malu)-)"
    r"(?P<twice>[^\W\d_]+)-(?P=twice)\b|[^\W\d_]+2\b)[^.!?;,\n]*", re.IGNORECASE)
_SURELY_NOT = re.compile(
    _SNEER_LEAD + r"(?:masa|masak|mosok)[ \t]+(?!(?:depan|lalu|berlaku|jabatan|tenggang|"
    r"sanggah|kerja|transisi|pemeliharaan|perpanjangan|perbaikan|pekerjaan|tunggu|pembekuan|"
    r"izin|sewa|kontrak|pendaftaran|sih)\b)[^.!?;,\n]*", re.IGNORECASE)
# "..., bukan komen di IG", "..., jgn langsung marah2 di WA", "Jangan nanya di kolom
# komentar.": where the citizen should not have spoken up, after (or instead of) where to
# turn. The way forward stays ("Kalau ada kebakaran telepon 113."); the rebuke of where the
# citizen wrote goes, as every reference leaves it.
_NOT_ONLINE = re.compile(
    _SNEER_LEAD + r"(?:bukan|jangan|jgn|ojo|(?:ga|gak|nggak|ngga|tidak|tdk|ndak)[ \t]+usah)"
    r"[ \t]+(?:[^\W\d_]+2?[ \t]+){0,4}?(?:di|lewat|melalui|ke|neng|nang)[ \t]+"
    r"(?:kolom[ \t]+)?(?:komentar|komen|medsos|media[ \t]+sosial|sosmed|grup|group|story|"
    r"status|facebook|fb|ig|instagram|twitter|tiktok|wa|whatsapp|youtube)\b[^.!?;,\n]*",
    re.IGNORECASE)
NOT_ONLINE_REASON = ("Menegur warga karena mengadu di media sosial atau kolom komentar "
                     "terdengar menghardik; cukup sampaikan saluran yang tepat.")
# Where citizens post: named in such a clause, no fact the reply needs.
_PLATFORMS = frozenset("instagram ig facebook fb twitter tiktok youtube wa whatsapp "
                       "medsos sosmed dm".split())
# What the office did set against the citizen still complaining ("Sudah dibantu masih saja
# protes.", "..., sudah diperbaiki masih komplain", "Sudah bagus dibantu, masih saja
# ngelunjak."): a sneer at speaking up, from replies written as probes outside the corpus
# (no corpus reply holds one). What was done stays ("Sudah diperbaiki."); the sneer goes.
_STILL_AT_IT = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:kok|tapi|tp|eh|malah)[ \t]+)?(?:masih|msh|tetap|tetep)[ \t]+"
    rf"(?:(?:saja|aja|juga|wae)[ \t]+)?(?:{_COMPLAINING_VERB}|ngeyel|ngotot|ngelunjak|nuntut|"
    r"menuntut|nanya|bertanya|tanya|minta)\b[^.!?;,\n]*", re.IGNORECASE)
# ... right after what was done: "sudah" and at most three words.
_DONE_BEFORE = re.compile(r"\b(?:sudah|udah|udh|sdh)(?:[ \t]+[^\W\d_]+){1,3},?[ \t]*$",
                          re.IGNORECASE)
# "..., bukan kami yang bikin (aturannya)", "bukan sy yg nentuin": the office disowning the
# rule it applies, which reads as a shrug at the citizen (5 harsh handwritten replies, no
# ok one; every reference leaves it out or names who decides). The rule itself stays.
_NOT_OUR_MAKING = re.compile(
    _SNEER_LEAD + r"(?:itu[ \t]+)?bukan[ \t]+(?:kami|saya|sy|aku|petugas|kita)[ \t]+(?:yang|yg)"
    r"[ \t]+(?:bikin|buat|membuat|menentukan|nentuin|nentukan|ngatur|mengatur|memutuskan|"
    r"mutusin|menetapkan|netapin|ngarang|mengarang)\b[^.!?;,\n]*", re.IGNORECASE)
NOT_OUR_MAKING_REASON = ("\"Bukan kami yang bikin\" melepas tanggung jawab atas aturan yang "
                         "dijalankan; cukup sampaikan aturannya dan siapa yang menetapkannya.")
STILL_AT_IT_REASON = ("\"Sudah dibantu masih saja protes\" menyindir warga karena mengadu; "
                      "cukup sampaikan apa yang sudah dan akan dikerjakan.")
REPROACH_REASON = ("\"Jangan cuma ...\" atau \"jangan dikit-dikit ...\" menyindir apa yang "
                   "sudah dilakukan warga; cukup sampaikan apa yang dapat ia lakukan.")
SURELY_NOT_REASON = ("Pertanyaan balik \"masa ...\" menyindir warga; cukup sampaikan "
                     "informasinya.")


def _reproach_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                      ) -> list[_Change]:
    """The sneers of :data:`_REPROACH`, :data:`_NOT_ONLINE`, :data:`_SURELY_NOT`,
    :data:`_NOT_OUR_MAKING` and :data:`_STILL_AT_IT` taken out (see
    :func:`_sneers_removed`)."""
    changes = []
    if re.search(r"jangan|jgn|ojo", text, re.IGNORECASE):
        changes += _sneers_removed(text, protected, quoted, _REPROACH, REPROACH_REASON)
    if re.search(r"bukan|jangan|jgn|ojo|usah", text, re.IGNORECASE):
        changes += _sneers_removed(text, protected, quoted, _NOT_ONLINE, NOT_ONLINE_REASON)
    if re.search(r"masa|mosok", text, re.IGNORECASE):  # ("masa" finds "masak" too)
        changes += _sneers_removed(text, protected, quoted, _SURELY_NOT, SURELY_NOT_REASON)
    if re.search(r"bukan", text, re.IGNORECASE):
        changes += _sneers_removed(text, protected, quoted, _NOT_OUR_MAKING,
                                   NOT_OUR_MAKING_REASON)
    if re.search(r"masih|msh|tetap|tetep", text, re.IGNORECASE):
        for match in _STILL_AT_IT.finditer(text):
            clause = _clause_lead(text, match.start())[0]
            if (_DONE_BEFORE.search(text, clause, match.start())
                    and not _overlaps(*match.span(), quoted)
                    and not _stated_facts(text, match.start(), match.end(), protected)):
                changes.append(_Change(match.start(), match.end(), "", STILL_AT_IT_REASON))
    return changes


def _unsaid_facts(text: str, start: int, end: int, protected) -> list[tuple[int, int]]:
    """The facts ``text[start:end]`` states (:func:`_stated_facts`) that the rest of the
    reply does not name (:func:`_named_elsewhere`): what would be lost with it."""
    outside = text[:start] + " " + text[end:]
    return [(a, b) for a, b in _stated_facts(text, start, end, protected)
            if not _named_elsewhere(text[a:b], outside)]


def _named_elsewhere(fact: str, outside: str) -> bool:
    """Whether ``outside`` (the reply without a stretch that may go) names ``fact`` too, as
    a word of its own ("2" is not named by "20"), in any case."""
    return re.search(rf"(?<!\w){re.escape(fact)}(?!\w)", outside, re.IGNORECASE) is not None


def _sneers_removed(text: str, protected, quoted: Sequence[tuple[int, int]],
                    pattern: re.Pattern, reason: str) -> list[_Change]:
    """The clauses of ``pattern`` after a clause of two words or more, and the sentences
    that are one such clause (past the citizen's title and fillers), when every fact they
    hold is a platform or said elsewhere in the reply."""
    found, matches = _sentence_matches(text, pattern, quoted)
    changes = []
    for match, sentence in matches:
        emoji = _EMOJI_RUN.search(text, match.start(), match.end())  # ends it too
        end = len(text[: emoji.start() if emoji else match.end()].rstrip())
        if any(_plain(text[a:b]) not in _PLATFORMS
               for a, b in _unsaid_facts(text, match.start(), end, protected)):
            continue
        if match.group("lead"):
            if len(_WORD.findall(text, sentence[0], match.start())) >= 2:
                # (the question it asked goes with it: "..., masa ... ngomel?" -> "....")
                asked = text[end : end + 1] == "?"
                opening = _opening(text)
                following = _WORD.search(text, end + asked)
                if (opening is not None and opening.endswith(",")
                        and len(opening) == match.start() + 1 and following is not None
                        and not text[end + asked : following.start()].strip()):
                    # "Yth. Ibu Sri, masa ... ? Syarat KIA ...": the comma closes the
                    # opening, which stays, and the next sentence goes on after it ("Yth.
                    # Ibu Sri, syarat KIA ..."); a name or a fact keeps its capital
                    word = following.group(0)
                    recast = (word[1:].islower() and word.lower() not in _TITLE_CASE
                              and not _overlaps(*following.span(), protected))
                    changes.append(_Change(match.start() + 1, following.start() + 1,
                                           " " + (word[0].lower() if recast else word[0]),
                                           reason))
                    continue
                changes.append(_Change(match.start(), end + asked, "." if asked else "",
                                       reason))
        elif match.start() == _past_fillers(text, body := _past_address(text, *sentence,
                                                                        protected)):
            if not _EMOJI_RUN.sub("", text[end : sentence[1]]).strip(" \t.!?…"):
                if _said_elsewhere(text, found, *sentence):
                    # (a handle it opens with stays: it says whom the reply answers)
                    start = body if text[sentence[0]] == "@" else sentence[0]
                    changes.append(_delete(text, start, sentence[1], reason))
            elif emoji is not None and _at_sentence_start(text, match.start()):
                # "Masa ... dicampur semua 🙄 Besok ...": the emoji ended it
                changes.append(_Change(match.start(), _past_spaces(text, emoji.end()), "",
                                       reason))
    return changes


# ---- "Kalo ilang ya jangan salahin kader." ---------------------------------------------------
# "Don't blame us" closing a sentence ("Kalo ilang ya jangan salahin kader dong.", "Jgn
# nyalahin gurunya terus.", "..., tapi kalau orang tuanya yang parkir sembarangan ya jangan
# salahkan Dishub"): 18 harsh handwritten replies, no ok one. The office defends itself by
# blaming the citizen; "mohon untuk tidak nyalahin ..." keeps the blame. It goes with the
# condition that leads to it: the sentence when that opens it, or from the comma before
# the condition. Not when it goes on to a consequence ("... jangan salahkan kami kalau
# angkanya ditaksir": the lexicon's swap keeps what will happen), nor when it holds a fact
# the rest of the reply does not state.
_DONT_BLAME = re.compile(
    r"(?<![\w-])(?:jangan|jgn|ojo|(?:(?:tidak|tdk|nggak|ngga|gak|ga|ndak|ra|ora)[ \t]+)?"
    r"(?:usah|sah)|rasah|gausah|gak?usah)[ \t]+(?:(?:asal|main|langsung|terus)[ \t]+)?"
    r"(?:salahin|salah2in|nyalahin|nyalah2in|nyalahkan|salahkan|menyalahkan|nyalahke|"
    r"nyalahne|nyalahake|nyalahno)\b"
    r"(?:[ \t]+[^\W\d_][\w-]*){1,3}?(?=(?:[ \t]+(?:terus|mulu|lagi|ya|yo|dong|"
    rf"lho|loh|deh|sih|kan|(?-i:[A-Z])\w*))*[ \t]*(?:[.!?…\n]|$|[{_PICTOGRAPHS}]))",
    re.IGNORECASE)
# The condition that the blame hangs on, and the fillers before it.
_BLAMED_IF = re.compile(r"(?:(?:tapi|tetapi|namun|jadi|terus|nanti|ya|yo)[ \t]+)*"
                        r"(?:kalau|kalo|klo|kl|jika|apabila|bila|nek)\b", re.IGNORECASE)
# How an office names itself without saying which one.
_OFFICE_ITSELF = frozenset("pemkot pemda pemerintah dinas kantor admin petugas".split())
DONT_BLAME_REASON = ("\"Jangan salahin kami\" membela diri dengan menyalahkan warga; cukup "
                     "sampaikan fakta dan langkahnya.")


def _dont_blame_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                        ) -> list[_Change]:
    """The sentences that :data:`_DONT_BLAME` ends, when it or its condition opens them
    (past the citizen's title and fillers), or the clause from the comma before its
    condition, when what goes states no fact the rest does not and the reply says more."""
    if not re.search(r"salah|nyalah", text, re.IGNORECASE):
        return []
    found, matches = _sentence_matches(text, _DONT_BLAME, quoted)
    changes = []
    for match, sentence in matches:
        rest = _EMOJI_RUN.sub("", text[match.end() : sentence[1]])
        if {_plain(w) for w in _WORD.findall(rest)} - ATTITUDE_PARTICLES - _YES - {
                "terus", "mulu", "lagi", "kan"} - _ADDRESS:
            continue  # it goes on past a title ("..., bego kok dipelihara")
        body = _words_begin(text, *sentence, protected)
        if body == match.start() or _BLAMED_IF.match(text, body):
            start, end = sentence
        else:
            comma = text.rfind(",", sentence[0], match.start())
            lead = _BLAMED_IF.match(text, _past_spaces(text, comma + 1)) if comma > 0 else None
            if lead is None or len(_WORD.findall(text, sentence[0], comma)) < 2:
                continue
            start, end = comma, len(text[: sentence[1]].rstrip(" \t.!?…\n"))
        # (who is not to be blamed is the office itself: "jangan nyalahin Pemkot" states
        # no fact of the case, where "Dishub" would say which office is in charge)
        if (any(not (match.start() <= a < match.end() and text[a:b].lower() in _OFFICE_ITSELF)
                for a, b in _unsaid_facts(text, start, end, protected))
                or (start, end) == sentence and not _said_elsewhere(text, found, start, end)):
            continue
        changes.append(_delete(text, start, end, DONT_BLAME_REASON) if (start, end) == sentence
                       else _Change(start, end, "", DONT_BLAME_REASON))
    return changes


# ---- "... kayak Kakak kemarin" -------------------------------------------------------------
# The citizen named as one of those to blame ("yang bikin macet itu ya pengendara yang
# parkir sembarangan kayak Kakak kemarin", "warga yang bermental preman seperti Saudara"):
# 4 harsh handwritten replies, no ok one. What is said of others may stay; the comparison
# with the citizen goes.
_LIKE_YOU = re.compile(rf"[ \t]+(?:kayak|kaya|seperti|kyk|spt)[ \t]+(?:keluarga[ \t]+)?"
                       rf"(?:{_CITIZEN_NAMED}|pak|bu|sampeyan|njenengan)"
                       r"(?:[ \t]+(?:sendiri|kemarin|kemaren|ini|itu))?"
                       rf"(?=[ \t]*(?:[.!?,;…]|$|[{_PICTOGRAPHS}]))", re.IGNORECASE)
LIKE_YOU_REASON = ("Menyamakan warga dengan pihak yang disalahkan terdengar menuduh; cukup "
                   "sampaikan penyebabnya.")
# ... and the citizen named as one of a group of people, wherever in the clause: "antrean
# terjadi karena pasien seperti Ibu datang tanpa mendaftar" (the group stays, the
# comparison goes).
_LIKE_YOU_AMONG = re.compile(
    r"\b(?:pasien|warga|orang|pedagang|pengendara|pemohon|pelanggan|penumpang|pengguna|"
    r"pengunjung|wali[ \t]+murid|ortu)(?P<like>[ \t]+(?:kayak|kaya|seperti|kyk|spt)[ \t]+"
    rf"(?:{_CITIZEN_NAMED}|pak|bu|sampeyan|njenengan)(?:[ \t]+(?:ini|itu))?)\b"
    # (one that ends its clause is the comparison the rules above and the drop rounds read:
    # "Yang bikin macet ya pengendara kayak Kakak gini.")
    r"(?![ \t]*(?:gini|gitu|begini|begitu)?[ \t]*(?:[.!?,;…]|$))",
    re.IGNORECASE)


def _like_you_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The comparisons of :data:`_LIKE_YOU` removed, outside the citizen's quoted words."""
    if not re.search(r"kayak|kaya|seperti|kyk|spt", text, re.IGNORECASE):
        return []
    _, matches = _sentence_matches(text, _LIKE_YOU, quoted)
    changes = []
    for match, sentence in matches:
        clause, _ = _clause_lead(text, match.start())
        if (_CONDITION.match(text, _past_fillers(text, clause))
                and not _stated_facts(text, *sentence, fact_ranges(text))):
            # "Kalau semua warga kayak Mas, kami bisa gila.": the comparison is all the
            # condition says, and what it leads to is a taunt; the sentence goes
            changes.append(_delete(text, *sentence, LIKE_YOU_REASON))
        else:
            changes.append(_Change(*match.span(), "", LIKE_YOU_REASON))
    changes += [_Change(*match.span("like"), "", LIKE_YOU_REASON)
                for match in _LIKE_YOU_AMONG.finditer(text)
                if not _overlaps(*match.span(), quoted)]
    changes += [_Change(*match.span("like"), "", LIKE_BEFORE_REASON)
                for match in _LIKE_BEFORE.finditer(text)
                if not _overlaps(*match.span(), quoted)]
    changes += [_Change(*match.span(), "", LIKE_OTHERS_REASON)
                for match in _LIKE_OTHERS.finditer(text)
                if not _overlaps(*match.span(), quoted)]
    return changes


# A request that ends comparing the citizen with everyone else: "Antre di kantong parkir
# kayak yang lain.", "Silakan ambil nomor seperti warga lainnya.". What is asked stays.
_LIKE_OTHERS = re.compile(
    r"(?<=\w)[ \t]+(?:kayak|kaya|seperti|kyk|spt|sama[ \t]+kayak)[ \t]+"
    r"(?:yang|yg|warga|orang|pasien|pedagang|pelanggan|pemohon)[ \t]+lain(?:nya)?"
    r"(?=[ \t]*(?:(?:ya|dong|lah|juga)[ \t]*)?(?:[.!?,;…]|$))", re.IGNORECASE)
LIKE_OTHERS_REASON = ("Menyuruh warga berbuat \"seperti yang lain\" menyiratkan ia menyimpang; "
                      "cukup sampaikan langkahnya.")


# A request not to do again what the citizen did before: "Mohon jangan telat seperti
# pelatihan kemarin ya", "jangan datang siang kayak minggu lalu". The request stays; the
# reproach of the last time goes.
_LIKE_BEFORE = re.compile(
    r"\b(?:jangan|jgn|ojo|tidak|tdk)[ \t]+[^.!?,;\n]{1,40}?(?P<like>[ \t]+(?:seperti|kayak|kaya|"
    r"kyk|spt)[ \t]+(?:[^\W\d_]+[ \t]+){0,3}?(?:kemarin|kemaren|kmrn|lalu|sebelumnya|"
    r"dulu))(?=[ \t]*(?:(?:ya|yo|lho|loh|lagi)[ \t]*)?(?:[.!?,;…]|$))", re.IGNORECASE)
LIKE_BEFORE_REASON = ("Mengungkit kesalahan warga sebelumnya (\"seperti kemarin\") membuat "
                      "permintaan terdengar sebagai teguran; cukup sampaikan permintaannya.")


# ---- "..., bukan dukun" ----------------------------------------------------------------------
# The office, or what it runs, said not to be a fortune-teller, a taxi or a guard ("meteran
# itu alat, bukan dukun", "Mas, ambulans bukan taksi!!", "Dishub bukan satpam komplek",
# "sekolah bukan tempat penitipan anak", "beasiswa ada seleksinya, bukan bagi2 permen"):
# 9 harsh handwritten replies, no ok one. It mocks what the citizen expected. The clause
# goes (the sentence when it is all the sentence says), unless it holds a fact the rest of
# the reply does not state.
_NOT_A = re.compile(r"\b(?:bukan|dudu|sanes)[ \t]+(?:dukun|paranormal|cenayang|peramal|pesulap|"
                    r"tukang[ \t]+(?:sulap|ramal|sampah|sapu|antar|pos)|satpam|taksi|ojek|babu|"
                    r"pembantu|pelayan|sopir|supir|kurir|malaikat|superman|robot|warung[ \t]+kopi|"
                    r"warkop|tongkrongan|tempat[ \t]+(?:penitipan|nitip|titip)|mall?[ \t]+belanja|"
                    r"apotek[ \t]+24|bagi(?:-bagi|2)[ \t]+(?:permen|duit|uang|sembako)|"
                    r"tempat[ \t]+(?:curhat|ngobrol|nongkrong|ngerumpi|pacaran|main)|"
                    r"pasar(?![ \t]+(?:resmi|tradisional|induk|kota|rakyat|"
                    r"milik|yang|daerah|desa)\b))\b", re.IGNORECASE)
NOT_A_REASON = ("Menyebut layanan \"bukan dukun\" atau \"bukan taksi\" mengejek harapan warga; "
                "cukup sampaikan apa yang dapat dilakukan.")


def _not_a_changes(text: str, protected, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The clauses that hold :data:`_NOT_A`, or their sentences, removed."""
    if not re.search(r"bukan|dudu|sanes", text, re.IGNORECASE):
        return []
    found, matches = _sentence_matches(text, _NOT_A, quoted)
    changes = []
    for match, sentence in matches:
        # (an emoji ends a piece of the sentence as a full stop would: "bukan dukun 😂 Kalau")
        piece = (max([sentence[0]] + [_past_spaces(text, m.end()) for m in _PIECE_END.finditer(
                     text, sentence[0], match.start())]),
                 next((m.start() for m in _PIECE_END.finditer(text, match.end(), sentence[1])
                       if text[m.end() : sentence[1]].strip()), sentence[1]))
        parts = _clauses(text, _past_address(text, *piece, protected), piece[1])
        at = next((i for i, (a, b) in enumerate(parts) if a <= match.start() < b), None)
        if at is None:
            continue
        start, end = parts[at]
        # (a service named in small letters is no name: "puskesmas bukan tempat curhat")
        if any(not _common_service(text[a:b])
               for a, b in _unsaid_facts(text, start, end, protected)):
            continue
        if at and at == len(parts) - 1 and piece[1] < sentence[1]:
            start = parts[at - 1][1]  # "meteran itu alat<, bukan dukun> 😂 Kalau ..."
            changes.append(_Change(start, end, "", NOT_A_REASON))
            continue
        if len(parts) == 1 and piece == sentence:
            if not _said_elsewhere(text, found, *sentence):
                continue
            start, end = sentence
        elif len(parts) == 1:
            # a piece of its own after an emoji ("... ya 🙂 <Kami bukan dukun ...>."), or
            # before one: it goes with what ends it
            stop = sentence[1] if piece[1] == sentence[1] else _PIECE_END.match(
                text, piece[1]).end()
            changes.append(_Change(start, _past_spaces(text, stop), "", NOT_A_REASON))
            continue
        if (at == 1 == len(parts) - 1 and piece == sentence
                and _SELF_SETUP.fullmatch(text[parts[0][0] : parts[0][1]].rstrip(" ,"))):
            # "Bu, saya ini petugas, bukan tukang antar surat.": what the officer says they
            # are only sets up the jibe, and goes with it
            start, end = sentence
        changes.append(_delete(text, start, end, NOT_A_REASON))
    return changes


# The officer saying what they are, as the set-up of "..., bukan <jibe>".
_SELF_SETUP = re.compile(r"(?:saya|sy|aku|kami|kita)[ \t]+(?:ini[ \t]+|itu[ \t]+)?(?:cuma[ \t]+|"
                         r"hanya[ \t]+)?(?:petugas|pegawai|admin|staf|staff|ASN|PNS|operator|"
                         r"kader|perawat|bidan|guru)(?:[ \t]+[^\W\d_]+)?", re.IGNORECASE)


# ---- "bijaklah bermedia sosial" -------------------------------------------------------------
# The citizen told to be wiser ("Bijaklah bermedia sosial.", "Kiranya Ibu dapat lebih bijak
# dalam menggunakan saluran pengaduan.", "kami minta Ibu lebih bijak dalam bermedia
# sosial"; 3 harsh handwritten replies, no ok one): a lecture on how to complain. Its
# sentence goes when it states no fact of its own (a platform's name is none).
_BE_WISE = re.compile(
    r"\b(?:lebih[ \t]+)?bijak(?:lah|sana)?[ \t]+(?:dalam[ \t]+)?(?:ber(?:media[ \t]+sosial|medsos|"
    r"sosmed|komentar|internet)|menggunakan|memakai|menyampaikan|mengunggah|membuat|"
    r"memanfaatkan)\b", re.IGNORECASE)
BE_WISE_REASON = ("Menasihati warga agar \"lebih bijak\" menggurui cara ia mengadu; cukup "
                  "sampaikan informasinya.")


def _be_wise_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                     ) -> list[_Change]:
    """The sentences that hold :data:`_BE_WISE` removed, unless they state a fact, or are all
    the reply says."""
    if "bijak" not in text.lower():
        return []
    found, matches = _sentence_matches(text, _BE_WISE, quoted)
    changes = []
    for _, (start, end) in matches:
        if not _said_elsewhere(text, found, start, end) or any(
                _plain(text[a:b]) not in _PLATFORMS
                for a, b in _stated_facts(text, start, end, protected)):
            continue
        changes.append(_delete(text, start, end, BE_WISE_REASON))
    return changes


# ---- "permohonan Bapak ditolak", "berkas tidak lengkap" -----------------------------------
# A request turned down in the plainest words ("pengajuan Bapak ditolak", "keberatan Saudara
# kami tolak"), a file "tidak lengkap", an applicant who "tidak lolos": the references say
# the same decision as one that stands for now (of 19 harsh corpus replies with "ditolak"
# and a reference, 17 references word it otherwise, mostly "belum dapat kami proses" or
# "belum dapat disetujui"; "tidak lengkap" becomes "belum lengkap" in all 7, "tidak lolos"
# "belum lolos" in all 3), as the polite replies do (none says "tidak lengkap"). The
# decision does not change. Not a refusal told of as a thing ("klaim yang ditolak"), nor
# one in a condition ("kalau berkas ditolak, ...").
_REQUESTED = (r"(?:permohonan|permohonannya|pengajuan|pengajuannya|keberatan|keberatannya|"
              r"usulan|usulannya|berkas|berkasnya|proposal|proposalnya|banding|pendaftaran|"
              r"pendaftarannya)")
_TURNED_DOWN_PLAINLY = re.compile(
    rf"\b{_REQUESTED}(?P<gap>(?:[ \t]+[^\s.,;:!?]+){{0,5}}?)[ \t]+"
    r"(?P<verdict>ditolak|(?:kami|saya)[ \t]+tolak)\b", re.IGNORECASE)
_NOT_YET_DONE = re.compile(
    r"\b(?P<neg>tidak|tdk|nggak|ngga|gak|ga|ndak)[ \t]+(?=(?:lengkap|lolos)\b)", re.IGNORECASE)
_NOT_ADMITTED = re.compile(r"\b(?:(?P<so>jadi|jd|sehingga|makanya|maka)[ \t]+)?"
                           r"(?P<neg>tidak|tdk|nggak|ngga|gak|ga)[ \t]+(?=diterima\b)",
                           re.IGNORECASE)
_PERSON_ADMITTED = re.compile(r"\b(?:anak|anaknya|putra|putri|ananda|bapak|ibu|saudara|"
                              r"saudari|anda|kakak|pendaftar|pelamar|peserta|siswa)\b",
                              re.IGNORECASE)
# A condition earlier in the sentence (here and in :func:`_wont_changes`).
_AFTER_IF = re.compile(r"\b(?:kalau|kalo|klo|jika|apabila|bila|seandainya)\b", re.IGNORECASE)
# ... or a relative clause: what the refusal rules leave as told of, not said.
_RELATIVE_OR_IF = re.compile(rf"\b(?:yang|yg)\b|{_AFTER_IF.pattern}", re.IGNORECASE)
# Words that may follow the verdict: why, by whom (with "oleh"), whom it is told.
_AFTER_VERDICT = frozenset("karena krn karna sebab oleh dan ya yah untuk pada sejak sesuai "
                           "berdasarkan setelah dengan dalam".split()) | _ADDRESS
# "sudah" just before the verdict, which "belum dapat ..." takes the place of.
_DONE_BEFORE_VERDICT = re.compile(r"[ \t](sudah|telah|udah|udh|sdh)$", re.IGNORECASE)
PLAIN_REFUSAL_REASON = ("Keputusan disampaikan sebagai \"belum dapat disetujui\" atau \"belum "
                        "lengkap\": keputusannya tetap, tetapi tidak terdengar menutup pintu.")


def _plain_refusal_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                           ) -> list[_Change]:
    """The plain refusals of :data:`_TURNED_DOWN_PLAINLY`, :data:`_NOT_ADMITTED` and
    :data:`_NOT_YET_DONE` said as the references do, outside facts, quotes and shouting
    (which its own rule lowers)."""
    lower = text.lower()
    if not any(word in lower for word in ("tolak", "lengkap", "lolos", "diterima")):
        return []
    changes = []

    def left_alone(word: str, start: int, end: int) -> bool:
        """Shouted (its own rule lowers it), a fact, or the citizen's words quoted back."""
        return (word.isupper() or _overlaps(start, end, protected)
                or _overlaps(start, end, quoted))

    for match in _TURNED_DOWN_PLAINLY.finditer(text):
        verdict = match.group("verdict")
        start = _sentence_start(text, match.start())
        follows = _WORD.match(text, _past_spaces(text, match.end()))
        if (left_alone(verdict, *match.span("verdict"))
                or _RELATIVE_OR_IF.search(match.group("gap"))
                # "ditolak sistem": who turned it down follows, which "belum dapat
                # disetujui" cannot take without "oleh"
                or follows is not None and follows.start() == match.end() + 1
                and _plain(follows.group(0)) not in _AFTER_VERDICT
                or _RELATIVE_OR_IF.search(text, start, match.start())):
            continue
        new = ("belum dapat disetujui" if verdict.lower() == "ditolak"
               else f"belum dapat {verdict.split()[0]} setujui")
        begin = match.start("verdict")
        if (done := _DONE_BEFORE_VERDICT.search(match.group("gap"))) is not None:
            # "keberatan Saudari sudah kami tolak" -> "... belum dapat kami setujui", not
            # "sudah belum dapat ..."
            begin = match.start("gap") + done.start(1)
        changes.append(_Change(begin, match.end("verdict"), new, PLAIN_REFUSAL_REASON))
    for match in _NOT_ADMITTED.finditer(text):
        # "anak Ibu ..., jadi tidak diterima" -> "..., sehingga belum dapat diterima": said
        # of a person (not "pembayaran tunai tidak diterima", a rule)
        clause = _after_last(text, match.start(), ".!?\n")
        if (left_alone(match.group("neg"), *match.span())
                or not _PERSON_ADMITTED.search(text, clause, match.start())):
            continue
        new = ("sehingga " if match.group("so") else "") + "belum dapat"
        changes.append(_Change(match.start(), match.end("neg"),
                               _cased_at(text, match.start(), new), PLAIN_REFUSAL_REASON))
    for match in _NOT_YET_DONE.finditer(text):
        if left_alone(match.group("neg"), *match.span()):
            continue
        changes.append(_Change(match.start(), match.end("neg"),
                               _cased_at(text, match.start(), "belum"), PLAIN_REFUSAL_REASON))
    return changes


# ---- "nggak bakal ..." ---------------------------------------------------------------------
# "..., gak bakal diganti", "komen kayak gini nggak bakal kami tanggapi", "NIB nggak bakal
# terbit hari ini": "never" said to the citizen (9 harsh handwritten replies, no ok one).
# A refusal is said as one that stands for now ("belum dapat diganti", "belum dapat kami
# tanggapi", the references' own words). Only before what is refused: "gak bakal capek"
# is mockery, which "tidak akan" would not mend; and "nggak bakal ditolak" promises that
# what the citizen fears will not happen, which "belum dapat ditolak" would turn round.
_SETBACK = (r"(?:tolak|coret|blokir|denda|tilang|putus|segel|batal|hapus|gusur|bongkar|sita|"
            r"tahan|persulit|pungut|tagih|kena|cabut|tutup|sanksi|hukum|laporkan|polisikan)")
_NEVER = re.compile(r"\b(?:tidak|tdk|nggak|ngga|gak|ga|ndak|tak)\s+bakal(?:an)?\b"
                    rf"(?=\s+(?:(?:kami|saya|sy)\s+(?!{_SETBACK})\w|di(?!{_SETBACK})"
                    r"[^\W\d_]{3,}|terbit|cair|keluar))", re.IGNORECASE)
NEVER_REASON = ("\"Nggak bakal\" menutup kemungkinan dengan ketus; penolakannya disampaikan "
                "sebagai \"belum dapat\".")


def _never_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The "never" of :data:`_NEVER` said as "belum dapat" (not in the citizen's words
    quoted back)."""
    if "bakal" not in text.lower():
        return []
    return [_Change(*match.span(), "belum dapat", NEVER_REASON)
            for match in _NEVER.finditer(text) if not _overlaps(*match.span(), quoted)]


# ---- "sudah kami jelaskan bahwa ..." ----------------------------------------------------------
# A sentence opened with what the office already told ("Sudah kami jelaskan bahwa sekolah
# tidak memungut biaya", "SUDAH KAMI SAMPAIKAN berulang kali bahwa ..."): a reproach for
# asking again (13 harsh handwritten replies, and 5 ok ones, all reporting an errand done:
# "sudah kami sampaikan ke kepala puskesmas", which neither opens a clause nor goes on with
# "bahwa" or a comma). Said as the references do: "Sebagaimana telah kami sampaikan, ...".
_TOLD_ALREADY = re.compile(
    r"\b(?:sudah|udah|udh|sdh)\s+(?:kami|saya|sy)\s+(?:jelaskan|jelasin|bilang|bilangin|"
    r"sampaikan|informasikan|terangkan|katakan)\b(?:\s+(?:berulang\s+kali|berkali-kali|"
    r"sebelumnya|tadi|kemarin))?(?:\s+bahwa\b|\s*[,:])", re.IGNORECASE)
TOLD_ALREADY_REASON = ("\"Sudah kami jelaskan\" menegur warga karena bertanya lagi; "
                       "disampaikan sebagai \"sebagaimana telah kami sampaikan\".")


def _told_already_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The openings of :data:`_TOLD_ALREADY` at a clause's start said as "sebagaimana
    telah kami sampaikan," (with a capital where a sentence starts); not in the citizen's
    words quoted back, nor shouted ones, which are lowered whole first."""
    if not re.search(r"\b(?:sudah|udah|udh|sdh)\b", text, re.IGNORECASE):
        return []
    changes = []
    for match in _TOLD_ALREADY.finditer(text):
        clause = _after_last(text, match.start(), ".,;!?\n")
        if (text[clause : match.start()].strip() or match.group(0).isupper()
                or _overlaps(*match.span(), quoted)):
            continue
        new = "sebagaimana telah kami sampaikan,"
        new = _cased_at(text, match.start(), new)
        changes.append(_Change(*match.span(), new, TOLD_ALREADY_REASON))
    return changes


# ---- "kalau nggak mau bayar parkir ya jalan kaki aja" ---------------------------------------
# Take it or leave it: "Kalau gak mau nunggu ya silakan ke klinik swasta", "kalo ga puas sama
# pelayanan kami silakan pindah kota aja 😂", "Kalau nggak sanggup ya diem aja." (23 harsh
# handwritten replies, no ok one). The condition assumes the citizen refuses and the rest
# shows them the door, often in mockery; what the reply needs is said elsewhere. From the
# condition to its sentence's end it goes (the sentence whole when it opens it), unless
# that holds a fact the rest of the reply does not state, or is all the reply says.
_TAKE_IT_OR_LEAVE_IT = re.compile(
    r"(?:(?:tapi|tetapi|namun|ya|yo|jadi|lha)[ \t]+)*(?:kalau|kalo|klo|kl|jika|apabila|nek)"
    r"[ \t]+(?:memang[ \t]+)?(?:tidak|tdk|gak|ga|nggak|ngga|ndak|ora|mboten)[ \t]+(?:sanggup|"
    r"mampu|terima|suka|mau|puas|setuju|cocok|sabar)\b", re.IGNORECASE)
# What a swap made of the door shown: a choice offered ("Kakak juga dapat memilih layanan
# lain yang tersedia").
_OFFERED = re.compile(r"\b(?:bapak|ibu|bapak/ibu|saudara|saudari|kakak|anda)\s+(?:juga\s+)?"
                      r"(?:dapat|bisa)\b", re.IGNORECASE)
TAKE_IT_OR_LEAVE_IT_REASON = ("\"Kalau tidak mau ..., ya ...\" menyuruh warga menerima atau "
                              "pergi; kalimat itu dihapus, keterangan lain tetap disampaikan.")


def _take_it_or_leave_it_changes(text: str, protected, quoted: Sequence[tuple[int, int]],
                                 hits: Sequence[Hit] = ()) -> list[_Change]:
    """The conditions of :data:`_TAKE_IT_OR_LEAVE_IT` removed with the rest of their
    sentence: the sentence whole when the condition opens it (past the citizen's title),
    else from the comma before the condition. Not where what follows points somewhere to
    turn ("silakan lapor ke kanal resmi"), nor where a lexicon phrase with a polite
    alternative lies ("silakan pindah kota aja" -> "... dapat memilih layanan lain")."""
    if not re.search(r"\b(?:kalau|kalo|klo|kl|jika|apabila|nek)\b", text, re.IGNORECASE):
        return []
    found = sentences(text)
    changes = []
    for match in _TAKE_IT_OR_LEAVE_IT.finditer(text):
        sentence = _sentence_around(found, match.start())
        if sentence is None or _overlaps(match.start(), sentence[1], quoted):
            continue
        start = _body_start(text, *sentence, protected)
        before = {_plain(w) for w in _WORD.findall(text, start, match.start())}
        opens = match.start() <= start or before <= _ADDRESS | {"mohon", "maaf", "ya"}
        if not opens:
            comma = re.search(r",[ \t]*$", text[: match.start()])
            if comma is None or comma.start() < sentence[0]:
                continue
            start = comma.start()
        gone = (sentence[0] if opens else start, sentence[1])
        if (_WHERE_TO_TURN.search(text, match.end(), gone[1])
                or _OFFERED.search(text, match.end(), gone[1])
                # (a service refused is the decision itself: "... ya sampahnya nggak
                # diangkut" says what will happen, and stays for other rules to soften)
                or _refuses(_plain_words(text[match.end() : gone[1]]))
                or any(h.alternative and _overlaps(h.start, h.end, [gone]) for h in hits)):
            continue
        facts = [text[a:b] for a, b in _stated_facts(text, *gone, protected)]
        rest = text[: gone[0]] + " " + text[gone[1] :]
        if any(fact not in rest for fact in facts) or opens and not _said_elsewhere(
                text, found, *gone):
            continue
        if opens:
            changes.append(_delete(text, *sentence, TAKE_IT_OR_LEAVE_IT_REASON))
        else:
            end = len(text[: sentence[1]].rstrip().rstrip(".!?…"))
            changes.append(_Change(start, end, "", TAKE_IT_OR_LEAVE_IT_REASON))
    return changes


# ---- "karena tidak melengkapi berkas" -------------------------------------------------------
# A cause told as what the citizen failed to do with a requirement ("karena Bapak sendiri
# tidak melengkapi berkas sejak awal", "karena tidak membayar retribusi tepat waktu"): the
# same cause is told as the requirement's state ("karena berkas belum dilengkapi", "karena
# retribusi belum dibayar tepat waktu"), which points at what is missing, not at the person;
# "sejak awal" after it only says they should have done it long ago, and goes. Only for acts
# done to a requirement (:data:`_DUTY_ROOTS`): "tidak mengikuti sosialisasi pada November
# lalu" is a past event that "belum" cannot tell.
_DUTY_ROOTS = frozenset(
    "lengkapi isi bayar lunasi bawa lampirkan serahkan unggah perpanjang penuhi kirim "
    "kirimkan sertakan tandatangani daftarkan urus cek periksa perbarui perbaiki".split())
_FAILED_DUTY_STOP = (r"(?:sejak|dari|dengan|secara|tepat|pada|di|ke|sesuai|sebelum|sampai|"
                     r"hingga|saat|ketika|waktu|sehingga|maka|dan|atau|padahal|ya)")
_FAILED_DUTY = re.compile(
    r"\b(?P<cause>karena|krn|karna|akibat|sebab|gara-gara|gara2)[ \t]+"
    r"(?:(?:bapak|ibu|saudara|saudari|anda|kakak|kak|mas|mbak|pak|bu|njenengan|sampeyan)"
    r"[ \t]+(?:sendiri[ \t]+)?)?"
    r"(?:tidak|tdk|nggak|gak|ga|belum|blm)[ \t]+(?P<verb>me[a-z]+)[ \t]+"
    rf"(?P<what>(?!{_FAILED_DUTY_STOP}\b)[^\W\d_][\w-]*"
    rf"(?:[ \t]+(?!{_FAILED_DUTY_STOP}\b)[\w/.-]*\w){{0,3}}?)"
    r"(?P<late>[ \t]+(?:sejak|dari)[ \t]+(?:awal|dulu|semula))?"
    rf"(?=[ \t]*(?:[.,;!?\n]|$)|[ \t]+{_FAILED_DUTY_STOP}\b)", re.IGNORECASE)
FAILED_DUTY_REASON = ("Penyebab disampaikan sebagai keadaan persyaratannya (\"berkas belum "
                      "dilengkapi\"), bukan sebagai kelalaian warga; isinya tetap sama.")


def _duty_root(verb: str) -> str | None:
    """The bare verb of a meN- verb when it is one of :data:`_DUTY_ROOTS` ("melengkapi" ->
    "lengkapi", "mengisi" -> "isi", "mengirim" -> "kirim", "memenuhi" -> "penuhi",
    "menyerahkan" -> "serahkan", "memperpanjang" -> "perpanjang", "mengecek" -> "cek")."""
    verb = verb.lower()
    candidates = []
    if verb.startswith("memper"):
        candidates.append(verb[4:])
    if verb.startswith("menge"):
        candidates.append(verb[5:])
    if verb.startswith("meng"):
        candidates += [verb[4:], "k" + verb[4:]]
    if verb.startswith("meny"):
        candidates.append("s" + verb[4:])
    if verb.startswith("mem"):
        candidates += [verb[3:], "p" + verb[3:]]
    if verb.startswith("men"):
        candidates += [verb[3:], "t" + verb[3:]]
    if verb.startswith("me"):
        candidates.append(verb[2:])
    return next((root for root in candidates if root in _DUTY_ROOTS), None)


def _failed_duty_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                         ) -> list[_Change]:
    """The causes of :data:`_FAILED_DUTY` told as the requirement's state."""
    if not re.search(r"karena|krn|karna|akibat|sebab|gara", text, re.IGNORECASE):
        return []
    changes = []
    for match in _FAILED_DUTY.finditer(text):
        root = _duty_root(match.group("verb"))
        if root is None or _overlaps(*match.span(), quoted) or _overlaps(
                *match.span("verb"), protected):
            continue
        said = f"{match.group('cause')} {match.group('what')} belum di{root}"
        changes.append(_Change(match.start(), match.end(), said, FAILED_DUTY_REASON))
    return changes


# ---- "karena Bapak ..." ---------------------------------------------------------------------
# A cause told with the citizen as its subject ("Denda 2% itu karena Bapak telat bayar",
# "terjadi karena Ibu mengunggah dokumen yang salah", "gara2 bapak sendiri yg ngecor"):
# the finger points at the person. Told without them ("karena telat bayar"), the cause is
# the same and points at what happened (21 harsh handwritten replies; 3 ok ones say it
# plainly, "Karena Bapak belum terdaftar", and are never rewritten). A name after the title
# ("karena Pak Lurah sedang dinas luar") is someone else and stays.
_BLAMED_CAUSE = re.compile(
    r"\b(?:karena|krn|karna|sebab|disebabkan\s+oleh|diakibatkan\s+oleh|akibat|gara-gara|"
    r"gara2)\s+(?:(?:pasti|memang|emang)\s+)?(?P<who>(?:bapak|ibu|saudara|saudari|kakak|kak|"
    r"anda|mas|mbak|pak|bu|njenengan|sampeyan)\s+(?:(?:sendiri|sndr|sendri|yang|yg)\s+){0,2})"
    r"(?!(?:sendiri|sndr|sendri|yang|yg)\b)(?=(?-i:[a-z])[\w-]*\b)", re.IGNORECASE)
BLAMED_CAUSE_REASON = ("Penyebab disampaikan tanpa menunjuk warga (\"karena Bapak ...\"): "
                       "fokus pada masalahnya, bukan orangnya; isinya tetap sama.")


def _blamed_cause_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                          ) -> list[_Change]:
    """The citizen named as the subject of a cause (:data:`_BLAMED_CAUSE`) left out, in a
    sentence the reply needs (a fact or a service in it); a remark that says nothing else
    ("Kalau ditolak ya karena Ibu nggak pernah nurut.") is left for the rounds that drop
    it whole."""
    changes = []
    for match in _BLAMED_CAUSE.finditer(text):
        if _overlaps(*match.span("who"), quoted):
            continue
        sentence = _sentence_around(sentences(text), match.start())
        if sentence is None or _factless(text, *sentence, protected):
            continue
        changes.append(_Change(*match.span("who"), "", BLAMED_CAUSE_REASON))
    return changes


# ---- "gampang kan" ---------------------------------------------------------------------------
# "..., gampang kan 😂", "Simpel kan.", "... dan sebenarnya tidak sulit untuk dipahami": the
# citizen told that what troubled them is easy (9 harsh handwritten replies, no ok one).
# The remark goes; what it closed stays.
_SO_EASY = re.compile(
    r"[ \t]*,?[ \t]+(?:dan|serta)[ \t]+sebenarnya[ \t]+(?:tidak[ \t]+(?:sulit|susah|rumit)|"
    r"(?:sangat[ \t]+)?(?:mudah|gampang))(?:[ \t]+(?:untuk|buat))?[ \t]+[^\W\d_]+|"
    r"(?:[ \t]*,[ \t]*|(?<=[.!?])[ \t]+|(?<=[.!?]))(?-i:[GgSs])(?:ampang|impel|imple)"
    r"(?:[ \t]+(?:kan|toh|to)\b|(?=[ \t]*(?:[.!?\n]|$)))"
    r"[^.,;!?\n\w]*[?.!]?|"
    # ", bahkan anak SD pun bisa (melakukannya)", ", anak SD juga bisa"
    r"[ \t]*,[ \t]*(?:bahkan[ \t]+)?(?:anak|bocah)[ \t]+(?:SD|TK|PAUD|kecil)[ \t]+"
    r"(?:(?:aja|saja|juga|jg|pun)[ \t]+)?(?:bisa|ngerti|paham|tau|tahu|mampu)"
    rf"(?:[ \t]+melakukannya)?(?=[ \t]*(?:[.!?\n]|$|[{_PICTOGRAPHS}]))", re.IGNORECASE)
SO_EASY_REASON = ("\"Gampang kan\" atau \"sebenarnya tidak sulit\" meremehkan kesulitan warga; "
                  "keterangannya tetap disampaikan tanpa sindiran itu.")


def _so_easy_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The remarks of :data:`_SO_EASY` removed, with the emoji that closes them."""
    if not re.search(r"gampang|simpe?l|mudah|sulit|susah|rumit|anak|bocah", text,
                     re.IGNORECASE):
        return []
    changes = []
    for match in _SO_EASY.finditer(text):
        if _overlaps(*match.span(), quoted):
            continue
        end = _tail_end(text, match)
        # A tail that closed its sentence (with its mark or an emoji) leaves a full stop.
        closes = re.match(r"\s*(?:$|(?-i:[A-Z]))", text[end:]) is not None
        new = "." if closes and text[match.start():end].lstrip().startswith(",") else ""
        changes.append(_Change(match.start(), end, new, SO_EASY_REASON))
    return changes


# ---- "tidak ada gunanya ..., karena ..." -----------------------------------------------------
# "Tidak ada gunanya Bapak mengirim surat ke Wali Kota, karena keputusan tetap di tangan
# dinas.": what the citizen did is called futile, and the reason is what the reply tells.
# Said with the citizen as subject, it becomes what they may still do and the reason:
# "Bapak tetap dapat mengirim surat ke Wali Kota, namun keputusan tetap di tangan dinas."
# (The lexicon's own swap would only delete "tidak ada gunanya" and leave a garble.)
_FUTILE = re.compile(
    r"\b(?:tidak|tak|nggak|gak|ga)[ \t]+ada[ \t]+gunanya[ \t]+|\bpercuma[ \t]+(?:saja[ \t]+)?",
    re.IGNORECASE)
_FUTILE_WHO = re.compile(
    r"(?P<who>bapak|ibu|saudara|saudari|anda|kakak|kak|mas|mbak)[ \t]+"
    r"(?P<act>(?-i:[a-z])[^,;.!?\n]*?),[ \t]*(?:karena|karna|krn|sebab|soalnya)[ \t]+"
    r"(?=[^\W\d_])", re.IGNORECASE)
FUTILE_REASON = ("Menyebut langkah warga \"tidak ada gunanya\" menutup harapannya; langkah itu "
                 "tetap boleh ditempuh, dan alasannya tetap disampaikan.")


def _futile_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The futility judgements of :data:`_FUTILE` said as what the citizen may still do,
    when the citizen is the subject and a reason follows after a comma."""
    if not re.search(r"gunanya|percuma", text, re.IGNORECASE):
        return []
    changes = []
    for lead in _FUTILE.finditer(text):
        told = _FUTILE_WHO.match(text, lead.end())
        if told is None or _overlaps(lead.start(), told.end(), quoted):
            continue
        said = f"{told.group('who')} tetap dapat {told.group('act')}, namun "
        changes.append(_Change(lead.start(), told.end(), _cased_at(text, lead.start(), said),
                               FUTILE_REASON))
    return changes


# ---- "Apabila Bapak mengikuti prosedur sejak awal, hal ini tidak akan terjadi." ------------
# What would not have happened had the citizen acted otherwise ("Seandainya Ibu datang lebih
# awal, tentu tidak akan kehabisan kuota", "Kerusakan ini sebenarnya tidak akan separah ini
# seandainya para pedagang ..."): blame for what is past and cannot be undone. The sentence
# goes when it states no fact the rest of the reply does not; the way forward is what the
# reply should tell. Not a promise ("hal ini tidak akan terjadi lagi").
_HAD_IT_BEEN = re.compile(
    r"\b(?:tentu(?:nya)?[ \t]+|pasti[ \t]+|sebenarnya[ \t]+)?(?:tidak|tak|nggak|gak|ga)[ \t]+"
    r"(?:akan[ \t]+)?(?:terjadi|separah[ \t]+ini|seperti[ \t]+ini|begini|kehabisan)\b"
    r"(?![ \t]+lagi\b)", re.IGNORECASE)
_HAD_YOU = re.compile(r"\b(?:seandainya|andaikan|andai|apabila|jika|kalau|kalo)\b",
                      re.IGNORECASE)
# Whom such a condition blames besides the citizen addressed: "para pedagang", "warga".
_BLAMED_GROUPS = frozenset("warga pedagang pemohon pelapor pengendara pengunjung".split())
COUNTERFACTUAL_REASON = ("Berandai-andai bahwa masalah tidak akan terjadi seandainya warga "
                         "berbuat lain menyalahkannya atas hal yang sudah lewat; sampaikan "
                         "langkah yang bisa diambil sekarang.")


def _counterfactual_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                            ) -> list[_Change]:
    """The sentences that tell what would not have happened (:data:`_HAD_IT_BEEN`) had the
    citizen, named in a condition (:data:`_HAD_YOU`), acted otherwise, when they state no
    fact the rest does not and the reply says more."""
    if not re.search(r"terjadi|separah|seperti ini|begini|kehabisan", text, re.IGNORECASE):
        return []
    found, matches = _sentence_matches(text, _HAD_IT_BEEN, quoted)
    changes = []
    for _match, (start, end) in matches:
        condition = _HAD_YOU.search(text, start, end)
        if condition is None or not ({_plain(w) for w in _WORD.findall(text, start, end)}
                                     & (_ADDRESS | _BLAMED_GROUPS)):
            continue
        if (_unsaid_facts(text, start, end, protected)
                or not _said_elsewhere(text, found, start, end)):
            continue
        changes.append(_delete(text, start, end, COUNTERFACTUAL_REASON))
    return changes


# ---- "..., bukan sesuai keinginan Saudara" -------------------------------------------------
# "petugas kami bekerja sesuai SOP, bukan sesuai keinginan Saudara": the rule the office
# follows is the answer; set against the citizen's wishes it mocks them as whims. The
# contrast goes, the rule stays.
_NOT_AS_WISHED = re.compile(
    r"[ \t]*,?[ \t]*(?:dan[ \t]+)?bukan[ \t]+(?:(?:sesuai|menurut|berdasarkan|atas|ikut|"
    r"mengikuti)[ \t]+)?(?:keinginan|kemauan|kehendak|maunya|selera|permintaan)[ \t]+"
    r"(?:pribadi[ \t]+)?(?:bapak|ibu|saudara|saudari|sdr\.?|anda|kakak|kak|mas|mbak|njenengan|"
    r"sampeyan|warga|pelapor|pemohon)(?:[ \t]+(?:sendiri|pribadi|semata))?"
    r"(?=[ \t]*(?:[.!?,;\n]|$))", re.IGNORECASE)
NOT_AS_WISHED_REASON = ("\"Bukan sesuai keinginan Bapak/Ibu\" mengejek permintaan warga sebagai "
                        "kemauan pribadi; aturan yang diikuti tetap disampaikan.")


def _not_as_wished_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The contrasts of :data:`_NOT_AS_WISHED` removed, after a clause of the reply's own."""
    if "bukan" not in text.lower():
        return []
    return [_Change(match.start(), match.end(), "", NOT_AS_WISHED_REASON)
            for match in _NOT_AS_WISHED.finditer(text)
            if not _overlaps(*match.span(), quoted)
            and len(_WORD.findall(text, _sentence_start(text, match.start()),
                                 match.start())) >= 2]


# ---- "we trust you are clever enough to ..." ----------------------------------------------
# "Kami yakin Bapak cukup cerdas untuk memahami pengumuman ...", "Saya rasa Ibu sudah cukup
# dewasa untuk membaca syarat ...": the officer's "trust" in the citizen's wits is a sneer at
# them; what they are to do is asked plainly instead ("Mohon Bapak dapat memahami ...").
# Only with "cukup ... untuk": "Kami yakin Ibu mampu menyelesaikannya" is said in earnest.
_CLEVER_ENOUGH = re.compile(
    r"\b(?:kami|saya|aku)[ \t]+(?:yakin|kira|rasa|pikir|percaya|anggap)[ \t]+"
    r"(?:(?:bahwa|kalau|kalo)[ \t]+)?"
    r"(?P<who>bapak|ibu|bapak/ibu|saudara|saudari|sdr\.?|kakak|kak|mas|mbak|anda|njenengan)"
    r"[ \t]+(?:(?:sudah|sdh|udah|pasti|tentu|tentunya|sangat)[ \t]+)?cukup[ \t]+"
    r"(?:cerdas|pintar|pinter|pandai|berpendidikan|terpelajar|dewasa|bijak|bijaksana|paham|"
    r"mengerti|ngerti|mampu|teliti|cermat)[ \t]+(?:untuk|utk|buat)[ \t]+(?=[^\W\d_])",
    re.IGNORECASE)
CLEVER_ENOUGH_REASON = ("Sindiran tentang kecerdasan warga (\"cukup cerdas untuk ...\") "
                        "diganti permintaan yang lugas dan sopan; isinya sama.")


def _clever_enough_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The sneers of :data:`_CLEVER_ENOUGH` asked for plainly: "Mohon Bapak dapat ..."."""
    if "cukup" not in text.lower():
        return []
    return [_Change(match.start(), match.end(),
                    _cased_at(text, match.start(), f"mohon {match.group('who')} dapat "),
                    CLEVER_ENOUGH_REASON)
            for match in _CLEVER_ENOUGH.finditer(text) if not _overlaps(*match.span(), quoted)]


# ---- "just because you ..." --------------------------------------------------------------
# A decision that will not change "hanya karena Ibu membawa-bawa nama pejabat", "cuma gara-gara
# di-tag", "hanya dengan mengirim surat berkali-kali": the reason it will not change for is
# the citizen's objection, made small. The decision stays; the belittled reason goes. Only
# after a negation in the same clause: "dikomplain cuma gara2 telat" reports, and "belum dapat
# memprosesnya hanya dengan surat pernyataan" names what is missing (no pressing verb).
_PRESSING = (r"(?:(?:di)?kirim|(?:me)?ngirim|(?:mem)?protes|(?:meng)?keluh|komplain|"
             r"complain|marah|(?:ber)?teriak|(?:meng|ng)adu|(?:men)?telepon|nelpon|telpon|"
             r"(?:nge-?|di-?)?tag|mention|(?:mem)?viral(?:kan)?|(?:ng)?omel|(?:men)?desak|"
             r"(?:me)?minta|(?:mem)?posting|(?:meng)?unggah|upload)\w*")
_ONLY_BECAUSE = re.compile(
    r"(?<![\w-])(?:hanya|cuma|cuman|sekadar|sekedar)\s+(?:karena|krn|gara-gara|gara2|"
    rf"(?:dengan|dgn)(?=\s+{_PRESSING}\b))\b[^.,;!?\n]*", re.IGNORECASE)
_NEGATION_BEFORE = re.compile(r"\b(?:tidak|tak|nggak|ngga|gak|ga|enggak|ndak|bukan|ora|mboten)\b",
                              re.IGNORECASE)
ONLY_BECAUSE_REASON = ("Alasan \"hanya karena ...\" mengecilkan keberatan warga; keputusannya "
                       "tetap disampaikan tanpa sindiran itu.")


# A new sentence that starts without a mark before it.
_NEW_SENTENCE = re.compile(r"\s+[A-Z]")


def _tail_removal(text: str, start: int, match: re.Match, reason: str) -> _Change:
    """The removal of a clause-closing tail from ``start`` (its match or the comma before
    it) to :func:`_tail_end`. A tail that took along the emoji closing its sentence leaves
    a full stop: "Baca caption <dulu sebelum komentar ya 🙏> Pendaftaran ..." would
    otherwise run two sentences into one."""
    end = _tail_end(text, match)
    closes = (_EMOJI_RUN.search(text, match.start(), end) is not None
              and _NEW_SENTENCE.match(text, end) is not None)
    return _Change(start, end, "." if closes else "", reason)


def _tail_end(text: str, match: re.Match) -> int:
    """Where a clause-closing tail matched up to its clause's end stops: before an emoji it
    ran into and the spaces before that, or past the emoji that closes the remark when the
    tail ends its sentence (:func:`_past_own_emoji`)."""
    emoji = _EMOJI_RUN.search(text, match.start(), match.end())
    end = len(text[: emoji.start() if emoji else match.end()].rstrip())
    return _past_own_emoji(text, end)


def _only_because_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The belittled reasons of :data:`_ONLY_BECAUSE` removed after a negation in their
    clause (not inside the citizen's own words quoted back)."""
    changes = []
    for match in _ONLY_BECAUSE.finditer(text):
        clause = _after_last(text, match.start(), ".,;!?\n")
        if not _NEGATION_BEFORE.search(text, clause, match.start()):
            continue
        removal = _tail_removal(text, match.start(), match, ONLY_BECAUSE_REASON)
        if not _overlaps(removal.start, removal.end, quoted):
            changes.append(removal)
    return changes


# ---- "... ya wajar." ------------------------------------------------------------------------
# A verdict closing a clause ("Ditolak ya wajar, ...", "koq rusak ya wajar.", "tergenang 20 cm
# itu masih wajar."): the citizen had it coming, or has nothing to complain of. What happened
# stays; the verdict goes. ("adalah hal yang wajar" and "tidak wajar" say something else.)
_VERDICT_AFTER = re.compile(
    r"(?:[ \t]+(?:itu|tuh|ini))?[ \t]+(?:ya|yo|yah|masih)[ \t]+wajar"
    r"(?:[ \t]+(?:aja|saja|lah|dong|kok|to|toh|sih))?"
    r"(?=[ \t]*[.,!?;…]|[ \t]*$)", re.IGNORECASE)
VERDICT_REASON = ("\"Ya wajar\" di ujung kalimat menghakimi warga atau menepis keluhannya; "
                  "keterangannya tetap disampaikan.")


def _verdict_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The clause-closing verdicts of :data:`_VERDICT_AFTER` removed (not one that is its
    own sentence, nor inside the citizen's words quoted back), and the verdicts of
    :data:`_NO_WONDER` said as the plain connective."""
    if "wajar" not in text.lower():
        return []
    changes = [_Change(*match.span(), "", VERDICT_REASON)
               for match in _VERDICT_AFTER.finditer(text)
               if not _at_sentence_start(text, _past_spaces(text, match.start()))
               # (nor one after an emoji, which ended the sentence before it)
               and not _EMOJI_RUN.search(text[max(0, match.start() - 2) : match.start()])
               and not _overlaps(*match.span(), quoted)]
    for match in _NO_WONDER.finditer(text):
        if _overlaps(*match.span(), quoted) or _EMOJI_RUN.search(
                text[max(0, match.start() - 2) : match.start()]):
            continue
        opening = _after_last(text, match.start())
        after_comma = re.search(r",[ \t]*$", text[: match.start()]) is not None
        if _at_sentence_start(text, match.start()):
            new = "Oleh karena itu, "
        elif _CONDITION_ANY.search(text, opening, match.start()):
            # "kalau ... , wajar dicoret": what follows a condition needs no "sehingga"
            new = " " if after_comma else ", "
        else:
            new = "sehingga "
        start = match.start()
        if new == ", ":
            start = len(text[:start].rstrip())
        changes.append(_Change(start, match.end(), new, JUDGING_REASON.format(word="wajar")))
    return changes


# "..., ya wajar kemasukan air", "Ya wajar tagihannya ditaksir 20 m³": the same verdict before
# what happened, "no wonder". What happened stays, joined plainly ("sehingga", "Oleh karena
# itu,"). Not "wajar kalau ..." ("Wajar kalau Kakak kecewa": sympathy) nor "wajar dan ...".
_NO_WONDER = re.compile(
    r"(?:(?:ya|yo|tentu|tentunya|jelas)[ \t]+)?wajar(?:[ \t]+(?:aja|saja|lah|dong|kok|to|toh|"
    r"sih))?(?:[ \t]+(?:bu|pak|kak|mas|mbak))?[ \t]+(?!(?:kalau|kalo|bila|jika|apabila|dan|"
    r"karena|krn|wong|lha|soalnya|sebab|saja|aja|lah|dong|kok|to|toh|sih)\b)"
    # what happened: a passive or a state ("disegel", "kemasukan", "kena derek", "ga
    # lolos"), or a thing with its "-nya" ("nilainya jeblok"); not a cause ("warga ...")
    r"(?=(?-i:(?:di|ke|ter)[a-z]{3,}|kena|ga|gak|nggak|tidak|tdk|becek|[a-z]+nya)\b)",
    re.IGNORECASE)


# ---- "... or we take action" --------------------------------------------------------------
# A demand with an ultimatum after it ("Kami sarankan unggahan tersebut segera dihapus
# sebelum kami mengambil langkah lebih lanjut", "Hapus dalam 1x24 jam atau kami tempuh jalur
# hukum"): the request stays, to be asked politely by the other rules; the threat that
# closes it goes.
_ULTIMATUM = re.compile(
    r"[ \t]*,?[ \t]+(?:sebelum|atau)[ \t]+(?:kami|pihak[ \t]+kami)[ \t]+(?:akan[ \t]+)?"
    r"(?:mengambil|ambil|menempuh|tempuh|melakukan|bertindak|membawa|bawa|memproses|proses|"
    r"melaporkan|laporkan|menindak|tindak|menertibkan|tertibkan)\b[^.;!?\n]*", re.IGNORECASE)
_DEMANDED = re.compile(r"\b(?:hapus|dihapus|menghapus|hapuskan|turunkan|diturunkan|menurunkan|"
                       r"bongkar|dibongkar|membongkar|cabut|dicabut|mencabut|segera|mohon|harap|"
                       r"sarankan|minta|meminta)\b", re.IGNORECASE)
ULTIMATUM_REASON = ("Ancaman \"atau kami ...\" di ujung permintaan menakut-nakuti warga; "
                    "permintaannya tetap disampaikan.")


def _ultimatum_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The ultimatums of :data:`_ULTIMATUM` removed after a demand in their sentence."""
    changes = []
    for match in _ULTIMATUM.finditer(text):
        opening = _after_last(text, match.start())
        if not _DEMANDED.search(text, opening, match.start()) or _overlaps(*match.span(),
                                                                            quoted):
            continue
        changes.append(_tail_removal(text, match.start(), match, ULTIMATUM_REASON))
    return changes


# ---- "and no need to write again" -----------------------------------------------------------
# A clause joined to a decision that tells the citizen not to get in touch again ("Silakan
# mencari fasilitas lain dan tidak perlu mengirim surat lagi ke kami", "... dan Saudara tidak
# perlu lagi menanyakan hal ini") closes the door; the decision before it stays. Only with a
# word of repetition ("lagi", "terus", "setiap hari"): "sehingga Ibu tidak perlu datang ke
# kantor" spares the citizen a trip.
_NO_MORE = re.compile(
    r"(?:\s*,)?\s+(?:dan|serta|jadi|sehingga)\s+(?:(?:bapak|ibu|saudara|saudari|sdr|anda|kakak|"
    r"kak|mas|mbak|pak|bu)\s+)?(?:tidak|tak|nggak|ngga|gak|ga|ndak)\s+(?:perlu|usah)\s+"
    r"(?P<rest>(?:lagi\s+)?(?:mengirim|mengirimkan|menghubungi|menanyakan|bertanya|nanya|datang|"
    r"mengadu|melapor|menelepon|nelpon|mengajukan|mempersoalkan|memperdebatkan|mengeluh|"
    r"protes|komplain)\b[^.;!?\n]*)", re.IGNORECASE)
_AGAIN = re.compile(r"\b(?:lagi|terus|terus-menerus|berulang(?:-ulang|\s+kali)?|berkali-kali|"
                    r"(?:setiap|tiap)\s+(?:hari|jam|minggu|saat))\b", re.IGNORECASE)
NO_MORE_REASON = ("Larangan menghubungi atau bertanya lagi menutup pintu bagi warga; "
                  "keputusannya tetap disampaikan.")


def _no_more_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The clauses of :data:`_NO_MORE` that say "again", removed with their conjunction."""
    changes = []
    for match in _NO_MORE.finditer(text):
        if not _AGAIN.search(match.group("rest")) or _overlaps(*match.span(), quoted):
            continue
        changes.append(_tail_removal(text, match.start(), match, NO_MORE_REASON))
    return changes


# ---- "kami tegaskan bahwa" ----------------------------------------------------------------
# "Kami tegaskan bahwa ...", "perlu kami tegaskan kembali bahwa ...": the office speaking as
# one who corrects. What follows is said all the same, only told ("kami sampaikan bahwa
# ..."). Not "kami ingatkan" or "kami peringatkan": a warning stays one, and what it warns of
# is dealt with as a threat.
_STERN_SAYING = re.compile(
    r"\b(?:kami|saya)\s+(?P<verb>tegaskan|luruskan)(?=(?:\s+kembali|\s+sekali\s+lagi)?"
    r"(?:\s+(?:kepada|pada)\s+[^,.:;!?\n]{1,40}?)?\s*(?:bahwa\b|:|,))", re.IGNORECASE)
STERN_REASON = ("\"Kami {verb}\" terdengar seperti teguran kepada warga; cukup "
                "\"kami sampaikan\".")
# "justru terjadi karena Bapak ...", "semata-mata karena pemakaian Saudari", "sepenuhnya
# kesalahan pemohon": the weight laid on the citizen's fault. The cause is said all the
# same, without it.
_BLAME_WEIGHT = re.compile(
    r"\b(?P<word>justru|semata-mata|semata|sepenuhnya)\s+(?=(?:terjadi\s+|hanya\s+|"
    r"merupakan\s+)?"
    r"(?:karena|krn|disebabkan|diakibatkan|akibat|kesalahan|kelalaian|ulah)\b)", re.IGNORECASE)
# "Lain kali baca dulu syaratnya ...", "Saran saya Bu, lain kali ...": "next time" tells the
# citizen they got it wrong this time (21 harsh handwritten replies, no ok one). The advice
# is given for the future instead: "ke depannya". ("Lain kali saja", another time, stays.)
_NEXT_TIME = re.compile(r"\blain\s+kali\b(?![ \t]*(?:saja|aja|ya)?[ \t]*[.!?,]|[ \t]*$)",
                        re.IGNORECASE)
NEXT_TIME_REASON = ("\"Lain kali\" menyiratkan warga keliru kali ini; sarannya disampaikan "
                    "untuk ke depan: \"ke depannya\".")
BLAME_WEIGHT_REASON = ("\"{word}\" menekankan bahwa warga yang salah; penyebabnya tetap "
                       "disampaikan tanpa penekanan itu.")


# "Perlu Ibu pahami, ...", "kiranya perlu Bapak ketahui bahwa ...": what the citizen is told
# they must grasp, a lecture's lead-in (17 harsh corpus replies, no polite one). The office
# says it instead: "Perlu kami sampaikan, ...".
# So is what they "should have known" before "bahwa": "Saudara seharusnya tahu bahwa
# permohonan diajukan paling lambat 14 hari sebelum acara".
_YOU_MUST_GRASP = re.compile(
    r"\b(?:(?:kiranya\s+)?perlu\s+(?:bapak|ibu|saudara|saudari|sdr|anda|kakak|kak)\s+(?:ketahui|"
    r"pahami|ingat|sadari|mengerti|maklumi|camkan|perhatikan)\b"
    r"|(?:bapak|ibu|saudara|saudari|sdr|anda|kakak|kak)\s+(?:seharusnya|semestinya|mestinya|"
    r"harusnya|sepatutnya)\s+(?:sudah\s+)?(?:tahu|paham|mengetahui|memahami|mengerti|sadar|"
    r"menyadari)(?=\s+bahwa\b))", re.IGNORECASE)
GRASP_REASON = ("\"Perlu Bapak/Ibu pahami\" atau \"Bapak/Ibu seharusnya tahu\" menggurui "
                "warga; informasinya cukup disampaikan: \"perlu kami sampaikan\".")


def _stern_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """The verbs of :data:`_STERN_SAYING` said as "sampaikan", and the words of
    :data:`_BLAME_WEIGHT` removed (not in shouted words, which are lowered whole, nor in
    the citizen's words quoted back)."""
    return [_Change(*match.span("verb"), "sampaikan",
                    STERN_REASON.format(verb=match.group("verb")))
            for match in _STERN_SAYING.finditer(text)
            if match.group("verb").islower() and not _overlaps(*match.span("verb"), quoted)
            ] + [_Change(*match.span(), "", BLAME_WEIGHT_REASON.format(word=match.group("word")))
                 for match in _BLAME_WEIGHT.finditer(text)
                 if match.group("word").islower() and not _overlaps(*match.span(), quoted)
]


def _sentence_around(found: Sequence[tuple[int, int]], index: int) -> tuple[int, int] | None:
    """The sentence of ``found`` that ``index`` lies in."""
    return next(((a, b) for a, b in found if a <= index < b), None)


def _sentence_matches(text: str, pattern: re.Pattern, quoted: Sequence[tuple[int, int]]
                      ) -> tuple[Sequence[tuple[int, int]],
                                 list[tuple[re.Match, tuple[int, int]]]]:
    """The sentences of ``text``, and each match of ``pattern`` outside the citizen's quoted
    words with the sentence it lies in: where a rule for a phrase starts."""
    found = sentences(text)
    return found, [(match, sentence) for match in pattern.finditer(text)
                   if (sentence := _sentence_around(found, match.start())) is not None
                   and not _overlaps(*match.span(), quoted)]


def _said_elsewhere(text: str, found: Sequence[tuple[int, int]], start: int, end: int
                    ) -> bool:
    """Whether a sentence of ``found`` outside ``[start, end)`` says something: more than
    whom the reply addresses, and not framing. A rule that would take the rest away leaves
    a reply that says nothing of the draft."""
    return any(set(_plain(w) for w in _WORD.findall(text, a, b)) - _ADDRESS
               for a, b in found if (b <= start or a >= end) and not _is_framing(text[a:b]))


# ---- "... dapat kami proses hukum" --------------------------------------------------------
# A warning that what the citizen posted, wrote or accused may bring them before the law
# ("Tuduhan tanpa dasar seperti itu dapat kami proses secara hukum.", "Konten begituan bisa
# kena UU ITE lho", "Kalau terus menyebar fitnah ..., siap-siap berurusan dengan polisi."):
# retaliation for speaking up, which no reply needs (22 harsh handwritten replies hold one,
# no polite one; every reference rewrite leaves it out). The sentence goes when it states no
# fact of its own; a law named only as the threat ("UU ITE") is no such fact. What the
# citizen did with no speech in it ("keterangan palsu ... dapat dipidana") is a rule and
# stays, as does a law told as a past fact ("menurut laporan polisi").
_SPEECH = re.compile(
    r"\b(?:tuduhan|menuduh|nuduh|menuding|tudingan|unggahan|mengunggah|diunggah|unggah|upload|"
    r"postingan|posting|memposting|konten|komentar|komen|menyebarkan|menyebar|nyebar|sebar|"
    r"disebarkan|disebarluaskan|menyebarluaskan|penyebaran(?:nya)?|pencemaran\s+nama\s+baik|"
    r"fitnah|memfitnah|hoaks|hoax|video|tulisan)\b", re.IGNORECASE)
_LEGAL_CONSEQUENCE = re.compile(
    r"\b(?:dapat|bisa|akan|berpotensi|terancam|siap-siap|siap2|kaget|urusannya|berurusan|"
    r"segan|kena)\b[^.;!?\n]{0,60}?\b(?P<law>(?:di|me)?proses\s+(?:secara\s+)?hukum|"
    r"(?:jalur|langkah|upaya|tuntutan|masalah|konsekuensi|ranah|aparat\s+penegak)\s+hukum|"
    r"(?:ber)?akibat\s+hukum|UU\s+ITE|pasal|(?:di)?pidana|dipolisikan|polisi|kepolisian|"
    r"somasi|pencemaran\s+nama\s+baik)\b", re.IGNORECASE)
# A law named as the threat itself ("UU ITE", "Pasal 27"): no fact the reply loses with
# the sentence.
_LAW_NAME = re.compile(r"\b(?:UU|Undang-Undang|KUHP|Pasal)(?:\s+(?:No\.|Nomor\s+)?"
                       r"(?:[A-Z][\w-]*|\d[\w/.]*))*")
# "...; apabila tidak, pendamping yang bersangkutan dipersilakan menempuh langkah hukum": the
# demand before it stays (it is asked politely by the other rules), the threat goes.
_OTHERWISE_TAIL = re.compile(
    r"[ \t]*[;,][ \t]*(?:apabila|jika|kalau|kalo|bila)[ \t]+(?:tidak|tdk|nggak|gak|ga)"
    r"[ \t]*,[^.;!?\n]*", re.IGNORECASE)
# Any word of the law (a cheap gate, and what an ultimatum's tail must name).
_LEGAL_TERM = re.compile(r"hukum|pidana|polisi|UU\s+ITE|somasi|pasal|pencemaran",
                         re.IGNORECASE)
# A condition up to its comma: what it says is no decision.
_CONDITIONED = re.compile(rf"\b(?:{_CONDITION_WORDS})\b[^,]*", re.IGNORECASE)
LEGAL_WARNING_REASON = ("Ancaman membawa unggahan atau keluhan warga ke ranah hukum "
                        "menakut-nakuti warga yang menggunakan haknya untuk mengadu; kalimat "
                        "itu dihapus, keterangan lainnya tetap.")


def _legal_warning_changes(text: str, protected, quoted: Sequence[tuple[int, int]]
                           ) -> list[_Change]:
    """The sentences of :data:`_SPEECH` and :data:`_LEGAL_CONSEQUENCE` removed (past the
    handle or name they open with), unless they state a fact or refusal the rest of the
    reply does not, or are all the reply says; an ultimatum closing a demand
    (:data:`_OTHERWISE_TAIL`, :data:`_ULTIMATUM`) goes alone instead."""
    if not _LEGAL_TERM.search(text) or not _SPEECH.search(text):
        return []
    found = sentences(text)
    laws = [m.span() for m in _LAW_NAME.finditer(text)]
    changes = []
    for a, b in found:
        if not _SPEECH.search(text, a, b):
            continue
        opening = _after_last(text, a)
        tail = _OTHERWISE_TAIL.search(text, a, b)
        if (tail is not None and _LEGAL_TERM.search(tail.group(0))
                and _DEMANDED.search(text, opening, tail.start())
                and not _overlaps(*tail.span(), quoted)):
            changes.append(_tail_removal(text, tail.start(), tail, LEGAL_WARNING_REASON))
            continue
        law = _LEGAL_CONSEQUENCE.search(text, a, b)
        if law is None or _overlaps(*law.span(), quoted):
            continue
        if (ultimatum := _ULTIMATUM.search(text, a, b)) and _DEMANDED.search(
                text, opening, ultimatum.start()):
            continue  # (the ultimatum goes: _ultimatum_changes)
        body = _past_list_marker(text, _body_start(text, a, b, protected))
        outside = text[:body] + " " + text[b:]
        # (the citizen's words quoted in the warning are what it threatens over)
        if any(body < y and x < b and text[max(x, body) : min(y, b)] not in outside
               and not any(p <= x and y <= q for p, q in laws + list(quoted))
               and _plain(text[max(x, body) : min(y, b)]) not in _ADDRESS
               for x, y in protected):
            continue
        # (a refusal inside its condition, "kalau nggak mau berurusan ...", decides nothing)
        said = _CONDITIONED.sub(" ", text[body:b])
        if _refuses([_plain(w) for w in _WORD.findall(said)]) and not _refuses(
                [_plain(w) for w in _WORD.findall(outside)]):
            continue
        if not _said_elsewhere(text, found, a, b):
            continue  # nothing else would be left
        if body > a and text[:body].rstrip().endswith(","):
            # "Yth. Ibu Wulan Sari, <warning>. Kami minta ..." -> "Yth. Ibu Wulan Sari, kami
            # minta ...": the next sentence goes on after the address, or the warning stays
            # when nothing follows it on its line.
            following = _WORD.match(text, _past_spaces(text, b))
            if (following is None or "\n" in text[b : following.start()]
                    or following.group(0).lower() not in _known_words()):
                continue
            changes.append(_Change(body, following.start() + 1,
                                   following.group(0)[0].lower(), LEGAL_WARNING_REASON))
            continue
        changes.append(_delete(text, body, b, LEGAL_WARNING_REASON))
    return changes


# ---- "..., bukan kami." ---------------------------------------------------------------------
# A clause naming who is in charge closed by "not us" ("Itu keputusan Kementerian Sosial,
# bukan kami", "pengerukan Kali Bremi itu BBWS, bukan kami", "Niku urusane kelurahan, mboten
# urusan kulo"): the office pushing the citizen away. Who is in charge is the way forward and
# stays; the "not us" goes, and so does an office named by a common noun after a clause
# that says whose matter it is ("Itu urusan RT, bukan urusan kelurahan"), and "not here"
# after a clause that names where to turn ("tanya ke yayasannya, jangan ke kami"). An office
# named otherwise ("..., bukan PDAM") is a fact and stays, as does a clause naming the
# citizen ("yang tanggung jawab ya Bapak, bukan kami": blame, for the other rules).
_NOT_US_TAIL = re.compile(
    r"[ \t]*,[ \t]*(?:(?:bukan|dudu|mboten|ndak|gak|ga|nggak)[ \t]+(?:(?:urusan|urusane|"
    r"kewenangan|wewenang|ranah|tugas|tanggung[ \t]+jawab|salah|kesalahan|kelalaian)[ \t]+)?"
    r"(?:kami|kita|saya|sy|aku|kulo|admin|min|petugas(?:[ \t]+kami)?|(?P<body>kelurahan|"
    r"kecamatan|dinas|kantor|pemkot|pemerintah|puskesmas|sekolah))|(?P<here>(?:bukan|jangan|"
    r"jgn|ojo)[ \t]+(?:ke[ \t]+(?:kami|sini)|kesini|mriki)))\b"
    r"(?:[ \t]+(?:ya|yo|lho|loh|kok|lagi))*(?=[ \t]*(?:[.!?;…]|$|[^\w\s]))", re.IGNORECASE)
NOT_US_REASON = ("\"..., bukan kami\" menepis warga; cukup sebutkan siapa yang berwenang, "
                 "itu sudah menjadi arah yang jelas.")


# Words before where a clause sends the citizen: "tanya ke yayasannya", "lapor polisi".
_TURN_TO = frozenset("ke kepada lapor laporkan melapor hubungi menghubungi".split())
# Words with which a clause says whose matter something is: "itu urusan PLN".
_WHOSE = frozenset("urusan urusane kewenangan wewenang ranah tugas tanggung keputusan".split())


def _lexicon_swaps(hits: Sequence[Hit], start: int, end: int) -> bool:
    """Whether a lexicon phrase with an alternative of its own (an empty one too) overlaps
    ``[start, end)``: its swap says the phrase, and a rule's change would clash with it."""
    return any(h.alternative is not None and _overlaps(h.start, h.end, [(start, end)])
               for h in hits)


def _not_us_changes(text: str, quoted: Sequence[tuple[int, int]], hits: Sequence[Hit] = ()
                    ) -> list[_Change]:
    """The tails of :data:`_NOT_US_TAIL` removed after a clause of at least two words that
    does not name the citizen. One a lexicon phrase covers ("bukan urusan kami") is left to
    the lexicon's alternative unless the clause says whose matter it is ("itu urusan PLN,
    bukan urusan kami": the alternative, "hal tersebut menjadi kewenangan instansi terkait",
    would say it twice); these rules run before the lexicon's swaps."""
    changes = []
    for match in _NOT_US_TAIL.finditer(text) if "," in text else ():
        clause = _after_last(text, match.start(), ".,;!?\n:")
        words = [_plain(w) for w in _WORD.findall(text, clause, match.start())]
        if len(words) < 2 or set(words) & _ADDRESS or _overlaps(*match.span(), quoted):
            continue
        if match.group("body") and not set(words) & _WHOSE:
            # "..., bukan kelurahan" names an office: only after a clause that says whose
            # matter it is ("itu urusan RT, bukan urusan kelurahan") is it a mere echo
            continue
        if match.group("here"):
            if not set(words[:-1]) & _TURN_TO:
                continue  # no other place named: the lexicon's alternative names one
        elif _lexicon_swaps(hits, *match.span()) and not set(words) & _WHOSE:
            continue
        changes.append(_Change(*match.span(), "", NOT_US_REASON))
    return changes


# ---- "bukan wewenang puskesmas" --------------------------------------------------------------
# Whose task something is not, said as a bare "no" ("Pak itu bukan wewenang puskesmas",
# "Keluhan Ibu ... bukan kewenangan kecamatan", "parkir liar ... itu bukan ranah kami ya"):
# the office pushing the matter away. "Di luar kewenangan ..." says the same decision and
# who it concerns, as a boundary the office keeps, not a door shut. Not "bukan tugas X
# semata/saja" (a task shared, not refused), nor "bukan tugas kami untuk ..." (what follows
# is what the office will not do, a sentence of its own), nor where the lexicon's own
# alternative already stands for the phrase ("bukan wewenang kami").
_NOT_OURS = re.compile(
    r"\b(?:bukan(?:lah)?|bukan[ \t]+merupakan)[ \t]+(?:kewenangan|wewenang|tugas|ranah|tupoksi|"
    r"domain)(?:nya)?\b(?![ \t]+(?:[^\W\d_]+[ \t]+){0,3}?(?:semata(?:-mata)?|saja|aja|doang|"
    r"sendiri|untuk|buat|utk)\b)", re.IGNORECASE)
NOT_OURS_REASON = ("\"Bukan wewenang ...\" terdengar menolak mentah-mentah; \"di luar "
                   "kewenangan ...\" menyampaikan batas yang sama dengan santun.")
# "... bukan wewenang kami melainkan (wewenang) Dinas PUPR": who is in charge after all.
_OURS_BUT_WHOSE = re.compile(r"(?:[ \t]+(?:kami|saya|kita))?" + _BUT_WHOSE.pattern,
                             re.IGNORECASE)
WHOSE_REASON = ("\"Bukan wewenang kami, melainkan ...\" dikatakan dari sisi yang berwenang: "
                "warga langsung tahu ke mana harus menghubungi.")


def _not_ours_changes(text: str, quoted: Sequence[tuple[int, int]], hits: Sequence[Hit] = ()
                      ) -> list[_Change]:
    """Each :data:`_NOT_OURS` said as "di luar kewenangan", outside the citizen's words
    quoted back and the lexicon's own swaps."""
    changes = []
    for match in _NOT_OURS.finditer(text) if "bukan" in text.lower() else ():
        if _overlaps(*match.span(), quoted) or _lexicon_swaps(hits, *match.span()):
            continue
        # "Keluhan Ibu ... bukan kewenangan kecamatan" -> "... berada di luar kewenangan
        # kecamatan"; with no subject before it in its clause ("Pak, bukan wewenang
        # puskesmas"), the matter is named: "hal tersebut berada di luar ...".
        _, lead = _clause_lead(text, match.start())
        new, end, reason = "berada di luar kewenangan", match.end(), NOT_OURS_REASON
        but = _OURS_BUT_WHOSE.match(text, end)
        if (but and _names_owner(but.group("who"))
                and not _overlaps(end, but.end(), quoted)):
            # "itu bukan wewenang kami melainkan wewenang Dinas PUPR" -> "itu menjadi
            # kewenangan Dinas PUPR": the draft names who is in charge
            new, end, reason = "menjadi kewenangan " + but.group("who"), but.end(), WHOSE_REASON
        if all(w in _ADDRESS for w in lead):
            new = "hal tersebut " + new
        new = _cased_at(text, match.start(), new)
        changes.append(_Change(match.start(), end, new, reason))
    return changes


# "bukan salah puskesmas": an office that disowns the fault names itself; said as what it
# could not control, the office stays named ("... di luar kendali puskesmas"). "Bukan salah
# kami/dinas/petugas" is the lexicon's to swap; "bukan salah Ibu" reassures and stays.
_NOT_TO_BLAME = re.compile(
    r"\bbukan(?:lah)?[ \t]+(?:salah|kesalahan)(?:nya)?(?=[ \t]+(?:puskesmas|kelurahan|"
    r"kecamatan|sekolah|pemkot|pemda|pdam|pln|rsud|rumah[ \t]+sakit)\b)", re.IGNORECASE)
NOT_TO_BLAME_REASON = ("\"Bukan salah ...\" membela diri dan menggeser beban kepada warga; "
                       "\"di luar kendali ...\" menyampaikan penyebabnya tanpa menuding.")


def _not_to_blame_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """Each :data:`_NOT_TO_BLAME` said as "di luar kendali", outside the citizen's words
    quoted back."""
    return [_Change(*match.span(), _cased_at(text, match.start(), "di luar kendali"),
                    NOT_TO_BLAME_REASON)
            for match in (_NOT_TO_BLAME.finditer(text) if "bukan" in text.lower() else ())
            if not _overlaps(*match.span(), quoted)]


# ---- "kami tidak akan datang lagi sebelum ..." ---------------------------------------
# What the office will not do until the citizen does something: "Kami tidak akan datang
# lagi sebelum Ibu memastikan ada di rumah." Said the other way round, it is the way
# forward with the same condition: "Kami akan datang kembali setelah Ibu memastikan ...".
# "will not", in any spelling (also read by _WONT below).
_WILL_NOT = r"(?:tidak|tdk|tak|gak|ga|nggak|ngga|enggak|ndak)[ \t]+(?:akan|bakal)"
_UNTIL = re.compile(
    rf"\b(?:kami|saya|sy|petugas(?:[ \t]+kami)?)[ \t]+(?P<wont>{_WILL_NOT}[ \t]+"
    r"(?P<verb>[^\W\d_]+)(?P<again>[ \t]+(?:lagi|kembali))?[ \t]+(?:sebelum|sampai)"
    r"(?:[ \t]+dengan)?)(?=[ \t]+[^\W\d_])", re.IGNORECASE)
UNTIL_REASON = ("\"Tidak akan ... sebelum ...\" terdengar menutup pintu; syaratnya disampaikan "
                "sebagai langkah berikutnya: \"akan ... setelah ...\".")


def _until_changes(text: str, protected, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """Each :data:`_UNTIL` refusal said as what the office will do once the condition is
    met, outside facts and the citizen's quoted words (not shouted: lowered whole)."""
    if "sebelum" not in text.lower() and "sampai" not in text.lower():
        return []
    changes = []
    for match in _UNTIL.finditer(text):
        if (match.group("wont").isupper() or _overlaps(*match.span("wont"), protected)
                or _overlaps(*match.span(), quoted)):
            continue
        again = " kembali" if match.group("again") else ""
        new = f"akan {match.group('verb')}{again} setelah"
        changes.append(_Change(*match.span("wont"), new, UNTIL_REASON))
    return changes


# ---- "kami tidak akan menindaklanjuti" -------------------------------------------------
# The office's refusal said as "will not": "kami tidak akan menindaklanjuti", "tidak akan
# kami proses", "berkas tidak akan diproses". "Belum dapat" says the same refusal the way
# a service letter does, without shutting the door; the decision stays a refusal.
_WONT = re.compile(
    rf"(?P<neg>\b{_WILL_NOT}(?:[ \t]+lagi)?)[ \t]+(?P<agent>(?:kami|saya|sy)[ \t]+)?"
    r"(?P<verb>[^\W\d_]+)", re.IGNORECASE)
# "ngulang", "mengulangi": to say again, not a service.
_REPEATING = re.compile(r"(?:meng|ng)?ulang(?:i|in)?")
# A refusal done by the office: said of "kami" just before, by "kami" after it, or in the
# passive. (A condition before it is :data:`_AFTER_IF`.)
_WE_BEFORE = re.compile(r"\b(?:kami|saya|sy)[ \t]+$", re.IGNORECASE)
WONT_REASON = ("\"Tidak akan ...\" terdengar menutup pintu; \"belum dapat ...\" menyampaikan "
               "keputusan yang sama dengan santun.")


def _wont_changes(text: str, protected, quoted: Sequence[tuple[int, int]],
                  hits: Sequence[Hit] = ()) -> list[_Change]:
    """Each :data:`_WONT` refusal of a service the office does (see _SERVICE_ACTIONS) said
    as "belum dapat", outside the facts, the citizen's words quoted back and the lexicon's
    own swaps; a shouted one ("TIDAK AKAN DIPROSES") is lowered whole by the shouting rule."""
    changes = []
    lower = text.lower()
    for match in _WONT.finditer(text) if "akan" in lower or "bakal" in lower else ():
        verb = match.group("verb").lower()
        if (match.group("neg").isupper() or not any(root in verb for root in _SERVICE_ACTIONS)
                or _overlaps(*match.span(), quoted) or _overlaps(*match.span(), protected)
                or _lexicon_swaps(hits, *match.span())):
            continue
        if not (match.group("agent") or verb.startswith("di")
                or _WE_BEFORE.search(text, max(0, match.start() - 10), match.start())):
            continue  # "mengulang keluhan tidak akan mengubah hasil": no office's deed
        if _REPEATING.fullmatch(verb) or _AFTER_IF.search(
                text, _sentence_start(text, match.start()), match.start()):
            # "kami nggak bakal ngulang" (repeat what was said) is no service; "Jika
            # terulang, kami tidak akan lagi ...", a consequence, is the threat rules' to say
            continue
        new = "belum dapat"
        new = _cased_at(text, match.start(), new)
        changes.append(_Change(match.start("neg"), match.end("neg"), new, WONT_REASON))
    return changes


# ---- "Tunggu!", "SABAR!!!", "Laporkan." ---------------------------------------------------
# A sentence that is one bare command (past the citizen's title) barks however calm the
# rest is; asked for, it keeps what it asks ("Mohon tunggu.", "Mohon kesabarannya."). Not a
# command that is rude in itself ("Diam!", "Minggir!", "Pulang!"): asking for it politely
# would still say it; other rules and the rounds deal with those. Nor "jangan" left alone,
# which forbids nothing said.
_RUDE_ALONE = frozenset("diam minggir pergi keluar pulang stop setop berhenti jangan ojo"
                        .split())
# Commands whose polite form is another word.
_ASKED_AS = {"sabar": "mohon kesabarannya"}


def _one_word_order_changes(text: str, quoted: Sequence[tuple[int, int]]) -> list[_Change]:
    """Each sentence of one bare command said as a request (see :data:`_RUDE_ALONE`)."""
    changes = []
    for a, b in sentences(text):
        # (an emoji ends a piece as a full stop would: "... KIP cair 🙄🙄 SABAR!!!")
        start = _past_title(text, max([a] + [m.end() for m in _EMOJI_RUN.finditer(text, a, b)]))
        words = list(_WORD.finditer(text, start, b))
        if len(words) != 1 or _EMOJI_RUN.sub("", text[words[0].end() : b]).strip(" \t.!?…"):
            continue
        word = words[0]
        lower = word.group(0).lower()
        formal = lexicons.informal_map().get(lower, lower)
        if (formal in _RUDE_ALONE or not (_imperative(formal) or _imperative(lower))
                or lower.startswith("di") or _overlaps(*word.span(), quoted)):
            continue
        new = _ASKED_AS.get(formal, "mohon " + lower)
        if _at_sentence_start(text, word.start()) or word.group(0)[:1].isupper():
            new = _capitalize(new)
        changes.append(_Change(*word.span(), new, COMMAND_REASON))
    return changes


def _said_instead(text: str, pattern: re.Pattern, new: str, reason: str
                  ) -> tuple[str, list[_Change]] | None:
    """The matches of ``pattern`` still in a suggestion said as ``new`` (with a capital
    where the match had one), but not shouted ones, which are lowered whole, nor in the
    citizen's words quoted back. The last rounds' swaps: earlier rounds read these words as
    the mark of a lecture, which may go whole."""
    found = [m for m in pattern.finditer(text) if not m.group(0).isupper()]
    if not found:
        return None
    quoted = analyze(text).quoted
    # (a capital where a sentence starts: "Ibu seharusnya tahu" after "Dan" takes none)
    changes = [_Change(*m.span(), _capitalize(new) if m.group(0)[0].isupper()
                       and _at_sentence_start(text, m.start()) else new, reason)
               for m in found if not _overlaps(*m.span(), quoted)]
    return (_apply(text, changes), changes) if changes else None


def _next_time_told(text: str) -> tuple[str, list[_Change]] | None:
    """The "lain kali" of :data:`_NEXT_TIME` said as "ke depannya" ("Lain kali pikir dulu
    sebelum merekam petugas ..." may go whole in the rounds before)."""
    return _said_instead(text, _NEXT_TIME, "ke depannya", NEXT_TIME_REASON)


# A "why" question tacked on a statement that turns it into a reproach ("Itu urusan RT,
# kenapa malah teriak-teriak di kantor kelurahan?", "..., kenapa marahnya ke kami?").
_TRAILING_WHY = re.compile(
    r",[ \t]*(?:(?:terus|lalu|trus|tapi)[ \t]+)?(?:kenapa|mengapa|ngapain|napa)[ \t]+"
    r"(?:malah|marah|marahnya|marah-marah|protes|protesnya|nyalahin|menyalahkan|"
    r"ribut|teriak|teriak-teriak|ngamuk|ngomel|ngomelnya)\b[^.?!\n]*\?", re.IGNORECASE)
TRAILING_WHY_REASON = ("Pertanyaan \"kenapa malah ...\" di ujung kalimat menegur warga; "
                       "cukup sampaikan informasinya.")


def _trailing_reproach(text: str) -> tuple[str, list[_Change]] | None:
    """A reproaching "why" question after a statement goes, and the statement ends there
    ("Hal tersebut menjadi kewenangan RT, kenapa malah teriak-teriak di kantor?" -> "Hal
    tersebut menjadi kewenangan RT."); one holding a fact, or after no more than the
    citizen's title, stays."""
    protected = fact_ranges(text)
    changes = []
    for match in _TRAILING_WHY.finditer(text):
        said = [_plain(w) for w in _WORD.findall(text, _sentence_start(text, match.start()),
                                                  match.start())]
        if (len([w for w in said if w not in _ADDRESS]) >= 2
                and not _overlaps(match.start(), match.end(), protected)):
            changes.append(_Change(match.start(), match.end(), ".", TRAILING_WHY_REASON))
    return (_apply(text, changes), changes) if changes else None


def _grasp_told(text: str) -> tuple[str, list[_Change]] | None:
    """The lead-ins of :data:`_YOU_MUST_GRASP` said by the office ("Perlu Ibu ketahui,
    petugas kami bekerja siang malam, tidak seperti yang Ibu bayangkan ..." may go whole in
    the rounds before)."""
    return _said_instead(text, _YOU_MUST_GRASP, "perlu kami sampaikan", GRASP_REASON)


# ---- where each part of a suggestion came from ----------------------------------------
# The rounds rewrite the draft's rewrite; the edits shown to the officer must still say, of
# each stretch of the draft, what became of it and why. A suggestion in the making is kept
# as runs: the draft's own words (with where they stand in the draft) and words a change put
# in (with its reason), so the edits are read off exactly instead of guessed by a diff.
@dataclass(frozen=True, slots=True)
class _Run:
    text: str
    at: int | None  # where the draft's own words start in the draft; None: put in
    reason: str = ""


@dataclass(frozen=True, slots=True)
class _Tracked:
    runs: tuple[_Run, ...]
    removed: tuple[tuple[int, int, str], ...]  # draft stretches a change took out, and why

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def _untouched(draft: str) -> _Tracked:
    return _Tracked((_Run(draft, 0),) if draft else (), ())


def _cut(runs: Sequence[_Run], starts: list[int], start: int, end: int) -> list[_Run]:
    """The runs that make up ``[start, end)`` of their text; ``starts`` are their offsets."""
    out = []
    for run, at in zip(runs, starts, strict=True):
        a, b = max(start, at), min(end, at + len(run.text))
        if a < b:
            out.append(_Run(run.text[a - at : b - at],
                            None if run.at is None else run.at + a - at, run.reason))
    return out


def _strip_runs(runs: list[_Run], chars: str | None, left: bool) -> list[_Run]:
    """``runs`` with ``chars`` (whitespace if None) stripped at one end, as str.strip does."""
    runs = list(runs)
    while runs:
        run = runs[0] if left else runs[-1]
        kept = run.text.lstrip(chars) if left else run.text.rstrip(chars)
        if kept:
            if left and run.at is not None:  # the run now starts further into the draft
                runs[0] = _Run(kept, run.at + len(run.text) - len(kept), run.reason)
            elif left:
                runs[0] = _Run(kept, None, run.reason)
            else:
                runs[-1] = _Run(kept, run.at, run.reason)
            break
        runs.pop(0 if left else -1)
    return runs


def _last_char(runs: list[_Run]) -> str:
    return runs[-1].text[-1] if runs else ""


def _join_runs(left: list[_Run], right: list[_Run]) -> list[_Run]:
    """:func:`_join` on runs: the same characters kept, each with where it came from."""
    last = _last_char(left)
    if last in (" ", "\n") and right and right[0].text.startswith(" "):
        right = _strip_runs(right, " ", left=True)
    first = right[0].text[:1] if right else ""
    if last == " " and first in (",", ".", "?", "!"):
        left = _strip_runs(left, " ", left=False)
    if first in (".", "?", "!") and _last_char(left) in (",", ";", ":"):
        run = left[-1]
        left = left[:-1] + ([_Run(run.text[:-1], run.at, run.reason)] if len(run.text) > 1
                            else [])
    return left + right


def _apply_tracked(tracked: _Tracked, changes: list[_Change]) -> _Tracked:
    """What :func:`_apply` makes of ``tracked.text``, as runs (step for step the same)."""
    text = tracked.text
    starts, at = [], 0
    for run in tracked.runs:
        starts.append(at)
        at += len(run.text)
    out: list[_Run] = []
    removed = list(tracked.removed)
    cursor = 0
    for change in changes:
        out = _join_runs(out, _cut(tracked.runs, starts, cursor, change.start))
        for run in _cut(tracked.runs, starts, change.start, change.end):
            if run.at is not None:
                removed.append((run.at, run.at + len(run.text), change.reason))
        new = change.new or _separator(text, change.start, change.end)
        out = _join_runs(out, [_Run(new, None, change.reason)] if new else [])
        cursor = change.end
    out = _join_runs(out, _cut(tracked.runs, starts, cursor, len(text)))
    out = _strip_runs(_strip_runs(out, None, left=True), None, left=False)
    for pattern, replacement in _break_tidy_ups(text):
        out = _sub_runs(out, pattern, replacement)
    return _Tracked(tuple(out), tuple(removed))


def _sub_runs(runs: list[_Run], pattern: re.Pattern, replacement: str) -> list[_Run]:
    """``pattern.sub(replacement, text)`` on runs: of each match, the characters that
    spell the replacement keep where they came from."""
    text = "".join(run.text for run in runs)
    if not pattern.search(text):
        return runs
    chars = [(char, None if run.at is None else run.at + k, run.reason)
             for run in runs for k, char in enumerate(run.text)]
    kept: list[tuple[str, int | None, str]] = []
    cursor = 0
    for match in pattern.finditer(text):
        kept += chars[cursor : match.start()]
        wanted, picked = list(replacement), []
        for item in chars[match.start() : match.end()]:
            if wanted and item[0] == wanted[0]:
                picked.append(item)
                wanted.pop(0)
        kept += picked if not wanted else [(char, None, "") for char in replacement]
        cursor = match.end()
    kept += chars[cursor:]
    merged: list[_Run] = []
    for char, at, reason in kept:
        last = merged[-1] if merged else None
        if last is not None and last.reason == reason and (
                at is None and last.at is None
                or at is not None and last.at is not None and last.at + len(last.text) == at):
            merged[-1] = _Run(last.text + char, last.at, reason)
        else:
            merged.append(_Run(char, at, reason))
    return merged


def _tracked_edits(draft: str, tracked: _Tracked) -> list[Edit] | None:
    """The edits that turn ``draft`` into ``tracked.text``, one per stretch between the
    draft's words that stay, each with the reason of the change behind it; a stretch
    where a change put words in and another took words out gives one edit for each."""
    parts: list[tuple[str, int, int, str, str | None]] = []  # kind, start, end, new, reason
    position = 0
    for run in tracked.runs:
        if run.at is None:
            parts.append(("in", position, position, run.text, run.reason))
            continue
        if run.at < position:
            return None
        if run.at > position:
            parts += _taken_out(tracked, position, run.at)
        parts.append(("keep", run.at, run.at + len(run.text), "", None))
        position = run.at + len(run.text)
    if position < len(draft):
        parts += _taken_out(tracked, position, len(draft))
    edits: list[Edit] = []
    gap: list[tuple[str, int, int, str, str | None]] = []
    for part in parts + [("keep", len(draft), len(draft), "", None)]:
        if part[0] != "keep":
            gap.append(part)
            continue
        edits += _gap_edits(draft, gap)
        gap = []
    return [e for e in edits if e.old != e.new]


def _taken_out(tracked: _Tracked, start: int, end: int
               ) -> list[tuple[str, int, int, str, str | None]]:
    """``draft[start:end]``, gone from the suggestion, cut where the change that took it
    out changes; what only a clean-up took (a space where two edits met) goes with the
    stretch before it (or after it, at the start)."""
    pieces: list[list] = []
    at = start
    while at < end:
        why = next((r for a, b, r in tracked.removed if a <= at < b), None)
        stop = min([b for a, b, _ in tracked.removed if a <= at < b]
                   + [a for a, _, _ in tracked.removed if at < a < end] + [end])
        if pieces and (why is None or pieces[-1][2] == why):
            pieces[-1][1] = stop
        elif pieces and pieces[-1][2] is None:
            pieces[-1][1:] = [stop, why]
        else:
            pieces.append([at, stop, why])
        at = stop
    return [("out", a, b, "", why) for a, b, why in pieces]


def _gap_edits(draft: str, gap: list[tuple[str, int, int, str, str | None]]) -> list[Edit]:
    """One stretch between kept words as edits: the words put in there and the draft's
    words taken out. A change that took words out shows as one edit with the words it put
    in ("tunggu saja" -> "mohon kesediaannya menunggu"); words other changes put in are
    edits of their own where they stand, side by side ones together."""
    if not gap:
        return []
    inserted = [(new, reason) for kind, _, _, new, reason in gap if kind == "in"]
    outs = [(a, b, reason) for kind, a, b, _, reason in gap if kind == "out"]
    if not outs:
        return [_put_in(draft, gap[0][1], gap[0][1], inserted)]
    edits: list[Edit] = []
    matched = False
    for start, end, reason in outs:
        own = next((i for i, (_, why) in enumerate(inserted) if reason and why == reason),
                   None)
        if own is None:
            edits.append(Edit(start=start, end=end, old=draft[start:end], new="",
                              reason=reason or GENERIC_REASON))
            continue
        if own:
            edits.append(_put_in(draft, start, start, inserted[:own]))
        edits.append(Edit(start=start, end=end, old=draft[start:end], new=inserted[own][0],
                          reason=reason))
        inserted = inserted[own + 1 :]
        matched = True
    if inserted:
        # Left over: after the last swap, or where the stretch starts when none was made.
        at = outs[-1][1] if matched else outs[0][0]
        edits.insert(len(edits) if matched else 0, _put_in(draft, at, at, inserted))
    return edits


def _put_in(draft: str, start: int, end: int, inserted: list[tuple[str, str | None]]
            ) -> Edit:
    """Words put in side by side as one edit, under the reason of the longest of them."""
    named = [(len(new.strip()), reason) for new, reason in inserted if reason]
    reason = max(named, key=lambda pair: pair[0])[1] if named else GENERIC_REASON
    return Edit(start=start, end=end, old=draft[start:end],
                new="".join(new for new, _ in inserted), reason=reason)


def _join(left: str, right: str) -> str:
    if left.endswith((" ", "\n")) and right.startswith(" "):
        right = right.lstrip(" ")
    if left.endswith(" ") and right[:1] in (",", ".", "?", "!"):
        left = left.rstrip(" ")
    if right[:1] in (".", "?", "!") and left.endswith((",", ";", ":")):
        left = left[:-1]  # a clause gone before the end of its sentence: "batal, ." -> "batal."
    return left + right


# A number just before a unit, maybe with the unit it stands under ("250 mg/dl", "40 cm").
_AFTER_A_NUMBER = re.compile(r"\d[ \t]?(?:[a-zA-Z]{1,3}/)?$")
_UNITS = frozenset("dl cm mm m km kg g gr mg ml l lt".split())


def _is_chat_spelling(text: str, token, shouted: Sequence[tuple[int, int]]) -> bool:
    """"gak", "udh", "yg" — but not the letter abbreviations "Jl.", "Sdr.", "Kel.", nor a
    unit after a number ("250 mg/dl" is no "dulu"), nor a short word in capitals outside
    the ``shouted`` stretches."""
    if token.lower not in lexicons.informal_map() or token.norm == token.lower:
        return False
    if token.lower in _UNITS and _AFTER_A_NUMBER.search(text, max(0, token.start - 12),
                                                         token.start):
        return False
    if token.text.isupper() and len(token.text) <= 3 and not _overlaps(
            token.start, token.end, shouted):
        return False  # "TD 180/100", "TW III", "PD terkait": a short word in capitals alone
        #               is an acronym ("YG" inside shouting is still chat)
    return not (token.lower in _ABBREVIATIONS and text[token.end : token.end + 1] == ".")


def _formal_spellings(analysis: Analysis, protected) -> list[_Change]:
    changes = []
    shouted = analysis.shouted_ranges()
    for token in analysis.tokens:
        if _is_chat_spelling(analysis.text, token, shouted):
            if not _overlaps(token.start, token.end, protected):
                new = _capitalize(token.norm) if token.text[:1].isupper() else token.norm
                changes.append(_Change(token.start, token.end, new, INFORMAL_REASON))
    return changes


def to_formal(text: str) -> str:
    """Only the informal -> formal spelling step of a formal-register rewrite."""
    analysis = analyze(text)
    return _apply(text, _formal_spellings(analysis, fact_ranges(text, analysis)))


_DIFF_TOKEN = re.compile(r"\w+\s*|[^\w\s]\s*|\s+", re.UNICODE)
GENERIC_REASON = "Disesuaikan agar nada balasan lebih santun."


def _diff_edits(original: str, final: str, changes: Sequence[_Change]) -> list[Edit]:
    """Edits that turn ``original`` into ``final``, found by a word-level diff when a change
    was made on an intermediate text; each takes the reason of the change it came from."""
    import difflib

    a = [m for m in _DIFF_TOKEN.finditer(original)]
    b = [m.group(0) for m in _DIFF_TOKEN.finditer(final)]
    # Exact matching is quadratic; on a long letter the junk heuristic keeps it fast, and
    # the opcodes still rebuild ``final`` exactly, only perhaps in a few larger edits.
    # Words are aligned without regard to case, so that a lowered shout ("BACA DULU" ->
    # "baca dulu") lines up with itself and shows as its own edit.
    matcher = difflib.SequenceMatcher(None, [m.group(0).lower() for m in a],
                                      [t.lower() for t in b], autojunk=len(a) > 600)
    opcodes: list[tuple[int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            opcodes.append((i1, i2, j1, j2))
            continue
        run: tuple[int, int, int, int] | None = None  # equal but for case: recasing edits
        for k in range(i2 - i1):
            if a[i1 + k].group(0) == b[j1 + k]:
                if run:
                    opcodes.append(run)
                run = None
            elif run is None:
                run = (i1 + k, i1 + k + 1, j1 + k, j1 + k + 1)
            else:
                run = (run[0], i1 + k + 1, run[2], j1 + k + 1)
        if run:
            opcodes.append(run)
    edits = []
    for i1, i2, j1, j2 in opcodes:
        start = a[i1].start() if i1 < len(a) else len(original)
        end = a[i2 - 1].end() if i2 > i1 else start
        new = "".join(b[j1:j2])
        edits.append(Edit(start=start, end=end, old=original[start:end], new=new,
                          reason=_reason_for(start, end, new, changes,
                                             original[start:end])))
    return edits


def _reason_for(start: int, end: int, new: str, changes: Sequence[_Change],
                old: str = "") -> str:
    stripped = new.strip()
    for change in changes:
        text = change.new.strip()
        if stripped and text and (stripped in text or text in stripped):
            return change.reason
    # A deletion made on a later round's text: positions differ, the words removed do not.
    gone = old.strip(" ,.;:")
    for change in changes:
        removed = change.old.strip(" ,.;:")
        if not stripped and gone and removed and not change.new and (
                gone in removed or removed in gone):
            return change.reason
    for change in changes:
        if change.start <= end and start <= change.end:
            return change.reason
    return GENERIC_REASON


def _edits_of(draft: str, final: str, tracked: _Tracked | None,
              changes: list[_Change]) -> list[Edit]:
    """The edits read off the runs when they spell ``final`` (they always do while each
    round returns ``_apply`` of its changes); else, as a safety net, a word diff."""
    if tracked is not None and tracked.text == final:
        found = _tracked_edits(draft, tracked)
        if found is not None:
            return found
    return _diff_edits(draft, final, changes)


# ---- marked clauses that are still there -----------------------------------------------
WAY_REASON = ("Arahan ke tempat layanan disampaikan sebagai ajakan (\"silakan\"), bukan "
              "sebagai usiran.")
INTERJECTION_REASON = ("Seruan pembuka (\"ya ampun\", \"halah\", \"wah\") terkesan kesal "
                       "atau menyindir, jadi dihapus.")
ORDER_DROP_REASON = ("Larangan yang hanya menegur warga dan tidak memuat informasi yang "
                     "dibutuhkan dihapus.")
JUDGING_REASON = ("Kata \"{word}\" menghakimi warga; keputusan disampaikan sebagai akibat "
                  "dari faktanya.")
CONDITION_REASON = ("\"ya\" sesudah syarat terkesan menggurui; syarat dan akibatnya "
                    "dipisah dengan koma.")
# Where a marked span is cut into clauses: as for a harsh sentence, and before "dan
# jangan ..." ("laporkan ke dinas dan jangan merepotkan pihak lain": two things asked).
_MARKED_BREAK = re.compile(_CLAUSE_BREAK.pattern
                           + r"|\s+(?=(?:dan|tapi|tetapi|terus)\s+(?:jangan|jgn)\b)",
                           re.IGNORECASE)
# A clause that sets up the next one: a condition ("nek ora seneng ..."), or whom it is for
# ("bagi jukir yang tidak sanggup, ...").
_LEADING_CLAUSE = re.compile(rf"(?:{_CONDITION_WORDS}|nek|yen|lek|misal|misalnya|seandainya|"
                             r"andai|bagi|buat yang|untuk yang)\b", re.IGNORECASE)
# The suggestion already asks for what follows ("mohon coba cek ..." from an earlier edit).
_ASKED_BEFORE = re.compile(r"\b(?:mohon|silakan|silahkan|harap|tolong)\s+$", re.IGNORECASE)
_COURTESY = re.compile(r"\b(?:terima kasih|makasih|maaf|mohon|silakan|silahkan|tolong)\b",
                      re.IGNORECASE)
# "Sana ke bank", "langsung aja ke IGD": a way forward said as a dismissal.
_GO_TO = re.compile(r"(?:sana|pergi|langsung|datang|mrono|rono)\s+(?:aja\s+|saja\s+|ae\s+)?"
                    r"(?=(?:ke|nang|neng|menyang)\s)", re.IGNORECASE)
# What may lead into an order: a joining word, or when ("Besok jangan balik lagi ...").
_LEADING_CONJUNCTION = re.compile(r"(?:dan|tapi|tetapi|terus|jadi|besok|nanti|lain\s+kali|"
                                  r"ke\s*depan(?:nya)?)\s+", re.IGNORECASE)
# "jangan ...", "nggak usah ...": an order not to do something.
_NEGATIVE_ORDER = re.compile(
    rf"(?:{_LEADING_CONJUNCTION.pattern})?(?:jangan|jgn|ojo|(?:tidak|tdk|gak|ga|nggak|ngga|"
    r"ndak|ora|mboten)\s+(?:usah|perlu|sah))\b", re.IGNORECASE)
# What a forbidding of blame or argument forbids (plain forms), and the words that may come
# between the negation and it ("jangan dikit2 nyalahin", "jgn asal nuduh").
_REPROACHES = frozenset(
    "menyalahkan salahin nyalahke salahke protes komplain ngeyel ngotot ngajari mengajari "
    "menggurui nuntut menuntut ribut nyinyir sewot ngegas nuding menuding tuduh nuduh "
    "menuduh ngomel mengomel marah marah-marah maksa memaksa".split())
_BEFORE_REPROACH = frozenset(
    "dikit dikit-dikit sedikit sedikit-sedikit selalu terus asal sembarangan main langsung "
    "malah cuma hanya sedikit2 dikit2 terus-terusan sok".split())
# Asking or getting in touch: forbidden ("jangan tanya kami", "jangan dikit2 telpon ke nomor
# dinas"), it turns the citizen away; where the order names ("ke nomor dinas") is where not
# to go, no way forward.
_CONTACTS = frozenset(
    "tanya nanya nanyain tanyain menanyakan ditanya ditanyain takon takok wa whatsapp chat "
    "ngechat nge-chat telpon telepon nelpon menelepon telp tlp nelfon dm mention ngetag "
    "nge-tag komen ngomen sms hubungi menghubungi".split())


_ASKED_NOT = re.compile(r"(?:mohon|harap)\s+(?:untuk\s+)?(?=tidak|jangan)", re.IGNORECASE)


def _forbids_reproach(text: str, start: int, end: int, protected) -> bool:
    """Whether ``text[start:end]`` only forbids blaming or arguing with the office, whoever
    it names ("jangan dikit2 nyalahin dinas", "jadi jangan salahin petugas ya"), or to ask
    or get in touch (:data:`_CONTACTS`, "jangan tanya kami"): asked politely, it still
    turns the citizen away, so it goes. Not when it states a fact, nor, for blame, when it
    says where to go instead."""
    asked = _ASKED_NOT.match(text, start)  # (asked politely by an earlier round)
    order = _NEGATIVE_ORDER.match(text, start if asked is None else asked.end())
    if order is None:
        return False
    if _reproach(text, order.end(), end, _CONTACTS):
        return _own_words(text, start, end, protected) is not None
    if not _reproach(text, order.end(), end):
        return False
    # (where the citizen argued, "di kolom komentar", is no way to go; "ke kelurahan" is)
    words = [_plain(w) for w in _WORD.findall(text, start, end)]
    return _own_words(text, start, end, protected) is not None and not _says_where(
        [w for w in words if w not in ("di", "dalam")])


def _reproach(text: str, start: int, end: int, forbidden: frozenset[str] = _REPROACHES
              ) -> bool:
    """Whether the words from ``start`` (after a negation) forbid blaming or arguing (or,
    given other ``forbidden`` words, those)."""
    for match in _WORD.finditer(text, start, end):
        word = _plain(match.group(0))
        if word in forbidden:
            return True
        if word not in _BEFORE_REPROACH and match.group(0).lower() not in _BEFORE_REPROACH:
            return False
    return False
# "ya wajar ga lolos", "wajar kemasukan air": a verdict on the citizen before a decision.
_JUDGING = re.compile(r"(?:ya\s+)?(wajar(?:\s+aja|\s+saja)?|pantas(?:an)?|pantes(?:an)?)\s+"
                      r"(?=[^\W\d_])", re.IGNORECASE)
# "wajar kalau ...": the "if" after a judgement only says what is judged.
_THAT_IF = re.compile(r"(?:kalau|kalo|jika|bila|apabila)\s+", re.IGNORECASE)
# "Kalau angkanya naik ya berarti ...": "ya" between a condition and what follows.
_CONDITION_YA = re.compile(r"\s+ya\s+(?=[^\W\d_])", re.IGNORECASE)


# Words that carry what a citizen needs to know even in a harsh remark: amounts and times
# written as words ("tiga bulan", "hari penutupan") and who bears what ("risiko ...
# menjadi tanggungan Bapak", "bukan kewenangan kami").
# What a number in words counts, shouted or not: "TIGA KALI", "DUA MINGGU".
_COUNTED = frozenset("kali hari minggu bulan tahun jam menit pekan sekali sehari seminggu "
                     "sepekan sebulan setahun sejam semenit".split())
_NUMBER_WORDS = frozenset(
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh ratus "
    "ribu juta seratus seribu sejuta".split())
_CONTENT_WORDS = _NUMBER_WORDS | frozenset(
    "pertama kedua ketiga keempat kelima jam hari minggu pekan bulan tahun tanggal "
    "tgl risiko resiko tanggung tanggungan jawab wewenang kewenangan kewajiban wajib hak "
    "sanksi penghentian".split())


def _sentence_pieces(text: str, spans: Sequence[Span]) -> list[Span]:
    """Each span cut at the ends of sentences (as the analysis reads them, so not after
    "Jl." or "Yth.") and at emoji."""
    found = sentences(text)
    pieces = []
    for span in spans:
        for a, b in found:
            start, end = max(a, span.start), min(b, span.end)
            for match in [*_EMOJI_RUN.finditer(text, start, end), None]:
                stop = match.start() if match else end
                if text[start:stop].strip(" .!?…"):
                    pieces.append(_sub_span(text, span, start, stop))
                start = match.end() if match else end
    return pieces


def _marked_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of a marked span, each judged on its own."""
    return _clauses(text, start, end, _MARKED_BREAK)


def _verbatim(text: str, phrase: str, framing: Sequence[tuple[int, int]]) -> int | None:
    """Where ``phrase`` stands in ``text`` as whole words, outside the added framing."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        whole = (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum())
        if whole and not _overlaps(at, end, framing):
            return at
        at = text.find(phrase, at + 1)
    return None


def _clear_clause(text: str, start: int, end: int, protected
                  ) -> tuple[list[_Change], bool]:
    """What becomes of a marked clause ``text[start:end]`` still left as written: the
    changes to make, and whether the clause is a remark that may go instead (if it reads
    harsh on its own; the changes are then what happens otherwise)."""
    words = [_plain(w) for w in _WORD.findall(text, start, end)]
    if _ASKED_NOT.match(text, start) and _forbids_reproach(text, start, end, protected):
        # "mohon tidak perlu ribut di kolom komentar": asked politely, still a reproach
        return [_delete(text, start, _past_own_emoji(text, end), ORDER_DROP_REASON)], False
    if (not words or all(w in _ADDRESS for w in words) or _COURTESY.search(text, start, end)
            or _ASKED_BEFORE.search(text, 0, start)):
        return [], False  # only a title, or already asked for politely
    if _ASIDE_BEFORE.search(text[max(0, start - 80) : start]):
        # What an aside interrupts goes on after it ("banyak warga, termasuk Ibu, datang
        # tanpa ..."): the verb has its subject before the aside and orders nothing.
        return [], False
    own = _own_words(text, start, end, protected)
    if (_refuses(words) and _OPENS_SENTENCE.search(text[:start])
            and not _APOLOGISES.search(text, _sentence_start(text, start), start)
            and not _APOLOGISED_BEFORE.search(text[:start])):
        # A refusal is the decision and stays; said with an apology, it reads as one made
        # with regret ("Mohon maaf, kami tidak dapat memberikan kepastian.").
        return [_apologise(text, start, protected, _SOFTENED["mengabaikan"])], False
    # A condition states a rule or the way to a result ("kalau mau lolos kurasi, ..."),
    # and what follows one is its result: neither is a remark.
    content = (own is None or bool(own & (lexicons.service_nouns() | _CONTENT_WORDS))
               or _LEADING_CLAUSE.match(text, _past_fillers(text, _past_title(text, start)))
               is not None
               or _follows_condition(text, start) or _held_by_neighbours(text, start, end)
               or _list_item(text, start, end))
    opening = _at_sentence_start(text, start)
    aside = _INTERJECTION.match(text, start)
    following = re.compile(r"[\s,]*").match(text, end).end()
    if aside is not None and all(_plain(w) in _ADDRESS
                                 for w in _WORD.findall(text, aside.end(), end)) and (
            not opening or _opens_plainly(text, following, protected)):
        # ... unless the word after it would need a capital it must not take ("timbangan")
        return [_delete(text, start, end, INTERJECTION_REASON)], False
    go = _GO_TO.match(text, start)
    if go is not None:
        new = "Silakan " if opening else "silakan "
        return [_Change(start, go.end(), new, WAY_REASON)], False
    body = start
    if _NEGATIVE_ORDER.match(text, start):
        if not content or _forbids_reproach(text, start, end, protected):
            return [_delete(text, start, _past_own_emoji(text, end), ORDER_DROP_REASON)], False
        if lead := _LEADING_CONJUNCTION.match(text, start):
            body = lead.end()
    first = _WORD.match(text, body)
    # "foto tetangga Ibu ...", "daftar rekanan ...": a noun that can also be an order.
    request = None if first is None or _plain(first.group(0)) in lexicons.service_nouns() \
        else _polite_command(text, body, end, protected)
    if request is not None:
        return [request, *_attitude_changes(text, request.end, end, protected)], False
    judging = _JUDGING.match(text, start)
    if judging is not None and judging.end() < end and not {
            _plain(w) for w in _WORD.findall(text, judging.end(), end)} - ATTITUDE_PARTICLES:
        # "..., ya wajar lah": the judgement is all the clause says
        return [_delete(text, start, _past_own_emoji(text, end),
                        JUDGING_REASON.format(word=judging.group(1)))], False
    if judging is not None and judging.end() < end:
        stop = judging.end()
        if (that := _THAT_IF.match(text, stop)) is not None:
            stop = that.end()  # "wajar kalau namanya dicoret": what is judged is said plainly
        if opening and that is None:
            new = "Karena itu, "
        elif re.search(r",\s*$", text[:start]) and not _follows_condition(text, start):
            new = "sehingga "  # (a condition's result needs no connective)
        else:
            new = ""
        return [_Change(start, stop, new, JUDGING_REASON.format(word=judging.group(1)))], False
    softer = _attitude_changes(text, start, end, protected)
    if _CONDITION.match(text, _past_fillers(text, start)):
        ya = _CONDITION_YA.search(text, start, end)
        if ya is not None:
            new = ", silakan " if text.startswith("ke ", ya.end()) else ", "
            softer = [*softer, _Change(ya.start(), ya.end(), new, CONDITION_REASON)]
    # A remark may go only when it brings at most a couple of words of its own, as in the
    # first round: a longer one names something ("masalah monyet", "brosur") a reader needs.
    # (not one naming its topic: "Wah nek masalah monyet ngono kuwi aku ora ngerti Bu."
    # says what the reply is about, as in _drop_harsh_sentences)
    whole = (opening and re.match(r"[ \t]*(?:[.!?…\n]|$)", text[_past_own_emoji(text, end):])
             and not _TOPIC.search(text, start, end))
    return softer, not content and _few_and_plain(own, MAX_WHOLE_WORDS if whole
                                                  else MAX_NEW_WORDS)


def _follows_condition(text: str, start: int) -> bool:
    """Whether the clause before ``start``, in the same sentence, is a condition still
    waiting for its result (not one that already has it: "kalau tidak puas silakan lapor,
    kami tidak takut")."""
    opening = max([text.rfind("\n", 0, start) + 1]  # an emoji ends a remark too
                  + [m.end() for m in _PIECE_END.finditer(text, 0, start)])
    parts = _clauses(text, opening, start)
    if not parts:
        return False
    condition = _LEADING_CLAUSE.match(text, _past_title(text, parts[-1][0]))
    return condition is not None and not _ITS_OWN_RESULT.search(text, condition.end(),
                                                                 parts[-1][1])


# A condition that goes on to say what follows it, within its own clause.
_ITS_OWN_RESULT = re.compile(r"\b(?:silakan|silahkan|mohon|harap|maka)\b", re.IGNORECASE)


# "Adapun" opens a letter's sentence after the greeting this rewriter put before it.
_ADAPUN = re.compile(r"adapun[ \t]+", re.IGNORECASE)
# Words that open a clause which cannot stand as a sentence alone: it needs the main clause
# after it ("Selama ..., <main clause>."). (A lead-in, "Terkait keluhan ...", is given a
# main clause of its own when it is left alone: see _LEAD_IN.)
_LEANING_OPENER = re.compile(r"(?:selama|mengingat|seandainya|andai(?:kan|kata)?|berhubung|"
                             r"meskipun|walaupun|walau|kendati|sekalipun|sewaktu|ketika|"
                             r"berdasarkan|setelah|sesudah|seusai|sejak)\b", re.IGNORECASE)


def _sentence_words_start(text: str, index: int, protected) -> int:
    """Where the sentence holding ``index`` says its own words: past a letter's opening,
    the citizen's title and the fillers it opens with ("Yth. Bapak Tri, terkait ...")."""
    return _past_fillers(text, _body_start(text, _sentence_start(text, index), index,
                                           protected))


def _props_up(text: str, start: int, end: int, protected=()) -> bool:
    """Whether ``text[start:end]`` is the main clause that the subordinate clause opening
    its sentence leans on, and the sentence's last: without it the sentence would be a
    fragment ("Selama perilaku warga belum berubah, <pembersihan oleh kami tidak akan
    banyak berarti>." -> "Selama perilaku warga belum berubah."), when that clause states
    more than a few plain words (a lead that says little goes with it, see _deletion).
    Clauses of a word or two between them ("..., tentu ...") do not count."""
    if re.match(r"[ \t]*(?:[.!?…\n]|$)", text[_past_own_emoji(text, end):]) is None:
        return False  # more of the sentence follows it
    body = _sentence_words_start(text, start, protected)
    if apology := _APOLOGY_FIRST.match(text, body):
        body = _past_fillers(text, apology.end())
    if adapun := _ADAPUN.match(text, body):
        body = adapun.end()
    lead = _clauses(text, body, start)
    if not lead or _LEANING_OPENER.match(text, lead[0][0]) is None or any(
            len(_WORD.findall(text, a, b)) > 2 for a, b in lead[1:]):
        return False
    # A lead that says little goes with it (see _deletion); one that states facts stays.
    return not _few_and_plain(_own_words(text, lead[0][0], lead[-1][1], protected),
                              MAX_CONDITION_WORDS)


def _held_by_neighbours(text: str, start: int, end: int) -> bool:
    """Whether the clause cannot go without breaking its sentence: the words before it
    stop in the middle of a phrase ("dalam juknis yang, ..."), or what follows leans on it
    ("..., sehingga keduanya ...")."""
    before = _WORD.findall(text[max(0, start - 40) : start])
    if before and not re.search(r"[.!?…\n]\s*$", text[:start]) and (
            _plain(before[-1]) in _OPEN_ENDED):
        return True
    after = re.match(r"[\s,;:–—-]*", text[end:])
    rest = end + (after.end() if after else 0)
    if rest < len(text) and text[end:rest].strip(" ") in ("", ",", ";", ":", "-", "–", "—"):
        return bool(_JOINING.match(text, rest) or _LEANING.match(text, rest)
                    or _CONTRAST.match(text, rest)
                    # "Min cuma admin Kak, gak ngurusin meteran": what follows says, of the
                    # subject this clause names, what it does not do
                    or _at_sentence_start(text, start) and _PREDICATE_ONLY.match(text, rest))
    return False


# The end of a list that an item before it leads into: "..., dan surat edaran RW".
_LIST_GOES_ON = re.compile(r"[ \t]*,?[ \t]*(?:dan|serta|atau|maupun)\b", re.IGNORECASE)
MAX_LIST_ITEM_WORDS = 3


def _list_item(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an item of a list, not a clause: a few words after a
    comma, with the list going on after them ("melalui radio, <media sosial>, dan surat
    edaran RW"). An item names something; it is never a remark that may go."""
    return (text[:start].rstrip().endswith(",")
            and len(_WORD.findall(text, start, end)) <= MAX_LIST_ITEM_WORDS
            and _LIST_GOES_ON.match(text, end) is not None)


# A clause with no subject of its own: a negated verb ("gak ngurusin meteran"), not a
# negative order ("gak usah ...").
_PREDICATE_ONLY = re.compile(r"(?:gak|ga|nggak|ngga|enggak|tidak|tdk|ndak|ora|mboten)\s+"
                             r"(?!usah\b|perlu\b|sah\b|apa\b|papa\b)[^\W\d_]+", re.IGNORECASE)
# "..., bukan asal buka ...": a clause that only contrasts with the one before it.
_CONTRAST = re.compile(r"(?:bukan|melainkan|sedangkan|sementara)\b", re.IGNORECASE)


def _past_title(text: str, start: int) -> int:
    """Where a clause's own words begin, past the citizen's title it opens with ("Bu kalo
    masih ...")."""
    while start < len(text) and text[start].isspace():
        start += 1
    word = _WORD.match(text, start)
    while word is not None and _plain(word.group(0)) in _ADDRESS:
        start = word.end()
        while start < len(text) and text[start] in " ,":
            start += 1
        word = _WORD.match(text, start)
    return start
