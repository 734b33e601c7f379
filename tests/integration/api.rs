//! The JSON API under /api/v1, /healthz and the OpenAPI document.

use std::collections::{BTreeMap, BTreeSet};

use partnerportal::domain::vocab::{PartnershipKind, PartnershipLevel, PartnershipStatus, Topic};
use partnerportal::io::seed_format::SeedFile;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use serde_json::{Value, json};

use crate::common::{percent_encode, seed, slug_set, slugs, spawn_app};

/// Expected totals of partnership filters, counted by hand from the seed page.
const PARTNERSHIP_FILTERS: &[(&str, u64)] = &[
    ("", 26),
    ("country=FR", 11),
    ("country=fr", 11),
    ("country=%20FR%20", 11),
    ("country=DE", 26),
    ("country=PL", 3),
    ("country=RO", 3),
    ("country=CZ", 2),
    ("country=CH", 2),
    ("country=SK", 1),
    ("country=DK", 1),
    ("country=IT", 1),
    ("country=VN", 1),
    ("country=NG", 1),
    ("country=NE", 0),
    ("country=US", 0),
    ("topic=economy", 4),
    ("topic=tourism", 2),
    ("topic=health_social", 3),
    ("topic=culture_heritage", 3),
    ("topic=sport", 2),
    ("topic=public_administration", 1),
    ("topic=volunteering", 1),
    ("topic=environment", 1),
    ("level=district", 4),
    ("level=municipal", 22),
    ("level=village", 0),
    ("status=active", 26),
    ("status=dormant", 0),
    ("status=ended", 0),
    ("kind=friendship", 2),
    ("kind=partnership", 23),
    ("kind=contact", 1),
    ("kind=project", 0),
    ("body=landkreis-harz", 4),
    ("body=osterwieck", 6),
    ("body=halberstadt", 3),
    ("body=konskie", 1),
    ("body=bad-suderode", 1),
    ("body=landkreis-halberstadt", 0),
    ("body=no-such-body", 0),
    ("within=landkreis-harz", 21),
    ("within=powiat-konecki", 1),
    ("within=sachsen-anhalt", 4),
    ("within=winterthur", 1),
    ("within=no-such-body", 0),
    ("country=FR&level=municipal", 10),
    ("country=RO&topic=economy", 2),
    ("level=municipal&within=landkreis-harz", 21),
    ("level=municipal&kind=contact&country=PL", 1),
    ("body=osterwieck&country=CH", 2),
    ("within=landkreis-harz&country=FR", 10),
    ("topic=tourism&level=municipal", 0),
];

// ------------------------------------------------------------------------------------------------
// Partnerships
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn partnership_list_holds_all_26_partnerships_of_the_seed() {
    let app = spawn_app().await;
    let body = app.api("/api/v1/partnerships").await;
    assert_eq!(body["total"], 26);
    assert_eq!(body["page"], 1);
    assert_eq!(body["per_page"], 50);
    let items = body["items"].as_array().unwrap();
    assert_eq!(items.len(), 26);
    let expected: BTreeSet<String> = seed()
        .partnerships
        .iter()
        .map(SeedFile::partnership_slug)
        .collect();
    assert_eq!(slug_set(items), expected);
    let count = |level: &str| items.iter().filter(|p| p["level"] == level).count();
    assert_eq!(count("district"), 4);
    assert_eq!(
        count("municipal"),
        22,
        "21 twinnings and the Bad Suderode–Końskie contact"
    );
    // District partnerships come first.
    assert!(items[..4].iter().all(|p| p["level"] == "district"));
    assert!(slugs(items).contains(&"bad-suderode-konskie".to_owned()));
}

#[tokio::test]
async fn partnership_filters_answer_the_counts_of_the_seed() {
    let app = spawn_app().await;
    for (query, expected) in PARTNERSHIP_FILTERS {
        let total = app.total(&format!("/api/v1/partnerships?{query}")).await;
        assert_eq!(total, *expected, "/api/v1/partnerships?{query}");
        let items = app
            .all_items(&format!("/api/v1/partnerships?{query}"))
            .await;
        assert_eq!(items.len() as u64, *expected, "{query}");
    }
}

#[tokio::test]
async fn every_item_a_filter_returns_satisfies_it() {
    let app = spawn_app().await;
    let sides = |p: &Value| [p["home"].clone(), p["partner"].clone()];
    for item in app.all_items("/api/v1/partnerships?country=fr").await {
        assert!(sides(&item).iter().any(|b| b["country"] == "FR"), "{item}");
    }
    for item in app.all_items("/api/v1/partnerships?topic=tourism").await {
        assert!(
            item["topics"]
                .as_array()
                .unwrap()
                .contains(&json!("tourism")),
            "{item}"
        );
    }
    for item in app.all_items("/api/v1/partnerships?level=municipal").await {
        assert_eq!(item["level"], "municipal");
    }
    for item in app.all_items("/api/v1/partnerships?kind=friendship").await {
        assert_eq!(item["kind"], "friendship");
    }
    for item in app.all_items("/api/v1/partnerships?body=halberstadt").await {
        assert!(
            sides(&item).iter().any(|b| b["slug"] == "halberstadt"),
            "{item}"
        );
    }
}

