#!/usr/bin/env node
// scrape.js — the Node.js baseline of issue 11 for `make bench`: what a
// Node developer would write to turn HotFix Report pages into feeds.
//
//   node scrape.js OUTDIR PAGE...
//
// Each page is read, its charset sniffed roughly as a browser does (BOM,
// then <meta charset> / <meta http-equiv="Content-Type"> in the first
// 1024 bytes, else Shift_JIS, the archive's default), decoded with
// iconv-lite, parsed with cheerio (parse5, a spec HTML parser like gumbo)
// and walked for the bulletin's fields.  One item per MS id: the revision
// with the latest 更新日 wins (on a tie, the later page on the command
// line).  OUTDIR gets rss.xml, atom.xml and feed.json (npm `feed`), every
// bulletin in each, newest first.  A page without an MS id (a glossary, a
// notice) is left out; a page that cannot be read is named on stderr and
// left out.  Exit status: 0 when the three files were written, 1 when some
// page could not be read, 2 on a usage or write error.
'use strict';

const fs = require('fs');
const path = require('path');
const iconv = require('iconv-lite');
const cheerio = require('cheerio');
const { Feed } = require('feed');

const SITE = 'https://hotfeed.invalid/';
const AUTHORITY = 'hotfeed.invalid,2005';

// WHATWG labels the archive uses, to iconv-lite names; Shift_JIS is decoded
// as a browser does, as Windows-31J (cp932)
const CHARSETS = {
  shift_jis: 'cp932', 'shift-jis': 'cp932', sjis: 'cp932', 'x-sjis': 'cp932',
  ms_kanji: 'cp932', csshiftjis: 'cp932', 'windows-31j': 'cp932', cp932: 'cp932',
  'euc-jp': 'euc-jp', 'x-euc-jp': 'euc-jp', cseucpkdfmtjapanese: 'euc-jp',
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
};
const DEFAULT_CHARSET = 'cp932';

// label cell text (spaces removed) -> field
const FIELDS = {
  深刻度: 'severity', 攻撃コードの有無: 'exploit', 対策: 'action', 緊急対応度: 'urgency',
  対応の緊急性: 'urgency', 再起動の必要性: 'reboot', アンインストール: 'uninstall',
  対象環境: 'targets', セキュリティ情報: 'references', サポート技術情報: 'kbinfo',
  含まれる過去の修正: 'past', 脆弱性識別番号: 'ident', 更新履歴: 'history',
};
const LEVELS = [null, ['緊急', 'critical'], ['重要', 'important'], ['警告', 'moderate'], ['注意', 'low']];
const MARK = '●';

function sniffCharset(buf) {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  const head = buf.subarray(0, 1024).toString('latin1');
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  if (!m) return DEFAULT_CHARSET;
  const label = m[1].toLowerCase();
  if (CHARSETS[label]) return CHARSETS[label];
  return iconv.encodingExists(label) ? label : DEFAULT_CHARSET;
}

