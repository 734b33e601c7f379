//! GeoJSON (RFC 7946) features of the downloads: a body is a Point where it lies, a partnership a
//! LineString from the home side to the partner. Positions are `[longitude, latitude]` in WGS 84, the
//! order RFC 7946 §3.1.1 prescribes (and the opposite of how people say them). Records without
//! coordinates are left out and counted in the collection's `metadata` member (a foreign member, which
//! RFC 7946 §6.1 allows and GeoJSON readers ignore).

use serde_json::{Value, json};

use crate::io::export::{Dataset, Links};
use crate::store::exports::{ExportBody, ExportPartnership};
use crate::store::map::GeoPoint;

/// `[longitude, latitude]`.
fn position(point: GeoPoint) -> Value {
    json!([point.longitude, point.latitude])
}

/// A body as a Point feature; `None` when the registry has no coordinates for it.
pub fn body_feature(b: &ExportBody, links: &Links) -> Option<Value> {
    let (Some(latitude), Some(longitude)) = (b.latitude, b.longitude) else {
        return None;
    };
    Some(json!({
        "type": "Feature",
        "id": b.slug,
        "geometry": { "type": "Point", "coordinates": position(GeoPoint { latitude, longitude }) },
        "properties": {
            "slug": b.slug,
            "name": b.name,
            "display_name": b.display_name,
            "kind": b.kind,
            "country": b.country,
            "parent": b.parent,
            "nuts_code": b.nuts_code,
            "lau_code": b.lau_code,
            "wikidata_id": b.wikidata_id,
            "wikidata": b.wikidata_id.as_ref().map(|id| format!("http://www.wikidata.org/entity/{id}")),
            "geonames_id": b.geonames_id,
            "iso_3166_2": b.iso_3166_2,
            "page": links.body_page(&b.slug),
        }
    }))
}

/// A partnership as a LineString from home to partner; `None` unless both ends have coordinates.
pub fn partnership_feature(p: &ExportPartnership, links: &Links) -> Option<Value> {
    let (Some(home), Some(partner)) = (p.home_position, p.partner_position) else {
        return None;
    };
    let s = &p.summary;
    Some(json!({
        "type": "Feature",
        "id": s.slug,
        "geometry": { "type": "LineString", "coordinates": [position(home), position(partner)] },
        "properties": {
            "slug": s.slug,
            "level": s.level,
            "kind": s.kind,
            "status": s.status,
            "since": s.since,
            "topics": s.topics,
            "home_slug": s.home.slug,
            "home_name": s.home.display_name,
            "home_country": s.home.country,
            "partner_slug": s.partner.slug,
            "partner_name": s.partner.display_name,
            "partner_country": s.partner.country,
            "page": links.partnership_page(&s.slug),
        }
    }))
}

/// What the collection holds and what it leaves out.
pub fn metadata(
    dataset: Dataset,
    records: u64,
    features: u64,
    left_out: u64,
    links: &Links,
) -> Value {
    let what = match dataset {
        Dataset::Partnerships => "partnerships",
        Dataset::Bodies => "bodies",
    };
    json!({
        "dataset": what,
        "records": records,
        "features": features,
        "left_out_without_coordinates": left_out,
        "note": match dataset {
            Dataset::Partnerships => "A partnership is drawn only where both partners have coordinates; the others are in partnerships.csv and partnerships.json.",
            Dataset::Bodies => "A body is drawn only where it has coordinates; the others are in bodies.csv and bodies.json.",
        },
        "license": crate::io::dcat::LICENSE,
        "catalog": links.absolute("/api/v1/catalog.jsonld"),
    })
}
