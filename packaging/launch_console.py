"""Bundle entry point for ``itb-console`` (PyInstaller needs a script, not an entry point)."""

import sys

from itb_console.ui.app import main

sys.exit(main())
