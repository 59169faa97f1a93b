"""The parse mend (coder/reparse.py): a name opening the sentence whose verb the parser read as
an adjective gets the tree of the same sentence with "It" for the name; other sentences keep
their parse."""

from __future__ import annotations

import pytest
from conftest import SEED_ARTICLE

from coder.nlp import load_model, parse_sentences, sentence_doc, split_sentences
from coder.reparse import name_before_verb

pytestmark = pytest.mark.slow


def _parse(text: str):
    nlp = load_model()
    doc = nlp.make_doc(text)
    return next(parse_sentences(nlp, [sentence_doc(doc, 0, len(doc))]))


def _tree(doc) -> dict[str, tuple[str, str]]:
    return {t.text: (t.dep_, t.head.text) for t in doc}


def _is_tree(doc) -> bool:
    roots = [t for t in doc if t.head.i == t.i]
    return len(roots) == 1 and all(roots[0] in [t, *t.ancestors] for t in doc)


@pytest.mark.parametrize("text, verb, subject, obj", [
    ("ECOWAS lifted sanctions on Niger on Saturday.", "lifted", "ECOWAS", "sanctions"),
    ("South Korea scrambled fighter jets on Wednesday after Chinese warplanes entered its air defence "
     "zone.", "scrambled", "Korea", "jets"),
    ("Ecuador extradited gang leader Adolfo Macias to the United States on Sunday.", "extradited",
     "Ecuador", "Macias"),
])
def test_name_and_verb_read_as_adjective_get_the_pronoun_sentence_tree(text, verb, subject, obj):
    bare = load_model()(text)
    assert bare[[t.text for t in bare].index(verb)].dep_ == "amod"  # the failure is still there
    doc = _parse(text)
    tree = _tree(doc)
    assert tree[verb][0] == "ROOT"
    assert tree[subject] == ("nsubj", verb)
    assert tree[obj] == ("dobj", verb)
    assert _is_tree(doc)
    assert [t.tag_ for t in doc] == [t.tag_ for t in bare]  # tags stay the tagger's


def test_the_name_keeps_its_own_words_together():
    tree = _tree(_parse("South Korea scrambled fighter jets on Wednesday after Chinese warplanes entered "
                        "its air defence zone."))
    assert tree["South"] == ("compound", "Korea")
    assert tree["entered"] == ("advcl", "scrambled")


@pytest.mark.parametrize("text", [
    "The fresh stimulus from Beijing lifted sentiment.",  # the name does not open the sentence
    "Kenyan President William Ruto hosted his Somali counterpart in Nairobi.",  # parsed right already
    "Pakistan and Afghanistan agreed to a ceasefire on Sunday.",
])
def test_other_sentences_keep_their_parse(text):
    assert _tree(_parse(text)) == _tree(load_model()(text))


def test_the_seed_article_has_no_such_opening_and_keeps_every_parse():
    if not SEED_ARTICLE.exists():
        pytest.skip("the seed article is in ../shared")
    nlp = load_model()
    doc = nlp.make_doc(SEED_ARTICLE.read_text())
    bare = list(nlp.pipe([sentence_doc(doc, a, b) for a, b in split_sentences(doc)]))
    mended = list(parse_sentences(nlp, [sentence_doc(doc, a, b) for a, b in split_sentences(doc)]))
    assert not any(name_before_verb(d) for d in bare)
    assert [_tree(d) for d in mended] == [_tree(d) for d in bare]
