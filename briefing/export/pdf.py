"""The PDF writer: a Layout -> the bytes of an archival PDF (PDF/A-1b), built with fpdf2.

It paints the same blocks the Word writer renders, with the Word export's look: the
template's page size, margins, fonts and sizes, the paragraph spacing of the Word styles,
the marking where the template's rules put it, and "Page X of Y" in every footer. Fonts
are the metric-compatible stand-ins in ``resources/fonts/`` (see :mod:`pdf_fonts`), so the
PDF breaks lines and pages where LibreOffice breaks the .docx, source notes set as footnotes
at the foot of the page of their item as in the Word file; no Word or LibreOffice is
needed. fpdf2 writes the PDF/A-1b XMP identification, embeds the font subsets and adds the
sRGB output intent; the title, subject, author, keywords and language are set here.

A block kind this writer does not know (the layout grows with the formats) is still shown,
as a plain paragraph with its lead-in, so nothing the layout says is ever dropped.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from fpdf import FPDF
from fpdf.enums import PageMode
from fpdf.prefs import ViewerPreferences

from briefing import wordfile as w
from briefing.errors import ExportError
from briefing.export.layout import (
    FOOT_GAP_PT,
    NOTICE_GAP_PT,
    Block,
    BlockKind,
    Layout,
    Line,
    TitleRow,
    kept_with_previous,
)
from briefing.export.pdf_fonts import family_for, font_family, font_file, missing_characters
from briefing.export.textclean import PLACEHOLDER_MARK
from briefing.templates import PAGE_SIZES_CM, TemplateStyle

logger = logging.getLogger(__name__)

PathLike = str | os.PathLike[str]
SUFFIX = ".pdf"

PT_PER_CM = 72 / 2.54
LINE_SPACING = 1.08  # the Normal style's "multiple" line spacing in the Word export (LibreOffice: 108 %)
ORPHAN_LINES = 2  # widow and orphan control: never fewer lines of a paragraph at a page's foot or head
TWIPS_PER_PT = 20  # LibreOffice lays a Word file out in whole twips
BULLET = "\u2022"
BULLET_INDENT_PT = 0.635 * PT_PER_CM  # List Bullet: text 360 twips in, the bullet hanging
NUMBER_INDENT_PT = 1.0 * PT_PER_CM  # List Number: text 567 twips in, room for "26." before it
CELL_RIGHT_PADDING_PT = 113 / 20  # the title block's right cell margin, 113 twips
RULE_PT = 0.75  # the line under the title block
PAGE_LINE_GAP_PT = 2  # space above "Page X of Y"
HEADER_SPACING = TITLE_SPACING = 1.0  # single-spaced, as the Header, Footer and Title styles are
TITLE_CHAR_SPACING_PT = 0.25  # the Title style's expanded letters
RULE_DROP_PT = (
    113 / 20 + RULE_PT / 2
)  # the rule's middle: the last row's bottom cell margin (113 twips) and half the rule
NOTE_RULE_PT = 0.5  # the footnote separator, as LibreOffice draws a Word file's: 0.5 pt thick,
NOTE_RULE_SHARE = 0.25  # a quarter of the text width long,
NOTE_RULE_GAP_PT = 57 / 20  # and 0.1 cm (57 twips) above the first note
NOTE_AREA_TOP_PT = 57 / 20  # and 0.1 cm between the body's last line and the separator
SUPERSCRIPT_SCALE = 0.58  # a note number at this fraction of the size, as LibreOffice sets Word's superscript
SUPERSCRIPT_LIFT = 0.38  # its top at the text's: (1 - 0.58) of an ascent of about 0.9 em above the baseline
HIGHLIGHT_RGB = (255, 255, 0)  # Word's yellow highlight
_BREAK = re.compile(r"(?<=\s)(?=\S)|(?<=[^\W\d_]-)(?=[^\W\d_])")  # after spaces; after a hyphen in a word


@dataclass(frozen=True)
class Run:
    """A stretch of text in one style."""

    text: str
    style: str = ""  # fpdf2's letters: B, I, U
    superscript: bool = False
    highlight: bool = False  # yellow behind it, as Word highlights what is still to do


@dataclass(frozen=True)
class Paragraph:
    """How one paragraph sits on the page, in points (the Word style it stands for)."""

    size: float
    family: str
    space_before: float = 0
    space_after: float = 0
    indent: float = 0  # text starts this far in from the margin
    bullet: str = ""  # drawn in the hanging space left of the text
    keep_with_next: bool = False
    spacing: float = LINE_SPACING  # line spacing, a multiple of the font's own line height
    outline_level: int | None = None  # a bookmark at this level of the PDF's outline (Heading 1 is 0)
    footnote: tuple[Run, ...] = ()  # the source note the last line refers to, at the foot of that line's page


Piece = tuple[Sequence[Run], Paragraph]  # one paragraph to draw: its runs and its look


@dataclass(frozen=True)
class LineBox:
    """One line's height and where its baseline sits, as LibreOffice lays out a Word paragraph.

    A single line is the font's line gap and ascent (rounded to whole twips together: Times New
    Roman 10 pt is 187 + 43 twips, not 8 + 178 + 43, as LibreOffice sets a US memo's header and
    footer), then its descent, top down; "multiple" spacing (Word's 1.08) makes it a whole
    percentage taller, rounded down to a twip, the extra below the text. The last line on a page
    may hang its extra below the text area: a page holds a line more than height alone says when
    the last fits without it (A4 in 12 pt Arial: 47 lines, not 46).
    """

    height: float  # top of this line to the top of the next, in points
    extra: float  # the part of ``height`` below the text that multiple spacing adds
    baseline: float  # top of the line to its baseline


def line_box(family: str, size: float, spacing: float = LINE_SPACING) -> LineBox:
    """The line box of ``family`` at ``size`` points with ``spacing`` (a multiple), in twips as LibreOffice has it."""
    font = font_family(family)
    above = round((font.gap_em + font.ascent_em) * size * TWIPS_PER_PT)  # the gap and ascent as one
    single = above + round(font.descent_em * size * TWIPS_PER_PT)
    height = max(single, single * round(spacing * 100) // 100)  # a whole percentage (259/240 is 108 %)
    extra = height - single
    return LineBox(height / TWIPS_PER_PT, extra / TWIPS_PER_PT, above / TWIPS_PER_PT)


@dataclass(frozen=True)
class TextOp:
    """A piece of text drawn on a page, in points from the page's top-left corner."""

    x: float
    baseline: float
    width: float  # the box it is aligned in
    text: str
    family: str  # a shipped family (pdf_fonts), e.g. "Carlito"
    style: str  # fpdf2's letters: B, I, U
    size: float
    align: str = "L"  # L, C or R within ``width``
    highlight: bool = False  # yellow behind the text ("[Not reviewed]", "[... to be completed]")


@dataclass(frozen=True)
class RuleOp:
    """A horizontal line (the rule under the title block)."""

    x1: float
    x2: float
    y: float
    thickness: float


@dataclass(frozen=True)
class Pages:
    """The laid-out pages as drawing operations: what the PDF shows, for a printer to paint again."""

    width: float  # points
    height: float
    pages: tuple[tuple[TextOp | RuleOp, ...], ...]


def marked_runs(line: Line, base: str = "") -> list[Run]:
    """A line's text cut at its bold/italic/underline marks, each piece in its combined style."""
    cuts = sorted({0, len(line.text), *(p for s, e, _ in line.marks for p in (s, e) if 0 <= p <= len(line.text))})
    letters = {"bold": "B", "italic": "I", "underline": "U"}
    runs = []
    for start, end in itertools.pairwise(cuts):
        if start >= end:
            continue
        style = set(base)
        covering = {k for s, e, k in line.marks if s <= start and end <= e}
        style.update(letters[k] for k in covering if k in letters)
        runs.append(Run(line.text[start:end], "".join(sorted(style)), highlight=PLACEHOLDER_MARK in covering))
    return runs


def flagged_runs(text: str, flagged: Sequence[tuple[int, int]], base: str = "", *, caps: bool = False) -> list[Run]:
    """``text`` in runs with its placeholders ("[addressee]") highlighted; in capitals when ``caps``."""
    runs = marked_runs(Line(text, tuple((s, e, PLACEHOLDER_MARK) for s, e in flagged)), base)
    return [replace(run, text=run.text.upper()) for run in runs] if caps else runs


class _Document(FPDF):
    """An FPDF that draws the marking and "Page X of Y" on every page, as the Word header and footer do."""

    def __init__(self, layout: Layout) -> None:
        look = layout.style
        width_cm, height_cm = PAGE_SIZES_CM[look.page_size]
        super().__init__(unit="pt", format=(width_cm * PT_PER_CM, height_cm * PT_PER_CM), enforce_compliance="PDF/A-1B")
        self.look = look
        self.marking = layout.marking
        self.body_family = family_for(look.font)
        self.heading_family = family_for(look.heading_font)
        self._added: set[tuple[str, str]] = set()
        margin = look.margins_cm * PT_PER_CM
        self.set_margins(margin, margin, margin)
        self.c_margin = 0  # Word pads no text inside a paragraph
        self.sup_scale, self.sup_lift = SUPERSCRIPT_SCALE, SUPERSCRIPT_LIFT  # fpdf2's own are 0.7 and 0.4
        self.set_auto_page_break(False, margin)  # paragraph() breaks pages itself, knowing every line
        self.edge = min(1.25, look.margins_cm / 2) * PT_PER_CM  # Word's header and footer distance
        self.at_page_top = True
        self.pending_after = 0.0  # the space after the last paragraph, not yet added
        self.note_look = Paragraph(max(look.size_pt - 2, 7), self.body_family)  # Footnote Text: Normal, 2 pt smaller
        self.page_notes: list[list[list[Run]]] = []  # this page's footnotes, each as its broken lines
        self.body_bottom = 0.0  # where the text area ends, above any footnotes (set per page)
        self.ops: list[list[TextOp | RuleOp]] = []  # per page, what was drawn (see Pages)
        self.alias_nb_pages()

    # --- fonts -----------------------------------------------------------------
    def use_font(self, family: str, style: str, size: float) -> None:
        """Set the font, embedding the face on its first use (only the faces a brief uses are embedded)."""
        face = "".join(c for c in "BI" if c in style)
        if (family, face) not in self._added:
            self.add_font(family, face, font_file(family, face))
            self._added.add((family, face))
        self.set_font(family, style, size)

    def line_height(self, family: str, size: float, spacing: float = LINE_SPACING) -> float:
        return line_box(family, size, spacing).height

    # --- drawing: every mark on a page goes through these two, and is recorded ---------
    def put(
        self, x: float, y: float, width: float, height: float, run: Run, family: str, size: float, align: str = "L"
    ) -> None:
        """``run`` on a line ``height`` tall whose top is at ``y``, in a box ``width`` wide from ``x``.
        The baseline sits where LibreOffice puts it (see LineBox), not where fpdf2 centres a cell's text."""
        self.use_font(family, run.style, size)
        box = line_box(family, size, 1.0)
        baseline = y + box.baseline
        if run.highlight:
            self.set_fill_color(*HIGHLIGHT_RGB)
            self.rect(x, y, width, box.height, style="F")  # the text's own height, not the spacing below it
        shown = size * SUPERSCRIPT_SCALE if run.superscript else size
        top = baseline - 0.5 * height - 0.3 * shown  # fpdf2 draws a cell's text 0.5 h + 0.3 size down
        self.char_vpos = "SUP" if run.superscript else "LINE"
        self.set_xy(x, top)
        self.cell(width, height, run.text, align=align)
        self.char_vpos = "LINE"
        self.set_xy(self.get_x(), y)  # the line's top again, where the caller left it
        baseline -= SUPERSCRIPT_LIFT * size if run.superscript else 0
        self.ops[-1].append(TextOp(x, baseline, width, run.text, family, run.style, shown, align, run.highlight))

    def rule(self, x1: float, x2: float, y: float, thickness: float) -> None:
        self.set_line_width(thickness)
        self.line(x1, y, x2, y)
        self.ops[-1].append(RuleOp(x1, x2, y, thickness))

    # --- header and footer -------------------------------------------------------
    def header(self) -> None:
        self.ops.append([])
        self.at_page_top = True
        self.pending_after = 0.0
        self.page_notes = []
        self.body_bottom = self.page_break_trigger = self.h - self.b_margin
        text, where = self.marking.text, self.marking.placement
        if text and not (where == "corner-first-page" and self.page_no() != 1):
            size = self.look.header_size_pt
            height = self.line_height(self.body_family, size, HEADER_SPACING)
            align = "C" if where == "banner" else "R"
            self.put(self.l_margin, self.edge, self.epw, height, Run(text, "B"), self.body_family, size, align)
        self.set_xy(self.l_margin, self.t_margin)

    def footer_top(self) -> float:
        """Where the footer's marking (else its page line) starts: the footer ends ``edge`` above
        the page's foot, and grows up from there, as Word's does."""
        height = self.line_height(self.body_family, self.look.header_size_pt, HEADER_SPACING)
        banner = bool(self.marking.text) and self.marking.placement == "banner"
        return self.h - self.edge - height - (height + PAGE_LINE_GAP_PT if banner else 0)

    def footer(self) -> None:
        self.draw_notes()
        size = self.look.header_size_pt
        height = self.line_height(self.body_family, size, HEADER_SPACING)
        banner = bool(self.marking.text) and self.marking.placement == "banner"
        top = self.footer_top()
        if banner:
            self.put(self.l_margin, top, self.epw, height, Run(self.marking.text, "B"), self.body_family, size, "C")
            top += height + PAGE_LINE_GAP_PT
        page_line = Run(f"Page {self.page_no()} of {self.str_alias_nb_pages}")
        self.put(self.l_margin, top, self.epw, height, page_line, self.body_family, size, "C")

    # --- footnotes: at the foot of the page of their reference, as Word and LibreOffice set them ---
    def notes_height(self, notes: Sequence[list[list[Run]]]) -> float:
        """The footnote area's height, as LibreOffice sets a Word file's: a gap below the body, the
        separator and a gap under it, then the notes, the last line's extra spacing hanging below
        the text area as a body line's may (measured against LibreOffice's pages)."""
        if not notes:
            return 0.0
        box = line_box(self.note_look.family, self.note_look.size, self.note_look.spacing)
        lines = sum(len(note) for note in notes)
        return NOTE_AREA_TOP_PT + NOTE_RULE_PT + NOTE_RULE_GAP_PT + lines * box.height - box.extra

    def note_growth(self, note: list[list[Run]]) -> float:
        """How much higher the footnote area grows with ``note`` on this page."""
        return self.notes_height([*self.page_notes, note]) - self.notes_height(self.page_notes)

    def add_note(self, note: list[list[Run]]) -> None:
        self.page_notes.append(note)
        self.page_break_trigger = self.body_bottom - self.notes_height(self.page_notes)

    def draw_notes(self) -> None:
        """The separator and this page's notes, their block ending at the foot of the text area."""
        if not self.page_notes:
            return
        look = self.note_look
        height = self.line_height(look.family, look.size, look.spacing)
        resume = (self.get_x(), self.get_y())
        top = self.body_bottom - self.notes_height(self.page_notes) + NOTE_AREA_TOP_PT
        self.rule(self.l_margin, self.l_margin + NOTE_RULE_SHARE * self.epw, top + NOTE_RULE_PT / 2, NOTE_RULE_PT)
        self.set_y(top + NOTE_RULE_PT + NOTE_RULE_GAP_PT)
        for note in self.page_notes:
            for line in note:
                self.draw_line(line, look, height)
        self.set_xy(*resume)

    # --- paragraphs ----------------------------------------------------------------
    def kept_height(
        self, look: Paragraph, following: Sequence[Piece], carried: Sequence[list[list[Run]]] = ()
    ) -> float:
        """The height of what must share a page with a paragraph in ``look``: every paragraph
        of the chain kept with it whole, and as much of the one that ends it as may stand at
        the foot of a page: two lines, or all of a paragraph too short to split (three lines
        cannot leave two on each page). The last line's extra spacing may hang below the page.
        The footnotes of the lines kept come along, with the ``carried`` notes of the paragraph itself."""
        total = 0.0
        notes = list(carried)
        for runs, next_look in following:
            total += max(look.space_after, next_look.space_before)
            lines = len(self.break_lines(runs, next_look))
            kept_whole = next_look.keep_with_next or lines < 2 * ORPHAN_LINES
            box = line_box(next_look.family, next_look.size, next_look.spacing)
            total += (lines if kept_whole else ORPHAN_LINES) * box.height
            if kept_whole and next_look.footnote:
                notes.append(self.break_lines(next_look.footnote, self.note_look))
            if not next_look.keep_with_next:
                total -= box.extra
                break
            look = next_look
        return total + self.notes_height([*self.page_notes, *notes]) - self.notes_height(self.page_notes)

    def room_left(self) -> float:
        return self.page_break_trigger - self.get_y()

    def break_lines(self, runs: Sequence[Run], look: Paragraph, width: float | None = None) -> list[list[Run]]:
        """The paragraph's lines, broken as LibreOffice breaks them.

        A line breaks after spaces or after a hyphen inside a word ("three-|hour"); spaces at
        the end of a line hang in the margin; a word longer than a line breaks anywhere.
        Breaking here rather than in fpdf2 lets the page breaks below know every line first.
        """
        width = self.epw - look.indent if width is None else width
        lines: list[list[Run]] = [[]]
        x = 0.0
        for box in _boxes(runs):
            box_width = sum(self.run_width(run, look) for run in box)
            trailing = sum(self.run_width(Run(run.text[len(run.text.rstrip()) :], run.style), look) for run in box[-1:])
            if x > 0 and x + box_width - trailing > width + 0.01:
                lines.append([])
                x = 0.0
            if box_width - trailing > width + 0.01:  # longer than a line: break it by characters
                for run in box:
                    for char in run.text:
                        char_width = self.run_width(Run(char, run.style), look)
                        if x > 0 and x + char_width > width + 0.01:
                            lines.append([])
                            x = 0.0
                        lines[-1].append(replace(run, text=char))
                        x += char_width
                continue
            lines[-1].extend(box)
            x += box_width
        return [_merged(line) for line in lines]

    def run_width(self, run: Run, look: Paragraph) -> float:
        """The run's width as drawn: its letters' advances, and the spacing set after each (the title's)."""
        size = look.size * (SUPERSCRIPT_SCALE if run.superscript else 1)
        self.use_font(look.family, run.style, size)
        # The font's advance widths directly: get_string_width's general path cost most of a PDF's time.
        font = self.current_font
        assert font is not None  # use_font just set it
        count, width = font.get_text_width(run.text, size, None)
        return float(width + self.char_spacing * count)

    def draw_line(self, line: Sequence[Run], look: Paragraph, height: float, x: float | None = None) -> None:
        """One broken line, run after run, from ``x`` (the paragraph's indent by default)."""
        x = self.l_margin + look.indent if x is None else x
        y = self.get_y()
        last = len(line) - 1
        for index, run in enumerate(line):
            text = run.text.rstrip() if index == last else run.text
            if text:
                shown = replace(run, text=text)
                width = self.run_width(shown, look)
                self.put(x, y, width, height, shown, look.family, look.size)
                x += width
        self.set_xy(self.l_margin, y + height)

    def paragraph(self, runs: Sequence[Run], look: Paragraph, following: Sequence[Piece] = ()) -> None:
        """One paragraph of runs wrapped between the margins, with the Word style's spacing.

        The space between two paragraphs is the larger of the first's space after and the
        second's space before, as LibreOffice lays out a Word file, and space above a
        paragraph is dropped at the top of a page. Pages break as Word's widow and orphan
        control breaks them: never one line of a paragraph alone at the foot or head of a
        page; a heading kept with the next paragraph moves over with its first two lines.
        ``following`` are the paragraphs this one is kept with: a chain of them (the Source
        heading and its rows) moves to the next page whole, as in Word, rather than leaving
        its last row alone on a page of its own. A paragraph with a ``footnote`` puts its last
        line on a page with room for the note as well; if there is none, that line moves over,
        and with it the line widow control keeps with it, as LibreOffice moves them.
        """
        box = line_box(look.family, look.size, look.spacing)
        height = box.height
        lines = self.break_lines(runs, look)
        note = self.break_lines(look.footnote, self.note_look) if look.footnote else []
        before = 0.0 if self.at_page_top else max(look.space_before, self.pending_after)
        if look.keep_with_next and following and not self.at_page_top:
            needed = before + len(lines) * height + self.kept_height(look, following, [note] if note else [])
            fits_a_page = needed - before <= self.page_break_trigger - self.t_margin
            if needed > self.room_left() + 0.01 and fits_a_page:
                self.add_page()
                before = 0.0
        self.set_y(self.get_y() + before)
        if look.outline_level is not None:  # the reader's bookmarks, as Word's navigation pane lists headings
            self.start_section("".join(run.text for run in runs).strip(), look.outline_level, strict=False)
        done = 0
        while done < len(lines):
            fit = int((self.room_left() + 0.01 + box.extra) // height)  # the last may hang its extra below
            left = len(lines) - done
            if note and fit >= left and left * height > self.room_left() - self.note_growth(note) + 0.01 + box.extra:
                fit = left - 1  # the line with the reference moves over, its note with it
            if fit < left:  # the page breaks inside this paragraph: two lines at least on each side
                fit = min(fit, left - ORPHAN_LINES)
                if fit < ORPHAN_LINES and not self.at_page_top:
                    fit = 0
                fit = max(fit, 0 if not self.at_page_top else 1)
            for line in lines[done : done + fit]:
                if done == 0 and look.bullet:
                    self.put(self.l_margin, self.get_y(), look.indent, height, Run(look.bullet), look.family, look.size)
                self.draw_line(line, look, height)
                self.at_page_top = False
                done += 1
            if done < len(lines):
                self.add_page()
        if note:
            self.add_note(note)
        self.pending_after = look.space_after


def _boxes(runs: Sequence[Run]) -> list[list[Run]]:
    """The runs cut into unbreakable boxes: a line may break only between two boxes."""
    boxes: list[list[Run]] = [[]]
    for run in runs:
        for piece in _BREAK.split(run.text):
            if not piece:
                continue
            boxes[-1].append(replace(run, text=piece))
            if piece[-1].isspace() or piece.endswith("-"):
                boxes.append([])
    return [box for box in boxes if box]


def _merged(line: list[Run]) -> list[Run]:
    """Neighbouring runs of one style joined, so each is drawn with one text operation."""
    merged: list[Run] = []
    for run in line:
        if merged and (merged[-1].style, merged[-1].superscript, merged[-1].highlight) == (
            run.style,
            run.superscript,
            run.highlight,
        ):
            merged[-1] = replace(merged[-1], text=merged[-1].text + run.text)
        else:
            merged.append(run)
    return merged


class _Styles:
    """The Word export's paragraph styles (briefing.export.styles), as PDF paragraph looks."""

    def __init__(self, look: TemplateStyle, body: str, heading: str) -> None:
        size = look.size_pt
        self.title = Paragraph(look.title_size_pt, heading, space_after=10, spacing=TITLE_SPACING)
        self.heading = Paragraph(look.heading_size_pt, heading, 12, 4, keep_with_next=True, outline_level=0)
        self.party = Paragraph(look.party_size_pt, heading, 6, 2, keep_with_next=True, outline_level=1)
        self.item = Paragraph(size, body, space_after=4, indent=BULLET_INDENT_PT, bullet=BULLET)
        self.item_continued = Paragraph(size, body, space_after=4, indent=BULLET_INDENT_PT)
        self.numbered = Paragraph(size, body, space_after=4, indent=NUMBER_INDENT_PT)  # its number set per paragraph
        self.numbered_continued = Paragraph(size, body, space_after=4, indent=NUMBER_INDENT_PT)  # List Continue Number
        self.prose = Paragraph(size, body, space_after=6)
        self.decision = Paragraph(size, body, space_after=8, indent=BULLET_INDENT_PT)  # Decision Options
        self.decision_numbered = replace(self.decision, indent=NUMBER_INDENT_PT)  # under a numbered recommendation
        self.authority = Paragraph(size, body)  # Classification Authority: no space between the lines
        self.notice = Paragraph(size, body, space_before=NOTICE_GAP_PT, space_after=6, keep_with_next=True)
        self.source_row = Paragraph(size, body)
        self.title_row = Paragraph(size, body, space_after=2)


def _portion(portion: str) -> list[Run]:
    return [Run(portion + w.PORTION_MARK_SEPARATOR)] if portion else []


def _item_pieces(
    block: Block, first: Paragraph, rest: Paragraph, note: int | None = None, note_portion: str = ""
) -> list[Piece]:
    """A bullet; each further line a continued paragraph; every line opens with the portion mark;
    ``note`` is the number of its source note, as a superscript after the last line, whose
    paragraph carries the note to the foot of its page."""
    pieces: list[Piece] = []
    for number, line in enumerate(block.lines):
        runs = _portion(block.portion)
        if number == 0 and block.unreviewed:
            runs += [Run(w.REVIEW_FLAG_TEXT, "B", highlight=True), Run(w.REVIEW_FLAG_SEPARATOR, "B")]  # yellow to "]"
        if number == 0 and block.lead:
            runs += flagged_runs(block.lead + w.LEAD_IN_SEPARATOR, block.lead_flagged, "B")
        runs += marked_runs(line)
        look = first if number == 0 else rest
        if number == len(block.lines) - 1 and note is not None:
            runs.append(Run(str(note), superscript=True))
            look = replace(
                look, footnote=(Run(str(note), superscript=True), Run(" "), *_portion(note_portion), Run(block.note))
            )
        pieces.append((runs, look))
    return pieces


def block_pieces(
    block: Block, styles: _Styles, heading_caps: bool, note: int | None = None, note_portion: str = ""
) -> list[Piece]:
    """The paragraphs one layout block becomes, each with the look of its Word style."""
    if block.kind == BlockKind.HEADING:
        return [(flagged_runs(block.text, block.flagged, "B", caps=heading_caps), styles.heading)]
    if block.kind == BlockKind.PARTY:
        return [(flagged_runs(block.text, block.flagged, "B"), styles.party)]
    if block.kind == BlockKind.ITEM and block.numbered:  # further lines at the number's text column, as in Word
        return _item_pieces(block, styles.numbered, styles.numbered_continued, note, note_portion)
    if block.kind == BlockKind.ITEM:
        return _item_pieces(block, styles.item, styles.item_continued, note, note_portion)
    if block.kind == BlockKind.DECISION:
        return [([Run(block.text)], styles.decision_numbered if block.numbered else styles.decision)]
    if block.kind == BlockKind.AUTHORITY:
        return [
            ([Run(block.lead + w.LEAD_IN_SEPARATOR, "B"), *flagged_runs(block.text, block.flagged)], styles.authority)
        ]
    if block.kind == BlockKind.NOTICE:
        portion = [Run(block.portion + w.PORTION_MARK_SEPARATOR, "B")] if block.portion else []  # bold, as in Word
        return [([*portion, Run(block.text, "B", highlight=True)], styles.notice)]
    if block.kind == BlockKind.PLACEHOLDER:
        return [([*_portion(block.portion), Run(block.text, "B", highlight=True)], styles.prose)]
    lead = [Run(block.lead + w.LEAD_IN_SEPARATOR, "B")] if block.lead else []
    if block.kind == BlockKind.SOURCE_ROW:
        return [([*_portion(block.portion), *lead, Run(block.text, "I" if block.italic else "")], styles.source_row)]
    # A kind added to the layout after this writer: shown plainly, never dropped.
    logger.info("the PDF writer shows a %r block as a plain paragraph", str(block.kind))
    if block.lines:
        return _item_pieces(block, styles.prose, styles.prose)
    return [([*_portion(block.portion), *lead, Run(block.text, "I" if block.italic else "")], styles.prose)]


def _title_block(pdf: _Document, styles: _Styles, rows: tuple[TitleRow, ...]) -> None:
    """The title block as two aligned columns and a rule under them, like the Word table."""
    look = styles.title_row
    height = pdf.line_height(look.family, look.size)
    left = pdf.l_margin
    label_width = pdf.look.label_width_cm * PT_PER_CM  # the template's label column, as in the Word table
    value_x = left + label_width
    value_width = pdf.epw - label_width - CELL_RIGHT_PADDING_PT
    pdf.set_y(pdf.get_y() + pdf.pending_after)
    pdf.pending_after = 0.0
    for row in rows:
        value = [*_portion(row.portion), *flagged_runs(row.value, row.flagged, "B" if row.bold else "", caps=row.caps)]
        lines = pdf.break_lines(value, look, value_width)
        if pdf.room_left() < len(lines) * height + look.space_after and not pdf.at_page_top:
            pdf.add_page()
        top = pdf.get_y()
        pdf.put(
            left, top, label_width - CELL_RIGHT_PADDING_PT, height, Run(f"{row.label}:", "B"), look.family, look.size
        )
        for line in lines:
            pdf.draw_line(line, look, height, value_x)
        pdf.set_y(top + len(lines) * height + look.space_after)
        pdf.at_page_top = False
    if rows:
        y = pdf.get_y() + RULE_DROP_PT
        pdf.rule(left, pdf.w - pdf.r_margin, y, RULE_PT)
        pdf.set_y(y + RULE_PT / 2)


def _first_page_foot(pdf: _Document, pieces: Sequence[Piece]) -> None:
    """Lines at the foot of page 1, left (a US memo's authority block), as the Word file's first-page
    footer sets them: right above its marking, ``FOOT_GAP_PT`` below the body and its footnotes,
    whose page 1 ends there (a footer taller than the bottom margin pushes the text area up)."""
    lines = [(line, look) for runs, look in pieces for line in pdf.break_lines(runs, look)]
    if not lines:
        return
    heights = [pdf.line_height(look.family, look.size, look.spacing) for _, look in lines]
    resume = pdf.get_y()
    top = pdf.footer_top() - sum(heights)
    pdf.set_y(top)
    for (line, look), height in zip(lines, heights, strict=True):
        pdf.draw_line(line, look, height)
    pdf.body_bottom = min(pdf.body_bottom, top - FOOT_GAP_PT)
    pdf.page_break_trigger = pdf.body_bottom
    pdf.set_y(resume)


def _laid_out(layout: Layout) -> _Document:
    pdf = _Document(layout)
    styles = _Styles(layout.style, pdf.body_family, pdf.heading_family)
    pdf.add_page()
    pdf.set_char_spacing(TITLE_CHAR_SPACING_PT)
    pdf.paragraph(flagged_runs(layout.title, layout.title_flagged, "B", caps=True), styles.title)
    pdf.set_char_spacing(0)
    _title_block(pdf, styles, layout.title_block)
    _first_page_foot(pdf, [p for b in layout.first_page_foot for p in block_pieces(b, styles, False)])
    pieces: list[Piece] = []
    notes = 0  # source notes are numbered on through the document, as Word numbers footnotes
    paragraph_number = 0  # numbered formats (UK, Australian key points) count on through the document, as Word does
    previous: BlockKind | None = None
    for block in layout.blocks:
        number = None
        if block.kind == BlockKind.ITEM and block.note and block.lines:
            notes += 1
            number = notes
        block_parts = block_pieces(block, styles, layout.style.heading_caps, number, layout.note_portion)
        if pieces and block_parts and kept_with_previous(block, previous):
            runs, look = pieces[-1]  # as in Word: never a page apart from what it decides or continues
            pieces[-1] = (runs, replace(look, keep_with_next=True))
        previous = block.kind
        if block.kind == BlockKind.ITEM and block.numbered and block_parts:
            paragraph_number = 1 if block.restart else paragraph_number + 1
            runs, look = block_parts[0]
            block_parts[0] = (runs, replace(look, bullet=f"{paragraph_number}."))
        pieces += block_parts
    for index, (runs, look) in enumerate(pieces):
        pdf.paragraph(runs, look, _kept_chain(pieces, index + 1) if look.keep_with_next else ())
    return pdf


def _kept_chain(pieces: Sequence[Piece], start: int) -> list[Piece]:
    """The pieces from ``start`` on that are kept with the one before: each kept with the next,
    and the first that is not, which ends the chain."""
    chain = []
    for index in range(start, len(pieces)):  # a chain is a few pieces long: no copy of the rest
        chain.append(pieces[index])
        if not pieces[index][1].keep_with_next:
            break
    return chain


def write(layout: Layout, *, reference: PathLike | None = None) -> bytes:
    """The layout as PDF/A-1b bytes. A Word ``reference`` has no meaning for a PDF and is ignored."""
    if reference is not None and str(reference) != "":
        logger.info("a reference document styles Word exports only; the PDF uses the template's look")
    _refuse_what_the_fonts_cannot_draw(layout)
    try:
        pdf = _laid_out(layout)
        _describe(pdf, layout)
        return bytes(pdf.output())
    except (OSError, ValueError, RuntimeError) as exc:
        logger.exception("PDF export failed")
        raise ExportError(f"the PDF could not be built: {exc}") from exc


def _texts(layout: Layout) -> list[str]:
    """Every piece of text the PDF draws."""
    texts = [layout.title, layout.marking.text, layout.marking.portion, layout.note_portion]
    texts += [part for row in layout.title_block for part in (row.label, row.value, row.portion)]
    for block in layout.blocks:
        texts += [block.text, block.lead, block.portion, block.note, *(line.text for line in block.lines)]
    return texts


def _refuse_what_the_fonts_cannot_draw(layout: Layout) -> None:
    """A PDF that silently drops a name is worse than none: say which characters, and where to go."""
    families = [family_for(layout.style.font), family_for(layout.style.heading_font)]
    missing = missing_characters("".join(_texts(layout)), families)
    if missing:
        shown = " ".join(missing[:8]) + (" …" if len(missing) > 8 else "")
        raise ExportError(
            f"the PDF's fonts cannot show {len(missing)} character{'s' if len(missing) > 1 else ''} "
            f"of this brief ({shown}); export it to Word (.docx), which keeps them"
        )


def pages(layout: Layout) -> Pages:
    """The PDF's pages as drawing operations, "Page X of Y" filled in: what File > Print paints."""
    _refuse_what_the_fonts_cannot_draw(layout)
    try:
        pdf = _laid_out(layout)
        pdf.footer()  # the last page's footer; output() would draw it, but no PDF is made here
    except (OSError, ValueError, RuntimeError) as exc:
        logger.exception("laying out the pages failed")
        raise ExportError(f"the pages could not be laid out: {exc}") from exc
    total = str(len(pdf.ops))
    drawn = tuple(
        tuple(
            replace(op, text=op.text.replace(pdf.str_alias_nb_pages, total)) if isinstance(op, TextOp) else op
            for op in page
        )
        for page in pdf.ops
    )
    return Pages(pdf.w, pdf.h, drawn)


def _describe(pdf: _Document, layout: Layout) -> None:
    """Title, subject, author, keywords and language: what an archive or a screen reader reads."""
    info = layout.info
    pdf.set_title(info.title or layout.title)
    if info.subject:
        pdf.set_subject(info.subject)
    if info.author:
        pdf.set_author(info.author)
    keywords = [*info.keywords, *([info.classification] if info.classification else [])]
    if keywords:
        pdf.set_keywords(", ".join(keywords))
    pdf.set_creator("Briefing")
    pdf.set_lang(layout.language)  # the brief's own choice, else its format's (as the Word file's styles say)
    pdf.viewer_preferences = ViewerPreferences(display_doc_title=True)
    pdf.page_mode = PageMode.USE_OUTLINES  # open with the sections listed beside the page
