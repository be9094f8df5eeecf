<?xml version="1.0" encoding="UTF-8"?>
<!--
  The diplomatic view (mode "diplomatic"): the source's own markers put back. [Brackets]
  around supplied words and given names ("?" where the translator doubted), [SIC, …],
  [handwritten:], gaps as the source printed them, the source's note marks with the note text
  where the source had it, page breaks as ‖. Everything this view adds stands in class "d".
  Modes and parts as in views/reading.xsl ("diplomatic-before", "diplomatic-after",
  "diplomatic").
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="tei tk">

  <!-- After a block: the numbered notes whose marks it holds, as the source printed them. -->
  <xsl:template match="* | /" mode="diplomatic" priority="-10">
    <xsl:param name="part"/>
    <xsl:if test="$part = 'block-end'">
      <xsl:for-each select=".//tei:note[@tk:num][not(@place = 'end')][not(@type = 'sic')][generate-id(ancestor::*[self::tei:p or self::tei:ab or self::tei:head or self::tei:l or self::tei:item or self::tei:cell or self::tei:signed or self::tei:dateline or self::tei:salute or self::tei:trailer or self::tei:byline][1]) = generate-id(current())]">
        <xsl:call-template name="explained-note">
          <xsl:with-param name="class" select="'d dipl-note'"/>
          <xsl:with-param name="body">
            <xsl:call-template name="source-mark"/>
            <xsl:if test="not(tei:seg[@type = 'marker'])"><xsl:text> </xsl:text></xsl:if>
            <xsl:apply-templates/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- The translator's form after the printed one, in source order: "Filippov [Stalin]",
       "CC [Central Committee]", "Korean Workers' Party [KWP]"; else the printed form. -->
  <xsl:template match="tei:choice" mode="diplomatic">
    <span class="d">
      <xsl:choose>
        <xsl:when test="count(*) = 2 and *[2][@resp]">
          <xsl:apply-templates select="*[1]/node()"/>
          <xsl:if test="substring(*[1], string-length(*[1])) != ' '"><xsl:text> </xsl:text></xsl:if>
          <xsl:for-each select="*[2]">
            <xsl:call-template name="rend-before"><xsl:with-param name="default" select="'['"/></xsl:call-template>
            <xsl:apply-templates/>
            <xsl:call-template name="bracket-after"/>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates select="(tei:orig | tei:sic | tei:abbr)[1]/node()"/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template match="*" mode="diplomatic-before" priority="-10"/>
  <xsl:template match="*" mode="diplomatic-after" priority="-10"/>

  <!-- Brackets around supplied words and given names (not around a choice's member, whose
       brackets the choice writes); a "?" inside them where the translator doubted. -->
  <xsl:template match="tei:supplied | tei:reg[not(parent::tei:choice)] | tei:corr[not(parent::tei:choice)]" mode="diplomatic-before">
    <span class="d"><xsl:call-template name="rend-before"><xsl:with-param name="default" select="'['"/></xsl:call-template></span>
  </xsl:template>
  <xsl:template match="tei:supplied | tei:reg[not(parent::tei:choice)] | tei:corr[not(parent::tei:choice)]" mode="diplomatic-after">
    <span class="d"><xsl:call-template name="bracket-after"/></span>
  </xsl:template>
  <!-- The bracket's close as printed ("?]", "][?]" where the translator doubted). -->
  <xsl:template name="bracket-after">
    <xsl:choose>
      <xsl:when test="@cert = 'low' and not(@rend)">?]</xsl:when>
      <xsl:otherwise><xsl:call-template name="rend-after"><xsl:with-param name="default" select="']'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A doubted reading's mark after it ("army [?]"), a tentative one's around it
       ("[illegible: Kim?]"), as printed. -->
  <xsl:template match="tei:unclear" mode="diplomatic-before">
    <span class="d"><xsl:call-template name="rend-before"><xsl:with-param name="default" select="substring('[illegible: ', 1, 12 * (@reason = 'illegible'))"/></xsl:call-template></span>
  </xsl:template>
  <xsl:template match="tei:unclear" mode="diplomatic-after">
    <span class="d"><xsl:call-template name="rend-after"><xsl:with-param name="default" select="substring(' [?]]', 1 + 4 * (@reason = 'illegible'), 4 - 3 * (@reason = 'illegible'))"/></xsl:call-template></span>
  </xsl:template>

  <xsl:template match="tei:sic[not(parent::tei:choice)]" mode="diplomatic-after">
    <span class="d"> [sic]</span>
  </xsl:template>

  <xsl:template match="tei:add[@hand or @rend]" mode="diplomatic-before">
    <xsl:variable name="label">
      <xsl:text>[handwritten</xsl:text>
      <xsl:if test="@place">, <xsl:call-template name="place-words"/></xsl:if>
      <xsl:text>:] </xsl:text>
    </xsl:variable>
    <span class="d"><xsl:call-template name="rend-before"><xsl:with-param name="default" select="string($label)"/></xsl:call-template></span>
  </xsl:template>
  <xsl:template match="tei:add[@rend]" mode="diplomatic-after">
    <span class="d"><xsl:call-template name="rend-after"/></span>
  </xsl:template>

  <xsl:template match="tei:del" mode="diplomatic">
    <del class="d"><xsl:apply-templates/></del>
  </xsl:template>

  <!-- "[illegible signature]", "[2 words illegible]", "[torn]", "[…]", or the literal marker. -->
  <xsl:template match="tei:gap" mode="diplomatic">
    <span class="d">
      <xsl:choose>
        <xsl:when test="contains(@rend, '{{') or contains(@rend, '}}')">
          <xsl:call-template name="template-part"><xsl:with-param name="rest" select="@rend"/></xsl:call-template>
        </xsl:when>
        <xsl:when test="@rend"><xsl:value-of select="@rend"/></xsl:when>
        <xsl:when test="@reason = 'illegible' and tei:desc">[illegible <xsl:value-of select="normalize-space(tei:desc)"/>]</xsl:when>
        <xsl:when test="@reason = 'illegible' and @quantity">[<xsl:value-of select="@quantity"/><xsl:text> </xsl:text><xsl:value-of select="@unit"/><xsl:if test="@quantity != 1">s</xsl:if> illegible]</xsl:when>
        <xsl:when test="@reason = 'illegible'">[illegible]</xsl:when>
        <xsl:when test="tei:desc">[<xsl:value-of select="normalize-space(tei:desc)"/>]</xsl:when>
        <xsl:otherwise>[…]</xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template match="tei:pb | tei:cb | tei:milestone" mode="diplomatic">
    <span class="d pb">
      <xsl:text>‖</xsl:text>
      <span class="visually-hidden">
        <xsl:text> </xsl:text>
        <xsl:choose>
          <xsl:when test="self::tei:pb"><xsl:value-of select="$page-break-label"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="local-name()"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text> </xsl:text>
      </span>
      <xsl:if test="@n"><xsl:value-of select="@n"/></xsl:if>
    </span>
  </xsl:template>

  <!-- A word the line's end broke, as the page printed it: its hyphen, then the line's end. -->
  <xsl:template match="tei:pc[@force = 'inter']" mode="diplomatic"><span class="d">-</span></xsl:template>
  <xsl:template match="tei:lb[@break = 'no']" mode="diplomatic"><br class="d"/></xsl:template>

  <xsl:template match="tei:q | tei:said" mode="diplomatic-before"><span class="d">"</span></xsl:template>
  <xsl:template match="tei:q | tei:said" mode="diplomatic-after"><span class="d">"</span></xsl:template>

  <!-- Notes: the source's mark here; the text where the source printed it. -->
  <xsl:template match="tei:ref[@type = 'noteAnchor']" mode="diplomatic">
    <xsl:choose>
      <xsl:when test="key('ids', substring-after(@target, '#'))[self::tei:note][@tk:num]">
        <span class="d note-mark"><xsl:call-template name="bracketed-mark"/></span>
      </xsl:when>
      <xsl:otherwise><sup class="d note-mark"><xsl:apply-templates/></sup></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:note/tei:seg[@type = 'marker']" mode="diplomatic">
    <span class="d marker"><xsl:call-template name="bracketed-mark"/></span>
  </xsl:template>

  <xsl:template name="bracketed-mark">
    <xsl:call-template name="rend-before"><xsl:with-param name="default" select="'['"/></xsl:call-template>
    <xsl:apply-templates/>
    <xsl:call-template name="rend-after"><xsl:with-param name="default" select="']'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:note[@tk:num]" mode="diplomatic">
    <xsl:choose>
      <!-- An anchored note stands where the source printed its text. -->
      <xsl:when test="@tk:anchored">
        <div class="d dipl-note">
          <xsl:apply-templates select="@xml:lang" mode="attribute"/>
          <xsl:call-template name="source-mark"/>
          <xsl:if test="not(tei:seg[@type = 'marker'])"><xsl:text> </xsl:text></xsl:if>
          <xsl:apply-templates/>
        </div>
      </xsl:when>
      <xsl:when test="@type = 'sic'">
        <xsl:text> </xsl:text>
        <xsl:call-template name="explained-note">
          <xsl:with-param name="class" select="'d note-sic'"/>
          <xsl:with-param name="body">[SIC, <xsl:apply-templates/>]</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <span class="d note-mark"><xsl:call-template name="source-mark"/></span>
        <xsl:if test="not(@place = 'end') and not(ancestor::*[self::tei:p or self::tei:ab or self::tei:head or self::tei:l or self::tei:item or self::tei:cell or self::tei:signed or self::tei:dateline or self::tei:salute or self::tei:trailer or self::tei:byline])">
          <span class="d dipl-note"><xsl:apply-templates select="@xml:lang" mode="attribute"/><xsl:apply-templates/></span>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A note printed as the source had it, which says on hover, focus or tap who wrote it. -->
  <xsl:template name="explained-note">
    <xsl:param name="class"/>
    <xsl:param name="body"/>
    <xsl:choose>
      <xsl:when test="@resp">
        <xsl:call-template name="intervention">
          <xsl:with-param name="class" select="$class"/>
          <xsl:with-param name="what">
            <xsl:choose>
              <xsl:when test="@type = 'sic'">note on an error in the original</xsl:when>
              <xsl:otherwise>note</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="body" select="$body"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><span class="{$class}"><xsl:copy-of select="$body"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- After the text: notes whose text stood at the end of the source. Legend cells. -->
  <xsl:template match="/" mode="diplomatic">
    <xsl:param name="part"/>
    <xsl:choose>
      <xsl:when test="$part = 'text-end'">
        <xsl:variable name="notes" select="$texts//tei:note[@tk:num][@place = 'end'][not(@tk:anchored)]"/>
        <xsl:if test="$notes">
          <div class="d end-notes">
            <xsl:for-each select="$notes">
              <p>
                <xsl:apply-templates select="@xml:lang" mode="attribute"/>
                <xsl:call-template name="source-mark"/>
                <xsl:if test="not(tei:seg[@type = 'marker'])"><xsl:text> </xsl:text></xsl:if>
                <xsl:apply-templates/>
              </p>
            </xsl:for-each>
          </div>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$part = 'legend-head'"><th scope="col">Diplomatic view</th></xsl:when>
      <xsl:when test="$part = 'legend supplied'"><td>[word]</td></xsl:when>
      <xsl:when test="$part = 'legend reg'"><td>[Name]</td></xsl:when>
      <xsl:when test="$part = 'legend hand'"><td>[handwritten:] text</td></xsl:when>
      <xsl:when test="$part = 'legend sic'"><td>[SIC, …]</td></xsl:when>
      <xsl:when test="$part = 'legend gap'"><td>as in the source</td></xsl:when>
      <xsl:when test="$part = 'legend note'"><td>the source's mark (such as *) and the note where the source had it</td></xsl:when>
      <xsl:when test="$part = 'legend pb'"><td>‖</td></xsl:when>
      <xsl:when test="$part = 'legend cert'"><td><span class="uncertain">wavy underline</span>; [Name?]</td></xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
