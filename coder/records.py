"""Records: Events → output rows with CAMEO and PLOVER fields, scores and stable ids."""

from __future__ import annotations

import hashlib
from typing import Any

from coder import __version__
from coder.lexicon import Lexicon
from coder.types import Actor, Article, Event

EVENT_COLUMNS = (
    "event_id", "event_group", "doc_id", "sentence_index", "sentence", "article_date", "event_date",
    "date_precision", "date_source", "date_text",
    "source_actor", "source_name", "source_country", "source_sector", "source_text",
    "target_actor", "target_name", "target_country", "target_sector", "target_text",
    "cameo_code", "cameo_root", "cameo_name", "quad_class", "goldstein",
    "plover_type", "plover_mode", "plover_intensity",
    "location_name", "location_country", "latitude", "longitude",
    "trigger", "rule", "publisher", "url", "coder_version", "dictionary_version",
)


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def event_row(event: Event, article: Article, sentence_index: int, sentence: str,
              lexicon: Lexicon) -> dict[str, Any] | None:
    """One output row, or None when the code has no PLOVER type (statements, appeals)."""
    code = lexicon.cameo[event.cameo]
    if code.plover_type is None:
        return None
    src, tgt = event.source, event.target
    row: dict[str, Any] = {
        "event_id": _hash(article.id, sentence_index, event.trigger, event.cameo, src.code, src.head,
                          tgt.code if tgt else "", tgt.head if tgt else ""),
        "event_group": _hash(article.id, event.group_key),
        "doc_id": article.id,
        "sentence_index": sentence_index,
        "sentence": sentence,
        "article_date": article.date,
        "event_date": event.date.day,
        "date_precision": event.date.precision,
        "date_source": event.date.source,
        "date_text": event.date.text,
        **_actor_fields("source", src),
        **_actor_fields("target", tgt),
        "cameo_code": code.code,
        "cameo_root": code.root,
        "cameo_name": code.name,
        "quad_class": code.quad_class,
        "goldstein": code.goldstein,
        "plover_type": code.plover_type,
        "plover_mode": code.plover_mode,
        "plover_intensity": lexicon.intensity(code.plover_type, code.plover_mode),
        "location_name": event.location.name if event.location else None,
        "location_country": event.location.country if event.location else None,
        "latitude": event.location.latitude if event.location else None,
        "longitude": event.location.longitude if event.location else None,
        "trigger": event.trigger_text,
        "rule": event.rule,
        "publisher": article.publisher,
        "url": article.url,
        "coder_version": __version__,
        "dictionary_version": lexicon.version,
    }
    return row


def _actor_fields(prefix: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {f"{prefix}_{k}": None for k in ("actor", "name", "country", "sector", "text")}
    return {
        f"{prefix}_actor": actor.code,
        f"{prefix}_name": actor.name,
        f"{prefix}_country": actor.country,
        f"{prefix}_sector": actor.sector,
        f"{prefix}_text": actor.text,
    }
