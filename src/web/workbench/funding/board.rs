//! The funding dashboard (applications by status, money requested and granted per year and
//! programme as a chart with a table beside it, success rate), the programme catalogue with every
//! rule's source and date, and the deadline board of the next 90 days in Brussels time.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};

use super::applications::status_label;
use super::{Tab, brussels, tabs};
use crate::app::AppState;
use crate::domain::clock::Instant;
use crate::domain::funding::Eur;
use crate::domain::funding::catalogue::Catalogue;
use crate::domain::funding::rules::Rule;
use crate::error::AppError;
use crate::funding::{MoneyRow, dashboard};
use crate::i18n::Tr;
use crate::store::CatalogueEntry;
use crate::web::language::PageLang;
use crate::web::respond;
use crate::web::workbench::auth::{SignedForm, Staff};
use crate::web::workbench::pages::StaffView;

/// How far ahead the deadline board looks.
pub const BOARD_DAYS: i64 = 90;

pub struct StatusCount {
    pub label: String,
    pub count: usize,
}

/// One row of the money table and its two bars in the chart.
pub struct MoneyBar {
    pub label: String,
    pub applications: usize,
    pub requested: String,
    pub granted: String,
    /// Bar lengths in the chart's units (0–100).
    pub requested_len: String,
    pub granted_len: String,
    /// The row's top in the chart.
    pub y: usize,
}

#[derive(Template)]
#[template(path = "workbench/funding/dashboard.html")]
pub struct DashboardPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub tabs: Vec<Tab>,
    pub statuses: Vec<StatusCount>,
    pub total: usize,
    pub bars: Vec<MoneyBar>,
    pub chart_height: usize,
    pub success: Option<String>,
    pub decided: usize,
    pub granted: usize,
}

/// Rows of the chart: 40 units each (two bars of 14 and a gap).
const ROW: usize = 40;

fn bars(t: &Tr, rows: &[MoneyRow]) -> Vec<MoneyBar> {
    let largest = rows
        .iter()
        .map(|r| r.requested.max(r.granted).chart_units())
        .fold(0.0_f64, f64::max);
    let len = |v: Eur| {
        if largest > 0.0 {
            format!("{:.1}", v.chart_units() / largest * 100.0)
        } else {
            "0".into()
        }
    };
    rows.iter()
        .enumerate()
        .map(|(i, r)| MoneyBar {
            label: format!("{} · {}", r.year, r.programme),
            applications: r.applications,
            requested: r.requested.display(t.lang()),
            granted: r.granted.display(t.lang()),
            requested_len: len(r.requested),
            granted_len: len(r.granted),
            y: i * ROW,
        })
        .collect()
}

pub async fn show_funding_dashboard(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
) -> Response {
    let page = async {
        let d = dashboard(&state.store).await?;
        let bars = bars(&t, &d.money);
        Ok::<_, AppError>(DashboardPage {
            title: t.t("funding-title"),
            tabs: tabs(&t, ""),
            statuses: d
                .by_status
                .iter()
                .map(|(s, n)| StatusCount {
                    label: status_label(&t, *s),
                    count: *n,
                })
                .collect(),
            total: d.by_status.iter().map(|(_, n)| n).sum(),
            chart_height: bars.len() * ROW,
            bars,
            success: d.success_rate.map(|r| {
                let text = r.to_string();
                if t.lang() == "en" {
                    text
                } else {
                    text.replace('.', ",")
                }
            }),
            decided: d.decided,
            granted: d.granted,
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
        })
    }
    .await;
    respond(&t, &here, page)
}

/// A rule as the catalogue lists it.
pub struct RuleView {
    pub text: String,
    pub source: String,
    pub as_of: String,
}

pub struct ActionView {
    /// For the edit link.
    pub id: i64,
    pub name: String,
    pub key: String,
    pub funding_form: String,
    pub funding_note: String,
    pub cofinancing: Option<u32>,
    pub url: String,
    pub rules: Vec<RuleView>,
}

pub struct ProgrammeView {
    /// For the edit link.
    pub id: i64,
    pub key: String,
    pub name: String,
    pub level: String,
    pub url: String,
    pub actions: Vec<ActionView>,
}

#[derive(Template)]
#[template(path = "workbench/funding/catalogue.html")]
pub struct CataloguePage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub tabs: Vec<Tab>,
    pub programmes: Vec<ProgrammeView>,
    /// Administrators edit the catalogue.
    pub may_edit: bool,
}

