//! What the portal's partnership map needs: the partnerships a filter selects, each with both
//! partners and where they lie.

use std::collections::HashMap;

use sqlx::Row;

use super::read::{Page, PartnershipFilter};
use super::sql::SqlBuilder;
use super::{Store, StoreResult};
use crate::domain::registry::{BodyRef, PartnershipSummary};
use crate::domain::vocab::{PartnershipKind, PartnershipLevel, PartnershipStatus};

/// A point on the globe, WGS 84 degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GeoPoint {
    pub latitude: f64,
    pub longitude: f64,
}

/// One partner of a partnership on the map.
#[derive(Debug, Clone)]
pub struct MapEnd {
    pub body: BodyRef,
    /// `None` when the registry has no coordinates for the body: it is listed, not drawn.
    pub position: Option<GeoPoint>,
}

/// A partnership as the map draws and lists it.
#[derive(Debug, Clone)]
pub struct MapPartnership {
    pub slug: String,
    /// The side the record was entered from (the district or town running the portal).
    pub home: MapEnd,
    pub partner: MapEnd,
    pub level: PartnershipLevel,
    pub kind: PartnershipKind,
    pub status: PartnershipStatus,
}

impl MapPartnership {
    /// Both ends have coordinates, so the map can draw a line.
    pub fn drawable(&self) -> bool {
        self.home.position.is_some() && self.partner.position.is_some()
    }
}

impl Store {
    /// The first `limit` partnerships the filter selects (in the list's order), with coordinates of
    /// both ends, and how many it selects in all.
    pub async fn map_partnerships(
        &self,
        filter: &PartnershipFilter,
        lang: &str,
        limit: u32,
    ) -> StoreResult<(Vec<MapPartnership>, i64)> {
        // The list query owns the filter's meaning; the map adds only where the bodies lie.
        let page = Page {
            number: 1,
            size: limit,
        };
        let listing = self.list_partnerships(filter, page, lang).await?;
        let mut slugs: Vec<&str> = listing
            .items
            .iter()
            .flat_map(|p| [p.home.slug.as_str(), p.partner.slug.as_str()])
            .collect();
        slugs.sort_unstable();
        slugs.dedup();
        let positions = self.body_positions(&slugs).await?;
        let end = |body: &BodyRef| MapEnd {
            position: positions.get(&body.slug).copied(),
            body: body.clone(),
        };
        let partnerships = listing
            .items
            .iter()
            .map(|p: &PartnershipSummary| MapPartnership {
                slug: p.slug.clone(),
                home: end(&p.home),
                partner: end(&p.partner),
                level: p.level,
                kind: p.kind,
                status: p.status,
            })
            .collect();
        Ok((partnerships, listing.total))
    }

    /// The coordinates of the named bodies that have them.
    pub(super) async fn body_positions(
        &self,
        slugs: &[&str],
    ) -> StoreResult<HashMap<String, GeoPoint>> {
        let mut positions = HashMap::with_capacity(slugs.len());
        // SQLite allows 32766 bind parameters; stay well below it.
        for chunk in slugs.chunks(1000) {
            let mut q = SqlBuilder::new(
                self.backend,
                "SELECT slug, latitude, longitude FROM bodies
                 WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND slug IN (",
            );
            q.push_bind_list(chunk.iter().copied());
            q.push(")");
            for row in q.build().fetch_all(&self.pool).await? {
                positions.insert(
                    row.try_get("slug")?,
                    GeoPoint {
                        latitude: row.try_get("latitude")?,
                        longitude: row.try_get("longitude")?,
                    },
                );
            }
        }
        Ok(positions)
    }
}
