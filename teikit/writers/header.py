"""The `teiHeader` of a converted document, as ENCODING.md's "Header" table maps it.

An absent value omits its element: the header never holds an empty element, and what it holds
is valid against tei_all.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence

from lxml import etree

from teikit import TEI_NS, XML_NS
from teikit.errors import Location, MetadataError
from teikit.lazy_pattern import LazyPattern
from teikit.markings import MARKING_LABEL, unspaced
from teikit.metadata.authors import is_body
from teikit.metadata.citation import URL_PATTERN, record_id_from_url
from teikit.metadata.languages import language_code, language_name, split_language_names
from teikit.metadata.model import HandNote, Metadata
from teikit.model import Contributor, Revision
from teikit.xml import check_value, id_part, tei

_XML_ID = f"{{{XML_NS}}}id"
_XML_LANG = f"{{{XML_NS}}}lang"
TAXONOMY_ID = "classification"

__all__ = [
    "TAXONOMY_ID",
    "HandNote",
    "build_tei_header",
    "classification_id",
    "tei_root_attributes",
]


# The last guard for metadata made by hand through the API; `Metadata.check` reports values
# from a page, a sidecar or the command line earlier, where they stand.
_API = Location("<metadata>")


def _add(
    parent: etree._Element, name: str, text: str | None = None, **attrs: str
) -> etree._Element:
    values = {k: check_value(v, f"the header's {name}/@{k}", _API) for k, v in attrs.items() if v}
    element = etree.SubElement(parent, tei(name), values)
    if text is not None:
        element.text = check_value(text, f"the header's {name}", _API)
    return element


def _add_text(
    parent: etree._Element, name: str, text: str | None, **attrs: str
) -> etree._Element | None:
    """An element holding ``text``, or nothing at all when there is no text."""
    if not text or not text.strip():
        return None
    return _add(parent, name, text, **attrs)


def classification_id(marking: str) -> str:
    """``Top Secret`` → ``cls-top-secret``: the category id of a classification marking."""
    slug = id_part(re.sub(r"[^\w]+", "-", marking.casefold())).strip("-_")
    return f"cls-{slug or 'unnamed'}"


def tei_root_attributes(meta: Metadata) -> dict[str, str]:
    """``xml:lang`` (the translation's language) and ``xml:id`` (``wcda-<record>``), when known.

    Keys are in Clark notation, ready for lxml.
    """
    attributes: dict[str, str] = {}
    if meta.translation_language:
        attributes[_XML_LANG] = meta.translation_language
    if meta.xml_id:
        attributes[_XML_ID] = meta.xml_id
    return attributes


def build_tei_header(
    meta: Metadata,
    *,
    editorial_decl: etree._Element,
    hands: Sequence[HandNote],
    classifications: Sequence[str],
    change_date: str,
    teikit_version: str,
    text_language: str | None = None,
    translator_cited: bool = False,
    contributors: Sequence[Contributor] = (),
    revisions: Sequence[Revision] = (),
    source_changes: Sequence[str] = (),
) -> etree._Element:
    """The ``teiHeader`` element for ``meta``; ``editorial_decl`` is copied, not moved.

    ``text_language`` is the language of the text when the page does not say it (the
    profile's), so that ``langUsage`` always names at least the language one reads.
    ``translator_cited``: the text points to ``#translator``, which must then be declared even
    when the page names no translator. ``contributors`` and ``revisions`` (a Word file's
    reviewers and its tracked changes and comments) are declared for the text to point to.
    ``source_changes``: what was changed in the source's characters before it was read, said
    in the conversion's ``change``."""
    if not meta.title:
        raise MetadataError("a TEI header needs a title (Metadata.check reports where)")
    header = etree.Element(tei("teiHeader"), nsmap={None: TEI_NS})
    categories = _categories(classifications)

    file_desc = _add(header, "fileDesc")
    _title_statement(file_desc, meta, translator_cited, contributors)
    _publication_statement(file_desc, meta)
    _source_description(file_desc, meta, hands)

    encoding_desc = _add(header, "encodingDesc")
    encoding_desc.append(copy.deepcopy(editorial_decl))
    if categories:
        taxonomy = _add(_add(encoding_desc, "classDecl"), "taxonomy", **{_XML_ID: TAXONOMY_ID})
        for identifier, label in categories:
            category = _add(taxonomy, "category", **{_XML_ID: identifier})
            _add(category, "catDesc", label)

    _profile_description(header, meta, [identifier for identifier, _ in categories],
                         text_language)

    revision = _add(header, "revisionDesc")
    change = f"Converted to TEI by teikit {teikit_version}."
    if source_changes:
        change += (" Before the source was read, in its characters: "
                   + "; ".join(source_changes) + ".")
    _add(revision, "change", change, when=change_date, who="#teikit")
    for earlier in revisions:
        _add(revision, "change", earlier.description, when=earlier.when, who=earlier.who,
             **{_XML_ID: earlier.xml_id})
    return header


# What the text prints around a marking that names no category: its label (`markings.
# MARKING_LABEL`), its parentheses (`(Top Secret)`), its stop (`Secret.`, `SECRET,` before the
# copy's number on its line).
_MARKING_LABEL = LazyPattern(rf"(?i)^{MARKING_LABEL}")


def _category_label(marking: str) -> str:
    label = _MARKING_LABEL.sub("", " ".join(unspaced(marking).split()))  # (`S e c r e t`)
    if label.startswith("(") and label.endswith(")") and label.count("(") == 1:
        label = label[1:-1]
    return label.rstrip(",;:.!").strip()


def _categories(classifications: Sequence[str]) -> list[tuple[str, str]]:
    """One category per distinct marking (``TOP SECRET``, ``Top Secret!`` and ``Classification:
    top secret`` are one)."""
    seen: dict[str, str] = {}
    for marking in classifications:
        label = _category_label(marking)
        if label:
            seen.setdefault(classification_id(label), label)
    return list(seen.items())


_BETWEEN_PEOPLE = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _people(names: str) -> list[str]:
    """`Robert Waters and Jan Koura`: each person the citation names, one `persName` each."""
    return [name for name in _BETWEEN_PEOPLE.split(names) if name]


def _title_statement(file_desc: etree._Element, meta: Metadata, translator_cited: bool,
                     contributors: Sequence[Contributor] = ()) -> None:
    statement = _add(file_desc, "titleStmt")
    _add(statement, "title", meta.title, type="main")
    if meta.author:
        _add(_add(statement, "author"), "orgName" if is_body(meta.author) else "persName",
             meta.author)
    for funder in meta.funders:
        _add_text(statement, "funder", funder)
    if meta.obtained_by:
        obtained = _add(statement, "respStmt")
        _add(obtained, "resp", "Obtained by")
        for person in _people(meta.obtained_by):
            _add(obtained, "persName", person)
    translator_name = meta.translator or meta.publisher
    if translator_name:
        translation = _add(statement, "respStmt", **{_XML_ID: "translator"})
        source_language = meta.original_language
        resp = f"Translation from {source_language}" if source_language else "Translation"
        _add(translation, "resp", resp)
        if meta.translator:
            for person in _people(meta.translator):
                _add(translation, "persName", person)
        else:
            _add(translation, "orgName", translator_name)
    elif translator_cited:
        translation = _add(statement, "respStmt", **{_XML_ID: "translator"})
        _add(translation, "resp", "Translation, with the bracketed interventions")
        _add(translation, "name", "the translator (not named in the source)")
    for contributor in contributors:
        declared = _add(statement, "respStmt", **{_XML_ID: contributor.xml_id})
        _add(declared, "resp", contributor.resp)
        _add(declared, "name", contributor.name)
    tool = _add(statement, "respStmt", **{_XML_ID: "teikit"})
    _add(tool, "resp", "TEI encoding by automatic conversion")
    _add(tool, "name", "teikit")


def _publication_statement(file_desc: etree._Element, meta: Metadata) -> None:
    statement = _add(file_desc, "publicationStmt")
    if not meta.publisher:
        # publicationStmt cannot be empty; say plainly that the source gave no publisher.
        _add(statement, "p", "No publication details were given for this transcription.")
        return
    _add(statement, "publisher", meta.publisher)
    _add_text(statement, "idno", meta.record_url, type="URI")
    # The record number is written on its own only when the URI does not already carry it.
    if meta.record_id and meta.record_id != _record_id_in(meta.record_url):
        _add(statement, "idno", meta.record_id, type="record")
    rights = meta.rights or (
        f"As published by the {meta.publisher}; see the source for rights."
        if not meta.publisher.casefold().startswith("the ")
        else f"As published by {meta.publisher}; see the source for rights."
    )
    _add(_add(statement, "availability"), "p", rights)


def _record_id_in(url: str | None) -> str | None:
    return record_id_from_url(url) if url else None


def _source_description(
    file_desc: etree._Element, meta: Metadata, hands: Sequence[HandNote]
) -> None:
    description = _add(file_desc, "sourceDesc")
    if meta.citation:
        _bibl_with_links(_add(description, "bibl", type="citation"), meta.citation)
    if meta.source:
        _bibl_with_links(_add(description, "bibl", type="source"), meta.source)
    if meta.original_archive:
        _bibl_with_links(_add(description, "bibl", type="archive"), meta.original_archive)
    manuscript = _add(description, "msDesc")
    _ms_identifier(_add(manuscript, "msIdentifier"), meta)
    if meta.original_language:
        codes = _original_codes(meta)
        text_lang = _add(_add(manuscript, "msContents"), "textLang", meta.original_language)
        if codes:
            text_lang.set("mainLang", codes[0])
        if len(codes) > 1:
            text_lang.set("otherLangs", " ".join(codes[1:]))
    if hands:
        hand_desc = _add(_add(manuscript, "physDesc"), "handDesc")
        for hand in hands:
            _add(hand_desc, "handNote", hand.description, **{_XML_ID: hand.id})


def _bibl_with_links(bibl: etree._Element, text: str) -> None:
    """The text verbatim, each URL as a ``ref`` (a Markdown ``<url>`` loses its angle brackets)."""
    position = 0
    last: etree._Element | None = None
    for match in URL_PATTERN.finditer(text):
        _append_text(bibl, last, text[position : match.start()])
        url = match.group("url")
        last = _add(bibl, "ref", url, target=url)
        position = match.end()
    _append_text(bibl, last, text[position:])


def _append_text(parent: etree._Element, last: etree._Element | None, text: str) -> None:
    if not text:
        return
    check_value(text, "the header's citation", _API)
    if last is None:
        parent.text = (parent.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def _ms_identifier(identifier: etree._Element, meta: Metadata) -> None:
    _add_text(identifier, "repository", meta.repository)
    for kind in ("fond", "opis", "papka", "delo", "list"):
        _add_text(identifier, "idno", meta.archive_ids.get(kind), type=kind)
    _add_text(identifier, "idno", meta.archive_citation, type="citation")
    if len(identifier):
        return
    # No archive known: identify the document by what is known, never by an empty element.
    if meta.record_url:
        _add(identifier, "idno", meta.record_url, type="URI")
    else:
        _add(identifier, "msName", meta.title)


def _original_codes(meta: Metadata) -> list[str]:
    names = split_language_names(meta.original_language or "")
    codes = [code for name in names if (code := language_code(name))]
    if meta.original_language_code and meta.original_language_code not in codes:
        codes.insert(0, meta.original_language_code)
    return codes


def _profile_description(
    header: etree._Element, meta: Metadata, category_ids: Sequence[str],
    text_language: str | None = None,
) -> None:
    profile = _add(header, "profileDesc")
    if meta.summary:
        abstract = _add(profile, "abstract")
        _add(abstract, "p", meta.summary)
        if meta.summary_note:
            _add(abstract, "p", meta.summary_note)
    date_attributes = meta.date_attributes
    if date_attributes or meta.date_text:
        printed = meta.date_text or " – ".join(date_attributes.values())
        _add(_add(profile, "creation"), "date", printed, **date_attributes)
    _language_usage(profile, meta, text_language)
    terms = [term for term in (meta.doc_type, *meta.keywords) if term and term.strip()]
    if category_ids or terms:
        text_class = _add(profile, "textClass")
        if category_ids:
            targets = " ".join(f"#{identifier}" for identifier in category_ids)
            _add(text_class, "catRef", scheme=f"#{TAXONOMY_ID}", target=targets)
        if terms:
            keywords = _add(text_class, "keywords")
            for term in terms:
                _add(keywords, "term", term)
    if not len(profile):
        header.remove(profile)


def _language_usage(profile: etree._Element, meta: Metadata,
                    text_language: str | None = None) -> None:
    languages: list[tuple[str, str]] = []
    if meta.translation_language:
        name = language_name(meta.translation_language) or meta.translation_language
        languages.append((meta.translation_language, f"{name} (translation)"))
    names = split_language_names(meta.original_language or "")
    for name in names:
        code = language_code(name)
        if code == meta.translation_language and code is not None:
            languages[0] = (code, f"{name} (original)")
        elif code:
            languages.append((code, f"{name} (original)"))
    if meta.original_language_code and not names:
        name = language_name(meta.original_language_code) or meta.original_language_code
        languages.append((meta.original_language_code, f"{name} (original)"))
    if text_language and all(code != text_language for code, _ in languages):
        # The language one reads, when the page names only the original's (or none).
        languages.insert(0, (text_language, language_name(text_language) or text_language))
    if not languages:
        return
    usage = _add(profile, "langUsage")
    for code, label in languages:
        _add(usage, "language", label, ident=code)
