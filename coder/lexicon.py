"""Load and validate the plain-text dictionaries (format: dictionaries/README.md).

Every file is parsed into typed entries; every problem is collected with file:line and a
hint, and one DictionaryError lists them all. Nothing here needs spaCy.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path

from coder.errors import DictionaryError, UsageError
from coder.paths import data_dir
from coder.petrarch import CodeMap, ImportReport, read_actor_file, read_agent_file, read_code_map
from coder.types import (
    NON_STATE_COUNTRIES,
    PLOVER_TYPES,
    SECTORS,
    ActorEntry,
    AgentEntry,
    CameoCode,
    Pattern,
    Place,
    Recipient,
    Role,
    Words,
)
from coder.words import plural

ACTOR_KINDS = frozenset({"country", "metonym", "igo", "group", "person", "region"})
ACTOR_LINE = re.compile(r"^(?P<name>[^\[\]:]+?)\s*\[(?P<roles>[^\]]*)\]\s*:\s*(?P<aliases>.*)$")
ROLE_TEXT = re.compile(r"^(?P<code>[A-Z]{3}(?:[A-Z]{3})?)(?:\s+(?P<start>[\d-]*)\.\.(?P<end>[\d-]*))?$")
CODE_TEXT = re.compile(r"^\d{2,4}$")
SURNAME_NOTE = re.compile(r"surname:\s*(?P<surname>[^#;]+)")
FLAG_WORDS = frozenset({"neg", "recip", "future"})
KNOWN_KEYS = frozenset({"obj", "xcomp", "pred", "prt", "tgt"})
TGT_SLOTS = frozenset({"dobj", "dative", "ccomp", "poss", "xcomp"})


@dataclass(frozen=True)
class Lexicon:
    """Everything the coder knows, loaded from one dictionaries folder."""

    root: Path
    version: str
    actors: tuple[ActorEntry, ...]
    agents: tuple[AgentEntry, ...]
    verb_patterns: dict[str, tuple[Pattern, ...]]
    noun_patterns: dict[str, tuple[Pattern, ...]]
    support_verbs: frozenset[str]
    cameo: dict[str, CameoCode]
    plover_intensity: dict[tuple[str, str | None], float]
    places: tuple[Place, ...]
    words: Words  # the engine's word lists (words.txt)
    recipients: dict[str, Recipient] = field(default_factory=dict)  # PLOVER type or CAMEO family → recipient
    files: tuple[str, ...] = field(default=())
    parts: dict[str, str] = field(default_factory=dict)  # part → folder it was read from
    imports: tuple[ImportReport, ...] = field(default=())  # PETRARCH-format files read

    def intensity(self, plover_type: str, mode: str | None) -> float | None:
        found = self.plover_intensity.get((plover_type, mode))
        return found if found is not None else self.plover_intensity.get((plover_type, None))


class Problems:
    """Collects file:line problems so that all of them are reported at once."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, message: str, hint: str = "") -> None:
        self.items.append(f"{where}: {message}" + (f" (hint: {hint})" if hint else ""))

    def raise_if_any(self) -> None:
        if self.items:
            raise DictionaryError(self.items)


PART_FILES = {
    "actors": ("actors/*.txt", "*.actors.txt"),
    "agents": ("agents.txt", "*.agents.txt"),
    "verbs": ("verbs*.txt",),
    "nouns": ("nouns*.txt",),
    "cameo": ("cameo.tsv",),
    "plover": ("plover.tsv",),
    "places": ("places.tsv",),
    "recipients": ("recipients.tsv",),
    "petrarch": ("petrarch.tsv",),
    "words": ("words.txt",),
}


def part_roots(path: Path | None) -> dict[str, Path]:
    """Which folder each part of the dictionaries comes from.

    A user's folder gives every part it has files for (PETRARCH `*.actors.txt` and
    `*.agents.txt` count for actors and agents); the parts it lacks come from the shipped
    dictionaries, so a folder holding only Phoenix actor files codes with coder's verbs.
    """
    shipped = data_dir("dictionaries")
    if path is None:
        return dict.fromkeys(PART_FILES, shipped)
    root = Path(path)
    if not root.is_dir():
        raise UsageError(f"dictionary folder not found: {root}")
    roots = {part: root if any(any(root.glob(g)) for g in globs) else shipped
             for part, globs in PART_FILES.items()}
    if all(r == shipped for r in roots.values()) and root.resolve() != shipped.resolve():
        raise UsageError(
            f"no dictionary files in {root}: expected coder's files (actors/*.txt, agents.txt, "
            "verbs*.txt, nouns*.txt, cameo.tsv, ...) or PETRARCH's *.actors.txt / *.agents.txt"
        )
    return roots


