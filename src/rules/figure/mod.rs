//! Rules about figures.

pub mod conflict;

use super::Registry;

/// Adds this category's rules to the registry.
pub fn register(r: &mut Registry) {
    r.add(conflict::rule());
}
