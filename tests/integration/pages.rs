//! The public portal: server-rendered HTML pages, their content from the seed, filters, paging and
//! error pages, all asked for in German (`/de/…`). The other languages are in `languages.rs`.

use crate::common::{
    between, elements, hrefs, percent_encode, seed, slugs, spawn_app, table_partnerships, text_of,
    unescape,
};

/// The district's partner regions as the overview names them (German names from the seed), with the
/// partnership slug and the partner's country as the portal writes it.
const PARTNER_REGIONS: [(&str, &str, &str); 4] = [
    ("Territoire de Belfort", "harz-belfort", "Frankreich"),
    ("Kreis Konecki", "harz-konecki", "Polen"),
    ("Kreis Iași", "harz-iasi", "Rumänien"),
    ("Kreis Bistrița-Năsăud", "harz-bistrita-nasaud", "Rumänien"),
];

/// "Die internationalen Gemeindepartnerschaften im Landkreis Harz" of the seed page: the eight towns
/// (slug, name) and their 21 twinnings (partner as displayed, country, partnership slug). Where the
/// portal shows another name than the page, the page's form is in the comment.
/// A twinning as the overview lists it: partner as displayed, its country, the partnership's slug.
type Twinning = (&'static str, &'static str, &'static str);

const TOWN_TWINNINGS: [(&str, &str, &[Twinning]); 8] = [
    (
        "blankenburg-harz",
        "Blankenburg (Harz)",
        &[(
            "Landkreis Ostrzeszowski",
            "Polen",
            "blankenburg-harz-powiat-ostrzeszowski",
        )],
    ),
    (
        "halberstadt",
        "Halberstadt",
        &[
            ("Náchod", "Tschechien", "halberstadt-nachod"),
            ("Banska Bystrica", "Slowakei", "halberstadt-banska-bystrica"),
            ("Villars", "Frankreich", "halberstadt-villars"),
        ],
    ),
    (
        "harzgerode",
        "Harzgerode",
        &[("Leval", "Frankreich", "harzgerode-leval")],
    ),
    (
        "oberharz-am-brocken",
        "Oberharz am Brocken",
        &[
            ("Chambourcy", "Frankreich", "oberharz-am-brocken-chambourcy"),
            // "Purhus Kommune (seit 01/2007 zur Randers Kommune zugeordnet)"
            ("Purhus Kommune", "Dänemark", "oberharz-am-brocken-purhus"),
            (
                "Velké Opatovice",
                "Tschechien",
                "oberharz-am-brocken-velke-opatovice",
            ),
        ],
    ),
    (
        "osterwieck",
        "Osterwieck",
        &[
            ("Lisses", "Frankreich", "osterwieck-lisses"),
            (
                "Les Grandes Vente",
                "Frankreich",
                "osterwieck-les-grandes-vente",
            ),
            ("Ardouva", "Frankreich", "osterwieck-ardouva"),
            ("Saint-Hellier", "Frankreich", "osterwieck-saint-hellier"),
            // "Veltheim/Winterthur"
            ("Veltheim", "Schweiz", "osterwieck-veltheim-winterthur"),
            ("Veltheim AG", "Schweiz", "osterwieck-veltheim-ag"),
        ],
    ),
    (
        "quedlinburg",
        "Quedlinburg",
        &[
            (
                "Aulnoye-Aymeries",
                "Frankreich",
                "quedlinburg-aulnoye-aymeries",
            ),
            ("Bachant", "Frankreich", "quedlinburg-bachant"),
        ],
    ),
    (
        "thale",
        "Thale",
        &[
            ("Juvisy-sur-Orge", "Frankreich", "thale-juvisy-sur-orge"),
            // The page's "Nigeria" is kept, although Tillabéri lies in Niger.
            ("Tillabéri", "Nigeria", "thale-tillaberi"),
        ],
    ),
    (
        "wernigerode",
        "Wernigerode",
        &[
            ("Carpi", "Italien", "wernigerode-carpi"),
            // "Cisnadie/Heltau": the German exonym is the display name.
            ("Heltau", "Rumänien", "wernigerode-cisnadie"),
            // "HOI AN"
            ("Hội An", "Vietnam", "wernigerode-hoi-an"),
        ],
    ),
];

/// The visible result count of the partnership list.
fn result_count(html: &str) -> String {
    between(html, "<p class=\"result-count\" role=\"status\">", "</p>").to_owned()
}

// ------------------------------------------------------------------------------------------------
// Overview
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn overview_shows_the_headline_and_every_paragraph_of_the_intro() {
    let app = spawn_app().await;
    let html = app.page("/de/").await;
    assert!(html.contains("<h1 lang=\"de\">Dialog auf europäischer Ebene!</h1>"));
    assert!(html.contains("<title>Übersicht – Internationale Partnerschaften</title>"));
    let hero = between(&html, "<section class=\"hero\">", "</section>");
    assert!(hero.contains(
        "<p>Europa muss leben, Europa muss zusammenwachsen, diesem Gedanken fühlt sich der Landkreis Harz verpflichtet.</p>"
    ));
    let intro = &seed().portal.intro["de"];
    let paragraphs: Vec<&str> = intro
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    assert_eq!(paragraphs.len(), 2, "the seed's intro has two paragraphs");
    for paragraph in paragraphs {
        assert!(
            hero.contains(&format!("<p>{paragraph}</p>")),
            "the intro paragraph {paragraph:?} is missing"
        );
    }
    assert!(text_of(hero).contains("Erasmus+ oder Europa für Bürgerinnen und Bürger"));
    assert!(
        !hero.contains("fallback-note"),
        "the German intro is in the German page's language: {hero}"
    );
}

#[tokio::test]
async fn every_partner_region_of_the_seed_is_on_the_overview() {
    let app = spawn_app().await;
    let html = app.page("/de/").await;
    let district = between(&html, "id=\"district-heading\"", "</section>");
    let links: Vec<String> = hrefs(district)
        .into_iter()
        .filter(|h| h.starts_with("/de/partnerships/"))
        .collect();
    let mut expected: Vec<String> = PARTNER_REGIONS
        .iter()
        .map(|(_, slug, _)| format!("/de/partnerships/{slug}"))
        .collect();
    // In the order of the API's list of the district's partnerships.
    let order = slugs(
        &app.all_items("/api/v1/partnerships?body=landkreis-harz&level=district")
            .await,
    );
    expected.sort_by_key(|link| order.iter().position(|s| link.ends_with(s.as_str())));
    assert_eq!(
        links, expected,
        "the four partner regions, in the list's order"
    );
    for (name, slug, country) in PARTNER_REGIONS {
        let card = between(
            district,
            &format!("href=\"/de/partnerships/{slug}\">"),
            "</li>\n",
        );
        let text = text_of(card);
        assert!(
            text.starts_with(name),
            "{slug} is not called {name}: {text}"
        );
        assert!(
            text.contains(&format!("{country} · ")),
            "{name} is not shown in {country}: {text}"
        );
    }
    let text = text_of(district);
    assert!(
        text.contains("Territoire de Belfort Frankreich · Freundschaft · seit 1995"),
        "{text}"
    );
    assert!(
        text.contains("Kreis Konecki Polen · Freundschaft · seit 2008"),
        "{text}"
    );
    assert!(
        text.contains("Kreis Iași Rumänien · Partnerschaft · seit 2003"),
        "{text}"
    );
    assert!(
        text.contains("Kreis Bistrița-Năsăud Rumänien · Partnerschaft · seit 2003"),
        "{text}"
    );
    assert!(
        text.contains("Freiwilligendienst"),
        "Belfort's topics are shown: {text}"
    );
}

#[tokio::test]
async fn every_town_of_the_district_and_each_of_its_twinnings_is_on_the_overview() {
    let app = spawn_app().await;
    let html = app.page("/de/").await;
    let municipal = between(&html, "id=\"municipal-heading\"", "<p><a class=\"button\"");
    assert_eq!(
        municipal.matches("aria-labelledby=\"town-").count(),
        8,
        "eight towns"
    );
    let mut twinnings = 0;
    for (town_slug, town_name, partners) in TOWN_TWINNINGS {
        let section = between(
            municipal,
            &format!("aria-labelledby=\"town-{town_slug}\">"),
            "</section>",
        );
        let heading = between(section, "<h3", "</h3>");
        assert_eq!(hrefs(heading), [format!("/de/bodies/{town_slug}")]);
        assert!(
            text_of(heading).ends_with(town_name),
            "{town_name}: {heading}"
        );
        let links: Vec<String> = hrefs(section)
            .into_iter()
            .filter(|h| h.starts_with("/de/partnerships/"))
            .collect();
        assert_eq!(links.len(), partners.len(), "{town_name}: {links:?}");
        let text = text_of(section);
        for (partner, country, slug) in partners {
            assert!(
                links.contains(&format!("/de/partnerships/{slug}")),
                "{partner} is not linked under {town_name}: {links:?}"
            );
            assert!(
                text.contains(&format!("{partner} ({country})")),
                "{partner} ({country}) is not listed under {town_name}: {text}"
            );
            twinnings += 1;
        }
    }
    assert_eq!(twinnings, 21, "the page lists 21 municipal twinnings");
    assert!(hrefs(&html).contains(&"/de/partnerships".to_owned()));
}

#[tokio::test]
async fn overview_shows_the_contact_block_of_the_district() {
    let app = spawn_app().await;
    let html = app.page("/de/").await;
    let contact = between(&html, "id=\"contact-heading\"", "</section>");
    let text = text_of(contact);
    assert!(text.contains("Kontakt"), "{text}");
    assert!(text.contains(
        "Bei Fragen und für weitere Informationen wenden Sie sich bitte an den Fachdienst Wirtschaftsförderung/Tourismus/Kultur"
    ));
    let address = text_of(between(contact, "<address>", "</address>"));
    assert_eq!(
        address,
        "Landkreis Harz Fachbereich Landrat Fachdienst Wirtschaftsförderung/Tourismus/Kultur \
         Friedrich-Ebert-Straße 42 38820 Halberstadt"
    );
    assert!(text.contains("Telefon 03941/ 59 70 42 03"), "{text}");
    assert!(text.contains("Fax 03941/ 59 70 67 83"), "{text}");
    assert!(
        text.contains("E-Mail standortfoerderung@kreis-hz.de"),
        "{text}"
    );
    let links = hrefs(contact);
    assert!(links.contains(&"tel:0394159704203".to_owned()), "{links:?}");
    assert!(
        links.contains(&"mailto:standortfoerderung@kreis-hz.de".to_owned()),
        "{links:?}"
    );
}

#[tokio::test]
async fn every_page_links_to_the_overview_the_list_and_the_open_data() {
    let app = spawn_app().await;
    for path in [
        "/de/",
        "/de/partnerships",
        "/de/partnerships/harz-iasi",
        "/de/bodies/iasi",
        "/de/nope",
        "/nope",
    ] {
        let answer = app.get(path).await;
        let nav = hrefs(between(&answer.text, "<ul class=\"nav\">", "</ul>"));
        // The open data: a page that links the OpenAPI document and every download.
        for target in ["/de/", "/de/partnerships", "/de/open-data"] {
            assert!(
                nav.iter().any(|href| href == target),
                "{path}: {target} not in {nav:?}"
            );
        }
        assert!(
            nav.iter()
                .all(|href| href.starts_with("/de/") || href.starts_with("/api/")),
            "{path}: the navigation leaves German: {nav:?}"
        );
        assert!(
            answer
                .text
                .starts_with("<!doctype html>\n<html lang=\"de\">"),
            "{path}"
        );
        let brand = elements(&answer.text, "a")
            .into_iter()
            .find(|a| a.attr("class").as_deref() == Some("brand"))
            .unwrap_or_else(|| panic!("{path}: no brand link"));
        assert_eq!(brand.attr("href").as_deref(), Some("/de/"), "{path}");
    }
}

#[tokio::test]
async fn addresses_without_a_language_still_lead_to_the_german_pages() {
    let app = spawn_app().await;
    for (old, german) in [
        ("/", "/de/"),
        ("/partnerships", "/de/partnerships"),
        (
            "/partnerships?country=RO&level=district",
            "/de/partnerships?country=RO&level=district",
        ),
        ("/partnerships/harz-iasi", "/de/partnerships/harz-iasi"),
        ("/bodies/iasi", "/de/bodies/iasi"),
    ] {
        let answer = app.get(old).await;
        assert_eq!(answer.status, 200, "{old}: {}", answer.text);
        assert_eq!(answer.final_path(), german, "{old}");
        assert_eq!(
            answer.text,
            app.page(german).await,
            "{old} shows the page of {german}"
        );
    }
}

#[tokio::test]
async fn every_stylesheet_a_page_links_is_served() {
    let app = spawn_app().await;
    let html = app.page("/de/").await;
    let sheets: Vec<String> = html
        .split("<link rel=\"stylesheet\" href=\"")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_owned())
        .collect();
    assert!(!sheets.is_empty(), "the page links a stylesheet");
    for sheet in sheets {
        let answer = app.get(&sheet).await;
        assert_eq!(answer.status, 200, "{sheet}");
        assert!(
            answer.content_type().starts_with("text/css"),
            "{sheet}: {}",
            answer.content_type()
        );
    }
}

