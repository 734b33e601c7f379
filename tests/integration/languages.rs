//! The portal in every language: the `/{lang}/…` prefixes, the redirects of addresses without one,
//! alternates and the language switcher, names, German-only content and error pages.
//!
//! Translations are written while these tests are; a language without its Fluent file shows German
//! wording. So these tests assert on structure (status codes, `lang` attributes, links), never on
//! translated wording.

use crate::common::{
    TestApp, between, element_end, elements, hrefs, html_lang, language_at, spawn_app,
    table_partnerships, text_of,
};

/// The languages of the portal, German (the default) first.
const LANGUAGES: [&str; 5] = ["de", "en", "fr", "pl", "ro"];

/// One page of each kind, as addresses without language prefix.
const PAGES: [&str; 5] = [
    "/",
    "/partnerships",
    "/partnerships?country=RO&level=district",
    "/partnerships/harz-iasi",
    "/bodies/iasi",
];

/// Every link of a page that leads to another page of the portal leads to one in the page's own
/// language, unless it says in `hreflang` or `lang` that it leads to another language (the
/// alternates, the language switcher, pages that exist only in German).
fn assert_links_stay_in(html: &str, lang: &str, page: &str) {
    let own = format!("/{lang}/");
    let links = elements(html, "a")
        .into_iter()
        .chain(elements(html, "link"));
    for link in links {
        let Some(href) = link.attr("href") else {
            continue;
        };
        if !href.starts_with('/') || href.starts_with("/api/") || href.starts_with("/assets/") {
            continue;
        }
        if href.starts_with(&own) {
            continue;
        }
        let declared = link.attr("hreflang").or_else(|| link.attr("lang"));
        let target = href[1..].split(['/', '?']).next().unwrap_or_default();
        assert!(
            LANGUAGES.contains(&target) && declared.as_deref() == Some(target),
            "{page} links {href} outside /{lang}/ without saying it leads to {target:?}"
        );
    }
}

#[test]
fn the_portal_speaks_the_five_languages_german_first() {
    assert_eq!(partnerportal::i18n::LANGUAGES, LANGUAGES);
    assert_eq!(partnerportal::i18n::DEFAULT_LANGUAGE, "de");
}

#[tokio::test]
async fn every_page_answers_in_every_language_with_its_language_declared() {
    let app = spawn_app().await;
    for lang in LANGUAGES {
        for here in PAGES {
            let path = format!("/{lang}{here}");
            let answer = app.get(&path).await;
            assert_eq!(answer.status, 200, "{path}: {}", answer.text);
            assert!(answer.is_html(), "{path}: {}", answer.content_type());
            assert_eq!(answer.final_path(), path, "{path} answers itself");
            assert!(
                answer
                    .text
                    .starts_with(&format!("<!doctype html>\n<html lang=\"{lang}\">")),
                "{path}: {}",
                &answer.text[..answer.text.len().min(80)]
            );
            assert_links_stay_in(&answer.text, lang, &path);
        }
        // The list's form and its pager stay in the language too.
        let list = app.page(&format!("/{lang}/partnerships?per_page=10")).await;
        let form = elements(&list, "form")
            .into_iter()
            .find(|f| f.attr("class").as_deref() == Some("filters"))
            .unwrap_or_else(|| panic!("/{lang}/partnerships has no filter form"));
        assert_eq!(
            form.attr("action"),
            Some(format!("/{lang}/partnerships")),
            "{lang}"
        );
        let pager = between(&list, "<nav class=\"pager\"", "</nav>");
        assert_eq!(
            hrefs(pager),
            [format!("/{lang}/partnerships?page=2&per_page=10")]
        );
        assert_eq!(table_partnerships(&list).len(), 10, "{lang}");
    }
}

