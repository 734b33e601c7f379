//! Inquiries from the contact form: storing them, the office's inbox (status, assignment, notes),
//! the state of the e-mail that tells the office, and their deletion after the retention period.
//!
//! Everything the office does to an inquiry is written to the audit trail in the same transaction,
//! without the sender's personal data: the trail says that and how an inquiry changed, never what
//! its sender wrote.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::audit::{Change, record};
use super::sql::SqlBuilder;
use super::{Store, StoreError, StoreResult};
use crate::domain::access::Principal;
use crate::domain::audit::{Action, Entity};
use crate::domain::clock::Instant;
use crate::domain::inquiry::{
    Assignee, Inquiry, InquiryNote, InquiryStatus, InquirySummary, NewInquiry,
};

/// The columns shared by the inbox list and the detail view (`i` the inquiry, `p` its partnership,
/// `u` its assignee).
const COLUMNS: &str = "i.id, i.received_at, i.name, i.email, i.subject, i.status, i.assignee_id, \
                       u.display_name AS assignee_name, i.notified_at, p.slug AS partnership";
const FROM: &str = "FROM inquiries i LEFT JOIN partnerships p ON p.id = i.partnership_id \
                    LEFT JOIN users u ON u.id = i.assignee_id";

impl Store {
    /// Stores a new inquiry and answers its id once it is committed. `language` is the language
    /// of the form it came from. A partnership slug that names no partnership stores none.
    pub async fn insert_inquiry(
        &self,
        inquiry: &NewInquiry,
        language: &str,
        received_at: Instant,
    ) -> StoreResult<i64> {
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO inquiries (received_at, name, email, subject, message, partnership_id, \
             language, consent_version, updated_at) \
             VALUES ($1, $2, $3, $4, $5, (SELECT id FROM partnerships WHERE slug = $6), $7, $8, $9) \
             RETURNING id",
        )
        .bind(received_at.text())
        .bind(inquiry.name())
        .bind(inquiry.email())
        .bind(inquiry.subject())
        .bind(inquiry.message())
        .bind(inquiry.partnership().map(|s| s.as_str()))
        .bind(language)
        .bind(inquiry.consent_version())
        .bind(received_at.text())
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The inbox, newest first: at most `limit` inquiries, of one status or all, starting after
    /// the inquiry `after` (keyset paging: pass the id of the last line of the previous page).
    pub async fn list_inquiries(
        &self,
        status: Option<InquiryStatus>,
        after: Option<i64>,
        limit: u32,
    ) -> StoreResult<Vec<InquirySummary>> {
        let mut q: SqlBuilder =
            SqlBuilder::new(self.backend, format!("SELECT {COLUMNS} {FROM} WHERE 1 = 1"));
        if let Some(status) = status {
            q.push(" AND i.status = ").push_bind(status.key());
        }
        if let Some(after) = after {
            q.push(
                " AND (i.received_at, i.id) < (SELECT received_at, id FROM inquiries WHERE id = ",
            )
            .push_bind(after)
            .push(")");
        }
        q.push(" ORDER BY i.received_at DESC, i.id DESC LIMIT ")
            .push_bind(i64::from(limit));
        let rows = q.build().fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| {
                Ok(InquirySummary {
                    id: row.try_get("id")?,
                    received_at: instant(row, "received_at")?,
                    name: row.try_get("name")?,
                    email: row.try_get("email")?,
                    subject: row.try_get("subject")?,
                    status: status_of(row)?,
                    assignee: assignee(row)?,
                    notified: row.try_get::<Option<String>, _>("notified_at")?.is_some(),
                    partnership: row.try_get("partnership")?,
                })
            })
            .collect()
    }

    /// How many inquiries there are of each status, in the order of [`InquiryStatus::ALL`].
    pub async fn count_inquiries(&self) -> StoreResult<Vec<(InquiryStatus, i64)>> {
        let rows: Vec<(String, i64)> =
            sqlx::query_as("SELECT status, COUNT(*) FROM inquiries GROUP BY status")
                .fetch_all(&self.pool)
                .await?;
        Ok(InquiryStatus::ALL
            .into_iter()
            .map(|status| {
                let count = rows
                    .iter()
                    .find(|(key, _)| key == status.key())
                    .map_or(0, |(_, n)| *n);
                (status, count)
            })
            .collect())
    }

    /// One inquiry with its notes, oldest note first.
    pub async fn find_inquiry(&self, id: i64) -> StoreResult<Option<Inquiry>> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS}, i.message, i.language, i.consent_version, i.notify_attempts, \
             i.notify_error, i.updated_at {FROM} WHERE i.id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let notes = sqlx::query(
            "SELECT id, author_id, author_label, written_at, text FROM inquiry_notes \
             WHERE inquiry_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|note| {
            Ok(InquiryNote {
                id: note.try_get("id")?,
                author_id: note.try_get("author_id")?,
                author_label: note.try_get("author_label")?,
                written_at: instant(note, "written_at")?,
                text: note.try_get("text")?,
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
        let notified_at: Option<String> = row.try_get("notified_at")?;
        Ok(Some(Inquiry {
            id: row.try_get("id")?,
            received_at: instant(&row, "received_at")?,
            name: row.try_get("name")?,
            email: row.try_get("email")?,
            subject: row.try_get("subject")?,
            message: row.try_get("message")?,
            partnership: row.try_get("partnership")?,
            language: row.try_get("language")?,
            consent_version: row.try_get("consent_version")?,
            status: status_of(&row)?,
            assignee: assignee(&row)?,
            notified_at: notified_at
                .map(|t| Instant::parse(&t).ok_or_else(|| corrupt("malformed notified_at")))
                .transpose()?,
            notify_attempts: row.try_get("notify_attempts")?,
            notify_error: row.try_get("notify_error")?,
            updated_at: instant(&row, "updated_at")?,
            notes,
        }))
    }

    /// Moves an inquiry to `status`. Answers `false` when there is no such inquiry; setting the
    /// status it already has changes and records nothing.
    pub async fn set_inquiry_status(
        &self,
        id: i64,
        status: InquiryStatus,
        who: &Principal,
    ) -> StoreResult<bool> {
        let mut tx = self.begin_write().await?;
        let Some(before) = current_status(&mut tx, id).await? else {
            return Ok(false);
        };
        if before == status {
            return Ok(true);
        }
        sqlx::query("UPDATE inquiries SET status = $1, updated_at = $2 WHERE id = $3")
            .bind(status.key())
            .bind(Instant::now().text())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let old = serde_json::json!({ "status": before.key() });
        let new = serde_json::json!({ "status": status.key() });
        record(
            &mut tx,
            who,
            Change {
                entity: Entity::Inquiry,
                entity_id: id,
                action: Action::Update,
                before: Some(&old),
                after: Some(&new),
                summary: format!("status {} → {}", before.key(), status.key()),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Assigns an inquiry to an active staff member, or to nobody. Answers `false` when there is no
    /// such inquiry or no such active account.
    pub async fn assign_inquiry(
        &self,
        id: i64,
        assignee: Option<i64>,
        who: &Principal,
    ) -> StoreResult<bool> {
        let mut tx = self.begin_write().await?;
        let before: Option<Option<i64>> =
            sqlx::query_scalar("SELECT assignee_id FROM inquiries WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(before) = before else {
            return Ok(false);
        };
        let label = match assignee {
            Some(user) => {
                let name: Option<String> = sqlx::query_scalar(
                    "SELECT display_name FROM users WHERE id = $1 AND active = 1",
                )
                .bind(user)
                .fetch_optional(&mut *tx)
                .await?;
                match name {
                    Some(name) => format!("assigned to {name} (user {user})"),
                    None => return Ok(false),
                }
            }
            None => "assignment removed".to_owned(),
        };
        if before == assignee {
            return Ok(true);
        }
        sqlx::query("UPDATE inquiries SET assignee_id = $1, updated_at = $2 WHERE id = $3")
            .bind(assignee)
            .bind(Instant::now().text())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let old = serde_json::json!({ "assignee_id": before });
        let new = serde_json::json!({ "assignee_id": assignee });
        record(
            &mut tx,
            who,
            Change {
                entity: Entity::Inquiry,
                entity_id: id,
                action: Action::Update,
                before: Some(&old),
                after: Some(&new),
                summary: label,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Adds an internal note by `who`; answers the note's id, or `None` when there is no such
    /// inquiry. Check the text with [`crate::domain::inquiry::parse_note`] first.
    pub async fn add_inquiry_note(
        &self,
        id: i64,
        text: &str,
        who: &Principal,
    ) -> StoreResult<Option<i64>> {
        let mut tx = self.begin_write().await?;
        if current_status(&mut tx, id).await?.is_none() {
            return Ok(None);
        }
        let now = Instant::now().text();
        let note_id: i64 = sqlx::query_scalar(
            "INSERT INTO inquiry_notes (inquiry_id, author_id, author_label, written_at, text) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(id)
        .bind(who.user_id())
        .bind(&who.label)
        .bind(&now)
        .bind(text)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("UPDATE inquiries SET updated_at = $1 WHERE id = $2")
            .bind(&now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        record(
            &mut tx,
            who,
            Change {
                entity: Entity::Inquiry,
                entity_id: id,
                action: Action::Update,
                before: None,
                after: None,
                summary: format!("internal note {note_id} added"),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(Some(note_id))
    }

    /// Active staff who may be given inquiries (everyone but readers), by name.
    pub async fn inquiry_assignees(&self) -> StoreResult<Vec<Assignee>> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, display_name FROM users WHERE active = 1 AND role <> 'reader' \
             ORDER BY display_name, id",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, name)| Assignee { id, name })
            .collect())
    }

    /// Inquiries whose e-mail to the office is due at `now`: not yet sent, fewer than
    /// `max_attempts` failed attempts, and past their back-off. Oldest first, at most `limit`.
    pub async fn pending_inquiry_notifications(
        &self,
        max_attempts: i64,
        now: Instant,
        limit: u32,
    ) -> StoreResult<Vec<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT id FROM inquiries WHERE notified_at IS NULL AND notify_attempts < $1 \
             AND (notify_after IS NULL OR notify_after <= $2) ORDER BY id LIMIT $3",
        )
        .bind(max_attempts)
        .bind(now.text())
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?)
    }

    /// Takes the e-mail of inquiry `id` for sending until `lease_until`, if it is still due at
    /// `now`: `true` for the one caller that got it. Several instances of the server run the
    /// delivery job on one database; without the claim each would mail the office. An instance that
    /// dies while sending leaves the claim to expire, and another sends then.
    pub async fn claim_inquiry_notification(
        &self,
        id: i64,
        max_attempts: i64,
        now: Instant,
        lease_until: Instant,
    ) -> StoreResult<bool> {
        let claimed: Option<i64> = sqlx::query_scalar(
            "UPDATE inquiries SET notify_after = $1 WHERE id = $2 AND notified_at IS NULL \
             AND notify_attempts < $3 AND (notify_after IS NULL OR notify_after <= $4) RETURNING id",
        )
        .bind(lease_until.text())
        .bind(id)
        .bind(max_attempts)
        .bind(now.text())
        .fetch_optional(&self.pool)
        .await?;
        self.wrote();
        Ok(claimed.is_some())
    }

    /// Records that the office was told about an inquiry.
    pub async fn mark_inquiry_notified(&self, id: i64, at: Instant) -> StoreResult<()> {
        sqlx::query(
            "UPDATE inquiries SET notified_at = $1, notify_attempts = notify_attempts + 1, \
             notify_error = NULL, notify_after = NULL WHERE id = $2",
        )
        .bind(at.text())
        .bind(id)
        .execute(&self.pool)
        .await?;
        self.wrote();
        Ok(())
    }

    /// Records a failed attempt to tell the office and when to try again; answers the number of
    /// attempts made so far.
    pub async fn record_inquiry_notify_failure(
        &self,
        id: i64,
        error: &str,
        retry_at: Instant,
    ) -> StoreResult<i64> {
        let attempts: Option<i64> = sqlx::query_scalar(
            "UPDATE inquiries SET notify_attempts = notify_attempts + 1, notify_error = $1, \
             notify_after = $2 WHERE id = $3 RETURNING notify_attempts",
        )
        .bind(error)
        .bind(retry_at.text())
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        self.wrote();
        Ok(attempts.unwrap_or_default())
    }

    /// Deletes every inquiry received before `cutoff`, with its notes, and records one `expire`
    /// entry per inquiry in the audit trail, all in one transaction. The entries carry no personal
    /// data: only the inquiry's id and the rule (`retention_days`) that removed it. Answers how many
    /// were deleted.
    pub async fn expire_inquiries(&self, cutoff: Instant, retention_days: u32) -> StoreResult<u64> {
        let mut tx = self.begin_write().await?;
        let ids: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM inquiries WHERE received_at < $1 ORDER BY id")
                .bind(cutoff.text())
                .fetch_all(&mut *tx)
                .await?;
        if ids.is_empty() {
            return Ok(0);
        }
        let who = Principal::system("retention");
        for &id in &ids {
            sqlx::query("DELETE FROM inquiries WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            record(
                &mut tx,
                &who,
                Change {
                    entity: Entity::Inquiry,
                    entity_id: id,
                    action: Action::Expire,
                    // The record itself is personal data: the trail keeps only that it existed.
                    before: None,
                    after: None,
                    summary: format!("deleted after {retention_days} days (retention period)"),
                },
            )
            .await?;
        }
        tx.commit().await?;
        Ok(ids.len() as u64)
    }
}

async fn current_status(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<InquiryStatus>> {
    let key: Option<String> = sqlx::query_scalar("SELECT status FROM inquiries WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await?;
    key.map(|key| InquiryStatus::parse(&key).ok_or_else(|| corrupt("unknown status")))
        .transpose()
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(format!("inquiry: {what}"))
}

fn instant(row: &AnyRow, column: &str) -> StoreResult<Instant> {
    let text: String = row.try_get(column)?;
    Instant::parse(&text).ok_or_else(|| corrupt(&format!("malformed {column}")))
}

fn status_of(row: &AnyRow) -> StoreResult<InquiryStatus> {
    let key: String = row.try_get("status")?;
    InquiryStatus::parse(&key).ok_or_else(|| corrupt("unknown status"))
}

fn assignee(row: &AnyRow) -> StoreResult<Option<Assignee>> {
    let id: Option<i64> = row.try_get("assignee_id")?;
    let name: Option<String> = row.try_get("assignee_name")?;
    Ok(id.map(|id| Assignee {
        id,
        name: name.unwrap_or_default(),
    }))
}
