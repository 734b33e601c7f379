//! What the data-quality check reads (every body and partnership as an editable record, drafts
//! included) and what it remembers: staff's decisions on findings (`quality_reviews`), each written
//! with its audit entry in one transaction, after the store has checked the actor's rights over the
//! record the finding concerns.

use std::collections::BTreeSet;

use sqlx::Row;

use super::audit::{self, Change};
use super::records::{self, Stored};
use super::{Store, StoreError, StoreResult};
use crate::domain::access::Principal;
use crate::domain::audit::{Action, Entity};
use crate::domain::clock::Instant;
use crate::domain::quality::{Decision, Finding, RecordType};
use crate::domain::records::{BodyRecord, PartnershipRecord};

/// Every record the checks look at.
pub struct QualityRecords {
    pub bodies: Vec<Stored<BodyRecord>>,
    pub partnerships: Vec<Stored<PartnershipRecord>>,
}

/// One decision on a finding, as stored.
#[derive(Debug, Clone)]
pub struct Review {
    pub id: i64,
    pub finding_key: String,
    pub fingerprint: String,
    pub decision: Decision,
    pub reason: Option<String>,
    pub actor_label: String,
    pub decided_at: Instant,
}

impl Store {
    /// Every body and partnership, drafts included, in slug order: read in one transaction, so
    /// the records are consistent with each other (a body and the partnerships on it as of one
    /// moment) while writers go on (WAL), and over one connection instead of one per record.
    pub async fn all_records(&self) -> StoreResult<QualityRecords> {
        let mut tx = self.pool.begin().await?;
        let body_ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM bodies ORDER BY slug")
            .fetch_all(&mut *tx)
            .await?;
        let mut bodies = Vec::with_capacity(body_ids.len());
        for id in body_ids {
            if let Some(stored) = records::load_body(&mut tx, id).await? {
                bodies.push(stored);
            }
        }
        let partnership_ids: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM partnerships ORDER BY slug")
                .fetch_all(&mut *tx)
                .await?;
        let mut partnerships = Vec::with_capacity(partnership_ids.len());
        for id in partnership_ids {
            if let Some(stored) = records::load_partnership(&mut tx, id).await? {
                partnerships.push(stored);
            }
        }
        tx.rollback().await?;
        Ok(QualityRecords {
            bodies,
            partnerships,
        })
    }

    /// The findings dismissed for the value they objected to: (key, fingerprint).
    pub async fn dismissed_findings(&self) -> StoreResult<BTreeSet<(String, String)>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT DISTINCT finding_key, fingerprint FROM quality_reviews WHERE decision = 'dismissed'",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().collect())
    }

    /// The decisions on one finding, newest first.
    pub async fn reviews_of(&self, finding_key: &str) -> StoreResult<Vec<Review>> {
        let rows = sqlx::query(
            "SELECT id, finding_key, fingerprint, decision, reason, actor_label, decided_at \
             FROM quality_reviews WHERE finding_key = $1 ORDER BY id DESC",
        )
        .bind(finding_key)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let corrupt = |what: &str| StoreError::Corrupt(format!("quality review: {what}"));
                let decision: String = row.try_get("decision")?;
                let at: String = row.try_get("decided_at")?;
                Ok(Review {
                    id: row.try_get("id")?,
                    finding_key: row.try_get("finding_key")?,
                    fingerprint: row.try_get("fingerprint")?,
                    decision: Decision::parse(&decision)
                        .ok_or_else(|| corrupt("unknown decision"))?,
                    reason: row.try_get("reason")?,
                    actor_label: row.try_get("actor_label")?,
                    decided_at: Instant::parse(&at).ok_or_else(|| corrupt("malformed instant"))?,
                })
            })
            .collect()
    }

    /// Records a decision on a finding with its audit entry. Only who may change the record the
    /// finding concerns may decide on it; a dismissal needs a reason.
    pub async fn record_review(
        &self,
        who: &Principal,
        finding: &Finding,
        decision: Decision,
        reason: Option<&str>,
    ) -> StoreResult<i64> {
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        if decision == Decision::Dismissed && reason.is_none() {
            return Err(StoreError::Rejected(
                "a finding is dismissed only with a reason".into(),
            ));
        }
        let mut tx = self.begin_write().await?;
        let slug = &finding.record.slug;
        let allowed = match finding.record.kind {
            RecordType::Body => {
                let id: Option<i64> = sqlx::query_scalar("SELECT id FROM bodies WHERE slug = $1")
                    .bind(slug)
                    .fetch_optional(&mut *tx)
                    .await?;
                let id = id.ok_or_else(|| StoreError::NotFound(format!("body '{slug}'")))?;
                who.may_edit_body(id)
            }
            RecordType::Partnership => {
                let sides: Option<(i64, i64)> =
                    sqlx::query_as("SELECT body_a_id, body_b_id FROM partnerships WHERE slug = $1")
                        .bind(slug)
                        .fetch_optional(&mut *tx)
                        .await?;
                let (a, b) =
                    sides.ok_or_else(|| StoreError::NotFound(format!("partnership '{slug}'")))?;
                who.may_edit_partnership(a, b)
            }
        };
        if !allowed {
            return Err(StoreError::Forbidden(
                "you may not decide on findings of this record".into(),
            ));
        }
        let key = finding.key();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO quality_reviews (finding_key, fingerprint, check_id, record_kind, \
             record_slug, decision, reason, actor, actor_label, decided_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(&key)
        .bind(&finding.fingerprint)
        .bind(finding.check.key())
        .bind(finding.record.kind.key())
        .bind(slug)
        .bind(decision.key())
        .bind(reason)
        .bind(who.id.key())
        .bind(&who.label)
        .bind(Instant::now().text())
        .fetch_one(&mut *tx)
        .await?;
        let after = serde_json::json!({
            "finding": key,
            "fingerprint": finding.fingerprint,
            "check": finding.check.key(),
            "severity": finding.severity.key(),
            "record": finding.record.to_string(),
            "field": finding.field,
            "suggestion": finding.suggestion,
            "decision": decision.key(),
            "reason": reason,
        });
        let summary = match reason {
            Some(reason) => format!("finding {key} {}: {reason}", decision.key()),
            None => format!("finding {key} {}", decision.key()),
        };
        audit::record(
            &mut tx,
            who,
            Change {
                entity: Entity::Finding,
                entity_id: id,
                action: Action::Create,
                before: None,
                after: Some(&after),
                summary,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }
}
