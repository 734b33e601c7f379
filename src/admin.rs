//! `partnerportal user …`: accounts from the command line. The first administrator is created
//! here (there is no default password); later accounts can be created in the workbench too.
//! `partnerportal token …`: API tokens for scripts, with a role and scope like accounts.

use std::io::{BufRead, IsTerminal};

use anyhow::{Context, bail};
use clap::{Args, Subcommand};

use crate::domain::access::{Principal, Role};
use crate::domain::credentials::NewPassword;
use crate::store::{NewUser, Store};

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account. Prompts for the password (twice) on a terminal; with --password-stdin
    /// reads one line from standard input instead, for scripts.
    Add(AddUser),
    /// List accounts with their role and scope.
    List,
    /// Set a new password for an account (for someone who forgot theirs); ends their sessions.
    Password {
        login: String,
        /// Read the new password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Debug, Args)]
pub struct AddUser {
    /// The login name (case-insensitive).
    pub login: String,
    /// Shorthand for --role admin.
    #[arg(long, conflicts_with = "role")]
    pub admin: bool,
    /// admin, editor (changes the bodies of --scope and their partnerships) or reader.
    #[arg(long, value_parser = ["admin", "editor", "reader"])]
    pub role: Option<String>,
    /// The name shown in the workbench and the audit trail; the login when omitted.
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    /// A body an editor may change, by identifier (`--scope wernigerode`); repeat for several.
    #[arg(long = "scope", value_name = "BODY")]
    pub scope: Vec<String>,
    /// Read the password from the first line of standard input.
    #[arg(long)]
    pub password_stdin: bool,
}

pub async fn run(store: &Store, command: UserCommand) -> anyhow::Result<()> {
    let cli = Principal::command_line();
    match command {
        UserCommand::Add(add) => {
            let role = if add.admin {
                Role::Admin
            } else {
                add.role
                    .as_deref()
                    .and_then(Role::parse)
                    .context("give the account a role: --admin, or --role editor|reader")?
            };
            let login = add.login.trim().to_lowercase();
            if login.is_empty() || login.len() > 100 || login.chars().any(char::is_whitespace) {
                bail!("the login must be 1 to 100 characters without spaces");
            }
            if role == Role::Editor && add.scope.is_empty() {
                bail!("an editor needs at least one body: --scope BODY");
            }
            let mut scope = Vec::new();
            for slug in &add.scope {
                let body = store
                    .body_record(slug)
                    .await?
                    .with_context(|| format!("no body '{slug}' exists"))?;
                scope.push(body.id);
            }
            let password = read_new_password(&login, add.password_stdin)?;
            let user = store
                .create_user(
                    &cli,
                    &NewUser {
                        display_name: add.name.unwrap_or_else(|| login.clone()),
                        login,
                        email: add.email,
                        role,
                        scope,
                        password_hash: password.hash(),
                    },
                )
                .await?;
            println!(
                "created account '{}' ({}){}",
                user.login,
                user.role.key(),
                if add.scope.is_empty() {
                    String::new()
                } else {
                    format!(" for {}", add.scope.join(", "))
                }
            );
        }
        UserCommand::List => {
            for user in store.list_users().await? {
                let scope = store.body_refs_by_ids(&user.scope, "de").await?;
                let scope: Vec<String> = scope.into_iter().map(|(_, b)| b.slug).collect();
                println!(
                    "{}\t{}\t{}\t{}{}",
                    user.login,
                    user.role.key(),
                    user.display_name,
                    if user.active { "active" } else { "disabled" },
                    if scope.is_empty() {
                        String::new()
                    } else {
                        format!("\t{}", scope.join(","))
                    }
                );
            }
        }
        UserCommand::Password {
            login,
            password_stdin,
        } => {
            let (user, _) = store
                .credentials(&login)
                .await?
                .with_context(|| format!("no account '{login}' exists"))?;
            let password = read_new_password(&user.login, password_stdin)?;
            store
                .set_password(&cli, user.id, &password.hash(), None)
                .await?;
            println!(
                "password of '{}' changed; their sessions were ended",
                user.login
            );
        }
    }
    Ok(())
}

fn read_new_password(login: &str, from_stdin: bool) -> anyhow::Result<NewPassword> {
    let password = if from_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        line.trim_end_matches(['\n', '\r']).to_owned()
    } else {
        if !std::io::stdin().is_terminal() {
            bail!("no terminal to ask for the password on; pass --password-stdin and pipe it in");
        }
        let first = rpassword::prompt_password(format!("Password for '{login}': "))?;
        let second = rpassword::prompt_password("Repeat the password: ")?;
        if first != second {
            bail!("the two passwords differ; nothing was changed");
        }
        first
    };
    NewPassword::parse(&password, login)
        .map_err(|problem| anyhow::anyhow!("{problem}; nothing was changed"))
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create an API token and print it. The token is shown this once; only its digest is stored.
    Add(AddToken),
    /// List API tokens with their role, scope and last use (never the tokens themselves).
    List,
    /// Revoke an API token by its id (as `token list` shows it); calls with it fail from now on.
    Revoke { id: i64 },
}

