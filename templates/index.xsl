<?xml version="1.0" encoding="UTF-8"?>
<!--
  index.xsl — index.html: every bulletin, newest first, with a colour-coded
  severity badge and a severity filter that works without JavaScript (radio
  buttons and CSS :checked).  Input: the <index> document (see
  templates/README.md).  Edit freely: hotfeed parses the output as HTML and
  keeps only safe elements and attributes (<style> is allowed here, scripts,
  event attributes, frames, forms and non-http(s) links never are).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="yes"
              doctype-system="about:legacy-compat"/>

  <xsl:template match="/index">
    <html lang="ja">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="title"/></title>
        <xsl:if test="icon"><link rel="icon" type="image/png" href="{icon}"/></xsl:if>
        <xsl:for-each select="feeds/feed">
          <link rel="alternate" type="application/rss+xml" title="{@title} (RSS)" href="{@rss}"/>
          <link rel="alternate" type="application/atom+xml" title="{@title} (Atom)" href="{@atom}"/>
          <link rel="alternate" type="application/feed+json" title="{@title} (JSON Feed)" href="{@json}"/>
        </xsl:for-each>
        <style>
body { font-family: "Noto Sans CJK JP", "IPAexGothic", "IPAPGothic", "IPAGothic", "Hiragino Sans", "Meiryo", sans-serif;
       margin: 0 auto; max-width: 60em; padding: 1em; color: #222; background: #fafafa; line-height: 1.6; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
.lead { color: #555; margin-top: 0; }
.feeds a { margin-right: .8em; }
.filter { position: absolute; opacity: 0; width: 1px; height: 1px; }
.filters { margin: 1em 0; }
.filters label { display: inline-block; padding: .25em .8em; margin: 0 .3em .3em 0; border: 1px solid #999;
                 border-radius: 1em; cursor: pointer; background: #fff; }
#f-all:checked ~ .filters label[for="f-all"],
#f-critical:checked ~ .filters label[for="f-critical"],
#f-important:checked ~ .filters label[for="f-important"],
#f-moderate:checked ~ .filters label[for="f-moderate"],
#f-low:checked ~ .filters label[for="f-low"],
#f-none:checked ~ .filters label[for="f-none"] { outline: 3px solid #333; font-weight: bold; }
#f-critical:checked ~ .list .bulletin:not(.sev-critical),
#f-important:checked ~ .list .bulletin:not(.sev-important),
#f-moderate:checked ~ .list .bulletin:not(.sev-moderate),
#f-low:checked ~ .list .bulletin:not(.sev-low),
#f-none:checked ~ .list .bulletin:not(.sev-none) { display: none; }
.bulletin { background: #fff; border: 1px solid #ddd; border-left: 6px solid #bbb; padding: .6em 1em;
            margin: 0 0 .8em; border-radius: 4px; }
.bulletin.sev-critical { border-left-color: #c62828; }
.bulletin.sev-important { border-left-color: #ef6c00; }
.bulletin.sev-moderate { border-left-color: #f9a825; }
.bulletin.sev-low { border-left-color: #1565c0; }
.bulletin h2 { font-size: 1.15em; margin: .2em 0; }
.badge { display: inline-block; padding: .05em .6em; border-radius: .3em; font-size: .9em;
         font-weight: bold; color: #fff; background: #777; margin-right: .5em; }
.badge.critical { background: #c62828; }
.badge.important { background: #ef6c00; }
.badge.moderate { background: #f9a825; color: #222; }
.badge.low { background: #1565c0; }
.meta { color: #555; font-size: .9em; margin: .2em 0; }
.meta span { margin-right: 1em; }
.summary { margin: .4em 0 0; }
.footer { color: #777; font-size: .85em; margin-top: 2em; }
        </style>
      </head>
      <body>
        <div class="header">
          <h1><xsl:value-of select="title"/></h1>
          <p class="lead"><xsl:value-of select="description"/></p>
          <p class="feeds">
            <xsl:for-each select="feeds/feed">
              <span>
                <xsl:value-of select="@title"/><xsl:text>: </xsl:text>
                <a href="{@rss}">RSS</a>
                <a href="{@atom}">Atom</a>
                <a href="{@json}">JSON Feed</a>
              </span>
            </xsl:for-each>
            <a href="catalogue.json">catalogue.json</a>
            <a href="feeds.opml">feeds.opml</a>
          </p>
        </div>
        <input type="radio" name="severity" id="f-all" class="filter" checked="checked"/>
        <xsl:for-each select="severities/severity">
          <input type="radio" name="severity" id="f-{@name}" class="filter"/>
        </xsl:for-each>
        <div class="filters">
          <span>深刻度で絞り込む: </span>
          <label for="f-all">すべて (<xsl:value-of select="bulletins/@count"/>)</label>
          <xsl:for-each select="severities/severity">
            <label for="f-{@name}" class="sev-{@name}">
              <span class="badge {@name}"><xsl:value-of select="@label"/></span>
              <xsl:text>(</xsl:text><xsl:value-of select="@count"/><xsl:text>)</xsl:text>
            </label>
          </xsl:for-each>
        </div>
        <div class="list">
          <xsl:apply-templates select="bulletins/bulletin"/>
          <xsl:if test="not(bulletins/bulletin)">
            <p>まだ公開された情報はありません。</p>
          </xsl:if>
        </div>
        <div class="footer">
          <xsl:text>最終更新 </xsl:text><xsl:value-of select="updated"/>
          <xsl:text> · </xsl:text><xsl:value-of select="generator"/>
        </div>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="bulletin">
    <xsl:variable name="sev">
      <xsl:choose>
        <xsl:when test="severity/name"><xsl:value-of select="severity/name"/></xsl:when>
        <xsl:otherwise>none</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <div class="bulletin sev-{$sev}" id="{@anchor}">
      <h2>
        <xsl:choose>
          <xsl:when test="severity">
            <span class="badge {severity/name}" title="深刻度"><xsl:value-of select="severity/label"/></span>
          </xsl:when>
          <xsl:otherwise><span class="badge none">未評価</span></xsl:otherwise>
        </xsl:choose>
        <xsl:choose>
          <xsl:when test="@source"><a href="{@source}"><xsl:value-of select="display-title"/></a></xsl:when>
          <xsl:otherwise><a href="#{@anchor}"><xsl:value-of select="display-title"/></a></xsl:otherwise>
        </xsl:choose>
      </h2>
      <p class="meta">
        <xsl:if test="id"><span class="id"><xsl:value-of select="id"/></span></xsl:if>
        <span>登録日 <span class="date" title="{@published}"><xsl:value-of select="substring(@published, 1, 10)"/></span></span>
        <span>更新日 <span class="date" title="{@updated}"><xsl:value-of select="substring(@updated, 1, 10)"/></span></span>
        <xsl:if test="kb/item">
          <span>KB<xsl:for-each select="kb/item"><xsl:text> </xsl:text><xsl:value-of select="."/></xsl:for-each></span>
        </xsl:if>
        <xsl:if test="supersedes/item">
          <span class="supersedes">置き換え<xsl:for-each select="supersedes/item"><xsl:text> </xsl:text><xsl:value-of select="."/></xsl:for-each></span>
        </xsl:if>
        <xsl:if test="exploit_code = 'true'"><span>攻撃コードあり</span></xsl:if>
        <xsl:if test="count(revisions/revision) &gt; 1">
          <span>第<xsl:value-of select="count(revisions/revision)"/>版</span>
        </xsl:if>
      </p>
      <xsl:if test="official_title">
        <p class="meta"><xsl:value-of select="official_title"/></p>
      </xsl:if>
      <xsl:if test="summary">
        <p class="summary">
          <xsl:choose>
            <xsl:when test="contains(summary, '&#10;&#10;')">
              <xsl:value-of select="substring-before(summary, '&#10;&#10;')"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="summary"/></xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:if>
    </div>
  </xsl:template>
</xsl:stylesheet>
