"""Rule-based reading of one reply: words, lexicon hits, shouting and politeness cues.

Computed once per text and shared by the detector's features, the explanations and the
rewriter, so the three never disagree about what the text contains.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache

from models import lexicons
from models.normalize import (
    NEGATIVE_EMOJI,
    POSITIVE_EMOJI,
    Token,
    is_shouted_word,
    normalize,
    tokenize,
)

_LAST_WORD = re.compile(r"([^\W_]+)$")
_PUNCT_RUN = re.compile(r"[!?¡]*(?:!!|\?!|!\?)[!?¡]*")
# Words after these are names or places even when written in capitals.
_NAME_TRIGGERS = frozenset(
    "bapak ibu pak bu bpk sdr sdri saudara saudari mas mbak kak jl jalan kel kelurahan kec "
    "kecamatan desa dusun kampung gang gg perum perumahan pasar puskesmas rsud rs dr dokter "
    "kota kabupaten kab provinsi nama program aplikasi akun sistem portal laman situs "
    "gerakan sp4n".split()
)
# Triggers of a place, whose name may hold numbers and acronyms ("JL. SEROJA NO. 12 RT 003").
_PLACE_TRIGGERS = frozenset("jl jalan gang gg perum perumahan kel kelurahan kec kecamatan desa "
                            "dusun kampung".split())
# Labels of a form's fields: "Nama Pemohon: SITI AMINAH", "Status: DITOLAK SEMENTARA" give
# data as the record holds it, often in capitals, not the officer's voice.
_FIELD_LABELS = frozenset("nama pemohon pelapor usaha alamat status izin perihal lokasi "
                          "instansi pekerjaan jabatan".split())
# Triggers written short, whose dot does not end a sentence ("Jl. GAJAH MADA"); after
# "Pak." or "Bu." a new sentence begins.
_SHORTENED_TRIGGERS = frozenset("jl kel kec gg bpk sdr sdri dr kab rs rsud".split())
# Words no name is made of: one ends the name a trigger began, so a reply shouted right
# after a capitalised place ("PUSKESMAS TIDAK MELAYANI SWAB") is still read as shouting.
_NEVER_NAMES = frozenset(
    "tidak tak bukan belum sudah telah harus wajib akan sedang masih bisa dapat boleh "
    "jangan kami saya anda kamu kalian mereka yang dan atau untuk dari ke di pada dengan "
    "itu ini ada hanya sangat sekali lagi mohon tolong silakan sih dong kok".split()
)
# A handle replied to on social media ("@andri_k", "@juned.store").
HANDLE = re.compile(r"@[\w.]*\w")
# Each emoji of a kind, as one character class: counted in one pass over the text.
_NEGATIVE_EMOJI = re.compile("[" + "".join(sorted(NEGATIVE_EMOJI)) + "]")
_POSITIVE_EMOJI = re.compile("[" + "".join(sorted(POSITIVE_EMOJI)) + "]")
_QUOTES = re.compile(r"[\"“”«»„]([^\"“”«»„\n]{1,300})[\"“”«»„]|'([^'\n]{1,300})'")


@dataclass(frozen=True, slots=True)
class Hit:
    """A stretch of the text flagged by a rule, with the aspect and the reason."""

    start: int
    end: int
    aspect: str
    reason: str
    alternative: str | None  # None: not from the lexicon (shouting), no word to swap in
    rule: str  # the lexicon pattern or the name of the structural rule


@dataclass(slots=True)
class Analysis:
    text: str
    tokens: list[Token]
    normalized: str
    hits: list[Hit] = field(default_factory=list)
    polite: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    quoted: list[tuple[int, int]] = field(default_factory=list)
    negative_emoji: int = 0
    positive_emoji: int = 0

    def hits_for(self, aspect: str) -> list[Hit]:
        return [hit for hit in self.hits if hit.aspect == aspect]

    def shouted_ranges(self) -> list[tuple[int, int]]:
        """Where the reply shouts: its runs of words in capitals."""
        return _shouted(self.hits)

    def polite_ranges(self, *kinds: str) -> list[tuple[int, int]]:
        """Where the politeness markers of these kinds stand in the text."""
        return [r for kind in kinds for r in self.polite.get(kind, [])]

    def part(self, start: int, end: int) -> Analysis:
        """The reading of ``text[start:end]`` alone, cut from this one rather than computed
        again, so a clause sees the same lexicon hits as its reply; offsets are the part's."""
        return self.joined([(start, end)])

    def joined(self, ranges: list[tuple[int, int]]) -> Analysis:
        """The reading of these stretches of the text put side by side, cut from this one:
        what the rules found inside each stretch stays as it was, and nothing new is read
        across a seam. Occlusion uses it to ask what a reply says without one clause."""
        pieces, moves = [], []
        length = 0
        for start, end in ranges:
            pieces.append(self.text[start:end])
            moves.append((start, end, length - start))
            length += end - start
        text = "".join(pieces)

        def kept(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
            return [(a + shift, b + shift) for start, end, shift in moves
                    for a, b in spans if start <= a and b <= end]

        # Tokens and hits are in text order: each stretch takes the run of them that starts
        # inside it (found by bisection) and keeps those that also end inside it.
        token_starts = [t.start for t in self.tokens]
        hit_starts = [h.start for h in self.hits]
        tokens: list[Token] = []
        hits: list[Hit] = []
        for start, end, shift in moves:
            first, last = bisect_left(token_starts, start), bisect_left(token_starts, end)
            tokens += [t if not shift else
                       Token(t.start + shift, t.end + shift, t.text, t.lower, t.norm)
                       for t in self.tokens[first:last] if t.end <= end]
            first, last = bisect_left(hit_starts, start), bisect_left(hit_starts, end)
            hits += [h if not shift else
                     Hit(h.start + shift, h.end + shift, h.aspect, h.reason, h.alternative,
                         h.rule)
                     for h in self.hits[first:last] if h.end <= end]
        return Analysis(
            text=text,
            tokens=tokens,
            normalized=normalize(text, _shouted(hits)),
            hits=hits,
            polite={kind: kept(spans) for kind, spans in self.polite.items()},
            quoted=kept(self.quoted),
            negative_emoji=len(_NEGATIVE_EMOJI.findall(text)),
            positive_emoji=len(_POSITIVE_EMOJI.findall(text)),
        )


def covered(start: int, end: int, ranges: list[tuple[int, int]]) -> int:
    """Code points of ``[start, end)`` inside the ranges, summed range by range."""
    return sum(max(0, min(end, b) - max(start, a)) for a, b in ranges)


def _match_at(tokens: list[Token], i: int, slots: tuple[frozenset[str] | None, ...]) -> int:
    """Index one past the last matched token, or -1."""
    if i + len(slots) > len(tokens):
        return -1
    for offset, slot in enumerate(slots):
        token = tokens[i + offset]
        if slot is not None and token.lower not in slot and token.norm not in slot:
            return -1
    return i + len(slots)


@dataclass(frozen=True)
class _Index:
    """Lexicon entries by their first word, longest first (the longest match wins), and
    the same entries again by their first two words, so a scan only tries entries whose
    second word can match."""

    by_first: dict[str, list]
    # (first word, second word) -> [(place in by_first[first], entry)]; entries of one
    # word, or whose second word is free, are kept under (first word, None).
    by_pair: dict[tuple[str, str | None], list]


def _index(markers) -> _Index:
    by_first: dict[str, list] = {}
    for marker in markers:
        for word in marker.slots[0]:
            by_first.setdefault(word, []).append(marker)
    by_pair: dict[tuple[str, str | None], list] = {}
    for first, entries in by_first.items():
        entries.sort(key=lambda m: -len(m.slots))
        for place, entry in enumerate(entries):
            second = entry.slots[1] if len(entry.slots) > 1 else None
            for word in second if second is not None else (None,):
                by_pair.setdefault((first, word), []).append((place, entry))
    return _Index(by_first, by_pair)


@cache
def _indexes() -> tuple[_Index, _Index]:
    """The harsh and polite lexicon indexes, built once and handed out together: a thread
    never sees one built and the other not yet (a fresh worker's first requests race)."""
    return _index(lexicons.harsh_markers()), _index(lexicons.polite_markers())


def _candidates(index: _Index, first: str, following: Token | None) -> list:
    """The entries under ``first`` that the next word does not already rule out, in their
    ``by_first`` order."""
    pairs = index.by_pair
    found = pairs.get((first, None), [])
    if following is not None:
        found = found + pairs.get((first, following.lower), [])
        if following.norm != following.lower:
            found = found + pairs.get((first, following.norm), [])
    if len(found) > 1:
        found = sorted(set(found), key=lambda pair: pair[0])
    return [entry for _, entry in found]


def _scan(tokens: list[Token], index: _Index):
    """Every (start token, end token, entry) match, longest entry first at each position."""
    by_first = index.by_first
    for i, token in enumerate(tokens):
        if token.lower not in by_first and token.norm not in by_first:
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        candidates = _candidates(index, token.lower, following)
        if token.norm != token.lower and token.norm in by_first:
            candidates = sorted(candidates + _candidates(index, token.norm, following),
                                key=lambda m: -len(m.slots))
        previous = None
        for entry in candidates:
            if entry is previous:
                continue
            previous = entry
            end = _match_at(tokens, i, entry.slots)
            if end > 0:
                yield i, end, entry


def _inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in ranges)


