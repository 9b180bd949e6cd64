//! Many rows read as one. SQLite hands each row of a result from its connection thread to
//! the caller separately, and on a busy server that hand-over costs far more than reading
//! the row (the consortium's register was 3,000 small rows: 50 ms). `Db::json_rows` wraps
//! a query so the database returns one text value — a JSON array with one array per row,
//! columns in the order named — and [`JsonRow`] reads the values back by position. Each
//! backend has its own aggregate (`json_group_array`/`json_array` in SQLite,
//! `json_agg`/`json_build_array` in PostgreSQL); the order is the inner query's.

use serde_json::Value;

use super::{Backend, Db};
use crate::error::{AppError, AppResult};

impl Db {
    /// `SELECT` of one column `rows` holding every row of `inner` (which must name each of
    /// `columns` in its select list) as JSON, in `inner`'s order.
    pub fn json_rows(&self, inner: &str, columns: &[&str]) -> String {
        let list = columns
            .iter()
            .map(|c| format!("j.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        match self.backend {
            Backend::Sqlite => format!(
                "SELECT COALESCE(json_group_array(json_array({list})), '[]') AS rows FROM ({inner}) j"
            ),
            Backend::Postgres => format!(
                "SELECT COALESCE(json_agg(json_build_array({list}) ORDER BY j.row_order), '[]')::text AS rows \
                 FROM (SELECT inner_rows.*, ROW_NUMBER() OVER () AS row_order FROM ({inner}) inner_rows) j"
            ),
        }
    }
}

/// The rows carried by a [`Db::json_rows`] result row.
pub fn rows_of(row: &sqlx::any::AnyRow) -> AppResult<Vec<JsonRow>> {
    use sqlx::Row;
    parse_rows(&row.try_get::<String, _>("rows")?)
}

/// The rows of a [`Db::json_rows`] result.
pub fn parse_rows(text: &str) -> AppResult<Vec<JsonRow>> {
    let rows: Vec<Vec<Value>> = serde_json::from_str(text)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("json rows: {e}")))?;
    Ok(rows.into_iter().map(JsonRow).collect())
}

/// One row: its values by column position.
pub struct JsonRow(Vec<Value>);

impl JsonRow {
    fn value(&self, i: usize) -> &Value {
        self.0.get(i).unwrap_or(&Value::Null)
    }

    pub fn i64(&self, i: usize) -> i64 {
        self.value(i).as_i64().unwrap_or(0)
    }

    pub fn opt_i64(&self, i: usize) -> Option<i64> {
        self.value(i).as_i64()
    }

    pub fn string(&self, i: usize) -> String {
        self.value(i).as_str().unwrap_or_default().to_string()
    }

    pub fn opt_string(&self, i: usize) -> Option<String> {
        self.value(i).as_str().map(str::to_string)
    }
}
