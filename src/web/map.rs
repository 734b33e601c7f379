//! The map of all partnerships (`/{lang}/map`): inline SVG drawn on the server, so it needs no
//! JavaScript, no tile server and no network, with the same information as a list beside it.
//!
//! # Base map
//! Country outlines come from Natural Earth (public domain) through the npm package `world-atlas`,
//! simplified and encoded by `tools/geodata/build-basemap.mjs` into `map_data/countries-*.txt` (the
//! script documents the format). Both files are compiled into the binary and parsed once.
//!
//! # Projection
//! Equirectangular with the standard parallel in the middle of the section shown:
//! `x = (λ − λ_west) · cos φ₀ · k`, `y = (φ_north − φ) · k`, with `φ₀ = (φ_south + φ_north) / 2` and `k`
//! chosen so the section is [`WIDTH`] units wide. At the latitudes of a regional section (Europe,
//! ±15° around φ₀) this keeps shapes and distances close to true (scale error under 10 %), it is
//! trivial to compute and test, and lines of longitude and latitude stay straight, so a section of one
//! map is a rectangle on another (the world overview marks the main section that way).
//!
//! # Sections
//! The main section fits the bodies near the home bodies (within [`REGION_HALF_LON`] and
//! [`REGION_HALF_LAT`] degrees of their centre: Europe, for a German district). Partners farther away
//! (Vietnam, Niger) get a line that leaves the section with an arrow, and a smaller world overview
//! shows every line. When the home bodies crowd into a few pixels of the main section (the towns
//! of one district), a close-up shows them with their names, lines leaving it towards the partners.
//! Every body with coordinates gets a marker; a line needs both partners placed. Bodies without
//! coordinates are named on the page and in the list, never guessed.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::sync::LazyLock;

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::language::PageLang;
use super::pages::FilterSelect;
use super::partnerships::{country_select, vocab_select};
use super::respond;
use crate::app::AppState;
use crate::domain::registry::BodyRef;
use crate::domain::vocab::{BodyKind, PartnershipLevel};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::params::{PartnershipQuery, QueryParams};
use crate::store::map::{GeoPoint, MapPartnership};

/// Width of every map in SVG user units; heights follow from the section's shape.
const WIDTH: f64 = 1000.0;
/// How far from the centre of the home bodies a body may lie and still shape the main section.
const REGION_HALF_LON: f64 = 45.0;
const REGION_HALF_LAT: f64 = 22.0;
/// How the main section fits its places: at least 8 degrees of latitude, so one town does not
/// fill the map.
const MAIN_FIT: Fit = Fit {
    min_lon_span: 0.0,
    min_lat_span: 8.0,
    min_pad: 1.0,
    aspect: (0.6, 0.85),
};
/// The world overview: at least 100 degrees of longitude.
const WORLD_FIT: Fit = Fit {
    min_lon_span: 100.0,
    min_lat_span: 4.0,
    min_pad: 1.0,
    aspect: (0.45, 0.6),
};
/// The close-up of the home bodies: a few kilometres of margin.
const HOME_FIT: Fit = Fit {
    min_lon_span: 0.0,
    min_lat_span: 0.2,
    min_pad: 0.06,
    aspect: (0.55, 0.75),
};
/// The close-up is drawn when the home bodies crowd into less than this share of the main
/// section's width.
const HOME_CROWDED: f64 = 0.12;
/// Label size in the close-up, in SVG units (about 14 px at its usual display width).
const LABEL_SIZE: f64 = 24.0;
/// Sections wider than this (degrees of longitude) use the coarser 1:110m outlines.
const DETAILED_MAX_LON_SPAN: f64 = 60.0;

// ---------------------------------------------------------------------------------------------
// Base map
// ---------------------------------------------------------------------------------------------

/// One country's outline in hundredths of a degree (longitude, latitude).
#[derive(Debug)]
struct Country {
    /// ISO 3166-1 alpha-2, empty where Natural Earth has none.
    code: String,
    rings: Vec<Vec<(i32, i32)>>,
    /// West, south, east, north.
    bounds: (i32, i32, i32, i32),
}

#[derive(Debug)]
struct BaseMap {
    countries: Vec<Country>,
}

static DETAILED: LazyLock<BaseMap> = LazyLock::new(|| {
    BaseMap::parse(include_str!("map_data/countries-50m.txt"))
        .expect("the bundled 1:50m base map is well-formed")
});
static COARSE: LazyLock<BaseMap> = LazyLock::new(|| {
    BaseMap::parse(include_str!("map_data/countries-110m.txt"))
        .expect("the bundled 1:110m base map is well-formed")
});

impl BaseMap {
    /// Reads the format `tools/geodata/build-basemap.mjs` writes; `Err` names the first bad line.
    fn parse(text: &str) -> Result<BaseMap, String> {
        let mut countries = Vec::new();
        for (number, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |what: &str| format!("line {}: {what}", number + 1);
            let fields: Vec<&str> = line.split('\t').collect();
            let [code, _id, _name, rings] = fields[..] else {
                return Err(bad("expected four tab-separated fields"));
            };
            let rings = rings
                .split(' ')
                .map(|ring| decode_polyline(ring).filter(|points| points.len() >= 3))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| {
                    bad("a ring is not a valid encoded polyline of three or more points")
                })?;
            let mut bounds = (i32::MAX, i32::MAX, i32::MIN, i32::MIN);
            for &(x, y) in rings.iter().flatten() {
                bounds = (
                    bounds.0.min(x),
                    bounds.1.min(y),
                    bounds.2.max(x),
                    bounds.3.max(y),
                );
            }
            countries.push(Country {
                code: code.to_owned(),
                rings,
                bounds,
            });
        }
        Ok(BaseMap { countries })
    }
}

