//! Importing a staff spreadsheet (`io::spreadsheet`) into the registry, all or nothing.
//!
//! The dry run and the import are the same walk through the rows inside one `BEGIN IMMEDIATE`
//! transaction: each row is compared with the stored record (created / changed, with the columns
//! that change / unchanged) and written through the record writes of `records.rs` — the same
//! checks, rights, references and audit entry (one per record) as a workbench save. A row the
//! writes refuse is rolled back to its savepoint and reported with its reasons. The dry run then
//! rolls everything back; the import commits only when no row was refused.
//!
//! A dry run reports the registry's stamp (the newest audit entry: every write leaves one); an
//! import carried out from a dry run's report is refused when the stamp has moved since.

use super::lifecycle::{self, RecordKind};
use super::records::{Stored, Tx, WriteError, id_by_slug};
use super::{Store, StoreError, StoreResult};
use crate::domain::access::Principal;
use crate::domain::records::{BodyRecord, FieldError, PartnershipRecord};
use crate::domain::values::Slug;
use crate::io::spreadsheet::columns::{
    self, BODY_COLUMNS, PARTNERSHIP_COLUMNS, apply_body_row, apply_partnership_row, body_cells,
    changed_columns, new_body, new_partnership, partnership_cells,
};
use crate::io::spreadsheet::{BodyRow, Parsed, PartnershipRow, Problem, SheetKind, Workbook};

/// What a row does (or would do) to the registry.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Create,
    /// The columns that change: `(column, before, after)`.
    Change(Vec<(&'static str, String, String)>),
    Unchanged,
    Reject(Vec<Problem>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct RowReport {
    pub sheet: SheetKind,
    pub row: usize,
    /// The record's slug (for a new partnership without one, the slug it gets).
    pub slug: String,
    pub outcome: Outcome,
}

/// Whether the import was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disposition {
    /// A dry run: nothing was written.
    DryRun,
    /// Every row was written in one transaction.
    Applied,
    /// Rows were refused: nothing was written.
    Refused,
    /// The registry changed since the dry run the import was started from: nothing was written.
    RegistryChanged,
}

#[derive(Debug, Clone)]
pub struct ImportReport {
    /// The registry's state the report describes (see the module's documentation).
    pub stamp: i64,
    pub disposition: Disposition,
    /// Every row, in sheet order (bodies first).
    pub rows: Vec<RowReport>,
}

impl ImportReport {
    pub fn count(&self, wanted: fn(&Outcome) -> bool) -> usize {
        self.rows.iter().filter(|r| wanted(&r.outcome)).count()
    }

    pub fn created(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Create))
    }

    pub fn changed(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Change(_)))
    }

    pub fn unchanged(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Unchanged))
    }

    pub fn rejected(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Reject(_)))
    }
}

/// Dry run, or the import itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    DryRun,
    /// Write; with `Some(stamp)`, only if the registry is still as the dry run saw it.
    Apply {
        expected_stamp: Option<i64>,
    },
}

impl Store {
    /// Compares `workbook` with the registry and, in [`Mode::Apply`] without refused rows, writes
    /// it in one transaction as `who`. `progress` is called once per row done.
    pub async fn import_workbook(
        &self,
        who: &Principal,
        workbook: &Workbook,
        mode: Mode,
        progress: &(dyn Fn() + Send + Sync),
    ) -> StoreResult<ImportReport> {
        let mut tx = self.begin_write().await?;
        let stamp = super::audit::last_entry_id(&mut tx).await?;
        if let Mode::Apply {
            expected_stamp: Some(expected),
        } = mode
            && expected != stamp
        {
            tx.rollback().await?;
            return Ok(ImportReport {
                stamp,
                disposition: Disposition::RegistryChanged,
                rows: Vec::new(),
            });
        }
        let mut rows = Vec::with_capacity(workbook.len());
        for i in columns::body_write_order(&workbook.bodies) {
            let parsed = &workbook.bodies[i];
            savepoint(&mut tx).await?;
            let report = body_row(&mut tx, who, parsed).await?;
            rows.push(release(&mut tx, report).await?);
            progress();
        }
        rows.sort_by_key(|r| r.row);
        for parsed in &workbook.partnerships {
            savepoint(&mut tx).await?;
            let report = partnership_row(&mut tx, who, parsed).await?;
            rows.push(release(&mut tx, report).await?);
            progress();
        }
        let refused = rows.iter().any(|r| matches!(r.outcome, Outcome::Reject(_)));
        let disposition = match mode {
            Mode::DryRun => Disposition::DryRun,
            Mode::Apply { .. } if refused => Disposition::Refused,
            Mode::Apply { .. } => Disposition::Applied,
        };
        if disposition == Disposition::Applied {
            tx.commit().await?;
        } else {
            tx.rollback().await?;
        }
        Ok(ImportReport {
            stamp,
            disposition,
            rows,
        })
    }

    /// Every body and partnership (drafts included) as staff edit them, in slug order.
    pub async fn spreadsheet_records(
        &self,
    ) -> StoreResult<(Vec<BodyRecord>, Vec<PartnershipRecord>)> {
        let all = self.all_records().await?;
        Ok((
            all.bodies.into_iter().map(|s| s.record).collect(),
            all.partnerships.into_iter().map(|s| s.record).collect(),
        ))
    }
}

