"""Word styles: the template's fonts and sizes, and every style the export relies on.

Recipients restyle and navigate a brief through real styles (Title, Heading 1, List Bullet),
so formatting lives in the styles, not on each run. A reference .docx made in Word often
defines only the styles it used, so any style the export needs but the file lacks is
created here, bullets (with their numbering definition) included.
"""

from __future__ import annotations

import logging
from typing import Any, cast

from docx.blkcntnr import BlockItemContainer
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.shared import Pt, RGBColor, Twips
from docx.styles.style import BaseStyle, CharacterStyle, ParagraphStyle
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from briefing import wordfile as c
from briefing.export.layout import NOTICE_GAP_PT
from briefing.export.text import add_run
from briefing.templates import TemplateStyle

logger = logging.getLogger(__name__)

_RPR_AFTER_SZCS = (
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
)
_BLACK = RGBColor(0, 0, 0)
_BULLET = "\u2022"
BULLET_HANGING_TWIPS = 360  # 0.635 cm: the bullet in the margin, the text this far in
# 1 cm: room for "26." and "100." before the text (at 360 twips LibreOffice ran "10.The" together
# and Word pushed the text to the next tab stop)
NUMBER_HANGING_TWIPS = 567


def set_font(
    style: CharacterStyle,
    *,
    name: str | None = None,
    size_pt: float | None = None,
    bold: bool | None = None,
    italic: bool | None = None,
    caps: bool | None = None,
    color: RGBColor | None = None,
) -> None:
    """Set a style's font; explicit names replace theme fonts, which would otherwise win."""
    r_pr = style.element.get_or_add_rPr()
    if name is not None:
        fonts = r_pr.get_or_add_rFonts()
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)
        for attr in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(attr), name)
    if size_pt is not None:
        style.font.size = Pt(size_pt)
        sz_cs = r_pr.find(qn("w:szCs"))
        if sz_cs is None:
            sz_cs = OxmlElement("w:szCs")
            r_pr.insert_element_before(sz_cs, *_RPR_AFTER_SZCS)
        sz_cs.set(qn("w:val"), str(round(size_pt * 2)))
    if bold is not None:
        style.font.bold = bold
        style.font.cs_bold = bold
    if italic is not None:
        style.font.italic = italic
    if caps is not None:
        style.font.all_caps = caps
    if color is not None:
        style.font.color.rgb = color
        color_el = r_pr.find(qn("w:color"))
        for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
            color_el.attrib.pop(qn(attr), None)


# Styles Word itself defines: made here, they must say so (no w:customStyle), or Word takes
# "heading 1" for a user style that merely shares the built-in's name.
_WORD_BUILT_INS = frozenset(
    {
        c.STYLE_TITLE,
        c.STYLE_SECTION,
        c.STYLE_PARTY,
        c.STYLE_ITEM,
        c.STYLE_NUMBERED_ITEM,
        c.STYLE_ITEM_CONTINUED,
        c.STYLE_FOOTNOTE_TEXT,
        c.STYLE_FOOTNOTE_REF,
        "Header",
        "Footer",
    }
)


def _get_or_add(table: StyleIds, name: str, kind: WD_STYLE_TYPE) -> tuple[CharacterStyle, bool]:
    style = table.get(name)
    if style is not None:
        return cast(CharacterStyle, style), False
    logger.info("the document lacked style %r; created it", name)
    return cast(CharacterStyle, table.add(name, kind, builtin=name in _WORD_BUILT_INS)), True


def _paragraph_style(table: StyleIds, name: str) -> tuple[ParagraphStyle, bool]:
    """The paragraph style ``name``, created (and said so) when the document lacks it."""
    style, created = _get_or_add(table, name, WD_STYLE_TYPE.PARAGRAPH)
    return cast(ParagraphStyle, style), created


