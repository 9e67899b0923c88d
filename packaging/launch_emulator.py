"""Bundle entry point for ``itb-emulator`` (PyInstaller needs a script, not an entry point)."""

import sys

from itb_console.device.emulator_cli import main

sys.exit(main())
