//! Funding in the database: the catalogue (loaded from the starter file into an empty catalogue),
//! calls and applications as record kinds of the common life cycle (rights, version check, audit
//! entry in one transaction), the eligibility plan of an application, the deadline board, the
//! figures of the dashboard, and the claims that make every reminder go out once.

use std::collections::BTreeMap;

use sqlx::{AnyConnection, Row};

use super::lifecycle::{self, RecordKind};
use super::records::{Resolver, Stored, Tx, WriteError, WriteResult, forbidden};
use super::{Store, StoreError, StoreResult};
use crate::domain::access::Principal;
use crate::domain::audit::{Action as AuditAction, Entity};
use crate::domain::clock::Instant;
use crate::domain::funding::catalogue::{
    Action, ActionRecord, Catalogue, Programme, ProgrammeRecord, RuleEntry,
};
use crate::domain::funding::documents::DocumentType;
use crate::domain::funding::{
    ApplicationRecord, CallRecord, Eur, ParticipantLine, Plan, Status, date_text,
};
use crate::domain::records::FieldError;

/// A line of the list of calls.
#[derive(Debug, Clone)]
pub struct CallLine {
    pub id: i64,
    pub identifier: String,
    pub title: String,
    pub action_key: String,
    pub action: String,
    pub programme: String,
    pub opens_on: Option<String>,
    pub deadline: Instant,
    pub budget: Option<Eur>,
    pub url: Option<String>,
}

/// A line of the list of applications.
#[derive(Debug, Clone)]
pub struct ApplicationLine {
    pub id: i64,
    pub title: String,
    pub call: String,
    pub programme: String,
    pub deadline: Instant,
    pub applicant_id: i64,
    pub applicant: String,
    pub status: Status,
    pub requested: Option<Eur>,
    pub granted: Option<Eur>,
    pub responsible: String,
    pub report_due: Option<String>,
}

/// A body as the application form offers it.
#[derive(Debug, Clone)]
pub struct BodyChoice {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub country: String,
    pub kind: String,
}

/// One deadline on the board or in the calendar feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// `call` (submission) or `report` (report of a granted application).
    pub kind: &'static str,
    /// The call's or the application's id.
    pub ref_id: i64,
    pub at: Instant,
    pub title: String,
    /// The call's identifier.
    pub identifier: String,
    pub url: Option<String>,
}

/// One application as the dashboard counts it.
#[derive(Debug, Clone)]
pub struct FundingFigure {
    pub status: Status,
    pub programme: String,
    /// The year of the call's deadline.
    pub year: i32,
    pub requested: Option<Eur>,
    pub granted: Option<Eur>,
}

fn money(row: &sqlx::any::AnyRow, column: &str) -> StoreResult<Option<Eur>> {
    let text: Option<String> = row.try_get(column)?;
    text.map(|t| Eur::parse(&t).map_err(|e| StoreError::Corrupt(format!("{column} '{t}': {e}"))))
        .transpose()
}

fn instant(text: &str) -> StoreResult<Instant> {
    Instant::parse(text).ok_or_else(|| StoreError::Corrupt(format!("instant '{text}'")))
}

fn status(text: &str) -> StoreResult<Status> {
    Status::parse(text).ok_or_else(|| StoreError::Corrupt(format!("status '{text}'")))
}

fn rules_of(json: &str) -> StoreResult<Vec<RuleEntry>> {
    serde_json::from_str(json).map_err(|e| StoreError::Corrupt(format!("rules: {e}")))
}

