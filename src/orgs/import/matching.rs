//! Which record a row is: matching that never merges two organisations. First the charity
//! number within its register; then the exact website or e-mail, only when neither side
//! has a different charity number and no other record shares the address; a name alone is
//! never enough: it is asked about ("possible match, choose"), and a same-name record with
//! a different charity number is another organisation. Rows of the same file are matched
//! against each other first, so two rows for one charity are flagged, not both applied.

use std::collections::HashMap;

use sqlx::Row;

use crate::error::AppResult;
use crate::orgs::fields::OrgFields;
use crate::orgs::keys::{name_key, website_key};
use crate::orgs::model::OrganisationId;
use crate::storage::Db;

/// A live record as matching sees it.
#[derive(Clone, Debug)]
pub struct Known {
    pub name: String,
    pub register: String,
    pub number: String,
}

/// An earlier row of the file as matching sees it (kept small: a file may have 200,000).
#[derive(Clone, Debug)]
struct Earlier {
    row: u32,
    number: Box<str>,
}

/// Why a row was matched, or why it needs a choice (each a Fluent id).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Match {
    /// No record is this organisation.
    New,
    /// This record is (by charity number, website or e-mail).
    Record(OrganisationId),
    /// A person must choose: the records or earlier rows it may be, and why.
    Ask {
        records: Vec<(OrganisationId, String)>,
        earlier_row: Option<usize>,
        reason: &'static str,
    },
}

/// Two charity numbers that are both given and differ: two organisations.
fn differ(a: &str, b: &str) -> bool {
    !a.is_empty() && !b.is_empty() && a != b
}

/// The live records, indexed by every key a row is matched on, and the rows seen so far.
#[derive(Default)]
pub struct Index {
    known: HashMap<OrganisationId, Known>,
    by_charity: HashMap<(String, String), OrganisationId>,
    by_website: HashMap<String, Vec<OrganisationId>>,
    by_email: HashMap<String, Vec<OrganisationId>>,
    by_name: HashMap<String, Vec<OrganisationId>>,
    file_charity: HashMap<(String, String), u32>,
    file_sites: HashMap<String, Vec<Earlier>>,
    file_names: HashMap<String, Vec<Earlier>>,
    /// Records already matched by a row, and which.
    matched: HashMap<OrganisationId, usize>,
    /// Nations whose lead network is already named (a new record cannot take the role).
    leads: std::collections::HashSet<String>,
}

impl Index {
    /// Every live record's keys, read in one query.
    pub async fn load(db: &Db) -> AppResult<Index> {
        let rows = sqlx::query(
            "SELECT id, name, name_key, charity_register, charity_number, website_key, email FROM organisations WHERE merged_into IS NULL",
        )
        .fetch_all(&db.pool)
        .await?;
        let mut index = Index::default();
        for r in &rows {
            let id: OrganisationId = r.try_get("id")?;
            let known = Known {
                name: r.try_get("name")?,
                register: r.try_get("charity_register")?,
                number: r.try_get("charity_number")?,
            };
            let site: String = r.try_get("website_key")?;
            let email: String = r.try_get("email")?;
            let key: String = r.try_get("name_key")?;
            let key = if key.is_empty() {
                name_key(&known.name)
            } else {
                key
            };
            index.add_record(id, known, &key, &site, &email);
        }
        for r in sqlx::query("SELECT lead_nation FROM organisations WHERE lead_nation IS NOT NULL")
            .fetch_all(&db.pool)
            .await?
        {
            index.leads.insert(r.try_get("lead_nation")?);
        }
        Ok(index)
    }

    fn add_record(&mut self, id: OrganisationId, known: Known, key: &str, site: &str, email: &str) {
        if !known.number.is_empty() {
            self.by_charity
                .insert((known.register.clone(), known.number.clone()), id);
        }
        for (map, value) in [(&mut self.by_website, site), (&mut self.by_email, email)] {
            if !value.is_empty() {
                map.entry(value.to_lowercase()).or_default().push(id);
            }
        }
        if !key.is_empty() {
            self.by_name.entry(key.to_string()).or_default().push(id);
        }
        self.known.insert(id, known);
    }

    /// Takes the lead-network role for `nation` for a new record: false if it is taken.
    pub fn take_lead(&mut self, nation: &str) -> bool {
        self.leads.insert(nation.to_string())
    }

    /// Matches the row numbered `row` with fields `f` (see the module documentation), and
    /// remembers it for the rows after it. Also returns notes: same-name organisations with
    /// other charity numbers, which are imported as separate records but said so.
    pub fn match_row(&mut self, row: usize, f: &OrgFields) -> (Match, Vec<Note>) {
        let mut notes = Vec::new();
        let found = self.find(f, &mut notes);
        let found = match found {
            Match::Record(id) => match self.matched.get(&id) {
                Some(&earlier) => Match::Ask {
                    records: vec![(id, self.known[&id].name.clone())],
                    earlier_row: Some(earlier),
                    reason: "import-ask-same-record",
                },
                None => {
                    self.matched.insert(id, row);
                    Match::Record(id)
                }
            },
            other => other,
        };
        self.remember(row, f);
        (found, notes)
    }

