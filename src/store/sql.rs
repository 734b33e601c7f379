//! SQL assembled at run time with numbered placeholders (`$1`, `$2`, …), the one placeholder form
//! both SQLite and PostgreSQL understand. sqlx's own `QueryBuilder` writes whatever placeholder its
//! driver's arguments choose, which for the `Any` driver is `?`, unknown to PostgreSQL.

use std::fmt::Display;

use sqlx::query::{Query, QueryScalar};
use sqlx::{Arguments, Database, Encode, Type};

use super::Db;

/// A statement being built: its text, the values bound so far, and the number the next bound value
/// gets. Values are numbered in the order they are bound, whatever the order of the text they sit in.
pub(crate) struct SqlBuilder<'args> {
    text: String,
    arguments: Option<<Db as Database>::Arguments<'args>>,
    count: usize,
    /// Plain `?` instead of `$n`, for SQLite's large multi-row inserts (see [`Self::for_rows`]).
    anonymous: bool,
}

impl<'args> SqlBuilder<'args> {
    pub fn new(text: impl Into<String>) -> Self {
        SqlBuilder {
            text: text.into(),
            arguments: Some(Default::default()),
            count: 0,
            anonymous: false,
        }
    }

    /// A builder for a statement of many rows on `conn`: on SQLite its placeholders are plain `?`.
    /// SQLite looks a named placeholder (`$n`) up among the statement's names one by one, so
    /// preparing a statement of n of them costs time in n²: a 30 000-value insert took 5.1 s with
    /// `$n` and 19 ms with `?` (the seed import of 20 000 bodies went from 2 s to 65 s). Values of
    /// such a builder are never named twice ([`Self::bind`] is not for it).
    pub fn for_rows(text: impl Into<String>, conn: &sqlx::AnyConnection) -> Self {
        SqlBuilder {
            anonymous: conn.backend_name() == <sqlx::Sqlite as Database>::NAME,
            ..SqlBuilder::new(text)
        }
    }

    /// Appends SQL text as it is (never a value: values go through [`Self::push_bind`]).
    pub fn push(&mut self, text: impl Display) -> &mut Self {
        use std::fmt::Write;
        write!(self.text, "{text}").expect("writing to a String cannot fail");
        self
    }

    /// Binds `value` and appends its placeholder.
    pub fn push_bind<T>(&mut self, value: T) -> &mut Self
    where
        T: 'args + Encode<'args, Db> + Type<Db>,
    {
        let number = self.add(value);
        if self.anonymous {
            self.push("?")
        } else {
            self.push(format_args!("${number}"))
        }
    }

    /// Binds `value` without writing its placeholder, and returns its number, for a value the text
    /// names several times (`$3`), or inside a fragment built apart.
    pub fn bind<T>(&mut self, value: T) -> usize
    where
        T: 'args + Encode<'args, Db> + Type<Db>,
    {
        assert!(
            !self.anonymous,
            "a value named by number needs numbered placeholders"
        );
        self.add(value)
    }

    fn add<T>(&mut self, value: T) -> usize
    where
        T: 'args + Encode<'args, Db> + Type<Db>,
    {
        let arguments = self.arguments.as_mut().expect("arguments taken by build");
        // Encoding the value types the store binds (text, integers, reals, bytes) cannot fail;
        // sqlx's own QueryBuilder makes the same assumption.
        arguments.add(value).expect("a bound value encodes");
        self.count += 1;
        self.count
    }

    /// Appends `$n, $m, …` binding each value in turn (for `IN (…)`).
    pub fn push_bind_list<T, I>(&mut self, values: I) -> &mut Self
    where
        I: IntoIterator<Item = T>,
        T: 'args + Encode<'args, Db> + Type<Db>,
    {
        for (i, value) in values.into_iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.push_bind(value);
        }
        self
    }

    /// Appends `VALUES (…), (…)`, one parenthesised row per item; `push_row` binds the item's values.
    pub fn push_values<I, F>(&mut self, rows: I, mut push_row: F) -> &mut Self
    where
        I: IntoIterator,
        F: FnMut(ValuesRow<'_, 'args>, I::Item),
    {
        self.push("VALUES ");
        for (i, item) in rows.into_iter().enumerate() {
            self.push(if i == 0 { "(" } else { ", (" });
            push_row(
                ValuesRow {
                    builder: self,
                    first: true,
                },
                item,
            );
            self.push(")");
        }
        self
    }

    /// The text so far.
    #[cfg(test)]
    pub fn sql(&self) -> &str {
        &self.text
    }

    fn take_arguments(&mut self) -> <Db as Database>::Arguments<'args> {
        self.arguments.take().expect("a builder is built once")
    }

    /// The statement, ready to run (once).
    pub fn build(&mut self) -> Query<'_, Db, <Db as Database>::Arguments<'_>> {
        let arguments = self.take_arguments();
        sqlx::query_with(&self.text, arguments)
    }

    /// The statement as a query for one column.
    pub fn build_query_scalar<O>(
        &mut self,
    ) -> QueryScalar<'_, Db, O, <Db as Database>::Arguments<'_>>
    where
        (O,): for<'r> sqlx::FromRow<'r, <Db as Database>::Row>,
    {
        let arguments = self.take_arguments();
        sqlx::query_scalar_with(&self.text, arguments)
    }
}

