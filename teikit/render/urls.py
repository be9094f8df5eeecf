"""Link and file-name sanitising: only http(s) and relative URLs reach a page."""

from __future__ import annotations

import re
import unicodedata

# Browsers drop ASCII tab and newline anywhere in a URL and trim C0 controls and spaces at
# both ends before reading the scheme, so "java\tscript:" must be judged as "javascript:".
_IGNORED_BY_BROWSERS = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_ALLOWED_SCHEMES = frozenset({"http", "https"})
_UNSAFE_ID_CHARS = re.compile(r"[^A-Za-z0-9_-]+")


def safe_url(value: str | None) -> str | None:
    """The URL if it is http(s) or relative, else None (javascript:, data:, file:, …)."""
    if value is None:
        return None
    cleaned = _IGNORED_BY_BROWSERS.sub("", value).strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08"
                                                         "\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14"
                                                         "\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d"
                                                         "\x1e\x1f ")
    if not cleaned or "\\" in cleaned.split("?", 1)[0].split("#", 1)[0]:
        # Backslashes in the path are read as slashes by browsers: "/\\host" leaves the site.
        return None
    scheme = _SCHEME.match(cleaned)
    if scheme is not None:
        return cleaned if scheme.group(1).lower() in _ALLOWED_SCHEMES else None
    # No scheme: relative, unless a colon before the first "/", "?" or "#" could be read
    # as one by a lenient parser.
    head = re.split(r"[/?#]", cleaned, maxsplit=1)[0]
    if ":" in head:
        return None
    return cleaned


def first_pointer(value: str | None) -> str | None:
    """TEI pointers are lists of URIs; a link can use only one, the first."""
    if not value:
        return None
    parts = value.split()
    return parts[0] if parts else None


def safe_id(value: str, *, fallback: str = "document") -> str:
    """A file name and HTML id from any string: ASCII letters, digits, '-' and '_' only.

    HTML ids may start with a digit; the page's own ids all have a letter prefix anyway."""
    ascii_form = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = _UNSAFE_ID_CHARS.sub("-", ascii_form).strip("-_")
    return slug[:120] or fallback