/// Decodes an encoded polyline (pairs of zig-zag, 5-bit-grouped deltas) into absolute points.
fn decode_polyline(text: &str) -> Option<Vec<(i32, i32)>> {
    let mut numbers = Vec::new();
    let (mut value, mut shift) = (0i64, 0u32);
    for byte in text.bytes() {
        let group = i64::from(byte.checked_sub(63).filter(|g| *g < 64)?);
        value |= (group & 0x1f) << shift;
        if group & 0x20 != 0 {
            shift += 5;
            if shift > 30 {
                return None;
            }
        } else {
            let signed = if value & 1 == 1 {
                !(value >> 1)
            } else {
                value >> 1
            };
            numbers.push(i32::try_from(signed).ok()?);
            value = 0;
            shift = 0;
        }
    }
    if shift != 0 || numbers.len() % 2 != 0 {
        return None;
    }
    let (mut x, mut y) = (0i32, 0i32);
    numbers
        .chunks(2)
        .map(|pair| {
            x = x.checked_add(pair[0])?;
            y = y.checked_add(pair[1])?;
            Some((x, y))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Projection and sections
// ---------------------------------------------------------------------------------------------

/// A section of the globe and its equirectangular projection onto `WIDTH` × `height` units.
#[derive(Debug, Clone, Copy, PartialEq)]
struct View {
    west: f64,
    east: f64,
    south: f64,
    north: f64,
    /// Units per degree of latitude.
    scale: f64,
    /// cos φ₀: a degree of longitude is `scale * cos0` units.
    cos0: f64,
}

impl View {
    fn new(west: f64, east: f64, south: f64, north: f64) -> View {
        let cos0 = ((south + north) / 2.0).to_radians().cos();
        View {
            west,
            east,
            south,
            north,
            scale: WIDTH / ((east - west) * cos0),
            cos0,
        }
    }

    /// The section around `points`: their bounding box with a margin, grown to the least spans
    /// of `fit`, then widened or heightened into its aspect range.
    fn fit(points: &[GeoPoint], fit: Fit) -> Option<View> {
        let first = points.first()?;
        let (mut west, mut east) = (first.longitude, first.longitude);
        let (mut south, mut north) = (first.latitude, first.latitude);
        for p in points {
            west = west.min(p.longitude);
            east = east.max(p.longitude);
            south = south.min(p.latitude);
            north = north.max(p.latitude);
        }
        let pad_lon = ((east - west) * 0.08).max(fit.min_pad);
        let pad_lat = ((north - south) * 0.08).max(fit.min_pad);
        let (mut west, mut east) = (west - pad_lon, east + pad_lon);
        let (mut south, mut north) = (south - pad_lat, north + pad_lat);
        grow(&mut south, &mut north, fit.min_lat_span);
        grow(&mut west, &mut east, fit.min_lon_span);
        let cos0 = ((south + north) / 2.0).to_radians().cos().max(0.1);
        let ratio = (north - south) / ((east - west) * cos0);
        if ratio < fit.aspect.0 {
            grow(&mut south, &mut north, fit.aspect.0 * (east - west) * cos0);
        } else if ratio > fit.aspect.1 {
            grow(
                &mut west,
                &mut east,
                (north - south) / (fit.aspect.1 * cos0),
            );
        }
        // Keep away from the poles, where equirectangular maps stretch without end.
        let shift = (south.max(-80.0) - south) + (north.min(84.0) - north);
        let (south, north) = ((south + shift).max(-80.0), (north + shift).min(84.0));
        Some(View::new(
            west,
            east.max(west + 0.01),
            south,
            north.max(south + 0.01),
        ))
    }

    fn height(&self) -> f64 {
        (self.north - self.south) * self.scale
    }

    fn project(&self, longitude: f64, latitude: f64) -> (f64, f64) {
        (
            (longitude - self.west) * self.cos0 * self.scale,
            (self.north - latitude) * self.scale,
        )
    }

    fn project_point(&self, p: GeoPoint) -> (f64, f64) {
        self.project(p.longitude, p.latitude)
    }

    fn contains(&self, p: GeoPoint) -> bool {
        (self.west..=self.east).contains(&p.longitude)
            && (self.south..=self.north).contains(&p.latitude)
    }

    /// Whether a box of hundredths of a degree (west, south, east, north) overlaps the section.
    fn overlaps(&self, bounds: (i32, i32, i32, i32)) -> bool {
        let hundredths = |v: i32| f64::from(v) / 100.0;
        hundredths(bounds.0) <= self.east
            && hundredths(bounds.2) >= self.west
            && hundredths(bounds.1) <= self.north
            && hundredths(bounds.3) >= self.south
    }

    fn lon_span(&self) -> f64 {
        self.east - self.west
    }
}

/// How a section is fitted around its places (degrees; aspect is height / width).
#[derive(Debug, Clone, Copy)]
struct Fit {
    min_lon_span: f64,
    min_lat_span: f64,
    /// Least margin around the places.
    min_pad: f64,
    aspect: (f64, f64),
}

/// Widens `[low, high]` symmetrically to at least `span`.
fn grow(low: &mut f64, high: &mut f64, span: f64) {
    let missing = span - (*high - *low);
    if missing > 0.0 {
        *low -= missing / 2.0;
        *high += missing / 2.0;
    }
}

// ---------------------------------------------------------------------------------------------
// Geometry in projected units
// ---------------------------------------------------------------------------------------------

/// A rectangle of projected units.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rect {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

/// Sutherland–Hodgman: the part of a closed ring inside `rect` (a ring along its edges where the
/// ring leaves it). Filled with the even-odd rule, the result covers the same area inside `rect`.
fn clip_ring(points: &[(f64, f64)], rect: Rect) -> Vec<(f64, f64)> {
    type Inside = fn(&(f64, f64), &Rect) -> bool;
    type Cross = fn((f64, f64), (f64, f64), &Rect) -> (f64, f64);
    let edges: [(Inside, Cross); 4] = [
        (
            |p, r| p.0 >= r.x0,
            |a, b, r| (r.x0, a.1 + (b.1 - a.1) * (r.x0 - a.0) / (b.0 - a.0)),
        ),
        (
            |p, r| p.0 <= r.x1,
            |a, b, r| (r.x1, a.1 + (b.1 - a.1) * (r.x1 - a.0) / (b.0 - a.0)),
        ),
        (
            |p, r| p.1 >= r.y0,
            |a, b, r| (a.0 + (b.0 - a.0) * (r.y0 - a.1) / (b.1 - a.1), r.y0),
        ),
        (
            |p, r| p.1 <= r.y1,
            |a, b, r| (a.0 + (b.0 - a.0) * (r.y1 - a.1) / (b.1 - a.1), r.y1),
        ),
    ];
    let mut output = points.to_vec();
    for (inside, cross) in edges {
        let input = std::mem::take(&mut output);
        let Some(&last) = input.last() else { break };
        let mut previous = last;
        for &current in &input {
            match (inside(&previous, &rect), inside(&current, &rect)) {
                (true, true) => output.push(current),
                (true, false) => output.push(cross(previous, current, &rect)),
                (false, true) => {
                    output.push(cross(previous, current, &rect));
                    output.push(current);
                }
                (false, false) => {}
            }
            previous = current;
        }
    }
    output
}

/// Liang–Barsky: the part of the segment `a`–`b` inside `rect`, or `None`.
fn clip_segment(a: (f64, f64), b: (f64, f64), rect: Rect) -> Option<((f64, f64), (f64, f64))> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, a.0 - rect.x0),
        (dx, rect.x1 - a.0),
        (-dy, a.1 - rect.y0),
        (dy, rect.y1 - a.1),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    (t0 <= t1).then_some((
        (a.0 + t0 * dx, a.1 + t0 * dy),
        (a.0 + t1 * dx, a.1 + t1 * dy),
    ))
}

/// SVG path data of one ring in whole units, relative moves after the first point: `M3 4l1 0 0-2z`.
/// Points that round onto the one before are dropped; `None` when fewer than three remain.
fn ring_path(points: &[(f64, f64)]) -> Option<String> {
    let mut rounded: Vec<(i64, i64)> = Vec::with_capacity(points.len());
    for &(x, y) in points {
        let p = (x.round() as i64, y.round() as i64);
        if rounded.last() != Some(&p) {
            rounded.push(p);
        }
    }
    if rounded.len() > 1 && rounded.first() == rounded.last() {
        rounded.pop();
    }
    if rounded.len() < 3 {
        return None;
    }
    let mut d = format!("M{} {}", rounded[0].0, rounded[0].1);
    let mut previous = rounded[0];
    for (i, &p) in rounded.iter().enumerate().skip(1) {
        let (dx, dy) = (p.0 - previous.0, p.1 - previous.1);
        if i == 1 {
            d.push('l');
            if dx < 0 {
                d.push('-');
            }
        } else {
            d.push(if dx < 0 { '-' } else { ' ' });
        }
        let _ = write!(d, "{}", dx.abs());
        if dy < 0 {
            let _ = write!(d, "-{}", -dy);
        } else {
            let _ = write!(d, " {dy}");
        }
        previous = p;
    }
    d.push('z');
    Some(d)
}

/// Even-odd point-in-polygon test over all rings of a country (hundredths of a degree).
fn country_contains(country: &Country, p: GeoPoint) -> bool {
    let (x, y) = (p.longitude * 100.0, p.latitude * 100.0);
    let (x0, y0, x1, y1) = country.bounds;
    if x < f64::from(x0) || x > f64::from(x1) || y < f64::from(y0) || y > f64::from(y1) {
        return false;
    }
    let mut inside = false;
    for ring in &country.rings {
        let mut j = ring.len() - 1;
        for i in 0..ring.len() {
            let (xi, yi) = (f64::from(ring[i].0), f64::from(ring[i].1));
            let (xj, yj) = (f64::from(ring[j].0), f64::from(ring[j].1));
            if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
                inside = !inside;
            }
            j = i;
        }
    }
    inside
}

