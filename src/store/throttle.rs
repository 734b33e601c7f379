//! Rate limits: attempts counted per bucket in a sliding window, in the `throttle_events` table so
//! that every worker of the server (and a restart) sees the same counts.
//!
//! A bucket is an opaque key naming who or what is limited, such as contact-form posts from one
//! address or failed sign-ins for one account. Buckets must not hold personal data in clear: build
//! them with [`bucket`], which hashes its input.

use sha2::{Digest, Sha256};

use super::{Store, StoreResult};
use crate::domain::clock::Instant;

/// The bucket for `key` (an address, a login) within `scope` (`contact`, `sign-in`): the hex SHA-256
/// of `scope:key`, so the table never holds the key itself.
pub fn bucket(scope: &str, key: &str) -> String {
    let digest = Sha256::digest(format!("{scope}:{key}").as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl Store {
    /// Counts one attempt in `bucket` against `limit` attempts per `window`.
    ///
    /// Answers `false` when the attempt is within the limit; it is then recorded. Answers `true`
    /// when `limit` attempts were already recorded within the last `window`: the attempt is refused
    /// and *not* recorded, so whoever waits out the window (see [`Store::throttle_free_at`]) gets
    /// through again, however often they knocked meanwhile. Check and record are one statement,
    /// so concurrent attempts cannot both take the last place. The bucket's events older than the
    /// window are pruned on the way; [`Store::prune_throttle`] clears abandoned buckets.
    pub async fn throttle_hit(
        &self,
        bucket: &str,
        window: time::Duration,
        limit: i64,
    ) -> StoreResult<bool> {
        let now = Instant::now();
        let since = now.minus(window).text();
        sqlx::query("DELETE FROM throttle_events WHERE bucket = $1 AND at <= $2")
            .bind(bucket)
            .bind(&since)
            .execute(&self.pool)
            .await?;
        let recorded = sqlx::query(
            "INSERT INTO throttle_events (bucket, at) SELECT $1, $2 \
             WHERE (SELECT COUNT(*) FROM throttle_events WHERE bucket = $3 AND at > $4) < $5",
        )
        .bind(bucket)
        .bind(now.text())
        .bind(bucket)
        .bind(&since)
        .bind(limit)
        .execute(&self.pool)
        .await?
        .rows_affected();
        self.wrote();
        Ok(recorded == 0)
    }

    /// When `bucket` will take an attempt again under `limit` per `window`: `None` when it does
    /// now, else the moment its oldest counted attempt leaves the window.
    pub async fn throttle_free_at(
        &self,
        bucket: &str,
        window: time::Duration,
        limit: i64,
    ) -> StoreResult<Option<Instant>> {
        let since = Instant::now().minus(window).text();
        let times: Vec<String> = sqlx::query_scalar(
            "SELECT at FROM throttle_events WHERE bucket = $1 AND at > $2 ORDER BY at DESC",
        )
        .bind(bucket)
        .bind(&since)
        .fetch_all(&self.pool)
        .await?;
        let Ok(limit) = usize::try_from(limit) else {
            return Ok(None);
        };
        if times.len() < limit || limit == 0 {
            return Ok(None);
        }
        // The attempt whose expiry brings the count below the limit.
        Ok(times
            .get(limit - 1)
            .and_then(|at| Instant::parse(at))
            .map(|at| at.plus(window)))
    }

    /// Deletes the events of every bucket recorded before `before`; pass a moment older than the
    /// longest window in use. Returns how many were deleted.
    pub async fn prune_throttle(&self, before: Instant) -> StoreResult<u64> {
        let deleted = sqlx::query("DELETE FROM throttle_events WHERE at < $1")
            .bind(before.text())
            .execute(&self.pool)
            .await?
            .rows_affected();
        self.wrote();
        Ok(deleted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_hide_their_key_and_keep_scopes_apart() {
        let contact = bucket("contact", "192.0.2.7");
        assert_eq!(contact.len(), 64);
        assert!(!contact.contains("192"));
        assert_eq!(contact, bucket("contact", "192.0.2.7"));
        assert_ne!(contact, bucket("sign-in", "192.0.2.7"));
    }
}
