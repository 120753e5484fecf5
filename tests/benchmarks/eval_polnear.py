"""Speakers against PolNeAR's hand-marked attributions, by the corpus's own rule (``score.py``).

Run: python tests/benchmarks/eval_polnear.py [--split dev|train] [--every K [--offset R]] [--show N] [--cli]

The rule is the one in ``../shared/corpora/polnear/score.py`` (its docstring): an item's
speaker is right only where its own sentence overlaps a hand-marked attribution whose source
shares a name word with it, pronouns resolved through CoreNLP's coreference chains; main
voices are each article's three most-quoted sources found as a speaker anywhere in the brief.
This script imports that file and uses its functions, so the figures are the same; it only
drafts in-process (no interpreter start per article, about ten times faster) unless ``--cli``
asks for the script exactly as shipped. ``--every K`` scores every K-th article (for tuning
on ``train``); ``--show N`` prints N wrong items with the marked sources under them.
Develop on ``train``; quote ``dev``, and look at it rarely. Skips with a message when the
corpus is absent (it is never copied into the repository).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from briefing.prefill import prefill
from briefing.prefill.readable import dangling_opener
from briefing.reader import read_article

CORPUS = REPO.parent / "shared" / "corpora" / "polnear"


def load_score() -> ModuleType:
    """The corpus's own scoring script, imported as a module."""
    spec = importlib.util.spec_from_file_location("polnear_score", CORPUS / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DRAFTED: dict[str, dict[str, Any]] = {}  # path -> brief, for the readability figures


def draft_in_process(path: str) -> dict[str, Any] | None:
    """What ``python -m briefing draft PATH --json`` prints, as a dict, without a new interpreter."""
    try:
        DRAFTED[path] = prefill(read_article(path)).to_dict()
        return DRAFTED[path]
    except Exception as exc:  # noqa: BLE001 - a failed article is counted, as the script does
        print(f"  failed: {path}: {exc}", file=sys.stderr)
        return None


STANDALONE = ("summary", "context", "key_issues", "outlook")


def readability(briefs: list[dict[str, Any]]) -> str:
    """Issue 11's "every item readable on its own" figures over the drafted briefs."""
    items = dangling = labels = one_word = long_items = total = 0
    for brief in briefs:
        for section in brief["sections"]:
            for item in section["items"]:
                total += 1
                long_items += len(item["text"].split()) > 60
                if section["id"] in STANDALONE:
                    items += 1
                    dangling += dangling_opener(item["text"]) is not None
                if section["id"] == "key_issues" and item.get("label"):
                    labels += 1
                    one_word += len(item["label"].split()) == 1
    return (
        f"dangling openers {dangling}/{items} ({dangling / max(items, 1):.1%}) of summary, context, "
        f"key-issue and outlook items; one-word key-issue names {one_word}/{labels} "
        f"({one_word / max(labels, 1):.1%}); items over 60 words {long_items}/{total}"
    )


def chosen(names: list[str], every: int, offset: int) -> set[str]:
    return {n for k, n in enumerate(sorted(names)) if k % every == offset % every}


def show_errors(score: ModuleType, split_dir: Path, names: list[str], limit: int) -> None:
    """Wrong speakers, with the marked sources of their sentence: what to read when tuning."""
    shown = 0
    for name in sorted(names):
        brief = draft_in_process(str(split_dir / "text" / f"{name}.txt"))
        if brief is None:
            continue
        anns = sorted((split_dir / "attributions").glob(f"{name}_*.ann"))
        gold = score.ann([str(p) for p in anns])
        coref = split_dir / "coref" / f"{name}.json"
        chains = json.loads(coref.read_text(encoding="utf-8")) if coref.exists() else []
        text = brief["source"]["text"]
        for section in brief["sections"]:
            for item in section["items"]:
                speaker = item.get("speaker") or ""
                if not speaker:
                    continue
                over = [
                    src
                    for src, spans in gold
                    if any(a < sz and sa < z for a, z in item.get("sources", []) for sa, sz in spans)
                ]
                verdicts = [score.judge(src, speaker, chains) for src in over]
                if any(v is True for v in verdicts) or (over and all(v is None for v in verdicts)):
                    continue
                a, z = item["sources"][0]
                marked = "; ".join(sorted({src[2] for src in over if src})) or "(no marked attribution)"
                print(f"[{name} {section['id']}] speaker={speaker!r} marked={marked!r}\n    {text[a:z][:300]!r}")
                shown += 1
                if shown >= limit:
                    return


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--every", type=int, default=1, help="score every K-th article only")
    parser.add_argument("--offset", type=int, default=0, help="which of the K subsets (0..K-1)")
    parser.add_argument("--show", type=int, default=0, help="print N wrong speakers")
    parser.add_argument("--cli", action="store_true", help="run score.py exactly as shipped (slow)")
    args = parser.parse_args()
    if not (CORPUS / "score.py").exists():
        print(f"skipped: the PolNeAR corpus is not at {CORPUS}")
        return 0
    split_dir = CORPUS / args.split
    if args.cli:
        return subprocess.run([sys.executable, str(CORPUS / "score.py"), args.split], cwd=REPO, check=False).returncode
    score = load_score()
    names = [f[:-4] for f in os.listdir(split_dir / "text")]
    keep = chosen(names, args.every, args.offset)
    setattr(score, "draft", lambda path: draft_in_process(path) if Path(path).stem in keep else None)  # noqa: B010
    started = time.perf_counter()
    st = score.polnear(str(split_dir))
    seconds = time.perf_counter() - started
    prec = st["hits"] / st["items"] if st["items"] else 0.0
    allp = st["all_hits"] / st["all_items"] if st["all_items"] else 0.0
    rec = st["found"] / st["voices"] if st["voices"] else 0.0
    failed = st["failed"] - (len(names) - len(keep))
    print(
        f"polnear {args.split}: {len(keep)} of {st['n']} articles (every {args.every}), {failed} failed, {seconds:.1f} s"
    )
    print(
        f"speaker precision (Positions) {prec:.3f} ({st['hits']}/{st['items']}); "
        f"on no marked attribution {st['notattr']}; unjudged {st['unjudged']}"
    )
    print(f"speaker precision (every item with a speaker) {allp:.3f} ({st['all_hits']}/{st['all_items']})")
    print(f"main voices {rec:.3f} ({st['found']}/{st['voices']})")
    print(readability(list(DRAFTED.values())))
    if args.show:
        show_errors(score, split_dir, sorted(keep), args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