/// A coordinate for SVG: one decimal, without a trailing `.0`.
fn num(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}

// ---------------------------------------------------------------------------------------------
// What the template draws
// ---------------------------------------------------------------------------------------------

/// One country's outline on a map.
pub struct Shape {
    pub d: String,
    /// A drawn body lies in it.
    pub partner: bool,
}

/// A partnership's line.
pub struct Link {
    pub slug: String,
    /// The level's key, for the line's style.
    pub level: &'static str,
    pub x1: String,
    pub y1: String,
    pub x2: String,
    pub y2: String,
    /// The line leaves the section: its far end lies beyond the edge.
    pub beyond: bool,
    pub title: String,
}

/// A body's marker.
pub struct Marker {
    pub cx: String,
    pub cy: String,
    pub r: String,
    /// The home side of a partnership (else a partner).
    pub home: bool,
    /// A district, region or the like, drawn larger.
    pub large: bool,
    pub title: String,
}

/// A place's name beside its marker (close-up only).
pub struct Label {
    pub x: String,
    pub y: String,
    /// `start`, `end` or `middle`.
    pub anchor: &'static str,
    pub text: String,
}

/// One drawn map: a section with outlines, lines and markers.
pub struct SvgMap {
    /// Element id prefix: `map-main`, `map-world`.
    pub id: &'static str,
    pub height: String,
    pub title: String,
    pub desc: String,
    pub shapes: Vec<Shape>,
    pub links: Vec<Link>,
    pub markers: Vec<Marker>,
    pub labels: Vec<Label>,
    /// The main section, outlined on the world overview.
    pub frame: Option<(String, String, String, String)>,
}