#[tokio::test]
async fn the_same_list_is_shown_in_every_language() {
    let app = spawn_app().await;
    for query in ["", "?country=FR", "?kind=contact", "?within=landkreis-harz"] {
        let german = table_partnerships(&app.page(&format!("/de/partnerships{query}")).await);
        assert!(!german.is_empty(), "{query}");
        for lang in &LANGUAGES[1..] {
            let rows = table_partnerships(&app.page(&format!("/{lang}/partnerships{query}")).await);
            assert_eq!(rows.len(), german.len(), "/{lang}/partnerships{query}");
            let mut sorted = rows.clone();
            sorted.sort();
            let mut german_sorted = german.clone();
            german_sorted.sort();
            assert_eq!(sorted, german_sorted, "/{lang}/partnerships{query}");
        }
    }
}

// ------------------------------------------------------------------------------------------------
// Addresses without a language
// ------------------------------------------------------------------------------------------------

/// Asserts that `path` asked for with `accept_language` redirects (302) to `target`, saying that
/// the answer depends on `Accept-Language`.
async fn assert_redirect(app: &TestApp, path: &str, accept_language: Option<&str>, target: &str) {
    let answer = app.get_raw(path, accept_language).await;
    assert_eq!(
        answer.redirect_target(),
        target,
        "{path} with Accept-Language {accept_language:?}"
    );
    let vary = answer.header("vary").to_ascii_lowercase();
    assert!(
        vary.split(',').any(|v| v.trim() == "accept-language"),
        "{path}: Vary {vary:?} does not name Accept-Language"
    );
}

#[tokio::test]
async fn the_overview_without_a_language_leads_to_the_readers_language() {
    let app = spawn_app().await;
    let cases: &[(Option<&str>, &str)] = &[
        (Some("fr-FR,fr;q=0.9,en;q=0.8"), "/fr/"),
        (Some("ja"), "/de/"),
        (None, "/de/"),
        (Some("de-AT"), "/de/"),
        (Some("en-GB;q=0.5, pl;q=0.9"), "/pl/"),
        (Some("ja, ro;q=0.4"), "/ro/"),
        (Some("ro;q=0, en"), "/en/"),
        (Some("*"), "/de/"),
        (Some("EN-us"), "/en/"),
    ];
    for (accept_language, target) in cases {
        assert_redirect(&app, "/", *accept_language, target).await;
    }
    // Following the redirect ends on the overview in that language.
    let answer = app.get_raw("/fr/", None).await;
    assert_eq!(answer.status, 200);
    assert_eq!(html_lang(&answer.text), "fr");
}

#[tokio::test]
async fn addresses_without_a_language_keep_their_path_and_query() {
    let app = spawn_app().await;
    let cases: &[(&str, Option<&str>, &str)] = &[
        (
            "/partnerships?country=RO",
            None,
            "/de/partnerships?country=RO",
        ),
        (
            "/partnerships?country=RO&topic=economy",
            Some("pl"),
            "/pl/partnerships?country=RO&topic=economy",
        ),
        ("/partnerships", Some("en"), "/en/partnerships"),
        (
            "/partnerships/harz-iasi",
            Some("ro-RO,ro;q=0.9"),
            "/ro/partnerships/harz-iasi",
        ),
        ("/bodies/iasi", Some("fr"), "/fr/bodies/iasi"),
        ("/bodies/iasi", Some("ja"), "/de/bodies/iasi"),
    ];
    for (path, accept_language, target) in cases {
        assert_redirect(&app, path, *accept_language, target).await;
    }
    // Addresses under a language are pages, never redirects, whatever the reader's languages.
    for path in ["/de/", "/fr/partnerships?country=RO", "/pl/bodies/iasi"] {
        let answer = app.get_raw(path, Some("ro")).await;
        assert_eq!(answer.status, 200, "{path}");
        assert!(answer.header("location").is_empty(), "{path}");
    }
}

