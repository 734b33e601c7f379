//! A registry larger than one run of the seed file's parse (500 elements) and one batch of the
//! search index rebuild (4 000 bodies): all of it is imported, and every name of every body is in
//! the index under its own body.

use partnerportal::domain::search::Folded;
use partnerportal::io::generate::{Size, write_seed};
use partnerportal::io::seed_format::SeedFile;
use partnerportal::store::Store;

use crate::fresh_database::FreshDatabase;

#[tokio::test]
async fn a_registry_of_nine_thousand_bodies_is_imported_whole_and_every_name_is_found() {
    let mut text = Vec::new();
    let size = Size {
        bodies: 9_000,
        partnerships: 1_200,
        seed: 5,
    };
    write_seed(size, &mut text).unwrap();
    let seed = SeedFile::parse(&String::from_utf8(text).unwrap()).unwrap();
    let names: usize = seed.bodies.iter().map(|b| 1 + b.names.len()).sum();
    assert!(names > 9_000, "some bodies have other names");

    let database = FreshDatabase::new("large.sqlite3").await;
    let store = Store::open(&database.location).await.unwrap();
    let report = store.import_seed(&seed).await.unwrap();
    assert_eq!(
        (report.bodies, report.partnerships),
        (9_000, 1_200),
        "{report:?}"
    );
    let facts: usize = seed.bodies.iter().map(|b| b.facts.len()).sum();
    assert_eq!(report.facts, facts as u64);

    let mut db = database.db().await;
    let indexed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM search_names")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(indexed, names as i64);
    // Each body's names take the rowids of its own range (65 536 from body_id * 65 536 on).
    let elsewhere: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM search_names WHERE rowid < body_id * 65536 OR rowid >= (body_id + 1) * 65536",
    )
    .fetch_one(&mut db)
    .await
    .unwrap();
    assert_eq!(elsewhere, 0);

    // Bodies from the first, a middle and the last batch of the rebuild are found by their names.
    for body in [&seed.bodies[0], &seed.bodies[4_500], &seed.bodies[8_999]] {
        for name in std::iter::once(&body.name).chain(body.names.iter().map(|n| &n.name)) {
            let found = store
                .name_candidates(&Folded::new(name).text)
                .await
                .unwrap();
            assert!(
                found.iter().any(|c| &c.name == name),
                "'{name}' of '{}' is found",
                body.slug
            );
        }
    }
    drop(db);
    store.close().await;
}
