"""What a citation or source note says: archival identifiers, URL, record id, people.

Archival references follow the Russian/Soviet archive convention ``fond, opis, delo, list``,
printed abbreviated (``f.45, op.7, d.347``, ``f. 558, op. 11, d. 334, ll.0055``) or in full
(``fond 0102, opis 16, delo 7``); the foreign ministry's archive files its delos in folders
(``papka 97``, ``p. 11``). The repository is the phrase just before the identifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from teikit.metadata.languages import language_code

# One identifier: its key as printed and its value. Abbreviations need their period, so the
# article "d" or a stray "f" never starts a reference.
# GARF's fonds have a letter before the figures (`Fond R-9401ss`); `Opis'` keeps the soft
# sign of its transliteration.
# (`por. 19, pap. 288`: the foreign ministry's item and folder; the item has no identifier of
# its own in the header, and stays in the identifiers as printed; so does the portfolio,
# `port. 93`)
# Other archives of the bloc file the same way under their own words: the Ukrainian `spr.`
# (sprava) and `ark.` (arkush), the Bulgarian `a.e.` (archival unit), for the delo and the list.
# (a fond's series letter may stand apart: `f. 146 B`)
# (`listi 712-713`: the lists' word in another transliteration)
# (the Romanian and Moldovan archives' own words: `fond. 51, inv. 56, dosar 7, fila 8`, the
# inventory as the opis, the file as the delo, the folio as the list)
# (the Polish archives' (`AMSZ, z. 9, w. 53, t. 702`): the zespół (fonds) as the fond, the
# wiązka (bundle) as the folder, the teczka (file) as the delo)
_WORDS = (r"(?:fond|opis|papka|delo|listy|listi|list|sprava|inventar|dosar|filele|fila|zespół|"
          r"wiązka|teczka)\b\.?")
# (`o. 13a`: the opis's one letter, as some notes print it)
# (`II. 8`, `I. 53`: the list's `ll.` and `l.` as a scan reads them, capital i's)
# (the Czech archives': `f. 02/2, sv. 84, a.j. 102`, the svazek (volume) as the folder, the
# archivní jednotka (archival unit) as the delo)
_ABBREVIATIONS = (r"(?:f|op|o|port|p|d|ll|l|pap|por|spr|ark|a\.\s?e|ae|ii|i|inv|z|w|t|sv|"
                  r"a\.\s?j|kart)")
# (a range may have a space before its dash: `I. 53 -70`)
_VALUE = (r"['’]?\s*(?P<value>(?:[A-Z]-?)?\d[\dA-Za-z/-]*(?<![./-])"
          r"(?:\s[A-Z](?![\w.])|\s[-–]\s?\d+)?)")
_PART = re.compile(rf"(?P<key>{_WORDS}|{_ABBREVIATIONS}\.){_VALUE}", re.IGNORECASE)
# After the fond, the parts' abbreviations may lack their periods (`fond 07, op 10, p 22, d 308,
# ll. 4-5`): within a reference, `d 308` is no article.
_NEXT_PART = re.compile(rf"(?P<key>{_WORDS}|{_ABBREVIATIONS}\.?(?=\s*\d)){_VALUE}",
                        re.IGNORECASE)
_KEYS = {
    "f.": "fond", "fond": "fond", "op.": "opis", "o.": "opis", "opis": "opis",
    "p.": "papka", "papka": "papka",
    "d.": "delo", "delo": "delo", "l.": "list", "ll.": "list", "list": "list", "listy": "list",
    "listi": "list",
    "pap.": "papka", "por.": "", "port.": "", "spr.": "delo", "sprava": "delo", "ark.": "list",
    "a.e.": "delo", "a. e.": "delo", "ae.": "delo", "ii.": "list", "i.": "list",
    "inv.": "opis", "inventar": "opis", "dosar": "delo", "fila": "list", "filele": "list",
    "z.": "fond", "zespół": "fond", "w.": "papka", "wiązka": "papka", "t.": "delo",
    "teczka": "delo", "sv.": "papka", "kart.": "papka", "a.j.": "delo", "a. j.": "delo",
}  # fmt: skip
# Between two parts: a comma, a semicolon or a full stop (`F. 45. Op. 1. D. 303.`), after
# what the part's value is, in parentheses (`f. 0100 (Chinese embassy - secret section)`).
_SEPARATOR = re.compile(r"\s*(?:\([^()]{1,80}\))?\s*[,;.]?\s*")
# "Wilson Center Digital Archive", "History and Public Policy Program Digital Archive".
_PUBLISHER = re.compile(r"(?P<name>[A-Z][\w ]*?Digital Archive)\s*,\s*")
# A URL, bare or as a Markdown autolink ``<https://…>``; trailing punctuation is not part of it.
URL_PATTERN = re.compile(r"<?(?P<url>https?://[^\s<>]+[^\s<>.,;)])>?")
_RECORD_ID = re.compile(r"/document/(?P<id>\d+)(?:\b|$)")
# A person's name: capitalised words and initials ("A. M. Ledovskii", "Gary Goldberg").
# (an initial between two words, `Margaret K. Gnoinska`, and a particle before one, `Luiz de
# Castro`, stay inside the name)
_INITIALS = r"(?:[A-Z]\.\s?)"
_WORD = r"[A-Z][\w'’-]+"
_NAME = (rf"{_INITIALS}*{_WORD}(?:\s+(?:[A-Z]\.(?:\s?[A-Z]\.)*(?=\s|$)"
         rf"|(?:de|da|do|dos|van|von|der)\s+{_WORD}|{_WORD}))*")
# (`Obtained and translated for NKIDP by Eliza Gheorghe`: the one who did both; `…; translated
# for CWIHP by Daniel Rozas` after a semicolon, in lower case)
# (`… by NKIDP by Bernd Schaefer`: the programme's acronym first; `by Robert Waters and Jan
# Koura`: two people, both named)
_FOR = r"(?:(?:for [A-Z][\w ]*?|by [A-Z]{2,6}) )?"
_NAMES = rf"{_NAME}(?:(?:,\s*|,?\s+and\s+){_NAME})*"
_OBTAINED_BY = re.compile(rf"\bObtained (?:and translated )?{_FOR}by (?P<name>{_NAMES})")
_TRANSLATED_BY = re.compile(rf"\b[Tt]ranslated {_FOR}by (?P<name>{_NAMES})")


@dataclass(frozen=True)
class ArchiveReference:
    """A fond/opis/delo reference: the repository and each identifier."""

    repository: str | None
    ids: dict[str, str] = field(default_factory=dict)  # fond/opis/papka/delo/list → value
    printed: str = ""  # the identifiers as printed: "f.45, op.7, d.347"


def parse_archive_reference(text: str) -> ArchiveReference | None:
    """The first fond/opis/delo reference in ``text``, or None when there is none.

    A reference starts with a fond and has at least one more part, so a lone ``f. 5`` in a
    sentence is not taken for an archival reference.
    """
    for start in _PART.finditer(text):
        if _KEYS[_key(start.group("key"))] != "fond":
            continue
        ids, end = _read_parts(text, start.start())
        if len(ids) >= 2:
            printed = text[start.start() : end]
            return ArchiveReference(_repository_before(text, start.start()), ids, printed)
    return None


# The words before a reference that name its archive (`RGASPI`, `AVP RF`, `Archive of the
# President`), no more than a short name's.
_ARCHIVE_NAME_WORDS = 6


# A fond's key and its number, as a reference opens (`f. 17`, `F.45`, `fond 0102`, `Fond
# R-9401ss`).
_FOND = re.compile(r"(?i)\b(?:f\.|fond\b\.?|z\.|zespół\b)\s*['’]?\s*(?:[A-Z]-?)?\d")


def whole_archive_reference(text: str) -> bool:
    """Whether `text` is an archival reference and nothing else: the archive's short name,
    then its fond and the parts under it (`RGASPI f. 17, op. 162, d. 19, l. 49.`)."""
    return archive_reference_alone(text) is not None


def archive_reference_alone(text: str) -> ArchiveReference | None:
    """The reference `text` is, when it is one and nothing else (`whole_archive_reference`)."""
    if _FOND.search(text) is None:
        return None  # (asked of many lines: most name no fond)
    reference = parse_archive_reference(text)
    if reference is None or len(reference.ids) < 3:
        return None
    at = text.find(reference.printed)
    before, after = text[:at], text[at + len(reference.printed):]
    # (the archive named: identifiers alone are an editor's note of where the paper lies, as a
    # hand writes `f.45, op.7, d.347` on the seed's first page)
    named = (0 < len(before.split()) <= _ARCHIVE_NAME_WORDS
             and not any(c.isdigit() or c in "[]" for c in before)
             and not after.strip(" .;,"))
    return reference if named else None


def _read_parts(text: str, position: int) -> tuple[dict[str, str], int]:
    ids: dict[str, str] = {}
    end = position
    while (part := (_PART if not ids else _NEXT_PART).match(text, position)) is not None:
        key = _KEYS[_key(part.group("key"))]
        if key in ids:
            break
        separator = _SEPARATOR.match(text, part.end())
        following = separator.end() if separator else part.end()
        if _key(part.group("key")) == "p." and _NEXT_PART.match(text, following) is None:
            break  # `delo 7, p.16-42`: the pages, where no delo or list follows
        if key:
            ids[key] = part.group("value")
        end = part.end()
        position = following
    return ids, end


def _key(printed: str) -> str:
    """A part's key as `_KEYS` spells it (`op` as `op.`, `fond.` as `fond`)."""
    key = printed.casefold()
    if key in _KEYS:
        return key
    return key[:-1] if key.endswith(".") and key[:-1] in _KEYS else f"{key}."