#[tokio::test]
async fn pages_carry_the_security_headers() {
    let app = spawn_app().await;
    for path in [
        "/de/",
        "/de/partnerships?level=county",
        "/fr/nope",
        "/nope",
        "/api/v1/bodies",
    ] {
        let answer = app.get(path).await;
        let header = |name: &str| {
            answer
                .headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert!(
            header("content-security-policy").contains("default-src 'self'"),
            "{path}"
        );
        assert!(!header("x-request-id").is_empty(), "{path}");
    }
}

// ------------------------------------------------------------------------------------------------
// Partnership pages
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn bistrita_nasaud_partnership_tells_its_timeline_in_order_with_the_acting_districts() {
    let app = spawn_app().await;
    let html = app.page("/de/partnerships/harz-bistrita-nasaud").await;
    assert!(html.contains("<h1>Landkreis Harz – Kreis Bistrița-Năsăud</h1>"));
    let timeline = between(&html, "<ol class=\"timeline\">", "</ol>");
    let items: Vec<&str> = timeline.split("<li").skip(1).collect();
    assert_eq!(items.len(), 3, "three milestones: {timeline}");
    let expected = [
        (
            "2003",
            "Anfang 2003 Absichtserklärung",
            ["landkreis-halberstadt", "bistrita-nasaud"],
        ),
        (
            "2003",
            "Ende 2003 Vertrag",
            ["landkreis-halberstadt", "bistrita-nasaud"],
        ),
        (
            "2009",
            "2009 Übergang auf Rechtsnachfolger",
            ["landkreis-halberstadt", "landkreis-harz"],
        ),
    ];
    for (item, (datetime, heading, acting)) in items.iter().zip(expected) {
        let text = text_of(item);
        assert!(text.contains(heading), "{heading:?} expected in {text:?}");
        assert!(
            item.contains(&format!("<time datetime=\"{datetime}\">")),
            "a machine-readable date {datetime} expected in {item}"
        );
        let acting_links: Vec<String> = hrefs(item)
            .into_iter()
            .filter(|h| h.contains("/bodies/"))
            .collect();
        let expected_links: Vec<String> =
            acting.iter().map(|s| format!("/de/bodies/{s}")).collect();
        assert_eq!(acting_links, expected_links, "acting bodies of {heading}");
    }
    assert!(text_of(items[0]).contains("Beteiligt: Landkreis Halberstadt, Kreis Bistrița-Năsăud"));
    assert!(text_of(items[2]).contains("Beteiligt: Landkreis Halberstadt, Landkreis Harz"));
    assert!(text_of(items[2]).contains(
        "Durch die Kreisgebietsreform wurde die Kooperationsvereinbarung auf den Landkreis Harz übertragen."
    ));
}

#[tokio::test]
async fn bistrita_nasaud_partnership_shows_the_partners_facts_with_their_date_and_source() {
    let app = spawn_app().await;
    let html = app.page("/de/partnerships/harz-bistrita-nasaud").await;
    let about = between(
        &html,
        "<section aria-labelledby=\"about-bistrita-nasaud\">",
        "</section>",
    );
    assert!(text_of(about).contains("Über Kreis Bistrița-Năsăud"));
    let population = between(about, "<dt>Einwohner</dt>", "</dd>");
    // German digit grouping with a narrow no-break space (U+202F), as DIN 5008 asks.
    assert!(
        population.contains("286\u{202f}225 Einwohner"),
        "the population is not grouped with U+202F: {population:?}"
    );
    let population = text_of(population);
    assert!(population.contains("Stand: 2011"), "{population}");
    assert!(population.contains("Volkszählung 2011"), "{population}");
    assert!(
        population.contains("Quelle: Dialog auf europäischer Ebene!"),
        "{population}"
    );
    let density = text_of(between(about, "<dt>Bevölkerungsdichte</dt>", "</dd>"));
    assert!(density.starts_with("53 Einwohner je km²"), "{density}");
    assert!(density.contains("Stand: 2011"), "{density}");
    let capital = text_of(between(about, "<dt>Hauptort</dt>", "</dd>"));
    assert!(capital.starts_with("Bistrița"), "{capital}");
    assert!(capital.contains("Stand unbekannt"), "{capital}");
    assert!(hrefs(about).contains(&"http://www.portalbn.ro/".to_owned()));

    let aside = between(&html, "<aside", "</aside>");
    let text = text_of(aside);
    for line in [
        "Ebene Kreisebene",
        "Art Partnerschaft",
        "Status aktiv",
        "Seit 2003",
        "Themen der Zusammenarbeit Wirtschaft Gesundheit und Soziales",
        "Quellen Dialog auf europäischer Ebene! (Landkreis Harz)",
        // The page error about 2009 is kept and explained.
        "im Jahr 2009",
    ] {
        assert!(text.contains(line), "{line:?} expected in {text:?}");
    }
    let topics: Vec<String> = hrefs(aside)
        .into_iter()
        .filter(|h| h.contains("topic="))
        .collect();
    assert_eq!(
        topics,
        [
            "/de/partnerships?topic=economy",
            "/de/partnerships?topic=health_social"
        ]
    );
}

#[tokio::test]
async fn konecki_partnership_shows_the_member_town_contact_of_bad_suderode_and_konskie() {
    let app = spawn_app().await;
    let html = app.page("/de/partnerships/harz-konecki").await;
    let children = between(
        &html,
        "<section aria-labelledby=\"children-heading\">",
        "</section>",
    );
    let text = text_of(children);
    assert!(
        text.contains("Kontakte zwischen Mitgliedsgemeinden Bad Suderode – Końskie (Kontakt)"),
        "{text}"
    );
    assert_eq!(hrefs(children), ["/de/partnerships/bad-suderode-konskie"]);
    // The undated friendship with the former Landkreis Wernigerode comes before the 2008 declaration.
    let timeline = text_of(between(&html, "<ol class=\"timeline\">", "</ol>"));
    let undated = timeline
        .find("ohne Datum Freundschaft")
        .expect("an undated friendship");
    let declared = timeline
        .find("2008 Absichtserklärung")
        .expect("the 2008 declaration");
    assert!(undated < declared, "{timeline}");
    assert!(timeline.contains("Beteiligt: Landkreis Wernigerode, Kreis Konecki"));

    let contact = app.page("/de/partnerships/bad-suderode-konskie").await;
    assert!(contact.contains("<h1>Bad Suderode – Końskie</h1>"));
    assert!(hrefs(&contact).contains(&"/de/partnerships/harz-konecki".to_owned()));
    assert!(text_of(&contact).contains(
        "In den vergangenen Jahren haben sich vielfältige Kontakte zwischen Bad Suderode und Końskie heraus gebildet."
    ));
}

#[tokio::test]
async fn belfort_partnership_tells_of_louis_bertrand_and_the_volunteer_of_september_2014() {
    let app = spawn_app().await;
    let html = app.page("/de/partnerships/harz-belfort").await;
    assert!(html.contains("<h1>Landkreis Harz – Territoire de Belfort</h1>"));
    let story = text_of(between(&html, "id=\"story-heading\"", "</section>"));
    assert!(
        story.contains("Louis Bertrand war Häftling im Konzentrationslager Langenstein-Zwieberge")
    );
    assert!(story.contains("Im September 2014 wurde erstmals ein junger Mann"));
    let timeline = text_of(between(&html, "<ol class=\"timeline\">", "</ol>"));
    let positions: Vec<usize> = [
        "1995 Freundschaft",
        "2007 Übergang auf Rechtsnachfolger",
        "September 2014 Ereignis",
    ]
    .iter()
    .map(|entry| {
        timeline
            .find(entry)
            .unwrap_or_else(|| panic!("{entry:?} is not in the timeline: {timeline}"))
    })
    .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "timeline out of order: {timeline}"
    );
    assert!(html.contains("<time datetime=\"2014-09\">"));
    let population = text_of(between(&html, "<dt>Einwohner</dt>", "</dd>"));
    assert!(
        population.contains("143\u{202f}348 Einwohner"),
        "{population}"
    );
    assert!(population.contains("Stand unbekannt"), "{population}");
}

