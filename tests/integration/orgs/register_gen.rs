//! A generated national charity register with the real world's mess, as the Charity
//! Commission for Northern Ireland publishes one: Windows-1252, the regulator's column
//! names, numbers written with and without `NIC`, websites as bare hosts, phones with
//! extensions, umbrella websites shared by numbered units, same-name charities with
//! different numbers, removed charities, and multi-value "who the charity helps" cells in
//! the regulator's wording. Deterministic: the same rows every run.

/// What the generator put in, to check the import against.
pub struct Register {
    /// The file, encoded in Windows-1252.
    pub bytes: Vec<u8>,
    /// Row numbers (as a spreadsheet numbers them) of the second of each same-name pair.
    pub same_name_rows: Vec<usize>,
    pub removed: usize,
    pub bare_hosts: usize,
    pub extensions: usize,
    /// Rows whose categories include "Women".
    pub women: usize,
    /// (a row's name, the name of a record already there that is the same organisation
    /// under a slightly different name and address: the duplicate check should find it).
    pub planted: Vec<(String, String)>,
}

const HELPS: [&str; 7] = [
    "Women",
    "Older people",
    "People with disabilities",
    "Children or young people",
    "Ethnic minorities",
    "Animals",
    "The general public/mankind",
];
const TOWNS: [&str; 8] = [
    "Belfast",
    "Derry",
    "Newry",
    "Armagh",
    "Omagh",
    "Lisburn",
    "Bangor",
    "Enniskillen",
];
const KINDS: [&str; 6] = [
    "Community Association",
    "Women’s Group",
    "Youth Club",
    "Disability Forum",
    "Arts Trust",
    "Residents – Advice Centre",
];

fn quote(cell: &str) -> String {
    format!("\"{}\"", cell.replace('"', "\"\""))
}

pub fn generate(rows: usize) -> Register {
    let mut text = String::from(
        "Reg charity number,Sub charity number,Charity name,Date registered,Status,Website,Email,Telephone,Who the charity helps,What the charity does\n",
    );
    let mut reg = Register {
        bytes: Vec::new(),
        same_name_rows: Vec::new(),
        removed: 0,
        bare_hosts: 0,
        extensions: 0,
        women: 0,
        planted: Vec::new(),
    };
    let mut previous_name = String::new();
    for n in 0..rows {
        let number = 100_000 + n;
        let number_cell = if n % 2 == 0 {
            format!("NIC{number}")
        } else {
            number.to_string()
        };
        let town = TOWNS[n % TOWNS.len()];
        let (name, website) = if n % 10 == 3 {
            // Numbered units of one movement, all on the movement's website.
            (
                format!("{}th {town} Scout Group", n / 10 + 1),
                "www.scoutsni.org".to_string(),
            )
        } else if n > 0 && n % 400 == 0 {
            reg.same_name_rows.push(n + 2);
            (previous_name.clone(), String::new())
        } else if n % 500 == 7 {
            let name = format!("{town} Women’s Aid {n}");
            reg.planted
                .push((name.clone(), format!("{town} Women's Aid {n} Branch")));
            (name, format!("https://www.womensaid{n}.org.uk"))
        } else {
            let name = format!("{town} {} {n}", KINDS[n % KINDS.len()]);
            let site = if n % 3 == 0 {
                reg.bare_hosts += 1;
                format!("www.charity{n}.org.uk")
            } else if n % 3 == 1 {
                format!("https://charity{n}.org.uk/")
            } else {
                String::new()
            };
            (name, site)
        };
        if n % 400 == 399 {
            previous_name = name.clone();
        }
        let status = if n % 20 == 5 {
            reg.removed += 1;
            "Removed"
        } else {
            "Registered"
        };
        let phone = if n % 50 == 1 {
            reg.extensions += 1;
            format!("028 9032 {:04} ext {}", n % 10_000, n % 90 + 10)
        } else {
            format!("028 90{:02} {:04}", n % 100, n % 10_000)
        };
        let email = if n % 4 == 0 {
            format!("info{n}@gmail.com")
        } else {
            format!("hello@charity{n}.org.uk")
        };
        let helps: Vec<&str> = (0..(n % 3 + 1))
            .map(|k| HELPS[(n + k * 3) % HELPS.len()])
            .collect();
        if helps.contains(&"Women") {
            reg.women += 1;
        }
        text.push_str(&format!(
            "{},0,{},01/0{}/2012,{status},{website},{email},{},{},{}\n",
            quote(&number_cell),
            quote(&name),
            n % 9 + 1,
            quote(&phone),
            quote(&helps.join(",")),
            quote("Relief of those in need – advice, support and “drop-in” sessions"),
        ));
    }
    reg.bytes = encoding_rs::WINDOWS_1252.encode(&text).0.into_owned();
    reg
}
