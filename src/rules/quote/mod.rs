//! Rules about quotations.

pub mod drift;

use super::Registry;

/// Adds this category's rules to the registry.
pub fn register(r: &mut Registry) {
    r.add(drift::rule());
}
