//! SQL assembled at run time, written with each backend's own placeholders: numbered (`$1`, `$2`,
//! …) for PostgreSQL, which requires them, and plain `?` for SQLite wherever the values follow one
//! another in the text. SQLite looks a named placeholder (`$n`) up among the statement's names one by
//! one, when it prepares the statement and again when sqlx binds each value, so a statement of n
//! numbered values costs time in n²: a 30 000-value insert took 5.1 s with `$n` and 19 ms with `?`
//! (the seed import of 20 000 bodies went from 2 s to 65 s). sqlx's own `QueryBuilder` writes whatever
//! its driver's arguments choose, which for the `Any` driver is `?` whatever the backend.
//!
//! The text is kept with a mark for each value ([`Param`]) and written out for the backend when the
//! statement is built: on SQLite a value named in order (the next number, first time) is a plain `?`,
//! any other (named twice, or out of order) `?NNN`, which SQLite numbers without a name lookup.

use std::fmt::{self, Display, Write};

use sqlx::query::{Query, QueryScalar};
use sqlx::{Arguments, Database, Encode, Type};

use super::{Backend, Db};

/// Encloses a value's number in the text until the statement is built. SQL the store writes never
/// holds a NUL character (values are bound, never written into the text).
const MARK: char = '\0';

/// A bound value's place in the text: written into SQL text (`format!("a = {param}")`) it stands for
/// the value, as often as the text needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Param(usize);

impl Display for Param {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{MARK}{}{MARK}", self.0)
    }
}

/// The backend of a connection (for code that holds a connection rather than the store).
pub(crate) fn backend_of(conn: &sqlx::AnyConnection) -> Backend {
    if conn.backend_name() == <sqlx::Sqlite as Database>::NAME {
        Backend::Sqlite
    } else {
        Backend::Postgres
    }
}

/// A statement being built for one backend: its text, the values bound so far, and the number the
/// next bound value gets. Values are numbered in the order they are bound, whatever the order of the
/// text they sit in.
pub(crate) struct SqlBuilder<'args> {
    backend: Backend,
    /// The text with each value's [`Param`] mark.
    text: String,
    /// The text as the backend reads it, written by [`Self::build`].
    sql: String,
    arguments: Option<<Db as Database>::Arguments<'args>>,
    count: usize,
}

impl<'args> SqlBuilder<'args> {
    pub fn new(backend: Backend, text: impl Into<String>) -> Self {
        SqlBuilder {
            backend,
            text: text.into(),
            sql: String::new(),
            arguments: Some(Default::default()),
            count: 0,
        }
    }

    /// A builder for `conn`'s backend, where only a connection is at hand (the multi-row inserts of
    /// the seed import and the search index).
    pub fn for_connection(text: impl Into<String>, conn: &sqlx::AnyConnection) -> Self {
        SqlBuilder::new(backend_of(conn), text)
    }

    /// Appends SQL text as it is (never a value: values go through [`Self::push_bind`]).
    pub fn push(&mut self, text: impl Display) -> &mut Self {
        write!(self.text, "{text}").expect("writing to a String cannot fail");
        self
    }

    /// Binds `value` and appends its placeholder.
    pub fn push_bind<T>(&mut self, value: T) -> &mut Self
    where
        T: 'args + Encode<'args, Db> + Type<Db>,
    {
        let param = self.bind(value);
        self.push(param)
    }

    /// Binds `value` without writing its placeholder, and returns its [`Param`], for a value the text
    /// names several times, or inside a fragment built apart.
    pub fn bind<T>(&mut self, value: T) -> Param
    where
        T: 'args + Encode<'args, Db> + Type<Db>,
    {
        let arguments = self.arguments.as_mut().expect("arguments taken by build");
        // Encoding the value types the store binds (text, integers, reals, bytes) cannot fail;
        // sqlx's own QueryBuilder makes the same assumption.
        arguments.add(value).expect("a bound value encodes");
        self.count += 1;
        Param(self.count)
    }

