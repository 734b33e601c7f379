//! A deterministic synthetic registry for benchmarks: Europe-wide bodies with names in the scripts and
//! diacritics of European languages, other names, facts, succession chains and partnerships with
//! milestones and topics, written as a seed file the normal import reads.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::Write;

use crate::domain::names::sort_key;
use crate::domain::vocab::{MilestoneType, Topic};

/// SplitMix64: tiny, fast, and the same sequence on every machine for the same seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// A country's naming material: syllables that read like its place names, and what its districts
/// and regions are called.
struct Country {
    code: &'static str,
    lang: &'static str,
    starts: &'static [&'static str],
    ends: &'static [&'static str],
    district: &'static str,
    region: &'static str,
}

const COUNTRIES: &[Country] = &[
    Country {
        code: "DE",
        lang: "de",
        starts: &[
            "Bad ", "Groß", "Neu", "Alt", "Königs", "Mühl", "Schön", "Wald", "Über", "Hildes",
            "Quer", "Wer",
        ],
        ends: &[
            "heim", "hausen", "stedt", "rode", "burg", "dorf", "ßen", "büttel", "tal", "münde",
        ],
        district: "Landkreis",
        region: "Land",
    },
    Country {
        code: "FR",
        lang: "fr",
        starts: &[
            "Saint-", "Belle", "Châtel", "Mont", "Val-d'", "Beau", "Pré", "Fontaine", "Ville",
            "Écu",
        ],
        ends: &[
            "ville",
            "court",
            "mont",
            "lès-Bains",
            "sur-Orge",
            "ac",
            "ière",
            "é",
            "çon",
            "y",
        ],
        district: "Arrondissement de",
        region: "Région",
    },
    Country {
        code: "PL",
        lang: "pl",
        starts: &[
            "Kęd", "Łódź", "Sosno", "Zduń", "Wrześ", "Ostrze", "Końs", "Żyr", "Środ", "Biał",
        ],
        ends: &[
            "owice", "ów", "ska Wola", "zyn", "ardów", "kie", "ąca", "eszów", "ń", "ystok",
        ],
        district: "Powiat",
        region: "Województwo",
    },
    Country {
        code: "RO",
        lang: "ro",
        starts: &[
            "Bistri", "Târgu ", "Câmpu", "Sighi", "Năsă", "Iaș", "Fălti", "Mediaș", "Brăi", "Cisnă",
        ],
        ends: &[
            "ța", "șoara", "lung", "ceni", "ud", "i", "ăuți", "ești", "la", "die",
        ],
        district: "Județul",
        region: "Regiunea",
    },
    Country {
        code: "CZ",
        lang: "cs",
        starts: &[
            "Velké ", "Nové ", "Český ", "Ústí ", "Dvůr ", "Hradec ", "Třebí", "Přero", "Žďár ",
            "Kolín",
        ],
        ends: &[
            "Opatovice",
            "Město",
            "Krumlov",
            "nad Labem",
            "Králové",
            "č",
            "v",
            "nad Sázavou",
            "ice",
            "ov",
        ],
        district: "Okres",
        region: "Kraj",
    },
    Country {
        code: "SK",
        lang: "sk",
        starts: &[
            "Banská ",
            "Spišská ",
            "Liptovský ",
            "Žilin",
            "Trenčí",
            "Poprad",
            "Nitr",
            "Košic",
            "Ružom",
            "Dolný ",
        ],
        ends: &[
            "Bystrica",
            "Nová Ves",
            "Mikuláš",
            "a",
            "n",
            "",
            "ianske",
            "e",
            "berok",
            "Kubín",
        ],
        district: "Okres",
        region: "Kraj",
    },
    Country {
        code: "IT",
        lang: "it",
        starts: &[
            "San ", "Castel", "Monte", "Borgo ", "Villa", "Porto ", "Santa ", "Rocca", "Pieve ",
            "Carpi",
        ],
        ends: &[
            "franco",
            "nuovo",
            "vecchio",
            "Maggiore",
            "d'Adda",
            "ano",
            "ello",
            "gnano",
            "ù di Sopra",
            "à di Sotto",
        ],
        district: "Provincia di",
        region: "Regione",
    },
    Country {
        code: "DK",
        lang: "da",
        starts: &[
            "Hørs", "Ærø", "Rand", "Skæl", "Fåborg", "Næst", "Køge", "Ring", "Holst", "Purh",
        ],
        ends: &[
            "holm", "købing", "ers", "skør", "by", "ved", "sted", "us", "lev", "rup",
        ],
        district: "Kommune",
        region: "Region",
    },
    Country {
        code: "ES",
        lang: "es",
        starts: &[
            "Villa", "San ", "Peña", "Alcalá ", "Torre", "Castro", "La ", "Puebla ", "Nava",
            "Logroño",
        ],
        ends: &[
            "franca",
            "Sebastián",
            "fiel",
            "de Henares",
            "jón",
            "ña",
            "rredondo",
            "del Río",
            "carnero",
            "",
        ],
        district: "Comarca de",
        region: "Comunidad",
    },
    Country {
        code: "HU",
        lang: "hu",
        starts: &[
            "Győr",
            "Székes",
            "Nyír",
            "Kecs",
            "Hód",
            "Szom",
            "Mosonmagyar",
            "Eger",
            "Pécs",
            "Sopr",
        ],
        ends: &[
            "fehérvár",
            "egyháza",
            "kemét",
            "mezővásárhely",
            "bathely",
            "óvár",
            "",
            "ön",
            "vár",
            "őd",
        ],
        district: "Járás",
        region: "Vármegye",
    },
    Country {
        code: "GR",
        lang: "el",
        starts: &[
            "Θεσσα",
            "Πάτ",
            "Ηρά",
            "Λάρ",
            "Βόλ",
            "Καβά",
            "Ιωάν",
            "Χανι",
            "Ρόδ",
            "Κέρκ",
        ],
        ends: &[
            "λονίκη",
            "ρα",
            "κλειο",
            "ισα",
            "ος",
            "λα",
            "νινα",
            "ά",
            "ος",
            "υρα",
        ],
        district: "Δήμος",
        region: "Περιφέρεια",
    },
    Country {
        code: "BG",
        lang: "bg",
        starts: &[
            "Плов",
            "Варн",
            "Бур",
            "Русе",
            "Стара ",
            "Плев",
            "Сливе",
            "Добри",
            "Шуме",
            "Габро",
        ],
        ends: &["див", "а", "гас", "", "Загора", "ен", "н", "ч", "н", "во"],
        district: "Община",
        region: "Област",
    },
    Country {
        code: "SE",
        lang: "sv",
        starts: &[
            "Väs", "Örebr", "Jönkö", "Linkö", "Norr", "Sundsv", "Gävl", "Borå", "Hälsing", "Skövd",
        ],
        ends: &[
            "terås", "o", "ping", "ping", "köping", "all", "e", "s", "borg", "e",
        ],
        district: "Kommun",
        region: "Län",
    },
    Country {
        code: "NL",
        lang: "nl",
        starts: &[
            "'s-Hertogen",
            "Zwol",
            "Ensch",
            "Leeu",
            "Apel",
            "Hengel",
            "Dev",
            "Zaan",
            "IJssel",
            "Roer",
        ],
        ends: &[
            "bosch", "le", "ede", "warden", "doorn", "o", "enter", "stad", "stein", "mond",
        ],
        district: "Gemeente",
        region: "Provincie",
    },
    Country {
        code: "AT",
        lang: "de",
        starts: &[
            "Sankt ",
            "Wiener ",
            "Klosterneu",
            "Bregen",
            "Feld",
            "Leo",
            "Wolfs",
            "Steyr",
            "Villach",
            "Krems",
        ],
        ends: &[
            "Pölten",
            "Neustadt",
            "burg",
            "z",
            "kirch",
            "ben",
            "berg",
            "",
            "-Land",
            " an der Donau",
        ],
        district: "Bezirk",
        region: "Bundesland",
    },
];