/// A line style in the legend.
pub struct LegendLine {
    pub level: &'static str,
    pub label: String,
}

/// A partnership in the list beside the map.
pub struct ListEntry {
    pub slug: String,
    pub partner: BodyRef,
    pub level: PartnershipLevel,
    pub drawn: bool,
}

/// The partnerships of one home body.
pub struct HomeGroup {
    pub home: BodyRef,
    pub entries: Vec<ListEntry>,
}

#[derive(Template)]
#[template(path = "map.html")]
pub struct MapPage {
    pub t: Tr,
    /// This page's address without language prefix, for the language switcher.
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub filters: Vec<FilterSelect>,
    /// Partnerships the filter selects.
    pub total: i64,
    /// Of those, the ones on this page (at most [`MAP_LIMIT`]).
    pub shown: i64,
    pub drawn: i64,
    pub main: Option<SvgMap>,
    /// The home bodies close up, when they crowd together on the main map.
    pub home: Option<SvgMap>,
    pub world: Option<SvgMap>,
    pub legend: Vec<LegendLine>,
    /// Some line leaves the main section.
    pub beyond: bool,
    /// The main section shows a district-sized marker.
    pub large: bool,
    pub groups: Vec<HomeGroup>,
    /// Bodies without coordinates, which the map cannot place.
    pub unplaced: Vec<BodyRef>,
}

