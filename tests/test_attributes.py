"""The fast attribute ruler (coder/attributes.py) annotates exactly as the model's own."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from conftest import SEED_ARTICLE

from coder.attributes import use_fast_attribute_ruler
from coder.nlp import DEFAULT_MODEL, UNUSED_COMPONENTS, sentence_doc, split_sentences

pytestmark = pytest.mark.slow
ROOT = Path(__file__).parent.parent
TRICKY = ("I ain't gonna do it, y'all. Let's go! C'mon, we've got nothin' to lose. "
          "He's gotta be kidding; she'd've known. They're n't sure whether it's theirs.")


def _annotations(nlp, texts):
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        docs.extend(sentence_doc(doc, a, b) for a, b in split_sentences(doc))
    return [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]
            for doc in nlp.pipe(docs)]


def test_fast_ruler_gives_the_same_tags_pos_morphology_and_lemmas():
    original = spacy.load(DEFAULT_MODEL, exclude=list(UNUSED_COMPONENTS))
    fast = spacy.load(DEFAULT_MODEL, exclude=list(UNUSED_COMPONENTS))
    use_fast_attribute_ruler(fast)
    assert "attribute_ruler" not in fast.pipe_names
    assert "coder_attribute_ruler" in fast.pipe_names
    texts = [p.read_text() for p in sorted((ROOT / "seeds").glob("*.txt"))] + [TRICKY]
    if SEED_ARTICLE.exists():
        texts.append(SEED_ARTICLE.read_text())
    expected = _annotations(original, texts)
    assert sum(map(len, expected)) > 1500
    assert _annotations(fast, texts) == expected
