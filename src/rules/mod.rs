//! The rule engine: every check implements [`Rule`]; a [`Ctx`] stamps the rule id, category
//! and configured severity on what the rule reports; the [`Registry`] keeps rules in a stable
//! order.
//!
//! Adding a built-in rule: write one file next to the others (docs with the headings
//! *What it does*, *Why is this bad*, *Examples*; the logic; examples that run as tests) and
//! add one line to [`Registry::builtin`].

pub mod custom;
pub mod date;
pub mod entity;
pub mod event;
pub mod figure;
pub mod policy;
pub mod quote;
pub mod spelling;
pub mod structure;

use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::finding::{Diagnostic, Finding, Severity};
pub use policy::Policy;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// What a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    /// One article at a time.
    Article,
    /// Two aligned passages.
    Pair,
    /// The reports of one event.
    Event,
    /// The whole corpus.
    Corpus,
}

impl Scope {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Article => "article",
            Scope::Pair => "pair",
            Scope::Event => "event",
            Scope::Corpus => "corpus",
        }
    }
}

/// A rule example: articles (file name, text) and the number of findings the rule must give.
#[derive(Debug, Clone)]
pub struct Example {
    /// Articles of the example corpus.
    pub articles: Vec<(String, String)>,
    /// Findings of this rule expected on it.
    pub expect: usize,
}

impl Example {
    /// A one-article example.
    pub fn one(text: &str, expect: usize) -> Self {
        Example {
            articles: vec![("a.txt".into(), text.into())],
            expect,
        }
    }
    /// A several-article example.
    pub fn many(articles: &[(&str, &str)], expect: usize) -> Self {
        Example {
            articles: articles
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
            expect,
        }
    }
}

/// Static description of a rule.
#[derive(Debug, Clone)]
pub struct RuleMeta {
    /// Namespaced id, `category/name`.
    pub id: String,
    /// Category.
    pub category: String,
    /// Severity unless configured otherwise.
    pub default_severity: Severity,
    /// What the rule looks at.
    pub scope: Scope,
    /// One line for `recoupe rules`.
    pub summary: String,
    /// Markdown docs with the headings What it does / Why is this bad / Examples.
    pub docs: String,
    /// Examples that run as tests.
    pub examples: Vec<Example>,
}

/// A check. Article-scope rules implement [`Rule::check_article`]; pair-, event- and
/// corpus-scope rules implement [`Rule::check_corpus`] and read the alignment from the
/// [`Analysis`].
pub trait Rule: Send + Sync {
    /// Id, category, docs and examples.
    fn meta(&self) -> &RuleMeta;
    /// Looks at one article.
    fn check_article(&self, _article: &Article, _analysis: &Analysis, _ctx: &mut Ctx) {}
    /// Looks at the whole corpus.
    fn check_corpus(&self, _analysis: &Analysis, _ctx: &mut Ctx) {}
    /// Runs after every other rule, with the inline suppressions that suppressed nothing.
    fn check_unused_suppressions(
        &self,
        _analysis: &Analysis,
        _unused: &[&policy::Inline],
        _ctx: &mut Ctx,
    ) {
    }
}

/// Collects what one rule reports, stamping id, category and the final severity, which its
/// [`Policy`] decides (a context without one reports at the rule's given severity: examples).
pub struct Ctx<'a> {
    meta: &'a RuleMeta,
    severity: Severity,
    policy: Option<(&'a Policy<'a>, &'a Analysis)>,
    out: Vec<Finding>,
}