#[derive(Debug, Args)]
pub struct AddToken {
    /// What the token is for; the audit trail names its changes after it (`API token 'NAME'`).
    pub name: String,
    /// admin, editor (changes the bodies of --scope and their partnerships) or reader (reads
    /// drafts, changes nothing).
    #[arg(long, value_parser = ["admin", "editor", "reader"])]
    pub role: String,
    /// A body an editor token may change, by identifier (`--scope wernigerode`); repeat for several.
    #[arg(long = "scope", value_name = "BODY")]
    pub scope: Vec<String>,
}

pub async fn run_token(store: &Store, command: TokenCommand) -> anyhow::Result<()> {
    let cli = Principal::command_line();
    match command {
        TokenCommand::Add(add) => {
            let role = Role::parse(&add.role).context("the role is admin, editor or reader")?;
            let name = add.name.trim();
            if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
                bail!("the token's name must be 1 to 100 characters on one line");
            }
            if role == Role::Editor && add.scope.is_empty() {
                bail!("an editor token needs at least one body: --scope BODY");
            }
            let mut scope = Vec::new();
            for slug in &add.scope {
                let body = store
                    .body_record(slug)
                    .await?
                    .with_context(|| format!("no body '{slug}' exists"))?;
                scope.push(body.id);
            }
            let (listed, token) = store.create_api_token(&cli, name, role, &scope).await?;
            eprintln!(
                "created API token {} '{}' ({}){}; it is shown only now:",
                listed.id,
                listed.name,
                listed.role.key(),
                if add.scope.is_empty() {
                    String::new()
                } else {
                    format!(" for {}", add.scope.join(", "))
                }
            );
            println!("{token}");
        }
        TokenCommand::List => {
            for token in store.list_api_tokens().await? {
                let scope = store.body_refs_by_ids(&token.scope, "de").await?;
                let scope: Vec<String> = scope.into_iter().map(|(_, b)| b.slug).collect();
                let state = match (&token.revoked_at, &token.last_used_at) {
                    (Some(at), _) => format!("revoked {at}"),
                    (None, Some(at)) => format!("last used {at}"),
                    (None, None) => "never used".to_owned(),
                };
                println!(
                    "{}\t{}\t{}…\t{}\t{}{}",
                    token.id,
                    token.name,
                    token.prefix,
                    token.role.key(),
                    state,
                    if scope.is_empty() {
                        String::new()
                    } else {
                        format!("\t{}", scope.join(","))
                    }
                );
            }
        }
        TokenCommand::Revoke { id } => {
            store.revoke_api_token(&cli, id).await?;
            println!("API token {id} revoked");
        }
    }
    Ok(())
}