// text without any space, fullwidth digits and brackets made ASCII (NFKC)
function squash(s) {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

function tidy(s) {
  return s.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

function isoDate(y, m, d) {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function labelledCells($) {
  const cells = {};
  $('td, th, dt').each((_, cell) => {
    if (cell.children.length > 3) return; // a layout cell, not a label
    const field = FIELDS[squash($(cell).text())];
    if (!field || cells[field]) return;
    const value = $(cell).next(cell.name === 'dt' ? 'dd' : 'td, th');
    if (value.length) cells[field] = value;
  });
  return cells;
}

// the value cell's text with the checked choice marked: a check image, a
// checked radio button, a selected option or a bold choice becomes MARK
function markedText($, cell) {
  cell.find('input[checked], option[selected], b, strong').before(MARK);
  cell.find('img').each((_, img) => {
    const w = parseInt($(img).attr('width') || '11', 10);
    if (w > 1) $(img).replaceWith(MARK);
  });
  return squash(cell.text()).replace(/[◎■★✓✔]/g, MARK);
}

function severityOf($, cell) {
  if (!cell) return null;
  const t = markedText($, cell);
  let m = new RegExp(MARK + '([1-4])\\(').exec(t);
  if (!m) {
    const all = t.match(/[1-4]\((緊急|重要|警告|注意)\)/g);
    if (all && all.length === 1) m = [null, all[0][0]];
  }
  if (!m) {
    const i = LEVELS.findIndex((l) => l && t === l[0]);
    if (i > 0) m = [null, String(i)];
  }
  if (!m) return null;
  const level = Number(m[1]);
  return { level, label: LEVELS[level][0], name: LEVELS[level][1] };
}

function targetsOf($, cell) {
  if (!cell) return [];
  const t = markedText($, cell);
  const marked = t.includes(MARK);
  const out = [];
  for (const [word, name] of [['サーバ', 'server'], ['クライアント', 'client']]) {
    if (marked ? t.includes(MARK + word) : t.includes(word)) out.push(name);
  }
  return out;
}

function platformsOf($) {
  const out = [];
  $('td, th').each((_, cell) => {
    if (squash($(cell).text()) !== '影響を受けるソフトウェア') return;
    $(cell).closest('table').find('tr').slice(1).each((__, tr) => {
      const tds = $(tr).children('td, th');
      if (tds.length >= 2) out.push({ software: tidy(tds.eq(0).text()), platform: tidy(tds.eq(1).text()) });
    });
    return false;
  });
  return out;
}

function datesOf(flat) {
  const date = (re) => {
    const m = re.exec(flat);
    return m ? isoDate(m[1], m[2], m[3]) : null;
  };
  return {
    registered: date(/【登録日】(\d{4})[/年](\d{1,2})[/月](\d{1,2})/),
    updated: date(/【更新日】(\d{4})[/年](\d{1,2})[/月](\d{1,2})/),
    edition: date(/HotFixAlert:(\d{4})\/?(\d{1,2})\/(\d{1,2})日版/),
  };
}

function titleOf($, text) {
  const h = $('h1, font[size="4"], font[size="+2"]').first();
  let title = h.length ? tidy(h.text()) : '';
  if (!title) title = tidy($('title').text()).replace(/HotFix Report\s*[-:：バックナンバー]*\s*/g, '');
  let official = null;
  const at = title ? text.indexOf(title) : -1;
  if (at >= 0) {
    const m = /^\s*[(（]([^)）]{4,200})[)）]/.exec(text.slice(at + title.length, at + title.length + 400));
    if (m) official = tidy(m[1]);
  }
  return { title: title || null, official };
}

function extract(html, file) {
  const $ = cheerio.load(html);
  const text = tidy($('body').text());
  const flat = text.replace(/ /g, '');
  const cells = labelledCells($);
  const cellText = (f) => (cells[f] ? tidy(cells[f].text()) : null);
  const ident = cellText('ident') || '';
  const ids = [...new Set((ident + ' ' + text.slice(0, 4000)).toUpperCase().match(/MS\d{2}-\d{3}/g) || [])];
  if (!ids.length) return null;
  const kb = [...new Set(((ident + ' ' + (cellText('kbinfo') || '')).match(/\b\d{6,7}\b/g) || []))];
  const refs = cells.references
    ? cells.references.find('a').map((_, a) => ({ label: tidy($(a).text()), url: $(a).attr('href') || null })).get()
    : [];
  const history = cells.history ? cells.history.text().split(/\n/).map(tidy).filter(Boolean) : [];
  const paragraphs = $('p').map((_, p) => tidy($(p).text())).get().filter((p) => p.length >= 40);
  const exploit = cellText('exploit');
  const uninstall = cellText('uninstall');
  return {
    file, id: ids[0], ids, kb,
    ...titleOf($, text),
    ...datesOf(flat),
    severity: severityOf($, cells.severity),
    exploit_code: exploit === null ? null : /あり|有/.test(exploit),
    action: cellText('action'), urgency: cellText('urgency'), reboot: cellText('reboot'),
    uninstall: uninstall === null ? null : !/不可/.test(uninstall) && /可/.test(uninstall),
    targets: targetsOf($, cells.targets),
    past_fixes: cellText('past'),
    references: refs, history,
    affected: platformsOf($),
    summary: paragraphs.length ? paragraphs[0] : null,
  };
}

function readPage(file) {
  const buf = fs.readFileSync(file);
  return iconv.decode(buf, sniffCharset(buf));
}

function esc(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

function itemContent(b) {
  const row = (k, v) => (v ? `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>` : '');
  const aff = b.affected.map((a) => `<li>${esc(a.software)}: ${esc(a.platform)}</li>`).join('');
  return `<table>${row('深刻度', b.severity && `${b.severity.level}(${b.severity.label})`)}` +
    `${row('対策', b.action)}${row('再起動の必要性', b.reboot)}${row('対象環境', b.targets.join(', '))}` +
    `${row('KB', b.kb.join(', '))}${row('含まれる過去の修正', b.past_fixes)}</table>` +
    (aff ? `<ul>${aff}</ul>` : '') + (b.summary ? `<p>${esc(b.summary)}</p>` : '');
}

function when(day) {
  const d = new Date(`${day || '1970-01-01'}T00:00:00+09:00`);
  return isNaN(d) ? new Date(0) : d;
}

function newer(a, b) {
  return (a.updated || a.registered || '') >= (b.updated || b.registered || '');
}

function writeFeeds(outdir, bulletins) {
  const items = [...bulletins.values()].sort((a, b) =>
    (b.updated || '').localeCompare(a.updated || '') || a.id.localeCompare(b.id));
  const feed = new Feed({
    title: 'HotFix Report',
    description: 'HotFix Report: Microsoft security bulletins in Japanese',
    id: SITE, link: SITE, language: 'ja',
    updated: items.length ? when(items[0].updated) : new Date(0),
    generator: 'scrape.js (cheerio, iconv-lite, feed)',
    copyright: 'Digital Advantage Corp.',
    feedLinks: { rss: SITE + 'rss.xml', atom: SITE + 'atom.xml', json: SITE + 'feed.json' },
    author: { name: 'HotFix Report' },
  });
  for (const b of items) {
    const ms = b.references.find((r) => r.url && /^https?:/.test(r.url));
    feed.addItem({
      title: `${b.id}: ${b.title || b.official || b.id}`,
      id: `tag:${AUTHORITY}:${b.id}`,
      link: ms ? ms.url : `${SITE}#${b.id}`,
      description: b.official || b.summary || '',
      content: itemContent(b),
      date: when(b.updated || b.registered),
      published: when(b.registered || b.updated),
      category: [
        ...(b.severity ? [{ name: b.severity.label }] : []),
        ...b.targets.map((t) => ({ name: t })),
        ...b.affected.map((a) => ({ name: a.software })),
      ],
    });
  }
  fs.mkdirSync(outdir, { recursive: true });
  fs.writeFileSync(path.join(outdir, 'rss.xml'), feed.rss2());
  fs.writeFileSync(path.join(outdir, 'atom.xml'), feed.atom1());
  fs.writeFileSync(path.join(outdir, 'feed.json'), feed.json1());
  return items.length;
}

function main(argv) {
  if (argv.length < 2) {
    process.stderr.write('usage: node scrape.js OUTDIR PAGE...\n');
    return 2;
  }
  const [outdir, ...files] = argv;
  const bulletins = new Map();
  let failed = 0;
  let others = 0;
  for (const file of files) {
    let b;
    try {
      b = extract(readPage(file), file);
    } catch (e) {
      process.stderr.write(`${file}: ${e.message}\n`);
      failed++;
      continue;
    }
    if (!b) {
      others++;
      continue;
    }
    const old = bulletins.get(b.id);
    if (!old || newer(b, old)) bulletins.set(b.id, b);
  }
  let n;
  try {
    n = writeFeeds(outdir, bulletins);
  } catch (e) {
    process.stderr.write(`${outdir}: ${e.message}\n`);
    return 2;
  }
  process.stderr.write(`scrape.js: ${files.length} pages, ${n} bulletins, ${others} without an MS id, ${failed} unreadable\n`);
  return failed ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
module.exports = { sniffCharset, extract, readPage };
