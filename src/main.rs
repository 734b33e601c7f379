use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use partnerportal::cli::{Cli, Command};
use partnerportal::{app, io, store};
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    limit_malloc_arenas();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async_main())
}

/// glibc gives each thread that allocates an arena of its own, up to eight per core; the runtime's
/// threads and one SQLite worker thread per pooled connection then each keep memory they freed.
/// Two arenas keep a busy server's resident memory near what it uses (BENCHMARKS.md: about
/// 12 MiB less under load, the same throughput). Set before any other thread exists.
fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; no other thread runs yet.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

async fn async_main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    match run(Cli::parse()).await {
        Ok(()) => ExitCode::SUCCESS,
        // `check` printed its findings; open errors only set the exit status.
        Err(e) if e.is::<partnerportal::quality::ErrorsFound>() => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    // Names its own source and target; --database (DATABASE_URL, perhaps already postgres://) is not read.
    if let Some(Command::MigrateDb {
        from,
        to,
        dry_run,
        via,
    }) = &cli.command
    {
        let options = partnerportal::store::migrate_db::Options {
            from: from.clone(),
            to: to.clone(),
            dry_run: *dry_run,
            via: *via,
        };
        println!("{}", partnerportal::store::migrate_db::run(&options).await?);
        return Ok(());
    }
    let location = store::DatabaseLocation::parse(&cli.database)?;
    let contact = partnerportal::contact::ContactSettings::from_cli(&cli);
    let funding = partnerportal::funding::FundingSettings::from_cli(&cli)?;
    let public_url = cli
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", cli.addr));
    let command = cli.command.unwrap_or(Command::Serve);
    // Commands that need no database.
    match &command {
        Command::Openapi => {
            println!(
                "{}",
                partnerportal::api::openapi_document().to_pretty_json()?
            );
            return Ok(());
        }
        Command::Generate {
            bodies,
            partnerships,
            seed,
            output,
        } => {
            let size = io::generate::Size {
                bodies: *bodies,
                partnerships: *partnerships,
                seed: *seed,
            };
            return generate(size, output.as_deref());
        }
        // These open the database their own way: a backup without migrating it, a restore only
        // after the backup file passed its checks.
        Command::Backup { path } => return backup(&location, path).await,
        Command::Restore { path, yes } => return restore(&location, path, *yes).await,
        _ => {}
    }
    // A seed file is checked before the database is opened, so a broken file never touches it.
    let started = std::time::Instant::now();
    let seed = match &command {
        Command::ImportSeed { file } => {
            let seed = io::seed::load(file.as_deref())?;
            tracing::info!(
                elapsed_ms = started.elapsed().as_millis() as u64,
                "seed file read and checked"
            );
            Some(seed)
        }
        _ => None,
    };
    let store = store::Store::open(&location).await?;
    let result = match command {
        Command::Serve => {
            serve(
                store.clone(),
                &location,
                &cli.addr,
                contact,
                funding,
                cli.page_cache_mb,
                partnerportal::people::PeopleSettings {
                    retention_days: cli.retention_days,
                    ..Default::default()
                },
            )
            .await
        }
        Command::ImportSeed { .. } => match seed {
            Some(seed) => store.import_seed(&seed).await.map(|report| {
                tracing::info!(
                    elapsed_ms = started.elapsed().as_millis() as u64,
                    "import committed"
                );
                println!("{}", io::seed::describe(&report));
            }),
            None => unreachable!("loaded above"),
        }
        .map_err(Into::into),
        Command::ImportCalls { file, dry_run } => {
            partnerportal::funding::import_calls(&store, &file, dry_run).await
        }
        Command::User(command) => partnerportal::admin::run(&store, command).await,
        Command::Token(command) => partnerportal::admin::run_token(&store, command).await,
        Command::Check {
            format,
            max_age_years,
            include_dismissed,
        } => {
            let options = partnerportal::quality::Options {
                max_age_years,
                include_dismissed,
            };
            partnerportal::quality::run_cli(&store, format, &options).await
        }
        Command::Wikidata(command) => {
            partnerportal::wikidata::run_cli(&store, command, &public_url).await
        }
        Command::AnonymiseExpired { dry_run } => {
            partnerportal::people::run_cli(&store, cli.retention_days, dry_run).await
        }
        Command::Import {
            file,
            dry_run,
            as_login,
        } => {
            partnerportal::spreadsheet::run_import(&store, &file, dry_run, as_login.as_deref())
                .await
        }
        Command::Export {
            format:
                format @ (partnerportal::cli::ExportFormat::Xlsx
                | partnerportal::cli::ExportFormat::Ods
                | partnerportal::cli::ExportFormat::SheetCsv),
            what,
            output,
        } => {
            partnerportal::spreadsheet::run_export_cli(&store, format, what, output.as_deref())
                .await
        }
        Command::Export {
            format,
            what,
            output,
        } => io::export::run(&store, format, what, output.as_deref(), &public_url).await,
        Command::Openapi
        | Command::Generate { .. }
        | Command::Backup { .. }
        | Command::Restore { .. }
        | Command::MigrateDb { .. } => unreachable!("handled above"),
    };
    store.close().await;
    result
}