const TOPICS: &[Topic] = Topic::ALL;

/// How big a registry to write.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub bodies: usize,
    pub partnerships: usize,
    pub seed: u64,
}

struct GenBody {
    slug: String,
    name: String,
    kind: &'static str,
    country: usize,
    parent: Option<usize>,
}

/// Writes the synthetic registry as a seed file.
pub fn write_seed(size: Size, out: &mut impl Write) -> std::io::Result<()> {
    let mut rng = Rng(size.seed);
    let bodies = make_bodies(&mut rng, size.bodies.max(20));
    let mut text = String::with_capacity(size.bodies * 400 + size.partnerships * 500);
    let home = bodies
        .iter()
        .position(|b| b.kind == "district" && COUNTRIES[b.country].code == "DE")
        .unwrap_or(0);
    let _ = writeln!(
        text,
        "# Synthetic registry: {} bodies, {} partnerships, seed {}. Generated by `partnerportal generate`;\n\
         # every name, figure and date is invented.\n",
        bodies.len(),
        size.partnerships,
        size.seed
    );
    let _ = writeln!(
        text,
        "[portal]\nhome_body = {}\nheadline.de = \"Europäisches Partnerschaftsregister (synthetisch)\"\n\
         intro.de = \"Ein erfundenes Register für Messungen.\"\nsource = \"synthetic\"\n\n\
         [[sources]]\nkey = \"synthetic\"\ntitle = \"Synthetic benchmark data\"\n",
        quoted(&bodies[home].slug)
    );

    let mut merged = Vec::new();
    for (i, b) in bodies.iter().enumerate() {
        let c = &COUNTRIES[b.country];
        let _ = write!(
            text,
            "\n[[bodies]]\nslug = {}\nname = {}\nkind = \"{}\"\ncountry = \"{}\"\nsource = \"synthetic\"\n",
            quoted(&b.slug),
            quoted(&b.name),
            b.kind,
            c.code
        );
        if let Some(p) = b.parent {
            let _ = writeln!(text, "parent = {}", quoted(&bodies[p].slug));
        }
        // Positions inside a rough box around Europe, so maps and distances stay plausible.
        let lat = 36.0 + (rng.next() % 3_000_000) as f64 / 100_000.0;
        let lon = -9.0 + (rng.next() % 4_000_000) as f64 / 100_000.0;
        let _ = writeln!(text, "latitude = {lat:.5}\nlongitude = {lon:.5}");
        if b.kind == "district" && rng.chance(3) && i > 0 {
            let _ = writeln!(text, "valid_to = \"{}\"", 1990 + rng.below(30));
            merged.push(i);
        }
        // Other names: a transliteration for non-Latin scripts, a German name for some.
        let mut names = Vec::new();
        if !b.name.is_ascii() {
            let plain = deunicode::deunicode(&b.name);
            if plain != b.name {
                names.push(format!(
                    "{{ name = {}, kind = \"variant\" }}",
                    quoted(&plain)
                ));
            }
        }
        if c.lang != "de" && rng.chance(10) {
            let exonym = format!("{} (dt.)", b.name);
            names.push(format!(
                "{{ name = {}, lang = \"de\", kind = \"exonym\" }}",
                quoted(&exonym)
            ));
        }
        if !names.is_empty() {
            let _ = writeln!(text, "names = [{}]", names.join(", "));
        }
        let population = 500
            + rng.below(if b.kind == "municipality" {
                200_000
            } else {
                1_500_000
            });
        let _ = write!(
            text,
            "\n[[bodies.facts]]\nkey = \"population\"\nvalue = {population}\nunit = \"inhabitants\"\nas_of = \"{}\"\n",
            2005 + rng.below(20)
        );
        if rng.chance(50) {
            let _ = write!(
                text,
                "\n[[bodies.facts]]\nkey = \"area\"\nvalue = {}.{}\nunit = \"km2\"\n",
                5 + rng.below(3000),
                rng.below(10)
            );
        }
    }

    // Succession chains: a merged district goes into another district of its country.
    let mut succession_pairs = HashSet::new();
    for &old in &merged {
        let country = bodies[old].country;
        let Some(new) = (0..bodies.len()).find(|&j| {
            bodies[j].kind == "district" && bodies[j].country == country && !merged.contains(&j)
        }) else {
            continue;
        };
        if succession_pairs.insert((old, new)) {
            let _ = write!(
                text,
                "\n[[successions]]\npredecessor = {}\nsuccessor = {}\nkind = \"merger\"\nsource = \"synthetic\"\n",
                quoted(&bodies[old].slug),
                quoted(&bodies[new].slug)
            );
        }
    }

    write_partnerships(&mut rng, &bodies, home, size.partnerships, &mut text);
    out.write_all(text.as_bytes())
}

