"""Source notes as real Word footnotes, which python-docx cannot write.

A footnote is clickable, sits at the foot of its page, and Word renumbers the rest when a
colleague deletes a bullet, which numbered text at the end of the document cannot do. The
part holds Word's two separator footnotes (ids -1 and 0) and then one footnote per note.
"""

from __future__ import annotations

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

from briefing import wordfile as w
from briefing.export.styles import StyleIds
from briefing.export.text import add_run

_SEPARATORS = (
    f"<w:footnotes {nsdecls('w')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    "</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


class Footnotes:
    """The document's footnotes part, made on the first note."""

    def __init__(self, document: Document, styles: StyleIds) -> None:
        self._document = document
        self._styles = styles
        self._root: XmlPart | None = None
        self._next_id = 1

    def _part(self) -> XmlPart:
        if self._root is None:
            part = self._document.part
            for rel in list(part.rels.values()):
                if rel.reltype == RT.FOOTNOTES and not rel.is_external:  # a reference's own notes: start afresh
                    part.drop_rel(rel.rId)
            self._root = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(_SEPARATORS), part.package)
            part.relate_to(self._root, RT.FOOTNOTES)
        return self._root

    def add(self, paragraph: Paragraph, text: str, portion: str = "") -> None:
        """A footnote reference at the end of ``paragraph``, and the note ``text`` at the foot of the page."""
        note_id = str(self._next_id)
        self._next_id += 1
        reference_style = self._styles.id(w.STYLE_FOOTNOTE_REF)
        run = paragraph.add_run()
        run._r.get_or_add_rPr().style = reference_style
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), note_id)
        run._r.append(ref)

        footnote = OxmlElement("w:footnote")
        footnote.set(qn("w:id"), note_id)
        self._part().element.append(footnote)
        note_par = Paragraph(OxmlElement("w:p"), paragraph._parent)
        footnote.append(note_par._p)
        note_par._p.get_or_add_pPr().style = self._styles.id(w.STYLE_FOOTNOTE_TEXT)
        mark = note_par.add_run()
        mark._r.get_or_add_rPr().style = reference_style
        mark._r.append(OxmlElement("w:footnoteRef"))
        add_run(note_par, " ")
        if portion:
            self._styles.run(note_par, portion + w.PORTION_MARK_SEPARATOR, w.STYLE_PORTION_MARK)
        add_run(note_par, text)