async fn serve(
    store: store::Store,
    location: &store::DatabaseLocation,
    addr: &str,
    contact: partnerportal::contact::ContactSettings,
    funding: partnerportal::funding::FundingSettings,
    page_cache_mb: u32,
    people: partnerportal::people::PeopleSettings,
) -> anyhow::Result<()> {
    if store.is_empty().await? {
        let first_start = partnerportal::domain::access::Principal::system("first start");
        let report = store
            .import_seed_as(&first_start, &io::seed::load(None)?)
            .await?;
        tracing::info!("new database: {}", io::seed::describe(&report));
    }
    let app = app::Application::bind_with(addr, store, contact)
        .await?
        .with_funding(funding)
        .with_page_cache_mb(page_cache_mb)
        .with_people(people);
    tracing::info!(database = %location, "serving the portal at http://{}", app.local_addr());
    app.serve(app::shutdown_signal()).await
}

async fn backup(
    location: &store::DatabaseLocation,
    target: &std::path::Path,
) -> anyhow::Result<()> {
    let report = store::backup::backup_database(location, target).await?;
    println!("{report}");
    Ok(())
}

/// Checks the backup, asks (or needs `--yes`), writes a safety copy of the current data, restores.
async fn restore(
    location: &store::DatabaseLocation,
    backup: &std::path::Path,
    yes: bool,
) -> anyhow::Result<()> {
    let checked = store::backup::CheckedBackup::check(backup).await?;
    if !yes {
        confirm_restore(location, &checked)?;
    }
    let prepared = checked.prepare(location).await?;
    let store = store::Store::open(location).await?;
    let result = async {
        let safety = store.backup_before_restore().await?;
        println!(
            "safety copy of the current data: {} (restore it to undo)",
            safety.path.display()
        );
        println!("{}", store.restore_from(&prepared).await?);
        anyhow::Ok(())
    }
    .await;
    store.close().await;
    result
}

fn confirm_restore(
    location: &store::DatabaseLocation,
    backup: &store::backup::CheckedBackup,
) -> anyhow::Result<()> {
    use std::io::{BufRead, Write};
    if !std::io::stdin().is_terminal() {
        anyhow::bail!(
            "restore replaces all data of {location} and asks for confirmation on a terminal, but \
             standard input is not one; pass --yes to restore without asking. Nothing was changed."
        );
    }
    eprint!(
        "Replace ALL data of {location} with '{}' (schema version {}; {})?\n\
         A safety copy of the current data is written first. Type 'yes' to restore: ",
        backup.source.display(),
        backup.schema_version,
        backup.counts
    );
    std::io::stderr().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    if answer.trim().eq_ignore_ascii_case("yes") {
        Ok(())
    } else {
        anyhow::bail!("restore cancelled; nothing was changed")
    }
}

fn generate(size: io::generate::Size, output: Option<&std::path::Path>) -> anyhow::Result<()> {
    use anyhow::Context;
    match output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("cannot create '{}'", path.display()))?;
            let mut out = std::io::BufWriter::new(file);
            io::generate::write_seed(size, &mut out)?;
            std::io::Write::flush(&mut out)?;
        }
        None => io::generate::write_seed(size, &mut std::io::stdout().lock())?,
    }
    Ok(())
}
