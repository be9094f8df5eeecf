"""`Zhongfa [1965] No. 311`: a Chinese document's number, its year in the brackets the original
prints (`中发〔1965〕311号`) → one `idno`, the brackets the number's own, no words supplied."""

from __future__ import annotations

from teikit.conventions import Convention, Form
from teikit.lazy_pattern import LazyPattern
from teikit.model import Text
from teikit.rules.base import BracketContext, Match, Rule

CONVENTION = Convention(
    "number-year", "Zhongfa [1965] No. 311", "idno[@type='document']",
    "A document's number with its year in the brackets the original prints.",
    summary="document_number",
    forms=(Form("idno", "{}", (("type", "document"),)),),
)
# The year, in full or by its last two figures (`[1965]`, `[60]`).
_YEAR = LazyPattern(r"(?:19|20)?\d\d")
# The number's word opening its line (`Zhongfa `, `Guofa `, `Wai Dian `): a code, capitalised.
_CODE_BEFORE = LazyPattern(r"(?:^|(?<=\n))[A-Z][a-z]+(?: [A-Z][a-z]+)? $")
# The number after the year, ending the line (` No. 311`, ` 685`).
_NUMBER_AFTER = LazyPattern(r" (?:No\. ?)?\d{1,5}(?=[ \t]*(?:\n|$))")


def _read(ctx: BracketContext) -> Match | None:
    if _YEAR.fullmatch(ctx.inner) is None:
        return None
    code = _CODE_BEFORE.search(ctx.before)
    number = _NUMBER_AFTER.match(ctx.after_start(12))
    if code is None or number is None:
        return None
    whole = f"{code.group()}[{ctx.inner}]{number.group()}"
    return Match([CONVENTION.node("idno", {"type": "document"}, [Text(whole)])],
                 consume_before=len(code.group()), consume_after=len(number.group()))


RULE = Rule(CONVENTION, _read)
