"""Source notes in the PDF sit at the foot of the page of their item, as Word and LibreOffice set
the Word file's footnotes: under a short rule, in the Footnote Text size, numbered on through the
document; an item whose note no longer fits moves to the next page with it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.export.layout import LayoutOptions, lay_out
from briefing.export.pdf import NOTE_RULE_PT, NOTE_RULE_SHARE, SUPERSCRIPT_SCALE, RuleOp, TextOp, pages
from tests.test_export_pdf_pagination import made_up_brief, with_source_notes


@pytest.mark.parametrize(("template_id", "count"), [("uk-submission", 30), ("briefing-note", 60)])
def test_each_note_is_at_the_foot_of_the_page_of_its_item(template_id: str, count: int) -> None:
    """Before, the notes were a "Source notes" list closing the document, pages from their items."""
    layout = lay_out(with_source_notes(made_up_brief(template_id, count)), options=LayoutOptions(source_notes=True))
    notes = [block.note for block in layout.blocks if block.note]
    assert len(notes) > 15
    drawn = pages(layout)
    size = layout.style.size_pt
    margin = layout.style.margins_cm * 72 / 2.54
    referenced: list[int] = []
    noted: list[int] = []
    for number, page in enumerate(drawn.pages, start=1):
        texts = [op for op in page if isinstance(op, TextOp)]
        rules = [op for op in page if isinstance(op, RuleOp) and op.thickness == NOTE_RULE_PT]
        references = [int(op.text) for op in texts if op.text.isdigit() and op.size == size * SUPERSCRIPT_SCALE]
        marks = [int(op.text) for op in texts if op.text.isdigit() and op.size == (size - 2) * SUPERSCRIPT_SCALE]
        assert references == marks, f"page {number}: references {references}, notes {marks}"
        if not marks:
            assert not rules
            continue
        (rule,) = rules
        assert rule.x1 == pytest.approx(margin)
        assert rule.x2 - rule.x1 == pytest.approx(NOTE_RULE_SHARE * (drawn.width - 2 * margin))
        body = [op for op in texts if op.size in (size, size * SUPERSCRIPT_SCALE) and op.baseline > margin]
        note_texts = [op for op in texts if op.size == size - 2 and margin < op.baseline < drawn.height - margin]
        assert max(op.baseline for op in body if op.baseline < drawn.height - margin) < rule.y
        assert min(op.baseline for op in note_texts) > rule.y
        assert max(op.baseline for op in note_texts) < drawn.height - margin
        referenced += references
        noted += marks
    assert referenced == noted == list(range(1, len(notes) + 1)), "numbered on through the document"
    shown = " ".join(op.text for page in drawn.pages for op in page if isinstance(op, TextOp))
    assert "Source notes" not in shown and "SOURCE NOTES" not in shown


@pytest.mark.parametrize("count", [13, 38])
def test_the_last_item_goes_over_with_the_source_heading_when_its_note_takes_the_room(count: int) -> None:
    """The Source heading is kept with the body's last item; an item kept so counts its own note
    too. Before, the item stayed on the page its note just filled and the Source went over alone
    (Australian brief, 13 and 38 items: LibreOffice moved the item over with it)."""
    layout = lay_out(
        with_source_notes(made_up_brief("australia-ministerial-brief", count)), options=LayoutOptions(source_notes=True)
    )
    last = [block for block in layout.blocks if block.kind == "item"][-1]
    assert last.note
    opening = last.lines[0].text.split()[0] + " "
    drawn = pages(layout)

    def page_of(found: Callable[[TextOp], bool]) -> int:
        return next(n for n, page in enumerate(drawn.pages) for op in page if isinstance(op, TextOp) and found(op))

    assert page_of(lambda op: op.text.startswith(opening)) == page_of(lambda op: op.text.strip() == "Source")
