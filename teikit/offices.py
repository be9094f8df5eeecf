"""The words of offices and bodies: the titles that stand before a person's name and the words
an organisation's name is made of. The bracket rules, the salutation test and the header's
author read them; they stand below all three, so that metadata need not import the rules."""

from __future__ import annotations

import re

TITLES = frozenset(
    "cde cdes comrade comrades comr mr mrs ms dr minister president chairman chairmen general "
    "marshal ambassador premier secretary envoy colonel captain lieutenant admiral professor prof "
    "sir lord king queen prince deputy the "
    # (the forms of address of the Spanish and Portuguese documents: `Licenciado Ortiz`; a
    # Mexican office's, its holder's, translated: `the C. [Citizen] Secretary`)
    "doctor señor señora senhor senhora licenciado licenciada ingeniero compañero "
    "compañera citizen "
    # (a Cuban officer's rank, left in Spanish: `Comandante Almejeiras`)
    "comandante".split()
)
# The titles that stand before a person's name (`the` stands as often before an organisation's).
PERSON_TITLES = TITLES - {"the"}
# The titles printed contracted before a name (`Mr.`, `Mme`, `Dr.`), which a bracket after them
# completes with the name, never spells out (`Mr. [Myer] Feldman`, `Mr. [Strong]`).
COURTESY_TITLES = frozenset("mr mrs ms messrs mme mlle dr sr jr".split())
# A printed name ending in one of these is an organisation's: the bracketed name after it is
# someone else's (`the Soviet Embassy [Puzanov]`), not another spelling of it.
ORGANISATION_WORDS = frozenset(
    "ministry embassy committee party department agency office council bureau government army "
    "navy command headquarters union republic commission presidium politburo secretariat "
    "delegation mission legation consulate front association federation bank institute "
    "academy university press radio service administration directorate section division "
    "staff corps assembly congress parliament cabinet court police news airlines company "
    "corporation movement organization organisation league alliance".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def words_of(text: str) -> set[str]:
    """The words of `text`, in lower case."""
    return {word.lower() for word in _WORD.findall(text)}
