"""Brackets phrased as the translators of other documents of the same families phrase them: a
report of an omission, of an illegible passage, of a stamp; a date supplied with its
preposition; a cross-reference; a place given its modern name after a place preposition.

None of these phrasings is in the dev documents; each test fails on the converter before they
were read (their fallback was a remark, supplied words or an unclassified bracket)."""

from __future__ import annotations

import pytest
from lxml import etree

from teikit import TEI_NS
from tests.rules.test_bracket_rules import PROSE, body_of, inner_xml

REMARK = '<note type="editorial" place="inline" resp="#translator">'

REPORTS = [
    # Passages left out by the editor: a gap, the bracket's words its description.
    ("[text omitted]", '<gap reason="editorial"><desc>text omitted</desc></gap>'),
    ("[omitted]", '<gap reason="editorial"><desc>omitted</desc></gap>'),
    ("[two paragraphs omitted]", '<gap reason="editorial" unit="paragraph" quantity="2"><desc>'
     "two paragraphs omitted</desc></gap>"),
    ("[rest of the document not translated]", '<gap reason="editorial"><desc>rest of the '
     "document not translated</desc></gap>"),
    ("[map not reproduced]", '<gap reason="editorial"><desc>map not reproduced</desc></gap>'),
    ("[attachment not found]", '<gap reason="missing"><desc>attachment not found</desc></gap>'),
    ("[the following two pages are omitted]", '<gap reason="editorial" ><desc>'.replace(" >", ">")
     + "the following two pages are omitted</desc></gap>"),
    # Passages that could not be read, said as a sentence or counted.
    ("[Several lines are illegible.]", '<gap reason="illegible" unit="line" rend="[Several lines '
     'are illegible.]"/>'),
    ("[a word is illegible]", '<gap reason="illegible" unit="word" quantity="1" rend="[a word is '
     'illegible]"/>'),
    # (where: `in the original`; it was a remark)
    ("[passage illegible in the original]", '<gap reason="illegible" rend="[passage illegible in '
     'the original]"><desc>passage</desc></gap>'),
    ("[two illegible signatures]", '<gap reason="illegible" quantity="2" rend="[two illegible '
     'signatures]"><desc>signatures</desc></gap>'),
    # more of them after the first, a count of its own
    ("[one additional illegible signature]", '<gap reason="illegible" quantity="1" rend="[one '
     'additional illegible signature]"><desc>signature</desc></gap>'),
    # (more of them, not counted)
    ("[other illegible signatures]", '<gap reason="illegible" rend="[other illegible '
     'signatures]"><desc>signatures</desc></gap>'),
    ("[another illegible signature]", '<gap reason="illegible" quantity="1" rend="[another '
     'illegible signature]"><desc>signature</desc></gap>'),
    # (some, not counted, and where they stand: no words the translator supplied)
    ("[Some illegible initials are to the left of the note]", '<gap reason="illegible" '
     'rend="[Some illegible initials are to the left of the note]"><desc>initials</desc></gap>'),
    ("[word unclear]", '<gap reason="illegible" rend="[word unclear]"><desc>word</desc></gap>'),
    # Cipher groups the office could not read: a gap (was unclassified).
    ("trucks. [2 groups not deciphered] Concerning", '<gap reason="damage"><desc>2 groups not '
     "deciphered</desc></gap>"),
    # A range is no one quantity: the marker keeps it.
    ("ref 01089[3-4 illegible letters]", '<gap reason="illegible" rend="[3-4 illegible letters]">'
     "<desc>letters</desc></gap>"),
    # A date supplied with the word that joins it to the sentence.
    ("the statement [of 10 May] was", 'the statement <supplied reason="omitted" '
     'resp="#translator">of 10 May</supplied> was'),
    ("the plan [of 1950] was", '<supplied reason="omitted" resp="#translator">of 1950</supplied>'),
    # A labelled account of a block of the original is the translator's remark.
    ("the end [Printed: 2 copies; Distributed to: Premier Zhou.] now", f"{REMARK}Printed: 2 "
     "copies; Distributed to: Premier Zhou.</note>"),
    # A form's blank that nobody filled is the translator's remark, as `[date left blank]`.
    ("dated [date not filled in] August", f"dated {REMARK}date not filled in</note> August"),
    # Figures of a number the translator supplied, inside it or after its sign.
    ("the Special Section 16[71] file", 'Section 16<supplied reason="omitted" '
     'resp="#translator">71</supplied> file'),
    ("the outgoing Nº [208] of", 'Nº <supplied reason="omitted" resp="#translator">208'
     "</supplied> of"),
    # glued to its sign, a number's figures are no note's marker however few
    ("the outgoing Nº[20] of", 'Nº<supplied reason="omitted" resp="#translator">20'
     "</supplied> of"),
    # A cross-reference is a remark, whatever it points to.
    ("the figures [see Attachment 1] were", f"the figures {REMARK}see Attachment 1</note> were"),
    ("the figures [See the table below] were", f"{REMARK}See the table below</note>"),
    # A title or an ordinal the translator supplied is a supplied word, not a name or a code.
    ("said that [Ambassador] Ivanov", 'that <supplied reason="omitted" resp="#translator">'
     "Ambassador</supplied> Ivanov"),
    ("along the [38th parallel] line", 'the <supplied reason="omitted" resp="#translator">38th '
     "parallel</supplied> line"),
    # `the` is no title: what follows it is as often an organisation's name; a body's letters
    # are its name, which the translator supplied, before its noun or after it.
    ("that the [KWP] Central Committee met", 'the <orgName><supplied reason="omitted" '
     'resp="#translator">KWP</supplied></orgName> Central Committee met'),
    ("that the [CPSU] delegation met", 'the <orgName><supplied reason="omitted" '
     'resp="#translator">CPSU</supplied></orgName> delegation met'),
    ("the letter to the CC [CPSU] was", 'the <orgName>CC <supplied reason="omitted" '
     'resp="#translator">CPSU</supplied></orgName> was'),
    # (a name typed in capitals keeps its vowels: no body's letters)
    ("that LIU [SHAOQI] agreed", '<persName>LIU <supplied reason="omitted" '
     'resp="#translator">SHAOQI</supplied></persName> agreed'),
    # A sentence of its own on the original, in an editor's words, is a remark on it.
    ("per month. [The figure is illegible in the original.] He", f"month. {REMARK}The figure "
     "is illegible in the original.</note> He"),
    ("the coup. [The next sentence is crossed out in the original.] He", f"coup. {REMARK}The "
     "next sentence is crossed out in the original.</note> He"),
    # What only an editor says of the paper is a remark, wherever it stands.
    ("of the operation [Plan of operation was not attached]. He", f"operation {REMARK}Plan of "
     "operation was not attached</note>. He"),
    # A capitalised bracket in an editor's words about the paper, not opening as words
    # supplied to a sentence do, or a sentence of its own: a remark.
    ("the plan [Document incomplete] and", f"plan {REMARK}Document incomplete</note> and"),
    ("the plan [Title not given] and", f"plan {REMARK}Title not given</note> and"),
    ("the plan [Kim Il Sung’s underlining] and", f"plan {REMARK}Kim Il Sung’s underlining"
     "</note> and"),
    ("the plan [The Korean text is difficult to read here] and", f"plan {REMARK}The Korean "
     "text is difficult to read here</note> and"),
    ("the plan [reverse side] and", f"plan {REMARK}reverse side</note> and"),
    ("the plan [unsigned] and", f"plan {REMARK}unsigned</note> and"),
    ("were [sgd.] A. Petrov", f"were {REMARK}sgd.</note> A. Petrov"),
    # Which model the word before is: a gloss, no one's name (`Trucks [GAZ-51]` was a person).
    ("the Trucks [GAZ-51] arrived", f"Trucks {REMARK}GAZ-51</note> arrived"),
    ("the fighters [MiG-15] flew", f"fighters {REMARK}MiG-15</note> flew"),
    # What the model named before the bracket is, in English words (the maker's name and the
    # model again among them): a gloss, not an unclassified bracket.
    ("the IL-28 [Ilyushin Il-28 jet bombers] remain", f"IL-28 {REMARK}Ilyushin Il-28 jet "
     "bombers</note> remain"),
    ("the MiG-21 [fighter aircraft] flew", f"MiG-21 {REMARK}fighter aircraft</note> flew"),
    # An abbreviation closed by its stop, then the words it stands for, each beginning as a
    # part of it does, of everyday English or a title: a gloss (was a name's part supplied);
    # a given name after its initial stays supplied.
    ("For the C. [Citizen] Secretary", f"C. {REMARK}Citizen</note> Secretary"),
    ("the Gen. [General] Staff", f"Gen. {REMARK}General</note> Staff"),
    ("and A. [Andrei] Gromyko", 'A. <supplied reason="omitted" resp="#translator">Andrei'
     "</supplied></persName> Gromyko"),
    # A count between its article and its noun, supplied (was a note's marker, its note
    # lacking).
    ("the governments of the [16] countries whose", 'the <supplied reason="omitted" '
     'resp="#translator">16</supplied> countries'),
    # What an abbreviation of the original's language stands for, in English words in lower
    # case: a gloss (was supplied); English's own abbreviations have their words supplied.
    ("3 – a/a [to file] and", f"a/a {REMARK}to file</note> and"),
    ("f.d.R. [certified correct]: Müller", f"f.d.R. {REMARK}certified correct</note>:"),
    ("the U.S. [government] said", 'U.S. <supplied reason="omitted" resp="#translator">'
     "government</supplied> said"),
    # (spaced after its stops as German typescripts print it, before the signer's name: was
    # supplied; English's spaced the same keep their words supplied)
    ("i. V. [in representation] Krüger", f"i. V. {REMARK}in representation</note> Krüger"),
    ("the U. S. [government] said", 'U. S. <supplied reason="omitted" resp="#translator">'
     "government</supplied> said"),
    # A model's designation among words the translator supplied is no code: the words stay
    # supplied (the bracket was unclassified).
    ("two air divisions [on MiG-15 aircraft] were", 'divisions <supplied reason="omitted" '
     'resp="#translator">on MiG-15 aircraft</supplied> were'),
    # What one unit of the original's measure comes to, said as a sentence: a gloss.
    ("by 300,000 chongbo [1 chongbo is approximately 0.99 hectare] chiefly", f"chongbo {REMARK}"
     "1 chongbo is approximately 0.99 hectare</note> chiefly"),
    # (the figure alone, after a figure of the original's unit)
    ("a harvest of 1.2 billion jin [600,000 tons] of grain", f"jin {REMARK}600,000 tons</note> "
     "of"),
    # A family name opening a sentence, its given name supplied (it was a name given in
    # standard form, the family name left out).
    ("went on. Kim [Il Sung] said", 'on. <persName>Kim <supplied reason="omitted" '
     'resp="#translator">Il Sung</supplied></persName> said'),
    # The translator's note, its label's letters stopped.
    ("a pun [T.N.: a play on words] here", f"pun {REMARK}T.N.: a play on words</note> here"),
    ("the plan [end of excerpt] and", f"plan {REMARK}end of excerpt</note> and"),
    # A sentence of its own between the text's sentences, long enough to tell something: the
    # translator's account of a passage.
    ("too polite. [Zhou Enlai then summarized the Chinese position on the talks.] We",
     f"polite. {REMARK}Zhou Enlai then summarized the Chinese position on the talks.</note> "
     "We"),
    ("went on. [We have received your telegram.] We", '<supplied reason="omitted" '
     'resp="#translator">We have received your telegram.</supplied> We'),
    # (words supplied to the sentence open as a sentence's words do)
    ("and [This document] was", '<supplied reason="omitted" resp="#translator">This document'
     "</supplied> was"),
    ("the plan [Two words are unclear] and", '<gap reason="illegible" unit="word" quantity="2" '
     'rend="[Two words are unclear]"/> and'),
    ("the coup. [Passage of 2 lines not legible.] He", '<gap reason="illegible" '
     'rend="[Passage of 2 lines not legible.]"><desc>Passage of 2 lines</desc></gap> He'),
    # The name again, whole, identifies whom the printed name means (`-ich` ends a family name
    # too); a sentence's first word is none of the name.
    ("that Münnich [Ferenc Münnich] is", '<persName><choice><orig>Münnich </orig><reg '
     'resp="#translator">Ferenc Münnich</reg></choice></persName> is'),
    ("it. Then Viktor Mikhailovich [Chebrikov] said", 'Then <persName>Viktor Mikhailovich '
     '<supplied reason="omitted" resp="#translator">Chebrikov</supplied></persName> said'),
    # Names listed in one bracket say who is meant: words supplied, each a name.
    ("The SED leadership [Ulbricht, Grotewohl] has", 'leadership <supplied reason="omitted" '
     'resp="#translator"><name>Ulbricht</name>, <name>Grotewohl</name></supplied> has'),
    ("the enterprises [Csepel, Ganz and others] demanded", '<supplied reason="omitted" '
     'resp="#translator">Csepel, Ganz and others</supplied> demanded'),
    # A place's other name after `to` or `from`, one word English knows, renames the place;
    # a given name after a family name (`Hayato`, rarer in English) completes it.
    ("a trip to Peking [Beijing] in", 'to <placeName><choice><orig>Peking </orig><reg '
     'resp="#translator">Beijing</reg></choice></placeName> in'),
    ("came from Canton [Guangzhou] in", '<placeName><choice><orig>Canton </orig><reg '
     'resp="#translator">Guangzhou</reg></choice></placeName> in'),
    ("a letter to Ikeda [Hayato] in", '<persName>Ikeda <supplied reason="omitted" '
     'resp="#translator">Hayato</supplied></persName> in'),
    # Whose, in a name's possessive, is a name supplied, no given name before a noun.
    ("sent out to [Japan’s] Embassies in", 'to <placeName><supplied reason="omitted" '
     'resp="#translator">Japan’s</supplied></placeName> Embassies in'),
    ("that [Peng Dehuai’s] headquarters", 'that <name><supplied reason="omitted" '
     'resp="#translator">Peng Dehuai’s</supplied></name> headquarters'),
    ("the Chinese [People’s] Volunteers", 'Chinese <supplied reason="omitted" '
     'resp="#translator">People’s</supplied> Volunteers'),
    # A translation of the foreign word before, in its quotation marks too.
    ('the "dazibao" [big-character posters] were', f"{REMARK}big-character posters</note> "
     "were"),
    # (its article first)
    ('the people call the "paredón" [the wall], which', f"{REMARK}the wall</note>, which"),
    # A name and its office in one bracket are no list of names.
    ("According to Roa [Raúl Roa García, Cuban Foreign Minister], the", 'Roa <supplied '
     'reason="omitted" resp="#translator">Raúl Roa García, Cuban Foreign Minister</supplied>, '
     "the"),
    # A place's name respelled after its kind, or before it, is a place's.
    ("the city of Hamhung [Hamhŭng] and", '<placeName><choice><orig>Hamhung </orig>'
     '<reg resp="#translator">Hamhŭng</reg></choice></placeName> and'),
    ("the Sinuiju [Sinŭiju] bridge", '<placeName><choice><orig>Sinuiju </orig>'
     '<reg resp="#translator">Sinŭiju</reg></choice></placeName> bridge'),
    ("for the Huichon [Hŭich’ŏn] plant", '<placeName><choice><orig>Huichon </orig>'
     '<reg resp="#translator">Hŭich’ŏn</reg></choice></placeName> plant'),
    # A title in everyday English after a foreign one translates it: a gloss, the title left
    # in its language `foreign` (of a language the tables do not know: undetermined); a
    # paper's, an agency's or a body's name stays a name (it was `foreign` too).
    ("the newspaper Renmin Ribao [People's Daily] wrote",
     f"the newspaper Renmin Ribao {REMARK}People's Daily</note> wrote"),
    ("journalists from Xinhua [New China News Agency] came",
     f"from Xinhua {REMARK}New China News Agency</note> came"),
    # (its English title begins with its article, which no name does; a transliteration's
    # short words may be English ones: `Na`)
    ("the play Pervyye Petukhi [The First Roosters] is",
     f"Petukhi</foreign> {REMARK}The First Roosters</note> is"),
    ("the works Na Dne [The Lower Depths] and",
     f"Dne</foreign> {REMARK}The Lower Depths</note> and"),
    # (a transliteration's words after the first may be in lower case)
    ("article in Renmin ribao [People’s Daily] for June", f"ribao {REMARK}People’s Daily</note>"),
    # (inside its quotation marks, a title translated as English capitalises titles)
    ('copies of "Zhit\' v mire i druzhbe [To Live in Peace and Friendship] and', "druzhbe "
     f"{REMARK}To Live in Peace and Friendship</note> and"),
    # (after a title in quotation marks, what kind of paper it is)
    ("the “Protecting the Fatherland” [a periodical] received", f"{REMARK}a periodical</note> "
     "received"),
    # (what the text should have said: the translator's correction)
    ("former U.S. Ambassador [actually: Minister] to Japan", f"Ambassador {REMARK}actually: "
     "Minister</note> to"),
    # (a nationality is an everyday word of such a title)
    ("the support. Magyar Nemzet [Hungarian Nation] also published",
     f"Nemzet</foreign> {REMARK}Hungarian Nation</note> also"),
    # Everyday English words that complete a named phrase are supplied, not a name.
    ("the Great October [Socialist Revolution] was", 'October <supplied reason="omitted" '
     'resp="#translator">Socialist Revolution</supplied> was'),
    # An office supplied before a name that a bracket then gives in standard form.
    ("him and [Foreign Minister] Pak Heon-yeong [Pak Hon Yong] came", '<supplied reason='
     '"omitted" resp="#translator">Foreign Minister</supplied> <persName><choice><orig>Pak '
     'Heon-yeong </orig><reg resp="#translator">Pak Hon Yong</reg></choice></persName> came'),
    # After a pronoun, the bracket says who is meant: no printed form of that name.
    ("and He [Kim Il Sung] raised", 'He <persName><reg resp="#translator">Kim Il Sung</reg>'
     "</persName> raised"),
    # An office supplied before a name is no name in standard form.
    ("that [DPRK Minister of Construction] Kim Sung-hwa came", '<supplied reason="omitted" '
     'resp="#translator">DPRK Minister of Construction</supplied> Kim'),
    # After a place preposition, a single name is renamed, not completed by a given name.
    ("they met in Peking [Beijing] again", 'in <placeName><choice><orig>Peking </orig><reg '
     'resp="#translator">Beijing</reg></choice></placeName> again'),
    # Letters supplied after the initial that abbreviates a word complete it.
    ("with C.[omrade] Stalin", 'with C.<supplied reason="omitted" resp="#translator">omrade'
     "</supplied> Stalin"),
    # Words supplied that count with whole numbers are words, not a code; a range of pages
    # is a remark as one page is.
    ("a 10-year [pupils from 6 years to 15 years old] school", 'a 10-year <supplied '
     'reason="omitted" resp="#translator">pupils from 6 years to 15 years old</supplied> school'),
    ("then [Pages 14-17] more", f"then {REMARK}Pages 14-17</note> more"),
    # A remark the editor signs at its end (`—ed.`, `--ed.`) is the editor's, whatever it
    # opens with; what the editor deleted, the editor left out.
    ("the [Trade Council of the Americas—ed.] met", f"the {REMARK}Trade Council of the "
     "Americas—ed.</note> met"),
    ("by [Miguel Ortiz—ed.,] who", f"by {REMARK}Miguel Ortiz—ed.,</note> who"),
    ("[two lines deleted--ed.] further", '<gap reason="editorial" unit="line" quantity="2">'
     "<desc>two lines deleted--ed.</desc></gap> further"),
    ("the doctor [trans. note-- apparently an operative] came", f"the doctor {REMARK}trans. "
     "note-- apparently an operative</note> came"),
    ("[half-line deleted -- ed.] further", '<gap reason="editorial"><desc>half-line deleted -- '
     "ed.</desc></gap> further"),
    # `illegible` as FRUS and many translators abbreviate it (it was the original's wording)
    ("the [illeg.] plan", 'the <gap reason="illegible" rend="[illeg.]"/> plan'),
    ("the [illeg] plan", 'the <gap reason="illegible" rend="[illeg]"/> plan'),
    ("[2 words illeg.] further", '<gap reason="illegible" unit="word" quantity="2" rend="[2 words '
     'illeg.]"/> further'),
    ("the [signature illeg.] end", '<gap reason="illegible" rend="[signature illeg.]"><desc>'
     "signature</desc></gap>"),
    # What the text has there, as FRUS's editors say it (it was a supplied sentence)
    ("[Here follows a list of the delegates] further", f"{REMARK}Here follows a list of the "
     "delegates</note> further"),
    ("[There follows the text of the decree] further", f"{REMARK}There follows the text of the "
     "decree</note> further"),
]