impl MapPage {
    /// The presentation attributes of a level's lines (the stylesheet sets the same, and dark-mode
    /// colours): solid and thick for districts, dashed for towns, dotted for villages, so the levels
    /// differ by more than colour.
    fn line_style(&self, level: &str) -> &'static str {
        match level {
            "district" => r##"stroke="#0b3d7a" stroke-width="3""##,
            "village" => r##"stroke="#1e6b36" stroke-width="2.5" stroke-dasharray="1 5""##,
            _ => r##"stroke="#b3261e" stroke-width="2" stroke-dasharray="8 4""##,
        }
    }

    fn unplaced_names(&self) -> String {
        self.unplaced
            .iter()
            .map(|b| b.display_name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

// ---------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------

/// At most this many partnerships are drawn and listed: beyond it a map is unreadable and the page
/// grows without bound on a Europe-wide registry. The page asks for a narrower filter instead.
const MAP_LIMIT: u32 = 500;

pub async fn show_map(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    query: Result<QueryParams<PartnershipQuery>, AppError>,
) -> Response {
    let page = match query {
        Ok(QueryParams(query)) => map_page(&state, &t, &here, query).await,
        Err(e) => Err(e),
    };
    respond(&t, &here, page)
}

async fn map_page(
    state: &AppState,
    t: &Tr,
    here: &str,
    query: PartnershipQuery,
) -> Result<MapPage, AppError> {
    let filter = query.filter()?;
    let (partnerships, selected) = state
        .store
        .map_partnerships(&filter, t.lang(), MAP_LIMIT)
        .await?;
    let filters = vec![
        vocab_select(t, "level", PartnershipLevel::ALL, filter.level),
        country_select(state, t, &filter).await?,
    ];
    let drawing = Drawing::new(t, &partnerships);
    let mut legend_levels: Vec<PartnershipLevel> = partnerships
        .iter()
        .filter(|p| p.drawable())
        .map(|p| p.level)
        .collect();
    legend_levels.sort();
    legend_levels.dedup();
    Ok(MapPage {
        title: t.t("map-title"),
        section: "map",
        filters,
        total: selected,
        shown: partnerships.len() as i64,
        drawn: partnerships.iter().filter(|p| p.drawable()).count() as i64,
        beyond: drawing
            .main
            .as_ref()
            .is_some_and(|m| m.links.iter().any(|l| l.beyond)),
        large: drawing
            .main
            .as_ref()
            .is_some_and(|m| m.markers.iter().any(|k| k.large)),
        main: drawing.main,
        home: drawing.home,
        world: drawing.world,
        legend: legend_levels
            .into_iter()
            .map(|level| LegendLine {
                level: level.as_str(),
                label: t.vocab("level", level),
            })
            .collect(),
        groups: groups(&partnerships),
        unplaced: unplaced(&partnerships),
        t: t.clone(),
        here: here.to_owned(),
    })
}

/// The list beside the map: partnerships by home body, in the list's order.
fn groups(partnerships: &[MapPartnership]) -> Vec<HomeGroup> {
    let mut groups: Vec<HomeGroup> = Vec::new();
    for p in partnerships {
        let entry = ListEntry {
            slug: p.slug.clone(),
            partner: p.partner.body.clone(),
            level: p.level,
            drawn: p.drawable(),
        };
        match groups.iter_mut().find(|g| g.home.slug == p.home.body.slug) {
            Some(group) => group.entries.push(entry),
            None => groups.push(HomeGroup {
                home: p.home.body.clone(),
                entries: vec![entry],
            }),
        }
    }
    groups
}

/// The bodies without coordinates, each once, in the list's order.
fn unplaced(partnerships: &[MapPartnership]) -> Vec<BodyRef> {
    let mut seen = HashSet::new();
    partnerships
        .iter()
        .flat_map(|p| [&p.home, &p.partner])
        .filter(|end| end.position.is_none() && seen.insert(end.body.slug.clone()))
        .map(|end| end.body.clone())
        .collect()
}

/// A body with coordinates, as the maps place it.
struct Place<'a> {
    body: &'a BodyRef,
    at: GeoPoint,
    home: bool,
}

/// The maps for a set of partnerships: the main section, the home bodies close up, the world.
struct Drawing {
    main: Option<SvgMap>,
    home: Option<SvgMap>,
    world: Option<SvgMap>,
}

impl Drawing {
    fn new(t: &Tr, partnerships: &[MapPartnership]) -> Drawing {
        let drawable: Vec<&MapPartnership> = partnerships.iter().filter(|p| p.drawable()).collect();
        // Every body with coordinates gets a marker, also where its partner has none to draw a
        // line to.
        let places = places(partnerships);
        let homes: Vec<GeoPoint> = places.iter().filter(|p| p.home).map(|p| p.at).collect();
        let Some(main_view) = main_view(&homes, &places) else {
            return Drawing {
                main: None,
                home: None,
                world: None,
            };
        };
        let country_count = {
            let mut codes: Vec<&str> = places.iter().map(|p| p.body.country.as_str()).collect();
            codes.sort_unstable();
            codes.dedup();
            codes.len() as i64
        };
        let main = draw(
            Options {
                id: "map-main",
                title: t.t("map-svg-title"),
                desc: format!(
                    "{} {} {}",
                    t.count("map-svg-desc-lines", drawable.len() as i64),
                    t.count("map-svg-desc-countries", country_count),
                    t.t("map-svg-desc-list")
                ),
                frame: None,
                kind: Kind::Main,
            },
            main_view,
            &drawable,
            &places,
            t,
        );
        let home = home_view(&homes, main_view).map(|view| {
            let names = places
                .iter()
                .filter(|p| p.home)
                .map(|p| p.body.display_name.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            draw(
                Options {
                    id: "map-home",
                    title: t.t("map-home-title"),
                    desc: t.t1("map-home-desc", "name", names),
                    frame: None,
                    kind: Kind::CloseUp,
                },
                view,
                &drawable,
                &places,
                t,
            )
        });
        let outside: Vec<&Place> = places
            .iter()
            .filter(|p| !main_view.contains(p.at))
            .collect();
        let world = if outside.is_empty() {
            None
        } else {
            let all: Vec<GeoPoint> = places.iter().map(|p| p.at).collect();
            View::fit(&all, WORLD_FIT).map(|view| {
                let names = outside
                    .iter()
                    .map(|p| format!("{} ({})", p.body.display_name, t.country(&p.body.country)))
                    .collect::<Vec<_>>()
                    .join(", ");
                draw(
                    Options {
                        id: "map-world",
                        title: t.t("map-world-title"),
                        desc: t.t1("map-world-desc", "name", names),
                        frame: Some(main_view),
                        kind: Kind::World,
                    },
                    view,
                    &drawable,
                    &places,
                    t,
                )
            })
        };
        Drawing {
            main: Some(main),
            home,
            world,
        }
    }
}

/// Every body with coordinates once; home if it is the home side of any of the partnerships.
fn places(partnerships: &[MapPartnership]) -> Vec<Place<'_>> {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut places: Vec<Place> = Vec::new();
    for p in partnerships {
        for (end, home) in [(&p.home, true), (&p.partner, false)] {
            let Some(at) = end.position else { continue };
            match index.get(end.body.slug.as_str()) {
                Some(&i) => places[i].home |= home,
                None => {
                    index.insert(&end.body.slug, places.len());
                    places.push(Place {
                        body: &end.body,
                        at,
                        home,
                    });
                }
            }
        }
    }
    places
}

/// The main section: the places within the region around the home bodies' centre.
fn main_view(homes: &[GeoPoint], places: &[Place]) -> Option<View> {
    let all: Vec<GeoPoint> = places.iter().map(|p| p.at).collect();
    let anchor = if homes.is_empty() { &all } else { homes };
    let n = anchor.len() as f64;
    if anchor.is_empty() {
        return None;
    }
    let centre_lon = anchor.iter().map(|p| p.longitude).sum::<f64>() / n;
    let centre_lat = anchor.iter().map(|p| p.latitude).sum::<f64>() / n;
    let near: Vec<GeoPoint> = all
        .iter()
        .copied()
        .filter(|p| {
            (p.longitude - centre_lon).abs() <= REGION_HALF_LON
                && (p.latitude - centre_lat).abs() <= REGION_HALF_LAT
        })
        .collect();
    View::fit(&near, MAIN_FIT)
}

/// The close-up of the home bodies, when there are several places and they crowd together on the
/// main section.
fn home_view(homes: &[GeoPoint], main: View) -> Option<View> {
    let mut distinct: Vec<GeoPoint> = Vec::new();
    for p in homes {
        if !distinct.contains(p) {
            distinct.push(*p);
        }
    }
    if distinct.len() < 2 {
        return None;
    }
    let view = View::fit(&distinct, HOME_FIT)?;
    (view.lon_span() < main.lon_span() * HOME_CROWDED).then_some(view)
}

fn is_large(kind: BodyKind) -> bool {
    matches!(
        kind,
        BodyKind::Country | BodyKind::Region | BodyKind::Department | BodyKind::District
    )
}

/// Which map is drawn: it decides marker sizes, outlines and labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Main,
    CloseUp,
    World,
}