#[tokio::test]
async fn approximate_figures_read_as_such() {
    let app = spawn_app().await;
    let html = app.page("/de/partnerships/harz-konecki").await;
    let about = text_of(between(
        &html,
        "<section aria-labelledby=\"about-powiat-konecki\">",
        "</section>",
    ));
    assert!(about.contains("etwa 84\u{202f}000 Einwohner"), "{about}");
    assert!(about.contains("1139,9 km²"), "{about}");
}

#[tokio::test]
async fn every_partnership_slug_from_the_api_has_a_page() {
    let app = spawn_app().await;
    let items = app.all_items("/api/v1/partnerships").await;
    assert_eq!(items.len(), 26);
    for item in &items {
        let slug = item["slug"].as_str().unwrap();
        let html = app.page(&format!("/de/partnerships/{slug}")).await;
        let title = format!(
            "<h1>{} – {}</h1>",
            item["home"]["display_name"].as_str().unwrap(),
            item["partner"]["display_name"].as_str().unwrap()
        );
        assert!(html.contains(&title), "{slug}: {title} expected");
    }
}

#[tokio::test]
async fn every_body_from_the_api_has_a_page() {
    let app = spawn_app().await;
    let items = app.all_items("/api/v1/bodies").await;
    assert_eq!(items.len(), seed().bodies.len());
    for item in &items {
        let slug = item["slug"].as_str().unwrap();
        let html = app.page(&format!("/de/bodies/{slug}")).await;
        let name = item["display_name"].as_str().unwrap();
        assert!(
            html.contains(&format!("<h1>{name}")),
            "{slug}: heading {name} expected"
        );
    }
}

