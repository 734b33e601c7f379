//! The offline gazetteer the quality check compares the registry's places with: which places exist,
//! in which country, under which official name and which other names.
//!
//! The data is GeoNames' `cities500` (every populated place with at least 500 inhabitants and every
//! seat of an administrative division), reduced by `tools/gazetteer/build-gazetteer.mjs` to every
//! such place in Europe and every place elsewhere with at least 15 000 inhabitants or that is a
//! capital or the seat of a first-order division: 116 012 places, their names, Latin-script
//! alternate names (exonyms such as "Heltau" for Cisnădie, "Jassy" for Iași), country, feature code,
//! admin1 code, population and coordinates. It is compiled into the binary
//! (`gazetteer_data/places.tsv.gz`, 3.2 MB; 8 MB of text), so no check needs the internet. Districts,
//! départements and other divisions are not places in this data: only municipalities and localities
//! can be looked up.
//!
//! The data is licensed under CC BY 4.0: wherever findings from it are shown, show [`ATTRIBUTION`]
//! with a link to [`LICENCE_URL`].
//!
//! Names are matched folded the way search folds them ([`fold_query`]: transliterated to lower-case
//! ASCII, punctuation as single spaces), so "Iasi", "IAȘI" and "Iași" find the same place.
//!
//! Cost: the data is decompressed and indexed once, on the first call of [`gazetteer`], and kept for
//! the life of the process. Measured on the development machine (2 cores, November 2026): in a
//! release build 0.18 s and 30 MB more resident memory (the text 8 MB, 116 012 places of 104 bytes
//! 12 MB, the index of 296 094 folded names 7 MB); in a debug build 1.6 s (the test
//! `loading_the_gazetteer_is_measured` prints the figures with `--nocapture`). Afterwards an exact
//! lookup takes microseconds; a search for near misses, which compares with every name of a country
//! (or of the world), about 11 ms in a release build.

use std::collections::HashMap;
use std::io::Read;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

use super::search::{fold_query, tolerated_edits};

/// The attribution the licence asks for, to be shown wherever gazetteer data (a suggested name, a
/// country, a GeoNames id or coordinates) is shown.
pub const ATTRIBUTION: &str =
    "Contains data from GeoNames (geonames.org), licensed under CC BY 4.0.";
/// The licence of the gazetteer data.
pub const LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";
/// Where the data comes from.
pub const SOURCE_URL: &str = "https://www.geonames.org/";

/// The compressed data, made by `tools/gazetteer/build-gazetteer.mjs`.
const DATA: &[u8] = include_bytes!("gazetteer_data/places.tsv.gz");

/// A populated place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Place<'a> {
    pub geonames_id: u32,
    /// GeoNames' name of the place, usually the official one in the local language (Romanian names
    /// are written with ș and ț, comma below).
    pub name: &'a str,
    /// ISO 3166-1 alpha-2, upper case.
    pub country: &'a str,
    /// GeoNames' feature code: `PPLC` capital, `PPLA` seat of a first-order division (region,
    /// județ, voivodeship), `PPLA2` … `PPLA4` seats of lower divisions, `PPL` other places,
    /// `PPLX` a section of a place.
    pub feature_code: &'a str,
    /// GeoNames' code of the first-order division the place lies in (may be empty).
    pub admin1: &'a str,
    /// Inhabitants as GeoNames has them (0 where unknown).
    pub population: u32,
    /// WGS 84, rounded to 4 decimals (about 10 m).
    pub latitude: f64,
    pub longitude: f64,
    /// Alternate names separated by `|`: see [`Place::alternate_names`].
    alternates: &'a str,
}

impl<'a> Place<'a> {
    /// Other names of the place in Latin script: exonyms, historical names, other spellings
    /// (at most 24, one per folded form; spellings of the name itself only with diacritics).
    pub fn alternate_names(&self) -> impl Iterator<Item = &'a str> + 'a {
        self.alternates.split('|').filter(|name| !name.is_empty())
    }

    /// Distance to a point in kilometres (great circle).
    pub fn distance_km(&self, latitude: f64, longitude: f64) -> f64 {
        let (lat1, lat2) = (self.latitude.to_radians(), latitude.to_radians());
        let d_lat = lat2 - lat1;
        let d_lon = (longitude - self.longitude).to_radians();
        let a = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_lon / 2.0).sin().powi(2);
        2.0 * 6371.0 * a.sqrt().min(1.0).asin()
    }
}

