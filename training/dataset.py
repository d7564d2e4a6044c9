"""The corpus as a dataset: load every source file, validate, split leak-free by group."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from models.normalize import normalize
from models.taxonomy import ASPECTS, LABEL_HARSH
from training.corpus import check_row, iter_corpus_files, read_jsonl

REPO = Path(__file__).resolve().parent.parent
DATA_DIR = REPO / "data"
LEXICON_DIR = REPO / "models" / "lexicons"
SPLITS = ("train", "dev", "test")
# Share of handwritten groups per split; composed rows never go to test.
HANDWRITTEN_SHARES = {"test": 0.25, "dev": 0.15}
COMPOSED_DEV_SHARE = 0.15
NEAR_DUPLICATE_JACCARD = 0.8


@dataclass
class Corpus:
    rows: list[dict]
    problems: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def split(self, name: str, source: str | None = None) -> list[dict]:
        return [r for r in self.rows if r["split"] == name and (source is None or
                                                                 r["source"] == source)]


def data_hash(data_dir: Path = DATA_DIR, lexicon_dir: Path = LEXICON_DIR) -> str:
    """A digest of everything a trained model depends on besides code: corpus and lexicons."""
    digest = hashlib.sha256()
    files = list(iter_corpus_files(data_dir)) + sorted(lexicon_dir.glob("*.tsv"))
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _unit(key: str) -> float:
    return int(hashlib.sha256(key.encode()).hexdigest()[:12], 16) / float(16**12)


def _shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", normalize(text))
    if len(words) < 3:
        return {" ".join(words)}
    return {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}


def near_duplicate_pairs(rows: list[dict], threshold: float = NEAR_DUPLICATE_JACCARD
                         ) -> list[tuple[int, int]]:
    """Index pairs whose word-trigram Jaccard similarity reaches ``threshold``."""
    shingles = [_shingles(r["text"]) for r in rows]
    index: dict[str, list[int]] = defaultdict(list)
    for i, grams in enumerate(shingles):
        for gram in grams:
            index[gram].append(i)
    pairs = []
    for i, grams in enumerate(shingles):
        overlap: Counter[int] = Counter()
        for gram in grams:
            postings = index[gram]
            if len(postings) > 200:  # boilerplate trigram: says nothing about duplication
                continue
            overlap.update(j for j in postings if j > i)
        for j, shared in overlap.items():
            union = len(grams) + len(shingles[j]) - shared
            if union and shared / union >= threshold:
                pairs.append((i, j))
    return pairs


def _assign_splits(rows: list[dict]) -> list[str]:
    """Split by group; near-duplicate texts pull their groups into one component first."""
    parent = {r["group"]: r["group"] for r in rows}

    def find(g: str) -> str:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    for i, j in near_duplicate_pairs(rows):
        a, b = find(rows[i]["group"]), find(rows[j]["group"])
        if a != b:
            parent[max(a, b)] = min(a, b)
    component_has_handwritten: dict[str, bool] = defaultdict(bool)
    for row in rows:
        if row["source"] == "handwritten":
            component_has_handwritten[find(row["group"])] = True
    dropped_marker = "drop"
    splits = []
    for row in rows:
        root = find(row["group"])
        u = _unit(root)
        if component_has_handwritten[root]:
            split = ("test" if u < HANDWRITTEN_SHARES["test"] else
                     "dev" if u < HANDWRITTEN_SHARES["test"] + HANDWRITTEN_SHARES["dev"] else
                     "train")
            if split == "test" and row["source"] != "handwritten":
                split = dropped_marker  # a composed near-twin of a test reply: leave it out
        else:
            split = "dev" if u < COMPOSED_DEV_SHARE else "train"
        splits.append(split)
    return splits


def load_corpus(data_dir: Path = DATA_DIR) -> Corpus:
    """Every corpus row, validated, with a ``split`` field; problems collected, not raised."""
    rows: list[dict] = []
    problems: list[str] = []
    seen_ids: set[str] = set()
    seen_texts: dict[str, str] = {}
    for path in iter_corpus_files(data_dir):
        report = read_jsonl(path)
        problems.extend(str(p) for p in report.problems)
        for row in report.rows:
            row_problems = check_row(row)
            if row["id"] in seen_ids:
                row_problems.append("duplicate id")
            # Exact repeats are errors; texts that differ only in numbers or spelling are
            # near-duplicates, which the split keeps together instead.
            key = " ".join(str(row.get("text", "")).casefold().split())
            if key in seen_texts:
                row_problems.append(f"duplicate text of {seen_texts[key]}")
            if row_problems:
                problems.extend(f"{row['_line']} ({row.get('id')}): {p}" for p in row_problems)
                continue
            seen_ids.add(row["id"])
            seen_texts[key] = row["id"]
            rows.append(row)
    dropped = []
    kept = []
    for row, split in zip(rows, _assign_splits(rows), strict=True):
        if split == "drop":
            dropped.append(row["id"])
            continue
        row["split"] = split
        kept.append(row)
    return Corpus(kept, problems, dropped)


def labels_of(rows: list[dict]) -> np.ndarray:
    return np.array([1 if r["label"] == LABEL_HARSH else 0 for r in rows], dtype=np.int64)


def aspects_of(rows: list[dict]) -> np.ndarray:
    matrix = np.zeros((len(rows), len(ASPECTS)), dtype=np.int64)
    for i, row in enumerate(rows):
        for aspect in row["aspects"]:
            matrix[i, ASPECTS.index(aspect)] = 1
    return matrix


def with_rewrites_as_ok(rows: list[dict]) -> list[dict]:
    """Training rows plus each harsh row's polite rewrite as an extra ``ok`` example.

    The pair differs only in tone, which teaches the contrast that matters; both halves
    share a group, so they always sit in the same split.
    """
    extra = []
    for row in rows:
        if row["label"] == LABEL_HARSH and row.get("rewrite"):
            extra.append({**row, "id": row["id"] + "#rewrite", "text": row["rewrite"],
                          "label": "ok", "aspects": [], "spans": []})
    return rows + extra


def counts(corpus: Corpus) -> dict:
    """The datasheet's tables: by label, aspect, domain, register, source and split."""
    rows = corpus.rows
    table: dict[str, Counter] = {
        "label": Counter(r["label"] for r in rows),
        "aspect": Counter(a for r in rows for a in r["aspects"]),
        "domain": Counter(r["domain"] for r in rows),
        "register": Counter(r["register"] for r in rows),
        "source": Counter(r["source"] for r in rows),
        "split": Counter(r["split"] for r in rows),
        "aspects_per_harsh_row": Counter(len(r["aspects"]) for r in rows
                                         if r["label"] == LABEL_HARSH),
    }
    table["with_rewrite"] = Counter("rewrite" for r in rows if r.get("rewrite"))
    return {name: dict(sorted(c.items(), key=lambda kv: str(kv[0]))) for name, c in table.items()}


