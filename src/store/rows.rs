//! Decoding rows into registry values. Vocabulary keys and dates are parsed, not trusted: a row that
//! does not parse is reported as corrupt data instead of being shown wrongly or skipped.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::{StoreError, StoreResult};
use crate::domain::registry::{BodyRef, SourceRef};
use crate::domain::values::PartialDate;

/// The columns of a [`BodyRef`] for the body aliased `alias`, prefixed `prefix`. The display name is
/// the official or exonym name recorded for the requested language, the value at placeholder `lang`
/// (`"$1"` in a fixed statement, a builder's `Param`).
pub fn body_ref_columns(alias: &str, prefix: &str, lang: impl std::fmt::Display) -> String {
    format!(
        "{alias}.slug AS {prefix}slug, {alias}.name AS {prefix}name, {alias}.kind AS {prefix}kind, \
         {alias}.country AS {prefix}country, \
         COALESCE((SELECT n.name FROM body_names n WHERE n.body_id = {alias}.id AND n.lang = {lang} \
                   AND n.kind IN ('official', 'exonym') ORDER BY n.kind DESC, n.name LIMIT 1), \
                  {alias}.name) AS {prefix}display_name"
    )
}

pub fn body_ref(row: &AnyRow, prefix: &str) -> StoreResult<BodyRef> {
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
pub fn optional_body_ref(row: &AnyRow, prefix: &str) -> StoreResult<Option<BodyRef>> {
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

pub fn source_ref(row: &AnyRow) -> StoreResult<Option<SourceRef>> {
    let key: Option<String> = row.try_get("source_key")?;
    let Some(key) = key else { return Ok(None) };
    Ok(Some(SourceRef {
        key,
        title: row.try_get("source_title")?,
        publisher: row.try_get("source_publisher")?,
        url: row.try_get("source_url")?,
    }))
}

pub fn vocab<T>(row: &AnyRow, column: &str, parse: fn(&str) -> Option<T>) -> StoreResult<T> {
    let key: String = row.try_get(column)?;
    parse(&key)
        .ok_or_else(|| StoreError::Corrupt(format!("unknown value '{key}' in column {column}")))
}

pub fn optional_vocab<T>(
    row: &AnyRow,
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
/// boolean value, which neither backend's integer columns are). Columns SQLite declares `BOOLEAN`
/// are selected as `CAST(x AS BIGINT)`: the `Any` driver refuses that declared type.
pub fn flag(row: &AnyRow, column: &str) -> StoreResult<bool> {
    Ok(row.try_get::<i64, _>(column)? != 0)
}

/// An optional floating-point value to bind (coordinates, a fact's number). sqlx 0.8's `Any` driver
/// sends a missing `f64` to PostgreSQL as a `real` (4 bytes) null: the statement is prepared and
/// cached with a `real` parameter, and the next present value, sent as 8 bytes, is refused ("incorrect
/// binary data format"). This sends the null as a `double precision` one, as the values are.
#[derive(Debug, Clone, Copy)]
pub struct Real(pub Option<f64>);

impl sqlx::Type<sqlx::Any> for Real {
    fn type_info() -> sqlx::any::AnyTypeInfo {
        <f64 as sqlx::Type<sqlx::Any>>::type_info()
    }
}

impl<'q> sqlx::Encode<'q, sqlx::Any> for Real {
    fn encode_by_ref(
        &self,
        buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer<'q>,
    ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
        match self.0 {
            Some(value) => <f64 as sqlx::Encode<'q, sqlx::Any>>::encode_by_ref(&value, buf),
            // The driver maps a `real` null to PostgreSQL's `double precision` and back.
            None => <Option<f32> as sqlx::Encode<'q, sqlx::Any>>::encode_by_ref(&None, buf),
        }
    }
}

/// An optional count or identifier that fits 32 bits unsigned (the `Any` driver reads integers
/// as `i64` only); a value outside that range is corrupt data.
pub fn optional_u32(row: &AnyRow, column: &str) -> StoreResult<Option<u32>> {
    let value: Option<i64> = row.try_get(column)?;
    value
        .map(|v| {
            u32::try_from(v)
                .map_err(|_| StoreError::Corrupt(format!("{column}: {v} is out of range")))
        })
        .transpose()
}

pub fn date(row: &AnyRow, column: &str) -> StoreResult<Option<PartialDate>> {
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
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect("sqlite::memory:")
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

    #[tokio::test]
    async fn unsigned_numbers_out_of_range_are_reported_as_corrupt() {
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect("sqlite::memory:")
            .await
            .unwrap();
        let row =
            sqlx::query("SELECT 2950159 AS id, NULL AS none, -1 AS negative, 4294967296 AS big")
                .fetch_one(&mut conn)
                .await
                .unwrap();
        assert_eq!(optional_u32(&row, "id").unwrap(), Some(2_950_159));
        assert_eq!(optional_u32(&row, "none").unwrap(), None);
        for column in ["negative", "big"] {
            assert!(matches!(
                optional_u32(&row, column),
                Err(StoreError::Corrupt(_))
            ));
        }
    }
}
