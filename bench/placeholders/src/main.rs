//! One `SELECT COUNT(*) FROM t WHERE id IN (…)` with n bound values through sqlx's `Any` driver on
//! SQLite, as the store runs its statements, in the three placeholder forms the store's SqlBuilder
//! can write: `$1, $2, …` (every statement until commit af439da), `?1, ?2, …` (SQLite since then
//! from the first value named twice or out of order) and plain `?` (SQLite otherwise). Each is run
//! fresh (prepared for this one run) and from sqlx's statement cache (the same text again, as a
//! server runs a page's statements); the best of several runs, in milliseconds.

use std::time::Instant;

use sqlx::any::AnyArguments;
use sqlx::{Any, Arguments, Connection};

#[derive(Clone, Copy)]
enum Form {
    Dollar,
    Question,
    Plain,
}

fn statement(n: usize, form: Form) -> String {
    let list: Vec<String> = (1..=n)
        .map(|i| match form {
            Form::Dollar => format!("${i}"),
            Form::Question => format!("?{i}"),
            Form::Plain => "?".to_owned(),
        })
        .collect();
    format!("SELECT COUNT(*) FROM t WHERE id IN ({})", list.join(", "))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect("sqlite::memory:")
        .await
        .unwrap();
    sqlx::query("CREATE TABLE t (id INTEGER PRIMARY KEY)")
        .execute(&mut conn)
        .await
        .unwrap();
    sqlx::query(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 30000) \
         INSERT INTO t SELECT x FROM n",
    )
    .execute(&mut conn)
    .await
    .unwrap();
    println!(
        "{:>6} | {:>10} {:>10} {:>10} | {:>10} {:>10} {:>10}",
        "values", "$n fresh", "?n fresh", "? fresh", "$n cached", "?n cached", "? cached"
    );
    for n in [10, 60, 400, 1000, 5000, 30000] {
        let mut row = Vec::new();
        for persistent in [false, true] {
            for form in [Form::Dollar, Form::Question, Form::Plain] {
                let text = statement(n, form);
                let slow = n >= 5000 && !matches!(form, Form::Plain);
                let runs = if slow { 3 } else { 20 };
                let mut best = f64::MAX;
                for _ in 0..runs {
                    let mut arguments = AnyArguments::default();
                    for i in 1..=n {
                        arguments.add(i as i64).unwrap();
                    }
                    let started = Instant::now();
                    let (count,): (i64,) = sqlx::query_as_with::<Any, _, _>(&text, arguments)
                        .persistent(persistent)
                        .fetch_one(&mut conn)
                        .await
                        .unwrap();
                    best = best.min(started.elapsed().as_secs_f64() * 1000.0);
                    assert_eq!(count as usize, n, "every value found");
                }
                row.push(best);
            }
        }
        println!(
            "{:>6} | {:>10.3} {:>10.3} {:>10.3} | {:>10.3} {:>10.3} {:>10.3}",
            n, row[0], row[1], row[2], row[3], row[4], row[5]
        );
    }
}