fn make_bodies(rng: &mut Rng, count: usize) -> Vec<GenBody> {
    let mut bodies: Vec<GenBody> = Vec::with_capacity(count);
    let mut slugs = HashSet::with_capacity(count);
    let mut districts_of: Vec<Vec<usize>> = vec![Vec::new(); COUNTRIES.len()];
    let mut regions_of: Vec<Vec<usize>> = vec![Vec::new(); COUNTRIES.len()];
    let mut add = |bodies: &mut Vec<GenBody>, name: String, kind: &'static str, country, parent| {
        let base = sort_key(&name)
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let base = if base.is_empty() {
            "place".to_owned()
        } else {
            base
        };
        let base: String = base.chars().take(100).collect();
        let mut slug = base.clone();
        let mut n = 2;
        while !slugs.insert(slug.clone()) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        bodies.push(GenBody {
            slug,
            name,
            kind,
            country,
            parent,
        });
        bodies.len() - 1
    };
    while bodies.len() < count {
        let country = rng.below(COUNTRIES.len());
        let c = &COUNTRIES[country];
        let place = format!("{}{}", rng.pick(c.starts), rng.pick(c.ends))
            .trim()
            .to_owned();
        let roll = rng.below(100);
        if regions_of[country].is_empty() || roll < 2 {
            let i = add(
                &mut bodies,
                format!("{} {place}", c.region),
                "region",
                country,
                None,
            );
            regions_of[country].push(i);
        } else if districts_of[country].is_empty() || roll < 10 {
            let parent = Some(*rng.pick(&regions_of[country]));
            let i = add(
                &mut bodies,
                format!("{} {place}", c.district),
                "district",
                country,
                parent,
            );
            districts_of[country].push(i);
        } else {
            let parent = Some(*rng.pick(&districts_of[country]));
            let kind = if roll < 95 {
                "municipality"
            } else {
                "locality"
            };
            add(&mut bodies, place, kind, country, parent);
        }
    }
    bodies
}

