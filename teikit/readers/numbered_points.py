"""A decision's or a proposal's numbered points: `The Politburo decides:` / `1. To approve the
proposal.` / `2. To instruct Comrade Gromyko …`. Each point is a clause, often too short to be
told running text by its length, and numbered as a list of copies is: read alone, the points
under the last paragraph were taken for the copies' list, and the closer began at the first.
A run of two points or more, numbered in order, each a clause, is running text; so is the
line that introduces them (`The Politburo decides:`)."""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.readers.furniture.line_patterns import DISTRIBUTION_HEAD
from teikit.readers.lines import LIST_HEAD, RECIPIENT_WORDS, SALUTE_LINE, names_address
from teikit.readers.units import LB, Unit

# A point's number or letter, then its words (`1. To approve`, `2) to send`, `b. The MFA`).
_POINT = LazyPattern(r"^\s*(?P<number>\d{1,2}|[a-z])[.)]\s+(?P<rest>\S.*)$")
# What a decision's point says: `To` and a verb, as the Politburo's points are worded in
# English (`To approve`, `To instruct`); not `To Comrade Stalin`, `to the file`, whom a copy
# went to.
_TO_DO = LazyPattern(r"^To\s+(?!(?:the|a|an|all|file|files|archives?|comrades?|cdes?|comrs?)\b)"
                     r"[a-z]{2,}\b")
_CLAUSE_WORDS = 3  # words in lower case that make a point a clause, not a name or an office
_LEAD_IN_WORDS = 12  # a line that introduces the points: `The Politburo decides:`
_POINTS = 2


def _clause(rest: str) -> bool:
    """A point's words are a clause: `To` and a verb, or words mostly in lower case that no
    copy's recipient opens with (`1. Comr. Stalin`, `2 – to the file`; `The Ministry is to
    report by 1 October.` is a clause)."""
    if _TO_DO.match(rest):
        return True
    words = rest.split()
    if words[0].strip(".,:;–-").lower() in RECIPIENT_WORDS:
        return False
    return sum(word[:1].islower() for word in words) >= _CLAUSE_WORDS


def _numbers(text: str, running: bool = False) -> list[str] | None:
    """The numbers of the points of `text`, one per line, when every line is a point (a
    clause, unless the text is `running` text already); None otherwise."""
    numbers = []
    for line in text.split(LB):
        found = _POINT.match(line)
        if found is None or not (running or _clause(found["rest"])):
            return None
        numbers.append(found["number"])
    return numbers


def _in_order(numbers: list[str]) -> bool:
    """`1`, `2`, `3` or `a`, `b`, `c`: each one more than the one before, from the first."""
    first = numbers[0]
    if first.isdigit():
        return all(n.isdigit() and int(n) == int(first) + at for at, n in enumerate(numbers))
    return all(len(n) == 1 and ord(n) == ord(first) + at for at, n in enumerate(numbers))


# The verb of a decision alone on its line, its subject on the line above (`The Politburo of
# the CC of the BCP` / `DECIDES:`), as a resolution is set out.
_DECIDES_ALONE = LazyPattern(r"(?i)^(?:hereby\s+)?(?:decides?|decided|resolves?|resolved|"
                             r"decrees?|orders?|has\s+decided|proposes?)\s*:$")


def _subject_line(text: str) -> bool:
    """Who decides, a few words with no colon or stop at their end (`The Politburo of the CC
    of the BCP`)."""
    return (0 < len(text.split()) <= _LEAD_IN_WORDS and LB not in text
            and not text.endswith((":", ".", ";", ",")))


def _leads_in(text: str) -> bool:
    """`The Politburo decides:`, `It is proposed:`: a few words ending on a colon, no list's
    heading (`Copies:`, `Distribution:`) nor whom the text addresses (`Comrade [Zhou]
    Enlai:`, `Peng [Dehuai] and Huang [Kecheng]:`)."""
    return (text.endswith(":") and len(text.split()) <= _LEAD_IN_WORDS
            and LIST_HEAD.match(text) is None and DISTRIBUTION_HEAD.match(text) is None
            and SALUTE_LINE.match(text) is None and not names_address(text))


def _goes_on_from_an_item(units: list[Unit], above: int, number: str, prose: set[int]) -> bool:
    """`Copies to:` / `1. H.E. the Minister/State Secretary` / `2. Directorate of Asia and
    Pacific` / `3. Embassy of the Republic of Indonesia in Peking`: points numbered on from
    the unit `above`, which is no clause (an addressee), are that list's items, however many
    small words their names have."""
    if above in prose or units[above].kind != "text":
        return False
    found = _POINT.match(units[above].text.split(LB)[-1])
    return (found is not None and not _clause(found["rest"])
            and _in_order([found["number"], number]))


def points_of_the_text(units: list[Unit], content: list[int], prose: set[int]) -> list[int]:
    """The units of `content` not in `prose` that belong to a run of numbered points in order,
    each a clause (points of the running text may be among them: `1. …` long enough to be
    told so, `2. To send 50 engineers.`), and the line that introduces a run."""
    found: list[int] = []
    run: list[int] = []  # the run's places in `content`
    numbers: list[str] = []

    def close() -> None:
        if len(numbers) < _POINTS or not _in_order(numbers):
            return
        before = run[0] - 1
        if before >= 0 and _goes_on_from_an_item(units, content[before], numbers[0], prose):
            return
        if before >= 0 and content[before] not in prose and _leads_in(
                units[content[before]].text.strip()):
            found.append(content[before])
            subject = before - 1
            if (_DECIDES_ALONE.match(units[content[before]].text.strip()) and subject >= 0
                    and content[subject] not in prose
                    and _subject_line(units[content[subject]].text.strip())):
                found.append(content[subject])  # `The Politburo of the CC` / `DECIDES:`
        found.extend(content[at] for at in run if content[at] not in prose)

    for at, index in enumerate(content):
        points = (_numbers(units[index].text, index in prose) if units[index].kind == "text"
                  else None)
        if points is None:
            close()
            run, numbers = [], []
            continue
        run.append(at)
        numbers.extend(points)
    close()
    return found


def only_points(texts: list[str]) -> bool:
    """Whether `texts` are a run of numbered points in order, each a clause, the line that
    introduces them before them or not (`Resolution:` / `1. To approve …` / `2. To …`): a
    resolution written under a signature, however many its points."""
    if texts and _leads_in(texts[0].strip()):
        texts = texts[1:]
    numbers: list[str] = []
    for text in texts:
        points = _numbers(text)
        if points is None:
            return False
        numbers.extend(points)
    return len(numbers) >= _POINTS and _in_order(numbers)
