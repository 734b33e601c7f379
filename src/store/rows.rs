//! Decoding rows into registry values. Vocabulary keys and dates are parsed, not trusted: a row that
//! does not parse is reported as corrupt data instead of being shown wrongly or skipped.

use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::{StoreError, StoreResult};
use crate::domain::registry::{BodyRef, SourceRef};
use crate::domain::values::PartialDate;

/// The columns of a [`BodyRef`] for the body aliased `alias`, prefixed `prefix`. The display name is
/// the official or exonym name recorded for the requested language, the bind parameter numbered `lang`.
pub fn body_ref_columns(alias: &str, prefix: &str, lang: usize) -> String {
    format!(
        "{alias}.slug AS {prefix}slug, {alias}.name AS {prefix}name, {alias}.kind AS {prefix}kind, \
         {alias}.country AS {prefix}country, \
         COALESCE((SELECT n.name FROM body_names n WHERE n.body_id = {alias}.id AND n.lang = ${lang} \
                   AND n.kind IN ('official', 'exonym') ORDER BY n.kind DESC, n.name LIMIT 1), \
                  {alias}.name) AS {prefix}display_name"
    )
}

pub fn body_ref(row: &SqliteRow, prefix: &str) -> StoreResult<BodyRef> {
    let col = |name: &str| format!("{prefix}{name}");
    Ok(BodyRef {
        slug: row.try_get(col("slug").as_str())?,
        display_name: row.try_get(col("display_name").as_str())?,
        name: row.try_get(col("name").as_str())?,
        kind: vocab(row, &col("kind"), crate::domain::vocab::BodyKind::parse)?,
        country: row.try_get(col("country").as_str())?,
    })
}

/// Like [`body_ref`] for a LEFT JOINed body that may be absent.
pub fn optional_body_ref(row: &SqliteRow, prefix: &str) -> StoreResult<Option<BodyRef>> {
    let slug: Option<String> = row.try_get(format!("{prefix}slug").as_str())?;
    match slug {
        Some(_) => body_ref(row, prefix).map(Some),
        None => Ok(None),
    }
}

/// The columns of a LEFT JOINed source aliased `alias`.
pub fn source_columns(alias: &str) -> String {
    format!(
        "{alias}.key AS source_key, {alias}.title AS source_title, \
         {alias}.publisher AS source_publisher, {alias}.url AS source_url"
    )
}

pub fn source_ref(row: &SqliteRow) -> StoreResult<Option<SourceRef>> {
    let key: Option<String> = row.try_get("source_key")?;
    let Some(key) = key else { return Ok(None) };
    Ok(Some(SourceRef {
        key,
        title: row.try_get("source_title")?,
        publisher: row.try_get("source_publisher")?,
        url: row.try_get("source_url")?,
    }))
}

pub fn vocab<T>(row: &SqliteRow, column: &str, parse: fn(&str) -> Option<T>) -> StoreResult<T> {
    let key: String = row.try_get(column)?;
    parse(&key)
        .ok_or_else(|| StoreError::Corrupt(format!("unknown value '{key}' in column {column}")))
}

pub fn optional_vocab<T>(
    row: &SqliteRow,
    column: &str,
    parse: fn(&str) -> Option<T>,
) -> StoreResult<Option<T>> {
    let key: Option<String> = row.try_get(column)?;
    key.map(|key| {
        parse(&key)
            .ok_or_else(|| StoreError::Corrupt(format!("unknown value '{key}' in column {column}")))
    })
    .transpose()
}

/// A yes/no column, stored as 0/1 on every backend (sqlx's `Any` driver decodes `bool` only from a
/// boolean value, which neither backend's integer columns are).
pub fn flag(row: &SqliteRow, column: &str) -> StoreResult<bool> {
    Ok(row.try_get::<i64, _>(column)? != 0)
}

pub fn date(row: &SqliteRow, column: &str) -> StoreResult<Option<PartialDate>> {
    let text: Option<String> = row.try_get(column)?;
    text.map(|t| PartialDate::parse(&t).map_err(|e| StoreError::Corrupt(format!("{column}: {e}"))))
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlx::Connection;

    #[tokio::test]
    async fn flags_read_zero_as_no_and_any_other_integer_as_yes() {
        let mut conn = sqlx::SqliteConnection::connect("sqlite::memory:")
            .await
            .unwrap();
        let row = sqlx::query("SELECT 1 AS yes, 0 AS no, 'x' AS text")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        assert!(flag(&row, "yes").unwrap());
        assert!(!flag(&row, "no").unwrap());
        assert!(flag(&row, "text").is_err());
        assert!(flag(&row, "missing").is_err());
    }
}