// ------------------------------------------------------------------------------------------------
// Body pages
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn landkreis_harz_page_lists_its_three_predecessors_of_2007_and_its_eight_towns() {
    let app = spawn_app().await;
    let html = app.page("/de/bodies/landkreis-harz").await;
    assert!(html.contains("<h1>Landkreis Harz</h1>"));
    let succession = between(&html, "id=\"succession-heading\"", "</ul>");
    let text = text_of(succession);
    assert!(text.contains("Vorgänger"), "{text}");
    for predecessor in [
        "Landkreis Halberstadt",
        "Landkreis Quedlinburg",
        "Landkreis Wernigerode",
    ] {
        assert!(
            text.contains(&format!("Zusammenschluss: {predecessor} (2007)")),
            "{predecessor} is not a predecessor: {text}"
        );
    }
    assert_eq!(succession.matches("<li").count(), 3);
    let linked: Vec<String> = hrefs(succession);
    for slug in [
        "landkreis-halberstadt",
        "landkreis-quedlinburg",
        "landkreis-wernigerode",
    ] {
        assert!(
            linked.contains(&format!("/de/bodies/{slug}")),
            "{slug}: {linked:?}"
        );
    }

    let towns = between(&html, "id=\"children-heading\"", "</ul>");
    let expected: Vec<String> = TOWN_TWINNINGS
        .iter()
        .map(|(slug, _, _)| format!("/de/bodies/{slug}"))
        .collect();
    assert_eq!(hrefs(towns), expected);
    let names: Vec<&str> = TOWN_TWINNINGS.iter().map(|(_, name, _)| *name).collect();
    assert!(
        text_of(towns).ends_with(&format!("Gliederung {}", names.join(" "))),
        "{towns}"
    );
    // Its own partnerships: the four partner regions.
    assert_eq!(
        table_partnerships(&html),
        [
            "harz-belfort",
            "harz-konecki",
            "harz-bistrita-nasaud",
            "harz-iasi"
        ]
    );
    let aside = text_of(between(&html, "<aside", "</aside>"));
    assert!(aside.contains("Bestand seit 2007"), "{aside}");
    assert!(aside.contains("Gehört zu Sachsen-Anhalt"), "{aside}");
}

