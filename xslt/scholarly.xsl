<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit layer for TEI from other projects: drama (DraCor, TEI Simple: cast list, speeches,
  stage directions, verse), epigraphy (EpiDoc: edition, apparatus, translation, commentary
  and bibliography as labelled sections), bibliographic pointers. Shared by every view.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="tei tk">

  <!-- ===== drama ===== -->

  <xsl:template match="tei:castList">
    <section class="castList">
      <xsl:apply-templates select="@tk:id" mode="attribute"/>
      <xsl:choose>
        <xsl:when test="tei:head"><xsl:apply-templates select="tei:head"/></xsl:when>
        <xsl:otherwise><div class="head div-label">Cast</div></xsl:otherwise>
      </xsl:choose>
      <ul class="cast">
        <xsl:apply-templates select="*[not(self::tei:head)][normalize-space()]" mode="cast"/>
      </ul>
    </section>
  </xsl:template>
  <xsl:template match="tei:castGroup" mode="cast">
    <li class="castGroup">
      <xsl:apply-templates select="tei:head"/>
      <ul><xsl:apply-templates select="*[not(self::tei:head or self::tei:roleDesc)][normalize-space()]" mode="cast"/></ul>
      <xsl:apply-templates select="tei:roleDesc[not(parent::tei:castItem)]" mode="cast-description"/>
    </li>
  </xsl:template>
  <xsl:template match="tei:castItem" mode="cast">
    <li class="castItem">
      <xsl:apply-templates select="@tk:id" mode="attribute"/>
      <xsl:apply-templates select="node()[not(self::tei:roleDesc)]"/>
      <xsl:for-each select="tei:roleDesc">
        <xsl:text>, </xsl:text><span class="roleDesc"><xsl:apply-templates/></span>
      </xsl:for-each>
    </li>
  </xsl:template>
  <xsl:template match="tei:roleDesc" mode="cast"/>
  <xsl:template match="tei:roleDesc" mode="cast-description">
    <span class="roleDesc"><xsl:apply-templates/></span>
  </xsl:template>
  <xsl:template match="*" mode="cast">
    <li><xsl:apply-templates select="."/></li>
  </xsl:template>
  <xsl:template match="tei:role">
    <span class="role"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- A speech: the speaker, then what is said and done. -->
  <xsl:template match="tei:sp">
    <div class="sp">
      <xsl:apply-templates select="@tk:id" mode="attribute"/>
      <xsl:apply-templates select="@xml:lang" mode="attribute"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- A stage direction inside a verse line or a sentence stays inline. -->
  <xsl:template match="tei:stage[parent::tei:l or parent::tei:p or parent::tei:ab or parent::tei:seg]">
    <span class="stage"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- ===== EpiDoc sections ===== -->

  <!-- A section of an edition that holds no text (EpiDoc templates leave <p/>, <bibl/>): not
       shown, so no empty panel stands on the page. -->
  <!-- One predicate, not [a][b]: libxslt matches a step with several predicates by evaluating the
       whole pattern over the document (once per page), a tenth of a page's time. -->
  <xsl:template match="tei:div[(@type = 'edition' or @type = 'apparatus' or @type = 'translation' or @type = 'commentary' or @type = 'bibliography') and not(normalize-space(*[not(self::tei:head)])) and not(.//tei:gap or .//tei:lb or .//tei:milestone)]" priority="3"/>

  <xsl:template match="tei:div[(@type = 'edition' or @type = 'apparatus' or @type = 'translation' or @type = 'commentary' or @type = 'bibliography') and not(tei:head)]">
    <xsl:variable name="level"><xsl:call-template name="heading-level"/></xsl:variable>
    <section class="div {@type}">
      <xsl:apply-templates select="@tk:id" mode="attribute"/>
      <xsl:apply-templates select="@xml:lang" mode="attribute"/>
      <xsl:element name="h{$level}">
        <xsl:attribute name="class">div-label</xsl:attribute>
        <xsl:choose>
          <xsl:when test="@type = 'edition'">Edition</xsl:when>
          <xsl:when test="@type = 'apparatus'">Apparatus</xsl:when>
          <xsl:when test="@type = 'translation'">Translation</xsl:when>
          <xsl:when test="@type = 'commentary'">Commentary</xsl:when>
          <xsl:otherwise>Bibliography</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="@subtype"> (<xsl:value-of select="@subtype"/>)</xsl:if>
        <xsl:if test="@xml:lang and @type != 'edition'"><span lang="en"> [<xsl:value-of select="@xml:lang"/>]</span></xsl:if>
      </xsl:element>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <!-- Line numbers of an inscription: the line break's @n at the start of the line. -->
  <xsl:template match="tei:lb[@n and ancestor::tei:div[@type = 'edition']]">
    <xsl:if test="preceding::tei:lb[ancestor::tei:div[@type = 'edition']] or preceding-sibling::node()[normalize-space()]"><br/></xsl:if>
    <span class="line-ref"><xsl:value-of select="@n"/></span>
  </xsl:template>

  <!-- ===== apparatus ===== -->

  <xsl:template match="tei:listApp">
    <ul class="apparatus">
      <xsl:apply-templates select="@tk:id" mode="attribute"/>
      <xsl:for-each select="*">
        <li class="app-entry"><xsl:apply-templates select="."/></li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!-- "3/4 lemma] reading A B; note": where, the lemma and its witnesses, the readings. -->
  <xsl:template match="tei:app">
    <span class="app">
      <xsl:apply-templates select="@tk:id" mode="attribute"/>
      <xsl:if test="@loc or @from">
        <span class="line-ref">
          <xsl:text>line </xsl:text>
          <xsl:value-of select="(@loc | @from)[1]"/>
          <xsl:if test="@to and @to != @from">–<xsl:value-of select="@to"/></xsl:if>
        </span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:for-each select="tei:lem">
        <span class="lem"><xsl:apply-templates/></span>
        <xsl:call-template name="witnesses"/>
        <xsl:text>] </xsl:text>
      </xsl:for-each>
      <xsl:for-each select="tei:rdg | tei:rdgGrp/tei:rdg">
        <xsl:if test="position() &gt; 1">; </xsl:if>
        <span class="rdg"><xsl:apply-templates/></span>
        <xsl:call-template name="witnesses"/>
      </xsl:for-each>
      <xsl:for-each select="*[not(self::tei:lem or self::tei:rdg or self::tei:rdgGrp)]">
        <xsl:text> </xsl:text><xsl:apply-templates select="."/>
      </xsl:for-each>
    </span>
  </xsl:template>

  <!-- A note of the apparatus ("e.g.", "lapis.") belongs to its entry, not to the footnotes. -->
  <xsl:template match="tei:note[ancestor::tei:app]" priority="3">
    <span class="note app-note"><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></span>
  </xsl:template>

  <!-- Witnesses and sources of a reading: their sigla when the document lists them, else the
       pointers as written. -->
  <xsl:template name="witnesses">
    <xsl:for-each select="@wit | @source | @resp">
      <span class="wit">
        <xsl:call-template name="pointer-names"><xsl:with-param name="pointers" select="normalize-space(.)"/></xsl:call-template>
      </span>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="pointer-names">
    <xsl:param name="pointers"/>
    <xsl:variable name="first">
      <xsl:choose>
        <xsl:when test="contains($pointers, ' ')"><xsl:value-of select="substring-before($pointers, ' ')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$pointers"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="target" select="key('ids', substring-after($first, '#'))[1]"/>
    <xsl:text> </xsl:text>
    <xsl:choose>
      <xsl:when test="starts-with($first, '#') and $target/@n"><xsl:value-of select="$target/@n"/></xsl:when>
      <xsl:when test="starts-with($first, '#') and $target/tei:abbr"><xsl:value-of select="normalize-space($target/tei:abbr)"/></xsl:when>
      <xsl:when test="starts-with($first, '#')"><xsl:value-of select="substring-after($first, '#')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$first"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="contains($pointers, ' ')">
      <xsl:call-template name="pointer-names"><xsl:with-param name="pointers" select="substring-after($pointers, ' ')"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ===== bibliography ===== -->

  <xsl:template match="tei:listBibl">
    <xsl:apply-templates select="tei:head"/>
    <ul class="bibliography">
      <xsl:apply-templates select="@tk:id" mode="attribute"/>
      <xsl:for-each select="*[not(self::tei:head)][normalize-space() or .//tei:ptr]">
        <li><xsl:apply-templates select="."/></li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!-- "bib:b0505, 113": the space between pointer and range gives way to the comma (chosen
       here, not by a text() template, which every text node of every page would be tried
       against). -->
  <xsl:template match="tei:bibl">
    <span class="bibl">
      <xsl:apply-templates select="@tk:id" mode="attribute"/>
      <xsl:apply-templates select="node()[not(self::text()[not(normalize-space())][preceding-sibling::*[1][self::tei:ptr]][following-sibling::*[1][self::tei:citedRange]])]"/>
    </span>
  </xsl:template>
  <xsl:template match="tei:citedRange">
    <span class="citedRange"><xsl:if test="preceding-sibling::*[1][self::tei:ptr]">, </xsl:if><xsl:apply-templates/></span>
  </xsl:template>

  <!-- A pointer the page cannot link (a "bib:" key, a header entry): its target, resolved to
       the entry's words when the document holds it, else the pointer itself; never dropped. -->
  <xsl:template match="tei:ptr[not(@tk:href) and @target]" priority="2">
    <xsl:variable name="target" select="key('ids', substring-after(@target, '#'))[1]"/>
    <xsl:choose>
      <xsl:when test="starts-with(@target, '#') and normalize-space($target)">
        <span class="ptr resolved"><xsl:value-of select="normalize-space($target)"/></span>
      </xsl:when>
      <xsl:otherwise><code class="ptr pointer"><xsl:value-of select="@target"/></code></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
