//! What the open-data downloads read: published bodies and partnerships page by page in a stable
//! order (keyset paging, so a download of 100 000 bodies never holds them all), with coordinates and
//! identifiers, and a stamp of the data's state for `ETag` and `Last-Modified`.

use serde::Serialize;
use sqlx::Row;

use super::map::GeoPoint;
use super::read::{Page, PartnershipFilter};
use super::rows::{body_ref_columns, date, vocab};
use super::sql::SqlBuilder;
use super::{Store, StoreResult};
use crate::domain::registry::PartnershipSummary;
use crate::domain::values::PartialDate;
use crate::domain::vocab::BodyKind;

/// A body as the downloads list it: flat, with its identifiers and where it lies.
#[derive(Debug, Clone, Serialize)]
pub struct ExportBody {
    pub slug: String,
    /// The official name in the body's own language.
    pub name: String,
    /// The name in the export's language where one is recorded, else the official name.
    pub display_name: String,
    pub kind: BodyKind,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Slug of the body this one belongs to (the district of a town).
    pub parent: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub nuts_code: Option<String>,
    pub lau_code: Option<String>,
    pub wikidata_id: Option<String>,
    pub geonames_id: Option<u32>,
    pub iso_3166_2: Option<String>,
    pub website: Option<String>,
    pub valid_from: Option<PartialDate>,
    pub valid_to: Option<PartialDate>,
}

/// Where a page of bodies ends: the next page starts after it in the order country, name, id.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyCursor {
    country: String,
    sort_name: String,
    id: i64,
}

/// A partnership with the coordinates of both ends, where the registry has them.
#[derive(Debug, Clone)]
pub struct ExportPartnership {
    pub summary: PartnershipSummary,
    pub home_position: Option<GeoPoint>,
    pub partner_position: Option<GeoPoint>,
}

/// The state of the published data: changes whenever an export's content can change.
#[derive(Debug, Clone, PartialEq)]
pub struct DataStamp {
    /// When the registry last changed (the latest audit entry: edits, restores, imports), RFC 3339.
    pub last_change: Option<String>,
    pub bodies: i64,
    pub partnerships: i64,
    /// Counts, versions and the latest audit entry in one opaque token.
    pub token: String,
}

impl Store {
    /// Up to `size` published bodies after `after` (from the start when `None`), by country and name.
    pub async fn export_bodies_after(
        &self,
        after: Option<&BodyCursor>,
        size: u32,
        lang: &str,
    ) -> StoreResult<Vec<(BodyCursor, ExportBody)>> {
        let mut q = SqlBuilder::new(
            self.backend,
            "SELECT b.id, b.sort_name, b.latitude, b.longitude, b.nuts_code, b.lau_code, \
             b.wikidata_id, b.geonames_id, b.iso_3166_2, b.website, b.valid_from, b.valid_to, parent.slug AS parent_slug, ",
        );
        let lang = q.bind(lang.to_owned());
        q.push(body_ref_columns("b", "", lang));
        q.push(
            " FROM bodies b LEFT JOIN bodies parent ON parent.id = b.parent_id WHERE b.published = 1",
        );
        if let Some(c) = after {
            // Row values compare in order, so the index on (country, sort_name) serves the page.
            q.push(" AND (b.country, b.sort_name, b.id) > (")
                .push_bind(c.country.clone())
                .push(", ")
                .push_bind(c.sort_name.clone())
                .push(", ")
                .push_bind(c.id)
                .push(")");
        }
        q.push(" ORDER BY b.country, b.sort_name, b.id LIMIT ")
            .push_bind(i64::from(size));
        let rows = q.build().fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| {
                let cursor = BodyCursor {
                    country: row.try_get("country")?,
                    sort_name: row.try_get("sort_name")?,
                    id: row.try_get("id")?,
                };
                let body = ExportBody {
                    slug: row.try_get("slug")?,
                    name: row.try_get("name")?,
                    display_name: row.try_get("display_name")?,
                    kind: vocab(row, "kind", BodyKind::parse)?,
                    country: row.try_get("country")?,
                    parent: row.try_get("parent_slug")?,
                    latitude: row.try_get("latitude")?,
                    longitude: row.try_get("longitude")?,
                    nuts_code: row.try_get("nuts_code")?,
                    lau_code: row.try_get("lau_code")?,
                    wikidata_id: row.try_get("wikidata_id")?,
                    geonames_id: super::rows::optional_u32(row, "geonames_id")?,
                    iso_3166_2: row.try_get("iso_3166_2")?,
                    website: row.try_get("website")?,
                    valid_from: date(row, "valid_from")?,
                    valid_to: date(row, "valid_to")?,
                };
                Ok((cursor, body))
            })
            .collect()
    }

    /// Up to `size` published partnerships after the one named `after` in list order (from the start
    /// when `None`), with the coordinates of both ends. Empty when `after` no longer exists.
    pub async fn export_partnerships_after(
        &self,
        after: Option<&str>,
        size: u32,
        lang: &str,
    ) -> StoreResult<Vec<ExportPartnership>> {
        let all = PartnershipFilter::default();
        let summaries = match after {
            Some(after) => self
                .list_partnerships_after(&all, after, size, lang)
                .await?
                .map(|listing| listing.items)
                .unwrap_or_default(),
            None => {
                let page = Page { number: 1, size };
                self.list_partnerships(&all, page, lang).await?.items
            }
        };
        let mut slugs: Vec<&str> = summaries
            .iter()
            .flat_map(|p| [p.home.slug.as_str(), p.partner.slug.as_str()])
            .collect();
        slugs.sort_unstable();
        slugs.dedup();
        let positions = self.body_positions(&slugs).await?;
        Ok(summaries
            .into_iter()
            .map(|summary| ExportPartnership {
                home_position: positions.get(&summary.home.slug).copied(),
                partner_position: positions.get(&summary.partner.slug).copied(),
                summary,
            })
            .collect())
    }

    /// The state of the published data, read in one statement.
    pub async fn data_stamp(&self) -> StoreResult<DataStamp> {
        let row = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM bodies WHERE published = 1) AS bodies,
                    (SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM bodies) AS body_versions,
                    (SELECT COUNT(*) FROM bodies) AS all_bodies,
                    (SELECT COUNT(*) FROM partnerships WHERE published = 1) AS partnerships,
                    (SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM partnerships) AS partnership_versions,
                    (SELECT COUNT(*) FROM partnerships) AS all_partnerships,
                    (SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM contact_points) AS contact_versions,
                    (SELECT COUNT(*) FROM contact_points) AS contacts,
                    (SELECT COALESCE(MAX(id), 0) FROM audit_log) AS last_audit,
                    (SELECT at FROM audit_log WHERE action <> 'sign_in' ORDER BY id DESC LIMIT 1)
                        AS last_change",
        )
        .fetch_one(&self.pool)
        .await?;
        let mut parts = Vec::new();
        for column in [
            "bodies",
            "body_versions",
            "all_bodies",
            "partnerships",
            "partnership_versions",
            "all_partnerships",
            "contact_versions",
            "contacts",
            "last_audit",
        ] {
            let value: i64 = row.try_get(column)?;
            parts.push(format!("{value:x}"));
        }
        Ok(DataStamp {
            last_change: row.try_get("last_change")?,
            bodies: row.try_get("bodies")?,
            partnerships: row.try_get("partnerships")?,
            token: parts.join("."),
        })
    }
}
