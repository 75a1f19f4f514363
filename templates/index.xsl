<?xml version="1.0" encoding="UTF-8"?>
<!--
  index.xsl — the index pages: index.html (the newest bulletins), the year
  pages (index-2005.html, index-2005-2.html …) and search.html (every
  bulletin on one line).  One <index> document per page, /index/@kind says
  which (see templates/README.md):
    first, year  cards with a colour-coded severity badge, navigation (years,
                 pages, newer/older), a severity and a product/platform
                 filter that work without JavaScript (radio buttons and CSS
                 :checked), and a search form leading to search.html;
    search       the shell of search.html: its rows go into the empty
                 element whose last attribute is id="hf-rows";
    rows         search.html's rows for the bulletins of one year page.
  Edit freely: hotfeed parses the output as HTML and keeps only safe
  elements and attributes (<style>, GET forms and <script src="NAME.js">
  of a file beside the page are allowed here; inline scripts, event
  attributes, frames and non-http(s) links never are).
  hotfeed:cards-stand-alone — this says that each card (match="bulletin")
  is one <div class="bulletin sev-NAME CLASSES"> with no <div> inside,
  made from the card alone (not its position, its neighbours or the page),
  so hotfeed may assemble a page from each card's HTML kept from an
  earlier publish.  Remove this line if a card of yours does not keep that.
  hotfeed:rows-stand-alone — this says the same of each row of search.html
  (match="bulletin" mode="row"): one <li class="bulletin sev-NAME CLASSES">
  with no <li> inside, made from the card, /index/@page and the names in
  /index/filters alone (not its position or its neighbours), so hotfeed may
  assemble search.html from each row's HTML kept from an earlier publish.
  Remove this line if a row of yours does not keep that.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="yes"
              doctype-system="about:legacy-compat"/>

  <xsl:template match="/index[@kind = 'rows']" priority="2">
    <xsl:apply-templates select="bulletins/bulletin" mode="row"/>
  </xsl:template>

  <xsl:template match="/index">
    <html lang="ja">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:value-of select="title"/>
          <xsl:if test="nav/@year">
            <xsl:text> — </xsl:text><xsl:value-of select="nav/@year"/><xsl:text>年</xsl:text>
            <xsl:if test="nav/@pages &gt; 1">
              <xsl:text> (</xsl:text><xsl:value-of select="nav/@page"/>/<xsl:value-of select="nav/@pages"/><xsl:text>)</xsl:text>
            </xsl:if>
          </xsl:if>
          <xsl:if test="@kind = 'search'"><xsl:text> — 検索</xsl:text></xsl:if>
        </title>
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
h1 a { color: inherit; text-decoration: none; }
.lead { color: #555; margin-top: 0; }
.feeds a { margin-right: .8em; }
.nav { margin: .6em 0; }
.nav a, .nav strong { display: inline-block; margin: 0 .5em .2em 0; }
.nav .count { color: #777; font-size: .85em; }
.search input[type="search"] { width: 22em; max-width: 70%; padding: .2em .4em; }
.filter { position: absolute; opacity: 0; width: 1px; height: 1px; }
.filters { margin: 1em 0; }
.filters label { display: inline-block; padding: .25em .8em; margin: 0 .3em .3em 0; border: 1px solid #999;
                 border-radius: 1em; cursor: pointer; background: #fff; }
.filters .more { border-style: dashed; }
.filters .more::after { content: " ▸"; }
#f-more:checked ~ .filters .more::after { content: " ▾"; }
.filters .products { display: none; margin-top: .4em; }
#f-more:checked ~ .filters .products { display: block; }
#f-all:checked ~ .filters label[for="f-all"],
#f-critical:checked ~ .filters label[for="f-critical"],
#f-important:checked ~ .filters label[for="f-important"],
#f-moderate:checked ~ .filters label[for="f-moderate"],
#f-low:checked ~ .filters label[for="f-low"],
#f-none:checked ~ .filters label[for="f-none"],
#f-pall:checked ~ .filters label[for="f-pall"] { outline: 3px solid #333; font-weight: bold; }
#f-critical:checked ~ .list .bulletin:not(.sev-critical),
#f-important:checked ~ .list .bulletin:not(.sev-important),
#f-moderate:checked ~ .list .bulletin:not(.sev-moderate),
#f-low:checked ~ .list .bulletin:not(.sev-low),
#f-none:checked ~ .list .bulletin:not(.sev-none) { display: none; }
<xsl:for-each select="filters/filter">
#f-<xsl:value-of select="@class"/>:checked ~ .filters label[for="f-<xsl:value-of select="@class"/>"] { outline: 3px solid #333; font-weight: bold; }
#f-<xsl:value-of select="@class"/>:checked ~ .list .bulletin:not(.<xsl:value-of select="@class"/>) { display: none; }
</xsl:for-each>
.bulletin { background: #fff; border: 1px solid #ddd; border-left: 6px solid #bbb; padding: .6em 1em;
            margin: 0 0 .8em; border-radius: 4px; }
.bulletin.sev-critical { border-left-color: #c62828; }
.bulletin.sev-important { border-left-color: #ef6c00; }
.bulletin.sev-moderate { border-left-color: #f9a825; }
.bulletin.sev-low { border-left-color: #1565c0; }
.bulletin:target { box-shadow: 0 0 0 3px #333; }
.bulletin h2 { font-size: 1.15em; margin: .2em 0; }
.rows { padding: 0; }
.rows .bulletin { list-style: none; padding: .15em .6em; margin: 0 0 .25em; font-size: .92em; }
.rows .bulletin span { margin-right: .8em; }
.rows .pl { color: #555; font-size: .9em; }
[hidden] { display: none !important; }
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
        <xsl:if test="@kind = 'search'"><script src="search.js" defer="defer"></script></xsl:if>
      </head>
      <body>
        <div class="header">
          <h1><a href="{nav/@first}"><xsl:value-of select="title"/></a></h1>
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
        <form class="search" action="{nav/@search}" method="get" role="search">
          <input type="search" name="q" id="hf-q" placeholder="ID・KB 番号・タイトル・製品" autocomplete="off"/>
          <xsl:text> </xsl:text>
          <input type="submit" value="検索"/>
        </form>
        <xsl:apply-templates select="nav"/>
        <input type="radio" name="severity" id="f-all" class="filter" checked="checked"/>
        <xsl:for-each select="severities/severity">
          <input type="radio" name="severity" id="f-{@name}" class="filter"/>
        </xsl:for-each>
        <input type="checkbox" id="f-more" class="filter"/>
        <input type="radio" name="product" id="f-pall" class="filter" checked="checked"/>
        <xsl:for-each select="filters/filter">
          <input type="radio" name="product" id="f-{@class}" class="filter"/>
        </xsl:for-each>
        <div class="filters">
          <span>深刻度で絞り込む: </span>
          <label for="f-all">すべて (<xsl:value-of select="sum(severities/severity/@count)"/>)</label>
          <xsl:for-each select="severities/severity">
            <label for="f-{@name}" class="sev-{@name}">
              <span class="badge {@name}"><xsl:value-of select="@label"/></span>
              <xsl:text>(</xsl:text><xsl:value-of select="@count"/><xsl:text>)</xsl:text>
            </label>
          </xsl:for-each>
          <xsl:if test="filters/filter">
            <div>
              <label for="f-more" class="more">製品・プラットフォームで絞り込む</label>
              <div class="products">
                <label for="f-pall">すべての製品</label>
                <xsl:for-each select="filters/filter">
                  <label for="f-{@class}" class="product">
                    <xsl:value-of select="@name"/>
                    <xsl:text> (</xsl:text><xsl:value-of select="@count"/><xsl:text>)</xsl:text>
                  </label>
                </xsl:for-each>
              </div>
            </div>
          </xsl:if>
        </div>
        <xsl:choose>
          <xsl:when test="@kind = 'search'">
            <p class="hint">
              <span id="hf-count"><xsl:value-of select="nav/@total"/> 件</span>
              <xsl:text>: ID、KB 番号、タイトル、製品・プラットフォームの一覧です。各行からその情報のページへ移れます。</xsl:text>
              <xsl:text>JavaScript が無効のときは、ブラウザのページ内検索 (Ctrl+F) で探せます。</xsl:text>
            </p>
            <ol class="list rows" id="hf-rows"></ol>
          </xsl:when>
          <xsl:otherwise>
            <div class="list">
              <xsl:apply-templates select="bulletins/bulletin"/>
              <xsl:if test="not(bulletins/bulletin)">
                <p>まだ公開された情報はありません。</p>
              </xsl:if>
            </div>
            <xsl:apply-templates select="nav" mode="pager"/>
          </xsl:otherwise>
        </xsl:choose>
        <div class="footer">
          <xsl:text>最終更新 </xsl:text><xsl:value-of select="updated"/>
          <xsl:text> · </xsl:text><xsl:value-of select="generator"/>
        </div>
      </body>
    </html>
  </xsl:template>

  <!-- years (with counts), the pages of this year, newer/older -->
  <xsl:template match="nav">
    <div class="nav years">
      <xsl:choose>
        <xsl:when test="/index/@kind = 'first'"><strong>最新</strong></xsl:when>
        <xsl:otherwise><a href="{@first}">最新</a></xsl:otherwise>
      </xsl:choose>
      <xsl:for-each select="year">
        <xsl:choose>
          <xsl:when test="@current"><strong><xsl:value-of select="@label"/>年</strong></xsl:when>
          <xsl:otherwise><a href="{@href}"><xsl:value-of select="@label"/>年</a></xsl:otherwise>
        </xsl:choose>
        <span class="count">(<xsl:value-of select="@count"/>)</span>
        <xsl:text> </xsl:text>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="/index/@kind = 'search'"><strong>一覧・検索</strong></xsl:when>
        <xsl:otherwise><a href="{@search}">一覧・検索</a></xsl:otherwise>
      </xsl:choose>
    </div>
    <xsl:apply-templates select="." mode="pager"/>
  </xsl:template>

  <xsl:template match="nav" mode="pager">
    <xsl:if test="@prev or @next or count(page) &gt; 1">
      <div class="nav pages">
        <xsl:if test="@prev"><a href="{@prev}" rel="prev">← 新しい情報</a></xsl:if>
        <xsl:if test="count(page) &gt; 1">
          <xsl:for-each select="page">
            <xsl:choose>
              <xsl:when test="@current"><strong><xsl:value-of select="@label"/></strong></xsl:when>
              <xsl:otherwise><a href="{@href}"><xsl:value-of select="@label"/></a></xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </xsl:if>
        <xsl:if test="@next"><a href="{@next}" rel="next">古い情報 →</a></xsl:if>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template name="sev">
    <xsl:choose>
      <xsl:when test="severity/name"><xsl:value-of select="severity/name"/></xsl:when>
      <xsl:otherwise>none</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- one line of search.html: the id linking to the card, KB, title, products -->
  <xsl:template match="bulletin" mode="row">
    <xsl:variable name="sev"><xsl:call-template name="sev"/></xsl:variable>
    <xsl:variable name="f" select="concat(' ', @filters, ' ')"/>
    <li class="bulletin sev-{$sev} {@filters}" id="{@anchor}">
      <a href="{/index/@page}#{@anchor}">
        <xsl:choose>
          <xsl:when test="id"><xsl:value-of select="id"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="@key"/></xsl:otherwise>
        </xsl:choose>
      </a>
      <xsl:text> </xsl:text>
      <xsl:if test="kb/item">
        <span class="kb">KB<xsl:for-each select="kb/item"><xsl:text> </xsl:text><xsl:value-of select="."/></xsl:for-each></span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <span class="t"><xsl:value-of select="display-title"/></span>
      <xsl:text> </xsl:text>
      <span class="pl">
        <xsl:for-each select="/index/filters/filter[contains($f, concat(' ', @class, ' '))]">
          <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
          <xsl:value-of select="@name"/>
        </xsl:for-each>
      </span>
    </li>
  </xsl:template>

  <xsl:template match="bulletin">
    <xsl:variable name="sev"><xsl:call-template name="sev"/></xsl:variable>
    <div class="bulletin sev-{$sev} {@filters}" id="{@anchor}">
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