#[tokio::test]
async fn purhus_page_names_randers_as_its_successor() {
    let app = spawn_app().await;
    let html = app.page("/de/bodies/purhus").await;
    assert!(html.contains("<h1>Purhus Kommune</h1>"));
    let successors = between(&html, "Nachfolger</h2>", "</ul>");
    assert!(
        text_of(successors).contains("Eingliederung in Randers Kommune (Januar 2007)"),
        "{successors}"
    );
    assert!(hrefs(successors).contains(&"/de/bodies/randers".to_owned()));
    let aside = text_of(between(&html, "<aside", "</aside>"));
    assert!(aside.contains("Bestand bis Januar 2007"), "{aside}");
    assert_eq!(table_partnerships(&html), ["oberharz-am-brocken-purhus"]);
    // And Randers names Purhus as its predecessor.
    let randers = app.page("/de/bodies/randers").await;
    let predecessors = text_of(between(&randers, "id=\"succession-heading\"", "</ul>"));
    assert!(
        predecessors.contains("Eingliederung: Purhus Kommune (Januar 2007)"),
        "{predecessors}"
    );
}

#[tokio::test]
async fn a_partner_body_shows_its_official_name_beside_the_german_one() {
    let app = spawn_app().await;
    let html = app.page("/de/bodies/iasi").await;
    let heading = between(&html, "<h1>", "</h1>");
    assert_eq!(text_of(heading), "Kreis Iași (Județul Iași)");
    assert!(heading.contains("lang=\"ro\""), "{heading}");
    let names = text_of(between(&html, "<ul class=\"names\">", "</ul>"));
    assert!(names.contains("Kreis Iași (Deutscher Name)"), "{names}");
    assert!(names.contains("Lași (Schreibweise)"), "{names}");
}