impl<'a> Ctx<'a> {
    /// A context for `meta` at `severity`, with no configuration.
    pub fn new(meta: &'a RuleMeta, severity: Severity) -> Self {
        Ctx {
            meta,
            severity,
            policy: None,
            out: Vec::new(),
        }
    }
    /// A context for `meta` whose findings `policy` judges.
    pub fn with_policy(meta: &'a RuleMeta, policy: &'a Policy<'a>, an: &'a Analysis) -> Self {
        Ctx {
            meta,
            severity: meta.default_severity,
            policy: Some((policy, an)),
            out: Vec::new(),
        }
    }
    /// Reports a finding.
    pub fn report(&mut self, d: Diagnostic) {
        let severity = match self.policy {
            Some((p, an)) => {
                let a = an.corpus.get(d.primary.article);
                let text = a
                    .text
                    .get(d.primary.span.start()..d.primary.span.end())
                    .unwrap_or("");
                match p.decide(
                    self.meta,
                    (d.primary.article, d.primary.span),
                    d.demote_to,
                    text,
                ) {
                    Some(s) => s,
                    None => return,
                }
            }
            None => match d.demote_to {
                Some(cap) if cap > self.severity => cap,
                _ => self.severity,
            },
        };
        let esc = |s: String| match crate::text::escape_control(&s) {
            std::borrow::Cow::Borrowed(_) => s,
            std::borrow::Cow::Owned(o) => o,
        };
        let mut related: Vec<crate::finding::Label> = d
            .related
            .into_iter()
            .map(|mut l| {
                l.message = esc(l.message);
                l
            })
            .collect();
        let related_total = d.related_total.unwrap_or(related.len()).max(related.len());
        let mut message = esc(d.message);
        let mut primary = d.primary;
        primary.message = esc(primary.message);
        if related.len() > crate::finding::MAX_RELATED {
            related.truncate(crate::finding::MAX_RELATED);
            message.push_str(&format!(
                " ({related_total} related places, {} shown)",
                related.len()
            ));
        }
        self.out.push(Finding {
            rule: self.meta.id.clone(),
            category: self.meta.category.clone(),
            severity,
            message,
            primary,
            related,
            related_total,
            copies: Vec::new(),
            copies_total: 0,
            help: d.help.map(esc),
            fix: d.fix,
        });
    }
    /// The findings reported so far.
    pub fn into_findings(self) -> Vec<Finding> {
        self.out
    }
}

/// Severity setting of a rule: a severity, or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Reported at this severity.
    On(Severity),
    /// Not run.
    Off,
}

/// Which rules run and at what severity.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Per rule id or category: a level.
    pub levels: BTreeMap<String, Level>,
}

impl Settings {
    /// The level of a rule: by id first, then by category, then its default.
    pub fn level(&self, meta: &RuleMeta) -> Level {
        self.levels
            .get(&meta.id)
            .or_else(|| self.levels.get(&meta.category))
            .copied()
            .unwrap_or(Level::On(meta.default_severity))
    }
}

/// Every rule, by id, in a stable order.
#[derive(Default)]
pub struct Registry {
    rules: BTreeMap<String, Box<dyn Rule>>,
}

impl Registry {
    /// The built-in rules: those written in Rust and the shipped TOML rule files.
    pub fn builtin() -> Self {
        let mut r = Registry::default();
        for rule in [
            structure::bad_input::rule(),
            structure::empty_article::rule(),
            structure::boilerplate::rule(),
            structure::duplicate_paragraph::rule(),
            structure::foreign_language::rule(),
            structure::missing_date::rule(),
            structure::shared_passage::rule(),
            structure::broken_metadata::rule(),
            structure::unused_suppression::rule(),
        ] {
            r.add(rule);
        }
        date::register(&mut r);
        figure::register(&mut r);
        entity::register(&mut r);
        event::register(&mut r);
        spelling::register(&mut r);
        quote::register(&mut r);
        for rule in custom::shipped().expect("the shipped rule files compile (checked by tests)") {
            r.add(rule);
        }
        r
    }

    /// Adds the rules of a directory (or file) of TOML rules.
    #[allow(clippy::result_large_err)] // built once, then the run ends (exit 2)
    pub fn add_dir(&mut self, dir: &std::path::Path) -> Result<(), custom::RuleFileError> {
        let taken: std::collections::BTreeSet<String> = self.rules.keys().cloned().collect();
        for rule in custom::load_dir(dir, &taken)? {
            self.add(rule);
        }
        Ok(())
    }