/// The rule in words: "at least 4 countries take part".
pub fn rule_text(t: &Tr, rule: &Rule) -> String {
    let key = format!("funding-rule-{}", rule.key());
    let args: Vec<(&'static str, String)> = match rule {
        Rule::MinCountries { min }
        | Rule::MinPartners { min }
        | Rule::MinParticipants { min }
        | Rule::MinInvitedGuests { min } => vec![("need", min.to_string())],
        Rule::MaxParticipants { max } => vec![("need", max.to_string())],
        Rule::DurationDays { min, max } => {
            vec![("need", min.to_string()), ("max", max.to_string())]
        }
        Rule::EligibleApplicants { kinds } => vec![(
            "need",
            kinds
                .iter()
                .map(|k| t.t(&format!("funding-applicant-kind-{}", k.replace('_', "-"))))
                .collect::<Vec<_>>()
                .join(", "),
        )],
    };
    t.args(&key, &args)
}

fn views(
    t: &Tr,
    catalogue: Catalogue,
    ids: &(Vec<CatalogueEntry>, Vec<CatalogueEntry>),
) -> Vec<ProgrammeView> {
    let id =
        |list: &[CatalogueEntry], key: &str| list.iter().find(|e| e.key == key).map_or(0, |e| e.id);
    catalogue
        .programmes
        .into_iter()
        .map(|p| ProgrammeView {
            id: id(&ids.0, &p.key),
            level: t.t(&format!("funding-level-{}", p.level)),
            name: p.name,
            key: p.key,
            url: p.url,
            actions: p
                .actions
                .into_iter()
                .map(|a| ActionView {
                    id: id(&ids.1, &a.key),
                    funding_form: t.t(&format!(
                        "funding-form-{}",
                        a.funding_form.replace('_', "-")
                    )),
                    rules: a
                        .rules
                        .iter()
                        .map(|r| RuleView {
                            text: rule_text(t, &r.rule),
                            source: r.source.clone(),
                            as_of: r.as_of.clone(),
                        })
                        .collect(),
                    name: a.name,
                    key: a.key,
                    funding_note: a.funding_note,
                    cofinancing: a.max_cofinancing_percent,
                    url: a.url,
                })
                .collect(),
        })
        .collect()
}

pub async fn show_funding_catalogue(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
) -> Response {
    let page = async {
        Ok::<_, AppError>(CataloguePage {
            title: t.t("funding-catalogue-title"),
            tabs: tabs(&t, "/catalogue"),
            programmes: views(
                &t,
                state.store.funding_catalogue().await?,
                &state.store.funding_catalogue_ids().await?,
            ),
            may_edit: staff.principal.is_admin(),
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
        })
    }
    .await;
    respond(&t, &here, page)
}

pub struct BoardRow {
    pub when: String,
    /// Whole days from now, for "in 3 days".
    pub days_left: String,
    pub kind: String,
    pub title: String,
    pub identifier: String,
    pub href: String,
    pub url: Option<String>,
}

#[derive(Template)]
#[template(path = "workbench/funding/deadlines.html")]
pub struct DeadlinesPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub tabs: Vec<Tab>,
    pub rows: Vec<BoardRow>,
    /// When the signed-in person's calendar address was made, if they have one.
    pub calendar_since: Option<String>,
    /// The address just made: shown once, as only its digest is kept.
    pub calendar_url: Option<String>,
    pub calendar_revoked: bool,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct BoardQuery {
    revoked: Option<String>,
}

pub async fn show_deadline_board(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    Query(query): Query<BoardQuery>,
) -> Response {
    let page = board_page(&state, &t, &here, &staff, None, query.revoked.is_some()).await;
    respond(&t, &here, page)
}