@pytest.mark.parametrize(("snippet", "expected"), REPORTS, ids=[c[0] for c in REPORTS])
def test_a_report_in_brackets_is_encoded_as_what_it_reports(snippet: str, expected: str) -> None:
    xml = inner_xml(PROSE.format(snippet))
    assert expected in xml, xml


KEPT = [
    # What only contains such a word stays what it was.
    ("the [omitted clause is Article 3]", "unclassified"),
    ("[abbreviation unclear]", "remark"),
    ("[Translator's note: the rest is omitted.]", "remark"),
    # deleted, unsigned, may be the original's crossing out
    ("[two lines deleted]", "unclassified"),
    ("a person Pak [Heon-yeong] said", "completed"),
    # (a word that begins as the abbreviation does is no mark of it)
    ("an [illegal] crossing", "supplied"),
]


@pytest.mark.parametrize(("snippet", "kind"), KEPT, ids=[c[0] for c in KEPT])
def test_a_bracket_that_only_mentions_such_words_is_not_a_gap(snippet: str, kind: str) -> None:
    xml = inner_xml(PROSE.format(snippet))
    assert "<gap" not in xml, xml
    if kind == "completed":
        assert '<persName>Pak <supplied reason="omitted"' in xml, xml


def _closer(source: str) -> str:

    closer = body_of(source).find(f".//{{{TEI_NS}}}closer")
    return etree.tostring(closer, encoding="unicode").replace(f' xmlns="{TEI_NS}"', "")


