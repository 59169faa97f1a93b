"""The library API: load once, code articles, texts or a DataFrame; explain one sentence.

    coder = Coder.load()
    rows = coder.code_text("Pakistan accused Afghanistan of sheltering militants.", date="2025-10-29")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

from coder.actors import ActorIndex, ArticleContext, SentenceActors
from coder.errors import UsageError
from coder.events import EventFinder, Trace
from coder.lexicon import Lexicon, load_dictionaries
from coder.nlp import DEFAULT_MODEL, load_model
from coder.pieces import parse_articles
from coder.records import EVENT_COLUMNS, event_row
from coder.types import Actor, Article
from coder.where import Gazetteer, dateline

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class CoderConfig:
    """Settings for one coder; passed down explicitly, never global."""

    model: str = DEFAULT_MODEL
    dictionaries: Path | None = None
    batch_size: int = 32


@dataclass
class SentenceReport:
    """What `coder explain` shows for one sentence."""

    index: int
    text: str
    actors: list[tuple[str, str, str]]  # (text, code or sector, dictionary entry)
    traces: list[Trace]
    rows: list[dict[str, Any]]


@dataclass
class ArticleResult:
    rows: list[dict[str, Any]]
    n_sentences: int
    sentences: list[SentenceReport] = field(default_factory=list)


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

    @classmethod
    def load(cls, config: CoderConfig | None = None) -> Coder:
        config = config or CoderConfig()
        lexicon = load_dictionaries(config.dictionaries)
        return cls(load_model(config.model), lexicon, config)

    def code_articles(self, articles: Iterable[Article], *, explain: bool = False
                      ) -> Iterator[tuple[Article, ArticleResult]]:
        """Parse in batches with nlp.pipe and code each article, in input order."""
        for article, doc in parse_articles(self.nlp, articles, batch_size=self.config.batch_size):
            yield article, self.code_doc(article, doc, explain=explain)

    def code_doc(self, article: Article, doc: Doc, *, explain: bool = False) -> ArticleResult:
        context = ArticleContext(article.date)
        rows: list[dict[str, Any]] = []
        reports: list[SentenceReport] = []
        index = 0
        opening = dateline(doc.text)
        story_start = opening[0] if opening else 0
        for sent in doc.sents:
            text = sent.text.strip()
            if not text:
                continue
            mentions = [m for m in self.index.mentions(sent, context.surnames)
                        if doc[m.start].idx >= story_start]  # a dateline names no actor
            actors = SentenceActors(sent, mentions, self.index, context)
            result = self.finder.find(sent, index, actors, context)
            context.note_mentions(mentions, sent.doc)  # the article's main country: sentences before
            actors.note_people()
            sentence_rows = [r for e in result.events
                             if (r := event_row(e, article, index, text, self.lexicon)) is not None]
            rows.extend(sentence_rows)
            if explain:
                found = [(doc[m.start:m.end].text, _entry_code(m.entry, article.date),
                          m.entry.source) for m in mentions]
                reports.append(SentenceReport(index, text, found, result.traces, sentence_rows))
            index += 1
        return ArticleResult(rows, index, reports)

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
