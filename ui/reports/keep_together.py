"""Keep each heading of a paged document on the page of what it heads.

Qt's paged text layout moves a table row that does not fit to the next page but knows no
"keep with next": a report's "Next steps" heading stood alone at the foot of page 1 with
its table on page 2. Here a heading whose section (it, up to and including the first
table after it) would cross a page starts the next page instead; a section taller than a
page keeps at least the heading with the table's first row.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextTable

_BREAK = QTextFormat.PageBreakFlag


def keep_headings_with_their_tables(document: QTextDocument) -> None:
    """Set page breaks before the headings that would be parted from their section,
    for the document's current page size (a new page size: call it again)."""
    sections = _sections(document)
    for heading, _ in sections:
        _break_before(heading, False)
    page = document.pageSize().height()
    layout = document.documentLayout()
    for heading, table in sections:
        top = layout.blockBoundingRect(heading).top()
        bottom = layout.frameBoundingRect(table).bottom()
        if bottom - top > page:  # cannot be whole on one page: keep the first row with it
            first_row = table.cellAt(0, 0).firstCursorPosition().block()
            bottom = layout.blockBoundingRect(first_row).bottom()
        if math.floor(top / page) != math.floor((bottom - 1) / page):
            _break_before(heading, True)  # later sections move with it: read on from here


def _sections(document: QTextDocument) -> list[tuple[QTextBlock, QTextTable]]:
    """Each heading of the top level with the first table after it (before the next
    heading); a heading with no table under it (a paragraph of text) has no section."""
    sections: list[tuple[QTextBlock, QTextTable]] = []
    heading: QTextBlock | None = None
    item = document.rootFrame().begin()
    while not item.atEnd():
        frame = item.currentFrame()
        if isinstance(frame, QTextTable):
            if heading is not None:
                sections.append((heading, frame))
            heading = None
        elif frame is None and item.currentBlock().blockFormat().headingLevel() > 0:
            heading = item.currentBlock()
        item += 1
    return sections


def _break_before(block: QTextBlock, on: bool) -> None:
    form = block.blockFormat()
    form.setPageBreakPolicy(_BREAK.PageBreak_AlwaysBefore if on else _BREAK.PageBreak_Auto)
    QTextCursor(block).setBlockFormat(form)
