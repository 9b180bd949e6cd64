//! How a file becomes records: which column fills each field (by the column's heading, so
//! a saved profile fits the next download of the same register), values given for every
//! row, how the wordings of a multi-value column translate into characteristics, section 75
//! categories, SDGs and nations, and the choices made for rows that need one. Saved with an
//! import, and (without the choices) as a named profile.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::columns::{self, FIELDS};

/// Column index for each field mapped (a field not in it is not read from the file).
pub type Mapping = HashMap<&'static str, usize>;

/// What to do with a row whose match needs a person's choice.
pub const CHOICE_NEW: &str = "new";
pub const CHOICE_SKIP: &str = "skip";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Field code → the heading of the column that fills it.
    pub columns: BTreeMap<String, String>,
    /// Field code → the value every row gets where it has none of its own.
    pub constants: BTreeMap<String, String>,
    /// A wording of the value-mapped column (folded, see [`fold`]) → what it means:
    /// `characteristic:<code>`, `nation:<code>` or `goal:<n>`. A wording with no entry
    /// takes its suggestion (`values::suggest`); an empty entry means nothing.
    pub values: BTreeMap<String, Vec<String>>,
    /// Row number → [`CHOICE_NEW`], [`CHOICE_SKIP`] or the id of the record to update, for
    /// rows only a name matched. Never part of a profile.
    pub choices: BTreeMap<usize, String>,
}

/// A wording as the key it is mapped by: lower case, spaces collapsed.
pub fn fold(value: &str) -> String {
    value
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Settings {
    /// Columns guessed from the headings, as a first mapping to check.
    pub fn guessed(header: &[String]) -> Settings {
        let mut columns = BTreeMap::new();
        for h in header {
            if let Some(field) = columns::guess(h) {
                columns
                    .entry(field.to_string())
                    .or_insert_with(|| h.clone());
            }
        }
        Settings {
            columns,
            ..Settings::default()
        }
    }

    /// The column index of each mapped field in a file with this `header` (a heading is
    /// found ignoring case and surrounding spaces; a field whose column is absent is not
    /// mapped).
    pub fn mapping(&self, header: &[String]) -> Mapping {
        FIELDS
            .iter()
            .filter_map(|field| {
                let heading = self.columns.get(*field)?;
                let wanted = heading.trim().to_lowercase();
                header
                    .iter()
                    .position(|h| h.trim().to_lowercase() == wanted)
                    .map(|i| (*field, i))
            })
            .collect()
    }

    /// The constant for `field`, if one is set.
    pub fn constant(&self, field: &str) -> Option<&str> {
        self.constants
            .get(field)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// These settings as a profile keeps them (choices are for one file only).
    pub fn for_profile(&self) -> Settings {
        Settings {
            choices: BTreeMap::new(),
            ..self.clone()
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Settings stored as JSON; anything unreadable gives the defaults.
    pub fn from_json(json: &str) -> Settings {
        serde_json::from_str(json).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_kept_by_heading_so_a_profile_fits_the_next_file() {
        let first = vec!["Charity name".to_string(), "Website".into()];
        let settings = Settings::guessed(&first);
        assert_eq!(settings.mapping(&first).get("name"), Some(&0));
        // The next download has its columns in another order and one more.
        let next = vec![
            "Status".to_string(),
            "WEBSITE ".into(),
            "Charity name".into(),
        ];
        let mapping = settings.mapping(&next);
        assert_eq!(mapping.get("name"), Some(&2));
        assert_eq!(mapping.get("website"), Some(&1));
        assert_eq!(fold("  Older   People "), "older people");
    }
}
