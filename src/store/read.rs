//! The registry's read queries. Every query takes the reader's language, which picks display names.

use std::collections::HashMap;

use sqlx::Row;
use sqlx::any::AnyRow;

use super::rows::{
    body_ref, body_ref_columns, date, optional_body_ref, optional_vocab, source_columns,
    source_ref, vocab,
};
use super::sql::SqlBuilder;
use super::{Store, StoreResult};
use crate::domain::registry::{
    Body, BodyRef, ContactPoint, Fact, Milestone, OtherName, Partnership, PartnershipSummary,
    PortalProfile, Succession, Translations, chronological,
};
use crate::domain::values::CountryCode;
use crate::domain::vocab::{
    BodyKind, DateQualifier, FactKey, MilestoneType, NameKind, PartnershipKind, PartnershipLevel,
    PartnershipStatus, SuccessionKind, Topic,
};

/// Which partnerships to list. Every field narrows the result; `None` means "any".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PartnershipFilter {
    /// Either partner lies in this country.
    pub country: Option<CountryCode>,
    pub topic: Option<Topic>,
    pub level: Option<PartnershipLevel>,
    pub status: Option<PartnershipStatus>,
    pub kind: Option<PartnershipKind>,
    /// Either partner is this body.
    pub body: Option<String>,
    /// Either partner is a direct member of this body (the towns of a district).
    pub within: Option<String>,
}

/// Which bodies to list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BodyFilter {
    pub country: Option<CountryCode>,
    pub kind: Option<BodyKind>,
}

/// One page of a list, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub number: u32,
    pub size: u32,
}

impl Page {
    pub const MAX_SIZE: u32 = 500;

    pub fn all() -> Page {
        Page {
            number: 1,
            size: u32::MAX,
        }
    }

    fn limit(&self) -> i64 {
        i64::from(self.size)
    }

    fn offset(&self) -> i64 {
        i64::from(self.number.saturating_sub(1)) * i64::from(self.size)
    }
}

/// A page of results and how many there are in all.
#[derive(Debug, Clone)]
pub struct Listing<T> {
    pub items: Vec<T>,
    pub total: i64,
}

/// Internal selection of partnerships: the public filter plus lookups by slug or parent.
#[derive(Default)]
struct Selection<'a> {
    filter: Option<&'a PartnershipFilter>,
    slug: Option<&'a str>,
    parent: Option<i64>,
    /// Either partner is one of these bodies.
    body_ids: Option<&'a [i64]>,
    /// Only partnerships after this one in list order (keyset paging).
    after: Option<&'a str>,
}

