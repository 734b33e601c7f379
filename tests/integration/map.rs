//! The partnership map (`/{lang}/map`): inline SVG drawn on the server with a line per partnership
//! whose partners both have coordinates, the same partnerships as a list beside it, and the list
//! page's filters with their 400 for unknown values.

use std::collections::BTreeSet;

use partnerportal::io::seed_format::SeedFile;

use crate::common::{element_end, elements, hrefs, seed, spawn_app};

/// A partnership of the bundled seed as the map should show it.
struct Expected {
    slug: String,
    level: String,
    /// Both partners have coordinates in the seed.
    drawable: bool,
}

fn expected() -> Vec<Expected> {
    let seed = seed();
    let placed: BTreeSet<String> = seed
        .bodies
        .iter()
        .filter(|b| b.latitude.is_some() && b.longitude.is_some())
        .map(|b| b.slug.to_string())
        .collect();
    seed.partnerships
        .iter()
        .map(|p| Expected {
            slug: SeedFile::partnership_slug(p),
            level: p.level.as_str().to_owned(),
            drawable: p.bodies.iter().all(|b| placed.contains(b.as_str())),
        })
        .collect()
}

fn slugs<'a>(items: impl Iterator<Item = &'a Expected>) -> BTreeSet<String> {
    items.map(|p| p.slug.clone()).collect()
}

/// The element with `id`, start tag to end tag.
fn element_by_id<'a>(html: &'a str, name: &str, id: &str) -> &'a str {
    let tag = elements(html, name)
        .into_iter()
        .find(|t| t.attr("id").as_deref() == Some(id))
        .unwrap_or_else(|| panic!("no <{name} id=\"{id}\"> on the page"));
    &html[tag.start..element_end(html, &tag)]
}

/// The partnerships the main map draws a line for, each once.
fn lines(html: &str) -> BTreeSet<String> {
    let svg = element_by_id(html, "svg", "map-main");
    let lines = elements(svg, "line");
    let slugs: Vec<String> = lines
        .iter()
        .filter_map(|line| line.attr("data-partnership"))
        .collect();
    let set: BTreeSet<String> = slugs.iter().cloned().collect();
    assert_eq!(
        set.len(),
        slugs.len(),
        "a partnership has two lines: {slugs:?}"
    );
    set
}

/// The partnerships the list beside the map links to, each once.
fn listed(html: &str, lang: &str) -> BTreeSet<String> {
    let section = elements(html, "section")
        .into_iter()
        .find(|t| t.attr("class").as_deref() == Some("map-list"))
        .expect("the list beside the map");
    let list = &html[section.start..element_end(html, &section)];
    let prefix = format!("/{lang}/partnerships/");
    let slugs: Vec<String> = hrefs(list)
        .into_iter()
        .filter_map(|href| href.strip_prefix(&prefix).map(str::to_owned))
        .collect();
    let set: BTreeSet<String> = slugs.iter().cloned().collect();
    assert_eq!(
        set.len(),
        slugs.len(),
        "a partnership is listed twice: {slugs:?}"
    );
    set
}

