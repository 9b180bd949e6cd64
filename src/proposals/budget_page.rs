//! `/proposals/{slug}/budget`: the budget's lines, totals by partner, by year and overall
//! (always from the lines, so they add up), each partner's share as a bar chart with the
//! same figures as a table for its text alternative; adding and removing lines; and the
//! budget as CSV out (`budget.csv`) and in (replacing it, refused whole when a row is bad
//! or the file's total disagrees with its lines).

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};

use super::access::drafting;
use super::budget_csv::{self, CsvProblem};
use super::form::LineForm;
use super::model::{self, BudgetLine, Category, Proposal, Totals};
use super::money::format_pounds;
use super::section_page::current_members;
use crate::consortium::model::MemberId;
use crate::error::AppResult;
use crate::forms::{FieldError, FieldErrors};
use crate::http::download::csv_download;
use crate::http::{multipart, Ctx, Flash, RequestContext};
use crate::state::AppState;
use crate::views::{choices, render_form, Choice, Layout};

/// One bar of the chart: its label, the amount in words, and its geometry.
pub struct Bar {
    pub label: String,
    pub amount: String,
    pub percent: i64,
    pub y: i64,
    pub width: i64,
}

#[derive(Template)]
#[template(path = "proposals/budget.html")]
struct BudgetView {
    layout: Layout,
    errors: FieldErrors,
    p: Proposal,
    lines: Vec<(BudgetLine, String, String)>,
    bars: Vec<Bar>,
    chart_height: i64,
    years: Vec<(i64, String)>,
    overall: String,
    partners: Vec<(i64, String)>,
    categories: Vec<Choice>,
    form: LineForm,
}

/// Bars 320 units wide at most (the chart's own width, so labels stay readable at 320 px).
fn bars(ctx: &RequestContext, totals: &Totals) -> Vec<Bar> {
    let top = totals.by_partner.first().map_or(1, |(_, n)| (*n).max(1));
    totals
        .by_partner
        .iter()
        .enumerate()
        .map(|(i, (partner, n))| Bar {
            label: if partner.is_empty() {
                ctx.lang.t("proposals-budget-shared")
            } else {
                partner.chars().take(38).collect()
            },
            amount: format_pounds(*n),
            percent: if totals.overall > 0 {
                n * 100 / totals.overall
            } else {
                0
            },
            y: i64::try_from(i).unwrap_or(0) * 48,
            width: (n * 300 / top).max(1),
        })
        .collect()
}

async fn page(
    state: &AppState,
    ctx: &RequestContext,
    p: Proposal,
    form: LineForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let lines = model::budget_lines(&state.db, p.id).await?;
    let totals = model::totals(&lines);
    let title = ctx.lang.t_args(
        "proposals-budget-title",
        &[("proposal", p.title.clone().into())],
    );
    let mut layout = Layout::titled(ctx, title).with_crumbs(&[("proposals-title", "/proposals")]);
    let has_errors = layout.mark_errors_if(&errors);
    let bars = bars(ctx, &totals);
    render_form(
        has_errors,
        &BudgetView {
            chart_height: i64::try_from(bars.len()).unwrap_or(0) * 48,
            bars,
            years: totals
                .by_year
                .iter()
                .map(|(y, n)| (*y, format_pounds(*n)))
                .collect(),
            overall: format_pounds(totals.overall),
            lines: lines
                .into_iter()
                .map(|l| {
                    let category = ctx
                        .lang
                        .t(&format!("proposals-category-{}", l.category.code()));
                    let amount = format_pounds(l.amount_pence);
                    (l, category, amount)
                })
                .collect(),
            partners: current_members(state).await?,
            categories: choices(ctx, "proposals-category-", Category::CODES, |c| {
                c == form.category
            }),
            layout,
            errors,
            p,
            form,
        },
    )
}

