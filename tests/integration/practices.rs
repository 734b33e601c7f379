//! The practice exchange over HTTP: audited workbench CRUD scoped to the practice's region, hostile
//! input, internal practices never public, the public pages and the side-by-side comparison.

use partnerportal::domain::access::Role;
use partnerportal::domain::audit::{Action, Entity};
use reqwest::StatusCode;

use crate::common::{TestApp, elements, hrefs, spawn_app, text_of};
use crate::workbench::{Reply, Session, create_user, form_fields, post_form, set, sign_in};

const NEW: &str = "/de/workbench/practices/new";

/// Sets the `n`-th field called `name` (the per-language fields repeat their name).
fn set_nth(fields: &mut [(String, String)], name: &str, n: usize, value: &str) {
    let field = fields
        .iter_mut()
        .filter(|(k, _)| k == name)
        .nth(n)
        .unwrap_or_else(|| panic!("the form has no field {name} #{n}"));
    field.1 = value.to_owned();
}

struct Practice<'a> {
    region: &'a str,
    topic: &'a str,
    title_de: &'a str,
    title_fr: &'a str,
    published: bool,
}

fn practice<'a>(region: &'a str, title_de: &'a str) -> Practice<'a> {
    Practice {
        region,
        topic: "welcome-centre",
        title_de,
        title_fr: "",
        published: true,
    }
}

async fn create(session: &Session<'_>, p: &Practice<'_>) -> Reply {
    session
        .submit(NEW, NEW, |f| {
            set(f, "region", p.region);
            set(f, "topic", p.topic);
            set_nth(f, "title", 0, p.title_de);
            set_nth(f, "title", 2, p.title_fr);
            set_nth(
                f,
                "description",
                0,
                "Erste Anlaufstelle für Zugezogene.\n\nBeratung in mehreren Sprachen.",
            );
            set(f, "office", "Stabsstelle Willkommenskultur");
            set(f, "email", "willkommen@example.org");
            set(f, "phone", "+49 3941 5970-0");
            set(f, "links", "https://example.org/willkommen Informationen");
            set(f, "as_of", "2026-11-01");
            if !p.published {
                f.retain(|(k, _)| k != "published");
            }
        })
        .await
}

/// The id in the redirect after a save.
fn saved_id(reply: &Reply) -> i64 {
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    reply
        .location
        .trim_end_matches("?saved=1")
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

async fn admin(app: &TestApp) -> Session<'_> {
    create_user(app, "anna", Role::Admin, &[]).await;
    sign_in(app, "anna").await
}

#[tokio::test]
async fn an_editor_records_a_practice_of_their_region_and_the_public_sees_it_at_once() {
    let app = spawn_app().await;
    create_user(&app, "harz", Role::Editor, &["landkreis-harz"]).await;
    let editor = sign_in(&app, "harz").await;
    let id = saved_id(&create(&editor, &practice("landkreis-harz", "Welcome Center Harz")).await);

    let history = app.store.history(Entity::Practice, id).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].action, Action::Create);

    let list = app.page("/de/practices").await;
    assert!(list.contains("Welcome Center Harz"), "{list}");
    assert!(
        list.contains("/de/practices/welcome-center-harz"),
        "the slug is made from the German title"
    );
    let page = app.page("/de/practices/welcome-center-harz").await;
    assert!(page.contains("Stabsstelle Willkommenskultur"));
    assert!(page.contains("mailto:willkommen@example.org"));
    assert!(page.contains("tel:+4939415970"));
    assert!(page.contains("href=\"https://example.org/willkommen\""));
    assert!(page.contains("<p>Beratung in mehreren Sprachen.</p>"));

    // A change from a stale version is refused with 409, the newer one wins.
    let path = format!("/de/workbench/practices/{id}");
    let form = editor.get(&path).await;
    let mut stale = form_fields(&form.body, &path);
    let saved = editor
        .submit(&path, &path, |f| {
            set(f, "office", "Welcome Center des Landkreises")
        })
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    set(&mut stale, "office", "Ältere Fassung");
    let refused = post_form(&app, &path, Some(&editor.cookie), &stale).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        app.page("/de/practices/welcome-center-harz")
            .await
            .contains("Welcome Center des Landkreises")
    );

    // Deleting is audited and the public page is gone.
    let version = form_fields(&editor.get(&path).await.body, &path)
        .into_iter()
        .find(|(k, _)| k == "version")
        .unwrap()
        .1;
    let deleted = editor
        .post(&format!("{path}/delete"), &[("version".into(), version)])
        .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER, "{}", deleted.body);
    assert_eq!(
        app.get("/de/practices/welcome-center-harz").await.status,
        404
    );
    let history = app.store.history(Entity::Practice, id).await.unwrap();
    assert_eq!(history[0].action, Action::Delete);
    assert_eq!(history.len(), 3);
}