#[tokio::test]
async fn a_language_prefix_without_slash_leads_to_its_overview() {
    let app = spawn_app().await;
    assert_eq!(app.get_raw("/de", None).await.redirect_target(), "/de/");
    for lang in LANGUAGES {
        // The address names the language, so the reader's languages do not matter.
        for accept_language in [None, Some("ro"), Some("fr")] {
            let answer = app.get_raw(&format!("/{lang}"), accept_language).await;
            assert_eq!(
                answer.redirect_target(),
                format!("/{lang}/"),
                "/{lang} with Accept-Language {accept_language:?}"
            );
        }
        let followed = app.get(&format!("/{lang}")).await;
        assert_eq!(followed.status, 200, "/{lang}");
        assert_eq!(html_lang(&followed.text), lang);
    }
}

#[tokio::test]
async fn api_routes_have_no_language() {
    let app = spawn_app().await;
    for path in ["/api/v1/partnerships", "/api/openapi.json", "/healthz"] {
        let answer = app.get_raw(path, Some("fr")).await;
        assert_eq!(answer.status, 200, "{path}: {}", answer.text);
        assert!(answer.is_json(), "{path}: {}", answer.content_type());
        assert!(answer.header("location").is_empty(), "{path}");
    }
    // The API answers the same whatever the reader's languages.
    let german = app
        .get_raw("/api/v1/partnerships/harz-iasi", Some("de"))
        .await;
    let french = app
        .get_raw("/api/v1/partnerships/harz-iasi", Some("fr"))
        .await;
    assert_eq!(german.json(), french.json());
    app.get_raw("/api/nope", Some("fr"))
        .await
        .api_error(404, "not_found");
    // There is no API under a language prefix.
    let answer = app.get_raw("/fr/api/v1/partnerships", None).await;
    answer.error_page(404);
    assert_eq!(html_lang(&answer.text), "fr");
}

// ------------------------------------------------------------------------------------------------
// Alternates and the language switcher
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn every_page_names_itself_in_every_language_and_the_switcher_marks_the_current_one() {
    let app = spawn_app().await;
    for lang in LANGUAGES {
        for here in PAGES {
            let path = format!("/{lang}{here}");
            let html = app.page(&path).await;
            let expected: Vec<(String, String)> = LANGUAGES
                .iter()
                .map(|l| (l.to_string(), format!("/{l}{here}")))
                .collect();

            let head = between(&html, "<head>", "</head>");
            let alternates: Vec<(String, String)> = elements(head, "link")
                .into_iter()
                .filter(|link| link.attr("rel").as_deref() == Some("alternate"))
                .map(|link| {
                    (
                        link.attr("hreflang").unwrap_or_default(),
                        link.attr("href").unwrap_or_default(),
                    )
                })
                .collect();
            assert_eq!(alternates, expected, "{path}: <link rel=\"alternate\">");

            let switcher = between(&html, "<nav class=\"languages\"", "</nav>");
            let links = elements(switcher, "a");
            let targets: Vec<(String, String)> = links
                .iter()
                .map(|a| {
                    (
                        a.attr("hreflang").unwrap_or_default(),
                        a.attr("href").unwrap_or_default(),
                    )
                })
                .collect();
            assert_eq!(targets, expected, "{path}: the language switcher");
            for a in &links {
                let hreflang = a.attr("hreflang").unwrap_or_default();
                assert_eq!(
                    a.attr("lang"),
                    Some(hreflang.clone()),
                    "{path}: each language is named in itself"
                );
                let current = a.attr("aria-current");
                if hreflang == lang {
                    assert_eq!(current.as_deref(), Some("true"), "{path}: {hreflang}");
                } else {
                    assert_eq!(current, None, "{path}: {hreflang} is not current");
                }
            }
            assert!(
                !text_of(between(switcher, ">", "</ul>")).is_empty(),
                "{path}: the switcher names the languages"
            );
        }
    }
}

#[tokio::test]
async fn every_alternate_of_a_page_is_the_same_page_in_that_language() {
    let app = spawn_app().await;
    let html = app.page("/en/partnerships?country=RO&level=district").await;
    let rows = table_partnerships(&html);
    assert_eq!(rows, ["harz-bistrita-nasaud", "harz-iasi"]);
    let switcher = between(&html, "<nav class=\"languages\"", "</nav>");
    for href in hrefs(switcher) {
        let alternate = app.page(&href).await;
        let lang = &href[1..3];
        assert_eq!(html_lang(&alternate), lang, "{href}");
        assert_eq!(table_partnerships(&alternate), rows, "{href}");
    }
}

