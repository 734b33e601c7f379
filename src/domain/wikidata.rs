//! Our registry against Wikidata's twinning statements (P190 "twinned administrative body"), pure:
//! the identifiers and dates Wikidata uses, which of our bodies an item is, the findings of a
//! comparison (missing on either side, one-sided links, different dates, items we do not know,
//! suggested Wikidata ids) and the QuickStatements lines that add what Wikidata lacks.
//!
//! A statement "X P190 Y" is only known to be absent when the extract covers X, i.e. X appears as a
//! subject of the query result (or as an entity of a dump extract): a query about our bodies says
//! nothing about the statements of items it did not ask about.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Serialize, Serializer};

use super::values::PartialDate;

/// A Wikidata item id (`Q64`): `Q` and a positive number without leading zeros.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemId(u64);

impl ItemId {
    /// Largest number accepted (Wikidata's ids are around 130 million; this leaves ample room).
    const MAX: u64 = 999_999_999_999;

    pub fn parse(text: &str) -> Option<ItemId> {
        let digits = text.strip_prefix('Q')?;
        if digits.is_empty()
            || digits.len() > 12
            || digits.starts_with('0')
            || !digits.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let n: u64 = digits.parse().ok()?;
        (n <= Self::MAX).then_some(ItemId(n))
    }

    /// The item of a concept address: `http://www.wikidata.org/entity/Q64` (https accepted).
    pub fn from_uri(uri: &str) -> Option<ItemId> {
        let rest = uri
            .strip_prefix("http://www.wikidata.org/entity/")
            .or_else(|| uri.strip_prefix("https://www.wikidata.org/entity/"))?;
        ItemId::parse(rest)
    }

    pub fn from_number(n: u64) -> Option<ItemId> {
        (1..=Self::MAX).contains(&n).then_some(ItemId(n))
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Q{}", self.0)
    }
}

impl Serialize for ItemId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Wikidata's time precisions that we can represent: 9 year, 10 month, 11 day.
pub fn precision_of(date: &PartialDate) -> u8 {
    match (date.month(), date.day()) {
        (None, _) => 9,
        (Some(_), None) => 10,
        (Some(_), Some(_)) => 11,
    }
}

/// A date in QuickStatements' form: `+2003-00-00T00:00:00Z/9`.
pub fn quickstatements_time(date: &PartialDate) -> String {
    format!(
        "+{:04}-{:02}-{:02}T00:00:00Z/{}",
        date.year(),
        date.month().unwrap_or(0),
        date.day().unwrap_or(0),
        precision_of(date)
    )
}

/// Whether two dates agree as far as both are known: "2003" and "2003-05-12" agree, "2003-04" and
/// "2003-05" do not.
pub fn dates_agree(a: &PartialDate, b: &PartialDate) -> bool {
    a.year() == b.year()
        && match (a.month(), b.month()) {
            (Some(x), Some(y)) if x != y => false,
            (Some(_), Some(_)) => match (a.day(), b.day()) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            },
            _ => true,
        }
}

/// One twinning statement: `item P190 partner`, with its start (P580) and end (P582) qualifiers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Twinning {
    pub item: ItemId,
    pub partner: ItemId,
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
}

/// What the extract says about one item besides its statements.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ItemInfo {
    pub label: Option<String>,
    /// GeoNames id (P1566).
    pub geonames_id: Option<u64>,
    /// ISO 3166-1 alpha-2 of the item's country (P17/P297), when the query asked for it.
    pub country: Option<String>,
}

/// A query result or dump extract, read: the statements and what is known of each item.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extract {
    pub twinnings: Vec<Twinning>,
    pub items: BTreeMap<ItemId, ItemInfo>,
    /// Items whose statements the extract lists (subjects of the query, entities of the dump).
    pub covered: BTreeSet<ItemId>,
}

/// One of our bodies, as the comparison needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct OurBody {
    pub slug: String,
    pub name: String,
    pub country: String,
    pub wikidata_id: Option<ItemId>,
    pub geonames_id: Option<u64>,
}

/// One of our partnerships, as the comparison needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct OurPartnership {
    pub slug: String,
    /// Body slugs of both sides, in the order stored.
    pub sides: [String; 2],
    /// The earliest dated milestone (what the portal shows as "since").
    pub since: Option<PartialDate>,
    /// The date of its `end` milestone.
    pub end: Option<PartialDate>,
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// Wikidata twins two bodies we know; our registry has no partnership between them.
    MissingInRegistry,
    /// Our partnership between two bodies with Wikidata items; Wikidata has no statement either way.
    MissingInWikidata,
    /// Wikidata has X → Y but not Y → X (its symmetry constraint is broken).
    OneSided,
    /// Both sides date the start differently (as far as both know it), or only Wikidata has one.
    StartDiffers,
    /// Both sides date the end differently, or only one side has an end.
    EndDiffers,
    /// A Wikidata item twinned with one of our bodies that we do not know: context, not an error.
    UnknownItem,
    /// A body without Wikidata id that an item matches by GeoNames id or exact name and country.
    SuggestedId,
    /// A body whose GeoNames id belongs to another item than its Wikidata id.
    ConflictingId,
}

