"""Choose the pump: the simulated pump, a running emulator, a serial port, or a URL, and a
keyed pump's key file.

Running emulators are listed by name from their announcements (device/running_emulators.py)
and serial ports from pyserial, both on a worker thread and again every few seconds while
the dialog is open: a trainer who starts ``itb-emulator --pty`` sees it appear. Recent
devices are remembered, and with each keyed one the path of its key file: the key itself
is read on the pump worker when connecting and never stored in the settings.
"""

from __future__ import annotations

from pathlib import Path

from itb_console.console.background_jobs import BackgroundJobs
from itb_console.console.number_style import plain
from itb_console.console.settings import (
    RECENT_LIMIT,
    key_file_for,
    recent_devices,
    remember_device,
)
from itb_console.console.translation import QT_TR_NOOP, tr
from itb_console.device.pump_profiles import load_profile, profile_ids
from itb_console.device.running_emulators import Announcement, running_emulators
from itb_console.device.units import ml
from itb_console.ui.banner import training_banner
from itb_console.ui.key_file_field import KeyFileField
from itb_console.ui.style import MUTED, set_ink
from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent, QStandardItemModel
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
from serial.tools.list_ports_common import ListPortInfo

# Re-exported: the main window remembers the device it connected to through this module.
__all__ = ["RECENT_LIMIT", "DevicePicker", "recent_devices", "remember_device"]

LISTING_INTERVAL_MS = 2000  # how soon a started or stopped emulator shows in the list
NO_EMULATOR = QT_TR_NOOP("No emulator is running (start one: itb-emulator --pty)")
GONE = QT_TR_NOOP("No longer there: {device}")
COMBO_CHARS = 40


def emulator_words(emulator: Announcement) -> str:
    """"Emulator: itb-20, 20 mL, serial SIM-000001 on /dev/pts/5": what a trainer started."""
    pump = tr("Emulator: {profile}, {volume} mL, serial {serial}").format(
        profile=emulator.profile_id, volume=plain(ml(emulator.reservoir_nl)),
        serial=emulator.serial_number)
    keyed = " " + tr("(keyed: choose its key file below)") if emulator.keyed else ""
    if emulator.link == "serial":
        return tr("{pump} serving the serial port {port}: connect to the port at the other "
                  "end of its cable").format(pump=pump, port=emulator.device) + keyed
    return tr("{pump} on {device}").format(pump=pump, device=emulator.device) + keyed


def list_devices() -> tuple[list[Announcement], list[ListPortInfo]]:
    """Running emulators and serial ports (disk and system calls: on a worker thread);
    a system that cannot list its ports lists none."""
    ports: list[ListPortInfo]
    try:
        ports = sorted(list_ports.comports(), key=lambda p: p.device)
    except OSError:
        ports = []
    return running_emulators(), ports


def port_words(port: ListPortInfo) -> str:
    """A serial port as listed: its path, and what it is when the system knows (pyserial
    says "n/a" for a built-in port it knows nothing about)."""
    known = port.description not in ("", "n/a", port.device)
    return f"{port.device} - {port.description}" if known else port.device


