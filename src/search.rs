//! The search use case: candidates from the store's name index, ranked by the domain's matching
//! rules, with the partnerships of the bodies found and the topics the query names.

use std::collections::HashMap;

use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::registry::{BodyRef, PartnershipSummary};
use crate::domain::search::{Folded, MatchKind, fold_query, highlight, match_name};
use crate::domain::vocab::Topic;
use crate::store::{Store, StoreResult};

/// At most this many bodies are returned; their partnerships follow.
pub const MAX_BODIES: usize = 30;

#[derive(Debug, Serialize, ToSchema)]
pub struct SearchResults {
    pub query: String,
    pub bodies: Vec<BodyHit>,
    /// Partnerships of the bodies found, in list order.
    pub partnerships: Vec<PartnershipSummary>,
    /// Cooperation topics whose name in the requested language matches the query.
    pub topics: Vec<Topic>,
}

/// A body found by one of its names.
#[derive(Debug, Serialize, ToSchema)]
pub struct BodyHit {
    pub body: BodyRef,
    /// The name that matched: the official name or another one (Heltau finds Cisnădie).
    pub matched_name: String,
    /// Language of the matched name, when it is a name in a particular language.
    pub matched_lang: Option<String>,
    /// The matched name cut into parts; `highlight: true` marks the part that matched.
    pub parts: Vec<HighlightPart>,
    /// The query matched only with typing errors.
    pub approximate: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HighlightPart {
    pub text: String,
    pub highlight: bool,
}

/// A body's best-matching name while ranking: match kind, typing errors, name length (shorter names
/// match more closely).
struct Hit {
    rank: (MatchKind, usize, usize),
    name: String,
    lang: Option<String>,
    range: std::ops::Range<usize>,
}

/// Searches bodies (by every name they have) and topics (by their labels in the reader's language).
pub async fn search(
    store: &Store,
    query: &str,
    lang: &str,
    topic_labels: &[(Topic, String)],
) -> StoreResult<SearchResults> {
    let folded = fold_query(query);
    let mut results = SearchResults {
        query: query.trim().to_owned(),
        bodies: Vec::new(),
        partnerships: Vec::new(),
        topics: Vec::new(),
    };
    if folded.is_empty() {
        return Ok(results);
    }

    // The best-matching name of each body.
    let mut best: HashMap<i64, Hit> = HashMap::new();
    for c in store.name_candidates(&folded).await? {
        let Some(found) = match_name(&folded, &c.folded) else {
            continue;
        };
        let hit = Hit {
            rank: (found.kind, found.edits, c.folded.len()),
            name: c.name,
            lang: c.lang,
            range: found.range,
        };
        if best.get(&c.body_id).is_none_or(|b| hit.rank < b.rank) {
            best.insert(c.body_id, hit);
        }
    }
    let mut ranked: Vec<(i64, Hit)> = best.into_iter().collect();
    // The body id settles ties, so the same query always gives the same answer (and ETag).
    ranked.sort_by(|(a_id, a), (b_id, b)| (a.rank, &a.name, a_id).cmp(&(b.rank, &b.name, b_id)));
    ranked.truncate(MAX_BODIES);

    let ids: Vec<i64> = ranked.iter().map(|(id, _)| *id).collect();
    let mut refs: HashMap<i64, BodyRef> = store
        .body_refs_by_ids(&ids, lang)
        .await?
        .into_iter()
        .collect();
    for (id, hit) in ranked {
        let Some(body) = refs.remove(&id) else {
            continue;
        };
        let parts = highlight(&hit.name, &Folded::new(&hit.name), hit.range)
            .into_iter()
            .map(|(text, highlight)| HighlightPart { text, highlight })
            .collect();
        results.bodies.push(BodyHit {
            body,
            matched_name: hit.name,
            matched_lang: hit.lang,
            parts,
            approximate: hit.rank.0 == MatchKind::Similar,
        });
    }
    results.partnerships = store.partnerships_of_bodies(&ids, lang).await?;
    results.topics = topic_labels
        .iter()
        .filter(|(_, label)| match_name(&folded, &Folded::new(label).text).is_some())
        .map(|(topic, _)| *topic)
        .collect();
    Ok(results)
}
