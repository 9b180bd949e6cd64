//! The organisations the founding document names (the sources of its reading list, and its
//! communications partner), with only what the document says about them, marked as demo
//! data and listed. Loading twice adds nothing.

use super::fields::OrgFields;
use super::model;
use crate::error::AppResult;
use crate::storage::Db;

/// (name, what the document says, nations it names)
const NAMED: &[(&str, &str, &[&str])] = &[
    ("Scotland SDG Network", "Source of the \"Sustainable Development Goals Resource Hub\" on the reading list.", &["scotland"]),
    ("Involve", "Source, with the National Institute for Health Research, of \"Guidance on co-producing a research project\" on the reading list.", &[]),
    ("National Institute for Health Research", "Source, with Involve, of \"Guidance on co-producing a research project\" on the reading list.", &[]),
    ("Inclusion Scotland", "Source of the \"Community Empowerment Briefing\" on the reading list.", &["scotland"]),
    ("Scottish Information Commissioner", "Source of the \"FOI Consultation Report, 9 June 2018 - Freedom of Information (FOI) & Young People\" and of \"Video case studies of the power of using FOI requests\" on the reading list.", &["scotland"]),
    ("Electoral Reform Society Cymru", "Source of \"New Voices: How Welsh politics can begin to reflect Wales\" on the reading list.", &["wales"]),
    ("Hope not Hate", "Source of \"National Conversation about immigration\" on the reading list.", &[]),
    ("Barrow Cadbury Trust", "Source of \"From benign neglect to Citizen Khan\" on the reading list.", &[]),
    ("Scottish Alliance for People and Place", "Source, with the Centre for Good Relations, of \"It's an emotive thing, drawing lines on maps\" on the reading list.", &["scotland"]),
    ("Centre for Good Relations", "Source, with the Scottish Alliance for People and Place, of \"It's an emotive thing, drawing lines on maps\" on the reading list.", &[]),
    ("The Eurocities Network", "Source of \"Eurocities: Roma Inclusión Working Group\" on the reading list.", &[]),
    ("Inspiring Women Changemakers", "Source of the interview \"Inspiring Women Change Makers Igniting Inspiration Award Winner Pria Bhabra: working with asylum seekers and refugees (Leeds City Council)\" on the reading list.", &[]),
    ("The Friendly Information Company", "Partner in developing communications material for people and groups who may have no prior knowledge of the Sustainable Development Goals and Open Government.", &[]),
];

pub async fn load(db: &Db) -> AppResult<()> {
    for (name, description, nations) in NAMED {
        let slug = model::slugify(name);
        if model::find_by_slug(db, &slug).await?.is_some() {
            continue;
        }
        let fields = OrgFields {
            name: (*name).to_string(),
            description: format!(
                "{description} (Demo data: only what the founding document says.)"
            ),
            org_type: "other".into(),
            listed: true,
            nations: nations.iter().map(|n| (*n).to_string()).collect(),
            ..OrgFields::default()
        };
        model::create(
            db,
            &fields,
            (None, "Open Government Pioneers"),
            "Named in the founding document (demo data)",
            true,
        )
        .await?
        .ok();
    }
    Ok(())
}
