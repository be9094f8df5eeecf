"""The document model: what a reader hands the writers, and what it costs."""

from __future__ import annotations

from types import MappingProxyType

import pytest
from shared_paths import DEV_RAW

from teikit.model import Intervention, SharedAttributes, Text, iter_interventions
from teikit.profiles import load_profile
from teikit.readers.text_page import read_text_document


def test_equal_attributes_are_one_read_only_mapping() -> None:
    first = Intervention("supplied", {"reason": "omitted", "resp": "#translator"}, [Text("a")])
    second = Intervention("supplied", {"reason": "omitted", "resp": "#translator"}, [Text("b")])
    outer = Intervention("hi", {"rend": "underline"}, [first])
    shared = SharedAttributes()
    shared.share([outer, second])
    assert first.attrs is second.attrs
    assert isinstance(first.attrs, MappingProxyType)
    assert dict(outer.attrs) == {"rend": "underline"}  # nested interventions shared too
    with pytest.raises(TypeError):
        first.attrs["cert"] = "low"  # type: ignore[index]
    assert dict(second.attrs) == {"reason": "omitted", "resp": "#translator"}


def test_a_read_document_shares_its_attribute_sets() -> None:
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(DEV_RAW.glob("*.txt")))
    document = read_text_document(text, source_name="dev.txt", profile=load_profile("wilson"))
    nodes = list(iter_interventions(document.body))
    distinct = {id(node.attrs) for node in nodes}
    assert len(nodes) > 500
    assert len(distinct) < len(nodes) / 4
    # Notes joined after reading gave their anchors mappings of their own, with a target.
    targets = [node.attrs["target"] for node in nodes if node.tag == "ref"]
    assert targets and all(t.startswith("#note-") for t in targets)
