"""Read PETRARCH-format actor and agent files into coder's entries.

Users bring the dictionaries they already maintain: files named `*.actors.txt` and
`*.agents.txt` in a `--dictionaries` folder are read in PETRARCH's format (the
dictionaries-format document of PETRARCH). CAMEO codes become coder's codes through
dictionaries/petrarch.tsv: the country part (CAMEO's few odd country codes, IGOUNO → UNO) and
the first segment that names a PLOVER sector (CAMEO MED, media, is PLOVER JRN; HLH, health, is
PLOVER MED). What cannot be converted is skipped and counted, never silently dropped.

Matching differs in two ways, both documented in dictionaries/README.md: PETRARCH's upper-case
phrases become capitalised names ("HAMID_KARZAI" → "Hamid Karzai", which coder also matches in
an all-capitals headline), and a blank inside an agent phrase asks for consecutive words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from coder.types import NON_STATE_COUNTRIES, ActorEntry, AgentEntry, Role
from coder.words import plural

SMALL_WORDS = frozenset({
    "of", "the", "and", "for", "de", "del", "della", "la", "le", "les", "du", "des", "von", "van",
    "der", "den", "in", "on", "at", "to", "bin", "da", "do", "dos", "das", "e", "y",
})
CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
RESTRICTION = re.compile(r"^(?P<code>[A-Z~]+)(?:\s+(?P<range>\S+))?$")
SUBSTITUTION = re.compile(r"^(?P<name>![A-Z]+!)\s*=\s*(?P<items>.+)$")
PLURAL_BLOCK = re.compile(r"\{([^}]*)\}")


@dataclass(frozen=True)
class CodeMap:
    """CAMEO → coder code conversion, read from dictionaries/petrarch.tsv."""

    countries: dict[str, str]  # CAMEO country prefix (3 or 6 letters) → coder country
    sectors: dict[str, str]
    religions: dict[str, str]
    known_countries: frozenset[str]

    def actor_code(self, cameo: str) -> tuple[str | None, str]:
        """(coder code, reason if None) for a CAMEO actor code such as AFGGOV or IGOUNOKID."""
        segments = [cameo[i:i + 3] for i in range(0, len(cameo), 3)]
        if not segments or len(segments[-1]) != 3:
            return None, "code is not made of 3-letter segments"
        country: str | None = None
        used = 0
        for width in (2, 1):
            prefix = "".join(segments[:width])
            if len(segments) >= width and prefix in self.countries:
                country, used = self.countries[prefix], width
                break
        if country is None and segments[0] in self.known_countries:
            country, used = segments[0], 1
        if country is None:
            return None, f"unknown country code {segments[0]}"
        for segment in segments[used:]:
            if segment in self.sectors:
                return country + self.sectors[segment], ""
        return country, ""

    def agent_sector(self, cameo: str) -> str | None:
        segments = [cameo[i:i + 3] for i in range(0, len(cameo), 3)]
        for segment in segments:
            if segment in self.sectors:
                return self.sectors[segment]
            if segment in self.religions:
                return self.religions[segment]
        return None


def read_code_map(rows: list[tuple[str, str, str]], known_countries: frozenset[str]) -> CodeMap:
    tables: dict[str, dict[str, str]] = {"country": {}, "sector": {}, "religion": {}}
    for kind, cameo, coder in rows:
        tables[kind][cameo] = coder
    return CodeMap(tables["country"], tables["sector"], tables["religion"],
                   known_countries | NON_STATE_COUNTRIES)


@dataclass
class ImportReport:
    """What one PETRARCH file gave, and what it could not give (reason → count, first place)."""

    path: str
    entries: int = 0
    aliases: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    first: dict[str, str] = field(default_factory=dict)

    def skip(self, where: str, reason: str) -> None:
        self.skipped[reason] += 1
        self.first.setdefault(reason, where)

    def summary(self) -> list[str]:
        lines = [f"{self.path}: {self.entries:,} entries, {self.aliases:,} phrases (PETRARCH format)"]
        for reason, count in self.skipped.most_common():
            lines.append(f"    skipped {count:,}: {reason} (first at {self.first[reason]})")
        return lines


def _strip_comment(line: str) -> str:
    return re.split(r"[#;]", line, maxsplit=1)[0].rstrip()


def name_from_phrase(phrase: str) -> str:
    """PETRARCH's "HAMID_KARZAI_" → "Hamid Karzai"; parenthesised abbreviations are dropped."""
    phrase = re.sub(r"\([^)]*\)", " ", phrase)
    words = [w for w in re.split(r"[_\s]+", phrase) if w]
    out = []
    for n, word in enumerate(words):
        if n > 0 and word.lower() in SMALL_WORDS:
            out.append(word.lower())
            continue
        parts = word.split("-")
        out.append("-".join(
            p.lower() if k > 0 and len(p) <= 2 else p[:1].upper() + p[1:].lower()
            for k, p in enumerate(parts)
        ))
    return " ".join(out)