/// How a name written in the registry relates to a place's names, most agreeable first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NameAgreement {
    /// Exactly the gazetteer's name.
    Official,
    /// Exactly another spelling of that name the gazetteer records ("Hội An" for "Hoi An").
    Spelling,
    /// The gazetteer's name with a qualifier: "Blankenburg (Harz)", "Veltheim AG".
    Qualified,
    /// The same letters with other diacritics or case: "Iasi" or "Iaşi" for "Iași".
    DiacriticsOrCase,
    /// One of the place's alternate names: an exonym ("Heltau"), a former name, or the common name
    /// where GeoNames' name is unusual ("Carpi" for "Carpi Centro"). Whether that is a finding is
    /// the check's decision.
    AlternateName,
    /// The start of a name of the place: "Ardouva" for "Ardouval".
    Truncated,
    /// Within a few typing errors (Damerau–Levenshtein, as tolerant as search: 1 for 4–7
    /// letters, 2 from 8) of a name of the place: "Wernigrode" for "Wernigerode".
    NearMiss { edits: usize },
}

impl NameAgreement {
    /// Whether the registry's name is a correct form of the place's name, so a check has nothing
    /// to say about it.
    pub fn is_correct(self) -> bool {
        matches!(
            self,
            NameAgreement::Official | NameAgreement::Spelling | NameAgreement::Qualified
        )
    }
}

/// What [`classify`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Classification<'a> {
    pub agreement: NameAgreement,
    /// The gazetteer's name the registry's name was found to agree with (an alternate name for
    /// `AlternateName`, and for `Truncated` or `NearMiss` when it was closer to one).
    pub matched: &'a str,
    /// The official form to suggest: the place's name.
    pub suggestion: &'a str,
}

/// A place that may be the one a registry name means, with how the name relates to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate<'g, 'a> {
    pub place: &'g Place<'a>,
    pub classification: Classification<'a>,
}

/// Compares a name written in the registry with a place's names. `None` when it is none of the
/// place's names, not even with a typing error.
pub fn classify<'a>(registry_name: &str, place: &Place<'a>) -> Option<Classification<'a>> {
    let written: String = registry_name.trim().nfc().collect();
    let folded = fold_query(&written);
    if folded.is_empty() {
        return None;
    }
    let found = |agreement, matched| {
        Some(Classification {
            agreement,
            matched,
            suggestion: place.name,
        })
    };
    if written == place.name {
        return found(NameAgreement::Official, place.name);
    }
    let name_folded = fold_query(place.name);
    if folded == name_folded {
        return match place.alternate_names().find(|a| *a == written) {
            Some(spelling) => found(NameAgreement::Spelling, spelling),
            None => found(NameAgreement::DiacriticsOrCase, place.name),
        };
    }
    let alternates: Vec<(&'a str, String)> = place
        .alternate_names()
        .map(|a| (a, fold_query(a)))
        .collect();
    if let Some((alternate, _)) = alternates.iter().find(|(_, f)| *f == folded) {
        return found(NameAgreement::AlternateName, alternate);
    }
    if let Some(base) = without_qualifier(&written) {
        if let Some(inner) = classify(base, place) {
            return if inner.agreement.is_correct() {
                found(NameAgreement::Qualified, inner.matched)
            } else {
                Some(inner)
            };
        }
    }
    let all = std::iter::once((place.name, name_folded.as_str()))
        .chain(alternates.iter().map(|(a, f)| (*a, f.as_str())));
    let mut best: Option<(NameAgreement, &'a str)> = None;
    let chars = folded.chars().count();
    for (name, name_folded) in all {
        let agreement = if chars >= 3 && name_folded.starts_with(folded.as_str()) {
            NameAgreement::Truncated
        } else {
            let edits = strsim::damerau_levenshtein(&folded, name_folded);
            if edits == 0 || edits > tolerated_edits(chars) {
                continue;
            }
            NameAgreement::NearMiss { edits }
        };
        if best.is_none_or(|(b, _)| agreement < b) {
            best = Some((agreement, name));
        }
    }
    best.and_then(|(agreement, matched)| found(agreement, matched))
}

/// The name without a trailing qualifier: a bracketed one ("Blankenburg (Harz)") or a Swiss canton's
/// two capitals ("Veltheim AG").
fn without_qualifier(name: &str) -> Option<&str> {
    let name = name.trim_end();
    if let Some(open) = name.strip_suffix(')').and_then(|n| n.rfind('(')) {
        let base = name[..open].trim_end();
        return (!base.is_empty()).then_some(base);
    }
    let (base, last) = name.rsplit_once(' ')?;
    let canton = last.len() == 2 && last.bytes().all(|b| b.is_ascii_uppercase());
    (canton && !base.trim().is_empty()).then_some(base.trim_end())
}

/// A cheap lower bound of the edit distance of two folded (ASCII) names: how many letters one has
/// that the other lacks, counted with multiplicity (a transposition changes nothing, every other
/// edit at most one).
fn bag_distance(a: &str, b: &str) -> usize {
    let mut counts = [0i32; 128];
    for byte in a.bytes() {
        counts[usize::from(byte & 0x7f)] += 1;
    }
    for byte in b.bytes() {
        counts[usize::from(byte & 0x7f)] -= 1;
    }
    let (surplus, lack) = counts.iter().fold(
        (0, 0),
        |(s, l), &c| {
            if c > 0 { (s + c, l) } else { (s, l - c) }
        },
    );
    surplus.max(lack) as usize
}

/// One folded name of a place in the index.
#[derive(Debug, Clone, Copy)]
struct IndexEntry {
    /// Byte range of the folded name in `Gazetteer::keys`.
    key_start: u32,
    key_len: u32,
    /// Position in `Gazetteer::places`.
    place: u32,
}

/// The gazetteer: its places and an index from folded names (names and alternate names) to places.
#[derive(Debug)]
pub struct Gazetteer<'a> {
    places: Vec<Place<'a>>,
    /// Every folded name, one after the other.
    keys: String,
    /// Sorted by folded name, then by population (largest first).
    index: Vec<IndexEntry>,
    /// The same entries grouped by place, in the order of `places`; place `i`'s names are
    /// `by_place[first_name[i]..first_name[i + 1]]`.
    by_place: Vec<IndexEntry>,
    first_name: Vec<u32>,
    /// Places by the whole degrees of latitude and longitude they lie in, for searches around a point.
    cells: HashMap<(i16, i16), Vec<u32>>,
}

