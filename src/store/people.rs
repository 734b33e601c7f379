//! People taking part in activities: the only SQL that touches personal data. Every write checks
//! the actor's scope over the person's activities, the version where a form started from one, and
//! writes its audit entry in the same transaction — an entry that names ids, roles and which fields
//! changed, never a personal value (docs/PERSONAL-DATA.md). Erasure moves a person into the
//! anonymous counts and deletes every row about them in one transaction.

use sqlx::{AnyConnection, Row};
use time::Date;

use super::audit::{self, Change};
use super::records::{Tx, WriteError, WriteResult, forbidden};
use super::{Store, StoreError, StoreResult};
use crate::domain::access::Principal;
use crate::domain::audit::{Action, Entity};
use crate::domain::clock::Instant;
use crate::domain::funding::ParticipantLine;
use crate::domain::people::{
    Age, AgeGroup, ConsentRecord, CountKey, Counts, GivenBy, Participation, PersonRecord,
    PersonRole, parse_day, retention_expired,
};

/// What the people pages need to know of an activity: its name and dates, and the bodies whose
/// staff it belongs to (the host and both sides of each of its partnerships).
#[derive(Debug, Clone, serde::Serialize)]
pub struct ActivityFacts {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub starts_on: String,
    pub ends_on: String,
    #[serde(skip)]
    pub bodies: Vec<i64>,
}

impl ActivityFacts {
    pub fn start(&self) -> Option<Date> {
        parse_day(&self.starts_on)
    }

    pub fn end(&self) -> Option<Date> {
        parse_day(&self.ends_on)
    }
}

/// One line of an activity's list of people.
#[derive(Debug, Clone)]
pub struct PersonLine {
    pub id: i64,
    pub name: String,
    pub country: String,
    pub role: PersonRole,
    pub invited: bool,
    pub age_group: AgeGroup,
    /// A consent stands today.
    pub consented: bool,
}

/// A stored person with everything that hangs off them.
#[derive(Debug, Clone)]
pub struct StoredPerson {
    pub id: i64,
    pub version: i64,
    pub record: PersonRecord,
    pub created_at: String,
    pub updated_at: String,
    pub participations: Vec<(ActivityFacts, Participation)>,
    pub consents: Vec<(i64, ConsentRecord)>,
}

impl StoredPerson {
    /// Bodies of all the person's activities, per activity.
    pub fn activity_bodies(&self) -> Vec<&[i64]> {
        self.participations
            .iter()
            .map(|(a, _)| a.bodies.as_slice())
            .collect()
    }
}

/// Who may see and change people, by the bodies of their activities.
pub mod scope {
    use crate::domain::access::{Principal, Role};

    /// The staff of an activity: its host's or one of its partnerships' sides'.
    pub fn covers(who: &Principal, bodies: &[i64]) -> bool {
        who.is_admin() || bodies.iter().any(|b| who.scope.contains(b))
    }

    /// Personal data of an activity's people: its staff in any role, and administrators.
    pub fn may_see(who: &Principal, bodies: &[i64]) -> bool {
        covers(who, bodies)
    }

    /// Adding, changing, recording consent: the activity's editors and administrators.
    pub fn may_change(who: &Principal, bodies: &[i64]) -> bool {
        who.role != Role::Reader && covers(who, bodies)
    }

    /// Export and erasure reach every activity of the person: the staff of all of them.
    pub fn may_act_for_whole_person(who: &Principal, activities: &[&[i64]]) -> bool {
        who.is_admin() || (!activities.is_empty() && activities.iter().all(|b| may_change(who, b)))
    }
}

fn age_columns(age: Age) -> (Option<i32>, Option<&'static str>) {
    match age {
        Age::BirthYear(y) => (Some(y), None),
        Age::Group(g) => (None, Some(g.key())),
    }
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(format!("people: {what}"))
}