def ensure_styles(document: Document, table: StyleIds) -> None:
    """Create each style the export uses that ``document`` lacks, based on its Normal style."""
    normal = table["Normal"]
    specs: list[tuple[str, int, dict[str, Any]]] = [
        (c.STYLE_TITLE, 0, {"size_pt": 16, "bold": True}),
        (c.STYLE_SECTION, 1, {"size_pt": 13, "bold": True}),
        (c.STYLE_PARTY, 2, {"bold": True}),
    ]
    for name, level, font in specs:
        style, created = _paragraph_style(table, name)
        if created:
            style.base_style = normal
            style.quick_style = True
            set_font(style, **font)
            style.paragraph_format.keep_with_next = True
            style.paragraph_format.space_before = Pt(12 if level < 2 else 6)
            style.paragraph_format.space_after = Pt(3)
            if level:
                _set_outline_level(style, level - 1)
    bullet, created = _paragraph_style(table, c.STYLE_ITEM)
    if created or bullet.element.pPr is None or bullet.element.pPr.numPr is None:
        bullet.base_style = normal
        _attach_bullets(document, bullet)
    numbered, created = _paragraph_style(table, c.STYLE_NUMBERED_ITEM)
    if created or numbered.element.pPr is None or numbered.element.pPr.numPr is None:
        numbered.base_style = normal
        _attach_numbering(document, numbered, "decimal", "%1.", hanging=NUMBER_HANGING_TWIPS)
    continued, created = _paragraph_style(table, c.STYLE_ITEM_CONTINUED)
    if created:
        continued.base_style = normal
        continued.paragraph_format.left_indent = Twips(list_text_column(document, bullet) or BULLET_HANGING_TWIPS)
    numbered_continued, created = _paragraph_style(table, c.STYLE_NUMBERED_ITEM_CONTINUED)
    if created:  # a numbered item's further lines, at the numbers' text column (a reference's own, if it has one)
        numbered_continued.base_style = continued
        column = list_text_column(document, numbered) or NUMBER_HANGING_TWIPS
        numbered_continued.paragraph_format.left_indent = Twips(column)
    for name in ("Header", "Footer"):
        style, created = _paragraph_style(table, name)
        if created:
            style.base_style = normal
            style.paragraph_format.space_after = Pt(0)
    marking, created = _paragraph_style(table, c.STYLE_MARKING)
    if created:
        marking.base_style = table["Header"]
        marking.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        marking.paragraph_format.space_before = Pt(0)
        marking.paragraph_format.space_after = Pt(0)
        set_font(marking, bold=True)
    for name, bold in (
        (c.STYLE_LEAD_IN, True),
        (c.STYLE_SPEAKER, True),
        (c.STYLE_PORTION_MARK, None),
        (c.STYLE_PLACEHOLDER, True),
        (c.STYLE_REVIEW_FLAG, True),
    ):
        char_style, created = _get_or_add(table, name, WD_STYLE_TYPE.CHARACTER)
        if created:
            set_font(char_style, bold=bold)
            if name in (c.STYLE_PLACEHOLDER, c.STYLE_REVIEW_FLAG):  # on screen and in print: still to do
                char_style.font.highlight_color = WD_COLOR_INDEX.YELLOW
    notice, created = _paragraph_style(table, c.STYLE_REVIEW_NOTICE)
    if created:  # the draft notice under the title block: bold, so no reader takes the brief as final
        notice.base_style = normal
        notice.paragraph_format.space_before = Pt(NOTICE_GAP_PT)
        notice.paragraph_format.keep_with_next = True
        set_font(notice, bold=True)
    decision, created = _paragraph_style(table, c.STYLE_DECISION)
    if created:  # the choices sit under the (bulleted) recommendation's text, for a tick or a signature
        decision.base_style = normal
        decision.paragraph_format.left_indent = Twips(list_text_column(document, bullet) or BULLET_HANGING_TWIPS)
        decision.paragraph_format.space_after = Pt(8)
    authority, created = _paragraph_style(table, c.STYLE_AUTHORITY)
    if created:
        authority.base_style = normal
        authority.paragraph_format.space_after = Pt(0)
    footnote, created = _paragraph_style(table, c.STYLE_FOOTNOTE_TEXT)
    if created:
        footnote.style_id = "FootnoteText"
        footnote.base_style = normal
        footnote.paragraph_format.space_after = Pt(0)
        set_font(footnote, size_pt=9)
    reference, created = _get_or_add(table, c.STYLE_FOOTNOTE_REF, WD_STYLE_TYPE.CHARACTER)
    if created:
        reference.style_id = "FootnoteReference"
        reference.font.superscript = True


