<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit header layer: the metadata panel (from the teiHeader) and the legend of the markings.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="tei tk">

  <!-- What the legend explains, found in one pass (a key) rather than one scan per entry.
       Elements outside <text> carry none of these. -->
  <xsl:key name="legend" match="tei:supplied" use="'supplied'"/>
  <xsl:key name="legend" match="tei:reg" use="'reg'"/>
  <xsl:key name="legend" match="tei:add[@hand]" use="'hand'"/>
  <xsl:key name="legend" match="tei:sic | tei:note[@type = 'sic']" use="'sic'"/>
  <xsl:key name="legend" match="tei:gap" use="'gap'"/>
  <xsl:key name="legend" match="tei:note[@tk:num]" use="'note'"/>
  <xsl:key name="legend" match="tei:pb" use="'pb'"/>
  <xsl:key name="legend" match="tei:text//*[@cert]" use="'cert'"/>

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
            <xsl:for-each select="($profile/tei:creation/tei:date | $file/tei:sourceDesc//tei:date)[1]">
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
              <xsl:if test="position() &gt; 1">; </xsl:if><xsl:value-of select="normalize-space(.)"/>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="metadata-row">
          <xsl:with-param name="label" select="'Archive'"/>
          <xsl:with-param name="value">
            <xsl:for-each select="$ms/tei:msIdentifier">
              <xsl:value-of select="normalize-space(tei:repository)"/>
              <xsl:for-each select="tei:idno[@type = 'fond' or @type = 'opis' or @type = 'delo' or @type = 'list']">
                <xsl:text>, </xsl:text><xsl:value-of select="@type"/><xsl:text> </xsl:text><xsl:value-of select="normalize-space(.)"/>
              </xsl:for-each>
              <xsl:if test="not(tei:idno[@type = 'fond' or @type = 'opis' or @type = 'delo'])">
                <xsl:for-each select="tei:idno[1]"><xsl:text>, </xsl:text><xsl:value-of select="normalize-space(.)"/></xsl:for-each>
              </xsl:if>
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
        <xsl:call-template name="metadata-row">
          <xsl:with-param name="label" select="'Funder'"/>
          <xsl:with-param name="value">
            <xsl:for-each select="$file/tei:titleStmt/tei:funder">
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
          <xsl:with-param name="label" select="'Source'"/>
          <xsl:with-param name="value">
            <xsl:for-each select="($file/tei:publicationStmt/tei:idno[@type = 'URI'][@tk:href])[1]">
              <a href="{@tk:href}"><xsl:value-of select="normalize-space(.)"/></a>
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

  <!-- A legend entry: how a convention looks in each view (only those the document uses). -->
  <xsl:template name="legend-entry">
    <xsl:param name="used"/>
    <xsl:param name="name"/>
    <xsl:param name="reading"/>
    <xsl:param name="diplomatic"/>
    <xsl:if test="$used">
      <tr>
        <th scope="row"><xsl:value-of select="$name"/></th>
        <xsl:if test="$show-reading"><td><xsl:copy-of select="$reading"/></td></xsl:if>
        <xsl:if test="$show-diplomatic"><td><xsl:copy-of select="$diplomatic"/></td></xsl:if>
      </tr>
    </xsl:if>
  </xsl:template>

  <xsl:template name="legend">
    <xsl:param name="texts"/>
    <xsl:param name="header"/>
    <xsl:param name="conventions-href" select="''"/>
    <section class="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">How to read this edition</h2>
      <table>
        <caption>Editorial markings in this document</caption>
        <tr>
          <th scope="col">Convention</th>
          <xsl:if test="$show-reading"><th scope="col">Reading view</th></xsl:if>
          <xsl:if test="$show-diplomatic"><th scope="col">Diplomatic view</th></xsl:if>
        </tr>
        <xsl:call-template name="legend-entry">
          <xsl:with-param name="used" select="key('legend', 'supplied')"/>
          <xsl:with-param name="name" select="'Words supplied'"/>
          <xsl:with-param name="reading"><span class="iv supplied">word</span> (dotted underline)</xsl:with-param>
          <xsl:with-param name="diplomatic">[word]</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="legend-entry">
          <xsl:with-param name="used" select="key('legend', 'reg')"/>
          <xsl:with-param name="name" select="'Name in standard form'"/>
          <xsl:with-param name="reading"><span class="iv reg">Name</span> (dashed underline)</xsl:with-param>
          <xsl:with-param name="diplomatic">[Name]</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="legend-entry">
          <xsl:with-param name="used" select="key('legend', 'hand')"/>
          <xsl:with-param name="name" select="'Handwritten addition'"/>
          <xsl:with-param name="reading"><span class="hand-label">handwritten</span> text</xsl:with-param>
          <xsl:with-param name="diplomatic">[handwritten:] text</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="legend-entry">
          <xsl:with-param name="used" select="key('legend', 'sic')"/>
          <xsl:with-param name="name" select="'Error in the original'"/>
          <xsl:with-param name="reading">a numbered note</xsl:with-param>
          <xsl:with-param name="diplomatic">[SIC, …]</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="legend-entry">
          <xsl:with-param name="used" select="key('legend', 'gap')"/>
          <xsl:with-param name="name" select="'Illegible or omitted passage'"/>
          <xsl:with-param name="reading">[illegible], […]</xsl:with-param>
          <xsl:with-param name="diplomatic">as in the source</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="legend-entry">
          <xsl:with-param name="used" select="key('legend', 'note')"/>
          <xsl:with-param name="name" select="'Note'"/>
          <xsl:with-param name="reading">a numbered footnote with a link back</xsl:with-param>
          <xsl:with-param name="diplomatic">the source's mark (such as *) and the note where the source had it</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="legend-entry">
          <xsl:with-param name="used" select="key('legend', 'pb')"/>
          <xsl:with-param name="name" select="'Page break'"/>
          <xsl:with-param name="reading">not shown</xsl:with-param>
          <xsl:with-param name="diplomatic">‖</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="legend-entry">
          <xsl:with-param name="used" select="key('legend', 'cert')"/>
          <xsl:with-param name="name" select="'Uncertain reading'"/>
          <xsl:with-param name="reading"><span class="uncertain">wavy underline</span></xsl:with-param>
          <xsl:with-param name="diplomatic"><span class="uncertain">wavy underline</span></xsl:with-param>
        </xsl:call-template>
      </table>
      <p>Hover over or focus a marked passage to see who intervened and why.</p>
      <xsl:for-each select="$header/tei:encodingDesc/tei:editorialDecl">
        <div class="editorial-decl"><xsl:apply-templates select="node()" mode="decl"/></div>
      </xsl:for-each>
      <xsl:if test="$conventions-href != ''">
        <p><a href="{$conventions-href}">All editorial conventions of this edition</a></p>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- editorialDecl holds prose paragraphs, possibly inside correction, normalization, … -->
  <xsl:template match="tei:p" mode="decl"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:template>
  <xsl:template match="*" mode="decl"><xsl:apply-templates mode="decl"/></xsl:template>
  <xsl:template match="text()" mode="decl"/>

</xsl:stylesheet>
