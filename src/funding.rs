//! Funding as use cases: the starter catalogue loaded into an empty database, the eligibility check
//! of an application, the dashboard's figures, and the reminder job that e-mails the office N days
//! before each deadline — exactly once per deadline and reminder, even across restarts, because
//! each reminder is claimed under a UNIQUE key in the database before its e-mail is sent.

use std::collections::BTreeMap;
use std::time::Duration;

use lettre::Message;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Mailbox, SinglePart};
use rust_decimal::Decimal;
use tokio::task::JoinHandle;

use crate::domain::clock::Instant;
use crate::domain::funding::catalogue::{Catalogue, STARTER};
use crate::domain::funding::rules::{self, Rule, Verdict};
use crate::domain::funding::{ApplicationRecord, Eur, Status};
use crate::i18n::{DEFAULT_LANGUAGE, Tr};
use crate::mail::{MailError, Mailer, header_text, mailbox};
use crate::store::{Deadline, Store, StoreResult};

/// Loads the curated starter catalogue (compiled in) when the funding catalogue is empty.
pub async fn load_starter_catalogue(store: &Store) -> anyhow::Result<usize> {
    let catalogue = Catalogue::parse_toml(STARTER)
        .map_err(|e| anyhow::anyhow!("the bundled funding catalogue is broken: {e}"))?;
    let added = store.load_funding_catalogue(&catalogue).await?;
    if added > 0 {
        tracing::info!(actions = added, "funding catalogue loaded");
    }
    Ok(added)
}

/// The eligibility check of an application against the rules of its call's action.
pub struct Eligibility {
    pub action: String,
    pub verdicts: Vec<(Verdict, String, String)>,
    pub all_met: bool,
}

/// Evaluates `record` against its call's rules; `None` when the call is unknown. Each verdict comes
/// with its source and as-of date.
pub async fn check_eligibility(
    store: &Store,
    record: &ApplicationRecord,
) -> StoreResult<Option<Eligibility>> {
    let Some((action, entries, plan)) = store.funding_plan(record).await? else {
        return Ok(None);
    };
    let rules: Vec<Rule> = entries.iter().map(|e| e.rule.clone()).collect();
    let verdicts = rules::evaluate(&rules, &plan);
    let all_met = rules::all_met(&verdicts);
    Ok(Some(Eligibility {
        action,
        verdicts: verdicts
            .into_iter()
            .zip(entries)
            .map(|(v, e)| (v, e.source, e.as_of))
            .collect(),
        all_met,
    }))
}

/// The check once more with what the linked activity really has: its participants per country
/// and invited guests as its people list them (erased people's anonymous counts included) and its
/// dates. `None` without a linked, known activity.
pub async fn check_eligibility_with_activity(
    store: &Store,
    record: &ApplicationRecord,
) -> StoreResult<Option<Eligibility>> {
    let Some(slug) = record.activity.as_deref() else {
        return Ok(None);
    };
    let Some(activity) = store.activity_record(slug).await? else {
        return Ok(None);
    };
    let Some(participants) = crate::people::participants_for_funding(store, activity.id).await?
    else {
        return Ok(None);
    };
    let actual = ApplicationRecord {
        participants,
        starts_on: Some(activity.record.starts_on.clone()),
        ends_on: Some(activity.record.ends_on.clone()),
        ..record.clone()
    };
    check_eligibility(store, &actual).await
}

/// Money of one year and programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoneyRow {
    pub year: i32,
    pub programme: String,
    pub applications: usize,
    pub requested: Eur,
    pub granted: Eur,
}

/// The dashboard's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dashboard {
    pub by_status: Vec<(Status, usize)>,
    pub money: Vec<MoneyRow>,
    /// Applications decided: granted (also later in reporting or closed with a grant) or rejected.
    pub decided: usize,
    pub granted: usize,
    /// Granted of decided, in percent with one decimal.
    pub success_rate: Option<Decimal>,
}

