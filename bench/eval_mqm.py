"""`make eval`: run the checks over real zh→en MT rated by professionals (WMT 2023 MQM).

Prints, per check, how many flags fired, how many overlap a span a rater marked as
an error, how many fell on segments all three raters found clean, and those false
alarms per 1,000 words of clean segments. The data is unpacked at run time into
eval-data/ (git-ignored); nothing is downloaded.
"""
from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import tarfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.checks import Checker, check_ids  # noqa: E402
from app.core.document import Document, Paragraph  # noqa: E402

ARCHIVE = "mqm_generalMT2023_zhen.tsv.tar.gz"
CACHE = ROOT / "eval-data"
TARGET_PER_1K = 1.0
_TAG = re.compile(r"</?v>")


def find_archive() -> Path:
    candidates = [Path(os.environ["GALLEY_EVAL_DATA"])] if os.environ.get("GALLEY_EVAL_DATA") else []
    candidates += [ROOT.parent / "shared" / "eval" / ARCHIVE, Path("/work/shared/eval") / ARCHIVE]
    for c in candidates:
        if c.is_file():
            return c
    raise SystemExit(f"eval: cannot find {ARCHIVE} (looked in {', '.join(map(str, candidates))}); "
                     "set GALLEY_EVAL_DATA to its path")


def unpack() -> Path:
    archive = find_archive()
    CACHE.mkdir(exist_ok=True)
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".tsv")]
        out = CACHE / Path(members[0].name).name
        if not out.exists() or out.stat().st_size != members[0].size:
            members[0].name = out.name
            tar.extract(members[0], CACHE, filter="data")
    return out


def marked_span(target: str) -> tuple[str, tuple[int, int] | None]:
    """The plain text and the rater's <v>…</v> span in it (code points), if any."""
    plain = _TAG.sub("", target)
    m = re.search(r"<v>(.*?)</v>", target, re.S)
    if not m:
        return plain, None
    start = len(_TAG.sub("", target[:m.start()]))
    return plain, (start, start + len(m.group(1)))


def load(tsv: Path):
    """{(system, doc): {seg: {"text", "spans", "raters", "clean_raters"}}}."""
    docs: dict = defaultdict(dict)
    with tsv.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for row in reader:
            system, doc, seg, _, rater, _, target, category = row[:8]
            plain, span = marked_span(target)
            plain = " ".join(plain.split("\n"))
            entry = docs[(system, doc)].setdefault(int(seg), {"text": plain, "spans": [], "raters": set(),
                                                               "dirty": set()})
            entry["raters"].add(rater)
            if category != "No-error":
                entry["dirty"].add(rater)
                entry["spans"].append(span or (0, len(plain)))
    return docs


def evaluate(docs, checks=None, verbose: bool = False):
    flags, hits, fa = Counter(), Counter(), Counter()
    clean_words = total_words = 0
    languages = Counter()
    examples = defaultdict(list)
    for key in sorted(docs):
        segs = docs[key]
        order = sorted(segs)
        doc = Document(tuple(Paragraph(segs[s]["text"]) for s in order))
        clean = [len(segs[s]["raters"]) >= 3 and not segs[s]["dirty"] for s in order]
        for i, p in enumerate(doc.paragraphs):
            n = len(p.words)
            total_words += n
            if clean[i]:
                clean_words += n
        checker = Checker(checks)
        findings = checker.check(doc)
        languages[checker.language] += 1
        for f in findings:
            flags[f.check] += 1
            seg = segs[order[f.paragraph]]
            if any(a < max(f.end, f.start + 1) and f.start < b for a, b in seg["spans"]):
                hits[f.check] += 1
            if clean[f.paragraph]:
                fa[f.check] += 1
                examples[f.check].append((key, f))
    return flags, hits, fa, clean_words, total_words, languages, examples


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=0, help="show N false alarms per check")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    docs = load(unpack())
    flags, hits, fa, clean_words, total_words, languages, examples = evaluate(docs)
    elapsed = time.perf_counter() - t0
    n_segs = sum(len(v) for v in docs.values())
    print(f"Real MT: WMT 2023 zh→en MQM, {len(docs)} documents, {n_segs:,} segments, {total_words:,} words; "
          f"{clean_words:,} words in segments all three raters found clean. "
          f"Document language: {', '.join(f'{k} ×{v}' for k, v in languages.most_common())}.")
    print()
    print("| check | flags | overlap a rater's error | on all-clean segments | false alarms / 1,000 clean words |")
    print("|---|---:|---:|---:|---:|")
    for cid in check_ids():
        rate = fa[cid] * 1000 / clean_words if clean_words else 0.0
        print(f"| {cid} | {flags[cid]} | {hits[cid]} | {fa[cid]} | {rate:.3f} |")
    total_fa = sum(fa.values())
    rate = total_fa * 1000 / clean_words if clean_words else 0.0
    print(f"| **all** | {sum(flags.values())} | {sum(hits.values())} | {total_fa} | **{rate:.3f}** |")
    print()
    outside = sum(flags.values()) - sum(hits.values())
    print(f"Target ≤ {TARGET_PER_1K:.1f} false alarm per 1,000 words: {'met' if rate <= TARGET_PER_1K else 'NOT met'}"
          f" ({elapsed:.1f} s). Over all {total_words:,} words, {outside} flags touch no rater-marked span "
          f"({outside * 1000 / total_words:.3f} per 1,000 words).")
    if args.examples:
        for cid, items in examples.items():
            print(f"\n## {cid}")
            for key, f in items[:args.examples]:
                seg_text = docs[key][sorted(docs[key])[f.paragraph]]["text"]
                print(f"- {key[0]} | {f.text!r} | …{seg_text[max(0, f.start - 60):f.end + 60]}…")
    return 0 if rate <= TARGET_PER_1K else 1


if __name__ == "__main__":
    sys.exit(main())