impl Selection<'_> {
    fn by_country(&self) -> bool {
        self.filter.is_some_and(|f| f.country.is_some())
    }

    /// The partnerships to choose from: with a country filter, the range of that country in
    /// `partnership_countries`, already in list order.
    fn push_from(&self, q: &mut SqlBuilder<'_>) {
        if self.by_country() {
            q.push(
                " FROM partnership_countries pc JOIN partnerships p ON p.id = pc.partnership_id",
            );
        } else {
            q.push(" FROM partnerships p");
        }
    }

    /// The list order, spelled so that the index serving the selection also serves the order.
    fn order(&self) -> &'static str {
        if self.by_country() {
            " ORDER BY pc.list_key, pc.partnership_id"
        } else {
            " ORDER BY p.list_key, p.id"
        }
    }

    /// Drafts are never part of a public selection.
    fn push_where(&self, q: &mut SqlBuilder<'_>) {
        q.push(" WHERE p.published = 1");
        if let Some(after) = self.after {
            q.push(
                " AND (p.list_key, p.id) > (SELECT list_key, id FROM partnerships WHERE slug = ",
            )
            .push_bind(after.to_owned())
            .push(")");
        }
        if let Some(slug) = self.slug {
            q.push(" AND p.slug = ").push_bind(slug.to_owned());
        }
        if let Some(parent) = self.parent {
            q.push(" AND p.parent_id = ").push_bind(parent);
        }
        if let Some(ids) = self.body_ids {
            q.push(" AND (p.body_a_id IN (");
            push_ids(q, ids);
            q.push(") OR p.body_b_id IN (");
            push_ids(q, ids);
            q.push("))");
        }
        let Some(f) = self.filter else { return };
        if let Some(country) = f.country {
            q.push(" AND pc.country = ").push_bind(country.to_string());
        }
        if let Some(level) = f.level {
            q.push(" AND p.level = ").push_bind(level.as_str());
        }
        if let Some(status) = f.status {
            q.push(" AND p.status = ").push_bind(status.as_str());
        }
        if let Some(kind) = f.kind {
            q.push(" AND p.kind = ").push_bind(kind.as_str());
        }
        if let Some(topic) = f.topic {
            q.push(" AND EXISTS (SELECT 1 FROM partnership_topics t WHERE t.partnership_id = p.id AND t.topic = ")
                .push_bind(topic.as_str())
                .push(")");
        }
        // Partners are matched by id, so the indexes on both sides of the pair serve the lookup.
        if let Some(body) = &f.body {
            q.push(" AND (p.body_a_id = (SELECT id FROM bodies WHERE slug = ")
                .push_bind(body.clone());
            q.push(") OR p.body_b_id = (SELECT id FROM bodies WHERE slug = ")
                .push_bind(body.clone())
                .push("))");
        }
        if let Some(within) = &f.within {
            let members =
                "SELECT id FROM bodies WHERE parent_id = (SELECT id FROM bodies WHERE slug = ";
            q.push(" AND (p.body_a_id IN (")
                .push(members)
                .push_bind(within.clone());
            q.push(")) OR p.body_b_id IN (")
                .push(members)
                .push_bind(within.clone())
                .push(")))");
        }
    }
}

impl Store {
    pub async fn list_partnerships(
        &self,
        filter: &PartnershipFilter,
        page: Page,
        lang: &str,
    ) -> StoreResult<Listing<PartnershipSummary>> {
        let selection = Selection {
            filter: Some(filter),
            ..Selection::default()
        };
        let total = self.count_partnerships(&selection).await?;
        let rows = self.select_partnerships(&selection, page, lang).await?;
        let items = self.partnership_summaries(rows).await?;
        Ok(Listing { items, total })
    }

    /// Like [`Store::list_partnerships`], but the page starts after the partnership `after` in list
    /// order: as fast on the last page as on the first. `None` when `after` names no partnership.
    pub async fn list_partnerships_after(
        &self,
        filter: &PartnershipFilter,
        after: &str,
        size: u32,
        lang: &str,
    ) -> StoreResult<Option<Listing<PartnershipSummary>>> {
        if self.id_of("partnerships", after).await?.is_none() {
            return Ok(None);
        }
        let all = Selection {
            filter: Some(filter),
            ..Selection::default()
        };
        let total = self.count_partnerships(&all).await?;
        let following = Selection {
            after: Some(after),
            ..all
        };
        let page = Page { number: 1, size };
        let rows = self.select_partnerships(&following, page, lang).await?;
        let items = self.partnership_summaries(rows).await?;
        Ok(Some(Listing { items, total }))
    }