#[tokio::test]
async fn a_body_without_partnerships_says_so() {
    let app = spawn_app().await;
    let html = app.page("/de/bodies/sachsen-anhalt").await;
    assert!(html.contains("Für diese Körperschaft sind keine Partnerschaften erfasst."));
    assert!(table_partnerships(&html).is_empty());
}

// ------------------------------------------------------------------------------------------------
// The partnership list and its filters
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn partnership_list_without_filters_shows_all_26() {
    let app = spawn_app().await;
    let html = app.page("/de/partnerships").await;
    assert_eq!(result_count(&html), "26 Partnerschaften gefunden");
    let rows = table_partnerships(&html);
    assert_eq!(rows.len(), 26);
    // The district partnerships lead, in the API's order.
    let api = slugs(&app.all_items("/api/v1/partnerships").await);
    assert_eq!(rows, api);
    assert!(!html.contains("class=\"pager\""), "one page needs no pager");
}

#[tokio::test]
async fn partnership_list_filters_narrow_the_rows_as_the_seed_says() {
    let app = spawn_app().await;
    let cases: &[(&str, usize)] = &[
        ("country=FR", 11),
        ("country=fr", 11),
        ("country=PL", 3),
        ("country=RO", 3),
        ("country=DE", 26),
        ("country=NG", 1),
        ("topic=tourism", 2),
        ("topic=economy", 4),
        ("topic=volunteering", 1),
        ("level=district", 4),
        ("level=municipal", 22),
        ("level=village", 0),
        ("status=active", 26),
        ("status=ended", 0),
        ("kind=friendship", 2),
        ("kind=contact", 1),
        ("kind=partnership", 23),
        ("body=osterwieck", 6),
        ("within=landkreis-harz", 21),
        ("country=FR&level=municipal", 10),
        ("country=FR&level=district", 1),
        ("country=RO&topic=economy", 2),
        ("level=district&kind=friendship&topic=tourism", 2),
        ("country=CH&kind=contact", 0),
    ];
    for (query, expected) in cases {
        let html = app.page(&format!("/de/partnerships?{query}")).await;
        let rows = table_partnerships(&html);
        assert_eq!(rows.len(), *expected, "/de/partnerships?{query}: {rows:?}");
        let api = slugs(
            &app.all_items(&format!("/api/v1/partnerships?{query}"))
                .await,
        );
        assert_eq!(rows, api, "page and API disagree on {query}");
        if *expected == 0 {
            assert_eq!(result_count(&html), "Keine Partnerschaft gefunden");
            assert!(html.contains("Keine Partnerschaft entspricht diesen Filtern."));
        } else if *expected == 1 {
            assert_eq!(result_count(&html), "1 Partnerschaft gefunden");
        } else {
            assert_eq!(
                result_count(&html),
                format!("{expected} Partnerschaften gefunden")
            );
        }
    }
}

