//! Rules about dates and weekdays.

pub mod conflict;
pub mod elapsed_years;
pub mod impossible_date;
pub mod publication_mismatch;
pub mod time_zone_conversion;
pub mod weekday_mismatch;

use super::Registry;
use chrono::Weekday;

/// Adds this category's rules to the registry.
pub fn register(r: &mut Registry) {
    r.add(weekday_mismatch::rule());
    r.add(publication_mismatch::rule());
    r.add(conflict::rule());
    r.add(impossible_date::rule());
    r.add(time_zone_conversion::rule());
    r.add(elapsed_years::rule());
}

/// The weekday's name in the article's language, capitalised like `like`.
pub(crate) fn weekday_name(wd: Weekday, english: bool, like: &str) -> String {
    let lex = crate::lexicon::Lexicons::get();
    let cal = if english { &lex.en } else { &lex.fr };
    let name = cal.weekdays[wd.num_days_from_monday() as usize].clone();
    if like.starts_with(char::is_uppercase) {
        let mut c = name.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or(name)
    } else {
        name
    }
}
