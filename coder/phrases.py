"""Noun phrases on the parse: a phrase's head, its tokens, its conjuncts and its text, shared
by the resolution of actors (coder/actors.py, coder/pronouns.py)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from coder.types import Actor

PHRASE_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "appos", "case", "det", "nummod",
                         "npadvmod"})  # npadvmod: "Taliban" in "the Taliban-led government"


def _phrase_head(tok: Token) -> Token:
    """The head of the noun phrase a name sits in: "Colombia's government" for "Colombia"."""
    while tok.dep_ in {"poss", "compound", "amod", "nmod", "case"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _standing_for(actor: Actor, head: Token, why: str) -> Actor:
    """`actor` as the word `head` names it (a pronoun, "the group", "the court"), with why."""
    return replace(actor, text=head.text, head=head.i, sources=(*actor.sources, why))


def _conjuncts(token: Token) -> list[Token]:
    return [t for t in token.conjuncts if t.i > token.i]


def _phrase(head: Token) -> list[Token]:
    out = [head]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in PHRASE_DEPS and not _across_verb(tok, child):
                out.append(child)
                stack.append(child)
    return sorted(out, key=lambda t: t.i)


def _across_verb(head: Token, child: Token) -> bool:
    """An apposition the parser hangs across the clause's verb ("Niger's military rulers on
    Tuesday refused to receive a delegation from ECOWAS, the African Union and ...": the Union
    is no apposition of the rulers)."""
    return (child.dep_ == "appos" and head.dep_ in {"nsubj", "nsubjpass"} and head.i < head.head.i < child.i)


def _text(sent: Span, tokens: list[Token]) -> str:
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    span = sent.doc[start:end]
    return span.text.strip()
