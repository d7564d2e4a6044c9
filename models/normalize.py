"""The one text-cleaning path shared by dataset building, training and serving.

``normalize`` turns a reply into the string the classifiers see; ``tokenize`` gives the
words with their code-point offsets into the text as given, so explanations and edits can
point back at what the officer wrote.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

from models import lexicons

# Bump whenever the output of normalize() changes: artifacts record it and refuse a mismatch.
NORMALIZER_VERSION = "7"

# Zero-width and bidi control characters are invisible to a reader and only split words.
_INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C,
     0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x00AD]
)
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_REPEAT = re.compile(r"(\w)\1{2,}", re.UNICODE)
_DIGITS = re.compile(r"\d")
_PUNCT_RUN = re.compile(r"[!?¡]{2,}")
_SPACES = re.compile(r"\s+")

# Emoji whose use in a reply to a complaint reads as mocking or annoyed, or as courteous.
# Clapping and the sweat smile answer a complaint with slow applause or a smirk ("baru tau
# ya 😅"): in the corpus 👏 opens 12 harsh replies and no polite one, 😅 21 and 1.
NEGATIVE_EMOJI = frozenset("🙄😂🤣🤭😏😒😤😡🤬👎😑😆🤪😜🙃🥱💅👏😅🤦🤷🤮🤢💩🖕😠")
POSITIVE_EMOJI = frozenset("🙏😊🙂👍😇🤗❤💙💚🌹✨👋")


class Token(NamedTuple):
    """One word of the input: where it is, how it was written and its normal form.

    A named tuple rather than a frozen dataclass: as immutable, and several times faster
    to create, which counts when every variant the rewriter tries is read again."""

    start: int
    end: int
    text: str
    lower: str
    norm: str


def clean(text: str) -> str:
    """Drop invisible characters and unify line breaks, without moving visible characters."""
    return text.translate(_INVISIBLE).replace("\r\n", "\n")


def squeeze(word: str) -> str:
    """Shorten letters stretched for emphasis: "tungguuu" -> "tunggu", "maaaaf" -> "maaf"."""

    def shorten(match: re.Match[str]) -> str:
        at_end = match.end() == len(word)
        return match.group(1) * (1 if at_end else 2)

    return _REPEAT.sub(shorten, word)


@lru_cache(maxsize=65536)
def normalize_word(word: str) -> str:
    """The standard spelling of one lowercased word (chat spellings, stretched letters)."""
    informal = lexicons.informal_map()
    if word in informal:
        return informal[word]
    doubled = _DOUBLED.fullmatch(word)
    if doubled:  # "marah2" -> "marah-marah", "anak2nya" -> "anak-anaknya"
        base = normalize_word(doubled.group(1))
        return f"{base}-{base}{doubled.group(2)}"
    squeezed = squeeze(word)
    return informal.get(squeezed, squeezed)


# A chat spelling of a repeated word: "pura2", "tmn2", "gelap2an" (three letters or more
# before the 2, so "m2", "S2" and "B2" stay codes).
_DOUBLED = re.compile(r"([a-z]{3,})2([a-z]*)")


def tokenize(text: str) -> list[Token]:
    """Words of ``text`` with offsets into ``text`` exactly as given (code points)."""
    tokens = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        lower = word.lower()
        tokens.append(Token(match.start(), match.end(), word, lower, normalize_word(lower)))
    return tokens


@lru_cache(maxsize=65536)
def is_shouted_word(word: str) -> bool:
    """An all-capitals word that is not an acronym, a code or a number."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2 or any(c.isdigit() for c in word):
        return False
    if not all(c.isupper() for c in letters):
        return False
    return not lexicons.is_acronym(word) and not _unlisted_acronym(word, letters)


# Below this share of vowels (y counted) a capital word of four letters or more is an
# acronym nobody listed (SIMBG, BBPJN, SPTJM), not a shouted word: Indonesian words carry
# far more vowels, and chat spellings without them ("SKRG") are known words.
ACRONYM_VOWEL_SHARE = 0.25


def _unlisted_acronym(word: str, letters: list[str]) -> bool:
    if len(letters) < 4 or "-" in word:
        return False
    if sum(c in "AIUEOY" for c in letters) / len(letters) >= ACRONYM_VOWEL_SHARE:
        return False
    lower = word.lower()
    return lower not in lexicons.informal_map() and lower not in lexicons.common_words()


def _emoji_token(char: str) -> str | None:
    if char in NEGATIVE_EMOJI:
        return " xxemojineg "
    if char in POSITIVE_EMOJI:
        return " xxemojipos "
    if unicodedata.category(char) == "So":
        return " xxemoji "
    return None


def normalize(text: str, shouted: Sequence[tuple[int, int]] | None = None) -> str:
    """The classifier's view of a reply.

    Lowercased standard spelling, digits folded, emoji reduced to three classes, and the
    cues of shouting kept as marker words (``xxcaps`` before a shouted word, ``xxexcl`` for
    a run of ``!``/``?``) so lowercasing does not erase them. Acronyms stay unmarked.

    ``shouted`` says where the reply shouts, as its analysis reads it (a name after "Pak",
    a form's values, a quoted complaint and a lone acronym in capitals are no shouting):
    only words there are marked. Without it, every word in capitals that is no acronym is.
    """
    if shouted is None:
        return _normalized(text, _word_view)
    pieces, cursor = [], 0
    for start, end in sorted(shouted):
        pieces.append(_normalized(text[cursor:start], _plain_word_view))
        pieces.append(_normalized(text[start:end], _word_view))
        cursor = end
    pieces.append(_normalized(text[cursor:], _plain_word_view))
    return " ".join(piece for piece in pieces if piece)


def _normalized(text: str, word_view: Callable[[re.Match[str]], str]) -> str:
    text = _WORD.sub(word_view, _PUNCT_RUN.sub(" xxexcl ", clean(text)))
    if not text.isascii():  # emoji stand between words, never inside one
        text = _NON_ASCII.sub(_fold_symbol, text)
    return _SPACES.sub(" ", _DIGITS.sub("0", text)).strip()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _word_view(match: re.Match[str]) -> str:
    """One word as the classifier sees it: its standard spelling, marked when shouted."""
    return _word_views(match.group(0))


@lru_cache(maxsize=65536)
def _word_views(word: str) -> str:
    return ("xxcaps " if is_shouted_word(word) else "") + normalize_word(word.lower())


def _plain_word_view(match: re.Match[str]) -> str:
    """One word outside the shouting: its standard spelling, unmarked."""
    return normalize_word(match.group(0).lower())


def _fold_symbol(match: re.Match[str]) -> str:
    marker = _emoji_token(match.group(0))
    return match.group(0) if marker is None else marker
