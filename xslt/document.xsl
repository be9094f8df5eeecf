<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet: the document page with both views, switched with CSS alone (radio
  buttons; #reading and #diplomatic in the URL choose one too). A project restyles by
  importing this file and overriding templates or parameters.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="tei tk">

  <xsl:import href="page.xsl"/>
  <xsl:include href="views/reading.xsl"/>
  <xsl:include href="views/diplomatic.xsl"/>

  <xsl:template name="view-before">
    <xsl:apply-templates select="." mode="reading-before"/>
    <xsl:apply-templates select="." mode="diplomatic-before"/>
  </xsl:template>
  <xsl:template name="view-after">
    <xsl:apply-templates select="." mode="reading-after"/>
    <xsl:apply-templates select="." mode="diplomatic-after"/>
  </xsl:template>

  <xsl:template name="view-forms">
    <xsl:param name="part"/>
    <xsl:apply-templates select="." mode="reading"><xsl:with-param name="part" select="$part"/></xsl:apply-templates>
    <xsl:apply-templates select="." mode="diplomatic"><xsl:with-param name="part" select="$part"/></xsl:apply-templates>
  </xsl:template>

  <!-- Only where the views differ (the pre-pass says so, tk:views-differ). Neither radio is checked at first: the reading view shows, unless the address ends in
       #diplomatic. A checked radio then wins over the address. -->
  <xsl:template name="view-switch">
    <xsl:if test="/*/@tk:views-differ">
      <span id="reading" class="view-anchor"></span>
      <span id="diplomatic" class="view-anchor"></span>
      <fieldset class="view-switch">
        <legend>View</legend>
        <input type="radio" name="view" id="view-reading" value="reading"/>
        <label for="view-reading">Reading</label>
        <input type="radio" name="view" id="view-diplomatic" value="diplomatic"/>
        <label for="view-diplomatic">Diplomatic</label>
      </fieldset>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