#[tokio::test]
async fn an_editor_cannot_record_or_change_practices_of_another_region() {
    let app = spawn_app().await;
    let anna = admin(&app).await;
    create_user(&app, "wernigerode", Role::Editor, &["wernigerode"]).await;
    let editor = sign_in(&app, "wernigerode").await;

    let foreign = create(&editor, &practice("landkreis-harz", "Fremde Praxis")).await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);
    assert!(app.store.practice_lines(None).await.unwrap().is_empty());

    let id = saved_id(&create(&anna, &practice("iasi", "Centrul de primire Iași")).await);
    let path = format!("/de/workbench/practices/{id}");
    assert!(
        !editor
            .get("/de/workbench/practices")
            .await
            .body
            .contains(&path),
        "an editor lists only the practices of their bodies"
    );
    let change = editor
        .submit(&path, &path, |f| set(f, "office", "Übernommen"))
        .await;
    assert_eq!(change.status, StatusCode::FORBIDDEN);
    let moved = anna
        .submit(&path, &path, |f| set(f, "region", "wernigerode"))
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    // Moved into the editor's scope, the practice is theirs to change.
    let change = editor
        .submit(&path, &path, |f| set(f, "office", "Bürgerbüro"))
        .await;
    assert_eq!(change.status, StatusCode::SEE_OTHER, "{}", change.body);
    let reader = {
        create_user(&app, "lisa", Role::Reader, &[]).await;
        sign_in(&app, "lisa").await
    };
    assert_eq!(reader.get(NEW).await.status, StatusCode::FORBIDDEN);
    let read_only = reader
        .post(
            NEW,
            &crate::workbench::fields(&[
                ("region", "wernigerode"),
                ("topic", "welcome-centre"),
                ("title", "Leserin"),
                ("office", "Amt"),
            ]),
        )
        .await;
    assert_eq!(read_only.status, StatusCode::FORBIDDEN);
    assert_eq!(app.store.practice_lines(None).await.unwrap().len(), 1);
}

#[tokio::test]
async fn hostile_input_is_refused_at_its_fields_and_nothing_is_stored() {
    let app = spawn_app().await;
    let anna = admin(&app).await;
    let refused = anna
        .submit(NEW, NEW, |f| {
            set(f, "region", "landkreis-harz");
            set(f, "topic", "welcome-centre");
            set_nth(f, "title", 0, "");
            set_nth(f, "title", 1, "Line\u{7}break");
            set(f, "office", "Amt");
            set(f, "email", "x@y");
            set(f, "phone", "call me");
            set(
                f,
                "links",
                "javascript:alert(1) Klick\nhttps://example.org/ok",
            );
            set(f, "as_of", "2026-02-30");
            set(f, "slug", "../../etc");
        })
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for id in [
        "f-title-de-error",
        "f-title-en-error",
        "f-email-error",
        "f-phone-error",
        "f-links-error",
        "f-as_of-error",
        "f-slug-error",
    ] {
        assert!(
            refused.body.contains(&format!("id=\"{id}\"")),
            "{id} missing"
        );
    }
    assert!(
        refused.body.contains("javascript:alert(1) Klick"),
        "what was typed stays"
    );

    let unknown = anna
        .submit(NEW, NEW, |f| {
            set(f, "region", "atlantis");
            set(f, "topic", "welcome-centre");
            set_nth(f, "title", 0, "Titel");
            set(f, "office", "Amt");
        })
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.body.contains("id=\"f-region-error\""));
    let topic = anna
        .submit(NEW, NEW, |f| {
            set(f, "region", "landkreis-harz");
            f.push(("topic".into(), "no-such-topic".into()));
            f.retain(|(k, v)| k != "topic" || v == "no-such-topic");
            set_nth(f, "title", 0, "Titel");
            set(f, "office", "Amt");
        })
        .await;
    assert_eq!(topic.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(topic.body.contains("id=\"f-topic-error\""));
    assert!(app.store.practice_lines(None).await.unwrap().is_empty());
    assert!(
        app.store
            .history(Entity::Practice, 1)
            .await
            .unwrap()
            .is_empty()
    );

    // Markup in a title is text: escaped on every page.
    saved_id(
        &create(
            &anna,
            &practice("landkreis-harz", "<script>alert(1)</script> Zentrum"),
        )
        .await,
    );
    let list = app.page("/de/practices").await;
    assert!(!list.contains("<script>alert(1)"));
    assert!(list.contains("&#60;script&#62;alert(1)"));
    assert!(crate::common::unescape(&list).contains("<script>alert(1)</script> Zentrum"));
}

