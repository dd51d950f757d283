//! Rules about who did what in an event.

pub mod participant_conflict;

use super::Registry;

/// Adds this category's rules to the registry.
pub fn register(r: &mut Registry) {
    r.add(participant_conflict::rule());
}
