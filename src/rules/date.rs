//! Rules of the `date` category.

use super::Registry;

/// Adds this category's rules to the registry.
pub fn register(_r: &mut Registry) {}
