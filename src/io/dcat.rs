//! The DCAT-AP.de catalogue record of the open data: one `dcat:Catalog` with one `dcat:Dataset`
//! ("Internationale Partnerschaften …") and a `dcat:Distribution` per download, as JSON-LD, so a state
//! open-data portal (GovData and the portals of the Länder harvest DCAT-AP.de) can list the data set.
//!
//! Publisher and contact point are the portal's home body and its contact point; `dct:modified` is the
//! registry's latest change. Not given, because nothing in the registry says them reliably:
//! `dcatde:contributorID` (an identifier GovData assigns to each harvested portal on registration) and,
//! unless the home body carries a German LAU code, `dcatde:politicalGeocodingURI`.

use serde_json::{Value, json};

use crate::domain::clock::Instant;
use crate::domain::vocab::BodyKind;
use crate::i18n::DEFAULT_LANGUAGE;
use crate::io::export::{Download, FileFormat, Links};
use crate::store::{Store, StoreResult};

/// Datenlizenz Deutschland – Namensnennung – Version 2.0, as DCAT-AP.de names it.
pub const LICENSE: &str = "http://dcat-ap.de/def/licenses/dl-by-de/2.0";
/// The licence's human-readable text.
pub const LICENSE_PAGE: &str = "https://www.govdata.de/dl-de/by-2-0";

/// The EU vocabulary of file types (DCAT-AP's `dct:format`).
fn file_type(format: FileFormat) -> &'static str {
    match format {
        FileFormat::Csv => "http://publications.europa.eu/resource/authority/file-type/CSV",
        FileFormat::Json => "http://publications.europa.eu/resource/authority/file-type/JSON",
        FileFormat::GeoJson => "http://publications.europa.eu/resource/authority/file-type/GEOJSON",
    }
}

/// The catalogue as JSON-LD, with the portal's public address `links`.
pub async fn catalog(store: &Store, links: &Links) -> StoreResult<Value> {
    let profile = store.portal_profile(DEFAULT_LANGUAGE).await?;
    let stamp = store.data_stamp().await?;
    let (home_name, contact, geocoding) = match &profile.home {
        Some(home) => {
            let contact = store
                .contact_points(&home.slug, DEFAULT_LANGUAGE)
                .await?
                .into_iter()
                .next();
            let body = store.find_body(&home.slug, DEFAULT_LANGUAGE).await?;
            let geocoding = body.as_ref().and_then(|b| {
                political_geocoding(
                    &b.reference.country,
                    b.reference.kind,
                    b.lau_code.as_deref(),
                )
            });
            (home.name.clone(), contact, geocoding)
        }
        None => ("Partnerportal".to_owned(), None, None),
    };
    let modified = stamp
        .last_change
        .as_deref()
        .and_then(Instant::parse)
        .map(|at| json!({ "@value": at.text(), "@type": "xsd:dateTime" }));
    let publisher = json!({
        "@type": "foaf:Agent",
        "foaf:name": home_name,
    });
    let contact_point = contact.map(|c| {
        let mut point = json!({
            "@type": "vcard:Organization",
            "vcard:fn": c.organisation,
        });
        if let Some(email) = &c.email {
            point["vcard:hasEmail"] = json!({ "@id": format!("mailto:{email}") });
        }
        if let Some(phone) = &c.phone {
            let digits: String = phone
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect();
            point["vcard:hasTelephone"] = json!({ "@id": format!("tel:{digits}") });
        }
        point
    });
    let distributions: Vec<Value> = Download::ALL
        .iter()
        .map(|d| {
            let url = links.absolute(&d.path());
            json!({
                "@id": format!("{url}#distribution"),
                "@type": "dcat:Distribution",
                "dct:title": { "@value": distribution_title(*d), "@language": "de" },
                "dcat:accessURL": { "@id": url },
                "dcat:downloadURL": { "@id": url },
                "dct:format": { "@id": file_type(d.format) },
                "dcat:mediaType": { "@id": format!("https://www.iana.org/assignments/media-types/{}", d.media_type()) },
                "dct:license": { "@id": LICENSE },
                "dcatde:licenseAttributionByText": home_name,
                "dct:modified": modified,
            })
        })
        .collect();
    let title = format!("Internationale Partnerschaften – {home_name}");
    let mut dataset = json!({
        "@id": links.absolute("/api/v1/catalog.jsonld#dataset"),
        "@type": "dcat:Dataset",
        "dct:identifier": links.absolute("/api/v1/catalog.jsonld#dataset"),
        "dct:title": { "@value": title, "@language": "de" },
        "dct:description": { "@value": format!(
            "Die internationalen Partnerschaften von {home_name} und seinen Städten und Gemeinden: \
             Partnerregionen und Städtepartnerschaften mit Art, Ebene, Status, Beginn und Themen, \
             die beteiligten Gebietskörperschaften mit Koordinaten und Kennungen (NUTS, LAU, Wikidata)."
        ), "@language": "de" },
        "dcat:keyword": ["Städtepartnerschaft", "Partnerschaft", "Partnerregion", "Europa", "Internationale Beziehungen"],
        "dcat:theme": [
            { "@id": "http://publications.europa.eu/resource/authority/data-theme/GOVE" },
            { "@id": "http://publications.europa.eu/resource/authority/data-theme/INTR" }
        ],
        "dct:language": { "@id": "http://publications.europa.eu/resource/authority/language/DEU" },
        "dct:publisher": publisher,
        "dcatde:maintainer": publisher,
        "dct:license": { "@id": LICENSE },
        "dcat:landingPage": { "@id": links.absolute(&format!("/{DEFAULT_LANGUAGE}/open-data")) },
        "dct:accrualPeriodicity": { "@id": "http://publications.europa.eu/resource/authority/frequency/IRREG" },
        "dct:modified": modified,
        "dcat:distribution": distributions,
    });
    if let Some(point) = contact_point {
        dataset["dcat:contactPoint"] = point;
    }
    if let Some((level, uri)) = geocoding {
        dataset["dcatde:politicalGeocodingLevelURI"] = json!({ "@id": level });
        dataset["dcatde:politicalGeocodingURI"] = json!({ "@id": uri });
    }
    Ok(json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "dcatde": "http://dcat-ap.de/def/dcatde/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#"
        },
        "@id": links.absolute("/api/v1/catalog.jsonld"),
        "@type": "dcat:Catalog",
        "dct:title": { "@value": format!("Partnerportal {home_name}"), "@language": "de" },
        "dct:description": { "@value": "Offene Daten zu den internationalen Partnerschaften öffentlicher Verwaltungen.", "@language": "de" },
        "dct:publisher": publisher,
        "dct:language": { "@id": "http://publications.europa.eu/resource/authority/language/DEU" },
        "dct:license": { "@id": LICENSE },
        "foaf:homepage": { "@id": links.absolute("/") },
        "dct:modified": modified,
        "dcat:dataset": [dataset],
    }))
}