/// Counts computed from the seed file for every value of every filter, rather than by hand.
#[tokio::test]
async fn filter_counts_agree_with_the_seed_for_every_value() {
    let app = spawn_app().await;
    let seed = seed();
    let bodies: BTreeMap<&str, &partnerportal::io::seed_format::Body> =
        seed.bodies.iter().map(|b| (b.slug.as_str(), b)).collect();
    let partners = |p: &partnerportal::io::seed_format::Partnership| {
        [bodies[p.bodies[0].as_str()], bodies[p.bodies[1].as_str()]]
    };
    let mut expectations: Vec<(String, usize)> = Vec::new();
    let countries: BTreeSet<&str> = seed.bodies.iter().map(|b| b.country.as_str()).collect();
    for country in countries {
        let n = seed
            .partnerships
            .iter()
            .filter(|p| partners(p).iter().any(|b| b.country.as_str() == country))
            .count();
        expectations.push((format!("country={country}"), n));
    }
    for topic in Topic::ALL {
        let n = seed
            .partnerships
            .iter()
            .filter(|p| p.topics.contains(topic))
            .count();
        expectations.push((format!("topic={topic}"), n));
    }
    for level in PartnershipLevel::ALL {
        let n = seed
            .partnerships
            .iter()
            .filter(|p| p.level == *level)
            .count();
        expectations.push((format!("level={level}"), n));
    }
    for kind in PartnershipKind::ALL {
        let n = seed.partnerships.iter().filter(|p| p.kind == *kind).count();
        expectations.push((format!("kind={kind}"), n));
    }
    for status in PartnershipStatus::ALL {
        let n = seed
            .partnerships
            .iter()
            .filter(|p| p.status == *status)
            .count();
        expectations.push((format!("status={status}"), n));
    }
    for body in &seed.bodies {
        let slug = body.slug.as_str();
        let involved = seed
            .partnerships
            .iter()
            .filter(|p| p.bodies.iter().any(|b| b.as_str() == slug))
            .count();
        expectations.push((format!("body={slug}"), involved));
        let members = seed
            .partnerships
            .iter()
            .filter(|p| {
                partners(p).iter().any(|b| {
                    b.parent
                        .as_ref()
                        .is_some_and(|parent| parent.as_str() == slug)
                })
            })
            .count();
        expectations.push((format!("within={slug}"), members));
    }
    for (query, expected) in expectations {
        let total = app.total(&format!("/api/v1/partnerships?{query}")).await;
        assert_eq!(total, expected as u64, "/api/v1/partnerships?{query}");
    }
}

#[tokio::test]
async fn ten_a_page_gives_three_disjoint_pages_that_together_are_complete() {
    let app = spawn_app().await;
    let mut all = Vec::new();
    for (page, size) in [(1, 10), (2, 10), (3, 6)] {
        let body = app
            .api(&format!("/api/v1/partnerships?per_page=10&page={page}"))
            .await;
        assert_eq!(body["total"], 26);
        assert_eq!(body["page"], page);
        assert_eq!(body["per_page"], 10);
        let items = body["items"].as_array().unwrap();
        assert_eq!(items.len(), size, "page {page}");
        all.extend(slugs(items));
    }
    let beyond = app.api("/api/v1/partnerships?per_page=10&page=4").await;
    assert_eq!(beyond["items"], json!([]));
    assert_eq!(beyond["total"], 26);
    let distinct: BTreeSet<&String> = all.iter().collect();
    assert_eq!(distinct.len(), 26, "no partnership on two pages");
    let one_page = slugs(
        app.api("/api/v1/partnerships?per_page=500").await["items"]
            .as_array()
            .unwrap(),
    );
    assert_eq!(all, one_page, "the pages keep the order of the whole list");
}

#[tokio::test]
async fn a_partnership_in_detail_has_its_milestones_with_dates_qualifiers_types_and_acting_bodies()
{
    let app = spawn_app().await;
    let p = app.api("/api/v1/partnerships/harz-bistrita-nasaud").await;
    assert_eq!(p["slug"], "harz-bistrita-nasaud");
    assert_eq!(p["home"]["slug"], "landkreis-harz");
    assert_eq!(p["partner"]["slug"], "bistrita-nasaud");
    assert_eq!(p["partner"]["display_name"], "Kreis Bistrița-Năsăud");
    assert_eq!(p["partner"]["name"], "Județul Bistrița-Năsăud");
    assert_eq!(p["partner"]["country"], "RO");
    assert_eq!(p["level"], "district");
    assert_eq!(p["kind"], "partnership");
    assert_eq!(p["status"], "active");
    assert_eq!(p["since"], "2003");
    assert_eq!(p["topics"], json!(["economy", "health_social"]));
    assert_eq!(p["source"]["key"], "lk-harz-europa");
    assert_eq!(p["source"]["title"], "Dialog auf europäischer Ebene!");
    assert!(
        p["narrative"]["de"]
            .as_str()
            .unwrap()
            .starts_with("Anfang 2003")
    );
    assert!(p["note"].as_str().unwrap().contains("2009"));
    let milestones = p["milestones"].as_array().unwrap();
    let story: Vec<(Value, Value, Value, Vec<String>)> = milestones
        .iter()
        .map(|m| {
            (
                m["date"].clone(),
                m["qualifier"].clone(),
                m["type"].clone(),
                slugs(m["bodies"].as_array().unwrap()),
            )
        })
        .collect();
    assert_eq!(
        story,
        vec![
            (
                json!("2003"),
                json!("early"),
                json!("declaration_of_intent"),
                vec![
                    "landkreis-halberstadt".to_owned(),
                    "bistrita-nasaud".to_owned()
                ]
            ),
            (
                json!("2003"),
                json!("late"),
                json!("contract"),
                vec![
                    "landkreis-halberstadt".to_owned(),
                    "bistrita-nasaud".to_owned()
                ]
            ),
            (
                json!("2009"),
                Value::Null,
                json!("transfer"),
                vec![
                    "landkreis-halberstadt".to_owned(),
                    "landkreis-harz".to_owned()
                ]
            ),
        ]
    );
    for m in milestones {
        assert_eq!(m["partnership"], "harz-bistrita-nasaud");
        assert!(m["id"].is_i64());
        assert!(m["note"]["de"].is_string());
    }
}

