"""The command line: draft a brief from an article, export a saved brief to Word or PDF.

Every failure the user can cause ends with one line ``briefing: error: ...`` on stderr and
exit status 2; a traceback would only ever mean a bug.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any, NoReturn

from briefing import __version__, workflow
from briefing.check import command as check_command
from briefing.errors import BriefingError
from briefing.export.layout import speaker_lead_in
from briefing.model import Brief
from briefing.storage import brief_to_json
from briefing.templates import load_templates

logger = logging.getLogger(__name__)

EXIT_USAGE = 2
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug, not the user's input


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line like every other error (the usage is for --help)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"briefing: error: {message} (see '{self.prog} --help')\n")


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """-v and -q, before or after the command (a command's own copy sets them only when given)."""
    default: Any = False if top else argparse.SUPPRESS
    parser.add_argument("-v", "--verbose", action="store_true", default=default, help="log what happens to stderr")
    parser.add_argument("-q", "--quiet", action="store_true", default=default, help="do not print the path written")


def _parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = _Parser(
        prog="briefing", description="Draft briefing notes from news articles, offline."
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    _common(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    draft = commands.add_parser(
        "draft",
        help="pre-fill a brief from an article",
        description="Read an article (.txt, .md, .html, .docx, or - for standard input), pre-fill a "
        "brief, and write it as Word (.docx) or as a brief (.brief). With neither -o "
        "nor --json, print the brief as text.",
    )
    _common(draft, top=False)
    draft.add_argument("article", nargs="?", help="the article; the sample article when omitted")
    draft.add_argument("-o", "--output", metavar="OUT", help="write OUT.docx, OUT.pdf or OUT.brief")
    draft.add_argument("--template", metavar="ID", help="template id (see 'briefing templates')")
    draft.add_argument("--json", action="store_true", help="print the brief as JSON (the .brief format)")
    draft.add_argument(
        "--explain", action="store_true", help="with the text output, say under each pre-filled item why it is there"
    )
    draft.add_argument(
        "--classification",
        metavar="LEVEL",
        help="classification marking, any case, with caveats the format allows (e.g. secret//noforn)",
    )
    draft.add_argument("--reference", metavar="FILE.docx", help="take styles and page set-up from FILE.docx")
    draft.add_argument(
        "--source-notes",
        action="store_true",
        help="in Word, number each bullet drawn from the article and list its paragraph at the end",
    )

    export = commands.add_parser(
        "export",
        help="export a saved brief to Word or PDF",
        description="Export a .brief file (or a Word file Briefing exported) to a Word document.",
    )
    _common(export, top=False)
    export.add_argument("brief", help="the .brief file, or a .docx that Briefing exported")
    export.add_argument("-o", "--output", metavar="OUT", required=True, help="the Word (.docx) or PDF file to write")
    export.add_argument("--reference", metavar="FILE.docx", help="take styles and page set-up from FILE.docx")
    export.add_argument(
        "--source-notes",
        action="store_true",
        help="number each bullet drawn from the article and list its paragraph at the end",
    )

    _common(
        commands.add_parser("templates", help="list the templates", description="List the available templates."),
        top=False,
    )
    check_command.add_parser(commands)
    _add_install_desktop(commands)
    return parser


def _add_install_desktop(commands) -> None:
    command = commands.add_parser(
        "install-desktop",
        help="add Briefing to this user's Linux desktop and open .brief files with it",
        description="Write a menu entry, the icon and a MIME type for .brief files into your XDG folders "
        "(~/.local/share, ~/.config; no root), and make Briefing the program that opens .brief files.",
    )
    command.add_argument("--remove", action="store_true", help="take the entry, icon and MIME type away again")


def _install_desktop(args: argparse.Namespace) -> None:
    from briefing import desktop

    report = desktop.remove_desktop() if args.remove else desktop.install_desktop()
    verb = "removed" if args.remove else "wrote"
    for path in report.written:
        sys.stdout.write(f"{verb} {path}\n")
    if report.refreshed:
        sys.stdout.write(f"refreshed with {', '.join(report.refreshed)}\n")
    for note in report.notes:
        sys.stdout.write(f"note: {note}\n")


def _span(source: tuple[int, int]) -> tuple[int, int]:
    start, end = source  # a list in a hand-built item: made hashable
    return (start, end)


def brief_as_text(brief: Brief, reasons: dict[tuple[int, int], str] | None = None) -> str:
    """The brief as plain text; with ``reasons``, each pre-filled item is followed by why it is there.

    An item leads with its short name and its speaker as Word shows them: a speaker whose name the
    item's words already give ("[Ana Diaz] said", "Ms. Diaz said") is not written twice."""
    lines = [brief.title, ""]
    for section in brief.sections:
        lines.append(section.heading.upper())
        for item in section.items:
            speaker = speaker_lead_in(item)
            who = " / ".join(part for part in (item.label, speaker if speaker != item.label else None) if part)
            lines.append(f"  - {'[' + who + '] ' if who else ''}{item.text}")
            why = reasons.get(_span(item.sources[0])) if reasons and item.sources else None
            if why:
                lines.append(f"      why: {why}")
        lines.append("")
    return "\n".join(lines)


def _draft(args: argparse.Namespace) -> None:
    if args.output:
        workflow.check_output(args.output)
    opened = workflow.open_path(args.article, template_id=args.template, classification=args.classification)
    _tell(opened.notices, args)
    if args.output:
        written = workflow.write(
            opened.brief,
            args.output,
            reference=args.reference,
            source_notes=args.source_notes,
            inputs=[args.article or workflow.sample_article()],
        )
        _wrote(written, args)
    if args.json:
        sys.stdout.write(brief_to_json(opened.brief))
    elif not args.output:
        sys.stdout.write(brief_as_text(opened.brief, opened.reasons if args.explain else None))


def _export(args: argparse.Namespace) -> None:
    workflow.check_output(args.output, workflow.export_suffixes())
    brief = workflow.open_brief(args.brief)
    written = workflow.export(
        brief, args.output, reference=args.reference, source_notes=args.source_notes, inputs=[args.brief]
    )
    _wrote(written, args)


def _tell(notices: list[str], args: argparse.Namespace) -> None:
    for notice in notices:
        print(f"briefing: note: {notice}", file=sys.stderr)


def _wrote(path: Path, args: argparse.Namespace) -> None:
    """Say what was written: on stdout, unless stdout carries the brief itself (--json)."""
    if not args.quiet:
        print(path, file=sys.stderr if getattr(args, "json", False) else sys.stdout)


def _templates(_: argparse.Namespace) -> None:
    for template in load_templates().values():
        sections = ", ".join(s.heading for s in template.sections)
        sys.stdout.write(f"{template.id:24} {template.name}: {sections}\n")


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed as one line
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    # Errors reach the user as one line below; the log is for --verbose diagnosis only.
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.CRITICAL + 1,
        format="briefing: %(levelname)s: %(name)s: %(message)s",
    )
    handlers = {
        "draft": _draft,
        "export": _export,
        "templates": _templates,
        "check": check_command.run,
        "install-desktop": _install_desktop,
    }
    try:
        status = handlers[args.command](args)
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
    return status or 0  # "check" exits 1 when it has findings