# Words that, right before a phrase of blame, deny it: "bukan kesalahan Bapak" reassures.
_DENIALS = frozenset({"bukan", "bukanlah"})
# ... and, before a phrase that opens on "salah", "tidak" does too: "Bapak tidak salah
# alamat" tells the citizen he came to the right office.
_WRONG = frozenset({"salah", "kesalahan"})


# Words that, right before an order, say the citizen need not do it: "Bapak tidak harus
# datang sendiri" allows someone else to come. Read in their normal spelling, which
# already makes "gak", "nggak", "ndak" "tidak" and "musti", "kudu" "mesti", "harus".
_NOT = frozenset({"tidak", "tak"})
_OBLIGED = frozenset({"harus", "wajib", "perlu", "mesti"})
# How the citizen is named: between "tidak harus" and the order it lifts ("tidak harus
# Kakak angkut sendiri"), or between "bukan wewenang kami" and its "tetapi" (_referred).
_TITLES = frozenset("bapak ibu pak bu kakak kak mas mbak saudara saudari".split())
_CITIZEN = _TITLES | {"anda"}


def _denied(tokens: list[Token], i: int, marker: lexicons.Marker) -> bool:
    """Whether the phrase matched at token ``i`` is a reproach that the word before it
    denies (one that itself opens with the denial, as "bukan salah kami" does, is not), or
    an order the words before it lift ("tidak harus datang sendiri")."""
    first = marker.slots[0] or frozenset()  # (a free first word opens with no denial)
    if i == 0 or first & _DENIALS:
        return False
    before = tokens[i - 1].norm
    # (the citizen may be named between: "tidak harus Kakak angkut sendiri")
    k = i - 1 - (before in _CITIZEN and i >= 2)
    if (marker.aspect == "memerintah" and k >= 1 and tokens[k].norm in _OBLIGED
            and tokens[k - 1].norm in _NOT):
        return True
    return (before in _DENIALS and marker.aspect == "menyalahkan"
            or before in _DENIALS | {"tidak"} and bool(first) and first <= _WRONG)


