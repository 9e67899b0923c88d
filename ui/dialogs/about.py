"""Help > About: which build this is, on which Qt, under which licences.

A trainer filing a fault, or a tester comparing two machines, needs the exact version and
commit, and the Qt and PySide6 versions (rendering and platform bugs depend on them). A
bundle also ships Qt and other libraries, whose licences must be stated with it.
"""

from __future__ import annotations

from html import escape
from importlib import metadata

import PySide6
from itb_console.console.translation import tr
from itb_console.device.version import DISTRIBUTION, current_build
from itb_console.ui.banner import training_banner
from itb_console.ui.style import PRODUCT_NAME, TRAINING_MARK
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

# What the console is built on, as the package index names them.
COMPONENTS = ("PySide6", "pyqtgraph", "pyserial", "numpy")
LONGEST_LICENCE_TEXT = 80  # longer "License" fields are whole licence texts, not names


def licence(distribution: str) -> str:
    """The licence a package declares (SPDX expression first), or where to read it."""
    try:
        fields = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return tr("not installed")
    declared = next(iter(fields.get_all("License-Expression") or fields.get_all("License")
                         or []), "")
    if declared and len(declared) <= LONGEST_LICENCE_TEXT:
        return declared
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in fields.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or tr("see the licence files of {package}").format(
        package=distribution)


def about_facts() -> list[tuple[str, str]]:
    """The rows of the About box, as label and value (also what a test or a report reads)."""
    build = current_build()
    rows = [(tr("Version"), build.version),
            (tr("Source commit"), build.commit or tr("not recorded")),
            ("Qt", qVersion()),
            ("PySide6", PySide6.__version__),
            (tr("Licence"), licence(DISTRIBUTION))]
    rows += [(tr("{package} licence").format(package=name), licence(name))
             for name in COMPONENTS]
    return rows


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About {product_name}").format(product_name=PRODUCT_NAME))
        self.facts = about_facts()
        mark = training_banner()
        title = QLabel(f"<h2>{escape(PRODUCT_NAME)}</h2>")
        layout = QVBoxLayout(self)
        layout.addWidget(mark)
        layout.addWidget(title)
        layout.addWidget(_wrapped(tr(
            "A training replica of the clinician programmer for implanted intrathecal "
            "baclofen pumps. It never talks to a real pump, and nothing it shows is "
            "medical advice.")))
        form = QFormLayout()
        for label, value in self.facts:
            shown = _wrapped(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(label)
            form.addRow(f"<b>{escape(label)}</b>", shown)
        layout.addLayout(form)
        layout.addWidget(_wrapped(tr(
            "Qt and PySide6 are used under the GNU LGPL version 3; their source is at "
            "download.qt.io and code.qt.io/pyside.")))
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.adjustSize()

    def text(self) -> str:
        """The facts as plain text, one per line, ready to paste into a fault report."""
        return "\n".join([tr(TRAINING_MARK),
                          *(f"{label}: {value}" for label, value in self.facts)])


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