LETTER = "To Comrade FILIPPOV.\n\nMao Zedong asked me to convey the following to you.\n\n{}\n\n" \
         "ROSHCHIN\n"


def test_a_stamp_line_is_one_stamp_with_its_label_kept_as_marker() -> None:
    closer = _closer(LETTER.format("[Stamp: Secretariat of the CC VKP(b)]"))
    assert '<stamp type="unknown" rend="[Stamp: {}]">Secretariat of the CC VKP(b)</stamp>' in closer
    assert closer.count("<stamp") == 1, closer


def test_a_stamp_label_alone_takes_the_rest_of_its_line() -> None:
    closer = _closer(LETTER.format("[stamp:] Received 14 October 1950"))
    assert '<stamp type="received" rend="[stamp:] {}">Received 14 October 1950</stamp>' in closer
    assert closer.count("<stamp") == 1, closer


@pytest.mark.parametrize(("line", "expected"), [
    # the stamp named, then its wording on the line
    ("[Stamp] RELEASED 1994", '<stamp type="unknown" rend="[Stamp] {}">RELEASED 1994</stamp>'),
    # (the archive's stamp lifting the marking classifies nothing)
    ("[Stamp]: Declassified", '<stamp type="declassification" rend="[Stamp]: {}">Declassified'
                              "</stamp>"),
    ("[Stamp] DEGREE OF SECRECY CANCELED", '<stamp type="declassification" rend="[Stamp] {}">'
                                           "DEGREE OF SECRECY CANCELED</stamp>"),
    # more than one, and its wording spaced out
    ("[Stamps:] C o n f i d e n t i a l", '<stamp type="classification" rend="[Stamps:] {}">'
                                           "C o n f i d e n t i a l</stamp>"),
    # a stamp and what else the page shows there, a remark after them
    ("[stamp and handwriting; faint] Ministry No. 2114/55", '<stamp type="registry" '
     'rend="[stamp and handwriting; faint] {}">Ministry No. 2114/55</stamp>'),
    # where on the page it stands, its colon after the bracket: the wording follows
    ("[Stamp on the first page]: RECEIVED", '<stamp type="received" rend="[Stamp on the first '
                                            'page]: {}">RECEIVED</stamp>'),
    # a wider space after the label than the marker prints: the rest stays in the text
    ("[stamp:]   Received 14 October 1950", '<stamp type="received" rend="[stamp:] {}">  '
                                            "Received 14 October 1950</stamp>"),
])
def test_a_stamp_named_in_a_bracket_reads_on_to_the_end_of_its_line(line: str,
                                                                      expected: str) -> None:
    closer = _closer(LETTER.format(line))
    assert expected in closer
    assert closer.count("<stamp") == 1, closer


