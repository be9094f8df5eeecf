"""The forms the families print their conventions in, each set into a short document where it
belongs, and the TEI the converter gives it (run by hand, to read):

    .venv/bin/python bench/convention_forms.py [--only datelines,brackets,...]

A dateline under a signature, a signature over a dateline, an opening line over the text, a
closing line under the signature, a bracket inside a sentence. The lists are the forms the
archives' translations and FRUS print (`[illeg.]`, `Copy 2 of 5`, `Praha, 12. 9. 1951`,
`[in Stalin’s hand: agreed]`): what to read is whether each is what it says, not whether the
list passes; a form read wrongly is a family's fault, mended by a rule in its own words and a
test. The rounds' findings are in `docs/fidelity-history.md` (rounds 39 to 41).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from teikit.convert import convert_text

PROSE = ("The delegation arrived and the talks were held in a friendly atmosphere over two "
         "days and many questions were discussed.")
META = {"title": "Report", "date_text": "September 12, 1951"}

DATELINES = [
    "Moscow, 12 September 1951", "12.IX.51", "September 12, 1951", "12/09/1951", "12.09.1951",
    "Pyongyang, 1951 September 12", "12th September, 1951", "Sept. 12, 1951", "12 Sept 1951",
    "Peking, 12 IX 1951", "12 September 1951, 10:00", "Berlin, den 12. September 1951",
    "12-IX-1951", "1951.9.12", "1951. 9. 12.", "Praha, 12. 9. 1951", "1951年9月12日",
    "Moscow, 12 September 1951 г.", "Budapest, 1951. szeptember 12.", "Hanoi, 12/9/1951",
    "[12 September 1951]", "No. 145, 12 September 1951", "New Delhi, 12th Sept. 1951",
    "1951-09-12", "12 Sep 51", "12 IX 51", "121200Z SEP 51", "Moscow, September 12, 1951—6 p.m.",
    "10:00 a.m., 12 September [1951]", "V Praze dne 12. 9. 1951", "Warszawa, dnia 12.IX.1951 r.",
    "Monday, 12 September 1951", "12 September 1951, Moscow", "Done in Moscow on 12 September 1951",
    "HAVANA, 12.IX.1951.", "BUDAPEST, 12.09.1951", "Moscow, the Kremlin\n12 September 1951",
]
SIGNATURES = [
    "/s/ I. Ivanov", "(signed) I. Ivanov", "I. Ivanov [signature]", "[Signature] I. Ivanov",
    "Signed: I. Ivanov", "With comradely greetings,\nI. Ivanov", "KIM IL SUNG", "Zhou Enlai (seal)",
    "[illegible signature]", "(Gromyko)", "A. Gromyko /signature/",
    "Ambassador of the USSR in the DPRK\nV. Razuvayev", "Respectfully,\nJohn Smith\nAmbassador",
    "Sincerely yours,\n[Signed]\nW. Ulbricht", "Chargé d'Affaires a.i.\nS. Pak", "— I. Ivanov",
    "Ferenc Szabó s.k.", "I. Ivanov\nL.S.", "On behalf of the Government,\nI. Ivanov",
    "Agreed.\nStalin", "**I. Ivanov**",
]
OPENINGS = [
    "TOP SECRET", "Strictly confidential", "Secret. Copy No. 2", "Top Secret\nCopy 1 of 3",
    "No. 145/ss", "Ref. No. 12/51", "Special File", "Urgent", "Eyes Only",
    "Only for the addressee", "CIPHERED TELEGRAM", "Ciphered Telegram No. 1234",
    "Copy 2 of 5 copies", "To: Comrade I. V. Stalin", "Received 12.9.51 at 10:30",
    "Sent 12 September 1951", "For official use only", "Top Secret of Special Importance",
    "SECRET/NOFORN", "Confidential. Urgent.", "Memorandum of Conversation", "Subject: the talks",
    "NIACT", "Top Secret\nEx. No. 2", "1234. Reference: Deptel 567, September 11.",
]
CLOSINGS = [
    "Copies:\n1. Stalin\n2. Molotov", "Distributed to:\nComrades Stalin, Molotov, Beria",
    "Printed in 5 copies", "648-VK\nV.X.51", "No. 1234/ss 12.9.51", "Typed by: K.P.",
    "5 copies\n1 - to addressee\n2 - file", "Sent to Comrades Stalin, Molotov, Malenkov",
    "Distribution:\nThe Secretary\nThe Under Secretary", "cc: Mr. Smith", "Encl.: 3 pages",
    "Executed by: Ivanov\nTyped by: Petrova", "Repeated to Paris, London", "Total 3 pages",
    "5 copies\n12.IX.51", "Distribution:\n1st copy Comrade Ulbricht\n2nd copy ZAIG",
]
BRACKETS = [
    "word [sic]", "word [sic!]", "word (sic)", "word [?]", "the [...] talks", "[illegible]",
    "[two words illegible]", "[illeg.]", "[2 words illeg.]", "[text missing]",
    "[passage omitted]", "[page torn]", "[redacted]", "[crossed out: the army]",
    "[in English in the original]", "[Translator's note: a pun]", "[one line illegible]",
    "[handwritten: agree]", "[in Stalin’s hand: agreed]", "[in the hand of Molotov: yes]",
    "[handwritten in the margin: agree]", "[stamp: SECRET]", "[page 2]",
    "[less than 1 line not declassified]", "[1 paragraph (5 lines) not declassified]",
    "[Here follows a list of the delegates]", "[Omitted here is the list]",
    "Filippov [Stalin]", "Comrade [Kim] Il Sung", "the [Soviet] government", "in Peking [Beijing]",
    "the CC [Central Committee]", "Chou En-lai [Zhou Enlai]", "[on] 12 September",
    "[army (?)]", "[?army]", "word [!]", "the CC [= Central Committee]", "[End of document]",
    "[illegible: Kim?]", "[illegible, possibly Kim]", "[XXXXX]", "the [XXII] Congress",
    "[place name deleted]", "the Caribbean [Sea]", "Port Arthur [Lüshun]",
    "the islands [Paracel and Spratly]", "[Written diagonally across the text: agreed]",
]


def _under_signature(form: str) -> str:
    return f"{PROSE}\n\nAmbassador\nI. IVANOV\n\n{form}\n"


def _over_dateline(form: str) -> str:
    return f"{PROSE}\n\n{form}\n\n12 September 1951\n"


def _opening(form: str) -> str:
    return f"{form}\n\n{PROSE}\n\nI. IVANOV\n"


def _in_sentence(form: str) -> str:
    return f"The delegation arrived and {form} the talks went on.\n\nI. IVANOV\n"


SETS: dict[str, tuple[list[str], Callable[[str], str], str]] = {
    "datelines": (DATELINES, _under_signature, "closer"),
    "signatures": (SIGNATURES, _over_dateline, "closer"),
    "openings": (OPENINGS, _opening, "opener"),
    "closings": (CLOSINGS, _under_signature, "closer"),
    "brackets": (BRACKETS, _in_sentence, "p"),
}


def _element(markup: str, name: str) -> str:
    """The first `name` element of the body and, after a closer, the postscript."""
    body = markup[markup.index("<body>"):]
    start = body.find(f"<{name}")
    if start < 0:
        return "(none) " + body[body.index("<div"):][:160]
    end = body.find("</div>", start) if name == "closer" else body.find(f"</{name}>", start)
    return body[start:end + len(name) + 3] if end >= 0 else body[start:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(SETS),
                        help=f"which sets, comma-separated ({', '.join(SETS)})")
    args = parser.parse_args()
    for name in args.only.split(","):
        forms, place, element = SETS[name]
        print(f"== {name}")
        for form in forms:
            markup = convert_text(place(form), source_name=f"{name}.txt",
                                  overrides=META).to_bytes().decode("utf-8")
            print(f"{form!r:48} → {' '.join(_element(markup, element).split())[:200]}")


if __name__ == "__main__":
    main()