def parse_petrarch_date(text: str) -> dt.date | None:
    """YYYYMMDD, or YYMMDD with years below 30 in the 2000s (PETRARCH's short form)."""
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year < 30 else 1900 + year}{text[2:]}"
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def _restriction(block: str, where: str, codes: CodeMap, report: ImportReport) -> Role | None:
    block = re.sub(r"([<>])\s+", r"\1", block.strip())
    if block.strip("-") == "":
        report.skip(where, "null code [---]")
        return None
    match = RESTRICTION.match(block)
    if not match:
        report.skip(where, "unreadable code block")
        return None
    code, reason = codes.actor_code(match["code"])
    if code is None:
        report.skip(where, reason)
        return None
    span = match["range"]
    if not span:
        return Role(code)
    if span[0] in "<>":
        day = parse_petrarch_date(span[1:])
        if day is None:
            report.skip(where, "bad date in restriction")
            return None
        return Role(code, None, day) if span[0] == "<" else Role(code, day, None)
    start_text, sep, end_text = span.partition("-")
    start, end = parse_petrarch_date(start_text), parse_petrarch_date(end_text)
    if not sep or start is None or end is None:
        report.skip(where, "bad date in restriction")
        return None
    return Role(code, start, end)


def _kind(name: str, roles: tuple[Role, ...]) -> str:
    countries = {r.code[:3] for r in roles}
    if countries <= NON_STATE_COUNTRIES:
        return "igo" if countries & {"IGO", "UNO", "EUR", "NGO"} else "group"
    if any(r.start or r.end for r in roles) and " " in name:
        return "person"
    if all(len(r.code) == 3 for r in roles):
        return "country"
    return "group"


@dataclass
class _Pending:
    aliases: list[str]
    roles: list[Role]
    where: str
    skips_before: int


def read_actor_file(path: Path, label: str, codes: CodeMap) -> tuple[list[ActorEntry], ImportReport]:
    """Entries of one PETRARCH .actors file. `label` names the file in messages."""
    report = ImportReport(label)
    entries: list[ActorEntry] = []
    current: _Pending | None = None

    def finish() -> None:
        if current is None:
            return
        roles, aliases, where = tuple(current.roles), tuple(dict.fromkeys(current.aliases)), current.where
        if not roles:
            if report.skipped.total() == current.skips_before:  # not already counted for a code
                report.skip(where, "entry has no code it can use")
            return
        if not aliases:
            report.skip(where, "no phrase left to match")
            return
        name, kind = aliases[0], _kind(aliases[0], roles)
        entries.append(ActorEntry(name=name, kind=kind, roles=roles, aliases=aliases, source=where,
                                  surname=name.split()[-1] if kind == "person" else None))
        report.entries += 1
        report.aliases += len(aliases)

    text = path.read_text(encoding="utf-8", errors="replace")
    for number, raw in enumerate(text.splitlines(), start=1):
        where = f"{label}:{number}"
        line = _strip_comment(raw)
        if not line.strip() or line.lstrip().startswith("<"):
            continue
        blocks = CODE_BLOCK.findall(line)
        phrase = CODE_BLOCK.sub(" ", line).strip()
        if raw[:1].isspace() and not phrase:
            if current is None:
                report.skip(where, "date restriction with no entry above it")
                continue
            for block in blocks:
                role = _restriction(block, where, codes, report)
                if role is not None:
                    current.roles.append(role)
            continue
        if phrase.startswith("+"):
            if current is None:
                report.skip(where, "synonym with no entry above it")
                continue
            alias = name_from_phrase(phrase[1:])
            if alias:
                current.aliases.append(alias)
            continue
        finish()
        current = _Pending([a for a in [name_from_phrase(phrase)] if a], [], where, report.skipped.total())
        for block in blocks:
            role = _restriction(block, where, codes, report)
            if role is not None:
                current.roles.append(role)
    finish()
    return entries, report


def read_agent_file(path: Path, label: str, codes: CodeMap) -> tuple[list[AgentEntry], ImportReport]:
    """Agent phrases of one PETRARCH .agents file, plurals included."""
    report = ImportReport(label)
    substitutions: dict[str, list[str]] = {}
    agents: list[AgentEntry] = []
    text = path.read_text(encoding="utf-8", errors="replace")
    for number, raw in enumerate(text.splitlines(), start=1):
        where = f"{label}:{number}"
        line = _strip_comment(raw).strip()
        if not line or line.startswith("<"):
            continue
        sub = SUBSTITUTION.match(line)
        if sub:
            substitutions[sub["name"]] = [i.strip() for i in sub["items"].split(",") if i.strip()]
            continue
        blocks = CODE_BLOCK.findall(line)
        if len(blocks) != 1:
            report.skip(where, "agent line without one [code]")
            continue
        code = blocks[0].strip()
        if not code.startswith("~"):
            report.skip(where, "prefix code (XXX~): coder's agents carry a sector only")
            continue
        sector = codes.agent_sector(code[1:])
        if sector is None:
            report.skip(where, "code names no PLOVER sector")
            continue
        rest = CODE_BLOCK.sub(" ", line)
        plural_match = PLURAL_BLOCK.search(rest)
        phrase = PLURAL_BLOCK.sub(" ", rest).strip()
        forms = _expand(phrase, substitutions)
        plurals: list[str] | None = None
        if plural_match is not None:
            plurals = _expand(plural_match[1].strip(), substitutions) if plural_match[1].strip() else []
        for form in forms:
            agents.append(AgentEntry(form, sector, where))
        report.entries += 1
        report.aliases += len(forms)
        for form in plurals if plurals is not None else [plural(f) for f in forms]:
            agents.append(AgentEntry(form, sector, where))
    return agents, report


def _expand(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    forms = [phrase]
    for marker, items in substitutions.items():
        forms = [f.replace(marker, item) for f in forms for item in items] if any(
            marker in f for f in forms) else forms
    return [" ".join(w for w in re.split(r"[_\s]+", f.lower()) if w) for f in forms if f.strip("_ ")]
