//! Staff accounts, their scopes, sign-in sessions and API tokens.

use serde::Serialize;
use sqlx::{AnyConnection, Row};

use super::audit::{self, Change};
use super::{Store, StoreError, StoreResult};
use crate::domain::access::{ActorId, Channel, Principal, Role};
use crate::domain::audit::{Action, Entity};
use crate::domain::clock::Instant;
use crate::domain::credentials::{random_token, token_digest};

/// An account as the workbench shows it (never with its password hash).
#[derive(Debug, Clone, Serialize)]
pub struct User {
    pub id: i64,
    pub login: String,
    pub display_name: String,
    pub email: Option<String>,
    pub role: Role,
    pub active: bool,
    /// Body ids an editor may change.
    pub scope: Vec<i64>,
}

impl User {
    pub fn principal(&self, channel: Channel) -> Principal {
        Principal {
            id: ActorId::User(self.id),
            label: self.display_name.clone(),
            role: self.role,
            scope: self.scope.clone(),
            channel,
        }
    }
}

/// What an administrator fills in for a new account.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub login: String,
    pub display_name: String,
    pub email: Option<String>,
    pub role: Role,
    pub scope: Vec<i64>,
    /// An argon2id PHC string.
    pub password_hash: String,
}

/// A signed-in session: its user and the token forms must send back.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: User,
    pub csrf_token: String,
    pub expires_at: Instant,
}

/// An API token as listed for administrators: never the token itself.
#[derive(Debug, Clone, Serialize)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub prefix: String,
    pub role: Role,
    pub scope: Vec<i64>,
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub revoked_at: Option<String>,
}

/// How long a session lives without use, and at most.
pub const SESSION_IDLE: time::Duration = time::Duration::hours(8);
/// Sliding expiry is refreshed at most this often, so reading pages does not write on every request.
const SESSION_TOUCH: time::Duration = time::Duration::minutes(5);

fn user_json(user: &User) -> serde_json::Value {
    serde_json::to_value(user).expect("a user serializes")
}