/// The grid cell (whole degrees, rounded down) of a position; longitudes wrap around.
fn cell(latitude: f64, longitude: f64) -> (i16, i16) {
    let lat = latitude.floor().clamp(-90.0, 89.0) as i16;
    let lon = (longitude.floor() as i32 + 180).rem_euclid(360) - 180;
    (lat, lon as i16)
}

/// A line of the data that cannot be read (only a broken build of the data file has one).
#[derive(Debug, thiserror::Error)]
#[error("gazetteer data line {line}: {problem}")]
pub struct DataError {
    pub line: usize,
    pub problem: &'static str,
}

/// The bundled gazetteer, decompressed and indexed on first use.
pub fn gazetteer() -> &'static Gazetteer<'static> {
    static GAZETTEER: LazyLock<Gazetteer<'static>> = LazyLock::new(|| {
        // gzip ends with the uncompressed size (mod 2^32): one allocation of the right size.
        let size = DATA
            .last_chunk::<4>()
            .map_or(0, |size| u32::from_le_bytes(*size) as usize);
        let mut text = String::with_capacity(size);
        flate2::read::GzDecoder::new(DATA)
            .read_to_string(&mut text)
            .expect("the bundled gazetteer is valid gzip-compressed UTF-8");
        // Kept for the life of the process, as the places borrow from it.
        let text: &'static str = Box::leak(text.into_boxed_str());
        Gazetteer::parse(text).expect("the bundled gazetteer is well-formed")
    });
    &GAZETTEER
}

impl<'a> Gazetteer<'a> {
    /// Reads the format written by `tools/gazetteer/build-gazetteer.mjs`: `#` comment lines, then
    /// one place per line, nine tab-separated fields (id, name, country, feature code, admin1,
    /// population, latitude, longitude, alternate names separated by `|`).
    pub fn parse(text: &'a str) -> Result<Gazetteer<'a>, DataError> {
        let mut places = Vec::new();
        for (number, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let error = |problem| DataError {
                line: number + 1,
                problem,
            };
            let fields: Vec<&str> = line.split('\t').collect();
            let [
                id,
                name,
                country,
                feature_code,
                admin1,
                population,
                lat,
                lon,
                alternates,
            ] = fields[..]
            else {
                return Err(error("not nine tab-separated fields"));
            };
            if name.is_empty() {
                return Err(error("empty name"));
            }
            if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(error("country is not two capital letters"));
            }
            let number_field = |field: &str, problem| field.parse().map_err(|_| error(problem));
            places.push(Place {
                geonames_id: number_field(id, "id is not a number")?,
                name,
                country,
                feature_code,
                admin1,
                population: number_field(population, "population is not a number")?,
                latitude: lat.parse().map_err(|_| error("latitude is not a number"))?,
                longitude: lon
                    .parse()
                    .map_err(|_| error("longitude is not a number"))?,
                alternates,
            });
        }
        Ok(Gazetteer::index(places))
    }

