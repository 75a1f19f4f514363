<?xml version="1.0" encoding="UTF-8"?>
<!--
  item.xsl — the HTML body of one bulletin: RSS content:encoded, Atom
  content, JSON Feed content_html.  Input: one <bulletin> document (see
  templates/README.md).  Edit freely: hotfeed parses the output as HTML and
  keeps only safe elements and attributes (no script, style, event
  attributes or non-http(s) links), so a mistake here cannot break a feed.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <!-- A Microsoft bulletin's page: this, the MS id, then .mspx (the form
       of the bulletins' own links, and of the CSAF documents' references). -->
  <xsl:variable name="ms-bulletin">http://www.microsoft.com/japan/technet/security/bulletin/</xsl:variable>

  <xsl:template match="/bulletin">
    <div class="hotfeed-item">
      <xsl:if test="official_title">
        <p><b><xsl:value-of select="official_title"/></b></p>
      </xsl:if>
      <xsl:call-template name="paragraphs">
        <xsl:with-param name="text" select="summary"/>
      </xsl:call-template>
      <table class="facts">
        <xsl:apply-templates select="severity"/>
        <xsl:call-template name="row">
          <xsl:with-param name="label">攻撃コードの有無</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="exploit_code = 'true'">あり</xsl:when>
              <xsl:when test="exploit_code = 'false'">なし</xsl:when>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label">緊急対応度</xsl:with-param>
          <xsl:with-param name="value" select="urgency"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label">対策</xsl:with-param>
          <xsl:with-param name="value" select="action"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label">再起動の必要性</xsl:with-param>
          <xsl:with-param name="value" select="reboot"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label">対象環境</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:for-each select="targets/item">
              <xsl:if test="position() &gt; 1">、</xsl:if>
              <xsl:choose>
                <xsl:when test=". = 'server'">サーバー</xsl:when>
                <xsl:when test=". = 'client'">クライアント</xsl:when>
                <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label">KB</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:for-each select="kb/item">
              <xsl:if test="position() &gt; 1">, </xsl:if>
              <xsl:value-of select="."/>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:apply-templates select="supersedes[item]"/>
        <xsl:call-template name="row">
          <xsl:with-param name="label">登録日</xsl:with-param>
          <xsl:with-param name="value" select="registered"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label">更新日</xsl:with-param>
          <xsl:with-param name="value" select="updated"/>
        </xsl:call-template>
      </table>
      <xsl:if test="overview">
        <h3>概要</h3>
        <xsl:call-template name="paragraphs">
          <xsl:with-param name="text" select="overview"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:apply-templates select="affected[item]"/>
      <xsl:apply-templates select="tested_platforms[item]"/>
      <xsl:apply-templates select="notes/item"/>
      <xsl:apply-templates select="workarounds[item]"/>
      <xsl:apply-templates select="downloads[item]"/>
      <xsl:apply-templates select="packages[item]"/>
      <xsl:apply-templates select="verification[item]"/>
      <xsl:apply-templates select="deploy_time[item]"/>
      <xsl:apply-templates select="references[item]"/>
      <xsl:apply-templates select="revisions[revision/change]"/>
    </div>
  </xsl:template>

  <xsl:template match="severity">
    <tr><th>深刻度</th>
      <td><strong class="severity severity-{name}"><xsl:value-of select="label"/></strong></td></tr>
  </xsl:template>

  <!-- 含まれる過去の修正 that name earlier bulletins: each linked to its page. -->
  <xsl:template match="supersedes">
    <tr><th>置き換える過去の修正</th>
      <td class="supersedes">
        <xsl:for-each select="item">
          <xsl:if test="position() &gt; 1">、</xsl:if>
          <a href="{$ms-bulletin}{.}.mspx"><xsl:value-of select="."/></a>
        </xsl:for-each>
      </td></tr>
  </xsl:template>

  <!-- A table row, only when there is something to show. -->
  <xsl:template name="row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:if test="string($value) != ''">
      <tr><th><xsl:value-of select="$label"/></th><td><xsl:value-of select="$value"/></td></tr>
    </xsl:if>
  </xsl:template>

  <!-- Text whose paragraphs are separated by a blank line: one <p> each. -->
  <xsl:template name="paragraphs">
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="contains($text, '&#10;&#10;')">
        <p><xsl:value-of select="substring-before($text, '&#10;&#10;')"/></p>
        <xsl:call-template name="paragraphs">
          <xsl:with-param name="text" select="substring-after($text, '&#10;&#10;')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="string($text) != ''">
        <p><xsl:value-of select="$text"/></p>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="affected">
    <h3>対象プラットフォーム</h3>
    <ul>
      <xsl:for-each select="item">
        <li>
          <xsl:value-of select="software"/>
          <xsl:if test="platforms/item">
            <xsl:text>: </xsl:text>
            <xsl:for-each select="platforms/item">
              <xsl:if test="position() &gt; 1">、</xsl:if>
              <xsl:value-of select="."/>
            </xsl:for-each>
          </xsl:if>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template match="tested_platforms">
    <h3>適用テストを行ったプラットフォーム</h3>
    <ul><xsl:for-each select="item"><li><xsl:value-of select="."/></li></xsl:for-each></ul>
  </xsl:template>

  <xsl:template match="notes/item">
    <h3>■ <xsl:value-of select="heading"/></h3>
    <xsl:call-template name="paragraphs">
      <xsl:with-param name="text" select="text"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="workarounds">
    <h3>回避策</h3>
    <xsl:for-each select="item">
      <h4><xsl:value-of select="title"/></h4>
      <xsl:call-template name="paragraphs">
        <xsl:with-param name="text" select="text"/>
      </xsl:call-template>
      <xsl:if test="steps/item">
        <ol><xsl:for-each select="steps/item"><li><xsl:value-of select="."/></li></xsl:for-each></ol>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="downloads">
    <h3>ダウンロード</h3>
    <ul>
      <xsl:for-each select="item">
        <li>
          <xsl:value-of select="platform"/>
          <xsl:text>: </xsl:text>
          <xsl:choose>
            <xsl:when test="url"><a href="{url}"><xsl:value-of select="title"/></a></xsl:when>
            <xsl:otherwise><xsl:value-of select="title"/></xsl:otherwise>
          </xsl:choose>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template match="packages">
    <h3>適用されるファイル情報</h3>
    <xsl:for-each select="item">
      <h4><xsl:value-of select="platform"/></h4>
      <xsl:if test="file">
        <p>
          <xsl:text>修正プログラム: </xsl:text><code><xsl:value-of select="file"/></code>
          <xsl:call-template name="file-facts"/>
        </p>
      </xsl:if>
      <xsl:if test="files/item">
        <table class="files">
          <tr><th>ファイル名</th><th>バージョン</th><th>日付</th><th>サイズ</th><th>展開フォルダ</th><th>パス</th><th>機能</th></tr>
          <xsl:for-each select="files/item">
            <tr>
              <td><xsl:value-of select="name"/></td>
              <td><xsl:value-of select="version"/></td>
              <td><xsl:value-of select="date"/></td>
              <td><xsl:if test="size"><xsl:value-of select="format-number(size, '#,##0')"/></xsl:if></td>
              <td><xsl:value-of select="folder"/></td>
              <td><xsl:value-of select="path"/></td>
              <td><xsl:value-of select="description"/></td>
            </tr>
          </xsl:for-each>
        </table>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- " (date, version, size バイト)" of a package, what of it is known. -->
  <xsl:template name="file-facts">
    <xsl:if test="date or version or size">
      <xsl:text> (</xsl:text>
      <xsl:for-each select="date | version | size">
        <xsl:if test="position() &gt; 1">、</xsl:if>
        <xsl:choose>
          <xsl:when test="self::size"><xsl:value-of select="format-number(., '#,##0')"/> バイト</xsl:when>
          <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- Minutes as the pages print them: 94 is 1時間34分. -->
  <xsl:template name="duration">
    <xsl:param name="m"/>
    <xsl:if test="$m &gt;= 60"><xsl:value-of select="floor($m div 60)"/>時間</xsl:if>
    <xsl:if test="$m mod 60 != 0 or $m &lt; 60"><xsl:value-of select="$m mod 60"/>分</xsl:if>
  </xsl:template>

  <xsl:template match="deploy_time">
    <h3>予想適用時間</h3>
    <table class="deploy">
      <tr>
        <th>修正プログラム</th>
        <xsl:for-each select="item[1]/minutes/entry"><th><xsl:value-of select="@key"/>台</th></xsl:for-each>
      </tr>
      <xsl:for-each select="item">
        <tr>
          <td>
            <xsl:value-of select="package"/>
            <xsl:if test="platform"> (<xsl:value-of select="platform"/>)</xsl:if>
          </td>
          <xsl:for-each select="minutes/entry">
            <td>
              <xsl:call-template name="duration"><xsl:with-param name="m" select="number(.)"/></xsl:call-template>
            </td>
          </xsl:for-each>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <xsl:template match="verification">
    <h3>適用の確認</h3>
    <ul>
      <xsl:for-each select="item">
        <li><xsl:value-of select="platform"/>: <code><xsl:value-of select="registry_key"/></code></li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template match="references">
    <h3>参考情報</h3>
    <ul>
      <xsl:for-each select="item">
        <li>
          <xsl:choose>
            <xsl:when test="url"><a href="{url}"><xsl:value-of select="label"/></a></xsl:when>
            <xsl:otherwise><xsl:value-of select="label"/></xsl:otherwise>
          </xsl:choose>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template match="revisions">
    <h3>更新履歴</h3>
    <ul>
      <xsl:for-each select="revision[change]">
        <li>
          <xsl:text>第</xsl:text><xsl:value-of select="@number"/><xsl:text>版 </xsl:text>
          <xsl:value-of select="@updated"/>
          <xsl:text>: </xsl:text>
          <xsl:for-each select="change">
            <xsl:if test="position() &gt; 1">、</xsl:if>
            <xsl:value-of select="note"/>
          </xsl:for-each>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>
</xsl:stylesheet>
