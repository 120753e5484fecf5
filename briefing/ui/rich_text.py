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


def from_html(html: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Pasted HTML (a web page, Word) as one paragraph of text with only bold, italic and underline.

    Line breaks and runs of white space become single spaces, as an item is one paragraph;
    fonts, colours, sizes, links and tables are dropped.
    """
    document = QTextDocument()
    document.setHtml(html)
    _drop_link_underlines(document)
    raw, marks = extract(document)
    text_chars: list[str] = []
    new_index = [0] * (len(raw) + 1)  # raw offset -> offset in the collapsed text
    pending_space = False
    for index, char in enumerate(raw):
        new_index[index] = len(text_chars) + (1 if pending_space and text_chars else 0)
        if char.isspace() or char in "\u2029\u2028\ufffc":
            pending_space = True
            continue
        if pending_space and text_chars:
            text_chars.append(" ")
        pending_space = False
        text_chars.append(char)
    new_index[len(raw)] = len(text_chars)
    text = "".join(text_chars)
    remapped = [(new_index[s], min(new_index[e], len(text)), kind) for s, e, kind in marks]
    return text, [(s, e, kind) for s, e, kind in remapped if s < e]


def _drop_link_underlines(document: QTextDocument) -> None:
    """Links arrive underlined by Qt's rendering, not by the writer: not an underline to keep."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(_format_for("underline", on=False))
            it += 1
        block = block.next()


def insert(cursor: QTextCursor, text: str, marks: list[tuple[int, int, str]]) -> None:
    """Insert ``text`` at the cursor, plain but for ``marks``, as one undo step."""
    cursor.beginEditBlock()
    plain = QTextCharFormat(cursor.charFormat())
    for kind in MARK_KINDS:
        plain.merge(_format_for(kind, on=False))
    start = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
    cursor.insertText(text, plain)
    end = cursor.position()
    for s, e, kind in marks:
        cursor.setPosition(start + s)
        cursor.setPosition(start + e, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(_format_for(kind))
    cursor.setPosition(end)
    cursor.endEditBlock()