#[tokio::test]
async fn the_map_draws_every_placed_partnership_and_lists_them_all() {
    let app = spawn_app().await;
    let html = app.page("/de/map").await;
    let expected = expected();
    assert!(
        expected.iter().any(|p| !p.drawable),
        "the seed has partners without coordinates, which the map must list but not draw"
    );

    // One accessible image: role="img", named by its own title and description.
    let svg = elements(&html, "svg")
        .into_iter()
        .find(|t| t.attr("id").as_deref() == Some("map-main"))
        .expect("the main map");
    assert_eq!(svg.attr("role").as_deref(), Some("img"));
    assert_eq!(
        svg.attr("aria-labelledby").as_deref(),
        Some("map-main-title map-main-desc")
    );
    assert!(
        svg.attr("viewBox")
            .is_some_and(|v| v.starts_with("0 0 1000 "))
    );
    assert_eq!(svg.attr("width").as_deref(), Some("100%"));
    let map = element_by_id(&html, "svg", "map-main");
    assert!(map.contains("<title id=\"map-main-title\">Karte der Partnerschaften</title>"));
    assert!(map.contains("<desc id=\"map-main-desc\">"));
    // Country outlines, and a marker with a hover title per placed body.
    assert!(elements(map, "path").len() > 10, "no country outlines");
    let markers = elements(map, "circle");
    assert!(!markers.is_empty());
    for place in ["Náchod (Tschechien)", "Kreis Iași (Rumänien)"] {
        assert!(
            map.contains(&format!("<title>{place}</title></circle>")),
            "no marker with the hover title {place}"
        );
    }
    // A town whose only partner has no coordinates still gets its marker, without a line.
    assert!(map.contains("<title>Harzgerode (Deutschland)</title></circle>"));
    assert!(!lines(&html).contains("harzgerode-leval"));

    assert_eq!(lines(&html), slugs(expected.iter().filter(|p| p.drawable)));
    assert_eq!(listed(&html, "de"), slugs(expected.iter()));

    // The page says which partners it cannot place.
    for name in ["Villars", "Leval", "Saint-Hellier"] {
        let note = &html[html
            .find("class=\"map-note\"")
            .expect("the note on unplaced bodies")..];
        assert!(
            note[..note.find("</p>").unwrap()].contains(name),
            "{name} not named as unplaced"
        );
    }
    // Hội An and Tillabéri lie outside Europe: the world overview shows them.
    let world = element_by_id(&html, "svg", "map-world");
    assert!(world.contains("Hội An (Vietnam)"));
}

#[tokio::test]
async fn the_level_filter_narrows_the_lines_and_the_list_alike() {
    let app = spawn_app().await;
    let expected = expected();
    for level in ["district", "municipal"] {
        let html = app.page(&format!("/de/map?level={level}")).await;
        let of_level = || expected.iter().filter(|p| p.level == level);
        assert_eq!(
            lines(&html),
            slugs(of_level().filter(|p| p.drawable)),
            "{level}"
        );
        assert_eq!(listed(&html, "de"), slugs(of_level()), "{level}");
        assert!(
            html.contains(&format!("<option value=\"{level}\" selected>")),
            "the form keeps the chosen level"
        );
    }
    // The country filter works as on the list page (either partner in the country).
    let html = app.page("/de/map?country=RO").await;
    assert_eq!(
        listed(&html, "de"),
        BTreeSet::from(
            ["harz-iasi", "harz-bistrita-nasaud", "wernigerode-cisnadie"].map(str::to_owned)
        )
    );
    assert_eq!(lines(&html).len(), 3);
}

#[tokio::test]
async fn unknown_filter_values_answer_400_like_the_list() {
    let app = spawn_app().await;
    for query in ["level=county", "country=Frankreich"] {
        let answer = app.get(&format!("/de/map?{query}")).await;
        answer.error_page(400);
    }
}

#[tokio::test]
async fn the_map_speaks_every_language_and_the_navigation_leads_to_it() {
    let app = spawn_app().await;
    let html = app.page("/en/map").await;
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("<title id=\"map-main-title\">Map of the partnerships</title>"));
    assert_eq!(
        listed(&html, "en"),
        slugs(expected().iter()),
        "the English list links to English pages"
    );
    for lang in ["de", "fr", "pl", "ro"] {
        let html = app.page(&format!("/{lang}/map")).await;
        assert!(
            hrefs(&html).contains(&format!("/{lang}/map")),
            "{lang}: no link to the map"
        );
        assert!(html.contains("id=\"map-main\""));
    }
    // The main navigation marks the map as the current page.
    let overview = app.page("/de/").await;
    assert!(hrefs(&overview).contains(&"/de/map".to_owned()));
    assert!(html_has_current_map_link(&app.page("/de/map").await));
}

fn html_has_current_map_link(html: &str) -> bool {
    elements(html, "a").iter().any(|a| {
        a.attr("href").as_deref() == Some("/de/map")
            && a.attr("aria-current").as_deref() == Some("page")
    })
}