    /// Adds (or replaces) a rule.
    pub fn add(&mut self, rule: Box<dyn Rule>) {
        self.rules.insert(rule.meta().id.clone(), rule);
    }

    /// Rules in id order.
    pub fn iter(&self) -> impl Iterator<Item = &dyn Rule> {
        self.rules.values().map(|b| b.as_ref())
    }

    /// Every rule id and category, and `all`/`*`: the names `recoupe.toml` may use.
    pub fn names(&self) -> std::collections::BTreeSet<String> {
        let mut n: std::collections::BTreeSet<String> = self.rules.keys().cloned().collect();
        n.extend(self.rules.values().map(|r| r.meta().category.clone()));
        n
    }

    /// One rule by id.
    pub fn get(&self, id: &str) -> Option<&dyn Rule> {
        self.rules.get(id).map(|b| b.as_ref())
    }

    /// Runs every enabled rule and returns the findings sorted by (file, offset, rule), with
    /// levels from `settings` and no configuration file.
    pub fn run(&self, analysis: &Analysis, settings: &Settings) -> Vec<Finding> {
        self.run_with(analysis, &Policy::levels(analysis, settings.clone()))
    }

    /// Runs every rule `policy` leaves on somewhere; `policy` decides each finding.
    pub fn run_with(&self, analysis: &Analysis, policy: &Policy) -> Vec<Finding> {
        let active: Vec<&dyn Rule> = self.iter().filter(|r| policy.runs(r.meta())).collect();
        let t = crate::timing::Timer::start();
        crate::progress::stage("rules", analysis.corpus.articles.len() + active.len());
        // Article rules and corpus rules side by side: a long corpus rule (name variants)
        // runs while the other thread works through the articles, rather than after them.
        // Findings are sorted below, so the order they arrive in does not matter.
        let (mut findings, corpus_findings): (Vec<Finding>, Vec<Finding>) = rayon::join(
            || {
                analysis
                    .corpus
                    .articles
                    .par_iter()
                    .flat_map_iter(|a| {
                        crate::progress::inc();
                        let mut out = Vec::new();
                        for rule in &active {
                            let mut ctx = Ctx::with_policy(rule.meta(), policy, analysis);
                            rule.check_article(a, analysis, &mut ctx);
                            out.extend(ctx.into_findings());
                        }
                        out
                    })
                    .collect()
            },
            || {
                active
                    .par_iter()
                    .flat_map_iter(|rule| {
                        let t = crate::timing::Timer::start();
                        let mut ctx = Ctx::with_policy(rule.meta(), policy, analysis);
                        rule.check_corpus(analysis, &mut ctx);
                        t.lap(&rule.meta().id);
                        crate::progress::inc();
                        ctx.into_findings()
                    })
                    .collect()
            },
        );
        t.lap("article rules");
        findings.extend(corpus_findings);
        // Suppressions are known to be unused only once every other rule has reported.
        let unused = policy.unused_inline();
        for rule in &active {
            let mut ctx = Ctx::with_policy(rule.meta(), policy, analysis);
            rule.check_unused_suppressions(analysis, &unused, &mut ctx);
            findings.extend(ctx.into_findings());
        }
        one_per_place(&mut findings);
        let t = crate::timing::Timer::start();
        sort_findings(&mut findings, analysis);
        cap_per_article(&mut findings);
        t.lap("sort findings");
        findings
    }
}