def _set_outline_level(style: ParagraphStyle, level: int) -> None:
    p_pr = style.element.get_or_add_pPr()
    outline = p_pr.find(qn("w:outlineLvl"))
    if outline is None:
        outline = OxmlElement("w:outlineLvl")
        p_pr.insert_element_before(outline, "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
    outline.set(qn("w:val"), str(level))


def list_text_column(document: Document, style: ParagraphStyle) -> int | None:
    """Twips from the margin to where the text of a ``style`` list paragraph starts (level 0), or
    None when it cannot be told.

    Word applies a list's numbering indent first and the paragraph style's own indent over it, so
    the style's ``w:ind`` (or its base style's) wins; otherwise the numbering level's does. A
    further paragraph of the item must start exactly here to line up with the item's text.
    """
    own = _style_left_indent(style)
    if own is not None:
        return own
    num_id = _style_num_id(style)
    if num_id is None:
        return None
    try:
        numbering = cast(NumberingPart, document.part.part_related_by(RT.NUMBERING)).element
    except KeyError:
        return None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) != num_id:
            continue
        for override in num.findall(qn("w:lvlOverride")):  # a level this list redefines
            lvl = override.find(qn("w:lvl"))
            if override.get(qn("w:ilvl")) == "0" and lvl is not None:
                return _left_of(lvl.find(qn("w:pPr")))
        abstract_id = num.find(qn("w:abstractNumId"))
        for abstract in numbering.findall(qn("w:abstractNum")):
            if abstract_id is not None and abstract.get(qn("w:abstractNumId")) == abstract_id.get(qn("w:val")):
                for lvl in abstract.findall(qn("w:lvl")):
                    if lvl.get(qn("w:ilvl")) == "0":
                        return _left_of(lvl.find(qn("w:pPr")))
    return None


def _style_left_indent(style: ParagraphStyle | None) -> int | None:
    while style is not None:
        left = _left_of(style.element.pPr)
        if left is not None:
            return left
        style = cast(ParagraphStyle | None, style.base_style)
    return None


def _style_num_id(style: ParagraphStyle | None) -> str | None:
    while style is not None:
        p_pr = style.element.pPr
        if p_pr is not None and p_pr.numPr is not None and p_pr.numPr.numId is not None:
            return str(p_pr.numPr.numId.val)
        style = cast(ParagraphStyle | None, style.base_style)
    return None


def _left_of(p_pr: Any) -> int | None:
    """The left (start) indent in twips a ``w:pPr`` sets, or None when it sets none."""
    ind = p_pr.find(qn("w:ind")) if p_pr is not None else None
    if ind is None:
        return None
    for attr in ("w:left", "w:start"):
        value = ind.get(qn(attr))
        if value is not None and value.lstrip("-").isdigit():
            return int(value)
    return None


def _numbering_part(document: Document) -> NumberingPart:
    """The document's numbering part, created when the file has none (python-docx cannot)."""
    part = document.part
    try:
        return cast(NumberingPart, part.part_related_by(RT.NUMBERING))
    except KeyError:
        element = parse_xml(f"<w:numbering {nsdecls('w')}/>")
        numbering = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element, part.package)
        part.relate_to(numbering, RT.NUMBERING)
        return numbering


def _attach_bullets(document: Document, style: ParagraphStyle) -> None:
    """Give ``style`` a one-level bullet list definition of its own."""
    _attach_numbering(document, style, "bullet", _BULLET)


def _attach_numbering(
    document: Document, style: ParagraphStyle, kind: str, text: str, hanging: int = BULLET_HANGING_TWIPS
) -> None:
    """Give ``style`` a one-level list definition of its own: bullets, or real Word numbering (1., 2.),
    the text ``hanging`` twips in from the margin."""
    numbering = _numbering_part(document).element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abstract_id = max(abstract_ids, default=-1) + 1
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{kind}"/>'
        f'<w:pStyle w:val="{style.style_id}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{hanging}" w:hanging="{hanging}"/></w:pPr></w:lvl></w:abstractNum>'
    )
    existing_nums = numbering.findall(qn("w:num"))
    if existing_nums:
        existing_nums[0].addprevious(abstract)
    else:
        numbering.append(abstract)
    num = numbering.add_num(abstract_id)
    p_pr = style.element.get_or_add_pPr()
    num_pr = p_pr.get_or_add_numPr()
    num_pr.get_or_add_numId().val = num.numId


