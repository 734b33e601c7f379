//! The practice exchange on the public portal: practices by topic (`/{lang}/practices`), one
//! practice (`/{lang}/practices/{slug}`) and the side-by-side comparison of one topic across regions
//! (`/{lang}/practices/compare?topic=…[&regions=a,b]`). Internal practices never appear here.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::Response;
use serde::Deserialize;

use super::language::PageLang;
use super::pages::Localized;
use super::respond;
use crate::app::AppState;
use crate::domain::practices::{ComparisonColumn, Practice, compare, is_topic_key};
use crate::domain::registry::BodyRef;
use crate::domain::values::Slug;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::params::SlugPath;

/// At most this many regions side by side.
pub const MAX_COMPARED: usize = 12;

/// A topic with its label in the reader's language.
pub struct TopicChoice {
    pub key: String,
    pub label: String,
}

fn topic_label(t: &Tr, key: &str) -> String {
    let id = format!("practices-topic-{key}");
    if t.has(&id) { t.t(&id) } else { key.to_owned() }
}

fn topic_choices(t: &Tr, keys: Vec<String>) -> Vec<TopicChoice> {
    keys.into_iter()
        .map(|key| TopicChoice {
            label: topic_label(t, &key),
            key,
        })
        .collect()
}

/// Helpers the practice templates share.
pub trait PracticeText {
    fn t(&self) -> &Tr;

    fn title_of<'a>(&self, p: &'a Practice) -> Localized<'a> {
        self.t().localized(&p.title).unwrap_or(Localized {
            text: &p.slug,
            lang: "de",
            fallback: false,
        })
    }

    fn description_of<'a>(&self, p: &'a Practice) -> Option<Localized<'a>> {
        self.t().localized(&p.description)
    }

    fn topic(&self, key: &str) -> String {
        topic_label(self.t(), key)
    }

    /// The number for a `tel:` link: digits and a leading plus only.
    fn tel(&self, phone: &str) -> String {
        phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect()
    }

    fn as_of(&self, day: &str) -> String {
        crate::domain::values::PartialDate::parse(day)
            .map(|d| self.t().date(&d, None))
            .unwrap_or_else(|_| day.to_owned())
    }
}

pub struct TopicGroup {
    pub topic: TopicChoice,
    pub practices: Vec<Practice>,
}

#[derive(Template)]
#[template(path = "practices/list.html")]
pub struct PracticesPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub groups: Vec<TopicGroup>,
}

impl PracticeText for PracticesPage {
    fn t(&self) -> &Tr {
        &self.t
    }
}

#[derive(Template)]
#[template(path = "practices/practice.html")]
pub struct PracticePage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub practice: Practice,
}

impl PracticeText for PracticePage {
    fn t(&self) -> &Tr {
        &self.t
    }
}

/// A region the reader may tick in the comparison's form.
pub struct RegionChoice {
    pub region: BodyRef,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "practices/compare.html")]
pub struct ComparePage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub topics: Vec<TopicChoice>,
    pub topic: Option<TopicChoice>,
    pub columns: Vec<ComparisonColumn>,
    pub choices: Vec<RegionChoice>,
}

impl PracticeText for ComparePage {
    fn t(&self) -> &Tr {
        &self.t
    }
}

pub async fn list_practices(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
) -> Response {
    let page = async {
        let practices = state.store.public_practices(None, t.lang()).await?;
        let mut groups: Vec<TopicGroup> = Vec::new();
        for key in state.store.practice_topics().await? {
            let of_topic: Vec<Practice> = practices
                .iter()
                .filter(|p| p.topic == key)
                .cloned()
                .collect();
            groups.push(TopicGroup {
                topic: TopicChoice {
                    label: topic_label(&t, &key),
                    key,
                },
                practices: of_topic,
            });
        }
        Ok::<_, AppError>(PracticesPage {
            title: t.t("practices-title"),
            t: t.clone(),
            here: here.clone(),
            section: "practices",
            groups,
        })
    }
    .await;
    respond(&t, &here, page)
}

