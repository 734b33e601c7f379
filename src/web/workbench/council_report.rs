//! The annual report for the district council (`/{lang}/workbench/reports/council?year=YYYY`,
//! staff only): the home body by default, another body by `body=slug`. The same view feeds the
//! HTML page (with a print stylesheet) and the PDF (`…/council.pdf`), made on the server in pure
//! Rust ([`crate::io::pdf`]).

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::auth::Staff;
use super::pages::StaffView;
use crate::app::AppState;
use crate::domain::council_report::{CouncilReport, PartnershipReport, parse_year, year_series};
use crate::domain::funding::Eur;
use crate::domain::registry::{BodyRef, pick};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::io::pdf::{Column, Document, Weight};
use crate::params::QueryParams;
use crate::web::language::PageLang;
use crate::web::{error_page, respond};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReportQuery {
    year: Option<String>,
    body: Option<String>,
}

/// A text with the language it is really in.
pub struct Text {
    pub text: String,
    pub lang: String,
}

pub struct MilestoneView {
    pub date: String,
    pub kind: String,
    pub note: Option<Text>,
}

pub struct ActivityView {
    pub title: Text,
    pub kind: String,
    pub dates: String,
    pub internal: bool,
    /// "Deutschland 12, Rumänien 9".
    pub participants: String,
    pub total: i64,
}

pub struct FundingView {
    pub title: String,
    pub programme: String,
    pub status: String,
    pub requested: String,
    pub granted: String,
}

pub struct PartnershipView {
    pub slug: String,
    pub name: String,
    pub milestones: Vec<MilestoneView>,
    pub activities: Vec<ActivityView>,
    pub by_country: Vec<(String, i64)>,
    pub participants: i64,
    pub funding: Vec<FundingView>,
    pub requested: String,
    pub granted: String,
    pub quiet: bool,
}

/// One year of the chart: bar heights in the chart's units (0–100) and the numbers.
pub struct YearBar {
    pub year: i32,
    pub activities: i64,
    pub milestones: i64,
    pub activities_h: String,
    pub milestones_h: String,
    pub x: usize,
}

pub struct ReportView {
    pub year: i32,
    pub body: BodyRef,
    pub partnerships: Vec<PartnershipView>,
    pub years: Vec<YearBar>,
    pub activities: usize,
    pub participants: i64,
    pub requested: String,
    pub granted: String,
}

/// Width of one year's group of bars in the chart.
const YEAR_WIDTH: usize = 30;

fn text(t: &Tr, texts: &crate::domain::registry::Translations) -> Option<Text> {
    pick(texts, t.lang()).map(|(lang, text)| Text {
        text: text.to_owned(),
        lang: lang.to_owned(),
    })
}

fn day(t: &Tr, date: &str) -> String {
    crate::domain::values::PartialDate::parse(date)
        .map(|d| t.date(&d, None))
        .unwrap_or_else(|_| date.to_owned())
}

fn money(t: &Tr, value: Option<Eur>) -> String {
    value
        .map(|v| v.display(t.lang()))
        .unwrap_or_else(|| "–".into())
}

