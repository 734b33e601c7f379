//! Contact inquiries as a use case: their settings (mail server, recipient, retention, rate limit),
//! and the background jobs that tell the office by e-mail (retried with back-off) and delete
//! inquiries after the retention period.
//!
//! The web handler stores an inquiry and answers the sender at once; the e-mail goes out afterwards
//! from [`ContactJobs`], woken by [`Contact::inquiry_stored`]. One delivery task sends one message
//! at a time, so an inquiry is never mailed twice by two racing senders. Without a mail server the
//! inquiries are only stored, and the workbench's inbox shows them.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio::task::JoinHandle;

use crate::cli::Cli;
use crate::domain::clock::Instant;
use crate::i18n::{DEFAULT_LANGUAGE, Tr};
use crate::mail::{InquiryLinks, MailError, Mailer, SmtpUrl, inquiry_message, mailbox};
use crate::store::{Store, StoreResult};

/// Everything configurable about inquiries. `Debug` shows no secret.
#[derive(Debug, Clone)]
pub struct ContactSettings {
    /// The office's mail server; `None`: inquiries are stored but nobody is mailed.
    pub smtp_url: Option<SmtpUrl>,
    /// The sender of mail to the office (required with a mail server).
    pub mail_from: Option<String>,
    /// Where inquiries go; `None`: the e-mail address of the portal's contact point.
    pub inquiry_to: Option<String>,
    /// The portal's public address for links in e-mail (`https://partner.example.org`); `None`:
    /// the address the server listens on.
    pub public_url: Option<String>,
    /// Inquiries are deleted this many days after they arrived.
    pub retention_days: u32,
    /// Take the client address from the last `X-Forwarded-For` entry (behind a reverse proxy).
    pub trust_proxy: bool,
    /// At most this many inquiries per client address and window.
    pub rate_limit: i64,
    pub rate_window: Duration,
    /// How often the delivery job looks for due e-mail (it is also woken by each new inquiry).
    pub delivery_interval: Duration,
    /// The wait after the first failed attempt; it doubles with every further failure.
    pub retry_base: Duration,
    /// The longest wait between attempts.
    pub retry_max: Duration,
    /// Attempts before the office is no longer mailed (the inbox still shows the inquiry).
    pub max_attempts: i64,
    /// The limit of one SMTP step.
    pub send_timeout: Duration,
    /// How often old inquiries and rate-limit records are deleted.
    pub retention_interval: Duration,
}

impl Default for ContactSettings {
    fn default() -> Self {
        ContactSettings {
            smtp_url: None,
            mail_from: None,
            inquiry_to: None,
            public_url: None,
            retention_days: 365,
            trust_proxy: false,
            rate_limit: 5,
            rate_window: Duration::from_secs(10 * 60),
            delivery_interval: Duration::from_secs(60),
            retry_base: Duration::from_secs(60),
            retry_max: Duration::from_secs(6 * 60 * 60),
            max_attempts: 10,
            send_timeout: Duration::from_secs(30),
            retention_interval: Duration::from_secs(60 * 60),
        }
    }
}

impl ContactSettings {
    /// The settings the command line and environment give; the rest keep their defaults.
    pub fn from_cli(cli: &Cli) -> ContactSettings {
        ContactSettings {
            smtp_url: cli.smtp_url.clone(),
            mail_from: cli.mail_from.clone(),
            inquiry_to: cli.inquiry_to.clone(),
            public_url: cli.public_url.clone(),
            retention_days: cli.inquiry_retention_days,
            trust_proxy: cli.trust_proxy,
            ..ContactSettings::default()
        }
    }

    /// How long an instance holds an inquiry's e-mail while it sends it: ten SMTP steps at their
    /// limit, at least a minute. Another instance sends it only after that.
    pub fn delivery_lease(&self) -> Duration {
        self.send_timeout
            .saturating_mul(10)
            .max(Duration::from_secs(60))
    }

    /// The wait before attempt `attempts + 1` after `attempts` failures.
    pub fn backoff(&self, attempts: i64) -> Duration {
        let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 30)).unwrap_or(30);
        self.retry_base
            .saturating_mul(2u32.saturating_pow(doublings))
            .min(self.retry_max)
    }
}

/// What handlers need of the contact use case: the settings and a way to wake the delivery job.
#[derive(Clone)]
pub struct Contact {
    settings: Arc<ContactSettings>,
    mailer: Option<Mailer>,
    wake: Arc<Notify>,
}