/// Reports the claim outliers of `aspects` (see [`crate::claims::consensus`]) through `ctx`,
/// except those on spans the rule already reported from aligned sentences (`already`); `what`
/// names the fact in the message, `finish` adds a rule's own help or fix. This is the one
/// path by which the cross-article rules turn a consensus outlier into a finding.
pub fn report_claim_outliers(
    an: &Analysis,
    ctx: &mut Ctx,
    aspects: &[crate::claims::Aspect],
    already: &std::collections::HashSet<(crate::finding::ArticleId, crate::finding::Span)>,
    what: &str,
    finish: impl Fn(&crate::claims::consensus::Outlier, Diagnostic) -> Diagnostic,
) {
    let mut by_article: BTreeMap<crate::finding::ArticleId, Vec<crate::finding::Span>> =
        BTreeMap::new();
    for (a, s) in already {
        by_article.entry(*a).or_default().push(*s);
    }
    // One value may fill two keys ("133 cardinal electors": cardinals and electors): it is
    // reported once, under the key with the strongest evidence.
    let mut strongest: BTreeMap<(crate::finding::ArticleId, u32, u32), usize> = BTreeMap::new();
    for (i, o) in an.outliers.iter().enumerate() {
        let c = &an.claims[o.claim];
        let done = by_article
            .get(&c.article)
            .is_some_and(|spans| spans.iter().any(|s| s.overlaps(c.span)));
        if !aspects.contains(&c.key.aspect) || done {
            continue;
        }
        let weight = |o: &crate::claims::consensus::Outlier| {
            (std::cmp::Reverse(o.severity), o.consensus_sources)
        };
        strongest
            .entry((c.article, c.span.start, c.span.end))
            .and_modify(|j| {
                if weight(o) > weight(&an.outliers[*j]) {
                    *j = i;
                }
            })
            .or_insert(i);
    }
    let mut chosen: Vec<usize> = strongest.into_values().collect();
    chosen.sort_unstable();
    for o in chosen.into_iter().map(|i| &an.outliers[i]) {
        let d = crate::claims::consensus::diagnostic(an, o, what);
        ctx.report(finish(o, d));
    }
}

/// The places of the claim outliers (see [`crate::claims::consensus`]), by article: with
/// `near` false, those weighed by consensus; with `near` true, the near misses
/// ([`crate::claims::consensus::near_misses`]).
pub fn outlier_places(
    an: &Analysis,
    near: bool,
) -> BTreeMap<crate::finding::ArticleId, Vec<crate::finding::Span>> {
    let mut m: BTreeMap<_, Vec<_>> = BTreeMap::new();
    for o in &an.outliers {
        let c = &an.claims[o.claim];
        let is_near = matches!(
            c.key.aspect,
            crate::claims::Aspect::Measure
                | crate::claims::Aspect::Dated
                | crate::claims::Aspect::Clock
        );
        if is_near == near {
            m.entry(c.article).or_default().push(c.span);
        }
    }
    m
}

/// True when a difference between two aligned sentences is better left to the consensus of
/// its claim's key: when the consensus blames the side the pair takes for the reference, or
/// when the pair ties (one copy against one) and the consensus has an outlier there. The pair
/// sees two sentences; the consensus weighs every report of the event. A pair with a majority
/// of copies keeps its say: copies of one sentence that differ by one word point at the copy
/// that changed.
pub fn consensus_decides(
    places: &BTreeMap<crate::finding::ArticleId, Vec<crate::finding::Span>>,
    suspect: (crate::finding::ArticleId, crate::finding::Span, u32),
    reference: (crate::finding::ArticleId, crate::finding::Span, u32),
) -> bool {
    let outlier = |(a, s): (crate::finding::ArticleId, crate::finding::Span)| {
        places
            .get(&a)
            .is_some_and(|spans| spans.iter().any(|x| x.overlaps(s)))
    };
    let tie = suspect.2 >= reference.2;
    outlier((reference.0, reference.1)) || (tie && outlier((suspect.0, suspect.1)))
}

/// Merges diagnostics with the same primary place into one, keeping the first message and
/// the related labels of all (one per other article): a wrong figure copied against five
/// sources is one finding that points at the five, not five findings.
pub fn merge_by_primary(diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = Vec::new();
    let mut index: BTreeMap<(crate::finding::ArticleId, u32, u32), usize> = BTreeMap::new();
    for d in diags {
        let key = (d.primary.article, d.primary.span.start, d.primary.span.end);
        match index.get(&key) {
            Some(&i) => {
                for l in d.related {
                    if !out[i].related.iter().any(|r| r.article == l.article) {
                        out[i].related.push(l);
                    }
                }
            }
            None => {
                index.insert(key, out.len());
                out.push(d);
            }
        }
    }
    out
}

