//! What the Wikidata comparison reads (every body with its identifiers, every partnership with its
//! dates) and the import's writes: suggested Wikidata ids and new partnerships, each through the
//! normal audited record write, all in one transaction.

use sqlx::Row;

use super::lifecycle::{self, RecordKind};
use super::records::{WriteResult, id_by_slug};
use super::{Store, StoreError, StoreResult};
use crate::domain::access::Principal;
use crate::domain::records::{BodyRecord, PartnershipRecord};
use crate::domain::values::PartialDate;
use crate::domain::vocab::BodyKind;
use crate::domain::wikidata::{ItemId, OurBody, OurPartnership};

/// Our side of the comparison.
pub struct WikidataView {
    /// Every body (drafts included) in slug order, with its kind.
    pub bodies: Vec<(OurBody, BodyKind)>,
    pub partnerships: Vec<OurPartnership>,
}

/// What an import writes.
#[derive(Debug, Clone, Default)]
pub struct WikidataWrites {
    /// Body slug → the Wikidata id to set (only bodies without one).
    pub ids: Vec<(String, ItemId)>,
    /// New partnerships; a slug already taken gets `-2`, `-3`, … appended.
    pub partnerships: Vec<PartnershipRecord>,
}

/// What an import wrote.
#[derive(Debug, Clone, Default)]
pub struct WikidataWritten {
    pub ids_set: usize,
    /// Slugs of the partnerships created.
    pub partnerships: Vec<String>,
}

impl Store {
    pub async fn wikidata_view(&self) -> StoreResult<WikidataView> {
        let rows = sqlx::query(
            "SELECT slug, name, kind, country, wikidata_id, geonames_id FROM bodies ORDER BY slug",
        )
        .fetch_all(&self.pool)
        .await?;
        let corrupt = |what: &str| StoreError::Corrupt(format!("body: {what}"));
        let mut bodies = Vec::with_capacity(rows.len());
        for row in &rows {
            let kind: String = row.try_get("kind")?;
            let wikidata: Option<String> = row.try_get("wikidata_id")?;
            let geonames: Option<i64> = row.try_get("geonames_id")?;
            bodies.push((
                OurBody {
                    slug: row.try_get("slug")?,
                    name: row.try_get("name")?,
                    country: row.try_get("country")?,
                    wikidata_id: wikidata.as_deref().and_then(ItemId::parse),
                    geonames_id: geonames.and_then(|g| u64::try_from(g).ok()),
                },
                BodyKind::parse(&kind).ok_or_else(|| corrupt("unknown kind"))?,
            ));
        }
        let rows = sqlx::query(
            "SELECT p.slug, a.slug AS side_a, b.slug AS side_b, \
               (SELECT MIN(m.date) FROM milestones m WHERE m.partnership_id = p.id) AS since, \
               (SELECT MAX(m.date) FROM milestones m \
                  WHERE m.partnership_id = p.id AND m.type = 'end') AS ended \
             FROM partnerships p \
             JOIN bodies a ON a.id = p.body_a_id \
             JOIN bodies b ON b.id = p.body_b_id \
             ORDER BY p.slug",
        )
        .fetch_all(&self.pool)
        .await?;
        let date = |text: Option<String>| -> StoreResult<Option<PartialDate>> {
            text.map(|t| PartialDate::parse(&t).map_err(|_| corrupt("malformed milestone date")))
                .transpose()
        };
        let mut partnerships = Vec::with_capacity(rows.len());
        for row in &rows {
            partnerships.push(OurPartnership {
                slug: row.try_get("slug")?,
                sides: [row.try_get("side_a")?, row.try_get("side_b")?],
                since: date(row.try_get("since")?)?,
                end: date(row.try_get("ended")?)?,
            });
        }
        Ok(WikidataView {
            bodies,
            partnerships,
        })
    }

    /// Sets the Wikidata ids and creates the partnerships, each through the record's audited
    /// write, in one transaction: any refusal leaves everything as it was.
    pub async fn apply_wikidata(
        &self,
        who: &Principal,
        writes: &WikidataWrites,
    ) -> WriteResult<WikidataWritten> {
        let mut tx = self.begin_write().await?;
        let mut written = WikidataWritten::default();
        for (slug, item) in &writes.ids {
            let id = id_by_slug(&mut tx, "bodies", slug)
                .await?
                .ok_or_else(|| StoreError::NotFound(format!("body '{slug}'")))?;
            let stored = BodyRecord::load(&mut tx, id)
                .await?
                .ok_or_else(|| StoreError::NotFound(format!("body '{slug}'")))?;
            if stored.record.wikidata_id.is_some() {
                // Someone set one since the comparison: theirs stands.
                continue;
            }
            let mut record = stored.record.clone();
            record.wikidata_id = Some(item.to_string());
            lifecycle::update_in(&mut tx, who, id, stored.version, &record).await?;
            written.ids_set += 1;
        }
        for record in &writes.partnerships {
            let mut record = record.clone();
            let base = record.slug.clone();
            let mut n = 1;
            while id_by_slug(&mut tx, "partnerships", &record.slug)
                .await?
                .is_some()
            {
                n += 1;
                record.slug = format!("{base}-{n}");
            }
            let stored = lifecycle::create_in(&mut tx, who, &record).await?;
            written.partnerships.push(stored.record.slug);
        }
        tx.commit().await?;
        Ok(written)
    }
}
