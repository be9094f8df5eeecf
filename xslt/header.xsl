<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit header layer: the metadata panel (from the teiHeader) and the legend of the markings.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="tei tk">

  <!-- The markings the document uses come from the pre-pass (tk:legend, "supplied reg …"):
       keys would cost a search of the whole document each, all made at the first key(). -->

  <xsl:template name="document-title">
    <xsl:param name="header"/>
    <xsl:variable name="titles" select="$header/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:choose>
      <xsl:when test="$titles[@type = 'main']"><xsl:value-of select="normalize-space($titles[@type = 'main'][1])"/></xsl:when>
      <xsl:when test="$titles"><xsl:value-of select="normalize-space($titles[1])"/></xsl:when>
      <xsl:otherwise>Untitled document</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="metadata-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:if test="normalize-space($value) != ''">
      <dt><xsl:value-of select="$label"/></dt>
      <dd><xsl:copy-of select="$value"/></dd>
    </xsl:if>
  </xsl:template>

  <!-- A person as a name: the name element's words, never an authority id beside it. -->
  <xsl:template name="person-words">
    <xsl:choose>
      <xsl:when test="tei:persName | tei:orgName | tei:name">
        <xsl:value-of select="normalize-space((tei:persName | tei:orgName | tei:name)[1])"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="text() | *[not(self::tei:idno)]"><xsl:value-of select="."/></xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="metadata-panel">
    <xsl:param name="header"/>
    <xsl:variable name="file" select="$header/tei:fileDesc"/>
    <xsl:variable name="profile" select="$header/tei:profileDesc"/>
    <xsl:variable name="ms" select="$file/tei:sourceDesc/tei:msDesc"/>
    <xsl:variable name="main-lang" select="$ms/tei:msContents/tei:textLang/@mainLang"/>
    <section class="metadata" aria-labelledby="metadata-heading">
      <h2 id="metadata-heading">About this document</h2>
      <dl>
        <xsl:call-template name="metadata-row">
          <xsl:with-param name="label" select="'Date'"/>
          <xsl:with-param name="value">
            <!-- When it was written (creation, origDate), never a find date before it. -->
            <xsl:variable name="created" select="$profile/tei:creation/tei:date"/>
            <xsl:variable name="origin" select="$file/tei:sourceDesc//tei:origDate | $profile/tei:creation//tei:origDate"/>
            <xsl:for-each select="$created[1] | $origin[1][not($created)] | ($file/tei:sourceDesc//tei:date[not(ancestor::tei:provenance)])[1][not($created or $origin)]">
              <time>
                <xsl:if test="@when"><xsl:attribute name="datetime"><xsl:value-of select="@when"/></xsl:attribute></xsl:if>
                <xsl:value-of select="normalize-space(.)"/>
              </time>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="metadata-row">
          <xsl:with-param name="label" select="'Author'"/>
          <xsl:with-param name="value">
            <xsl:for-each select="$file/tei:titleStmt/tei:author">
              <xsl:if test="position() &gt; 1">; </xsl:if>
              <xsl:variable name="words"><xsl:call-template name="person-words"/></xsl:variable>
              <xsl:value-of select="normalize-space($words)"/>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="metadata-row">
          <xsl:with-param name="label" select="'Archive'"/>
          <xsl:with-param name="value">
            <xsl:for-each select="$ms/tei:msIdentifier">
              <xsl:variable name="shelfmarks" select="tei:idno[@type = 'fond' or @type = 'opis' or @type = 'papka' or @type = 'delo' or @type = 'list']"/>
              <xsl:variable name="parts" select="(tei:settlement | tei:institution | tei:repository | tei:collection)[normalize-space()] | $shelfmarks | (tei:idno[not($shelfmarks)][not(@type = 'URI')])[1]"/>
              <xsl:for-each select="$parts">
                <xsl:if test="position() &gt; 1">, </xsl:if>
                <xsl:if test="self::tei:idno[@type = 'fond' or @type = 'opis' or @type = 'papka' or @type = 'delo' or @type = 'list']"><xsl:value-of select="concat(@type, ' ')"/></xsl:if>
                <xsl:value-of select="normalize-space(.)"/>
              </xsl:for-each>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="metadata-row">
          <xsl:with-param name="label" select="'Original language'"/>
          <xsl:with-param name="value">
            <xsl:for-each select="$profile/tei:langUsage/tei:language[@ident = $main-lang][1]">
              <xsl:value-of select="normalize-space(.)"/>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="metadata-row">
          <xsl:with-param name="label" select="'Translation'"/>
          <xsl:with-param name="value">
            <xsl:if test="$main-lang">
              <xsl:for-each select="$profile/tei:langUsage/tei:language[@ident != $main-lang]">
                <xsl:if test="position() &gt; 1">; </xsl:if><xsl:value-of select="normalize-space(.)"/>
              </xsl:for-each>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <!-- Who did what: translator, editors, whoever obtained the document. -->
        <xsl:for-each select="$file/tei:titleStmt/tei:respStmt[tei:resp]">
          <xsl:call-template name="metadata-row">
            <xsl:with-param name="label" select="normalize-space(tei:resp)"/>
            <xsl:with-param name="value">
              <xsl:for-each select="*[not(self::tei:resp)]">
                <xsl:if test="position() &gt; 1">; </xsl:if>
                <xsl:choose>
                  <xsl:when test=".//tei:idno">
                    <xsl:variable name="words"><xsl:call-template name="person-words"/></xsl:variable>
                    <xsl:value-of select="normalize-space($words)"/>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="metadata-row">
          <xsl:with-param name="label" select="'Funder'"/>
          <xsl:with-param name="value">
            <xsl:for-each select="$file/tei:titleStmt/tei:funder">
              <xsl:if test="position() &gt; 1">; </xsl:if><xsl:value-of select="normalize-space(.)"/>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="metadata-row">
          <xsl:with-param name="label" select="'Type'"/>
          <xsl:with-param name="value">
            <xsl:for-each select="$profile/tei:textClass/tei:keywords/tei:term">
              <xsl:if test="position() &gt; 1">; </xsl:if><xsl:value-of select="normalize-space(.)"/>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="metadata-row">
          <xsl:with-param name="label" select="'Citation'"/>
          <xsl:with-param name="value">
            <xsl:apply-templates select="$file/tei:sourceDesc/tei:bibl[@type = 'citation'][1]/node()"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="metadata-row">
          <xsl:with-param name="label" select="'Printed source'"/>
          <xsl:with-param name="value">
            <xsl:apply-templates select="$file/tei:sourceDesc/tei:bibl[@type = 'source'][1]/node()"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="metadata-row">
          <xsl:with-param name="label" select="'Source'"/>
          <xsl:with-param name="value">
            <xsl:for-each select="($file/tei:publicationStmt/tei:idno[@type = 'URI'][@tk:href])[1]">
              <a href="{@tk:href}"><xsl:value-of select="normalize-space(.)"/></a>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="metadata-row">
          <xsl:with-param name="label" select="'Rights'"/>
          <xsl:with-param name="value">
            <xsl:for-each select="$file/tei:publicationStmt/tei:availability">
              <xsl:for-each select="tei:licence">
                <xsl:choose>
                  <xsl:when test="@tk:href"><a href="{@tk:href}"><xsl:value-of select="normalize-space(.)"/><xsl:if test="not(normalize-space(.))"><xsl:value-of select="@tk:href"/></xsl:if></a></xsl:when>
                  <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
                </xsl:choose>
                <xsl:text> </xsl:text>
              </xsl:for-each>
              <xsl:for-each select="tei:p"><xsl:value-of select="normalize-space(.)"/><xsl:text> </xsl:text></xsl:for-each>
              <xsl:if test="@status and not(tei:p or tei:licence)"><xsl:value-of select="@status"/></xsl:if>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="metadata-row">
          <xsl:with-param name="label" select="'Summary'"/>
          <xsl:with-param name="value">
            <xsl:for-each select="$profile/tei:abstract//tei:p | $profile/tei:abstract[not(.//tei:p)]">
              <xsl:value-of select="normalize-space(.)"/><xsl:text> </xsl:text>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>
  </xsl:template>

  <!-- The legend: a row for each marking the document uses, a column for each view of the
       page (the views' modes write the cells). -->
  <xsl:template name="legend-entry">
    <xsl:param name="key"/>
    <xsl:param name="name"/>
    <xsl:if test="contains(concat(' ', /*/@tk:legend, ' '), concat(' ', $key, ' '))">
      <tr>
        <th scope="row"><xsl:value-of select="$name"/></th>
        <xsl:call-template name="view-forms"><xsl:with-param name="part" select="concat('legend ', $key)"/></xsl:call-template>
      </tr>
    </xsl:if>
  </xsl:template>

  <xsl:template name="legend">
    <xsl:param name="header"/>
    <xsl:param name="conventions-href" select="''"/>
    <section class="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">How to read this edition</h2>
      <table>
        <caption>Editorial markings in this document</caption>
        <tr>
          <th scope="col">Convention</th>
          <xsl:call-template name="view-forms"><xsl:with-param name="part" select="'legend-head'"/></xsl:call-template>
        </tr>
        <xsl:call-template name="legend-entry"><xsl:with-param name="key" select="'supplied'"/><xsl:with-param name="name" select="'Words supplied'"/></xsl:call-template>
        <xsl:call-template name="legend-entry"><xsl:with-param name="key" select="'reg'"/><xsl:with-param name="name" select="'Name in standard form'"/></xsl:call-template>
        <xsl:call-template name="legend-entry"><xsl:with-param name="key" select="'hand'"/><xsl:with-param name="name" select="'Handwritten addition'"/></xsl:call-template>
        <xsl:call-template name="legend-entry"><xsl:with-param name="key" select="'sic'"/><xsl:with-param name="name" select="'Error in the original'"/></xsl:call-template>
        <xsl:call-template name="legend-entry"><xsl:with-param name="key" select="'gap'"/><xsl:with-param name="name" select="'Illegible or omitted passage'"/></xsl:call-template>
        <xsl:call-template name="legend-entry"><xsl:with-param name="key" select="'note'"/><xsl:with-param name="name" select="'Note'"/></xsl:call-template>
        <xsl:call-template name="legend-entry"><xsl:with-param name="key" select="'pb'"/><xsl:with-param name="name" select="'Page break'"/></xsl:call-template>
        <xsl:call-template name="legend-entry"><xsl:with-param name="key" select="'cert'"/><xsl:with-param name="name" select="'Uncertain reading'"/></xsl:call-template>
      </table>
      <p class="legend-hint">Hover over, focus or tap a marked passage to see who intervened and why.</p>
      <xsl:choose>
        <xsl:when test="$conventions-href != ''">
          <p class="conventions-link"><a href="{$conventions-href}">The editorial conventions of this edition</a></p>
        </xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="$header/tei:encodingDesc/tei:editorialDecl">
            <details class="editorial-decl">
              <summary>The editorial conventions of this document</summary>
              <xsl:apply-templates select="node()" mode="decl"/>
            </details>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- editorialDecl holds prose paragraphs, possibly inside correction, normalization, … -->
  <xsl:template match="tei:p" mode="decl"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:template>
  <xsl:template match="*" mode="decl"><xsl:apply-templates mode="decl"/></xsl:template>
  <xsl:template match="text()" mode="decl"/>

</xsl:stylesheet>