fn partnership_view(t: &Tr, p: &PartnershipReport) -> PartnershipView {
    let name = t.args(
        "report-partnership-name",
        &[
            ("home", p.home.display_name.clone()),
            ("partner", p.partner.display_name.clone()),
            ("country", t.country(&p.partner.country)),
        ],
    );
    let countries = |counts: &[crate::domain::council_report::CountryCount]| {
        counts
            .iter()
            .map(|c| format!("{} {}", t.country(&c.country), c.count))
            .collect::<Vec<_>>()
            .join(", ")
    };
    PartnershipView {
        slug: p.slug.clone(),
        name,
        milestones: p
            .milestones
            .iter()
            .map(|m| MilestoneView {
                date: m
                    .date
                    .as_ref()
                    .map(|d| t.date(d, None))
                    .unwrap_or_else(|| m.date_text.clone()),
                kind: t.vocab("milestone", &m.kind),
                note: text(t, &m.note),
            })
            .collect(),
        activities: p
            .activities
            .iter()
            .map(|a| ActivityView {
                title: text(t, &a.title).unwrap_or(Text {
                    text: String::new(),
                    lang: t.lang().to_owned(),
                }),
                kind: t.vocab("activity-kind", &a.kind),
                dates: if a.starts_on == a.ends_on {
                    day(t, &a.starts_on)
                } else {
                    format!("{} – {}", day(t, &a.starts_on), day(t, &a.ends_on))
                },
                internal: a.internal,
                participants: countries(&a.participants),
                total: a.participants_total(),
            })
            .collect(),
        by_country: p
            .participants_by_country()
            .into_iter()
            .map(|c| (t.country(&c.country), c.count))
            .collect(),
        participants: p.participants_total(),
        funding: p
            .funding
            .iter()
            .map(|f| FundingView {
                title: f.title.clone(),
                programme: f.programme.clone(),
                status: t.vocab("funding-status", &f.status),
                requested: money(t, f.requested),
                granted: money(t, f.granted),
            })
            .collect(),
        requested: p.requested_total().display(t.lang()),
        granted: p.granted_total().display(t.lang()),
        quiet: p.is_quiet(),
    }
}

pub fn report_view(t: &Tr, report: &CouncilReport) -> ReportView {
    let series = year_series(&report.history, report.year);
    let largest = series
        .iter()
        .map(|y| y.activities.max(y.milestones))
        .max()
        .unwrap_or(0);
    let height = |n: i64| {
        if largest > 0 {
            format!("{:.1}", n as f64 / largest as f64 * 100.0)
        } else {
            "0".into()
        }
    };
    ReportView {
        year: report.year,
        body: report.body.clone(),
        partnerships: report
            .partnerships
            .iter()
            .map(|p| partnership_view(t, p))
            .collect(),
        years: series
            .iter()
            .enumerate()
            .map(|(i, y)| YearBar {
                year: y.year,
                activities: y.activities,
                milestones: y.milestones,
                activities_h: height(y.activities),
                milestones_h: height(y.milestones),
                x: i * YEAR_WIDTH,
            })
            .collect(),
        activities: report.activities_total(),
        participants: report.participants_total(),
        requested: report.requested_total().display(t.lang()),
        granted: report.granted_total().display(t.lang()),
    }
}

#[derive(Template)]
#[template(path = "workbench/report/council.html")]
pub struct CouncilReportPage {
    pub t: Tr,
    pub here: String,
    pub title: String,
    pub section: &'static str,
    pub staff: StaffView,
    pub report: ReportView,
    pub bodies: Vec<BodyRef>,
    pub pdf_link: String,
    pub chart_width: usize,
}

impl CouncilReportPage {
    /// The chart's y for a bar of `height` units (0–100) standing on the axis at 110.
    fn bar_y(&self, height: &str) -> String {
        let h: f64 = height.parse().unwrap_or(0.0);
        format!("{:.1}", 110.0 - h)
    }
}

/// The year and body asked for, checked; the year defaults to the current one, the body to the
/// portal's home body.
async fn load(
    state: &AppState,
    t: &Tr,
    query: Result<QueryParams<ReportQuery>, AppError>,
) -> Result<CouncilReport, AppError> {
    let QueryParams(query) = query?;
    let year = parse_year(query.year.as_deref())
        .map_err(|_| AppError::BadRequest(t.t("report-bad-year")))?
        .unwrap_or_else(|| crate::domain::clock::Instant::now().date_time().year());
    let body = match query
        .body
        .map(|b| b.trim().to_owned())
        .filter(|b| !b.is_empty())
    {
        Some(slug) => {
            if crate::domain::values::Slug::parse(&slug).is_err() {
                return Err(AppError::BadRequest(t.t("report-bad-body")));
            }
            slug
        }
        None => state
            .store
            .home_body_slug()
            .await?
            .ok_or_else(|| AppError::not_found("body", "home body"))?,
    };
    state
        .store
        .council_report(&body, year, t.lang())
        .await?
        .ok_or_else(|| AppError::not_found("body", &body))
}

