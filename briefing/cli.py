"""The command line: draft a brief from an article, export a saved brief to Word.

Every failure the user can cause ends with one line ``briefing: error: ...`` on stderr and
exit status 2; a traceback would only ever mean a bug.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from briefing import __version__
from briefing.errors import BriefingError
from briefing.export import export_docx
from briefing.importer import brief_from_docx, is_briefing_docx
from briefing.layout import switch_template
from briefing.model import CLASSIFICATIONS, Brief, today_iso
from briefing.prefill import prefill_explained
from briefing.reader import read_article, read_article_bytes
from briefing.resources import default_article_path
from briefing.storage import brief_to_json, load_brief, save_brief
from briefing.templates import get_template, load_templates

logger = logging.getLogger(__name__)

EXIT_USAGE = 2
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug, not the user's input


class _UserError(BriefingError):
    """A mistake in the command line itself, reported like any other user error."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description="Draft briefing notes from news articles, offline.")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    draft = commands.add_parser(
        "draft",
        help="pre-fill a brief from an article",
        description="Read an article (.txt, .md, .html, .docx, or - for standard input), pre-fill a "
        "brief, and write it as Word (.docx) or as a brief (.brief). With neither -o "
        "nor --json, print the brief as text.",
    )
    draft.add_argument("article", nargs="?", help="the article; the sample article when omitted")
    draft.add_argument("-o", "--output", metavar="OUT", help="write OUT.docx or OUT.brief")
    draft.add_argument("--template", metavar="ID", help="template id (see 'briefing templates')")
    draft.add_argument("--json", action="store_true", help="print the brief as JSON (the .brief format)")
    draft.add_argument(
        "--explain", action="store_true", help="with the text output, say under each pre-filled item why it is there"
    )
    draft.add_argument("--classification", choices=CLASSIFICATIONS, help="classification marking")
    draft.add_argument("--reference", metavar="FILE.docx", help="take styles and page set-up from FILE.docx")
    draft.add_argument(
        "--source-notes",
        action="store_true",
        help="in Word, number each bullet drawn from the article and list its paragraph at the end",
    )

    export = commands.add_parser(
        "export",
        help="export a saved brief to Word",
        description="Export a .brief file (or a Word file Briefing exported) to a Word document.",
    )
    export.add_argument("brief", help="the .brief file, or a .docx that Briefing exported")
    export.add_argument("-o", "--output", metavar="OUT.docx", required=True, help="the Word file to write")
    export.add_argument("--reference", metavar="FILE.docx", help="take styles and page set-up from FILE.docx")
    export.add_argument(
        "--source-notes",
        action="store_true",
        help="number each bullet drawn from the article and list its paragraph at the end",
    )

    commands.add_parser("templates", help="list the templates", description="List the available templates.")
    return parser


def _read(article_arg: str | None):
    if article_arg == "-":
        return read_article_bytes(sys.stdin.buffer.read(), name="")
    return read_article(article_arg or default_article_path())


def _write(brief: Brief, output: str, reference: str | None, source_notes: bool = False) -> None:
    suffix = Path(output).suffix.lower()
    if suffix == ".docx":
        export_docx(brief, output, reference=reference, source_notes=source_notes)
    elif suffix == ".brief":
        save_brief(brief, output)
    else:
        raise _UserError(f"cannot tell what to write from '{output}': name it .docx or .brief")


def brief_as_text(brief: Brief, reasons: dict[tuple[int, int], str] | None = None) -> str:
    """The brief as plain text; with ``reasons``, each pre-filled item is followed by why it is there."""
    lines = [brief.title, ""]
    for section in brief.sections:
        lines.append(section.heading.upper())
        for item in section.items:
            who = " / ".join(part for part in (item.label, item.speaker) if part)
            lines.append(f"  - {'[' + who + '] ' if who else ''}{item.text}")
            if reasons and item.sources and tuple(item.sources[0]) in reasons:
                lines.append(f"      why: {reasons[tuple(item.sources[0])]}")
        lines.append("")
    return "\n".join(lines)


def _draft(args: argparse.Namespace) -> None:
    if args.output and Path(args.output).suffix.lower() not in (".docx", ".brief"):
        raise _UserError(f"cannot tell what to write from '{args.output}': name it .docx or .brief")
    reasons: dict[tuple[int, int], str] = {}
    if args.article and args.article != "-" and is_briefing_docx(args.article):
        # A Word file Briefing exported (perhaps edited since) opens as the brief it holds.
        brief = brief_from_docx(args.article)
        if args.template:
            brief = switch_template(brief, get_template(args.template))
    else:
        brief, reasons = prefill_explained(_read(args.article), args.template)
        brief.metadata.date = brief.metadata.date or today_iso()
    if args.classification:
        brief.metadata.classification = args.classification
    if args.output:
        _write(brief, args.output, args.reference, args.source_notes)
    if args.json:
        sys.stdout.write(brief_to_json(brief))
    elif not args.output:
        sys.stdout.write(brief_as_text(brief, reasons if args.explain else None))


def _export(args: argparse.Namespace) -> None:
    if Path(args.output).suffix.lower() != ".docx":
        raise _UserError(f"the output must be a Word file ending in .docx, not '{args.output}'")
    is_docx = Path(args.brief).suffix.lower() == ".docx"
    brief = brief_from_docx(args.brief) if is_docx else load_brief(args.brief)
    export_docx(brief, args.output, reference=args.reference, source_notes=args.source_notes)


def _templates(_: argparse.Namespace) -> None:
    for template in load_templates().values():
        sections = ", ".join(s.heading for s in template.sections)
        sys.stdout.write(f"{template.id:24} {template.name}: {sections}\n")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # Errors reach the user as one line below; the log is for --verbose diagnosis only.
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.CRITICAL + 1,
        format="briefing: %(levelname)s: %(name)s: %(message)s",
    )
    handlers = {"draft": _draft, "export": _export, "templates": _templates}
    try:
        handlers[args.command](args)
    except BriefingError as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("briefing: error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except MemoryError:
        print("briefing: error: the input is too large to process in the memory available", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # a bug: still one line for the user, the details for --verbose
        logger.exception("unexpected failure")
        print(
            f"briefing: error: internal error ({type(exc).__name__}: {exc}); run again with --verbose and report it",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    return 0
