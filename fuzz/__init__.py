"""Fuzzing harnesses (atheris): ``make fuzz``, ``make fuzz-coverage``; docs in fuzz/harness.py."""
