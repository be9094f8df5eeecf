<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit editorial layer: editorial interventions and notes, shared by every view
  (ENCODING.md, "Rendering").

  No template here knows which views the page shows. Where a view has its own form (brackets
  in the diplomatic view, the "handwritten" label in the reading view, a gap's wording), the
  template calls "view-before" and "view-after" (the marks around its content), or
  "view-forms" with a part name ('content', 'block-end'); the entry stylesheet (document.xsl,
  reading.xsl, diplomatic.xsl) answers by applying its views' modes (views/reading.xsl,
  views/diplomatic.xsl) to the element. A new view is a new mode file.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="tei tk">

  <!-- Numbered notes that the diplomatic view shows after the block that holds their marker
       (views/diplomatic.xsl); the pre-pass marks such blocks tk:notes-after. -->

  <!-- A numbered note whose text stands elsewhere (the end of the document), with an anchor
       in the text, carries tk:anchored (the pre-pass); the note of an anchor is found by its
       id (key 'ids'). Each key costs a search of the whole document. -->

  <!-- ===== names ===== -->

  <!-- A name links to its index entry. A name that carries an explanation (an uncertain
       spelling, a regularised or supplied form; the pre-pass marks it tk:explained) is not
       itself a link: a tap on it must open the explanation, so the index link stands beside
       it. -->
  <xsl:template match="tei:persName[@tk:key] | tei:placeName[@tk:key] | tei:orgName[@tk:key]">
    <xsl:variable name="index">
      <xsl:choose>
        <xsl:when test="self::tei:persName"><xsl:value-of select="$persons-href"/></xsl:when>
        <xsl:when test="self::tei:placeName"><xsl:value-of select="$places-href"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$orgs-href"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="class" select="concat('name ', local-name(), substring(' uncertain', 1, 10 * (@cert = 'low' or @cert = 'medium')))"/>
    <xsl:variable name="linked" select="$index != '' and not(ancestor::tei:ref[@tk:href])"/>
    <xsl:choose>
      <xsl:when test="$linked and not(@tk:explained)">
        <a class="{$class}" href="{$index}#{@tk:key}">
          <xsl:apply-templates select="@tk:mention" mode="attribute"/>
          <xsl:apply-templates select="@xml:lang" mode="attribute"/>
          <xsl:apply-templates/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="{$class}">
          <xsl:apply-templates select="@tk:mention" mode="attribute"/>
          <xsl:apply-templates select="@xml:lang" mode="attribute"/>
          <xsl:if test="@cert">
            <xsl:attribute name="class"><xsl:value-of select="concat($class, ' iv')"/></xsl:attribute>
            <xsl:attribute name="tabindex">0</xsl:attribute>
          </xsl:if>
          <xsl:apply-templates/>
          <xsl:if test="@cert"><span class="why"> (<xsl:call-template name="name-why"/>)</span></xsl:if>
          <xsl:if test="$linked">
            <a class="index-link" href="{$index}#{@tk:key}">
              <span aria-hidden="true">→</span>
              <span class="visually-hidden"><xsl:value-of select="concat(' ', normalize-space(.), ' in the index')"/></span>
            </a>
          </xsl:if>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One explanation for an uncertain name: what was done to it, then the certainty. -->
  <xsl:template name="name-why">
    <xsl:for-each select=".//tei:reg | .//tei:corr | .//tei:supplied">
      <xsl:call-template name="why-text"><xsl:with-param name="what"><xsl:call-template name="what"/></xsl:with-param></xsl:call-template>
      <xsl:text>; </xsl:text>
    </xsl:for-each>
    <xsl:text>spelling of </xsl:text><xsl:value-of select="@cert"/><xsl:text> certainty</xsl:text>
    <xsl:for-each select="@resp"> (<xsl:call-template name="who"><xsl:with-param name="pointer" select="."/></xsl:call-template>)</xsl:for-each>
  </xsl:template>

  <!-- What an intervention is, in words, for its explanation. -->
  <xsl:template name="what">
    <xsl:choose>
      <xsl:when test="self::tei:supplied">supplied</xsl:when>
      <xsl:when test="self::tei:corr">corrected</xsl:when>
      <xsl:when test="parent::tei:persName or parent::tei:placeName or parent::tei:orgName or parent::tei:choice/parent::tei:persName">name in standard form, given</xsl:when>
      <xsl:otherwise>regularised</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== choice and its members ===== -->

  <xsl:template match="tei:choice[(tei:orig or tei:sic or tei:abbr) and (tei:reg or tei:corr or tei:expan)]">
    <xsl:call-template name="view-forms"><xsl:with-param name="part" select="'content'"/></xsl:call-template>
    <xsl:apply-templates select="*[not(self::tei:orig or self::tei:sic or self::tei:abbr or self::tei:reg or self::tei:corr or self::tei:expan)]"/>
  </xsl:template>
  <xsl:template match="tei:choice"><xsl:apply-templates/></xsl:template>

  <!-- The most frequent interventions, written out (no body fragment to build and copy). -->
  <xsl:template match="tei:reg | tei:corr | tei:supplied">
    <span class="iv {local-name()}{substring(' uncertain', 1, 10 * (@cert = 'low' or @cert = 'medium'))}">
      <xsl:call-template name="iv-attributes"/>
      <xsl:call-template name="wrapped-in-views"/>
      <xsl:call-template name="why">
        <xsl:with-param name="what"><xsl:call-template name="what"/></xsl:with-param>
      </xsl:call-template>
    </span>
  </xsl:template>

  <xsl:template match="tei:sic">
    <xsl:call-template name="intervention">
      <xsl:with-param name="class" select="'sic'"/>
      <xsl:with-param name="what" select="'so in the original'"/>
      <xsl:with-param name="body"><xsl:call-template name="wrapped-in-views"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The content between the views' own marks before and after it. -->
  <xsl:template name="wrapped-in-views">
    <xsl:call-template name="view-before"/>
    <xsl:apply-templates/>
    <xsl:call-template name="view-after"/>
  </xsl:template>

  <xsl:template match="tei:orig | tei:abbr | tei:expan">
    <span class="{local-name()}"><xsl:apply-templates/></span>
  </xsl:template>
  <!-- A doubted or tentative reading: its words, and in the views that show them, the marks the
       source printed around them. -->
  <xsl:template match="tei:unclear">
    <span class="unclear"><xsl:call-template name="wrapped-in-views"/></span>
  </xsl:template>

  <!-- ===== additions, deletions, gaps ===== -->

  <xsl:template match="tei:add">
    <xsl:variable name="hand" select="key('ids', substring-after(@hand, '#'))[1]"/>
    <xsl:call-template name="intervention">
      <xsl:with-param name="class" select="concat('add', substring(' hand', 1, 5 * boolean(@hand)), substring(' placed', 1, 7 * boolean(@place)))"/>
      <xsl:with-param name="what">
        <xsl:choose>
          <xsl:when test="@hand">
            <xsl:text>handwritten</xsl:text>
            <xsl:if test="$hand"><xsl:text>: </xsl:text><xsl:value-of select="normalize-space($hand)"/></xsl:if>
          </xsl:when>
          <xsl:otherwise>added</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="@place">; written <xsl:call-template name="place-words"/></xsl:if>
      </xsl:with-param>
      <xsl:with-param name="body"><xsl:call-template name="wrapped-in-views"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Where an addition stands, in words: "in the margin", "on the left". -->
  <xsl:template name="place-words">
    <xsl:variable name="place" select="normalize-space(@place)"/>
    <xsl:choose>
      <xsl:when test="$place = 'margin'">in the margin</xsl:when>
      <xsl:when test="$place = 'left' or $place = 'right' or $place = 'top' or $place = 'bottom'">
        <xsl:value-of select="concat('on the ', $place)"/>
      </xsl:when>
      <xsl:when test="starts-with($place, 'margin-')">in the <xsl:value-of select="substring-after($place, 'margin-')"/> margin</xsl:when>
      <xsl:when test="$place = 'above' or $place = 'below'"><xsl:value-of select="$place"/> the line</xsl:when>
      <xsl:otherwise><xsl:value-of select="translate($place, '-_', '  ')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The source's literal markers from @rend: a template whose "{}" stands for the content
       ("[inserted by hand: {}]", "„{}“"), or the opening marker alone ("[Handwritten:]"). -->
  <!-- A brace the source printed is doubled in the template ("[a {{b}} {}]", see
       teikit/templates.py); such rare templates are read character by character. -->
  <!-- Most elements carry no @rend: that case is asked first (each test is an XPath
       evaluation, and these marks are written for every supplied word and name). -->
  <xsl:template name="rend-before">
    <xsl:param name="default"/>
    <xsl:choose>
      <xsl:when test="not(@rend)"><xsl:value-of select="$default"/></xsl:when>
      <xsl:when test="contains(@rend, '{{') or contains(@rend, '}}')">
        <xsl:call-template name="template-part"><xsl:with-param name="rest" select="@rend"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="contains(@rend, '{}')"><xsl:value-of select="substring-before(@rend, '{}')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat(@rend, ' ')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="rend-after">
    <xsl:param name="default"/>
    <xsl:choose>
      <xsl:when test="not(@rend)"><xsl:value-of select="$default"/></xsl:when>
      <xsl:when test="contains(@rend, '{{') or contains(@rend, '}}')">
        <xsl:call-template name="template-part">
          <xsl:with-param name="rest" select="@rend"/>
          <xsl:with-param name="after" select="true()"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="contains(@rend, '{}')"><xsl:value-of select="substring-after(@rend, '{}')"/></xsl:when>
    </xsl:choose>
  </xsl:template>
  <!-- The literal text of a template before its placeholder (or all of it, when it has none),
       or with $after the text after the placeholder; "{{" and "}}" read as "{" and "}". -->
  <xsl:template name="template-part">
    <xsl:param name="rest"/>
    <xsl:param name="after" select="false()"/>
    <xsl:param name="passed" select="false()"/>
    <xsl:variable name="pair" select="substring($rest, 1, 2)"/>
    <xsl:choose>
      <xsl:when test="$rest = ''"/>
      <xsl:when test="$pair = '{}' and not($passed)">
        <xsl:if test="$after">
          <xsl:call-template name="template-part">
            <xsl:with-param name="rest" select="substring($rest, 3)"/>
            <xsl:with-param name="after" select="$after"/>
            <xsl:with-param name="passed" select="true()"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="width" select="1 + number($pair = '{{' or $pair = '}}')"/>
        <xsl:if test="$after = $passed"><xsl:value-of select="substring($rest, 1, 1)"/></xsl:if>
        <xsl:call-template name="template-part">
          <xsl:with-param name="rest" select="substring($rest, 1 + $width)"/>
          <xsl:with-param name="after" select="$after"/>
          <xsl:with-param name="passed" select="$passed"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Deleted text belongs to the original's surface: each view decides whether it shows. -->
  <xsl:template match="tei:del">
    <xsl:call-template name="view-forms"><xsl:with-param name="part" select="'content'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:gap">
    <xsl:call-template name="intervention">
      <xsl:with-param name="class" select="concat('gap ', @reason)"/>
      <xsl:with-param name="what">
        <xsl:choose>
          <xsl:when test="@reason = 'illegible'">illegible</xsl:when>
          <xsl:when test="@reason = 'editorial'">omitted by the editor</xsl:when>
          <xsl:when test="@reason = 'damage'">lost to damage</xsl:when>
          <xsl:when test="@reason = 'redacted'">withheld (redacted)</xsl:when>
          <xsl:otherwise>gap</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="tei:desc">: <xsl:value-of select="normalize-space(tei:desc)"/></xsl:if>
        <xsl:if test="@quantity"> (<xsl:value-of select="concat(@quantity, ' ', @unit)"/>)</xsl:if>
      </xsl:with-param>
      <xsl:with-param name="body">
        <xsl:call-template name="view-forms"><xsl:with-param name="part" select="'content'"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A break separates words unless @break="no"; each view marks it its own way. -->
  <xsl:template match="tei:pb | tei:cb | tei:milestone">
    <xsl:call-template name="view-forms"><xsl:with-param name="part" select="'content'"/></xsl:call-template>
  </xsl:template>

  <!-- A word hyphenated at a line's end: the hyphen the line put in it and the line's end
       within it, which the reading view leaves out (the word reads whole) and the diplomatic
       view shows. -->
  <xsl:template match="tei:pc[@force = 'inter'] | tei:lb[@break = 'no']">
    <xsl:call-template name="view-forms"><xsl:with-param name="part" select="'content'"/></xsl:call-template>
  </xsl:template>

  <!-- ===== notes ===== -->

  <!-- Furniture of the document (receipt and registry notes, dockets, a distribution list among
       the opening lines): where it stands. -->
  <!-- One predicate, not [a][b]: libxslt matches a step with several predicates by evaluating the
       whole pattern over the document (once per page), a tenth of a page's time. -->
  <xsl:template match="tei:note[not(@tk:num) and not(@place = 'inline')]">
    <div class="note {@type}"><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></div>
  </xsl:template>

  <!-- An inline note (original wording, a gloss, a remark): bracketed in every view. -->
  <xsl:template match="tei:note[@place = 'inline' and not(@tk:num)]">
    <xsl:call-template name="intervention">
      <xsl:with-param name="class" select="concat('note-inline ', @type)"/>
      <xsl:with-param name="what">
        <xsl:choose>
          <xsl:when test="@type = 'original-wording'">original wording</xsl:when>
          <xsl:when test="@type = 'editorial'">editorial note</xsl:when>
          <xsl:otherwise>note</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="body">[<xsl:apply-templates/>]</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A note's anchor, an anchored note, a numbered note, a note's own printed mark: where
       each view puts them (footnotes in the reading view, the source's places otherwise). -->
  <xsl:template match="tei:ref[@type = 'noteAnchor'] | tei:note/tei:seg[@type = 'marker']">
    <xsl:call-template name="view-forms"><xsl:with-param name="part" select="'content'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:note[@tk:num]">
    <xsl:call-template name="view-forms"><xsl:with-param name="part" select="'content'"/></xsl:call-template>
  </xsl:template>

  <!-- An unclassified bracket: its brackets in both views, since its meaning is unknown. -->
  <xsl:template match="tei:seg[@type = 'unclassified-bracket']">
    <span class="seg unclassified-bracket">[<xsl:apply-templates/>]</span>
  </xsl:template>

  <xsl:template name="source-mark">
    <xsl:choose>
      <xsl:when test="tei:seg[@type = 'marker']"/>
      <xsl:when test="@n"><xsl:value-of select="@n"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@tk:num"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Only a block that holds note marks asks the views (most blocks hold none). -->
  <xsl:template name="notes-after-block">
    <xsl:if test="@tk:notes-after">
      <xsl:call-template name="view-forms"><xsl:with-param name="part" select="'block-end'"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- "Note by the translator: " before a footnote's text, when the note says who wrote it. -->
  <xsl:template name="note-label">
    <xsl:choose>
      <xsl:when test="@type = 'sic'">
        <span class="note-label">Sic<xsl:if test="@resp"> (note by <xsl:call-template name="who"/>)</xsl:if>: </span>
      </xsl:when>
      <xsl:when test="@resp">
        <span class="note-label">Note by <xsl:call-template name="who"/>: </span>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