pub async fn show_council_report(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    staff: Staff,
    query: Result<QueryParams<ReportQuery>, AppError>,
) -> Response {
    let page = async {
        let report = load(&state, &t, query).await?;
        let view = report_view(&t, &report);
        let title = t.args(
            "report-title",
            &[
                ("name", view.body.display_name.clone()),
                ("year", view.year.to_string()),
            ],
        );
        Ok::<_, AppError>(CouncilReportPage {
            pdf_link: format!(
                "/{}/workbench/reports/council.pdf?year={}&body={}",
                t.lang(),
                view.year,
                view.body.slug
            ),
            chart_width: view.years.len().max(1) * YEAR_WIDTH,
            title,
            t: t.clone(),
            here: here.clone(),
            section: "workbench",
            staff: StaffView::of(&staff),
            bodies: state.store.report_bodies(t.lang()).await?,
            report: view,
        })
    }
    .await;
    respond(&t, &here, page)
}

pub async fn download_council_report(
    State(state): State<AppState>,
    PageLang { t, here }: PageLang,
    _staff: Staff,
    query: Result<QueryParams<ReportQuery>, AppError>,
) -> Response {
    let report = match load(&state, &t, query).await {
        Ok(report) => report,
        Err(e) => return error_page(&e, &t, &here),
    };
    let view = report_view(&t, &report);
    let bytes = match tokio::task::spawn_blocking({
        let t = t.clone();
        move || render_pdf(&t, &view)
    })
    .await
    {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(e)) => {
            return error_page(
                &AppError::Render(askama::Error::Custom(Box::new(e))),
                &t,
                &here,
            );
        }
        Err(e) => {
            return error_page(
                &AppError::Render(askama::Error::Custom(Box::new(e))),
                &t,
                &here,
            );
        }
    };
    let file = format!("council-report-{}-{}.pdf", report.body.slug, report.year);
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{file}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The report as a PDF: a title page part with the totals and the chart, then one page (or more)
/// per partnership.
pub fn render_pdf(t: &Tr, view: &ReportView) -> Result<Vec<u8>, crate::io::pdf::PdfError> {
    let title = t.args(
        "report-title",
        &[
            ("name", view.body.display_name.clone()),
            ("year", view.year.to_string()),
        ],
    );
    let mut doc = Document::new(&title)?;
    doc.heading(&title, 1);
    doc.paragraph(&t.t("report-intro"), Weight::Regular, 10.0);
    let two = [
        Column {
            share: 3.0,
            right: false,
        },
        Column {
            share: 2.0,
            right: true,
        },
    ];
    doc.heading(&t.t("report-summary"), 2);
    doc.table(
        &two,
        &[t.t("report-figure"), t.t("report-value")],
        &[
            vec![
                t.t("report-partnerships"),
                view.partnerships.len().to_string(),
            ],
            vec![t.t("report-activities"), view.activities.to_string()],
            vec![t.t("report-participants"), view.participants.to_string()],
            vec![t.t("report-requested"), view.requested.clone()],
            vec![t.t("report-granted"), view.granted.clone()],
        ],
    );
    doc.heading(&t.t("report-chart-title"), 2);
    doc.bar_chart(
        &[t.t("report-activities"), t.t("report-milestones")],
        &view
            .years
            .iter()
            .map(|y| {
                (
                    y.year.to_string(),
                    vec![y.activities as f64, y.milestones as f64],
                )
            })
            .collect::<Vec<_>>(),
    );
    for p in &view.partnerships {
        doc.page_break();
        doc.heading(&p.name, 2);
        if p.quiet {
            doc.paragraph(&t.t("report-quiet-year"), Weight::Regular, 10.0);
            continue;
        }
        doc.heading(&t.t("report-milestones"), 3);
        if p.milestones.is_empty() {
            doc.paragraph(&t.t("report-none"), Weight::Regular, 9.0);
        } else {
            doc.table(
                &[
                    Column {
                        share: 1.2,
                        right: false,
                    },
                    Column {
                        share: 1.5,
                        right: false,
                    },
                    Column {
                        share: 3.0,
                        right: false,
                    },
                ],
                &[t.t("report-date"), t.t("report-kind"), t.t("report-note")],
                &p.milestones
                    .iter()
                    .map(|m| {
                        vec![
                            m.date.clone(),
                            m.kind.clone(),
                            m.note.as_ref().map(|n| n.text.clone()).unwrap_or_default(),
                        ]
                    })
                    .collect::<Vec<_>>(),
            );
        }
        doc.heading(&t.t("report-activities"), 3);
        if p.activities.is_empty() {
            doc.paragraph(&t.t("report-none"), Weight::Regular, 9.0);
        } else {
            let mut rows: Vec<Vec<String>> = p
                .activities
                .iter()
                .map(|a| {
                    let mut title = a.title.text.clone();
                    if a.internal {
                        title = format!("{title} ({})", t.t("report-internal"));
                    }
                    vec![
                        title,
                        a.kind.clone(),
                        a.dates.clone(),
                        a.participants.clone(),
                        a.total.to_string(),
                    ]
                })
                .collect();
            rows.push(vec![
                t.t("report-total"),
                String::new(),
                String::new(),
                p.by_country
                    .iter()
                    .map(|(c, n)| format!("{c} {n}"))
                    .collect::<Vec<_>>()
                    .join(", "),
                p.participants.to_string(),
            ]);
            doc.table(
                &[
                    Column {
                        share: 2.4,
                        right: false,
                    },
                    Column {
                        share: 1.3,
                        right: false,
                    },
                    Column {
                        share: 1.6,
                        right: false,
                    },
                    Column {
                        share: 2.0,
                        right: false,
                    },
                    Column {
                        share: 0.8,
                        right: true,
                    },
                ],
                &[
                    t.t("report-activity"),
                    t.t("report-kind"),
                    t.t("report-date"),
                    t.t("report-by-country"),
                    t.t("report-people"),
                ],
                &rows,
            );
        }
        doc.heading(&t.t("report-funding"), 3);
        if p.funding.is_empty() {
            doc.paragraph(&t.t("report-none"), Weight::Regular, 9.0);
        } else {
            let mut rows: Vec<Vec<String>> = p
                .funding
                .iter()
                .map(|f| {
                    vec![
                        f.title.clone(),
                        f.programme.clone(),
                        f.status.clone(),
                        f.requested.clone(),
                        f.granted.clone(),
                    ]
                })
                .collect();
            rows.push(vec![
                t.t("report-total"),
                String::new(),
                String::new(),
                p.requested.clone(),
                p.granted.clone(),
            ]);
            doc.table(
                &[
                    Column {
                        share: 2.4,
                        right: false,
                    },
                    Column {
                        share: 1.6,
                        right: false,
                    },
                    Column {
                        share: 1.1,
                        right: false,
                    },
                    Column {
                        share: 1.3,
                        right: true,
                    },
                    Column {
                        share: 1.3,
                        right: true,
                    },
                ],
                &[
                    t.t("report-application"),
                    t.t("report-programme"),
                    t.t("report-status"),
                    t.t("report-requested"),
                    t.t("report-granted"),
                ],
                &rows,
            );
        }
    }
    let footer_title = title.clone();
    doc.finish(|page, pages| {
        t.args(
            "report-footer",
            &[
                ("name", footer_title.clone()),
                ("page", page.to_string()),
                ("pages", pages.to_string()),
            ],
        )
    })
}