#[tokio::test]
async fn country_filter_shows_only_partners_in_that_country_and_keeps_the_choice_selected() {
    let app = spawn_app().await;
    let html = app.page("/de/partnerships?country=FR").await;
    let seed = seed();
    let country = |slug: &str| {
        seed.bodies
            .iter()
            .find(|b| b.slug.as_str() == slug)
            .map(|b| b.country.as_str().to_owned())
            .unwrap()
    };
    let expected_fr = seed
        .partnerships
        .iter()
        .filter(|p| p.bodies.iter().any(|b| country(b.as_str()) == "FR"))
        .count();
    assert_eq!(expected_fr, 11);
    let tbody = between(&html, "<tbody>", "</tbody>");
    let rows: Vec<String> = tbody.split("<tr").skip(1).map(text_of).collect();
    assert_eq!(rows.len(), expected_fr);
    for row in &rows {
        assert!(row.contains(" Frankreich "), "not a French partner: {row}");
    }
    assert!(html.contains("<option value=\"FR\" selected>Frankreich</option>"));
    assert!(html.contains("<option value=\"RO\">Rumänien</option>"));
}

#[tokio::test]
async fn kind_filter_finds_the_one_informal_contact() {
    let app = spawn_app().await;
    let html = app.page("/de/partnerships?kind=contact").await;
    assert_eq!(table_partnerships(&html), ["bad-suderode-konskie"]);
    let row = text_of(between(&html, "<tbody>", "</tbody>"));
    assert_eq!(
        row,
        "Bad Suderode Końskie Polen Gemeindeebene Kontakt aktiv"
    );
    assert!(html.contains("<option value=\"contact\" selected>Kontakt</option>"));
}

#[tokio::test]
async fn empty_form_values_mean_all() {
    let app = spawn_app().await;
    for query in [
        "country=&topic=",
        "country=&topic=&level=&kind=&status=",
        "country=&topic=&level=&kind=&status=&body=&within=&page=",
        "country=%20&level=+",
    ] {
        let html = app.page(&format!("/de/partnerships?{query}")).await;
        assert_eq!(
            table_partnerships(&html).len(),
            26,
            "/de/partnerships?{query}"
        );
        assert!(html.contains("<option value=\"\">alle</option>"));
        assert!(!html.contains(" selected>"), "{query}: nothing is selected");
    }
}

#[tokio::test]
async fn page_two_of_a_single_page_list_is_empty_rather_than_an_error() {
    let app = spawn_app().await;
    let html = app.page("/de/partnerships?page=2").await;
    assert!(table_partnerships(&html).is_empty());
    assert!(html.contains("Keine Partnerschaft entspricht diesen Filtern."));
    assert!(!html.contains("class=\"pager\""));
}

#[tokio::test]
async fn pager_links_appear_only_when_there_is_more_than_one_page() {
    let app = spawn_app().await;
    // 26 partnerships at 50 a page: no pager.
    assert!(
        !app.page("/de/partnerships")
            .await
            .contains("class=\"pager\"")
    );
    assert!(
        !app.page("/de/partnerships?level=district")
            .await
            .contains("class=\"pager\"")
    );
    // Ten a page: three pages.
    let first = app.page("/de/partnerships?per_page=10").await;
    let pager = between(&first, "<nav class=\"pager\"", "</nav>");
    assert!(pager.contains("Seite 1 von 3"));
    assert!(!pager.contains("rel=\"prev\""));
    assert_eq!(hrefs(pager), ["/de/partnerships?page=2&per_page=10"]);
    assert_eq!(table_partnerships(&first).len(), 10);
}

#[tokio::test]
async fn following_the_pager_visits_every_partnership_once() {
    let app = spawn_app().await;
    let mut path = "/de/partnerships?per_page=10".to_owned();
    let mut seen = Vec::new();
    for _ in 0..10 {
        let html = app.page(&path).await;
        seen.extend(table_partnerships(&html));
        if !html.contains("rel=\"next\"") {
            break;
        }
        path = hrefs(between(&html, "<a rel=\"next\"", "</a>"))
            .pop()
            .expect("a next link");
        assert!(
            path.starts_with("/de/partnerships?"),
            "the next page stays in German: {path}"
        );
    }
    let mut distinct = seen.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), seen.len(), "no partnership twice: {seen:?}");
    assert_eq!(seen.len(), 26, "every partnership once: {seen:?}");
}

// ------------------------------------------------------------------------------------------------
// Bad input on pages
// ------------------------------------------------------------------------------------------------

