"""Language names as the archive prints them → ISO 639 codes (BCP 47 tags for TEI).

A table rather than the ``langcodes`` package: langcodes only looks names up with the extra
``language_data`` package (several MB of CLDR names), and the archive's ``Original Language``
field uses a small, stable set of English names. The table is explicit, instant to load, and
an unknown name gives no code (the name is still written) instead of a guess.
ISO 639-1 codes where one exists, else ISO 639-3.
"""

from __future__ import annotations

import re

from teikit.lazy_pattern import LazyPattern

LANGUAGE_CODES: dict[str, str] = {
    "afrikaans": "af", "albanian": "sq", "amharic": "am", "arabic": "ar", "armenian": "hy",
    "azerbaijani": "az", "belarusian": "be", "bengali": "bn", "bulgarian": "bg", "burmese": "my",
    "catalan": "ca", "chinese": "zh", "mandarin": "zh", "croatian": "hr", "czech": "cs",
    "danish": "da", "dari": "prs", "dutch": "nl", "english": "en", "estonian": "et",
    "farsi": "fa", "finnish": "fi", "french": "fr", "georgian": "ka", "german": "de",
    "greek": "el", "hebrew": "he", "hindi": "hi", "hungarian": "hu", "icelandic": "is",
    "indonesian": "id", "italian": "it", "japanese": "ja", "kazakh": "kk", "khmer": "km",
    "korean": "ko", "kyrgyz": "ky", "lao": "lo", "latin": "la", "latvian": "lv",
    "lithuanian": "lt", "macedonian": "mk", "malay": "ms", "mongolian": "mn", "nepali": "ne",
    "norwegian": "no", "pashto": "ps", "persian": "fa", "polish": "pl", "portuguese": "pt",
    "romanian": "ro", "russian": "ru", "serbian": "sr", "serbo-croatian": "hbs",
    "slovak": "sk", "slovenian": "sl", "somali": "so", "spanish": "es", "swahili": "sw",
    "swedish": "sv", "tajik": "tg", "tamil": "ta", "thai": "th", "tibetan": "bo",
    "tigrinya": "ti", "turkish": "tr", "turkmen": "tk", "ukrainian": "uk", "urdu": "ur",
    "uyghur": "ug", "uzbek": "uz", "vietnamese": "vi", "yiddish": "yi",
}  # fmt: skip

_NAMES_BY_CODE = {code: name.title() for name, code in reversed(LANGUAGE_CODES.items())}

# "Translation - English", "Translation: English", "English Translation".
_TRANSLATION_AFTER = LazyPattern(r"\btranslation\s*[-–—:(]\s*(?P<name>[A-Za-z-]+)", re.I)
_TRANSLATION_BEFORE = LazyPattern(r"\b(?P<name>[A-Za-z-]+)\s+translation\b", re.I)


def language_code(name: str) -> str | None:
    """``Russian`` → ``ru``; None for a name the table does not know."""
    # "Chinese (Simplified)" is Chinese: a qualifier in parentheses does not change the code.
    key = re.sub(r"\s+", " ", re.sub(r"\(.*?\)", "", name).strip().casefold())
    return LANGUAGE_CODES.get(key)


# The scripts a tag of an undetermined language names (`und-Cyrl`).
_SCRIPT_NAMES = {"Cyrl": "Cyrillic", "Hani": "Han", "Hang": "Hangul", "Grek": "Greek",
                 "Arab": "Arabic", "Hebr": "Hebrew"}


def language_name(code: str) -> str | None:
    """``ru`` → ``Russian``; ``und-Cyrl`` → ``Undetermined (Cyrillic script)``."""
    if code == "und":
        return "Undetermined"
    if code.startswith("und-") and code[4:] in _SCRIPT_NAMES:
        return f"Undetermined ({_SCRIPT_NAMES[code[4:]]} script)"
    return _NAMES_BY_CODE.get(code)


def split_language_names(field: str) -> list[str]:
    """``Korean, Russian`` or ``Korean and Russian`` → the names, in order."""
    return [part.strip() for part in re.split(r",|;|/|\band\b", field) if part.strip()]


def translation_language(contents: str) -> str | None:
    """The code of the language a ``Contents`` field says the translation is in."""
    for pattern in (_TRANSLATION_AFTER, _TRANSLATION_BEFORE):
        for match in pattern.finditer(contents):
            code = language_code(match.group("name"))
            if code is not None:
                return code
    return None
