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

  <xsl:template name="view-forms">
    <xsl:param name="part"/>
    <xsl:apply-templates select="." mode="reading"><xsl:with-param name="part" select="$part"/></xsl:apply-templates>
    <xsl:apply-templates select="." mode="diplomatic"><xsl:with-param name="part" select="$part"/></xsl:apply-templates>
  </xsl:template>

  <!-- Elements whose form differs between the views: without any, one view is shown. -->
  <xsl:key name="differs" match="tei:supplied | tei:reg | tei:corr | tei:sic | tei:add[@hand or @rend or @place] | tei:del | tei:gap | tei:pb | tei:note[@tk:num] | tei:ref[@type = 'noteAnchor'] | tei:choice | tei:q | tei:said" use="'yes'"/>

  <!-- Neither radio is checked at first: the reading view shows, unless the address ends in
       #diplomatic. A checked radio then wins over the address. -->
  <xsl:template name="view-switch">
    <xsl:if test="key('differs', 'yes')">
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
