//! Reading the council report: a body's partnerships with the year's milestones, activities (with
//! the people helper's participant numbers: live records and anonymous counts of erased people)
//! and funding applications, and the activity of every year for the chart. Read-only.

use std::collections::BTreeMap;

use sqlx::Row;

use super::{Store, StoreError, StoreResult};
use crate::domain::council_report::{
    CouncilReport, CountryCount, PartnershipReport, ReportActivity, ReportFunding, ReportMilestone,
    YearCount, merge_counts,
};
use crate::domain::funding::Eur;
use crate::domain::registry::{BodyRef, Translations};
use crate::domain::values::PartialDate;

fn money(row: &sqlx::any::AnyRow, column: &str) -> StoreResult<Option<Eur>> {
    let text: Option<String> = row.try_get(column)?;
    text.map(|t| Eur::parse(&t).map_err(|e| StoreError::Corrupt(format!("{column} '{t}': {e}"))))
        .transpose()
}

impl Store {
    /// The portal's home body (the district), by slug.
    pub async fn home_body_slug(&self) -> StoreResult<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT value FROM portal_settings WHERE key = 'home_body'")
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// Every body that is a side of a partnership: the report's choice of body, by name.
    pub async fn report_bodies(&self, lang: &str) -> StoreResult<Vec<BodyRef>> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT b.id FROM bodies b WHERE EXISTS (SELECT 1 FROM partnerships p \
             WHERE p.body_a_id = b.id OR p.body_b_id = b.id) ORDER BY b.sort_name",
        )
        .fetch_all(&self.pool)
        .await?;
        let refs: BTreeMap<i64, BodyRef> = self
            .body_refs_by_ids(&ids, lang)
            .await?
            .into_iter()
            .collect();
        Ok(ids.iter().filter_map(|id| refs.get(id).cloned()).collect())
    }

    /// The report of `body` for `year`; `None` when there is no such body.
    pub async fn council_report(
        &self,
        body: &str,
        year: i32,
        lang: &str,
    ) -> StoreResult<Option<CouncilReport>> {
        let Some(body_id) = sqlx::query_scalar::<_, i64>("SELECT id FROM bodies WHERE slug = $1")
            .bind(body)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let rows = sqlx::query(
            "SELECT id, slug, body_a_id, body_b_id FROM partnerships \
             WHERE body_a_id = $1 OR body_b_id = $1",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        let mut sides = Vec::new();
        let mut ids = vec![body_id];
        for row in &rows {
            let (a, b): (i64, i64) = (row.try_get("body_a_id")?, row.try_get("body_b_id")?);
            let partner = if a == body_id { b } else { a };
            ids.push(partner);
            sides.push((
                row.try_get::<i64, _>("id")?,
                row.try_get::<String, _>("slug")?,
                a,
                b,
                partner,
            ));
        }
        let refs: BTreeMap<i64, BodyRef> = self
            .body_refs_by_ids(&ids, lang)
            .await?
            .into_iter()
            .collect();
        let home = refs
            .get(&body_id)
            .cloned()
            .ok_or_else(|| StoreError::Corrupt(format!("body {body} has no name")))?;
        let mut partnerships = Vec::with_capacity(sides.len());
        for (id, slug, a, b, partner) in sides {
            let Some(partner) = refs.get(&partner).cloned() else {
                continue;
            };
            partnerships.push(PartnershipReport {
                slug,
                home: home.clone(),
                partner,
                milestones: self.report_milestones(id, year).await?,
                activities: self.report_activities(id, year).await?,
                funding: self.report_funding(id, a, b, year).await?,
            });
        }
        partnerships.sort_by(|x, y| {
            x.partner
                .display_name
                .to_lowercase()
                .cmp(&y.partner.display_name.to_lowercase())
        });
        let history = self.report_history(body_id).await?;
        Ok(Some(CouncilReport {
            year,
            body: home,
            partnerships,
            history,
        }))
    }

    async fn report_milestones(
        &self,
        partnership: i64,
        year: i32,
    ) -> StoreResult<Vec<ReportMilestone>> {
        let rows = sqlx::query(
            "SELECT id, date, type FROM milestones WHERE partnership_id = $1 AND substr(date, 1, 4) = $2 \
             ORDER BY date, position, id",
        )
        .bind(partnership)
        .bind(format!("{year:04}"))
        .fetch_all(&self.pool)
        .await?;
        let mut milestones = Vec::with_capacity(rows.len());
        for row in rows {
            let id: i64 = row.try_get("id")?;
            let date_text: String = row.try_get("date")?;
            let notes: Vec<(String, String)> =
                sqlx::query_as("SELECT lang, note FROM milestone_texts WHERE milestone_id = $1")
                    .bind(id)
                    .fetch_all(&self.pool)
                    .await?;
            milestones.push(ReportMilestone {
                date: PartialDate::parse(&date_text).ok(),
                date_text,
                kind: row.try_get("type")?,
                note: notes.into_iter().collect::<Translations>(),
            });
        }
        Ok(milestones)
    }

    /// Activities of the partnership that took place (at least partly) in the year.
    async fn report_activities(
        &self,
        partnership: i64,
        year: i32,
    ) -> StoreResult<Vec<ReportActivity>> {
        let rows = sqlx::query(
            "SELECT a.id, a.kind, a.starts_on, a.ends_on, a.visibility FROM activities a \
             JOIN activity_partnerships ap ON ap.activity_id = a.id \
             WHERE ap.partnership_id = $1 AND a.starts_on <= $2 AND a.ends_on >= $3 \
             ORDER BY a.starts_on, a.id",
        )
        .bind(partnership)
        .bind(format!("{year:04}-12-31"))
        .bind(format!("{year:04}-01-01"))
        .fetch_all(&self.pool)
        .await?;
        let mut activities = Vec::with_capacity(rows.len());
        for row in rows {
            let id: i64 = row.try_get("id")?;
            let titles: Vec<(String, String)> =
                sqlx::query_as("SELECT lang, title FROM activity_texts WHERE activity_id = $1")
                    .bind(id)
                    .fetch_all(&self.pool)
                    .await?;
            // The people helper's numbers: live people and erased people's anonymous counts.
            let lines = self
                .activity_participant_lines(id)
                .await?
                .unwrap_or_default();
            let visibility: String = row.try_get("visibility")?;
            activities.push(ReportActivity {
                title: titles.into_iter().collect(),
                kind: row.try_get("kind")?,
                starts_on: row.try_get("starts_on")?,
                ends_on: row.try_get("ends_on")?,
                internal: visibility != "public",
                participants: merge_counts(lines.into_iter().map(|l| CountryCount {
                    country: l.country,
                    count: i64::from(l.participants),
                })),
            });
        }
        Ok(activities)
    }

    /// Applications whose call's deadline falls in the year and that belong to the partnership:
    /// paying for one of its activities, or made by one side with the other as partner.
    async fn report_funding(
        &self,
        partnership: i64,
        a: i64,
        b: i64,
        year: i32,
    ) -> StoreResult<Vec<ReportFunding>> {
        let rows = sqlx::query(
            "SELECT f.id, f.title, f.status, f.requested, f.granted, pr.name AS programme \
             FROM funding_applications f JOIN funding_calls c ON c.id = f.call_id \
             JOIN funding_actions ac ON ac.id = c.action_id \
             JOIN funding_programmes pr ON pr.id = ac.programme_id \
             WHERE substr(c.deadline_at, 1, 4) = $1 AND ( \
               f.activity_id IN (SELECT activity_id FROM activity_partnerships WHERE partnership_id = $2) \
               OR (f.applicant_id IN ($3, $4) AND EXISTS (SELECT 1 FROM funding_application_partners fp \
                   WHERE fp.application_id = f.id AND fp.body_id IN ($3, $4) AND fp.body_id <> f.applicant_id))) \
             ORDER BY c.deadline_at, f.id",
        )
        .bind(format!("{year:04}"))
        .bind(partnership)
        .bind(a)
        .bind(b)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ReportFunding {
                    title: row.try_get("title")?,
                    programme: row.try_get("programme")?,
                    status: row.try_get("status")?,
                    requested: money(row, "requested")?,
                    granted: money(row, "granted")?,
                })
            })
            .collect()
    }

    /// Activities (by start year) and dated milestones per year over all partnerships of a body.
    async fn report_history(&self, body_id: i64) -> StoreResult<Vec<YearCount>> {
        let activities: Vec<(String, i64)> = sqlx::query_as(
            "SELECT substr(a.starts_on, 1, 4) AS y, COUNT(DISTINCT a.id) FROM activities a \
             JOIN activity_partnerships ap ON ap.activity_id = a.id \
             JOIN partnerships p ON p.id = ap.partnership_id \
             WHERE p.body_a_id = $1 OR p.body_b_id = $1 GROUP BY y",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        let milestones: Vec<(String, i64)> = sqlx::query_as(
            "SELECT substr(m.date, 1, 4) AS y, COUNT(*) FROM milestones m \
             JOIN partnerships p ON p.id = m.partnership_id \
             WHERE (p.body_a_id = $1 OR p.body_b_id = $1) AND m.date IS NOT NULL GROUP BY y",
        )
        .bind(body_id)
        .fetch_all(&self.pool)
        .await?;
        let mut years: BTreeMap<i32, YearCount> = BTreeMap::new();
        for (y, n, is_activity) in activities
            .into_iter()
            .map(|(y, n)| (y, n, true))
            .chain(milestones.into_iter().map(|(y, n)| (y, n, false)))
        {
            let Ok(year) = y.parse::<i32>() else { continue };
            let c = years.entry(year).or_insert(YearCount {
                year,
                activities: 0,
                milestones: 0,
            });
            if is_activity {
                c.activities += n;
            } else {
                c.milestones += n;
            }
        }
        Ok(years.into_values().collect())
    }
}