def test_a_stamps_place_labelled_over_nothing_is_a_remark_not_a_supplied_word() -> None:
    """`[Stamp at the bottom of the first page]:` alone in its paragraph, its wording not under
    it: the translator's account of the page, neither an empty stamp nor words supplied."""
    body = etree.tostring(body_of(LETTER.format("[Stamp at the bottom of the first page]:")),
                          encoding="unicode").replace(f' xmlns="{TEI_NS}"', "")
    assert ('<note type="editorial" place="inline" resp="#translator">Stamp at the bottom of '
            "the first page</note>:") in body
    assert "<stamp" not in body and "<supplied" not in body


def test_stamps_side_by_side_and_a_stamps_description_are_no_stamp_in_a_stamp() -> None:
    closer = _closer(LETTER.format("[stamp: Korea] [round stamp: 2 March 1951]"))
    assert closer.count("<stamp") == 2 and "</stamp></stamp>" not in closer, closer
    closer = _closer(LETTER.format("TOP SECRET [round stamp]"))
    assert closer.count("<stamp") == 1, closer
    assert '<note type="editorial" place="inline" resp="#translator">round stamp</note>' in closer


CAPITALS = "IN A CONVERSATION WITH THE KOREAN COMRADES IT WAS SAID THAT {} AND SO ON, FINALLY."
SHOUTED = [
    # A telegram typed in capitals: the capitals say nothing of a name, the words still do.
    ("THE DELIVERY [OF THE AMMUNITION] WILL BE MADE", 'DELIVERY <supplied reason="omitted" '
     'resp="#translator">OF THE AMMUNITION</supplied> WILL'),
    ("KIM IL SUNG ASKED [US] TO SEND [HIM] ADVISERS", 'ASKED <supplied reason="omitted" '
     'resp="#translator">US</supplied> TO SEND <supplied reason="omitted" resp="#translator">'
     "HIM</supplied> ADVISERS"),
    # The last word of a name in capitals is no acronym the bracket would spell out.
    ("THAT PAK HEON-YEONG [Pak Hon Yong] WAS", "<persName><choice><orig>PAK HEON-YEONG </orig>"
     '<reg resp="#translator">Pak Hon Yong</reg></choice></persName> WAS'),
    # A name in capitals is still a name.
    ("COMRADE FILIPPOV [STALIN] AGREED", "<persName><choice><orig>FILIPPOV </orig><reg "
     'resp="#translator">STALIN</reg></choice></persName> AGREED'),
]