/// One row of [`SqlBuilder::push_values`]: its values are separated by commas.
pub(crate) struct ValuesRow<'b, 'args> {
    builder: &'b mut SqlBuilder<'args>,
    first: bool,
}

impl<'args> ValuesRow<'_, 'args> {
    pub fn push_bind<T>(&mut self, value: T) -> &mut Self
    where
        T: 'args + Encode<'args, Db> + Type<Db>,
    {
        if !std::mem::take(&mut self.first) {
            self.builder.push(", ");
        }
        self.builder.push_bind(value);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bound_values_are_numbered_in_the_order_they_are_bound() {
        let mut q = SqlBuilder::new("SELECT 1 WHERE a = ");
        q.push_bind("x")
            .push(" AND b IN (")
            .push_bind_list([1_i64, 2, 3]);
        q.push(") AND c = ").push_bind(7_i64);
        assert_eq!(
            q.sql(),
            "SELECT 1 WHERE a = $1 AND b IN ($2, $3, $4) AND c = $5"
        );
    }

    #[test]
    fn a_value_bound_apart_can_be_named_twice() {
        let mut q = SqlBuilder::new("SELECT 1 WHERE ");
        let n = q.bind(5_i64);
        q.push(format_args!("(a = ${n} OR b = ${n}) AND c = "))
            .push_bind("z");
        assert_eq!(q.sql(), "SELECT 1 WHERE (a = $1 OR b = $1) AND c = $2");
    }

    #[test]
    fn rows_of_values_are_numbered_across_rows() {
        let mut q = SqlBuilder::new("INSERT INTO t (a, b) ");
        q.push_values([(1_i64, "x"), (2, "y")], |mut row, (a, b)| {
            row.push_bind(a).push_bind(b);
        });
        assert_eq!(q.sql(), "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)");
    }

    #[test]
    fn an_empty_list_binds_nothing() {
        let mut q = SqlBuilder::new("SELECT 1 WHERE a IN (");
        q.push_bind_list(Vec::<i64>::new()).push(")");
        assert_eq!(q.sql(), "SELECT 1 WHERE a IN ()");
        assert_eq!(q.bind(1_i64), 1);
    }

    #[tokio::test]
    async fn rows_for_sqlite_get_plain_placeholders_and_insert_their_values() {
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect("sqlite::memory:")
            .await
            .unwrap();
        sqlx::query("CREATE TABLE t (a INTEGER, b TEXT)")
            .execute(&mut conn)
            .await
            .unwrap();
        let mut q = SqlBuilder::for_rows("INSERT INTO t (a, b) ", &conn);
        q.push_values([(1_i64, "x"), (2, "y")], |mut row, (a, b)| {
            row.push_bind(a).push_bind(b);
        });
        assert_eq!(q.sql(), "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)");
        q.build().execute(&mut conn).await.unwrap();
        let rows: Vec<(i64, String)> = sqlx::query_as("SELECT a, b FROM t ORDER BY a")
            .fetch_all(&mut conn)
            .await
            .unwrap();
        assert_eq!(rows, [(1, "x".to_owned()), (2, "y".to_owned())]);
    }

    #[tokio::test]
    async fn the_built_statement_runs_with_its_values() {
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect("sqlite::memory:")
            .await
            .unwrap();
        let mut q = SqlBuilder::new("SELECT ");
        let n = q.bind(20_i64);
        q.push(format_args!("${n} + ")).push_bind(1_i64);
        q.push(format_args!(" + ${n}"));
        let sum: i64 = q.build_query_scalar().fetch_one(&mut conn).await.unwrap();
        assert_eq!(sum, 41);
    }
}