impl Contact {
    /// Checks the settings: a mail server needs a valid sender and, when given, a valid recipient.
    pub fn new(settings: ContactSettings) -> Result<Contact, MailError> {
        let mailer = match &settings.smtp_url {
            Some(url) => {
                let from = settings.mail_from.as_deref().ok_or_else(|| {
                    MailError::Config(
                        "PARTNERPORTAL_SMTP_URL is set but PARTNERPORTAL_MAIL_FROM (--mail-from) is not"
                            .into(),
                    )
                })?;
                if let Some(to) = &settings.inquiry_to {
                    mailbox(to)?;
                }
                Some(Mailer::new(url, from, settings.send_timeout)?)
            }
            None => None,
        };
        Ok(Contact {
            settings: Arc::new(settings),
            mailer,
            wake: Arc::new(Notify::new()),
        })
    }

    pub fn settings(&self) -> &ContactSettings {
        &self.settings
    }

    /// The office's mail connection, for other jobs that mail the office (funding reminders).
    pub fn mailer(&self) -> Option<Mailer> {
        self.mailer.clone()
    }

    /// Call after an inquiry is committed: the delivery job sends its e-mail now.
    pub fn inquiry_stored(&self) {
        self.wake.notify_one();
    }

    /// Starts the delivery and retention jobs; they stop when the returned handle is dropped.
    /// `listen_url` stands in for the public address when none is configured.
    pub fn spawn_jobs(&self, store: Store, listen_url: String) -> ContactJobs {
        let public_url = self
            .settings
            .public_url
            .clone()
            .unwrap_or(listen_url)
            .trim_end_matches('/')
            .to_owned();
        let mut tasks = Vec::new();
        match &self.mailer {
            Some(mailer) => {
                tracing::info!(?mailer, "inquiries are mailed to the office");
                let delivery = Delivery {
                    store: store.clone(),
                    mailer: mailer.clone(),
                    settings: self.settings.clone(),
                    public_url,
                };
                let wake = self.wake.clone();
                tasks.push(tokio::spawn(async move { delivery.run(wake).await }));
            }
            None => tracing::info!(
                "no mail server configured (PARTNERPORTAL_SMTP_URL): inquiries are stored and shown in the workbench only"
            ),
        }
        let settings = self.settings.clone();
        tasks.push(tokio::spawn(async move {
            let mut ticks = tokio::time::interval(settings.retention_interval);
            loop {
                ticks.tick().await;
                if let Err(e) = expire_old_inquiries(&store, settings.retention_days).await {
                    tracing::error!(error = %e, "deleting old inquiries failed");
                }
                // Rate-limit records outlive every window in use after a day.
                let day_ago = Instant::now().minus(time::Duration::days(1));
                if let Err(e) = store.prune_throttle(day_ago).await {
                    tracing::error!(error = %e, "pruning rate-limit records failed");
                }
            }
        }));
        ContactJobs { tasks }
    }
}

/// The running background jobs; dropping this stops them.
pub struct ContactJobs {
    tasks: Vec<JoinHandle<()>>,
}