#[tokio::test]
async fn internal_practices_never_appear_on_the_public_pages() {
    let app = spawn_app().await;
    let anna = admin(&app).await;
    let mut internal = practice("landkreis-harz", "Interne Notiz zur Anerkennung");
    internal.published = false;
    internal.topic = "recognition-of-qualifications";
    let id = saved_id(&create(&anna, &internal).await);
    assert!(
        anna.get("/de/workbench/practices")
            .await
            .body
            .contains("Interne Notiz zur Anerkennung"),
        "staff see it"
    );
    for lang in ["de", "en", "fr", "pl", "ro"] {
        assert!(
            !app.page(&format!("/{lang}/practices"))
                .await
                .contains("Interne Notiz")
        );
        let compare = app
            .page(&format!(
                "/{lang}/practices/compare?topic=recognition-of-qualifications"
            ))
            .await;
        assert!(!compare.contains("Interne Notiz"));
        let page = app
            .get(&format!("/{lang}/practices/interne-notiz-zur-anerkennung"))
            .await;
        assert_eq!(page.status, 404);
    }
    // Published later, it appears; the change is recorded as a publication.
    let path = format!("/de/workbench/practices/{id}");
    let publish = anna
        .submit(&path, &path, |f| f.push(("published".into(), "on".into())))
        .await;
    assert_eq!(publish.status, StatusCode::SEE_OTHER, "{}", publish.body);
    assert!(
        app.page("/de/practices")
            .await
            .contains("Interne Notiz zur Anerkennung")
    );
    let history = app.store.history(Entity::Practice, id).await.unwrap();
    assert_eq!(history[0].action, Action::Publish);
}

#[tokio::test]
async fn the_comparison_shows_a_column_for_the_district_and_every_partner_region() {
    let app = spawn_app().await;
    let anna = admin(&app).await;
    saved_id(&create(&anna, &practice("landkreis-harz", "Welcome Center Harz")).await);
    let mut iasi = practice("iasi", "Centrul de primire");
    iasi.title_fr = "Centre d’accueil de Iași";
    saved_id(&create(&anna, &iasi).await);
    let mut other_topic = practice("territoire-de-belfort", "Freiwilligendienst Belfort");
    other_topic.topic = "volunteering";
    saved_id(&create(&anna, &other_topic).await);

    let html = app.page("/de/practices/compare?topic=welcome-centre").await;
    let table = &html[html
        .find("<table class=\"practice-compare\"")
        .expect("a table")..];
    let headers: Vec<String> = elements(table, "th")
        .iter()
        .map(|th| text_of(&table[th.start..crate::common::element_end(table, th)]))
        .collect();
    // The home body first, then the bodies of its partnerships.
    assert!(headers[0].contains("Landkreis Harz"), "{headers:?}");
    for region in ["Belfort", "Konecki", "Iași", "Bistrița-Năsăud"] {
        assert!(
            headers.iter().any(|h| h.contains(region)),
            "{region} has a column: {headers:?}"
        );
    }
    assert!(headers.len() >= 5);
    let cells = elements(table, "td");
    assert_eq!(cells.len(), headers.len(), "one cell per region");
    let empty = table.matches("Noch keine Praxis erfasst.").count();
    assert_eq!(
        empty,
        headers.len() - 2,
        "only Harz and Iași have a welcome centre"
    );
    assert!(table.contains("Welcome Center Harz") && table.contains("Centrul de primire"));
    assert!(
        !table.contains("Freiwilligendienst"),
        "another topic is not compared"
    );

    // The reader's language, else German marked as German.
    let fr = app.page("/fr/practices/compare?topic=welcome-centre").await;
    assert!(fr.contains("Centre d’accueil de Iași"));
    assert!(fr.contains(
        "lang=\"de\"><a href=\"/fr/practices/welcome-center-harz\">Welcome Center Harz</a>"
    ));

    // Chosen regions, repeated or comma-separated, in the order given.
    for query in [
        "topic=welcome-centre&regions=iasi&regions=wernigerode",
        "topic=welcome-centre&regions=iasi,wernigerode",
    ] {
        let html = app.page(&format!("/de/practices/compare?{query}")).await;
        let table = &html[html.find("<table class=\"practice-compare\"").unwrap()..];
        assert_eq!(elements(table, "td").len(), 2, "{query}");
        assert!(table.find("Iași").unwrap() < table.find("Wernigerode").unwrap());
    }
    // Without a topic, the page asks for one and still works without JavaScript (a GET form).
    let choose = app.page("/de/practices/compare").await;
    assert!(choose.contains("method=\"get\" action=\"/de/practices/compare\""));
    assert!(
        hrefs(&app.page("/de/practices").await)
            .contains(&"/de/practices/compare?topic=welcome-centre".to_owned())
    );
}

