"""What the collection pages need to know of a document, read from its teiHeader."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from itertools import chain
from types import MappingProxyType
from typing import Any

from lxml import etree

from teikit import TEI_NS
from teikit.render.mentions import Mention

_NS = {"tei": TEI_NS}


@dataclass
class DocumentRecord:
    """What the site's pages and indexes say of one document, kept in the build state."""

    slug: str
    title: str
    date: str = ""  # as printed
    when: str = ""  # ISO 8601, for sorting
    archive: str = ""
    repository: str = ""
    language: str = ""
    summary: str = ""
    xml_id: str = ""
    kinds: list[str] = field(default_factory=list)  # document types (textClass keywords)
    editorial_decl: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def href(self) -> str:
        return f"{self.slug}.html"

    @property
    def year(self) -> str:
        return self.when[:4] if self.when[:4].isdigit() else ""

    @property
    def tei_href(self) -> str:
        return f"{self.slug}.xml"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DocumentRecord:
        mentions = [Mention(**m) for m in data.pop("mentions", [])]
        return cls(**data, mentions=mentions)


_HEADER = "/tei:TEI/tei:teiHeader"
_FILE_DESC = f"{_HEADER}/tei:fileDesc"
_SOURCE_DESC = f"{_FILE_DESC}/tei:sourceDesc"
_IDENTIFIER = f"{_SOURCE_DESC}/tei:msDesc/tei:msIdentifier"
_CREATION = f"{_HEADER}/tei:profileDesc/tei:creation"
# Where each field is read from, the first path that gives a value.
_MAIN_LANG = (f"{_SOURCE_DESC}//tei:textLang/@mainLang",)
_REPOSITORY = (f"{_IDENTIFIER}/tei:repository", f"{_IDENTIFIER}/tei:institution")
_SHELFMARK = (f"{_IDENTIFIER}/tei:idno[@type='citation']",
              f"{_IDENTIFIER}/tei:idno[not(@type='URI')]")
_MAIN_LANGUAGE = (f"{_HEADER}/tei:profileDesc/tei:langUsage/tei:language[@ident=$lang]",)
_LANGUAGE = (f"{_HEADER}/tei:profileDesc/tei:langUsage/tei:language", "/*/@xml:lang")
_TITLE = (f"{_FILE_DESC}/tei:titleStmt/tei:title[@type='main']",
          f"{_FILE_DESC}/tei:titleStmt/tei:title")
_DATE = (f"{_CREATION}/tei:date", f"{_SOURCE_DESC}//tei:origDate",
         f"{_CREATION}//tei:origDate", f"{_SOURCE_DESC}//tei:date[not(ancestor::tei:provenance)]")
_WHEN = (f"{_CREATION}/tei:date/@when", f"{_CREATION}/tei:date/@notBefore",
         f"{_SOURCE_DESC}//tei:origDate/@when", f"{_SOURCE_DESC}//tei:origDate/@notBefore",
         f"{_CREATION}//tei:origDate/@when",
         f"{_SOURCE_DESC}//tei:date[not(ancestor::tei:provenance)]/@when")
_SUMMARY = (f"{_HEADER}/tei:profileDesc/tei:abstract",)
# Compiled once, at import: the same paths are asked of every document.
_NORMALIZED_FIRST = MappingProxyType({
    path: etree.XPath(f"normalize-space(({path})[1])", namespaces=_NS)
    for path in chain(_MAIN_LANG, _REPOSITORY, _SHELFMARK, _MAIN_LANGUAGE, _LANGUAGE, _TITLE,
                      _DATE, _WHEN, _SUMMARY)
})


def _first(root: etree._Element, paths: tuple[str, ...], **variables: str) -> str:
    for path in paths:
        found = _NORMALIZED_FIRST[path](root, **variables)
        if found:
            return str(found)
    return ""


def read_record(root: etree._Element, slug: str, mentions: list[Mention]) -> DocumentRecord:
    main_lang = _first(root, _MAIN_LANG)
    archive = ", ".join(part for part in (_first(root, _REPOSITORY), _first(root, _SHELFMARK))
                        if part)
    # The language the document names as its main one (an ident with a quote never matched).
    language = (main_lang and "'" not in main_lang
                and _first(root, _MAIN_LANGUAGE, lang=main_lang)) or _first(root, _LANGUAGE)
    return DocumentRecord(
        slug=slug,
        title=_first(root, _TITLE) or slug,
        date=_first(root, _DATE),
        when=_first(root, _WHEN),
        archive=archive,
        repository=_first(root, _REPOSITORY),
        language=language,
        summary=_first(root, _SUMMARY),
        xml_id=str(root.get("{http://www.w3.org/XML/1998/namespace}id") or ""),
        kinds=[
            " ".join(str(term.xpath("string(.)")).split())
            for term in root.iterfind(
                "tei:teiHeader/tei:profileDesc/tei:textClass/tei:keywords/tei:term",
                namespaces=_NS,
            )
        ],
        editorial_decl=[
            " ".join(str(paragraph.xpath("string(.)")).split())
            for paragraph in root.iterfind(
                "tei:teiHeader/tei:encodingDesc/tei:editorialDecl//tei:p", namespaces=_NS
            )
        ],
        mentions=mentions,
    )
