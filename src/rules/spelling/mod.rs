//! Spelling rules.

pub mod typo;

use super::Registry;

/// Adds this category's rules to the registry.
pub fn register(r: &mut Registry) {
    r.add(typo::rule());
}
