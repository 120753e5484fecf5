"""Margins that leave room for a reference's header and footer once our lines are in them.

A reference's footer was drawn for its own lines (an address, say) in the space between its
bottom margin and its footer distance, its header likewise at the top. Our classification
banner and "Page X of Y" go in the same footer (the banner in the header too), and a footer
taller than its space does not overflow: Word sets the body's foot at the greater of the bottom
margin and the footer's top (ECMA-376 17.6.11, pgMar/@bottom; the top margin and the header
alike), and LibreOffice grows the footer upward (the header downward) likewise, so the body's
last line (or footnote) ends right on the footer's first line, its first line right under the
header's last, with no gap. So each margin is raised to the tallest header or footer in use
plus ``GAP_PT``, the gap the authority block keeps above page 1's footer.

The heights are estimates from the paragraphs' styles, as the Word file states them: sizes,
line spacing, space before and after, lines wrapped at an average character width, inline
pictures' heights, table rows. A line is taken at ``LINE_EM`` of its size, the tallest of the
faces the templates use, so the estimate errs on the side of more room.
"""

from __future__ import annotations

import math

from docx.document import Document
from docx.oxml.ns import qn
from docx.section import Section, _Footer, _Header
from docx.shared import Twips

from briefing.export.layout import FOOT_GAP_PT

LINE_EM = 1.22  # a single line's height in ems: Calibri (Carlito); Times New Roman, Arial, Georgia are less
CHAR_EM = 0.5  # an average character's width in ems, for wrapping a long footer line
DEFAULT_SIZE_PT = 10.0  # Word's size where no style sets one
EMU_PER_PT = 12700
GAP_PT = FOOT_GAP_PT  # between the body and a header or footer: as page 1's authority lines keep above its footer


class _Styles:
    """A document's paragraph and run properties as Word resolves them: the paragraph (or run),
    its style and the styles that one is based on, then the document defaults."""

    def __init__(self, document: Document) -> None:
        root = document.styles.element
        self.by_id = {s.get(qn("w:styleId")): s for s in root.findall(qn("w:style"))}
        self.defaults = root.find(qn("w:docDefaults"))
        self.default_paragraph = next(
            (s for s in self.by_id.values() if s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) == "1"),
            None,
        )

    def _chain(self, style_id: str | None, *, paragraph: bool) -> list:
        """The style and its bases (at most a few dozen: a loop in a damaged file ends)."""
        style = self.by_id.get(style_id) if style_id else (self.default_paragraph if paragraph else None)
        chain: list = []
        while style is not None and style not in chain and len(chain) < 32:
            chain.append(style)
            based = style.find(qn("w:basedOn"))
            style = self.by_id.get(based.get(qn("w:val"))) if based is not None else None
        return chain

    def spacing(self, p, name: str) -> str | None:
        """One attribute of w:spacing (``before``, ``after``, ``line``, ``lineRule``) as it applies to ``p``."""
        holders = [p.find(qn("w:pPr"))]
        holders += [s.find(qn("w:pPr")) for s in self._chain(_style_of(p, "w:pStyle"), paragraph=True)]
        if self.defaults is not None:
            holders.append(self.defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}"))
        for holder in holders:
            spacing = holder.find(qn("w:spacing")) if holder is not None else None
            if spacing is not None and spacing.get(qn(f"w:{name}")) is not None:
                return spacing.get(qn(f"w:{name}"))
        return None

    def size_pt(self, p, r=None) -> float:
        """The font size of run ``r`` of paragraph ``p`` (or of its paragraph mark), in points."""
        holders = []
        if r is not None:
            holders.append(r.find(qn("w:rPr")))
            holders += [s.find(qn("w:rPr")) for s in self._chain(_style_of(r, "w:rStyle"), paragraph=False)]
        else:
            ppr = p.find(qn("w:pPr"))
            holders.append(ppr.find(qn("w:rPr")) if ppr is not None else None)
        holders += [s.find(qn("w:rPr")) for s in self._chain(_style_of(p, "w:pStyle"), paragraph=True)]
        if self.defaults is not None:
            holders.append(self.defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}"))
        for holder in holders:
            size = holder.find(qn("w:sz")) if holder is not None else None
            if size is not None and (size.get(qn("w:val")) or "").isdigit():
                return int(size.get(qn("w:val"))) / 2
        return DEFAULT_SIZE_PT


def _style_of(element, tag: str) -> str | None:
    """The style id a paragraph (``w:pStyle``) or run (``w:rStyle``) names, if any."""
    props = element.find(qn("w:pPr") if tag == "w:pStyle" else qn("w:rPr"))
    style = props.find(qn(tag)) if props is not None else None
    return style.get(qn("w:val")) if style is not None else None


def _twips_pt(value: str | None) -> float:
    return int(value) / 20 if value and value.lstrip("-").isdigit() else 0.0