# "Bukan wewenang kami, Kak, tetapi Satlantas": naming in the same sentence who has the
# authority is the way forward whose lack makes "bukan wewenang kami" a dismissal.
_AUTHORITY = frozenset({"wewenang", "kewenangan"})
_BUT_BY = frozenset({"tetapi", "melainkan", "namun"})
_BETWEEN = _TITLES | {"sdr", "ya"}
MAX_REFERRAL_GAP = 2  # words between the phrase and its "tetapi": "..., Kak, tetapi ..."


def _referred(text: str, tokens: list[Token], end: int, marker: lexicons.Marker) -> bool:
    """Whether the "not our authority" phrase ending before token ``end`` goes on, in its
    sentence, to name whose it is ("bukan kewenangan kami tp BBWS Pemali Juana")."""
    if len(marker.slots) < 2 or not marker.slots[1] or not marker.slots[1] <= _AUTHORITY:
        return False
    for k in range(end, min(end + MAX_REFERRAL_GAP + 1, len(tokens) - 1)):
        if _SENTENCE_BREAK.search(text, tokens[end - 1].end, tokens[k + 1].start):
            return False
        if tokens[k].norm in _BUT_BY:
            return True
        if tokens[k].norm not in _BETWEEN:
            return False
    return False


# A sentence's end inside a matched phrase, and what follows a phrase that ends one.
_SENTENCE_BREAK = re.compile(r"[.!?…]+\s")
_SENTENCE_DONE = re.compile(r"\s*(?:[.!?…]|$)")