pub async fn dashboard(store: &Store) -> StoreResult<Dashboard> {
    let figures = store.funding_figures().await?;
    let mut by_status: BTreeMap<Status, usize> = Status::ALL.iter().map(|s| (*s, 0)).collect();
    let mut money: BTreeMap<(i32, String), MoneyRow> = BTreeMap::new();
    let (mut decided, mut granted) = (0, 0);
    for f in &figures {
        *by_status.entry(f.status).or_default() += 1;
        let row = money
            .entry((f.year, f.programme.clone()))
            .or_insert_with(|| MoneyRow {
                year: f.year,
                programme: f.programme.clone(),
                applications: 0,
                requested: Eur::ZERO,
                granted: Eur::ZERO,
            });
        row.applications += 1;
        row.requested = row.requested + f.requested.unwrap_or_default();
        row.granted = row.granted + f.granted.unwrap_or_default();
        let success = f.status.is_granted() || (f.status == Status::Closed && f.granted.is_some());
        if success {
            granted += 1;
            decided += 1;
        } else if f.status == Status::Rejected {
            decided += 1;
        }
    }
    let success_rate = (decided > 0).then(|| {
        let mut rate =
            (Decimal::from(granted) * Decimal::ONE_HUNDRED / Decimal::from(decided)).round_dp(1);
        rate.rescale(1);
        rate
    });
    Ok(Dashboard {
        by_status: by_status.into_iter().collect(),
        money: money.into_values().collect(),
        decided,
        granted,
        success_rate,
    })
}

