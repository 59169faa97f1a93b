"""Named exceptions. The library raises these; the CLI turns them into messages and exit codes."""

from __future__ import annotations


class CoderError(Exception):
    """Base class of every error coder reports to its user."""

    exit_status = 2


class UsageError(CoderError):
    """A bad flag, a missing path or an unusable output folder: nothing is written."""


class DictionaryError(CoderError):
    """One or more dictionary entries are broken; every problem is listed as file:line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        head = f"{len(problems)} problem(s) in the dictionaries; nothing was coded:"
        super().__init__("\n".join([head, *(f"  {p}" for p in problems)]))


class InputError(CoderError):
    """An input article cannot be read; it is rejected and the others are still coded."""

    exit_status = 1


class OutputLocked(UsageError):
    """Another coder run is writing to the same output folder."""


class SqlRefused(UsageError):
    """`coder sql` runs read-only statements only."""