fn write_partnerships(
    rng: &mut Rng,
    bodies: &[GenBody],
    home: usize,
    count: usize,
    text: &mut String,
) {
    let towns: Vec<usize> = (0..bodies.len())
        .filter(|&i| bodies[i].kind == "municipality")
        .collect();
    let districts: Vec<usize> = (0..bodies.len())
        .filter(|&i| bodies[i].kind == "district")
        .collect();
    let home_towns: Vec<usize> = towns
        .iter()
        .copied()
        .filter(|&i| bodies[i].parent == Some(home))
        .collect();
    let mut pairs = HashSet::with_capacity(count);
    let mut attempts = 0;
    while pairs.len() < count && attempts < count * 20 {
        attempts += 1;
        let n = pairs.len();
        // The home district and its towns get a realistic share, so the overview has something to show.
        let (a, level) = if n < 12 {
            (home, "district")
        } else if n < 60 && !home_towns.is_empty() {
            (*rng.pick(&home_towns), "municipal")
        } else if rng.chance(15) && !districts.is_empty() {
            (*rng.pick(&districts), "district")
        } else {
            (*rng.pick(&towns), "municipal")
        };
        let pool = if level == "district" {
            &districts
        } else {
            &towns
        };
        let b = *rng.pick(pool);
        if a == b || bodies[a].country == bodies[b].country {
            continue;
        }
        let key = (a.min(b), a.max(b));
        if !pairs.insert(key) {
            continue;
        }
        let kind = *rng.pick(&[
            "partnership",
            "partnership",
            "partnership",
            "friendship",
            "contact",
            "project",
        ]);
        let status = *rng.pick(&["active", "active", "active", "active", "dormant", "ended"]);
        let mut topics: Vec<&str> = (0..1 + rng.below(4))
            .map(|_| rng.pick(TOPICS).as_str())
            .collect();
        topics.sort();
        topics.dedup();
        let _ = write!(
            text,
            "\n[[partnerships]]\nslug = \"p{}-{}\"\nbodies = [{}, {}]\nlevel = \"{level}\"\nkind = \"{kind}\"\n\
             status = \"{status}\"\ntopics = [{}]\nsource = \"synthetic\"\n",
            key.0,
            key.1,
            quoted(&bodies[a].slug),
            quoted(&bodies[b].slug),
            topics
                .iter()
                .map(|t| format!("\"{t}\""))
                .collect::<Vec<_>>()
                .join(", ")
        );
        if rng.chance(30) {
            let _ = writeln!(
                text,
                "narrative.de = {}",
                quoted(&format!(
                    "{} und {} pflegen seit Jahren Kontakte in Schule, Sport und Kultur.",
                    bodies[a].name, bodies[b].name
                ))
            );
        }
        let mut year = 1950 + rng.below(60);
        for step in 0..1 + rng.below(3) {
            let milestone = [
                MilestoneType::FirstContact,
                MilestoneType::Contract,
                MilestoneType::Confirmation,
            ][step];
            let _ = write!(
                text,
                "\n[[partnerships.milestones]]\ndate = \"{year}\"\ntype = \"{}\"\nbodies = [{}, {}]\n",
                milestone.as_str(),
                quoted(&bodies[a].slug),
                quoted(&bodies[b].slug)
            );
            year += 1 + rng.below(10);
        }
    }
}