impl FindingKind {
    pub const ALL: [FindingKind; 8] = [
        FindingKind::MissingInRegistry,
        FindingKind::MissingInWikidata,
        FindingKind::OneSided,
        FindingKind::StartDiffers,
        FindingKind::EndDiffers,
        FindingKind::UnknownItem,
        FindingKind::SuggestedId,
        FindingKind::ConflictingId,
    ];

    pub fn key(self) -> &'static str {
        match self {
            FindingKind::MissingInRegistry => "missing_in_registry",
            FindingKind::MissingInWikidata => "missing_in_wikidata",
            FindingKind::OneSided => "one_sided",
            FindingKind::StartDiffers => "start_differs",
            FindingKind::EndDiffers => "end_differs",
            FindingKind::UnknownItem => "unknown_item",
            FindingKind::SuggestedId => "suggested_id",
            FindingKind::ConflictingId => "conflicting_id",
        }
    }
}

/// How a suggested id was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    Geonames,
    Name,
}

/// A body named in a finding: ours (slug and name) and/or Wikidata's item (id and label).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    pub slug: Option<String>,
    pub name: Option<String>,
    pub item: Option<ItemId>,
    pub label: Option<String>,
}

impl Side {
    /// "Wernigerode (Q4208)", "Q999 Carpi", "Q999".
    pub fn describe(&self) -> String {
        match (&self.name, &self.label, self.item) {
            (Some(name), _, Some(item)) => format!("{name} ({item})"),
            (Some(name), _, None) => name.clone(),
            (None, Some(label), Some(item)) => format!("{item} {label}"),
            (None, _, Some(item)) => item.to_string(),
            (None, _, None) => self.slug.clone().unwrap_or_default(),
        }
    }
}

/// One difference between our registry and Wikidata.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub kind: FindingKind,
    /// One side (suggested ids, unknown items: our body) or two (a pair).
    pub sides: Vec<Side>,
    /// Our partnership, when there is one.
    pub partnership: Option<String>,
    /// Our value and Wikidata's (dates, ids), where the finding compares values.
    pub ours: Option<String>,
    pub theirs: Option<String>,
    pub matched_by: Option<MatchedBy>,
}

impl Finding {
    /// A plain-language sentence for the command line.
    pub fn message(&self) -> String {
        let a = self.sides.first().map(Side::describe).unwrap_or_default();
        let b = self.sides.get(1).map(Side::describe).unwrap_or_default();
        let ours = self.ours.as_deref().unwrap_or("none");
        let theirs = self.theirs.as_deref().unwrap_or("none");
        match self.kind {
            FindingKind::MissingInRegistry => {
                format!("Wikidata twins {a} with {b}; our registry has no partnership between them")
            }
            FindingKind::MissingInWikidata => {
                format!("our partnership of {a} and {b} is not in Wikidata")
            }
            FindingKind::OneSided => format!(
                "Wikidata has {a} twinned with {b}, but not {b} with {a} (P190 should be symmetric)"
            ),
            FindingKind::StartDiffers => {
                format!("{a} and {b}: start {ours} in our registry, {theirs} in Wikidata")
            }
            FindingKind::EndDiffers => {
                format!("{a} and {b}: end {ours} in our registry, {theirs} in Wikidata")
            }
            FindingKind::UnknownItem => {
                format!("Wikidata twins {a} with {b}, which is not in our registry")
            }
            FindingKind::SuggestedId => format!(
                "{a} has no Wikidata id; Wikidata's {theirs} matches it by {}",
                match self.matched_by {
                    Some(MatchedBy::Geonames) => "GeoNames id",
                    _ => "name and country",
                }
            ),
            FindingKind::ConflictingId => format!(
                "{a} has Wikidata id {ours}, but its GeoNames id belongs to {theirs} in Wikidata"
            ),
        }
    }
}

/// One QuickStatements statement to add to Wikidata.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    pub item: ItemId,
    pub partner: ItemId,
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    /// Our partnership the statement comes from (its public page is the reference).
    pub partnership: String,
}

