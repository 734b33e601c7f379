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
    /// Database: an SQLite file path or URL (sqlite://FILE). Created and migrated when missing.
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
    /// Write the whole registry to standard output or a file.
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// File to write; standard output when omitted.
        #[arg(long)]
        output: Option<PathBuf>,
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
    /// One row per partnership.
    Csv,
}
