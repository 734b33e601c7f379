//! The partnership form as the browser sends it, and its conversion to and from the record. The
//! form is also what the page renders, so a refused save shows exactly what was typed.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::domain::records::{FieldError, MilestoneRecord, PartnershipRecord};
use crate::domain::values::PartialDate;
use crate::domain::vocab::{
    DateQualifier, MilestoneType, PartnershipKind, PartnershipLevel, PartnershipStatus, Topic,
};
use crate::i18n::LANGUAGES;

/// Empty milestone rows offered below the existing ones, so one can be added without JavaScript.
pub const SPARE_MILESTONES: usize = 2;

/// Repeated fields arrive as parallel lists; `m_*` are the milestone rows, `n_*` the narrative per
/// language, each list in the order of [`LANGUAGES`].
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PartnershipForm {
    pub version: Option<i64>,
    pub slug: String,
    pub home: String,
    pub partner: String,
    pub level: String,
    pub kind: String,
    pub status: String,
    pub topic: Vec<String>,
    pub narrative: Vec<String>,
    pub note: String,
    pub parent: String,
    pub source: String,
    pub published: Option<String>,
    pub m_type: Vec<String>,
    pub m_date: Vec<String>,
    pub m_qualifier: Vec<String>,
    pub m_bodies: Vec<String>,
    pub m_source: Vec<String>,
    /// Milestone notes: for row i, language j at index `i * LANGUAGES.len() + j`.
    pub m_note: Vec<String>,
    /// The record as loaded, to carry over what the form does not show (texts in other languages).
    #[serde(skip)]
    pub original: Option<PartnershipRecord>,
}

