//! Article metadata: the sample corpus's ` date 2026-02-04 Title` first line, or `+++` TOML
//! front matter.

use crate::finding::Span;
use chrono::NaiveDate;
use serde::Deserialize;

/// A publication date, with the precision it was given at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PubDate {
    /// The date (the first of the month for month precision).
    pub date: NaiveDate,
    /// False when only year and month were given.
    pub day_known: bool,
}

/// What the header of an article says about it.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    /// Publication date.
    pub date: Option<PubDate>,
    /// Title, when the header carries one.
    pub title: Option<Span>,
    /// Outlet name.
    pub source: Option<String>,
    /// Original address.
    pub url: Option<String>,
    /// Declared language code (`fr`, `en`...).
    pub lang: Option<String>,
    /// Bytes taken by the header (date line or front matter), excluded from the body.
    pub header: Option<Span>,
    /// A problem in the header (bad date, broken front matter), with its span.
    pub error: Option<(Span, String)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    date: Option<toml::Value>,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    lang: Option<String>,
}

/// Parses `YYYY-MM-DD` or `YYYY-MM`.
pub fn parse_iso_date(s: &str) -> Option<PubDate> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(PubDate {
            date: d,
            day_known: true,
        });
    }
    let (y, m) = s.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    let d = NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)?;
    Some(PubDate {
        date: d,
        day_known: false,
    })
}

/// Reads the header of `text`. `start` is where the text proper begins (after a BOM).
pub fn parse_meta(text: &str, start: usize) -> Meta {
    let rest = &text[start..];
    let first_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    let first = rest[..first_end].trim_end_matches(['\n', '\r']);
    let mut meta = Meta::default();
    if first.trim() == "+++" {
        parse_front_matter(text, start, first_end, &mut meta);
        return meta;
    }
    // The sample corpus: " date 2025-08-08 Title" (day or month precision).
    let trimmed = first.trim_start();
    let lead = first.len() - trimmed.len();
    if let Some(after) = trimmed.strip_prefix("date ") {
        let date_str = after.split_whitespace().next().unwrap_or("");
        let date_at = start + lead + 5 + (after.len() - after.trim_start().len());
        match parse_iso_date(date_str) {
            Some(d) => meta.date = Some(d),
            None => {
                meta.error = Some((
                    Span::new(date_at, date_at + date_str.len()),
                    format!("`{date_str}` is not a date (expected YYYY-MM-DD or YYYY-MM)"),
                ))
            }
        }
        let title_from = date_at + date_str.len();
        let title_text = &text[title_from..start + first.len()];
        let t_lead = title_text.len() - title_text.trim_start().len();
        let t = title_text.trim();
        if !t.is_empty() {
            meta.title = Some(Span::new(
                title_from + t_lead,
                title_from + t_lead + t.len(),
            ));
        }
        meta.header = Some(Span::new(start, start + first.len()));
    }
    meta
}

fn parse_front_matter(text: &str, start: usize, first_end: usize, meta: &mut Meta) {
    let body_start = start + first_end;
    let mut pos = body_start;
    let mut close = None;
    for line in text[body_start..].split_inclusive('\n') {
        if line.trim_end_matches(['\n', '\r']).trim() == "+++" {
            close = Some((pos, pos + line.len()));
            break;
        }
        pos += line.len();
    }
    let Some((close_start, close_end)) = close else {
        meta.error = Some((
            Span::new(start, start + 3),
            "front matter opened with `+++` is never closed".into(),
        ));
        return;
    };
    meta.header = Some(Span::new(start, close_end));
    let src = &text[body_start..close_start];
    match toml::from_str::<FrontMatter>(src) {
        Ok(fm) => {
            if let Some(v) = fm.date {
                let s = match &v {
                    toml::Value::String(s) => s.clone(),
                    toml::Value::Datetime(d) => d.to_string(),
                    other => other.to_string(),
                };
                let s10: String = s.chars().take(10).collect();
                match parse_iso_date(&s10).or_else(|| parse_iso_date(&s)) {
                    Some(d) => meta.date = Some(d),
                    None => {
                        meta.error = Some((
                            Span::new(body_start, close_start),
                            format!("front matter date `{s}` is not YYYY-MM-DD or YYYY-MM"),
                        ))
                    }
                }
            }
            if let Some(t) = fm.title {
                if let Some(i) = src.find(t.as_str()) {
                    meta.title = Some(Span::new(body_start + i, body_start + i + t.len()));
                }
            }
            meta.source = fm.source;
            meta.url = fm.url;
            meta.lang = fm.lang;
        }
        Err(e) => {
            let span = e
                .span()
                .map(|r| Span::new(body_start + r.start, body_start + r.end))
                .unwrap_or(Span::new(body_start, close_start));
            meta.error = Some((span, format!("broken front matter: {}", e.message())));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_date_line_day_and_month() {
        let t = " date 2025-08-08 Le titre\n\nCorps.";
        let m = parse_meta(t, 0);
        assert_eq!(
            m.date.unwrap().date,
            NaiveDate::from_ymd_opt(2025, 8, 8).unwrap()
        );
        assert_eq!(m.title.unwrap().slice(t), "Le titre");
        let m = parse_meta(" date 2025-07 Titre\n", 0);
        assert!(!m.date.unwrap().day_known);
    }

    #[test]
    fn front_matter() {
        let t = "+++\ndate = 2026-02-04\ntitle = \"Un titre\"\nlang = \"fr\"\n+++\nCorps.\n";
        let m = parse_meta(t, 0);
        assert_eq!(m.date.unwrap().date.to_string(), "2026-02-04");
        assert_eq!(m.title.unwrap().slice(t), "Un titre");
        assert_eq!(m.lang.as_deref(), Some("fr"));
        assert_eq!(
            m.header.unwrap().slice(t),
            "+++\ndate = 2026-02-04\ntitle = \"Un titre\"\nlang = \"fr\"\n+++\n"
        );
    }

    #[test]
    fn broken_front_matter_is_an_error_not_a_panic() {
        let t = "+++\ndate = \ntitel = 3\n+++\nCorps.";
        let m = parse_meta(t, 0);
        assert!(m.error.is_some());
        let m = parse_meta("+++\ndate = 1\n", 0);
        assert!(m.error.unwrap().1.contains("never closed"));
    }
}