def without_courtesy(rows: list[dict]) -> list[dict]:
    """Extra ``ok`` rows: each polite row with its greeting and closing sentences removed.

    Officers' neutral replies are often bare; without these the model learns that a missing
    "Selamat pagi" or "Terima kasih" is itself harsh, and cries wolf on terse replies.
    """
    from models.analysis import analyze, covered, sentences

    extra = []
    for row in rows:
        if row["label"] == LABEL_HARSH:
            continue
        text = row["text"]
        analysis = analyze(text)
        courtesy = analysis.polite_ranges("salam", "sapaan", "terima_kasih", "penutup")
        kept = []
        for start, end in sentences(text):
            share = covered(start, end, courtesy)
            words = len(text[start:end].split())
            if not (share and (share * 3 >= end - start or words <= 6)):
                kept.append(text[start:end])
        bare = " ".join(kept).strip()
        if bare and bare != text and len(bare.split()) >= 3:
            extra.append({**row, "id": row["id"] + "#bare", "text": bare})
    return rows + extra


def with_courtesy_framing(rows: list[dict], seed: int = 20261128) -> list[dict]:
    """Extra rows: each row wrapped in a polite opening and closing, with its label kept.

    Officers sometimes thank the citizen and then scold them; and the rewriter adds exactly
    such framing to its suggestions. Without the harsh copies a greeting and a closing offer
    of help are enough to make the model read a harsh reply as ``ok``, so a suggestion
    could pass its own check by politeness alone. The polite copies keep the same sentences
    from turning into a sign of harshness. Openings and closings come from the polite rows
    (first and last sentences made of courtesy) and from the rewriter's own framing.
    """
    import random

    from models.analysis import analyze, covered, sentences
    from models.rewriter import APOLOGIES, CLOSINGS, THANKS

    openers: set[str] = set()
    closers: set[str] = set()
    for row in rows:
        if row["label"] == LABEL_HARSH:
            continue
        text = row["text"]
        courtesy = analyze(text).polite_ranges("salam", "terima_kasih", "maaf", "penutup")
        found = sentences(text)
        if len(found) < 2:
            continue
        for (start, end), pool in ((found[0], openers), (found[-1], closers)):
            if covered(start, end, courtesy) * 2 >= end - start and len(text[start:end]) < 120:
                pool.add(text[start:end])
    for register in ("formal", "chat"):
        for who in ("Bapak/Ibu", "Bapak", "Ibu", "Kakak", "Saudara"):
            openers.add(THANKS[register].format(who=who))
            openers.add(THANKS[register].format(who=who) + " "
                        + APOLOGIES[register].format(who=who))
        closers.add(CLOSINGS[register])
    openers_list, closers_list = sorted(openers), sorted(closers)
    chance = random.Random(seed)
    extra = []
    for row in rows:
        opener, closer = chance.choice(openers_list), chance.choice(closers_list)
        shift = len(opener) + 1
        spans = [{**s, "start": s["start"] + shift, "end": s["end"] + shift}
                 for s in row.get("spans", [])]
        extra.append({**row, "id": row["id"] + "#framed", "spans": spans,
                      "text": f"{opener} {row['text']} {closer}"})
    return rows + extra


