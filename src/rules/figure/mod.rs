//! Rules about figures.

pub mod conflict;
pub mod unit_conversion;

use super::Registry;

/// Adds this category's rules to the registry.
pub fn register(r: &mut Registry) {
    r.add(conflict::rule());
    r.add(unit_conversion::rule());
}
