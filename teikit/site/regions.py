"""The marked places of a document page that the site fills (`<!--teikit:filters-->…`,
`<!--teikit:pager-->…`, `<!--teikit:cite-->…`), and the search filters, which depend on the
document only and so are filled when its page is first written."""

from __future__ import annotations

import re
from html import escape

from teikit.site.records import DocumentRecord

_REGION = "<!--teikit:{name}-->{body}<!--/teikit:{name}-->"


def fill(page: str, name: str, body: str) -> str:
    pattern = re.compile(
        re.escape(f"<!--teikit:{name}-->") + ".*?" + re.escape(f"<!--/teikit:{name}-->"),
        re.DOTALL,
    )
    replacement = _REGION.format(name=name, body=body)
    return pattern.sub(lambda _: replacement, page, count=1)


def person_labels(record: DocumentRecord) -> list[str]:
    """The persons a document names, each once, in the order it names them first."""
    return list(dict.fromkeys(m.label for m in record.mentions if m.kind == "person"))


def filters_html(record: DocumentRecord, persons: list[str]) -> str:
    """Pagefind's filters (year, archive, language, document type, person), hidden."""
    values = [("year", record.year), ("archive", record.repository),
              ("language", record.language)]
    values += [("type", kind) for kind in record.kinds]
    values += [("person", name) for name in persons]
    spans = "".join(
        f'<span data-pagefind-filter="{name}">{escape(value)}</span>'
        for name, value in values if value
    )
    return f'<div hidden="" class="search-filters" data-pagefind-ignore="">{spans}</div>'