def _lexicon_hits(text: str, tokens: list[Token], quoted: list[tuple[int, int]]) -> list[Hit]:
    harsh_index, _ = _indexes()
    hits: list[Hit] = []
    taken_until = -1
    for i, end, marker in _scan(tokens, harsh_index):
        start_char, end_char = tokens[i].start, tokens[end - 1].end
        # Citizens' words quoted back to them are not the officer's tone.
        if start_char < taken_until or _inside(start_char, end_char, quoted):
            continue
        if _denied(tokens, i, marker):
            continue  # "itu bukan kesalahan Bapak" lifts the blame from the citizen
        if _referred(text, tokens, end, marker):
            continue  # "bukan wewenang kami, tetapi Satlantas" points the way
        if (_SENTENCE_BREAK.search(text, start_char, end_char)
                and not _SENTENCE_DONE.match(text, end_char)):
            # "... kami dengar. Ya namanya juga TPS": a phrase read across a sentence's end
            # only when it ends a sentence there too ("Nggak bisa. Titik.")
            continue
        hits.append(Hit(start_char, end_char, marker.aspect, marker.reason, marker.alternative,
                        marker.pattern))
        taken_until = end_char
    return hits


def _in_capitals(word: str) -> bool:
    """An acronym, code or number written as shouting would write it: no small letters."""
    return any(c.isalnum() for c in word) and not any(c.islower() for c in word)


# Affixes taken off a word in capitals to find the everyday word it is made from
# ("DITOLAK": tolak, "SEGERAKAN": segera); meN- as its nasal forms are written.
_PREFIXES = re.compile(r"^(?:di|ter|ber|ke|se|meng|meny|mem|men|me|peng|peny|pem|pen|pe)")
_SUFFIXES = re.compile(r"(?:kan|an|i|nya|lah|kah)$")


def _known_word(word: str) -> bool:
    """Whether a word in capitals is an everyday word, or made from one: one such word
    alone in a sentence is shouted ("saya bilang JANGAN"); one nobody lists is more likely
    the name of a service or an acronym nobody listed ("daftar lewat SIPANDU", "PONED
    Puskesmas"), and a name is neither shouting nor to be lowered."""
    known = _everyday_words()
    lower = word.lower()
    stems = {lower, lower.replace("-", ""), _SUFFIXES.sub("", lower)}
    for stem in list(stems):
        bare = _PREFIXES.sub("", stem)
        if bare != stem:
            # meN- and peN- swallow the first k, p, t or s of the word ("menolak": tolak)
            stems |= {bare, *(c + bare for c in "kpts")}
    return any(s in known for s in stems if len(s) >= 3)


@cache
def _everyday_words() -> frozenset[str]:
    return lexicons.common_words() | lexicons.function_words()


# A line of a form: a short label opening the line, a colon, and its value ("Nama Usaha:
# KERIPIK TEMPE BU AMINAH", "Status: DITOLAK SEMENTARA").
_FORM_LINE = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?(?P<label>[^\W\d_][\w./()-]*"
                        r"(?:[ \t]+[\w./()-]+){0,3})[ \t]*:[ \t]", re.MULTILINE)


def _form_labels(text: str) -> frozenset[int]:
    """Where the labels of a form end, when the text holds one (two such lines or more): in
    a form the values are data, whatever their case; one "Perhatian: KANTOR TUTUP" line is
    no form."""
    if text.count(":") < 2:
        return frozenset()
    ends = [m.end("label") for m in _FORM_LINE.finditer(text)]
    return frozenset(ends) if len(ends) >= 2 else frozenset()


def _heads_form(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a line of its own right above a form's line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (line_end != -1 and not text[line_start:start].strip()
            and not text[end:line_end].strip(" \t:") and _FORM_LINE.match(text, line_end + 1)
            is not None)