/// A partnership Wikidata has and we lack, between two bodies we know.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NewPartnership {
    /// The subject of the Wikidata statement (our side the partnership is entered from).
    pub home: String,
    pub partner: String,
    pub items: [ItemId; 2],
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
}

/// The whole comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub findings: Vec<Finding>,
    /// What Wikidata lacks and we can source: QuickStatements to add.
    pub statements: Vec<Statement>,
    /// What we lack and Wikidata has: partnerships an import would create.
    pub new_partnerships: Vec<NewPartnership>,
    /// Body slug → suggested Wikidata id (bodies without one).
    pub suggested_ids: BTreeMap<String, ItemId>,
    /// How many of our bodies the extract's items matched.
    pub matched_bodies: usize,
    pub statements_read: usize,
}

impl Comparison {
    pub fn count(&self, kind: FindingKind) -> usize {
        self.findings.iter().filter(|f| f.kind == kind).count()
    }
}

/// Our bodies by Wikidata item: by their Wikidata id, else by GeoNames id. Items two bodies claim
/// are left to the first (in slug order), the other gets nothing.
fn match_bodies<'a>(bodies: &'a [OurBody], extract: &Extract) -> BTreeMap<ItemId, &'a OurBody> {
    let mut by_item: BTreeMap<ItemId, &OurBody> = BTreeMap::new();
    for body in bodies {
        if let Some(q) = body.wikidata_id {
            by_item.entry(q).or_insert(body);
        }
    }
    let claimed: BTreeSet<&str> = by_item.values().map(|b| b.slug.as_str()).collect();
    let mut by_geonames: BTreeMap<u64, Vec<ItemId>> = BTreeMap::new();
    for (item, info) in &extract.items {
        if let Some(g) = info.geonames_id {
            by_geonames.entry(g).or_default().push(*item);
        }
    }
    for body in bodies {
        if body.wikidata_id.is_some() || claimed.contains(body.slug.as_str()) {
            continue;
        }
        if let Some(g) = body.geonames_id
            && let Some([item]) = by_geonames.get(&g).map(Vec::as_slice)
        {
            by_item.entry(*item).or_insert(body);
        }
    }
    by_item
}