pub async fn show_practice(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    slug: Result<SlugPath, AppError>,
) -> Response {
    let page = async {
        let SlugPath(slug) = slug?;
        let practice = state
            .store
            .public_practice(&slug, t.lang())
            .await?
            .ok_or_else(|| AppError::not_found("practice", &slug))?;
        let title = t
            .localized(&practice.title)
            .map(|l| l.text.to_owned())
            .unwrap_or_else(|| practice.slug.clone());
        Ok::<_, AppError>(PracticePage {
            title,
            t: t.clone(),
            here: here.clone(),
            section: "practices",
            practice,
        })
    }
    .await;
    respond(&t, &here, page)
}

/// The comparison's query: repeated `regions` and comma-separated lists are both understood.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CompareQuery {
    topic: Option<String>,
    regions: Vec<String>,
}

/// The query checked: a well-formed topic key (or none), region slugs (at most [`MAX_COMPARED`]).
fn parse_compare_query(
    t: &Tr,
    raw: Option<&str>,
) -> Result<(Option<String>, Vec<String>), AppError> {
    let query: CompareQuery = serde_html_form::from_str(raw.unwrap_or_default())
        .map_err(|_| AppError::BadRequest(t.t("practices-bad-query")))?;
    let topic = query
        .topic
        .map(|k| k.trim().to_owned())
        .filter(|k| !k.is_empty());
    if let Some(topic) = &topic
        && !is_topic_key(topic)
    {
        return Err(AppError::BadRequest(t.t("practices-bad-topic")));
    }
    let mut regions: Vec<String> = Vec::new();
    for slug in query
        .regions
        .iter()
        .flat_map(|r| r.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        if Slug::parse(slug).is_err() {
            return Err(AppError::BadRequest(t.t("practices-bad-region")));
        }
        if !regions.iter().any(|r| r == slug) {
            regions.push(slug.to_owned());
        }
    }
    if regions.len() > MAX_COMPARED {
        return Err(AppError::BadRequest(t.t1(
            "practices-too-many-regions",
            "limit",
            MAX_COMPARED as i64,
        )));
    }
    Ok((topic, regions))
}

pub async fn compare_practices(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    RawQuery(raw): RawQuery,
) -> Response {
    let page = async {
        let (topic, slugs) = parse_compare_query(&t, raw.as_deref())?;
        let keys = state.store.practice_topics().await?;
        if let Some(topic) = &topic
            && !keys.contains(topic)
        {
            return Err(AppError::not_found("topic", topic));
        }
        let defaults = state.store.default_comparison_regions().await?;
        let chosen = if slugs.is_empty() {
            defaults.clone()
        } else {
            let (ids, unknown) = state.store.published_body_ids(&slugs).await?;
            if let Some(slug) = unknown.first() {
                return Err(AppError::not_found("body", slug));
            }
            ids
        };
        let lang = t.lang();
        let mut offered = defaults.clone();
        offered.extend(chosen.iter().filter(|id| !defaults.contains(id)));
        let refs = state.store.body_refs_by_ids(&offered, lang).await?;
        let by_id = |id: i64| refs.iter().find(|(i, _)| *i == id).map(|(_, r)| r.clone());
        let choices = offered
            .iter()
            .filter_map(|id| {
                by_id(*id).map(|region| RegionChoice {
                    region,
                    checked: chosen.contains(id),
                })
            })
            .collect();
        let columns = match &topic {
            Some(topic) => {
                let practices = state
                    .store
                    .practices_of_regions(topic, &chosen, lang)
                    .await?;
                let regions = chosen
                    .iter()
                    .filter_map(|id| by_id(*id).map(|r| (*id, r)))
                    .collect();
                compare(regions, practices)
            }
            None => Vec::new(),
        };
        let topic = topic.map(|key| TopicChoice {
            label: topic_label(&t, &key),
            key,
        });
        let title = match &topic {
            Some(topic) => t.t1("practices-compare-title-topic", "name", &topic.label),
            None => t.t("practices-compare-title"),
        };
        Ok::<_, AppError>(ComparePage {
            title,
            t: t.clone(),
            here: here.clone(),
            section: "practices",
            topics: topic_choices(&t, keys),
            topic,
            columns,
            choices,
        })
    }
    .await;
    respond(&t, &here, page)
}
