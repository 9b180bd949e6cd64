//! The demo consultation for `serve --demo`: the open concept paper the founding brief
//! names as its first output, drafted only from what the brief says (its objective,
//! intended outcomes and rationale), open for comments, with one example comment and one
//! example suggestion, all labelled as examples, and two questions for the response form
//! (one on the outcome the brief names, one asking about barriers). Idempotent; once its closing date has
//! passed it moves 60 days on.

use super::model::{self, ConsultationFields, NewComment};
use crate::error::AppResult;
use crate::storage::{now, Db};

pub const SLUG: &str = "concept-paper";

const DRAFT: &str = "# Why we need to engage people furthest from decision making

This draft uses only the words of the initiative's initial brief, by the Open Government Pioneers Project Board.

## The conversation

This initiative will support a partnership of Equalities organisations across the UK to host an open conversation around engaging people furthest from decision making into plans around SDGs and Open Government.

The overall direction and design will be determined by the equality organisational partners.

## What we want to happen

More people have the tools, confidence and resources to overcome the barriers to their participation in the decisions that affect them.

## Why

- The Opengovpioneers project opened up engagement with equalities groups, but found a much more intensive capacity building exercise is needed to engage those furthest from the decisions that affect them in using opengov as a way to improve their lives.
- The Sustainable Development Goals is strongly equality focused and provides a useful (but untested) framework for organising engagement themes with those furthest from decisions.
- The Open Government methodology, based on securing better transparency, increased participation and clearer accountability is powerful technique but needs to be adapted to those not familiar with the associated language and structures.
";

const DAY: i64 = 86_400;

pub async fn load(db: &Db) -> AppResult<()> {
    let t = now();
    if let Some(c) = model::find_by_slug(db, SLUG).await? {
        if c.fields.closes_at.is_some_and(|closes| closes <= t) {
            let fields = ConsultationFields {
                closes_at: Some(t + 60 * DAY),
                ..c.fields
            };
            model::update(db, c.id, &fields).await?;
        }
        return Ok(());
    }
    let fields = ConsultationFields {
        title: "Open concept paper: engaging people furthest from decision making".into(),
        summary: "Why we need to engage people furthest from decision making into plans around the Sustainable Development Goals and Open Government. Say what you think of each part.".into(),
        easy_read: "Some people are often left out when big plans are made. This paper says why they should have a say. Tell us what you think.".into(),
        consulting: "The Equalities co-production initiative".into(),
        draft: DRAFT.into(),
        opens_at: Some(t - DAY),
        closes_at: Some(t + 60 * DAY),
        welsh: Default::default(),
    };
    let id = model::create(db, SLUG, &fields, None, true).await?;
    model::publish(db, id, None).await?;
    if let Some(c) = model::find_by_slug(db, SLUG).await? {
        let blocks = model::version_blocks(db, id, 1).await?;
        if let Some(block) = blocks.iter().find(|b| b.text.starts_with("More people")) {
            let example = NewComment {
                block_id: Some(block.block_id),
                parent_id: None,
                author_id: None,
                author_name: "Example comment",
                body: "(An example.) Tools and confidence matter, but so do travel costs and care: could the paper say how people will be paid for their time?",
            };
            let _ = model::add_comment(db, &c, &example, t).await?;
        }
        if let Some(block) = blocks
            .iter()
            .find(|b| b.text.starts_with("The overall direction"))
        {
            let proposed = "The overall direction and design will be determined by the equality organisational partners, with the people they work with. (An example suggestion.)";
            let _ = model::suggest(
                db,
                &c,
                block.block_id,
                proposed,
                (None, "Example suggestion"),
                t,
            )
            .await?;
        }
        // The questions the response form asks (the paper's own, in its words).
        model::add_question(
            db,
            id,
            model::QuestionKind::Scale,
            "More people should have the tools, confidence and resources to take part in the decisions that affect them.",
            &[],
        )
        .await?;
        model::add_question(
            db,
            id,
            model::QuestionKind::Text,
            "What stops you, or the people you work with, taking part in decisions that affect you?",
            &[],
        )
        .await?;
    }
    Ok(())
}