/// Compares our bodies and partnerships with a Wikidata extract. `bodies` are all our bodies (slug
/// order gives deterministic results); `partnerships` all our partnerships.
pub fn compare(
    bodies: &[OurBody],
    partnerships: &[OurPartnership],
    extract: &Extract,
) -> Comparison {
    let by_item = match_bodies(bodies, extract);
    let item_of: BTreeMap<&str, ItemId> = by_item
        .iter()
        .map(|(item, body)| (body.slug.as_str(), *item))
        .collect();
    let side = |item: ItemId| -> Side {
        let body = by_item.get(&item);
        Side {
            slug: body.map(|b| b.slug.clone()),
            name: body.map(|b| b.name.clone()),
            item: Some(item),
            label: extract.items.get(&item).and_then(|i| i.label.clone()),
        }
    };
    let our_side = |body: &OurBody, item: Option<ItemId>| Side {
        slug: Some(body.slug.clone()),
        name: Some(body.name.clone()),
        item,
        label: item.and_then(|q| extract.items.get(&q).and_then(|i| i.label.clone())),
    };

    // Wikidata's statements by direction; a statement listed twice (several qualifiers) keeps the
    // first dates it gave.
    let mut directed: BTreeMap<(ItemId, ItemId), &Twinning> = BTreeMap::new();
    for t in &extract.twinnings {
        if t.item != t.partner {
            directed.entry((t.item, t.partner)).or_insert(t);
        }
    }
    let mut pairs: BTreeSet<(ItemId, ItemId)> = BTreeSet::new();
    for (x, y) in directed.keys() {
        pairs.insert((*x.min(y), *x.max(y)));
    }
    let ours_by_pair: BTreeMap<(&str, &str), &OurPartnership> = partnerships
        .iter()
        .map(|p| {
            let (a, b) = (p.sides[0].as_str(), p.sides[1].as_str());
            ((a.min(b), a.max(b)), p)
        })
        .collect();

    let mut findings = Vec::new();
    let mut statements = Vec::new();
    let mut new_partnerships = Vec::new();

    for &(x, y) in &pairs {
        let (xy, yx) = (directed.get(&(x, y)), directed.get(&(y, x)));
        let (bx, by) = (by_item.get(&x), by_item.get(&y));
        // One-sided: the reverse is known to be absent.
        for (present, absent_from, to) in [(xy, y, x), (yx, x, y)] {
            let reverse = directed.get(&(absent_from, to));
            if present.is_some() && reverse.is_none() && extract.covered.contains(&absent_from) {
                findings.push(Finding {
                    kind: FindingKind::OneSided,
                    sides: vec![side(to), side(absent_from)],
                    partnership: None,
                    ours: None,
                    theirs: None,
                    matched_by: None,
                });
            }
        }
        match (bx, by) {
            (Some(a), Some(b)) => {
                let key = (a.slug.as_str().min(&b.slug), a.slug.as_str().max(&b.slug));
                match ours_by_pair.get(&key) {
                    None => {
                        let first = xy.or(yx).expect("a pair has a statement");
                        let start = xy.and_then(|t| t.start).or(yx.and_then(|t| t.start));
                        let end = xy.and_then(|t| t.end).or(yx.and_then(|t| t.end));
                        let (home, partner) = if first.item == x { (a, b) } else { (b, a) };
                        findings.push(Finding {
                            kind: FindingKind::MissingInRegistry,
                            sides: vec![side(first.item), side(first.partner)],
                            partnership: None,
                            ours: None,
                            theirs: start.map(|d| d.to_string()),
                            matched_by: None,
                        });
                        new_partnerships.push(NewPartnership {
                            home: home.slug.clone(),
                            partner: partner.slug.clone(),
                            items: [first.item, first.partner],
                            start,
                            end,
                        });
                    }
                    Some(p) => {
                        compare_dates(p, [x, y], [xy, yx], &side, &mut findings);
                        // Directions Wikidata lacks, or whose statement lacks a date we have.
                        for (direction, statement) in [((x, y), xy), ((y, x), yx)] {
                            let lacks_start =
                                statement.is_some_and(|t| t.start.is_none() && p.since.is_some());
                            let lacks_end =
                                statement.is_some_and(|t| t.end.is_none() && p.end.is_some());
                            if statement.is_none() || lacks_start || lacks_end {
                                statements.push(Statement {
                                    item: direction.0,
                                    partner: direction.1,
                                    start: p.since,
                                    end: p.end,
                                    partnership: p.slug.clone(),
                                });
                            }
                        }
                    }
                }
            }
            (Some(_), None) | (None, Some(_)) => {
                let (known, unknown) = if bx.is_some() { (x, y) } else { (y, x) };
                findings.push(Finding {
                    kind: FindingKind::UnknownItem,
                    sides: vec![side(known), side(unknown)],
                    partnership: None,
                    ours: None,
                    theirs: None,
                    matched_by: None,
                });
            }
            (None, None) => {}
        }
    }

    // Our partnerships Wikidata has no statement about, either way.
    for p in partnerships {
        let (Some(&x), Some(&y)) = (
            item_of.get(p.sides[0].as_str()),
            item_of.get(p.sides[1].as_str()),
        ) else {
            continue;
        };
        if x == y || pairs.contains(&(x.min(y), x.max(y))) {
            continue;
        }
        if !(extract.covered.contains(&x) || extract.covered.contains(&y)) {
            // The extract says nothing about either side.
            continue;
        }
        findings.push(Finding {
            kind: FindingKind::MissingInWikidata,
            sides: vec![side(x), side(y)],
            partnership: Some(p.slug.clone()),
            ours: p.since.map(|d| d.to_string()),
            theirs: None,
            matched_by: None,
        });
        for (item, partner) in [(x, y), (y, x)] {
            statements.push(Statement {
                item,
                partner,
                start: p.since,
                end: p.end,
                partnership: p.slug.clone(),
            });
        }
    }

    // Identifiers: conflicts and suggestions.
    let mut suggested_ids = BTreeMap::new();
    let mut by_geonames: BTreeMap<u64, Vec<ItemId>> = BTreeMap::new();
    let mut by_name: BTreeMap<(String, String), Vec<ItemId>> = BTreeMap::new();
    for (item, info) in &extract.items {
        if let Some(g) = info.geonames_id {
            by_geonames.entry(g).or_default().push(*item);
        }
        if let (Some(label), Some(country)) = (&info.label, &info.country) {
            by_name
                .entry((label.to_lowercase(), country.to_ascii_uppercase()))
                .or_default()
                .push(*item);
        }
    }
    let mut our_names: BTreeMap<(String, String), usize> = BTreeMap::new();
    for body in bodies {
        *our_names
            .entry((body.name.to_lowercase(), body.country.to_ascii_uppercase()))
            .or_default() += 1;
    }
    let taken: BTreeSet<ItemId> = bodies.iter().filter_map(|b| b.wikidata_id).collect();
    for body in bodies {
        let geonames_items = body
            .geonames_id
            .and_then(|g| by_geonames.get(&g))
            .map(Vec::as_slice);
        match (body.wikidata_id, geonames_items) {
            (Some(q), Some([other])) if *other != q => {
                findings.push(Finding {
                    kind: FindingKind::ConflictingId,
                    sides: vec![our_side(body, Some(q))],
                    partnership: None,
                    ours: Some(q.to_string()),
                    theirs: Some(other.to_string()),
                    matched_by: Some(MatchedBy::Geonames),
                });
            }
            (Some(_), _) => {}
            (None, Some([item])) if !taken.contains(item) => {
                suggested_ids.insert(body.slug.clone(), (*item, MatchedBy::Geonames));
            }
            (None, _) => {
                let key = (body.name.to_lowercase(), body.country.to_ascii_uppercase());
                if our_names.get(&key) == Some(&1)
                    && let Some([item]) = by_name.get(&key).map(Vec::as_slice)
                    && !taken.contains(item)
                {
                    suggested_ids.insert(body.slug.clone(), (*item, MatchedBy::Name));
                }
            }
        }
    }
    // An item suggested for two bodies is suggested for neither.
    let mut counts: BTreeMap<ItemId, usize> = BTreeMap::new();
    for (item, _) in suggested_ids.values() {
        *counts.entry(*item).or_default() += 1;
    }
    suggested_ids.retain(|_, (item, _)| counts[item] == 1);
    for body in bodies {
        if let Some((item, how)) = suggested_ids.get(&body.slug) {
            findings.push(Finding {
                kind: FindingKind::SuggestedId,
                sides: vec![our_side(body, None)],
                partnership: None,
                ours: None,
                theirs: Some(item.to_string()),
                matched_by: Some(*how),
            });
        }
    }

    findings.sort_by_key(|a| a.kind);
    Comparison {
        findings,
        statements,
        new_partnerships,
        suggested_ids: suggested_ids
            .into_iter()
            .map(|(slug, (item, _))| (slug, item))
            .collect(),
        matched_bodies: by_item.len(),
        statements_read: extract.twinnings.len(),
    }
}