    fn index(places: Vec<Place<'a>>) -> Gazetteer<'a> {
        let mut keys = String::new();
        let mut index = Vec::with_capacity(places.len() * 4);
        let mut seen: Vec<String> = Vec::new();
        let mut first_name = Vec::with_capacity(places.len() + 1);
        let mut cells: HashMap<(i16, i16), Vec<u32>> = HashMap::new();
        for (position, place) in places.iter().enumerate() {
            first_name.push(index.len() as u32);
            cells
                .entry(cell(place.latitude, place.longitude))
                .or_default()
                .push(position as u32);
            seen.clear();
            for name in std::iter::once(place.name).chain(place.alternate_names()) {
                let folded = fold_query(name);
                if folded.is_empty() || seen.contains(&folded) {
                    continue;
                }
                index.push(IndexEntry {
                    key_start: keys.len() as u32,
                    key_len: folded.len() as u32,
                    place: position as u32,
                });
                keys.push_str(&folded);
                seen.push(folded);
            }
        }
        first_name.push(index.len() as u32);
        let by_place = index.clone();
        let key = |e: &IndexEntry| &keys[e.key_start as usize..(e.key_start + e.key_len) as usize];
        index.sort_unstable_by(|a, b| {
            key(a).cmp(key(b)).then_with(|| {
                let (pa, pb) = (&places[a.place as usize], &places[b.place as usize]);
                pb.population
                    .cmp(&pa.population)
                    .then(pa.geonames_id.cmp(&pb.geonames_id))
            })
        });
        keys.shrink_to_fit();
        index.shrink_to_fit();
        Gazetteer {
            places,
            keys,
            index,
            by_place,
            first_name,
            cells,
        }
    }

    /// The folded names of the place at `position`.
    fn names_of(&self, position: usize) -> impl Iterator<Item = &str> {
        let range = self.first_name[position] as usize..self.first_name[position + 1] as usize;
        self.by_place[range].iter().map(|e| self.key(e))
    }

    /// The positions of the places in the grid cells that hold every point within `km` of `at`
    /// (and some beyond: callers measure the distance).
    fn around(&self, (latitude, longitude): (f64, f64), km: f64) -> Vec<u32> {
        // A degree of latitude is 111 km everywhere; one of longitude shrinks towards the poles.
        let d_lat = km / 111.0;
        let d_lon = (km / (111.0 * latitude.to_radians().cos().max(0.01))).min(180.0);
        let (south, _) = cell(latitude - d_lat, longitude);
        let (north, _) = cell(latitude + d_lat, longitude);
        let west = (longitude - d_lon).floor() as i32;
        let columns = ((longitude + d_lon).floor() as i32 - west + 1).min(360);
        let mut found = Vec::new();
        for lat in south..=north {
            for column in 0..columns {
                let lon = ((west + column + 180).rem_euclid(360) - 180) as i16;
                if let Some(places) = self.cells.get(&(lat, lon)) {
                    found.extend_from_slice(places);
                }
            }
        }
        found
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Number of folded names in the index.
    pub fn indexed_names(&self) -> usize {
        self.index.len()
    }

    fn key(&self, entry: &IndexEntry) -> &str {
        &self.keys[entry.key_start as usize..(entry.key_start + entry.key_len) as usize]
    }

    /// The index entries whose folded name starts with `prefix` (all of them for an exact
    /// lookup's range are among these, first).
    fn with_prefix(&self, prefix: &str) -> &[IndexEntry] {
        let start = self.index.partition_point(|e| self.key(e) < prefix);
        let len = self.index[start..].partition_point(|e| self.key(e).starts_with(prefix));
        &self.index[start..start + len]
    }

    /// The places one of whose names folds like `name`, largest population first.
    pub fn find(&self, name: &str) -> Vec<&Place<'a>> {
        let folded = fold_query(name);
        if folded.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<&Place<'a>> = Vec::new();
        for entry in self.with_prefix(&folded) {
            if self.key(entry) != folded {
                break;
            }
            let place = &self.places[entry.place as usize];
            if !found.iter().any(|p| p.geonames_id == place.geonames_id) {
                found.push(place);
            }
        }
        // Several names of one place can fold alike; the index orders by population per name only.
        found.sort_by_key(|p| std::cmp::Reverse(p.population));
        found
    }

    /// The largest place in `country` (ISO 3166-1 alpha-2, either case) one of whose names folds
    /// like `name`.
    pub fn find_in(&self, name: &str, country: &str) -> Option<&Place<'a>> {
        self.find(name)
            .into_iter()
            .find(|p| p.country.eq_ignore_ascii_case(country))
    }