/// A TOML basic string.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::seed_format::SeedFile;

    fn generate(size: Size) -> String {
        let mut out = Vec::new();
        write_seed(size, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_same_seed_gives_the_same_registry() {
        let size = Size {
            bodies: 300,
            partnerships: 200,
            seed: 7,
        };
        assert_eq!(generate(size), generate(size));
        assert_ne!(generate(size), generate(Size { seed: 8, ..size }));
    }

    #[test]
    fn the_generated_registry_is_a_valid_seed_of_the_requested_size() {
        let text = generate(Size {
            bodies: 2000,
            partnerships: 1000,
            seed: 42,
        });
        let seed = SeedFile::parse(&text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(seed.bodies.len(), 2000);
        assert_eq!(seed.partnerships.len(), 1000);
        assert!(
            seed.bodies.iter().any(|b| !b.name.is_ascii()),
            "names carry diacritics"
        );
        assert!(seed.bodies.iter().any(|b| {
            b.name
                .chars()
                .any(|c| ('\u{0370}'..='\u{03FF}').contains(&c))
        }));
        assert!(seed.partnerships.iter().all(|p| !p.milestones.is_empty()));
    }

    #[test]
    fn toml_strings_escape_quotes_backslashes_and_controls() {
        assert_eq!(quoted("a\"b\\c\u{1}"), "\"a\\\"b\\\\c\\u0001\"");
    }
}