impl Store {
    /// Loads `catalogue` when the funding catalogue is empty; returns the number of actions added
    /// (0 when a catalogue was there already, which is then never touched).
    pub async fn load_funding_catalogue(&self, catalogue: &Catalogue) -> StoreResult<usize> {
        let mut tx = self.begin_write().await?;
        let any: Option<i64> = sqlx::query_scalar("SELECT id FROM funding_programmes LIMIT 1")
            .fetch_optional(&mut *tx)
            .await?;
        if any.is_some() {
            return Ok(0);
        }
        let mut actions = 0;
        for p in &catalogue.programmes {
            let programme_id: i64 = sqlx::query_scalar(
                "INSERT INTO funding_programmes (key, name, level, url) VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(&p.key)
            .bind(&p.name)
            .bind(&p.level)
            .bind(&p.url)
            .fetch_one(&mut *tx)
            .await?;
            for a in &p.actions {
                sqlx::query(
                    "INSERT INTO funding_actions (programme_id, key, name, funding_form, funding_note, \
                     max_cofinancing_percent, url, rules_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(programme_id)
                .bind(&a.key)
                .bind(&a.name)
                .bind(&a.funding_form)
                .bind(&a.funding_note)
                .bind(a.max_cofinancing_percent.map(i64::from))
                .bind(&a.url)
                .bind(serde_json::to_string(&a.rules).expect("rules serialize"))
                .execute(&mut *tx)
                .await?;
                actions += 1;
            }
        }
        tx.commit().await?;
        Ok(actions)
    }

    /// The whole catalogue, programmes and actions in the order they were entered.
    pub async fn funding_catalogue(&self) -> StoreResult<Catalogue> {
        let programmes =
            sqlx::query("SELECT id, key, name, level, url FROM funding_programmes ORDER BY id")
                .fetch_all(&self.pool)
                .await?;
        let actions = sqlx::query(
            "SELECT programme_id, key, name, funding_form, funding_note, max_cofinancing_percent, url, \
             rules_json FROM funding_actions ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut by_programme: BTreeMap<i64, Vec<Action>> = BTreeMap::new();
        for row in actions {
            let rules: String = row.try_get("rules_json")?;
            let percent: Option<i64> = row.try_get("max_cofinancing_percent")?;
            by_programme
                .entry(row.try_get("programme_id")?)
                .or_default()
                .push(Action {
                    key: row.try_get("key")?,
                    name: row.try_get("name")?,
                    funding_form: row.try_get("funding_form")?,
                    funding_note: row.try_get("funding_note")?,
                    max_cofinancing_percent: percent.and_then(|p| u32::try_from(p).ok()),
                    url: row.try_get("url")?,
                    rules: rules_of(&rules)?,
                });
        }
        let mut list = Vec::with_capacity(programmes.len());
        for row in programmes {
            let id: i64 = row.try_get("id")?;
            list.push(Programme {
                key: row.try_get("key")?,
                name: row.try_get("name")?,
                level: row.try_get("level")?,
                url: row.try_get("url")?,
                actions: by_programme.remove(&id).unwrap_or_default(),
            });
        }
        Ok(Catalogue { programmes: list })
    }

    /// Calls, latest deadline first.
    pub async fn funding_call_lines(&self) -> StoreResult<Vec<CallLine>> {
        let rows = sqlx::query(
            "SELECT c.id, c.identifier, c.title, a.key AS action_key, a.name AS action, p.name AS programme, \
             c.opens_on, c.deadline_at, c.budget, c.url FROM funding_calls c \
             JOIN funding_actions a ON a.id = c.action_id JOIN funding_programmes p ON p.id = a.programme_id \
             ORDER BY c.deadline_at DESC, c.id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let deadline: String = row.try_get("deadline_at")?;
                Ok(CallLine {
                    id: row.try_get("id")?,
                    identifier: row.try_get("identifier")?,
                    title: row.try_get("title")?,
                    action_key: row.try_get("action_key")?,
                    action: row.try_get("action")?,
                    programme: row.try_get("programme")?,
                    opens_on: row.try_get("opens_on")?,
                    deadline: instant(&deadline)?,
                    budget: money(row, "budget")?,
                    url: row.try_get("url")?,
                })
            })
            .collect()
    }

    pub async fn funding_call_record(&self, id: i64) -> StoreResult<Option<Stored<CallRecord>>> {
        let mut conn = self.pool.acquire().await?;
        load_call(&mut conn, id).await
    }

    pub async fn create_funding_call(
        &self,
        who: &Principal,
        record: &CallRecord,
    ) -> WriteResult<Stored<CallRecord>> {
        lifecycle::create(self, who, record).await
    }

    pub async fn update_funding_call(
        &self,
        who: &Principal,
        id: i64,
        expected_version: i64,
        record: &CallRecord,
    ) -> WriteResult<Stored<CallRecord>> {
        lifecycle::update(self, who, id, expected_version, record).await
    }

    pub async fn delete_funding_call(
        &self,
        who: &Principal,
        id: i64,
        expected_version: Option<i64>,
    ) -> WriteResult<()> {
        lifecycle::delete::<CallRecord>(self, who, id, expected_version).await
    }

    /// Applications of the bodies in `scope` (as applicant), or all for `None`; latest deadline first.
    pub async fn funding_application_lines(
        &self,
        scope: Option<&[i64]>,
    ) -> StoreResult<Vec<ApplicationLine>> {
        let rows = sqlx::query(
            "SELECT f.id, f.title, c.identifier AS call, p.name AS programme, c.deadline_at, \
             f.applicant_id, b.name AS applicant, f.status, f.requested, f.granted, f.responsible, \
             f.report_due FROM funding_applications f JOIN funding_calls c ON c.id = f.call_id \
             JOIN funding_actions a ON a.id = c.action_id JOIN funding_programmes p ON p.id = a.programme_id \
             JOIN bodies b ON b.id = f.applicant_id ORDER BY c.deadline_at DESC, f.id DESC",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut lines = Vec::with_capacity(rows.len());
        for row in &rows {
            let applicant_id: i64 = row.try_get("applicant_id")?;
            if scope.is_some_and(|ids| !ids.contains(&applicant_id)) {
                continue;
            }
            let deadline: String = row.try_get("deadline_at")?;
            let s: String = row.try_get("status")?;
            lines.push(ApplicationLine {
                id: row.try_get("id")?,
                title: row.try_get("title")?,
                call: row.try_get("call")?,
                programme: row.try_get("programme")?,
                deadline: instant(&deadline)?,
                applicant_id,
                applicant: row.try_get("applicant")?,
                status: status(&s)?,
                requested: money(row, "requested")?,
                granted: money(row, "granted")?,
                responsible: row.try_get("responsible")?,
                report_due: row.try_get("report_due")?,
            });
        }
        Ok(lines)
    }

    pub async fn funding_application_record(
        &self,
        id: i64,
    ) -> StoreResult<Option<Stored<ApplicationRecord>>> {
        let mut conn = self.pool.acquire().await?;
        load_application(&mut conn, id).await
    }

    pub async fn create_funding_application(
        &self,
        who: &Principal,
        record: &ApplicationRecord,
    ) -> WriteResult<Stored<ApplicationRecord>> {
        lifecycle::create(self, who, record).await
    }

    pub async fn update_funding_application(
        &self,
        who: &Principal,
        id: i64,
        expected_version: i64,
        record: &ApplicationRecord,
    ) -> WriteResult<Stored<ApplicationRecord>> {
        lifecycle::update(self, who, id, expected_version, record).await
    }

    pub async fn delete_funding_application(
        &self,
        who: &Principal,
        id: i64,
        expected_version: Option<i64>,
    ) -> WriteResult<()> {
        lifecycle::delete::<ApplicationRecord>(self, who, id, expected_version).await
    }

    /// Bodies an application may name, by country and name.
    pub async fn funding_body_choices(&self) -> StoreResult<Vec<BodyChoice>> {
        let rows = sqlx::query(
            "SELECT id, slug, name, country, kind FROM bodies ORDER BY country, sort_name",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(BodyChoice {
                    id: row.try_get("id")?,
                    slug: row.try_get("slug")?,
                    name: row.try_get("name")?,
                    country: row.try_get("country")?,
                    kind: row.try_get("kind")?,
                })
            })
            .collect()
    }

    /// What the rules of the application's call see of it, and those rules with the action's
    /// name; `None` when the call is unknown.
    pub async fn funding_plan(
        &self,
        record: &ApplicationRecord,
    ) -> StoreResult<Option<(String, Vec<RuleEntry>, Plan)>> {
        let mut conn = self.pool.acquire().await?;
        let Some(row) = sqlx::query(
            "SELECT a.name, a.rules_json FROM funding_calls c JOIN funding_actions a ON a.id = c.action_id \
             WHERE c.identifier = $1",
        )
        .bind(&record.call)
        .fetch_optional(&mut *conn)
        .await?
        else {
            return Ok(None);
        };
        let rules: String = row.try_get("rules_json")?;
        let applicant_country: Option<String> =
            sqlx::query_scalar("SELECT country FROM bodies WHERE slug = $1")
                .bind(&record.applicant)
                .fetch_optional(&mut *conn)
                .await?;
        let mut partner_countries = Vec::new();
        for p in &record.partners {
            if let Some(c) =
                sqlx::query_scalar::<_, String>("SELECT country FROM bodies WHERE slug = $1")
                    .bind(p)
                    .fetch_optional(&mut *conn)
                    .await?
            {
                partner_countries.push(c);
            }
        }
        let plan = Plan {
            applicant_country,
            applicant_kind: Some(record.applicant_kind.clone()),
            partner_countries,
            participants: record
                .participants
                .iter()
                .map(|p| (p.country.to_uppercase(), p.participants, p.invited))
                .collect(),
            duration_days: record.duration_days(),
        };
        Ok(Some((row.try_get("name")?, rules_of(&rules)?, plan)))
    }

    /// Call deadlines and report due dates from `from` up to `to`, soonest first. A report is due
    /// at the end of its day in Brussels.
    pub async fn funding_deadlines(
        &self,
        from: Instant,
        to: Instant,
    ) -> StoreResult<Vec<Deadline>> {
        let calls = sqlx::query(
            "SELECT id, identifier, title, deadline_at, url FROM funding_calls \
             WHERE deadline_at >= $1 AND deadline_at <= $2 ORDER BY deadline_at, id",
        )
        .bind(from.text())
        .bind(to.text())
        .fetch_all(&self.pool)
        .await?;
        let mut list = Vec::new();
        for row in &calls {
            let at: String = row.try_get("deadline_at")?;
            list.push(Deadline {
                kind: "call",
                ref_id: row.try_get("id")?,
                at: instant(&at)?,
                title: row.try_get("title")?,
                identifier: row.try_get("identifier")?,
                url: row.try_get("url")?,
            });
        }
        let reports = sqlx::query(
            "SELECT f.id, f.title, f.report_due, c.identifier FROM funding_applications f \
             JOIN funding_calls c ON c.id = f.call_id WHERE f.report_due IS NOT NULL \
             AND f.status IN ('granted', 'reporting')",
        )
        .fetch_all(&self.pool)
        .await?;
        for row in &reports {
            let due: String = row.try_get("report_due")?;
            let Some(at) = crate::domain::funding::parse_brussels(&format!("{due} 23:59")).ok()
            else {
                continue;
            };
            if at >= from && at <= to {
                list.push(Deadline {
                    kind: "report",
                    ref_id: row.try_get("id")?,
                    at,
                    title: row.try_get("title")?,
                    identifier: row.try_get("identifier")?,
                    url: None,
                });
            }
        }
        list.sort_by(|a, b| (a.at, a.kind, a.ref_id).cmp(&(b.at, b.kind, b.ref_id)));
        Ok(list)
    }

    /// Every application with what the dashboard counts.
    pub async fn funding_figures(&self) -> StoreResult<Vec<FundingFigure>> {
        let rows = sqlx::query(
            "SELECT f.status, p.name AS programme, c.deadline_at, f.requested, f.granted \
             FROM funding_applications f JOIN funding_calls c ON c.id = f.call_id \
             JOIN funding_actions a ON a.id = c.action_id JOIN funding_programmes p ON p.id = a.programme_id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let s: String = row.try_get("status")?;
                let at: String = row.try_get("deadline_at")?;
                Ok(FundingFigure {
                    status: status(&s)?,
                    programme: row.try_get("programme")?,
                    year: instant(&at)?.date_time().year(),
                    requested: money(row, "requested")?,
                    granted: money(row, "granted")?,
                })
            })
            .collect()
    }

    /// Claims the reminder `days_before` the deadline for `recipient`. `true`: this caller claimed
    /// it and must send it; `false`: it was claimed before (sent, or being sent) and must not be.
    pub async fn claim_funding_reminder(
        &self,
        deadline: &Deadline,
        days_before: u32,
        recipient: &str,
    ) -> StoreResult<bool> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(
            "INSERT INTO funding_reminders (kind, ref_id, deadline_at, days_before, claimed_at, recipient) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (kind, ref_id, deadline_at, days_before) DO NOTHING",
        )
        .bind(deadline.kind)
        .bind(deadline.ref_id)
        .bind(deadline.at.text())
        .bind(i64::from(days_before))
        .bind(Instant::now().text())
        .bind(recipient)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Records a claimed reminder as sent.
    pub async fn funding_reminder_sent(
        &self,
        deadline: &Deadline,
        days_before: u32,
    ) -> StoreResult<()> {
        sqlx::query(
            "UPDATE funding_reminders SET sent_at = $1 WHERE kind = $2 AND ref_id = $3 AND deadline_at = $4 \
             AND days_before = $5",
        )
        .bind(Instant::now().text())
        .bind(deadline.kind)
        .bind(deadline.ref_id)
        .bind(deadline.at.text())
        .bind(i64::from(days_before))
        .execute(&self.pool)
        .await?;
        self.wrote();
        Ok(())
    }

    /// Gives a claim back after the e-mail could not be sent, so the next round tries again.
    pub async fn release_funding_reminder(
        &self,
        deadline: &Deadline,
        days_before: u32,
    ) -> StoreResult<()> {
        sqlx::query(
            "DELETE FROM funding_reminders WHERE kind = $1 AND ref_id = $2 AND deadline_at = $3 \
             AND days_before = $4 AND sent_at IS NULL",
        )
        .bind(deadline.kind)
        .bind(deadline.ref_id)
        .bind(deadline.at.text())
        .bind(i64::from(days_before))
        .execute(&self.pool)
        .await?;
        self.wrote();
        Ok(())
    }

    /// How many reminders were sent, for tests and the dashboard.
    pub async fn funding_reminders_sent(&self) -> StoreResult<i64> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM funding_reminders WHERE sent_at IS NOT NULL")
                .fetch_one(&self.pool)
                .await?,
        )
    }
}

