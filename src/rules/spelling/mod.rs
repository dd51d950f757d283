//! Spelling rules.

pub mod capitalization;
pub mod determiner_agreement;
pub mod missing_elision;
pub mod space_before_punctuation;
pub mod typo;

use super::Registry;

/// Adds this category's rules to the registry.
pub fn register(r: &mut Registry) {
    r.add(typo::rule());
    r.add(capitalization::rule());
    r.add(determiner_agreement::rule());
    r.add(space_before_punctuation::rule());
    r.add(missing_elision::rule());
}
