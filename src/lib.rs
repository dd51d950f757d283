//! recoupe: a linter for corpora of news articles.
//!
//! It reads a folder of articles, aligns the reports of the same event across articles, and
//! flags what does not agree. The pipeline runs in one direction:
//! load ([`corpus`]) ─► segment ([`text`]) ─► extract ─► align ([`align`]) ─► rules
//! ([`rules`]) ─► report ([`report`]). [`analysis::Analysis`] ties the stages together.

pub mod align;
pub mod analysis;
pub mod baseline;
pub mod cache;
pub mod claims;
pub mod cli;
pub mod config;
pub mod corpus;
pub mod extract;
pub mod finding;
pub mod fix;
pub mod lang;
pub mod lexicon;
pub mod progress;
pub mod report;
pub mod rules;
pub mod text;
pub mod timing;
