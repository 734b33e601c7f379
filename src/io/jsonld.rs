//! schema.org descriptions of the public pages as JSON-LD, embedded in each page as a
//! `<script type="application/ld+json">` data block.
//!
//! A body is a `City` (towns and villages), an `AdministrativeArea` (countries, regions, departments,
//! districts) or an `Organization` (twinning associations). schema.org has no type for a twinning; a
//! partnership is described as a `Project` — schema.org's organisation "for an enterprise with a
//! purpose", which a partnership of two administrations is — with its two places as `location`
//! (each with the `@id` its own page gives it, so a harvester joins the descriptions), its topics as
//! `keywords` and its first dated step as `foundingDate`.
//!
//! Addresses are relative to the page (JSON-LD resolves them against the document's address), so the
//! description is right under whatever public address the portal runs.
//!
//! Data blocks are not executed, so the page's `script-src 'self'` does not apply to them, but the HTML
//! parser still ends the block at the first `</script`: [`data_block`] writes every `<` as `\u003c`
//! (and `>` and `&` likewise), which JSON reads back as the same character and HTML never sees.

use serde_json::{Value, json};

use crate::domain::registry::{Body, Partnership, pick};
use crate::domain::vocab::BodyKind;

/// JSON text safe to place between `<script type="application/ld+json">` and `</script>`.
pub fn data_block(value: &Value) -> String {
    serde_json::to_string(value)
        .expect("JSON values serialise")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The `@id` of a body's description: its page, in the reader's language.
fn body_id(lang: &str, slug: &str) -> String {
    format!("/{lang}/bodies/{slug}#place")
}

fn body_type(kind: BodyKind) -> &'static str {
    match kind {
        BodyKind::Municipality | BodyKind::Locality => "City",
        BodyKind::Country | BodyKind::Region | BodyKind::Department | BodyKind::District => {
            "AdministrativeArea"
        }
        BodyKind::Association => "Organization",
    }
}

/// A body's page.
pub fn body(b: &Body, lang: &str) -> Value {
    let r = &b.reference;
    let mut alternate: Vec<&str> = Vec::new();
    if r.name != r.display_name {
        alternate.push(&r.name);
    }
    for other in &b.names {
        if other.name != r.display_name && !alternate.contains(&other.name.as_str()) {
            alternate.push(&other.name);
        }
    }
    let mut node = json!({
        "@context": "https://schema.org",
        "@type": body_type(r.kind),
        "@id": body_id(lang, &r.slug),
        "url": format!("/{lang}/bodies/{}", r.slug),
        "name": r.display_name,
    });
    if !alternate.is_empty() {
        node["alternateName"] = json!(alternate);
    }
    if let Some((_, description)) = pick(&b.description, lang) {
        node["description"] = json!(description);
    }
    if let (Some(latitude), Some(longitude)) = (b.latitude, b.longitude) {
        let geo =
            json!({ "@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude });
        if r.kind == BodyKind::Association {
            node["location"] = json!({ "@type": "Place", "geo": geo });
        } else {
            node["geo"] = geo;
        }
    }
    if r.kind != BodyKind::Association {
        node["address"] = json!({ "@type": "PostalAddress", "addressCountry": r.country });
    }
    let mut same_as = Vec::new();
    if let Some(id) = &b.wikidata_id {
        same_as.push(format!("http://www.wikidata.org/entity/{id}"));
    }
    if let Some(id) = b.geonames_id {
        same_as.push(format!("https://sws.geonames.org/{id}/"));
    }
    if let Some(website) = &b.website {
        same_as.push(website.clone());
    }
    if !same_as.is_empty() {
        node["sameAs"] = json!(same_as);
    }
    let mut identifiers = Vec::new();
    for (scheme, value) in [
        ("NUTS", &b.nuts_code),
        ("LAU", &b.lau_code),
        ("ISO 3166-2", &b.iso_3166_2),
    ] {
        if let Some(value) = value {
            identifiers
                .push(json!({ "@type": "PropertyValue", "propertyID": scheme, "value": value }));
        }
    }
    if !identifiers.is_empty() {
        node["identifier"] = json!(identifiers);
    }
    if let Some(parent) = &b.parent {
        let key = if r.kind == BodyKind::Association {
            "parentOrganization"
        } else {
            "containedInPlace"
        };
        node[key] = json!({
            "@type": body_type(parent.kind),
            "@id": body_id(lang, &parent.slug),
            "name": parent.display_name,
        });
    }
    node
}

/// A partnership's page.
pub fn partnership(p: &Partnership, lang: &str) -> Value {
    let s = &p.summary;
    let place = |b: &crate::domain::registry::BodyRef| {
        json!({
            "@type": body_type(b.kind),
            "@id": body_id(lang, &b.slug),
            "name": b.display_name,
            "url": format!("/{lang}/bodies/{}", b.slug),
        })
    };
    let mut node = json!({
        "@context": "https://schema.org",
        "@type": "Project",
        "@id": format!("/{lang}/partnerships/{}#partnership", s.slug),
        "url": format!("/{lang}/partnerships/{}", s.slug),
        "name": format!("{} – {}", s.home.display_name, s.partner.display_name),
        "location": [place(&s.home), place(&s.partner)],
        "keywords": s.topics.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
    });
    if let Some(since) = s.since {
        node["foundingDate"] = json!(since.to_string());
    }
    if let Some((_, narrative)) = pick(&p.narrative, lang) {
        node["description"] = json!(narrative);
    }
    if let Some(parent) = &s.parent {
        node["parentOrganization"] = json!({
            "@type": "Project",
            "@id": format!("/{lang}/partnerships/{parent}#partnership"),
        });
    }
    node
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closing_script_tag_in_stored_text_cannot_end_the_data_block() {
        let value = json!({ "name": "</script><script>alert(1)</script> & <!--" });
        let block = data_block(&value);
        assert!(!block.contains('<'), "{block}");
        assert!(!block.contains('>'), "{block}");
        let back: Value = serde_json::from_str(&block).unwrap();
        assert_eq!(back, value);
    }
}