#[tokio::test]
async fn a_district_partnership_lists_the_member_town_contact_inside_it() {
    let app = spawn_app().await;
    let konecki = app.api("/api/v1/partnerships/harz-konecki").await;
    let children = konecki["children"].as_array().unwrap();
    assert_eq!(slugs(children), ["bad-suderode-konskie"]);
    assert_eq!(children[0]["home"]["slug"], "bad-suderode");
    assert_eq!(children[0]["partner"]["display_name"], "Końskie");
    let contact = app.api("/api/v1/partnerships/bad-suderode-konskie").await;
    assert_eq!(contact["parent"], "harz-konecki");
    assert_eq!(contact["kind"], "contact");
    assert_eq!(contact["level"], "municipal");
    assert_eq!(contact["milestones"], json!([]));
    // An undated milestone has no date and no qualifier.
    let first = &konecki["milestones"][0];
    assert_eq!(first["type"], "friendship");
    assert_eq!(first["date"], Value::Null);
    assert_eq!(first["qualifier"], Value::Null);
}

// ------------------------------------------------------------------------------------------------
// Bodies, facts, milestones, health
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn body_list_holds_every_body_and_filters_by_country_and_kind() {
    let app = spawn_app().await;
    let seed = seed();
    let all = app.all_items("/api/v1/bodies").await;
    assert_eq!(all.len(), 46);
    assert_eq!(all.len(), seed.bodies.len());
    let expected: BTreeSet<String> = seed.bodies.iter().map(|b| b.slug.to_string()).collect();
    assert_eq!(slug_set(&all), expected);
    let countries: Vec<&str> = all.iter().map(|b| b["country"].as_str().unwrap()).collect();
    assert!(
        countries.windows(2).all(|w| w[0] <= w[1]),
        "sorted by country"
    );

    assert_eq!(app.total("/api/v1/bodies?country=DE").await, 14);
    assert_eq!(app.total("/api/v1/bodies?country=fr").await, 12);
    assert_eq!(app.total("/api/v1/bodies?country=RO").await, 5);
    assert_eq!(app.total("/api/v1/bodies?country=US").await, 0);
    assert_eq!(app.total("/api/v1/bodies?kind=district").await, 7);
    assert_eq!(app.total("/api/v1/bodies?kind=locality").await, 1);
    assert_eq!(
        app.total("/api/v1/bodies?country=DE&kind=municipality")
            .await,
        9
    );
    assert_eq!(app.total("/api/v1/bodies?country=&kind=").await, 46);
    for (query, country, kind) in [
        ("country=DE", Some("DE"), None),
        ("kind=department", None, Some("department")),
        ("country=PL&kind=district", Some("PL"), Some("district")),
    ] {
        let items = app.all_items(&format!("/api/v1/bodies?{query}")).await;
        let expected = seed
            .bodies
            .iter()
            .filter(|b| country.is_none_or(|c| b.country.as_str() == c))
            .filter(|b| kind.is_none_or(|k| b.kind.as_str() == k))
            .count();
        assert_eq!(items.len(), expected, "{query}");
        for item in items {
            if let Some(c) = country {
                assert_eq!(item["country"], c);
            }
            if let Some(k) = kind {
                assert_eq!(item["kind"], k);
            }
        }
    }
}

#[tokio::test]
async fn body_list_pages_are_disjoint_and_complete() {
    let app = spawn_app().await;
    let mut seen = Vec::new();
    for (page, size) in [(1, 20), (2, 20), (3, 6), (4, 0)] {
        let body = app
            .api(&format!("/api/v1/bodies?per_page=20&page={page}"))
            .await;
        assert_eq!(body["total"], 46);
        let items = body["items"].as_array().unwrap();
        assert_eq!(items.len(), size, "page {page}");
        seen.extend(slugs(items));
    }
    let distinct: BTreeSet<&String> = seen.iter().collect();
    assert_eq!(distinct.len(), 46);
}

