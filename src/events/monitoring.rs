//! Optional equality monitoring. Every question can be skipped and offers "prefer not to
//! say". Answers are stored apart from the registration (`equality_answers`, one row per
//! answer, no name or address), deleted with it, and only ever shown as counts per answer
//! in which any count from 1 to 4 is suppressed — with a second cell suppressed when one
//! alone would let it be worked out from the total.

use sqlx::Row;

use super::model::EventId;
use crate::error::AppResult;
use crate::storage::Db;

/// Counts below this are not shown.
pub const THRESHOLD: i64 = 5;

/// The questions and their answers (Fluent: `monitoring-q-<question>`, `monitoring-a-<answer>`).
pub const QUESTIONS: [(&str, &[&str]); 7] = [
    (
        "age",
        &[
            "under_25",
            "25_34",
            "35_44",
            "45_54",
            "55_64",
            "65_over",
            "prefer_not",
        ],
    ),
    ("disability", &["yes", "no", "prefer_not"]),
    (
        "ethnicity",
        &[
            "asian",
            "black",
            "mixed",
            "white",
            "other_ethnic",
            "prefer_not",
        ],
    ),
    ("sex", &["woman", "man", "another_way", "prefer_not"]),
    ("trans", &["yes", "no", "prefer_not"]),
    (
        "orientation",
        &[
            "bisexual",
            "gay_lesbian",
            "heterosexual",
            "other_orientation",
            "prefer_not",
        ],
    ),
    (
        "religion",
        &[
            "no_religion",
            "buddhist",
            "christian",
            "hindu",
            "jewish",
            "muslim",
            "sikh",
            "other_religion",
            "prefer_not",
        ],
    ),
];

/// Keeps the answers to known questions with known answers; blanks are questions skipped.
pub fn valid_answers(pairs: &[(String, String)]) -> Vec<(&'static str, &'static str)> {
    QUESTIONS
        .iter()
        .filter_map(|(question, answers)| {
            let given = pairs.iter().find(|(q, _)| q == question)?;
            let answer = answers.iter().find(|a| **a == given.1)?;
            Some((*question, *answer))
        })
        .collect()
}

/// One question's published counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionSummary {
    pub question: &'static str,
    /// None when fewer than [`THRESHOLD`] people answered: nothing is shown.
    pub rows: Option<Vec<(&'static str, Cell)>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    Count(i64),
    Suppressed,
}

/// Applies the suppression rules to one question's counts (in answer order).
pub fn suppress(counts: &[(&'static str, i64)]) -> Option<Vec<(&'static str, Cell)>> {
    let total: i64 = counts.iter().map(|(_, n)| n).sum();
    if total < THRESHOLD {
        return None;
    }
    let mut cells: Vec<(&'static str, Cell)> = counts
        .iter()
        .map(|(a, n)| {
            if (1..THRESHOLD).contains(n) {
                (*a, Cell::Suppressed)
            } else {
                (*a, Cell::Count(*n))
            }
        })
        .collect();
    let suppressed = cells.iter().filter(|(_, c)| *c == Cell::Suppressed).count();
    if suppressed == 1 {
        // One hidden cell could be worked out from the total: hide the next smallest too.
        let smallest = cells
            .iter()
            .enumerate()
            .filter_map(|(i, (_, c))| match c {
                Cell::Count(n) if *n > 0 => Some((i, *n)),
                _ => None,
            })
            .min_by_key(|(_, n)| *n)
            .map(|(i, _)| i);
        if let Some(i) = smallest {
            cells[i].1 = Cell::Suppressed;
        }
    }
    Some(cells)
}

/// Stores `answers` for a registration, on `conn` (inside the registration's transaction).
pub async fn store(
    conn: &mut sqlx::AnyConnection,
    event_id: EventId,
    registration_id: i64,
    answers: &[(&'static str, &'static str)],
) -> AppResult<()> {
    for (question, answer) in answers {
        sqlx::query(
            "INSERT INTO equality_answers (registration_id, event_id, question, answer) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(registration_id)
        .bind(event_id)
        .bind(question.to_string())
        .bind(answer.to_string())
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Every question's published counts for an event.
pub async fn summary(db: &Db, event_id: EventId) -> AppResult<Vec<QuestionSummary>> {
    let rows = sqlx::query(
        "SELECT question, answer, COUNT(*) AS n FROM equality_answers WHERE event_id = $1 \
         GROUP BY question, answer",
    )
    .bind(event_id)
    .fetch_all(&db.pool)
    .await?;
    let mut found: Vec<(String, String, i64)> = Vec::new();
    for r in &rows {
        found.push((
            r.try_get("question")?,
            r.try_get("answer")?,
            r.try_get("n")?,
        ));
    }
    Ok(QUESTIONS
        .iter()
        .map(|(question, answers)| {
            let counts: Vec<(&'static str, i64)> = answers
                .iter()
                .map(|a| {
                    let n = found
                        .iter()
                        .find(|(q, ans, _)| q == question && ans == a)
                        .map_or(0, |(_, _, n)| *n);
                    (*a, n)
                })
                .collect();
            QuestionSummary {
                question,
                rows: suppress(&counts),
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_totals_show_nothing() {
        assert_eq!(suppress(&[("yes", 2), ("no", 2)]), None);
    }

    #[test]
    fn counts_under_five_are_hidden_with_a_second_cell_when_one_alone_would_show() {
        let cells = suppress(&[("yes", 3), ("no", 7), ("prefer_not", 9)]).unwrap();
        assert_eq!(
            cells,
            vec![
                ("yes", Cell::Suppressed),
                ("no", Cell::Suppressed),
                ("prefer_not", Cell::Count(9))
            ]
        );
        let cells = suppress(&[("yes", 3), ("no", 2), ("prefer_not", 9)]).unwrap();
        assert_eq!(cells[2].1, Cell::Count(9));
        let cells = suppress(&[("yes", 0), ("no", 6)]).unwrap();
        assert_eq!(cells, vec![("yes", Cell::Count(0)), ("no", Cell::Count(6))]);
    }

    #[test]
    fn only_known_answers_are_kept() {
        let pairs = vec![
            ("age".to_string(), "25_34".to_string()),
            ("disability".into(), "maybe".into()),
            ("shoe_size".into(), "9".into()),
        ];
        assert_eq!(valid_answers(&pairs), vec![("age", "25_34")]);
    }
}