def load_dictionaries(path: Path | None = None) -> Lexicon:
    """Load a dictionaries folder (default: the one shipped with coder), validating every file."""
    roots = part_roots(path)
    root = Path(path) if path is not None else roots["actors"]
    problems = Problems()
    cameo = _load_cameo(roots["cameo"] / "cameo.tsv", problems)
    intensity = _load_plover(roots["plover"] / "plover.tsv", problems)
    actors = _load_actor_files(roots["actors"], problems)
    known = country_codes(actors) or country_codes(_load_actor_files(data_dir("dictionaries"), Problems()))
    codes = read_code_map(_load_code_map(roots["petrarch"] / "petrarch.tsv", problems), known)
    imported_actors, reports = _import_actor_files(roots["actors"], codes)
    agents, agent_reports = _load_agents(roots["agents"], codes, problems)
    verbs, nouns, support = _load_pattern_files(roots["verbs"], roots["nouns"], cameo, problems)
    places = _load_places(roots["places"] / "places.tsv", problems)
    recipients = _load_recipients(roots["recipients"] / "recipients.tsv", problems)
    words = _load_words(roots["words"] / "words.txt", problems)
    _check_countries(actors, places, problems, known)
    problems.raise_if_any()
    used = sorted({(f, f.relative_to(r)) for part, r in roots.items() for g in PART_FILES[part]
                   for f in r.glob(g)})
    return Lexicon(
        root=root,
        version=_version([f for f, _ in used]),
        actors=actors + imported_actors,
        agents=agents,
        verb_patterns=verbs,
        noun_patterns=nouns,
        support_verbs=support,
        cameo=cameo,
        plover_intensity=intensity,
        places=places,
        words=words,
        recipients=recipients,
        files=tuple(str(rel) for _, rel in used),
        parts={part: str(r) for part, r in roots.items()},
        imports=tuple(reports + agent_reports),
    )


def country_codes(actors: tuple[ActorEntry, ...]) -> frozenset[str]:
    """The states the country entries name (their roles' first three letters)."""
    return frozenset(r.code[:3] for e in actors if e.kind == "country" for r in e.roles)


def _import_actor_files(root: Path, codes: CodeMap) -> tuple[tuple[ActorEntry, ...], list[ImportReport]]:
    entries: list[ActorEntry] = []
    reports = []
    for path in sorted(root.glob("*.actors.txt")):
        found, report = read_actor_file(path, path.name, codes)
        entries.extend(found)
        reports.append(report)
    return tuple(entries), reports


def _load_code_map(path: Path, problems: Problems) -> list[tuple[str, str, str]]:
    rows = []
    for where, row in _tsv(path, ["kind", "cameo", "coder", "note"], problems):
        if row["kind"] not in {"country", "sector", "religion"}:
            problems.add(where, f"unknown kind {row['kind']!r}", "country, sector or religion")
            continue
        if row["kind"] != "country" and row["coder"] not in SECTORS:
            problems.add(where, f"unknown sector {row['coder']!r}")
            continue
        rows.append((row["kind"], row["cameo"], row["coder"]))
    return rows


def _check_countries(actors: tuple[ActorEntry, ...], places: tuple[Place, ...],
                     problems: Problems, states: frozenset[str]) -> None:
    """Every country code used must be a state of the country files or a PLOVER non-state code."""
    known = states | NON_STATE_COUNTRIES
    if len(known) == len(NON_STATE_COUNTRIES):
        return  # no country file: nothing to check against
    for entry in actors:
        for role in entry.roles:
            if role.code[:3] not in known:
                problems.add(entry.source, f"unknown country code {role.code[:3]!r} in {role.code!r}",
                             "use the ISO 3166-1 alpha-3 code of a state in actors/countries.txt")
    for place in places:
        if place.country not in known:
            problems.add(place.source, f"unknown country code {place.country!r} for {place.name!r}",
                         "a dependency takes the code of the state that controls it")