fn blank(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

async fn activity_facts(
    conn: &mut AnyConnection,
    activity_id: i64,
) -> StoreResult<Option<ActivityFacts>> {
    let Some(row) = sqlx::query(
        "SELECT a.id, a.slug, a.starts_on, a.ends_on, a.host_body_id, \
         COALESCE((SELECT title FROM activity_texts t WHERE t.activity_id = a.id AND t.lang = 'de'), \
                  (SELECT title FROM activity_texts t WHERE t.activity_id = a.id ORDER BY lang LIMIT 1), \
                  a.slug) AS title \
         FROM activities a WHERE a.id = $1",
    )
    .bind(activity_id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let mut bodies: Vec<i64> = sqlx::query_scalar(
        "SELECT p.body_a_id FROM activity_partnerships ap JOIN partnerships p ON p.id = ap.partnership_id \
         WHERE ap.activity_id = $1 UNION \
         SELECT p.body_b_id FROM activity_partnerships ap JOIN partnerships p ON p.id = ap.partnership_id \
         WHERE ap.activity_id = $2",
    )
    .bind(activity_id)
    .bind(activity_id)
    .fetch_all(&mut *conn)
    .await?;
    if let Some(host) = row.try_get::<Option<i64>, _>("host_body_id")? {
        bodies.push(host);
    }
    bodies.sort_unstable();
    bodies.dedup();
    Ok(Some(ActivityFacts {
        id: row.try_get("id")?,
        slug: row.try_get("slug")?,
        title: row.try_get("title")?,
        starts_on: row.try_get("starts_on")?,
        ends_on: row.try_get("ends_on")?,
        bodies,
    }))
}

async fn load_person(conn: &mut AnyConnection, id: i64) -> StoreResult<Option<StoredPerson>> {
    let Some(row) = sqlx::query(
        "SELECT name, birth_year, age_group, email, phone, country, dietary, accessibility, version, \
         created_at, updated_at FROM people WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let birth_year: Option<i32> = row.try_get("birth_year")?;
    let group: Option<String> = row.try_get("age_group")?;
    let age = match (birth_year, group) {
        (Some(y), _) => Age::BirthYear(y),
        (None, Some(g)) => Age::Group(AgeGroup::parse(&g).ok_or_else(|| corrupt("age group"))?),
        (None, None) => return Err(corrupt("a person without age")),
    };
    let record = PersonRecord {
        name: row.try_get("name")?,
        age,
        email: row.try_get("email")?,
        phone: row.try_get("phone")?,
        country: row.try_get("country")?,
        dietary: row.try_get("dietary")?,
        accessibility: row.try_get("accessibility")?,
    };
    let links = sqlx::query(
        "SELECT activity_id, role, invited FROM activity_participants WHERE person_id = $1 \
         ORDER BY activity_id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let mut participations = Vec::with_capacity(links.len());
    for link in links {
        let activity_id: i64 = link.try_get("activity_id")?;
        let role: String = link.try_get("role")?;
        let facts = activity_facts(conn, activity_id)
            .await?
            .ok_or_else(|| corrupt("a participation without activity"))?;
        participations.push((
            facts,
            Participation {
                role: PersonRole::parse(&role).ok_or_else(|| corrupt("role"))?,
                invited: super::rows::flag(&link, "invited")?,
            },
        ));
    }
    let consents = sqlx::query(
        "SELECT id, given_on, text_version, given_by, withdrawn_on FROM consents \
         WHERE person_id = $1 ORDER BY given_on, id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|c| {
        let by: String = c.try_get("given_by")?;
        Ok((
            c.try_get("id")?,
            ConsentRecord {
                given_on: c.try_get("given_on")?,
                text_version: c.try_get("text_version")?,
                given_by: GivenBy::parse(&by).ok_or_else(|| corrupt("given by"))?,
                withdrawn_on: c.try_get("withdrawn_on")?,
            },
        ))
    })
    .collect::<StoreResult<Vec<_>>>()?;
    Ok(Some(StoredPerson {
        id,
        version: row.try_get("version")?,
        record,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        participations,
        consents,
    }))
}

async fn audit_person(
    tx: &mut Tx,
    who: &Principal,
    id: i64,
    action: Action,
    after: Option<serde_json::Value>,
    summary: String,
) -> StoreResult<()> {
    audit::record(
        tx,
        who,
        Change {
            entity: Entity::Person,
            entity_id: id,
            action,
            before: None,
            after: after.as_ref(),
            summary,
        },
    )
    .await?;
    Ok(())
}

async fn existing(tx: &mut Tx, id: i64) -> WriteResult<StoredPerson> {
    load_person(tx, id)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("person {id}")).into())
}

async fn check_version(tx: &mut Tx, current: &StoredPerson, expected: i64) -> WriteResult<()> {
    if current.version == expected {
        return Ok(());
    }
    let last: Option<(String, String)> = sqlx::query_as(
        "SELECT actor_label, at FROM audit_log WHERE entity = 'person' AND entity_id = $1 \
         ORDER BY id DESC LIMIT 1",
    )
    .bind(current.id)
    .fetch_optional(&mut **tx)
    .await?;
    let (by, at) = last.unwrap_or_else(|| ("someone".into(), "an unknown time".into()));
    let at = Instant::parse(&at).map(|i| i.display_local()).unwrap_or(at);
    Err(StoreError::StaleVersion {
        what: format!("person #{}", current.id),
        by,
        at,
    }
    .into())
}

fn this_year() -> i32 {
    Instant::now().date_time().year()
}

fn today() -> Date {
    Instant::now().date_time().date()
}

/// Adds each participation of `person` to the anonymous counts of its activity.
async fn count_anonymously(tx: &mut Tx, person: &StoredPerson) -> StoreResult<()> {
    for (activity, part) in &person.participations {
        let group = person.record.age.group_at(activity.start());
        sqlx::query(
            "INSERT INTO activity_participant_counts (activity_id, country, age_group, role, invited, count) \
             VALUES ($1, $2, $3, $4, $5, 1) ON CONFLICT (activity_id, country, age_group, role, invited) \
             DO UPDATE SET count = activity_participant_counts.count + 1",
        )
        .bind(activity.id)
        .bind(&person.record.country)
        .bind(group.key())
        .bind(part.role.key())
        .bind(i64::from(part.invited))
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Deletes every row about the person (consents and participations by cascade).
async fn delete_person_rows(tx: &mut Tx, id: i64) -> StoreResult<()> {
    sqlx::query("DELETE FROM consents WHERE person_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM activity_participants WHERE person_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM people WHERE id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// What an anonymisation run found (and, unless a dry run, erased).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnonymiseReport {
    /// Ids of the people whose data expired.
    pub people: Vec<i64>,
    pub dry_run: bool,
}

impl Store {
    /// An activity's name, dates and bodies; `None` when there is no such activity.
    pub async fn people_activity(&self, activity_id: i64) -> StoreResult<Option<ActivityFacts>> {
        let mut conn = self.pool.acquire().await?;
        activity_facts(&mut conn, activity_id).await
    }

    /// Every activity, newest first, for the index of counts (anonymous: every staff member).
    pub async fn people_activities(&self) -> StoreResult<Vec<ActivityFacts>> {
        let mut conn = self.pool.acquire().await?;
        let ids: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM activities ORDER BY starts_on DESC, id DESC")
                .fetch_all(&mut *conn)
                .await?;
        let mut all = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(facts) = activity_facts(&mut conn, id).await? {
                all.push(facts);
            }
        }
        Ok(all)
    }

    /// The people of an activity, by name. Personal data: the caller checks `scope::may_see`.
    pub async fn people_of_activity(
        &self,
        activity: &ActivityFacts,
    ) -> StoreResult<Vec<PersonLine>> {
        let rows = sqlx::query(
            "SELECT p.id, p.name, p.country, p.birth_year, p.age_group, ap.role, ap.invited, \
             CASE WHEN EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id AND c.given_on <= $1 \
                     AND (c.withdrawn_on IS NULL OR c.withdrawn_on > $1)) THEN 1 ELSE 0 END AS consented \
             FROM activity_participants ap JOIN people p ON p.id = ap.person_id \
             WHERE ap.activity_id = $2 ORDER BY p.name COLLATE NOCASE, p.id",
        )
        .bind(today().to_string())
        .bind(activity.id)
        .fetch_all(&self.pool)
        .await?;
        let start = activity.start();
        rows.into_iter()
            .map(|r| {
                let role: String = r.try_get("role")?;
                let age = age_of(&r)?;
                Ok(PersonLine {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                    country: r.try_get("country")?,
                    role: PersonRole::parse(&role).ok_or_else(|| corrupt("role"))?,
                    invited: super::rows::flag(&r, "invited")?,
                    age_group: age.group_at(start),
                    consented: super::rows::flag(&r, "consented")?,
                })
            })
            .collect()
    }

    /// The anonymous counts of an activity: its live people and the erased ones together.
    pub async fn activity_people_counts(&self, activity: &ActivityFacts) -> StoreResult<Counts> {
        let mut counts = Counts::default();
        let start = activity.start();
        let live = sqlx::query(
            "SELECT p.country, p.birth_year, p.age_group, ap.role, ap.invited \
             FROM activity_participants ap JOIN people p ON p.id = ap.person_id WHERE ap.activity_id = $1",
        )
        .bind(activity.id)
        .fetch_all(&self.pool)
        .await?;
        for r in live {
            let role: String = r.try_get("role")?;
            let country: String = r.try_get("country")?;
            counts.add(
                CountKey {
                    country: &country,
                    age_group: age_of(&r)?.group_at(start),
                    role: PersonRole::parse(&role).ok_or_else(|| corrupt("role"))?,
                    invited: super::rows::flag(&r, "invited")?,
                },
                1,
            );
        }
        let erased = sqlx::query(
            "SELECT country, age_group, role, invited, count FROM activity_participant_counts \
             WHERE activity_id = $1",
        )
        .bind(activity.id)
        .fetch_all(&self.pool)
        .await?;
        for r in erased {
            let (country, group, role): (String, String, String) = (
                r.try_get("country")?,
                r.try_get("age_group")?,
                r.try_get("role")?,
            );
            let n: i64 = r.try_get("count")?;
            counts.add(
                CountKey {
                    country: &country,
                    age_group: AgeGroup::parse(&group).ok_or_else(|| corrupt("age group"))?,
                    role: PersonRole::parse(&role).ok_or_else(|| corrupt("role"))?,
                    invited: super::rows::flag(&r, "invited")?,
                },
                u32::try_from(n).map_err(|_| corrupt("count"))?,
            );
        }
        Ok(counts)
    }

    /// For the funding rules: an activity's participants per country and how many of them are
    /// invited guests, live people and erased ones' anonymous counts together, in the shape of an
    /// application's planned participants. `None` when there is no such activity. Anonymous: no
    /// scope needed.
    pub async fn activity_participant_lines(
        &self,
        activity_id: i64,
    ) -> StoreResult<Option<Vec<ParticipantLine>>> {
        let Some(activity) = self.people_activity(activity_id).await? else {
            return Ok(None);
        };
        Ok(Some(
            self.activity_people_counts(&activity)
                .await?
                .participant_lines(),
        ))
    }

    /// A person with their participations and consents. Personal data: the caller checks scope.
    pub async fn person(&self, id: i64) -> StoreResult<Option<StoredPerson>> {
        let mut conn = self.pool.acquire().await?;
        load_person(&mut conn, id).await
    }

    /// Adds a person to an activity, with the consent from the form when one was given.
    pub async fn add_person(
        &self,
        who: &Principal,
        activity_id: i64,
        record: &PersonRecord,
        part: Participation,
        consent: Option<&ConsentRecord>,
    ) -> WriteResult<i64> {
        let mut problems = record.check(this_year()).err().unwrap_or_default();
        if let Some(consent) = consent {
            problems.extend(consent.check(today()).err().unwrap_or_default());
        }
        if !problems.is_empty() {
            return Err(WriteError::Invalid(problems));
        }
        let mut tx = self.begin_write().await?;
        let activity = activity_facts(&mut tx, activity_id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("activity {activity_id}")))?;
        if !scope::may_change(who, &activity.bodies) {
            return Err(forbidden("you may not add people to this activity"));
        }
        let now = Instant::now().text();
        let (birth_year, age_group) = age_columns(record.age);
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO people (name, birth_year, age_group, email, phone, country, dietary, \
             accessibility, version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9, $10) \
             RETURNING id",
        )
        .bind(record.name.trim())
        .bind(birth_year)
        .bind(age_group)
        .bind(blank(&record.email))
        .bind(blank(&record.phone))
        .bind(&record.country)
        .bind(blank(&record.dietary))
        .bind(blank(&record.accessibility))
        .bind(&now)
        .bind(&now)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO activity_participants (activity_id, person_id, role, invited, added_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(activity_id)
        .bind(id)
        .bind(part.role.key())
        .bind(i64::from(part.invited))
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        if let Some(consent) = consent {
            insert_consent(&mut tx, id, consent, &now).await?;
        }
        audit_person(
            &mut tx,
            who,
            id,
            Action::Create,
            Some(serde_json::json!({
                "activity": activity_id,
                "role": part.role.key(),
                "invited": part.invited,
                "consent_recorded": consent.is_some(),
            })),
            format!(
                "person #{id} added to activity #{activity_id} as {}",
                part.role.key()
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Replaces a person's details from the version the form started from, and their part in
    /// `activity_id` (one of theirs that the actor covers).
    pub async fn update_person(
        &self,
        who: &Principal,
        id: i64,
        expected_version: i64,
        record: &PersonRecord,
        part: Option<(i64, Participation)>,
    ) -> WriteResult<()> {
        record.check(this_year()).map_err(WriteError::Invalid)?;
        let mut tx = self.begin_write().await?;
        let before = existing(&mut tx, id).await?;
        check_version(&mut tx, &before, expected_version).await?;
        if !before
            .participations
            .iter()
            .any(|(a, _)| scope::may_change(who, &a.bodies))
        {
            return Err(forbidden("you may not change this person's data"));
        }
        let mut changed: Vec<String> = record
            .changed_fields(&before.record)
            .into_iter()
            .map(str::to_owned)
            .collect();
        let (birth_year, age_group) = age_columns(record.age);
        sqlx::query(
            "UPDATE people SET name = $1, birth_year = $2, age_group = $3, email = $4, phone = $5, \
             country = $6, dietary = $7, accessibility = $8, version = version + 1, updated_at = $9 \
             WHERE id = $10",
        )
        .bind(record.name.trim())
        .bind(birth_year)
        .bind(age_group)
        .bind(blank(&record.email))
        .bind(blank(&record.phone))
        .bind(&record.country)
        .bind(blank(&record.dietary))
        .bind(blank(&record.accessibility))
        .bind(Instant::now().text())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if let Some((activity_id, part)) = part {
            let Some((activity, old)) = before
                .participations
                .iter()
                .find(|(a, _)| a.id == activity_id)
            else {
                return Err(
                    StoreError::NotFound(format!("activity {activity_id} of person {id}")).into(),
                );
            };
            if !scope::may_change(who, &activity.bodies) {
                return Err(forbidden(
                    "you may not change this person's part in that activity",
                ));
            }
            if *old != part {
                sqlx::query(
                    "UPDATE activity_participants SET role = $1, invited = $2 \
                     WHERE activity_id = $3 AND person_id = $4",
                )
                .bind(part.role.key())
                .bind(i64::from(part.invited))
                .bind(activity_id)
                .bind(id)
                .execute(&mut *tx)
                .await?;
                changed.push(format!("part in activity #{activity_id}"));
            }
        }
        let summary = if changed.is_empty() {
            "saved without changes".to_owned()
        } else {
            format!("changed: {}", changed.join(", "))
        };
        audit_person(
            &mut tx,
            who,
            id,
            Action::Update,
            Some(serde_json::json!({ "changed": changed })),
            summary,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds a person the actor can see to another activity the actor may change.
    pub async fn add_participation(
        &self,
        who: &Principal,
        person_id: i64,
        activity_id: i64,
        part: Participation,
    ) -> WriteResult<()> {
        let mut tx = self.begin_write().await?;
        let person = existing(&mut tx, person_id).await?;
        if !person
            .participations
            .iter()
            .any(|(a, _)| scope::may_see(who, &a.bodies))
        {
            return Err(StoreError::NotFound(format!("person {person_id}")).into());
        }
        let activity = activity_facts(&mut tx, activity_id)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("activity {activity_id}")))?;
        if !scope::may_change(who, &activity.bodies) {
            return Err(forbidden("you may not add people to this activity"));
        }
        if person
            .participations
            .iter()
            .any(|(a, _)| a.id == activity_id)
        {
            return Err(StoreError::Conflict(
                "this person already takes part in that activity".into(),
            )
            .into());
        }
        sqlx::query(
            "INSERT INTO activity_participants (activity_id, person_id, role, invited, added_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(activity_id)
        .bind(person_id)
        .bind(part.role.key())
        .bind(i64::from(part.invited))
        .bind(Instant::now().text())
        .execute(&mut *tx)
        .await?;
        audit_person(
            &mut tx,
            who,
            person_id,
            Action::Update,
            Some(serde_json::json!({
                "activity": activity_id,
                "role": part.role.key(),
                "invited": part.invited,
            })),
            format!(
                "person #{person_id} added to activity #{activity_id} as {}",
                part.role.key()
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Takes a person off an activity they did not take part in after all (no count is kept). A
    /// person's only activity cannot be removed: erase the person instead.
    pub async fn remove_participation(
        &self,
        who: &Principal,
        person_id: i64,
        activity_id: i64,
    ) -> WriteResult<()> {
        let mut tx = self.begin_write().await?;
        let person = existing(&mut tx, person_id).await?;
        let Some((activity, _)) = person
            .participations
            .iter()
            .find(|(a, _)| a.id == activity_id)
        else {
            return Err(StoreError::NotFound(format!(
                "activity {activity_id} of person {person_id}"
            ))
            .into());
        };
        if !scope::may_change(who, &activity.bodies) {
            return Err(forbidden("you may not change the people of this activity"));
        }
        if person.participations.len() == 1 {
            return Err(StoreError::Rejected(
                "this is the person's only activity: erase the person instead".into(),
            )
            .into());
        }
        sqlx::query("DELETE FROM activity_participants WHERE activity_id = $1 AND person_id = $2")
            .bind(activity_id)
            .bind(person_id)
            .execute(&mut *tx)
            .await?;
        audit_person(
            &mut tx,
            who,
            person_id,
            Action::Update,
            Some(serde_json::json!({ "activity": activity_id, "removed": true })),
            format!("person #{person_id} removed from activity #{activity_id}"),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a consent of a person.
    pub async fn add_consent(
        &self,
        who: &Principal,
        person_id: i64,
        consent: &ConsentRecord,
    ) -> WriteResult<i64> {
        consent.check(today()).map_err(WriteError::Invalid)?;
        let mut tx = self.begin_write().await?;
        let person = existing(&mut tx, person_id).await?;
        if !person
            .participations
            .iter()
            .any(|(a, _)| scope::may_change(who, &a.bodies))
        {
            return Err(forbidden("you may not record consents of this person"));
        }
        let id = insert_consent(&mut tx, person_id, consent, &Instant::now().text()).await?;
        audit_person(
            &mut tx,
            who,
            person_id,
            Action::Update,
            Some(serde_json::json!({
                "consent": id,
                "text_version": consent.text_version,
                "given_by": consent.given_by.key(),
            })),
            format!(
                "consent #{id} recorded (text version {})",
                consent.text_version
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Records the withdrawal of a consent on `day` (`YYYY-MM-DD`).
    pub async fn withdraw_consent(
        &self,
        who: &Principal,
        person_id: i64,
        consent_id: i64,
        day: &str,
    ) -> WriteResult<()> {
        let mut tx = self.begin_write().await?;
        let person = existing(&mut tx, person_id).await?;
        if !person
            .participations
            .iter()
            .any(|(a, _)| scope::may_change(who, &a.bodies))
        {
            return Err(forbidden("you may not record consents of this person"));
        }
        let Some((_, consent)) = person.consents.iter().find(|(id, _)| *id == consent_id) else {
            return Err(StoreError::NotFound(format!("consent {consent_id}")).into());
        };
        if consent.withdrawn_on.is_some() {
            return Err(StoreError::Conflict("this consent was already withdrawn".into()).into());
        }
        let withdrawn = ConsentRecord {
            withdrawn_on: Some(day.trim().to_owned()),
            ..consent.clone()
        };
        withdrawn.check(today()).map_err(WriteError::Invalid)?;
        sqlx::query("UPDATE consents SET withdrawn_on = $1 WHERE id = $2 AND person_id = $3")
            .bind(day.trim())
            .bind(consent_id)
            .bind(person_id)
            .execute(&mut *tx)
            .await?;
        audit_person(
            &mut tx,
            who,
            person_id,
            Action::Update,
            Some(serde_json::json!({ "consent": consent_id, "withdrawn": true })),
            format!("consent #{consent_id} withdrawn"),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Everything held about a person, as one JSON document: the person's row, their
    /// participations, consents and the audit entries about them.
    pub async fn export_person(&self, id: i64) -> StoreResult<Option<serde_json::Value>> {
        let mut conn = self.pool.acquire().await?;
        let Some(person) = load_person(&mut conn, id).await? else {
            return Ok(None);
        };
        let audit = sqlx::query(
            "SELECT at, actor_label, channel, action, summary, after_json FROM audit_log \
             WHERE entity = 'person' AND entity_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| {
            let after: Option<String> = r.try_get("after_json")?;
            Ok(serde_json::json!({
                "at": r.try_get::<String, _>("at")?,
                "by": r.try_get::<String, _>("actor_label")?,
                "channel": r.try_get::<String, _>("channel")?,
                "action": r.try_get::<String, _>("action")?,
                "summary": r.try_get::<String, _>("summary")?,
                "details": after.and_then(|a| serde_json::from_str::<serde_json::Value>(&a).ok()),
            }))
        })
        .collect::<StoreResult<Vec<_>>>()?;
        let participations: Vec<serde_json::Value> = person
            .participations
            .iter()
            .map(|(a, p)| {
                serde_json::json!({
                    "activity": a,
                    "role": p.role.key(),
                    "invited_guest": p.invited,
                    "age_group_at_activity": person.record.age.group_at(a.start()).key(),
                })
            })
            .collect();
        let consents: Vec<serde_json::Value> = person
            .consents
            .iter()
            .map(|(id, c)| serde_json::json!({ "id": id, "consent": c }))
            .collect();
        Ok(Some(serde_json::json!({
            "exported_at": Instant::now().text(),
            "person": {
                "id": person.id,
                "name": person.record.name,
                "birth_year": match person.record.age { Age::BirthYear(y) => Some(y), Age::Group(_) => None },
                "age_group": match person.record.age { Age::Group(g) => Some(g.key()), Age::BirthYear(_) => None },
                "email": person.record.email,
                "phone": person.record.phone,
                "country": person.record.country,
                "dietary_notes": person.record.dietary,
                "accessibility_notes": person.record.accessibility,
                "version": person.version,
                "created_at": person.created_at,
                "updated_at": person.updated_at,
            },
            "participations": participations,
            "consents": consents,
            "audit_entries": audit,
        })))
    }

    /// Erases a person on request: their activities keep them in the anonymous counts, every row
    /// about them is deleted, the audit entry names only the id.
    pub async fn erase_person(
        &self,
        who: &Principal,
        id: i64,
        expected_version: Option<i64>,
    ) -> WriteResult<()> {
        let mut tx = self.begin_write().await?;
        let person = existing(&mut tx, id).await?;
        if let Some(expected) = expected_version {
            check_version(&mut tx, &person, expected).await?;
        }
        if !scope::may_act_for_whole_person(who, &person.activity_bodies()) {
            return Err(forbidden(
                "this person also takes part in activities outside your scope; an administrator erases them",
            ));
        }
        count_anonymously(&mut tx, &person).await?;
        delete_person_rows(&mut tx, id).await?;
        audit_person(
            &mut tx,
            who,
            id,
            Action::Delete,
            None,
            format!(
                "person #{id} erased; kept in the anonymous counts of {} activit{}",
                person.participations.len(),
                if person.participations.len() == 1 {
                    "y"
                } else {
                    "ies"
                }
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Erases everyone whose activities all ended more than `retention_days` before `today`, and
    /// everyone left without any activity; each audited as a retention expiry. Running it again
    /// finds nothing more. `dry_run` only names them. The erasures run in transactions of
    /// [`ANONYMISE_BATCH`] people, each person checked again inside its transaction (a person added
    /// to a new activity since the selection stays), so other writers never wait long.
    pub async fn anonymise_expired(
        &self,
        today: Date,
        retention_days: u32,
        dry_run: bool,
    ) -> StoreResult<AnonymiseReport> {
        let rows = sqlx::query(
            "SELECT p.id, MAX(a.ends_on) AS last_end FROM people p \
             LEFT JOIN activity_participants ap ON ap.person_id = p.id \
             LEFT JOIN activities a ON a.id = ap.activity_id GROUP BY p.id ORDER BY p.id",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut due = Vec::new();
        for r in rows {
            let id: i64 = r.try_get("id")?;
            let last_end: Option<String> = r.try_get("last_end")?;
            let last_end = last_end
                .map(|end| parse_day(&end).ok_or_else(|| corrupt("activity end")))
                .transpose()?;
            if expired(last_end, retention_days, today) {
                due.push(id);
            }
        }
        if dry_run {
            return Ok(AnonymiseReport {
                people: due,
                dry_run,
            });
        }
        let who = Principal::system("retention");
        let mut erased = Vec::with_capacity(due.len());
        for batch in due.chunks(ANONYMISE_BATCH) {
            let mut tx = self.begin_write().await?;
            for &id in batch {
                let Some(person) = load_person(&mut tx, id).await? else {
                    continue;
                };
                let last_end = person
                    .participations
                    .iter()
                    .filter_map(|(a, _)| a.end())
                    .max();
                if (last_end.is_none() && !person.participations.is_empty())
                    || !expired(last_end, retention_days, today)
                {
                    continue;
                }
                count_anonymously(&mut tx, &person).await?;
                delete_person_rows(&mut tx, id).await?;
                audit::record(
                    &mut tx,
                    &who,
                    Change {
                        entity: Entity::Person,
                        entity_id: id,
                        action: Action::Expire,
                        before: None,
                        after: None,
                        summary: format!(
                            "anonymised {retention_days} days after the end of the person's last activity (retention period)"
                        ),
                    },
                )
                .await?;
                erased.push(id);
            }
            tx.commit().await?;
        }
        Ok(AnonymiseReport {
            people: erased,
            dry_run,
        })
    }
}

/// People erased per transaction by the retention job.
pub const ANONYMISE_BATCH: usize = 200;

/// Whether a person whose last activity ended on `last_end` (`None`: no activity left) is past
/// the retention period on `today`.
fn expired(last_end: Option<Date>, retention_days: u32, today: Date) -> bool {
    last_end.is_none_or(|end| retention_expired(end, retention_days, today))
}

fn age_of(r: &sqlx::any::AnyRow) -> StoreResult<Age> {
    let birth_year: Option<i32> = r.try_get("birth_year")?;
    let group: Option<String> = r.try_get("age_group")?;
    Ok(match (birth_year, group) {
        (Some(y), _) => Age::BirthYear(y),
        (None, Some(g)) => Age::Group(AgeGroup::parse(&g).ok_or_else(|| corrupt("age group"))?),
        (None, None) => return Err(corrupt("a person without age")),
    })
}

async fn insert_consent(
    tx: &mut Tx,
    person_id: i64,
    consent: &ConsentRecord,
    now: &str,
) -> StoreResult<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO consents (person_id, given_on, text_version, given_by, withdrawn_on, recorded_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(person_id)
    .bind(consent.given_on.trim())
    .bind(consent.text_version.trim())
    .bind(consent.given_by.key())
    .bind(consent.withdrawn_on.as_deref().map(str::trim))
    .bind(now)
    .fetch_one(&mut **tx)
    .await?)
}
