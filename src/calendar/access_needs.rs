//! The access needs a registrant can tell organisers about, as structured codes (so they
//! can be counted into a checklist), and the dietary requirements. Seen only by organisers.

/// Access needs, in the order the form and the checklist show them.
pub const ACCESS_NEEDS: [&str; 14] = [
    "bsl_interpreter",
    "isl_interpreter",
    "captioning",
    "palantypist",
    "hearing_loop",
    "step_free",
    "wheelchair_space",
    "accessible_parking",
    "quiet_room",
    "large_print",
    "easy_read",
    "braille",
    "personal_assistant",
    "travel_support",
];

/// Dietary requirements.
pub const DIETARY: [&str; 7] = [
    "vegetarian",
    "vegan",
    "halal",
    "kosher",
    "gluten_free",
    "dairy_free",
    "nut_allergy",
];

/// Keeps only known codes from `chosen`, in the canonical order.
pub fn known(all: &[&str], chosen: &[String]) -> Vec<String> {
    all.iter()
        .filter(|code| chosen.iter().any(|c| c == *code))
        .map(|code| code.to_string())
        .collect()
}

/// How many registrations ask for each code, in `all`'s order, leaving out codes nobody chose.
pub fn tally<'a>(
    all: &[&'static str],
    each: impl Iterator<Item = &'a [String]>,
) -> Vec<(&'static str, i64)> {
    let mut counts = vec![0_i64; all.len()];
    for chosen in each {
        for (i, code) in all.iter().enumerate() {
            if chosen.iter().any(|c| c == code) {
                counts[i] += 1;
            }
        }
    }
    all.iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(code, n)| (*code, n))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_codes_are_dropped_and_order_is_canonical() {
        let chosen = vec![
            "quiet_room".to_string(),
            "made_up".into(),
            "bsl_interpreter".into(),
        ];
        assert_eq!(
            known(&ACCESS_NEEDS, &chosen),
            vec!["bsl_interpreter", "quiet_room"]
        );
    }

    #[test]
    fn the_tally_counts_each_code_once_per_registration() {
        let a = vec!["vegetarian".to_string(), "vegetarian".into()];
        let b = vec!["vegetarian".to_string(), "halal".into()];
        let counts = tally(&DIETARY, [a.as_slice(), b.as_slice()].into_iter());
        assert_eq!(counts, vec![("vegetarian", 2), ("halal", 1)]);
    }
}
