//! `figure/unit-conversion`: a figure and its conversion in brackets that disagree ("winds
//! of 203 km/h (115 mph)").

use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::extract::figures::{in_base_unit, Qualifier};
use crate::extract::FigureFact;
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
Reports a figure with a unit followed by its conversion into another unit of the same
dimension, in brackets or after a slash (\"185 km/h (115 mph)\", \"8.4 meters (27.6 feet)\",
\"1.5 km / 0.9 mi\"), when the two do not give the same amount. Units and factors are the
`[conversions]` table of `rules/lexicon/figures.toml`. Rounding is allowed: each figure may be
off by its last written digit, and by 2% more.

### Why is this bad
A conversion is written from the figure beside it: when they disagree, one of them was changed
after the other (a typo in the speed, a corrected toll whose conversion was left alone), and a
reader cannot tell which to trust.

### Examples
\"winds of 203 km/h (115 mph)\" is reported (115 mph is 185 km/h); \"winds of 185 km/h (115
mph)\" is not.
";

struct UnitConversion(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let s = |v: &str| {
        format!("+++\nlang = \"en\"\n+++\nT\n\nThe storm brought winds of {v} when it hit the coast on Tuesday.\n")
    };
    Box::new(UnitConversion(RuleMeta {
        id: "figure/unit-conversion".into(),
        category: "figure".into(),
        default_severity: Severity::Warning,
        scope: Scope::Article,
        summary: "a figure and its conversion into another unit that disagree".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one(&s("203 km/h (115 mph)"), 1),
            Example::one(&s("185 km/h (115 mph)"), 0),
            Example::one(&s("185km/h (115mph)"), 0),
            Example::one(&s("about 180 km/h (112 mph)"), 0),
            Example::one(&s("about 180 km/h (121 mph)"), 1),
            Example::one(
                "Titre\n\nLe fleuve a atteint 8,4 mètres (27,6 pieds) à Passau dimanche.\n",
                0,
            ),
            Example::one(
                "Titre\n\nLe fleuve a atteint 9,4 mètres (27,6 pieds) à Passau dimanche.\n",
                1,
            ),
        ],
    }))
}

/// An amount to one decimal below 100, whole above ("8.4", "185").
fn amount(v: f64) -> String {
    if v.abs() < 100.0 {
        format!("{:.1}", v)
    } else {
        format!("{:.0}", v)
    }
}

/// The amount of a figure in its dimension's base unit, with the rounding its digits allow.
fn base(f: &FigureFact) -> Option<(f64, f64, &str, bool)> {
    let unit = f.unit.as_deref()?;
    Some(in_base_unit(f.value, f.resolution, unit))
}

impl Rule for UnitConversion {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, an: &Analysis, ctx: &mut Ctx) {
        let figures = &an.facts[a.id.0 as usize].figures;
        for pair in figures.windows(2) {
            let (x, y) = (&pair[0], &pair[1]);
            if y.span.start() < x.span.end() {
                continue;
            }
            // Only what joins a figure to its conversion: " (", " / ", " or ".
            let between = a.text[x.span.end()..y.span.start()].trim();
            if !matches!(between, "(" | "/" | "[" | "or" | "soit" | "ou") {
                continue;
            }
            let (Some((vx, rx, ux, cx)), Some((vy, ry, uy, cy))) = (base(x), base(y)) else {
                continue;
            };
            // The same dimension in two units: one of them was converted to the base.
            // A conversion in brackets rarely repeats the hedge ("about 180 km (110
            // miles)"): a hedged figure and a bare one are one amount; two bounds of
            // different senses are not.
            let hedged_alike = x.qualifier == y.qualifier
                || [x.qualifier, y.qualifier]
                    .iter()
                    .all(|q| matches!(q, Qualifier::Exact | Qualifier::Approx));
            if ux != uy || cx == cy || !hedged_alike {
                continue;
            }
            let tolerance = rx.max(ry) + 0.02 * vx.abs().max(vy.abs());
            if (vx - vy).abs() <= tolerance {
                continue;
            }
            let (tx, ty) = (a.slice(x.span), a.slice(y.span));
            ctx.report(
                // Either figure may be the one changed: the finding covers both.
                Diagnostic::new(
                    Label::new(
                        a.id,
                        x.span.to(y.span),
                        format!("{tx} is {} {ux}", amount(vx)),
                    ),
                    format!(
                        "`{tx}` and its conversion `{ty}` disagree: `{ty}` is {} {uy}",
                        amount(vy)
                    ),
                )
                .related(Label::new(a.id, y.span, format!("{} {uy}", amount(vy))))
                .help("one of the two was changed after the other was written: check both"),
            );
        }
    }
}