def paragraph_height(styles: _Styles, p, width_pt: float) -> float:
    """``p``'s height: space before, its lines (wrapped at ``width_pt``), space after."""
    runs = p.findall(f".//{qn('w:r')}")
    size = max((styles.size_pt(p, r) for r in runs if r.find(qn("w:t")) is not None), default=styles.size_pt(p))
    natural = size * LINE_EM
    line, rule = styles.spacing(p, "line"), styles.spacing(p, "lineRule") or "auto"
    if rule == "exact" and line:
        height = _twips_pt(line)
    elif rule == "atLeast" and line:
        height = max(_twips_pt(line), natural)
    else:
        height = natural * (int(line) / 240 if line and line.isdigit() else 1.0)
    text = "".join(t.text or "" for t in p.iter(qn("w:t")))
    lines = max(1, math.ceil(len(text) * size * CHAR_EM / width_pt)) if width_pt > 0 else 1
    extents = [e.get("cy") or "" for e in p.iter(qn("wp:extent")) if e.getparent().tag == qn("wp:inline")]
    pictures = [int(cy) / EMU_PER_PT for cy in extents if cy.isdigit()]  # a damaged file's nonsense: no height
    first = max(height, *pictures) if pictures else height
    return _twips_pt(styles.spacing(p, "before")) + first + (lines - 1) * height + _twips_pt(styles.spacing(p, "after"))


def _table_height(styles: _Styles, tbl, width_pt: float) -> float:
    total = 0.0
    for tr in tbl.findall(qn("w:tr")):
        cells = tr.findall(qn("w:tc"))
        cell_width = width_pt / max(1, len(cells))
        tallest = max((_blocks_height(styles, tc, cell_width) for tc in cells), default=0.0)
        least = tr.find(f"{qn('w:trPr')}/{qn('w:trHeight')}")
        if least is not None:
            fixed = _twips_pt(least.get(qn("w:val")))
            tallest = fixed if least.get(qn("w:hRule")) == "exact" else max(tallest, fixed)
        total += tallest
    return total


def _blocks_height(styles: _Styles, container, width_pt: float) -> float:
    """The paragraphs and tables of a footer (or a table cell), one under another."""
    total = 0.0
    for child in container:
        if child.tag == qn("w:p"):
            total += paragraph_height(styles, child, width_pt)
        elif child.tag == qn("w:tbl"):
            total += _table_height(styles, child, width_pt)
        elif child.tag == qn("w:sdt"):  # a content control around paragraphs (a Word "building block")
            content = child.find(qn("w:sdtContent"))
            total += _blocks_height(styles, content, width_pt) if content is not None else 0.0
    return total


def part_height(document: Document, part: _Header | _Footer, width_pt: float) -> float:
    """How tall a header or footer is, in points, estimated from its paragraphs and tables."""
    return _blocks_height(_Styles(document), part._element, width_pt)


def _room_needed(styles: _Styles, part: _Header | _Footer, width_pt: float, *, footer: bool) -> float:
    """The height beyond the header (footer) distance the body must leave for ``part`` and the gap.
    A footer that opens (a header that closes) with that much space of its own keeps its gap
    however tall it grows, and needs nothing (page 1's footer, with the authority lines); else
    that space counts toward the gap. A table at that edge has none of its own."""
    blocks = [child for child in part._element if child.tag in (qn("w:p"), qn("w:tbl"))]
    edge = (blocks[0] if footer else blocks[-1]) if blocks else None
    side = "before" if footer else "after"
    own = _twips_pt(styles.spacing(edge, side)) if edge is not None and edge.tag == qn("w:p") else 0.0
    if own >= GAP_PT:
        return 0.0
    return _blocks_height(styles, part._element, width_pt) - own + GAP_PT


def leave_room(document: Document, parts: dict[int, list[tuple[_Header, _Footer]]]) -> None:
    """Raise each section's top and bottom margins (never lower them) so its tallest header and
    footer in ``parts`` (section index -> the (header, footer) pairs its pages use) stand ``GAP_PT``
    clear of the body. A negative margin (the body measured from the page's edge whatever the
    header or footer) keeps its sign."""
    styles = _Styles(document)
    for index, section in enumerate(document.sections):
        width = _text_width_pt(section)
        pairs = parts.get(index, [])
        top = max((_room_needed(styles, header, width, footer=False) for header, _ in pairs), default=0.0)
        bottom = max((_room_needed(styles, footer, width, footer=True) for _, footer in pairs), default=0.0)
        raised = _raised(section.top_margin, section.header_distance, top)
        if raised is not None:
            section.top_margin = raised
        raised = _raised(section.bottom_margin, section.footer_distance, bottom)
        if raised is not None:
            section.bottom_margin = raised


def _raised(margin: int | None, distance: int | None, needed_pt: float) -> Twips | None:
    """The header or footer ``distance`` plus ``needed_pt``, where ``margin`` is less; else None."""
    if not needed_pt:
        return None
    required = math.ceil(((distance or 0) / EMU_PER_PT + needed_pt) * 20)
    margin = margin or 0
    if abs(margin) >= Twips(required):
        return None
    return Twips(-required if margin < 0 else required)


def _text_width_pt(section: Section) -> float:
    width, left, right = section.page_width, section.left_margin, section.right_margin
    if width is None:
        return 0.0  # no wrapping estimate: one line a paragraph
    return (width - (left or 0) - (right or 0)) / EMU_PER_PT