def _repository_before(text: str, position: int) -> str | None:
    before = text[:position].rstrip(" ,;:.")  # (`APRF: F. 39, Op. 1`, `APRF. F. 45.`)
    publishers = list(_PUBLISHER.finditer(before))
    if publishers:
        publisher = publishers[-1]
        # "..., Wilson Center Digital Archive, Archives of ... (TsAMO), f.45": all after it.
        candidate = before[publisher.end() :]
    else:
        # `Central State Archive [TsDA], Sofia, Fond 1-B`: the archive's name, then its
        # place; else the clause before the identifiers: "... found in RGASPI", "AVPRF".
        candidate = (_archive_and_place(before)
                     or re.split(r"[.;,]\s|[“”\"]", before)[-1])
        placed = re.search(r"\b(?:in|at|from)\s+(?P<name>[A-Z].*)$", candidate)
        if placed:
            candidate = placed.group("name")
        elif not _names_archive(candidate.strip(" ,;")):
            # `AMSZ, Department II, 1981, z. 32/84`: a year or a department is no repository;
            # the last part before the identifiers that names an archive is
            named = [part for part in _segments(before) if _names_archive(part)]
            candidate = named[-1] if named else candidate
    # (`…, Source: AVPRF, f.6`: the citation's label for where it was found is no name's)
    candidate = _SOURCE_LABEL.sub("", candidate.strip(" ,;"))
    return candidate or None