/// The deadlines as an iCalendar document (RFC 5545): one event per call deadline and report due
/// date, at its instant in UTC (calendars show it in their own zone), with the Brussels time and
/// the call's page in the description. UIDs are stable per deadline, so a changed deadline replaces
/// its event in subscribed calendars.
pub fn deadlines_calendar(t: &Tr, deadlines: &[Deadline], public_url: &str) -> String {
    use icalendar::{Calendar, Component, EventLike};
    let host = public_url
        .split("://")
        .nth(1)
        .unwrap_or(public_url)
        .split(['/', ':'])
        .next()
        .unwrap_or("partnerportal");
    let mut calendar = Calendar::new();
    calendar.name(&t.t("funding-calendar-name"));
    for d in deadlines {
        let Some(at) = chrono::DateTime::from_timestamp(d.at.unix(), 0) else {
            continue;
        };
        let kind = t.t(&format!("funding-deadline-kind-{}", d.kind));
        let mut description = t.args(
            "funding-reminder-body",
            &[
                ("kind", kind.clone()),
                ("name", d.title.clone()),
                ("id", d.identifier.clone()),
                (
                    "time",
                    format!("{} {}", d.at.display_local(), d.at.local_zone()),
                ),
            ],
        );
        let mut event = icalendar::Event::new();
        event
            .uid(&format!(
                "funding-{}-{}-{}@{host}",
                d.kind,
                d.ref_id,
                d.at.unix()
            ))
            .summary(&format!("{kind}: {} – {}", d.identifier, d.title))
            .starts(at)
            .ends(at);
        if let Some(url) = &d.url {
            description.push('\n');
            description.push_str(url);
            event.url(url);
        }
        event.description(&description);
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

/// `partnerportal import-calls FILE [--dry-run]`: reads and checks the whole file first, then
/// writes every call in one transaction (or, dry, rolls it back); prints what was created, changed
/// and left alone. A file with any problem is refused whole, each problem named with its line.
pub async fn import_calls(
    store: &Store,
    path: &std::path::Path,
    dry_run: bool,
) -> anyhow::Result<()> {
    // A new database gets the catalogue the calls refer to, as the server would load it.
    load_starter_catalogue(store).await?;
    let bytes = std::fs::read(path)
        .map_err(|e| anyhow::anyhow!("cannot read '{}': {e}", path.display()))?;
    let report = import_calls_from(store, &bytes, dry_run).await?;
    for (label, list) in [
        ("created", &report.created),
        ("changed", &report.changed),
        ("unchanged", &report.unchanged),
    ] {
        for identifier in list.iter() {
            println!("{label:<9} {identifier}");
        }
    }
    let (created, changed) = if dry_run {
        ("would be created", "would be changed")
    } else {
        ("created", "changed")
    };
    println!(
        "{} call(s) {created}, {} {changed}, {} unchanged{}",
        report.created.len(),
        report.changed.len(),
        report.unchanged.len(),
        if dry_run {
            " (dry run: nothing written)"
        } else {
            ""
        }
    );
    Ok(())
}

/// The import of a file's bytes; the error lists every problem with its line.
pub async fn import_calls_from(
    store: &Store,
    bytes: &[u8],
    dry_run: bool,
) -> anyhow::Result<crate::store::CallImportReport> {
    let calls = crate::io::funding_calls::parse(bytes).map_err(|problems| {
        anyhow::anyhow!(
            "the file was refused whole, nothing was imported:\n{}",
            problems
                .iter()
                .map(|p| format!("  {p}"))
                .collect::<Vec<_>>()
                .join("\n")
        )
    })?;
    match store
        .import_funding_calls(
            &crate::domain::access::Principal::command_line(),
            &calls,
            dry_run,
        )
        .await
    {
        Ok(report) => Ok(report),
        Err(crate::store::CallImportError::Refused(problems)) => Err(anyhow::anyhow!(
            "the file was refused whole, nothing was imported:\n{}",
            problems
                .iter()
                .map(|(line, reason)| format!("  line {line}: {reason}"))
                .collect::<Vec<_>>()
                .join("\n")
        )),
        Err(crate::store::CallImportError::Store(e)) => Err(e.into()),
    }
}

/// When and to whom deadline reminders go.
#[derive(Debug, Clone)]
pub struct FundingSettings {
    /// Reminders go out this many days before each deadline (call deadlines and report due dates).
    pub reminder_days: Vec<u32>,
    /// Who is reminded; `None`: no reminders.
    pub reminders_to: Option<String>,
    /// How often the job looks for due reminders.
    pub interval: Duration,
}

impl Default for FundingSettings {
    fn default() -> Self {
        FundingSettings {
            reminder_days: vec![14, 3],
            reminders_to: None,
            interval: Duration::from_secs(15 * 60),
        }
    }
}

impl FundingSettings {
    /// The settings of the command line and environment; a reminder address must be an address.
    pub fn from_cli(cli: &crate::cli::Cli) -> anyhow::Result<FundingSettings> {
        let reminder_days = parse_reminder_days(&cli.funding_reminder_days)
            .map_err(|e| anyhow::anyhow!("--funding-reminder-days: {e}"))?;
        if let Some(to) = &cli.funding_reminders_to {
            mailbox(to).map_err(|e| anyhow::anyhow!("--funding-reminders-to: {e}"))?;
        }
        Ok(FundingSettings {
            reminder_days,
            reminders_to: cli.funding_reminders_to.clone(),
            ..FundingSettings::default()
        })
    }
}

/// Parses "14,7,1" into days before a deadline.
pub fn parse_reminder_days(text: &str) -> Result<Vec<u32>, String> {
    let mut days: Vec<u32> = text
        .split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| {
            d.parse::<u32>()
                .ok()
                .filter(|d| *d <= 365)
                .ok_or_else(|| format!("'{d}' is not a number of days from 0 to 365"))
        })
        .collect::<Result<_, _>>()?;
    days.sort_unstable();
    days.dedup();
    if days.is_empty() {
        return Err("name at least one number of days, such as 14,3".into());
    }
    Ok(days)
}

/// The reminders due at `now`: for each deadline the one window it is in. Reminder `d` is due from
/// `d` days before the deadline until the next smaller reminder is due (or the deadline passes),
/// so a server that was down for a whole window skips that reminder rather than sending a late
/// one beside the next.
pub fn due_reminders(deadlines: &[Deadline], days: &[u32], now: Instant) -> Vec<(Deadline, u32)> {
    let mut sorted: Vec<u32> = days.to_vec();
    sorted.sort_unstable();
    let mut due = Vec::new();
    for d in deadlines {
        if d.at <= now {
            continue;
        }
        for (i, before) in sorted.iter().enumerate() {
            let opens = d.at.minus(time::Duration::days(i64::from(*before)));
            let closes = match i {
                0 => d.at,
                _ => d.at.minus(time::Duration::days(i64::from(sorted[i - 1]))),
            };
            if now >= opens && now < closes {
                due.push((d.clone(), *before));
            }
        }
    }
    due
}

/// The e-mail reminding the office of one deadline.
pub fn reminder_message(
    t: &Tr,
    from: &Mailbox,
    to: &Mailbox,
    deadline: &Deadline,
    days_before: u32,
    board_url: &str,
) -> Result<Message, MailError> {
    let when = format!(
        "{} {}",
        deadline.at.display_local(),
        deadline.at.local_zone()
    );
    let subject = t.args(
        "funding-reminder-subject",
        &[
            ("count", days_before.to_string()),
            ("id", header_text(&deadline.identifier, 100)),
        ],
    );
    let kind = t.t(&format!("funding-deadline-kind-{}", deadline.kind));
    let mut body = t.args(
        "funding-reminder-body",
        &[
            ("kind", kind),
            ("name", deadline.title.clone()),
            ("id", deadline.identifier.clone()),
            ("time", when),
        ],
    );
    body.push_str("\n\n");
    if let Some(url) = &deadline.url {
        body.push_str(url);
        body.push('\n');
    }
    body.push_str(&t.t1("funding-reminder-board", "url", board_url));
    body.push('\n');
    let part = SinglePart::builder()
        .header(ContentType::TEXT_PLAIN)
        .header(ContentTransferEncoding::QuotedPrintable)
        .body(body);
    Message::builder()
        .from(from.clone())
        .to(to.clone())
        .subject(header_text(&format!("[Partnerportal] {subject}"), 250))
        .singlepart(part)
        .map_err(|e| MailError::Build(e.to_string()))
}

/// Sends every reminder due at `now` that nobody claimed before; returns how many were sent. A
/// reminder whose e-mail fails is given back and tried again on the next round.
pub async fn send_due_reminders(
    store: &Store,
    mailer: &Mailer,
    settings: &FundingSettings,
    now: Instant,
    public_url: &str,
) -> anyhow::Result<usize> {
    let Some(to) = &settings.reminders_to else {
        return Ok(0);
    };
    let to = mailbox(to)?;
    let longest = settings.reminder_days.iter().copied().max().unwrap_or(0);
    let deadlines = store
        .funding_deadlines(now, now.plus(time::Duration::days(i64::from(longest) + 1)))
        .await?;
    let t = Tr::new(DEFAULT_LANGUAGE);
    let board = format!(
        "{}/{}/workbench/funding/deadlines",
        public_url.trim_end_matches('/'),
        t.lang()
    );
    let mut sent = 0;
    for (deadline, days) in due_reminders(&deadlines, &settings.reminder_days, now) {
        if !store
            .claim_funding_reminder(&deadline, days, &to.to_string())
            .await?
        {
            continue;
        }
        let message = reminder_message(&t, mailer.from(), &to, &deadline, days, &board)?;
        match mailer.send(message).await {
            Ok(()) => {
                store.funding_reminder_sent(&deadline, days).await?;
                sent += 1;
            }
            Err(e) => {
                tracing::warn!(error = %e, deadline = %deadline.identifier, "funding reminder not sent; retrying later");
                store.release_funding_reminder(&deadline, days).await?;
            }
        }
    }
    Ok(sent)
}

/// The reminder job; stops when dropped.
pub struct FundingJobs(Option<JoinHandle<()>>);

impl Drop for FundingJobs {
    fn drop(&mut self) {
        if let Some(task) = self.0.take() {
            task.abort();
        }
    }
}

/// Starts the reminder job when there is a mail server and a recipient.
pub fn spawn_reminders(
    store: Store,
    mailer: Option<Mailer>,
    settings: FundingSettings,
    public_url: String,
) -> FundingJobs {
    let (Some(mailer), Some(_)) = (mailer, &settings.reminders_to) else {
        return FundingJobs(None);
    };
    FundingJobs(Some(tokio::spawn(async move {
        let mut ticks = tokio::time::interval(settings.interval);
        loop {
            ticks.tick().await;
            if let Err(e) =
                send_due_reminders(&store, &mailer, &settings, Instant::now(), &public_url).await
            {
                tracing::warn!(error = %e, "funding reminders failed");
            }
        }
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deadline(at: &str) -> Deadline {
        Deadline {
            kind: "call",
            ref_id: 1,
            at: Instant::parse(at).unwrap(),
            title: "Town twinning".into(),
            identifier: "CERV-2027-TT".into(),
            url: None,
        }
    }

    #[test]
    fn each_reminder_is_due_in_its_own_window_only() {
        let d = [deadline("2027-03-05T16:00:00Z")];
        let at = |t: &str| Instant::parse(t).unwrap();
        let days = [14, 3];
        let due = |now: &str| {
            due_reminders(&d, &days, at(now))
                .into_iter()
                .map(|(_, n)| n)
                .collect::<Vec<_>>()
        };
        assert_eq!(due("2027-02-19T15:59:59Z"), Vec::<u32>::new());
        assert_eq!(due("2027-02-19T16:00:00Z"), vec![14]);
        assert_eq!(due("2027-03-02T15:59:59Z"), vec![14]);
        assert_eq!(due("2027-03-02T16:00:00Z"), vec![3]);
        assert_eq!(due("2027-03-05T15:59:59Z"), vec![3]);
        assert_eq!(due("2027-03-05T16:00:00Z"), Vec::<u32>::new());
    }

    #[test]
    fn reminder_days_are_read_from_a_list() {
        assert_eq!(parse_reminder_days("14, 7,1,7"), Ok(vec![1, 7, 14]));
        assert!(parse_reminder_days("").is_err());
        assert!(parse_reminder_days("soon").is_err());
        assert!(parse_reminder_days("400").is_err());
    }
}