impl RecordKind for CallRecord {
    const ENTITY: Entity = Entity::FundingCall;
    const TABLE: &'static str = "funding_calls";

    fn check(&self) -> Result<(), Vec<FieldError>> {
        CallRecord::check(self)
    }

    fn label(&self) -> &str {
        &self.identifier
    }

    /// Calls are the office's shared knowledge: administrators keep them.
    fn may_create(who: &Principal) -> bool {
        who.is_admin()
    }

    fn may_change(who: &Principal, _stored: &Stored<Self>) -> bool {
        who.is_admin()
    }

    async fn load(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<Stored<Self>>> {
        load_call(conn, id).await
    }

    async fn write(
        tx: &mut Tx,
        _who: &Principal,
        id: i64,
        version: i64,
        record: &Self,
    ) -> WriteResult<Stored<Self>> {
        let action: Option<i64> =
            sqlx::query_scalar("SELECT id FROM funding_actions WHERE key = $1")
                .bind(record.action.trim())
                .fetch_optional(&mut **tx)
                .await?;
        let Some(action) = action else {
            return Err(WriteError::Invalid(vec![FieldError::new(
                "action",
                "funding-unknown-action",
                format!("no action '{}' in the catalogue", record.action),
            )]));
        };
        let taken: Option<i64> =
            sqlx::query_scalar("SELECT id FROM funding_calls WHERE identifier = $1 AND id <> $2")
                .bind(record.identifier.trim())
                .bind(id)
                .fetch_optional(&mut **tx)
                .await?;
        if taken.is_some() {
            return Err(WriteError::Invalid(vec![FieldError::new(
                "identifier",
                "funding-identifier-taken",
                format!("a call '{}' exists already", record.identifier.trim()),
            )]));
        }
        let deadline = record.deadline_instant().map_err(|m| {
            WriteError::Invalid(vec![FieldError::new("deadline", "funding-deadline", m)])
        })?;
        let blank = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        sqlx::query(
            "INSERT INTO funding_calls (id, action_id, identifier, title, opens_on, deadline_at, budget, url, version) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO UPDATE SET action_id = excluded.action_id, \
             identifier = excluded.identifier, title = excluded.title, opens_on = excluded.opens_on, \
             deadline_at = excluded.deadline_at, budget = excluded.budget, url = excluded.url, \
             version = excluded.version",
        )
        .bind(id)
        .bind(action)
        .bind(record.identifier.trim())
        .bind(record.title.trim())
        .bind(blank(&record.opens_on))
        .bind(deadline.text())
        .bind(record.budget.map(Eur::text))
        .bind(blank(&record.url))
        .bind(version)
        .execute(&mut **tx)
        .await?;
        load_call(tx, id)
            .await?
            .ok_or_else(|| StoreError::Corrupt("a call just written cannot be read".into()).into())
    }

    async fn before_delete(tx: &mut Tx, stored: &Stored<Self>) -> WriteResult<()> {
        let used: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM funding_applications WHERE call_id = $1")
                .bind(stored.id)
                .fetch_one(&mut **tx)
                .await?;
        if used > 0 {
            return Err(StoreError::Rejected(format!(
                "the call '{}' has {used} application(s); delete or move them first",
                stored.record.identifier
            ))
            .into());
        }
        Ok(())
    }
}

async fn load_call(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<Stored<CallRecord>>> {
    let Some(row) = sqlx::query(
        "SELECT c.identifier, a.key AS action, c.title, c.opens_on, c.deadline_at, c.budget, c.url, c.version \
         FROM funding_calls c JOIN funding_actions a ON a.id = c.action_id WHERE c.id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let deadline: String = row.try_get("deadline_at")?;
    let record = CallRecord {
        identifier: row.try_get("identifier")?,
        action: row.try_get("action")?,
        title: row.try_get("title")?,
        opens_on: row.try_get("opens_on")?,
        deadline: instant(&deadline)?.display_local(),
        budget: money(&row, "budget")?,
        url: row.try_get("url")?,
    };
    Ok(Some(Stored {
        id,
        version: row.try_get("version")?,
        record,
        sides: Vec::new(),
    }))
}

impl RecordKind for ApplicationRecord {
    const ENTITY: Entity = Entity::FundingApplication;
    const TABLE: &'static str = "funding_applications";

    fn check(&self) -> Result<(), Vec<FieldError>> {
        ApplicationRecord::check(self)
    }

    fn label(&self) -> &str {
        &self.title
    }

    fn may_create(who: &Principal) -> bool {
        who.may_edit_anything()
    }

    /// An application is its applicant's: whoever may change the applying body may change it.
    fn may_change(who: &Principal, stored: &Stored<Self>) -> bool {
        who.may_edit_body(stored.sides[0])
    }

    async fn load(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<Stored<Self>>> {
        load_application(conn, id).await
    }

    async fn write(
        tx: &mut Tx,
        who: &Principal,
        id: i64,
        version: i64,
        record: &Self,
    ) -> WriteResult<Stored<Self>> {
        write_application(tx, who, id, version, record).await
    }

    /// Documents are deleted one by one (each audited) before the application can go.
    async fn before_delete(tx: &mut Tx, stored: &Stored<Self>) -> WriteResult<()> {
        let documents: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM funding_documents WHERE application_id = $1")
                .bind(stored.id)
                .fetch_one(&mut **tx)
                .await?;
        if documents > 0 {
            return Err(StoreError::Rejected(format!(
                "the application '{}' has {documents} document(s); delete them first",
                stored.record.title
            ))
            .into());
        }
        Ok(())
    }
}

async fn write_application(
    tx: &mut Tx,
    who: &Principal,
    id: i64,
    version: i64,
    record: &ApplicationRecord,
) -> WriteResult<Stored<ApplicationRecord>> {
    let call: Option<i64> =
        sqlx::query_scalar("SELECT id FROM funding_calls WHERE identifier = $1")
            .bind(record.call.trim())
            .fetch_optional(&mut **tx)
            .await?;
    let mut r = Resolver {
        conn: tx,
        problems: Vec::new(),
    };
    if call.is_none() {
        r.problems.push(FieldError::new(
            "call",
            "funding-unknown-call",
            format!("no call '{}' exists", record.call),
        ));
    }
    let activity: Option<i64> = match record.activity.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(slug) => {
            let id: Option<i64> = sqlx::query_scalar("SELECT id FROM activities WHERE slug = $1")
                .bind(slug)
                .fetch_optional(&mut *r.conn)
                .await?;
            if id.is_none() {
                r.problems.push(FieldError::new(
                    "activity",
                    "funding-unknown-activity",
                    format!("no activity '{slug}' exists"),
                ));
            }
            id
        }
    };
    let applicant = r.body("applicant", &record.applicant).await?;
    let mut partners = Vec::new();
    for (i, slug) in record.partners.iter().enumerate() {
        if let Some((body_id, _)) = r.body(&format!("partners[{i}]"), slug).await? {
            partners.push(body_id);
        }
    }
    r.finish()?;
    let (call_id, (applicant_id, _)) = (call.expect("checked"), applicant.expect("checked"));
    if !who.may_edit_body(applicant_id) {
        return Err(forbidden(
            "you may not change applications of this applicant",
        ));
    }
    // The status moves along the pipeline only; the day it was reached is kept.
    let before: Option<String> =
        sqlx::query_scalar("SELECT status FROM funding_applications WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut **tx)
            .await?;
    let before = before.as_deref().map(status).transpose()?;
    if let Some(from) = before
        && !from.may_become(record.status)
    {
        return Err(WriteError::Invalid(vec![FieldError::new(
            "status",
            "funding-status-step",
            format!(
                "an application that is '{}' cannot become '{}'",
                from.key(),
                record.status.key()
            ),
        )]));
    }
    let mut dates = record.status_dates.clone();
    dates
        .entry(record.status.key().to_owned())
        .or_insert_with(|| date_text(Instant::now().date_time().date()));
    let blank = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    sqlx::query(
        "INSERT INTO funding_applications (id, call_id, applicant_id, applicant_kind, title, starts_on, ends_on, \
         requested, granted, co_financing, status, responsible, report_due, notes, version, activity_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) ON CONFLICT (id) DO UPDATE SET \
         call_id = excluded.call_id, applicant_id = excluded.applicant_id, applicant_kind = excluded.applicant_kind, \
         title = excluded.title, starts_on = excluded.starts_on, ends_on = excluded.ends_on, \
         requested = excluded.requested, granted = excluded.granted, co_financing = excluded.co_financing, \
         status = excluded.status, responsible = excluded.responsible, report_due = excluded.report_due, \
         notes = excluded.notes, version = excluded.version, activity_id = excluded.activity_id",
    )
    .bind(id)
    .bind(call_id)
    .bind(applicant_id)
    .bind(&record.applicant_kind)
    .bind(record.title.trim())
    .bind(blank(&record.starts_on))
    .bind(blank(&record.ends_on))
    .bind(record.requested.map(Eur::text))
    .bind(record.granted.map(Eur::text))
    .bind(record.co_financing.map(Eur::text))
    .bind(record.status.key())
    .bind(record.responsible.trim())
    .bind(blank(&record.report_due))
    .bind(record.notes.replace("\r\n", "\n"))
    .bind(version)
    .bind(activity)
    .execute(&mut **tx)
    .await?;
    for table in [
        "funding_application_partners",
        "funding_application_participants",
        "funding_application_status_dates",
    ] {
        sqlx::query(&format!("DELETE FROM {table} WHERE application_id = $1"))
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    for (position, body_id) in partners.iter().enumerate() {
        sqlx::query(
            "INSERT INTO funding_application_partners (application_id, position, body_id) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(i64::try_from(position).unwrap_or(i64::MAX))
        .bind(body_id)
        .execute(&mut **tx)
        .await?;
    }
    for (position, p) in record.participants.iter().enumerate() {
        sqlx::query(
            "INSERT INTO funding_application_participants (application_id, position, country, participants, invited) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(i64::try_from(position).unwrap_or(i64::MAX))
        .bind(p.country.trim().to_uppercase())
        .bind(i64::from(p.participants))
        .bind(i64::from(p.invited))
        .execute(&mut **tx)
        .await?;
    }
    for (s, on) in &dates {
        sqlx::query(
            "INSERT INTO funding_application_status_dates (application_id, status, reached_on) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(s)
        .bind(on)
        .execute(&mut **tx)
        .await?;
    }
    load_application(tx, id).await?.ok_or_else(|| {
        StoreError::Corrupt("an application just written cannot be read".into()).into()
    })
}

async fn load_application(
    conn: &mut AnyConnection,
    id: i64,
) -> StoreResult<Option<Stored<ApplicationRecord>>> {
    let Some(row) = sqlx::query(
        "SELECT f.title, c.identifier AS call, b.slug AS applicant, f.applicant_id, f.applicant_kind, \
         f.starts_on, f.ends_on, f.requested, f.granted, f.co_financing, f.status, f.responsible, \
         f.report_due, f.notes, f.version, act.slug AS activity FROM funding_applications f \
         JOIN funding_calls c ON c.id = f.call_id JOIN bodies b ON b.id = f.applicant_id \
         LEFT JOIN activities act ON act.id = f.activity_id WHERE f.id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let partners: Vec<String> = sqlx::query_scalar(
        "SELECT b.slug FROM funding_application_partners p JOIN bodies b ON b.id = p.body_id \
         WHERE p.application_id = $1 ORDER BY p.position",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let participants: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT country, participants, invited FROM funding_application_participants \
         WHERE application_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let dates: Vec<(String, String)> = sqlx::query_as(
        "SELECT status, reached_on FROM funding_application_status_dates WHERE application_id = $1",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let s: String = row.try_get("status")?;
    let count = |n: i64| u32::try_from(n).map_err(|_| StoreError::Corrupt("a count".into()));
    let record = ApplicationRecord {
        title: row.try_get("title")?,
        call: row.try_get("call")?,
        applicant: row.try_get("applicant")?,
        applicant_kind: row.try_get("applicant_kind")?,
        partners,
        participants: participants
            .into_iter()
            .map(|(country, participants, invited)| {
                Ok(ParticipantLine {
                    country,
                    participants: count(participants)?,
                    invited: count(invited)?,
                })
            })
            .collect::<StoreResult<_>>()?,
        starts_on: row.try_get("starts_on")?,
        ends_on: row.try_get("ends_on")?,
        requested: money(&row, "requested")?,
        granted: money(&row, "granted")?,
        co_financing: money(&row, "co_financing")?,
        status: status(&s)?,
        status_dates: dates.into_iter().collect(),
        responsible: row.try_get("responsible")?,
        report_due: row.try_get("report_due")?,
        notes: row.try_get("notes")?,
        activity: row.try_get("activity")?,
    };
    Ok(Some(Stored {
        id,
        version: row.try_get("version")?,
        record,
        sides: vec![row.try_get("applicant_id")?],
    }))
}

/// What an import of calls did (or, in a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallImportReport {
    pub created: Vec<String>,
    pub changed: Vec<String>,
    pub unchanged: Vec<String>,
}

/// Why an import of calls wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum CallImportError {
    /// Calls the store refused, by line of the file.
    #[error("{} call(s) refused", .0.len())]
    Refused(Vec<(usize, String)>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for CallImportError {
    fn from(e: sqlx::Error) -> Self {
        CallImportError::Store(e.into())
    }
}

impl Store {
    /// Creates the calls that are new and replaces those whose identifier exists and differ, each
    /// through the audited record write, all in one transaction: when any call is refused nothing
    /// is written, and every refusal is reported with its line. A dry run does the same and rolls
    /// back.
    pub async fn import_funding_calls(
        &self,
        who: &Principal,
        calls: &[(usize, CallRecord)],
        dry_run: bool,
    ) -> Result<CallImportReport, CallImportError> {
        let mut tx = self.begin_write().await?;
        let mut report = CallImportReport::default();
        let mut refused = Vec::new();
        for (line, record) in calls {
            let existing: Option<i64> =
                sqlx::query_scalar("SELECT id FROM funding_calls WHERE identifier = $1")
                    .bind(&record.identifier)
                    .fetch_optional(&mut *tx)
                    .await?;
            let result = match existing {
                None => lifecycle::create_in(&mut tx, who, record)
                    .await
                    .map(|_| report.created.push(record.identifier.clone())),
                Some(id) => {
                    let stored = load_call(&mut tx, id).await?.ok_or_else(|| {
                        StoreError::Corrupt("a call just found cannot be read".into())
                    })?;
                    if &stored.record == record {
                        report.unchanged.push(record.identifier.clone());
                        Ok(())
                    } else {
                        lifecycle::update_in(&mut tx, who, id, stored.version, record)
                            .await
                            .map(|_| report.changed.push(record.identifier.clone()))
                    }
                }
            };
            match result {
                Ok(()) => {}
                Err(WriteError::Invalid(problems)) => refused.extend(
                    problems
                        .into_iter()
                        .map(|p| (*line, format!("{}: {}", p.field, p.message))),
                ),
                Err(WriteError::Store(StoreError::Forbidden(m))) => refused.push((*line, m)),
                Err(WriteError::Store(e)) => return Err(e.into()),
            }
        }
        if !refused.is_empty() {
            return Err(CallImportError::Refused(refused));
        }
        if dry_run {
            tx.rollback().await?;
        } else {
            tx.commit().await?;
        }
        Ok(report)
    }
}

/// A programme or action of the catalogue with the id and version its edit form needs.
#[derive(Debug, Clone)]
pub struct CatalogueEntry {
    pub id: i64,
    pub key: String,
}

impl Store {
    /// Ids of the programmes and actions by key, for the catalogue's edit links.
    pub async fn funding_catalogue_ids(
        &self,
    ) -> StoreResult<(Vec<CatalogueEntry>, Vec<CatalogueEntry>)> {
        let read = |rows: Vec<(i64, String)>| {
            rows.into_iter()
                .map(|(id, key)| CatalogueEntry { id, key })
                .collect::<Vec<_>>()
        };
        let programmes: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, key FROM funding_programmes ORDER BY id")
                .fetch_all(&self.pool)
                .await?;
        let actions: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, key FROM funding_actions ORDER BY id")
                .fetch_all(&self.pool)
                .await?;
        Ok((read(programmes), read(actions)))
    }

    pub async fn funding_programme_record(
        &self,
        id: i64,
    ) -> StoreResult<Option<Stored<ProgrammeRecord>>> {
        let mut conn = self.pool.acquire().await?;
        load_programme(&mut conn, id).await
    }

    pub async fn create_funding_programme(
        &self,
        who: &Principal,
        record: &ProgrammeRecord,
    ) -> WriteResult<Stored<ProgrammeRecord>> {
        lifecycle::create(self, who, record).await
    }

    pub async fn update_funding_programme(
        &self,
        who: &Principal,
        id: i64,
        expected_version: i64,
        record: &ProgrammeRecord,
    ) -> WriteResult<Stored<ProgrammeRecord>> {
        lifecycle::update(self, who, id, expected_version, record).await
    }

    pub async fn delete_funding_programme(
        &self,
        who: &Principal,
        id: i64,
        expected_version: Option<i64>,
    ) -> WriteResult<()> {
        lifecycle::delete::<ProgrammeRecord>(self, who, id, expected_version).await
    }

    pub async fn funding_action_record(
        &self,
        id: i64,
    ) -> StoreResult<Option<Stored<ActionRecord>>> {
        let mut conn = self.pool.acquire().await?;
        load_action(&mut conn, id).await
    }

    pub async fn create_funding_action(
        &self,
        who: &Principal,
        record: &ActionRecord,
    ) -> WriteResult<Stored<ActionRecord>> {
        lifecycle::create(self, who, record).await
    }

    pub async fn update_funding_action(
        &self,
        who: &Principal,
        id: i64,
        expected_version: i64,
        record: &ActionRecord,
    ) -> WriteResult<Stored<ActionRecord>> {
        lifecycle::update(self, who, id, expected_version, record).await
    }

    pub async fn delete_funding_action(
        &self,
        who: &Principal,
        id: i64,
        expected_version: Option<i64>,
    ) -> WriteResult<()> {
        lifecycle::delete::<ActionRecord>(self, who, id, expected_version).await
    }
}

/// Refuses a key another row of `table` has.
async fn key_taken(tx: &mut Tx, table: &str, key: &str, id: i64) -> WriteResult<()> {
    let taken: Option<i64> = sqlx::query_scalar(&format!(
        "SELECT id FROM {table} WHERE key = $1 AND id <> $2"
    ))
    .bind(key)
    .bind(id)
    .fetch_optional(&mut **tx)
    .await?;
    if taken.is_some() {
        return Err(WriteError::Invalid(vec![FieldError::new(
            "key",
            "funding-key-taken",
            format!("the key '{key}' is taken"),
        )]));
    }
    Ok(())
}

impl RecordKind for ProgrammeRecord {
    const ENTITY: Entity = Entity::FundingProgramme;
    const TABLE: &'static str = "funding_programmes";

    fn check(&self) -> Result<(), Vec<FieldError>> {
        ProgrammeRecord::check(self)
    }

    fn label(&self) -> &str {
        &self.name
    }

    /// The catalogue is the office's shared knowledge: administrators keep it.
    fn may_create(who: &Principal) -> bool {
        who.is_admin()
    }

    fn may_change(who: &Principal, _stored: &Stored<Self>) -> bool {
        who.is_admin()
    }

    async fn load(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<Stored<Self>>> {
        load_programme(conn, id).await
    }

    async fn write(
        tx: &mut Tx,
        _who: &Principal,
        id: i64,
        version: i64,
        record: &Self,
    ) -> WriteResult<Stored<Self>> {
        key_taken(tx, "funding_programmes", record.key.trim(), id).await?;
        sqlx::query(
            "INSERT INTO funding_programmes (id, key, name, level, url, version) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (id) DO UPDATE SET key = excluded.key, name = excluded.name, \
             level = excluded.level, url = excluded.url, version = excluded.version",
        )
        .bind(id)
        .bind(record.key.trim())
        .bind(record.name.trim())
        .bind(&record.level)
        .bind(record.url.trim())
        .bind(version)
        .execute(&mut **tx)
        .await?;
        load_programme(tx, id).await?.ok_or_else(|| {
            StoreError::Corrupt("a programme just written cannot be read".into()).into()
        })
    }

    async fn before_delete(tx: &mut Tx, stored: &Stored<Self>) -> WriteResult<()> {
        let used: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM funding_actions WHERE programme_id = $1")
                .bind(stored.id)
                .fetch_one(&mut **tx)
                .await?;
        if used > 0 {
            return Err(StoreError::Rejected(format!(
                "the programme '{}' has {used} action(s); delete them first",
                stored.record.name
            ))
            .into());
        }
        Ok(())
    }
}

async fn load_programme(
    conn: &mut AnyConnection,
    id: i64,
) -> StoreResult<Option<Stored<ProgrammeRecord>>> {
    let row =
        sqlx::query("SELECT key, name, level, url, version FROM funding_programmes WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
    row.map(|row| {
        Ok(Stored {
            id,
            version: row.try_get("version")?,
            record: ProgrammeRecord {
                key: row.try_get("key")?,
                name: row.try_get("name")?,
                level: row.try_get("level")?,
                url: row.try_get("url")?,
            },
            sides: Vec::new(),
        })
    })
    .transpose()
}

impl RecordKind for ActionRecord {
    const ENTITY: Entity = Entity::FundingAction;
    const TABLE: &'static str = "funding_actions";

    fn check(&self) -> Result<(), Vec<FieldError>> {
        ActionRecord::check(self)
    }

    fn label(&self) -> &str {
        &self.name
    }

    fn may_create(who: &Principal) -> bool {
        who.is_admin()
    }

    fn may_change(who: &Principal, _stored: &Stored<Self>) -> bool {
        who.is_admin()
    }

    async fn load(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<Stored<Self>>> {
        load_action(conn, id).await
    }

    async fn write(
        tx: &mut Tx,
        _who: &Principal,
        id: i64,
        version: i64,
        record: &Self,
    ) -> WriteResult<Stored<Self>> {
        let programme: Option<i64> =
            sqlx::query_scalar("SELECT id FROM funding_programmes WHERE key = $1")
                .bind(record.programme.trim())
                .fetch_optional(&mut **tx)
                .await?;
        let Some(programme) = programme else {
            return Err(WriteError::Invalid(vec![FieldError::new(
                "programme",
                "funding-unknown-programme",
                format!("no programme '{}' in the catalogue", record.programme),
            )]));
        };
        key_taken(tx, "funding_actions", record.key.trim(), id).await?;
        sqlx::query(
            "INSERT INTO funding_actions (id, programme_id, key, name, funding_form, funding_note, \
             max_cofinancing_percent, url, rules_json, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
             ON CONFLICT (id) DO UPDATE SET programme_id = excluded.programme_id, key = excluded.key, \
             name = excluded.name, funding_form = excluded.funding_form, funding_note = excluded.funding_note, \
             max_cofinancing_percent = excluded.max_cofinancing_percent, url = excluded.url, \
             rules_json = excluded.rules_json, version = excluded.version",
        )
        .bind(id)
        .bind(programme)
        .bind(record.key.trim())
        .bind(record.name.trim())
        .bind(&record.funding_form)
        .bind(record.funding_note.trim())
        .bind(record.max_cofinancing_percent.map(i64::from))
        .bind(record.url.trim())
        .bind(serde_json::to_string(&record.rules).expect("rules serialize"))
        .bind(version)
        .execute(&mut **tx)
        .await?;
        load_action(tx, id).await?.ok_or_else(|| {
            StoreError::Corrupt("an action just written cannot be read".into()).into()
        })
    }

    async fn before_delete(tx: &mut Tx, stored: &Stored<Self>) -> WriteResult<()> {
        let used: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM funding_calls WHERE action_id = $1")
                .bind(stored.id)
                .fetch_one(&mut **tx)
                .await?;
        if used > 0 {
            return Err(StoreError::Rejected(format!(
                "the action '{}' has {used} call(s); delete them first",
                stored.record.name
            ))
            .into());
        }
        Ok(())
    }
}

async fn load_action(
    conn: &mut AnyConnection,
    id: i64,
) -> StoreResult<Option<Stored<ActionRecord>>> {
    let row = sqlx::query(
        "SELECT p.key AS programme, a.key, a.name, a.funding_form, a.funding_note, \
         a.max_cofinancing_percent, a.url, a.rules_json, a.version FROM funding_actions a \
         JOIN funding_programmes p ON p.id = a.programme_id WHERE a.id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|row| {
        let rules: String = row.try_get("rules_json")?;
        let percent: Option<i64> = row.try_get("max_cofinancing_percent")?;
        Ok(Stored {
            id,
            version: row.try_get("version")?,
            record: ActionRecord {
                programme: row.try_get("programme")?,
                key: row.try_get("key")?,
                name: row.try_get("name")?,
                funding_form: row.try_get("funding_form")?,
                funding_note: row.try_get("funding_note")?,
                max_cofinancing_percent: percent.and_then(|p| u32::try_from(p).ok()),
                url: row.try_get("url")?,
                rules: rules_of(&rules)?,
            },
            sides: Vec::new(),
        })
    })
    .transpose()
}

/// A document of an application as its list shows it (never its bytes).
#[derive(Debug, Clone)]
pub struct DocumentLine {
    pub id: i64,
    pub application_id: i64,
    pub file_name: String,
    pub kind: DocumentType,
    pub size: i64,
    pub sha256: String,
    pub uploaded_at: Instant,
    pub uploaded_by: String,
}

/// The most documents one application keeps.
const MAX_DOCUMENTS: i64 = 200;

const DOCUMENT_COLUMNS: &str =
    "id, application_id, file_name, media_type, size, sha256, uploaded_at, uploaded_by";

fn document_line(row: &sqlx::any::AnyRow) -> StoreResult<DocumentLine> {
    let media: String = row.try_get("media_type")?;
    let at: String = row.try_get("uploaded_at")?;
    Ok(DocumentLine {
        id: row.try_get("id")?,
        application_id: row.try_get("application_id")?,
        file_name: row.try_get("file_name")?,
        kind: DocumentType::parse_media_type(&media)
            .ok_or_else(|| StoreError::Corrupt(format!("document type '{media}'")))?,
        size: row.try_get("size")?,
        sha256: row.try_get("sha256")?,
        uploaded_at: instant(&at)?,
        uploaded_by: row.try_get("uploaded_by")?,
    })
}

/// What the audit trail keeps of a document: its name, type, size and digest, never its bytes.
fn document_summary(d: &DocumentLine, application: &str) -> serde_json::Value {
    serde_json::json!({
        "application_id": d.application_id,
        "application": application,
        "file_name": d.file_name,
        "media_type": d.kind.media_type(),
        "size": d.size,
        "sha256": d.sha256,
    })
}

impl Store {
    /// The documents of an application, oldest first.
    pub async fn funding_documents(&self, application_id: i64) -> StoreResult<Vec<DocumentLine>> {
        let rows = sqlx::query(&format!(
            "SELECT {DOCUMENT_COLUMNS} FROM funding_documents WHERE application_id = $1 ORDER BY id"
        ))
        .bind(application_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(document_line).collect()
    }

    /// One document with its bytes.
    pub async fn funding_document(&self, id: i64) -> StoreResult<Option<(DocumentLine, Vec<u8>)>> {
        let row = sqlx::query(&format!(
            "SELECT {DOCUMENT_COLUMNS}, content FROM funding_documents WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| Ok((document_line(&row)?, row.try_get("content")?)))
            .transpose()
    }

    /// Keeps a document of an application whose bytes were judged to be `kind`, under the safe
    /// `file_name`; whoever may change the application may add to it. Audited (without the bytes).
    pub async fn add_funding_document(
        &self,
        who: &Principal,
        application_id: i64,
        file_name: &str,
        kind: DocumentType,
        bytes: &[u8],
    ) -> WriteResult<i64> {
        let mut tx = self.begin_write().await?;
        let application = load_application(&mut tx, application_id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("application {application_id}")))?;
        if !who.may_edit_body(application.sides[0]) {
            return Err(forbidden("you may not add documents to this application"));
        }
        let count: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM funding_documents WHERE application_id = $1")
                .bind(application_id)
                .fetch_one(&mut *tx)
                .await?;
        if count >= MAX_DOCUMENTS {
            return Err(StoreError::Rejected(format!(
                "an application keeps at most {MAX_DOCUMENTS} documents"
            ))
            .into());
        }
        let digest = crate::domain::funding::documents::digest(bytes);
        let size = i64::try_from(bytes.len()).unwrap_or(i64::MAX);
        let now = Instant::now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO funding_documents (application_id, file_name, media_type, size, sha256, content, \
             uploaded_at, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(application_id)
        .bind(file_name)
        .bind(kind.media_type())
        .bind(size)
        .bind(&digest)
        .bind(bytes)
        .bind(now.text())
        .bind(&who.label)
        .fetch_one(&mut *tx)
        .await?;
        let line = DocumentLine {
            id,
            application_id,
            file_name: file_name.to_owned(),
            kind,
            size,
            sha256: digest,
            uploaded_at: now,
            uploaded_by: who.label.clone(),
        };
        let after = document_summary(&line, &application.record.title);
        super::audit::record(
            &mut tx,
            who,
            super::audit::Change {
                entity: Entity::FundingDocument,
                entity_id: id,
                action: AuditAction::Create,
                before: None,
                after: Some(&after),
                summary: format!(
                    "document '{file_name}' added to application '{}'",
                    application.record.title
                ),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Deletes a document of the application `application_id`; whoever may change the application
    /// may. Audited with what the document was.
    pub async fn delete_funding_document(
        &self,
        who: &Principal,
        application_id: i64,
        id: i64,
    ) -> WriteResult<()> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(&format!(
            "SELECT {DOCUMENT_COLUMNS} FROM funding_documents WHERE id = $1 AND application_id = $2"
        ))
        .bind(id)
        .bind(application_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("document {id}")))?;
        let line = document_line(&row)?;
        let application = load_application(&mut tx, application_id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("application {application_id}")))?;
        if !who.may_edit_body(application.sides[0]) {
            return Err(forbidden(
                "you may not delete documents of this application",
            ));
        }
        sqlx::query("DELETE FROM funding_documents WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let before = document_summary(&line, &application.record.title);
        super::audit::record(
            &mut tx,
            who,
            super::audit::Change {
                entity: Entity::FundingDocument,
                entity_id: id,
                action: AuditAction::Delete,
                before: Some(&before),
                after: None,
                summary: format!(
                    "document '{}' of application '{}' deleted",
                    line.file_name, application.record.title
                ),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

impl Store {
    /// Makes a new secret calendar address for `user_id` (replacing an earlier one, which stops
    /// working at once) and returns its token; only its digest is kept.
    pub async fn renew_funding_calendar_token(&self, user_id: i64) -> StoreResult<String> {
        let token = crate::domain::credentials::random_token("ppc_");
        sqlx::query(
            "INSERT INTO funding_calendar_tokens (user_id, token_hash, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, \
             created_at = excluded.created_at",
        )
        .bind(user_id)
        .bind(crate::domain::credentials::token_digest(&token))
        .bind(Instant::now().text())
        .execute(&self.pool)
        .await?;
        self.wrote();
        Ok(token)
    }

    /// Revokes `user_id`'s calendar address; `false` when there was none.
    pub async fn revoke_funding_calendar_token(&self, user_id: i64) -> StoreResult<bool> {
        let done = sqlx::query("DELETE FROM funding_calendar_tokens WHERE user_id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        self.wrote();
        Ok(done.rows_affected() > 0)
    }

    /// When `user_id`'s calendar address was made, if there is one.
    pub async fn funding_calendar_token_since(&self, user_id: i64) -> StoreResult<Option<Instant>> {
        let at: Option<String> =
            sqlx::query_scalar("SELECT created_at FROM funding_calendar_tokens WHERE user_id = $1")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
        at.as_deref().map(instant).transpose()
    }

    /// Whether `token` is the live calendar address of an active account.
    pub async fn funding_calendar_token_valid(&self, token: &str) -> StoreResult<bool> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT t.user_id FROM funding_calendar_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND u.active = 1",
        )
        .bind(crate::domain::credentials::token_digest(token))
        .fetch_optional(&self.pool)
        .await?;
        Ok(found.is_some())
    }
}

/// Writes back a recorded version of a funding record (call, application, programme, action)
/// inside the caller's transaction, through the same life cycle as every other restore: the
/// record's checks, its rights and the status pipeline apply as to any save.
pub(super) async fn restore_in(
    tx: &mut Tx,
    who: &Principal,
    entity: Entity,
    id: i64,
    document: &serde_json::Value,
    audit_id: i64,
) -> WriteResult<()> {
    fn read<K: serde::de::DeserializeOwned>(
        document: &serde_json::Value,
        audit_id: i64,
    ) -> StoreResult<K> {
        serde_json::from_value(document.clone())
            .map_err(|e| StoreError::Corrupt(format!("history entry {audit_id}: {e}")))
    }
    match entity {
        Entity::FundingCall => {
            let record: CallRecord = read(document, audit_id)?;
            lifecycle::restore(tx, who, id, &record).await
        }
        Entity::FundingApplication => {
            let record: ApplicationRecord = read(document, audit_id)?;
            lifecycle::restore(tx, who, id, &record).await
        }
        Entity::FundingProgramme => {
            let record: ProgrammeRecord = read(document, audit_id)?;
            lifecycle::restore(tx, who, id, &record).await
        }
        Entity::FundingAction => {
            let record: ActionRecord = read(document, audit_id)?;
            lifecycle::restore(tx, who, id, &record).await
        }
        _ => Err(StoreError::Rejected(format!(
            "a {} is not a funding record that can be restored",
            entity.key()
        ))
        .into()),
    }
}
