"""The suite finds its files from ``__file__``, not from the folder pytest is started in."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The tests that read files of the repository or start Python with it on the path.
READERS = ["tests/console/training/test_scenarios.py",
           "tests/console/training/test_scenario_runner.py",
           "tests/console/training/test_debrief.py",
           "tests/device/test_state_and_sim.py",
           "tests/test_docs_examples.py"]


def test_file_reading_tests_pass_when_started_from_another_folder(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         *(str(ROOT / name) for name in READERS)],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stdout[-3000:]
    assert " passed" in done.stdout.splitlines()[-1], done.stdout[-500:]