_SOURCE_LABEL = re.compile(r"^(?i:source|archive|original archive)\s*:\s*")


# A phrase that names an archive (`Archives of the Ministry of Foreign Affairs`, `Bundesarchiv`,
# `Magyar Országos Levéltár`, `Arkivi Qendor Shtetëror`), or is an archive's acronym (`AVP RF`,
# `AAN`, `MfAA`, `PRC FMA`: a word or two, capitals the most of it).
_ARCHIVE_WORD = re.compile(r"(?i)\b(?:archives?|archiv\w*|\w+archiv|arkiv\w*|archivo|arquivo|"
                           r"levéltár\w*)\b")
# (`SAPMO-BArch`: two joined by a hyphen; `A.N.I.C.`: initials with their full stops)
_ACRONYM = re.compile(r"(?=(?:\S*[A-Z]){2})(?:[A-Z][A-Za-z]{0,5}(?:[ -][A-Z][A-Za-z]{0,4})?|"
                      r"(?:[A-Z]\.){2,6})")
# A place after an archive's name (`…, Sofia`, `…, France`): a word or two in title case; the
# archive's acronym may follow it (`Archive of the President, Russian Federation (APRF)`).
_PLACE = re.compile(r"[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?(?: \([A-Z][A-Za-z ]{1,10}\))?")
# Where a reference's sentence ends: a full stop after a word of two letters or more (not
# after an initial or `F.`), before a capital, outside brackets.
# (nor after a volume's abbreviation: `vol. II, 1969, f. 269-270`)
_SENTENCE_END = re.compile(r"(?<=[\w)\]]{2})(?<!\b[Vv]ol)\.\s+(?=[A-Z])")
# A shelfmark that ends the archive's phrase (`MfAA C 1023/73`, `… im Bundesarchiv J IV
# 2/202/280`, `PRC FMA 109-03754-03`): figures, after letters of a series.
_SHELFMARK = re.compile(r"(?:\s+(?:[A-Z]{1,2}|[IVX]+))*\s+\S*\d\S*$")
# A file named in parentheses after the archive (`(“Cuban Domestic Policies” file)`).
_FILE_NAMED = re.compile(r"\s*\([^()]*(?:[“”\"]|\bfile\b)[^()]*\)$")
# A named fond (`fond CC of RCP-Directorate of International Affairs`), printed after the
# archive's acronym without a comma too (`A.N.I.C. fond CC of RCP—Chancellery`).
_NAMED_FOND = re.compile(r"(?i)^fond\s+(?P<name>[A-Z].*)$")
_FOND_AFTER_NAME = re.compile(r"\s+(?=fond\s+[A-Z])", re.IGNORECASE)
# The file in a named fond, as Romanian archives number it (`dosar 176/1966`, translated
# `file 109/1969` or `folder 15/1965`), and its leaves (`f. 2-10`, `f.269-270`).
_FILE_IN_FOND = re.compile(r"(?i)^(?:dosar|file|folder)\s+(?P<value>\d[\w/-]*)$")
_DOSAR = re.compile(r"(?i)^dosar\s+\d")
_LEAVES = re.compile(r"^ff?\.\s?(?P<value>\d[\d-]*)$")