#[tokio::test]
async fn unknown_addresses_answer_with_the_not_found_page() {
    let app = spawn_app().await;
    for path in [
        "/de/partnerships/x",
        "/de/partnerships/harz-nowhere",
        "/de/bodies/x",
        "/de/bodies/landkreis-nowhere",
        "/de/nope",
        "/de/partnerships/",
        "/de/de/",
        "/nope",
        "/partnerships/",
        "/partnerships/harz-nowhere",
        "/xx/partnerships",
        "/assets/nope.css",
        "/assets/../Cargo.toml",
    ] {
        let answer = app.get(path).await;
        let page = answer.error_page(404);
        assert!(
            page.contains("<h1>Seite nicht gefunden</h1>"),
            "{path}: {page}"
        );
    }
}

#[tokio::test]
async fn malformed_list_parameters_answer_with_a_page_naming_the_problem() {
    let app = spawn_app().await;
    let long = "x".repeat(5000);
    let cases: Vec<(String, &str)> = vec![
        (
            "level=county".into(),
            "unknown level 'county'; allowed: district, municipal, village",
        ),
        ("country=France".into(), "'France' is not a country code"),
        (
            "topic=x".into(),
            "unknown topic 'x'; allowed: youth_social_work",
        ),
        ("status=Active".into(), "unknown status 'Active'"),
        ("kind=twinning".into(), "unknown kind 'twinning'"),
        ("page=0".into(), "page '0' is not a page number"),
        ("page=abc".into(), "page 'abc' is not a page number"),
        ("page=-1".into(), "page '-1' is not a page number"),
        (
            "per_page=1000".into(),
            "per_page '1000' must be a number from 1 to 500",
        ),
        (
            "body=../etc".into(),
            "body: '../etc' is not a valid identifier",
        ),
        (
            "within=Landkreis%20Harz".into(),
            "within: 'Landkreis Harz' is not a valid identifier",
        ),
        (format!("body={long}"), "is not a valid identifier"),
        ("country=%FF%FE".into(), "is not a country code"),
        ("level=a&level=b".into(), "duplicate field `level`"),
        ("country=FR&country=PL".into(), "duplicate field `country`"),
    ];
    for (query, message) in cases {
        let answer = app.get(&format!("/de/partnerships?{query}")).await;
        let page = unescape(answer.error_page(400));
        assert!(page.contains("<h1>Ungültige Anfrage</h1>"), "{query}");
        assert!(
            page.contains(message),
            "/de/partnerships?{query}: {message:?} expected in {}",
            between(&page, "<div class=\"error-page\">", "</div>")
        );
    }
}

#[tokio::test]
async fn hostile_strings_are_never_reflected_unescaped_on_pages() {
    let app = spawn_app().await;
    let payloads = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "</title><script>alert(1)</script>",
    ];
    let mut paths = Vec::new();
    for payload in payloads {
        let encoded = percent_encode(payload.as_bytes());
        for name in [
            "country", "topic", "level", "status", "kind", "body", "within", "page", "per_page",
        ] {
            paths.push(format!("/de/partnerships?{name}={encoded}"));
        }
        // Without a language the answer is a redirect, which the client follows.
        paths.push(format!("/partnerships?level={encoded}"));
        for prefix in ["", "/de", "/fr"] {
            paths.push(format!("{prefix}/partnerships/{encoded}"));
            paths.push(format!("{prefix}/bodies/{encoded}"));
            paths.push(format!("{prefix}/{encoded}"));
        }
        paths.push(format!("/assets/{encoded}"));
    }
    for path in paths {
        let answer = app.get(&path).await;
        assert!(
            answer.status.is_client_error(),
            "{path} answered {}",
            answer.status
        );
        assert!(answer.is_html(), "{path}: {}", answer.content_type());
        let lower = answer.text.to_lowercase();
        for fragment in [
            "<script>alert",
            "<img src=x",
            "<svg onload",
            "</title><script",
        ] {
            assert!(
                !lower.contains(fragment),
                "{path} reflects {fragment}: {}",
                answer.text
            );
        }
        for payload in payloads {
            assert!(!answer.text.contains(payload), "{path} reflects {payload}");
        }
    }
}

#[tokio::test]
async fn a_path_that_is_not_utf8_answers_in_the_portals_error_formats() {
    let app = spawn_app().await;
    for path in [
        "/de/partnerships/%FF%FE",
        "/de/bodies/%FF",
        "/partnerships/%FF%FE",
        "/bodies/%FF",
    ] {
        let answer = app.get(path).await;
        assert!(answer.status.is_client_error(), "{path}: {}", answer.status);
        assert!(
            answer.is_html(),
            "{path}: {} {}",
            answer.content_type(),
            answer.text
        );
        assert!(answer.text.contains("class=\"error-page\""), "{path}");
    }
    for path in ["/api/v1/partnerships/%FF%FE", "/api/v1/bodies/%FF"] {
        let answer = app.get(path).await;
        assert!(answer.status.is_client_error(), "{path}: {}", answer.status);
        assert!(
            answer.is_json(),
            "{path}: {} {}",
            answer.content_type(),
            answer.text
        );
        assert!(answer.json()["error"]["code"].is_string(), "{path}");
    }
}