impl Store {
    pub async fn count_users(&self) -> StoreResult<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users")
            .fetch_one(&self.pool)
            .await?)
    }

    /// Creates an account; a login already taken is a conflict, not a database error.
    pub async fn create_user(&self, who: &Principal, new: &NewUser) -> StoreResult<User> {
        let mut tx = self.begin_write().await?;
        let now = Instant::now().text();
        let login = new.login.trim().to_lowercase();
        let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE login = $1")
            .bind(&login)
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Err(StoreError::Conflict(format!(
                "the login '{login}' is already taken"
            )));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (login, display_name, email, password_hash, role, created_at, \
             password_changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(&login)
        .bind(new.display_name.trim())
        .bind(new.email.as_deref())
        .bind(&new.password_hash)
        .bind(new.role.key())
        .bind(&now)
        .bind(&now)
        .fetch_one(&mut *tx)
        .await?;
        write_scope(&mut tx, "user_scopes", "user_id", id, &new.scope).await?;
        let user = load_user(&mut tx, id)
            .await?
            .ok_or_else(|| StoreError::Corrupt("a user just inserted cannot be read".into()))?;
        let after = user_json(&user);
        audit::record(
            &mut tx,
            who,
            Change {
                entity: Entity::User,
                entity_id: id,
                action: Action::Create,
                before: None,
                after: Some(&after),
                summary: format!("account '{}' ({})", user.login, user.role.key()),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(user)
    }

    pub async fn list_users(&self) -> StoreResult<Vec<User>> {
        let mut conn = self.pool.acquire().await?;
        let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM users ORDER BY login")
            .fetch_all(&mut *conn)
            .await?;
        let mut users = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(user) = load_user(&mut conn, id).await? {
                users.push(user);
            }
        }
        Ok(users)
    }

    pub async fn find_user(&self, id: i64) -> StoreResult<Option<User>> {
        let mut conn = self.pool.acquire().await?;
        load_user(&mut conn, id).await
    }

    /// The account and stored password hash for a sign-in attempt; inactive accounts included,
    /// so the caller can say why sign-in failed only after the password was right.
    pub async fn credentials(&self, login: &str) -> StoreResult<Option<(User, String)>> {
        let mut conn = self.pool.acquire().await?;
        let row: Option<(i64, String)> =
            sqlx::query_as("SELECT id, password_hash FROM users WHERE login = $1")
                .bind(login.trim().to_lowercase())
                .fetch_optional(&mut *conn)
                .await?;
        let Some((id, hash)) = row else {
            return Ok(None);
        };
        Ok(load_user(&mut conn, id).await?.map(|user| (user, hash)))
    }

    /// Changes role, scope, name, e-mail or whether the account may sign in. Taking rights away
    /// ends the account's sessions, so they take effect at once.
    pub async fn update_user(&self, who: &Principal, changed: &User) -> StoreResult<User> {
        let mut tx = self.begin_write().await?;
        let before = load_user(&mut tx, changed.id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("account {}", changed.id)))?;
        sqlx::query(
            "UPDATE users SET display_name = $1, email = $2, role = $3, active = $4 WHERE id = $5",
        )
        .bind(changed.display_name.trim())
        .bind(changed.email.as_deref())
        .bind(changed.role.key())
        .bind(i64::from(changed.active))
        .bind(changed.id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM user_scopes WHERE user_id = $1")
            .bind(changed.id)
            .execute(&mut *tx)
            .await?;
        write_scope(
            &mut tx,
            "user_scopes",
            "user_id",
            changed.id,
            &changed.scope,
        )
        .await?;
        let after = load_user(&mut tx, changed.id)
            .await?
            .ok_or_else(|| StoreError::Corrupt("an updated user cannot be read".into()))?;
        if after.role != before.role || !after.active || after.scope != before.scope {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(changed.id)
                .execute(&mut *tx)
                .await?;
        }
        let (b, a) = (user_json(&before), user_json(&after));
        audit::record(
            &mut tx,
            who,
            Change {
                entity: Entity::User,
                entity_id: changed.id,
                action: Action::Update,
                before: Some(&b),
                after: Some(&a),
                summary: format!("account '{}'", after.login),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(after)
    }

    /// Stores a new password hash and ends every session of the account but `keep_session`.
    pub async fn set_password(
        &self,
        who: &Principal,
        user_id: i64,
        password_hash: &str,
        keep_session: Option<&str>,
    ) -> StoreResult<()> {
        let mut tx = self.begin_write().await?;
        let updated = sqlx::query(
            "UPDATE users SET password_hash = $1, password_changed_at = $2 WHERE id = $3",
        )
        .bind(password_hash)
        .bind(Instant::now().text())
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() == 0 {
            return Err(StoreError::NotFound(format!("account {user_id}")));
        }
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(user_id)
            .bind(keep_session.map(token_digest).unwrap_or_default())
            .execute(&mut *tx)
            .await?;
        audit::record(
            &mut tx,
            who,
            Change {
                entity: Entity::User,
                entity_id: user_id,
                action: Action::Update,
                before: None,
                after: None,
                summary: "password changed".into(),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Starts a session: returns the token for the cookie and the CSRF token for forms. The
    /// token is new on every sign-in, so a session id planted before sign-in is worthless.
    pub async fn create_session(&self, user: &User) -> StoreResult<(String, String)> {
        let token = random_token("pps_");
        let csrf = random_token("");
        let now = Instant::now();
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
            .bind(now.text())
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, \
             expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(token_digest(&token))
        .bind(user.id)
        .bind(&csrf)
        .bind(now.text())
        .bind(now.text())
        .bind(now.plus(SESSION_IDLE).text())
        .execute(&mut *tx)
        .await?;
        audit::record(
            &mut tx,
            &user.principal(Channel::Web),
            Change {
                entity: Entity::User,
                entity_id: user.id,
                action: Action::SignIn,
                before: None,
                after: None,
                summary: "signed in".into(),
            },
        )
        .await?;
        tx.commit().await?;
        Ok((token, csrf))
    }

    /// The live session of a cookie token, its expiry slid forward; `None` when unknown, expired
    /// or the account was deactivated.
    pub async fn find_session(&self, token: &str) -> StoreResult<Option<Session>> {
        let now = Instant::now();
        let digest = token_digest(token);
        let mut conn = self.pool.acquire().await?;
        let row: Option<(i64, String, String, String)> = sqlx::query_as(
            "SELECT s.user_id, s.csrf_token, s.last_seen_at, s.expires_at FROM sessions s \
             JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND u.active = 1",
        )
        .bind(&digest)
        .fetch_optional(&mut *conn)
        .await?;
        let Some((user_id, csrf_token, last_seen, expires)) = row else {
            return Ok(None);
        };
        let expires_at = Instant::parse(&expires)
            .ok_or_else(|| StoreError::Corrupt("session with a malformed expiry".into()))?;
        if expires_at <= now {
            return Ok(None);
        }
        let mut expires_at = expires_at;
        if Instant::parse(&last_seen).is_none_or(|seen| seen.plus(SESSION_TOUCH) < now) {
            expires_at = now.plus(SESSION_IDLE);
            sqlx::query(
                "UPDATE sessions SET last_seen_at = $1, expires_at = $2 WHERE token_hash = $3",
            )
            .bind(now.text())
            .bind(expires_at.text())
            .bind(&digest)
            .execute(&mut *conn)
            .await?;
            self.wrote();
        }
        let Some(user) = load_user(&mut conn, user_id).await? else {
            return Ok(None);
        };
        Ok(Some(Session {
            user,
            csrf_token,
            expires_at,
        }))
    }

    pub async fn end_session(&self, token: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_digest(token))
            .execute(&self.pool)
            .await?;
        self.wrote();
        Ok(())
    }

    /// Creates an API token; returns its listing and the token itself, shown once.
    pub async fn create_api_token(
        &self,
        who: &Principal,
        name: &str,
        role: Role,
        scope: &[i64],
    ) -> StoreResult<(ApiToken, String)> {
        let token = random_token("ppt_");
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO api_tokens (name, token_hash, prefix, role, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(name.trim())
        .bind(token_digest(&token))
        .bind(&token[..12])
        .bind(role.key())
        .bind(who.user_id())
        .bind(Instant::now().text())
        .fetch_one(&mut *tx)
        .await?;
        write_scope(&mut tx, "api_token_scopes", "token_id", id, scope).await?;
        let listed = load_token(&mut tx, id)
            .await?
            .ok_or_else(|| StoreError::Corrupt("a token just created cannot be read".into()))?;
        let after = serde_json::to_value(&listed).expect("a token listing serializes");
        audit::record(
            &mut tx,
            who,
            Change {
                entity: Entity::ApiToken,
                entity_id: id,
                action: Action::Create,
                before: None,
                after: Some(&after),
                summary: format!("API token '{}' ({})", listed.name, role.key()),
            },
        )
        .await?;
        tx.commit().await?;
        Ok((listed, token))
    }

    pub async fn list_api_tokens(&self) -> StoreResult<Vec<ApiToken>> {
        let mut conn = self.pool.acquire().await?;
        let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM api_tokens ORDER BY id DESC")
            .fetch_all(&mut *conn)
            .await?;
        let mut tokens = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(token) = load_token(&mut conn, id).await? {
                tokens.push(token);
            }
        }
        Ok(tokens)
    }

    /// Revokes a token; revoking twice is harmless.
    pub async fn revoke_api_token(&self, who: &Principal, id: i64) -> StoreResult<()> {
        let mut tx = self.begin_write().await?;
        let revoked = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
        )
        .bind(Instant::now().text())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if revoked.rows_affected() == 1 {
            audit::record(
                &mut tx,
                who,
                Change {
                    entity: Entity::ApiToken,
                    entity_id: id,
                    action: Action::Delete,
                    before: None,
                    after: None,
                    summary: "API token revoked".into(),
                },
            )
            .await?;
        } else if load_token(&mut tx, id).await?.is_none() {
            return Err(StoreError::NotFound(format!("API token {id}")));
        }
        tx.commit().await?;
        Ok(())
    }

    /// The principal of a bearer token, or `None` when unknown or revoked.
    pub async fn api_token_principal(&self, token: &str) -> StoreResult<Option<Principal>> {
        let mut conn = self.pool.acquire().await?;
        let id: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL",
        )
        .bind(token_digest(token))
        .fetch_optional(&mut *conn)
        .await?;
        let Some(id) = id else { return Ok(None) };
        let Some(listed) = load_token(&mut conn, id).await? else {
            return Ok(None);
        };
        let now = Instant::now();
        if listed
            .last_used_at
            .as_deref()
            .and_then(Instant::parse)
            .is_none_or(|used| used.plus(SESSION_TOUCH) < now)
        {
            sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
                .bind(now.text())
                .bind(id)
                .execute(&mut *conn)
                .await?;
            self.wrote();
        }
        Ok(Some(Principal {
            id: ActorId::Token(id),
            label: format!("API token '{}'", listed.name),
            role: listed.role,
            scope: listed.scope,
            channel: Channel::Api,
        }))
    }
}

async fn write_scope(
    conn: &mut AnyConnection,
    table: &str,
    owner_column: &str,
    owner: i64,
    scope: &[i64],
) -> StoreResult<()> {
    for body_id in scope {
        let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM bodies WHERE id = $1")
            .bind(body_id)
            .fetch_optional(&mut *conn)
            .await?;
        if exists.is_none() {
            return Err(StoreError::NotFound(format!("body {body_id}")));
        }
        sqlx::query(&format!(
            "INSERT INTO {table} ({owner_column}, body_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"
        ))
        .bind(owner)
        .bind(body_id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

async fn load_user(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<User>> {
    let Some(row) = sqlx::query(
        "SELECT id, login, display_name, email, role, CAST(active AS BIGINT) AS active FROM users \
             WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let role: String = row.try_get("role")?;
    let scope =
        sqlx::query_scalar("SELECT body_id FROM user_scopes WHERE user_id = $1 ORDER BY body_id")
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
    Ok(Some(User {
        id: row.try_get("id")?,
        login: row.try_get("login")?,
        display_name: row.try_get("display_name")?,
        email: row.try_get("email")?,
        role: Role::parse(&role)
            .ok_or_else(|| StoreError::Corrupt(format!("unknown role '{role}'")))?,
        active: super::rows::flag(&row, "active")?,
        scope,
    }))
}

async fn load_token(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<ApiToken>> {
    let Some(row) = sqlx::query(
        "SELECT id, name, prefix, role, created_at, last_used_at, revoked_at FROM api_tokens \
         WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let role: String = row.try_get("role")?;
    let scope = sqlx::query_scalar(
        "SELECT body_id FROM api_token_scopes WHERE token_id = $1 ORDER BY body_id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Some(ApiToken {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        prefix: row.try_get("prefix")?,
        role: Role::parse(&role)
            .ok_or_else(|| StoreError::Corrupt(format!("unknown role '{role}'")))?,
        scope,
        created_at: row.try_get("created_at")?,
        last_used_at: row.try_get("last_used_at")?,
        revoked_at: row.try_get("revoked_at")?,
    }))
}
