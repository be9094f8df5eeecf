"""TEI documents made for tests from the encoding example: with a fragment put in its first
paragraph, or with what a browser would run."""

from __future__ import annotations

from shared_paths import ENCODING_EXAMPLE

XHTML_NS = "http://www.w3.org/1999/xhtml"
SCRIPT = "document.documentElement.setAttribute('data-script-ran', 'yes')"


def tei_with(fragment: str, prolog: str = "") -> bytes:
    """The seed TEI with ``fragment`` at the start of its first body paragraph."""
    text = ENCODING_EXAMPLE.read_text(encoding="utf-8")
    body = text.index("<p", text.index("<body"))
    opened = text.index(">", body) + 1
    text = text[:opened] + fragment + text[opened:]
    if prolog:
        declaration_end = text.index("?>") + 2
        text = text[:declaration_end] + "\n" + prolog + text[declaration_end:]
    return text.encode("utf-8")


def hostile_tei() -> bytes:
    return tei_with(f'<h:script xmlns:h="{XHTML_NS}">{SCRIPT}</h:script>'
                    f'<h:img xmlns:h="{XHTML_NS}" src="x" onerror="{SCRIPT}"/>',
                    prolog='<?xml-stylesheet type="text/xsl" href="evil.xsl"?>')
