// Regenerates the base map the portal draws under its partnership map (/{lang}/map).
//
// WHAT IT MAKES
//   src/web/map_data/countries-50m.txt   country outlines, Natural Earth 1:50m, simplified
//   src/web/map_data/countries-110m.txt  country outlines, Natural Earth 1:110m, simplified
//   Both are committed: building or running the portal never needs Node, npm or a network.
//
// HOW TO RUN
//   cd tools/geodata && npm ci && node build-basemap.mjs
//   (package.json and package-lock.json pin every package; node 18 or newer.)
//
// WHERE THE DATA COMES FROM
//   world-atlas 2.0.2 (ISC licence): Natural Earth 4.1.0 Admin 0 countries as TopoJSON. Natural Earth
//   is in the public domain ("Made with Natural Earth", https://www.naturalearthdata.com/).
//   topojson-client 3.1.0 and topojson-simplify 3.0.3 (ISC): decoding and topology-preserving
//   Visvalingam simplification (shared borders stay shared, so neighbours do not gap or overlap).
//   i18n-iso-countries 7.14.0 (MIT): ISO 3166-1 numeric -> alpha-2 codes (world-atlas ids are numeric).
//
// FORMAT OF THE OUTPUT (read by src/web/map.rs)
//   Plain text, UTF-8. Lines starting with "#" are comments (the first ones say where the data comes
//   from). Every other line is one country, four fields separated by tabs:
//     ISO 3166-1 alpha-2 code (empty where Natural Earth has none), ISO numeric id, English name,
//     rings separated by single spaces.
//   A ring is unprojected longitude/latitude (WGS 84) in hundredths of a degree, written with the
//   "encoded polyline" algorithm (as Google's, but x = longitude first): the first point absolute,
//   then differences to the previous point; each signed integer is zig-zag shifted (v << 1, inverted
//   when negative), cut into 5-bit groups from the lowest, 0x20 set on every group but the last, and
//   each group written as the character with code group + 63 (so only "?" to "~" occur). Rings are
//   implicitly closed. Outer rings and holes are not told apart: the portal fills with the even-odd
//   rule. Projection happens in the portal (equirectangular, see src/web/map.rs), so one file serves
//   every map section.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import {
  presimplify,
  simplify,
  filter,
  filterAttachedWeight,
  planarRingArea,
} from "topojson-simplify";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, "..", "..", "src", "web", "map_data");

// Per resolution: the Visvalingam weight (triangle area in square degrees) below which a point goes,
// and the area (square degrees) below which an island that touches no other country is dropped.
// The 50m map serves regional sections (about 1000 units for 20–60 degrees of longitude, so a unit is
// 0.02–0.06 degrees); the 110m map serves the world overview.
const RESOLUTIONS = [
  { name: "50m", minWeight: 0.001, minRingArea: 0.03 },
  { name: "110m", minWeight: 0.004, minRingArea: 0.2 },
];

const UNIT = 100; // hundredths of a degree

/** One signed integer in the encoded-polyline alphabet ("?" to "~"). */
function encodeNumber(value) {
  let v = value < 0 ? ~(value << 1) : value << 1;
  let out = "";
  while (v >= 0x20) {
    out += String.fromCharCode((0x20 | (v & 0x1f)) + 63);
    v >>>= 5;
  }
  return out + String.fromCharCode(v + 63);
}

/** A GeoJSON ring as an encoded polyline of hundredths of a degree; null when it degenerates. */
function encodeRing(ring) {
  // GeoJSON rings repeat the first point at the end; the portal closes rings itself.
  const points = [];
  for (const [lon, lat] of ring) {
    const p = [Math.round(lon * UNIT), Math.round(lat * UNIT)];
    const last = points[points.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
  if (points.length < 3) return null;
  let out = "";
  let previous = [0, 0];
  for (const p of points) {
    out += encodeNumber(p[0] - previous[0]) + encodeNumber(p[1] - previous[1]);
    previous = p;
  }
  return { text: out, points: points.length };
}

function build({ name, minWeight, minRingArea }) {
  const source = require.resolve(`world-atlas/countries-${name}.json`);
  let topology = JSON.parse(readFileSync(source, "utf8"));
  topology = presimplify(topology);
  topology = simplify(topology, minWeight);
  topology = filter(topology, filterAttachedWeight(topology, minRingArea, planarRingArea));
  const collection = feature(topology, topology.objects.countries);
  const lines = [];
  let points = 0;
  for (const f of collection.features) {
    if (!f.geometry) continue;
    const polygons =
      f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings = [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        const encoded = encodeRing(ring);
        if (encoded) {
          rings.push(encoded.text);
          points += encoded.points;
        }
      }
    }
    if (rings.length === 0) continue;
    const id = f.id ?? "";
    // Kosovo, Northern Cyprus, Somaliland and a few others have no ISO numeric code in Natural Earth.
    const a2 = (id && countries.numericToAlpha2(id)) || "";
    const label = f.properties.name.replace(/[\t\n]/g, " ");
    lines.push({ key: label, text: [a2, id, label, rings.join(" ")].join("\t") });
  }
  lines.sort((a, b) => a.key.localeCompare(b.key, "en"));
  const header = [
    `# Country outlines, Natural Earth 4.1.0 Admin 0 (public domain, https://www.naturalearthdata.com/),`,
    `# from world-atlas 2.0.2 countries-${name}.json (ISC), simplified with topojson-simplify 3.0.3`,
    `# (Visvalingam, minimum weight ${minWeight} square degrees; islands touching no other country and`,
    `# smaller than ${minRingArea} square degrees dropped). ${lines.length} countries, ${points} points.`,
    `# Generated by tools/geodata/build-basemap.mjs, which documents the format; do not edit by hand.`,
  ];
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `countries-${name}.txt`);
  const text = header.join("\n") + "\n" + lines.map((l) => l.text).join("\n") + "\n";
  writeFileSync(file, text);
  console.log(`${file}: ${lines.length} countries, ${points} points, ${text.length} bytes`);
}

for (const resolution of RESOLUTIONS) build(resolution);
