//! Three-way merging of concurrent edits, so that nobody's work is lost. Two people who
//! both started from `base` and changed different parts get both changes; when the changes
//! overlap, the caller shows a conflict page instead of overwriting either.

/// The outcome of merging `mine` and `theirs`, both derived from `base`.
#[derive(Debug, PartialEq, Eq)]
pub enum Merge {
    /// The two edits combine cleanly.
    Clean(String),
    /// They change the same lines; `annotated` is the merge with each conflicting region
    /// between `<<<<<<< ours` (theirs, as saved) / `=======` / `>>>>>>> theirs` (mine).
    Conflict { annotated: String },
}

/// Merges line by line (diff3).
pub fn merge(base: &str, theirs: &str, mine: &str) -> Merge {
    if theirs == base || theirs == mine {
        return Merge::Clean(mine.to_string());
    }
    if mine == base {
        return Merge::Clean(theirs.to_string());
    }
    let (base, theirs, mine) = (with_newline(base), with_newline(theirs), with_newline(mine));
    let mut options = diffy::MergeOptions::new();
    options.set_conflict_style(diffy::ConflictStyle::Merge);
    match options.merge(&base, &theirs, &mine) {
        Ok(merged) => Merge::Clean(merged),
        Err(annotated) => Merge::Conflict { annotated },
    }
}

/// diff3 treats a last line without a newline as different from the same line with one.
fn with_newline(text: &str) -> String {
    if text.is_empty() || text.ends_with('\n') {
        text.to_string()
    } else {
        format!("{text}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identities_hold() {
        let base = "one\ntwo\nthree\n";
        let x = "one\n2\nthree\nfour\n";
        assert_eq!(merge(base, x, x), Merge::Clean(x.to_string()));
        assert_eq!(merge(base, base, x), Merge::Clean(x.to_string()));
        assert_eq!(merge(base, x, base), Merge::Clean(x.to_string()));
    }

    #[test]
    fn separate_changes_combine_and_overlaps_conflict() {
        let base = "a\nb\nc\nd\ne\n";
        let theirs = "A\nb\nc\nd\ne\n";
        let mine = "a\nb\nc\nd\nE\n";
        assert_eq!(
            merge(base, theirs, mine),
            Merge::Clean("A\nb\nc\nd\nE\n".into())
        );
        let mine_overlapping = "a2\nb\nc\nd\ne\n";
        assert!(matches!(
            merge(base, theirs, mine_overlapping),
            Merge::Conflict { .. }
        ));
    }

    /// A tiny deterministic generator, so the property test needs no extra crate.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self, bound: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((self.0 >> 33) as usize) % bound.max(1)
        }
    }

    #[test]
    fn a_clean_merge_never_drops_an_insertion_from_either_side() {
        let mut rng = Lcg(7);
        let mut clean = 0;
        for case in 0..2000 {
            let base: Vec<String> = (0..rng.next(12) + 1).map(|i| format!("line {i}")).collect();
            let mut theirs = base.clone();
            let mut mine = base.clone();
            let their_token = format!("THEIRS-{case}");
            let my_token = format!("MINE-{case}");
            theirs.insert(rng.next(theirs.len() + 1), their_token.clone());
            mine.insert(rng.next(mine.len() + 1), my_token.clone());
            if rng.next(3) == 0 && mine.len() > 2 {
                let at = rng.next(mine.len());
                if mine[at] != my_token {
                    mine.remove(at);
                }
            }
            let join = |v: &[String]| v.join("\n") + "\n";
            match merge(&join(&base), &join(&theirs), &join(&mine)) {
                Merge::Clean(merged) => {
                    clean += 1;
                    assert!(
                        merged.contains(&their_token),
                        "case {case}: lost their insertion"
                    );
                    assert!(merged.contains(&my_token), "case {case}: lost my insertion");
                }
                Merge::Conflict { annotated } => {
                    assert!(annotated.contains(&their_token) && annotated.contains(&my_token));
                }
            }
        }
        assert!(
            clean > 1000,
            "most random insertions merge cleanly ({clean})"
        );
    }
}
