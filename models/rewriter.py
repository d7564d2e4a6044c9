"""Softer rewrites made of explainable edits, with every fact left exactly as written.

A suggestion is the draft plus a list of edits, each with an Indonesian reason, all measured
against the draft as written. Edits never touch a protected fact (numbers, dates, codes,
amounts, phones, URLs, acronyms, names, quoted words). Stronger edits are tried in levels
until the detector reads the result as ``ok``; the result says honestly when none passes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from models import lexicons
from models.analysis import (
    _ABBREVIATIONS,
    _NAME_TRIGGERS,
    Analysis,
    analyze,
    covered,
    sentences,
)
from models.normalize import NEGATIVE_EMOJI
from models.result import Edit, Register, Span, Suggestion
from models.taxonomy import LABEL_HARSH, LABEL_OK

_MONTHS = (
    "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|"
    "jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des"
)
_FACT_PATTERNS = [
    re.compile(r"(?:https?://|www\.)\S+", re.I),
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    re.compile(r"@\w+"),  # a handle replied to on social media
    re.compile(r"(?:\+62|\b0)\d[\d\s-]{7,}\d"),
    re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\.?(?:\s+\d{{2,4}})?\b", re.I),
    re.compile(r"\bRp\.?\s?\d[\d.,]*(?:\s?(?:ribu|juta|rb|jt))?", re.I),
    re.compile(r"\b[\w/.-]*\d[\w/.:-]*"),  # anything with a digit: codes, dates, times, RT/RW
]
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?…]\s*$")
_VOWELS = set("aiueoAIUEO")
_HONORIFICS = frozenset("bapak ibu pak bu bpk kak mas mbak sdr sdri saudara saudari".split())
_LEADING_SYMBOLS = re.compile(r"[^\w.!?…\n:,;]+$")

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

# Clauses found by the model may hold the decision or a fact the citizen needs ("Kami
# sudah mengadakan pameran"), so only short insults and mockery are dropped.
DROPPABLE = frozenset({"kasar", "merendahkan"})
# A dismissive clause that says no is usually the decision itself, which must stay.
_REFUSAL = frozenset("tidak belum bukan tak ora mboten gak nggak ga enggak dereng durung "
                     "ndak nda".split())
MAX_DROP_WORDS = 6

GREETINGS: dict[str, str] = {"formal": "Yth. Bapak/Ibu,\n", "chat": "Halo Bapak/Ibu,\n"}
THANKS: dict[str, str] = {
    "formal": "Terima kasih atas laporan yang Bapak/Ibu sampaikan.",
    "chat": "Terima kasih sudah menghubungi kami.",
}
APOLOGIES: dict[str, str] = {
    "formal": "Kami mohon maaf atas ketidaknyamanan yang Bapak/Ibu alami.",
    "chat": "Mohon maaf atas ketidaknyamanannya.",
}
CLOSINGS: dict[str, str] = {
    "formal": "Apabila masih ada kendala, silakan menghubungi kami kembali.",
    "chat": "Kalau masih ada kendala, silakan kabari kami lagi.",
}
FRAME_REASON = "Ditambahkan sapaan dan ucapan terima kasih agar balasan terasa ramah."
THANKS_REASON = "Ditambahkan ucapan terima kasih atau empati kepada warga."
CLOSING_REASON = "Ditambahkan penutup yang menawarkan bantuan lanjutan."
STILL_HARSH_NOTE = ("Saran ini masih terbaca bernada tinggi; sunting bagian yang ditandai "
                    "secara manual sebelum dikirim.")


@dataclass(frozen=True, slots=True)
class _Change:
    start: int
    end: int
    new: str
    reason: str


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
    ranges = []
    for pattern in _FACT_PATTERNS:
        ranges.extend(m.span() for m in pattern.finditer(text))
    previous = ""
    for match in _WORD.finditer(text):
        word = match.group(0)
        capitalised = word[:1].isupper() and not word.isupper()
        if word.lower() in _NAME_TRIGGERS and word.lower() in _HONORIFICS:
            previous = word  # "Pak", "Ibu" address the citizen; the name after them is kept
            continue
        if looks_like_acronym(word) or (
            (capitalised or word.isupper()) and previous.lower() in _NAME_TRIGGERS
        ) or (capitalised and not _at_sentence_start(text, match.start())):
            ranges.append(match.span())
        previous = word
    if analysis is not None:
        ranges.extend(analysis.quoted)
    return ranges


def detect_register(analysis: Analysis) -> Register:
    """Chat when the draft uses chat spellings or emoji, else formal."""
    casual = sum(1 for t in analysis.tokens if _is_chat_spelling(analysis.text, t))
    if casual >= 1 or analysis.positive_emoji or analysis.negative_emoji:
        return "chat"
    return "formal"


def _at_sentence_start(text: str, index: int) -> bool:
    # Emoji, quotes and brackets before a word do not start or end a sentence.
    before = _LEADING_SYMBOLS.sub("", text[:index])
    return not before or bool(_SENTENCE_END.search(before)) or before.endswith(("\n", ":"))


def _capitalize(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:] if phrase else phrase


def _overlaps(start: int, end: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in ranges)


class Rewriter:
    """Builds a suggestion from a draft; ``score_many`` says how harsh texts still read."""

    def __init__(self, score_many: Callable[[list[str]], list[float]], threshold: float,
                 find_spans: Callable[[Analysis], Sequence[Span]] | None = None):
        self._score_many = score_many
        self._threshold = threshold
        self._find_spans = find_spans

    def rewrite(self, text: str, analysis: Analysis | None = None,
                spans: Sequence[Span] = (), register: Register | None = None,
                threshold: float | None = None) -> Suggestion:
        analysis = analysis or analyze(text)
        threshold = self._threshold if threshold is None else threshold
        register = register or detect_register(analysis)
        protected = fact_ranges(text, analysis)
        base = self._rule_changes(analysis, protected)
        if register == "formal":
            base += _formal_spellings(analysis, protected)
        flagged = self._flagged_changes(text, analysis, spans, protected)
        calm = self._calm_changes(text, protected)
        levels = [
            base,
            base + flagged,
            base + flagged + calm,
        ]
        # The mildest level that passes wins; most drafts pass at the first.
        for number, changes in enumerate(levels):
            candidate = self._frame(text, analysis, _non_overlapping(changes), register,
                                    apology=number == 2)
            new_text = _apply(text, candidate)
            score = self._score_many([new_text])[0]
            if score < threshold:
                break
        edits = _edits(text, new_text, candidate)
        if score >= threshold and self._find_spans is not None:
            # Still harsh: read the suggestion again and soften what now stands out.
            second = self._second_round(new_text, register)
            if second is not None:
                second_text, second_changes = second
                second_score = self._score_many([second_text])[0]
                if second_score < score:
                    edits = _diff_edits(text, second_text, candidate + second_changes)
                    new_text, score = second_text, second_score
        notes = [] if score < threshold else [STILL_HARSH_NOTE]
        label = LABEL_HARSH if score >= threshold else LABEL_OK
        return Suggestion(text=new_text, label=label, score=round(score, 4), edits=edits,
                          register=register, passes=label == LABEL_OK, notes=notes)

    def _second_round(self, text: str, register: Register
                      ) -> tuple[str, list[_Change]] | None:
        analysis = analyze(text)
        protected = fact_ranges(text, analysis)
        changes = self._rule_changes(analysis, protected)
        changes += self._flagged_changes(text, analysis, self._find_spans(analysis), protected)
        changes += self._calm_changes(text, protected)
        changes = _non_overlapping(changes)
        if not changes:
            return None
        return _apply(text, changes), changes

    # ---- kinds of change --------------------------------------------------------------
    def _rule_changes(self, analysis: Analysis, protected) -> list[_Change]:
        """Lexicon phrases swapped or dropped, shouting lowered, mocking emoji removed."""
        text = analysis.text
        changes = []
        lexical = [h for h in analysis.hits if h.alternative is not None
                   and not _overlaps(h.start, h.end, protected)]
        inside_caps: set[int] = set()
        for start, end in sentences(text):
            # "Makanya jangan bodoh." minus its harsh words says nothing: drop it whole.
            inside = [h for h in lexical if start <= h.start and h.end <= end]
            rest = [m.group(0).lower() for m in _WORD.finditer(text, start, end)
                    if not any(h.start <= m.start() < h.end for h in inside)]
            if (inside and all(w in lexicons.common_words() for w in rest)
                    and not _overlaps(start, end, protected)):
                inside_caps.update(id(h) for h in inside)
                changes.append(_delete(text, start, end, _swap_reason(inside[0].reason)))
        for hit in analysis.hits:
            if hit.rule == "huruf_kapital":
                # A harsh phrase shouted in capitals is lowered and swapped in one edit.
                nested = [h for h in lexical if hit.start <= h.start and h.end <= hit.end]
                inside_caps.update(id(h) for h in nested)
                changes.append(_shouted_change(text, hit.start, hit.end, nested))
            elif hit.rule == "tanda_baca_berderet":
                run = text[hit.start : hit.end]
                changes.append(_Change(hit.start, hit.end, "?" if "?" in run else ".",
                                       PUNCT_REASON))
            elif hit in lexical and id(hit) not in inside_caps:
                changes.append(_replace(text, hit.start, hit.end, hit.alternative,
                                        _swap_reason(hit.reason)))
        for index, char in enumerate(text):
            if char in NEGATIVE_EMOJI:
                start = index - 1 if index > 0 and text[index - 1] == " " else index
                # An emoji that ended a sentence leaves a full stop behind.
                following = text[index + 1 :].lstrip(" ")
                ends = following[:1].isupper() and text[:start].rstrip()[-1:] not in ".!?"
                changes.append(_Change(start, index + 1, "." if ends else "", EMOJI_REASON))
        return changes

    def _flagged_changes(self, text: str, analysis: Analysis, spans: Sequence[Span],
                         protected) -> list[_Change]:
        """Clauses the model flagged and no lexicon entry explains: soften a command with
        "mohon", drop anything else that holds no fact (facts are never dropped)."""
        rule_ranges = [(h.start, h.end) for h in analysis.hits]
        changes = []
        for span in spans:
            if _overlaps(span.start, span.end, rule_ranges):
                continue
            if span.aspect == "memerintah":
                change = _polite_command(text, span.start, span.end, protected)
                if change is not None:
                    changes.append(change)
                continue
            # Attitude goes; a fact, or a refusal that may be the decision itself, stays.
            span = _after_leading_facts(text, span, protected)
            if span is None:
                continue
            words = {w.lower() for w in _WORD.findall(span.text)}
            if (span.aspect not in DROPPABLE or len(words) > MAX_DROP_WORDS
                    or _overlaps(span.start, span.end, protected)
                    or (span.aspect == "mengabaikan" and words & _REFUSAL)):
                continue
            changes.append(_delete(text, span.start, span.end,
                                   DROP_REASON.format(what=_DROP_WHAT[span.aspect])))
        return changes

    def _calm_changes(self, text: str, protected) -> list[_Change]:
        return [_Change(m.start(), m.end(), ".", EXCLAIM_REASON)
                for m in re.finditer(r"(?<![!?])!(?![!?])", text)
                if not _overlaps(m.start(), m.end(), protected)
                and not re.search(r"terima kasih|makasih|selamat", text[max(0, m.start() - 25)
                                                                         : m.start()], re.I)]

    def _frame(self, text: str, analysis: Analysis, changes: list[_Change],
               register: Register, apology: bool) -> list[_Change]:
        """Greeting, thanks, apology and a closing offer of help, only where missing."""
        polite = analysis.polite
        framed = list(changes)
        greeted = bool(polite.get("salam") or polite.get("sapaan"))
        body = []
        if not polite.get("terima_kasih"):
            body.append(THANKS[register])
        if apology and not polite.get("maaf"):
            body.append(APOLOGIES[register])
        if not greeted:
            opening = GREETINGS[register] + " ".join(body) + (" " if body else "")
            framed.append(_Change(0, 0, opening, FRAME_REASON))
        elif body:
            framed.append(_thanks_after_greeting(analysis, " ".join(body)))
        if not polite.get("penutup") and not polite.get("jalan_keluar"):
            tail = len(text.rstrip())
            draft = _apply(text, _non_overlapping(framed))
            closing = (" " if _SENTENCE_END.search(draft) else ". ") + CLOSINGS[register]
            framed.append(_Change(tail, tail, closing, CLOSING_REASON))
        return _non_overlapping(framed)


def _after_leading_facts(text: str, span: Span, protected) -> Span | None:
    """The span without the handle or name it opens with ("@andri Memangnya ..." keeps the
    handle and drops the rest); None when nothing but facts is left."""
    start = span.start
    moved = True
    while moved:
        moved = False
        for a, b in protected:
            if a <= start < b:
                start, moved = b, True
        while start < span.end and not text[start].isalnum():
            start += 1
            moved = True
    if start >= span.end:
        return None
    return span.model_copy(update={"start": start, "text": text[start : span.end]})


def _thanks_after_greeting(analysis: Analysis, sentence: str) -> _Change:
    """Put thanks where a letter would, never changing the case of the draft's words: after
    a greeting sentence ("Selamat pagi, Bu."), after a letter's heading line ("Yth. ...,\n"),
    else first ("Terima kasih ... . Bu Ani, sampah ...")."""
    text = analysis.text
    spots = [start for start, _end in analysis.polite_ranges("salam", "sapaan")]
    courtesy = analysis.polite_ranges("salam", "sapaan", "terima_kasih", "maaf")
    found = sentences(text)
    if spots and found and min(spots) <= found[0][0] + 2:
        first_start, first_end = found[0]
        words = len(text[first_start:first_end].split())
        greeting = covered(first_start, first_end, courtesy) * 2 >= len(
            text[first_start:first_end].rstrip(".!?, "))
        if words <= 6 and greeting:
            return _Change(first_end, first_end, " " + sentence, THANKS_REASON)
        heading = text.find("\n", first_start, first_end)
        if heading > 0 and text[first_start:heading].rstrip().endswith(","):
            return _Change(heading + 1, heading + 1, sentence + " ", THANKS_REASON)
        if text[first_start:first_start + 3].lower() in ("yth", "den"):  # a letter's opening
            return _Change(first_end, first_end, " " + sentence, THANKS_REASON)
    return _Change(0, 0, sentence + " ", THANKS_REASON)


def _replace(text: str, start: int, end: int, alternative: str, reason: str) -> _Change:
    if not alternative:
        return _delete(text, start, end, reason)
    if _at_sentence_start(text, start):
        alternative = _capitalize(alternative)
    return _Change(start, end, alternative, reason)


def _delete(text: str, start: int, end: int, reason: str) -> _Change:
    """Remove ``text[start:end]`` with its separator, keeping the sentence well formed."""
    stop = end
    while stop < len(text) and text[stop] in " ,;:-–":
        stop += 1
    at_start = _at_sentence_start(text, start)
    if at_start and stop < len(text) and text[stop] in ".!?…":
        # The whole sentence goes: take its mark and the space after it.
        while stop < len(text) and text[stop] in ".!?…":
            stop += 1
        while stop < len(text) and text[stop] == " ":
            stop += 1
        return _Change(start, stop, "", reason)
    if at_start and stop < len(text) and text[stop].isalpha() and not text[stop].isupper():
        return _Change(start, stop + 1, text[stop].upper(), reason)
    if stop >= len(text) or text[stop] in ".!?…\n":
        while start > 0 and text[start - 1] in " ,;:":
            start -= 1
        return _Change(start, end, "", reason)
    return _Change(start, stop, "", reason)


def _polite_command(text: str, start: int, end: int, protected) -> _Change | None:
    """"Datang sendiri ke kantor" -> "Mohon datang sendiri ke kantor"."""
    first = _WORD.match(text, start)
    if first is None or _overlaps(first.start(), first.end(), protected):
        return None
    word = first.group(0)
    second = _WORD.match(text, first.end() + 1) if first.end() < len(text) else None
    if (second is not None and second.group(0).lower() == "usah"
            and word.lower() in _NEGATIONS and text[first.end() : second.start()] == " "):
        new = "Mohon tidak perlu" if _at_sentence_start(text, first.start()) else \
            "mohon tidak perlu"
        return _Change(first.start(), second.end(), new, COMMAND_REASON)
    if not _imperative(word):
        return None
    new = "mohon untuk tidak" if word.lower() == "jangan" else "mohon " + word.lower()
    if _at_sentence_start(text, first.start()):
        new = _capitalize(new)
    return _Change(first.start(), first.end(), new, COMMAND_REASON)


def _swap_reason(reason: str) -> str:
    return f"Diganti karena {reason[:1].lower()}{reason[1:]}"


def _shouted_change(text: str, start: int, end: int, nested) -> _Change:
    pieces = []
    reasons = [SHOUT_REASON]
    cursor = start
    for hit in sorted(nested, key=lambda h: h.start):
        if hit.start < cursor:
            continue
        pieces.append(_unshout(text, cursor, hit.start))
        alternative = hit.alternative
        if _at_sentence_start(text, hit.start):
            alternative = _capitalize(alternative)
        pieces.append(alternative)
        reasons.append(_swap_reason(hit.reason))
        cursor = hit.end
    pieces.append(_unshout(text, cursor, end))
    new = re.sub(r" {2,}", " ", "".join(pieces))
    return _Change(start, end, new.strip() if not new.strip() else new, " ".join(reasons))


_NEGATIONS = frozenset("tidak gak ga nggak ngga enggak ndak nda tak ora".split())
_IMPERATIVES = frozenset(
    "ambil antre antri bawa baca bayar berhenti buka cari cek coba daftar datang diam ikut "
    "ikuti isi jangan kirim klik lapor lengkapi lihat pakai pergi pindah sabar siapkan simpan "
    "stop tanya telepon telpon tulis tunggu unggah urus hubungi foto upload minggir "
    "ngantri baca".split()
)


def _imperative(word: str) -> bool:
    """A clause that opens with a bare or passive command verb ("Bawa", "Dipangkas")."""
    lower = word.lower()
    if lower in {"mohon", "silakan", "silahkan", "harap", "tolong"}:
        return False
    stem = re.sub(r"(lah|in|kan)$", "", lower)
    return (lower in _IMPERATIVES or stem in _IMPERATIVES
            or (lower.startswith("di") and len(lower) > 5 and lower.endswith(("in", "kan", "i")))
            or (lower.startswith("di") and stem[2:] in _IMPERATIVES))


def _unshout(text: str, start: int, end: int) -> str:
    out = []
    cursor = start
    previous = ""
    for match in _WORD.finditer(text, start, end):
        out.append(text[cursor : match.start()])
        word = match.group(0)
        gap = text[cursor : match.start()]
        if looks_like_acronym(word) or any(c.isdigit() for c in word) or (
            previous.lower() in _NAME_TRIGGERS and gap.strip() == ""
        ):
            out.append(word)
        elif _at_sentence_start(text, match.start()):
            out.append(word[:1] + word[1:].lower())
        else:
            out.append(word.lower())
        previous = word
        cursor = match.end()
    out.append(text[cursor:end])
    return "".join(out)


def _non_overlapping(changes: list[_Change]) -> list[_Change]:
    """Changes sorted by position; of two that overlap, the earlier-listed one wins."""
    kept: list[_Change] = []
    for change in changes:
        clash = any(
            change.start < k.end and k.start < change.end
            or (change.start == change.end == k.start == k.end)
            or (change.start == change.end and k.start < change.start < k.end)
            for k in kept
        )
        if not clash:
            kept.append(change)
    return sorted(kept, key=lambda c: (c.start, c.end))


def _apply(text: str, changes: list[_Change]) -> str:
    """The draft with the changes made; where an edit meets a space, one space is kept."""
    out = ""
    cursor = 0
    for change in changes:
        out = _join(out, text[cursor : change.start])
        out = _join(out, change.new)
        cursor = change.end
    return _join(out, text[cursor:]).strip()


def _join(left: str, right: str) -> str:
    if left.endswith((" ", "\n")) and right.startswith(" "):
        right = right.lstrip(" ")
    if left.endswith(" ") and right[:1] in (",", ".", "?", "!"):
        left = left.rstrip(" ")
    return left + right


def _is_chat_spelling(text: str, token) -> bool:
    """"gak", "udh", "yg" — but not the letter abbreviations "Jl.", "Sdr.", "Kel."."""
    if token.lower not in lexicons.informal_map() or token.norm == token.lower:
        return False
    return not (token.lower in _ABBREVIATIONS and text[token.end : token.end + 1] == ".")


def _formal_spellings(analysis: Analysis, protected) -> list[_Change]:
    changes = []
    for token in analysis.tokens:
        if _is_chat_spelling(analysis.text, token):
            if not _overlaps(token.start, token.end, protected):
                new = _capitalize(token.norm) if token.text[:1].isupper() else token.norm
                changes.append(_Change(token.start, token.end, new, INFORMAL_REASON))
    return changes


def to_formal(text: str) -> str:
    """Only the informal -> formal spelling step of a formal-register rewrite."""
    analysis = analyze(text)
    return _apply(text, _formal_spellings(analysis, fact_ranges(text, analysis)))


_DIFF_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
GENERIC_REASON = "Disesuaikan agar nada balasan lebih santun."


def _diff_edits(original: str, final: str, changes: Sequence[_Change]) -> list[Edit]:
    """Edits that turn ``original`` into ``final``, found by a word-level diff when a change
    was made on an intermediate text; each takes the reason of the change it came from."""
    import difflib

    a = [m for m in _DIFF_TOKEN.finditer(original)]
    b = [m.group(0) for m in _DIFF_TOKEN.finditer(final)]
    matcher = difflib.SequenceMatcher(None, [m.group(0) for m in a], b, autojunk=False)
    edits = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        start = a[i1].start() if i1 < len(a) else len(original)
        end = a[i2 - 1].end() if i2 > i1 else start
        new = "".join(b[j1:j2])
        edits.append(Edit(start=start, end=end, old=original[start:end], new=new,
                          reason=_reason_for(start, end, new, changes)))
    return edits


def _reason_for(start: int, end: int, new: str, changes: Sequence[_Change]) -> str:
    stripped = new.strip()
    for change in changes:
        text = change.new.strip()
        if stripped and text and (stripped in text or text in stripped):
            return change.reason
    for change in changes:
        if change.start <= end and start <= change.end:
            return change.reason
    return GENERIC_REASON


def _edits(original: str, final: str, changes: list[_Change]) -> list[Edit]:
    """The changes as edits when applying them literally gives ``final``; otherwise (spaces
    merged where an edit met a space) edits re-derived from a word diff, so that applying
    the edits to the draft always gives exactly the suggestion."""
    edits = [Edit(start=c.start, end=c.end, old=original[c.start : c.end], new=c.new,
                  reason=c.reason) for c in changes]
    pieces, cursor = [], 0
    for edit in edits:
        pieces.append(original[cursor : edit.start] + edit.new)
        cursor = edit.end
    pieces.append(original[cursor:])
    if "".join(pieces) == final:
        return edits
    return _diff_edits(original, final, changes)
