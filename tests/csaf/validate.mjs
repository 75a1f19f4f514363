// validate.mjs — checks a csaf/ directory written by `hotfeed publish`:
// every advisory against the BSI csaf-validator-lib (the CSAF 2.0 strict
// schema and every mandatory test, section 6.1), provider-metadata.json and
// the ROLIE feed against tests/csaf/*.schema.json (ajv, JSON Schema
// 2020-12), and the directory rules of section 7.1 (file names, index.txt,
// changes.csv).  Prints "PASS what" / "FAIL what: why" lines for
// tests/t_csaf.sh and "# ..." notes; exits 0.
//
// usage: node tests/csaf/validate.mjs DIR/csaf SITE
//   SITE: the [feed] link the directory was published under, ending in '/'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import validateStrict from '@secvisogram/csaf-validator-lib/validateStrict.js'
import * as mandatory from '@secvisogram/csaf-validator-lib/mandatoryTests.js'
import { csaf_2_0_strict } from '@secvisogram/csaf-validator-lib/schemaTests.js'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

const here = path.dirname(fileURLToPath(import.meta.url))
const [dir, site] = process.argv.slice(2)
const say = (ok, what, why) => console.log(ok ? `PASS ${what}` : `FAIL ${what}: ${why}`)
const readJson = (p) => JSON.parse(fs.readFileSync(p, 'utf8'))

// Every YYYY/*.json document.
const docs = []
for (const year of fs.readdirSync(dir).sort()) {
  const yd = path.join(dir, year)
  if (!/^\d{4}$/.test(year) || !fs.statSync(yd).isDirectory()) continue
  for (const f of fs.readdirSync(yd).sort())
    if (f.endsWith('.json')) docs.push({ rel: `${year}/${f}`, doc: readJson(path.join(yd, f)) })
}
console.log(`# ${docs.length} CSAF documents`)

const tests = [csaf_2_0_strict, ...Object.values(mandatory)]
const failures = []
for (const { rel, doc } of docs) {
  const r = await validateStrict(tests, doc)
  if (!r.isValid)
    for (const t of r.tests)
      for (const e of t.errors) failures.push(`${rel}: ${t.name} ${e.instancePath} ${e.message}`)
}
say(docs.length > 0 && failures.length === 0,
  `every CSAF document passes the strict schema and all ${tests.length - 1} mandatory tests (${docs.length} documents)`,
  docs.length === 0 ? 'no documents' : `${failures.length} errors, first: ${failures.slice(0, 5).join(' | ')}`)

// Names: YYYY = initial_release_date's year, file = tracking id lower case.
const badNames = docs.filter(({ rel, doc }) => {
  const t = doc.document.tracking
  const want = `${t.initial_release_date.slice(0, 4)}/${t.id.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`
  return rel !== want
}).map(({ rel }) => rel)
say(badNames.length === 0, 'file names are the lower-case tracking ids under the year of initial_release_date', badNames.join(', '))

// index.txt: every document once.
const index = fs.readFileSync(path.join(dir, 'index.txt'), 'utf8').split('\n').filter(Boolean)
const rels = docs.map((d) => d.rel).sort()
say(JSON.stringify([...index].sort()) === JSON.stringify(rels), 'index.txt lists every document once',
  `${index.length} lines for ${rels.length} documents`)

// changes.csv: every document, its current_release_date, newest first.
const lines = fs.readFileSync(path.join(dir, 'changes.csv'), 'utf8').split('\n').filter(Boolean)
const rows = lines.map((l) => /^"([^"]+)","([^"]+)"$/.exec(l))
const byRel = Object.fromEntries(docs.map(({ rel, doc }) => [rel, doc.document.tracking.current_release_date]))
const rowsOk = rows.every((m) => m && byRel[m[1]] === m[2]) && rows.length === docs.length &&
  rows.every((m, i) => i === 0 || Date.parse(rows[i - 1][2]) >= Date.parse(m[2]))
say(rowsOk, 'changes.csv lists every document with its current_release_date, newest first',
  lines.slice(0, 3).join(' / '))

// ROLIE feed and provider metadata against their schemas.
const ajv = new Ajv2020({ allErrors: true, strict: false })
addFormats(ajv)
const checkSchema = (file, schemaFile) => {
  const v = ajv.compile(readJson(path.join(here, schemaFile)))
  const ok = v(readJson(path.join(dir, file)))
  say(ok, `${file} is valid against ${schemaFile}`, ajv.errorsText(v.errors))
}
const pm = readJson(path.join(dir, 'provider-metadata.json'))
checkSchema('provider-metadata.json', 'provider-metadata.schema.json')
const feeds = pm.distributions.flatMap((d) => (d.rolie ? d.rolie.feeds : []))
say(pm.canonical_url === `${site}csaf/provider-metadata.json` && feeds.length === 1 &&
    pm.distributions[0].directory_url === `${site}csaf/`,
  'provider-metadata.json names its own URL, the directory and one ROLIE feed', JSON.stringify(pm.distributions))
for (const f of feeds) {
  const file = f.url.slice(`${site}csaf/`.length)
  checkSchema(file, 'rolie-feed.schema.json')
  const entries = readJson(path.join(dir, file)).feed.entry
  const want = docs.map(({ rel, doc }) => `${doc.document.tracking.id} ${site}csaf/${rel}`).sort()
  const got = entries.map((e) => `${e.id} ${e.content.src}`).sort()
  say(JSON.stringify(got) === JSON.stringify(want) &&
      docs.every(({ doc }) => doc.document.distribution.tlp.label === f.tlp_label),
    `${file} has one entry per document, with its URL and TLP label ${f.tlp_label}`,
    `${got.length} entries for ${want.length} documents`)
}
