//! The budget as CSV: written with the columns `partner, item, category, year, amount`
//! (amount in pounds), and read back from the same columns (a spreadsheet's own header
//! names in any case and order). A row whose item is "Total" is a check, not a line: the
//! file is refused when it does not match the sum of the lines, so a budget that does not
//! add up never replaces a good one. Every problem names its row.

use super::model::{BudgetLine, Category, NewLine};
use super::money::{parse_pounds, plain_pounds};
use crate::consortium::model::MemberId;

pub const HEADER: [&str; 5] = ["partner", "item", "category", "year", "amount"];

/// The rows of the budget's CSV.
pub fn rows(lines: &[BudgetLine]) -> Vec<Vec<String>> {
    lines
        .iter()
        .map(|l| {
            vec![
                l.partner.clone(),
                l.item.clone(),
                l.category.code().to_string(),
                l.year.to_string(),
                plain_pounds(l.amount_pence),
            ]
        })
        .collect()
}

/// A problem with a file: its row (1 is the header) and the message's Fluent id, with the
/// file's total and the lines' total when they disagree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvProblem {
    Unreadable,
    MissingColumn(&'static str),
    Row(usize, &'static str),
    TotalDiffers { stated: i64, lines: i64 },
    Empty,
}

/// Reads a budget file; `partners` are the members by name.
pub fn read(
    bytes: &[u8],
    partners: &[(MemberId, String)],
) -> Result<Vec<NewLine>, Vec<CsvProblem>> {
    let text =
        String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).to_string();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let Ok(header) = reader.headers().cloned() else {
        return Err(vec![CsvProblem::Unreadable]);
    };
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let mut at = [0usize; 5];
    let mut problems = Vec::new();
    for (i, name) in HEADER.iter().enumerate() {
        match column(name) {
            Some(c) => at[i] = c,
            None => problems.push(CsvProblem::MissingColumn(name)),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut lines = Vec::new();
    let mut stated_total = None;
    for (n, record) in reader.records().enumerate() {
        let row = n + 2;
        let Ok(record) = record else {
            problems.push(CsvProblem::Row(row, "proposals-csv-unreadable-row"));
            continue;
        };
        let cell = |i: usize| record.get(at[i]).unwrap_or("").trim().to_string();
        let (partner, item, category, year, amount) = (cell(0), cell(1), cell(2), cell(3), cell(4));
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let pence = match parse_pounds(&amount) {
            Ok(p) => p,
            Err(p) => {
                problems.push(CsvProblem::Row(row, p.message_key()));
                continue;
            }
        };
        if item.eq_ignore_ascii_case("total") {
            stated_total = Some(pence);
            continue;
        }
        let member_id = if partner.is_empty() {
            None
        } else {
            match partners
                .iter()
                .find(|(_, name)| name.eq_ignore_ascii_case(&partner))
            {
                Some((id, _)) => Some(*id),
                None => {
                    problems.push(CsvProblem::Row(row, "proposals-csv-partner"));
                    continue;
                }
            }
        };
        let Some(category) = Category::from_code(&category.to_lowercase()) else {
            problems.push(CsvProblem::Row(row, "proposals-error-category"));
            continue;
        };
        let Some(year) = year.parse::<i64>().ok().filter(|y| (1..=10).contains(y)) else {
            problems.push(CsvProblem::Row(row, "proposals-error-year"));
            continue;
        };
        if item.is_empty() || item.chars().count() > 300 {
            problems.push(CsvProblem::Row(row, "proposals-error-item"));
            continue;
        }
        lines.push(NewLine {
            member_id,
            item,
            category,
            year,
            amount_pence: pence,
        });
    }
    let sum: i64 = lines.iter().map(|l| l.amount_pence).sum();
    if let Some(stated) = stated_total {
        if stated != sum {
            problems.push(CsvProblem::TotalDiffers { stated, lines: sum });
        }
    }
    if problems.is_empty() && lines.is_empty() {
        problems.push(CsvProblem::Empty);
    }
    if problems.is_empty() {
        Ok(lines)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_does_not_add_up_is_refused_and_each_bad_row_is_named() {
        let partners = vec![(MemberId(1), "Wales Network".to_string())];
        let good = "Partner,Item,Category,Year,Amount\nWales Network,Worker,staff,1,\"£1,000\"\n,Venue,venues,2,250.50\n,Total,,,1250.50\n";
        let lines = read(good.as_bytes(), &partners).unwrap();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].member_id, Some(MemberId(1)));
        let bad_total = "partner,item,category,year,amount\n,Venue,venues,1,100\n,Total,,,99\n";
        assert_eq!(
            read(bad_total.as_bytes(), &partners),
            Err(vec![CsvProblem::TotalDiffers {
                stated: 9_900,
                lines: 10_000
            }])
        );
        let bad_rows =
            "partner,item,category,year,amount\nNobody,X,staff,1,5\n,Y,staff,1,-5\n,Z,cake,1,5\n";
        assert_eq!(
            read(bad_rows.as_bytes(), &partners),
            Err(vec![
                CsvProblem::Row(2, "proposals-csv-partner"),
                CsvProblem::Row(3, "proposals-error-negative"),
                CsvProblem::Row(4, "proposals-error-category"),
            ])
        );
        assert_eq!(
            read(b"item,amount\n", &partners),
            Err(vec![
                CsvProblem::MissingColumn("partner"),
                CsvProblem::MissingColumn("category"),
                CsvProblem::MissingColumn("year"),
            ])
        );
    }
}
