//! File uploads of the workbench (spreadsheet import, Wikidata comparison): reading a signed
//! multipart form, and keeping what an upload produced on the server for a while, for the person
//! who uploaded it only (the file of a dry run until it is carried out, a download made from it).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::Multipart;
use axum::http::StatusCode;

use super::auth::Staff;
use crate::domain::credentials::{random_token, same_secret};
use crate::error::AppError;
use crate::i18n::Tr;

/// The file of an upload form.
#[derive(Clone)]
pub struct Upload {
    /// The name the browser gave, without control characters, at most 200 characters.
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// Reads a multipart form with the fields `csrf` and `file`, and checks the CSRF token before the
/// file is looked at. `None`: no file, or an empty one. The route's body limit answers 413.
pub async fn read_signed_upload(
    multipart: &mut Multipart,
    staff: &Staff,
    t: &Tr,
) -> Result<Option<Upload>, AppError> {
    let too_large_or_malformed = |status: StatusCode| {
        if status == StatusCode::PAYLOAD_TOO_LARGE {
            AppError::PayloadTooLarge
        } else {
            AppError::BadRequest(t.t("form-malformed"))
        }
    };
    let (mut csrf, mut file) = (None, None);
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| too_large_or_malformed(e.status()))?
    {
        match field.name() {
            Some("csrf") => csrf = field.text().await.ok(),
            Some("file") => {
                let file_name: String = field
                    .file_name()
                    .map(|n| n.chars().filter(|c| !c.is_control()).take(200).collect())
                    .unwrap_or_default();
                let bytes = field
                    .bytes()
                    .await
                    .map_err(|e| too_large_or_malformed(e.status()))?;
                file = Some(Upload {
                    file_name,
                    bytes: bytes.to_vec(),
                });
            }
            _ => {}
        }
    }
    if !csrf.is_some_and(|c| !c.is_empty() && same_secret(&c, staff.csrf())) {
        return Err(AppError::Forbidden(t.t("form-csrf-failed")));
    }
    Ok(file.filter(|f| !f.bytes.is_empty()))
}

/// Values kept in memory under random tokens, each for the account that made it, for at most
/// `ttl`; the oldest goes when `max` are kept. Memory only: a restart forgets them, and the
/// person uploads again.
pub struct Kept<T> {
    ttl: Duration,
    max: usize,
    entries: Mutex<HashMap<String, Entry<T>>>,
}

struct Entry<T> {
    user: Option<i64>,
    at: Instant,
    value: T,
}

impl<T: Clone> Kept<T> {
    pub fn new(ttl: Duration, max: usize) -> Kept<T> {
        Kept {
            ttl,
            max,
            entries: Mutex::default(),
        }
    }

    fn entries(&self) -> std::sync::MutexGuard<'_, HashMap<String, Entry<T>>> {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.retain(|_, e| e.at.elapsed() < self.ttl);
        entries
    }

    /// Keeps `value` for `user`; the token names it.
    pub fn keep(&self, user: Option<i64>, value: T) -> String {
        let mut entries = self.entries();
        while entries.len() >= self.max.max(1) {
            let Some(oldest) = entries
                .iter()
                .min_by_key(|(_, e)| e.at)
                .map(|(token, _)| token.clone())
            else {
                break;
            };
            entries.remove(&oldest);
        }
        let token = random_token("");
        entries.insert(
            token.clone(),
            Entry {
                user,
                at: Instant::now(),
                value,
            },
        );
        token
    }

    /// The value under `token` if `user` kept it and it has not expired.
    pub fn get(&self, token: &str, user: Option<i64>) -> Option<T> {
        let entries = self.entries();
        let (_, entry) = entries.iter().find(|(t, _)| same_secret(t, token))?;
        (entry.user == user).then(|| entry.value.clone())
    }

    /// Like [`Kept::get`], and forgets it: a value used once.
    pub fn take(&self, token: &str, user: Option<i64>) -> Option<T> {
        let mut entries = self.entries();
        let key = entries
            .iter()
            .find(|(t, e)| same_secret(t, token) && e.user == user)
            .map(|(t, _)| t.clone())?;
        entries.remove(&key).map(|e| e.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_value_is_for_its_owner_until_it_expires_or_is_taken() {
        let kept = Kept::new(Duration::from_secs(60), 2);
        let token = kept.keep(Some(1), "mine".to_owned());
        assert_eq!(kept.get(&token, Some(2)), None, "someone else's");
        assert_eq!(kept.get(&token, None), None);
        assert_eq!(kept.get("guess", Some(1)), None);
        assert_eq!(kept.get(&token, Some(1)).as_deref(), Some("mine"));
        assert_eq!(kept.take(&token, Some(2)), None);
        assert_eq!(kept.take(&token, Some(1)).as_deref(), Some("mine"));
        assert_eq!(kept.get(&token, Some(1)), None, "taken once");

        let expired = Kept::new(Duration::ZERO, 2);
        let token = expired.keep(Some(1), 1);
        assert_eq!(expired.get(&token, Some(1)), None);
    }

    #[test]
    fn the_oldest_value_goes_when_the_store_is_full() {
        let kept = Kept::new(Duration::from_secs(60), 2);
        let first = kept.keep(Some(1), 1);
        let second = kept.keep(Some(1), 2);
        let third = kept.keep(Some(1), 3);
        assert_eq!(kept.get(&first, Some(1)), None);
        assert_eq!(kept.get(&second, Some(1)), Some(2));
        assert_eq!(kept.get(&third, Some(1)), Some(3));
    }
}