/// Keeps one finding per place and category: two rules of a category that flag the same
/// words ("Tokyo" as a substitution in an aligned sentence and as a place no other report
/// names) say one thing to the reader. The most severe stays; on a tie, the first rule id.
fn one_per_place(findings: &mut Vec<Finding>) {
    let mut best: std::collections::HashMap<
        (crate::finding::ArticleId, crate::finding::Span, &str),
        (Severity, &str),
    > = std::collections::HashMap::new();
    for f in findings.iter() {
        let key = (f.primary.article, f.primary.span, f.category.as_str());
        let e = best.entry(key).or_insert((f.severity, f.rule.as_str()));
        if (f.severity, f.rule.as_str()) < (e.0, e.1) {
            *e = (f.severity, f.rule.as_str());
        }
    }
    let keep: std::collections::HashSet<(
        crate::finding::ArticleId,
        crate::finding::Span,
        String,
        String,
    )> = best
        .into_iter()
        .map(|((a, s, c), (_, r))| (a, s, c.to_string(), r.to_string()))
        .collect();
    findings.retain(|f| {
        keep.contains(&(
            f.primary.article,
            f.primary.span,
            f.category.clone(),
            f.rule.clone(),
        ))
    });
    // A finding over a passage ("17 h 57 heure locale (23 h 57 à Paris)": either time may
    // be the slip) that holds a finding of another rule of its category, at least as severe
    // ("23 h 57 à Paris" against the other reports), says nothing more.
    let mut by_place: std::collections::HashMap<(crate::finding::ArticleId, &str), Vec<usize>> =
        std::collections::HashMap::new();
    for (i, f) in findings.iter().enumerate() {
        by_place
            .entry((f.primary.article, f.category.as_str()))
            .or_default()
            .push(i);
    }
    let mut covered = vec![false; findings.len()];
    for group in by_place.values_mut().filter(|g| g.len() > 1) {
        // By start: the findings a span holds start inside it, a short run after it (a
        // file of a million lines makes one group of a quarter of a million typos).
        group.sort_by_key(|&i| (findings[i].primary.span.start, findings[i].primary.span.end));
        for (k, &i) in group.iter().enumerate() {
            let f = &findings[i];
            covered[i] = group[k + 1..]
                .iter()
                .take_while(|&&j| findings[j].primary.span.start < f.primary.span.end)
                .chain(
                    group[..k]
                        .iter()
                        .rev()
                        .take_while(|&&j| findings[j].primary.span.start == f.primary.span.start),
                )
                .any(|&j| {
                    let g = &findings[j];
                    g.rule != f.rule
                        && g.severity <= f.severity
                        && g.primary.span != f.primary.span
                        && f.primary.span.contains(g.primary.span)
                });
        }
    }
    let mut i = 0;
    findings.retain(|_| {
        i += 1;
        !covered[i - 1]
    });
}

/// Findings one rule reports in one article at most; beyond, one finding says how many more
/// there are. A pathological file (a paragraph pasted 200,000 times) stays a readable report.
pub const MAX_PER_RULE_AND_ARTICLE: usize = 200;

