"""What the collection pages need to know of a document, read from its teiHeader."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from lxml import etree

from teikit.render.prepass import TEI_NS, Mention

_NS = {"tei": TEI_NS}


@dataclass
class DocumentRecord:
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


def _first(root: etree._Element, *paths: str) -> str:
    for path in paths:
        found = root.xpath(f"normalize-space(({path})[1])", namespaces=_NS)
        if found:
            return str(found)
    return ""


def read_record(root: etree._Element, slug: str, mentions: list[Mention]) -> DocumentRecord:
    header = "/tei:TEI/tei:teiHeader"
    file_desc = f"{header}/tei:fileDesc"
    identifier = f"{file_desc}/tei:sourceDesc/tei:msDesc/tei:msIdentifier"
    main_lang = _first(root, f"{file_desc}/tei:sourceDesc//tei:textLang/@mainLang")
    archive = ", ".join(
        part for part in (
            _first(root, f"{identifier}/tei:repository", f"{identifier}/tei:institution"),
            _first(root, f"{identifier}/tei:idno[@type='citation']",
                   f"{identifier}/tei:idno[not(@type='URI')]"),
        ) if part
    )
    creation = f"{header}/tei:profileDesc/tei:creation"
    source_desc = f"{file_desc}/tei:sourceDesc"
    language = _first(
        root,
        f"{header}/tei:profileDesc/tei:langUsage/tei:language[@ident='{main_lang}']"
        if main_lang and "'" not in main_lang else "/..",
        f"{header}/tei:profileDesc/tei:langUsage/tei:language",
        "/*/@xml:lang",
    )
    return DocumentRecord(
        slug=slug,
        title=_first(root, f"{file_desc}/tei:titleStmt/tei:title[@type='main']",
                     f"{file_desc}/tei:titleStmt/tei:title") or slug,
        date=_first(root, f"{creation}/tei:date", f"{source_desc}//tei:origDate",
                    f"{creation}//tei:origDate",
                    f"{source_desc}//tei:date[not(ancestor::tei:provenance)]"),
        when=_first(root, f"{creation}/tei:date/@when", f"{creation}/tei:date/@notBefore",
                    f"{source_desc}//tei:origDate/@when",
                    f"{source_desc}//tei:origDate/@notBefore",
                    f"{creation}//tei:origDate/@when",
                    f"{source_desc}//tei:date[not(ancestor::tei:provenance)]/@when"),
        archive=archive,
        repository=_first(root, f"{identifier}/tei:repository", f"{identifier}/tei:institution"),
        language=language,
        summary=_first(root, f"{header}/tei:profileDesc/tei:abstract"),
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