impl Drop for ContactJobs {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

/// Deletes the inquiries older than `retention_days` (each deletion audited); answers how many.
pub async fn expire_old_inquiries(store: &Store, retention_days: u32) -> StoreResult<u64> {
    let cutoff = Instant::now().minus(time::Duration::days(i64::from(retention_days)));
    let deleted = store.expire_inquiries(cutoff, retention_days).await?;
    if deleted > 0 {
        tracing::info!(
            deleted,
            retention_days,
            "deleted inquiries older than the retention period"
        );
    }
    Ok(deleted)
}

struct Delivery {
    store: Store,
    mailer: Mailer,
    settings: Arc<ContactSettings>,
    public_url: String,
}

impl Delivery {
    async fn run(self, wake: Arc<Notify>) {
        let mut ticks = tokio::time::interval(self.settings.delivery_interval);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = ticks.tick() => {}
                _ = wake.notified() => {}
            }
            if let Err(e) = self.deliver_due().await {
                tracing::error!(error = %e, "delivering inquiry e-mail failed");
            }
        }
    }

    /// Sends every e-mail that is due, one at a time.
    async fn deliver_due(&self) -> StoreResult<()> {
        loop {
            let due = self
                .store
                .pending_inquiry_notifications(self.settings.max_attempts, Instant::now(), 20)
                .await?;
            if due.is_empty() {
                return Ok(());
            }
            for id in due {
                self.deliver(id).await?;
            }
        }
    }

    async fn deliver(&self, id: i64) -> StoreResult<()> {
        let now = Instant::now();
        let lease_until = now.plus(
            time::Duration::try_from(self.settings.delivery_lease())
                .unwrap_or(time::Duration::hours(1)),
        );
        if !self
            .store
            .claim_inquiry_notification(id, self.settings.max_attempts, now, lease_until)
            .await?
        {
            // Another instance of the server is sending it, or has sent it.
            return Ok(());
        }
        let Some(inquiry) = self.store.find_inquiry(id).await? else {
            return Ok(());
        };
        match self.send(&inquiry).await? {
            Ok(()) => {
                self.store.mark_inquiry_notified(id, Instant::now()).await?;
                tracing::info!(inquiry = id, "office notified of inquiry");
            }
            Err(e) => {
                let attempts = inquiry.notify_attempts + 1;
                let wait = self.settings.backoff(attempts);
                let retry_at = Instant::now()
                    .plus(time::Duration::try_from(wait).unwrap_or(time::Duration::hours(6)));
                let error: String = e.to_string().chars().take(500).collect();
                self.store
                    .record_inquiry_notify_failure(id, &error, retry_at)
                    .await?;
                if attempts >= self.settings.max_attempts {
                    tracing::error!(inquiry = id, attempts, error = %error, "giving up mailing the office about an inquiry; it waits in the inbox");
                } else {
                    tracing::warn!(inquiry = id, attempts, error = %error, retry_in = ?wait, "mailing the office failed; will retry");
                }
            }
        }
        Ok(())
    }

    /// One attempt; the outer error is the database's, the inner one the mail's.
    async fn send(
        &self,
        inquiry: &crate::domain::inquiry::Inquiry,
    ) -> StoreResult<Result<(), MailError>> {
        let t = Tr::new(DEFAULT_LANGUAGE);
        let to = match self.recipient().await? {
            Ok(to) => to,
            Err(e) => return Ok(Err(e)),
        };
        let partnership = match &inquiry.partnership {
            Some(slug) => self.store.find_partnership(slug, t.lang()).await?.map(|p| {
                (
                    t.args(
                        "partnership-title",
                        &[
                            ("home", p.summary.home.display_name.clone()),
                            ("partner", p.summary.partner.display_name.clone()),
                        ],
                    ),
                    format!("{}/{}/partnerships/{slug}", self.public_url, t.lang()),
                )
            }),
            None => None,
        };
        let links = InquiryLinks {
            partnership,
            inbox: format!(
                "{}/{}/workbench/inbox/{}",
                self.public_url,
                t.lang(),
                inquiry.id
            ),
        };
        let message = match inquiry_message(&t, self.mailer.from(), &to, inquiry, &links) {
            Ok(message) => message,
            Err(e) => return Ok(Err(e)),
        };
        Ok(self.mailer.send(message).await)
    }

    /// The configured recipient, else the e-mail address of the portal's contact point.
    async fn recipient(&self) -> StoreResult<Result<lettre::message::Mailbox, MailError>> {
        if let Some(to) = &self.settings.inquiry_to {
            return Ok(mailbox(to));
        }
        let profile = self.store.portal_profile(DEFAULT_LANGUAGE).await?;
        if let Some(home) = profile.home {
            for point in self
                .store
                .contact_points(&home.slug, DEFAULT_LANGUAGE)
                .await?
            {
                if let Some(email) = point.email {
                    return Ok(mailbox(&email));
                }
            }
        }
        Ok(Err(MailError::Config(
            "no recipient: set PARTNERPORTAL_INQUIRY_TO or give the portal's contact point an e-mail address"
                .into(),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_by_doubling_up_to_the_cap() {
        let settings = ContactSettings::default();
        assert_eq!(settings.backoff(1), Duration::from_secs(60));
        assert_eq!(settings.backoff(2), Duration::from_secs(120));
        assert_eq!(settings.backoff(4), Duration::from_secs(480));
        assert_eq!(settings.backoff(20), Duration::from_secs(6 * 60 * 60));
        assert_eq!(settings.backoff(i64::MAX), Duration::from_secs(6 * 60 * 60));
    }

    #[test]
    fn a_mail_server_needs_a_sender() {
        let settings = ContactSettings {
            smtp_url: Some("smtp://127.0.0.1:2525".parse().unwrap()),
            ..ContactSettings::default()
        };
        assert!(Contact::new(settings.clone()).is_err());
        let settings = ContactSettings {
            mail_from: Some("portal@example.org".into()),
            ..settings
        };
        assert!(Contact::new(settings).is_ok());
    }

    #[test]
    fn settings_print_without_the_smtp_password() {
        let settings = ContactSettings {
            smtp_url: Some("smtp://u:hunter2@mail.example.org".parse().unwrap()),
            ..ContactSettings::default()
        };
        assert!(!format!("{settings:?}").contains("hunter2"));
    }
}
