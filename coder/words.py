"""Small word helpers shared by the dictionary readers."""

from __future__ import annotations


def plural(phrase: str) -> str:
    """The regular English plural of a phrase's last word."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("arch"):  # monarch, oligarch, patriarch: a hard "ch"
        new = last + "s"
    elif last.endswith("man"):
        new = last[:-3] + "men"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        new = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        new = last + "es"
    else:
        new = last + "s"
    return f"{head} {new}" if head else new
