"""A reading context is what a run keeps between documents: its owner decides how long, and a
worker that receives one starts it empty."""

from __future__ import annotations

import pickle

from shared_paths import DEV_RAW

from teikit.convert import convert_text
from teikit.profiles import load_profile
from teikit.readers.context import ReadingContext


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(DEV_RAW.glob("*.txt"))[:2]]


def test_one_context_serves_every_document_of_a_run_and_gives_the_same_tei() -> None:
    profile = load_profile("wilson")
    context = ReadingContext()
    texts = _texts()
    shared = [convert_text(t, profile=profile, context=context, change_date="2000-01-01")
              for t in [*texts, texts[0]]]
    alone = [convert_text(t, profile=profile, change_date="2000-01-01") for t in texts]
    assert [r.to_bytes() for r in shared[:2]] == [r.to_bytes() for r in alone]
    assert shared[2].to_bytes() == shared[0].to_bytes()
    # The second reading of a text is answered from what the run remembered.
    assert context.lines.text_cues.cache_info().hits > 0
    assert context.words.__dict__.keys() >= {"english"}


def test_contexts_share_nothing() -> None:
    first, second = ReadingContext(), ReadingContext()
    convert_text(_texts()[0], context=first)
    assert first.lines.text_cues.cache_info().currsize > 0
    assert second.lines.text_cues.cache_info().currsize == 0
    assert "english" not in second.words.__dict__


def test_a_context_sent_to_a_worker_arrives_empty_and_works() -> None:
    context = ReadingContext()
    text = _texts()[0]
    expected = convert_text(text, context=context, change_date="2000-01-01").to_bytes()
    received = pickle.loads(pickle.dumps(context))
    assert received.lines.text_cues.cache_info().currsize == 0
    assert "english" not in received.words.__dict__
    assert convert_text(text, context=received, change_date="2000-01-01").to_bytes() == expected
