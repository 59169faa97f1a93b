"""The installed package (pip install .) carries dictionaries/ and schemas/ and runs alone."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata

import pytest


def installed_files() -> list[str]:
    try:
        files = metadata.files("coder") or []
    except metadata.PackageNotFoundError:
        pytest.skip("coder is not installed in this environment (pip install .)")
    names = [str(f) for f in files]
    if not any(n.startswith("coder/") for n in names):
        pytest.skip("coder is installed in editable mode; the wheel's data is checked by .ci/run")
    return names


def test_wheel_holds_the_data_folders():
    names = installed_files()
    for needed in ("coder/_data/dictionaries/agents.txt", "coder/_data/dictionaries/cameo.tsv",
                   "coder/_data/dictionaries/actors/countries.txt",
                   "coder/_data/schemas/event.schema.json", "coder/_data/schemas/views/07_dyad_day.sql"):
        assert needed in names


def test_installed_coder_runs_outside_the_checkout(tmp_path):
    installed_files()
    # -I: isolated mode, so the checkout's coder/ is not on the path; the installed one runs.
    result = subprocess.run([sys.executable, "-I", "-m", "coder", "dictionaries", "check"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "_data/dictionaries" in result.stdout and "no problems" in result.stdout