// ------------------------------------------------------------------------------------------------
// Names
// ------------------------------------------------------------------------------------------------

/// The partner regions as German pages name them and as the others do (the official name, as no
/// name in English, French, Polish or Romanian is recorded).
const REGION_NAMES: [(&str, &str, &str); 3] = [
    ("harz-iasi", "Kreis Iași", "Județul Iași"),
    (
        "harz-bistrita-nasaud",
        "Kreis Bistrița-Năsăud",
        "Județul Bistrița-Năsăud",
    ),
    ("harz-konecki", "Kreis Konecki", "Powiat konecki"),
];

#[tokio::test]
async fn names_keep_their_diacritics_in_every_language() {
    let app = spawn_app().await;
    for lang in LANGUAGES {
        let german = lang == "de";

        // The overview's partner regions and twinnings.
        let overview = app.page(&format!("/{lang}/")).await;
        let district = text_of(between(&overview, "id=\"district-heading\"", "</section>"));
        for (slug, de_name, official) in REGION_NAMES {
            let card = text_of(between(
                &overview,
                &format!("href=\"/{lang}/partnerships/{slug}\">"),
                "</a>",
            ));
            assert_eq!(card, if german { de_name } else { official }, "/{lang}/");
            if !german {
                assert!(
                    !district.contains(de_name),
                    "/{lang}/ shows the German {de_name}: {district}"
                );
            }
        }
        let municipal = text_of(between(
            &overview,
            "id=\"municipal-heading\"",
            "<p><a class=\"button\"",
        ));
        for name in ["Náchod", "Velké Opatovice", "Hội An", "Tillabéri"] {
            assert!(municipal.contains(name), "/{lang}/: {name} in {municipal}");
        }

        // A partnership page and the partner's page.
        let iasi = app.page(&format!("/{lang}/partnerships/harz-iasi")).await;
        let shown = if german {
            "Kreis Iași"
        } else {
            "Județul Iași"
        };
        assert!(
            text_of(between(&iasi, "<h1>", "</h1>")).contains(shown),
            "/{lang}/partnerships/harz-iasi: {shown}"
        );
        assert!(
            between(&iasi, "<title>", "</title>").contains(shown),
            "/{lang}/partnerships/harz-iasi: {shown} in the title"
        );
        let body = app.page(&format!("/{lang}/bodies/iasi")).await;
        let heading = text_of(between(&body, "<h1>", "</h1>"));
        if german {
            assert_eq!(heading, "Kreis Iași (Județul Iași)");
        } else {
            // Where the official name is the name shown, it is not repeated.
            assert_eq!(heading, "Județul Iași", "/{lang}/bodies/iasi");
        }
        assert!(
            between(&body, "<title>", "</title>").starts_with(shown),
            "/{lang}/bodies/iasi: the title starts with {shown}"
        );

        let bistrita = app
            .page(&format!("/{lang}/partnerships/harz-bistrita-nasaud"))
            .await;
        let shown = if german {
            "Kreis Bistrița-Năsăud"
        } else {
            "Județul Bistrița-Năsăud"
        };
        assert!(
            text_of(between(&bistrita, "<h1>", "</h1>")).contains(shown),
            "/{lang}/partnerships/harz-bistrita-nasaud: {shown}"
        );

        // Końskie, in the Polish list and as the member town contact of Konecki.
        let polish = app
            .page(&format!("/{lang}/partnerships?country=PL&kind=contact"))
            .await;
        assert_eq!(table_partnerships(&polish), ["bad-suderode-konskie"]);
        let row = text_of(between(&polish, "<tbody>", "</tbody>"));
        assert!(row.starts_with("Bad Suderode Końskie "), "/{lang}/: {row}");
        let konecki = app
            .page(&format!("/{lang}/partnerships/harz-konecki"))
            .await;
        let children = between(
            &konecki,
            "<section aria-labelledby=\"children-heading\">",
            "</section>",
        );
        assert!(
            text_of(children).contains("Bad Suderode – Końskie"),
            "/{lang}/partnerships/harz-konecki: {children}"
        );
        assert_eq!(
            hrefs(children),
            [format!("/{lang}/partnerships/bad-suderode-konskie")]
        );

        // Names in the list of the Czech twinnings.
        let czech = app.page(&format!("/{lang}/partnerships?country=CZ")).await;
        let rows = text_of(between(&czech, "<tbody>", "</tbody>"));
        for name in ["Náchod", "Velké Opatovice"] {
            assert!(
                rows.contains(name),
                "/{lang}/partnerships?country=CZ: {rows}"
            );
        }
    }
}