    /// The place nearest to a point one of whose names folds like `name`: tells apart places of the
    /// same name by a body's coordinates.
    pub fn near(&self, latitude: f64, longitude: f64, name: &str) -> Option<&Place<'a>> {
        self.find(name).into_iter().min_by(|a, b| {
            a.distance_km(latitude, longitude)
                .total_cmp(&b.distance_km(latitude, longitude))
        })
    }

    /// The places a registry name may mean, in `country` if given, each with how the name relates to
    /// it; best agreement first, then largest population. Names that fold alike (also without a
    /// qualifier) are looked up in the index; only when there are none, names that the registry's
    /// name is the start of, and names within a few typing errors, are searched (in `country` if
    /// given, else everywhere, which takes longer). At most `limit` candidates.
    pub fn candidates(
        &self,
        registry_name: &str,
        country: Option<&str>,
        limit: usize,
    ) -> Vec<Candidate<'_, 'a>> {
        self.candidates_with(registry_name, country, limit, |name, in_country| {
            self.similar(name, in_country)
        })
    }

    /// Like [`Gazetteer::candidates`], but near misses are searched only among the places within
    /// `km` of `at`, found through a grid of places by position (a few hundred places instead of
    /// every name of a country), and not at all without `at`. What the data-quality check needs: it
    /// suggests another spelling only for a place at the body's coordinates, so searching the whole
    /// country for each of 100,000 bodies would be work thrown away.
    pub fn candidates_near(
        &self,
        registry_name: &str,
        country: Option<&str>,
        at: Option<(f64, f64)>,
        km: f64,
        limit: usize,
    ) -> Vec<Candidate<'_, 'a>> {
        self.candidates_with(registry_name, country, limit, |name, in_country| match at {
            Some(at) => self.similar_near(name, in_country, at, km),
            None => Vec::new(),
        })
    }

    fn candidates_with<'g>(
        &'g self,
        registry_name: &str,
        country: Option<&str>,
        limit: usize,
        near_misses: impl FnOnce(&str, &dyn Fn(&Place) -> bool) -> Vec<&'g Place<'a>>,
    ) -> Vec<Candidate<'g, 'a>> {
        let in_country =
            |place: &Place| country.is_none_or(|c| place.country.eq_ignore_ascii_case(c));
        let mut places: Vec<&Place<'a>> = self.find(registry_name);
        if let Some(base) = without_qualifier(registry_name) {
            places.extend(self.find(base));
        }
        places.retain(|p| in_country(p));
        if places.is_empty() {
            places = near_misses(registry_name, &in_country);
        }
        let mut candidates: Vec<Candidate<'_, 'a>> = Vec::new();
        for place in places {
            if candidates
                .iter()
                .any(|c| c.place.geonames_id == place.geonames_id)
            {
                continue;
            }
            if let Some(classification) = classify(registry_name, place) {
                candidates.push(Candidate {
                    place,
                    classification,
                });
            }
        }
        candidates.sort_by(|a, b| {
            a.classification
                .agreement
                .cmp(&b.classification.agreement)
                .then(b.place.population.cmp(&a.place.population))
        });
        candidates.truncate(limit);
        candidates
    }

    /// Places with a name that starts with `name` folded, or within the tolerated typing errors.
    fn similar(&self, name: &str, in_country: &dyn Fn(&Place) -> bool) -> Vec<&Place<'a>> {
        let folded = fold_query(name);
        let chars = folded.chars().count();
        let mut found: Vec<&Place<'a>> = Vec::new();
        if chars >= 3 {
            for entry in self.with_prefix(&folded) {
                let place = &self.places[entry.place as usize];
                if in_country(place) {
                    found.push(place);
                }
            }
        }
        let allowed = tolerated_edits(chars);
        if allowed == 0 {
            return found;
        }
        let close = close_to(&folded);
        // Equal names are neighbours in the index: compare each distinct name once.
        let mut last: Option<(&str, bool)> = None;
        for entry in &self.index {
            let place = &self.places[entry.place as usize];
            if !in_country(place) {
                continue;
            }
            let key = self.key(entry);
            let close = match last {
                Some((k, close)) if k == key => close,
                _ => {
                    let close = close(key);
                    last = Some((key, close));
                    close
                }
            };
            if close {
                found.push(place);
            }
        }
        found
    }

    /// The places within `km` of `at` with a name that starts with `name` folded (from three
    /// characters on), or within the tolerated typing errors.
    fn similar_near(
        &self,
        name: &str,
        in_country: &dyn Fn(&Place) -> bool,
        at: (f64, f64),
        km: f64,
    ) -> Vec<&Place<'a>> {
        let folded = fold_query(name);
        if folded.is_empty() {
            return Vec::new();
        }
        let prefix = folded.chars().count() >= 3;
        let close = close_to(&folded);
        self.around(at, km)
            .into_iter()
            .map(|position| position as usize)
            .filter(|&position| {
                let place = &self.places[position];
                in_country(place)
                    && place.distance_km(at.0, at.1) <= km
                    && self
                        .names_of(position)
                        .any(|key| (prefix && key.starts_with(&folded)) || close(key))
            })
            .map(|position| &self.places[position])
            .collect()
    }
}

