"""The library API: load once, code articles, texts or a DataFrame; explain one sentence.

    coder = Coder.load()
    rows = coder.code_text("Pakistan accused Afghanistan of sheltering militants.", date="2025-10-29")
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

from coder.actors import ActorIndex, ArticleContext, SentenceActors
from coder.errors import UsageError
from coder.events import EventFinder, Trace
from coder.ingest import bound_sentences
from coder.lexicon import Lexicon, load_dictionaries
from coder.nlp import (
    DEFAULT_MODEL,
    annotate,
    load_model,
    parse_sentences,
    sentence_doc,
    split_sentences,
)
from coder.prefilter import TriggerForms, triage
from coder.records import EVENT_COLUMNS, event_row
from coder.types import Actor, Article
from coder.where import Gazetteer, dateline, home_location

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class CoderConfig:
    """Settings for one coder; passed down explicitly, never global."""

    model: str = DEFAULT_MODEL
    dictionaries: Path | None = None
    batch_size: int = 256  # sentences per nlp.pipe batch
    article_batch: int = 64  # articles tokenized and triaged together
    prefilter: bool = True  # parse only the sentences that can hold an event


@dataclass
class SentenceReport:
    """What `coder explain` shows for one sentence."""

    index: int
    text: str
    actors: list[tuple[str, str, str]]  # (text, code or sector, dictionary entry)
    traces: list[Trace]
    rows: list[dict[str, Any]]


@dataclass
class _Plan:
    """An article tokenized and split, with the sentences to parse."""

    article: Article
    doc: Doc
    bounds: list[tuple[int, int]]
    parse: list[bool]


@dataclass
class ArticleResult:
    rows: list[dict[str, Any]]
    n_sentences: int
    sentences: list[SentenceReport] = field(default_factory=list)
    n_parsed: int = 0  # sentences parsed (the others cannot hold an event)


class Coder:
    """A loaded coder: spaCy model, dictionaries and compiled matchers."""

    def __init__(self, nlp: Language, lexicon: Lexicon, config: CoderConfig) -> None:
        self.nlp = nlp
        self.lexicon = lexicon
        self.config = config

        def tokenize(text: str) -> list[str]:
            return [t.text for t in nlp.make_doc(text)]

        self.index = ActorIndex.build(lexicon, tokenize)
        self.finder = EventFinder(lexicon, Gazetteer(lexicon, tokenize))
        self.forms = TriggerForms(nlp, lexicon)

    @classmethod
    def load(cls, config: CoderConfig | None = None) -> Coder:
        config = config or CoderConfig()
        lexicon = load_dictionaries(config.dictionaries)
        return cls(load_model(config.model), lexicon, config)

    def code_articles(self, articles: Iterable[Article], *, explain: bool = False
                      ) -> Iterator[tuple[Article, ArticleResult]]:
        """Code articles in input order. Articles are tokenized and split into sentences; the
        sentences that can hold an event (all of them with `explain` or without the
        prefilter) are parsed together in nlp.pipe batches."""
        items = iter(articles)
        while batch := list(itertools.islice(items, self.config.article_batch)):
            plans = [self._plan(article, parse_all=explain) for article in batch]
            todo = [sentence_doc(plan.doc, start, end) for plan in plans
                    for (start, end), parse in zip(plan.bounds, plan.parse, strict=True) if parse]
            parsed = parse_sentences(self.nlp, todo, batch_size=self.config.batch_size)
            for plan in plans:
                yield plan.article, self._code_plan(plan, parsed, explain=explain)

    def _plan(self, article: Article, *, parse_all: bool) -> _Plan:
        text = bound_sentences(article.text)[0]  # as `coder code` reads it
        doc = self.nlp.tokenizer(text)  # no max_length: only sentences go to the parser
        opening = dateline(text)
        bounds = split_sentences(doc, story_start=opening[0] if opening else 0)
        if parse_all or not self.config.prefilter:
            parse = [True] * len(bounds)
        else:
            parse = triage(doc, bounds, self.index, self.forms,
                           story_start=opening[0] if opening else 0)
        return _Plan(article, doc, bounds, parse)

    def _code_plan(self, plan: _Plan, parsed: Iterator[Doc], *, explain: bool) -> ArticleResult:
        parts = [(start, next(parsed))
                 for (start, _), parse in zip(plan.bounds, plan.parse, strict=True) if parse]
        doc = annotate(plan.doc, parts)
        return self.code_doc(plan.article, doc, explain=explain, sentences=plan.bounds,
                             parsed=plan.parse)

    def code_doc(self, article: Article, doc: Doc, *, explain: bool = False,
                 sentences: list[tuple[int, int]] | None = None,
                 parsed: list[bool] | None = None) -> ArticleResult:
        """Code one article's Doc, sentence by sentence with the article as context.

        `sentences` gives the sentence bounds (default: the Doc's own sentences) and `parsed`
        which of them carry a parse; the others only add their dictionary mentions to the
        article's context (coder/prefilter.py says why that is enough).
        """
        bounds = sentences if sentences is not None else [(s.start, s.end) for s in doc.sents]
        context = ArticleContext(article.date)
        rows: list[dict[str, Any]] = []
        reports: list[SentenceReport] = []
        index = n_parsed = 0
        opening = dateline(doc.text)
        story_start = opening[0] if opening else 0
        if opening is not None:  # "LAHORE: Police arrested ...": the police are Pakistan's
            context.dateline_country = self.finder.gazetteer.country_of(opening[1])
        for k, (start, end) in enumerate(bounds):
            sent = doc[start:end]
            text = sent.text.strip()
            if not text:
                continue
            mentions = [m for m in self.index.mentions(sent, context.surnames)
                        if doc[m.start].idx >= story_start]  # a dateline names no actor
            if parsed is not None and not parsed[k]:
                context.note_mentions(mentions, sent.doc)
                context.last_plural = []  # "they" opening the next sentence has no subject here
                index += 1
                continue
            n_parsed += 1
            actors = SentenceActors(sent, mentions, self.index, context)
            result = self.finder.find(sent, index, actors, context)
            context.note_mentions(mentions, sent.doc)  # the article's main country: sentences before
            actors.note_people()
            events = [e if e.location is not None else replace(  # at home, no place named: the country
                e, location=home_location(e.source, e.target, self.lexicon.cameo[e.cameo].plover_type,
                                          self.finder.gazetteer)) for e in result.events]
            sentence_rows = [r for e in events
                             if (r := event_row(e, article, index, text, self.lexicon)) is not None]
            rows.extend(sentence_rows)
            if explain:
                found = [(doc[m.start:m.end].text, _entry_code(m.entry, article.date),
                          m.entry.source) for m in mentions]
                reports.append(SentenceReport(index, text, found, result.traces, sentence_rows))
            index += 1
        return ArticleResult(rows, index, reports, n_parsed)

    def code_text(self, text: str, *, date: str | dt.date, doc_id: str = "text") -> list[dict[str, Any]]:
        """Code one text; returns the output rows as dicts."""
        article = Article(doc_id, text, _as_date(date))
        return next(self.code_articles([article]))[1].rows

    def explain(self, text: str, *, date: str | dt.date) -> ArticleResult:
        article = Article("explain", text, _as_date(date))
        return next(self.code_articles([article], explain=True))[1]


def _entry_code(entry: object, day: dt.date) -> str:
    code_on = getattr(entry, "code_on", None)
    if code_on is not None:
        return str(code_on(day)) or "region: no actor"
    return f"sector {getattr(entry, 'sector', '?')}"


def _as_date(value: str | dt.date) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise UsageError(f"date {value!r} is not a real YYYY-MM-DD date") from e


def code_texts(texts: Iterable[str], *, date: str | dt.date, coder: Coder | None = None
               ) -> list[dict[str, Any]]:
    """Code several texts of one date; ids are text-0, text-1, ..."""
    coder = coder or Coder.load()
    day = _as_date(date)
    articles = [Article(f"text-{i}", t, day) for i, t in enumerate(texts)]
    return [row for _, result in coder.code_articles(articles) for row in result.rows]


def code_dataframe(frame: pd.DataFrame, *, coder: Coder | None = None) -> pd.DataFrame:
    """Code a DataFrame with columns id, text, date (and optional title, publisher, url)."""
    import pandas as pd

    missing = {"id", "text", "date"} - set(frame.columns)
    if missing:
        raise UsageError(f"DataFrame lacks column(s): {', '.join(sorted(missing))}")
    coder = coder or Coder.load()
    articles = [
        Article(str(r["id"]), str(r["text"]), _as_date(str(r["date"])[:10]),
                publisher=r.get("publisher"), url=r.get("url"))
        for r in frame.to_dict("records")
    ]
    rows = [row for _, result in coder.code_articles(articles) for row in result.rows]
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS))


__all__ = ["Actor", "Coder", "CoderConfig", "code_dataframe", "code_texts"]
