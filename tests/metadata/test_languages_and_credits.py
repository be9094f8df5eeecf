"""Language names → codes, the translation language, and funders from Credits."""

from __future__ import annotations

import pytest

from teikit.metadata.credits import funders
from teikit.metadata.languages import language_code, language_name, translation_language


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russian", "ru"),
        ("Chinese", "zh"),
        ("Korean", "ko"),
        ("Hungarian", "hu"),
        ("German", "de"),
        ("Czech", "cs"),
        ("Spanish", "es"),
        (" russian ", "ru"),
        ("Serbo-Croatian", "hbs"),
        ("Chinese (Simplified)", "zh"),
        ("Klingon", None),
    ],
)
def test_language_code(name: str, code: str | None) -> None:
    assert language_code(name) == code


def test_language_name() -> None:
    assert language_name("ru") == "Russian"
    assert language_name("fa") in {"Persian", "Farsi"}
    assert language_name("xx") is None


@pytest.mark.parametrize(
    ("contents", "code"),
    [
        ("Translation - English", "en"),
        ("English Translation Chinese Transcription", "en"),
        ("Original Scan", None),
        ("Translation: German", "de"),
        ("Russian Transcription", None),
    ],
)
def test_translation_language(contents: str, code: str | None) -> None:
    assert translation_language(contents) == code


@pytest.mark.parametrize(
    ("credits", "names"),
    [
        (
            "This document was made possible with support from Leon Levy Foundation",
            ["Leon Levy Foundation"],
        ),
        (
            "This document was made possible with support from ROK Ministry of Unification",
            ["ROK Ministry of Unification"],
        ),
        (
            "This document was made possible with support from the Henry Luce Foundation.",
            ["Henry Luce Foundation"],
        ),
        (
            "Made possible with support from the MacArthur Foundation and the Henry Luce "
            "Foundation.",
            ["MacArthur Foundation", "Henry Luce Foundation"],
        ),
        ("Korea Foundation", ["Korea Foundation"]),
    ],
)
def test_funders(credits: str, names: list[str]) -> None:
    assert funders(credits) == names