async fn board_page(
    state: &AppState,
    t: &Tr,
    here: &str,
    staff: &Staff,
    calendar_url: Option<String>,
    calendar_revoked: bool,
) -> Result<DeadlinesPage, AppError> {
    let t = t.clone();
    {
        let now = Instant::now();
        let deadlines = state
            .store
            .funding_deadlines(now, now.plus(time::Duration::days(BOARD_DAYS)))
            .await?;
        let rows = deadlines
            .into_iter()
            .map(|d| {
                let days = (d.at.unix() - now.unix()) / 86_400;
                let href = match d.kind {
                    "call" => format!("/{}/workbench/funding/calls/{}", t.lang(), d.ref_id),
                    _ => format!("/{}/workbench/funding/applications/{}", t.lang(), d.ref_id),
                };
                BoardRow {
                    when: brussels(&t, d.at),
                    days_left: t.count("funding-days-left", days),
                    kind: t.t(&format!("funding-deadline-kind-{}", d.kind)),
                    title: d.title,
                    identifier: d.identifier,
                    href,
                    url: d.url,
                }
            })
            .collect();
        let calendar_since = match staff.principal.user_id() {
            Some(user) => state
                .store
                .funding_calendar_token_since(user)
                .await?
                .map(|at| at.display_local()),
            None => None,
        };
        Ok::<_, AppError>(DeadlinesPage {
            title: t.t("funding-deadlines-title"),
            tabs: tabs(&t, "/deadlines"),
            rows,
            calendar_since,
            calendar_url,
            calendar_revoked,
            here: here.to_owned(),
            section: "workbench",
            staff: StaffView::of(staff),
            t,
        })
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct CalendarForm {
    /// "renew" or "revoke".
    action: String,
}

/// Makes (or renews) the signed-in person's secret calendar address and shows it once, or revokes
/// it.
pub async fn change_deadline_calendar(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    headers: HeaderMap,
    SignedForm { staff, form }: SignedForm<CalendarForm>,
) -> Response {
    let Some(user) = staff.principal.user_id() else {
        return crate::web::error_page(
            &AppError::Forbidden(t.t("workbench-not-permitted")),
            &t,
            &here,
        );
    };
    match form.action.as_str() {
        "renew" => {
            let page = async {
                let token = state.store.renew_funding_calendar_token(user).await?;
                let url = format!(
                    "{}/{}/funding/deadlines/{token}.ics",
                    crate::api::exports::public_base(&headers, &state),
                    t.lang()
                );
                board_page(&state, &t, &here, &staff, Some(url), false).await
            }
            .await;
            // The page holds a secret; the workbench's `Cache-Control: no-store` keeps it out of
            // every cache.
            respond(&t, &here, page)
        }
        "revoke" => match state.store.revoke_funding_calendar_token(user).await {
            Ok(_) => axum::response::Redirect::to(&format!(
                "/{}/workbench/funding/deadlines?revoked=1",
                t.lang()
            ))
            .into_response(),
            Err(e) => crate::web::error_page(&e.into(), &t, &here),
        },
        _ => crate::web::error_page(&AppError::BadRequest(t.t("form-malformed")), &t, &here),
    }
}

/// `/{lang}/funding/deadlines/{token}.ics`: the deadline calendar for calendar programs that
/// subscribe without a session. An unknown, renewed or revoked token is answered 404, like any
/// address that does not exist.
pub async fn subscribed_deadline_calendar(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    Path(file): Path<String>,
) -> Response {
    let not_found = || crate::web::error_page(&AppError::not_found("calendar", "feed"), &t, &here);
    let Some(token) = file.strip_suffix(".ics") else {
        return not_found();
    };
    match state.store.funding_calendar_token_valid(token).await {
        Ok(true) => {}
        Ok(false) => return not_found(),
        Err(e) => return crate::web::error_page(&e.into(), &t, &here),
    }
    deadline_calendar(&state, &t, &here).await
}

/// `deadlines.ics`: every deadline from 30 days back to two years ahead, for a calendar program.
pub async fn download_deadline_calendar(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    _staff: Staff,
) -> Response {
    deadline_calendar(&state, &t, &here).await
}

async fn deadline_calendar(state: &AppState, t: &Tr, here: &str) -> Response {
    let now = Instant::now();
    let deadlines = match state
        .store
        .funding_deadlines(
            now.minus(time::Duration::days(30)),
            now.plus(time::Duration::days(2 * 366)),
        )
        .await
    {
        Ok(d) => d,
        Err(e) => return crate::web::error_page(&e.into(), t, here),
    };
    let base = state
        .contact
        .settings()
        .public_url
        .clone()
        .unwrap_or_else(|| "http://partnerportal.invalid".into());
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"funding-deadlines.ics\"",
            ),
        ],
        crate::funding::deadlines_calendar(t, &deadlines, &base),
    )
        .into_response()
}
