//! The registry as readers see it: bodies, partnerships and what hangs off them. These are the shapes
//! the store returns and the API serialises; the portal renders the same values.

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;

use super::values::PartialDate;
use super::vocab::{
    BodyKind, DateQualifier, FactKey, MilestoneType, NameKind, PartnershipKind, PartnershipLevel,
    PartnershipStatus, SuccessionKind, Topic,
};

/// Translations of one text, keyed by BCP 47 language tag.
pub type Translations = BTreeMap<String, String>;

/// Text in several languages, keyed by BCP 47 language tag (the schema of [`Translations`]).
#[derive(ToSchema)]
#[schema(as = Translations, example = json!({"de": "Text auf Deutsch", "en": "Text in English"}))]
#[allow(dead_code)]
pub struct TranslationsSchema(BTreeMap<String, String>);

/// Picks the text in `lang`, else German (the language the seed is written in), else any; with the
/// language of the text picked.
pub fn pick<'a>(texts: &'a Translations, lang: &str) -> Option<(&'a str, &'a str)> {
    texts
        .get_key_value(lang)
        .or_else(|| texts.get_key_value("de"))
        .or_else(|| texts.iter().next())
        .map(|(lang, text)| (lang.as_str(), text.as_str()))
}

/// A body as referenced from elsewhere: enough to name and link it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BodyRef {
    pub slug: String,
    /// The name in the requested language where one is recorded (Kreis Iași), else the official name.
    pub display_name: String,
    /// The official name in the body's own language (Județul Iași).
    pub name: String,
    pub kind: BodyKind,
    /// ISO 3166-1 alpha-2.
    #[schema(example = "FR")]
    pub country: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SourceRef {
    pub key: String,
    pub title: String,
    pub publisher: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OtherName {
    pub name: String,
    pub lang: Option<String>,
    pub kind: NameKind,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Fact {
    pub id: i64,
    /// The body the fact is about.
    pub body: BodyRef,
    pub key: FactKey,
    /// Numeric value; exactly one of `value` and `text` is present.
    pub value: Option<f64>,
    pub text: Option<String>,
    /// Language of `text`.
    pub lang: Option<String>,
    pub unit: Option<String>,
    /// The source gives the value as approximate ("about 84,000").
    pub approximate: bool,
    /// When the value held; absent when the source does not say.
    #[schema(value_type = Option<String>, example = "2011")]
    pub as_of: Option<PartialDate>,
    pub note: Option<String>,
    pub source: Option<SourceRef>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Succession {
    pub predecessor: BodyRef,
    pub successor: BodyRef,
    pub kind: SuccessionKind,
    #[schema(value_type = Option<String>, example = "2007")]
    pub date: Option<PartialDate>,
    pub note: Option<String>,
    pub source: Option<SourceRef>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Body {
    #[serde(flatten)]
    pub reference: BodyRef,
    pub parent: Option<BodyRef>,
    pub website: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub nuts_code: Option<String>,
    pub lau_code: Option<String>,
    pub wikidata_id: Option<String>,
    pub geonames_id: Option<u32>,
    /// ISO 3166-2 subdivision code.
    pub iso_3166_2: Option<String>,
    #[schema(value_type = Option<String>)]
    pub valid_from: Option<PartialDate>,
    #[schema(value_type = Option<String>)]
    pub valid_to: Option<PartialDate>,
    pub names: Vec<OtherName>,
    #[schema(value_type = TranslationsSchema)]
    pub description: Translations,
    pub facts: Vec<Fact>,
    /// Bodies this one came from (merged, renamed or incorporated into it).
    pub predecessors: Vec<Succession>,
    /// Bodies this one went into.
    pub successors: Vec<Succession>,
    /// Bodies directly below this one (towns of a district).
    pub children: Vec<BodyRef>,
    pub source: Option<SourceRef>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Milestone {
    pub id: i64,
    /// Slug of the partnership.
    pub partnership: String,
    #[serde(rename = "type")]
    pub milestone_type: MilestoneType,
    /// Absent when the source gives no date.
    #[schema(value_type = Option<String>, example = "2003")]
    pub date: Option<PartialDate>,
    /// How the source qualifies the date: "early" 2003 (Anfang 2003), "late" 2003 (Ende 2003).
    pub qualifier: Option<DateQualifier>,
    /// The bodies acting in this step, which may be predecessors of today's partners.
    pub bodies: Vec<BodyRef>,
    #[schema(value_type = TranslationsSchema)]
    pub note: Translations,
    pub source: Option<SourceRef>,
}

/// A partnership as it appears in lists.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PartnershipSummary {
    pub slug: String,
    /// The side the record was entered from (the district or town running the portal).
    pub home: BodyRef,
    pub partner: BodyRef,
    pub level: PartnershipLevel,
    pub kind: PartnershipKind,
    pub status: PartnershipStatus,
    pub topics: Vec<Topic>,
    /// The earliest dated milestone.
    #[schema(value_type = Option<String>, example = "1995")]
    pub since: Option<PartialDate>,
    /// Slug of the partnership this one lives inside.
    pub parent: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Partnership {
    #[serde(flatten)]
    pub summary: PartnershipSummary,
    #[schema(value_type = TranslationsSchema)]
    pub narrative: Translations,
    pub note: Option<String>,
    pub milestones: Vec<Milestone>,
    /// Contacts between member towns inside this partnership.
    pub children: Vec<PartnershipSummary>,
    pub source: Option<SourceRef>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ContactPoint {
    pub body: BodyRef,
    pub organisation: String,
    pub units: Vec<String>,
    pub street: Option<String>,
    pub postal_code: Option<String>,
    pub locality: Option<String>,
    pub country: Option<String>,
    pub phone: Option<String>,
    pub fax: Option<String>,
    pub email: Option<String>,
    #[schema(value_type = TranslationsSchema)]
    pub note: Translations,
}

/// The portal's own texts and its home body.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PortalProfile {
    pub home: Option<BodyRef>,
    pub headline: Translations,
    pub intro: Translations,
}

/// Puts a partnership's milestones (given in the order they were recorded) into the order of its
/// story: by date and qualifier ("early 2003" before "late 2003"). An undated milestone stays where it
/// was recorded, just after the dated one before it, since sources tell undated steps in sequence
/// ("long-standing ties … then in 2008 …").
pub fn chronological(milestones: &mut [Milestone]) {
    let mut last_date = None;
    let mut keys = Vec::with_capacity(milestones.len());
    for (position, m) in milestones.iter().enumerate() {
        let (date, rank) = match m.date {
            Some(date) => {
                last_date = Some(date);
                (Some(date), DateQualifier::rank(m.qualifier))
            }
            None => (last_date, u8::MAX),
        };
        keys.push((date, rank, position));
    }
    let mut order: Vec<usize> = (0..milestones.len()).collect();
    order.sort_by_key(|&i| keys[i]);
    let sorted: Vec<Milestone> = order.iter().map(|&i| milestones[i].clone()).collect();
    milestones.clone_from_slice(&sorted);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn milestone(
        date: Option<&str>,
        qualifier: Option<DateQualifier>,
        t: MilestoneType,
    ) -> Milestone {
        Milestone {
            id: 0,
            partnership: "p".into(),
            milestone_type: t,
            date: date.map(|d| PartialDate::parse(d).unwrap()),
            qualifier,
            bodies: vec![],
            note: Translations::new(),
            source: None,
        }
    }

    fn types(ms: &[Milestone]) -> Vec<MilestoneType> {
        ms.iter().map(|m| m.milestone_type).collect()
    }

    #[test]
    fn late_in_a_year_follows_early_in_the_same_year_whatever_the_recorded_order() {
        let mut ms = vec![
            milestone(Some("2009"), None, MilestoneType::Transfer),
            milestone(
                Some("2003"),
                Some(DateQualifier::Late),
                MilestoneType::Contract,
            ),
            milestone(
                Some("2003"),
                Some(DateQualifier::Early),
                MilestoneType::DeclarationOfIntent,
            ),
        ];
        chronological(&mut ms);
        assert_eq!(
            types(&ms),
            [
                MilestoneType::DeclarationOfIntent,
                MilestoneType::Contract,
                MilestoneType::Transfer
            ]
        );
    }

    #[test]
    fn undated_milestones_keep_their_place_in_the_story() {
        let mut ms = vec![
            milestone(None, None, MilestoneType::Friendship),
            milestone(Some("2008"), None, MilestoneType::DeclarationOfIntent),
            milestone(Some("2010"), None, MilestoneType::Confirmation),
            milestone(None, None, MilestoneType::Event),
        ];
        chronological(&mut ms);
        assert_eq!(
            types(&ms),
            [
                MilestoneType::Friendship,
                MilestoneType::DeclarationOfIntent,
                MilestoneType::Confirmation,
                MilestoneType::Event
            ]
        );
    }
}