def restart_list(document: Document, style: ParagraphStyle) -> int | None:
    """A new list of ``style``'s kind counting from 1 again: the numId a paragraph takes to start it.
    None when the style has no list of its own (a reference file's plain List Number)."""
    p_pr = style.element.pPr
    if p_pr is None or p_pr.numPr is None or p_pr.numPr.numId is None:
        return None
    numbering = _numbering_part(document).element
    num = next((n for n in numbering.findall(qn("w:num")) if n.numId == p_pr.numPr.numId.val), None)
    if num is None:
        return None
    restarted = numbering.add_num(num.abstractNumId.val)
    restarted.append(
        parse_xml(f'<w:lvlOverride {nsdecls("w")} w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')
    )
    return int(restarted.numId)


def apply_template_style(document: Document, look: TemplateStyle, styles: StyleIds) -> None:
    """Fonts, sizes and spacing from the template, on the styles themselves."""
    _set_doc_default_font(document, look)
    normal = styles["Normal"]
    set_font(normal, name=look.font, size_pt=look.size_pt, color=_BLACK)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.08

    title = styles[c.STYLE_TITLE]
    set_font(title, name=look.heading_font, size_pt=look.title_size_pt, bold=True, caps=True, color=_BLACK)
    _clear_borders(title)
    title.paragraph_format.space_before = Pt(0)
    title.paragraph_format.space_after = Pt(10)

    heading = styles[c.STYLE_SECTION]
    set_font(
        heading, name=look.heading_font, size_pt=look.heading_size_pt, bold=True, caps=look.heading_caps, color=_BLACK
    )
    heading.paragraph_format.space_before = Pt(12)
    heading.paragraph_format.space_after = Pt(4)
    heading.paragraph_format.keep_with_next = True

    party = styles[c.STYLE_PARTY]
    set_font(party, name=look.heading_font, size_pt=look.party_size_pt, bold=True, italic=False, color=_BLACK)
    party.paragraph_format.space_before = Pt(6)
    party.paragraph_format.space_after = Pt(2)
    party.paragraph_format.keep_with_next = True

    lists = (c.STYLE_ITEM, c.STYLE_NUMBERED_ITEM, c.STYLE_ITEM_CONTINUED, c.STYLE_NUMBERED_ITEM_CONTINUED)
    for name in lists:  # numbered paragraphs as bullets
        styles[name].paragraph_format.space_after = Pt(4)
        _clear_contextual_spacing(styles[name])
    for name in ("Header", "Footer", c.STYLE_MARKING):
        set_font(styles[name], name=look.font, size_pt=look.header_size_pt, color=_BLACK)
    set_font(styles[c.STYLE_FOOTNOTE_TEXT], name=look.font, size_pt=max(look.size_pt - 2, 7))


def apply_format_capitals(look: TemplateStyle, styles: StyleIds) -> None:
    """The capitals the format asks for (the title, "ACTION MEMO FOR THE SECRETARY"; a US memo's
    and a Canadian note's section headings), set on a reference file's own Title and Heading 1,
    which know nothing of them. Only the capitals: the reference's fonts, sizes and colours stay,
    and the PDF, which shows these capitals whatever the reference, and the Word file agree."""
    styles[c.STYLE_TITLE].font.all_caps = True
    if look.heading_caps:
        styles[c.STYLE_SECTION].font.all_caps = True


def _set_doc_default_font(document: Document, look: TemplateStyle) -> None:
    """The document-wide default, so tables and any unstyled text also use the template font."""
    styles_el = document.styles.element
    fonts = styles_el.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    if fonts is None:
        return
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), look.font)


def _clear_borders(style: ParagraphStyle) -> None:
    p_pr = style.element.pPr
    if p_pr is not None:
        for border in p_pr.findall(qn("w:pBdr")):
            p_pr.remove(border)


def _clear_contextual_spacing(style: ParagraphStyle) -> None:
    """Word's list styles drop the space between bullets; briefs read better with a little."""
    p_pr = style.element.pPr
    if p_pr is not None:
        for node in p_pr.findall(qn("w:contextualSpacing")):
            p_pr.remove(node)


