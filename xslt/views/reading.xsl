<?xml version="1.0" encoding="UTF-8"?>
<!--
  The reading view (mode "reading"): the text as the translator and editors mean it to be read.
  Supplied words and regularised names plainly, but marked; handwritten additions labelled;
  gaps in words ([illegible], […]); numbered notes as footnotes with back-links; page breaks
  as a quiet mark. Everything this view adds stands in class "r", so a page that shows several
  views can hide it.

  The shared templates call this mode with a part: 'before' and 'after' (marks around an
  element's content), 'content' (the element's whole form), 'block-end' (after a block),
  'text-end' (after the text, on the root), 'legend-head' and 'legend KEY' (legend cells).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="tei tk">

  <!-- What this view does not change: nothing. -->
  <xsl:template match="* | /" mode="reading" priority="-10">
    <xsl:param name="part"/>
  </xsl:template>

  <xsl:template match="tei:choice" mode="reading">
    <span class="r"><xsl:apply-templates select="(tei:reg | tei:corr | tei:expan)[1]"/></span>
  </xsl:template>

  <xsl:template match="tei:add[@hand]" mode="reading">
    <xsl:param name="part"/>
    <xsl:if test="$part = 'before'">
      <span class="r hand-label">handwritten<xsl:if test="@place">, <xsl:call-template name="place-words"/></xsl:if></span>
      <span class="r"><xsl:text> </xsl:text></span>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:add[@place][not(@hand)]" mode="reading">
    <xsl:param name="part"/>
    <xsl:if test="$part = 'before'">
      <span class="r hand-label">added <xsl:call-template name="place-words"/></span>
      <span class="r"><xsl:text> </xsl:text></span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:gap" mode="reading">
    <span class="r">
      <xsl:choose>
        <xsl:when test="@reason = 'illegible'">[illegible]</xsl:when>
        <xsl:when test="@reason = 'damage'">[damaged]</xsl:when>
        <xsl:when test="@reason = 'redacted'">[redacted]</xsl:when>
        <xsl:otherwise>[…]</xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- A quiet mark where a page ends; the space between the words stays. -->
  <xsl:template match="tei:pb" mode="reading">
    <span class="r pb-mark" aria-hidden="true"></span>
    <xsl:if test="not(@break = 'no')"><span class="r"><xsl:text> </xsl:text></span></xsl:if>
  </xsl:template>
  <xsl:template match="tei:cb | tei:milestone" mode="reading">
    <xsl:if test="not(@break = 'no')"><span class="r"><xsl:text> </xsl:text></span></xsl:if>
  </xsl:template>

  <xsl:template match="tei:q[not(contains(@rend, '{}'))] | tei:said[not(contains(@rend, '{}'))]" mode="reading">
    <xsl:param name="part"/>
    <span class="r"><xsl:choose><xsl:when test="$part = 'before'">“</xsl:when><xsl:otherwise>”</xsl:otherwise></xsl:choose></span>
  </xsl:template>

  <!-- Notes: a footnote mark here, the text in the footnotes. -->
  <xsl:template match="tei:ref[@type = 'noteAnchor']" mode="reading">
    <xsl:variable name="note" select="key('notes-by-id', substring-after(@target, '#'))[1]"/>
    <xsl:choose>
      <xsl:when test="$note">
        <xsl:for-each select="$note"><xsl:call-template name="footnote-mark"/></xsl:for-each>
      </xsl:when>
      <xsl:otherwise><sup class="r note-mark"><xsl:apply-templates/></sup></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:note[@tk:num]" mode="reading">
    <xsl:if test="not(@xml:id and key('note-anchors', @xml:id))"><xsl:call-template name="footnote-mark"/></xsl:if>
  </xsl:template>
  <xsl:template name="footnote-mark">
    <a class="r fn-ref" id="fnref-{@tk:num}" href="#fn-{@tk:num}" aria-label="note {@tk:num}"><sup><xsl:value-of select="@tk:num"/></sup></a>
  </xsl:template>

  <!-- After the text: the numbered footnotes, each with a link back to its mark. The legend's
       cells for this view. -->
  <xsl:template match="/" mode="reading">
    <xsl:param name="part"/>
    <xsl:choose>
      <xsl:when test="$part = 'text-end'">
        <xsl:variable name="notes" select="$texts//tei:note[@tk:num]"/>
        <xsl:if test="$notes">
          <section class="footnotes r" aria-labelledby="notes-heading">
            <h3 id="notes-heading">Notes</h3>
            <ol>
              <xsl:for-each select="$notes">
                <li id="fn-{@tk:num}" value="{@tk:num}">
                  <xsl:call-template name="lang"/>
                  <xsl:call-template name="note-label"/>
                  <xsl:apply-templates/>
                  <xsl:text> </xsl:text>
                  <a class="backlink" href="#fnref-{@tk:num}" aria-label="back to the mark of note {@tk:num}">↩</a>
                </li>
              </xsl:for-each>
            </ol>
          </section>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$part = 'legend-head'"><th scope="col">Reading view</th></xsl:when>
      <xsl:when test="$part = 'legend supplied'"><td><span class="iv supplied">word</span> (dotted underline; [word] in print)</td></xsl:when>
      <xsl:when test="$part = 'legend reg'"><td><span class="iv reg">Name</span> (dashed underline; ⟨Name⟩ in print)</td></xsl:when>
      <xsl:when test="$part = 'legend hand'"><td><span class="hand-label">handwritten</span> text</td></xsl:when>
      <xsl:when test="$part = 'legend sic'"><td>a numbered note</td></xsl:when>
      <xsl:when test="$part = 'legend gap'"><td>[illegible], [damaged], […]</td></xsl:when>
      <xsl:when test="$part = 'legend note'"><td>a numbered footnote with a link back</td></xsl:when>
      <xsl:when test="$part = 'legend pb'"><td>a thin bar in the margin of the line</td></xsl:when>
      <xsl:when test="$part = 'legend cert'"><td><span class="uncertain">wavy underline</span></td></xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