def _shouting_hits(text: str, tokens: list[Token], quoted: list[tuple[int, int]]) -> list[Hit]:
    hits = []
    form_labels = _form_labels(text)
    run: list[Token] = []

    def close_run():
        if not run:
            return
        letters = sum(sum(c.isalpha() for c in t.text) for t in run)
        if form_labels and _heads_form(text, run[0].start, run[-1].end):
            pass  # "DATA PERMOHONAN" over "Nama Pemohon: ...": a form's title
        elif len(run) >= 2 or letters >= 5 and _known_word(run[0].text):
            hits.append(Hit(run[0].start, run[-1].end, "membentak",
                            "Kata-kata dengan huruf kapital semua terbaca seperti membentak.",
                            None, "huruf_kapital"))
        run.clear()

    previous: Token | None = None
    in_name = False  # capitals right after "Bapak", "Jl.", "Kelurahan"... are a name
    in_place = False  # ... begun by a place or a form's label, so numbers may stand in it
    # Acronyms and numbers inside a shouted passage ("BAWA FOTOKOPI KK 2 LEMBAR") do not
    # break it; they join the run only if shouting resumes after them.
    bridge: list[Token] = []
    for token in tokens:
        capitals = is_shouted_word(token.text)
        gap = text[previous.end : token.start] if previous is not None else ""
        if (capitals and not run and previous is not None
                and (previous.lower in _NAME_TRIGGERS
                     and (gap == " " or gap == ". " and previous.lower in _SHORTENED_TRIGGERS)
                     or gap == ": " and (previous.lower in _FIELD_LABELS
                                         or previous.end in form_labels))
                and token.lower not in _NEVER_NAMES):
            in_name = True  # "PAK BUDI", "JL. GAJAH", "program SEHATI", "alamat: JL. ...";
            #                 not "Pak, KANTOR TUTUP" nor "Pak. KANTOR TUTUP": a name
            #                 follows its title directly
            in_place = previous.lower in _PLACE_TRIGGERS or gap == ": "
        # (numbers and acronyms inside an address or a form's value do not end it: "JL.
        # SEROJA NO. 12 RT 003 KELURAHAN KRAPYAK"; after a person's name they do: "Pak BUDI
        # 3 KALI SAYA BILANG")
        in_name = (in_name and (capitals or in_place and _in_capitals(token.text))
                   and token.lower not in _NEVER_NAMES)
        # "(ATENSI)" after a programme's name defines its acronym; it is not shouted; nor is
        # a part of a reference number glued to its slashes ("0412/PKM-KRP/III/2025").
        defined = (text[token.start - 1 : token.start] == "("
                   and text[token.end : token.end + 1] == ")")
        coded = "/" in (text[token.start - 1 : token.start], text[token.end : token.end + 1])
        # "LAPOR!" is the national complaint channel's name, written so ("SP4N-LAPOR!")
        coded = coded or token.text == "LAPOR" and text[token.end : token.end + 1] == "!"
        shouted = (capitals and not in_name and not defined and not coded
                   and not _inside(token.start, token.end, quoted))
        last = bridge[-1] if bridge else (run[-1] if run else None)
        if shouted and last is not None and text[last.end : token.start].strip(" ,") != "":
            close_run()  # a sentence break ends the run
            bridge.clear()
        if shouted:
            run.extend(bridge)
            bridge.clear()
            run.append(token)
        elif (last is not None and _in_capitals(token.text)
              and not _inside(token.start, token.end, quoted)
              and text[last.end : token.start].strip(" ,") == ""):
            bridge.append(token)
        else:
            bridge.clear()
            close_run()
        previous = token
    close_run()
    for match in _PUNCT_RUN.finditer(text):
        if _inside(match.start(), match.end(), quoted):
            continue
        hits.append(Hit(match.start(), match.end(), "membentak",
                        "Tanda seru atau tanya berderet terbaca seperti nada marah.", None,
                        "tanda_baca_berderet"))
    return hits


def _polite_kinds(tokens: list[Token]) -> dict[str, list[tuple[int, int]]]:
    _, polite_index = _indexes()
    found: dict[str, list[tuple[int, int]]] = {}
    for i, end, marker in _scan(tokens, polite_index):
        found.setdefault(marker.kind, []).append((tokens[i].start, tokens[end - 1].end))
    return found


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    ranges = []
    for match in _QUOTES.finditer(text):
        group = 1 if match.group(1) is not None else 2
        ranges.append((match.start(group), match.end(group)))
    return ranges


def _shouted(hits: list[Hit]) -> list[tuple[int, int]]:
    """Where a reply shouts: its runs of words in capitals."""
    return [(h.start, h.end) for h in hits if h.rule == "huruf_kapital"]


