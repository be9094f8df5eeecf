<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit editorial layer: the per-view forms of editorial interventions (ENCODING.md, "Rendering").

  Each template emits the reading form in class "r" and the diplomatic form in class "d"
  (only the one asked for when $view is 'reading' or 'diplomatic'). The diplomatic form puts
  the source's markers back: [brackets], [SIC, …], [handwritten:], asterisk notes, page breaks.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="tei tk">

  <!-- Numbered notes that the diplomatic view shows after the block that holds their marker. -->
  <xsl:key name="notes-by-block"
      match="tei:note[@tk:num][not(@place = 'end')][not(@type = 'sic')]"
      use="generate-id(ancestor::*[self::tei:p or self::tei:ab or self::tei:head or self::tei:l or self::tei:item or self::tei:cell or self::tei:signed or self::tei:dateline or self::tei:salute or self::tei:trailer or self::tei:byline][1])"/>

  <!-- Anchors in the text of notes whose text stands elsewhere (the end of the document). -->
  <xsl:key name="note-anchors" match="tei:ref[@type = 'noteAnchor']" use="substring-after(@target, '#')"/>
  <xsl:key name="notes-by-id" match="tei:note[@tk:num]" use="@xml:id"/>

  <!-- ===== names ===== -->

  <xsl:template match="tei:persName[@tk:key] | tei:placeName[@tk:key]">
    <xsl:variable name="index">
      <xsl:choose>
        <xsl:when test="self::tei:persName"><xsl:value-of select="$persons-href"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$places-href"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="class" select="concat('name ', local-name(), substring(' uncertain', 1, 10 * (@cert = 'low' or @cert = 'medium')))"/>
    <xsl:choose>
      <xsl:when test="$index != '' and not(ancestor::tei:ref[@tk:href])">
        <a class="{$class}" href="{$index}#{@tk:key}">
          <xsl:if test="@tk:mention"><xsl:attribute name="id"><xsl:value-of select="@tk:mention"/></xsl:attribute></xsl:if>
          <xsl:apply-templates/>
          <xsl:call-template name="name-certainty"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="{$class}">
          <xsl:if test="@tk:mention"><xsl:attribute name="id"><xsl:value-of select="@tk:mention"/></xsl:attribute></xsl:if>
          <xsl:if test="@cert"><xsl:attribute name="tabindex">0</xsl:attribute></xsl:if>
          <xsl:apply-templates/>
          <xsl:call-template name="name-certainty"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="name-certainty">
    <xsl:if test="@cert">
      <span class="why"> (spelling <xsl:value-of select="@cert"/> certainty)</span>
    </xsl:if>
  </xsl:template>

  <!-- ===== choice and its members ===== -->

  <xsl:template match="tei:choice">
    <xsl:variable name="original" select="tei:orig | tei:sic | tei:abbr"/>
    <xsl:variable name="editorial" select="tei:reg | tei:corr | tei:expan"/>
    <xsl:choose>
      <xsl:when test="$original and $editorial">
        <xsl:if test="$show-reading"><span class="r"><xsl:apply-templates select="$editorial[1]"/></span></xsl:if>
        <xsl:if test="$show-diplomatic">
          <span class="d">
            <xsl:choose>
              <!-- The translator's form added after the printed one, in source order:
                   "Filippov [Stalin]", "CC [Central Committee]", "Korean Workers' Party [KWP]". -->
              <xsl:when test="count(*) = 2 and *[2][@resp]">
                <xsl:apply-templates select="*[1]/node()"/>
                <xsl:if test="substring(*[1], string-length(*[1])) != ' '"><xsl:text> </xsl:text></xsl:if>
                <xsl:text>[</xsl:text><xsl:apply-templates select="*[2]/node()"/><xsl:text>]</xsl:text>
              </xsl:when>
              <xsl:otherwise><xsl:apply-templates select="$original[1]/node()"/></xsl:otherwise>
            </xsl:choose>
          </span>
        </xsl:if>
        <xsl:apply-templates select="*[not(self::tei:orig or self::tei:sic or self::tei:abbr or self::tei:reg or self::tei:corr or self::tei:expan)]"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:reg | tei:corr">
    <xsl:variable name="what">
      <xsl:choose>
        <xsl:when test="self::tei:corr">corrected</xsl:when>
        <xsl:when test="parent::tei:persName or parent::tei:placeName or parent::tei:choice/parent::tei:persName">name in standard form, given</xsl:when>
        <xsl:otherwise>regularised</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="intervention">
      <xsl:with-param name="class" select="local-name()"/>
      <xsl:with-param name="what" select="$what"/>
      <xsl:with-param name="body">
        <xsl:call-template name="bracketed-in-diplomatic">
          <xsl:with-param name="brackets" select="not(parent::tei:choice)"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:supplied">
    <xsl:call-template name="intervention">
      <xsl:with-param name="class" select="'supplied'"/>
      <xsl:with-param name="what" select="'supplied'"/>
      <xsl:with-param name="body"><xsl:call-template name="bracketed-in-diplomatic"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The content, with "[" "]" around it in the diplomatic view only. -->
  <xsl:template name="bracketed-in-diplomatic">
    <xsl:param name="brackets" select="true()"/>
    <xsl:if test="$brackets and $show-diplomatic">
      <span class="d"><xsl:call-template name="rend-before"><xsl:with-param name="default" select="'['"/></xsl:call-template></span>
    </xsl:if>
    <xsl:apply-templates/>
    <xsl:if test="$brackets and $show-diplomatic">
      <span class="d"><xsl:call-template name="rend-after"><xsl:with-param name="default" select="']'"/></xsl:call-template></span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:sic">
    <xsl:call-template name="intervention">
      <xsl:with-param name="class" select="'sic'"/>
      <xsl:with-param name="what" select="'so in the original'"/>
      <xsl:with-param name="body">
        <xsl:apply-templates/>
        <xsl:if test="$show-diplomatic and not(parent::tei:choice)"><span class="d"> [sic]</span></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:orig | tei:abbr | tei:expan | tei:unclear">
    <span class="{local-name()}"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- ===== additions, deletions, gaps ===== -->

  <xsl:template match="tei:add">
    <xsl:variable name="hand" select="key('ids', substring-after(@hand, '#'))[1]"/>
    <xsl:call-template name="intervention">
      <xsl:with-param name="class" select="concat('add', substring(' hand', 1, 5 * boolean(@hand)))"/>
      <xsl:with-param name="what">
        <xsl:choose>
          <xsl:when test="@hand">
            <xsl:text>handwritten</xsl:text>
            <xsl:if test="$hand"><xsl:text>: </xsl:text><xsl:value-of select="normalize-space($hand)"/></xsl:if>
          </xsl:when>
          <xsl:otherwise>added<xsl:if test="@place"> (<xsl:value-of select="@place"/>)</xsl:if></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="body">
        <xsl:if test="@hand and $show-reading">
          <span class="r hand-label">handwritten</span><span class="r"><xsl:text> </xsl:text></span>
        </xsl:if>
        <xsl:if test="$show-diplomatic and (@hand or @rend)">
          <span class="d"><xsl:call-template name="rend-before"><xsl:with-param name="default" select="'[handwritten:] '"/></xsl:call-template></span>
        </xsl:if>
        <xsl:apply-templates/>
        <xsl:if test="$show-diplomatic and @rend">
          <span class="d"><xsl:call-template name="rend-after"/></span>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The source's literal markers from @rend: a template whose "{}" stands for the content
       ("[inserted by hand: {}]", "„{}“"), or the opening marker alone ("[Handwritten:]"). -->
  <!-- A brace the source printed is doubled in the template ("[a {{b}} {}]", see
       teikit/templates.py); such rare templates are read character by character. -->
  <xsl:template name="rend-before">
    <xsl:param name="default"/>
    <xsl:choose>
      <xsl:when test="contains(@rend, '{{') or contains(@rend, '}}')">
        <xsl:call-template name="template-part"><xsl:with-param name="rest" select="@rend"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="contains(@rend, '{}')"><xsl:value-of select="substring-before(@rend, '{}')"/></xsl:when>
      <xsl:when test="@rend"><xsl:value-of select="concat(@rend, ' ')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$default"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="rend-after">
    <xsl:param name="default"/>
    <xsl:choose>
      <xsl:when test="contains(@rend, '{{') or contains(@rend, '}}')">
        <xsl:call-template name="template-part">
          <xsl:with-param name="rest" select="@rend"/>
          <xsl:with-param name="after" select="true()"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="contains(@rend, '{}')"><xsl:value-of select="substring-after(@rend, '{}')"/></xsl:when>
      <xsl:when test="@rend"/>
      <xsl:otherwise><xsl:value-of select="$default"/></xsl:otherwise>
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

  <!-- Deleted text belongs to the original's surface: the diplomatic view shows it struck. -->
  <xsl:template match="tei:del">
    <xsl:if test="$show-diplomatic"><del class="d"><xsl:apply-templates/></del></xsl:if>
  </xsl:template>

  <xsl:template match="tei:gap">
    <xsl:call-template name="intervention">
      <xsl:with-param name="class" select="concat('gap ', @reason)"/>
      <xsl:with-param name="what">
        <xsl:choose>
          <xsl:when test="@reason = 'illegible'">illegible</xsl:when>
          <xsl:when test="@reason = 'editorial'">omitted by the editor</xsl:when>
          <xsl:otherwise>gap</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="tei:desc">: <xsl:value-of select="normalize-space(tei:desc)"/></xsl:if>
      </xsl:with-param>
      <xsl:with-param name="body">
        <xsl:if test="$show-reading">
          <span class="r">
            <xsl:choose>
              <xsl:when test="@reason = 'illegible'">[illegible]</xsl:when>
              <xsl:otherwise>[…]</xsl:otherwise>
            </xsl:choose>
          </span>
        </xsl:if>
        <xsl:if test="$show-diplomatic"><span class="d"><xsl:call-template name="gap-as-in-source"/></span></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- "[illegible signature]", "[2 words illegible]", "[…]", or the literal marker in @rend. -->
  <xsl:template name="gap-as-in-source">
    <xsl:choose>
      <xsl:when test="contains(@rend, '{{') or contains(@rend, '}}')">
        <xsl:call-template name="template-part"><xsl:with-param name="rest" select="@rend"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="@rend"><xsl:value-of select="@rend"/></xsl:when>
      <xsl:when test="@reason = 'illegible' and tei:desc">[illegible <xsl:value-of select="normalize-space(tei:desc)"/>]</xsl:when>
      <xsl:when test="@reason = 'illegible' and @quantity">[<xsl:value-of select="@quantity"/><xsl:text> </xsl:text><xsl:value-of select="@unit"/><xsl:if test="@quantity != 1">s</xsl:if> illegible]</xsl:when>
      <xsl:when test="@reason = 'illegible'">[illegible]</xsl:when>
      <xsl:otherwise>[…]</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A break separates words unless @break="no": the reading view keeps that space. -->
  <xsl:template match="tei:pb | tei:cb | tei:milestone">
    <xsl:if test="$show-reading and not(@break = 'no')"><span class="r"><xsl:text> </xsl:text></span></xsl:if>
    <xsl:if test="$show-diplomatic">
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
    </xsl:if>
  </xsl:template>

  <!-- ===== notes ===== -->

  <!-- Furniture of the document (receipt and registry notes): where it stands, in both views. -->
  <xsl:template match="tei:note[not(@tk:num)][not(@place = 'inline')]">
    <div class="note {@type}"><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="tei:note[@place = 'inline'][not(@tk:num)]">
    <xsl:call-template name="intervention">
      <xsl:with-param name="class" select="concat('note-inline ', @type)"/>
      <xsl:with-param name="what">
        <xsl:choose>
          <xsl:when test="@type = 'original-wording'">original wording</xsl:when>
          <xsl:otherwise>note</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="body">[<xsl:apply-templates/>]</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A numbered note: a footnote mark in the reading view; in the diplomatic view the source's
       own mark (here) and text (after the block, or inline for [SIC, …]). -->
  <!-- A note's anchor: the footnote mark of the reading view; the source's mark otherwise. -->
  <xsl:template match="tei:ref[@type = 'noteAnchor']">
    <xsl:variable name="note" select="key('notes-by-id', substring-after(@target, '#'))[1]"/>
    <xsl:choose>
      <xsl:when test="$note">
        <xsl:if test="$show-reading">
          <a class="r fn-ref" id="fnref-{$note/@tk:num}" href="#fn-{$note/@tk:num}" aria-label="note {$note/@tk:num}"><sup><xsl:value-of select="$note/@tk:num"/></sup></a>
        </xsl:if>
        <xsl:if test="$show-diplomatic"><span class="d note-mark"><xsl:call-template name="rend-before"><xsl:with-param name="default" select="'['"/></xsl:call-template><xsl:apply-templates/><xsl:call-template name="rend-after"><xsl:with-param name="default" select="']'"/></xsl:call-template></span></xsl:if>
      </xsl:when>
      <xsl:otherwise><sup class="note-mark"><xsl:apply-templates/></sup></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An anchored note stands where the source printed its text: the diplomatic view shows it
       there; the reading view lists it with the footnotes. -->
  <xsl:template match="tei:note[@tk:num][@xml:id][key('note-anchors', @xml:id)]" priority="2">
    <xsl:if test="$show-diplomatic">
      <div class="d dipl-note">
        <xsl:call-template name="source-mark"/>
        <xsl:if test="not(tei:seg[@type = 'marker'])"><xsl:text> </xsl:text></xsl:if>
        <xsl:apply-templates/>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:note[@tk:num]">
    <xsl:if test="$show-reading">
      <a class="r fn-ref" id="fnref-{@tk:num}" href="#fn-{@tk:num}" aria-label="note {@tk:num}"><sup><xsl:value-of select="@tk:num"/></sup></a>
    </xsl:if>
    <xsl:if test="$show-diplomatic">
      <xsl:choose>
        <xsl:when test="@type = 'sic'">
          <span class="d note-sic"> [SIC, <xsl:apply-templates/>]</span>
        </xsl:when>
        <xsl:otherwise>
          <span class="d note-mark"><xsl:call-template name="source-mark"/></span>
          <xsl:if test="not(@place = 'end') and not(ancestor::*[self::tei:p or self::tei:ab or self::tei:head or self::tei:l or self::tei:item or self::tei:cell or self::tei:signed or self::tei:dateline or self::tei:salute or self::tei:trailer or self::tei:byline])">
            <span class="d dipl-note"><xsl:apply-templates/></span>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- The note's own mark as the source printed it: shown where the source had it. -->
  <xsl:template match="tei:note/tei:seg[@type = 'marker']">
    <xsl:if test="$show-diplomatic"><span class="d marker"><xsl:call-template name="rend-before"><xsl:with-param name="default" select="'['"/></xsl:call-template><xsl:apply-templates/><xsl:call-template name="rend-after"><xsl:with-param name="default" select="']'"/></xsl:call-template></span></xsl:if>
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

  <xsl:template name="notes-after-block">
    <xsl:if test="$show-diplomatic">
      <xsl:for-each select="key('notes-by-block', generate-id())">
        <span class="d dipl-note">
          <xsl:call-template name="source-mark"/>
          <xsl:if test="not(tei:seg[@type = 'marker'])"><xsl:text> </xsl:text></xsl:if>
          <xsl:apply-templates/>
        </span>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- The reading view's numbered footnotes, each with a link back to its mark. -->
  <xsl:template name="footnotes">
    <xsl:param name="notes"/>
    <xsl:if test="$show-reading and $notes">
      <section class="footnotes r" aria-labelledby="notes-heading">
        <h3 id="notes-heading">Notes</h3>
        <ol>
          <xsl:for-each select="$notes">
            <li id="fn-{@tk:num}" value="{@tk:num}">
              <xsl:if test="@type = 'sic'"><span class="note-label">Sic: </span></xsl:if>
              <xsl:apply-templates/>
              <xsl:text> </xsl:text>
              <a class="backlink" href="#fnref-{@tk:num}" aria-label="back to the mark of note {@tk:num}">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Diplomatic view: notes whose text stood at the end of the source. -->
  <xsl:template name="end-notes">
    <xsl:param name="notes"/>
    <xsl:if test="$show-diplomatic and $notes">
      <div class="d end-notes">
        <xsl:for-each select="$notes">
          <p>
            <xsl:call-template name="source-mark"/>
            <xsl:if test="not(tei:seg[@type = 'marker'])"><xsl:text> </xsl:text></xsl:if>
            <xsl:apply-templates/>
          </p>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
