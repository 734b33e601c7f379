//! The command line: `partnerportal [serve]`, `import-seed`, `export`.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "partnerportal",
    version,
    about = "Registry, public portal and open data for international partnerships of public administrations",
    long_about = "Registry, public portal and open data for international partnerships of public administrations.\n\n\
        Without a subcommand, serves the portal. On first start the SQLite database is created, migrated and \
        loaded with the bundled seed data (the partnerships of Landkreis Harz)."
)]
pub struct Cli {
    /// Database: an SQLite file path or URL (sqlite://FILE), created when missing, or a PostgreSQL
    /// URL (postgres://USER:PASSWORD@HOST:PORT/DB, an existing database). Migrated on start.
    #[arg(
        long,
        global = true,
        env = "DATABASE_URL",
        default_value = "sqlite://partnerportal.sqlite3"
    )]
    pub database: String,

    /// Address the server listens on (for `serve`, the default command).
    #[arg(
        long,
        global = true,
        env = "PARTNERPORTAL_ADDR",
        default_value = "127.0.0.1:8080"
    )]
    pub addr: String,

    /// Mail server for notifying the office of contact inquiries: smtp://USER:PASSWORD@HOST:587?tls=required
    /// (STARTTLS), smtps://USER:PASSWORD@HOST (TLS) or smtp://HOST:25 (plain, local relays only).
    /// Without it, inquiries are stored and shown in the workbench only. The password never appears
    /// in logs.
    #[arg(
        long,
        global = true,
        env = "PARTNERPORTAL_SMTP_URL",
        hide_env_values = true,
        value_name = "URL"
    )]
    pub smtp_url: Option<crate::mail::SmtpUrl>,

    /// Sender of the mail to the office: `Partnerportal <portal@example.org>` or a bare address.
    /// Required with --smtp-url.
    #[arg(
        long,
        global = true,
        env = "PARTNERPORTAL_MAIL_FROM",
        value_name = "ADDRESS"
    )]
    pub mail_from: Option<String>,

    /// Where contact inquiries are mailed. Default: the e-mail address of the portal's contact point.
    #[arg(
        long,
        global = true,
        env = "PARTNERPORTAL_INQUIRY_TO",
        value_name = "ADDRESS"
    )]
    pub inquiry_to: Option<String>,

    /// Contact inquiries are deleted this many days after they arrived (each deletion is audited).
    #[arg(
        long,
        global = true,
        env = "PARTNERPORTAL_INQUIRY_RETENTION_DAYS",
        default_value_t = 365,
        value_parser = clap::value_parser!(u32).range(1..=36500),
        value_name = "DAYS"
    )]
    pub inquiry_retention_days: u32,

    /// The portal's public address, for links in e-mail (https://partner.example.org). Default: the
    /// address the server listens on.
    #[arg(
        long,
        global = true,
        env = "PARTNERPORTAL_PUBLIC_URL",
        value_name = "URL"
    )]
    pub public_url: Option<String>,

    /// The server runs behind a reverse proxy: take the client address (for rate limits) from the
    /// last X-Forwarded-For entry and the host from X-Forwarded-Host. Set only when every request
    /// comes through the proxy.
    #[arg(
        long,
        global = true,
        env = "PARTNERPORTAL_TRUST_PROXY",
        action = clap::ArgAction::SetTrue,
        value_parser = clap::builder::BoolishValueParser::new()
    )]
    pub trust_proxy: bool,

    /// Funding deadline reminders go out this many days before each deadline (submission deadlines
    /// of calls and report due dates), comma-separated. Each reminder is sent once, also across
    /// restarts; one missed while the server was down is skipped, not sent late.
    #[arg(
        long,
        global = true,
        env = "PARTNERPORTAL_FUNDING_REMINDER_DAYS",
        default_value = "14,3",
        value_name = "DAYS"
    )]
    pub funding_reminder_days: String,

    /// Who is reminded of funding deadlines by e-mail (needs --smtp-url); without it, no reminders.
    #[arg(
        long,
        global = true,
        env = "PARTNERPORTAL_FUNDING_REMINDERS_TO",
        value_name = "ADDRESS"
    )]
    pub funding_reminders_to: Option<String>,

    /// Memory, in MiB, for shared public answers: an anonymous page or API answer is built once and
    /// served from memory until the data changes (at most a minute). 0 builds every answer afresh.
    #[arg(
        long,
        global = true,
        env = "PARTNERPORTAL_PAGE_CACHE_MB",
        default_value_t = crate::app::DEFAULT_PAGE_CACHE_MB,
        value_name = "MIB"
    )]
    pub page_cache_mb: u32,

    /// Personal data of the people of activities (participants, host families, …) is kept this many
    /// days after their last activity ended, then anonymised: the person is erased and only the
    /// anonymous counts remain (docs/PERSONAL-DATA.md). The server does this hourly;
    /// `anonymise-expired` does it once.
    #[arg(
        long,
        global = true,
        env = "PARTNERPORTAL_RETENTION_DAYS",
        default_value_t = crate::people::DEFAULT_RETENTION_DAYS,
        value_parser = clap::value_parser!(u32).range(1..=36500),
        value_name = "DAYS"
    )]
    pub retention_days: u32,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the portal, the API and the OpenAPI document (the default).
    Serve,
    /// Load seed data: adds what is missing, changes nothing that exists; safe to run twice.
    ImportSeed {
        /// A seed file in partnerportal's TOML format; the bundled Landkreis Harz seed when omitted.
        #[arg(long)]
        file: Option<PathBuf>,
    },
    /// Write the whole registry, one open-data download or the DCAT-AP.de catalogue to standard
    /// output or a file.
    #[command(
        long_about = "Write the whole registry, one open-data download or the DCAT-AP.de catalogue to standard \
            output or a file.\n\n\
            --format json without --what writes the whole registry with every detail. With --what, json, csv and \
            geojson write the same files the API serves under /api/v1/exports/ (published records only; csv and \
            geojson default to partnerships). --format jsonld writes the catalogue record (/api/v1/catalog.jsonld). \
            Links inside start with --public-url."
    )]
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Which records: partnerships or bodies.
        #[arg(long, value_enum)]
        what: Option<ExportWhat>,
        /// File to write; standard output when omitted.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Import bodies and partnerships from a staff spreadsheet (xlsx, ods or CSV), all or nothing.
    #[command(
        long_about = "Import bodies and partnerships from a staff spreadsheet (xlsx, ods or CSV), all or nothing.\n\n\
            The file is the one `export --format xlsx|ods|sheet-csv` writes (docs/SPREADSHEET.md): a sheet \
            'bodies' and/or 'partnerships' (a CSV file's kind is told by its header), one row per record, \
            identified by slug; a partnership row without slug creates one. Every row is checked and written \
            through the same checks, rights and audit trail as the workbench; if any row is refused, nothing \
            is written and every refused row is listed with its reason. --dry-run lists what would be \
            created, changed or refused without writing. A progress bar is shown on a terminal."
    )]
    Import {
        /// The spreadsheet: xlsx, ods or CSV (UTF-8), recognised by its content.
        file: PathBuf,
        /// Show what would be created, changed or refused; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Import as this staff account (its role and scope apply); default: the command line,
        /// with administrator's rights.
        #[arg(long = "as", value_name = "LOGIN")]
        as_login: Option<String>,
    },
    /// Import calls for funding proposals from a JSON or CSV file, all or nothing.
    #[command(
        long_about = "Import calls for funding proposals from a JSON or CSV file, all or nothing.\n\n\
            The format is described in docs/FUNDING-IMPORT.md: a JSON array of objects or a CSV file with a \
            header row; fields identifier, action (a key of the programme catalogue), title, opens_on, \
            deadline (Brussels time such as 2027-03-05 17:00, or an instant with its offset), budget, url. \
            A call whose identifier exists is replaced when it differs. The whole file is checked first; \
            if any call is refused, nothing is written and every problem is listed with its line. \
            --dry-run shows what would be created or changed without writing."
    )]
    ImportCalls {
        /// The file: JSON (starting with '[') or CSV (UTF-8, comma-separated, header row).
        file: PathBuf,
        /// Check and report; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write a consistent copy of the database to a new file; safe while the server runs.
    #[command(
        long_about = "Write a consistent copy of the database to a new file; safe while the server runs.\n\n\
            The copy is one snapshot, even while the server reads and writes. It is checked (SQLite's \
            integrity check, the schema version) before it gets its name, so a failed backup leaves no file \
            under PATH. An existing file is never overwritten. The database itself is not changed or migrated."
    )]
    Backup {
        /// The backup file to create; must not exist yet.
        path: PathBuf,
    },
    /// Replace all data with a backup; writes a safety copy of the current data first.
    #[command(
        long_about = "Replace all data with a backup; writes a safety copy of the current data first.\n\n\
            The backup is checked first (an SQLite database, integrity check, partnerportal's migration history, \
            a schema no newer than this program's) and never changed; an older backup is migrated on a copy. \
            Then the current data is copied to DATABASE.before-restore-TIME.sqlite3 beside the database (its name \
            is printed: restore it to undo), and all data is replaced in one transaction: a running server sees \
            the old data or the new, never a mix. On a terminal, asks for confirmation; without a terminal \
            (scripts), refuses unless --yes is given."
    )]
    Restore {
        /// The backup file to restore, as written by `partnerportal backup`.
        path: PathBuf,
        /// Restore without asking for confirmation (needed when standard input is not a terminal).
        #[arg(long)]
        yes: bool,
    },
    /// Staff accounts: create the first administrator, list accounts, reset a password.
    #[command(subcommand)]
    User(crate::admin::UserCommand),
    /// API tokens for scripts: create one (printed once), list them, revoke one.
    #[command(subcommand)]
    Token(crate::admin::TokenCommand),
    /// Check the registry's data quality; exit status 1 while error-level findings are open.
    #[command(
        long_about = "Check the registry's data quality and list what is wrong, stale or missing.\n\n\
            Checks: places against the bundled gazetteer (GeoNames; country, official name, unknown places), \
            facts without source or older than --max-age-years (or of unknown age), successor and predecessor \
            chains (active partnerships of bodies that ended or merged, dates out of order, milestones after \
            the end), missing coordinates, Wikidata ids and English narratives of public records. Each finding \
            has a severity (error, warning, info), a plain-language message and, where one is known, a \
            suggested correction; staff accept, correct or dismiss findings in the workbench \
            (/de/workbench/review). Dismissed findings are left out unless --include-dismissed.\n\n\
            Exit status: 0 when no error-level finding is open, 1 when at least one is (the findings are \
            printed either way), so the command can run as a scheduled job. The check itself failing (no \
            database) also exits with 1 and a message on standard error."
    )]
    Check {
        /// Output: a table grouped by record, or one JSON document.
        #[arg(long, value_enum, default_value_t = crate::quality::CheckFormat::Table)]
        format: crate::quality::CheckFormat,
        /// Figures whose as-of date is more than this many years ago are listed for review.
        #[arg(long, default_value_t = crate::domain::quality::DEFAULT_MAX_AGE_YEARS, value_name = "N")]
        max_age_years: u16,
        /// Also list findings that staff dismissed (marked as dismissed).
        #[arg(long)]
        include_dismissed: bool,
    },
    /// Compare the registry with Wikidata's twinning statements (a query result or dump extract):
    /// differences, QuickStatements for what Wikidata lacks, import of what we lack.
    #[command(subcommand)]
    Wikidata(crate::wikidata::WikidataCommand),
    /// Anonymise the people of activities whose retention period (--retention-days after their last
    /// activity ended) is over, as the server does hourly: each is erased, audited without personal
    /// data, and kept only in the anonymous counts. Running it again changes nothing.
    AnonymiseExpired {
        /// Only say how many people would be anonymised.
        #[arg(long)]
        dry_run: bool,
    },
    /// Move the installation from its SQLite file into an empty PostgreSQL database, verified table
    /// by table (row counts and checksums); all or nothing.
    #[command(
        long_about = "Move the installation from its SQLite file into an empty PostgreSQL database, verified table \
            by table; all or nothing.\n\n\
            Stop the server and take a backup first (docs/DEPLOYMENT.md). The SQLite file is opened read-only and \
            must be at this program's schema version (run the program on it once if it is older). The target must \
            hold no data: its schema is created by migrations/postgres. In one PostgreSQL transaction every table \
            is copied with its ids, the identity counters are moved past them, the search index's rows are \
            carried over, and every table is read back and compared with SQLite's: row count and a checksum over \
            each row's values. Any difference rolls everything back and names the table and the first differing \
            row. Prints rows and checksum per table and the time taken. --dry-run does all of it and then rolls \
            back."
    )]
    MigrateDb {
        /// The SQLite database: sqlite://FILE.
        #[arg(long, value_name = "sqlite://FILE")]
        from: String,
        /// The PostgreSQL database: postgres://USER@HOST:PORT/DB (a password in it is never printed).
        #[arg(long, value_name = "postgres://USER@HOST:PORT/DB")]
        to: String,
        /// Copy and verify everything, then roll back: the target is left as it was.
        #[arg(long)]
        dry_run: bool,
        /// How rows travel: COPY (default, faster) or multi-row INSERT (for comparison).
        #[arg(long, value_enum, default_value_t = crate::store::migrate_db::Via::Copy, hide = true)]
        via: crate::store::migrate_db::Via,
    },
    /// Print the OpenAPI document of the API.
    Openapi,
    /// Write a deterministic synthetic Europe-wide registry as a seed file, for benchmarks.
    Generate {
        /// Number of administrative bodies.
        #[arg(long, default_value_t = 100_000)]
        bodies: usize,
        /// Number of partnerships.
        #[arg(long, default_value_t = 50_000)]
        partnerships: usize,
        /// Seed of the random sequence: the same seed writes the same registry.
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// File to write; standard output when omitted.
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// Every body and partnership with all details, as the API returns them.
    Json,
    /// One row per partnership (or body, with --what bodies); RFC 4180, UTF-8, header row.
    Csv,
    /// GeoJSON (RFC 7946): partnerships as lines between the partners, bodies as points.
    Geojson,
    /// The DCAT-AP.de catalogue record describing the data set and its downloads.
    Jsonld,
    /// Staff spreadsheet (xlsx) of bodies and partnerships, drafts included, for `import`.
    Xlsx,
    /// Staff spreadsheet (OpenDocument) of bodies and partnerships, drafts included, for `import`.
    Ods,
    /// Staff spreadsheet as CSV, one file per --what (default partnerships), for `import`.
    SheetCsv,
}

/// Which records an export holds.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportWhat {
    Partnerships,
    Bodies,
}