fn distribution_title(d: Download) -> String {
    let what = match d.dataset {
        crate::io::export::Dataset::Partnerships => "Partnerschaften",
        crate::io::export::Dataset::Bodies => "Gebietskörperschaften",
    };
    let format = match d.format {
        FileFormat::Csv => "CSV",
        FileFormat::Json => "JSON",
        FileFormat::GeoJson => "GeoJSON",
    };
    format!("{what} ({format})")
}

/// DCAT-AP.de's political geocoding of a German body from its LAU code (the Amtlicher
/// Gemeindeschlüssel): a district's key is its first five digits, a municipality's all eight.
fn political_geocoding(
    country: &str,
    kind: BodyKind,
    lau: Option<&str>,
) -> Option<(&'static str, String)> {
    let lau = lau?.trim();
    if country != "DE" || !lau.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    const BASE: &str = "http://dcat-ap.de/def/politicalGeocoding";
    match (kind, lau.len()) {
        (BodyKind::District, 5 | 8) => Some((
            "http://dcat-ap.de/def/politicalGeocoding/Level/administrativeDistrict",
            format!("{BASE}/districtKey/{}", &lau[..5]),
        )),
        (BodyKind::Municipality, 8) => Some((
            "http://dcat-ap.de/def/politicalGeocoding/Level/municipality",
            format!("{BASE}/municipalityKey/{lau}"),
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_german_district_is_geocoded_by_its_district_key_and_other_bodies_are_not() {
        let (level, uri) = political_geocoding("DE", BodyKind::District, Some("15085")).unwrap();
        assert!(level.ends_with("/administrativeDistrict"));
        assert_eq!(
            uri,
            "http://dcat-ap.de/def/politicalGeocoding/districtKey/15085"
        );
        assert!(political_geocoding("FR", BodyKind::District, Some("90010")).is_none());
        assert!(political_geocoding("DE", BodyKind::District, None).is_none());
    }
}
