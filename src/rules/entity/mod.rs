//! Rules about people, places and organisations.

pub mod doubled_name;
pub mod headline_person;
pub(crate) mod lone;
pub mod name_variant;
pub mod seat_mismatch;
pub mod substitution;
pub mod title_conflict;
pub mod title_mismatch;
pub mod uncorroborated_place;

use super::Registry;
use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::extract::gazetteer::Gazetteer;
use crate::finding::Span;
use std::collections::BTreeMap;

/// Adds this category's rules to the registry.
pub fn register(r: &mut Registry) {
    r.add(name_variant::rule());
    r.add(seat_mismatch::rule());
    r.add(substitution::rule());
    r.add(title_mismatch::rule());
    r.add(title_conflict::rule());
    r.add(uncorroborated_place::rule());
    r.add(headline_person::rule());
    r.add(doubled_name::rule());
}

/// Country codes the text around `at` talks about, weighted by closeness (same block 3,
/// neighbouring blocks 1, title 1, rest of the article 0.1).
pub(crate) fn context_countries(a: &Article, an: &Analysis, at: Span) -> BTreeMap<String, f64> {
    let g = Gazetteer::get();
    let bi = a.blocks.iter().position(|b| b.span.contains(at));
    let mut w: BTreeMap<String, f64> = BTreeMap::new();
    for e in &an.facts[a.id.0 as usize].entities {
        let Some(id) = e.entry else { continue };
        let Some(c) = g.entry(id).country.clone() else {
            continue;
        };
        if e.span.overlaps(at) {
            continue;
        }
        let ei = a.blocks.iter().position(|b| b.span.contains(e.span));
        let weight = match (bi, ei) {
            (Some(x), Some(y)) if x == y => 3.0,
            (Some(x), Some(y)) if x.abs_diff(y) == 1 => 1.0,
            (_, Some(y)) if a.blocks[y].kind == crate::corpus::BlockKind::Title => 1.0,
            _ => 0.1,
        };
        *w.entry(c).or_default() += weight;
    }
    w
}

/// The alias of an entry the articles in `lang` use most ("Moscow" in an English report,
/// "Moscou" in a French one), else the corpus's: what a fix writes.
pub(crate) fn preferred_name_in(an: &Analysis, id: u32, lang: crate::lang::Lang) -> String {
    an.preferred_in
        .get(&(lang, id))
        .cloned()
        .unwrap_or_else(|| preferred_name(an, id))
}

/// The alias of an entry the corpus uses most (so a French corpus gets "Pékin").
pub(crate) fn preferred_name(an: &Analysis, id: u32) -> String {
    an.preferred
        .get(&id)
        .cloned()
        .unwrap_or_else(|| Gazetteer::get().entry(id).name.clone())
}