class DevicePicker(QDialog):
    listed = Signal()  # the lists show what was found

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Connect to a pump - training mock"))
        self.setMinimumWidth(max(520, self.fontMetrics().averageCharWidth() * 80))
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner())
        form = QFormLayout()
        self.sim = QRadioButton(tr("Simulated pump (in this program)"))
        self.sim.setChecked(True)
        self.profile = QComboBox()
        for profile_id in profile_ids():  # "20 mL (itb-20)": the guide speaks in mL
            self.profile.addItem(tr("{volume} mL ({profile_id})").format(
                volume=plain(ml(load_profile(profile_id).reservoir_nl)), profile_id=profile_id),
                profile_id)
        self.profile.setAccessibleName(tr("Simulated pump profile"))
        form.addRow(self.sim, self.profile)
        self.emulator = QRadioButton(tr("Running emulator"))
        self.emulators = QComboBox()
        self.emulators.setAccessibleName(tr("Running emulators"))
        _long_entries_scroll(self.emulators)
        self.emulators.addItem(tr("Looking for running emulators..."), "")
        form.addRow(self.emulator, self.emulators)
        self.serial = QRadioButton(tr("Serial port"))
        ports_row = QHBoxLayout()
        self.ports = QComboBox()
        self.ports.setAccessibleName(tr("Serial ports"))
        _long_entries_scroll(self.ports)
        refresh = QPushButton(tr("Refresh"))
        refresh.setAccessibleName(tr("Refresh the lists of emulators and serial ports"))
        refresh.clicked.connect(self.refresh_lists)
        self.ports.addItem(tr("Looking for serial ports..."), "")
        ports_row.addWidget(self.ports, 1)
        ports_row.addWidget(refresh)
        form.addRow(self.serial, ports_row)
        self.by_url = QRadioButton(tr("URL"))
        self.url = QComboBox()
        self.url.setEditable(True)
        url_text = QLineEdit()
        url_text.setPlaceholderText("socket://127.0.0.1:7001")
        self.url.setLineEdit(url_text)
        self.url.setAccessibleName(tr("Device URL (socket://, rfc2217:// or a recent device)"))
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
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Connect"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        url_text.textEdited.connect(lambda _t: self.by_url.setChecked(True))
        self.url.activated.connect(lambda _i: self._recall_key_file())
        self.ports.activated.connect(lambda _i: self.serial.setChecked(True))
        self.ports.activated.connect(lambda _i: self._recall_key_file())
        self.emulators.activated.connect(lambda _i: self.emulator.setChecked(True))
        self.emulators.activated.connect(lambda _i: self._recall_key_file())
        self.sim.toggled.connect(self._key_box.setDisabled)
        self._key_box.setDisabled(True)
        self._listing = BackgroundJobs(1, owner=self)  # answers only while the dialog lives
        self._listing_running = self._listing_again = False
        self.listing_timer = QTimer(self)
        self.listing_timer.setInterval(LISTING_INTERVAL_MS)
        self.listing_timer.timeout.connect(self.refresh_lists)
        self.refresh_lists()

    def _key_row(self) -> QWidget:
        """Key file: only for a keyed pump (an emulator started with --key-file)."""
        self._key_box = QWidget()
        box = QVBoxLayout(self._key_box)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Key file:")))
        self._key_field = KeyFileField(placeholder=tr("none (the pump takes no key)"),
                                       what=tr("Key file of a keyed pump"), none_text=tr("No key"))
        self.key_file = self._key_field.edit
        row.addWidget(self._key_field, 1)
        box.addLayout(row)
        note = QLabel(tr("Only for a pump started with a shared key (itb-emulator --key-file, "
                         "or a keyed classroom station): the trainer gives the file. Only its "
                         "path is remembered."))
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

    def refresh_lists(self) -> None:
        """List running emulators and serial ports again, on a worker thread (once more
        after the listing under way, when one is)."""
        if self._listing_running:
            self._listing_again = True
            return
        self._listing_running, self._listing_again = True, False
        self._listing.start(list_devices, lambda found: self.show_devices(*found))

    def show_devices(self, emulators: list[Announcement], ports: list[ListPortInfo]) -> None:
        """Fill both lists, keeping what is chosen; unchanged lists are left as they are."""
        self._listing_running = False
        if self._listing_again:
            self.refresh_lists()
        _fill(self.emulators, [(emulator_words(e), e.device if e.link != "serial" else "")
                               for e in emulators], tr(NO_EMULATOR))
        _fill(self.ports, [(port_words(port), port.device) for port in ports],
              tr("No serial ports found"))
        self.listed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.listing_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.listing_timer.stop()
        super().hideEvent(event)

    def chosen_url(self) -> str:
        if self.sim.isChecked():
            return f"sim://?profile={self.profile.currentData()}"
        if self.emulator.isChecked():
            return self.emulators.currentData() or ""
        if self.serial.isChecked():
            return self.ports.currentData() or ""
        return self.url.currentText().strip()

    def _accept(self) -> None:
        url = self.chosen_url()
        if not url:
            self.error.setText(
                tr("Choose a running emulator (start one: itb-emulator --pty).")
                if self.emulator.isChecked() else
                tr("Choose a serial port or type a URL such as socket://127.0.0.1:7001."))
            return
        remember_device(self.settings, url)
        self.accept()


def _long_entries_scroll(combo: QComboBox) -> None:
    """A long entry ("... serving the serial port ...: connect to the port at the other
    end of its cable") does not widen the dialog past a projector's screen; the open list
    shows it whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_CHARS)


def _fill(combo: QComboBox, entries: list[tuple[str, str]], none: str) -> None:
    """Replace a list's entries (text, device; "" for one that cannot be chosen), keeping
    the chosen one chosen. When it has gone (the emulator stopped, the adapter was
    unplugged) it stays, marked and not choosable, rather than another taking its place
    unseen; ``none`` stands alone when there is nothing to list."""
    entries = entries or [(none, "")]
    chosen, chosen_text = combo.currentData(), combo.currentText()
    devices = [device for _text, device in entries]
    gone = tr(GONE).format(device=chosen_text)
    if chosen and chosen not in devices:
        entries = [(gone, ""), *entries]
    elif not chosen and chosen_text.startswith(tr(GONE).split("{device}")[0]):
        entries = [(chosen_text, ""), *entries]
    if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == entries:
        return
    combo.clear()
    model = combo.model()
    for text, device in entries:
        combo.addItem(text, device)
        if not device and isinstance(model, QStandardItemModel):
            model.item(combo.count() - 1).setEnabled(False)
    devices = [device for _text, device in entries]
    if chosen in devices:
        combo.setCurrentIndex(devices.index(chosen))