/// The marker radius of a body: regions and districts larger than towns, so a district drawn at
/// its seat stays visible around the town's marker.
fn radius(kind: BodyKind, map: Kind) -> f64 {
    match (map, is_large(kind)) {
        (Kind::World, true) => 9.0,
        (Kind::World, false) => 6.0,
        (Kind::Main, true) => 11.0,
        (Kind::Main, false) => 7.0,
        (Kind::CloseUp, true) => 14.0,
        (Kind::CloseUp, false) => 9.0,
    }
}

struct Options {
    id: &'static str,
    title: String,
    desc: String,
    /// A section to outline (the main one, on the world overview).
    frame: Option<View>,
    kind: Kind,
}

fn draw(
    options: Options,
    view: View,
    drawable: &[&MapPartnership],
    places: &[Place],
    t: &Tr,
) -> SvgMap {
    let height = view.height();
    let visible = Rect {
        x0: 0.0,
        y0: 0.0,
        x1: WIDTH,
        y1: height,
    };
    // Outlines are cut a little outside the visible area, so their cut edges never show.
    let cut = Rect {
        x0: -20.0,
        y0: -20.0,
        x1: WIDTH + 20.0,
        y1: height + 20.0,
    };
    let base: &BaseMap = if view.lon_span() > DETAILED_MAX_LON_SPAN {
        &COARSE
    } else {
        &DETAILED
    };
    let shapes = base
        .countries
        .iter()
        .filter(|c| view.overlaps(c.bounds))
        .filter_map(|country| {
            let mut d = String::new();
            for ring in &country.rings {
                let projected: Vec<(f64, f64)> = ring
                    .iter()
                    .map(|&(x, y)| view.project(f64::from(x) / 100.0, f64::from(y) / 100.0))
                    .collect();
                if let Some(path) = ring_path(&clip_ring(&projected, cut)) {
                    d.push_str(&path);
                }
            }
            (!d.is_empty()).then(|| Shape {
                partner: !country.code.is_empty()
                    && places.iter().any(|p| country_contains(country, p.at)),
                d,
            })
        })
        .collect();

    let links = drawable
        .iter()
        .filter_map(|p| {
            let (a, b) = (p.home.position?, p.partner.position?);
            let (from, to) = (view.project_point(a), view.project_point(b));
            let (start, end) = clip_segment(from, to, visible)?;
            let beyond = !view.contains(b) && (end.0 - to.0).abs() + (end.1 - to.1).abs() > 0.5;
            Some(Link {
                slug: p.slug.clone(),
                level: p.level.as_str(),
                x1: num(start.0),
                y1: num(start.1),
                x2: num(end.0),
                y2: num(end.1),
                beyond,
                title: format!(
                    "{} – {} ({})",
                    p.home.body.display_name,
                    p.partner.body.display_name,
                    t.vocab("level", p.level)
                ),
            })
        })
        .collect();

    // Large markers first, so smaller ones at the same place stay on top and visible.
    let mut shown: Vec<&Place> = places.iter().filter(|p| view.contains(p.at)).collect();
    shown.sort_by_key(|p| !is_large(p.body.kind));
    let circles: Vec<(f64, f64, f64)> = shown
        .iter()
        .map(|place| {
            let (x, y) = view.project_point(place.at);
            (x, y, radius(place.body.kind, options.kind))
        })
        .collect();
    let markers = shown
        .iter()
        .zip(&circles)
        .map(|(place, &(x, y, r))| Marker {
            cx: num(x),
            cy: num(y),
            r: num(r),
            home: place.home,
            large: is_large(place.body.kind),
            title: format!(
                "{} ({})",
                place.body.display_name,
                t.country(&place.body.country)
            ),
        })
        .collect();
    let labels = if options.kind == Kind::CloseUp {
        let names: Vec<&str> = shown.iter().map(|p| p.body.display_name.as_str()).collect();
        place_labels(&names, &circles, visible)
    } else {
        Vec::new()
    };

    let frame = options.frame.map(|inner| {
        let (x0, y0) = view.project(inner.west, inner.north);
        let (x1, y1) = view.project(inner.east, inner.south);
        (num(x0), num(y0), num(x1 - x0), num(y1 - y0))
    });
    SvgMap {
        id: options.id,
        height: num(height),
        title: options.title,
        desc: options.desc,
        shapes,
        links,
        markers,
        labels,
        frame,
    }
}

