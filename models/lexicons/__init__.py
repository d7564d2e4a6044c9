"""The reviewed word lists beside this file, loaded once: harsh markers, acronyms,
informal spellings and politeness markers."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from models.taxonomy import ASPECTS

WILDCARD = "*"


@dataclass(frozen=True, slots=True)
class Marker:
    """One harsh-marker entry: a word pattern, the aspect it signals and what to say instead."""

    pattern: str
    slots: tuple[frozenset[str] | None, ...]  # None is the one-word wildcard
    aspect: str
    reason: str
    alternative: str


@dataclass(frozen=True, slots=True)
class PoliteMarker:
    pattern: str
    slots: tuple[frozenset[str] | None, ...]
    kind: str


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a TSV lexicon, skipping comments and blank lines."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader]


def compile_pattern(pattern: str) -> tuple[frozenset[str] | None, ...]:
    """``"tunggu saja|aja"`` -> slots matched word by word; ``*`` matches any one word."""
    slots = []
    for word in pattern.lower().split():
        slots.append(None if word == WILDCARD else frozenset(word.split("|")))
    if not slots or slots[0] is None:
        raise ValueError(f"pattern must start with a word: {pattern!r}")
    return tuple(slots)


@cache
def harsh_markers() -> tuple[Marker, ...]:
    markers = []
    for row in _rows("harsh_markers.tsv"):
        if row["aspect"] not in ASPECTS:
            raise ValueError(f"harsh_markers.tsv: unknown aspect {row['aspect']!r}")
        markers.append(
            Marker(row["pattern"], compile_pattern(row["pattern"]), row["aspect"],
                   row["reason"], row.get("alternative", ""))
        )
    return tuple(markers)


@cache
def polite_markers() -> tuple[PoliteMarker, ...]:
    return tuple(
        PoliteMarker(row["pattern"], compile_pattern(row["pattern"]), row["kind"])
        for row in _rows("polite_markers.tsv")
    )


@cache
def acronyms() -> frozenset[str]:
    return frozenset(row["token"] for row in _rows("acronyms.tsv"))


@cache
def _acronyms_upper() -> frozenset[str]:
    return frozenset(token.upper() for token in acronyms())


def is_acronym(word: str) -> bool:
    """True for KTP-el, BPJS, KTP-EL and other listed acronyms, and compounds of them."""
    upper = word.upper()
    if upper in _acronyms_upper():
        return True
    parts = [p for p in upper.replace("’", "-").replace("'", "-").split("-") if p]
    return len(parts) > 1 and all(p in _acronyms_upper() or len(p) <= 2 for p in parts)


def written_in_capitals(word: str) -> bool:
    """Whether every listed spelling of ``word`` as an acronym is all capitals (SPAM, WA),
    unlike "Bansos" or "KTP-el"; False when the word is not listed."""
    return _capitals_only().get(word.upper(), False)


def listed_spelling(word: str) -> str | None:
    """The one listed spelling of an acronym written in mixed case ("PERDA" -> "Perda",
    "BANSOS" -> "Bansos"); None for one listed all in capitals, listed in several spellings,
    or not listed."""
    return _mixed_spellings().get(word.upper())


@cache
def _mixed_spellings() -> dict[str, str]:
    found: dict[str, str | None] = {}  # None: all in capitals, or listed more than once
    for token in acronyms():
        upper = token.upper()
        found[upper] = None if upper in found or token.isupper() else token
    return {upper: token for upper, token in found.items() if token is not None}


@cache
def _capitals_only() -> dict[str, bool]:
    found: dict[str, bool] = {}
    for token in acronyms():
        found[token.upper()] = found.get(token.upper(), True) and token.isupper()
    return found


@cache
def informal_map() -> dict[str, str]:
    """Single-word informal spelling -> standard spelling, lowercased."""
    mapping = {}
    for row in _rows("informal.tsv"):
        informal = row["informal"].lower()
        if " " not in informal and row["formal"]:
            mapping[informal] = row["formal"].lower()
    return mapping


@cache
def function_words() -> frozenset[str]:
    """Pronouns, particles, prepositions, auxiliaries and fillers: words that carry no fact."""
    return frozenset(row["word"].lower() for row in _rows("function_words.tsv"))


@cache
def service_nouns() -> frozenset[str]:
    """Nouns for the places, offices, documents and services replies are about."""
    return frozenset(row["word"].lower() for row in _rows("service_nouns.tsv"))


@cache
def command_verbs() -> frozenset[str]:
    """Command verbs a curt reply opens a sentence with ("bayar", "tunggu", "sana")."""
    return frozenset(row["word"].lower() for row in _rows("command_verbs.tsv"))


@cache
def common_words() -> frozenset[str]:
    """Everyday words (listed, or used in the other lexicons) that are never acronyms."""
    words = set(listed_common_words() | marker_words())
    for informal, formal in informal_map().items():
        words.add(informal)
        words.update(formal.split())
    return frozenset(words - {a.lower() for a in acronyms()})


@cache
def listed_common_words() -> frozenset[str]:
    """The everyday words listed in ``common_words.tsv`` alone."""
    return frozenset(row["word"].lower() for row in _rows("common_words.tsv"))


@cache
def marker_words() -> frozenset[str]:
    """Every word the harsh and polite markers are made of."""
    words: set[str] = set()
    for marker in (*harsh_markers(), *polite_markers()):
        words.update(w for slot in marker.slots if slot for w in slot)
    return frozenset(words)