#[tokio::test]
async fn malformed_comparison_addresses_get_clear_errors() {
    let app = spawn_app().await;
    for (query, status) in [
        ("topic=..%2F..%2Fetc", 400),
        ("topic=Welcome%20Centre", 400),
        ("topic=welcome-centre&regions=%3Cscript%3E", 400),
        ("topic=welcome-centre&regions=ATLANTIS", 400),
        ("topic=no-such-topic", 404),
        ("topic=welcome-centre&regions=atlantis", 404),
        (
            "topic=welcome-centre&regions=a,b,c,d,e,f,g,h,i,j,k,l,m",
            400,
        ),
        ("topic=welcome-centre&topic=volunteering", 400),
    ] {
        let answer = app.get(&format!("/de/practices/compare?{query}")).await;
        assert_eq!(answer.status, status, "{query}");
        assert!(
            answer.is_html(),
            "{query}: an error page in the site's look"
        );
        assert!(!answer.text.contains("<script>"));
    }
}

#[tokio::test]
async fn a_practice_is_restored_from_its_history_even_after_deletion() {
    let app = spawn_app().await;
    let anna = admin(&app).await;
    let id = saved_id(&create(&anna, &practice("landkreis-harz", "Welcome Center Harz")).await);
    let path = format!("/de/workbench/practices/{id}");
    let changed = anna
        .submit(&path, &path, |f| set(f, "office", "Falsch eingetragen"))
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    let history = app.store.history(Entity::Practice, id).await.unwrap();
    let version = anna
        .get(&format!("/de/workbench/versions/{}", history[0].id))
        .await;
    assert!(
        version.body.contains("/restore"),
        "the version page offers the restore"
    );
    let undo = anna
        .post(
            &format!("/de/workbench/versions/{}/restore", history[0].id),
            &crate::workbench::fields(&[("side", "before")]),
        )
        .await;
    assert_eq!(undo.status, StatusCode::SEE_OTHER, "{}", undo.body);
    let page = app.page("/de/practices/welcome-center-harz").await;
    assert!(page.contains("Stabsstelle Willkommenskultur") && !page.contains("Falsch"));

    let version = form_fields(&anna.get(&path).await.body, &path)
        .into_iter()
        .find(|(k, _)| k == "version")
        .unwrap()
        .1;
    let deleted = anna
        .post(&format!("{path}/delete"), &[("version".into(), version)])
        .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);
    let history = app.store.history(Entity::Practice, id).await.unwrap();
    let back = anna
        .post(
            &format!("/de/workbench/versions/{}/restore", history[0].id),
            &crate::workbench::fields(&[("side", "before")]),
        )
        .await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.body);
    assert!(
        app.page("/de/practices")
            .await
            .contains("Welcome Center Harz")
    );
    assert_eq!(
        app.store.history(Entity::Practice, id).await.unwrap()[0].action,
        Action::Restore
    );
}