    fn find(&self, f: &OrgFields, notes: &mut Vec<Note>) -> Match {
        let charity = (!f.charity_number.is_empty())
            .then(|| (f.charity_register.clone(), f.charity_number.clone()));
        let site = website_key(&f.website).unwrap_or_default();
        let key = name_key(&f.name);
        // Rows of this file first.
        if let Some(&earlier) = charity.as_ref().and_then(|c| self.file_charity.get(c)) {
            return ask_row(earlier as usize, "import-ask-same-number-in-file");
        }
        if let Some([earlier]) = self.file_sites.get(&site).map(Vec::as_slice) {
            if !differ(&earlier.number, &f.charity_number) {
                return ask_row(earlier.row as usize, "import-ask-same-website-in-file");
            }
        }
        for earlier in self.file_names.get(&key).into_iter().flatten() {
            if differ(&earlier.number, &f.charity_number) {
                notes.push(Note::SameNameRow(earlier.row as usize, f.name.clone()));
            } else {
                return ask_row(earlier.row as usize, "import-ask-same-name-in-file");
            }
        }
        // Then the records already here.
        if let Some(&id) = charity.as_ref().and_then(|c| self.by_charity.get(c)) {
            return Match::Record(id);
        }
        for (map, value) in [
            (&self.by_website, site),
            (&self.by_email, f.email.to_lowercase()),
        ] {
            if value.is_empty() {
                continue;
            }
            // An address two records share is an umbrella body's: it identifies neither.
            if let Some([id]) = map.get(&value).map(Vec::as_slice) {
                if !differ(&self.known[id].number, &f.charity_number) {
                    return Match::Record(*id);
                }
            }
        }
        let mut records = Vec::new();
        for id in self.by_name.get(&key).into_iter().flatten() {
            let known = &self.known[id];
            if differ(&known.number, &f.charity_number) {
                notes.push(Note::SameNameRecord(known.name.clone()));
            } else {
                records.push((*id, known.name.clone()));
            }
        }
        if records.is_empty() {
            Match::New
        } else {
            Match::Ask {
                records,
                earlier_row: None,
                reason: "import-ask-same-name",
            }
        }
    }

    fn remember(&mut self, row: usize, f: &OrgFields) {
        let row = u32::try_from(row).unwrap_or(u32::MAX);
        let earlier = Earlier {
            row,
            number: f.charity_number.as_str().into(),
        };
        if !f.charity_number.is_empty() {
            self.file_charity
                .entry((f.charity_register.clone(), f.charity_number.clone()))
                .or_insert(row);
        }
        if let Some(site) = website_key(&f.website) {
            self.file_sites
                .entry(site)
                .or_default()
                .push(earlier.clone());
        }
        let key = name_key(&f.name);
        if !key.is_empty() {
            self.file_names.entry(key).or_default().push(earlier);
        }
    }
}

fn ask_row(row: usize, reason: &'static str) -> Match {
    Match::Ask {
        records: Vec::new(),
        earlier_row: Some(row),
        reason,
    }
}

/// Something matching noticed that does not stop the row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// An earlier row (number, name) has the same name and another charity number.
    SameNameRow(usize, String),
    /// A record with the same name and another charity number is here already.
    SameNameRecord(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(name: &str, number: &str, website: &str) -> OrgFields {
        OrgFields {
            name: name.into(),
            charity_register: if number.is_empty() {
                ""
            } else {
                "northern_ireland"
            }
            .into(),
            charity_number: number.into(),
            website: website.into(),
            ..OrgFields::default()
        }
    }

    #[test]
    fn distinct_charities_are_never_merged() {
        let mut index = Index::default();
        let known = |name: &str, number: &str| Known {
            name: name.into(),
            register: if number.is_empty() {
                ""
            } else {
                "northern_ireland"
            }
            .into(),
            number: number.into(),
        };
        index.add_record(
            OrganisationId(1),
            known("Cara Friend", "100001"),
            &name_key("Cara Friend"),
            "cara.org",
            "",
        );
        index.add_record(
            OrganisationId(2),
            known("Women's Aid", ""),
            &name_key("Women's Aid"),
            "",
            "",
        );
        index.add_record(
            OrganisationId(3),
            known("Scouts A", ""),
            &name_key("Scouts A"),
            "scouts.org.uk",
            "",
        );
        index.add_record(
            OrganisationId(4),
            known("Scouts B", ""),
            &name_key("Scouts B"),
            "scouts.org.uk",
            "",
        );
        // The charity number decides.
        assert_eq!(
            index.match_row(2, &org("Cara", "100001", "")).0,
            Match::Record(OrganisationId(1))
        );
        // Same name, another number: a new record, said so.
        let (m, notes) = index.match_row(3, &org("Cara Friend", "100999", ""));
        assert_eq!(m, Match::New);
        assert_eq!(notes, vec![Note::SameNameRecord("Cara Friend".into())]);
        // A website with another number is not a match.
        assert_eq!(
            index
                .match_row(4, &org("Cara Two", "100998", "https://cara.org"))
                .0,
            Match::New
        );
        // A name alone is asked about.
        let (m, _) = index.match_row(5, &org("The Women’s Aid", "", ""));
        assert!(
            matches!(
                m,
                Match::Ask {
                    reason: "import-ask-same-name",
                    earlier_row: None,
                    ..
                }
            ),
            "{m:?}"
        );
        // An umbrella website identifies nobody.
        assert_eq!(
            index
                .match_row(7, &org("Scouts C", "", "https://www.scouts.org.uk"))
                .0,
            Match::New
        );
        // Two rows of the file with one number: the second is asked about.
        let (m, _) = index.match_row(8, &org("Cara again", "100001", ""));
        assert!(
            matches!(
                m,
                Match::Ask {
                    earlier_row: Some(2),
                    ..
                }
            ),
            "{m:?}"
        );
        // Same name in the file, other numbers: both imported, flagged.
        assert_eq!(
            index.match_row(9, &org("Age NI", "101000", "")).0,
            Match::New
        );
        let (m, notes) = index.match_row(10, &org("Age NI", "101001", ""));
        assert_eq!(m, Match::New);
        assert_eq!(notes, vec![Note::SameNameRow(9, "Age NI".into())]);
    }
}
