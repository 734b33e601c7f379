//! Staff spreadsheets as a use case (docs/SPREADSHEET.md): the registry written as xlsx, ods or
//! CSV for editing, and such a file imported back — a dry run that reports what would be created,
//! changed or refused, and the import itself, all or nothing. The command line (`partnerportal
//! import`, `partnerportal export --format xlsx|ods|sheet-csv`) and the workbench
//! (`/{lang}/workbench/import`) both come through here.

use std::path::Path;

use anyhow::Context;

use crate::domain::access::{Channel, Principal};
use crate::io::spreadsheet::columns::{body_cells, partnership_cells};
use crate::io::spreadsheet::write::{self, Sheet};
use crate::io::spreadsheet::{Format, SheetKind, Workbook, read};
use crate::store::Store;
use crate::store::bulk_import::{Disposition, ImportReport, Mode, Outcome};

/// The registry (drafts included) as a spreadsheet holding the sheets of `kinds`. CSV holds one.
pub async fn export(store: &Store, format: Format, kinds: &[SheetKind]) -> anyhow::Result<Vec<u8>> {
    let (bodies, partnerships) = store.spreadsheet_records().await?;
    let sheets: Vec<Sheet> = kinds
        .iter()
        .map(|kind| Sheet {
            kind: *kind,
            rows: match kind {
                SheetKind::Bodies => bodies.iter().map(body_cells).collect(),
                SheetKind::Partnerships => partnerships.iter().map(partnership_cells).collect(),
            },
        })
        .collect();
    tokio::task::spawn_blocking(move || write::write(format, &sheets)).await?
}

/// Reads an upload off the async workers (parsing 100 000 rows takes a moment).
pub async fn read_upload(
    bytes: Vec<u8>,
) -> anyhow::Result<Result<(Format, Workbook), crate::io::spreadsheet::FileError>> {
    Ok(tokio::task::spawn_blocking(move || read::read(&bytes)).await?)
}

/// `partnerportal export --format xlsx|ods|sheet-csv`.
pub async fn run_export(
    store: &Store,
    format: Format,
    kinds: &[SheetKind],
    output: Option<&Path>,
) -> anyhow::Result<()> {
    let bytes = export(store, format, kinds).await?;
    match output {
        Some(path) => std::fs::write(path, bytes)
            .with_context(|| format!("cannot write '{}'", path.display()))?,
        None => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)?;
            out.flush()?;
        }
    }
    Ok(())
}

/// Rows of each outcome the command line lists before it only counts.
const LISTED: usize = 1000;

/// `partnerportal import FILE [--dry-run] [--as LOGIN]`.
pub async fn run_import(
    store: &Store,
    file: &Path,
    dry_run: bool,
    login: Option<&str>,
) -> anyhow::Result<()> {
    let who = match login {
        None => Principal::command_line(),
        Some(login) => match store.credentials(&login.trim().to_lowercase()).await? {
            Some((user, _)) if user.active => user.principal(Channel::Cli),
            Some(_) => anyhow::bail!("the account '{login}' is deactivated"),
            None => anyhow::bail!("no account '{login}' exists"),
        },
    };
    let bytes = std::fs::read(file).with_context(|| format!("cannot read '{}'", file.display()))?;
    let spinner = indicatif::ProgressBar::new_spinner().with_message("reading the file");
    spinner.enable_steady_tick(std::time::Duration::from_millis(120));
    let read = read_upload(bytes).await?;
    spinner.finish_and_clear();
    let (_, workbook) =
        read.map_err(|e| anyhow::anyhow!("{}: {e}; nothing was imported", file.display()))?;
    let bar = indicatif::ProgressBar::new(workbook.len() as u64).with_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} rows ({eta} left)")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    bar.set_message(if dry_run { "checking" } else { "importing" });
    let mode = if dry_run {
        Mode::DryRun
    } else {
        Mode::Apply {
            expected_stamp: None,
        }
    };
    let report = store
        .import_workbook(&who, &workbook, mode, &|| bar.inc(1))
        .await?;
    bar.finish_and_clear();
    print!("{}", describe(&report));
    if report.rejected() > 0 {
        anyhow::bail!("{} row(s) refused; nothing was imported", report.rejected());
    }
    Ok(())
}

/// The report as text: refused rows first (all of them), then what is created and changed.
pub fn describe(report: &ImportReport) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let line = |r: &crate::store::bulk_import::RowReport| {
        let slug = if r.slug.is_empty() {
            String::new()
        } else {
            format!(" ({})", r.slug)
        };
        format!("{} row {}{slug}", r.sheet, r.row)
    };
    for r in &report.rows {
        if let Outcome::Reject(problems) = &r.outcome {
            for p in problems {
                let _ = writeln!(out, "refused  {}: {p}", line(r));
            }
        }
    }
    let mut listed = 0;
    for r in &report.rows {
        let text = match &r.outcome {
            Outcome::Create => "create ".to_owned(),
            Outcome::Change(changes) => {
                let what: Vec<String> = changes
                    .iter()
                    .map(|(c, b, a)| format!("{c} '{b}' → '{a}'"))
                    .collect();
                format!("change  {}", what.join(", "))
            }
            _ => continue,
        };
        listed += 1;
        if listed <= LISTED {
            let _ = writeln!(out, "{text} {}", line(r));
        }
    }
    if listed > LISTED {
        let _ = writeln!(out, "… and {} more created or changed", listed - LISTED);
    }
    let verdict = match report.disposition {
        Disposition::DryRun => "dry run: nothing was written",
        Disposition::Applied => "imported in one transaction",
        Disposition::Refused => "refused: nothing was written",
        Disposition::RegistryChanged => {
            "refused: the registry changed since the dry run; nothing was written"
        }
    };
    let _ = writeln!(
        out,
        "{} created, {} changed, {} unchanged, {} refused — {verdict}",
        report.created(),
        report.changed(),
        report.unchanged(),
        report.rejected()
    );
    out
}

/// `partnerportal export --format xlsx|ods|sheet-csv [--what …]`: xlsx and ods hold both sheets
/// unless `--what` names one; CSV holds one (partnerships unless `--what bodies`).
pub async fn run_export_cli(
    store: &Store,
    format: crate::cli::ExportFormat,
    what: Option<crate::cli::ExportWhat>,
    output: Option<&Path>,
) -> anyhow::Result<()> {
    use crate::cli::{ExportFormat, ExportWhat};
    let format = match format {
        ExportFormat::Xlsx => Format::Xlsx,
        ExportFormat::Ods => Format::Ods,
        _ => Format::Csv,
    };
    let kinds: &[SheetKind] = match (what, format) {
        (Some(ExportWhat::Bodies), _) => &[SheetKind::Bodies],
        (Some(ExportWhat::Partnerships), _) | (None, Format::Csv) => &[SheetKind::Partnerships],
        (None, _) => &SheetKind::ALL,
    };
    run_export(store, format, kinds, output).await
}