fn compare_dates(
    ours: &OurPartnership,
    items: [ItemId; 2],
    statements: [Option<&&Twinning>; 2],
    side: &dyn Fn(ItemId) -> Side,
    findings: &mut Vec<Finding>,
) {
    let sides = || vec![side(items[0]), side(items[1])];
    let starts: Vec<PartialDate> = statements
        .iter()
        .flatten()
        .filter_map(|t| t.start)
        .collect();
    let ends: Vec<PartialDate> = statements.iter().flatten().filter_map(|t| t.end).collect();
    let start_differs = match ours.since {
        Some(since) => starts.iter().any(|d| !dates_agree(&since, d)),
        None => !starts.is_empty(),
    };
    if start_differs {
        findings.push(Finding {
            kind: FindingKind::StartDiffers,
            sides: sides(),
            partnership: Some(ours.slug.clone()),
            ours: ours.since.map(|d| d.to_string()),
            theirs: starts.first().map(|d| d.to_string()),
            matched_by: None,
        });
    }
    let end_differs = match ours.end {
        Some(end) => ends.iter().any(|d| !dates_agree(&end, d)),
        None => !ends.is_empty(),
    };
    if end_differs {
        findings.push(Finding {
            kind: FindingKind::EndDiffers,
            sides: sides(),
            partnership: Some(ours.slug.clone()),
            ours: ours.end.map(|d| d.to_string()),
            theirs: ends.first().map(|d| d.to_string()),
            matched_by: None,
        });
    }
}

/// The public address of a partnership page, safe inside a QuickStatements string: characters
/// QuickStatements cannot carry inside quotes are percent-encoded.
pub fn reference_url(public_base: &str, partnership: &str) -> String {
    let url = format!(
        "{}/partnerships/{partnership}",
        public_base.trim_end_matches('/')
    );
    let mut safe = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '"' | '|' | '\t' | ' ' => safe.push_str(&format!("%{:02X}", c as u32)),
            c if c.is_control() => {}
            c => safe.push(c),
        }
    }
    safe
}

