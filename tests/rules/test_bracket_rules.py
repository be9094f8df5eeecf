"""Each bracket convention of the wilson profile, on snippets from the real dev documents."""

from __future__ import annotations

import pytest
from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_text

META = {"title": "Test", "date_text": "May 14, 1950", "original_language": "Russian"}


def body_of(text: str) -> etree._Element:
    root = convert_text(text, overrides=META, enrich=False).tree.getroot()
    return root.find(f"{{{TEI_NS}}}text")


def inner_xml(text: str) -> str:
    """The TEI of the first paragraph, without namespaces, for compact expectations."""
    body = body_of(text)
    paragraph = body.find(f".//{{{TEI_NS}}}p")
    xml = etree.tostring(paragraph, encoding="unicode", with_tail=False)
    return xml.replace(f' xmlns="{TEI_NS}"', "").removeprefix("<p>").removesuffix("</p>")


PROSE = "In a conversation with the Korean comrades it was said that {} and so on, finally."

CASES = [
    ("[to put] pressure", '<supplied reason="omitted" resp="#translator">to put</supplied> '
                          "pressure"),
    # a remark signed with the editor's initials after a dash; `anti-U.S.` is no signature
    ("Kovács [a writer close to the opposition-P.T.] said",
     'Kovács <note type="editorial" place="inline" resp="#translator">a writer close to the '
     "opposition-P.T.</note> said"),
    # before an acronym, what it stands for: a gloss
    ("the [Polish United Workers’ Party] PUWP delegation",
     'the <note type="editorial" place="inline" resp="#translator">Polish United Workers’ '
     "Party</note> PUWP delegation"),
    # the original's word, then the mark; the mark, then its explanation after a stop
    ("the [Zentrale – SIC] said", 'the <note type="sic" resp="#translator" rend="[{} – SIC]">'
                                  "Zentrale</note> said"),
    ("by K.P. [sic. P.K.] there", 'by K.P. <note type="sic" resp="#translator" '
                                  'rend="[sic. {}]">P.K.</note> there'),
    # (the explanation after a dash)
    ("to call INCONTINENT [sic—AT ONCE?] the", 'to call INCONTINENT <note type="sic" '
     'resp="#translator" rend="[sic—{}]">AT ONCE?</note> the'),
    # an adverb that links the sentence to the one before: no name, however capitalised
    ("said so. [Moreover] they", 'said so. <supplied reason="omitted" resp="#translator">'
                                 "Moreover</supplied> they"),
    ("than [Beijing] [Radio], which",
     'than <name><reg resp="#translator">Beijing</reg></name> <supplied reason="omitted" '
     'resp="#translator">Radio</supplied>, which'),
    ("a trip to [Beijing] in July",
     'a trip to <placeName><reg resp="#translator">Beijing</reg></placeName> in July'),
    ("Filippov [Stalin] and Comr. Stalin",
     '<persName><choice><orig>Filippov </orig><reg resp="#translator">Stalin</reg></choice>'
     "</persName> and Comr. Stalin"),
    ("Comrades Liu [Shaoqi], Zhu [De]",
     'Comrades <persName>Liu <supplied reason="omitted" resp="#translator">Shaoqi</supplied>'
     '</persName>, <persName>Zhu <supplied reason="omitted" resp="#translator">De</supplied>'
     "</persName>"),
    ("[Li] Fuchun, and Su Yu",
     '<persName><supplied reason="omitted" resp="#translator">Li</supplied> Fuchun</persName>'
     ", and Su Yu"),
    ("reunification [pristupit k obiednineniiu]",
     'reunification <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="ru-Latn">pristupit k obiednineniiu</foreign></note>'),
    ("Ridgway's reply [SIC, otvet Ridzhuehya; should be otvet Ridzhuehyu]",
     'Ridgway\'s reply <note type="sic" resp="#translator"><foreign xml:lang="ru-Latn">otvet '
     'Ridzhuehya</foreign>; should be <foreign xml:lang="ru-Latn">otvet Ridzhuehyu</foreign>'
     "</note>"),
    # (a hyphen joins a compound's words: one run of the original's)
    ('the air forces [SIC, in the text voenno-morskim silam, "naval forces"]',
     'the air forces <note type="sic" resp="#translator">in the text <foreign xml:lang="ru-Latn">'
     'voenno-morskim silam</foreign>, <q>naval forces</q></note>'),
    # (a loan of English's diplomacy is no word of the original's)
    ("the reply [SIC, the aide-mémoire was delivered on 3 May]",
     'the reply <note type="sic" resp="#translator">the aide-mémoire was delivered on 3 May'
     "</note>"),
    # (so is a word alone that English knows, however rarely; the original's words quoted
    # alone are none it knows)
    ("at the plenum [SIC, the plenum took place on 3 September] a group",
     'at the plenum <note type="sic" resp="#translator">the plenum took place on 3 September'
     "</note> a group"),
    ("they will [SIC, ne budut; should be ne mogut, cannot] come",
     '<note type="sic" resp="#translator">ne <foreign xml:lang="ru-Latn">budut</foreign>; should '
     'be ne <foreign xml:lang="ru-Latn">mogut</foreign>, cannot</note>'),
    ("close [inserted by hand: appropriate] economic",
     'close <add hand="#hand-1" rend="[inserted by hand: {}]">appropriate</add> economic'),
    ("Authenticated: [illegible signature]",
     'Authenticated: <gap reason="illegible"><desc>signature</desc></gap>'),
    ("Checked by [unknown signature]",
     'Checked by <gap reason="illegible" rend="[unknown signature]"><desc>signature</desc></gap>'),
    ("[2 words illegible]",
     '<gap reason="illegible" unit="word" quantity="2" rend="[2 words illegible]"/>'),
    ("the delegation [...]", 'the delegation <gap reason="editorial"/>'),
    # what was left out, then the word
    ("[list of participants in the conversation omitted] Then", '<gap reason="editorial">'
     "<desc>list of participants in the conversation omitted</desc></gap> Then"),
    # who the person named before it is; a remark opening on a quotation
    ("Commissioner Guo Moruo [a prominent Chinese author as well as government official] "
     "said", 'Commissioner Guo Moruo <note type="editorial" place="inline" resp="#translator">'
     "a prominent Chinese author as well as government official</note> said"),
    # (a clause's opening supplied after a name is no description of it)
    ("the new Constitution, [a project for the completion of which] a new committee",
     'the new Constitution, <supplied reason="omitted" resp="#translator">a project for the '
     "completion of which</supplied> a new committee"),
    ("the Ge [“abbreviated as Ge” in the original, not abbreviated below] line",
     'the Ge <note type="editorial" place="inline" resp="#translator"><q rend="“{}”">'
     "abbreviated as Ge</q> in the original, not abbreviated below</note> line"),
    # what the page shows of the sentence, and what it has with it, labelled
    ("said. [Following sentence highlighted by a check mark in the left margin] We",
     'said. <note type="editorial" place="inline" resp="#translator">Following sentence '
     "highlighted by a check mark in the left margin</note> We"),
    # (a reader's mark beside it: was supplied)
    ("the Soviet side. [sentence marked in the margin with a vertical line] At the same",
     'side. <note type="editorial" place="inline" resp="#translator">sentence marked in the '
     "margin with a vertical line</note> At"),
    ("here [attached: the oral message to the government]", 'here <note type="editorial" '
     'place="inline" resp="#translator">attached: the oral message to the government</note>'),
    ("very reticent [….] The fact", 'very reticent <gap reason="editorial" rend="[….]"/> The fact'),
    ("Ri Pyeong-nam [Ri Pyong Nam] [emphasis in the original], Minister",
     '<persName><choice><orig>Ri Pyeong-nam </orig><reg resp="#translator">Ri Pyong Nam</reg>'
     '</choice></persName> <note type="editorial" place="inline" resp="#translator">emphasis '
     "in the original</note>, Minister"),
    # who is meant, supplied with his title: the name's words are no English to count
    ("an official of our embassy [Dr. László Eperjesi] about",
     'embassy <supplied reason="omitted" resp="#translator">Dr. László Eperjesi</supplied> '
     "about"),
    ("Lopez [not further identified] is",
     'Lopez <note type="editorial" place="inline" resp="#translator">not further identified'
     "</note> is"),
    ("Minfar’s [Ministry of the Revolutionary Armed Forces’] list",
     'Minfar’s <note type="editorial" place="inline" resp="#translator">Ministry of the '
     "Revolutionary Armed Forces’</note> list"),
    # What the name before is, beside it on its article (were supplied); after a place's
    # preposition, the words the sentence lacks stay supplied.
    ("the so-called Brigade 2506 [the invading force of the landing] who",
     'the so-called Brigade 2506 <note type="editorial" place="inline" resp="#translator">the '
     "invading force of the landing</note> who"),
    ("in the “Rogers plan” [the American proposals for an interim agreement] and",
     'in the <q rend="“{}”">Rogers plan</q> <note type="editorial" place="inline" '
     'resp="#translator">the American proposals for an interim agreement</note> and'),
    ("In Moscow [the talks with the Soviet side] went",
     'In Moscow <supplied reason="omitted" resp="#translator">the talks with the Soviet side'
     "</supplied> went"),
    # After a name or a year, a phrase opening on its article that says what was meant: a
    # remark (was supplied); a time after a name stays supplied (`Kim [a week ago]`).
    ("On the events in Poland [the Eighth Plenum of the Central Committee of the Polish "
     "United Workers' Party], we",
     'On the events in Poland <note type="editorial" place="inline" resp="#translator">the '
     "Eighth Plenum of the Central Committee of the Polish United Workers' Party</note>, we"),
    # (a date opening the clause is no name: the bracket is the clause's subject, supplied)
    ("On 17 March [the Dalai Lama] secretly left",
     'On 17 March <supplied reason="omitted" resp="#translator">the Dalai Lama</supplied> '
     "secretly left"),
    ("after the events of 1956 [the August plenum of the KWP CC] are",
     'after the events of 1956 <note type="editorial" place="inline" resp="#translator">the '
     "August plenum of the KWP CC</note> are"),
    # A measure's equivalent in metric units: the translator's remark (was unclassified).
    # the places' kind after their names completes them, no translation of a term
    ("communes in Hebei and Henan [provinces] and",
     'communes in Hebei and Henan <supplied reason="omitted" resp="#translator">provinces'
     "</supplied> and"),
    ("withdrew some 20 li [one li is half a kilometre] to",
     'withdrew some 20 li <note type="editorial" place="inline" resp="#translator">one li is '
     "half a kilometre</note> to"),
    ("each got 30 jin [one jin = 0.5 kg] of",
     'each got 30 jin <note type="editorial" place="inline" resp="#translator">one jin = 0.5 '
     "kg</note> of"),
    # (a unit counted, which English may spell as a word of its own: `mal`; it was an
    # unclassified bracket)
    ("the price of one mal [about 18 liters] of rice",
     'one mal <note type="editorial" place="inline" resp="#translator">about 18 liters</note> '
     "of rice"),
    ("Five copies printed v[i] here",
     'Five copies printed v<supplied reason="omitted" resp="#translator">i</supplied> here'),
    ("the slogan, \"Unification or death!\".", "the slogan, <q>Unification or death!</q>."),
    ("the „Pueblo“ had", 'the <q rend="„{}“">Pueblo</q> had'),
    ("what [zqxw vbnm] said", 'what <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="ru-Latn">zqxw vbnm</foreign></note> said'),
    # English's own apostrophes are no soft sign: the words are the translator's, not the
    # original's in transliteration
    ("that Cuba approves [the Chilean government’s proposal to] do so",
     'approves <supplied reason="omitted" resp="#translator">the Chilean government’s '
     "proposal to</supplied> do so"),
    ("the [ob’edinenie] of the parties", 'the <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="ru-Latn">ob’edinenie</foreign></note> of'),
    # a short word of another language that English tables know is no English word there
    ("Cuban ships [de cabetagem]. According", 'ships <note type="original-wording" '
     'place="inline" resp="#translator"><foreign xml:lang="ru-Latn">de cabetagem</foreign>'
     "</note>. According"),
    ("he drove up [pod”yekhal] to", 'up <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="ru-Latn">pod”yekhal</foreign></note> to'),
    # a body's name with its acronym after a slash, supplied before the department it heads
    # (a slash between letters joins words; beside figures it is a code's: `[TsAMO 45/7]`)
    ("that [GDR Ministry for State Security/MfS] Department X", 'that <supplied '
     'reason="omitted" resp="#translator">GDR Ministry for State Security/MfS</supplied> '
     "Department"),
    # after a name, the rest of it, its particle first: the translator completed the name
    ("that Severo Aguirre [del Cristo], member of", 'Aguirre <supplied reason="omitted" '
     'resp="#translator">del Cristo</supplied>, member'),
    # a common word of another language after the common noun it translates, capitalised as
    # a form's name is; after a title, a man's name
    ("an Urgent Telegram [Telegrama] came", 'Telegram <note type="original-wording" '
     'place="inline" resp="#translator"><foreign xml:lang="es">Telegrama</foreign></note> came'),
    ("we met Comrade [Castro] there", 'Comrade <persName><reg resp="#translator">Castro</reg>'),
    # a German noun, capitalised as German writes nouns, is the original's wording, no name
    ("state governments [Landesregierungen] will", 'governments <note type="original-wording" '
     'place="inline" resp="#translator"><foreign xml:lang="de">Landesregierungen</foreign>'
     "</note> will"),
    ("as [a recalcitrant] member",
     'as <supplied reason="omitted" resp="#translator">a recalcitrant</supplied> member'),
    ("Pham Van Lo [sic; translator's note: the spelling could not be confirmed]",
     '<note type="sic" resp="#translator" rend="[sic; {}]">translator\'s note: the spelling '
     "could not be confirmed</note>"),
    # a short family name printed alone, the given name's syllables supplied: a completion
    ("the visit of Choe [Yong Gon] to Beijing",
     '<persName>Choe <supplied reason="omitted" resp="#translator">Yong Gon</supplied>'
     "</persName> to"),
    ("talks with Kim [Jong Il] about",
     '<persName>Kim <supplied reason="omitted" resp="#translator">Jong Il</supplied>'
     "</persName> about"),
    # a given name that is an everyday English word is no better-known name
    ("the report of Gao [Gang] on",
     '<persName>Gao <supplied reason="omitted" resp="#translator">Gang</supplied></persName> on'),
    # a body's name completed after its nationality
    ("how the Hungarian [Socialist Workers’] Party", 'the Hungarian <supplied reason="omitted" '
     'resp="#translator">Socialist Workers’</supplied> Party'),
    ("the Cuban [Embassy] in Prague",
     'the Cuban <supplied reason="omitted" resp="#translator">Embassy</supplied> in'),
    # a quoted title in the original's words, capitalised as a sentence (it was unclassified)
    ('an editorial entitled "Let Us Defend Independence" [Da zashtitim samostoyatelnostta], '
     "which", '<note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="ru-Latn">Da zashtitim samostoyatelnostta</foreign></note>, which'),
    # (most of its words English's, one spelt with a letter English never writes: a slogan
    # in Chinese as a Czech translator spells it, in the document's language as no table
    # tells another; it was supplied)
    ('shouting "Down with the new tsars!" [Ta-tao sin ša-chuang!] and',
     '<note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="ru-Latn">Ta-tao sin ša-chuang!</foreign></note> and'),
    # (a name's words each capitalised, whatever their letters, are no title)
    ('called "the old man" [Antonín Novotný] by',
     '<q>the old man</q> <name><reg resp="#translator">Antonín Novotný</reg></name> by'),
    # a person's title supplied before the name, abbreviated (it was an unclassified bracket)
    ("A member of the CC, [Cde.] Armando Hart, told",
     'CC, <supplied reason="omitted" resp="#translator">Cde.</supplied> Armando Hart, told'),
    # the rest of the printed name supplied: the family name after initials or after a given
    # name and patronymic, common words, or the whole name written elsewhere unbracketed
    ("then A.A. [Gromyko] said", '<persName>A.A. <supplied reason="omitted" '
     'resp="#translator">Gromyko</supplied></persName> said'),
    ("that Andrei Andreyevich [Gromyko] said", '<persName>Andrei Andreyevich <supplied '
     'reason="omitted" resp="#translator">Gromyko</supplied></persName> said'),
    ("the Unified [Command] of", '<orgName>Unified <supplied reason="omitted" '
     'resp="#translator">Command</supplied></orgName> of'),
    # the kind a place's name was printed without: a place, nobody's name
    ("in the Caribbean [Sea], our", '<placeName>Caribbean <supplied reason="omitted" '
     'resp="#translator">Sea</supplied></placeName>, our'),
    ("the Ural [Mountains] and", '<placeName>Ural <supplied reason="omitted" '
     'resp="#translator">Mountains</supplied></placeName> and'),
    ("in Oriente [Province] the", '<supplied reason="omitted" resp="#translator">Province'
     "</supplied>"),
    # a place named with its kind's word, renamed in the bracket: a place, not a person whose
    # given name was supplied
    ("from Port Arthur [Lüshun] to", '<placeName><choice><orig>Port Arthur </orig><reg '
     'resp="#translator">Lüshun</reg></choice></placeName> to'),
    ("the Yalu River [Amnok] was", '<placeName><choice><orig>Yalu River </orig><reg '
     'resp="#translator">Amnok</reg></choice></placeName> was'),
    # (the kind's word before `of`: the place's whole name, in its own language in the
    # bracket, renamed, not the original's wording nor a man's name)
    ("turn the Isle of Pines [Isla de la Juventud] into", '<placeName><choice><orig>Isle of '
     'Pines </orig><reg resp="#translator">Isla de la Juventud</reg></choice></placeName> into'),
    ("landed at the Bay of Pigs [Bahía de Cochinos] on", 'the <placeName><choice><orig>Bay of '
     'Pigs </orig><reg resp="#translator">Bahía de Cochinos</reg></choice></placeName> on'),
    # a romanised family name supplied before a given name English uses as a word (`de`)
    ("Chairman Mao, [Zhu] De, and", 'Mao, <persName><supplied reason="omitted" '
     'resp="#translator">Zhu</supplied> De</persName>, and'),
    # names after their places' kind are places; two names joined are nobody's one
    ("the islands [Paracel and Spratly], our", 'islands <placeName><reg resp="#translator">'
     "Paracel and Spratly</reg></placeName>, our"),
    ("the works of [Marx and Engels] and", 'of <name><reg resp="#translator">Marx and Engels'
     "</reg></name> and"),
    # where on the typed page the words were written: a hand's addition (it was supplied)
    ("[Written diagonally across the text: Agreed] and", '<add hand="#hand-1" '
     'rend="[Written diagonally across the text: {}]">Agreed</add> and'),
    # a row of X's alone in the bracket: words withheld (three before a capitalised word may
    # be a Roman thirty); a congress's Roman number supplied, no name
    ("the committee [XXXXX] decided", 'committee <gap reason="redacted"><desc>XXXXX</desc>'
     "</gap> decided"),
    ("the [XXX] said", 'the <gap reason="redacted"><desc>XXX</desc></gap> said'),
    ("the [XXII] Congress", 'the <supplied reason="omitted" resp="#translator">XXII'
     "</supplied> Congress"),
    ("at the XX [Twentieth] Congress", 'the XX <supplied reason="omitted" resp="#translator">'
     "Twentieth</supplied> Congress"),
    # the country after a city is no completion
    ("from Pyongyang [Korea] to", '<choice><orig>Pyongyang </orig><reg resp="#translator">'
     "Korea</reg></choice>"),
    ("Marshal CHEN Yi arrived, and CHEN [Yi] said", '<persName>CHEN <supplied '
     'reason="omitted" resp="#translator">Yi</supplied></persName> said'),
    # the printed name stops at the sentence before and at an office
    ("met with the OAS. [Ward P.] Allen then", 'OAS. <persName><supplied reason="omitted" '
     'resp="#translator">Ward P.</supplied> Allen</persName> then'),
    ("the British Vice-Consul [Lang] said", 'Vice-Consul <name><reg resp="#translator">Lang'
     "</reg></name> said"),
    # an office, a people, an ordinal, a pronoun with its verb: words supplied, nobody named
    ("talks with [Warsaw Pact Chief-of-Staff] on",
     'with <supplied reason="omitted" resp="#translator">Warsaw Pact Chief-of-Staff</supplied> '
     "on"),
    ("before [UN Secretary-General] left", 'before <supplied reason="omitted" '
     'resp="#translator">UN Secretary-General</supplied> left'),
    ("that [the Americans] would", 'that <supplied reason="omitted" resp="#translator">the '
     "Americans</supplied> would"),
    ("the [Sino-Albanian] talks", 'the <supplied reason="omitted" resp="#translator">'
     "Sino-Albanian</supplied> talks"),
    ("to the [Ninth] Congress", 'the <supplied reason="omitted" resp="#translator">Ninth'
     "</supplied> Congress"),
    ("2) [They’ll] leave", '<supplied reason="omitted" resp="#translator">They’ll</supplied> '
     "leave"),
    ("the editorials [trans. note—presumably those of early June] on",
     '<note type="editorial" place="inline" resp="#translator">trans. note—presumably those '
     "of early June</note> on"),
]