@pytest.mark.parametrize(("snippet", "expected"), SHOUTED, ids=[c[0] for c in SHOUTED])
def test_words_no_name_is_made_of_are_supplied_in_a_text_in_capitals(
    snippet: str, expected: str
) -> None:
    xml = inner_xml(CAPITALS.format(snippet))
    assert expected in xml, xml


def test_a_bracket_of_many_words_alone_on_its_line_is_the_translators_account() -> None:
    """`[Competitiveness in enterprises to honor May Day; conferences …]` between paragraphs
    tells what the original says there: it was a passage of supplied words (or, counting
    figures, no convention at all). Inside a sentence, as many words are supplied."""
    account = ("[The delegation visited the port and two factories; 1,000 tons of grain were "
               "promised]")
    supplied = "the plan [to put the ten new factories of the north into operation] was made"
    source = f"{PROSE.format('so')}\n\n{account}\n\n{PROSE.format(supplied)}\n"
    xml = etree.tostring(body_of(source), encoding="unicode")
    assert (f"<p>{REMARK}The delegation visited the port and two factories; 1,000 tons of grain "
            "were promised</note></p>") in xml.replace(' xmlns="http://www.tei-c.org/ns/1.0"', "")
    assert ('<supplied reason="omitted" resp="#translator">to put the ten new factories of the '
            "north into operation</supplied>") in xml


@pytest.mark.parametrize("number", ["1.", "2)", "b)"])
def test_a_paragraphs_number_opening_it_in_brackets_is_supplied(number: str) -> None:
    """`[1.] American Ambassador Kennan visited …`: the translator numbered the paragraphs;
    the bracket was unclassified. A note's number at the foot stays the note's."""
    report = ("The Ambassador reported on his talks of the day as follows.\n\n{} American "
              "Ambassador Kennan visited the State Secretary today.\n\nHe said that the "
              "crisis was over in its military phase.")
    paragraph = body_of(report.format(f"[{number}]")).findall(f".//{{{TEI_NS}}}p")[1]
    xml = etree.tostring(paragraph, encoding="unicode")
    assert f'<supplied reason="omitted" resp="#translator">{number}</supplied> American' in xml, xml
    note = etree.tostring(body_of(report.format("[1]")), encoding="unicode")
    assert "supplied" not in note, note
