//! Message templates with `{placeholder}`s, checked when the rule is compiled.

use std::ops::Range;
use toml::Spanned;

#[derive(Debug, Clone)]
enum Part {
    Text(String),
    Var(String),
}

/// A message with placeholders such as `{found}` or `{other.file}`.
#[derive(Debug, Clone)]
pub struct Template {
    parts: Vec<Part>,
}

impl Template {
    /// Parses `s`, allowing only `allowed` placeholders; on error, the span in the file of the
    /// unknown placeholder and its name.
    pub fn parse(
        s: &Spanned<String>,
        allowed: &[&str],
    ) -> Result<Template, (Range<usize>, String)> {
        let text = s.get_ref();
        let mut parts = Vec::new();
        let mut rest = text.as_str();
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            if open > 0 {
                parts.push(Part::Text(rest[..open].to_string()));
            }
            let name = &rest[open + 1..open + close];
            if !allowed.contains(&name) {
                // Point at the placeholder itself; the value's span covers the quoted string.
                let span = s.span();
                return Err((span.start..span.end, name.to_string()));
            }
            parts.push(Part::Var(name.to_string()));
            rest = &rest[open + close + 1..];
        }
        if !rest.is_empty() {
            parts.push(Part::Text(rest.to_string()));
        }
        Ok(Template { parts })
    }

    /// Fills the placeholders.
    pub fn render(&self, var: &dyn Fn(&str) -> String) -> String {
        let mut s = String::new();
        for p in &self.parts {
            match p {
                Part::Text(t) => s.push_str(t),
                Part::Var(v) => s.push_str(&var(v)),
            }
        }
        s
    }
}

/// Narrows the span of a template error to the placeholder, given the file's text.
pub fn narrow(src: &str, span: Range<usize>, name: &str) -> Range<usize> {
    let needle = format!("{{{name}}}");
    src.get(span.clone())
        .and_then(|s| s.find(&needle))
        .map_or(span.clone(), |i| {
            span.start + i..span.start + i + needle.len()
        })
}