/// Replaces the findings of one rule in one article beyond [`MAX_PER_RULE_AND_ARTICLE`] (in
/// output order) by one finding at the first dropped place, as severe as the worst dropped.
fn cap_per_article(findings: &mut Vec<Finding>) {
    let mut count: std::collections::HashMap<(crate::finding::ArticleId, &str), usize> =
        std::collections::HashMap::new();
    for f in findings.iter() {
        *count
            .entry((f.primary.article, f.rule.as_str()))
            .or_default() += 1;
    }
    if count.values().all(|&n| n <= MAX_PER_RULE_AND_ARTICLE) {
        return;
    }
    let over: std::collections::HashMap<(crate::finding::ArticleId, String), usize> = count
        .into_iter()
        .filter(|&(_, n)| n > MAX_PER_RULE_AND_ARTICLE)
        .map(|((a, r), n)| ((a, r.to_string()), n))
        .collect();
    let mut seen: std::collections::HashMap<(crate::finding::ArticleId, String), usize> =
        std::collections::HashMap::new();
    // Index of the summary finding of each capped (article, rule), and the worst severity.
    let mut summary: std::collections::HashMap<(crate::finding::ArticleId, String), usize> =
        std::collections::HashMap::new();
    let mut out: Vec<Finding> = Vec::with_capacity(findings.len());
    for mut f in findings.drain(..) {
        let key = (f.primary.article, f.rule.clone());
        let Some(&total) = over.get(&key) else {
            out.push(f);
            continue;
        };
        let n = seen.entry(key.clone()).or_default();
        *n += 1;
        if *n <= MAX_PER_RULE_AND_ARTICLE {
            out.push(f);
        } else if let Some(&i) = summary.get(&key) {
            out[i].severity = out[i].severity.min(f.severity);
        } else {
            let more = total - MAX_PER_RULE_AND_ARTICLE;
            f.message = format!(
                "{more} more findings of this rule in this article are not listed (at most \
                 {MAX_PER_RULE_AND_ARTICLE} per rule and article); the first: {}",
                f.message
            );
            f.related.clear();
            f.related_total = 0;
            f.fix = None;
            summary.insert(key, out.len());
            out.push(f);
        }
    }
    *findings = out;
}

/// Sorts by (file, start, rule) and then by the rest, so output is byte-identical across runs.
pub fn sort_findings(findings: &mut Vec<Finding>, analysis: &Analysis) {
    let corpus = &analysis.corpus;
    findings.sort_by(|a, b| {
        let fa = &corpus.get(a.primary.article).display;
        let fb = &corpus.get(b.primary.article).display;
        fa.cmp(fb)
            .then(a.primary.span.start.cmp(&b.primary.span.start))
            .then(a.rule.cmp(&b.rule))
            .then(a.primary.span.end.cmp(&b.primary.span.end))
            .then(a.message.cmp(&b.message))
    });
    findings.dedup_by(|a, b| a.rule == b.rule && a.primary == b.primary && a.message == b.message);
}

/// Runs one rule's examples; returns a description of each failing one.
pub fn run_examples(rule: &dyn Rule) -> Vec<String> {
    let meta = rule.meta();
    let mut failures = Vec::new();
    for (i, ex) in meta.examples.iter().enumerate() {
        let analysis = Analysis::from_texts(&ex.articles);
        let policy = Policy::levels(&analysis, Settings::default());
        let mut ctx = Ctx::with_policy(meta, &policy, &analysis);
        for a in &analysis.corpus.articles {
            rule.check_article(a, &analysis, &mut ctx);
        }
        rule.check_corpus(&analysis, &mut ctx);
        rule.check_unused_suppressions(&analysis, &policy.unused_inline(), &mut ctx);
        let got = ctx.into_findings();
        if got.len() != ex.expect {
            let msgs: Vec<String> = got.iter().map(|f| format!("    - {}", f.message)).collect();
            failures.push(format!(
                "{} example {}: expected {} finding(s), got {}\n{}",
                meta.id,
                i + 1,
                ex.expect,
                got.len(),
                msgs.join("\n")
            ));
        }
    }
    failures
}

/// Checks that a rule's docs carry the required headings.
pub fn missing_doc_headings(meta: &RuleMeta) -> Vec<&'static str> {
    ["### What it does", "### Why is this bad", "### Examples"]
        .into_iter()
        .filter(|h| !meta.docs.contains(h))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_rule_has_docs_and_passing_examples() {
        let reg = Registry::builtin();
        let mut failures = Vec::new();
        for rule in reg.iter() {
            let m = rule.meta();
            let missing = missing_doc_headings(m);
            if !missing.is_empty() {
                failures.push(format!("{}: docs lack {:?}", m.id, missing));
            }
            if m.examples.is_empty() {
                failures.push(format!("{}: no examples", m.id));
            }
            failures.extend(run_examples(rule));
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
