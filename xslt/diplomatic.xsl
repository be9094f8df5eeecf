<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry stylesheet: the document page in the diplomatic view only (views/diplomatic.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="page.xsl"/>
  <xsl:include href="views/diplomatic.xsl"/>

  <xsl:template name="view-before">
    <xsl:apply-templates select="." mode="diplomatic-before"/>
  </xsl:template>
  <xsl:template name="view-after">
    <xsl:apply-templates select="." mode="diplomatic-after"/>
  </xsl:template>

  <xsl:template name="view-forms">
    <xsl:param name="part"/>
    <xsl:apply-templates select="." mode="diplomatic"><xsl:with-param name="part" select="$part"/></xsl:apply-templates>
  </xsl:template>

</xsl:stylesheet>
