<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit common layer: TEI structure and inline elements → HTML, shared by every view.

  What differs between views is asked of the page's views through the "view-forms" hook (see
  editorial.xsl); a page of two views carries both, in classes "r" and "d", and its CSS hides
  one or the other. Unknown elements keep their text (the fallback at the end).
  Reads the pre-pass attributes (namespace urn:teikit:render): tk:num (footnote number),
  tk:href / tk:facs (sanitised links), tk:key / tk:mention (index key, anchor id).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="tei tk">

  <!-- House-style parameters (strings; the Python side passes them with strparam). -->
  <xsl:param name="persons-href" select="''"/>        <!-- persons index page, '' = no links -->
  <xsl:param name="places-href" select="''"/>
  <xsl:param name="orgs-href" select="''"/>
  <xsl:param name="translator-label" select="'the translator'"/>
  <xsl:param name="editor-label" select="'the editor'"/>
  <xsl:param name="page-break-label" select="'page break'"/>
  <!-- The media types of embedded images a page shows (space-separated, a space at each end). -->
  <xsl:param name="shown-image-types" select="' image/png image/jpeg image/gif image/webp image/bmp image/svg+xml '"/>

  <xsl:key name="ids" match="*[@xml:id]" use="@xml:id"/>

  <!-- ===== helpers ===== -->

  <!-- "the translator" for resp="#translator": a person's or organisation's name otherwise. -->
  <xsl:template name="who">
    <xsl:param name="pointer" select="@resp"/>
    <xsl:variable name="id" select="substring-after(normalize-space($pointer), '#')"/>
    <xsl:choose>
      <xsl:when test="$id = 'translator'"><xsl:value-of select="$translator-label"/></xsl:when>
      <xsl:when test="$id = 'editor'"><xsl:value-of select="$editor-label"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="named-in-document">
          <xsl:with-param name="pointer" select="$pointer"/>
          <xsl:with-param name="target" select="key('ids', $id)[1]"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!-- Anyone else, by the element the pointer names. Looked up only here: libxslt evaluates a
       variable where it stands, and the first key() of a page indexes the whole document. -->
  <xsl:template name="named-in-document">
    <xsl:param name="pointer"/>
    <xsl:param name="target"/>
    <xsl:choose>
      <xsl:when test="$target/tei:persName or $target/tei:orgName or $target/tei:name">
        <xsl:value-of select="normalize-space(($target/tei:persName | $target/tei:orgName | $target/tei:name)[1])"/>
      </xsl:when>
      <xsl:when test="$target"><xsl:value-of select="normalize-space($target)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($pointer)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What an intervention is, who made it and why: "supplied by the translator; reason: omitted". -->
  <xsl:template name="why-text">
    <xsl:param name="what"/>
    <xsl:value-of select="$what"/>
    <xsl:if test="@resp">
      <xsl:text> by </xsl:text>
      <xsl:call-template name="who"><xsl:with-param name="pointer" select="@resp"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="@reason and not(self::tei:gap)"> <!-- a gap's words say why -->
      <xsl:text>; reason: </xsl:text><xsl:value-of select="translate(@reason, '-_', '  ')"/>
    </xsl:if>
    <xsl:if test="@cert">
      <xsl:text>; certainty: </xsl:text><xsl:value-of select="@cert"/>
    </xsl:if>
  </xsl:template>

  <!-- An editorial intervention: its content, and its reason revealed on hover or focus. -->
  <xsl:template name="intervention">
    <xsl:param name="class"/>
    <xsl:param name="what"/>
    <xsl:param name="body"/>
    <span class="iv {$class}">
      <xsl:call-template name="iv-attributes"/>
      <xsl:copy-of select="$body"/>
      <xsl:call-template name="why"><xsl:with-param name="what" select="$what"/></xsl:call-template>
    </span>
  </xsl:template>

  <!-- The attributes of an intervention's span, first inside it: its language, and a focus
       stop (not inside a link, which takes the focus, nor inside an uncertain name, whose one
       explanation says what was done to it too). -->
  <xsl:template name="iv-attributes">
    <xsl:apply-templates select="@xml:lang" mode="attribute"/>
    <xsl:if test="not(ancestor::*[@cert][@tk:key] or ancestor::tei:ref[@tk:href])">
      <xsl:attribute name="tabindex">0</xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- Who intervened and why, revealed on hover, focus or tap (last inside the span). -->
  <xsl:template name="why">
    <xsl:param name="what"/>
    <xsl:if test="not(ancestor::*[@cert][@tk:key])">
      <span class="why">
        <xsl:text> (</xsl:text>
        <xsl:call-template name="why-text"><xsl:with-param name="what" select="$what"/></xsl:call-template>
        <xsl:text>)</xsl:text>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- Attributes carried over (applied, not called: nothing to do when there is none).
       tk:id: an element a link of the document points at; tk:mention: a name mention the
       indexes link to (both set by the pre-pass). -->
  <xsl:template match="@xml:lang" mode="attribute">
    <xsl:attribute name="lang"><xsl:call-template name="bcp47"><xsl:with-param name="code" select="."/></xsl:call-template></xsl:attribute>
  </xsl:template>

  <!-- HTML wants BCP 47 tags, whose languages take the two-letter ISO 639-1 code where there
       is one: TEI files often carry the three-letter code ("deu", "rus"). The subtags after
       the language ("-Latn") are kept. -->
  <xsl:variable name="iso639-2to1" select="' ara:ar bul:bg ces:cs cze:cs chi:zh zho:zh dan:da deu:de ger:de dut:nl nld:nl ell:el gre:el eng:en fas:fa per:fa fin:fi fra:fr fre:fr heb:he hrv:hr hun:hu ita:it jpn:ja kor:ko lat:la nor:no pol:pl por:pt ron:ro rum:ro rus:ru slk:sk slo:sk spa:es srp:sr swe:sv tur:tr ukr:uk '"/>
  <xsl:template name="bcp47">
    <xsl:param name="code"/>
    <xsl:variable name="language">
      <xsl:choose>
        <xsl:when test="contains($code, '-')"><xsl:value-of select="substring-before($code, '-')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="short" select="substring-before(substring-after($iso639-2to1, concat(' ', $language, ':')), ' ')"/>
    <xsl:choose>
      <xsl:when test="string-length($language) = 3 and $short != ''">
        <xsl:value-of select="concat($short, substring($code, 4))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="@tk:id | @tk:mention" mode="attribute">
    <xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute>
  </xsl:template>

  <!-- Heading level for a div's head: h1 is the page title, h2 the page's own sections. -->
  <xsl:template name="heading-level">
    <xsl:variable name="depth" select="count(ancestor::tei:div | ancestor::tei:div1 | ancestor::tei:div2 | ancestor::tei:div3 | ancestor::tei:div4 | ancestor::tei:div5 | ancestor::tei:div6 | ancestor::tei:div7)"/>
    <xsl:choose>
      <xsl:when test="$depth + 2 &gt; 6">6</xsl:when>
      <xsl:otherwise><xsl:value-of select="$depth + 2"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== structure ===== -->

  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group">
    <div class="{local-name()}"><xsl:apply-templates select="@tk:id" mode="attribute"/><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7">
    <section class="div {@type}"><xsl:apply-templates select="@tk:id" mode="attribute"/><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></section>
  </xsl:template>

  <xsl:template match="tei:head">
    <xsl:choose>
      <xsl:when test="parent::tei:div or parent::tei:div1 or parent::tei:div2 or parent::tei:div3 or parent::tei:div4 or parent::tei:div5 or parent::tei:div6 or parent::tei:div7">
        <xsl:variable name="level"><xsl:call-template name="heading-level"/></xsl:variable>
        <xsl:element name="h{$level}">
          <xsl:attribute name="class">head</xsl:attribute>
          <xsl:apply-templates select="@tk:id" mode="attribute"/>
          <xsl:apply-templates/>
          <xsl:call-template name="notes-after-block"/>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <div class="head"><xsl:apply-templates select="@tk:id" mode="attribute"/><xsl:apply-templates/><xsl:call-template name="notes-after-block"/></div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- HTML's <p> cannot hold lists, tables, verse or a picture (in a link or emphasis too):
       such paragraphs become a div. -->
  <xsl:template match="tei:p | tei:ab">
    <xsl:variable name="holds-blocks" select="tei:list or tei:table or tei:lg or .//tei:figure or tei:cit or tei:p or tei:ab or tei:quote or tei:sp or tei:floatingText or tei:l or tei:div"/>
    <xsl:choose>
      <xsl:when test="$holds-blocks">
        <div class="p"><xsl:apply-templates select="@tk:id" mode="attribute"/><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/><xsl:call-template name="notes-after-block"/></div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:apply-templates select="@tk:id" mode="attribute"/><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/><xsl:call-template name="notes-after-block"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:opener | tei:closer | tei:postscript | tei:lg | tei:titlePage | tei:docTitle | tei:epigraph | tei:argument | tei:cit | tei:salute | tei:byline | tei:docImprint | tei:docAuthor | tei:titlePart | tei:trailer | tei:speaker | tei:stage | tei:signed | tei:dateline | tei:l">
    <div class="{local-name()}"><xsl:apply-templates select="@tk:id" mode="attribute"/><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/><xsl:call-template name="notes-after-block"/></div>
  </xsl:template>

  <!-- A document transmitted inside another (a letter relayed by a telegram): set off. -->
  <xsl:template match="tei:floatingText">
    <div class="floatingText {@type}" role="group">
      <xsl:if test="@type = 'transmitted'"><xsl:attribute name="aria-label">Transmitted document</xsl:attribute></xsl:if>
      <xsl:apply-templates select="@tk:id" mode="attribute"/>
      <xsl:apply-templates select="@xml:lang" mode="attribute"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="tei:list">
    <xsl:apply-templates select="tei:head"/>
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="@type = 'ordered' or contains(@rend, 'numbered')">ol</xsl:when>
        <xsl:otherwise>ul</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="class">list <xsl:value-of select="@type"/></xsl:attribute>
      <xsl:apply-templates select="@tk:id" mode="attribute"/>
      <xsl:apply-templates select="node()[not(self::tei:head)]" mode="list-member"/>
    </xsl:element>
  </xsl:template>

  <!-- Only li may stand in a list: labels and stray elements get an li of their own. -->
  <xsl:template match="tei:item" mode="list-member">
    <li><xsl:apply-templates select="@tk:id" mode="attribute"/><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/><xsl:call-template name="notes-after-block"/></li>
  </xsl:template>
  <xsl:template match="*" mode="list-member">
    <li class="{local-name()}"><xsl:apply-templates select="."/></li>
  </xsl:template>
  <xsl:template match="text()" mode="list-member">
    <xsl:if test="normalize-space(.) != ''"><li><xsl:value-of select="."/></li></xsl:if>
  </xsl:template>
  <xsl:template match="tei:item">
    <div class="item"><xsl:apply-templates/><xsl:call-template name="notes-after-block"/></div>
  </xsl:template>

  <!-- A table scrolls on its own on a narrow screen (a focusable region, for keyboards). -->
  <xsl:template match="tei:table">
    <div class="table-scroll" role="region" tabindex="0" aria-label="Table">
      <table>
        <xsl:apply-templates select="@tk:id" mode="attribute"/>
        <xsl:apply-templates select="@xml:lang" mode="attribute"/>
        <xsl:if test="tei:head"><caption><xsl:apply-templates select="tei:head/node()"/></caption></xsl:if>
        <xsl:apply-templates select="tei:row"/>
      </table>
    </div>
    <xsl:apply-templates select="node()[not(self::tei:head or self::tei:row)][normalize-space(.) != '' or self::*]"/>
  </xsl:template>
  <xsl:template match="tei:row">
    <tr><xsl:apply-templates select="tei:cell"/></tr>
  </xsl:template>
  <xsl:template match="tei:row[@role = 'label']/tei:cell | tei:cell[@role = 'label']" priority="2">
    <th scope="col"><xsl:apply-templates/></th>
  </xsl:template>
  <xsl:template match="tei:cell">
    <td><xsl:if test="@cols"><xsl:attribute name="colspan"><xsl:value-of select="@cols"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/><xsl:call-template name="notes-after-block"/></td>
  </xsl:template>

  <xsl:template match="tei:figure">
    <figure><xsl:apply-templates select="@tk:id" mode="attribute"/><xsl:apply-templates/></figure>
  </xsl:template>
  <xsl:template match="tei:figDesc">
    <figcaption><xsl:apply-templates/></figcaption>
  </xsl:template>
  <!-- Images are linked, not loaded: a page stays readable offline and on print. -->
  <xsl:template match="tei:graphic">
    <xsl:choose>
      <xsl:when test="@tk:facs">
        <a class="graphic" href="{@tk:facs}">
          <xsl:apply-templates/>
          <xsl:if test="not(normalize-space(.))">image</xsl:if>
        </a>
      </xsl:when>
      <xsl:otherwise><span class="graphic"><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Base64 data is text of the document too: an image a browser shows (a Word file's picture)
       is shown from the page's own data, nothing fetched; other data is kept, folded away. -->
  <xsl:template match="tei:binaryObject">
    <xsl:choose>
      <xsl:when test="contains($shown-image-types, concat(' ', normalize-space(@mimeType), ' '))">
        <img class="picture" src="data:{normalize-space(@mimeType)};base64,{translate(., ' &#9;&#10;&#13;', '')}" alt="{normalize-space(../tei:figDesc)}"/>
      </xsl:when>
      <xsl:otherwise>
        <details class="binary"><summary>embedded data</summary><code><xsl:value-of select="."/></code></details>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== inline ===== -->

  <xsl:template match="tei:lb"><br/></xsl:template>
  <xsl:template match="tei:space"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="tei:anchor"><xsl:if test="@tk:id"><span id="{@tk:id}"></span></xsl:if></xsl:template>

  <xsl:template match="tei:hi">
    <xsl:variable name="rend" select="concat(' ', normalize-space(@rend), ' ')"/>
    <xsl:choose>
      <xsl:when test="contains($rend, ' italic ') or contains($rend, ' i ')"><i><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></i></xsl:when>
      <xsl:when test="contains($rend, ' bold ') or contains($rend, ' b ')"><b><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></b></xsl:when>
      <xsl:when test="contains($rend, ' sup') or contains($rend, ' superscript ')"><sup><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></sup></xsl:when>
      <xsl:when test="contains($rend, ' sub') or contains($rend, ' subscript ')"><sub><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></sub></xsl:when>
      <xsl:when test="contains($rend, ' underline') or contains($rend, ' u ')"><u><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></u></xsl:when>
      <xsl:otherwise><span class="hi {normalize-space(@rend)}"><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:emph"><em><xsl:apply-templates select="@tk:id" mode="attribute"/><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></em></xsl:template>
  <xsl:template match="tei:foreign | tei:term | tei:title | tei:mentioned | tei:soCalled | tei:gloss">
    <i class="{local-name()}"><xsl:apply-templates select="@tk:id" mode="attribute"/><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></i>
  </xsl:template>
  <!-- TEI leaves quotation marks to the rendering: each view writes its own (typographic in
       the reading view, the source's straight quotes in the diplomatic view), as text. -->
  <!-- @rend="„{}“" records the source's own marks: every view then uses them. -->
  <xsl:template match="tei:q | tei:said">
    <span class="q">
      <xsl:apply-templates select="@tk:id" mode="attribute"/>
      <xsl:apply-templates select="@xml:lang" mode="attribute"/>
      <xsl:choose>
        <xsl:when test="contains(@rend, '{}')">
          <xsl:value-of select="substring-before(@rend, '{}')"/>
          <xsl:apply-templates/>
          <xsl:value-of select="substring-after(@rend, '{}')"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="view-before"/>
          <xsl:apply-templates/>
          <xsl:call-template name="view-after"/>
        </xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>
  <xsl:template match="tei:quote">
    <xsl:choose>
      <xsl:when test="tei:p or tei:lg or tei:l or tei:list or tei:ab">
        <blockquote><xsl:apply-templates select="@tk:id" mode="attribute"/><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></blockquote>
      </xsl:when>
      <xsl:otherwise><q class="quote"><xsl:apply-templates select="@tk:id" mode="attribute"/><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></q></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ref | tei:ptr">
    <xsl:choose>
      <xsl:when test="@tk:href and not(ancestor::tei:ref[@tk:href])">
        <a href="{@tk:href}">
          <xsl:apply-templates/>
          <xsl:if test="not(node())"><xsl:value-of select="@tk:href"/></xsl:if>
        </a>
      </xsl:when>
      <xsl:otherwise><span class="{local-name()}"><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:fw | tei:stamp | tei:idno | tei:date | tei:time | tei:num | tei:measure | tei:name | tei:orgName | tei:rs | tei:seg | tei:w | tei:pc | tei:c | tei:roleName | tei:forename | tei:surname | tei:geogName | tei:settlement | tei:country">
    <span class="{local-name()} {@type}"><xsl:apply-templates select="@tk:id" mode="attribute"/><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></span>
  </xsl:template>

  <!-- ===== fallback: any other element keeps its text ===== -->
  <xsl:template match="*">
    <span class="tei-{local-name()}"><xsl:apply-templates select="@tk:id" mode="attribute"/><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></span>
  </xsl:template>

  <!-- Hooks: notes shown after their block (editorial.xsl); the views' own forms (the entry). -->
  <xsl:template name="notes-after-block"/>
  <xsl:template name="view-forms"><xsl:param name="part"/></xsl:template>
  <xsl:template name="view-before"/>
  <xsl:template name="view-after"/>

</xsl:stylesheet>
