//! People and the GDPR as use cases: the retention settings, the job that anonymises the people of
//! activities that ended longer ago than the retention period (hourly in the server, audited,
//! idempotent), `partnerportal anonymise-expired [--dry-run]`, and the participant numbers the
//! funding rules read. See docs/PERSONAL-DATA.md for the record of processing.

use std::time::Duration;

use tokio::task::JoinHandle;

use crate::domain::clock::Instant;
use crate::domain::funding::ParticipantLine;
use crate::store::people::AnonymiseReport;
use crate::store::{Store, StoreResult};

/// The default retention period: a year after the person's last activity ended.
pub const DEFAULT_RETENTION_DAYS: u32 = 365;

#[derive(Debug, Clone)]
pub struct PeopleSettings {
    /// People's data is kept this many days after their last activity ended, then anonymised.
    pub retention_days: u32,
    /// How often the server looks for expired data.
    pub interval: Duration,
}

impl Default for PeopleSettings {
    fn default() -> Self {
        PeopleSettings {
            retention_days: DEFAULT_RETENTION_DAYS,
            interval: Duration::from_secs(60 * 60),
        }
    }
}

/// Anonymises everyone whose retention period is over today.
pub async fn anonymise_expired(
    store: &Store,
    retention_days: u32,
    dry_run: bool,
) -> StoreResult<AnonymiseReport> {
    let today = Instant::now().date_time().date();
    let report = store
        .anonymise_expired(today, retention_days, dry_run)
        .await?;
    if !report.people.is_empty() && !dry_run {
        tracing::info!(
            people = report.people.len(),
            retention_days,
            "anonymised people after the retention period"
        );
    }
    Ok(report)
}

/// `partnerportal anonymise-expired [--dry-run]`: says how many people are (or would be) erased.
pub async fn run_cli(store: &Store, retention_days: u32, dry_run: bool) -> anyhow::Result<()> {
    let report = anonymise_expired(store, retention_days, dry_run).await?;
    let n = report.people.len();
    if dry_run {
        println!(
            "{n} person(s) past the retention period of {retention_days} days would be anonymised (dry run: nothing changed)"
        );
    } else {
        println!(
            "{n} person(s) past the retention period of {retention_days} days anonymised; their activities keep them in the anonymous counts"
        );
    }
    Ok(())
}

/// The running retention job; dropping it stops the job.
pub struct PeopleJobs(JoinHandle<()>);

impl Drop for PeopleJobs {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Starts the retention job: at start and then every `interval`.
pub fn spawn_retention(store: Store, settings: PeopleSettings) -> PeopleJobs {
    PeopleJobs(tokio::spawn(async move {
        let mut ticks = tokio::time::interval(settings.interval);
        loop {
            ticks.tick().await;
            if let Err(e) = anonymise_expired(&store, settings.retention_days, false).await {
                tracing::error!(error = %e, "anonymising expired personal data failed");
            }
        }
    }))
}

/// For the funding rules: an activity's participants per country and of them the invited guests
/// (live people and the anonymous counts of erased ones), in the shape of an application's planned
/// participants; `None` for an unknown activity.
pub async fn participants_for_funding(
    store: &Store,
    activity_id: i64,
) -> StoreResult<Option<Vec<ParticipantLine>>> {
    store.activity_participant_lines(activity_id).await
}