class StyleIds:
    """One lookup table from style name to style for the whole export, and paragraphs appended
    in constant time.

    python-docx finds a style by name by scanning the whole styles part (hundreds of styles in
    Word's default), and appends a body paragraph by searching the body for its final section
    properties; together those made export slow and then quadratic in items. The table is
    built in one pass and kept up to date as styles are added; paragraphs go straight in
    before the body's ``sectPr``.
    """

    def __init__(self, document: Document) -> None:
        self._document = document
        self._ids: dict[str, str | None] = {}
        self._by_name: dict[str, BaseStyle] = {style.name: style for style in document.styles if style.name}
        body = document.element.body
        self._body = body
        self._sect_pr = body.find(qn("w:sectPr"))

    def restart_list(self, name: str) -> int | None:
        """A new list of style ``name`` from 1 (see :func:`restart_list`)."""
        return restart_list(self._document, self[name])

    def numbered_text_column(self) -> int:
        """Twips from the margin to a numbered item's text: where its further lines (List Continue
        Number) start, else its list's own indent, else the export's 1 cm."""
        continued = self.get(c.STYLE_NUMBERED_ITEM_CONTINUED)
        numbered = self.get(c.STYLE_NUMBERED_ITEM)
        own = _style_left_indent(cast(ParagraphStyle, continued)) if continued is not None else None
        if own is None and numbered is not None:
            own = list_text_column(self._document, cast(ParagraphStyle, numbered))
        return NUMBER_HANGING_TWIPS if own is None else own

    def get(self, name: str) -> BaseStyle | None:
        return self._by_name.get(name)

    def __getitem__(self, name: str) -> ParagraphStyle:
        """A paragraph style by name; KeyError when the document has none of that name."""
        style = self._by_name.get(name)
        if style is None:
            raise KeyError(name)
        return cast(ParagraphStyle, style)

    def add(self, name: str, kind: WD_STYLE_TYPE, *, builtin: bool = False) -> BaseStyle:
        style = self._document.styles.add_style(name, kind, builtin=builtin)
        self._by_name[name] = style
        return style

    def id(self, name: str) -> str | None:
        if name not in self._ids:
            style = self._by_name.get(name)
            if style is None:
                raise KeyError(name)
            is_default = style.element.get(qn("w:default")) in ("1", "true", "on")
            self._ids[name] = None if is_default and name == "Normal" else style.style_id
        return self._ids[name]

    def paragraph(self, name: str, text: str = "", *, into: BlockItemContainer | None = None) -> Paragraph:
        """A new paragraph in style ``name``: at the end of the body, or of ``into`` (a header or footer)."""
        p = OxmlElement("w:p")
        if into is not None:
            into._element.append(p)
        elif self._sect_pr is not None:
            self._sect_pr.addprevious(p)
        else:
            self._body.append(p)
        paragraph = Paragraph(p, into if into is not None else self._document._body)
        if text:
            add_run(paragraph, text)
        style_id = self.id(name)
        if style_id is not None:
            paragraph._p.get_or_add_pPr().style = style_id
        return paragraph

    def run(self, paragraph: Paragraph, text: str, name: str) -> Run:
        run = add_run(paragraph, text)
        run._r.get_or_add_rPr().style = self.id(name)
        return run


_USED_STYLES = (
    "Normal",
    c.STYLE_TITLE,
    c.STYLE_SECTION,
    c.STYLE_PARTY,
    c.STYLE_ITEM,
    c.STYLE_NUMBERED_ITEM,
    c.STYLE_ITEM_CONTINUED,
    c.STYLE_NUMBERED_ITEM_CONTINUED,
    c.STYLE_FOOTNOTE_TEXT,
    c.STYLE_DECISION,
    c.STYLE_AUTHORITY,
    c.STYLE_MARKING,
    c.STYLE_REVIEW_NOTICE,
    "Header",
    "Footer",
)


def set_language(document: Document, language: str, table: StyleIds) -> None:
    """Spell-check in the format's language (en-GB, en-CA, en-US, en-AU), on the document
    default and on every paragraph style the export uses, and never claim it is proofed.

    A style's own language beats the default, so a reference file's en-US styles would
    otherwise keep Word checking a UK submission for American spelling.
    """
    styles_el = document.styles.element
    defaults = styles_el.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    targets = [defaults] if defaults is not None else []
    for name in _USED_STYLES:
        style = table.get(name)
        if style is not None:
            targets.append(style.element.get_or_add_rPr())
    for r_pr in targets:
        lang = r_pr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            r_pr.insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")
        lang.set(qn("w:val"), language)
        for no_proof in r_pr.findall(qn("w:noProof")):
            r_pr.remove(no_proof)
    settings = document.settings.element
    for proof_state in settings.findall(qn("w:proofState")):
        settings.remove(proof_state)  # "spelling clean" would stop Word checking the brief at all


def used_style_names() -> tuple[str, ...]:
    """The paragraph styles an export may use, by name (the trimmed base keeps exactly these)."""
    return _USED_STYLES
