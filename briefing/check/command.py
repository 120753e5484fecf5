"""``briefing check NOTE.brief|NOTE.docx [--json]``: the findings, and an exit status to script on.

Exit 0 with no findings, 1 with some; a file that cannot be read is a user error (exit 2,
raised as a BriefingError for the command line's one-line message).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import platformdirs

from briefing.check.checker import Checker, brief_language
from briefing.check.findings import KINDS, Finding
from briefing.check.spelling import LANGUAGES, PERSONAL_WORDS_FILE, WordList, check_language
from briefing.model import Brief

EXIT_FINDINGS = 1


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "check",
        help="list what to fix before a brief goes out",
        description="Check a .brief (or a Word file Briefing exported): figures, names and quotations "
        "the article does not contain, spelling, unreviewed pre-fill, empty required sections and "
        "fields, length, items that need context, duplicates. Exit 0 with no findings, 1 with some.",
    )
    check.add_argument("brief", help="the .brief file, or a .docx that Briefing exported")
    check.add_argument("--json", action="store_true", help='print {"findings": [...]} as JSON')
    check.add_argument(
        "--language", choices=tuple(LANGUAGES), help="spelling language (default: the brief's, else its template's)"
    )


def personal_words() -> WordList:
    """The writer's own word list: ``dictionary.txt`` in the data folder (the window's Add to Dictionary)."""
    return WordList.load(Path(platformdirs.user_data_dir("Briefing", appauthor=False)) / PERSONAL_WORDS_FILE)


def _load(path: str) -> Brief:
    from briefing.workflow import open_brief  # the one reader of saved briefs, .brief or Briefing's Word file

    return open_brief(path)


def where(brief: Brief, finding: Finding) -> str:
    """``Positions, item 3`` (items counted from 1, as a reader counts), or the brief as a whole."""
    if finding.section is None:
        return "Brief"
    section = brief.section(finding.section)
    heading = section.heading if section is not None else finding.section
    return heading if finding.item is None else f"{heading}, item {finding.item + 1}"


def as_text(brief: Brief, findings: list[Finding]) -> str:
    lines = []
    for finding in findings:
        words = ""
        if finding.item is not None and finding.start is not None and finding.end is not None:
            section = brief.section(finding.section or "")
            if section is not None and finding.kind in ("unsupported", "spelling"):
                words = f" [{section.items[finding.item].text[finding.start : finding.end]}]"
        lines.append(f"{where(brief, finding)}: {finding.kind}{words}: {finding.message}")
    counts = Counter(f.kind for f in findings)
    summary = ", ".join(f"{counts[kind]} {kind}" for kind in KINDS if counts[kind])
    lines.append(f"{len(findings)} findings ({summary})" if findings else "No findings.")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    brief = _load(args.brief)
    language = check_language(args.language or brief_language(brief))
    findings = Checker(personal_words()).check(brief, language=language)
    if args.json:
        sys.stdout.write(json.dumps({"findings": [f.to_dict() for f in findings]}, ensure_ascii=False, indent=1))
        sys.stdout.write("\n")
    else:
        if not brief.source.text.strip():
            print(
                "briefing: note: this brief carries no article text, so figures and names were not checked against it",
                file=sys.stderr,
            )
        sys.stdout.write(as_text(brief, findings))
    return EXIT_FINDINGS if findings else 0