    /// Partnerships of any of the given bodies (at most a few hundred ids).
    pub async fn partnerships_of_bodies(
        &self,
        ids: &[i64],
        lang: &str,
    ) -> StoreResult<Vec<PartnershipSummary>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let selection = Selection {
            body_ids: Some(ids),
            ..Selection::default()
        };
        let rows = self
            .select_partnerships(&selection, Page::all(), lang)
            .await?;
        self.partnership_summaries(rows).await
    }

    /// Bodies by row id, in no particular order.
    pub async fn body_refs_by_ids(
        &self,
        ids: &[i64],
        lang: &str,
    ) -> StoreResult<Vec<(i64, BodyRef)>> {
        let mut refs = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(1000) {
            let mut q = SqlBuilder::new(self.backend, "SELECT b.id, ");
            push_body_ref_columns(&mut q, "b", "", lang);
            q.push(" FROM bodies b WHERE b.id IN (");
            push_ids(&mut q, chunk);
            q.push(")");
            for row in q.build().fetch_all(&self.pool).await? {
                refs.push((row.try_get("id")?, body_ref(&row, "")?));
            }
        }
        Ok(refs)
    }

    async fn count_partnerships(&self, selection: &Selection<'_>) -> StoreResult<i64> {
        let mut q = SqlBuilder::new(self.backend, "SELECT COUNT(*)");
        // Every filter works on the partnership's own columns (or the country table), so counting
        // needs no names.
        selection.push_from(&mut q);
        selection.push_where(&mut q);
        Ok(q.build_query_scalar().fetch_one(&self.pool).await?)
    }

    async fn select_partnerships(
        &self,
        selection: &Selection<'_>,
        page: Page,
        lang: &str,
    ) -> StoreResult<Vec<(i64, AnyRow)>> {
        let mut q = SqlBuilder::new(
            self.backend,
            "SELECT p.id, p.slug, p.level, p.kind, p.status, p.home_side, ",
        );
        q.push("pp.slug AS parent_slug, ");
        q.push("(SELECT MIN(m.date) FROM milestones m WHERE m.partnership_id = p.id) AS since, ");
        push_body_ref_columns(&mut q, "a", "a_", lang);
        q.push(", ");
        push_body_ref_columns(&mut q, "b", "b_", lang);
        // The page is chosen on the partnerships' own columns and the list-order index first; names
        // and dates are then looked up for the rows of that page only.
        q.push(" FROM (SELECT p.id, p.list_key");
        selection.push_from(&mut q);
        selection.push_where(&mut q);
        q.push(selection.order());
        q.push(" LIMIT ")
            .push_bind(page.limit())
            .push(" OFFSET ")
            .push_bind(page.offset())
            .push(") chosen JOIN partnerships p ON p.id = chosen.id");
        q.push(
            " JOIN bodies a ON a.id = p.body_a_id
              JOIN bodies b ON b.id = p.body_b_id
              LEFT JOIN partnerships pp ON pp.id = p.parent_id
              ORDER BY chosen.list_key, chosen.id",
        );
        let rows = q.build().fetch_all(&self.pool).await?;
        rows.into_iter()
            .map(|row| Ok((row.try_get("id")?, row)))
            .collect()
    }

    async fn partnership_summaries(
        &self,
        rows: Vec<(i64, AnyRow)>,
    ) -> StoreResult<Vec<PartnershipSummary>> {
        let mut topics = self.topics_of(rows.iter().map(|(id, _)| *id)).await?;
        rows.into_iter()
            .map(|(id, row)| {
                let a = body_ref(&row, "a_")?;
                let b = body_ref(&row, "b_")?;
                let home_side: String = row.try_get("home_side")?;
                let (home, partner) = if home_side == "a" { (a, b) } else { (b, a) };
                Ok(PartnershipSummary {
                    slug: row.try_get("slug")?,
                    home,
                    partner,
                    level: vocab(&row, "level", PartnershipLevel::parse)?,
                    kind: vocab(&row, "kind", PartnershipKind::parse)?,
                    status: vocab(&row, "status", PartnershipStatus::parse)?,
                    topics: topics.remove(&id).unwrap_or_default(),
                    since: date(&row, "since")?,
                    parent: row.try_get("parent_slug")?,
                })
            })
            .collect()
    }

    async fn topics_of(
        &self,
        ids: impl Iterator<Item = i64>,
    ) -> StoreResult<HashMap<i64, Vec<Topic>>> {
        let ids: Vec<i64> = ids.collect();
        let mut topics: HashMap<i64, Vec<Topic>> = HashMap::new();
        // SQLite allows 32766 bind parameters; stay well below it for any page size.
        for chunk in ids.chunks(1000) {
            let mut q = SqlBuilder::new(
                self.backend,
                "SELECT pt.partnership_id, pt.topic FROM partnership_topics pt
                 JOIN topics t ON t.key = pt.topic WHERE pt.partnership_id IN (",
            );
            push_ids(&mut q, chunk);
            q.push(") ORDER BY t.position");
            for row in q.build().fetch_all(&self.pool).await? {
                let id: i64 = row.try_get("partnership_id")?;
                topics
                    .entry(id)
                    .or_default()
                    .push(vocab(&row, "topic", Topic::parse)?);
            }
        }
        Ok(topics)
    }

    pub async fn find_partnership(
        &self,
        slug: &str,
        lang: &str,
    ) -> StoreResult<Option<Partnership>> {
        let selection = Selection {
            slug: Some(slug),
            ..Selection::default()
        };
        let mut rows = self
            .select_partnerships(&selection, Page::all(), lang)
            .await?;
        let Some((id, row)) = rows.pop() else {
            return Ok(None);
        };
        let extra = sqlx::query(&format!(
            "SELECT p.note, {} FROM partnerships p LEFT JOIN sources s ON s.id = p.source_id WHERE p.id = $1",
            source_columns("s")
        ))
        .bind(id)
        .fetch_one(&self.pool)
        .await?;
        let summary = self
            .partnership_summaries(vec![(id, row)])
            .await?
            .pop()
            .expect("one row in, one summary out");
        let children = Selection {
            parent: Some(id),
            ..Selection::default()
        };
        let children = self
            .select_partnerships(&children, Page::all(), lang)
            .await?;
        Ok(Some(Partnership {
            summary,
            narrative: self
                .texts(
                    "SELECT lang, narrative FROM partnership_texts WHERE partnership_id = $1",
                    id,
                )
                .await?,
            note: extra.try_get("note")?,
            milestones: self
                .milestones_of(Some(id), None, Page::all(), lang)
                .await?
                .items,
            children: self.partnership_summaries(children).await?,
            source: source_ref(&extra)?,
        }))
    }

    async fn texts(&self, sql: &str, owner: i64) -> StoreResult<Translations> {
        let rows: Vec<(String, String)> = sqlx::query_as(sql)
            .bind(owner)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().collect())
    }

    /// Milestones of one partnership (in the order of its story) or of all partnerships.
    pub async fn list_milestones(
        &self,
        partnership: Option<&str>,
        milestone_type: Option<MilestoneType>,
        page: Page,
        lang: &str,
    ) -> StoreResult<Option<Listing<Milestone>>> {
        let id = match partnership {
            Some(slug) => match self.id_of("partnerships", slug).await? {
                Some(id) => Some(id),
                None => return Ok(None),
            },
            None => None,
        };
        self.milestones_of(id, milestone_type, page, lang)
            .await
            .map(Some)
    }

    /// The row id of a body or partnership by slug; the table name is a compile-time literal.
    async fn id_of(&self, table: &'static str, slug: &str) -> StoreResult<Option<i64>> {
        Ok(
            sqlx::query_scalar(&format!("SELECT id FROM {table} WHERE slug = $1"))
                .bind(slug)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// Counts the rows of `from` (a table and its alias) that `push_where` selects.
    async fn count(
        &self,
        from: &'static str,
        push_where: impl Fn(&mut SqlBuilder<'_>),
    ) -> StoreResult<i64> {
        let mut q = SqlBuilder::new(self.backend, format!("SELECT COUNT(*) FROM {from}"));
        push_where(&mut q);
        Ok(q.build_query_scalar().fetch_one(&self.pool).await?)
    }

    async fn milestones_of(
        &self,
        partnership: Option<i64>,
        milestone_type: Option<MilestoneType>,
        page: Page,
        lang: &str,
    ) -> StoreResult<Listing<Milestone>> {
        let push_where = |q: &mut SqlBuilder<'_>| {
            q.push(" WHERE EXISTS (SELECT 1 FROM partnerships p WHERE p.id = m.partnership_id AND p.published = 1)");
            if let Some(id) = partnership {
                q.push(" AND m.partnership_id = ").push_bind(id);
            }
            if let Some(t) = milestone_type {
                q.push(" AND m.type = ").push_bind(t.as_str());
            }
        };
        let total = self.count("milestones m", push_where).await?;

        let mut q = SqlBuilder::new(
            self.backend,
            "SELECT m.id, m.date, m.qualifier, m.type, p.slug AS partnership, ",
        );
        q.push(source_columns("s"));
        q.push(" FROM milestones m JOIN partnerships p ON p.id = m.partnership_id");
        q.push(" LEFT JOIN sources s ON s.id = m.source_id");
        push_where(&mut q);
        q.push(" ORDER BY m.partnership_id, m.position, m.id");
        q.push(" LIMIT ").push_bind(page.limit());
        q.push(" OFFSET ").push_bind(page.offset());
        let rows = q.build().fetch_all(&self.pool).await?;

        let ids: Vec<i64> = rows
            .iter()
            .map(|row| row.try_get("id"))
            .collect::<Result<_, _>>()?;
        let mut bodies = self.milestone_bodies(&ids, lang).await?;
        let mut notes = self.milestone_notes(&ids).await?;
        let mut items = Vec::with_capacity(rows.len());
        for (row, id) in rows.iter().zip(ids) {
            items.push(Milestone {
                id,
                partnership: row.try_get("partnership")?,
                milestone_type: vocab(row, "type", MilestoneType::parse)?,
                date: date(row, "date")?,
                qualifier: optional_vocab(row, "qualifier", DateQualifier::parse)?,
                bodies: bodies.remove(&id).unwrap_or_default(),
                note: notes.remove(&id).unwrap_or_default(),
                source: source_ref(row)?,
            });
        }
        if partnership.is_some() {
            chronological(&mut items);
        }
        Ok(Listing { items, total })
    }

    /// The acting bodies of each milestone, in their recorded order; one query per thousand milestones.
    async fn milestone_bodies(
        &self,
        ids: &[i64],
        lang: &str,
    ) -> StoreResult<HashMap<i64, Vec<BodyRef>>> {
        let mut bodies: HashMap<i64, Vec<BodyRef>> = HashMap::new();
        for chunk in ids.chunks(1000) {
            let mut q = SqlBuilder::new(self.backend, "SELECT mb.milestone_id, ");
            push_body_ref_columns(&mut q, "b", "", lang);
            q.push(" FROM milestone_bodies mb JOIN bodies b ON b.id = mb.body_id WHERE mb.milestone_id IN (");
            push_ids(&mut q, chunk);
            q.push(") ORDER BY mb.milestone_id, mb.position");
            for row in q.build().fetch_all(&self.pool).await? {
                let id: i64 = row.try_get("milestone_id")?;
                bodies.entry(id).or_default().push(body_ref(&row, "")?);
            }
        }
        Ok(bodies)
    }

    async fn milestone_notes(&self, ids: &[i64]) -> StoreResult<HashMap<i64, Translations>> {
        let mut notes: HashMap<i64, Translations> = HashMap::new();
        for chunk in ids.chunks(1000) {
            let mut q = SqlBuilder::new(
                self.backend,
                "SELECT milestone_id, lang, note FROM milestone_texts WHERE milestone_id IN (",
            );
            push_ids(&mut q, chunk);
            q.push(")");
            for row in q.build().fetch_all(&self.pool).await? {
                let id: i64 = row.try_get("milestone_id")?;
                notes
                    .entry(id)
                    .or_default()
                    .insert(row.try_get("lang")?, row.try_get("note")?);
            }
        }
        Ok(notes)
    }

    pub async fn list_bodies(
        &self,
        filter: &BodyFilter,
        page: Page,
        lang: &str,
    ) -> StoreResult<Listing<BodyRef>> {
        let push_where = |q: &mut SqlBuilder<'_>| {
            q.push(" WHERE b.published = 1");
            if let Some(country) = filter.country {
                q.push(" AND b.country = ").push_bind(country.to_string());
            }
            if let Some(kind) = filter.kind {
                q.push(" AND b.kind = ").push_bind(kind.as_str());
            }
        };
        let total = self.count("bodies b", push_where).await?;

        let mut q = SqlBuilder::new(self.backend, "SELECT ");
        push_body_ref_columns(&mut q, "b", "", lang);
        q.push(" FROM bodies b");
        push_where(&mut q);
        q.push(" ORDER BY b.country, b.sort_name, b.id LIMIT ")
            .push_bind(page.limit())
            .push(" OFFSET ")
            .push_bind(page.offset());
        let rows = q.build().fetch_all(&self.pool).await?;
        let items = rows
            .iter()
            .map(|row| body_ref(row, ""))
            .collect::<StoreResult<_>>()?;
        Ok(Listing { items, total })
    }

    pub async fn find_body(&self, slug: &str, lang: &str) -> StoreResult<Option<Body>> {
        let row = sqlx::query(&format!(
            "SELECT b.id, b.website, b.latitude, b.longitude, b.nuts_code, b.lau_code, b.wikidata_id,
                    b.geonames_id, b.iso_3166_2, b.valid_from, b.valid_to, {}, {}, {}
             FROM bodies b
             LEFT JOIN bodies parent ON parent.id = b.parent_id
             LEFT JOIN sources s ON s.id = b.source_id
             WHERE b.slug = $2 AND b.published = 1",
            body_ref_columns("b", "", "$1"),
            body_ref_columns("parent", "parent_", "$1"),
            source_columns("s"),
        ))
        .bind(lang)
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id: i64 = row.try_get("id")?;

        let names = sqlx::query(
            "SELECT name, lang, kind FROM body_names WHERE body_id = $1 ORDER BY kind, lang, name",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(OtherName {
                name: r.try_get("name")?,
                lang: r.try_get("lang")?,
                kind: vocab(r, "kind", NameKind::parse)?,
            })
        })
        .collect::<StoreResult<_>>()?;

        let children = sqlx::query(&format!(
            "SELECT {} FROM bodies b WHERE b.parent_id = $2 AND b.published = 1 ORDER BY b.sort_name",
            body_ref_columns("b", "", "$1")
        ))
        .bind(lang)
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| body_ref(r, ""))
        .collect::<StoreResult<_>>()?;

        Ok(Some(Body {
            reference: body_ref(&row, "")?,
            parent: optional_body_ref(&row, "parent_")?,
            website: row.try_get("website")?,
            latitude: row.try_get("latitude")?,
            longitude: row.try_get("longitude")?,
            nuts_code: row.try_get("nuts_code")?,
            lau_code: row.try_get("lau_code")?,
            wikidata_id: row.try_get("wikidata_id")?,
            geonames_id: super::rows::optional_u32(&row, "geonames_id")?,
            iso_3166_2: row.try_get("iso_3166_2")?,
            valid_from: date(&row, "valid_from")?,
            valid_to: date(&row, "valid_to")?,
            names,
            description: self
                .texts(
                    "SELECT lang, description FROM body_texts WHERE body_id = $1",
                    id,
                )
                .await?,
            facts: self
                .facts_of(Some(id), None, Page::all(), lang)
                .await?
                .items,
            predecessors: self.successions("s.successor_id", id, lang).await?,
            successors: self.successions("s.predecessor_id", id, lang).await?,
            children,
            source: source_ref(&row)?,
        }))
    }

    /// Successions where `column` (the successor or predecessor side) is the given body.
    async fn successions(
        &self,
        column: &'static str,
        body: i64,
        lang: &str,
    ) -> StoreResult<Vec<Succession>> {
        let rows = sqlx::query(&format!(
            "SELECT s.kind, s.date, s.note, {}, {}, {}
             FROM successions s
             JOIN bodies pre ON pre.id = s.predecessor_id
             JOIN bodies suc ON suc.id = s.successor_id
             LEFT JOIN sources src ON src.id = s.source_id
             WHERE {column} = $2 ORDER BY s.date, pre.sort_name",
            body_ref_columns("pre", "pre_", "$1"),
            body_ref_columns("suc", "suc_", "$1"),
            source_columns("src"),
        ))
        .bind(lang)
        .bind(body)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Succession {
                    predecessor: body_ref(row, "pre_")?,
                    successor: body_ref(row, "suc_")?,
                    kind: vocab(row, "kind", SuccessionKind::parse)?,
                    date: date(row, "date")?,
                    note: row.try_get("note")?,
                    source: source_ref(row)?,
                })
            })
            .collect()
    }

    /// Facts about one body, or about all bodies; `None` when the named body does not exist.
    pub async fn list_facts(
        &self,
        body: Option<&str>,
        key: Option<FactKey>,
        page: Page,
        lang: &str,
    ) -> StoreResult<Option<Listing<Fact>>> {
        let id = match body {
            Some(slug) => match self.id_of("bodies", slug).await? {
                Some(id) => Some(id),
                None => return Ok(None),
            },
            None => None,
        };
        self.facts_of(id, key, page, lang).await.map(Some)
    }

    async fn facts_of(
        &self,
        body: Option<i64>,
        key: Option<FactKey>,
        page: Page,
        lang: &str,
    ) -> StoreResult<Listing<Fact>> {
        let push_where = |q: &mut SqlBuilder<'_>| {
            q.push(
                " WHERE EXISTS (SELECT 1 FROM bodies fb WHERE fb.id = f.body_id AND fb.published = 1)",
            );
            if let Some(id) = body {
                q.push(" AND f.body_id = ").push_bind(id);
            }
            if let Some(key) = key {
                q.push(" AND f.key = ").push_bind(key.as_str());
            }
        };
        let total = self.count("facts f", push_where).await?;

        let mut q = SqlBuilder::new(
            self.backend,
            "SELECT f.id, f.key, f.value_num, f.value_text, f.lang, f.unit, \
             CAST(f.approximate AS BIGINT) AS approximate, f.as_of, f.note, ",
        );
        push_body_ref_columns(&mut q, "b", "body_", lang);
        q.push(", ").push(source_columns("s"));
        q.push(" FROM facts f JOIN bodies b ON b.id = f.body_id LEFT JOIN sources s ON s.id = f.source_id");
        push_where(&mut q);
        q.push(" ORDER BY b.sort_name, f.body_id, f.position, f.id LIMIT ")
            .push_bind(page.limit())
            .push(" OFFSET ")
            .push_bind(page.offset());
        let rows = q.build().fetch_all(&self.pool).await?;
        let items = rows
            .iter()
            .map(|row| {
                Ok(Fact {
                    id: row.try_get("id")?,
                    body: body_ref(row, "body_")?,
                    key: vocab(row, "key", FactKey::parse)?,
                    value: row.try_get("value_num")?,
                    text: row.try_get("value_text")?,
                    lang: row.try_get("lang")?,
                    unit: row.try_get("unit")?,
                    approximate: super::rows::flag(row, "approximate")?,
                    as_of: date(row, "as_of")?,
                    note: row.try_get("note")?,
                    source: source_ref(row)?,
                })
            })
            .collect::<StoreResult<_>>()?;
        Ok(Listing { items, total })
    }

    pub async fn portal_profile(&self, lang: &str) -> StoreResult<PortalProfile> {
        let home: Option<String> =
            sqlx::query_scalar("SELECT value FROM portal_settings WHERE key = 'home_body'")
                .fetch_optional(&self.pool)
                .await?;
        let home = match home {
            Some(slug) => self.body_ref(&slug, lang).await?,
            None => None,
        };
        let rows: Vec<(String, String, String)> =
            sqlx::query_as("SELECT key, lang, text FROM portal_texts")
                .fetch_all(&self.pool)
                .await?;
        let mut headline = Translations::new();
        let mut intro = Translations::new();
        for (key, lang, text) in rows {
            match key.as_str() {
                "headline" => headline.insert(lang, text),
                "intro" => intro.insert(lang, text),
                _ => None,
            };
        }
        Ok(PortalProfile {
            home,
            headline,
            intro,
        })
    }

    pub async fn body_ref(&self, slug: &str, lang: &str) -> StoreResult<Option<BodyRef>> {
        let row = sqlx::query(&format!(
            "SELECT {} FROM bodies b WHERE b.slug = $2 AND b.published = 1",
            body_ref_columns("b", "", "$1")
        ))
        .bind(lang)
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| body_ref(&row, "")).transpose()
    }

    pub async fn contact_points(
        &self,
        body_slug: &str,
        lang: &str,
    ) -> StoreResult<Vec<ContactPoint>> {
        let rows = sqlx::query(&format!(
            "SELECT c.id, c.organisation, c.units, c.street, c.postal_code, c.locality, c.country,
                    c.phone, c.fax, c.email, {}
             FROM contact_points c JOIN bodies b ON b.id = c.body_id
             WHERE b.slug = $2 ORDER BY c.id",
            body_ref_columns("b", "", "$1")
        ))
        .bind(lang)
        .bind(body_slug)
        .fetch_all(&self.pool)
        .await?;
        let mut points = Vec::with_capacity(rows.len());
        for row in rows {
            let units: String = row.try_get("units")?;
            points.push(ContactPoint {
                body: body_ref(&row, "")?,
                organisation: row.try_get("organisation")?,
                units: units.lines().map(str::to_owned).collect(),
                street: row.try_get("street")?,
                postal_code: row.try_get("postal_code")?,
                locality: row.try_get("locality")?,
                country: row.try_get("country")?,
                phone: row.try_get("phone")?,
                fax: row.try_get("fax")?,
                email: row.try_get("email")?,
                note: self
                    .texts(
                        "SELECT lang, note FROM contact_point_texts WHERE contact_point_id = $1",
                        row.try_get("id")?,
                    )
                    .await?,
            });
        }
        Ok(points)
    }

    /// The countries of all partners, for the country filter: per country, whether any of its
    /// bodies is a partner, which the indexes answer without reading every partnership.
    pub async fn partner_countries(&self) -> StoreResult<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT c.country FROM (SELECT DISTINCT country FROM bodies) c
             WHERE EXISTS (SELECT 1 FROM bodies b JOIN partnerships p ON p.body_a_id = b.id
                           WHERE b.country = c.country)
                OR EXISTS (SELECT 1 FROM bodies b JOIN partnerships p ON p.body_b_id = b.id
                           WHERE b.country = c.country)
             ORDER BY c.country",
        )
        .fetch_all(&self.pool)
        .await?)
    }
}

/// Appends `(?, ?, …)` binding the ids.
fn push_ids(q: &mut SqlBuilder<'_>, ids: &[i64]) {
    q.push_bind_list(ids.iter().copied());
}

fn push_body_ref_columns(q: &mut SqlBuilder<'_>, alias: &str, prefix: &str, lang: &str) {
    // The display-name subquery names the language as a value of its own.
    let lang = q.bind(lang.to_owned());
    q.push(body_ref_columns(alias, prefix, lang));
}