@pytest.mark.parametrize(("snippet", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_bracket_convention(snippet: str, expected: str) -> None:
    xml = inner_xml(PROSE.format(snippet))
    assert expected in xml, xml


def test_unclassifiable_bracket_is_kept_with_a_warning() -> None:
    result = convert_text(PROSE.format("the figure [12-B/7] stood"), overrides=META)
    xml = etree.tostring(result.tree, encoding="unicode")
    assert '<seg type="unclassified-bracket">12-B/7</seg>' in xml
    warnings = [d for d in result.diagnostics if d.code == "unclassified-bracket"]
    assert len(warnings) == 1
    assert warnings[0].location is not None and warnings[0].location.line == 1


def test_unbalanced_brackets_stay_text_with_located_warnings() -> None:
    text = PROSE.format("an [open bracket") + "\n\n" + PROSE.format("a close] bracket")
    result = convert_text(text, overrides=META)
    body = "".join(result.tree.getroot().find(f"{{{TEI_NS}}}text").itertext())
    assert "an [open bracket" in body and "a close] bracket" in body
    lines = sorted(d.location.line for d in result.diagnostics if d.code == "unbalanced-bracket")
    assert lines == [1, 3]


MORE_CASES = [
    ("Pak Chang-ok [?] said", '<persName cert="low" rend="{} [?]">Pak Chang-ok</persName> said'),
    # (an initial of two letters, as a transliteration writes one letter, is the name's: `Ts.`,
    # `Kh.`, `Yu.`)
    ("the Secretary of the CC, Comrade Ts. Namsrai [?], said",
     'Comrade <persName cert="low" rend="{} [?]">Ts. Namsrai</persName>, said'),
    ("of Chile Kh. Val'divieso [Valdivieso] received",
     "of Chile <persName><choice><orig>Kh. Val'divieso </orig><reg resp=\"#translator\">"
     "Valdivieso</reg></choice></persName> received"),
    ("the ferry [?] left", 'the <unclear reason="uncertain">ferry</unclear> left'),
    # The query glued to a bracket doubts the bracket's reading, as `[Name?]` does.
    ("Pak Heon-yeong [Pak Hon Yong][?] said", '<persName><choice><orig>Pak Heon-yeong </orig>'
     '<reg resp="#translator" cert="low" rend="[{}][?]">Pak Hon Yong</reg></choice></persName> '
     "said"),
    ("the [Sunan][?] airfield", 'the <name><reg resp="#translator" cert="low" rend="[{}][?]">'
     "Sunan</reg></name> airfield"),
    ("the [railway][?] bridge", 'the <supplied reason="omitted" resp="#translator" cert="low" '
     'rend="[{}][?]">railway</supplied> bridge'),
    ("the [Sunan] [?] airfield", 'the <name><reg resp="#translator" cert="low" '
     'rend="[{}] [?]">Sunan</reg></name> airfield'),
    ("end. [Page 2] The", 'end. <pb n="2" rend="[Page 2]"/> The'),
    # where a page ended, in the translator's words (the page abbreviated): a remark
    ("of the [end p. 1] government", 'of the <note type="editorial" place="inline" '
     'resp="#translator">end p. 1</note> government'),
    ("a note [Handwritten note in the margin: agreed] here",
     'a note <add hand="#hand-1" place="margin" rend="[Handwritten note in the margin: {}]">'
     "agreed</add> here"),
    ("[in Stalin's handwriting: yes]",
     '<add hand="#hand-1" rend="[in Stalin\'s handwriting: {}]">'),
    # whose hand, said without `handwriting` (they were words the translator supplied)
    ("[in Stalin’s hand: agreed]", '<add hand="#hand-1" rend="[in Stalin’s hand: {}]">agreed'),
    ("[in the hand of Molotov: yes]",
     '<add hand="#hand-1" rend="[in the hand of Molotov: {}]">yes'),
    ("on the [other hand: yes] words", 'on the <supplied reason="omitted" resp="#translator">'
     "other hand: yes</supplied> words"),
    ("the word [unclear] stood", 'the word <gap reason="illegible" rend="[unclear]"/> stood'),
    ("omitted [. . .] here", 'omitted <gap reason="editorial" rend="[. . .]"/> here'),
    ("dated [1951] by", 'dated <supplied reason="omitted" resp="#translator">1951</supplied> by'),
    # a name in title case after a heading's words in capitals begins after them
    ("AMBASSADOR TO THE USSR Kim Byeong-sik [Kim Pyong Sik] came",
     'AMBASSADOR TO THE USSR <persName><choice><orig>Kim Byeong-sik </orig><reg '
     'resp="#translator">Kim Pyong Sik</reg></choice></persName> came'),
    # after words in title case (a cable's title), words ending on a preposition are no name
    ("Its Correspondent’s [Report on] the Talks", 'Its Correspondent’s <supplied '
     'reason="omitted" resp="#translator">Report on</supplied> the Talks'),
    # a cable's cross-reference to an earlier telegram
    ("the talks [vide my 935] went", 'the talks <note type="editorial" place="inline" '
     'resp="#translator">vide my 935</note> went'),
    ("the text [in English] was",
     'the text <note type="editorial" place="inline" resp="#translator">in English</note> was'),
    # a note's marker glued to a word, the note not on the page: no word supplied, the marker
    # kept as printed (the joiner says its note is missing)
    ("from Yudin[1] on his talks", "from Yudin[1] on his talks"),
    # a form's name is never a printed name the bracket gives in standard form: the
    # original's word for it
    ("a Flash Telegram [Fulger] came", 'a Flash Telegram <note type="original-wording" '
     'place="inline" resp="#translator"><foreign xml:lang="ro">Fulger</foreign></note> came'),
    # a remark signed with the editor's initials after its own stop
    ("Ask Comrade Taraki [The talk went through an interpreter. – A. K.], he said",
     'Ask Comrade Taraki <note type="editorial" place="inline" resp="#translator">The talk went '
     "through an interpreter. – A. K.</note>, he said"),
    # a given name before the surname, however common a word it is in another language
    ("to the Minister of Defense [Dobri] Dzhurov for", 'to the Minister of Defense <persName>'
     '<supplied reason="omitted" resp="#translator">Dobri</supplied> Dzhurov</persName> for'),
    # the elision of French in English words is no transliteration's soft sign
    ("the events [failed coup d’etat in Moscow] were", 'the events <supplied reason="omitted" '
     'resp="#translator">failed coup d’etat in Moscow</supplied> were'),
    # what the page shows, described by the editor, is no word supplied to the text
    ("of the Embassy [added by hand] in", 'of the Embassy <note type="editorial" '
     'place="inline" resp="#translator">added by hand</note> in'),
    ("[letterhead with a star] Ministry", '<note type="editorial" place="inline" '
     'resp="#translator">letterhead with a star</note> Ministry'),
]


@pytest.mark.parametrize(("snippet", "expected"), MORE_CASES, ids=[c[0][:30] for c in MORE_CASES])
def test_more_conventions(snippet: str, expected: str) -> None:
    xml = inner_xml(PROSE.format(snippet))
    assert expected in xml, xml


def test_named_hands_get_their_own_hand_notes() -> None:
    text = PROSE.format("[handwritten by Stalin: agreed] and [handwritten: 12] and "
                        "[handwritten by Molotov: no]")
    root = convert_text(text, overrides=META, enrich=False).tree.getroot()
    hands = root.xpath("//t:handNote/@xml:id", namespaces={"t": TEI_NS})
    assert hands == ["hand-1", "hand-2", "hand-3"]
    used = root.xpath("//t:add/@hand", namespaces={"t": TEI_NS})
    assert used == ["#hand-1", "#hand-2", "#hand-3"]


def test_a_hands_label_kept_as_a_remark_declares_no_hand() -> None:
    """`[Handwritten]` alone in its block, nothing after it: the translator's remark, and no
    hand is declared that no addition is written in."""
    text = "[Handwritten]\n\n" + PROSE.format("the plan")
    root = convert_text(text, overrides=META, enrich=False).tree.getroot()
    assert root.xpath("//t:note[@type='editorial']/text()", namespaces={"t": TEI_NS}) == [
        "Handwritten"]
    assert not root.xpath("//t:handNote", namespaces={"t": TEI_NS})


@pytest.mark.parametrize(("snippet", "expected"), [
    # The space after the label separates it from the addition: the label's form prints it,
    # so the TEI keeps only the space before the label...
    ("said [handwritten:] agreed", 'said <add hand="#hand-1">agreed'),  # the usual form
    # ...unless the label is glued to what stands before it: moved before the addition, the
    # space would separate that word from the label, and the source would not come back.
    ("saidé[handwritten:]\tagreed", 'saidé<add hand="#hand-1" rend="[handwritten:]{}">\tagreed'),
    ("[x][handwritten:] agreed", '</supplied><add hand="#hand-1" rend="[handwritten:]{}"> agreed'),
], ids=["spaced", "after a word", "after a bracket"])
def test_a_label_glued_to_the_text_before_keeps_its_space_in_the_addition(
        snippet: str, expected: str) -> None:
    """(Found by tests/test_properties.py: `é[handwritten:]\t[` failed the lossless check.)"""
    assert expected in inner_xml(PROSE.format(snippet))


EVEN_MORE = [
    # An acronym's expansion is a gloss (ENCODING.md), either way round; in the body's own
    # language too, its words' initials the acronym's (a man's name is none: `PCO [Pablo
    # Campos Ortiz]`).
    ("the MRP [Mouvement Républicain Populaire] lost", 'the MRP <note type="editorial" '
     'place="inline" resp="#translator"><foreign xml:lang="fr">Mouvement Républicain '
     "Populaire</foreign></note> lost"),
    ("the PCO [Pablo Campos Ortiz] said", "<reg"),
    # After a body's name in English, the acronym or the name the original gives it: the
    # original's wording.
    ("the Department of the Central Committee [KB], led by", "the Central Committee <note "
     'type="original-wording" place="inline" resp="#translator"><foreign xml:lang="ru-Latn">KB'
     "</foreign></note>, led"),
    ("The League of Communists of Yugoslavia (LCY) [Jugoszlávia Kommunistáinak Szövetsége, "
     "JKSZ] is", '(LCY) <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="hu">Jugoszlávia Kommunistáinak Szövetsége, JKSZ</foreign></note> is'),
    ("the CC [Central Committee] of", 'the CC <note type="editorial" place="inline" '
     'resp="#translator">Central Committee</note> of'),
    ("the Korean Workers' Party [KWP] and", "the Korean Workers' Party <note type=\"editorial\" "
     'place="inline" resp="#translator">KWP</note> and'),
    ("the MFA [Ministry of Foreign Affairs] of", 'the MFA <note type="editorial" '
     'place="inline" resp="#translator">Ministry of Foreign Affairs</note> of'),
    # (an acronym with the number the name ends on, its letters the original's initials)
    ("signed Presidential Regulation No. 10 [PP-10]; the", "Regulation No. 10 <note "
     'type="editorial" place="inline" resp="#translator">PP-10</note>; the'),
    ("signed Presidential Regulation No. 10 [PP-11]; the", "Regulation No. 10 <supplied "
     'reason="omitted" resp="#translator">PP-11</supplied>; the'),
    ("Attention [Top Secret] now", 'Attention <fw type="classification" rend="[{}]">Top Secret'
     "</fw> now"),
    # a cable's precedence and marking in one bracket (a precedence intensified)
    ("Attention [Especially Urgent, Top Secret] now", 'Attention <fw type="classification" '
     'rend="[{}]">Especially Urgent, Top Secret</fw> now'),
    # a precedence alone is the cable's precedence, no classification
    ("Attention [Extremely Urgent] now", 'Attention <fw type="precedence" rend="[{}]">Extremely '
     "Urgent</fw> now"),
    ("the text [Translation from Russian] here", 'the text <note type="editorial" '
     'place="inline" resp="#translator">Translation from Russian</note> here'),
    # A remark typed in capitals is the same remark, not a modernised name.
    ("the minister [SIGNATURE] left", 'the minister <note type="editorial" place="inline" '
     'resp="#translator">SIGNATURE</note> left'),
    ("the office [SEAL] left", '<stamp type="unknown">SEAL</stamp>'),  # a seal named: a stamp
    ("the end [PAGE BREAK] of", '<pb rend="[PAGE BREAK]"/>'),  # a page boundary it marks
    ("Chanfu [BULGANIN] wrote", 'Chanfu <supplied reason="omitted" resp="#translator">BULGANIN'
     "</supplied>"),  # a name in capitals opens no remark
    # figures in a bracket printed twice, inside a hand's date: the translator's, no marker
    ("the [handwritten: [[11]] September [[5]]7] copy", '[<supplied reason="omitted" '
     'resp="#translator">11</supplied>] September [<supplied reason="omitted" '
     'resp="#translator">5</supplied>]7</add>'),
]


@pytest.mark.parametrize(("snippet", "expected"), EVEN_MORE, ids=[c[0][:30] for c in EVEN_MORE])
def test_abbreviations_markings_and_remarks(snippet: str, expected: str) -> None:
    xml = inner_xml(PROSE.format(snippet))
    assert expected in xml, xml


def test_markdown_emphasis_becomes_hi_and_round_trips() -> None:
    xml = inner_xml(PROSE.format("a **bold** word, an *italic* one, and [x *y* z]"))
    assert ('a <hi rend="bold">bold</hi> word, an <hi rend="italic">italic</hi> one, and '
            '<supplied reason="omitted" resp="#translator">x <hi rend="italic">y</hi> z'
            "</supplied>") in xml


def test_emphasised_marking_is_still_a_classification() -> None:
    text = "**TOP SECRET**\n\n" + PROSE.format("the text")
    root = convert_text(text, overrides=META, enrich=False).tree.getroot()
    ns = {"t": TEI_NS}
    assert root.xpath("string(//t:opener/t:fw[@type='classification'])", namespaces=ns) == (
        "TOP SECRET")
    assert root.xpath("//t:catRef/@target", namespaces=ns) == ["#cls-top-secret"]


def test_a_hands_label_without_its_colon_introduces_the_hands_words() -> None:
    """`[Handwritten] We agree …` at a line's start: the label alone names what follows it, as
    `[handwritten:]` does; it is no name the translator supplied. Inside a sentence, or with a
    colon after it (`[handwritten]: …`), the label is the translator's remark."""
    xml = etree.tostring(body_of(f"{PROSE.format('so')}\n\n[Handwritten] Agreed, pass it on "
                                 "to the Chairman."), encoding="unicode")
    assert '<add hand="#hand-1" rend="[Handwritten] {}">Agreed, pass it on' in xml
    assert "<reg" not in xml
    remark = '<note type="editorial" place="inline" resp="#translator">Handwritten</note>'
    assert remark in inner_xml(PROSE.format("[Handwritten] agreed"))
    assert "<add" not in inner_xml(PROSE.format("[handwritten]: agreed"))


def test_a_hands_label_naming_its_language_or_writer_without_its_colon() -> None:
    """`[Handwritten in Albanian] Bombard the Headquarters`: a label saying what the hand
    wrote in, or who wrote, names the hand's words as the bare label does (they were read as
    a name the translator supplied)."""
    xml = etree.tostring(body_of(f"[Handwritten in Albanian] Bombard the Headquarters\n\n"
                                 f"{PROSE.format('so')}\n\n[handwritten by Molotov] Agreed."),
                         encoding="unicode")
    assert ('<add hand="#hand-1" rend="[Handwritten in Albanian] {}">Bombard the '
            'Headquarters</add>') in xml
    assert '<add hand="#hand-2" rend="[handwritten by Molotov] {}">Agreed.</add>' in xml
    assert "<supplied" not in xml and "<reg" not in xml and "<persName" not in xml


def test_a_hands_label_naming_its_place_without_its_colon_opening_a_line() -> None:
    """`[Handwritten at the bottom of page one] Not reviewed by N.S. Khrushchev`: the label
    names the hand and where it wrote, as `[handwritten at the top of the page:]` does; the
    hand's words are the rest of the line (they were read as words the translator supplied)."""
    xml = etree.tostring(body_of(f"[Handwritten at the bottom of page one] Not reviewed by "
                                 f"N.S. Khrushchev\n\n{PROSE.format('so')}"), encoding="unicode")
    assert ('<add hand="#hand-1" place="bottom" rend="[Handwritten at the bottom of page one] '
            '{}">Not reviewed by N.S. Khrushchev</add>') in xml
    assert "<supplied" not in xml


def test_a_hands_label_with_its_colon_after_the_bracket_opening_a_line() -> None:
    """`[handwritten]: MINUTES Nº 51 of the`: at a line's start the colon outside the bracket
    ends the label as one inside does (the label was kept as the translator's remark, the
    hand's words as typed text)."""
    xml = etree.tostring(body_of(f"[handwritten]: Protocol Nº 12\n\n{PROSE.format('so')}"),
                         encoding="unicode")
    assert '<add hand="#hand-1" rend="[handwritten]: {}">Protocol Nº 12</add>' in xml
    assert 'place="inline"' not in xml


@pytest.mark.parametrize("line", [
    "[Handwritten] We agree and will pass it on.",
    "[Handwritten comment] Please review the text again.",
    "File number: [handwritten:] 152, 113",
])
def test_a_hands_label_keeps_the_space_after_it_once(line: str) -> None:
    from teikit.profiles import load_profile
    from teikit.writers.source import form_table, source_text

    body = body_of(f"The statement was read out to the counsellor.\n\n{line}\n")
    add = body.find(f".//{{{TEI_NS}}}add")
    assert add is not None and add.text is not None and not add.text[:1].isspace()
    assert line in source_text(body, form_table(load_profile("wilson").conventions))


def test_what_happened_in_a_bracket_of_its_own_is_a_remark() -> None:
    """`[Exchange of pleasantries]` between the speeches of a record: what happened there, no
    words supplied to a sentence; the same word inside a sentence stays supplied."""
    body = body_of("The Shah: I am glad to see you.\n\n[Exchange of greetings]\n\nThe "
                   "Minister: [Welcoming remarks]\n\nThey made an [exchange] of notes.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == ["Exchange of greetings", "Welcoming remarks"]
    assert ["".join(s.itertext()) for s in body.iter(f"{{{TEI_NS}}}supplied")] == ["exchange"]


def test_the_subject_an_editor_heads_a_turn_with_is_a_remark() -> None:
    """`Zhou Enlai: [On Soviet-Vietnam relations] The Soviet revisionists …`: what the turn is
    about, the editor's heading; a sentence begins anew after it. Words that lead into the
    sentence after them are supplied (`[On the 5th] we met …`)."""
    body = body_of("Zhou Enlai: [On Soviet-Vietnam relations] The Soviet revisionists want "
                   "North Vietnam to talk with the US.\n\n[On the 5th] we met the ambassador, "
                   "who told us about the talks.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == ["On Soviet-Vietnam relations"]
    assert ["".join(s.itertext()) for s in body.iter(f"{{{TEI_NS}}}supplied")] == ["On the 5th"]


@pytest.mark.parametrize("direction", [
    "[Raises two fingers]", "[pointing to the delegates]", "[Everyone laughs]",
    "[Chairman Mao shakes hands with Ieng Sary]", "[The guests take their seats]",
    "[Mao says “very welcome” in English]", "[Laughter]", "[Stormy applause]"])
def test_a_gesture_told_where_it_happened_is_a_remark(direction: str) -> None:
    """A gesture or greeting told in the present, in a speech or between turns: what
    happened there, no words supplied to a sentence."""
    body = body_of(f"Chairman: {direction} This is the second time we meet! {direction}\n\n"
                   f"{direction}\n\nGuest: The Chairman is an excellent leader.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    # (the quotation marks are the `q`'s)
    assert ["".join(n.itertext()) for n in notes] == [direction.strip("[]").replace(
        "“", "").replace("”", "")] * 3
    assert body.find(f".//{{{TEI_NS}}}supplied") is None


def test_a_gesture_told_in_the_past_with_the_names_supplied_is_a_remark() -> None:
    """`[At this point [Gorbachev and Deng] shook hands]`: what happened, the translator
    naming who did it inside the remark."""
    body = body_of("Deng: We can say that relations have been normalized. [At this point "
                   "[Gorbachev and Deng] shook hands]. Then they sat down.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == [
        "At this point Gorbachev and Deng shook hands"]


@pytest.mark.parametrize(("sentence", "supplied"), [
    ("I would like you to think of all these [gestures] as a sign of attention.", "gestures"),
    ("I will reply to you after studying [the document].", "the document"),
    ("In addition, the letter contains the following [text]:", "text")])
def test_a_noun_the_sentence_wants_is_supplied_though_it_names_a_remarks_subject(
        sentence: str, supplied: str) -> None:
    """After a determiner a gesture's word is a noun; the paper or its text named alone where
    the sentence wants an object: the words supplied, no remark on the page."""
    body = body_of(sentence + "\n")
    assert body.find(f".//{{{TEI_NS}}}note") is None
    assert ["".join(s.itertext()) for s in body.iter(f"{{{TEI_NS}}}supplied")] == [supplied]


@pytest.mark.parametrize("words", ["[Kim Il Sung points out]", "[he raises the question]",
                                   "[we]", "[Mao says]"])
def test_what_is_said_in_a_bracket_is_supplied_not_a_gesture(words: str) -> None:
    body = body_of(f"Then {words} that the talks should go on in Geneva.\n")
    assert body.find(f".//{{{TEI_NS}}}note") is None
    assert ["".join(s.itertext()) for s in body.iter(f"{{{TEI_NS}}}supplied")] == [
        words.strip("[]")]


def test_what_happened_on_the_line_under_a_records_heading_is_a_remark() -> None:
    """The record's heading and the bracket under it make one block: the bracket is still a
    line of its own, and tells what happened before the first speech."""
    body = body_of("Record of the conversation between the Minister and the Ambassador, "
                   "Prague, 3 May 1966\n[laughter and greetings]\n\nThe Ambassador: I thank "
                   "you for receiving me.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == ["laughter and greetings"]
    assert body.find(f".//{{{TEI_NS}}}supplied") is None


def test_what_a_foreign_bodys_name_is_in_english_is_a_gloss() -> None:
    """`Sejm [Parliament]`, `Gaimusho [Japanese foreign ministry]`, `Tongil-bu [Unification
    Ministry]`: the body the name that is not English stands for, no words supplied to the
    sentence; a name completed is no gloss."""
    body = body_of("The Marshal of the Sejm [Parliament] received the delegation. The "
                   "Gaimusho [Japanese foreign ministry] and the Tongil-bu [Unification "
                   "Ministry] were told the same day.\n\nComrade Liu [Shaoqi] arrived on "
                   "Monday.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == [
        "Parliament", "Japanese foreign ministry", "Unification Ministry"]
    assert ["".join(s.itertext()) for s in body.iter(f"{{{TEI_NS}}}supplied")] == ["Shaoqi"]


def test_a_soviet_contraction_spelt_out_is_a_gloss_not_a_modernised_name() -> None:
    """`Urpra [Urumqi Government]`: an office's contraction, its first letters those of its
    name's place, and the name in full: what it stands for, neither a name modernised nor a
    foreign word the bracket translates; a place modernised stays a name."""
    body = body_of("Recommend that the Urpra [Urumqi Government] agree to concessions in the "
                   "talks held in Ghulja [Yining] next week.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == ["Urumqi Government"]
    assert body.find(f".//{{{TEI_NS}}}foreign") is None
    assert ["".join(r.itertext()) for r in body.iter(f"{{{TEI_NS}}}reg")] == ["Yining"]


def test_a_news_agencys_name_completed_is_supplied_not_a_gloss() -> None:
    """`Kyodo [News Agency]`, `Yonhap [News Agency]` in a list of whom a cable went to: the
    words that complete the agency's English name are supplied, as the readers of two Chinese
    cables mark them (they were a translation of the name, or of a title, like `Sejm
    [Parliament]`); its acronym spelt out stays a gloss."""
    body = body_of("The report of Kyodo [News Agency] was cited by MTI [Hungarian News "
                   "Agency].\n\nForwarded to: Foreign Ministry, Yonhap [News Agency], "
                   "the Embassy.\n")
    supplied = ["".join(s.itertext()) for s in body.iter(f"{{{TEI_NS}}}supplied")]
    assert supplied == ["News Agency", "News Agency"]
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == ["Hungarian News Agency"]


def test_the_kind_of_body_a_body_is_better_known_as_is_a_gloss() -> None:
    """`Executive Committee [Politburo]`, `People's Assembly [Bulgarian Parliament]`: the body
    named by what it is better known as; a name's part supplied after it is none."""
    body = body_of("The Executive Committee [Politburo] met with the People's Assembly "
                   "[Bulgarian Parliament] and the Central Committee [of the CPSU].\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == ["Politburo", "Bulgarian Parliament"]
    assert ["".join(s.itertext()) for s in body.iter(f"{{{TEI_NS}}}supplied")] == [
        "of the CPSU"]


def test_the_originals_name_after_its_english_is_the_original_wording() -> None:
    """`Ministry of Foreign Affairs [Ministerio de Asuntos Exteriores]`: a phrase of common
    Spanish words after the English that names the same body; a name after its office is none
    (its words are common words of no language)."""
    body = body_of("A note from the Ministry of Foreign Affairs [Ministerio de Asuntos "
                   "Exteriores] arrived today, signed by the Vice Premier [Pak Hon Yong].\n")
    wording = body.findall(f".//{{{TEI_NS}}}note[@type='original-wording']/{{{TEI_NS}}}foreign")
    assert [("".join(f.itertext()), f.get("{http://www.w3.org/XML/1998/namespace}lang"))
            for f in wording] == [("Ministerio de Asuntos Exteriores", "es")]


def test_the_originals_wording_has_its_words_language_where_the_header_names_none() -> None:
    """A Mexican memorandum, its original language not given: `[‘Consejo Revolucionario de Cuba
    en el Exilio’]` is Spanish by its words; a transliteration is Russian by its spelling
    (`pri`, `etom`: it was told no language)."""
    root = convert_text("SUBJECT: Information relating to the\nCUBAN REVOLUTIONARY COUNCIL IN "
                        "EXILE [‘Consejo Revolucionario de Cuba en el Exilio’]\n\nThe leaders "
                        "met [pri etom bilo ogovoreno] in Miami today.\n",
                        overrides={"title": "Test", "date_text": "April 9, 1963"},
                        enrich=False).tree.getroot()
    wording = root.findall(f".//{{{TEI_NS}}}note[@type='original-wording']/{{{TEI_NS}}}foreign")
    assert [f.get("{http://www.w3.org/XML/1998/namespace}lang") for f in wording] == [
        "es", "ru-Latn"]


def test_a_label_naming_the_kind_of_document_is_the_translators_remark() -> None:
    """`[Report to the Secretariat]` alone over a document: what kind of paper follows, the
    translator's label; an office alone on its line is the letterhead supplied."""
    body = body_of("[Report to the Secretariat]\n\nThe commission examined the proposal of the "
                   "ministry.\n\n[Ministry of Foreign Trade]\n\nThe ministry agrees.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == ["Report to the Secretariat"]
    assert ["".join(s.itertext()) for s in body.iter(f"{{{TEI_NS}}}supplied")] == [
        "Ministry of Foreign Trade"]


def test_what_the_text_refers_to_is_the_translators_remark() -> None:
    body = body_of("The station [Radio Free Europe is meant] broadcast the appeal twice, and "
                   "the delegation of the Polish People’s Republic [PRL] protested.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == ["Radio Free Europe is meant", "PRL"]
    assert body.find(f".//{{{TEI_NS}}}supplied") is None


@pytest.mark.parametrize(("source", "remarks", "supplied"), [
    # What the page shows, capitalised as a sentence is; a short bracket of its own naming an
    # office stays the letterhead supplied.
    ("The copies were returned to the section.\n\n[Handwritten appears at bottom of page]\n\n"
     "[Printing Office]\n\nThe clerk kept the [second] copy for the file.\n",
     ["Handwritten appears at bottom of page"], ["Printing Office", "second"]),
    # Under a cable's head, a bracket in lower case continues no sentence, so it supplies none;
    # nor does one naming what the page shows (`[KGB letterhead]`); one word in lower case
    # alone (`[and]`) stays supplied.
    # Where on the page a stamp is, no wording of it: the translator's account of the page; a
    # stamp's wording after a colon stays the stamp.
    ("The copies were returned.\n\n[Czech-language stamp and notation at the top of the page]\n\n"
     "[faded stamp on the first page: SECRET]\n\nThe clerk kept the [second] copy for the "
     "file.\n", ["Czech-language stamp and notation at the top of the page"], ["second"]),
    ("CIPHERED TELEGRAM\nFrom BEIJING\n[reporting a meeting of July 28]\n\n[KGB letterhead]\n\n"
     "After listening to the greetings, Mao asked me to convey his thanks.\n\n[and]\n\n"
     "The talks went on for two hours.\n",
     ["reporting a meeting of July 28", "KGB letterhead"], ["and"]),
], ids=["page-shows", "stamp-described", "lower-case-line"])
def test_a_bracket_of_its_own_line_is_a_remark_or_supplied_by_its_words(
        source: str, remarks: list[str], supplied: list[str]) -> None:
    body = body_of(source)
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == remarks
    assert ["".join(s.itertext()) for s in body.iter(f"{{{TEI_NS}}}supplied")] == supplied


def test_one_figure_glued_to_a_number_at_the_line_end_is_a_notes_marker() -> None:
    """`Prot. No. 87[1]` ending its line, the page cut before its notes: a marker kept as
    text, no figure supplied; figures inside a number stay supplied (`19[5]3`)."""
    body = body_of("The decision was taken under Prot. No. 87[1]\n\nIn 19[5]3 the office moved "
                   "to the new building of the ministry.\n")
    assert ["".join(s.itertext()) for s in body.iter(f"{{{TEI_NS}}}supplied")] == ["5"]
    assert "Prot. No. 87[1]" in "".join(body.itertext())


def test_question_marks_alone_in_a_bracket_are_an_illegible_reading() -> None:
    """`[??] December 1958`: what stood there could not be read; one `[?]` after a word doubts
    that word's reading."""
    body = body_of("On [??] December the minister Li Kuo [?] received the ambassador.\n")
    gaps = body.findall(f".//{{{TEI_NS}}}gap[@reason='illegible']")
    assert len(gaps) == 1 and gaps[0].get("rend") == "[??]"
    assert body.find(f".//{{{TEI_NS}}}persName[@cert='low']") is not None


def test_a_redaction_in_parentheses_is_a_gap_and_other_parentheses_stay_text() -> None:
    body = body_of("The tête-à-tête (redacted) went well, said the minister (name withheld); "
                   "the report (missing pages) came late.\n")
    gaps = body.findall(f".//{{{TEI_NS}}}gap[@reason='redacted']")
    assert ["".join(g.itertext()) for g in gaps] == ["redacted", "name withheld"]
    assert "(missing pages)" in "".join(body.itertext())


def test_a_name_withheld_as_a_row_of_xs_is_a_gap_and_a_roman_thirty_stays_text() -> None:
    """`I ask XXXX to print it`: the publication withheld the name; `the XXX Congress` counts
    thirty. The X's come back as printed."""
    text = "I ask XXXX to print it, and XXX too, before the XXX Congress opens.\n"
    body = body_of(text)
    gaps = body.findall(f".//{{{TEI_NS}}}gap[@reason='redacted']")
    assert [g.get("rend") for g in gaps] == ["XXXX", "XXX"]
    assert "the XXX Congress" in "".join(body.itertext())


def test_a_remark_on_the_emphasis_in_parentheses_is_a_note_and_other_parentheses_stay() -> None:
    """`… to fear an American aggression. (original emphasis)`: the translator's remark, as
    `[emphasis in the original]` is; the author's own parentheses are text."""
    body = body_of("It has no reasons to fear an aggression (original emphasis). The line was "
                   "underlined (emphasis in the original) and the rest (in the main) was "
                   "not.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == ["original emphasis",
                                                      "emphasis in the original"]
    assert notes[0].get("rend") == "({})"
    assert "(in the main)" in "".join(body.itertext())


def test_who_the_person_named_before_is_by_office_or_company_is_a_remark() -> None:
    """`Ali Sastroamidjojo [Chairman of the PNI (…)]`, `Liu Shaoqi [one of the leading figures
    of the party]`: who the man named is; an office supplied before a name stays supplied."""
    body = body_of("The delegation of Ali Sastroamidjojo [Chairman of the PNI (Partai Nasional "
                   "Indonesia)] arrived. We met Liu Shaoqi [one of the leading figures of the "
                   "party]. Comrade [Chairman of the Council of Ministers] Kim Il Sung spoke. "
                   "The Russians have their “Phoumi” [a right-wing Laotian military figure]. "
                   "Ask Ling Yun [Director-General, Information Department, Foreign Ministry] "
                   "to join.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == [
        "Chairman of the PNI (Partai Nasional Indonesia)", "one of the leading figures of the "
        "party", "a right-wing Laotian military figure",
        "Director-General, Information Department, Foreign Ministry"]
    assert ["".join(s.itertext()) for s in body.iter(f"{{{TEI_NS}}}supplied")] == [
        "Chairman of the Council of Ministers"]


def test_a_stamp_placed_on_the_page_is_a_stamp_not_a_note_in_the_margin() -> None:
    """`[Stamp at the bottom of the first page: "…"]`: where the stamp is says nothing of a
    hand; a note written at the foot of the page is one."""
    body = body_of('I received the ambassador.\n\n[Stamp at the bottom of the first page: '
                   '"Secretariat of V. M. Molotov"]\n\n[Handwritten at the bottom of the page: '
                   "to the file]\n")
    assert body.find(f".//{{{TEI_NS}}}stamp") is not None
    adds = body.findall(f".//{{{TEI_NS}}}add")
    assert ["".join(a.itertext()) for a in adds] == ["to the file"]


def test_a_day_in_brackets_before_its_month_is_supplied() -> None:
    """`of [2] June 1953`: the day the translator supplied to the date, no note's marker."""
    body = body_of("The Resolution of the Soviet Government of [2] June 1953 was read to the "
                   "meeting.\n")
    assert ["".join(s.itertext()) for s in body.iter(f"{{{TEI_NS}}}supplied")] == ["2"]


def test_sic_on_the_omission_before_it_is_the_translators_sic_note() -> None:
    """`1. [ . . . ] [sic]`: the mark confirms the omission is the original's; no word to hold,
    an empty sic note, the space before it kept."""
    body = body_of("1. [ . . . ] [sic]\n\nThe talks went well, as the text says.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='sic']")
    assert len(notes) == 1 and notes[0].get("rend") == "[sic]" and not "".join(notes[0].itertext())
    gap = body.find(f".//{{{TEI_NS}}}gap")
    assert gap is not None and gap.tail == " "


def test_illegible_with_a_comma_before_what_could_not_be_read() -> None:
    body = body_of("Obtain formulation of paragraph [illegible, one letter or number] of Article "
                   "Two.\n")
    gap = body.find(f".//{{{TEI_NS}}}gap[@reason='illegible']")
    assert gap is not None and "".join(gap.itertext()) == "one letter or number"


def test_an_acronym_after_the_words_in_lower_case_it_abbreviates_is_a_gloss() -> None:
    """`the multilateral force [MLF]`, `the nuclear non-proliferation treaty [NPT]`: what the
    words before are known as, a gloss; an acronym whose letters those words do not spell
    (`the talks [USA]`) stays supplied."""
    body = body_of("With regard to the multilateral force [MLF], the USSR agreed. The nuclear "
                   "non-proliferation treaty [NPT] was signed. The talks [USA] went on.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == ["MLF", "NPT"]
    assert ["".join(s.itertext()) for s in body.iter(f"{{{TEI_NS}}}supplied")] == ["USA"]


def test_an_acronym_and_what_it_stands_for_in_a_bracket_of_its_own_is_a_gloss() -> None:
    """`[OZÚ = Section for Special Assignments]` under the line that cites the office."""
    body = body_of("Reason: file no. 267 261/01- OZÚ\n[OZÚ = Section for Special Assignments]\n"
                   "Date: 01/11/02\n\nFor information of the members, I attach four copies of "
                   "a recorded conversation of the ambassador.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == ["OZÚ = Section for Special Assignments"]


def test_the_country_a_delegate_speaks_for_is_a_remark() -> None:
    """`A. Novotny and J. Lenart [Cz]`, `W. Stoph [GDR]`: whose delegation they are, in the
    record's abbreviation; a state's letters the translator gave in the text are its name
    supplied (no name printed there to give in modern or standard form)."""
    body = body_of("Present were A. Novotny and J. Lenart [Cz], W. Ulbricht and W. Stoph [GDR] "
                   "and J. Kádár [Hu]. The [GDR] delegation spoke first.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == ["Cz", "GDR", "Hu"]
    assert ["".join(r.itertext()) for r in body.iterfind(f".//{{{TEI_NS}}}orgName/"
                                                          f"{{{TEI_NS}}}supplied")] == ["GDR"]
    assert body.find(f".//{{{TEI_NS}}}reg") is None


def test_a_short_sentence_in_brackets_after_a_point_and_a_letterhead_remark_are_remarks() -> None:
    """`4. [Polish films have been shown.]`: the translator's summary of a point, a sentence of
    its own; `[CPSU CC letterhead]` alone on its line: what the page shows."""
    body = body_of("[CPSU CC letterhead]\n\nThe embassy reports on its work.\n\n"
                   "3. [Polish embassy asked for film cooperation.]\n"
                   "4. [Polish films have been shown.]\n\nThe rest follows [as before].\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == [
        "CPSU CC letterhead", "Polish embassy asked for film cooperation.",
        "Polish films have been shown."]


@pytest.mark.parametrize(("sentence", "remark"), [
    ("I send more details. Vavruš [Czech Press Agency reporter in Havana] has an opportunity.",
     "Czech Press Agency reporter in Havana"),
    ("Explain that Vavruš [a ČTK reporter] is consulting important people.", "a ČTK reporter"),
    ("The steps [to address the crisis, e.g., the quarantine of Cuba] were taken.",
     "to address the crisis, e.g., the quarantine of Cuba")])
def test_who_a_newsman_is_and_an_example_given_are_remarks(sentence: str, remark: str) -> None:
    """Who the man named before it is, by his trade (`[a ČTK reporter]`, `[Czech Press Agency
    reporter in Havana]`), and what the text means, an example given (`…, e.g., …`): the
    translator's remarks; a time after a name is supplied (`Kim [a week ago]`)."""
    body = body_of(sentence + "\n\nWe met Kim [a week ago] in Pyongyang.\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == [remark]
    assert ["".join(s.itertext()) for s in body.iter(f"{{{TEI_NS}}}supplied")] == ["a week ago"]


@pytest.mark.parametrize("mark", ["[Initial]", "[Initials]", "[Initialled]"])
def test_where_the_page_has_a_signers_initials_is_a_remark(mark: str) -> None:
    """`[Initial]` under the closing formula stands where the page has the signer's initials,
    as `[Signature]` stands for his name: the translator's remark, no word supplied; `[Initial]`
    words in a sentence are supplied."""
    body = body_of("We ask you to consult this matter with the division.\n\n"
                   f"With comradely greetings,\n{mark}\n")
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == [mark.strip("[]")]
    assert not list(body.iter(f"{{{TEI_NS}}}supplied"))
    supplied = body_of("The [initial talks] went well.\n")
    assert ["".join(s.itertext()) for s in supplied.iter(f"{{{TEI_NS}}}supplied")] == [
        "initial talks"]


@pytest.mark.parametrize(("sentence", "name", "gloss"), [
    ('He wrote the play "Pervyye Petukhi [The First Roosters]" and others.', "Pervyye Petukhi",
     "The First Roosters"),
    ("He has also translated the works Na Dne [The Lower Depths] of Gorky.", "Na Dne",
     "The Lower Depths")])
def test_a_name_the_bracket_translates_is_foreign(sentence: str, name: str, gloss: str) -> None:
    """`Na Dne [The Lower Depths]`: the title before the bracket is left in its language, and
    the bracket translates it; the title is `foreign` (most of its readers mark it so), the
    bracket a gloss; an English name before a gloss stays as it is."""
    body = body_of(sentence + "\n\nThe Central Intelligence Agency [CIA] was named.\n")
    assert ["".join(f.itertext()) for f in body.iter(f"{{{TEI_NS}}}foreign")] == [name]
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == [gloss, "CIA"]


@pytest.mark.parametrize(("sentence", "gloss"), [
    ("The reply was printed in the newspaper Renmin Ribao [People's Daily] today.",
     "People's Daily"),
    ("The Rodong Sinmun [Workers' Newspaper] printed it.", "Workers' Newspaper"),
    ("He met journalists from Xinhua [New China News Agency] yesterday.",
     "New China News Agency")])
def test_a_papers_or_agencys_name_the_bracket_translates_stays_a_name(sentence: str,
                                                                      gloss: str) -> None:
    """`Renmin Ribao [People's Daily]`: a paper's or an agency's name translated is glossed and
    stays a name, no words of another language (none of the written pages' inventories marks
    one so; it was `foreign`)."""
    body = body_of(sentence + "\n")
    assert list(body.iter(f"{{{TEI_NS}}}foreign")) == []
    notes = body.findall(f".//{{{TEI_NS}}}note[@type='editorial']")
    assert ["".join(n.itertext()) for n in notes] == [gloss]


def test_a_spanish_forms_label_abbreviated_then_translated_is_a_remark() -> None:
    """`ANT. [Reference]: Your oficio …`, `MAT. [Subject]: …` on a Chilean oficio's lines: what
    the label abbreviated in Spanish means (they were words supplied)."""
    body = body_of("Oficio Conf. No. 1311/84\nANT. [Reference]: Your oficio No. 2217 of "
                   "27.XI.61.\nMAT. [Subject]: Position of the Department of State.\n\nThe "
                   "Department does not intend to present a proposal at the Meeting.\n")
    notes = [n.text for n in body.iter(f"{{{TEI_NS}}}note")]
    assert notes == ["Reference", "Subject"]
    assert list(body.iter(f"{{{TEI_NS}}}supplied")) == []