@lru_cache(maxsize=256)
def analyze(text: str) -> Analysis:
    """Read ``text`` once: offsets in every result point into ``text`` as given.

    Remembered for the latest texts: a suggestion reads the same draft and its variants
    again from round to round, and the result is never changed after it is made."""
    # Offsets must stay valid for the caller's string, so the original is tokenised as is;
    # an invisible character inside a word splits it, which costs little.
    tokens = tokenize(text)
    quoted = quoted_ranges(text)
    hits = _lexicon_hits(text, tokens, quoted) + _shouting_hits(text, tokens, quoted)
    hits.sort(key=lambda h: (h.start, h.end))
    return Analysis(
        text=text,
        tokens=tokens,
        normalized=normalize(text, _shouted(hits)),
        hits=hits,
        polite=_polite_kinds(tokens),
        quoted=quoted,
        negative_emoji=len(_NEGATIVE_EMOJI.findall(text)),
        positive_emoji=len(_POSITIVE_EMOJI.findall(text)),
    )


_ABBREVIATIONS = frozenset(
    "yth jl jln gg no nomor tgl kel kec kab prov dr drg dll dsb dst sdr sdri bpk bp "
    "hj h kh pt cv ud st ir hlm a.n an u.p up s.d kp perum ds drs dra prof "
    "mr mrs spd pd se sh mm mt kom amd".split()
)
# Words that end sentences as often as they are shortened ("... surat pengantar RT.",
# "... Pemerintah Kota.", "... putra Ibu."): their dot is an abbreviation's only before a
# number ("RT. 03", "Blok. 7").
_NUMBERED = frozenset("ibu kota rt rw sd blok".split())
_STOP = re.compile(r"[.!?…]+[\"”')\]]*|\n+")
# In chat an emoji often ends a sentence where a full stop would: "Kak 😊 Admin nggak ...",
# "sudah kami catat 🙏 Cerewet amat". Only before a capital letter ("makasih 🙏 ya Pak" goes
# on), after the emoji's variation selector or skin tone if any.
EMOJI_CHARS = "\U0001F300-\U0001FAFF\u2600-\u27BF"
_STOP_OR_EMOJI = re.compile(rf"{_STOP.pattern}|(?<=[{EMOJI_CHARS}\ufe0f])[ \t]+(?=[A-Z])")
# A list item's number or letter standing alone before its dot: "1", "2", "a".
_LIST_MARKER = re.compile(r"\s*(?:\d{1,2}|[a-z])", re.IGNORECASE)


@lru_cache(maxsize=2048)
def sentences(text: str, emoji_ends: bool = False) -> tuple[tuple[int, int], ...]:
    """Sentence stretches of ``text`` (code points), not split at "Jl.", "08.00" or "No. 5";
    with ``emoji_ends``, split after an emoji before a capital letter too (the rewriter's
    reading; the models were fitted on sentences without it). Remembered (read-only): a
    check and its rewrite cut the same texts many times."""
    found = []
    start = 0
    for match in (_STOP_OR_EMOJI if emoji_ends else _STOP).finditer(text):
        end = match.end()
        if match.group(0)[0] == ".":
            # Only the word before the dot matters; a bounded slice keeps this linear.
            before = _LAST_WORD.search(text, max(0, match.start() - 40), match.start())
            after = text[end : end + 2]
            word = before.group(1).lower() if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            if word in _NUMBERED and text[end : end + 3].strip()[:1].isdigit():
                continue
            if before and word.isdigit() and after[:1].isdigit():
                continue
            if after[:1] and not after[:1].isspace():
                continue  # "08.00", "www.x.id", "dll.)"
            if _LIST_MARKER.fullmatch(text, start, match.start()) and after[:1] == " ":
                continue  # "2. Bapak tidak perlu ...": the number of a list item
        if text[start:end].strip():
            found.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        found.append(_trim(text, start, len(text)))
    return tuple(found)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+[-–]\s+")


def clauses(text: str) -> list[tuple[int, int]]:
    """Clause stretches: sentences cut again at commas and semicolons, trimmed of marks."""
    found = []
    for sentence_start, sentence_end in sentences(text):
        cursor = sentence_start
        breaks = list(_CLAUSE_BREAK.finditer(text, sentence_start, sentence_end))
        for piece_end, next_start in [(m.start(), m.end()) for m in breaks] + [
                (sentence_end, sentence_end)]:
            start = cursor
            while start < piece_end and not (text[start].isalnum() or text[start] in "\"'“‘@"):
                start += 1  # an emoji or a dash before the words is not part of the clause
            stripped = text[start:piece_end].rstrip(" \t.,;:!?…")
            if any(c.isalnum() for c in stripped):
                found.append((start, start + len(stripped)))
            cursor = next_start
    return found
