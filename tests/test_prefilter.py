"""The pre-parse filter (issue 7): parsing only the sentences that can hold an event gives
the same events as parsing every sentence."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import spacy
from conftest import SEED_ARTICLE

from coder.api import Coder, CoderConfig
from coder.ingest import read_inputs
from coder.nlp import split_sentences
from coder.types import Article
from coder.where import dateline

ROOT = Path(__file__).parent.parent


def _split(text: str) -> list[str]:
    doc = spacy.blank("en").make_doc(text)
    return [doc[a:b].text for a, b in split_sentences(doc)]


def test_sentences_end_at_stops_line_breaks_and_datelines():
    assert _split('MOSCOW: Russia expelled two diplomats. "We will respond," he said.\n\nNo.\n') == [
        "MOSCOW:", "Russia expelled two diplomats.", '"We will respond," he said.\n\n', "No.\n"]


def test_an_agency_dateline_is_a_sentence_of_its_own():
    text = "HONG KONG (Reuters) - Police issued arrest warrants for 19 activists."
    doc = spacy.blank("en").make_doc(text)
    opening = dateline(text)
    assert opening is not None
    assert [doc[a:b].text for a, b in split_sentences(doc, story_start=opening[0])] == [
        "HONG KONG (Reuters) -", "Police issued arrest warrants for 19 activists."]


def test_sentences_do_not_end_before_lower_case_or_inside_abbreviations():
    assert _split('"Why?" he asked. U.S. officials met Mr. Smith. Ankara: talks') == [
        '"Why?" he asked.', "U.S. officials met Mr. Smith.", "Ankara: talks"]


def test_split_covers_every_token_once():
    text = "A b. C d!\n\n\"E f?\" g h. ... I\nJ"
    doc = spacy.blank("en").make_doc(text)
    bounds = split_sentences(doc)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))


def _articles() -> list[Article]:
    """The project's seeds, the mission's seed article and the lines of the gold sets."""
    inputs = [ROOT / "seeds"] + ([SEED_ARTICLE] if SEED_ARTICLE.exists() else [])
    found = read_inputs(inputs, default_date=dt.date(2025, 10, 29))
    articles = [a for a in found if isinstance(a, Article)]
    for path in sorted((ROOT / "tests" / "data" / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            articles.append(Article(record["id"], record["text"],
                                    dt.date.fromisoformat(record.get("date", "2025-10-29"))))
    return articles


def _code(coder: Coder, articles: list[Article]) -> tuple[list[dict], int, int]:
    rows, parsed, sentences = [], 0, 0
    for _, result in coder.code_articles(articles):
        rows.extend(result.rows)
        parsed += result.n_parsed
        sentences += result.n_sentences
    return rows, parsed, sentences


@pytest.fixture(scope="module")
def both(real_coder):
    unfiltered = Coder(real_coder.nlp, real_coder.lexicon, CoderConfig(prefilter=False))
    return real_coder, unfiltered


@pytest.mark.slow
def test_filtered_run_gives_the_same_events_as_parsing_every_sentence(both):
    filtered, unfiltered = both
    articles = _articles()
    rows, parsed, sentences = _code(filtered, articles)
    all_rows, all_parsed, _ = _code(unfiltered, articles)
    assert all_parsed == sentences
    assert parsed < sentences  # the filter does skip sentences
    assert len(rows) > 500
    assert rows == all_rows


@pytest.mark.slow
def test_a_person_named_in_a_skipped_sentence_is_still_the_pronoun_antecedent(both):
    filtered, unfiltered = both
    text = ("Attaullah Tarar was in Islamabad on Tuesday.\n"
            "Markets were calm and the rupee was steady.\n"
            "He accused Afghanistan of sheltering militants.\n")
    article = Article("t", text, dt.date(2025, 10, 29))
    rows, parsed, _ = _code(filtered, [article])
    assert parsed == 2  # the market sentence is not parsed
    assert [(r["source_actor"], r["source_name"], r["target_actor"]) for r in rows] == [
        ("PAKGOV", "Attaullah Tarar", "AFG")]
    assert rows == _code(unfiltered, [article])[0]


@pytest.mark.slow
def test_every_trigger_the_parser_finds_was_a_candidate_word(real_coder):
    """No trigger is missed: every token that the full parse lemmatizes to a trigger lemma
    has that lemma among the lemmas TriggerForms gives its text alone."""
    lexicon, forms = real_coder.lexicon, real_coder.forms
    triggers = set(lexicon.verb_patterns) | set(lexicon.noun_patterns)
    seen = 0
    for doc in real_coder.nlp.pipe(a.text for a in _articles()):
        for tok in doc:
            if tok.lemma_.lower() in triggers:
                seen += 1
                assert tok.lemma_.lower() in forms.forms(tok.lower_), (tok.text, tok.lemma_)
    assert seen > 100


def _rows(coder: Coder, text: str) -> list[tuple]:
    article = Article("t", text, dt.date(2025, 10, 29))
    rows = _code(coder, [article])[0]
    return [(r["sentence_index"], r["source_actor"], r["target_actor"], r["cameo_code"]) for r in rows]


CONTEXT_CASES = {
    # a person pronoun is a source even in a sentence without dictionary mention
    "pronoun": ("Attaullah Tarar was in Islamabad on Tuesday.\nThe weather was mild.\n"
                "He condemned the attack.\n", [(2, "PAKGOV", None, "111")]),
    # "it" is the state or organisation named last, here in a sentence that is not parsed
    "it": ("Pakistan is a country of 240 million people.\nThe weather was mild.\n"
           "It condemned the attack.\n", [(2, "PAK", None, "111")]),
    # a reciprocal event noun takes the parties of the article's last reciprocal event
    "reciprocal": ("Pakistan and Afghanistan held talks in Istanbul on Monday.\n"
                   "Talks resumed on Wednesday.\n",
                   [(0, "PAK", "AFG", "046"), (0, "AFG", "PAK", "046"),
                    (1, "PAK", "AFG", "046"), (1, "AFG", "PAK", "046")]),
    # "they" opening a sentence is the plural subject of the sentence just before, here one that
    # gives no event of its own
    "they": ("Thousands of Afghan refugees lived in Pakistan's Peshawar in 2023.\n"
             "They accused Pakistan of harassment.\n", [(1, "AFGREF", "PAK", "1122")]),
    # "him" with no person named: the single official named last, in a sentence not parsed alone
    "official": ("The French ambassador was in Niamey in 2023.\n"
                 "Niger accused him of meddling.\n", [(1, "NER", "FRAGOV", "1123")]),
    # "the bloc" is the international organisation named last, here in a sentence not parsed
    "bloc": ("ECOWAS has 15 member states in West Africa.\nMali accused the bloc of bias.\n",
             [(1, "MLI", "IGO", "112")]),
    # a crowd alone protests as the people where it happens (here the dateline's)
    "crowd": ("NAIROBI (Reuters) - Thousands marched through the city centre on Tuesday.\n",
              [(1, "KENCVL", "KENGOV", "141")]),
    # a statement ("expressed condolences", never written) teaches who "the ministry" is
    "agent memory": ("Afghan markets were calm and Afghan shops were busy.\n"
                     "Pakistan's foreign ministry expressed condolences on Monday.\n"
                     "The ministry accused Kabul of harbouring militants.\n",
                     [(2, "PAKGOV", "AFGGOV", "1123")]),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(CONTEXT_CASES))
def test_sources_from_the_article_context_survive_the_filter(both, case):
    filtered, unfiltered = both
    text, expected = CONTEXT_CASES[case]
    assert _rows(unfiltered, text) == expected
    assert _rows(filtered, text) == expected


def test_a_dateline_of_two_places_is_a_sentence_of_its_own_filed_from_the_first():
    text = "TEL AVIV/DUBAI (Reuters) - Israel struck Iranian nuclear facilities on Friday."
    doc = spacy.blank("en").make_doc(text)
    opening = dateline(text)
    assert opening is not None and opening[1] == "TEL AVIV"
    assert [doc[a:b].text for a, b in split_sentences(doc, story_start=opening[0])] == [
        "TEL AVIV/DUBAI (Reuters) -", "Israel struck Iranian nuclear facilities on Friday."]


@pytest.mark.slow
def test_two_states_forces_opening_an_exercise_survive_the_filter(both):
    """The joint-action rule codes two states' troops who "opened the exercise" with no pattern of
    its own: the filter must parse such a sentence."""
    filtered, unfiltered = both
    text = "Cambodian and Chinese soldiers opened the annual Golden Dragon exercise on Monday.\n"
    expected = [(0, "KHMMIL", "CHNMIL", "062"), (0, "CHNMIL", "KHMMIL", "062")]
    assert _rows(unfiltered, text) == expected
    assert _rows(filtered, text) == expected