#[tokio::test]
async fn a_body_in_detail_has_names_facts_predecessors_successors_and_members() {
    let app = spawn_app().await;
    let harz = app.api("/api/v1/bodies/landkreis-harz").await;
    assert_eq!(harz["slug"], "landkreis-harz");
    assert_eq!(harz["kind"], "district");
    assert_eq!(harz["parent"]["slug"], "sachsen-anhalt");
    assert_eq!(harz["valid_from"], "2007");
    let predecessors: BTreeSet<String> = harz["predecessors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            assert_eq!(s["kind"], "merger");
            assert_eq!(s["date"], "2007");
            assert_eq!(s["successor"]["slug"], "landkreis-harz");
            s["predecessor"]["slug"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(
        predecessors,
        BTreeSet::from([
            "landkreis-halberstadt".to_owned(),
            "landkreis-quedlinburg".to_owned(),
            "landkreis-wernigerode".to_owned()
        ])
    );
    assert_eq!(
        slugs(harz["children"].as_array().unwrap()),
        [
            "blankenburg-harz",
            "halberstadt",
            "harzgerode",
            "oberharz-am-brocken",
            "osterwieck",
            "quedlinburg",
            "thale",
            "wernigerode"
        ]
    );

    let purhus = app.api("/api/v1/bodies/purhus").await;
    assert_eq!(purhus["valid_to"], "2007-01");
    let successors = purhus["successors"].as_array().unwrap();
    assert_eq!(successors.len(), 1);
    assert_eq!(successors[0]["successor"]["slug"], "randers");
    assert_eq!(successors[0]["kind"], "incorporation");
    assert_eq!(successors[0]["date"], "2007-01");

    let iasi = app.api("/api/v1/bodies/iasi").await;
    assert_eq!(iasi["display_name"], "Kreis Iași");
    assert_eq!(iasi["name"], "Județul Iași");
    assert_eq!(iasi["website"], "http://www.icc.ro/");
    assert_eq!(iasi["facts"].as_array().unwrap().len(), 8);
    assert_eq!(
        slugs(iasi["children"].as_array().unwrap()),
        ["municipiul-iasi"]
    );
    let names = iasi["names"].as_array().unwrap();
    assert!(names.contains(&json!({"name": "Kreis Iași", "lang": "de", "kind": "exonym"})));
    assert!(names.contains(&json!({"name": "Lași", "lang": null, "kind": "variant"})));
}

#[tokio::test]
async fn facts_can_be_listed_for_one_body_or_one_key() {
    let app = spawn_app().await;
    let seed_facts: usize = seed().bodies.iter().map(|b| b.facts.len()).sum();
    assert_eq!(seed_facts, 37);
    assert_eq!(app.total("/api/v1/facts").await, 37);
    assert_eq!(app.all_items("/api/v1/facts").await.len(), 37);

    let bistrita = app.all_items("/api/v1/facts?body=bistrita-nasaud").await;
    assert_eq!(bistrita.len(), 8);
    assert!(
        bistrita
            .iter()
            .all(|f| f["body"]["slug"] == "bistrita-nasaud")
    );
    let keys: Vec<&str> = bistrita
        .iter()
        .map(|f| f["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "location",
            "capital",
            "neighbours",
            "population",
            "density",
            "localities",
            "towns",
            "communes"
        ],
        "facts keep the order of their source"
    );

    let population = app.all_items("/api/v1/facts?key=population").await;
    assert_eq!(population.len(), 7);
    assert!(population.iter().all(|f| f["key"] == "population"));

    let census = app
        .api("/api/v1/facts?body=bistrita-nasaud&key=population")
        .await;
    assert_eq!(census["total"], 1);
    let fact = &census["items"][0];
    assert_eq!(fact["value"].as_f64(), Some(286225.0));
    assert_eq!(fact["text"], Value::Null);
    assert_eq!(fact["unit"], "inhabitants");
    assert_eq!(fact["as_of"], "2011");
    assert_eq!(fact["note"], "Volkszählung 2011");
    assert_eq!(fact["approximate"], false);
    assert_eq!(fact["source"]["key"], "lk-harz-europa");

    let konecki = app
        .api("/api/v1/facts?body=powiat-konecki&key=population")
        .await;
    assert_eq!(konecki["items"][0]["approximate"], true);
    assert_eq!(konecki["items"][0]["value"].as_f64(), Some(84000.0));
    assert_eq!(app.total("/api/v1/facts?body=sachsen-anhalt").await, 0);
}

#[tokio::test]
async fn milestones_can_be_listed_for_one_partnership_or_one_type() {
    let app = spawn_app().await;
    let seed_milestones: usize = seed().partnerships.iter().map(|p| p.milestones.len()).sum();
    assert_eq!(seed_milestones, 10);
    assert_eq!(app.total("/api/v1/milestones").await, 10);

    let story = app
        .all_items("/api/v1/milestones?partnership=harz-bistrita-nasaud")
        .await;
    let types: Vec<&str> = story.iter().map(|m| m["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["declaration_of_intent", "contract", "transfer"]);
    assert!(
        story
            .iter()
            .all(|m| m["partnership"] == "harz-bistrita-nasaud")
    );

    let transfers = app.all_items("/api/v1/milestones?type=transfer").await;
    let found: BTreeSet<(String, String)> = transfers
        .iter()
        .map(|m| {
            (
                m["partnership"].as_str().unwrap().to_owned(),
                m["date"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        found,
        BTreeSet::from([
            ("harz-belfort".to_owned(), "2007".to_owned()),
            ("harz-bistrita-nasaud".to_owned(), "2009".to_owned())
        ])
    );
    assert_eq!(
        app.total("/api/v1/milestones?partnership=harz-bistrita-nasaud&type=transfer")
            .await,
        1
    );
    assert_eq!(
        app.total("/api/v1/milestones?partnership=wernigerode-carpi")
            .await,
        0
    );
    assert_eq!(app.total("/api/v1/milestones?type=end").await, 0);
    let paged = app.api("/api/v1/milestones?per_page=4&page=3").await;
    assert_eq!(paged["items"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn health_check_reports_ok_and_the_schema_version() {
    let app = spawn_app().await;
    let health = app.api("/healthz").await;
    assert_eq!(
        health,
        json!({"status": "ok", "schema_version": partnerportal::store::SCHEMA_VERSION})
    );
}

// ------------------------------------------------------------------------------------------------
// Everything of the seed is in the API
// ------------------------------------------------------------------------------------------------

fn date(d: &Option<partnerportal::domain::values::PartialDate>) -> Value {
    d.map_or(Value::Null, |d| json!(d.to_string()))
}

fn text(t: &Option<String>) -> Value {
    t.as_ref().map_or(Value::Null, |t| json!(t))
}

fn slug_or_null(s: &Option<partnerportal::domain::values::Slug>) -> Value {
    s.as_ref().map_or(Value::Null, |s| json!(s.as_str()))
}

#[tokio::test]
async fn every_body_and_fact_of_the_seed_is_in_the_api() {
    let app = spawn_app().await;
    let seed = seed();
    for b in &seed.bodies {
        let slug = b.slug.as_str();
        let body = app.api(&format!("/api/v1/bodies/{slug}")).await;
        assert_eq!(body["name"], b.name.as_str(), "{slug}");
        assert_eq!(body["kind"], b.kind.as_str(), "{slug}");
        assert_eq!(body["country"], b.country.as_str(), "{slug}");
        assert_eq!(
            body["parent"]["slug"].clone(),
            slug_or_null(&b.parent),
            "{slug}"
        );
        assert_eq!(body["website"], text(&b.website), "{slug}");
        assert_eq!(body["valid_from"], date(&b.valid_from), "{slug}");
        assert_eq!(body["valid_to"], date(&b.valid_to), "{slug}");
        assert_eq!(
            body["source"]["key"].clone(),
            slug_or_null(&b.source),
            "{slug}"
        );
        assert_eq!(body["description"], json!(b.description), "{slug}");
        let names: BTreeSet<String> = body["names"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| format!("{}|{}|{}", n["name"], n["lang"], n["kind"]))
            .collect();
        let expected: BTreeSet<String> = b
            .names
            .iter()
            .map(|n| {
                format!(
                    "{}|{}|{}",
                    json!(n.name),
                    text(&n.lang),
                    json!(n.kind.as_str())
                )
            })
            .collect();
        assert_eq!(names, expected, "{slug}");

        let facts = app.all_items(&format!("/api/v1/facts?body={slug}")).await;
        assert_eq!(facts.len(), b.facts.len(), "facts of {slug}");
        assert_eq!(body["facts"].as_array().unwrap().len(), b.facts.len());
        for (fact, f) in facts.iter().zip(&b.facts) {
            let what = format!("{slug}, fact {}", f.key);
            assert_eq!(fact["key"], f.key.as_str(), "{what}");
            assert_eq!(fact["value"].as_f64(), f.value, "{what}");
            assert_eq!(fact["text"], text(&f.text), "{what}");
            assert_eq!(fact["lang"], text(&f.lang), "{what}");
            assert_eq!(fact["unit"], text(&f.unit), "{what}");
            assert_eq!(fact["approximate"], f.approximate, "{what}");
            assert_eq!(fact["as_of"], date(&f.as_of), "{what}");
            assert_eq!(fact["note"], text(&f.note), "{what}");
            assert_eq!(
                fact["source"]["key"].clone(),
                slug_or_null(&f.source),
                "{what}"
            );
        }
    }
}

#[tokio::test]
async fn every_succession_of_the_seed_is_in_the_api_from_both_sides() {
    let app = spawn_app().await;
    for s in &seed().successions {
        let (pre, suc) = (s.predecessor.as_str(), s.successor.as_str());
        let predecessor = app.api(&format!("/api/v1/bodies/{pre}")).await;
        let successor = app.api(&format!("/api/v1/bodies/{suc}")).await;
        let matches = |list: &Value| {
            list.as_array()
                .unwrap()
                .iter()
                .filter(|x| {
                    x["predecessor"]["slug"] == pre
                        && x["successor"]["slug"] == suc
                        && x["kind"] == s.kind.as_str()
                        && x["date"] == date(&s.date)
                        && x["note"] == text(&s.note)
                        && x["source"]["key"] == slug_or_null(&s.source)
                })
                .count()
        };
        assert_eq!(matches(&predecessor["successors"]), 1, "{pre} → {suc}");
        assert_eq!(matches(&successor["predecessors"]), 1, "{pre} → {suc}");
    }
}

#[tokio::test]
async fn every_partnership_and_milestone_of_the_seed_is_in_the_api() {
    let app = spawn_app().await;
    let seed = seed();
    let mut milestones = 0;
    for p in &seed.partnerships {
        let slug = SeedFile::partnership_slug(p);
        let api = app.api(&format!("/api/v1/partnerships/{slug}")).await;
        assert_eq!(api["home"]["slug"], p.bodies[0].as_str(), "{slug}");
        assert_eq!(api["partner"]["slug"], p.bodies[1].as_str(), "{slug}");
        assert_eq!(api["level"], p.level.as_str(), "{slug}");
        assert_eq!(api["kind"], p.kind.as_str(), "{slug}");
        assert_eq!(api["status"], p.status.as_str(), "{slug}");
        assert_eq!(api["parent"], slug_or_null(&p.parent), "{slug}");
        assert_eq!(api["note"], text(&p.note), "{slug}");
        assert_eq!(api["narrative"], json!(p.narrative), "{slug}");
        assert_eq!(
            api["source"]["key"].clone(),
            slug_or_null(&p.source),
            "{slug}"
        );
        let topics: BTreeSet<&str> = api["topics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap())
            .collect();
        let expected: BTreeSet<&str> = p.topics.iter().map(|t| t.as_str()).collect();
        assert_eq!(topics, expected, "topics of {slug}");

        let listed = app
            .all_items(&format!("/api/v1/milestones?partnership={slug}"))
            .await;
        assert_eq!(listed.len(), p.milestones.len(), "milestones of {slug}");
        assert_eq!(
            api["milestones"].as_array().unwrap().len(),
            p.milestones.len()
        );
        let mut unmatched = listed.clone();
        for m in &p.milestones {
            let bodies: Vec<&str> = m.bodies.iter().map(|b| b.as_str()).collect();
            let position = unmatched.iter().position(|x| {
                x["type"] == m.milestone_type.as_str()
                    && x["date"] == date(&m.date)
                    && x["qualifier"] == m.qualifier.map_or(Value::Null, |q| json!(q.as_str()))
                    && x["bodies"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|b| b["slug"].as_str().unwrap())
                        .eq(bodies.iter().copied())
                    && x["note"] == json!(m.note)
                    && x["source"]["key"] == slug_or_null(&m.source)
            });
            let index = position.unwrap_or_else(|| {
                panic!(
                    "{slug}: the milestone {} of {:?} is not in the API: {listed:?}",
                    m.milestone_type,
                    m.date.map(|d| d.to_string())
                )
            });
            unmatched.remove(index);
            milestones += 1;
        }
    }
    assert_eq!(milestones, 10);
    assert_eq!(app.total("/api/v1/milestones").await, 10);
}

// ------------------------------------------------------------------------------------------------
// Bad input
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn unknown_resources_answer_404_with_code_not_found() {
    let app = spawn_app().await;
    for (path, mentions) in [
        ("/api/v1/partnerships/x", Some("'x'")),
        ("/api/v1/partnerships/harz-nowhere", Some("'harz-nowhere'")),
        ("/api/v1/bodies/x", Some("'x'")),
        ("/api/v1/facts?body=unknown", Some("'unknown'")),
        ("/api/v1/milestones?partnership=unknown", Some("'unknown'")),
        ("/api/nope", None),
        ("/api/v1", None),
        ("/api/v1/", None),
        ("/api/v2/partnerships", None),
        ("/api/v1/partnerships/harz-belfort/children", None),
    ] {
        let message = app.get(path).await.api_error(404, "not_found");
        if let Some(key) = mentions {
            assert!(message.contains(key), "{path}: {message}");
        }
    }
}

#[tokio::test]
async fn malformed_parameters_answer_400_with_a_message_naming_the_problem() {
    let app = spawn_app().await;
    let long = "a".repeat(5000);
    let cases: Vec<(String, &str)> = vec![
        (
            "/api/v1/partnerships?level=county".into(),
            "unknown level 'county'; allowed: district, municipal, village",
        ),
        (
            "/api/v1/partnerships?country=France".into(),
            "country: 'France' is not a country code",
        ),
        (
            "/api/v1/partnerships?topic=x".into(),
            "unknown topic 'x'; allowed:",
        ),
        (
            "/api/v1/partnerships?status=gone".into(),
            "unknown status 'gone'",
        ),
        (
            "/api/v1/partnerships?kind=twinning".into(),
            "unknown kind 'twinning'",
        ),
        (
            "/api/v1/partnerships?page=0".into(),
            "page '0' is not a page number",
        ),
        (
            "/api/v1/partnerships?page=abc".into(),
            "page 'abc' is not a page number",
        ),
        (
            "/api/v1/partnerships?page=1.5".into(),
            "page '1.5' is not a page number",
        ),
        (
            "/api/v1/partnerships?page=99999999999".into(),
            "page '99999999999' is not a page number",
        ),
        (
            "/api/v1/partnerships?per_page=1000".into(),
            "per_page '1000' must be a number from 1 to 500",
        ),
        (
            "/api/v1/partnerships?per_page=0".into(),
            "per_page '0' must be a number",
        ),
        (
            "/api/v1/partnerships?body=../etc".into(),
            "body: '../etc' is not a valid identifier",
        ),
        (
            "/api/v1/partnerships?within=Harz".into(),
            "within: 'Harz' is not a valid identifier",
        ),
        (
            format!("/api/v1/partnerships?body={long}"),
            "is not a valid identifier",
        ),
        (
            format!("/api/v1/partnerships?country={long}"),
            "is not a country code",
        ),
        (
            "/api/v1/partnerships?country=%FF%FE".into(),
            "is not a country code",
        ),
        ("/api/v1/partnerships?level=%FF%FE".into(), "unknown level"),
        (
            "/api/v1/partnerships?level=district&level=municipal".into(),
            "duplicate field `level`",
        ),
        (
            "/api/v1/bodies?country=xyz".into(),
            "country: 'xyz' is not a country code",
        ),
        (
            "/api/v1/bodies?kind=town".into(),
            "unknown kind 'town'; allowed: country",
        ),
        ("/api/v1/bodies?per_page=501".into(), "per_page '501'"),
        ("/api/v1/bodies?page=-3".into(), "page '-3'"),
        (
            "/api/v1/bodies?kind=a&kind=b".into(),
            "duplicate field `kind`",
        ),
        (
            "/api/v1/facts?key=size".into(),
            "unknown key 'size'; allowed: population",
        ),
        (
            "/api/v1/facts?body=../etc".into(),
            "body: '../etc' is not a valid identifier",
        ),
        (
            "/api/v1/facts?body=a&body=b".into(),
            "duplicate field `body`",
        ),
        (
            "/api/v1/milestones?type=party".into(),
            "unknown type 'party'; allowed:",
        ),
        (
            "/api/v1/milestones?partnership=Harz%20Belfort".into(),
            "partnership: 'Harz Belfort' is not a valid identifier",
        ),
        ("/api/v1/milestones?page=x".into(), "page 'x'"),
    ];
    for (path, expected) in cases {
        let message = app.get(&path).await.api_error(400, "bad_request");
        assert!(
            message.contains(expected),
            "{}: {expected:?} expected in {message:?}",
            &path[..path.len().min(80)]
        );
    }
}

#[tokio::test]
async fn hostile_strings_come_back_only_inside_json() {
    let app = spawn_app().await;
    let payload = "<script>alert(\"x\")</script>";
    let encoded = percent_encode(payload.as_bytes());
    for path in [
        format!("/api/v1/partnerships?level={encoded}"),
        format!("/api/v1/partnerships?country={encoded}"),
        format!("/api/v1/bodies?kind={encoded}"),
        format!("/api/v1/facts?key={encoded}"),
        format!("/api/v1/milestones?type={encoded}"),
        format!("/api/v1/bodies/{encoded}"),
        format!("/api/v1/partnerships/{encoded}"),
        format!("/api/{encoded}"),
    ] {
        let answer = app.get(&path).await;
        assert!(answer.status.is_client_error(), "{path}: {}", answer.status);
        assert!(answer.is_json(), "{path}: {}", answer.content_type());
        assert_eq!(
            answer.headers.get("x-content-type-options").unwrap(),
            "nosniff"
        );
        // Whatever the message quotes is a JSON string, and the document parses.
        let body = answer.json();
        assert!(body["error"]["message"].is_string(), "{path}");
    }
}

/// Random text (and random bytes) in every parameter and path segment: answers are 2xx or 4xx,
/// never a server error, and API answers are always JSON.
#[tokio::test]
async fn no_parameter_value_makes_the_server_fail() {
    let app = spawn_app().await;
    let mut runner = TestRunner::deterministic();
    let texts = "\\PC{0,24}".prop_map(|s: String| s.into_bytes());
    let bytes = proptest::collection::vec(proptest::num::u8::ANY, 0..12);
    let mut values: Vec<Vec<u8>> = Vec::new();
    for _ in 0..12 {
        values.push(texts.new_tree(&mut runner).unwrap().current());
        values.push(bytes.new_tree(&mut runner).unwrap().current());
    }
    values.extend([b"".to_vec(), b" ".to_vec(), b"\0".to_vec(), b"%".to_vec()]);
    let targets: &[(&str, &[&str])] = &[
        (
            "/api/v1/partnerships",
            &[
                "country", "topic", "level", "status", "kind", "body", "within", "page", "per_page",
            ],
        ),
        ("/api/v1/bodies", &["country", "kind", "page", "per_page"]),
        ("/api/v1/facts", &["body", "key", "page", "per_page"]),
        (
            "/api/v1/milestones",
            &["partnership", "type", "page", "per_page"],
        ),
        (
            "/partnerships",
            &["country", "topic", "level", "body", "page"],
        ),
    ];
    for value in &values {
        let encoded = percent_encode(value);
        let mut paths = vec![
            format!("/api/v1/partnerships/{encoded}"),
            format!("/api/v1/bodies/{encoded}"),
            format!("/partnerships/{encoded}"),
            format!("/bodies/{encoded}"),
        ];
        for (base, names) in targets {
            for name in *names {
                paths.push(format!("{base}?{name}={encoded}"));
            }
            paths.push(format!("{base}?{encoded}={encoded}"));
        }
        // A path segment that is not UTF-8 gets a plain-text answer: a known bug, see
        // pages::a_path_that_is_not_utf8_answers_in_the_portals_error_formats.
        let utf8 = std::str::from_utf8(value).is_ok();
        for (index, path) in paths.iter().enumerate() {
            let answer = app.get(path).await;
            assert!(
                answer.status.is_success() || answer.status.is_client_error(),
                "{path} answered {}: {}",
                answer.status,
                answer.text
            );
            let in_path = index < 4;
            if path.starts_with("/api/") && (utf8 || !in_path) {
                assert!(answer.is_json(), "{path}: {}", answer.content_type());
                if !answer.status.is_success() {
                    assert!(answer.json()["error"]["code"].is_string(), "{path}");
                }
            }
        }
    }
}

// ------------------------------------------------------------------------------------------------
// OpenAPI
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn openapi_document_is_openapi_3_1_and_describes_every_api_route() {
    let app = spawn_app().await;
    let doc = app.api("/api/openapi.json").await;
    let version = doc["openapi"].as_str().expect("an openapi version");
    assert!(version.starts_with("3.1."), "{version}");
    assert_eq!(doc["info"]["title"], "partnerportal API");
    assert_eq!(doc["info"]["license"]["identifier"], "EUPL-1.2");
    let paths: BTreeSet<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        paths,
        BTreeSet::from([
            "/api/v1/partnerships",
            "/api/v1/partnerships/{slug}",
            "/api/v1/bodies",
            "/api/v1/bodies/{slug}",
            "/api/v1/events",
            "/api/v1/events/{slug}",
            "/api/v1/search",
            "/api/v1/facts",
            "/api/v1/milestones",
            "/healthz",
            // Open-data downloads and the catalogue: exports.rs.
            "/api/v1/exports/partnerships.csv",
            "/api/v1/exports/partnerships.json",
            "/api/v1/exports/partnerships.geojson",
            "/api/v1/exports/bodies.csv",
            "/api/v1/exports/bodies.json",
            "/api/v1/exports/bodies.geojson",
            "/api/v1/catalog.jsonld",
            // The write half, with a token: api_write.rs.
            "/api/v1/partnerships/{slug}/record",
            "/api/v1/partnerships/{slug}/milestones",
            "/api/v1/partnerships/{slug}/milestones/{index}",
            "/api/v1/bodies/{slug}/record",
            "/api/v1/bodies/{slug}/facts",
            "/api/v1/bodies/{slug}/facts/{index}",
            "/api/v1/versions/{audit_id}/restore",
        ])
    );
    assert!(doc["components"]["schemas"]["ErrorBody"].is_object());
    // The served document is the one the program builds (and `partnerportal openapi` prints).
    let built = serde_json::to_value(partnerportal::api::openapi_document()).unwrap();
    assert_eq!(doc, built);
}

/// A value for a path parameter: the document's example, else an existing slug.
fn path_value(path: &str, parameter: &Value) -> String {
    parameter["example"]
        .as_str()
        .or_else(|| parameter["schema"]["example"].as_str())
        .map(str::to_owned)
        .unwrap_or_else(|| {
            if path.starts_with("/api/v1/bodies/") {
                "landkreis-harz".into()
            } else {
                "harz-belfort".into()
            }
        })
}

#[tokio::test]
async fn every_path_of_the_openapi_document_answers_with_success() {
    let app = spawn_app().await;
    // The seed has no activities; the event the document names as its example is added here.
    let mut event: partnerportal::domain::activities::ActivityRecord =
        serde_json::from_value(serde_json::json!({
            "slug": "jugendbegegnung-belfort-2026", "kind": "youth_encounter",
            "starts_on": "2026-07-14", "ends_on": "2026-07-28", "visibility": "public",
            "partnerships": ["harz-belfort"],
            "texts": {"de": {"title": "Jugendbegegnung in Belfort"}}
        }))
        .unwrap();
    event.place = "Belfort".into();
    app.store
        .create_activity(
            &partnerportal::domain::access::Principal::command_line(),
            &event,
        )
        .await
        .unwrap();
    let doc = app.api("/api/openapi.json").await;
    let mut checked = 0;
    for (path, operations) in doc["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            // Operations that need a token are exercised in api_write.rs.
            if operation["security"].is_array() {
                continue;
            }
            assert_eq!(method, "get", "{path}: only GET is offered without a token");
            let parameters = operation["parameters"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let mut concrete = path.clone();
            for parameter in parameters.iter().filter(|p| p["in"] == "path") {
                let name = parameter["name"].as_str().unwrap();
                concrete = concrete.replace(&format!("{{{name}}}"), &path_value(path, parameter));
            }
            assert!(
                !concrete.contains('{'),
                "{concrete}: a path parameter is left"
            );
            let answer = app.get(&concrete).await;
            assert!(
                answer.status.is_success(),
                "{concrete} answered {}: {}",
                answer.status,
                answer.text
            );
            assert!(
                operation["responses"]["200"].is_object(),
                "{path}: the 200 answer is documented"
            );
            // The answer has the content type the document declares (JSON unless it says otherwise).
            let declared = operation["responses"]["200"]["content"]
                .as_object()
                .and_then(|content| content.keys().next().cloned())
                .unwrap_or_else(|| "application/json".to_owned());
            assert!(
                answer.content_type().starts_with(&declared),
                "{concrete}: {} instead of {declared}",
                answer.content_type()
            );
            // Every documented query parameter is accepted (left empty, as a form would send it).
            let query: Vec<String> = parameters
                .iter()
                .filter(|p| p["in"] == "query")
                .map(|p| format!("{}=", p["name"].as_str().unwrap()))
                .collect();
            if !query.is_empty() {
                let with_query = format!("{concrete}?{}", query.join("&"));
                let answer = app.get(&with_query).await;
                assert!(
                    answer.status.is_success(),
                    "{with_query} answered {}: {}",
                    answer.status,
                    answer.text
                );
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 17);
}

#[tokio::test]
async fn openapi_document_matches_its_snapshot() {
    let app = spawn_app().await;
    let doc = app.api("/api/openapi.json").await;
    insta::assert_json_snapshot!("openapi", doc);
}

#[tokio::test]
async fn keyset_pages_walk_the_same_list_as_numbered_pages() {
    let app = spawn_app().await;
    let numbered = slugs(&app.all_items("/api/v1/partnerships?country=FR").await);
    let mut walked = Vec::new();
    let mut next = app.api("/api/v1/partnerships?country=FR&per_page=4").await;
    loop {
        walked.extend(slugs(next["items"].as_array().unwrap()));
        assert_eq!(next["total"], numbered.len());
        match next["next_after"].as_str() {
            Some(after) => {
                next = app
                    .api(&format!(
                        "/api/v1/partnerships?country=FR&per_page=4&after={after}"
                    ))
                    .await;
            }
            None => break,
        }
    }
    assert_eq!(walked, numbered);
}

#[tokio::test]
async fn keyset_paging_refuses_unknown_positions_and_page_numbers_beside_it() {
    let app = spawn_app().await;
    app.get("/api/v1/partnerships?after=no-such-partnership")
        .await
        .api_error(404, "not_found");
    app.get("/api/v1/partnerships?after=harz-iasi&page=2")
        .await
        .api_error(400, "bad_request");
    app.get("/api/v1/partnerships?after=Not%20A%20Slug")
        .await
        .api_error(400, "bad_request");
}
