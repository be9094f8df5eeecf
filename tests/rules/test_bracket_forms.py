"""Brackets that are not supplied words (ENCODING.md): each form's exact TEI, its round trip
through the source writer, and its validity against tei_all and the house schema."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from lxml import etree
from tei_text import converted_text, texts

from teikit import TEI_NS
from teikit.convert import ConversionResult, convert_text
from teikit.profiles import wilson
from teikit.validate import validate_file
from teikit.writers.source import form_table, source_text

META = {"title": "Test", "date_text": "May 14, 1950", "original_language": "Russian"}
PROSE = "In a conversation with the Korean comrades it was said that {} and so on, finally."
NS = {"t": TEI_NS}

FORMS = [
    # The original's words in parentheses after their translation, the parentheses text; an
    # acronym's expansion in its own language; the original's acronym after a body's name.
    ("a militant (boyevoy) man", 'a militant (<foreign xml:lang="ru-Latn">boyevoy</foreign>) '
     "man"),
    ("the MRP [Mouvement Républicain Populaire] lost", 'the MRP <note type="editorial" '
     'place="inline" resp="#translator"><foreign xml:lang="fr">Mouvement Républicain '
     "Populaire</foreign></note> lost"),
    ("the Department of the Central Committee [KB], led by", "the Central Committee <note "
     'type="original-wording" place="inline" resp="#translator"><foreign xml:lang="ru-Latn">KB'
     "</foreign></note>, led"),
    # An acronym's expansion in its own language, a dash, its English.
    ("the KPP [Kontrollpassierpunkt - checkpoint] to", 'the KPP <note type="editorial" '
     'place="inline" resp="#translator"><foreign xml:lang="ru-Latn">Kontrollpassierpunkt'
     "</foreign> - checkpoint</note> to"),
    # Letters supplied inside a word: one word, supplied, no note.
    ("the F[oreign] M[inistry] here",
     'the F<supplied reason="omitted" resp="#translator">oreign</supplied> '
     'M<supplied reason="omitted" resp="#translator">inistry</supplied> here'),
    ("Zhang[zhou], Shan[tou], Fuzhou",
     'Zhang<supplied reason="omitted" resp="#translator">zhou</supplied>, '
     'Shan<supplied reason="omitted" resp="#translator">tou</supplied>, Fuzhou'),
    # ... a stray space between the word's first letters and the bracket's
    ("a plebiscite on G [ermany's] unity",
     'a plebiscite on G <supplied reason="omitted" resp="#translator">ermany\'s</supplied> unity'),
    ("the Party app[ aratus] met",
     'the Party app<supplied reason="omitted" resp="#translator"> aratus</supplied> met'),
    ("Kim Il Sung['s] words",
     'Kim Il Sung<supplied reason="omitted" resp="#translator">\'s</supplied> words'),
    # ... a hyphenated name's second part, glued to a name read before it
    ("said to Comrade [Gheorghe] Gheorghiu[-Dej] then",
     'Gheorghiu</persName><supplied reason="omitted" resp="#translator">-Dej</supplied> then'),
    # The translator's remark signed `our note` (Romanian `n.n.`), not a word supplied.
    ("He [Khrushchev – our note] only confirmed",
     'He <note type="editorial" place="inline" resp="#translator">Khrushchev – our note</note> '
     "only"),
    # What the hand did to the word before, capitalised: a remark, no words supplied.
    ("the Draft [Struck through by hand] plan",
     'Draft <note type="editorial" place="inline" resp="#translator">Struck through by hand'
     "</note> plan"),
    # The paper named with its preposition: words the sentence wants, supplied.
    ("to include the 3 million U.S. dollars [in the document]",
     'dollars <supplied reason="omitted" resp="#translator">in the document</supplied>'),
    ("he agrees [with the document] now",
     'agrees <supplied reason="omitted" resp="#translator">with the document</supplied> now'),
    # The day an event named before the bracket falls on: a gloss.
    ("a delegation to the DPRK National Day [8 September], the other",
     'National Day <note type="editorial" place="inline" resp="#translator">8 September</note>,'),
    # A reading the translator doubts: the form without '?', cert="low", the '?' in @rend.
    ("[to put?] pressure",
     '<supplied reason="omitted" resp="#translator" cert="low" rend="[{}?]">to put</supplied> '
     "pressure"),
    ("that [?one copy made?] for the file",
     'that <supplied reason="omitted" resp="#translator" cert="low" rend="[?{}?]">one copy made'
     "</supplied> for the file"),
    # (the question mark before the reading alone, or after it in parentheses)
    ("that [?one copy] for the file",
     'that <supplied reason="omitted" resp="#translator" cert="low" rend="[?{}]">one copy'
     "</supplied> for the file"),
    ("to put [the army (?)] on alert",
     'to put <supplied reason="omitted" resp="#translator" cert="low" rend="[{} (?)]">the army'
     "</supplied> on alert"),
    ("a trip to [Beijing?] in July",
     'a trip to <placeName><reg resp="#translator" cert="low" rend="[{}?]">Beijing</reg>'
     "</placeName> in July"),
    ("Comrades Liu [Shaoqi?] came",
     'Comrades <persName>Liu <supplied reason="omitted" resp="#translator" cert="low" '
     'rend="[{}?]">Shaoqi</supplied></persName> came'),
    ("Filippov [Stalin?] wrote",
     '<persName><choice><orig>Filippov </orig><reg resp="#translator" cert="low" '
     'rend="[{}?]">Stalin</reg></choice></persName> wrote'),
    ("comrade [[Pak Chang-ok?]] came",
     'comrade <persName><reg resp="#translator" cert="low" rend="[[{}?]]">Pak Chang-ok</reg>'
     "</persName> came"),
    # Where the paper's text ends, what the page shows: the editor's remarks, not words
    # supplied (`[End of the war]` is one).
    ("the talks went on. [End of document]",
     'the talks went on. <note type="editorial" place="inline" resp="#translator">End of '
     "document</note>"),
    ("the [End of the war] came",
     'the <supplied reason="omitted" resp="#translator">End of the war</supplied> came'),
    ("signed [Facsimile signature] by",
     'signed <note type="editorial" place="inline" resp="#translator">Facsimile signature'
     "</note> by"),
    # How much was deleted, not which words: the translator's remark (`word` was the deleted
    # word's `del`)
    ("the [two words deleted] talks", 'the <note type="editorial" place="inline" '
     'resp="#translator">two words deleted</note> talks'),
    ("the [word deleted] talks", 'the <note type="editorial" place="inline" '
     'resp="#translator">word deleted</note> talks'),
    # A tentative reading where the original is hard to read: the words read, unclear (a
    # remark or a gap before); a mark that only says what was not read stays a gap.
    ("the [illegible: Kim?] said", 'the <unclear reason="illegible" rend="[illegible: {}?]">'
     "Kim</unclear> said"),
    ("the [illegible, possibly Chen] said", 'the <unclear reason="illegible" '
     'rend="[illegible, possibly {}]">Chen</unclear> said'),
    ("on [unclear; probably 14] May", 'on <unclear reason="illegible" rend="[unclear; probably '
     '{}]">14</unclear> May'),
    ("the [illegible: Stalin's signature] on", 'the <note type="editorial" place="inline" '
     'resp="#translator">illegible: Stalin\'s signature</note> on'),
    # How the original prints the words before: a remark (it was supplied).
    ("the [Ellipsis in original] said", 'the <note type="editorial" place="inline" '
     'resp="#translator">Ellipsis in original</note> said'),
    # An omission labelled, and a cut in angle brackets as Russian editions mark it.
    ("the [Omitted: list of names] and", 'the <gap reason="editorial"><desc>Omitted: list of '
     "names</desc></gap> and"),
    ("the <...> said", 'the <gap reason="editorial" rend="&lt;...&gt;"/> said'),
    # The words `sic` stands for: the word before as the original has it (a remark before).
    ("the Pyeongyang [as in original] said", 'the <sic rend="{} [as in original]">Pyeongyang'
     "</sic> said"),
    ("the Pyeongyang [thus in the original] said", 'the <sic rend="{} [thus in the original]">'
     "Pyeongyang</sic> said"),
    ("the army [as] said", 'the army <supplied reason="omitted" resp="#translator">as</supplied> '
     "said"),
    # (what kind of word: `place name` was the deleted words' `del`)
    ("met at [place name deleted] and", 'at <note type="editorial" place="inline" '
     'resp="#translator">place name deleted</note> and'),
    ("the [surname crossed out] said", 'the <note type="editorial" place="inline" '
     'resp="#translator">surname crossed out</note> said'),
    # A seal named with whose it is: the stamp, as `[seal]` (it was the editor's remark)
    ("signed [Seal of the Embassy] by", 'signed <stamp type="unknown">Seal of the Embassy'
     "</stamp> by"),
    # (two officers' seals, named at length: it was a note)
    ("renew [Seals of the Director-General, Latin American and Caribbean Affairs Bureau, and of "
     "the Director, Second Latin America Division] by",
     'renew <stamp type="unknown">Seals of the Director-General, Latin American and Caribbean '
     "Affairs Bureau, and of the Director, Second Latin America Division</stamp> by"),
    # (however long whose it is: it was a remark past sixty letters)
    ("renew [Seal of the Ministry of Foreign Affairs of the Socialist Republic of Vietnam] by",
     'renew <stamp type="unknown">Seal of the Ministry of Foreign Affairs of the Socialist '
     "Republic of Vietnam</stamp> by"),
    # The sign of equality for `i.e.`: a gloss.
    ("the CC [= Central Committee] plenum",
     'the CC <note type="editorial" place="inline" resp="#translator">= Central Committee'
     "</note> plenum"),
    # The editor's exclamation after a word, as `[sic]` says it.
    ("the most friendly [!] talks", 'the most <sic rend="{} [!]">friendly</sic> talks'),
    # A gloss (ENCODING.md): the translator's doubt stays in the note's words.
    ("the CC [Central Committee?] plenum",
     'the CC <note type="editorial" place="inline" resp="#translator">Central Committee?</note>'
     " plenum"),
    # Damage and redaction: gap with a reason, the bracket's words in desc.
    ("the text [page torn] ends",
     'the text <gap reason="damage"><desc>page torn</desc></gap> ends'),
    ("the [two lines redacted] list",
     'the <gap reason="redacted" unit="line" quantity="2"><desc>two lines redacted</desc></gap> '
     "list"),
    ("the name [withheld] was", 'the name <gap reason="redacted"><desc>withheld</desc></gap> was'),
    # (`undisclosed`: withheld in other words; was supplied)
    ("said that [two lines undisclosed] the troops",
     'that <gap reason="redacted" unit="line" quantity="2"><desc>two lines undisclosed</desc>'
     "</gap> the"),
    # deleted by whoever withheld it, the archive or the editor: withheld (was a remark)
    ("the captain [name deleted by the archive], accused",
     'the captain <gap reason="redacted"><desc>name deleted by the archive</desc></gap>, accused'),
    ("the plan [Passage deleted by the archive] and",
     'the plan <gap reason="redacted"><desc>Passage deleted by the archive</desc></gap> and'),
    ("he said [the next sentence has been blotted out] and", 'he said <gap reason="redacted">'
     "<desc>the next sentence has been blotted out</desc></gap> and"),
    # the part of a dateline the releasing archive withheld: its hour
    ("sent at 5 p.m. [time blacked out] from", 'sent at 5 p.m. <gap reason="redacted">'
     "<desc>time blacked out</desc></gap> from"),
    # what the translator found no word for: a remark
    ("handed to Mr. [no name given] at", 'handed to Mr. <note type="editorial" place="inline" '
     'resp="#translator">no name given</note> at'),
    ("ends here [rest of the page missing]",
     'ends here <gap reason="missing"><desc>rest of the page missing</desc></gap>'),
    # the translator's tag before the words
    ("Sent: September 28, 1993, [TN: time blacked out] from",
     '1993, <gap reason="redacted"><desc>TN: time blacked out</desc></gap> from'),
    # what the copy did not take in
    # where the copy the translator had breaks off
    ("in the field. [end of available text]",
     'field. <gap reason="missing"><desc>end of available text</desc></gap>'),
    ("the plan. [rest of the text not available]",
     'plan. <gap reason="missing"><desc>rest of the text not available</desc></gap>'),
    ("Sent on [date off the reproduced page] April",
     'on <gap reason="missing"><desc>date off the reproduced page</desc></gap> April'),
    ("the [hole in the paper] there",
     'the <gap reason="damage"><desc>hole in the paper</desc></gap> there'),
    ("the [signed illegibly] above",
     'the <gap reason="illegible" rend="[signed illegibly]"/> above'),
    ("the [signature illegible] above",
     'the <gap reason="illegible" rend="[signature illegible]"><desc>signature</desc></gap> above'),
    ("greetings [Signature: illegible] Esteemed",
     'greetings <gap reason="illegible" rend="[Signature: illegible]"><desc>Signature</desc></gap> '
     "Esteemed"),
    ("Checked: [stamped, illegible], Major",
     'Checked: <gap reason="illegible" rend="[stamped, illegible]"><desc>stamped</desc></gap>, '
     "Major"),
    # Margin notes: an addition placed where its label says.
    ("a note [handwritten in the left margin: Agreed] here",
     'a note <add hand="#hand-1" place="left" rend="[handwritten in the left margin: {}]">'
     "Agreed</add> here"),
    # what the label introduces could not be read: the gap it reports, in the addition
    ("see [Handwritten note: illegible] here",
     'see <add hand="#hand-1" rend="[Handwritten note: {}]"><gap reason="illegible" '
     'rend="illegible"/></add> here'),
    # A bracket in the script of the text around it: supplied in that text's language (the
    # original printed beside the translation); after English, the original's wording.
    ("대사는 [7월] 8일",
     '대사는 <supplied reason="omitted" resp="#translator">7월</supplied> 8일'),
    ("the word [народ] was",
     'the word <note type="original-wording" place="inline" resp="#translator">'),
    # Who the person named before it is: an official of a body.
    ("and Chen Zhongjing [senior official from the Liaison Department] came",
     'Chen Zhongjing <note type="editorial" place="inline" resp="#translator">senior official '
     'from the Liaison Department</note> came'),
    # A name printed whole, then the same name in two other spellings.
    ("met JIANG JIESHI [Chang Kaishi; Chiang Kai-shek] at",
     '<orig>JIANG JIESHI </orig><reg resp="#translator">Chang Kaishi; Chiang Kai-shek</reg>'),
    # (a slash between the name's renderings: in standard form, then in English)
    ("the newspaper Dunfanjun [Dongfanghong/The Eastern Red] wrote",
     '<persName>Dunfanjun <supplied reason="omitted" resp="#translator">Dongfanghong/The '
     'Eastern Red</supplied></persName> wrote'),
    # What the page lacks, as the translator says: a remark, no supplied words.
    ("the letter [no date] was",
     'the letter <note type="editorial" place="inline" resp="#translator">no date</note> was'),
    ("the ambassador [henceforth referred to as Kim] said",
     'the ambassador <note type="editorial" place="inline" resp="#translator">henceforth '
     'referred to as Kim</note> said'),
    # A seal named as an institution's is a stamp.
    ("the page [The State Seal] shows",
     'the page <stamp type="unknown">The State Seal</stamp> shows'),
    # figures written by hand, the label without a colon
    ("the number [handwritten 487] stands",
     'the number <add hand="#hand-1" rend="[handwritten {}]">487</add> stands'),
    ("a note [in the margin: yes] here",
     'a note <add hand="#hand-1" place="margin" rend="[in the margin: {}]">yes</add> here'),
    ("a note [marginal note: see me] here",
     'a note <add hand="#hand-1" place="margin" rend="[marginal note: {}]">see me</add> here'),
    ("a note [written in the lower right corner: to file] here",
     'a note <add hand="#hand-1" place="bottom" rend="[written in the lower right corner: {}]">'
     "to file</add> here"),
    ("[On the reverse: seen] by",
     '<add hand="#hand-1" place="overleaf" rend="[On the reverse: {}]">seen</add> by'),
    # `[sic]` after quoted words: the quotation is what the mark confirms (it was the
    # translator's remark, as no word stood before the bracket)
    ("the major one is “Ai’er famao” [sic]. They",
     'the major one is <sic><q rend="“{}”">Ai’er famao</q></sic>. They'),
    ('the one called "Red Star"[sic] was',
     'the one called <sic rend="{}[sic]"><q>Red Star</q></sic> was'),
    # `[sic]` on a numbering, no word to hold (no item 3 before it): the translator's mark
    ("4. [sic] We have decided",
     '4. <note type="sic" resp="#translator" rend="[sic]"/> We have decided'),
    # An office and a given name supplied before the surname: the office's words count, the
    # given name is the surname's (it was unclassified: `Kiril` is no English word)
    ("led by [Politburo member Kiril] Mazurov to Korea",
     'led by <supplied reason="omitted" resp="#translator">Politburo member Kiril</supplied> '
     "Mazurov to Korea"),
    # an office before the name, after its party's or army's letters (`KMT` is no English
    # word, and `General` no given name)
    ("the troops of [KMT General] Fu Zuoyi surrendered",
     'the troops of <supplied reason="omitted" resp="#translator">KMT General</supplied> Fu '
     "Zuoyi surrendered"),
    # the label without its colon in a sentence: the translator's remark
    ("the words [handwritten at the top of the page] were read",
     'the words <note type="editorial" place="inline" resp="#translator">handwritten at the top '
     "of the page</note> were read"),
    # Glosses and remarks: inline editorial notes, not supplied words.
    # (a marking's letters spelt out, no man's name: it was a person's)
    ("marked VVS [Confidential Classified Matter] and",
     'VVS <note type="editorial" place="inline" resp="#translator">Confidential Classified '
     "Matter</note> and"),
    ("KGB [State Security Committee] agents",
     'KGB <note type="editorial" place="inline" resp="#translator">State Security Committee'
     "</note> agents"),
    # (the acronym quoted, the term the text names)
    ("a notice on “OS” [Environmental Conditions] was",
     'on <q rend="“{}”">OS</q> <note type="editorial" place="inline" resp="#translator">'
     "Environmental Conditions</note> was"),
    ("the liquidation of “socialist PRH” [People's Republic of Hungary] is",
     '<q rend="“{}”">socialist PRH</q> <note type="editorial" place="inline" '
     "resp=\"#translator\">People's Republic of Hungary</note> is"),
    ("my air oficio [official letter] number",
     'my air <foreign xml:lang="es">oficio</foreign> '
     '<note type="editorial" place="inline" resp="#translator">official letter'
     "</note> number"),
    # the English name of the body a word not English is, capitalised as a name is
    ("called to the utrikesministeriet [Ministry for Foreign Affairs] to be informed",
     '<foreign xml:lang="und-Latn">utrikesministeriet</foreign> <note type="editorial" '
     'place="inline" resp="#translator">Ministry for '
     "Foreign Affairs</note> to be"),
    # (its English capitalised as a body's name is, though English uses its words less than
    # most: `Guards`)
    ("blockaded by hongweibing [Red Guards] and rebels",
     'by <foreign xml:lang="und-Latn">hongweibing</foreign> <note type="editorial" '
     'place="inline" resp="#translator">Red Guards</note> and'),
    # (the word translated is left untranslated: `foreign`, as `oficio` is)
    ("the kolkhozy [collective farms] were",
     'the <foreign xml:lang="und-Latn">kolkhozy</foreign> <note type="editorial" '
     'place="inline" resp="#translator">collective farms'
     "</note> were"),
    ("Classification Level [possible omission] Subject",
     'Classification Level <note type="editorial" place="inline" resp="#translator">possible '
     "omission</note> Subject"),
    # an acronym of the original's language, what it stands for in English words in lower case
    ("operations of VVS [air force] does not allow",
     'VVS <note type="editorial" place="inline" resp="#translator">air force</note> does'),
    ("the PRC [government] decided", 'the PRC <supplied reason="omitted" resp="#translator">'
     "government</supplied> decided"),
    ("[i.e., the Soviet side] agreed",
     '<note type="editorial" place="inline" resp="#translator">i.e., the Soviet side</note> '
     "agreed"),
    # What a phrase alludes to, the translator's words (`[a reference to]` with nothing after
    # it would be words supplied)
    ("without any trilateral directorate [reference to De Gaulle’s 1958 directorate "
     "proposal].",
     'directorate <note type="editorial" place="inline" resp="#translator">reference to De '
     "Gaulle’s 1958 directorate proposal</note>."),
    ("the speech [referring to the Bucharest meeting] was",
     'the speech <note type="editorial" place="inline" resp="#translator">referring to the '
     "Bucharest meeting</note> was"),
    # (`today's`, `present-day`, as `now` does: was supplied)
    ("in the Plaza Cívica [today’s Plaza de la Revolución] that",
     'Cívica <note type="editorial" place="inline" resp="#translator">today’s Plaza de la '
     "Revolución</note> that"),
    # (a model's designation after an article is the sentence's own noun: was a remark)
    ("As regards the [Il-10] ground-attack aircraft, the side",
     'the <supplied reason="omitted" resp="#translator">Il-10</supplied> ground-attack'),
    # (a place's name, then the kind of place in its language, which the bracket translates:
    # the kind was left as English)
    ("in the east of Sukhbaatar aimag [province], violations",
     'Sukhbaatar <foreign xml:lang="und-Latn">aimag</foreign> <note type="editorial" '
     'place="inline" resp="#translator">province</note>,'),
    # (what the thing before is, on the indefinite article: was supplied)
    ("in monazite concentrate [an ore of rare-earth metals and thorium], and",
     'concentrate <note type="editorial" place="inline" resp="#translator">an ore of rare-earth '
     "metals and thorium</note>, and"),
    # (a verb's object: supplied)
    ("The ministry sent [a group of five specialists] to Hanoi",
     'sent <supplied reason="omitted" resp="#translator">a group of five specialists</supplied>'),
    ("It was [a victory for the whole people] and",
     'was <supplied reason="omitted" resp="#translator">a victory for the whole people'
     "</supplied>"),
    # (a paper's title in English on its article, the title's last word one English knows as
    # a name: was a name given in standard form)
    ("in the last month Nhan Dan [The People] has twice",
     'Nhan Dan <note type="editorial" place="inline" resp="#translator">The People</note> has'),
    # (a marking abbreviated in the original's language after a file number, its English in
    # lower case: was a classification)
    ("the list 214/1952/szig. titk. [strictly secret] was",
     'szig. titk. <note type="editorial" place="inline" resp="#translator">strictly secret'
     "</note> was"),
    # (a sentence's last word and the next one's first are no abbreviation)
    ("this will expose them. When [you] make it public",
     'When <supplied reason="omitted" resp="#translator">you</supplied> make'),
    # (the quotation's words of another language after its English ones, which the bracket
    # translates: the original's, where no word rule read them; were quoted alone)
    ('inspect Cuba "must come en zafarrancho de combate" [in battle array], a formula',
     '<q>must come <foreign xml:lang="es">en zafarrancho de combate</foreign></q> <note '
     'type="editorial" place="inline" resp="#translator">in battle array</note>,'),
    # (after a term quoted in everyday English, a word English's table does not know: the
    # original's word for it; was a name given in standard form)
    ('and that "the Organization" [Angkar] has instructed',
     '<q>the Organization</q> <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="und-Latn">Angkar</foreign></note> has'),
    # (a name English's table knows stays one)
    ('the "Marshal" [Zhukov] came', '<q>Marshal</q> <name><reg resp="#translator">Zhukov</reg>'
     "</name> came"),
    # (after a place's name, whose the place is: was supplied)
    ("Place: Swimming Pool [Chairman Mao's residence], Zhongnanhai",
     'Pool <note type="editorial" place="inline" resp="#translator">Chairman Mao\'s residence'
     "</note>,"),
    ("we went to [Chairman Mao's residence] at night",
     'to <supplied reason="omitted" resp="#translator">Chairman Mao\'s residence</supplied> at'),
    # (an Asian language's syllables romanised without their marks, no everyday English
    # among them: the original's words; were supplied)
    ("relying on one's own forces [tu luc canh sinh], which",
     'forces <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="und-Latn">tu luc canh sinh</foreign></note>, which'),
    # (English's short words supplied are everyday ones)
    ("it ought [to be] done", 'ought <supplied reason="omitted" resp="#translator">to be'
     "</supplied> done"),
    # (the place's name of three words, a short one between, translated, the name's own word
    # in the English: was a man's name renamed)
    ("in the region of the Ciénaga de Zapata [Zapata Swamp], south of",
     'Zapata <note type="editorial" place="inline" resp="#translator">Zapata Swamp</note>,'),
    ("the railway from Hanoi to Munanguan [Friendship Pass], so that",
     'Munanguan <note type="editorial" place="inline" resp="#translator">Friendship Pass'
     "</note>,"),
    # (a Czech word's `ý`, a letter English never writes: the original's words; were supplied)
    ("criticized the revival process [obrodný proces], in particular",
     'process <note type="original-wording" place="inline" resp="#translator"><foreign '),
    # (a passage that cannot be read, where: was a remark)
    ('the Command". [A passage of two lines follows which cannot be read in the copy.] It',
     '<gap reason="illegible" rend="[A passage of two lines follows which cannot be read in the '
     'copy.]"><desc>A passage of two lines follows</desc></gap> It'),
    ("the city [now Ho Chi Minh City] fell",
     'the city <note type="editorial" place="inline" resp="#translator">now Ho Chi Minh City'
     "</note> fell"),
    ("the reply [who sent it?] came",
     'the reply <note type="editorial" place="inline" resp="#translator">who sent it?</note> '
     "came"),
    # Not remarks: a place after "in" is a supplied phrase; an organisation is nobody's orig.
    ("oppression [in China] too",
     'oppression <supplied reason="omitted" resp="#translator">in China</supplied> too'),
    ("talks in Panmunjom [Panmunjeom] went",
     'talks in <placeName><choice><orig>Panmunjom </orig><reg resp="#translator">Panmunjeom'
     "</reg></choice></placeName> went"),
    # A name romanised again (most letters shared) is renamed, not completed; a given name
    # after a family name shares few.
    ("refugees from Yili [Ili] went",
     'refugees from <persName><choice><orig>Yili </orig><reg resp="#translator">Ili</reg>'
     "</choice></persName> went"),
    ("the Pyongyang-Andong [Dandong] line",
     'the Pyongyang-<persName><choice><orig>Andong </orig><reg resp="#translator">Dandong'
     "</reg></choice></persName> line"),
    ("fleeing from Yili [Ili] and Tacheng [Qoqek] to",
     'fleeing from <persName><choice><orig>Yili </orig><reg resp="#translator">Ili</reg>'
     '</choice></persName> and <persName><choice><orig>Tacheng </orig><reg resp="#translator">'
     "Qoqek</reg></choice></persName> to"),
    # A name joined by a dash to the bracket before it is printed all the same.
    ("the Takeiri [Yoshikatsu]-Zhou [Enlai] Dialogue",
     'the <persName>Takeiri <supplied reason="omitted" resp="#translator">Yoshikatsu'
     '</supplied></persName>-<persName>Zhou <supplied reason="omitted" resp="#translator">'
     "Enlai</supplied></persName> Dialogue"),
    ("Vice Premier Gao [Gang] came",
     'Vice Premier <persName>Gao <supplied reason="omitted" resp="#translator">Gang</supplied>'
     "</persName> came"),
    ("[Note: the original is torn] here",
     '<note type="editorial" place="inline" resp="#translator">Note: the original is torn'
     "</note> here"),
    ("with the [North Korean] party",
     'with the <supplied reason="omitted" resp="#translator">North Korean</supplied> party'),
    ("by [Czechoslovak] Foreign Minister",
     'by <supplied reason="omitted" resp="#translator">Czechoslovak</supplied> Foreign Minister'),
    ("(1) [PRC Embassy in India Counsellor] Comrade Sheng",
     '(1) <supplied reason="omitted" resp="#translator">PRC Embassy in India Counsellor'
     "</supplied> Comrade Sheng"),
    ("letters to [John F.] Kennedy",
     'letters to <persName><supplied reason="omitted" resp="#translator">John F.</supplied> '
     "Kennedy</persName>"),
    # A family name supplied before the given name, however often the same one is supplied;
    # an office supplied before a name is no part of it.
    ("a cable to [Chen] Jiakang and from [Chen] Jiakang",
     'a cable to <persName><supplied reason="omitted" resp="#translator">Chen</supplied> '
     'Jiakang</persName> and from <persName><supplied reason="omitted" resp="#translator">'
     "Chen</supplied> Jiakang</persName>"),
    ("greetings from [CCP CC Member] Zhou Enlai",
     'greetings from <supplied reason="omitted" resp="#translator">CCP CC Member</supplied> '
     "Zhou Enlai"),
    # So is a body's name supplied before a person's.
    ("the 1st secretary of the [Far Eastern Department] Nemchinov V.S. attended",
     'the 1st secretary of the <supplied reason="omitted" resp="#translator">Far Eastern '
     'Department</supplied> Nemchinov V.S. attended'),
    # What an office is of, supplied before its noun, is no name nor a part of one.
    ("signed by the 1st Deputy [USSR] Minister [of Health] Shchepin",
     '1st Deputy <supplied reason="omitted" resp="#translator">USSR</supplied> Minister '
     '<supplied reason="omitted" resp="#translator">of Health</supplied> Shchepin'),
    ("a meeting with Comrade [MfS] Minister [Erich] Mielke",
     'Comrade <supplied reason="omitted" resp="#translator">MfS</supplied> Minister '
     '<persName><supplied reason="omitted" resp="#translator">Erich</supplied> Mielke'
     "</persName>"),
    ("Cde. Oancea, Deputy [Foreign Affairs] Minister, said",
     'Deputy <supplied reason="omitted" resp="#translator">Foreign Affairs</supplied> '
     "Minister, said"),
    # Words after an English word, or an office between a title and the name, are supplied;
    # only a word English lacks is translated by the bracket after it.
    ("China recuperating [from an illness]. Now",
     'China recuperating <supplied reason="omitted" resp="#translator">from an illness'
     "</supplied>. Now"),
    ("the experts' [in-country] treatment",
     'the experts\' <supplied reason="omitted" resp="#translator">in-country</supplied> '
     "treatment"),
    ("talks with Comrade [General Secretary of the Workers’ Party] Kim Il Sung",
     'talks with Comrade <supplied reason="omitted" resp="#translator">General Secretary of '
     "the Workers’ Party</supplied> Kim Il Sung"),
    ("with the first vice-president [of Somalia] Samantar",
     'with the first vice-president <supplied reason="omitted" resp="#translator">of Somalia'
     "</supplied> Samantar"),
    ("From Vladivostok to Moscow [Kim and Pak can travel] by train",
     'From Vladivostok to Moscow <supplied reason="omitted" resp="#translator">Kim and Pak '
     "can travel</supplied> by train"),
    ("the Agency; [the deputy editor-in-chief said] that",
     'the Agency; <supplied reason="omitted" resp="#translator">the deputy editor-in-chief '
     "said</supplied> that"),
    # After initials, the man they stand for is a name; the words they abbreviate, a gloss.
    ("no break to CKS [Jiang Jieshi] now",
     'no break to <persName><choice><orig>CKS </orig><reg resp="#translator">Jiang Jieshi'
     "</reg></choice></persName> now"),
    ("the KGB [State Security Committee] was",
     'the KGB <note type="editorial" place="inline" resp="#translator">State Security '
     "Committee</note> was"),
    # a Russian acronym ending on a small letter, the thing described with its maker's name
    ("steels for the PPSh [the Shpagin submachine gun] are",
     'steels for the PPSh <note type="editorial" place="inline" resp="#translator">the Shpagin '
     "submachine gun</note> are"),
    # A state's letters, then the name it goes by: the place's name regularised; its name,
    # then its letters: a gloss.
    ("Poland, CSSR [Czechoslovakia], Bulgaria",
     'Poland, <placeName><choice><orig>CSSR </orig><reg resp="#translator">Czechoslovakia'
     "</reg></choice></placeName>, Bulgaria"),
    # a place's words run together in its standard form: the place renamed, not completed
    # a man's or a place's name given whole, its last word the printed one: renamed, not the
    # original's words for a body
    ("met Comrade Luvsan [Sonomyn Luvsan] on",
     'met Comrade <persName><choice><orig>Luvsan </orig><reg resp="#translator">Sonomyn Luvsan'
     "</reg></choice></persName> on"),
    ("troops on Damansky Island [Zhenbao Island] on",
     'troops on <placeName><choice><orig>Damansky Island </orig><reg resp="#translator">Zhenbao '
     "Island</reg></choice></placeName> on"),
    ("the leadership in Ulan Bator [Ulaanbaatar] on",
     'the leadership in <placeName><choice><orig>Ulan Bator </orig><reg resp="#translator">'
     "Ulaanbaatar</reg></choice></placeName> on"),
    ("the reaction of the UAR [Egypt] had been restrained",
     'the reaction of the UAR <placeName><reg resp="#translator">Egypt</reg></placeName> had '
     "been restrained"),
    ("between Czechoslovakia [CSSR] and China",
     'between Czechoslovakia <note type="editorial" place="inline" resp="#translator">CSSR'
     "</note> and China"),
    ("Ghana, and United Arab Republic [UAR; Egypt], submitted",
     'Ghana, and United Arab Republic <note type="editorial" place="inline" '
     'resp="#translator">UAR; Egypt</note>, submitted'),
    ("the Politburo CC VKP(b) [Central Committee, All-Union Communist Party] met",
     'the Politburo CC VKP(b) <note type="editorial" place="inline" resp="#translator">Central '
     "Committee, All-Union Communist Party</note> met"),
    # The translator's note tells of a stamp: a note, not the stamp.
    ("filed. [Translator's note: a stamp of the archive under the text] We",
     'filed. <note type="editorial" place="inline" resp="#translator">Translator\'s note: a '
     "stamp of the archive under the text</note> We"),
    # A recording's position is no stamp on a page.
    ("said: [Time Stamp: 00:00:07] We",
     'said: <note type="editorial" place="inline" resp="#translator">Time Stamp: 00:00:07'
     "</note> We"),
    # Another name of the term before, explained.
    ("our friends [code name for the Soviets] said",
     'our friends <note type="editorial" place="inline" resp="#translator">code name for the '
     "Soviets</note> said"),
    ("Wieslaw [Wladyslaw Gomulka’s wartime pseudonym] said",
     'Wieslaw <note type="editorial" place="inline" resp="#translator">Wladyslaw Gomulka’s '
     "wartime pseudonym</note> said"),
    ("the Narkomvneshtorg [the People's Commissariat of Foreign Trade] said",
     'the Narkomvneshtorg <note type="editorial" place="inline" resp="#translator">the '
     "People's Commissariat of Foreign Trade</note> said"),
    # The date before it in words, the original's language named, its wording given.
    ("from 26.10 to 27.10 [26 October to 27 October] the",
     'to 27.10 <note type="editorial" place="inline" resp="#translator">26 October to 27 '
     "October</note> the"),
    # The time of day before it on the twelve-hour clock, in words (`o’clock` an English word
    # though its apostrophe follows a first letter, as a transliteration's soft sign does);
    # words after a time that are not one stay supplied.
    ("improve from 1400 hours [two o’clock p.m.] on May 11",
     'hours <note type="editorial" place="inline" resp="#translator">two o’clock p.m.</note> on'),
    ("at 20.30 [8.30 p.m.] the",
     '20.30 <note type="editorial" place="inline" resp="#translator">8.30 p.m.</note> the'),
    ("at 20.30 [the delegation] arrived",
     '20.30 <supplied reason="omitted" resp="#translator">the delegation</supplied> arrived'),
    # The event a date is the day of (a supplied word after a date stays supplied).
    ("on 7 November [October Revolution] was",
     '<note type="editorial" place="inline" resp="#translator">October Revolution</note> was'),
    ("on 25 June [North] Korean troops",
     '<supplied reason="omitted" resp="#translator">North</supplied> Korean troops'),
    # How the translator wrote the word before: a remark.
    ("Comrade Kim Won [transliterated] said",
     'Kim Won <note type="editorial" place="inline" resp="#translator">transliterated</note> said'),
    # The mark with its exclamation, then what the original should have said.
    ("the relations [sic! probably Korean-Soviet relations] were",
     'relations <note type="sic" resp="#translator" rend="[sic! {}]">probably Korean-Soviet '
     "relations</note> were"),
    # Figures the translator reads instead of those before them, in doubt.
    ("received 10.27 [28?] at 22 GMT",
     '10.27 <supplied reason="omitted" resp="#translator" cert="low" rend="[{}?]">28</supplied> '
     "at"),
    # An acronym and the words its letters begin, in lower case after it or before it.
    ("within the DC [diplomatic corps] in Pyongyang",
     'the DC <note type="editorial" place="inline" resp="#translator">diplomatic corps</note> in'),
    ("and the Chinese Communist party [CCP] in the",
     'Communist party <note type="editorial" place="inline" resp="#translator">CCP</note> in'),
    # Who the man named before it is, the pronoun `I` after it (nobody's name).
    ("with Nam Hoa [Secretary of the Region 6 Party Committee] I expressed",
     'Nam Hoa <note type="editorial" place="inline" resp="#translator">Secretary of the Region 6 '
     "Party Committee</note> I expressed"),
    ("dated 19.III.1974 [19 March 1974] arrived",
     'dated 19.III.1974 <note type="editorial" place="inline" resp="#translator">19 March 1974'
     "</note> arrived"),
    # A part of the talk named by its place, in a sentence: the translator's words (alone on
    # its line, a passage left out: test_omission).
    ("in his [introductory remarks] he said",
     'his <supplied reason="omitted" resp="#translator">introductory remarks</supplied> he'),
    ("Sofia, 25.02.1964. [25 February 1964] To the",
     '25.02.1964. <note type="editorial" place="inline" resp="#translator">25 February 1964'
     "</note> To"),
    ("the 23rd [23 December] visited",
     'the 23rd <note type="editorial" place="inline" resp="#translator">23 December</note> '
     "visited"),
    ("on [17 December] local time",
     'on <supplied reason="omitted" resp="#translator">17 December</supplied> local time'),
    ("the note [French in original] says",
     'the note <note type="editorial" place="inline" resp="#translator">French in original'
     "</note> says"),
    ("the ČTK [Czechoslovak Press Agency] reported",
     'the ČTK <note type="editorial" place="inline" resp="#translator">Czechoslovak Press '
     "Agency</note> reported"),
    # An acronym with its letters stopped, then what it stands for; a man's initials, then
    # his name.
    ("the agent of the S.A.S. [Scandinavian Airlines System] asked",
     'the agent of the S.A.S. <note type="editorial" place="inline" resp="#translator">'
     "Scandinavian Airlines System</note> asked"),
    ("a letter from J.M.R. [José Manuel Rocha] came",
     'a letter from <persName><choice><orig>J.M.R. </orig><reg resp="#translator">José Manuel '
     "Rocha</reg></choice></persName> came"),
    # The name in another romanisation, labelled in lower case.
    ("the head of the Department [pinyin: Ding Pei] said",
     'Department <note type="editorial" place="inline" resp="#translator">pinyin: Ding Pei'
     "</note> said"),
    # When a cable came, the translator's remark after its dateline.
    ("dated 23 October [received 24 October] from",
     '23 October <note type="editorial" place="inline" resp="#translator">received 24 October'
     "</note> from"),
    # Which language's version the page is.
    ("the text [German Translation of Russian Original] of",
     'text <note type="editorial" place="inline" resp="#translator">German Translation of '
     "Russian Original</note> of"),
    # A word of the original given whole, the space after it lost: no letters supplied.
    ("a program of reactive [otvetnogo]increase of",
     'reactive <note type="original-wording" place="inline" resp="#translator">'),
    # Who the man named before it is, by his office named last.
    ("to [Ludwig] Erhard [West German Economics Minister] which",
     'Erhard</persName> <note type="editorial" place="inline" resp="#translator">West German '
     "Economics Minister</note> which"),
    # The translator's labelled note, in parentheses.
    ("enjoy trepang (translator’s note: sea cucumbers), while",
     'trepang <note type="editorial" place="inline" resp="#translator" rend="({})">translator’s '
     "note: sea cucumbers</note>, while"),
    # An acronym's name in its own language, then in English after a dash.
    ("the DSIP [Državni sekretarijat za inostrane poslove – State Secretariat for Foreign "
     "Affairs], and",
     'DSIP <note type="editorial" place="inline" resp="#translator"><foreign xml:lang="sh">'
     "Državni sekretarijat za inostrane poslove</foreign> – State Secretariat for Foreign "
     "Affairs</note>, and"),
    # The nationality an acronym stands for, which the sentence does not need.
    ("by the U.A.R. [Egyptian] Ambassador", 'U.A.R. <note type="editorial" place="inline" '
     'resp="#translator">Egyptian</note> Ambassador'),
    # Why it could not be read, a stamp's faded figures: a gap, as `[illegible]` is.
    ("Fond [too faded to read] opis", 'Fond <gap reason="illegible" rend="[too faded to read]"/>'
     " opis"),
    ("the [stamp too faint to read] and", 'the <gap reason="illegible" rend="[stamp too faint '
     'to read]"><desc>stamp</desc></gap> and'),
    # Indistinct, in the translator's labelled note: what could not be read, a gap.
    ("Re: [TN: Handwriting Indistinct] Outgoing", 'Re: <gap reason="illegible" rend="[TN: '
     'Handwriting Indistinct]"><desc>Handwriting</desc></gap> Outgoing'),
    ("the [name indistinct] delegate", 'the <gap reason="illegible" rend="[name indistinct]">'
     "<desc>name</desc></gap> delegate"),
    # What the translator does not know, said of the word before.
    ("the MFA UVPI [expansion unknown] and",
     'the MFA UVPI <note type="editorial" place="inline" resp="#translator">expansion unknown'
     "</note> and"),
    ("He [unspecified] said no",
     'He <note type="editorial" place="inline" resp="#translator">unspecified</note> said no'),
    # What the page holds, said before it.
    ("[Excerpt on the border talks.]",
     '<note type="editorial" place="inline" resp="#translator">Excerpt on the border talks.'
     "</note>"),
    ("our ČSA [Czechoslovak Airlines] flew",
     'our ČSA <note type="editorial" place="inline" resp="#translator">Czechoslovak Airlines'
     "</note> flew"),
    # a telegraphic address of eight letters, an office's code with its section's letter
    ("TO: NERECODI [Dutch Government Code Service, The Hague] today",
     'TO: NERECODI <note type="editorial" place="inline" resp="#translator">Dutch Government '
     "Code Service, The Hague</note> today"),
    ("copy to CAB S. [Cabinet Secretary] and",
     'copy to CAB S. <note type="editorial" place="inline" resp="#translator">Cabinet '
     "Secretary</note> and"),
    ("the PB [Politburo] decided",
     'the PB <note type="editorial" place="inline" resp="#translator">Politburo</note> decided'),
    # a courtesy title is no contraction the bracket spells out: the name's given name after it
    # the name alone after the title, its word an English one: a man's name all the same
    ("the Director, Mr. [Strong], told",
     'the Director, Mr. <persName><reg resp="#translator">Strong</reg></persName>, told'),
    # a title keeping the French article, then a given name, supplied before the surname (it
    # was no name for the elided `d'`: the original's words)
    ("met [Chargé d'Affaires Zdzisław] Szymański there",
     'met <persName><supplied reason="omitted" resp="#translator">Chargé d\'Affaires Zdzisław'
     "</supplied> Szymański</persName> there"),
    # a marking's word inside a sentence is a word supplied to it
    ("of having collected [confidential] information on",
     'of having collected <supplied reason="omitted" resp="#translator">confidential</supplied> '
     "information on"),
    ("met with Mr. [Myer] Feldman on",
     'met with Mr. <persName><supplied reason="omitted" resp="#translator">Myer</supplied> '
     "Feldman</persName> on"),
    ("to Comrade FYN SI [Stalin] from",
     'to Comrade <persName><choice><orig>FYN SI </orig><reg resp="#translator">Stalin</reg>'
     "</choice></persName> from"),
    ("the LCY [the League of the Communists of Yugoslavia] said",
     'the LCY <note type="editorial" place="inline" resp="#translator">the League of the '
     "Communists of Yugoslavia</note> said"),
    ("the USSR [the largest country] was",
     'the USSR <supplied reason="omitted" resp="#translator">the largest country</supplied> '
     "was"),
    # A name given whole with its initials, then the country its bearer speaks for: who he
    # is, a remark (not a name renamed, nor words supplied to the sentence).
    ("Cde. J. Kádár [Hu] and A. Kosygin [USSR] came",
     'Cde. J. Kádár <note type="editorial" place="inline" resp="#translator">Hu</note> and A. '
     'Kosygin <note type="editorial" place="inline" resp="#translator">USSR</note> came'),
    # The holder's name after his office: the office's words are not his name.
    ("the Minister of Foreign Affairs Ohira [Masayoshi] said",
     'the Minister of Foreign Affairs <persName>Ohira <supplied reason="omitted" '
     'resp="#translator">Masayoshi</supplied></persName> said'),
    ("Minister of Railways Kim Hoe-il [Kim Hoe Il] said",
     'Minister of Railways <persName><choice><orig>Kim Hoe-il </orig><reg resp="#translator">'
     "Kim Hoe Il</reg></choice></persName> said"),
    # The printed rest of the name, whole, without the full stop that ends the sentence.
    ("visited [Pablo] Campos Ortiz today",
     'visited <persName><supplied reason="omitted" resp="#translator">Pablo</supplied> Campos '
     "Ortiz</persName> today"),
    ("we met [Li] Fuchun. Then",
     'we met <persName><supplied reason="omitted" resp="#translator">Li</supplied> Fuchun'
     "</persName>. Then"),
    ("[US Secretary of State William] Rogers' Hungarian visit",
     '<persName><supplied reason="omitted" resp="#translator">US Secretary of State William'
     "</supplied> Rogers'</persName> Hungarian visit"),
    # After a name printed whole, a family name English hardly knows completes it; a name it
    # knows well names who is meant.
    ("talks with Fidel Castro [Ruz] and",
     'talks with <persName>Fidel Castro <supplied reason="omitted" resp="#translator">Ruz'
     "</supplied></persName> and"),
    ("a cable from FENG XI [STALIN] said",
     'a cable from <persName><choice><orig>FENG XI </orig><reg resp="#translator">STALIN</reg>'
     "</choice></persName> said"),
    ("a note from [Soviet Embassy] staff",
     'a note from <orgName><reg resp="#translator">Soviet Embassy</reg></orgName> staff'),
    ("To MATVEYEV [RAZUVAYEV V.N.] now",
     'To <persName><choice><orig>MATVEYEV </orig><reg resp="#translator">RAZUVAYEV V.N.</reg>'
     "</choice></persName> now"),
    # Deletions, annotations in pencil or ink, and remarks the translator words in lower case.
    ("the [crossed out: army] troops",
     'the <del resp="#translator">army</del> troops'),
    ("the [struck through: army] troops",
     'the <del resp="#translator" rend="[struck through: {}]">army</del> troops'),
    ("the [army was crossed out] troops",
     'the <del resp="#translator" rend="[{} was crossed out]">army</del> troops'),
    ("wishes [were satisfied crossed out in red pencil by Stalin] did not",
     'wishes <del resp="#translator" rend="[{} crossed out in red pencil by Stalin]">were '
     "satisfied</del> did not"),
    ("the [troops that were deleted] came",
     'the <note type="editorial" place="inline" resp="#translator">troops that were deleted'
     "</note> came"),
    ("[in red pencil: agreed] as",
     '<add hand="#hand-1" rend="[in red pencil: {}]">agreed</add> as'),
    ("[resolution: agree] as", '<add hand="#hand-1" rend="[resolution: {}]">agree</add> as'),
    # a language's name in a phrase of the text, words supplied to it
    ("the liberation [of Korea from Japanese rule] and",
     'the liberation <supplied reason="omitted" resp="#translator">of Korea from Japanese rule'
     "</supplied> and"),
    # who said it, supplied after an acronym: no expansion of the acronym
    ("known to the GDR [Pak stated], the",
     'known to the GDR <supplied reason="omitted" resp="#translator">Pak stated</supplied>, the'),
    ("[this sentence in Russian] as",
     '<note type="editorial" place="inline" resp="#translator">this sentence in Russian</note>'),
    ("[number not given] as",
     '<note type="editorial" place="inline" resp="#translator">number not given</note>'),
    ("[place not provided] as",
     '<note type="editorial" place="inline" resp="#translator">place not provided</note>'),
    ("[handwritten] as",
     '<note type="editorial" place="inline" resp="#translator">handwritten</note>'),
    # A bracket printed twice: the inner one read as any bracket, the outer pair kept as text.
    ("the [[to put]] pressure",
     'the [<supplied reason="omitted" resp="#translator">to put</supplied>] pressure'),
    # A word left untranslated without brackets: the language it is a word of.
    ("my air oficio number 540", 'my air <foreign xml:lang="es">oficio</foreign> number 540'),
    ("the directive of Instantsia came",
     'the directive of <foreign xml:lang="ru-Latn">Instantsia</foreign> came'),
    ("the Soviet Embassy [Puzanov] said",
     'the Soviet Embassy <name><reg resp="#translator">Puzanov</reg></name> said'),
    # A body's kind after its nationality, supplied; a place's kind after its name, the name
    # completed (no other name for it).
    ("the Czechoslovak [Legation] was hit",
     'the Czechoslovak <supplied reason="omitted" resp="#translator">Legation</supplied> was'),
    ("a meeting in Tiananmen [Square] attended",
     'a meeting in <placeName>Tiananmen <supplied reason="omitted" resp="#translator">Square'
     "</supplied></placeName> attended"),
    # A document referred to that the archive lacks: the translator's remark, no gap.
    ("your telegram [not found] and",
     'your telegram <note type="editorial" place="inline" resp="#translator">not found</note> '
     "and"),
    ("the report [page not found] and",
     'the report <gap reason="missing"><desc>page not found</desc></gap> and'),
    # What could not be read, said at length: a gap all the same.
    ("that. [The rest of the paragraph is not legible.] And",
     'that. <gap reason="illegible" rend="[The rest of the paragraph is not legible.]"><desc>'
     "The rest of the paragraph</desc></gap> And"),
    # Who the man named before is: his office, after his possessive too; his office and his
    # whole name.
    ("that U Thant's [UN Secretary General] trip",
     'that U Thant\'s <note type="editorial" place="inline" resp="#translator">UN Secretary '
     "General</note> trip"),
    ("to Cde. David [Czechoslovak Foreign Minister Václav David] and",
     'to Cde. David <note type="editorial" place="inline" resp="#translator">Czechoslovak '
     "Foreign Minister Václav David</note> and"),
    # The original's wording in a third language, common words of it (the original here is
    # Russian); a transliteration of Russian stays Russian whatever other Slavic table knows it.
    ("the militia [milicias] remain",
     'the militia <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="es">milicias</foreign></note> remain'),
    ("the leadership [rukovodstvo] said",
     'the leadership <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="ru-Latn">rukovodstvo</foreign></note> said'),
    # ... after the English word in its quotation marks
    ('the "militia" [Milicias] remain',
     'the <q>militia</q> <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="es">Milicias</foreign></note> remain'),
    # What kind of place the name before is, in English words: a gloss (one kind's word alone
    # completes the name: `Henan [province]`).
    ("on the Malecón [seafront boulevard] have",
     'on the Malecón <note type="editorial" place="inline" resp="#translator">seafront '
     "boulevard</note> have"),
    ("in Henan [province] the",
     'in Henan <supplied reason="omitted" resp="#translator">province</supplied> the'),
    # ... after its article, a place's name qualifying the kind
    ("the Arab governments. Al-Ahram [a Cairo daily] of 22 July",
     'Al-Ahram <note type="editorial" place="inline" resp="#translator">a Cairo daily</note>'
     " of"),
    # ... what kind of body, in words English's (`confederation`)
    ("and the Intersindical [trade union confederation] set up barricades",
     'and the Intersindical <note type="editorial" place="inline" resp="#translator">trade '
     "union confederation</note> set up barricades"),
    # What a word of another language is, described after its article: a gloss (one word of
    # grammar alone is supplied: `kolkhozy [were]`)
    ("in the zud [a winter disaster with heavy snow and frost] of",
     'in the <foreign xml:lang="und-Latn">zud</foreign> <note type="editorial" '
     'place="inline" resp="#translator">a winter disaster '
     "with heavy snow and frost</note> of"),
    # An acronym's expansion, the acronym transliterated from Russian (two letters for one) or
    # of ten letters, the expansion naming an undertaking
    ("the property of the KChZhD [Chinese Changchun Railway] will",
     'the property of the KChZhD <note type="editorial" place="inline" resp="#translator">'
     "Chinese Changchun Railway</note> will"),
    # The members of a group named before, by its count in quotation marks or its acronym
    ('the ambassadors of the "four" [USA, Great Britain, France and Australia] met',
     'the ambassadors of the <q>four</q> <note type="editorial" place="inline" '
     'resp="#translator">USA, Great Britain, France and Australia</note> met'),
    ("the ambassadors of the ANZUS powers [Australia and New Zealand] for a",
     'the ambassadors of the ANZUS powers <note type="editorial" place="inline" '
     'resp="#translator">Australia and New Zealand</note> for a'),
    # (acronyms before their expansion are no name in another language: `CC RWP` stays text)
    ("invited me to the CC RWP [Romanian Workers' Party] and",
     'invited me to the CC RWP <note type="editorial" place="inline" resp="#translator">'
     "Romanian Workers' Party</note> and"),
    ("specialist of CUBAFRUTAS [Cuban Fruit Export Enterprise], and",
     'specialist of CUBAFRUTAS <note type="editorial" place="inline" resp="#translator">Cuban '
     "Fruit Export Enterprise</note>, and"),
    # Where and when a quoted title appeared: the translator's reference.
    ('the article "Long Live Leninism!" [Renmin Ribao, April 1960], which',
     'the article <q>Long Live Leninism!</q> <note type="editorial" place="inline" '
     'resp="#translator">Renmin Ribao, April 1960</note>, which'),
    # An hour supplied; an hour restated on the twelve-hour clock after four figures after
    # `at`, a gloss.
    ("were signed at [11 p.m.] today",
     'were signed at <supplied reason="omitted" resp="#translator">11 p.m.</supplied> today'),
    ("attacked at 2100 [9 p.m.] the",
     'attacked at 2100 <note type="editorial" place="inline" resp="#translator">9 p.m.</note> '
     "the"),
    # A paper referred to by its kind: the translator's cross-reference; `see` after a word
    # that wants a verb is the verb supplied.
    ("five conditions [see the statement of the government] and",
     'five conditions <note type="editorial" place="inline" resp="#translator">see the '
     "statement of the government</note> and"),
    ("we will [see the report] and",
     'we will <supplied reason="omitted" resp="#translator">see the report</supplied> and'),
    # A body's letters restated as English orders them: the same body, no person.
    ("that the CC CPC [CCP CC] had",
     'that the <orgName><choice><orig>CC CPC </orig><reg resp="#translator">CCP CC</reg>'
     "</choice></orgName> had"),
    # A nationality restated after another name for the same people: a gloss; after a
    # direction, the rest of the name supplied.
    ("that the Kampuchean [Cambodian] forces",
     'that the Kampuchean <note type="editorial" place="inline" resp="#translator">Cambodian'
     "</note> forces"),
    ("that the North [Korean] side",
     'that the North <supplied reason="omitted" resp="#translator">Korean</supplied> side'),
    # A man named by his rank after a place English knows: who is meant, no other name of
    # the place; a place's whole name in the bracket, a place's.
    ("the representative in Berlin [Colonel I. A. Fadeikin], the",
     'the representative in Berlin <supplied reason="omitted" resp="#translator">Colonel I. A. '
     "Fadeikin</supplied>, the"),
    ("and Ongjin [Ongjin Peninsula] was shelled",
     'and <placeName><choice><orig>Ongjin </orig><reg resp="#translator">Ongjin Peninsula'
     "</reg></choice></placeName> was shelled"),
    ("that. [Remainder of Tito's statement is illegible.] And",
     'that. <gap reason="illegible" rend="[Remainder of Tito\'s statement is illegible.]">'
     "<desc>Remainder of Tito's statement</desc></gap> And"),
    # What an ordinal counts, supplied; a quantity between its word and its unit, supplied.
    ("at the 8th [Plenum] of the CC",
     'at the 8th <supplied reason="omitted" resp="#translator">Plenum</supplied> of the CC'),
    ("approximately [50] tons of rice",
     'approximately <supplied reason="omitted" resp="#translator">50</supplied> tons of rice'),
    # A title in another language in its quotation marks, translated.
    # (a title of several words after its quotation, capitalised as English capitalises one)
    ('the journal "Voprosy istorii" [Questions of History] wrote',
     'the journal <q>Voprosy istorii</q> <note type="editorial" place="inline" '
     'resp="#translator">Questions of History</note> wrote'),
    # The name just before the bracket, its words written otherwise: the name in standard
    # form, two names (was the term's explanation).
    ("those of Trinidad-Tobago [Trinidad and Tobago] and", 'those of <name><choice><orig>'
     'Trinidad-Tobago </orig><reg resp="#translator">Trinidad and Tobago</reg></choice></name>'
     " and"),
    # (a word of the title kept in the translation; a word respelt names a place again)
    ("the Pathet Lao [Lao Nation] radio", 'the Pathet Lao <note type="editorial" '
     'place="inline" resp="#translator">Lao Nation</note> radio'),
    ("the station of Lang Shon [Lang Son] and", '<choice><orig>Lang Shon </orig>'
     '<reg resp="#translator">Lang Son</reg></choice>'),
    ('the "Chollima" [Flying Horse] movement',
     'the <q>Chollima</q> <note type="editorial" place="inline" resp="#translator">Flying '
     "Horse</note> movement"),
    # What a phrase refers to, and in which script a word is: the translator's remarks.
    ("the events [The reference is to the Korean War] and",
     'the events <note type="editorial" place="inline" resp="#translator">The reference is to '
     "the Korean War</note> and"),
    ("the word [this word is in Chinese characters] and",
     'the word <note type="editorial" place="inline" resp="#translator">this word is in Chinese '
     "characters</note> and"),
    # A state's letters after `the`, then a man's name: who is meant, no state renamed; a
    # place respelled beside a place respelled, a place.
    ("the Korean Ambassador to the USSR [Ri Sin-pal] said",
     'the Korean Ambassador to the USSR <name><reg resp="#translator">Ri Sin-pal</reg></name> '
     "said"),
    ("in Kaesong [Gaeseong] and Panmunjom [Panmunjeom] the",
     'in <placeName><choice><orig>Kaesong </orig><reg resp="#translator">Gaeseong</reg>'
     '</choice></placeName> and <placeName><choice><orig>Panmunjom </orig><reg '
     'resp="#translator">Panmunjeom</reg></choice></placeName> the'),
    # The verb with its object: words supplied, no remark on a signature.
    ("Peng Dehuai [signed it] on", 'Peng Dehuai <supplied reason="omitted" '
     'resp="#translator">signed it</supplied> on'),
    ("were killed [figure unconfirmed]. The",
     'were killed <note type="editorial" place="inline" resp="#translator">figure unconfirmed'
     "</note>. The"),
    # A word supplied to a name of everyday words; a place's name before its kind, a name.
    ("the [Havana] Declaration of",
     'the <supplied reason="omitted" resp="#translator">Havana</supplied> Declaration of'),
    ("the [Workers’] Party of",
     'the <supplied reason="omitted" resp="#translator">Workers’</supplied> Party of'),
    ("the [Ryukyu] Islands of",
     'the <name><reg resp="#translator">Ryukyu</reg></name> Islands of'),
    # A word English makes with a prefix is no word of another language; a paper's number
    # with its sign, supplied.
    ("the [unnumbered] copies", 'the <supplied reason="omitted" resp="#translator">unnumbered'
     "</supplied> copies"),
    ("the telegram [No. 4712] said",
     'the telegram <supplied reason="omitted" resp="#translator">No. 4712</supplied> said'),
    # A seal's label, its wording after the colon: a stamp.
    ("the [Seal: Ministry of Foreign Affairs of the DPRK] and",
     'the <stamp type="unknown" rend="[Seal: {}]">Ministry of Foreign Affairs of the DPRK'
     "</stamp> and"),
    # A place's name doubted, after its kind: a place's.
    ("the town of Hoeryong [?] was",
     'the town of <placeName cert="low" rend="{} [?]">Hoeryong</placeName> was'),
    # A place renamed before the works it is known for: a place's other name.
    ("in the Szczecin [Stettin] shipyards the",
     'in the <placeName><choice><orig>Szczecin </orig><reg resp="#translator">Stettin</reg>'
     "</choice></placeName> shipyards the"),
    # Letters expanded in the order English names the body.
    ("the CC CPC [Chinese Communist Party Central Committee] has",
     'the CC CPC <note type="editorial" place="inline" resp="#translator">Chinese Communist '
     "Party Central Committee</note> has"),
    # Who the man named before is: the office he holds for now; the office alone after a
    # whole name that is no words of English (after a people's name, the office supplied).
    ("that Ji Pengfei [acting Foreign Minister] said",
     'that Ji Pengfei <note type="editorial" place="inline" resp="#translator">acting Foreign '
     "Minister</note> said"),
    ("that Tran Tu Binh [Ambassador] said",
     'that Tran Tu Binh <note type="editorial" place="inline" resp="#translator">Ambassador'
     "</note> said"),
    ("that the Mongolian People’s Republic [Ambassador] said",
     'that the Mongolian People’s Republic <supplied reason="omitted" resp="#translator">'
     "Ambassador</supplied> said"),
    # What the edition or the record lacks of what the sentence names; how words were said.
    ("in his note of 20 March [not published] with",
     'in his note of 20 March <note type="editorial" place="inline" resp="#translator">not '
     "published</note> with"),
    ("of Comrades Indra and Lenárt [not recorded] and",
     'of Comrades Indra and Lenárt <note type="editorial" place="inline" resp="#translator">not '
     "recorded</note> and"),
    ('that "nobody will interfere" [he stressed the last words] and',
     'that <q>nobody will interfere</q> <note type="editorial" place="inline" '
     'resp="#translator">he stressed the last words</note> and'),
    # Lines that could not be read, counted, said at length.
    ("justified. [Two lines of text are illegible in the original.] And",
     'justified. <gap reason="illegible" unit="line" quantity="2" rend="[Two lines of text are '
     'illegible in the original.]"/> And'),
    # A name an earlier bracket completed, doubted after it.
    ("the interpreter [Sergei] Kudriatsev [?] was",
     'the interpreter <persName cert="low" rend="{} [?]"><supplied reason="omitted" '
     'resp="#translator">Sergei</supplied> Kudriatsev</persName> was'),
    # A name quoted, then doubted: the name in the quotation with low certainty, its marks kept
    # (the bracket was left unclassified).
    ('the fishing boat "Sierra Maestra" [?], which was',
     'boat <q rend="&quot;{}&quot; [?]"><name cert="low">Sierra Maestra</name></q>, which'),
    ("the boat “Sierra Maestra” [?], which", 'boat <q rend="“{}” [?]"><name cert="low">Sierra '
     "Maestra</name></q>, which"),
    # The original's words in capitals as a name is written, one in lower case no English:
    # the original's wording, not a name.
    ("the Academy of Sciences [Akademiya nauk] was",
     'the Academy of Sciences <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="ru-Latn">Akademiya nauk</foreign></note> was'),
    # What kind of place the name is, a people's name among the words; a figure spelt out; the
    # date of a gathering named before.
    ("near Pingxiang [Chinese border railway station] and",
     'near Pingxiang <note type="editorial" place="inline" resp="#translator">Chinese border '
     "railway station</note> and"),
    ("the Admission of 50 [fifty] wounded",
     'the Admission of 50 <note type="editorial" place="inline" resp="#translator">fifty'
     "</note> wounded"),
    ("the 50 [men] were", 'the 50 <supplied reason="omitted" resp="#translator">men</supplied> '
     "were"),
    ("after the Moscow Meeting of the 81 parties [November 1960] and",
     'after the Moscow Meeting of the 81 parties <note type="editorial" place="inline" '
     'resp="#translator">November 1960</note> and'),
    # As many names as the count before says: who or what they are.
    ("the troops of five countries [the USSR, Poland, the GDR, Hungary and Bulgaria] came",
     'the troops of five countries <note type="editorial" place="inline" resp="#translator">the '
     "USSR, Poland, the GDR, Hungary and Bulgaria</note> came"),
    # ... what they are of after them, and three or more in lower case
    ("true to the three principles of the Joint Statement of 4 July 1972 [independence, "
     "peaceful unification, great national unity]. It",
     '1972 <note type="editorial" place="inline" resp="#translator">independence, peaceful '
     "unification, great national unity</note>. It"),
    ("the three countries [and the USSR] agreed",
     'the three countries <supplied reason="omitted" resp="#translator">and the USSR</supplied> '
     "agreed"),
    # A place by what is said of it: its area, both halves of its land, a list of places
    # after their preposition, what is done to it, what is made there.
    ("in the area of Kesson [Kaesong] the",
     'in the area of <placeName><choice><orig>Kesson </orig><reg resp="#translator">Kaesong'
     "</reg></choice></placeName> the"),
    ("the provinces of North and South Pkhenan [Pyongan] alone",
     'the provinces of North and South <placeName><choice><orig>Pkhenan </orig><reg '
     'resp="#translator">Pyongan</reg></choice></placeName> alone'),
    ("left via Moscow and Peking [Beijing] in",
     'left via Moscow and <placeName><choice><orig>Peking </orig><reg resp="#translator">'
     "Beijing</reg></choice></placeName> in"),
    ("planes bombed Dong Hoi [Đồng Hới] at",
     'planes bombed <placeName><choice><orig>Dong Hoi </orig><reg resp="#translator">Đồng Hới'
     "</reg></choice></placeName> at"),
    ("for the Huichon [Hŭich'ŏn] machine factory",
     'for the <placeName><choice><orig>Huichon </orig><reg resp="#translator">Hŭich\'ŏn</reg>'
     "</choice></placeName> machine factory"),
    ("wrote to Kim and Pak [Hon Yong] and",
     'wrote to Kim and <persName>Pak <supplied reason="omitted" resp="#translator">Hon Yong'
     "</supplied></persName> and"),
    # A city's land in the bracket: no family name completing a given name.
    ("in Pyongyang [Korea] and",
     'in <placeName><choice><orig>Pyongyang </orig><reg resp="#translator">Korea</reg>'
     "</choice></placeName> and"),
    # An instruction's verb opening the sentence is no name: the given name supplied before
    # the family name after it.
    ("done. Inform [Alberto] Mora that",
     'done. Inform <persName><supplied reason="omitted" resp="#translator">Alberto</supplied> '
     "Mora</persName> that"),
    ("done. Inform [Cuban Minister of Foreign Trade Alberto] Mora that",
     'done. Inform <supplied reason="omitted" resp="#translator">Cuban Minister of Foreign '
     "Trade Alberto</supplied> Mora that"),
    # What a paper is, and whose.
    ("that the Rodong Sinmun [the organ of the Korean Workers' Party] published",
     'that the Rodong Sinmun <note type="editorial" place="inline" resp="#translator">the organ '
     "of the Korean Workers' Party</note> published"),
    # The name an earlier bracket made, confirmed as printed; a word the adjective before
    # wants, supplied.
    ("headed by General [Rudolf] Bulandr [sic], left",
     'headed by General <sic><persName><supplied reason="omitted" resp="#translator">Rudolf'
     "</supplied> Bulandr</persName></sic>, left"),
    ("and convey the following [points]: that",
     'and convey the following <supplied reason="omitted" resp="#translator">points</supplied>:'
     " that"),
    # In a sic note, a transliteration with its one-letter preposition is foreign; a word
    # English makes of its own is English.
    ("of the year [SIC, v nachale goda; the end was meant] and",
     'of the year <note type="sic" resp="#translator"><foreign xml:lang="ru-Latn">v nachale '
     "goda</foreign>; the end was meant</note> and"),
    ("the figure [SIC, clearly a misprint] and",
     'the figure <note type="sic" resp="#translator">clearly a misprint</note> and'),
    # A cipher group that came through corrupted: a gap; a cover name spaced out letter by
    # letter, the name whole.
    ("were not consulted [one group garbled] and",
     'were not consulted <gap reason="damage"><desc>one group garbled</desc></gap> and'),
    # (a group the cipher office could not read, counted: illegible, as words are; it was
    # left unclassified)
    ("were not consulted [1 group undecipherable] and",
     'consulted <gap reason="illegible" quantity="1" rend="[1 group undecipherable]"><desc>'
     "group</desc></gap> and"),
    # (the damage told in a sentence of its own)
    ("the Chinese side. [A line is cut off at the bottom of the page in the copy.] Comrade",
     'side. <gap reason="damage" unit="line" quantity="1"><desc>A line is cut off at the '
     "bottom of the page in the copy.</desc></gap> Comrade"),
    ("signed F I L I P P O V [STALIN] and",
     'signed <persName><choice><orig>F I L I P P O V </orig><reg resp="#translator">STALIN'
     "</reg></choice></persName> and"),
    # A man's name of three short syllables after `to`: a person's.
    ("paid a visit to [Kim Il Sung] and",
     'paid a visit to <persName><reg resp="#translator">Kim Il Sung</reg></persName> and'),
    # A body's name in its own language, then its English name whole: a gloss; the rest of a
    # body's name in lower case first, supplied.
    ("that the Lao Dong [Vietnam Workers' Party] said",
     'that the Lao Dong <note type="editorial" place="inline" resp="#translator">Vietnam '
     "Workers' Party</note> said"),
    ("the Movimiento de Liberación Nacional [National Liberation Movement] said",
     'the Movimiento de Liberación Nacional <note type="editorial" place="inline" '
     'resp="#translator">National Liberation Movement</note> said'),
    ("the International Liaison Department [of the Central Committee] said",
     'the International Liaison Department <supplied reason="omitted" resp="#translator">of the '
     "Central Committee</supplied> said"),
    # The original's words in its own characters: Chinese, no Latin letters.
    ("the self-criticism [自我批评] was",
     'the self-criticism <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="zh">自我批评</foreign></note> was'),
    # A man's initials run together before his name, the name's.
    ("with T.V. Soong [Song Ziwen] and",
     'with <persName><choice><orig>T.V. Soong </orig><reg resp="#translator">Song Ziwen</reg>'
     "</choice></persName> and"),
    # A given name English knows, the family name supplied however famous; a cover name
    # after what is written to someone, a person's.
    ("met Raúl [Castro] and",
     'met <persName>Raúl <supplied reason="omitted" resp="#translator">Castro</supplied>'
     "</persName> and"),
    ("a letter from Josip [Tito] and",
     'a letter from <persName>Josip <supplied reason="omitted" resp="#translator">Tito'
     "</supplied></persName> and"),
    ("they wrote to Filippov [Stalin] and",
     'they wrote to <persName><choice><orig>Filippov </orig><reg resp="#translator">Stalin'
     "</reg></choice></persName> and"),
    # Chinese in pinyin in a document translated from Russian: Chinese.
    ("the rectification campaign [zhengfeng] was",
     'the rectification campaign <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="zh-Latn">zhengfeng</foreign></note> was'),
    # An Arabic name, its article joined to a word in lower case: a name, not the original's
    # words (was unclassified, or original wording).
    ("Visit President Kuwatli [Shukri al-Quwatli] and",
     'Visit President <persName><choice><orig>Kuwatli </orig><reg resp="#translator">Shukri '
     "al-Quwatli</reg></choice></persName> and"),
    ("they met [Gamal Abd al-Nasser] and",
     'they met <persName><reg resp="#translator">Gamal Abd al-Nasser</reg></persName> and'),
]
IDS = [case[0][:30] for case in FORMS]

# The original's wording in documents translated from other languages than Russian: the
# language named in the header, its own letters without a script's subtag.
FORMS_BY_LANGUAGE = [
    # No original language named: Russian by its spelling, Chinese by its syllables.
    (None, "move toward reunification [pristupit k obiednineniiu] and",
     'move toward reunification <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="ru-Latn">pristupit k obiednineniiu</foreign></note> '
     "and"),
    (None, "the camp [lager' mira i sotsializma] and",
     'the camp <note type="original-wording" place="inline" resp="#translator"><foreign '
     "xml:lang=\"ru-Latn\">lager' mira i sotsializma</foreign></note> and"),
    ("Russian", "not to catch fish [i rybku s\"est', i v setyakh ne zaputat'sya] and",
     'not to catch fish <note type="original-wording" place="inline" resp="#translator"><foreign '
     "xml:lang=\"ru-Latn\">i rybku s\"est', i v setyakh ne zaputat'sya</foreign></note> and"),
    ("Chinese", "for self-criticism [ziwo piping] and",
     'for self-criticism <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="zh-Latn">ziwo piping</foreign></note> and'),
    (None, "with inventory [opis’] and",
     'with inventory <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="ru-Latn">opis’</foreign></note> and'),
    (None, "withdraw with honor [mianzi] and",
     'withdraw with honor <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="zh-Latn">mianzi</foreign></note> and'),
    (None, "a calm resignation [uma calma resignada] and",
     'a calm resignation <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="pt">uma calma resignada</foreign></note> and'),
    ("Polish", "declared a state of war [stan wojenny] and",
     'declared a state of war <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="pl">stan wojenny</foreign></note> and'),
    ("Polish", 'the group "Freedom and Peace" [Wolność i Pokój] and',
     'the group <q>Freedom and Peace</q> <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="pl">Wolność i Pokój</foreign></note> and'),
    ("German", "the units remain on alert [in Bereitschaft] and",
     'the units remain on alert <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="de">in Bereitschaft</foreign></note> and'),
    ("German", "communications technology [Nachrichtentechnik] and",
     'communications technology <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="de">Nachrichtentechnik</foreign></note> and'),
    ("German", "against Maoist propaganda [maoistische Propaganda] and",
     'against Maoist propaganda <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="de">maoistische Propaganda</foreign></note> and'),
    ("German", "the „Open Letter“ [Offener Brief] of",
     'the <q rend="„{}“">Open Letter</q> <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="de">Offener Brief</foreign></note> of'),
    # a compound of the words before, no German noun the tables know (it was a name)
    ("German", "closed by American magnetic mines [Magnetminen]. Three",
     'closed by American magnetic mines <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="de">Magnetminen</foreign></note>. Three'),
    # ... the words in their quotation marks
    ("German", 'the struggle against "dominationism" [Dominanzstreben] from',
     '<q>dominationism</q> <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="de">Dominanzstreben</foreign></note> from'),
    # A long description opening on `the`, what the words before are: a gloss (was
    # supplied); a shorter phrase on `the` stays supplied.
    (None, "the 156 projects [the industrial enterprises built with Soviet assistance under the "
     "agreements of 1950-1954] will", 'projects <note type="editorial" place="inline" '
     'resp="#translator">the industrial enterprises built with Soviet assistance under the '
     "agreements of 1950-1954</note> will"),
    (None, "they took into account [the opinion of the Soviet ministries] and",
     'account <supplied reason="omitted" resp="#translator">the opinion of the Soviet '
     "ministries</supplied> and"),
    # A place's name in English after the original's, its kind last: a gloss (was a name
    # completed).
    (None, "by rail to Youyiguan [Friendship Pass], where", 'Youyiguan <note type="editorial" '
     'place="inline" resp="#translator">Friendship Pass</note>, where'),
    (None, "the embassy on Fanxiu lu [Anti-Revisionism Street] day", 'lu <note '
     'type="editorial" place="inline" resp="#translator">Anti-Revisionism Street</note> day'),
    # A model's other name or designation after it: a gloss (was supplied).
    (None, "had shot down an F-105 [Thunderchief] with", 'F-105 <note type="editorial" '
     'place="inline" resp="#translator">Thunderchief</note> with'),
    (None, "than the Chinese MiG-17 [J-5] aircraft", 'MiG-17 <note type="editorial" '
     'place="inline" resp="#translator">J-5</note> aircraft'),
    # The title after a word saying what it is: a gloss (was a man's name).
    (None, "The newspaper Nhan Dan [People's Daily] reported", 'Nhan Dan <note '
     'type="editorial" place="inline" resp="#translator">People\'s Daily</note> reported'),
    # The years the thing named ran: a gloss (was left unclassified).
    (None, "aid for the First Five-Year Plan [1957-1961] and",
     'Plan <note type="editorial" place="inline" resp="#translator">1957-1961</note> and'),
    # The title of the paper the words before call by its kind: a gloss (was a person's name).
    (None, "the text of the joint statement [Joint North-South Communiqué] made",
     'statement <note type="editorial" place="inline" resp="#translator">Joint North-South '
     "Communiqué</note> made"),
    # The words before, the name they are, capitalised: the name regularised (was supplied).
    (None, "a tree near the bridge of no return [Bridge of No Return] and",
     'near the <placeName><choice><orig>bridge of no return </orig><reg resp="#translator">'
     "Bridge of No Return</reg></choice></placeName> and"),
    # (not a name spelt again after its hyphened parts)
    # The original's words restating the English before them, its `sh` for French's `ch`
    # (`echelons`, `eshelona`), its one-letter preposition no English word (were supplied:
    # the English word before read as the original's, its meaning in the bracket).
    ("Russian", "would proceed in three echelons [v tri eshelona]: the first",
     'three echelons <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="ru-Latn">v tri eshelona</foreign></note>: the'),
    # Vietnamese in a document from another language, by the letters Vietnamese alone writes
    # (was an unclassified bracket; in German, was German).
    ("Italian", "the Military Management Committee [Ủy ban Quân quản] administered",
     'Committee <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="vi">Ủy ban Quân quản</foreign></note> administered'),
    ("German", "the slogan of self-reliance [tự lực cánh sinh] is",
     'self-reliance <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="vi">tự lực cánh sinh</foreign></note> is'),
    ("Russian", "on the heights of Songak-san [Songaksan] north",
     '<choice><orig>Songak-san </orig><reg resp="#translator">Songaksan</reg></choice>'),
    # the body's name in its own language, ending on the English name's last word
    # The original's acronym after the body's English name, its kind among its words (was a
    # body's name completed); the body's name in a language no table knows, after its English
    # name ending on its kind (was a man's name renamed).
    ("Russian", "the State Committee for Foreign Economic Relations [GKES] to examine",
     '<note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="ru-Latn">GKES</foreign></note> to'),
    # (an acronym supplied inside the body's name, after its `of the`, is no name of the
    # original's)
    ("Chinese", "the Liaison Department of the [CCP] Central Committee decided",
     '<orgName><supplied reason="omitted" resp="#translator">CCP</supplied></orgName> Central'),
    ("German", "On the situation in the Vietnamese Workers’ Party [Dang Lao Dong Viet Nam] and",
     '<note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="und-Latn">Dang Lao Dong Viet Nam</foreign></note> and'),
    ("Mongolian", "the Great People’s Khural [Ardyn Ikh Khural] elected",
     'the Great People’s Khural <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="mn-Latn">Ardyn Ikh Khural</foreign></note> elected'),
    ("German", "the seven-year plan [Siebenjahrplan] would",
     'the seven-year plan <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="de">Siebenjahrplan</foreign></note> would'),
    ("German", "the practical possibilities of the Leader [Führer], which",
     'the practical possibilities of the Leader <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="de">Führer</foreign></note>, which'),
    ("Korean", "the Great Leader [Suryong] said",
     'the Great Leader <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="ko-Latn">Suryong</foreign></note> said'),
    ("German", "the troops [in Berlin] and",
     'the troops <supplied reason="omitted" resp="#translator">in Berlin</supplied> and'),
    ("Hungarian", "held the Corvin Passage [Corvin köz] and",
     'held the Corvin Passage <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="hu">Corvin köz</foreign></note> and'),
    ("Chinese", "China will not stand idle [zuoshi bu li] and",
     'China will not stand idle <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="zh-Latn">zuoshi bu li</foreign></note> and'),
    ("Polish", "the agreement [porozumienie] and",
     'the agreement <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="pl">porozumienie</foreign></note> and'),
    # Syllables of pinyin, three or more in lower case, none of everyday English, where the
    # page names no original (was supplied).
    (None, "the teeth will be cold [chun wang chi han] and",
     'the teeth will be cold <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="zh-Latn">chun wang chi han</foreign></note> and'),
    # One word, less common in its language, after the English word it translates; two
    # words of German joined; German's long words, capitalised as German writes every noun
    # (were names). A Spanish place's name stays one.
    (None, "the Note [Vermerk] on",
     'the Note <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="de">Vermerk</foreign></note> on'),
    (None, "the NOTE [Notatka] from",
     'the NOTE <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="pl">Notatka</foreign></note> from'),
    (None, "the memorandum [Aktenvermerk] on",
     'the memorandum <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="de">Aktenvermerk</foreign></note> on'),
    (None, "the coking coal [Kokskohle] that",
     'the coking coal <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="de">Kokskohle</foreign></note> that'),
    # After a word English's table lacks, words it knows, however rarely: their gloss, the
    # word the original's (was the bracket the original's words); after a rare English word,
    # words rarer still are the original's (were its gloss, the English word foreign).
    ("Russian", "the wells that the local arats [herdsmen] have used",
     '<foreign xml:lang="und-Latn">arats</foreign> <note type="editorial" place="inline" '
     'resp="#translator">herdsmen</note> have'),
    ("Spanish", "columns of young milicianos [militiamen] carrying rifles",
     '<foreign xml:lang="es">milicianos</foreign> <note type="editorial" place="inline" '
     'resp="#translator">militiamen</note> carrying'),
    ("Russian", "the ship was damaged and ran aground [sela na mel'] near the town",
     'aground <note type="original-wording" place="inline" resp="#translator"><foreign '
     "xml:lang=\"ru-Latn\">sela na mel'</foreign></note> near"),
    # A paper's name after the word for its kind, then its title in English, an article
    # first or a word alone: a gloss (was a man's name completed).
    (None, "The newspaper Nhan Dan [The People] has printed",
     'Dan <note type="editorial" place="inline" resp="#translator">The People</note> has'),
    (None, "the April issue of the journal Hoc Tap [Study] carried",
     'Tap <note type="editorial" place="inline" resp="#translator">Study</note> carried'),
    # A body's word alone after an acronym completes its name (was a gloss translating it).
    (None, "before the meeting of the OAS [Council] at which",
     'OAS <supplied reason="omitted" resp="#translator">Council</supplied> at'),
    # A unit's word after a body's name completes it (was a gloss renaming the body, as
    # `Executive Committee [Politburo]` is).
    (None, "copies to the General Staff [Department] and the Ministry",
     'Staff <supplied reason="omitted" resp="#translator">Department</supplied> and'),
    # `into` and a language alone after a verb: the words it wants, supplied (was the
    # translator's remark on the original's language).
    (None, "The talk was interpreted [into Russian] by the Korean side",
     'interpreted <supplied reason="omitted" resp="#translator">into Russian</supplied> by'),
    # A body's name begun by its people's adjective after `the`, its noun after the bracket:
    # words of the name supplied (was a title translated, no title ending before it).
    (None, "the Presidium of the [Korean Workers'] Party Central Committee had",
     'the <supplied reason="omitted" resp="#translator">Korean Workers\'</supplied> Party'),
    # A word no table holds, then its English, a possessive first: the word left in its
    # language and its gloss (a possessive's noun, however common, is no word of grammar: was
    # supplied).
    (None, "The inminban [people's groups] hold meetings",
     '<foreign xml:lang="und-Latn">inminban</foreign> <note type="editorial" place="inline" '
     "resp=\"#translator\">people's groups</note> hold"),
    # A hand's note opening on its word in the original's language, capitalised as the note
    # begins, then its English: the word and its gloss (was supplied); a name completed at
    # the note's start stays a name.
    ("Hungarian", "the first page bears [handwritten: Láttam [I have seen it]. K. J.] and",
     '<foreign xml:lang="hu">Láttam</foreign> <note type="editorial" place="inline" '
     'resp="#translator">I have seen it</note>. K. J.</add>'),
    (None, "the first page bears [handwritten: Kim [Il Sung] agreed. N. L.] and",
     '<persName>Kim <supplied reason="omitted" resp="#translator">Il Sung</supplied>'
     "</persName> agreed"),
    # (translated from German, a word the tables hold no part of, after an English word in
    # lower case, a pronoun after it or not: was a name, or supplied; a city's name after its
    # old name stays a name)
    ("German", "up to the third degree [Sippenhaft]. The",
     'degree <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="de">Sippenhaft</foreign></note>. The'),
    ("German", "with our emergency plan [Notfalldispositiv] I have ordered",
     'plan <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="de">Notfalldispositiv</foreign></note> I have'),
    ("German", "reloaded in Canton [Guangzhou] without notice",
     '<choice><orig>Canton </orig><reg resp="#translator">Guangzhou</reg></choice>'),
    (None, "the Far East Department [Abteilung Ferner Osten] and",
     'the Far East Department <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="de">Abteilung Ferner Osten</foreign></note> and'),
    (None, "the Columbia camp [Ciudad Libertad] and",
     'the Columbia camp <name><reg resp="#translator">Ciudad Libertad</reg></name> and'),
    # A name made of English words, then the original's name for it, two of its words at home
    # in one other language (were a person's name renamed, `Gazette` the printed name); the
    # original's language first where it is one of them. A given name supplied before the
    # family name stays the name's part.
    (None, "the Official Gazette [Gaceta Oficial] and",
     'the Official Gazette <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="es">Gaceta Oficial</foreign></note> and'),
    ("Portuguese", "the Year of the Economy [Año de la Economía] and",
     'the Year of the Economy <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="es">Año de la Economía</foreign></note> and'),
    (None, "marked Confidential Matter [Vertrauliche Verschlußsache] and",
     'marked Confidential Matter <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="de">Vertrauliche Verschlußsache</foreign></note> and'),
    # (a possessive among the English words: `Peasant's Day`)
    (None, "the Peasant's Day [Día del Campesino] and",
     'the Peasant\'s Day <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="es">Día del Campesino</foreign></note> and'),
    # One word English knows but seldom uses, far more at home in another language, after the
    # noun it translates, the original's language first (was a name); after an article, a
    # place's name stays one.
    ("Spanish", "the Subject [Materia] and", 'the Subject <note type="original-wording" '
     'place="inline" resp="#translator"><foreign xml:lang="es">Materia</foreign></note> and'),
    (None, "in the [Magdeburg] district and", 'the <name><reg resp="#translator">Magdeburg'
     "</reg></name> district"),
    # An exclamation as Spanish opens it, in the bracket: the original's (was supplied).
    (None, "the crowd shouted [¡Cuba sí, yanquis no!] and", 'shouted <note '
     'type="original-wording" place="inline" resp="#translator"><foreign xml:lang="es">¡Cuba sí, '
     "yanquis no!</foreign></note> and"),
    # Japanese romanised, its long vowels marked, where the page names no original: after an
    # English word (was supplied); after a title, a man's name.
    (None, "the Chinese Communists [Chūkyō] and", 'Communists <note type="original-wording" '
     'place="inline" resp="#translator"><foreign xml:lang="ja-Latn">Chūkyō</foreign></note> and'),
    (None, "the Prime Minister [Ōhira] and", 'Minister <persName><reg resp="#translator">Ōhira'
     "</reg></persName> and"),
    # (after a word of hyphened parts: `the two-thirds`, which ended no word)
    (None, "fourteen votes, the two-thirds [los dos tercios] required",
     'the two-thirds <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="es">los dos tercios</foreign></note> required'),
    # (a marking's exclamation mark after the English words)
    (None, "marked Confidential Matter! [Vertrauliche Verschlußsache] and",
     'Confidential Matter! <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="de">Vertrauliche Verschlußsache</foreign></note> and'),
    # A common word of another language that English's parts would make (`dis` + `gusto`),
    # of the original's language where it is common there too (was supplied).
    ("Spanish", "with visible displeasure [disgusto] and", 'displeasure <note '
     'type="original-wording" place="inline" resp="#translator"><foreign xml:lang="es">'
     "disgusto</foreign></note> and"),
    (None, "Deputy Minister [Ngo Duc] Tho and",
     'Deputy Minister <persName><supplied reason="omitted" resp="#translator">Ngo Duc'
     "</supplied> Tho</persName> and"),
    # A state's acronym beside English's short words: supplied, no Czech (was Czech).
    ("Czech", "the trucks delivered [by the ČSSR] in",
     'the trucks delivered <supplied reason="omitted" resp="#translator">by the ČSSR'
     "</supplied> in"),
    # Vietnamese by its own letters: a word in lower case, or a body's name after the English
    # one (were supplied); a name, each word capitalised, stays a name.
    ("Vietnamese", "the Hoa [người Hoa] and",
     'the Hoa <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="vi">người Hoa</foreign></note> and'),
    (None, "the China Department [Vụ Trung Quốc] and",
     'the China Department <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="vi">Vụ Trung Quốc</foreign></note> and'),
    ("Vietnamese", "we met Le Duc Tho [Lê Đức Thọ] and",
     'we met <persName><choice><orig>Le Duc Tho </orig><reg resp="#translator">Lê Đức Thọ'
     "</reg></choice></persName> and"),
    # An acronym, then what it stands for in English words not all everyday, or with its
    # department's number (were supplied).
    ("German", "an IM [unofficial collaborator] of HA XVIII [Main Department XVIII] said",
     'an IM <note type="editorial" place="inline" resp="#translator">unofficial collaborator'
     '</note> of HA XVIII <note type="editorial" place="inline" resp="#translator">Main '
     "Department XVIII</note> said"),
    # A quoted term, then what it means (were supplied); a phrase that goes on with the
    # sentence, or a thing named, stays supplied.
    (None, 'the demands in the "third basket" [humanitarian questions]. And',
     '<q>third basket</q> <note type="editorial" place="inline" resp="#translator">humanitarian '
     "questions</note>. And"),
    (None, 'the movement of the "three readies" [a youth movement of the war years] and',
     '<q>three readies</q> <note type="editorial" place="inline" resp="#translator">a youth '
     "movement of the war years</note> and"),
    # A quoted word of no English, however the sentence names it, then its meaning, one word
    # of no everyday English enough (were supplied); a word naming what a name is, or a
    # phrase opening on its article, completes the sentence.
    (None, 'which it calls "Juche" [self-reliance] in all things',
     '<q>Juche</q> <note type="editorial" place="inline" resp="#translator">self-reliance'
     "</note> in"),
    (None, 'the workers call it "Chollima" [winged horse] now',
     '<q>Chollima</q> <note type="editorial" place="inline" resp="#translator">winged horse'
     "</note> now"),
    (None, 'after the "Sinuiju" [incident] of last year',
     '<q>Sinuiju</q> <supplied reason="omitted" resp="#translator">incident</supplied> of'),
    (None, 'he said "Kim" [the leader] would come',
     '<q>Kim</q> <supplied reason="omitted" resp="#translator">the leader</supplied> would'),
    # The original's words in italics, English's table knowing them as other words, then
    # their meaning (was supplied, the italics plain); an English word emphasised stays so.
    ("Vietnamese", "young people and *bo doi* [soldiers] on leave",
     '<hi rend="italic"><foreign xml:lang="vi">bo doi</foreign></hi> <note type="editorial" '
     'place="inline" resp="#translator">soldiers</note> on'),
    (None, "the *new* [five-year] plan",
     '<hi rend="italic">new</hi> <supplied reason="omitted" resp="#translator">five-year'
     "</supplied> plan"),
    # Meanings listed with commas, after a capitalised word of no English (were supplied).
    (None, 'unite against the Nekolim [neo-colonialism, colonialism and imperialism] in Asia',
     'the Nekolim <note type="editorial" place="inline" resp="#translator">neo-colonialism, '
     "colonialism and imperialism</note> in"),
    # A name quoted, then what it is in words of English, a compound among them (was
    # supplied).
    (None, 'on the "Team Spirit" [joint US-South Korean military exercises], which',
     '<q>Team Spirit</q> <note type="editorial" place="inline" resp="#translator">joint '
     "US-South Korean military exercises</note>, which"),
    (None, 'the meeting "at the highest level" [of the two parties] was',
     '<q>at the highest level</q> <supplied reason="omitted" resp="#translator">of the two '
     "parties</supplied> was"),
    (None, 'he said "the English directly helped" [the Israelis], and',
     '<q>the English directly helped</q> <supplied reason="omitted" resp="#translator">the '
     "Israelis</supplied>, and"),
    # A name of English words, then the same in cognates of a language no table holds (was a
    # name renamed); a man's name respelt stays his.
    ("Turkish", "with the Pact Secretariat [Pakt Sekreterliği], which",
     'the Pact Secretariat <note type="original-wording" place="inline" resp="#translator">'
     '<foreign xml:lang="tr">Pakt Sekreterliği</foreign></note>, which'),
    ("Spanish", "Major Hubert [Huber] Matos and",
     'Major <persName><choice><orig>Hubert </orig><reg resp="#translator">Huber</reg></choice>'
     "</persName> Matos and"),
    # ... one word restated, a letter doubled in English written once, the others no English
    # (were names renamed).
    (None, "the so-called Revolutionary Council [Dewan Revolusi] has",
     'Council <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="und-Latn">Dewan Revolusi</foreign></note> has'),
    ("Spanish", "The Central Committee [Comité Central] met",
     'Committee <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="es">Comité Central</foreign></note> met'),
    # German's words, one of them an adjective with German's ending the tables lack (was a
    # name renamed).
    (None, "the new economic system [Neues Ökonomisches System] in",
     'system <note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="de">Neues Ökonomisches System</foreign></note> in'),
    # The words before in the order of a language that puts the adjective last (were
    # supplied).
    ("Spanish", 'as "a colonial enclave" [enclave colonial] and',
     '<q>a colonial enclave</q> <note type="original-wording" place="inline" '
     'resp="#translator"><foreign xml:lang="es">enclave colonial</foreign></note> and'),
    # Where the document named before is found: a part of it by its number, a body's symbol
    # for it (were left unclassified).
    (None, "contrary to the Statute [Article VI.A.1] and",
     'the Statute <note type="editorial" place="inline" resp="#translator">Article VI.A.1'
     "</note> and"),
    (None, "the memorandum of 12 May 1965 [ENDC/143] and",
     '1965 <note type="editorial" place="inline" resp="#translator">ENDC/143</note> and'),
    # A relative clause whose verb names a remark elsewhere (`[crossed out]`) is the sentence's
    # (was a remark); the remark stays one.
    (None, "reported by herdsmen [who had crossed the border from Inner Mongolia].",
     'herdsmen <supplied reason="omitted" resp="#translator">who had crossed the border from '
     "Inner Mongolia</supplied>."),
    (None, "the word [crossed out] and",
     'the word <note type="editorial" place="inline" resp="#translator">crossed out</note> and'),
    # Whose the body is, after its name, is supplied (was a gloss of `Plenum` as a body's name
    # in another language).
    (None, "the recent Plenum [of the Central Committee] in",
     'the recent Plenum <supplied reason="omitted" resp="#translator">of the Central Committee'
     "</supplied> in"),
    # A term with a word of another language, then what it means (was supplied); two words
    # going on with a name, or a phrase opening on a preposition, stay supplied.
    ("Vietnamese", "the policy toward the Hoa people [ethnic Chinese residents of Vietnam]. And",
     'the Hoa people <note type="editorial" place="inline" resp="#translator">ethnic Chinese '
     "residents of Vietnam</note>. And"),
    (None, "at the Xinhua News Agency [head office] in",
     'Agency <supplied reason="omitted" resp="#translator">head office</supplied> in'),
    (None, "the article in Newsweek [about the Queen Mother], which",
     'Newsweek <supplied reason="omitted" resp="#translator">about the Queen Mother</supplied>, '
     "which"),
    # A company's name in its own language after the acronym made of its syllables (was a
    # man's name renamed).
    ("Portuguese", "the NUCLEBRÁS [Empresas Nucleares Brasileiras S.A.] delegation",
     'the NUCLEBRÁS <note type="editorial" place="inline" resp="#translator"><foreign '
     'xml:lang="pt">Empresas Nucleares Brasileiras S.A.</foreign></note> delegation'),
    # Whose, a name of two words after an English preposition, is supplied (was the original's
    # wording).
    (None, "on the front page [of Rodong Sinmun], whereas",
     'page <supplied reason="omitted" resp="#translator">of Rodong Sinmun</supplied>, whereas'),
    # ... or of one word, its parts hyphened (was the original's wording).
    ("Russian", "the celebrations had been prepared [by Tomor-ochir] without",
     'prepared <supplied reason="omitted" resp="#translator">by Tomor-ochir</supplied> without'),
    # What the copy lacks is a remark (was supplied).
    (None, "(the memorandum is attached) [not attached to this copy]. And",
     '<note type="editorial" place="inline" resp="#translator">not attached to this copy</note>'),
    # A name romanised again word for word stays a name (was a title translated).
    (None, "Comrade Seo Hwi [So Hwi], Chairman of the Federation, had",
     'Comrade <persName><choice><orig>Seo Hwi </orig><reg resp="#translator">So Hwi</reg>'
     "</choice></persName>, Chairman"),
    # The term printed just before, a dash, what it is: a gloss (was supplied).
    (None, 'a "Confederal Republic of Koryo" [Koryo – the name of a Korean state] in',
     '<note type="editorial" place="inline" resp="#translator"><foreign xml:lang="und-Latn">'
     "Koryo</foreign> – the name of a Korean state</note> in"),
    # ... a colon, then what it means in quotation marks (was supplied).
    (None, 'the so-called Yushin system [Yushin: "revitalizing reforms"] had',
     'system <note type="editorial" place="inline" resp="#translator">Yushin: <q>revitalizing '
     "reforms</q></note> had"),
    # An English preposition, then a designation with its figures: supplied (was left
    # unclassified).
    (None, "the wheat deliveries [under PL 480]. And",
     'deliveries <supplied reason="omitted" resp="#translator">under PL 480</supplied>. And'),
    # A reading doubted is the translator's, never the original's words: a man named, in
    # doubt, after the body he chairs (was the Hungarian for `Central Council`).
    ("Hungarian", "the chairman of the Central Council [Sándor Rácz?] and",
     'the Central Council <name><reg resp="#translator" cert="low" rend="[{}?]">Sándor Rácz'
     "</reg></name> and"),
    # A word spelt with a letter English never writes is the original's (was supplied); a
    # phrase of English's letters beside it stays supplied.
    ("Serbo-Croatian", 'explained the "five points" [pet tačaka] as the',
     '<note type="original-wording" place="inline" resp="#translator"><foreign xml:lang="sh">'
     "pet tačaka</foreign></note> as the"),
    ("Serbo-Croatian", "explained the five points [in detail] as the",
     'points <supplied reason="omitted" resp="#translator">in detail</supplied> as the'),
    # A name in single quotation marks, then the original's name for it (was a man's name
    # renamed, his name `Planning'`).
    ("French", "Havana, 'Year of Planning' [Año de la Planificación]. And",
     "Planning' <note type=\"original-wording\" place=\"inline\" resp=\"#translator\"><foreign "
     'xml:lang="es">Año de la Planificación</foreign></note>. And'),
    # A term of another language, then the people it names in two words: a gloss (was
    # supplied); two words going on with a name stay supplied (above: `[head office]`).
    ("Czech", "the mistrust of the Hoa [ethnic Chinese] still living there",
     'the Hoa <note type="editorial" place="inline" resp="#translator">ethnic Chinese</note> '
     "still"),
    # A nationality before the bracket is English's adjective, no term of another language:
    # the words after it supplied (it was a gloss of `Mongolian`).
    ("Romanian", "in honor of the Mongolian [party and government] delegation.",
     'the Mongolian <supplied reason="omitted" resp="#translator">party and government'
     "</supplied> delegation."),
    # An acronym, then the kind of body in lower case, is that body supplied (was the
    # acronym's English); a body's name that is no acronym, then its English, stays a gloss.
    ("Romanian", "told us that the DRV [delegation] will not resume",
     'the DRV <supplied reason="omitted" resp="#translator">delegation</supplied> will'),
    (None, "the session of the Hural [Parliament] in",
     '<foreign xml:lang="und-Latn">Hural</foreign> <note type="editorial" place="inline" '
     'resp="#translator">Parliament</note> in'),
    # A place's name, then its usual English name of the same kind of place: the name
    # regularised (was a gloss).
    ("Romanian", "its provocations in the Bac Bo Gulf [Gulf of Tonkin], in",
     'in the <placeName><choice><orig>Bac Bo Gulf </orig><reg resp="#translator">Gulf of Tonkin'
     "</reg></choice></placeName>, in"),
    # So is a place's name of English words (it was supplied).
    ("Romanian", "in the area of the Eastern Sea [Sea of Japan], at",
     'of the <placeName><choice><orig>Eastern Sea </orig><reg resp="#translator">Sea of Japan'
     "</reg></choice></placeName>, at"),
    # A word of two letters no English word has, then its English: a gloss (was supplied),
    # the word left untranslated.
    ("Russian", "elections to the ri [village] people's committees",
     'the <foreign xml:lang="und-Latn">ri</foreign> <note type="editorial" '
     'place="inline" resp="#translator">village</note> people'),
    # Pinyin capitalised as a sentence is, no name's words, is the original's wording (was
    # left unclassified, or supplied).
    ("Chinese", 'to promote "pan-Mongolism" [Da Menggu zhuyi] in reverse',
     '<note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="zh-Latn">Da Menggu zhuyi</foreign></note> in reverse'),
    ("Chinese", "the soldiers of Uncle Ho's [Hu bobo] Chinese brothers",
     '<note type="original-wording" place="inline" resp="#translator"><foreign '
     'xml:lang="zh-Latn">Hu bobo</foreign></note> Chinese'),
    # A name of English words, then the name in pinyin, each word of two syllables or more:
    # the original's wording (was a name renamed); a man's name has a family name of one.
    ("Chinese", "the procedures of the Republic of Korea [Dahan Minguo].",
     '<foreign xml:lang="zh-Latn">Dahan Minguo</foreign></note>.'),
    ("Chinese", "signed by the Military Commission [Peng Dehuai] and sent",
     'Commission <name><reg resp="#translator">Peng Dehuai</reg></name> and'),
    # So is one word of pinyin after a name of English words or a country's (was a name's
    # part supplied); after a family name of one syllable, it completes the man's name.
    (None, "offended by the attacks of the Red Guards [Hongweibing] against the",
     '<foreign xml:lang="zh-Latn">Hongweibing</foreign></note> against'),
    (None, "the thin cotton-padded uniforms issued in East China [Huadong]; many",
     '<foreign xml:lang="zh-Latn">Huadong</foreign></note>; many'),
    (None, "the only legitimate Head of State of Cambodia [Jianpuzhai]. Before",
     '<foreign xml:lang="zh-Latn">Jianpuzhai</foreign></note>. Before'),
    # (translated from another language, the pinyin after a land's name is its place's name
    # now: was the original's wording)
    ("Russian", "handed over at the station of Manchuria [Manzhouli]. Let us know",
     '<choice><orig>Manchuria </orig><reg resp="#translator">Manzhouli</reg></choice>'),
    # After an acronym, words with a preposition go on with the sentence: supplied (were a
    # gloss of the acronym, or a foreign term's meaning); a name's words stay its gloss.
    (None, "the Chinese volunteers had handed over to the KPA [free of charge] a part of the",
     'KPA <supplied reason="omitted" resp="#translator">free of charge</supplied> a'),
    (None, "on the territory of the DRA [together with the Afghan friends].",
     'DRA <supplied reason="omitted" resp="#translator">together with the Afghan friends'
     "</supplied>."),
    (None, "the new programme of the CPSU [adopted by it], and that we",
     'CPSU <supplied reason="omitted" resp="#translator">adopted by it</supplied>, and'),
    # (a given name of pinyin after the family name, whatever word of another language it
    # spells: was Spanish's `boda`)
    ("Chinese", "Distribution: Chairman, Lin [Biao], Zhou [Enlai], Chen [Boda], Kang [Sheng]",
     '<persName>Chen <supplied reason="omitted" resp="#translator">Boda</supplied></persName>'),
    (None, "Find out through Counsellor Ye [Chengzhang] what the Indian side",
     '<persName>Ye <supplied reason="omitted" resp="#translator">Chengzhang</supplied>'
     "</persName> what"),
    # After a quotation, words spelt as pinyin spells are Chinese's (were the original's
    # language's); syllables of the original's own language stay its.
    ("Romanian", 'a group of the "Red Guards" [hongweibing] said',
     '<foreign xml:lang="zh-Latn">hongweibing</foreign></note> said'),
    # (a slogan naming countries, capitalised as pinyin writes a name, the original unnamed)
    (None, 'the movement to "resist America, aid Vietnam" [kang Mei yuan Yue]. Our',
     '<foreign xml:lang="zh-Latn">kang Mei yuan Yue</foreign></note>. Our'),
    # (`ao` ending a syllable, as pinyin spells: `maojin`, `lao dage`)
    ("Russian", 'to oppose the "rash advance" [fan maojin] and',
     '<foreign xml:lang="zh-Latn">fan maojin</foreign></note> and'),
    ("Russian", 'regarded it as its "elder brother" [lao dage] and',
     '<foreign xml:lang="zh-Latn">lao dage</foreign></note> and'),
    # (two syllables, one of them no English word and spelt as pinyin alone spells, the
    # original unnamed: its abbreviation; was supplied)
    (None, "the attitude of the Soviet revisionists [su xiu] toward the coup",
     '<foreign xml:lang="zh-Latn">su xiu</foreign></note> toward'),
    # (the words before in capitals, stopped as a sentence, the original's stopped alike: was
    # a name regularised)
    (None, "its letters close on EFFECTIVE SUFFRAGE. NO RE-ELECTION. [Sufragio Efectivo. No "
     "Reelección.] as",
     '<foreign xml:lang="es">Sufragio Efectivo. No Reelección.</foreign></note>'),
    # (a compound joined to the cognate of the English word before, which ends it: German's,
    # the original unnamed; was a name regularised)
    (None, 'described the attack as the "punitive expedition" [Strafexpedition] announced by',
     '<foreign xml:lang="de">Strafexpedition</foreign></note> announced'),
    # (after English words in lower case, no name, a phrase every word of which is at home
    # in one other language: the original's words; was a name regularised)
    ("Portuguese", "The National Congress, meeting yesterday in full session [Congreso Pleno], "
     "approved", '<foreign xml:lang="es">Congreso Pleno</foreign></note>, approved'),
    ("Italian", 'offered "an outstretched hand" [la mano tesa] to',
     '<foreign xml:lang="it">la mano tesa</foreign></note> to'),
    # A paper's title after `and` and another name, then its English: a gloss (was a man's
    # name renamed).
    (None, "the Xinhua News Agency and Renmin Ribao [People’s Daily] publish",
     'Renmin Ribao <note type="editorial" place="inline" resp="#translator">People’s Daily'
     "</note> publish"),
    # A Vietnamese name's last syllable, its letter with a diacritic in lower case, is no
    # acronym (the name given again was read as what the letters stand for).
    ("Vietnamese", "the coup of Captain Coong Lê [Kong Le] in",
     '<persName><choice><orig>Coong Lê </orig><reg resp="#translator">Kong Le</reg></choice>'
     "</persName> in"),
    # A quotation in pinyin, which no table knows, then its English: the original's words and
    # their gloss (the English was read as the original's words: diplomacy's French in it,
    # `chargé d'affaires`, is English's own).
    ("Chinese", 'the official announced "Yindu daiban" [Indian chargé d\'affaires]. Then',
     '<q><foreign xml:lang="zh-Latn">Yindu daiban</foreign></q> <note type="editorial" '
     'place="inline" resp="#translator">Indian chargé d\'affaires</note>. Then'),
    # (its last syllable spelt as an English word is: `lu`, the road; was a name renamed)
    (None, 'the street was renamed "Fanxiu lu" [Anti-Revisionism Road]. For',
     '<q><foreign xml:lang="zh-Latn">Fanxiu lu</foreign></q> <note type="editorial" '
     'place="inline" resp="#translator">Anti-Revisionism Road</note>. For'),
    ("Chinese", "the ambassador [or chargé d’affaires] may call",
     'ambassador <supplied reason="omitted" resp="#translator">or chargé d’affaires</supplied> '
     "may"),
    # A body's name in its language after English words saying what it is, then its English:
    # a gloss, the name the original's (was a man's name renamed).
    ("Russian", "through the Soviet organization Mezhdunarodnaya Kniga [International Book]. In",
     '<foreign xml:lang="und-Latn">Mezhdunarodnaya Kniga</foreign> <note type="editorial" '
     'place="inline" resp="#translator">International Book</note>. In'),
    # The words just before, said again, then what they mean: a gloss (was supplied); a name
    # named in full after the word that names its kind stays supplied.
    (None, "the delegations of the sixteen [the sixteen states that sent troops] rejected",
     'sixteen <note type="editorial" place="inline" resp="#translator">the sixteen states that '
     "sent troops</note> rejected"),
    (None, "this morning the radio [Radio Republik Indonesia] said",
     'radio <supplied reason="omitted" resp="#translator">Radio Republik Indonesia</supplied> '
     "said"),
    # A capitalised word no English has, then its meaning in lower case: a gloss (was
    # supplied); after an acronym, a word alone goes on with the sentence; a name completed,
    # or a word the noun phrase goes on with, stays supplied.
    # (the verb after the meaning goes on with the sentence, no noun the meaning qualifies:
    # was supplied)
    ("Bulgarian", "The term Juche [self-reliance] is used more and more often as the",
     'Juche <note type="editorial" place="inline" resp="#translator">self-reliance</note> is'),
    ("Korean", "guided by the idea of Juche [self-reliance], conducts",
     'Juche <note type="editorial" place="inline" resp="#translator">self-reliance</note>, '
     "conducts"),
    ("Russian", "there are no ZRK [surface-to-air missile complexes] at all",
     'ZRK <note type="editorial" place="inline" resp="#translator">surface-to-air missile '
     "complexes</note> at"),
    (None, "the army of the DPRK [drove] the enemy back",
     'DPRK <supplied reason="omitted" resp="#translator">drove</supplied> the'),
    (None, "from the Gaza Strip and from Sharm [el-Sheikh], the",
     '<supplied reason="omitted" resp="#translator">el-Sheikh</supplied>, the'),
    (None, "the fuel for the Ågesta [heavy-water] reactor",
     'Ågesta <supplied reason="omitted" resp="#translator">heavy-water</supplied> reactor'),
    # Whose, after an acronym, is supplied (was the acronym's English); by whom, after the
    # papers, too (was a remark on a signature).
    ("Russian", "to convey to the CC CPSU [his request] that",
     'CPSU <supplied reason="omitted" resp="#translator">his request</supplied> that'),
    ("Chinese", "contracts and agreements [signed by the two sides], and",
     'agreements <supplied reason="omitted" resp="#translator">signed by the two sides'
     "</supplied>, and"),
    # A quoted term, then what it was, a year in it: a gloss (was supplied).
    ("Chinese", 'After the "ping-pong diplomacy" [the invitation of the team in April 1971], the',
     '<note type="editorial" place="inline" resp="#translator">the invitation of the team in '
     "April 1971</note>, the"),
    # What a place is today, and a sentence of the translator's own inside the text's: remarks
    # (were supplied).
    ("Hungarian", "the province of Oriente [today the provinces of Santiago de Cuba and Granma], "
     "there", '<note type="editorial" place="inline" resp="#translator">today the provinces of '
     "Santiago de Cuba and Granma</note>, there"),
    ("Czech", "the Soviet and Romanian [Romania is a member of the Security Council] delegations",
     'Romanian <note type="editorial" place="inline" resp="#translator">Romania is a member of '
     "the Security Council</note> delegations"),
    # After a gathering's long name, the short name it goes by: a gloss (was the long name's
    # last words renamed, as a man's name).
    ("Hungarian", "the Solidarity Conference of the Peoples of Asia, Africa and Latin America "
     "[Tricontinental Conference] was", 'America <note type="editorial" place="inline" '
     'resp="#translator">Tricontinental Conference</note> was'),
    # Which part of a text, by its number, after the kind of part or a word of grammar:
    # supplied (the first was a citation's note, the second left unclassified).
    ("German", "the treaty contained an article [Article 4] on consultation",
     'article <supplied reason="omitted" resp="#translator">Article 4</supplied> on'),
    (None, "the measures taken under [Article 5] of the treaty",
     'under <supplied reason="omitted" resp="#translator">Article 5</supplied> of'),
    # Words quoted in another language, then their English: a gloss (was supplied).
    ("Serbo-Croatian",
     'the verse "Nikita, mariquita, lo que se da no se quita" [Nikita, you sissy, what is given '
     "is not taken back], which",
     '<note type="editorial" place="inline" resp="#translator">Nikita, you sissy, what is given '
     "is not taken back</note>, which"),
    # An acronym made of syllables of the words before it: a gloss (was a name).
    ("Chinese", "has shaken the old established forces [OLDEFO] more than they admit",
     'forces <note type="editorial" place="inline" resp="#translator">OLDEFO</note> more'),
    # After a body's name in English, the name it goes by in its own language: a gloss (was
    # a man's name); not the name of who holds an office in it.
    ("Japanese", "the General Council of Trade Unions [Sohyo] and the students",
     'Unions <note type="editorial" place="inline" resp="#translator">Sohyo</note> and'),
    ("Chinese", "the defeat of the Nationalist Party [Kuomintang] in 1949",
     'Party <note type="editorial" place="inline" resp="#translator">Kuomintang</note> in'),
    ("Chinese", "the Chairman of the State Council [Zhou Enlai] said",
     '<reg resp="#translator">Zhou Enlai</reg>'),
    # Capitalised words of another language, then their English, everyday words or a
    # marking's: a gloss, the words before it foreign (was a man's name identified); a man's
    # name respelled stays his.
    ("German", "the paper was marked Vertrauliche Verschlusssache [Confidential Classified "
     "Matter] by the",
     '<foreign xml:lang="und-Latn">Vertrauliche Verschlusssache</foreign> <note '
     'type="editorial" place="inline" resp="#translator">Confidential Classified Matter</note> '
     "by"),
    ("Hungarian", "while Teng Siao-ping [Deng Xiaoping] kept his position",
     '<reg resp="#translator">Deng Xiaoping</reg>'),
    # A name given in full, then what it is after a comma: a gloss (were supplied words).
    ("Russian", "the internal affairs of the Sangkum [Sangkum Reastr Niyum, the People's "
     "Socialist Community, Sihanouk's political movement].",
     'Sangkum <note type="editorial" place="inline" resp="#translator">Sangkum Reastr Niyum, '
     "the People's Socialist Community, Sihanouk's political movement</note>."),
    # (a man's name, in full with his initials, ending on the name printed)
    ("Russian", "for talks with Marshal Malinovsky [R. Ya. Malinovsky, commander of the "
     "Transbaikal Front] in Changchun",
     'Malinovsky <note type="editorial" place="inline" resp="#translator">R. Ya. Malinovsky, '
     "commander of the Transbaikal Front</note> in"),
    # A word of the original in italics, then its English in one word, a compound's: a gloss
    # (was supplied).
    ("Spanish", "said that the *gusanos* [counter-revolutionaries] were rejoicing",
     '</hi> <note type="editorial" place="inline" resp="#translator">counter-revolutionaries'
     "</note> were"),
    # What the noun before names, then a clause telling more of it: a gloss (was supplied).
    ("German", "the affair with the airplane [Korean Air flight 858, which exploded over the "
     "Andaman Sea on 29 November 1987] was",
     'airplane <note type="editorial" place="inline" resp="#translator">Korean Air flight 858, '
     "which exploded over the Andaman Sea on 29 November 1987</note> was"),
    # A name printed surname first, then in the usual order: the name regularised (was a
    # title translated).
    ("Hungarian", "the group, led by Escalante Aníbal [Aníbal Escalante], had",
     "<orig>Escalante Aníbal </orig><reg resp=\"#translator\">Aníbal Escalante</reg>"),
    # A Spanish word quoted, or a Portuguese phrase in italics, that the word rules read as the
    # original's, then their English: a gloss (were supplied).
    ("Spanish", 'the cry of "¡paredón!" [to the wall, that is, to the firing squad], and',
     '</q> <note type="editorial" place="inline" resp="#translator">to the wall, that is, to the '
     "firing squad</note>, and"),
    ("Portuguese", "the so-called *política externa independente* [independent foreign policy] "
     "of the", '</hi> <note type="editorial" place="inline" resp="#translator">independent '
     "foreign policy</note> of"),
]


def _convert_in(language: str | None, snippet: str) -> ConversionResult:
    meta = {key: value for key, value in META.items() if key != "original_language"}
    return convert_text(PROSE.format(snippet), enrich=False,
                        overrides={**meta, "original_language": language} if language else meta)


@pytest.mark.parametrize(("language", "snippet", "expected"), FORMS_BY_LANGUAGE,
                         ids=[case[1][:30] for case in FORMS_BY_LANGUAGE])
def test_form_in_a_language_is_encoded_and_given_back(language: str | None, snippet: str,
                                                      expected: str) -> None:
    result = _convert_in(language, snippet)
    assert expected in inner_xml(result)
    text_element = result.tree.getroot().find(f"{{{TEI_NS}}}text")
    assert PROSE.format(snippet) in source_text(text_element, form_table(wilson().conventions))


def convert(snippet: str) -> ConversionResult:
    return convert_text(PROSE.format(snippet), overrides=META, enrich=False)


def paragraph(result: ConversionResult) -> etree._Element:
    return result.tree.getroot().find(f"{{{TEI_NS}}}text").find(".//t:p", NS)


def inner_xml(result: ConversionResult) -> str:
    xml = etree.tostring(paragraph(result), encoding="unicode", with_tail=False)
    return xml.replace(f' xmlns="{TEI_NS}"', "").removeprefix("<p>").removesuffix("</p>")


@pytest.mark.parametrize(("snippet", "expected"), FORMS, ids=IDS)
def test_form_is_encoded(snippet: str, expected: str) -> None:
    assert expected in inner_xml(convert(snippet))


@pytest.mark.parametrize(("snippet", "expected"), FORMS, ids=IDS)
def test_form_gives_its_source_back(snippet: str, expected: str) -> None:
    text_element = convert(snippet).tree.getroot().find(f"{{{TEI_NS}}}text")
    text = source_text(text_element, form_table(wilson().conventions))
    assert PROSE.format(snippet) in text


@pytest.fixture(scope="module")
def converted_forms(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("forms")
    paths = []
    for index, (snippet, _) in enumerate(FORMS):
        path = folder / f"form-{index}.xml"
        path.write_bytes(convert(snippet).to_bytes())
        paths.append(path)
    return paths


@pytest.mark.referee
def test_forms_are_valid_against_tei_all(
    converted_forms: list[Path],
    jing: Callable[[Iterable[Path]], subprocess.CompletedProcess[str]],
) -> None:
    run = jing(converted_forms)
    assert run.returncode == 0, run.stdout + run.stderr


def test_forms_are_valid_against_the_house_schema(converted_forms: list[Path]) -> None:
    """The house RELAX NG and Schematron (the default schemas)."""
    reports = [validate_file(p, use_xml_model=False) for p in converted_forms]
    assert [(r.path, r.messages) for r in reports if not r.valid] == []
    assert all(len(r.schemas) == 2 for r in reports)


def test_letters_supplied_inside_a_word_leave_one_word() -> None:
    words = "".join(paragraph(convert("the F[oreign] M[inistry] here")).itertext()).split()
    assert words[-8:-4] == ["the", "Foreign", "Ministry", "here"]


def test_a_doubted_reading_is_counted_as_uncertain_and_as_what_it_is() -> None:
    phenomena = convert("[to put?] pressure").phenomena
    assert (phenomena["supplied"], phenomena["uncertain"]) == (1, 1)


def test_damage_is_counted_as_a_gap() -> None:
    assert convert("the text [page torn] ends").phenomena["gap"] == 1


@pytest.mark.parametrize("snippet", [
    "the [missing persons] were",   # a phrase that only contains a damage word
    "the [cut in rations] hurt",
    "the [question of Korea?] was",  # a doubted phrase that is no reading stays unflagged
])
def test_phrases_that_only_mention_damage_are_no_gaps(snippet: str) -> None:
    assert paragraph(convert(snippet)).find(".//t:gap", NS) is None


@pytest.mark.parametrize(("label", "text"), [("[Handwritten]", "Agreed. Kosygin"),
                                             ("[Handwritten:]", "[2]"),
                                             ("[handwritten]:", "Approve")])
def test_a_label_glued_to_what_it_labels_prints_no_space(label: str, text: str) -> None:
    """`[Handwritten][1]`, `[Handwritten]Approve.`: the conversion failed its own check (the
    template printed a space the source does not have)."""
    source = f"{label}{text}\n\nThe committee met on Monday.\n"
    result = convert_text(source, overrides=META, enrich=False)
    added = result.tree.getroot().find(f".//{{{TEI_NS}}}add")
    assert added is not None and added.get("rend") == label + "{}"
    round_trip = source_text(result.tree.getroot().find(f"{{{TEI_NS}}}text"),
                             form_table(wilson().conventions))
    assert f"{label}{text}" in round_trip


def test_a_form_word_in_capitals_alone_on_its_line_then_its_english() -> None:
    """`CIFRADO [Coded]` alone on a line of an Argentine telegram: the form's word in Spanish,
    the bracket its English (it was a man's name renamed); a cover name so printed stays a
    man's (`FILIPPOV [Stalin]`)."""
    result = convert_text("COPY No. 2\n\nCIFRADO [Coded]\n\nNo. 412\n\nThe Director General "
                          "received me this morning at his request.\n\nFILIPPOV [Stalin]\n",
                          enrich=False, overrides={**META, "original_language": "Spanish"})
    root = result.tree.getroot()
    (foreign,) = root.xpath("//t:opener/t:foreign[@xml:lang='es']", namespaces=NS)
    assert foreign.text == "CIFRADO"
    assert foreign.getnext().get("type") == "editorial" and foreign.getnext().text == "Coded"
    assert root.xpath("//t:signed//t:reg/text()", namespaces=NS) == ["Stalin"]


def test_a_statement_opening_its_line_may_open_the_texts_sentence() -> None:
    """`[This information is based on a conversation of an embassy counselor] with … Roberts:`:
    words supplied to the sentence the text goes on with, no remark of the translator's own
    (one inside the text's sentence is: above)."""
    root = converted_text("Top Secret\n\n[This information is based on a conversation of an "
                          "embassy counselor] with the correspondent Roberts:\n\nIn the White "
                          "House the decision was received with relief.\n", "October 30, 1962")
    assert texts(root, "//t:body//t:supplied") == [
        "This information is based on a conversation of an embassy counselor"]


def test_a_motto_of_another_language_opening_its_line_then_its_english() -> None:
    """`SUFRAGIO EFECTIVO. NO REELECCIÓN. [Effective Suffrage. No Re-election.]` over a
    Mexican letter's signature: the original's words and their gloss (the English was a
    man's name renamed); English words opening a line before a bracket are no such motto."""
    letter = ("I renew to you the assurances of my highest and most distinguished "
              "consideration.\n\n{}\n\nThe Ambassador\n\nGilberto Bosques\n")

    def converted(line: str) -> etree._Element:
        return convert_text(letter.format(line), overrides=META, enrich=False).tree.getroot()

    salute = converted("SUFRAGIO EFECTIVO. NO REELECCIÓN. [Effective Suffrage. No "
                       "Re-election.]").find(".//t:closer/t:salute", NS)
    assert [(etree.QName(child).localname, child.text) for child in salute] == [
        ("foreign", "SUFRAGIO EFECTIVO. NO REELECCIÓN."),
        ("note", "Effective Suffrage. No Re-election.")]
    english = converted("The embassy was informed [by the Foreign Ministry] of it yesterday.")
    assert english.find(".//t:note[@type='editorial']", NS) is None


@pytest.mark.parametrize(("exclaimed", "english"), [
    ("Merdeka!", "Freedom!"),
    ("Hidup Bung Karno!", "Long live Brother Karno!"),
])
def test_an_exclamation_of_another_language_on_its_line_then_its_english(
        exclaimed: str, english: str) -> None:
    """`Merdeka! [Freedom!]` on a line of its own: the exclamation the original's, its English
    a gloss (it was supplied); the source is given back."""
    source = f"The embassy reports as follows.\n\n{exclaimed} [{english}]\n\nThe talks went on."
    result = convert_text(source, enrich=False, overrides=dict(META))
    text_element = result.tree.getroot().find(f"{{{TEI_NS}}}text")
    assert text_element is not None
    (paragraph,) = text_element.xpath(".//t:p[t:foreign]", namespaces=NS)
    assert paragraph.xpath("string(t:foreign)", namespaces=NS) == exclaimed
    assert paragraph.xpath("string(t:note[@type='editorial'])", namespaces=NS) == english
    assert f"{exclaimed} [{english}]" in source_text(text_element,
                                                     form_table(wilson().conventions))
