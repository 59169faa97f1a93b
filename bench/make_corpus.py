"""Build a synthetic news corpus for the speed benchmark (issue 7).

Every sentence comes from the templates below, written for this project, with actors, places
and people drawn from coder's own dictionaries. Most sentences hold no event, as in real news:
markets, sport, weather, background and quotes; about a fifth report a political event.
Sentences are grouped into articles of 6 to 14 sentences with a dateline, one article per
line of a .jsonl file (id, text, date, publisher).

    python bench/make_corpus.py --sentences 20000 --out bench/corpus.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coder.lexicon import load_dictionaries  # noqa: E402

DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
        "on Sunday", "late on Tuesday", "earlier this week", "last week", "overnight"]
ROLES = ["foreign minister", "defence minister", "interior ministry", "army", "police",
         "prime minister", "president", "opposition leaders", "protesters", "government",
         "military", "security forces", "parliament", "central bank", "rebels"]

EVENTS = [
    "{A} accused {B} of {crime} {day}.",
    "{A}'s {role} accused {B} of {crime}, saying the evidence was clear.",
    "{A} and {B} signed an agreement on {topic} {day}.",
    "{A} imposed new sanctions on {B} {day} over its {topic} policy.",
    "{A}'s {role} met {B}'s {role2} in {city} {day} to discuss {topic}.",
    "{A} condemned the attack on {B}'s embassy {day}.",
    "{A} expelled two diplomats from {B} {day}, the foreign ministry said.",
    "{A} threatened to cut diplomatic ties with {B} if the talks failed.",
    "The {role} of {A} urged {B} to release the detained journalists.",
    "{A} sent humanitarian aid to {B} after the floods {day}.",
    "{A} rejected {B}'s proposal for a ceasefire {day}.",
    "Troops from {A} attacked positions held by {B} near the border {day}.",
    "{A} praised {B} for its role in the negotiations.",
    "{A} agreed to resume talks with {B} on {topic} next month.",
    "{A} recalled its ambassador to {B} in protest {day}.",
    "{P} accused {B} of interfering in the election.",
    "{P} visited {city} {day} and met {A}'s {role}.",
    "{A}'s {role} arrested dozens of protesters in {city} {day}.",
    "{A} pledged {n} million dollars in reconstruction aid to {B}.",
    "Police in {city} detained {n} opposition supporters {day}.",
]

NON_EVENTS = [
    "The {currency} fell {x} percent against the dollar {day} as investors awaited inflation data.",
    "Shares in {city} closed {x} percent higher {day}, led by banking and energy stocks.",
    "Brent crude futures were steady at {n} dollars a barrel in early trading {day}.",
    "The benchmark index in {city} rose for a {ordinal} straight session {day}.",
    "Gold prices edged {updown} {day} as bond yields {updown2}.",
    "{team} beat {team2} {g}-{h} in {city} {day} to move top of the table.",
    "{team}'s striker scored twice in the second half of the match in {city}.",
    "The tennis tournament in {city} was delayed by rain for {n} minutes {day}.",
    "{team} will play {team2} in the cup final in {city} next month.",
    "Temperatures in {city} reached {n} degrees {day}, the weather service reported.",
    "Heavy rain is forecast across {country} through the weekend.",
    "{country} has a population of about {n} million people.",
    "The {ordinal} edition of the film festival in {city} opened {day} with {n} premieres.",
    "Tourist arrivals in {country} grew {x} percent in the first quarter.",
    "A new railway line linking {city} and {city2} is due to open in {year}.",
    "The museum in {city} reopened {day} after a {n}-month renovation.",
    "Traffic was heavy on the main roads into {city} ahead of the holiday.",
    '"We expect demand to recover in the second half," a {company} executive said.',
    '"It is too early to tell," an economist in {city} said of the figures.',
    "Inflation in {country} slowed to {x} percent in {month}, official data showed.",
    "The {company} group reported a {x} percent rise in quarterly profit.",
    "Farmers in {country} began the {season} harvest {day}.",
    "The airport in {city} handled {n} thousand passengers last month.",
    "Schools in {city} will reopen {day} after the {season} break.",
    "Analysts expect the central bank of {country} to keep rates at {x} percent.",
    "{P} is expected to attend the summit in {city} later this year.",
    "The bridge over the river in {city} was built in {year}.",
    "More than {n} runners took part in the {city} marathon {day}.",
    "Mobile phone sales in {country} rose {x} percent in {month}.",
    "The talks are scheduled to begin in {city} in {month}.",
]

CRIMES = ["sheltering militants", "meddling in its affairs", "violating the ceasefire",
          "spying on its officials", "smuggling weapons", "funding armed groups"]
TOPICS = ["trade", "energy", "border security", "migration", "fisheries", "water sharing",
          "climate", "customs", "nuclear energy", "visas"]
CURRENCIES = ["rupee", "lira", "peso", "rand", "naira", "won", "real", "ruble", "shilling"]
COMPANIES = ["Northwind", "Bluefield", "Harbor Line", "Crescent", "Silverpeak", "Redstone"]
TEAMS = ["Rovers", "United", "City", "Athletic", "Wanderers", "Rangers", "Albion", "Dynamo"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh"]
SEASONS = ["winter", "spring", "summer", "autumn"]


def vocabulary() -> dict[str, list[str]]:
    lexicon = load_dictionaries()
    by_kind: dict[str, list[str]] = {}
    for entry in lexicon.actors:
        by_kind.setdefault(entry.kind, []).append(entry.name)
    cities = [p.name for p in lexicon.places if " " not in p.name or len(p.name) < 14]
    return {"country": by_kind["country"], "person": by_kind["person"],
            "actor": by_kind["country"] + by_kind["igo"][:60] + by_kind["group"][:60],
            "city": cities}


def fill(template: str, words: dict[str, list[str]], rng: random.Random) -> str:
    pick = rng.choice
    values = {
        "A": pick(words["country"]), "B": pick(words["actor"]), "P": pick(words["person"]),
        "city": pick(words["city"]), "city2": pick(words["city"]),
        "country": pick(words["country"]), "role": pick(ROLES), "role2": pick(ROLES),
        "day": pick(DAYS), "crime": pick(CRIMES), "topic": pick(TOPICS),
        "currency": pick(CURRENCIES), "company": pick(COMPANIES), "team": pick(TEAMS),
        "team2": pick(TEAMS), "month": pick(MONTHS), "ordinal": pick(ORDINALS),
        "season": pick(SEASONS), "updown": pick(["up", "down"]),
        "updown2": pick(["rose", "fell"]), "n": rng.randint(2, 900),
        "x": f"{rng.randint(0, 9)}.{rng.randint(0, 9)}", "g": rng.randint(0, 5),
        "h": rng.randint(0, 4), "year": rng.randint(1890, 2029),
    }
    return template.format(**values)


def sentences(n: int, event_share: float, rng: random.Random) -> list[str]:
    words = vocabulary()
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        template = rng.choice(EVENTS if rng.random() < event_share else NON_EVENTS)
        sentence = fill(template, words, rng)
        if sentence not in seen:
            seen.add(sentence)
            out.append(sentence)
    return out


def articles(lines: list[str], rng: random.Random) -> list[dict[str, str]]:
    cities = vocabulary()["city"]
    out = []
    start = dt.date(2025, 1, 1)
    i = 0
    while i < len(lines):
        size = rng.randint(6, 14)
        body = lines[i:i + size]
        i += size
        paragraphs = [" ".join(body[k:k + 2]) for k in range(0, len(body), 2)]
        text = f"{rng.choice(cities).upper()}: " + "\n\n".join(paragraphs) + "\n"
        day = start + dt.timedelta(days=len(out) % 300)
        out.append({"id": f"bench-{len(out):05d}", "text": text, "date": day.isoformat(),
                    "publisher": "coder bench"})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=20_000)
    parser.add_argument("--event-share", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("bench/corpus.jsonl"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    docs = articles(sentences(args.sentences, args.event_share, rng), rng)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{args.sentences:,} sentences in {len(docs):,} articles -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
