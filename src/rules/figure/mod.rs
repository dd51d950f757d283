//! Rules about figures.

pub mod broken_grouping;
pub mod conflict;
pub mod unit_conversion;

use super::Registry;

/// Adds this category's rules to the registry.
pub fn register(r: &mut Registry) {
    r.add(conflict::rule());
    r.add(broken_grouping::rule());
    r.add(unit_conversion::rule());
}
