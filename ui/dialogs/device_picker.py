"""Choose the pump: the simulated pump, a serial port, or a URL; recent ones remembered."""

from __future__ import annotations

from itb_console.console.settings import RECENT_LIMIT, recent_devices, remember_device
from itb_console.device.pump_profiles import profile_ids
from itb_console.ui.banner import training_banner
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
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())
        form = QFormLayout()
        self.sim = QRadioButton("Simulated pump (in this program)")
        self.sim.setChecked(True)
        self.profile = QComboBox()
        self.profile.addItems(profile_ids())
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
        self.ports.activated.connect(lambda _i: self.serial.setChecked(True))
        self.refresh_ports()

    def refresh_ports(self) -> None:
        self.ports.clear()
        for port in sorted(list_ports.comports(), key=lambda p: p.device):
            self.ports.addItem(f"{port.device} - {port.description}", port.device)
        if not self.ports.count():
            self.ports.addItem("No serial ports found", "")

    def chosen_url(self) -> str:
        if self.sim.isChecked():
            return f"sim://?profile={self.profile.currentText()}"
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