/// One milestone row as the template shows it.
pub struct MilestoneRow {
    pub index: usize,
    pub milestone_type: String,
    pub date: String,
    pub qualifier: String,
    pub bodies: String,
    pub source: String,
    pub notes: Vec<(&'static str, String)>,
}

impl MilestoneRow {
    pub fn has_notes(&self) -> bool {
        self.notes.iter().any(|(_, n)| !n.is_empty())
    }
}

fn blank_to_none(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

impl PartnershipForm {
    pub fn from_record(version: Option<i64>, record: &PartnershipRecord) -> PartnershipForm {
        let mut form = PartnershipForm {
            version,
            slug: record.slug.clone(),
            home: record.home.clone(),
            partner: record.partner.clone(),
            level: record.level.as_str().into(),
            kind: record.kind.as_str().into(),
            status: record.status.as_str().into(),
            topic: record
                .topics
                .iter()
                .map(|t| t.as_str().to_owned())
                .collect(),
            narrative: LANGUAGES
                .iter()
                .map(|l| record.narrative.get(*l).cloned().unwrap_or_default())
                .collect(),
            note: record.note.clone().unwrap_or_default(),
            parent: record.parent.clone().unwrap_or_default(),
            source: record.source.clone().unwrap_or_default(),
            published: record.published.then(|| "on".into()),
            original: Some(record.clone()),
            ..PartnershipForm::default()
        };
        for m in &record.milestones {
            form.m_type.push(m.milestone_type.as_str().into());
            form.m_date
                .push(m.date.map(|d| d.to_string()).unwrap_or_default());
            form.m_qualifier.push(
                m.qualifier
                    .map(|q| q.as_str().to_owned())
                    .unwrap_or_default(),
            );
            form.m_bodies.push(m.bodies.join(", "));
            form.m_source.push(m.source.clone().unwrap_or_default());
            for lang in LANGUAGES {
                form.m_note
                    .push(m.note.get(*lang).cloned().unwrap_or_default());
            }
        }
        form
    }

    /// A form for a new partnership maintained from `home`.
    pub fn new_from(home: &str) -> PartnershipForm {
        PartnershipForm {
            home: home.into(),
            level: PartnershipLevel::Municipal.as_str().into(),
            kind: PartnershipKind::Partnership.as_str().into(),
            status: PartnershipStatus::Active.as_str().into(),
            narrative: vec![String::new(); LANGUAGES.len()],
            ..PartnershipForm::default()
        }
    }

    pub fn has_topic(&self, topic: &&str) -> bool {
        self.topic.iter().any(|t| t == topic)
    }

    pub fn is_published(&self) -> bool {
        self.published.is_some()
    }

    pub fn narrative_in(&self, index: usize) -> &str {
        self.narrative.get(index).map(String::as_str).unwrap_or("")
    }

    /// The existing rows plus [`SPARE_MILESTONES`] empty ones.
    pub fn milestone_rows(&self) -> Vec<MilestoneRow> {
        let rows = self.m_type.len() + SPARE_MILESTONES;
        let at = |list: &Vec<String>, i: usize| list.get(i).cloned().unwrap_or_default();
        (0..rows)
            .map(|i| MilestoneRow {
                index: i,
                milestone_type: at(&self.m_type, i),
                date: at(&self.m_date, i),
                qualifier: at(&self.m_qualifier, i),
                bodies: at(&self.m_bodies, i),
                source: at(&self.m_source, i),
                notes: LANGUAGES
                    .iter()
                    .enumerate()
                    .map(|(j, l)| (*l, at(&self.m_note, i * LANGUAGES.len() + j)))
                    .collect(),
            })
            .collect()
    }

    /// The record the form describes, or every field that could not be read. Rows without a type
    /// and without any other content are the unused spare rows and are skipped.
    pub fn to_record(&self) -> Result<PartnershipRecord, Vec<FieldError>> {
        let mut problems = Vec::new();
        let mut vocab = |field: &str, value: &str, parse: fn(&str) -> bool, allowed: String| {
            if !parse(value) {
                problems.push(FieldError::new(
                    field,
                    "choose",
                    format!("choose one of: {allowed}"),
                ));
            }
        };
        vocab(
            "level",
            &self.level,
            |v| PartnershipLevel::parse(v).is_some(),
            PartnershipLevel::keys(),
        );
        vocab(
            "kind",
            &self.kind,
            |v| PartnershipKind::parse(v).is_some(),
            PartnershipKind::keys(),
        );
        vocab(
            "status",
            &self.status,
            |v| PartnershipStatus::parse(v).is_some(),
            PartnershipStatus::keys(),
        );
        let mut topics = Vec::new();
        for t in &self.topic {
            match Topic::parse(t) {
                Some(topic) => topics.push(topic),
                None => problems.push(FieldError::new(
                    "topics",
                    "choose",
                    format!("unknown topic '{t}'"),
                )),
            }
        }
        let mut narrative: BTreeMap<String, String> = self
            .original
            .as_ref()
            .map(|o| {
                o.narrative
                    .iter()
                    .filter(|(l, _)| !LANGUAGES.contains(&l.as_str()))
                    .map(|(l, t)| (l.clone(), t.clone()))
                    .collect()
            })
            .unwrap_or_default();
        for (lang, text) in LANGUAGES.iter().zip(&self.narrative) {
            if !text.trim().is_empty() {
                narrative.insert((*lang).to_owned(), normalise_newlines(text));
            }
        }
        let mut milestones = Vec::new();
        let at = |list: &Vec<String>, i: usize| {
            list.get(i).map(|s| s.trim().to_owned()).unwrap_or_default()
        };
        for i in 0..self.m_type.len() {
            let kind = at(&self.m_type, i);
            let date = at(&self.m_date, i);
            let qualifier = at(&self.m_qualifier, i);
            let bodies = at(&self.m_bodies, i);
            let source = at(&self.m_source, i);
            let notes: Vec<(&str, String)> = LANGUAGES
                .iter()
                .enumerate()
                .map(|(j, l)| (*l, at(&self.m_note, i * LANGUAGES.len() + j)))
                .collect();
            let blank = kind.is_empty()
                && date.is_empty()
                && bodies.is_empty()
                && source.is_empty()
                && notes.iter().all(|(_, n)| n.is_empty());
            if blank {
                continue;
            }
            let field = |name: &str| format!("milestones[{i}].{name}");
            let milestone_type = MilestoneType::parse(&kind);
            if milestone_type.is_none() {
                problems.push(FieldError::new(
                    field("type"),
                    "choose",
                    format!("choose one of: {}", MilestoneType::keys()),
                ));
            }
            let date = if date.is_empty() {
                None
            } else {
                match PartialDate::parse(&date) {
                    Ok(d) => Some(d),
                    Err(e) => {
                        problems.push(FieldError::new(field("date"), "date", e.0));
                        None
                    }
                }
            };
            let qualifier = if qualifier.is_empty() {
                None
            } else {
                let q = DateQualifier::parse(&qualifier);
                if q.is_none() {
                    problems.push(FieldError::new(
                        field("qualifier"),
                        "choose",
                        format!("choose one of: {}", DateQualifier::keys()),
                    ));
                }
                q
            };
            let mut note: BTreeMap<String, String> = self
                .original
                .as_ref()
                .and_then(|o| o.milestones.get(i))
                .map(|m| {
                    m.note
                        .iter()
                        .filter(|(l, _)| !LANGUAGES.contains(&l.as_str()))
                        .map(|(l, t)| (l.clone(), t.clone()))
                        .collect()
                })
                .unwrap_or_default();
            for (lang, text) in notes {
                if !text.is_empty() {
                    note.insert(lang.to_owned(), text);
                }
            }
            if let Some(milestone_type) = milestone_type {
                milestones.push(MilestoneRecord {
                    milestone_type,
                    date,
                    qualifier,
                    bodies: bodies
                        .split([',', ' '])
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect(),
                    note,
                    source: blank_to_none(&source),
                });
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let record = PartnershipRecord {
            slug: self.slug.trim().to_owned(),
            home: self.home.trim().to_owned(),
            partner: self.partner.trim().to_owned(),
            level: PartnershipLevel::parse(&self.level).expect("checked"),
            kind: PartnershipKind::parse(&self.kind).expect("checked"),
            status: PartnershipStatus::parse(&self.status).expect("checked"),
            topics,
            narrative,
            note: blank_to_none(&self.note),
            parent: blank_to_none(&self.parent),
            source: blank_to_none(&self.source),
            published: self.is_published(),
            milestones,
        };
        record.check()?;
        Ok(record)
    }
}

/// Browsers send CR LF in text areas; the registry stores LF like the seed does.
fn normalise_newlines(text: &str) -> String {
    text.replace("\r\n", "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> PartnershipRecord {
        serde_json::from_value(serde_json::json!({
            "slug": "wernigerode-carpi", "home": "wernigerode", "partner": "carpi",
            "level": "municipal", "kind": "partnership", "status": "active",
            "topics": ["culture_heritage", "tourism"],
            "narrative": {"de": "Seit 1993.", "it": "Dal 1993."},
            "published": false,
            "milestones": [
                {"type": "contract", "date": "1993-05", "bodies": ["wernigerode", "carpi"],
                 "note": {"de": "Vertrag", "it": "Contratto"}},
                {"type": "event", "qualifier": "early", "date": "2003"}
            ]
        }))
        .unwrap()
    }

    #[test]
    fn a_record_survives_the_round_trip_through_its_form() {
        let original = record();
        let form = PartnershipForm::from_record(Some(3), &original);
        assert_eq!(form.to_record().unwrap(), original);
    }

    #[test]
    fn spare_rows_left_empty_are_ignored_and_filled_ones_become_milestones() {
        let mut form = PartnershipForm::from_record(Some(1), &record());
        assert_eq!(form.milestone_rows().len(), 2 + SPARE_MILESTONES);
        form.m_type.push(String::new());
        form.m_date.push(String::new());
        form.m_type.push("end".into());
        form.m_date.push("2020".into());
        form.m_bodies.extend([String::new(), "carpi".into()]);
        let record = form.to_record().unwrap();
        assert_eq!(record.milestones.len(), 3);
        assert_eq!(record.milestones[2].milestone_type, MilestoneType::End);
        assert_eq!(record.milestones[2].bodies, ["carpi"]);
    }

    #[test]
    fn unreadable_fields_are_reported_with_the_row_they_are_in() {
        let mut form = PartnershipForm::from_record(Some(1), &record());
        form.level = "county".into();
        form.m_date[1] = "2003-13".into();
        form.m_type[0] = "wedding".into();
        let fields: Vec<_> = form
            .to_record()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            ["level", "milestones[0].type", "milestones[1].date"]
        );
    }
}
