"""`safe_url`, `first_pointer`, `safe_id`: exact outputs, each rule of the sanitiser on its own,
so that dropping any one of them (the tab/newline/CR stripping, the trimming of C0 controls,
the backslash rule, the colon guard) fails a test here."""

from __future__ import annotations

import pytest

from teikit.render.urls import first_pointer, safe_id, safe_url


@pytest.mark.parametrize(("raw", "kept"), [
    ("https://example.org/a\rb", "https://example.org/ab"),
    ("https://example.org/a\nb\tc", "https://example.org/abc"),
    ("\r\nhttps://example.org/", "https://example.org/"),
    (" \x00\x1fhttps://example.org/x \x0b", "https://example.org/x"),
    ("\x0c\x0e../a.xml\x7f", "../a.xml\x7f"),
    ("a/b:c", "a/b:c"),
    ("page.html?q=a:b", "page.html?q=a:b"),
    ("#note:1", "#note:1"),
    ("docs/x.xml#a\\b", "docs/x.xml#a\\b"),
    ("page.html?path=a\\b", "page.html?path=a\\b"),
    ("Https://example.org", "Https://example.org"),
    ("X/a.html#X", "X/a.html#X"),                   # only control characters are trimmed
    ("docs/x.xml#a\\b#c", "docs/x.xml#a\\b#c"),     # a backslash after the first "#"
    ("page.html?a\\b?c", "page.html?a\\b?c"),       # ... or after the first "?"
])
def test_what_browsers_ignore_is_removed_and_the_rest_kept(raw: str, kept: str) -> None:
    assert safe_url(raw) == kept


@pytest.mark.parametrize("raw", [
    "java\rscript:alert(1)",    # CR inside the scheme: browsers drop it
    "\rjavascript:alert(1)",
    "1java:alert(1)",           # not a scheme by RFC 3986, but a colon before any "/"
    "java\x00script:alert(1)",  # NUL kept inside: no scheme match, the colon guard drops it
    "-x:y/z",
    "a:b",
    "x\\y/z",                   # a backslash in the path
    "https:\\\\evil.example",
    "",
    " \t\r\n",
])
def test_anything_that_could_be_read_as_another_scheme_is_dropped(raw: str) -> None:
    assert safe_url(raw) is None


def test_no_url_stays_none() -> None:
    assert safe_url(None) is None


@pytest.mark.parametrize(("raw", "first"), [
    ("#a #b", "#a"), ("  https://x.org/  #b ", "https://x.org/"), ("", None), ("   ", None),
    (None, None),
])
def test_first_pointer(raw: str | None, first: str | None) -> None:
    assert first_pointer(raw) == first


@pytest.mark.parametrize(("raw", "expected"), [
    ("a--b", "a--b"), ("-_a b_-", "a-b"), ("x" * 130, "x" * 120), ("___", "document"),
    ("Ωμέγα", "document"), ("é", "e"), ("X-1_X", "X-1_X"),
])
def test_safe_id_edges(raw: str, expected: str) -> None:
    assert safe_id(raw) == expected


def test_safe_id_fallback_is_chosen_by_the_caller() -> None:
    assert safe_id("", fallback="index") == "index"