    /// Appends one placeholder after another, comma-separated, binding each value in turn (for
    /// `IN (…)`). An empty list becomes `NULL`: PostgreSQL refuses `IN ()`, and `x IN (NULL)` holds
    /// for no row, as SQLite's `IN ()` does. (Not for `NOT IN`, which `NULL` would make hold for no
    /// row either.)
    pub fn push_bind_list<T, I>(&mut self, values: I) -> &mut Self
    where
        I: IntoIterator<Item = T>,
        T: 'args + Encode<'args, Db> + Type<Db>,
    {
        let mut empty = true;
        for value in values {
            if !empty {
                self.push(", ");
            }
            empty = false;
            self.push_bind(value);
        }
        if empty {
            self.push("NULL");
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

    /// The text as the backend reads it. On SQLite the values are plain `?` from the start of the
    /// text for as long as each is the next value and named nowhere else; from the first that is not,
    /// every value names its number (`?NNN`). sqlx gives the k-th placeholder without a name the k-th
    /// value, so a plain `?` is only right while every placeholder before it is plain too.
    fn written(&self) -> String {
        let mut marks = Vec::with_capacity(self.count);
        let mut mentions = vec![0_u32; self.count + 1];
        let mut from = 0;
        while let Some(start) = self.text[from..].find(MARK).map(|i| from + i) {
            let length = self.text[start + 1..]
                .find(MARK)
                .expect("a value's mark is closed");
            let end = start + 1 + length + 1;
            let number: usize = self.text[start + 1..end - 1]
                .parse()
                .expect("a value's mark holds its number");
            mentions[number] += 1;
            marks.push((start, end, number));
            from = end;
        }
        let plain = match self.backend {
            Backend::Sqlite => marks
                .iter()
                .enumerate()
                .take_while(|&(i, &(_, _, number))| number == i + 1 && mentions[number] == 1)
                .count(),
            Backend::Postgres => 0,
        };
        let mut sql = String::with_capacity(self.text.len() + 4 * marks.len());
        let mut from = 0;
        for (i, &(start, end, number)) in marks.iter().enumerate() {
            sql.push_str(&self.text[from..start]);
            match self.backend {
                Backend::Sqlite if i < plain => sql.push('?'),
                Backend::Sqlite => {
                    write!(sql, "?{number}").expect("writing to a String cannot fail")
                }
                Backend::Postgres => {
                    write!(sql, "${number}").expect("writing to a String cannot fail")
                }
            }
            from = end;
        }
        sql.push_str(&self.text[from..]);
        sql
    }

    /// The text so far, as the backend would read it.
    #[cfg(test)]
    pub fn sql(&self) -> String {
        self.written()
    }

    fn take_arguments(&mut self) -> <Db as Database>::Arguments<'args> {
        let arguments = self.arguments.take().expect("a builder is built once");
        self.sql = self.written();
        arguments
    }

    /// The statement, ready to run (once).
    pub fn build(&mut self) -> Query<'_, Db, <Db as Database>::Arguments<'_>> {
        let arguments = self.take_arguments();
        sqlx::query_with(&self.sql, arguments)
    }

    /// The statement as a query for one column.
    pub fn build_query_scalar<O>(
        &mut self,
    ) -> QueryScalar<'_, Db, O, <Db as Database>::Arguments<'_>>
    where
        (O,): for<'r> sqlx::FromRow<'r, <Db as Database>::Row>,
    {
        let arguments = self.take_arguments();
        sqlx::query_scalar_with(&self.sql, arguments)
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

    use sqlx::Connection;

    const BOTH: [Backend; 2] = [Backend::Sqlite, Backend::Postgres];

    /// The same statement built on both backends: (SQLite's text, PostgreSQL's text).
    fn texts(build: impl Fn(&mut SqlBuilder<'static>)) -> (String, String) {
        let [sqlite, postgres] = BOTH.map(|backend| {
            let mut q = SqlBuilder::new(backend, "");
            build(&mut q);
            q.sql()
        });
        (sqlite, postgres)
    }

    async fn sqlite() -> sqlx::AnyConnection {
        sqlx::any::install_default_drivers();
        sqlx::AnyConnection::connect("sqlite::memory:")
            .await
            .unwrap()
    }

    #[test]
    fn values_in_text_order_are_plain_on_sqlite_and_numbered_on_postgres() {
        let (sqlite, postgres) = texts(|q| {
            q.push("SELECT 1 WHERE a = ")
                .push_bind("x")
                .push(" AND b IN (")
                .push_bind_list([1_i64, 2, 3]);
            q.push(") AND c = ").push_bind(7_i64);
        });
        assert_eq!(sqlite, "SELECT 1 WHERE a = ? AND b IN (?, ?, ?) AND c = ?");
        assert_eq!(
            postgres,
            "SELECT 1 WHERE a = $1 AND b IN ($2, $3, $4) AND c = $5"
        );
    }

    #[test]
    fn a_value_named_twice_is_numbered_on_both_and_so_is_every_value_after_it() {
        let (sqlite, postgres) = texts(|q| {
            q.push("SELECT 1 WHERE ");
            let n = q.bind(5_i64);
            q.push(format_args!("(a = {n} OR b = {n}) AND c = "))
                .push_bind("z");
        });
        assert_eq!(sqlite, "SELECT 1 WHERE (a = ?1 OR b = ?1) AND c = ?2");
        assert_eq!(postgres, "SELECT 1 WHERE (a = $1 OR b = $1) AND c = $2");
    }

    #[test]
    fn values_out_of_order_are_numbered_on_sqlite_from_the_first_one_out_of_place() {
        let (sqlite, postgres) = texts(|q| {
            q.push("SELECT ").push_bind(1_i64);
            let later = q.bind(2_i64);
            q.push(", ").push_bind(3_i64);
            q.push(format_args!(", {later}, ")).push_bind(4_i64);
        });
        assert_eq!(sqlite, "SELECT ?, ?3, ?2, ?4");
        assert_eq!(postgres, "SELECT $1, $3, $2, $4");
    }

    #[test]
    fn a_value_bound_first_and_written_last_numbers_them_all_on_sqlite() {
        let (sqlite, postgres) = texts(|q| {
            let later = q.bind(1_i64);
            q.push("SELECT ").push_bind(2_i64);
            q.push(format_args!(", {later}, ")).push_bind(3_i64);
        });
        assert_eq!(sqlite, "SELECT ?2, ?1, ?3");
        assert_eq!(postgres, "SELECT $2, $1, $3");
    }

    #[test]
    fn rows_of_values_are_numbered_across_rows_on_postgres_only() {
        let (sqlite, postgres) = texts(|q| {
            q.push("INSERT INTO t (a, b) ");
            q.push_values([(1_i64, "x"), (2, "y")], |mut row, (a, b)| {
                row.push_bind(a).push_bind(b);
            });
        });
        assert_eq!(sqlite, "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)");
        assert_eq!(postgres, "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)");
    }

    #[test]
    fn an_empty_list_binds_nothing_and_matches_nothing() {
        for backend in BOTH {
            let mut q = SqlBuilder::new(backend, "SELECT 1 WHERE a IN (");
            q.push_bind_list(Vec::<i64>::new()).push(")");
            assert_eq!(q.sql(), "SELECT 1 WHERE a IN (NULL)");
            assert_eq!(q.bind(1_i64), Param(1));
        }
    }

    #[test]
    fn text_without_values_is_written_as_it_is() {
        let (sqlite, postgres) = texts(|q| {
            q.push("SELECT '?', '$1', 'ü' WHERE 1 = 1");
        });
        assert_eq!(sqlite, "SELECT '?', '$1', 'ü' WHERE 1 = 1");
        assert_eq!(postgres, sqlite);
    }

    #[tokio::test]
    async fn a_builder_on_a_connection_takes_its_backend() {
        let conn = sqlite().await;
        assert_eq!(backend_of(&conn), Backend::Sqlite);
        let mut q = SqlBuilder::for_connection("SELECT ", &conn);
        q.push_bind(1_i64);
        assert_eq!(q.sql(), "SELECT ?");
    }

    #[tokio::test]
    async fn rows_for_sqlite_insert_their_values() {
        let mut conn = sqlite().await;
        sqlx::query("CREATE TABLE t (a INTEGER, b TEXT)")
            .execute(&mut conn)
            .await
            .unwrap();
        let mut q = SqlBuilder::for_connection("INSERT INTO t (a, b) ", &conn);
        q.push_values([(1_i64, "x"), (2, "y")], |mut row, (a, b)| {
            row.push_bind(a).push_bind(b);
        });
        q.build().execute(&mut conn).await.unwrap();
        let rows: Vec<(i64, String)> = sqlx::query_as("SELECT a, b FROM t ORDER BY a")
            .fetch_all(&mut conn)
            .await
            .unwrap();
        assert_eq!(rows, [(1, "x".to_owned()), (2, "y".to_owned())]);
    }

    #[tokio::test]
    async fn sqlite_gets_every_value_in_its_place_whether_plain_named_twice_or_out_of_order() {
        let mut conn = sqlite().await;
        // Plain while in order, then numbered from a value named twice: 1 + 20 + 300 + 20 = 341.
        let mut q = SqlBuilder::new(Backend::Sqlite, "SELECT ");
        q.push_bind(1_i64).push(" + ");
        let n = q.bind(20_i64);
        q.push(format_args!("{n} + ")).push_bind(300_i64);
        q.push(format_args!(" + {n}"));
        assert_eq!(q.sql(), "SELECT ? + ?2 + ?3 + ?2");
        let sum: i64 = q.build_query_scalar().fetch_one(&mut conn).await.unwrap();
        assert_eq!(sum, 341);
        // A value named twice before any other: 20 + 1 + 20 + 300 = 341.
        let mut q = SqlBuilder::new(Backend::Sqlite, "SELECT ");
        let n = q.bind(20_i64);
        q.push(format_args!("{n} + ")).push_bind(1_i64);
        q.push(format_args!(" + {n} + ")).push_bind(300_i64);
        let sum: i64 = q.build_query_scalar().fetch_one(&mut conn).await.unwrap();
        assert_eq!(sum, 341);
        // Out of order: the value bound first is written last. 'a' || 'b' || 'c'.
        let mut q = SqlBuilder::new(Backend::Sqlite, "SELECT ");
        let last = q.bind("c");
        q.push_bind("a").push(" || ").push_bind("b");
        q.push(format_args!(" || {last}"));
        let joined: String = q.build_query_scalar().fetch_one(&mut conn).await.unwrap();
        assert_eq!(joined, "abc");
    }

    #[tokio::test]
    async fn a_long_in_list_on_sqlite_is_plain_and_finds_its_rows() {
        let mut conn = sqlite().await;
        let ids: Vec<i64> = (1..=20_000).collect();
        let mut q = SqlBuilder::new(
            Backend::Sqlite,
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 30000) \
             SELECT COUNT(*) FROM n WHERE x IN (",
        );
        q.push_bind_list(ids.iter().copied()).push(")");
        assert!(!q.sql().contains("?1"), "no value is numbered");
        let count: i64 = q.build_query_scalar().fetch_one(&mut conn).await.unwrap();
        assert_eq!(count, 20_000);
    }

    /// What a statement does with its values: bind one and write it, bind one for later, or write
    /// one bound before (by its position among the values bound so far).
    #[derive(Debug, Clone)]
    enum Step {
        PushBind,
        Bind,
        Mention(usize),
    }

    fn step() -> impl proptest::strategy::Strategy<Value = Step> {
        use proptest::prelude::*;
        prop_oneof![
            3 => Just(Step::PushBind),
            1 => Just(Step::Bind),
            2 => (0..8_usize).prop_map(Step::Mention),
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
        #[test]
        fn sqlite_reads_every_placeholder_as_the_value_it_stands_for(
            steps in proptest::collection::vec(step(), 1..16)
        ) {
            let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
            let mut conn = runtime.block_on(sqlite());
            let mut q = SqlBuilder::new(Backend::Sqlite, "SELECT ''");
            let mut bound = Vec::new();
            let mut expected = String::new();
            for step in steps {
                let value = format!("v{}", bound.len() + 1);
                let written = match step {
                    Step::PushBind | Step::Bind => {
                        let param = q.bind(value.clone());
                        bound.push((param, value));
                        matches!(step, Step::PushBind).then(|| bound.len() - 1)
                    }
                    Step::Mention(i) if !bound.is_empty() => Some(i % bound.len()),
                    Step::Mention(_) => None,
                };
                if let Some(i) = written {
                    let (param, value) = &bound[i];
                    q.push(format_args!(" || ',' || {param}"));
                    expected.push(',');
                    expected.push_str(value);
                }
            }
            let got: String = runtime
                .block_on(q.build_query_scalar().fetch_one(&mut conn))
                .unwrap();
            proptest::prop_assert_eq!(got, expected);
        }
    }
}