def _version(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for p in files:
        digest.update(p.name.encode())
        digest.update(p.read_bytes())
    return digest.hexdigest()[:12]


def _lines(path: Path, problems: Problems) -> Iterator[tuple[int, str, str]]:
    """Yield (line number, content without comment, comment) for non-blank lines."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        problems.add(str(path), f"not valid UTF-8 ({e.reason} at byte {e.start})")
        return
    for number, raw in enumerate(text.splitlines(), start=1):
        content, _, comment = raw.partition("#")
        if content.strip():
            yield number, content.rstrip(), comment


def _parse_date(text: str, where: str, problems: Problems) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        problems.add(where, f"bad date {text!r}", "dates are YYYY-MM-DD and must exist")
        return None


def check_code(code: str, where: str, problems: Problems) -> bool:
    country, sector = code[:3], code[3:]
    ok = True
    if not re.fullmatch(r"[A-Z]{3}", country):
        problems.add(where, f"bad country code in {code!r}", "3 upper-case letters, e.g. PAK")
        ok = False
    if sector and sector not in SECTORS:
        problems.add(where, f"unknown sector {sector!r} in {code!r}",
                     "one of " + " ".join(sorted(SECTORS)))
        ok = False
    return ok


def parse_roles(text: str, where: str, problems: Problems) -> tuple[Role, ...]:
    roles: list[Role] = []
    for part in (p.strip() for p in text.split(";")):
        match = ROLE_TEXT.match(part)
        if not match:
            problems.add(where, f"bad role {part!r}", "CODE or CODE YYYY-MM-DD..YYYY-MM-DD")
            continue
        if not check_code(match["code"], where, problems):
            continue
        start = _parse_date(match["start"] or "", where, problems)
        end = _parse_date(match["end"] or "", where, problems)
        if start and end and end < start:
            problems.add(where, f"role {part!r} ends before it starts")
        roles.append(Role(match["code"], start, end))
    dated = sorted((r for r in roles if r.start or r.end), key=lambda r: r.start or dt.date.min)
    for a, b in zip(dated, dated[1:], strict=False):
        if a.end is None or (b.start is not None and b.start <= a.end):
            problems.add(where, f"roles {a.code} and {b.code} overlap in time",
                         "end one range the day before the next starts")
    if not roles:
        problems.add(where, "entry has no role")
    return tuple(roles)


def _load_actor_files(root: Path, problems: Problems) -> tuple[ActorEntry, ...]:
    entries: list[ActorEntry] = []
    seen: dict[str, str] = {}
    for path in sorted((root / "actors").glob("*.txt")):
        for entry in _parse_actor_file(path, root, problems):
            for alias in entry.aliases:
                first = seen.setdefault(alias, entry.source)
                if first != entry.source:
                    problems.add(entry.source, f"alias {alias!r} is already given at {first}",
                                 "keep one home for every alias")
            entries.append(entry)
    return tuple(entries)


def _parse_actor_file(path: Path, root: Path, problems: Problems) -> list[ActorEntry]:
    rel = path.relative_to(root)
    kind: str | None = None
    raw: list[tuple[str, str, list[str], str, str | None]] = []
    for number, content, comment in _lines(path, problems):
        where = f"{rel}:{number}"
        if content.startswith("@kind"):
            kind = content.split(None, 1)[1].strip() if " " in content else ""
            if kind not in ACTOR_KINDS:
                problems.add(where, f"unknown kind {kind!r}", "one of " + ", ".join(sorted(ACTOR_KINDS)))
            continue
        if content[0].isspace():
            if not raw:
                problems.add(where, "continuation line with no entry above it")
            else:
                raw[-1][2].extend(_split_aliases(content))
            continue
        match = ACTOR_LINE.match(content)
        if not match:
            problems.add(where, f"cannot read {content.strip()!r}", "Name [CODE]: alias; alias")
            continue
        surname = SURNAME_NOTE.search(comment)
        raw.append((match["name"].strip(), match["roles"], _split_aliases(match["aliases"]), where,
                    surname["surname"].strip() if surname else None))
    if kind is None:
        problems.add(f"{rel}:1", "missing @kind line", "start the file with e.g. `@kind country`")
        return []
    return [_actor_entry(kind, *item, problems=problems) for item in raw]


def _actor_entry(kind: str, name: str, roles_text: str, aliases: list[str], where: str,
                 surname: str | None, *, problems: Problems) -> ActorEntry:
    if kind == "region":  # names that hold a country's name but are no actor: "Latin America"
        if roles_text.strip():
            problems.add(where, f"region {name!r} has a code", "a region is written `Name []: aliases`")
        return ActorEntry(name=name, kind=kind, roles=(), aliases=tuple(aliases), source=where)
    roles = parse_roles(roles_text, where, problems)
    if not aliases:
        problems.add(where, f"{name!r} has no alias", "list the names to match after the colon")
    if kind == "person" and surname is None and aliases:
        surname = aliases[0].split()[-1]
    if surname is not None and surname.lower() == "none":
        surname = None  # `# surname: none`: the last word is not a surname to use alone
    return ActorEntry(name=name, kind=kind, roles=roles, aliases=tuple(aliases), source=where,
                      surname=surname)


def _split_aliases(text: str) -> list[str]:
    return [a.strip() for a in text.split(";") if a.strip()]


def _load_agents(root: Path, codes: CodeMap, problems: Problems
                 ) -> tuple[tuple[AgentEntry, ...], list[ImportReport]]:
    """coder's agents.txt, then PETRARCH *.agents.txt files (a phrase's first reading wins)."""
    entries: dict[str, AgentEntry] = {}
    path = root / "agents.txt"
    if path.exists():
        entries.update(_read_agents(path, problems))
    reports = []
    for other in sorted(root.glob("*.agents.txt")):
        found, report = read_agent_file(other, other.name, codes)
        for agent in found:
            entries.setdefault(agent.phrase, agent)
        reports.append(report)
    return tuple(entries.values()), reports


def _read_agents(path: Path, problems: Problems) -> dict[str, AgentEntry]:
    entries: dict[str, AgentEntry] = {}
    explicit: dict[str, str] = {}
    sector = None
    for number, content, _ in _lines(path, problems):
        where = f"{path.name}:{number}"
        if not content[0].isspace():
            sector, sep, content = content.partition(":")
            sector = sector.strip()
            if not sep or sector not in SECTORS:
                problems.add(where, f"bad agent line start {sector!r}", "SECTOR: phrase; phrase")
                sector = None
                continue
        if sector is None:
            continue
        for phrase in _split_aliases(content):
            if phrase != phrase.lower():
                problems.add(where, f"agent phrase {phrase!r} is not lower case")
            if phrase in explicit:
                problems.add(where, f"agent {phrase!r} already given at {explicit[phrase]}")
                continue
            explicit[phrase] = where
            entries[phrase] = AgentEntry(phrase, sector, where)
            entries.setdefault(plural(phrase), AgentEntry(plural(phrase), sector, where))
    return entries


def _load_cameo(path: Path, problems: Problems) -> dict[str, CameoCode]:
    table: dict[str, CameoCode] = {}
    for where, row in _tsv(path, ["code", "name", "goldstein", "plover_type", "plover_mode", "notes"],
                           problems):
        code = row["code"]
        if not CODE_TEXT.match(code):
            problems.add(where, f"bad CAMEO code {code!r}", "2 to 4 digits")
            continue
        try:
            goldstein = float(row["goldstein"])
        except ValueError:
            problems.add(where, f"Goldstein score {row['goldstein']!r} is not a number")
            continue
        ptype = row["plover_type"] or None
        if ptype is not None and ptype not in PLOVER_TYPES:
            problems.add(where, f"unknown PLOVER type {ptype!r}", "one of " + " ".join(PLOVER_TYPES))
        if code in table:
            problems.add(where, f"CAMEO code {code} given twice")
        table[code] = CameoCode(code, row["name"], goldstein, ptype, row["plover_mode"] or None)
    return table


def _load_plover(path: Path, problems: Problems) -> dict[tuple[str, str | None], float]:
    table: dict[tuple[str, str | None], float] = {}
    for where, row in _tsv(path, ["type", "mode", "intensity"], problems):
        if row["type"] not in PLOVER_TYPES:
            problems.add(where, f"unknown PLOVER type {row['type']!r}")
            continue
        try:
            table[(row["type"], row["mode"] or None)] = float(row["intensity"])
        except ValueError:
            problems.add(where, f"intensity {row['intensity']!r} is not a number")
    return table


def _load_recipients(path: Path, problems: Problems) -> dict[str, Recipient]:
    """recipients.tsv: type (a PLOVER type, or a CAMEO code family that overrides its type's row),
    domestic sector, steps ("place", "source", "source:REB|CRM")."""
    table: dict[str, Recipient] = {}
    for where, row in _tsv(path, ["type", "domestic", "from", "note"], problems):
        ptype, domestic = row["type"], row["domestic"]
        if ptype not in PLOVER_TYPES and not (ptype.isdigit() and 2 <= len(ptype) <= 4):
            problems.add(where, f"unknown PLOVER type {ptype!r}",
                         "one of " + " ".join(PLOVER_TYPES) + ", or a CAMEO code family such as 0813")
            continue
        if ptype in table:
            problems.add(where, f"{ptype} given twice", f"first at {table[ptype].where}")
            continue
        if domestic not in SECTORS:
            problems.add(where, f"unknown sector {domestic!r}", "one of " + " ".join(sorted(SECTORS)))
            continue
        steps: list[tuple[str, frozenset[str] | None]] = []
        for step in row["from"].split():
            name, _, only = step.partition(":")
            sectors = frozenset(only.split("|")) if only else None
            if name not in {"place", "source"} or (sectors is not None and (
                    name != "source" or not sectors <= SECTORS)):
                problems.add(where, f"unknown step {step!r}",
                             "place, source, or source:SECTOR|SECTOR with PLOVER sector codes")
                continue
            steps.append((name, sectors))
        if not steps:
            problems.add(where, "no steps in the from column", "place and/or source")
            continue
        table[ptype] = Recipient(ptype, domestic, tuple(steps), where)
    return table


def _load_words(path: Path, problems: Problems) -> Words:
    """words.txt: `list_name: word; word; ...`, every list of Words once, each word once in its
    list, lower case and one token; a line that starts with whitespace continues the list."""
    names = [f.name for f in fields(Words)]
    lists: dict[str, dict[str, str]] = {}  # list → word → where
    given: dict[str, str] = {}  # list → where
    if not path.exists():
        problems.add(path.name, "file is missing")
        return Words(**dict.fromkeys(names, frozenset()))
    name: str | None = None
    end = f"{path.name}:1"  # where a missing list is reported: the end of the file
    for number, content, _ in _lines(path, problems):
        where = end = f"{path.name}:{number}"
        if content[0].isspace():
            if not given:
                problems.add(where, "continuation line with no list above it")
        else:
            name, sep, content = content.partition(":")
            name = name.strip()
            if not sep or name not in names:
                close = difflib.get_close_matches(name, names, n=1)
                problems.add(where, f"unknown list {name!r}" if sep else f"cannot read {name!r}",
                             f"did you mean {close[0]!r}?" if close and sep else "list_name: word; word")
                name = None
                continue
            if name in given:
                problems.add(where, f"list {name!r} already given at {given[name]}",
                             "give each list once; indent a line to continue it")
                name = None
                continue
            given[name] = where
            lists[name] = {}
        if name is None:
            continue
        pieces = [w.strip() for w in content.split(";")]
        if len(pieces) > 1 and not pieces[-1]:
            pieces.pop()  # a line may end with ";" before the list continues
        for word in pieces:
            if not word:
                if content.strip():
                    problems.add(where, f"empty word in list {name!r}", "nothing between two ';'")
            elif word != word.lower():
                problems.add(where, f"word {word!r} is not lower case", "rules compare lower-case words")
            elif len(word.split()) > 1:
                problems.add(where, f"{word!r} is more than one word", "rules compare one token at a time")
            elif word in lists[name]:
                problems.add(where, f"{word!r} already given in {name!r} at {lists[name][word]}")
            else:
                lists[name][word] = where
    for missing in (n for n in names if n not in given):
        problems.add(end, f"list {missing!r} is missing", f"add a line `{missing}: word; word`")
    return Words(**{n: frozenset(lists.get(n, ())) for n in names})


def _load_places(path: Path, problems: Problems) -> tuple[Place, ...]:
    places = []
    for where, row in _tsv(path, ["name", "country", "latitude", "longitude", "kind"], problems):
        try:
            lat, lon = float(row["latitude"]), float(row["longitude"])
        except ValueError:
            problems.add(where, "latitude and longitude must be numbers")
            continue
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            problems.add(where, f"coordinates out of range: {lat}, {lon}")
            continue
        if check_code(row["country"], where, problems):
            places.append(Place(row["name"], row["country"], lat, lon, row["kind"], where))
    return tuple(places)


def _tsv(path: Path, columns: list[str], problems: Problems) -> Iterator[tuple[str, dict[str, str]]]:
    if not path.exists():
        problems.add(path.name, "file is missing")
        return
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header != columns:
            problems.add(f"{path.name}:1", f"header is {header}, expected {columns}")
            return
        for number, cells in enumerate(reader, start=2):
            if not cells or cells[0].startswith("#"):
                continue
            if len(cells) != len(columns):
                problems.add(f"{path.name}:{number}", f"{len(cells)} fields, expected {len(columns)}")
                continue
            yield f"{path.name}:{number}", {k: v.strip() for k, v in zip(columns, cells, strict=True)}


def _load_pattern_files(
    verb_root: Path, noun_root: Path, cameo: dict[str, CameoCode], problems: Problems
) -> tuple[dict[str, tuple[Pattern, ...]], dict[str, tuple[Pattern, ...]], frozenset[str]]:
    verbs: dict[str, list[Pattern]] = {}
    nouns: dict[str, list[Pattern]] = {}
    support: set[str] = set()
    seen: dict[tuple[str, object], str] = {}
    for kind, root, pattern_glob, table in (("verb", verb_root, "verbs*.txt", verbs),
                                             ("noun", noun_root, "nouns*.txt", nouns)):
        for path in sorted(root.glob(pattern_glob)):
            for number, content, _ in _lines(path, problems):
                where = f"{path.name}:{number}"
                if content.startswith("@support"):
                    support.update(content.split()[1:])
                    continue
                pattern = parse_pattern(content, kind, where, cameo, problems)
                if pattern is None:
                    continue
                key = (kind, _pattern_key(pattern))
                if key in seen:
                    problems.add(where, f"same pattern as {seen[key]}", "delete one of them")
                    continue
                seen[key] = where
                table.setdefault(pattern.lemma, []).append(pattern)
    return (
        {k: tuple(v) for k, v in verbs.items()},
        {k: tuple(v) for k, v in nouns.items()},
        frozenset(support),
    )


def _pattern_key(p: Pattern) -> object:
    return (p.words, p.obj, p.xcomp, p.pred, p.prt, p.preps, p.neg)


def parse_pattern(content: str, kind: str, where: str, cameo: dict[str, CameoCode],
                  problems: Problems) -> Pattern | None:
    fields = content.split()
    if len(fields) < 2:
        problems.add(where, f"cannot read {content.strip()!r}", "CODE lemma [conditions]")
        return None
    code, rest = fields[0], fields[1:]
    if code not in cameo:
        problems.add(where, f"unknown CAMEO code {code!r}", "codes come from cameo.tsv")
        return None
    words: list[str] = []
    while rest and "=" not in rest[0] and rest[0] not in FLAG_WORDS:
        words.append(rest.pop(0))
    if not words or (kind == "verb" and len(words) > 1):
        problems.add(where, f"bad trigger {' '.join(words)!r}",
                     "a verb pattern has one lemma; conditions are key=value, neg or recip")
        return None
    if any(w != w.lower() for w in words):
        problems.add(where, f"trigger {' '.join(words)!r} must be lower case (a lemma)")
    conditions: dict[str, object] = {"preps": [], "neg": False, "recip": False, "future": False}
    for item in rest:
        _read_condition(item, conditions, where, problems)
    return Pattern(
        code=code, words=tuple(words), kind=kind, source=where,
        obj=conditions.get("obj"),  # type: ignore[arg-type]
        xcomp=conditions.get("xcomp"),  # type: ignore[arg-type]
        pred=conditions.get("pred"),  # type: ignore[arg-type]
        prt=conditions.get("prt"),  # type: ignore[arg-type]
        preps=tuple(conditions["preps"]),  # type: ignore[arg-type]
        neg=bool(conditions["neg"]), recip=bool(conditions["recip"]), future=bool(conditions["future"]),
        tgt=tuple(conditions.get("tgt", ())),  # type: ignore[arg-type]
        src=tuple(conditions.get("src", ())),  # type: ignore[arg-type]
    )


def _read_condition(item: str, conditions: dict[str, object], where: str, problems: Problems) -> None:
    if item in FLAG_WORDS:
        conditions[item] = True
        return
    key, sep, value = item.partition("=")
    if not sep or not value or not re.fullmatch(r"[a-z_]+", key):
        problems.add(where, f"bad condition {item!r}",
                     "obj=, xcomp=, pred=, prt=, tgt=, src=, PREP=, neg, future or recip")
        return
    values = [v for v in value.split("|") if v]
    if key in {"tgt", "src"}:
        bad = [v for v in values if not (v in TGT_SLOTS or re.fullmatch(r"[a-z]+", v))]
        if bad:
            problems.add(where, f"bad {'target' if key == 'tgt' else 'source'} slot(s) {bad}")
        conditions[key] = values
    elif key in KNOWN_KEYS:
        conditions[key] = frozenset(values)
    else:
        conditions["preps"].append((key, None if value == "*" else frozenset(values)))  # type: ignore[attr-defined]