/// Whether a folded name is within the typing errors tolerated for the folded name `folded`.
fn close_to(folded: &str) -> impl Fn(&str) -> bool + '_ {
    let allowed = tolerated_edits(folded.chars().count());
    move |key: &str| {
        // Folded names are ASCII, so bytes are characters. The cheap bounds first.
        allowed > 0
            && key.len().abs_diff(folded.len()) <= allowed
            && bag_distance(folded, key) <= allowed
            && strsim::damerau_levenshtein(folded, key) <= allowed
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::*;
    use crate::domain::vocab::BodyKind;

    const SAMPLE: &str = "# a comment\n\
        1\tIași\tRO\tPPLA\t23\t378954\t47.1667\t27.6\tJassy|Jászvásár\n\
        2\tHoi An\tVN\tPPL\t84\t32757\t15.8794\t108.335\tFaifo|Hội An\n\
        3\tVillars\tFR\tPPL\t84\t8709\t45.4667\t4.35\t\n\
        4\tVillars\tFR\tPPL\t75\t558\t45.8\t1.2\t\n";

    fn sample() -> Gazetteer<'static> {
        Gazetteer::parse(SAMPLE).unwrap()
    }

    fn resident_kb() -> Option<u64> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }

    #[test]
    fn loading_the_gazetteer_is_measured() {
        let before = resident_kb();
        let start = Instant::now();
        let g = gazetteer();
        let loaded = start.elapsed();
        let start = Instant::now();
        let found = g.find("Wernigerode").len();
        let lookup = start.elapsed();
        let start = Instant::now();
        let near_misses = g.candidates("Wernigrode", Some("DE"), 5).len();
        let near_miss = start.elapsed();
        let after = resident_kb();
        println!(
            "gazetteer: {} places, {} indexed names, {} bytes compressed; loaded in {loaded:?} \
             (resident memory {before:?} kB -> {after:?} kB, other tests running alongside); \
             exact lookup {lookup:?} ({found} found), near-miss search in DE {near_miss:?} \
             ({near_misses} found)",
            g.len(),
            g.indexed_names(),
            DATA.len(),
        );
        assert!(g.len() > 100_000);
    }

    #[test]
    fn near_misses_around_a_point_are_those_of_the_whole_search_that_lie_there() {
        let g = gazetteer();
        let wernigerode = (51.8352, 10.7853);
        let ids = |c: Vec<Candidate<'_, '_>>| -> Vec<u32> {
            c.iter().map(|c| c.place.geonames_id).collect()
        };
        for misspelt in ["Wernigrode", "Wernigerod", "Blankenbrug", "Halbersadt"] {
            let everywhere: Vec<u32> = g
                .candidates(misspelt, Some("DE"), 50)
                .into_iter()
                .filter(|c| c.place.distance_km(wernigerode.0, wernigerode.1) <= 50.0)
                .map(|c| c.place.geonames_id)
                .collect();
            assert!(!everywhere.is_empty(), "{misspelt}");
            let near = ids(g.candidates_near(misspelt, Some("DE"), Some(wernigerode), 50.0, 50));
            assert_eq!(near, everywhere, "{misspelt}");
            assert!(
                g.candidates_near(misspelt, Some("DE"), None, 50.0, 50)
                    .is_empty(),
                "no position, no near misses: {misspelt}"
            );
            assert!(
                g.candidates_near(misspelt, Some("DE"), Some((48.85, 2.35)), 50.0, 50)
                    .is_empty(),
                "nothing like it around Paris: {misspelt}"
            );
        }
        // Exact names are found wherever they are, with or without a position.
        assert_eq!(
            ids(g.candidates_near("Tillabéri", None, None, 50.0, 5))[0],
            2438678
        );
    }

    #[test]
    fn the_grid_wraps_around_the_date_line_and_stops_at_the_poles() {
        assert_eq!(cell(51.8, 10.7), (51, 10));
        assert_eq!(cell(-0.5, -0.5), (-1, -1));
        assert_eq!(cell(90.0, 180.0), (89, -180));
        assert_eq!(cell(-90.0, -180.0), (-90, -180));
        let g = sample();
        // Hoi An at 108.3° E is found from 108.9° E; a search at the pole looks at every column.
        assert!(g.around((15.88, 108.9), 100.0).contains(&1));
        assert!(g.around((89.9, 0.0), 50.0).is_empty());
    }

    #[test]
    fn a_malformed_line_is_reported_with_its_number() {
        let error = Gazetteer::parse("# header\n1\tIași\tRO\n").unwrap_err();
        assert_eq!(error.line, 2);
        let error = Gazetteer::parse("1\tX\tRO\tPPL\t\tmany\t1\t2\t\n").unwrap_err();
        assert_eq!(error.problem, "population is not a number");
    }

    #[test]
    fn names_are_found_whatever_their_case_and_diacritics() {
        let g = sample();
        for query in ["Iași", "Iasi", "IAȘI", "iaşi", "Jassy", "jaszvasar"] {
            assert_eq!(
                g.find(query).first().map(|p| p.geonames_id),
                Some(1),
                "{query}"
            );
        }
        assert!(g.find("Iaş").is_empty());
        assert!(g.find("").is_empty());
    }

    #[test]
    fn places_of_the_same_name_are_ordered_by_population_and_told_apart_by_position() {
        let g = sample();
        let ids: Vec<u32> = g.find("Villars").iter().map(|p| p.geonames_id).collect();
        assert_eq!(ids, [3, 4]);
        assert_eq!(g.near(45.7, 1.3, "Villars").map(|p| p.geonames_id), Some(4));
        assert_eq!(g.find_in("villars", "fr").map(|p| p.geonames_id), Some(3));
        assert_eq!(g.find_in("Villars", "CH"), None);
    }

    #[test]
    fn tillaberi_is_found_in_niger_and_not_in_nigeria() {
        let g = gazetteer();
        let place = g
            .find_in("Tillabéri", "NE")
            .expect("Tillabéri is in the gazetteer");
        assert_eq!(place.name, "Tillabéri");
        assert_eq!(place.geonames_id, 2438678);
        assert_eq!(place.feature_code, "PPLA");
        assert!(g.find_in("Tillabéri", "NG").is_none());
        assert!(g.candidates("Tillabéri", Some("NG"), 5).is_empty());
        assert_eq!(g.find("Tillaberi")[0].country, "NE");
    }

    #[test]
    fn iasi_without_diacritics_finds_iasi_and_differs_only_in_diacritics() {
        let g = gazetteer();
        let place = g.find_in("Iasi", "RO").expect("Iași is in the gazetteer");
        assert_eq!(place.name, "Iași");
        let c = classify("Iasi", place).unwrap();
        assert_eq!(c.agreement, NameAgreement::DiacriticsOrCase);
        assert_eq!(c.suggestion, "Iași");
        // GeoNames' cedilla (ş) is not the official comma below (ș).
        let c = classify("Iaşi", place).unwrap();
        assert_eq!(c.agreement, NameAgreement::DiacriticsOrCase);
        assert_eq!(
            classify("Iași", place).unwrap().agreement,
            NameAgreement::Official
        );
        let c = classify("Jassy", place).unwrap();
        assert_eq!(
            (c.agreement, c.matched),
            (NameAgreement::AlternateName, "Jassy")
        );
    }

    #[test]
    fn wernigrode_is_a_near_miss_of_wernigerode() {
        let g = gazetteer();
        let candidates = g.candidates("Wernigrode", Some("DE"), 3);
        let best = candidates.first().expect("a candidate");
        assert_eq!(best.place.name, "Wernigerode");
        assert_eq!(
            best.classification.agreement,
            NameAgreement::NearMiss { edits: 1 }
        );
        assert_eq!(best.classification.suggestion, "Wernigerode");
    }

    #[test]
    fn exonyms_spellings_qualifiers_and_truncations_are_told_apart() {
        let g = gazetteer();
        let cisnadie = g.find_in("Heltau", "RO").unwrap();
        let c = classify("Heltau", cisnadie).unwrap();
        assert_eq!(c.agreement, NameAgreement::AlternateName);
        assert_eq!(c.suggestion, "Cisnădie");
        assert_eq!(
            classify("Cisnadie", cisnadie).unwrap().agreement,
            NameAgreement::DiacriticsOrCase
        );

        let hoi_an = g.find_in("Hội An", "VN").unwrap();
        assert_eq!(
            classify("Hội An", hoi_an).unwrap().agreement,
            NameAgreement::Spelling
        );
        assert_eq!(
            classify("HOI AN", hoi_an).unwrap().agreement,
            NameAgreement::DiacriticsOrCase
        );

        let best = &g.candidates("Blankenburg (Harz)", Some("DE"), 1)[0];
        assert_eq!(best.place.admin1, "14"); // Saxony-Anhalt
        assert_eq!(best.classification.agreement, NameAgreement::Qualified);

        let best = &g.candidates("Les Grandes Vente", Some("FR"), 1)[0];
        assert_eq!(best.classification.agreement, NameAgreement::Truncated);
        assert_eq!(best.classification.suggestion, "Les Grandes-Ventes");

        let best = &g.candidates("Banska Bystrica", Some("SK"), 1)[0];
        assert_eq!(
            best.classification.agreement,
            NameAgreement::DiacriticsOrCase
        );
        assert_eq!(best.classification.suggestion, "Banská Bystrica");
    }

    #[test]
    fn bag_distance_never_exceeds_the_edit_distance() {
        for (a, b) in [
            ("wernigrode", "wernigerode"),
            ("abc", "bac"),
            ("lasi", "iasi"),
            ("", "ab"),
        ] {
            assert!(
                bag_distance(a, b) <= strsim::damerau_levenshtein(a, b),
                "{a} {b}"
            );
        }
        assert_eq!(bag_distance("wernigrode", "wernigerode"), 1);
        assert_eq!(bag_distance("berlin", "paris"), 4);
    }

    #[test]
    fn a_qualifier_is_a_bracket_or_a_canton() {
        assert_eq!(without_qualifier("Blankenburg (Harz)"), Some("Blankenburg"));
        assert_eq!(without_qualifier("Veltheim AG"), Some("Veltheim"));
        assert_eq!(without_qualifier("Veltheim"), None);
        assert_eq!(without_qualifier("(Harz)"), None);
        assert_eq!(without_qualifier("Hoi An"), None);
    }

    /// Every municipality and locality of the seed is found in its country under a correct form of
    /// its name, except the ones listed here with the reason; the page's errors among them are
    /// what the quality check is for.
    #[test]
    fn every_municipality_of_the_seed_is_found_in_its_country() {
        let exceptions: &[(&str, &str)] = &[
            // Not in GeoNames' cities500 at all.
            (
                "oberharz-am-brocken",
                "formed in 2010; GeoNames has only its parts (Elbingerode, …)",
            ),
            (
                "purhus",
                "merged into Randers Kommune in 2007; GeoNames has no Purhus",
            ),
            (
                "saint-hellier",
                "fewer than 500 inhabitants: not in cities500",
            ),
            (
                "ardouva",
                "PAGE ERROR for Ardouval, which has fewer than 500 inhabitants",
            ),
            // PAGE ERROR: the page's country is wrong (the town is in Niger).
            (
                "tillaberi",
                "PAGE ERROR: Tillabéri is in NE, the seed keeps the page's NG",
            ),
            // PAGE ERROR: found, with a correction to suggest.
            (
                "les-grandes-vente",
                "PAGE ERROR: truncated form of Les Grandes-Ventes",
            ),
            (
                "banska-bystrica",
                "PAGE ERROR: Banská Bystrica without its diacritic",
            ),
        ];
        let seed = crate::io::seed::load(None).unwrap();
        let g = gazetteer();
        let mut unexpected = Vec::new();
        let mut checked = 0;
        for body in &seed.bodies {
            if !matches!(body.kind, BodyKind::Municipality | BodyKind::Locality) {
                continue;
            }
            checked += 1;
            let slug = body.slug.as_str();
            let candidates = g.candidates(&body.name, Some(body.country.as_str()), 3);
            let correct = candidates.first().is_some_and(|c| {
                c.classification.agreement.is_correct()
                    || c.classification.agreement == NameAgreement::AlternateName
            });
            let excepted = exceptions.iter().any(|(s, _)| *s == slug);
            if correct == excepted {
                unexpected.push(format!(
                    "{slug} ({}, {}): {}",
                    body.name,
                    body.country,
                    candidates
                        .first()
                        .map_or("not found".to_owned(), |c| format!(
                            "{:?} {}",
                            c.classification.agreement, c.place.name
                        ))
                ));
            }
        }
        assert!(checked > 25, "only {checked} municipalities in the seed");
        assert!(unexpected.is_empty(), "unexpected: {unexpected:#?}");
    }
}