/// Names beside their markers without overlapping each other or other markers: each tries right,
/// left, above and below its marker and is left out where none fits (the marker's hover title and
/// the list still name it). Places at the same point share one label ("Landkreis Harz / Halberstadt").
fn place_labels(names: &[&str], circles: &[(f64, f64, f64)], frame: Rect) -> Vec<Label> {
    // Rough text extent: an average glyph is a little over half the font size wide.
    let width = |text: &str| text.chars().count() as f64 * LABEL_SIZE * 0.56;
    let overlaps = |a: &Rect, b: &Rect| a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    let mut taken: Vec<Rect> = circles
        .iter()
        .map(|&(x, y, r)| Rect {
            x0: x - r,
            y0: y - r,
            x1: x + r,
            y1: y + r,
        })
        .collect();
    let mut labels = Vec::new();
    let mut done = vec![false; names.len()];
    for i in 0..names.len() {
        if done[i] {
            continue;
        }
        let (x, y, _) = circles[i];
        let mut text = names[i].to_owned();
        let mut r = circles[i].2;
        for j in i + 1..names.len() {
            let (xj, yj, rj) = circles[j];
            if !done[j] && (xj - x).abs() < 0.5 && (yj - y).abs() < 0.5 {
                done[j] = true;
                text = format!("{text} / {}", names[j]);
                r = r.max(rj);
            }
        }
        done[i] = true;
        let w = width(&text);
        let gap = r + 6.0;
        // (anchor, text start x, baseline y) for right, left, above, below.
        let candidates = [
            ("start", x + gap, y + LABEL_SIZE * 0.35),
            ("end", x - gap - w, y + LABEL_SIZE * 0.35),
            ("middle", x - w / 2.0, y - gap),
            ("middle", x - w / 2.0, y + gap + LABEL_SIZE * 0.8),
        ];
        let fits = candidates.iter().find_map(|&(anchor, left, baseline)| {
            let rect = Rect {
                x0: left,
                y0: baseline - LABEL_SIZE * 0.8,
                x1: left + w,
                y1: baseline + LABEL_SIZE * 0.25,
            };
            let inside = rect.x0 >= frame.x0
                && rect.x1 <= frame.x1
                && rect.y0 >= frame.y0
                && rect.y1 <= frame.y1;
            (inside && !taken.iter().any(|t| overlaps(t, &rect)))
                .then_some((anchor, left, baseline, rect))
        });
        if let Some((anchor, left, baseline, rect)) = fits {
            taken.push(rect);
            let x = match anchor {
                "start" => left,
                "end" => left + w,
                _ => left + w / 2.0,
            };
            labels.push(Label {
                x: num(x),
                y: num(baseline),
                anchor,
                text,
            });
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(longitude: f64, latitude: f64) -> GeoPoint {
        GeoPoint {
            latitude,
            longitude,
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn encoded_polylines_decode_as_googles_reference_example() {
        // The documented example, with latitude first and five decimals: (38.5, -120.2),
        // (40.7, -120.95), (43.252, -126.453).
        assert_eq!(
            decode_polyline("_p~iF~ps|U_ulLnnqC_mqNvxq`@"),
            Some(vec![
                (3_850_000, -12_020_000),
                (4_070_000, -12_095_000),
                (4_325_200, -12_645_300)
            ])
        );
        assert_eq!(decode_polyline(""), Some(vec![]));
        // Truncated inside a number, an odd count of numbers, characters outside the alphabet.
        assert_eq!(decode_polyline("_p~iF~ps|"), None);
        assert_eq!(decode_polyline("?"), None);
        assert_eq!(decode_polyline("ab cd"), None);
    }

    #[test]
    fn the_bundled_base_maps_parse_and_place_towns_in_their_countries() {
        for base in [&*DETAILED, &*COARSE] {
            assert!(
                base.countries.len() > 170,
                "{} countries",
                base.countries.len()
            );
            let find = |code: &str| {
                base.countries
                    .iter()
                    .find(|c| c.code == code)
                    .unwrap_or_else(|| panic!("no {code}"))
            };
            // Halberstadt, Belfort, Hội An, Tillabéri.
            assert!(country_contains(find("DE"), point(11.05622, 51.89562)));
            assert!(country_contains(find("FR"), point(6.85385, 47.64218)));
            assert!(country_contains(find("VN"), point(108.335, 15.87944)));
            assert!(country_contains(find("NE"), point(1.45418, 14.20711)));
            assert!(!country_contains(find("DE"), point(6.85385, 47.64218)));
        }
    }

    #[test]
    fn the_projection_maps_the_corners_of_the_section_onto_the_frame() {
        let view = View::new(0.0, 20.0, 40.0, 50.0);
        let (x, y) = view.project(0.0, 50.0);
        assert!(close(x, 0.0) && close(y, 0.0));
        let (x, y) = view.project(20.0, 40.0);
        assert!(close(x, WIDTH), "{x}");
        // Ten degrees of latitude against twenty of longitude shortened by cos 45°.
        let expected = WIDTH * 10.0 / (20.0 * 45f64.to_radians().cos());
        assert!(close(y, expected) && close(view.height(), expected), "{y}");
        let (x, y) = view.project(10.0, 45.0);
        assert!(close(x, WIDTH / 2.0) && close(y, expected / 2.0));
        // A degree of latitude and a degree of longitude at the standard parallel keep their ratio.
        let (x1, _) = view.project(1.0, 45.0);
        let (_, y1) = view.project(0.0, 44.0);
        assert!(close(
            x1 / (y1 - view.project(0.0, 45.0).1),
            45f64.to_radians().cos()
        ));
    }

    #[test]
    fn a_fitted_section_holds_every_point_within_its_shape_limits() {
        let points = [
            point(11.05, 51.89),
            point(2.04, 48.9),
            point(27.6, 47.17),
            point(10.88, 44.78),
        ];
        let view = View::fit(&points, MAIN_FIT).unwrap();
        for p in points {
            assert!(view.contains(p), "{p:?} outside {view:?}");
            let (x, y) = view.project_point(p);
            assert!(x > 0.0 && x < WIDTH && y > 0.0 && y < view.height());
        }
        let ratio = view.height() / WIDTH;
        assert!(
            ratio >= MAIN_FIT.aspect.0 - 1e-9 && ratio <= MAIN_FIT.aspect.1 + 1e-9,
            "{ratio}"
        );
        // One town alone still gets a section of some size, centred on it.
        let one = View::fit(&[point(11.0, 51.9)], MAIN_FIT).unwrap();
        assert!(one.north - one.south >= MAIN_FIT.min_lat_span);
        assert!(close((one.west + one.east) / 2.0, 11.0));
        assert_eq!(View::fit(&[], MAIN_FIT), None);
        // A world overview is at least as wide as asked.
        let world = View::fit(&points, WORLD_FIT).unwrap();
        assert!(world.lon_span() >= WORLD_FIT.min_lon_span);
    }

    #[test]
    fn ring_paths_use_whole_units_and_relative_moves() {
        let square = [(0.0, 0.0), (10.2, 0.0), (10.0, 10.0), (0.4, 9.6)];
        assert_eq!(ring_path(&square).unwrap(), "M0 0l10 0 0 10-10 0z");
        // Points that round together are dropped; so is a repeated closing point.
        let noisy = [(0.0, 0.0), (0.2, 0.1), (5.0, 0.0), (5.0, -5.0), (0.1, 0.0)];
        assert_eq!(ring_path(&noisy).unwrap(), "M0 0l5 0 0-5z");
        let leftwards = [(10.0, 10.0), (4.0, 10.0), (4.0, 2.0)];
        assert_eq!(ring_path(&leftwards).unwrap(), "M10 10l-6 0 0-8z");
        assert_eq!(ring_path(&[(0.0, 0.0), (0.3, 0.3), (0.1, 0.0)]), None);
        assert_eq!(ring_path(&[]), None);
    }

    #[test]
    fn rings_are_clipped_to_the_rectangle() {
        let rect = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 10.0,
            y1: 10.0,
        };
        // A square overhanging the right edge is cut along it.
        let clipped = clip_ring(&[(5.0, 2.0), (15.0, 2.0), (15.0, 8.0), (5.0, 8.0)], rect);
        assert!(
            clipped
                .iter()
                .all(|&(x, y)| (0.0..=10.0).contains(&x) && (0.0..=10.0).contains(&y))
        );
        assert_eq!(ring_path(&clipped).unwrap(), "M5 2l5 0 0 6-5 0z");
        // Entirely outside: nothing is left.
        assert!(clip_ring(&[(20.0, 20.0), (30.0, 20.0), (30.0, 30.0)], rect).is_empty());
        // Entirely inside: unchanged.
        let inside = [(1.0, 1.0), (2.0, 1.0), (2.0, 2.0)];
        assert_eq!(clip_ring(&inside, rect), inside.to_vec());
    }

    #[test]
    fn segments_are_clipped_to_the_rectangle() {
        let rect = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 10.0,
            y1: 10.0,
        };
        assert_eq!(
            clip_segment((1.0, 1.0), (9.0, 9.0), rect),
            Some(((1.0, 1.0), (9.0, 9.0)))
        );
        // Leaving through the right edge halfway up the line.
        let (start, end) = clip_segment((5.0, 5.0), (15.0, 10.0), rect).unwrap();
        assert_eq!(start, (5.0, 5.0));
        assert!(close(end.0, 10.0) && close(end.1, 7.5), "{end:?}");
        assert_eq!(clip_segment((11.0, 0.0), (20.0, 5.0), rect), None);
        assert_eq!(clip_segment((-1.0, 5.0), (-1.0, 6.0), rect), None);
    }

    #[test]
    fn the_close_up_is_drawn_only_for_several_crowded_home_places() {
        let main = View::fit(&[point(1.0, 44.0), point(28.0, 52.0)], MAIN_FIT).unwrap();
        let harz = [point(11.05, 51.9), point(10.78, 51.84), point(11.15, 51.79)];
        let close_up = home_view(&harz, main).expect("a close-up of the Harz towns");
        assert!(harz.iter().all(|p| close_up.contains(*p)));
        assert!(close_up.lon_span() < 2.0, "{close_up:?}");
        // One place (twice) needs no close-up; places spread over the map do not crowd.
        assert_eq!(home_view(&[harz[0], harz[0]], main), None);
        assert_eq!(
            home_view(&[point(2.0, 48.0), point(27.0, 47.0)], main),
            None
        );
    }

    #[test]
    fn labels_share_a_place_avoid_each_other_and_stay_inside() {
        let frame = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 1000.0,
            y1: 600.0,
        };
        let circles = [
            (500.0, 300.0, 14.0),
            (500.0, 300.0, 9.0),
            (520.0, 300.0, 9.0),
            (990.0, 100.0, 9.0),
        ];
        let labels = place_labels(
            &["Landkreis Harz", "Halberstadt", "Thale", "Far Away Town"],
            &circles,
            frame,
        );
        let texts: Vec<&str> = labels.iter().map(|l| l.text.as_str()).collect();
        assert!(texts.contains(&"Landkreis Harz / Halberstadt"), "{texts:?}");
        assert!(texts.contains(&"Thale"), "{texts:?}");
        // The town in the corner is labelled to its left or below, within the frame.
        let far = labels.iter().find(|l| l.text == "Far Away Town").unwrap();
        assert_ne!(far.anchor, "start");
        // The shared label went left of the pair, as Thale's marker blocks the right.
        let shared = &labels[0];
        assert_eq!(shared.anchor, "end");
        assert!(shared.x.parse::<f64>().unwrap() < 500.0);
        // Nothing fits around a marker boxed in by others: no label rather than an overlap.
        let crowded = [
            (500.0, 300.0, 9.0),
            (560.0, 300.0, 40.0),
            (440.0, 300.0, 40.0),
            (500.0, 250.0, 40.0),
            (500.0, 350.0, 40.0),
        ];
        let labels = place_labels(&["Middle", "E", "W", "N", "S"], &crowded, frame);
        assert!(labels.iter().all(|l| l.text != "Middle"));
    }

    #[test]
    fn numbers_for_svg_have_at_most_one_decimal() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.04), "12");
        assert_eq!(num(12.36), "12.4");
        assert_eq!(num(-0.25), "-0.3");
        assert_eq!(num(0.0), "0");
    }
}