// ------------------------------------------------------------------------------------------------
// German-only content
// ------------------------------------------------------------------------------------------------

/// Where the text `needle` is on the page: asserts it is there once.
fn position_of(html: &str, needle: &str, page: &str) -> usize {
    assert_eq!(
        html.matches(needle).count(),
        1,
        "{page}: {needle:?} once on the page"
    );
    html.find(needle).unwrap()
}

/// Asserts that `needle` is text in German on `page` and returns where its German element ends.
fn assert_german_text(html: &str, needle: &str, page: &str) -> usize {
    let at = position_of(html, needle, page);
    let (lang, element) = language_at(html, at);
    assert_eq!(lang, "de", "{page}: {needle:?} is not marked as German");
    element_end(html, &element)
}

/// The paragraph after byte `offset`, which must follow it directly (white space aside).
fn next_element(html: &str, offset: usize) -> &str {
    html[offset..].trim_start()
}

#[tokio::test]
async fn german_only_content_is_marked_german_and_announced_on_other_language_pages() {
    let app = spawn_app().await;
    let narrative = "Louis Bertrand war Häftling im Konzentrationslager Langenstein-Zwieberge";
    let description = "Das Territoire de Belfort liegt im Osten des Landes";
    for lang in LANGUAGES {
        let path = format!("/{lang}/partnerships/harz-belfort");
        let html = app.page(&path).await;
        let story = between(&html, "id=\"story-heading\"", "</section>");
        assert!(story.contains(narrative), "{path}: the narrative is shown");
        // The timeline quotes the narrative too; this is the story's.
        let story_start = html.find("id=\"story-heading\"").unwrap();
        let narrative_at = story_start + html[story_start..].find(narrative).unwrap();
        let (narrative_lang, element) = language_at(&html, narrative_at);
        assert_eq!(narrative_lang, "de", "{path}: the narrative is German");
        let after_narrative = next_element(&html, element_end(&html, &element));
        let after_description = next_element(
            &html,
            assert_german_text(
                &html,
                description,
                &format!("{path}, Belfort's description"),
            ),
        );
        if lang == "de" {
            assert!(
                !html.contains("fallback-note"),
                "{path}: nothing on a German page is in another language"
            );
        } else {
            for (what, after) in [
                ("narrative", after_narrative),
                ("description", after_description),
            ] {
                assert!(
                    after.starts_with("<p class=\"fallback-note\">"),
                    "{path}: the {what} is not followed by the fallback note: {}",
                    &after[..after.len().min(200)]
                );
                let note_at = html.len() - after.len();
                let (note_lang, _) = language_at(&html, note_at + 1);
                assert_eq!(
                    note_lang, lang,
                    "{path}: the fallback note is in the page's language"
                );
                assert!(
                    !text_of(between(after, ">", "</p>")).is_empty(),
                    "{path}: an empty fallback note"
                );
            }
        }
    }
}