/// Each row's work runs in a savepoint, rolled back when the row is refused (a write refused half
/// way leaves nothing behind).
async fn savepoint(tx: &mut Tx) -> StoreResult<()> {
    sqlx::query("SAVEPOINT import_row")
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn release(tx: &mut Tx, report: RowReport) -> StoreResult<RowReport> {
    if matches!(report.outcome, Outcome::Reject(_)) {
        sqlx::query("ROLLBACK TO import_row")
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("RELEASE import_row").execute(&mut **tx).await?;
    Ok(report)
}

async fn load<K: RecordKind>(
    tx: &mut Tx,
    table: &str,
    slug: &str,
) -> StoreResult<Option<Stored<K>>> {
    match id_by_slug(tx, table, slug).await? {
        Some(id) => K::load(tx, id).await,
        None => Ok(None),
    }
}

async fn body_row(
    tx: &mut Tx,
    who: &Principal,
    parsed: &Parsed<BodyRow>,
) -> StoreResult<RowReport> {
    let report = |slug: &str, outcome| RowReport {
        sheet: SheetKind::Bodies,
        row: parsed.row,
        slug: slug.to_owned(),
        outcome,
    };
    let row = match &parsed.value {
        Ok(row) => row,
        Err(problems) => return Ok(report("", Outcome::Reject(problems.clone()))),
    };
    let outcome = match load::<BodyRecord>(tx, "bodies", &row.slug).await? {
        Some(stored) => {
            let mut record = stored.record.clone();
            apply_body_row(&mut record, row);
            let changes = changed_columns(
                BODY_COLUMNS,
                &body_cells(&stored.record),
                &body_cells(&record),
            );
            if record == stored.record || changes.is_empty() {
                Outcome::Unchanged
            } else {
                written(
                    lifecycle::update_in(tx, who, stored.id, stored.version, &record).await,
                    Outcome::Change(changes),
                )?
            }
        }
        None => written(
            lifecycle::create_in(tx, who, &new_body(row)).await,
            Outcome::Create,
        )?,
    };
    Ok(report(&row.slug, outcome))
}

async fn partnership_row(
    tx: &mut Tx,
    who: &Principal,
    parsed: &Parsed<PartnershipRow>,
) -> StoreResult<RowReport> {
    let report = |slug: &str, outcome| RowReport {
        sheet: SheetKind::Partnerships,
        row: parsed.row,
        slug: slug.to_owned(),
        outcome,
    };
    let row = match &parsed.value {
        Ok(row) => row,
        Err(problems) => return Ok(report("", Outcome::Reject(problems.clone()))),
    };
    let stored = match &row.slug {
        Some(slug) => load::<PartnershipRecord>(tx, "partnerships", slug).await?,
        None => None,
    };
    let (slug, outcome) = match stored {
        Some(stored) => {
            let mut record = stored.record.clone();
            let outcome = match apply_partnership_row(&mut record, row) {
                Err(problem) => Outcome::Reject(vec![problem]),
                Ok(()) if record == stored.record => Outcome::Unchanged,
                Ok(()) => {
                    let changes = changed_columns(
                        PARTNERSHIP_COLUMNS,
                        &partnership_cells(&stored.record),
                        &partnership_cells(&record),
                    );
                    written(
                        lifecycle::update_in(tx, who, stored.id, stored.version, &record).await,
                        Outcome::Change(changes),
                    )?
                }
            };
            (stored.record.slug, outcome)
        }
        None => {
            let slug = match &row.slug {
                Some(slug) => slug.clone(),
                None => free_slug(tx, &row.home, &row.partner).await?,
            };
            let outcome = match new_partnership(row, &slug) {
                Err(problem) => Outcome::Reject(vec![problem]),
                Ok(record) => written(
                    lifecycle::create_in(tx, who, &record).await,
                    Outcome::Create,
                )?,
            };
            (slug, outcome)
        }
    };
    Ok(report(&slug, outcome))
}

/// `home-partner`, or `home-partner-2`, … when taken.
async fn free_slug(tx: &mut Tx, home: &str, partner: &str) -> StoreResult<String> {
    let mut base = format!("{home}-{partner}");
    base.truncate(Slug::MAX_LEN - 4);
    let base = base.trim_end_matches('-').to_owned();
    let mut candidate = base.clone();
    for n in 2.. {
        if id_by_slug(tx, "partnerships", &candidate).await?.is_none() {
            break;
        }
        candidate = format!("{base}-{n}");
    }
    Ok(candidate)
}

/// A write's result as the row's outcome: refusals become reasons, failures stay errors.
fn written<T>(result: Result<T, WriteError>, done: Outcome) -> StoreResult<Outcome> {
    match result {
        Ok(_) => Ok(done),
        Err(WriteError::Invalid(errors)) => Ok(Outcome::Reject(
            errors.into_iter().map(field_problem).collect(),
        )),
        Err(WriteError::Store(e)) => match e {
            StoreError::Forbidden(m) => Ok(refused("forbidden", m)),
            StoreError::Rejected(m) | StoreError::Conflict(m) => Ok(refused("rejected", m)),
            e @ (StoreError::NotFound(_) | StoreError::StaleVersion { .. }) => {
                Ok(refused("rejected", e.to_string()))
            }
            e => Err(e),
        },
    }
}

fn refused(code: &'static str, message: String) -> Outcome {
    Outcome::Reject(vec![Problem::new(None, code, message)])
}

/// A record write's field error, addressed to the sheet's column where there is one (`since` for
/// the milestones it stands for).
fn field_problem(e: FieldError) -> Problem {
    let head = e.field.split(['[', '.']).next().unwrap_or_default();
    let column = if head == "milestones" {
        Some("since")
    } else {
        BODY_COLUMNS
            .iter()
            .chain(PARTNERSHIP_COLUMNS)
            .find(|c| **c == head)
            .copied()
    };
    let message = match column {
        Some(_) => e.message,
        None => format!("{}: {}", e.field, e.message),
    };
    Problem {
        column: column.map(str::to_owned),
        code: e.code,
        message,
    }
}