def _segments(text: str) -> list[str]:
    """The parts of a reference between its commas and semicolons, outside brackets."""
    parts: list[str] = []
    depth = start = 0
    for index, character in enumerate(text):
        if character in "([“":
            depth += 1
        elif character in ")]”" and depth:
            depth -= 1
        elif character in ",;" and not depth:
            parts.append(text[start:index].strip())
            start = index + 1
    parts.append(text[start:].strip())
    return [part for part in parts if part]


def _archive_and_place(text: str) -> str | None:
    """The last segment of `text` that names an archive, with the places after it, when only
    places follow it."""
    segments = _segments(text)
    named = [i for i, segment in enumerate(segments) if _names_archive(segment)]
    if named and all(_PLACE.fullmatch(segment) for segment in segments[named[-1] + 1:]):
        return ", ".join(segments[named[-1]:])
    return None


def _names_archive(segment: str) -> bool:
    return segment[:1].isupper() and (_ARCHIVE_WORD.search(segment) is not None
                                      or _ACRONYM.fullmatch(segment) is not None)


def named_archive(text: str) -> ArchiveReference | None:
    """The archive a source note names without a fond/opis/delo reference (`AVP RF.`, `AAN,
    KC PZPR, sygnatura XI A 130`, `Archives of the Ministry of Foreign Affairs, France.`): its
    name as printed, with the place after it and a fond it names; None for a note that names
    no archive, or cites a book (`…, eds., …`)."""
    publishers = list(_PUBLISHER.finditer(text))
    if publishers:
        text = text[publishers[-1].end():]
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0].rstrip(" .")
    segments = _segments(sentence)
    if any(segment.casefold() in ("ed.", "eds.", "ed", "eds") for segment in segments):
        return None
    for index, segment in enumerate(segments):
        segment, *fond_after = _FOND_AFTER_NAME.split(segment, maxsplit=1)
        name = _FILE_NAMED.sub("", _SHELFMARK.sub("", segment)) or segment
        if not _names_archive(name):
            continue
        following = fond_after + segments[index + 1:]
        places = []
        while following and _PLACE.fullmatch(following[0]):
            places.append(following.pop(0))
        return ArchiveReference(", ".join([name, *places]), _named_fond_parts(following))
    return None


def _named_fond_parts(segments: list[str]) -> dict[str, str]:
    """A named fond and, in it, the file and its leaves (`fond CC of RCP—Chancellery, file
    109/1969, f.2-10`), as far as they follow one another."""
    if not segments:
        return {}
    fond = _NAMED_FOND.match(segments[0])
    if fond is not None:
        ids = {"fond": fond["name"]}
    elif any(_DOSAR.match(segment) for segment in segments):
        # (`ANIC, C.C. al P.C.R., Sectia Relatii Externe, dosar 20/1974`: the body whose papers
        # the file is in, unlabelled, before the section)
        ids = {"fond": segments[0]}
    else:
        return {}
    for segment in segments[1:]:
        if (found := _FILE_IN_FOND.match(segment)) is not None and "delo" not in ids:
            ids["delo"] = found["value"]
        elif (found := _LEAVES.match(segment)) is not None:
            ids["list"] = found["value"]
            break
    return ids


# `Translated from Portuguese by …`, `translated from the Russian`, `original in Chinese`: the
# original's language, as a source note names it.
_TRANSLATED_FROM = re.compile(r"\b(?:[Tt]ranslated from|[Oo]riginal(?: is| was)? in) (?:the )?"
                              r"(?P<language>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def translated_from(text: str) -> str | None:
    """The language a source note says the document was translated from, if it names one
    the language table knows."""
    found = _TRANSLATED_FROM.search(text)
    if found is None or language_code(found["language"]) is None:
        return None
    return found["language"]


def find_url(text: str) -> str | None:
    match = URL_PATTERN.search(text)
    return match.group("url") if match else None


def record_id_from_url(url: str) -> str | None:
    """``…/document/117422`` → ``117422``; a slug URL (``…/document/telegram-…``) has none."""
    match = _RECORD_ID.search(url)
    return match.group("id") if match else None


def find_publisher(citation: str) -> str | None:
    match = _PUBLISHER.search(citation)
    return match.group("name").strip() if match else None


def obtained_by(text: str) -> str | None:
    match = _OBTAINED_BY.search(text)
    return _clean_name(match.group("name")) if match else None


def translator(text: str) -> str | None:
    match = _TRANSLATED_BY.search(text)
    return _clean_name(match.group("name")) if match else None


def _clean_name(name: str) -> str:
    return re.sub(r"\s+and$", "", name.strip())