#[tokio::test]
async fn the_german_intro_of_the_overview_is_marked_german_elsewhere() {
    let app = spawn_app().await;
    let intro = "Europa muss leben, Europa muss zusammenwachsen";
    for lang in LANGUAGES {
        let path = format!("/{lang}/");
        let html = app.page(&path).await;
        let after = next_element(&html, assert_german_text(&html, intro, &path));
        let (headline_lang, _) = language_at(
            &html,
            position_of(&html, "Dialog auf europäischer Ebene!</h1>", &path),
        );
        assert_eq!(headline_lang, "de", "{path}: the German headline");
        assert_eq!(
            after.starts_with("<p class=\"fallback-note\">"),
            lang != "de",
            "{path}: a fallback note after the intro only where the page is not German"
        );
    }
}

#[tokio::test]
async fn german_only_notes_are_marked_german_on_other_language_pages() {
    let app = spawn_app().await;
    let cases = [
        (
            "/partnerships/harz-belfort",
            "Die Seite nennt das Territoire de Belfort einen Partner",
        ),
        (
            "/partnerships/harz-bistrita-nasaud",
            "Die Seite datiert den Übergang auf den Landkreis Harz",
        ),
        // A fact's note; the description before it says "Volkszählung 2011" too.
        (
            "/partnerships/harz-bistrita-nasaud",
            "Volkszählung 2011</span>",
        ),
        ("/bodies/purhus", "Laut Seite"),
        ("/bodies/landkreis-harz", "Noch zu prüfen."),
    ];
    for lang in LANGUAGES {
        for (here, needle) in cases {
            let path = format!("/{lang}{here}");
            let html = app.page(&path).await;
            let at = html
                .find(needle)
                .unwrap_or_else(|| panic!("{path}: {needle:?} is not on the page"));
            let (text_lang, _) = language_at(&html, at);
            assert_eq!(
                text_lang, "de",
                "{path}: {needle:?} is not marked as German"
            );
        }
    }
}

// ------------------------------------------------------------------------------------------------
// Error pages
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn unknown_pages_under_a_language_answer_404_in_that_language() {
    let app = spawn_app().await;
    for lang in LANGUAGES {
        for here in [
            "/nope",
            "/partnerships/harz-nowhere",
            "/bodies/landkreis-nowhere",
            "/partnerships/",
        ] {
            let path = format!("/{lang}{here}");
            let answer = app.get_raw(&path, Some("ro")).await;
            answer.error_page(404);
            assert!(
                answer
                    .text
                    .starts_with(&format!("<!doctype html>\n<html lang=\"{lang}\">")),
                "{path}"
            );
            let nav = hrefs(between(&answer.text, "<ul class=\"nav\">", "</ul>"));
            assert!(
                nav.contains(&format!("/{lang}/partnerships")),
                "{path}: {nav:?}"
            );
        }
    }
    // The French error page as the brief names it.
    let answer = app.get("/fr/nope").await;
    assert_eq!(answer.status, 404);
    assert_eq!(html_lang(answer.error_page(404)), "fr");
}

#[tokio::test]
async fn a_malformed_filter_answers_400_in_the_pages_language() {
    let app = spawn_app().await;
    for lang in LANGUAGES {
        let path = format!("/{lang}/partnerships?level=x");
        let answer = app.get_raw(&path, Some("de")).await;
        let page = answer.error_page(400);
        assert_eq!(html_lang(page), lang, "{path}");
        let message = text_of(between(page, "<div class=\"error-page\">", "</div>"));
        assert!(message.contains("'x'"), "{path}: {message}");
        // The switcher offers the same address in the other languages.
        let switcher = hrefs(between(page, "<nav class=\"languages\"", "</nav>"));
        let expected: Vec<String> = LANGUAGES
            .iter()
            .map(|l| format!("/{l}/partnerships?level=x"))
            .collect();
        assert_eq!(switcher, expected, "{path}");
    }
    let polish = app.get("/pl/partnerships?level=x").await;
    assert_eq!(polish.status, 400);
    assert!(
        polish
            .error_page(400)
            .starts_with("<!doctype html>\n<html lang=\"pl\">")
    );
}