/// QuickStatements version 1 (tab-separated), one line per statement: the twinning, its start and
/// end qualifiers with their precision, and our public partnership page as reference URL (S854).
pub fn quickstatements(statements: &[Statement], public_base: &str) -> String {
    let mut out = String::new();
    for s in statements {
        let mut fields = vec![s.item.to_string(), "P190".into(), s.partner.to_string()];
        if let Some(start) = &s.start {
            fields.push("P580".into());
            fields.push(quickstatements_time(start));
        }
        if let Some(end) = &s.end {
            fields.push("P582".into());
            fields.push(quickstatements_time(end));
        }
        fields.push("S854".into());
        fields.push(format!(
            "\"{}\"",
            reference_url(public_base, &s.partnership)
        ));
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(n: u64) -> ItemId {
        ItemId::from_number(n).unwrap()
    }

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    fn body(slug: &str, item: Option<u64>) -> OurBody {
        OurBody {
            slug: slug.into(),
            name: slug.to_uppercase(),
            country: "DE".into(),
            wikidata_id: item.map(q),
            geonames_id: None,
        }
    }

    fn ours(slug: &str, a: &str, b: &str, since: Option<&str>) -> OurPartnership {
        OurPartnership {
            slug: slug.into(),
            sides: [a.into(), b.into()],
            since: since.map(date),
            end: None,
        }
    }

    fn twin(a: u64, b: u64, start: Option<&str>) -> Twinning {
        Twinning {
            item: q(a),
            partner: q(b),
            start: start.map(date),
            end: None,
        }
    }

    fn extract(twinnings: Vec<Twinning>, covered: &[u64]) -> Extract {
        Extract {
            twinnings,
            items: BTreeMap::new(),
            covered: covered.iter().copied().map(q).collect(),
        }
    }

    fn kinds(c: &Comparison) -> Vec<FindingKind> {
        c.findings.iter().map(|f| f.kind).collect()
    }

    #[test]
    fn item_ids_are_q_and_a_number_without_leading_zeros() {
        assert_eq!(
            ItemId::parse("Q64").map(|q| q.to_string()),
            Some("Q64".into())
        );
        for bad in [
            "Q",
            "Q0",
            "Q012",
            "q64",
            "Q12; DROP",
            "Q1234567890123",
            "P190",
            " Q1",
        ] {
            assert_eq!(ItemId::parse(bad), None, "{bad}");
        }
        assert_eq!(
            ItemId::from_uri("http://www.wikidata.org/entity/Q1055"),
            Some(q(1055))
        );
        assert_eq!(ItemId::from_uri("http://example.org/entity/Q1055"), None);
        assert_eq!(
            ItemId::from_uri("http://www.wikidata.org/entity/P190"),
            None
        );
    }

    #[test]
    fn dates_agree_as_far_as_both_know_them() {
        assert!(dates_agree(&date("2003"), &date("2003-05-12")));
        assert!(dates_agree(&date("2003-05"), &date("2003-05-12")));
        assert!(!dates_agree(&date("2003-04"), &date("2003-05")));
        assert!(!dates_agree(&date("2003-05-11"), &date("2003-05-12")));
        assert!(!dates_agree(&date("2004"), &date("2003")));
    }

    #[test]
    fn quickstatements_times_carry_their_precision() {
        assert_eq!(
            quickstatements_time(&date("2003")),
            "+2003-00-00T00:00:00Z/9"
        );
        assert_eq!(
            quickstatements_time(&date("2007-01")),
            "+2007-01-00T00:00:00Z/10"
        );
        assert_eq!(
            quickstatements_time(&date("2007-07-01")),
            "+2007-07-01T00:00:00Z/11"
        );
    }

    #[test]
    fn a_twinning_only_in_wikidata_between_known_bodies_is_missing_in_the_registry() {
        let bodies = [body("a", Some(1)), body("b", Some(2))];
        let c = compare(
            &bodies,
            &[],
            &extract(vec![twin(1, 2, Some("2003")), twin(2, 1, None)], &[1, 2]),
        );
        assert_eq!(kinds(&c), [FindingKind::MissingInRegistry]);
        assert_eq!(c.new_partnerships.len(), 1);
        assert_eq!(c.new_partnerships[0].home, "a");
        assert_eq!(c.new_partnerships[0].start, Some(date("2003")));
        assert!(c.statements.is_empty());
    }

    #[test]
    fn our_partnership_absent_from_wikidata_gives_a_statement_per_direction() {
        let bodies = [body("a", Some(1)), body("b", Some(2))];
        let p = [ours("a-b", "a", "b", Some("1995"))];
        let c = compare(&bodies, &p, &extract(vec![], &[1]));
        assert_eq!(kinds(&c), [FindingKind::MissingInWikidata]);
        assert_eq!(
            quickstatements(&c.statements, "https://portal.example/"),
            "Q1\tP190\tQ2\tP580\t+1995-00-00T00:00:00Z/9\tS854\t\"https://portal.example/partnerships/a-b\"\n\
             Q2\tP190\tQ1\tP580\t+1995-00-00T00:00:00Z/9\tS854\t\"https://portal.example/partnerships/a-b\"\n"
        );
    }

    #[test]
    fn nothing_is_said_about_partnerships_of_items_the_extract_does_not_cover() {
        let bodies = [body("a", Some(1)), body("b", Some(2))];
        let p = [ours("a-b", "a", "b", None)];
        let c = compare(&bodies, &p, &extract(vec![], &[7]));
        assert!(c.findings.is_empty());
        assert!(c.statements.is_empty());
    }

    #[test]
    fn a_one_sided_link_is_reported_and_its_missing_direction_exported() {
        let bodies = [body("a", Some(1)), body("b", Some(2))];
        let p = [ours("a-b", "a", "b", Some("2003"))];
        let c = compare(
            &bodies,
            &p,
            &extract(vec![twin(1, 2, Some("2003"))], &[1, 2]),
        );
        assert_eq!(kinds(&c), [FindingKind::OneSided]);
        assert_eq!(c.findings[0].sides[0].item, Some(q(1)));
        assert_eq!(c.statements.len(), 1);
        assert_eq!(
            (c.statements[0].item, c.statements[0].partner),
            (q(2), q(1))
        );
    }

    #[test]
    fn a_reverse_link_of_an_uncovered_item_is_not_called_missing() {
        let bodies = [body("a", Some(1)), body("b", Some(2))];
        let p = [ours("a-b", "a", "b", None)];
        let c = compare(&bodies, &p, &extract(vec![twin(1, 2, None)], &[1]));
        assert!(kinds(&c).is_empty(), "{:?}", c.findings);
    }

    #[test]
    fn dates_are_compared_at_the_precision_both_sides_have() {
        let bodies = [body("a", Some(1)), body("b", Some(2))];
        let agree = compare(
            &bodies,
            &[ours("a-b", "a", "b", Some("2003"))],
            &extract(
                vec![twin(1, 2, Some("2003-06-01")), twin(2, 1, Some("2003"))],
                &[1, 2],
            ),
        );
        assert!(agree.findings.is_empty(), "{:?}", agree.findings);
        let differ = compare(
            &bodies,
            &[ours("a-b", "a", "b", Some("2003"))],
            &extract(
                vec![twin(1, 2, Some("2004")), twin(2, 1, Some("2004"))],
                &[1, 2],
            ),
        );
        assert_eq!(kinds(&differ), [FindingKind::StartDiffers]);
        assert_eq!(differ.findings[0].ours.as_deref(), Some("2003"));
        assert_eq!(differ.findings[0].theirs.as_deref(), Some("2004"));
    }

    #[test]
    fn a_statement_without_the_start_we_know_is_exported_with_it() {
        let bodies = [body("a", Some(1)), body("b", Some(2))];
        let c = compare(
            &bodies,
            &[ours("a-b", "a", "b", Some("2003"))],
            &extract(vec![twin(1, 2, None), twin(2, 1, Some("2003"))], &[1, 2]),
        );
        assert!(c.findings.is_empty());
        assert_eq!(c.statements.len(), 1);
        assert_eq!(c.statements[0].item, q(1));
    }

    #[test]
    fn an_item_we_do_not_know_is_context() {
        let bodies = [body("a", Some(1))];
        let c = compare(&bodies, &[], &extract(vec![twin(1, 99, None)], &[1]));
        assert_eq!(kinds(&c), [FindingKind::UnknownItem]);
        assert_eq!(c.findings[0].sides[1].item, Some(q(99)));
        assert!(c.new_partnerships.is_empty());
    }

    #[test]
    fn bodies_without_id_get_suggestions_by_geonames_or_unique_name_and_country() {
        let mut by_geo = body("carpi", None);
        by_geo.geonames_id = Some(3180445);
        let mut by_name = body("thale", None);
        by_name.name = "Thale".into();
        let mut twins = [body("villars-1", None), body("villars-2", None)];
        for t in &mut twins {
            t.name = "Villars".into();
        }
        let mut e = extract(vec![], &[]);
        e.items.insert(
            q(10),
            ItemInfo {
                geonames_id: Some(3180445),
                ..Default::default()
            },
        );
        e.items.insert(
            q(11),
            ItemInfo {
                label: Some("thale".into()),
                country: Some("de".into()),
                ..Default::default()
            },
        );
        e.items.insert(
            q(12),
            ItemInfo {
                label: Some("Villars".into()),
                country: Some("DE".into()),
                ..Default::default()
            },
        );
        let bodies = [by_geo, by_name, twins[0].clone(), twins[1].clone()];
        let c = compare(&bodies, &[], &e);
        assert_eq!(c.suggested_ids.get("carpi"), Some(&q(10)));
        assert_eq!(c.suggested_ids.get("thale"), Some(&q(11)));
        assert_eq!(
            c.suggested_ids.len(),
            2,
            "ambiguous names get no suggestion"
        );
        assert_eq!(c.count(FindingKind::SuggestedId), 2);
    }

    #[test]
    fn a_body_matched_by_geonames_takes_part_in_the_comparison() {
        let mut a = body("a", None);
        a.geonames_id = Some(5);
        let bodies = [a, body("b", Some(2))];
        let mut e = extract(vec![twin(1, 2, None), twin(2, 1, None)], &[1, 2]);
        e.items.insert(
            q(1),
            ItemInfo {
                geonames_id: Some(5),
                ..Default::default()
            },
        );
        let c = compare(&bodies, &[], &e);
        assert_eq!(c.count(FindingKind::MissingInRegistry), 1);
        assert_eq!(c.suggested_ids.get("a"), Some(&q(1)));
    }

    #[test]
    fn a_geonames_id_of_another_item_is_a_conflict() {
        let mut a = body("a", Some(1));
        a.geonames_id = Some(5);
        let mut e = extract(vec![], &[]);
        e.items.insert(
            q(3),
            ItemInfo {
                geonames_id: Some(5),
                ..Default::default()
            },
        );
        let c = compare(&[a], &[], &e);
        assert_eq!(kinds(&c), [FindingKind::ConflictingId]);
    }

    #[test]
    fn reference_urls_cannot_break_out_of_their_quotes() {
        assert_eq!(
            reference_url("https://x.example/a\"b|c\td\n", "p"),
            "https://x.example/a%22b%7Cc%09d/partnerships/p"
        );
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn registry() -> impl Strategy<Value = (Vec<OurBody>, Vec<OurPartnership>, Extract)> {
            let bodies = proptest::collection::vec(proptest::option::of(1u64..10), 1..7);
            let pairs = proptest::collection::vec((0usize..7, 0usize..7), 0..8);
            let twins = proptest::collection::vec(
                (1u64..12, 1u64..12, proptest::option::of(1990u16..2000)),
                0..15,
            );
            let covered = proptest::collection::vec(1u64..12, 0..12);
            (bodies, pairs, twins, covered).prop_map(|(ids, pairs, twins, covered)| {
                let bodies: Vec<OurBody> = ids
                    .iter()
                    .enumerate()
                    .map(|(i, id)| body(&format!("b{i}"), *id))
                    .collect();
                let mut seen = BTreeSet::new();
                let partnerships = pairs
                    .into_iter()
                    .filter(|(a, b)| a != b && *a < bodies.len() && *b < bodies.len())
                    .filter(|(a, b)| seen.insert(((*a).min(*b), (*a).max(*b))))
                    .map(|(a, b)| {
                        ours(
                            &format!("p{a}-{b}"),
                            &format!("b{a}"),
                            &format!("b{b}"),
                            Some("1995"),
                        )
                    })
                    .collect();
                let twinnings = twins
                    .into_iter()
                    .map(|(a, b, y)| twin(a, b, y.map(|y| y.to_string()).as_deref()))
                    .collect();
                (bodies, partnerships, extract(twinnings, &covered))
            })
        }

        proptest! {
            #[test]
            fn the_comparison_is_consistent_whatever_the_data((bodies, partnerships, extract) in registry()) {
                let c = compare(&bodies, &partnerships, &extract);
                prop_assert_eq!(c.new_partnerships.len(), c.count(FindingKind::MissingInRegistry));
                let ours: BTreeSet<ItemId> = bodies.iter().filter_map(|b| b.wikidata_id).collect();
                let mut directions = BTreeSet::new();
                for s in &c.statements {
                    prop_assert!(ours.contains(&s.item) && ours.contains(&s.partner));
                    prop_assert!(s.item != s.partner);
                    prop_assert!(directions.insert((s.item, s.partner)), "one line per direction");
                }
                let stated: BTreeSet<(ItemId, ItemId)> = extract
                    .twinnings
                    .iter()
                    .map(|t| (t.item.min(t.partner), t.item.max(t.partner)))
                    .collect();
                for f in c.findings.iter().filter(|f| f.kind == FindingKind::MissingInWikidata) {
                    let (a, b) = (f.sides[0].item.unwrap(), f.sides[1].item.unwrap());
                    prop_assert!(!stated.contains(&(a.min(b), a.max(b))));
                }
                for p in &c.new_partnerships {
                    prop_assert!(p.home != p.partner);
                    let mut t = [p.home.as_str(), p.partner.as_str()];
                    t.sort();
                    let exists = partnerships.iter().any(|q| {
                        let mut s = [q.sides[0].as_str(), q.sides[1].as_str()];
                        s.sort();
                        s == t
                    });
                    prop_assert!(!exists, "a partnership we have is not created again");
                }
            }
        }
    }
}
