"""Choose the pump: the simulated pump, a serial port, or a URL, and a keyed pump's key file.

Recent devices are remembered, and with each keyed one the path of its key file: the key
itself is read on the pump worker when connecting and never stored in the settings.
"""

from __future__ import annotations

from pathlib import Path

from itb_console.console.number_style import plain
from itb_console.console.settings import (
    RECENT_LIMIT,
    key_file_for,
    recent_devices,
    remember_device,
)
from itb_console.device.pump_profiles import load_profile, profile_ids
from itb_console.device.units import ml
from itb_console.ui.banner import training_banner
from itb_console.ui.key_file_field import KeyFileField
from itb_console.ui.style import MUTED, set_ink
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from serial.tools import list_ports

# Re-exported: the main window remembers the device it connected to through this module.
__all__ = ["RECENT_LIMIT", "DevicePicker", "recent_devices", "remember_device"]


class DevicePicker(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle("Connect to a pump - training mock")
        self.setMinimumWidth(max(520, self.fontMetrics().averageCharWidth() * 80))
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())
        form = QFormLayout()
        self.sim = QRadioButton("Simulated pump (in this program)")
        self.sim.setChecked(True)
        self.profile = QComboBox()
        for profile_id in profile_ids():  # "20 mL (itb-20)": the guide speaks in mL
            self.profile.addItem(f"{plain(ml(load_profile(profile_id).reservoir_nl))} mL "
                                 f"({profile_id})", profile_id)
        self.profile.setAccessibleName("Simulated pump profile")
        form.addRow(self.sim, self.profile)
        self.serial = QRadioButton("Serial port")
        ports_row = QHBoxLayout()
        self.ports = QComboBox()
        self.ports.setAccessibleName("Serial ports")
        refresh = QPushButton("Refresh")
        refresh.setAccessibleName("Refresh the list of serial ports")
        refresh.clicked.connect(self.refresh_ports)
        ports_row.addWidget(self.ports, 1)
        ports_row.addWidget(refresh)
        form.addRow(self.serial, ports_row)
        self.by_url = QRadioButton("URL")
        self.url = QComboBox()
        self.url.setEditable(True)
        url_text = QLineEdit()
        url_text.setPlaceholderText("socket://127.0.0.1:7001")
        self.url.setLineEdit(url_text)
        self.url.setAccessibleName("Device URL (socket://, rfc2217:// or a recent device)")
        self.url.addItems(recent_devices(settings))
        form.addRow(self.by_url, self.url)
        form.addRow(self._key_row())
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setObjectName("refusal")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Connect")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        url_text.textEdited.connect(lambda _t: self.by_url.setChecked(True))
        self.url.activated.connect(lambda _i: self._recall_key_file())
        self.ports.activated.connect(lambda _i: self.serial.setChecked(True))
        self.ports.activated.connect(lambda _i: self._recall_key_file())
        self.sim.toggled.connect(self._key_box.setDisabled)
        self.refresh_ports()
        self._key_box.setDisabled(True)

    def _key_row(self) -> QWidget:
        """Key file: only for a keyed pump (an emulator started with --key-file)."""
        self._key_box = QWidget()
        box = QVBoxLayout(self._key_box)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel("Key file:"))
        self._key_field = KeyFileField(placeholder="none (the pump takes no key)",
                                       what="Key file of a keyed pump", none_text="No key")
        self.key_file = self._key_field.edit
        row.addWidget(self._key_field, 1)
        box.addLayout(row)
        note = QLabel("Only for a pump started with a shared key (itb-emulator --key-file, "
                      "or a keyed classroom station): the trainer gives the file. Only its "
                      "path is remembered.")
        note.setWordWrap(True)
        set_ink(note, MUTED)
        box.addWidget(note)
        return self._key_box

    def _recall_key_file(self) -> None:
        """A remembered device comes back with the key file it was last opened with."""
        remembered = key_file_for(self.settings, self.chosen_url())
        self.key_file.setText("" if remembered is None else str(remembered))

    def chosen_key_file(self) -> Path | None:
        """The key file typed or chosen (made absolute), or None; never read here."""
        return None if self.sim.isChecked() else self._key_field.path()

    def refresh_ports(self) -> None:
        self.ports.clear()
        for port in sorted(list_ports.comports(), key=lambda p: p.device):
            self.ports.addItem(f"{port.device} - {port.description}", port.device)
        if not self.ports.count():
            self.ports.addItem("No serial ports found", "")

    def chosen_url(self) -> str:
        if self.sim.isChecked():
            return f"sim://?profile={self.profile.currentData()}"
        if self.serial.isChecked():
            return self.ports.currentData() or ""
        return self.url.currentText().strip()

    def _accept(self) -> None:
        url = self.chosen_url()
        if not url:
            self.error.setText("Choose a serial port or type a URL such as "
                               "socket://127.0.0.1:7001.")
            return
        remember_device(self.settings, url)
        self.accept()
