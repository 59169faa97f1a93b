"""What a loaded Lexicon covers: entries per file, kind, sector, country, CAMEO code and PLOVER
type, and the CAMEO codes with a PLOVER type that no pattern can produce.

`coder dictionaries check` prints it; `--json` gives the same figures to other tools.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from coder.lexicon import Lexicon
from coder.types import PLOVER_TYPES


@dataclass(frozen=True)
class Coverage:
    files: Counter[str]  # file → entries (actors, agent phrases, patterns, places)
    kinds: Counter[str]  # actor kind → entries
    sectors: Counter[str]  # sector → actor entries with a role in it + agent phrases
    countries: Counter[str]  # country code → actor entries with a role in it
    codes: Counter[str]  # CAMEO code → verb patterns + noun triggers
    types: Counter[str]  # PLOVER type → verb patterns + noun triggers
    verb_patterns: int
    verb_lemmas: int
    noun_triggers: int
    agents: int
    uncovered: tuple[str, ...]  # event codes (3-4 digits) with a PLOVER type and no pattern at all

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": dict(self.files), "kinds": dict(self.kinds), "sectors": dict(self.sectors),
            "countries": dict(self.countries), "cameo_codes": dict(self.codes),
            "plover_types": dict(self.types), "verb_patterns": self.verb_patterns,
            "verb_lemmas": self.verb_lemmas, "noun_triggers": self.noun_triggers,
            "agent_phrases": self.agents, "codes_without_pattern": list(self.uncovered),
        }


def _file(source: str) -> str:
    return source.rsplit(":", 1)[0]


def coverage(lexicon: Lexicon) -> Coverage:
    files: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    sectors: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    for entry in lexicon.actors:
        files[_file(entry.source)] += 1
        kinds[entry.kind] += 1
        for country in {r.code[:3] for r in entry.roles}:
            countries[country] += 1
        for sector in {r.code[3:] for r in entry.roles if len(r.code) > 3}:
            sectors[sector] += 1
    for agent in lexicon.agents:
        files[_file(agent.source)] += 1
        sectors[agent.sector] += 1
    codes: Counter[str] = Counter()
    types: Counter[str] = Counter()
    patterns = [p for table in (lexicon.verb_patterns, lexicon.noun_patterns)
                for group in table.values() for p in group]
    for pattern in patterns:
        files[_file(pattern.source)] += 1
        codes[pattern.code] += 1
        ptype = lexicon.cameo[pattern.code].plover_type
        if ptype:
            types[ptype] += 1
    for place in lexicon.places:
        files[_file(place.source)] += 1
    uncovered = tuple(sorted(c for c, row in lexicon.cameo.items()
                             if row.plover_type and len(c) > 2 and c not in codes))  # 2 digits: root rows
    return Coverage(
        files=files, kinds=kinds, sectors=sectors, countries=countries, codes=codes, types=types,
        verb_patterns=sum(map(len, lexicon.verb_patterns.values())),
        verb_lemmas=len(lexicon.verb_patterns),
        noun_triggers=sum(map(len, lexicon.noun_patterns.values())),
        agents=len(lexicon.agents), uncovered=uncovered,
    )


def _columns(items: list[str], width: int = 100) -> list[str]:
    """Pack short cells into lines of at most `width` characters."""
    lines: list[str] = []
    line = "   "
    for item in items:
        if len(line) + len(item) + 2 > width:
            lines.append(line)
            line = "   "
        line += "  " + item
    if line.strip():
        lines.append(line)
    return lines


def render(cov: Coverage, lexicon: Lexicon) -> list[str]:
    out = ["entries per file:"]
    out += [f"    {name}: {n:,}" for name, n in sorted(cov.files.items())]
    out.append("actors per kind: " + ", ".join(f"{k} {n:,}" for k, n in sorted(cov.kinds.items())))
    out.append(f"agents: {cov.agents:,} phrases (with plurals)")
    out.append(f"verb patterns: {cov.verb_patterns:,} on {cov.verb_lemmas:,} lemmas; "
               f"noun triggers: {cov.noun_triggers:,}")
    out.append("actor entries and agent phrases per sector:")
    out += _columns([f"{s} {n:,}" for s, n in sorted(cov.sectors.items())])
    out.append(f"actor entries per country ({len(cov.countries)} countries):")
    out += _columns([f"{c} {n:,}" for c, n in sorted(cov.countries.items())])
    out.append("patterns per PLOVER type:")
    out += _columns([f"{t} {cov.types.get(t, 0):,}" for t in PLOVER_TYPES])
    out.append(f"patterns per CAMEO code ({len(cov.codes)} codes):")
    out += _columns([f"{c} {n:,}" for c, n in sorted(cov.codes.items())])
    if cov.uncovered:
        out.append(f"CAMEO codes with a PLOVER type and no pattern ({len(cov.uncovered)}):")
        out += [f"    {c} {lexicon.cameo[c].name} ({lexicon.cameo[c].plover_type})" for c in cov.uncovered]
    else:
        out.append("every CAMEO code with a PLOVER type has at least one pattern")
    return out
