"""Softer rewrites made of explainable edits, with every fact left exactly as written."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from models import lexicons
from models.analysis import _NAME_TRIGGERS, Analysis, analyze
from models.normalize import NEGATIVE_EMOJI
from models.result import Edit, Register, Suggestion
from models.taxonomy import LABEL_HARSH, LABEL_OK

_MONTHS = (
    "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|"
    "jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des"
)
_FACT_PATTERNS = [
    re.compile(r"(?:https?://|www\.)\S+", re.I),
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    re.compile(r"(?:\+62|\b0)\d[\d\s-]{7,}\d"),
    re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\.?(?:\s+\d{{2,4}})?\b", re.I),
    re.compile(r"\bRp\.?\s?\d[\d.,]*(?:\s?(?:ribu|juta|rb|jt))?", re.I),
    re.compile(r"\b[\w/.-]*\d[\w/.:-]*"),  # anything with a digit: codes, dates, times, RT/RW
]
_SENTENCE_END = re.compile(r"[.!?…]\s*$")
_SHOUT_REASON = "Huruf kapital semua dikembalikan ke huruf biasa agar tidak terkesan membentak."
_PUNCT_REASON = "Tanda baca berderet diganti satu tanda agar tidak terkesan marah."
_EMOJI_REASON = "Emoji yang terkesan menyindir dihapus."
_INFORMAL_REASON = "Ejaan tidak baku diganti ejaan baku untuk ragam formal."
_EXCLAIM_REASON = "Tanda seru diganti titik agar nada lebih tenang."

GREETINGS: dict[str, str] = {"formal": "Yth. Bapak/Ibu,\n", "chat": "Halo Bapak/Ibu,\n"}
THANKS: dict[str, str] = {
    "formal": "Terima kasih atas laporan yang Bapak/Ibu sampaikan. ",
    "chat": "Terima kasih sudah menghubungi kami. ",
}
APOLOGIES: dict[str, str] = {
    "formal": "Kami mohon maaf atas ketidaknyamanan yang Bapak/Ibu alami. ",
    "chat": "Mohon maaf atas ketidaknyamanannya. ",
}
CLOSINGS: dict[str, str] = {
    "formal": " Apabila masih ada kendala, silakan menghubungi kami kembali.",
    "chat": " Kalau masih ada kendala, silakan kabari kami lagi.",
}


@dataclass(frozen=True, slots=True)
class _Change:
    start: int
    end: int
    new: str
    reason: str


def fact_ranges(text: str) -> list[tuple[int, int]]:
    """Stretches that hold facts (numbers, dates, codes, amounts, phones, URLs, acronyms)."""
    ranges = []
    for pattern in _FACT_PATTERNS:
        ranges.extend(m.span() for m in pattern.finditer(text))
    for match in re.finditer(r"[^\W_]+(?:-[^\W_]+)*", text):
        if lexicons.is_acronym(match.group(0)):
            ranges.append(match.span())
    return ranges


def detect_register(analysis: Analysis) -> Register:
    informal = lexicons.informal_map()
    casual = sum(1 for t in analysis.tokens if t.lower in informal and t.lower != t.norm)
    if casual >= 1 or analysis.positive_emoji or analysis.negative_emoji:
        return "chat"
    return "formal"


def _at_sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip()
    return not before or bool(_SENTENCE_END.search(before)) or before.endswith("\n")


def _capitalize(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:] if phrase else phrase


def _overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in ranges)


class Rewriter:
    """Builds a suggestion from a draft; ``score`` tells how harsh a text still reads."""

    def __init__(self, score: Callable[[str], float], threshold: float):
        self._score = score
        self._threshold = threshold

    def rewrite(self, text: str, analysis: Analysis | None = None,
                register: Register | None = None, threshold: float | None = None) -> Suggestion:
        analysis = analysis or analyze(text)
        threshold = self._threshold if threshold is None else threshold
        register = register or detect_register(analysis)
        protected = fact_ranges(text) + analysis.quoted
        changes = self._phrase_changes(analysis, protected)
        changes += self._punctuation_changes(analysis, protected, strong=False)
        if register == "formal":
            changes += self._informal_changes(analysis, protected)
        notes: list[str] = []
        levels = (("frame",), ("frame", "calm"), ("frame", "calm", "apology"))
        for level in levels:
            candidate = self._with_extras(text, analysis, changes, register, level, protected)
            new_text = _apply(text, candidate)
            score = self._score(new_text)
            if score < threshold:
                break
        else:
            notes.append("Saran ini masih terbaca bernada tinggi; sunting kalimat yang ditandai "
                         "secara manual sebelum dikirim.")
        edits = [Edit(start=c.start, end=c.end, old=text[c.start : c.end], new=c.new,
                      reason=c.reason) for c in candidate]
        label = LABEL_HARSH if score >= threshold else LABEL_OK
        return Suggestion(text=new_text, label=label, score=round(score, 4), edits=edits,
                          register=register, passes=label == LABEL_OK, notes=notes)

    # ---- kinds of change --------------------------------------------------------------
    def _phrase_changes(self, analysis: Analysis, protected) -> list[_Change]:
        text = analysis.text
        changes = []
        for hit in analysis.hits:
            if _overlaps(hit.start, hit.end, protected):
                continue
            if hit.alternative is not None:
                changes.append(_replace_phrase(text, hit.start, hit.end, hit.alternative,
                                               f"Diganti karena {hit.reason[:1].lower()}"
                                               f"{hit.reason[1:]}"))
            elif hit.rule == "huruf_kapital":
                changes.append(_Change(hit.start, hit.end, _unshout(text, hit.start, hit.end),
                                       _SHOUT_REASON))
        return _non_overlapping(changes)

    def _punctuation_changes(self, analysis: Analysis, protected, strong: bool) -> list[_Change]:
        text = analysis.text
        changes = []
        for hit in analysis.hits:
            if hit.rule == "tanda_baca_berderet":
                run = text[hit.start : hit.end]
                changes.append(_Change(hit.start, hit.end, "?" if "?" in run else ".",
                                       _PUNCT_REASON))
        for index, char in enumerate(text):
            if char in NEGATIVE_EMOJI:
                end = index + 1
                if index > 0 and text[index - 1] == " ":
                    index -= 1
                changes.append(_Change(index, end, "", _EMOJI_REASON))
        if strong:
            for match in re.finditer(r"(?<![!?])!(?![!?])", text):
                if not _overlaps(match.start(), match.end(), protected):
                    changes.append(_Change(match.start(), match.end(), ".", _EXCLAIM_REASON))
        return changes

    def _informal_changes(self, analysis: Analysis, protected) -> list[_Change]:
        informal = lexicons.informal_map()
        changes = []
        for token in analysis.tokens:
            if token.lower in informal and token.norm != token.lower:
                if _overlaps(token.start, token.end, protected):
                    continue
                new = token.norm
                if token.text[:1].isupper():
                    new = _capitalize(new)
                changes.append(_Change(token.start, token.end, new, _INFORMAL_REASON))
        return changes

    def _with_extras(self, text, analysis, changes, register, level, protected):
        merged = list(changes)
        if "calm" in level:
            merged += [c for c in self._punctuation_changes(analysis, protected, strong=True)
                       if c.reason == _EXCLAIM_REASON]
        merged = _non_overlapping(merged)
        polite = analysis.polite
        greeted = bool(polite.get("salam") or polite.get("sapaan"))
        opening = "" if greeted else GREETINGS[register]
        body = ""
        if not polite.get("terima_kasih"):
            body += THANKS[register]
        if "apology" in level and not polite.get("maaf"):
            body += APOLOGIES[register]
        if opening:
            merged.insert(0, _Change(0, 0, opening + body,
                                     "Ditambahkan sapaan dan kalimat pembuka yang ramah."))
        elif body:
            at = _after_greeting(text, polite)
            merged.append(_Change(at, at, body if at == 0 else " " + body.rstrip(),
                                  "Ditambahkan ucapan terima kasih atau empati."))
        if not polite.get("penutup") and not polite.get("jalan_keluar"):
            tail = len(text.rstrip())
            closing = CLOSINGS[register]
            if tail and not _SENTENCE_END.search(_apply(text, merged)):
                closing = "." + closing
            merged.append(_Change(tail, tail, closing,
                                  "Ditambahkan penutup yang menawarkan bantuan lanjutan."))
        return _non_overlapping(merged)


def _after_greeting(text: str, polite: dict[str, list[tuple[int, int]]]) -> int:
    """Where a thanks sentence fits: after the sentence that greets, when it opens the reply."""
    spots = [end for kind in ("salam", "sapaan") for _start, end in polite.get(kind, [])]
    first_stop = re.search(r"[.!?\n]", text)
    if not spots or not first_stop or min(spots) > first_stop.start():
        return 0
    return first_stop.end()


def _replace_phrase(text: str, start: int, end: int, alternative: str, reason: str) -> _Change:
    sentence_start = _at_sentence_start(text, start)
    if alternative:
        new = _capitalize(alternative) if sentence_start else alternative
        if text[start:end][:1].isupper() and not sentence_start:
            new = alternative
        return _Change(start, end, new, reason)
    # Deleting: take the trailing separator too, and keep the sentence capitalised.
    stop = end
    while stop < len(text) and text[stop] in " ,;:-–":
        stop += 1
    if sentence_start and stop < len(text) and text[stop].isalpha():
        return _Change(start, stop + 1, text[stop].upper(), reason)
    if stop >= len(text) or text[stop] in ".!?\n":
        while start > 0 and text[start - 1] in " ,;:":
            start -= 1
        stop = end
    return _Change(start, stop, "", reason)


def _unshout(text: str, start: int, end: int) -> str:
    out = []
    cursor = start
    previous = ""
    for match in re.finditer(r"[^\W_]+(?:[-'’][^\W_]+)*", text[start:end]):
        word_start, word_end = start + match.start(), start + match.end()
        out.append(text[cursor:word_start])
        word = match.group(0)
        if lexicons.is_acronym(word) or any(c.isdigit() for c in word) or (
            previous.lower() in _NAME_TRIGGERS
        ):
            out.append(word)
        elif _at_sentence_start(text, word_start):
            out.append(word[:1] + word[1:].lower())
        else:
            out.append(word.lower())
        previous = word
        cursor = word_end
    out.append(text[cursor:end])
    return "".join(out)


def _non_overlapping(changes: list[_Change]) -> list[_Change]:
    kept: list[_Change] = []
    for change in sorted(changes, key=lambda c: (c.start, c.end)):
        if kept and change.start < kept[-1].end:
            continue
        if kept and change.start == change.end == kept[-1].start == kept[-1].end:
            continue
        kept.append(change)
    return kept


def _apply(text: str, changes: list[_Change]) -> str:
    out = []
    cursor = 0
    for change in changes:
        out.append(text[cursor : change.start])
        out.append(change.new)
        cursor = change.end
    out.append(text[cursor:])
    return "".join(out).strip()
