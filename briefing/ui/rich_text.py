"""Item text <-> QTextDocument: plain text plus bold/italic/underline ranges (Item.marks).

The model keeps text plain so it stays comparable with the article; the editor shows the
marks as character formats. Loading is kept out of the document's undo history.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument

MARK_KINDS = ("bold", "italic", "underline")


def _format_for(kind: str, on: bool = True) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if kind == "bold":
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
    elif kind == "italic":
        fmt.setFontItalic(on)
    elif kind == "underline":
        fmt.setFontUnderline(on)
    return fmt


def load(document: QTextDocument, text: str, marks: list[tuple[int, int, str]]) -> None:
    """Replace the document's content without leaving an undo step behind."""
    document.setUndoRedoEnabled(False)
    document.setPlainText(text)
    cursor = QTextCursor(document)
    length = len(text)
    for start, end, kind in marks:
        if 0 <= start < end <= length:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(_format_for(kind))
    document.setUndoRedoEnabled(True)
    document.setModified(False)


def _is_on(fmt: QTextCharFormat, kind: str) -> bool:
    if kind == "bold":
        return fmt.fontWeight() >= QFont.Weight.DemiBold
    if kind == "italic":
        return fmt.fontItalic()
    return fmt.fontUnderline()


def extract(document: QTextDocument) -> tuple[str, list[tuple[int, int, str]]]:
    """The document as the model stores it: text and merged, ordered mark ranges."""
    text = document.toPlainText()
    ranges: dict[str, list[list[int]]] = {kind: [] for kind in MARK_KINDS}
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                start, end = fragment.position(), fragment.position() + fragment.length()
                fmt = fragment.charFormat()
                for kind in MARK_KINDS:
                    if _is_on(fmt, kind):
                        spans = ranges[kind]
                        if spans and spans[-1][1] == start:
                            spans[-1][1] = end
                        else:
                            spans.append([start, end])
            it += 1
        block = block.next()
    marks = [(s, min(e, len(text)), kind) for kind in MARK_KINDS for s, e in ranges[kind] if s < len(text)]
    return text, sorted(marks)


def toggle(cursor: QTextCursor, kind: str) -> None:
    """Bold/italic/underline the selection, or switch it off if the selection already has it."""
    on = not _is_on(cursor.charFormat(), kind)
    if cursor.hasSelection():
        cursor.mergeCharFormat(_format_for(kind, on))
    else:
        cursor.setCharFormat(_merged(cursor.charFormat(), _format_for(kind, on)))


def _merged(base: QTextCharFormat, extra: QTextCharFormat) -> QTextCharFormat:
    result = QTextCharFormat(base)
    result.merge(extra)
    return result
