"""Months named in the languages the archives' documents were written in, for dates a
translation leaves in the original (`4 de abril de 1984`, `NEW DELHI LE 23 MAI 1974`, `11 октября
1957 года`): each language's names as a date writes them after the day (the genitive in Slavic
languages). Names an English month already has (`august`, `septembre` apart) are left to the
English patterns.
"""

from __future__ import annotations

_BY_LANGUAGE = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
          "dezembro",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
          "décembre",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
          "dicembre",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
          "noiembrie decembrie",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
          "listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu "
          "prosince",
}
ENGLISH_MONTHS = frozenset("january february march april may june july august september "
                           "october november december".split())
# `setiembre`, `Jänner`: the spellings some countries use for a month.
_VARIANTS = {"setiembre": 9, "jänner": 1, "luty": 2}


def _months() -> dict[str, int]:
    months: dict[str, int] = {}
    for names in _BY_LANGUAGE.values():
        for number, name in enumerate(names.split(), start=1):
            if name not in ENGLISH_MONTHS:
                months.setdefault(name, number)
    months.update(_VARIANTS)
    return months


FOREIGN_MONTHS = _months()


# Hungarian writes the year first and the day after the month (`1956. november 4.`): its names
# stand apart, all twelve (`november` and `december` are English's spellings too, but not in
# that order).
HUNGARIAN = {name: number for number, name in enumerate(
    "január február március április május június július augusztus szeptember október "
    "november december".split(), start=1)}


def alternatives(months: dict[str, int] = FOREIGN_MONTHS) -> str:
    """The names of `months` as a pattern's alternatives, longest first and in a fixed order
    (every process builds the same pattern), matched in any case."""
    return "|".join(sorted(months, key=lambda name: (-len(name), name)))


def is_foreign_month(word: str) -> bool:
    """Whether `word` names a month in a language other than English, as a date writes it."""
    return word.lower() in FOREIGN_MONTHS or word.lower() in HUNGARIAN