/// `GET /proposals/{slug}/budget`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (p, _) = drafting(&state, &ctx, &slug).await?;
    let form = LineForm {
        year: "1".into(),
        ..LineForm::default()
    };
    page(&state, &ctx, p, form, FieldErrors::new(ctx.lang)).await
}

/// `POST /proposals/{slug}/budget`: adds a line, or removes one.
pub async fn change(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let (p, _) = drafting(&state, &ctx, &slug).await?;
    let form: LineForm = crate::http::parse_form(&body)?;
    let back = Redirect::to(&format!("/proposals/{slug}/budget"));
    if form.action == "remove" {
        let id = form.line_id.trim().parse::<i64>().unwrap_or(0);
        if !model::remove_line(&state.db, p.id, id).await? {
            return Err(crate::error::AppError::NotFound);
        }
        return Ok((Flash("proposals-flash-line-removed"), back).into_response());
    }
    let partners: Vec<MemberId> = current_members(&state)
        .await?
        .into_iter()
        .map(|(id, _)| MemberId(id))
        .collect();
    match form.validate(ctx.lang, &partners) {
        Ok(line) => {
            model::add_line(&state.db, p.id, &line).await?;
            Ok((Flash("proposals-flash-line-added"), back).into_response())
        }
        Err(errors) => page(&state, &ctx, p, form, errors).await,
    }
}

/// `GET /proposals/{slug}/budget.csv`.
pub async fn csv(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (p, _) = drafting(&state, &ctx, &slug).await?;
    let lines = model::budget_lines(&state.db, p.id).await?;
    csv_download(
        &format!("{slug}-budget.csv"),
        &budget_csv::HEADER,
        budget_csv::rows(&lines),
    )
}

fn problem_words(ctx: &RequestContext, p: &CsvProblem) -> String {
    match p {
        CsvProblem::Unreadable => ctx.lang.t("proposals-csv-unreadable"),
        CsvProblem::Empty => ctx.lang.t("proposals-csv-empty"),
        CsvProblem::MissingColumn(c) => ctx
            .lang
            .t_args("proposals-csv-missing-column", &[("column", (*c).into())]),
        CsvProblem::Row(row, key) => ctx.lang.t_args(
            "proposals-csv-row",
            &[("row", (*row).into()), ("problem", ctx.lang.t(key).into())],
        ),
        CsvProblem::TotalDiffers { stated, lines } => ctx.lang.t_args(
            "proposals-csv-total",
            &[
                ("stated", format_pounds(*stated).into()),
                ("lines", format_pounds(*lines).into()),
            ],
        ),
    }
}

/// `POST /proposals/{slug}/budget/import`: replaces the budget from a CSV file.
pub async fn import(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<Response> {
    let (p, _) = drafting(&state, &ctx, &slug).await?;
    let parts = multipart::from_request(&headers, body).await?;
    let empty = LineForm {
        year: "1".into(),
        ..LineForm::default()
    };
    let Some(file) = multipart::required_file(&parts, "file") else {
        let mut errors = FieldErrors::new(ctx.lang);
        errors.add("file", "files-error-missing");
        return page(&state, &ctx, p, empty, errors).await;
    };
    let partners: Vec<(MemberId, String)> = current_members(&state)
        .await?
        .into_iter()
        .map(|(id, n)| (MemberId(id), n))
        .collect();
    match budget_csv::read(&file.data, &partners) {
        Ok(lines) => {
            model::replace_budget(&state.db, p.id, &lines).await?;
            Ok((
                Flash("proposals-flash-budget-imported"),
                Redirect::to(&format!("/proposals/{slug}/budget")),
            )
                .into_response())
        }
        Err(problems) => {
            // Every problem in the summary, each linking to the file input.
            let mut errors = FieldErrors::new(ctx.lang);
            for problem in &problems {
                errors.list.push(FieldError {
                    field: "file".into(),
                    message: problem_words(&ctx, problem),
                });
            }
            page(&state, &ctx, p, empty, errors).await
        }
    }
}
