"""Where the packaged data lives: inside the wheel, or beside the package in a checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from coder.errors import UsageError


def data_dir(name: str) -> Path:
    """Return the folder `dictionaries` or `schemas` shipped with coder."""
    package = Path(str(files("coder")))
    for candidate in (package / "_data" / name, package.parent / name):
        if candidate.is_dir():
            return candidate
    raise UsageError(
        f"coder's {name}/ folder is missing from the installation ({package}).\n"
        "Reinstall with `pip install .` from a checkout, or pass --dictionaries DIR."
    )