# Apologies an officer (or the rewriter) may put right before what they say next.
APOLOGY_LEADS = ("Mohon maaf, ", "Maaf, ", "Mohon maaf sebelumnya, ", "Maaf ya, ",
                 "Mohon maaf sebelumnya. ")


def with_apology_leads(rows: list[dict], seed: int = 20261130) -> list[dict]:
    """Extra rows: each harsh row with an apology put right before its first harsh
    sentence, and as many ok rows with one before a sentence of theirs, labels kept.

    Apologies are everywhere in polite replies and in every reference rewrite, and rarely
    in harsh drafts, so without these "Mohon maaf, kami bukan pembantu Ibu." read as ok
    (0.06 where the bare sentence scored 0.82), and a suggestion could pass its own check
    by an apology put before a sentence it left harsh. Only the corpus's own rows get a
    copy (not the rewrites, bare or framed copies made from them).
    """
    import random

    from models import lexicons
    from models.analysis import sentences

    plain_words = lexicons.function_words() | lexicons.common_words()
    chance = random.Random(seed)
    harsh = [r for r in rows if r["label"] == LABEL_HARSH and "#" not in r["id"]]
    calm = [r for r in rows if r["label"] != LABEL_HARSH and "#" not in r["id"]]
    calm = chance.sample(calm, min(len(calm), len(harsh)))
    extra = []
    for row in harsh + calm:
        found = sentences(row["text"])
        if not found:
            continue
        first_span = min((s["start"] for s in row.get("spans", [])), default=None)
        if first_span is None:
            at = chance.choice(found)[0]
        else:
            at = next((a for a, b in found if a <= first_span < b), found[0][0])
        lead = chance.choice(APOLOGY_LEADS)
        word = re.match(r"[^\W\d_]+", row["text"][at:])
        text = row["text"]
        if not lead.endswith(". ") and word and word.group(0).lower() in plain_words:
            text = text[:at] + text[at].lower() + text[at + 1 :]  # "Kami ..." -> "kami ..."
        text = text[:at] + lead + text[at:]
        shift = len(lead)
        spans = []
        for span in row.get("spans", []):
            start = span["start"] + (shift if span["start"] >= at else 0)
            end = span["end"] + (shift if span["end"] > at else 0)
            spans.append({**span, "start": start, "end": end, "text": text[start:end]})
        extra.append({**row, "id": row["id"] + "#apology", "text": text, "spans": spans})
    return rows + extra


def clause_targets(row: dict) -> list[tuple[int, int, np.ndarray | None]]:
    """Every clause of a row with the aspects it carries, for the clause tagger.

    A clause carries the aspects of the gold spans it clearly overlaps (half of the clause
    or half of the span). One that only touches a span at its edge gets ``None``: neither
    harsh nor harmless, so it is left out of training and of threshold choice.
    """
    from models.analysis import clauses

    found = []
    for start, end in clauses(row["text"]):
        target = np.zeros(len(ASPECTS), dtype=np.int64)
        unclear = False
        for span in row["spans"]:
            overlap = min(end, span["end"]) - max(start, span["start"])
            if overlap <= 0:
                continue
            if 2 * overlap >= min(end - start, span["end"] - span["start"]):
                target[ASPECTS.index(span["aspect"])] = 1
            else:
                unclear = True
        found.append((start, end, None if unclear and not target.any() else target))
    return found
