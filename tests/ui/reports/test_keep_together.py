"""A heading starts the next page rather than stand at a page's foot without its table."""

import math

from itb_console.ui.reports.keep_together import keep_headings_with_their_tables
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument

TABLE = "<table border='1'>" + "<tr><td>row</td><td>value</td></tr>" * 3 + "</table>"


def pages_of_heading_and_table(document: QTextDocument) -> tuple[int, int]:
    """The page the heading starts on and the page the table ends on."""
    layout, page = document.documentLayout(), document.pageSize().height()
    heading = document.findBlockByNumber(0)
    while heading.blockFormat().headingLevel() == 0:
        heading = heading.next()
    table = document.rootFrame().childFrames()[-1]
    return (math.floor(layout.blockBoundingRect(heading).top() / page),
            math.floor((layout.frameBoundingRect(table).bottom() - 1) / page))


def document_with(paragraphs: int) -> QTextDocument:
    document = QTextDocument()
    document.setHtml("<p>text</p>" * paragraphs + f"<h2>Next steps</h2>{TABLE}")
    document.setPageSize(QSizeF(300, 200))
    return document


def test_a_heading_at_a_pages_foot_moves_to_the_next_page_with_its_table(qapp):
    # more and more text above, until the heading is left alone at the foot of page 1
    paragraphs = next(count for count in range(1, 40)
                      if len(set(pages_of_heading_and_table(document_with(count)))) == 2)
    document = document_with(paragraphs)
    keep_headings_with_their_tables(document)
    assert pages_of_heading_and_table(document) == (1, 1)


def test_a_section_that_fits_is_left_where_it_is(qapp):
    document = document_with(1)
    keep_headings_with_their_tables(document)
    assert pages_of_heading_and_table(document) == (0, 0)
