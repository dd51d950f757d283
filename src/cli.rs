//! The command line: `recoupe lint`, `rules`, `explain`, `facts`, `events`, `test`.

use crate::analysis::Analysis;
use crate::config::Config;
use crate::corpus::{load, LoadOptions};
use crate::finding::{Finding, Severity};
use crate::lexicon::Lexicons;
use crate::report::{self, human::HumanOptions, Summary};
use crate::rules::{run_examples, Registry};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit code when nothing reaches the failing level.
pub const EXIT_OK: u8 = 0;
/// Exit code when findings reach the failing level.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code for usage and configuration errors.
pub const EXIT_USAGE: u8 = 2;

#[derive(Parser)]
#[command(
    name = "recoupe",
    version,
    about = "Check news articles against each other: recoupe aligns the reports of the same event \
             across a corpus and flags dates, figures, names and quotes that do not agree.",
    after_help = "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.\n\
                  Start with: recoupe lint corpus/"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    /// Annotated snippets of both articles (miette).
    Human,
    /// One line a finding: file:line:col: severity[rule]: message.
    Short,
    /// The stable JSON contract (version 1).
    Json,
    /// GitHub Actions annotations (::error file=…).
    Github,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// One JSON finding a line (the objects of the JSON contract), then the summary: for
    /// large corpora.
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum FactsFormat {
    /// One line a fact.
    Human,
    /// JSON.
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// Where rules and settings come from.
#[derive(clap::Args, Clone, Default)]
struct RuleSources {
    /// Configuration file (default: recoupe.toml in the linted folder or its parents).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// A directory (or file) of TOML rules to add; repeatable.
    #[arg(long = "rules", value_name = "DIR")]
    rule_dirs: Vec<PathBuf>,
}

/// Options of `recoupe lint`.
#[derive(clap::Args)]
struct LintArgs {
    /// Folders or files to lint; `-` reads one article from standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// Lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value = "error")]
    fail_on: FailOn,
    /// Colour in human output (NO_COLOR is respected by auto).
    #[arg(long, value_enum, default_value = "auto")]
    color: Color,
    /// Worker threads, 1 to 256 (default: all cores). Output is identical whatever the number.
    #[arg(long, short = 'j', value_parser = clap::value_parser!(u16).range(1..=MAX_JOBS))]
    jobs: Option<u16>,
    /// Print findings only, no summary line.
    #[arg(long, short = 'q')]
    quiet: bool,
    /// List every info finding in human output (by default, beyond 50 they are counted by
    /// rule in one line).
    #[arg(long)]
    show_info: bool,
    /// List a finding once per file even when four or more copies of one sentence carry it
    /// (by default they are one finding that counts the copies).
    #[arg(long)]
    each_copy: bool,
    /// Width of human output in columns (default: the terminal's, else 100). Source lines
    /// are cropped around the flagged words with `…`.
    #[arg(long, value_parser = clap::value_parser!(u16).range(40..))]
    width: Option<u16>,
    /// Largest article read, in bytes, with an optional K, M or G suffix (default 32M).
    /// Larger files are reported by `structure/bad-input`, not read.
    #[arg(long, value_parser = parse_size, default_value = "32M")]
    max_file_size: u64,
    /// Report only on these files (paths or globs), comparing them with the whole corpus:
    /// the CI job for a change that adds or edits articles.
    #[arg(long, value_name = "PATH|GLOB", num_args = 1..)]
    only: Vec<String>,
    /// With `-` among the paths: the name the article from standard input is reported under
    /// (an article of the corpus with that path is replaced by it).
    #[arg(long, value_name = "PATH", default_value = "stdin.txt")]
    stdin_filename: PathBuf,
    /// Report only findings that FILE (written by --write-baseline) does not record.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record every current finding in FILE and exit 0.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    write_baseline: Option<PathBuf>,
    /// Apply the safe fixes the findings carry (one atomic write per file), then report what
    /// is left.
    #[arg(long)]
    fix: bool,
    /// With --fix: print a unified diff of the fixes and change nothing.
    #[arg(long, requires = "fix")]
    diff: bool,
    /// With --fix: also apply fixes whose evidence is a vote of other reports or of the
    /// corpus's usage (typos, name variants, weekdays, substitutions).
    #[arg(long, requires = "fix")]
    unsafe_fixes: bool,
    /// Folder of the per-article cache: what extraction read from each article, reused while
    /// the article, its path and this build of recoupe are unchanged.
    #[arg(long, value_name = "DIR", default_value = crate::cache::DEFAULT_DIR)]
    cache_dir: PathBuf,
    /// Neither read nor write the cache.
    #[arg(long)]
    no_cache: bool,
    #[command(flatten)]
    sources: RuleSources,
}

#[derive(Subcommand)]
enum Command {
    /// Lint a corpus: every file under PATH (.txt and .md), in sorted order.
    Lint(LintArgs),
    /// Show what recoupe extracted from articles: dates, figures, entities, quotes.
    Facts {
        /// Files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: FactsFormat,
    },
    /// Show the events found across articles: reports, corroborated facts, conflicts.
    Events {
        /// Folders or files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: FactsFormat,
    },
    /// List every rule: id, category, default severity, summary.
    Rules {
        #[command(flatten)]
        sources: RuleSources,
    },
    /// Show a rule's documentation and examples.
    Explain {
        /// Rule id, such as structure/shared-passage.
        rule: String,
        #[command(flatten)]
        sources: RuleSources,
    },
    /// Run every rule's examples (built-in, shipped, and the TOML rules in DIR) as tests.
    Test {
        /// Directories (or files) of TOML rules to test besides the shipped ones.
        dirs: Vec<PathBuf>,
    },
    /// Print a commented skeleton of a TOML rule of KIND.
    NewRule {
        /// pattern, substitution, consistency, entity-role or claim.
        kind: String,
    },
}

fn severity_floor(f: FailOn) -> Option<Severity> {
    match f {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Info => Some(Severity::Info),
        FailOn::Never => None,
    }
}

fn use_color(c: Color) -> bool {
    match c {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

fn print(s: &str) {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`recoupe lint | head`) is not an error worth a panic.
    let _ = out.write_all(s.as_bytes());
    let _ = out.flush();
}

fn usage_error(e: impl Into<miette::Report>) -> ExitCode {
    eprintln!("{:?}", e.into());
    ExitCode::from(EXIT_USAGE)
}

/// The configuration and the rules to run, or the error to report (exit 2).
fn setup(
    sources: &RuleSources,
    first_path: Option<&PathBuf>,
) -> Result<(Config, Registry), ExitCode> {
    let cfg_path = sources
        .config
        .clone()
        .or_else(|| first_path.and_then(|p| Config::discover(p)));
    let config = match cfg_path {
        Some(p) => Config::load(&p).map_err(usage_error)?,
        None => Config::default(),
    };
    if let Some(d) = &config.dictionaries {
        // Read once, before any dictionary is loaded.
        std::env::set_var("RECOUPE_DICTIONARY", d);
    }
    let mut registry = Registry::builtin();
    for dir in config.rule_dirs.iter().chain(sources.rule_dirs.iter()) {
        registry.add_dir(dir).map_err(usage_error)?;
    }
    config.check_names(&registry.names()).map_err(usage_error)?;
    Ok((config, registry))
}

fn analyse(
    paths: &[PathBuf],
    config: &Config,
    max_bytes: u64,
    cache: Option<&std::path::Path>,
) -> Result<Analysis, ExitCode> {
    let opts = LoadOptions {
        max_bytes,
        ..LoadOptions::default()
    };
    let mut corpus = load(paths, &opts, Lexicons::get()).map_err(usage_error)?;
    if corpus.articles.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        eprintln!(
            "note: no .txt or .md article found under {}",
            shown.join(", ")
        );
    }
    if let Some(lang) = config.language {
        for a in corpus
            .articles
            .iter_mut()
            .filter(|a| a.lang == crate::lang::Lang::Unknown)
        {
            a.lang = lang;
        }
    }
    Ok(Analysis::build_cached(corpus, cache))
}

/// The terminal's width when stdout is one, else 100 (a CI log, a file).
fn terminal_width() -> usize {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return 100;
    }
    terminal_size::terminal_size().map_or(100, |(w, _)| usize::from(w.0).max(40))
}

/// Info findings human output lists before it counts them instead (`--show-info` lists all).
const MAX_INFO_SHOWN: usize = 50;

/// `391 infos not listed (380 structure/shared-passage, 11 structure/missing-date); --show-info to list them`.
fn hidden_infos(hidden: &[&Finding]) -> String {
    let mut by_rule: std::collections::BTreeMap<&str, usize> = Default::default();
    for f in hidden {
        *by_rule.entry(f.rule.as_str()).or_default() += 1;
    }
    let mut parts: Vec<(usize, &str)> = by_rule.into_iter().map(|(r, n)| (n, r)).collect();
    parts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let list: Vec<String> = parts.iter().map(|(n, r)| format!("{n} {r}")).collect();
    format!(
        "{} infos not listed ({}); --show-info to list them",
        hidden.len(),
        list.join(", ")
    )
}

/// Upper bound of `--jobs`: more threads than this only cost memory and start-up time (the
/// work is split by article, and rayon cannot use more threads than cores anyway).
const MAX_JOBS: i64 = 256;

/// Parses `123`, `64K`, `32M` or `1G` (powers of 1024) into bytes.
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (digits, mult) = match t.char_indices().last() {
        Some((i, c)) if c.eq_ignore_ascii_case(&'k') => (&t[..i], 1u64 << 10),
        Some((i, c)) if c.eq_ignore_ascii_case(&'m') => (&t[..i], 1 << 20),
        Some((i, c)) if c.eq_ignore_ascii_case(&'g') => (&t[..i], 1 << 30),
        _ => (t, 1),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("`{s}` is not a size: write bytes, or a number with K, M or G"))
}

/// Reads standard input as an article named `name`: it replaces the corpus article of that
/// path, or joins the corpus.
fn add_stdin(
    analysis_corpus: &mut crate::corpus::Corpus,
    name: &std::path::Path,
) -> Result<(), String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    let text =
        crate::corpus::decode(bytes).map_err(|p| format!("standard input: {}", p.message))?;
    let canonical = std::fs::canonicalize(name).ok();
    let same = |a: &crate::corpus::Article| {
        a.path == name || (canonical.is_some() && std::fs::canonicalize(&a.path).ok() == canonical)
    };
    let lex = Lexicons::get();
    match analysis_corpus.articles.iter().position(same) {
        Some(i) => {
            let id = analysis_corpus.articles[i].id;
            analysis_corpus.articles[i] =
                crate::corpus::article_from_text(id, name.to_path_buf(), text, lex);
        }
        None => {
            let id = crate::finding::ArticleId(analysis_corpus.articles.len() as u32);
            analysis_corpus
                .articles
                .push(crate::corpus::article_from_text(
                    id,
                    name.to_path_buf(),
                    text,
                    lex,
                ));
        }
    }
    Ok(())
}

/// The articles `--only` names: a path (file or folder, compared after resolving links) or a
/// glob matched against the path as shown.
fn only_filter(an: &Analysis, only: &[String]) -> Result<Vec<bool>, String> {
    let mut dirs = Vec::new();
    let mut globs = globset::GlobSetBuilder::new();
    for o in only {
        match std::fs::canonicalize(o) {
            Ok(p) => dirs.push(p),
            Err(_) => {
                globs.add(globset::Glob::new(o).map_err(|e| format!("--only `{o}`: {e}"))?);
            }
        }
    }
    let globs = globs.build().map_err(|e| e.to_string())?;
    Ok(an
        .corpus
        .articles
        .iter()
        .map(|a| {
            globs.is_match(&a.display)
                || std::fs::canonicalize(&a.path)
                    .is_ok_and(|p| dirs.iter().any(|d| p.starts_with(d)))
        })
        .collect())
}

fn lint(args: LintArgs) -> ExitCode {
    if let Some(n) = args.jobs {
        // Only fails if a pool was already built; the default pool is then used.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(n))
            .build_global();
    }
    let for_people = matches!(args.format, Format::Human | Format::Short | Format::Github);
    if for_people && !args.quiet && std::io::stderr().is_terminal() {
        crate::progress::enable();
    }
    let stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    let paths: Vec<PathBuf> = args
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    let config_from = paths
        .first()
        .cloned()
        .or_else(|| Some(args.stdin_filename.clone()));
    let (config, registry) = match setup(&args.sources, config_from.as_ref()) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let analysis = if paths.is_empty() {
        Ok(Analysis::build(crate::corpus::Corpus::default()))
    } else {
        let cache = (!args.no_cache).then_some(args.cache_dir.as_path());
        analyse(&paths, &config, args.max_file_size, cache)
    };
    let mut analysis = match analysis {
        Ok(a) => a,
        Err(code) => return code,
    };
    if stdin {
        let mut corpus = std::mem::take(&mut analysis.corpus);
        if let Err(e) = add_stdin(&mut corpus, &args.stdin_filename) {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
        analysis = Analysis::build(corpus);
    }
    let policy = crate::rules::Policy::of(&analysis, &config);
    let mut findings = registry.run_with(&analysis, &policy);
    crate::progress::finish();
    let unused = policy.unused_ignores();
    if !args.only.is_empty() || stdin {
        let keep = if args.only.is_empty() {
            let name = crate::corpus::display_path(&args.stdin_filename);
            analysis
                .corpus
                .articles
                .iter()
                .map(|a| a.display == name)
                .collect()
        } else {
            match only_filter(&analysis, &args.only) {
                Ok(k) => k,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(EXIT_USAGE);
                }
            }
        };
        findings.retain(|f| keep[f.primary.article.0 as usize]);
    } else {
        for u in unused {
            eprintln!(
                "note: {}: {u}",
                config
                    .path
                    .as_ref()
                    .map_or("recoupe.toml".into(), |p| p.display().to_string())
            );
        }
    }
    if let Some(file) = &args.write_baseline {
        return match crate::baseline::write(file, &analysis, &findings) {
            Ok(n) => {
                eprintln!("recorded {n} findings in {}", file.display());
                ExitCode::from(EXIT_OK)
            }
            Err(e) => {
                eprintln!("error: cannot write baseline `{}`: {e}", file.display());
                ExitCode::from(EXIT_USAGE)
            }
        };
    }
    if let Some(file) = &args.baseline {
        let b = match crate::baseline::Baseline::load(file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(EXIT_USAGE);
            }
        };
        let applied = b.apply(file, &analysis, findings);
        findings = applied.findings;
        if applied.gone > 0 && !args.quiet {
            eprintln!(
                "note: {} baselined finding{} no longer occur{}; rewrite the baseline with --write-baseline",
                applied.gone,
                if applied.gone == 1 { "" } else { "s" },
                if applied.gone == 1 { "s" } else { "" },
            );
        }
    }
    if args.fix {
        if stdin {
            eprintln!("error: --fix does not apply to standard input");
            return ExitCode::from(EXIT_USAGE);
        }
        let out = crate::fix::apply(&analysis, findings, args.unsafe_fixes, args.diff);
        for e in &out.errors {
            eprintln!("error: cannot write {e}");
        }
        let files = format!(
            "{} file{}",
            out.files,
            if out.files == 1 { "" } else { "s" }
        );
        if args.diff {
            print(&out.diff);
            let fixes = if out.applied == 1 { "fix" } else { "fixes" };
            eprintln!("{} {fixes} in {files} (not applied: --diff)", out.applied);
            return ExitCode::from(EXIT_OK);
        }
        let s = if out.applied == 1 { "" } else { "s" };
        eprintln!("fixed {} finding{s} in {files}", out.applied);
        findings = out.remaining;
    }
    if !args.each_copy {
        report::copies::group(&analysis, &mut findings);
    }
    let summary = Summary::new(
        &findings,
        analysis.corpus.articles.len(),
        analysis.event_count(),
    );
    match args.format {
        Format::Json => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            // A closed pipe is not an error worth reporting.
            let _ = report::json::write(&mut out, &analysis, &findings, summary)
                .and_then(|_| out.flush());
        }
        Format::Github => print(&report::github::render(&analysis, &findings)),
        Format::Sarif => print(&report::sarif::render(&analysis, &findings, &registry)),
        Format::Jsonl => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            // A closed pipe is not an error worth reporting.
            let _ = report::json::write_lines(&mut out, &analysis, &findings, summary)
                .and_then(|_| out.flush());
        }
        Format::Short => {
            print(&report::short::render(&analysis, &findings));
            if !args.quiet {
                print(&format!("{}\n", summary.line()));
            }
        }
        Format::Human => {
            let opts = HumanOptions {
                color: use_color(args.color),
                width: args.width.map_or_else(terminal_width, usize::from),
            };
            let infos = findings
                .iter()
                .filter(|f| f.severity == Severity::Info)
                .count();
            let (shown, hidden): (Vec<&Finding>, Vec<&Finding>) =
                if args.show_info || infos <= MAX_INFO_SHOWN {
                    (findings.iter().collect(), Vec::new())
                } else {
                    findings.iter().partition(|f| f.severity != Severity::Info)
                };
            let shown: Vec<Finding> = shown.into_iter().cloned().collect();
            print(&report::human::render(&analysis, &shown, opts));
            if !args.quiet {
                if !hidden.is_empty() {
                    print(&format!("{}\n", hidden_infos(&hidden)));
                }
                if findings.len() > 1 {
                    print(&format!("\n{}", report::rule_table(&findings)));
                }
                print(&format!("{}\n", summary.line()));
            }
        }
    }
    let failing = severity_floor(args.fail_on)
        .is_some_and(|floor| findings.iter().any(|f| f.severity <= floor));
    ExitCode::from(if failing { EXIT_FINDINGS } else { EXIT_OK })
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Lint(args) => lint(args),
        Command::Facts { paths, format } => {
            let (config, _) = match setup(&RuleSources::default(), paths.first()) {
                Ok(x) => x,
                Err(code) => return code,
            };
            let analysis = match analyse(&paths, &config, LoadOptions::default().max_bytes, None) {
                Ok(a) => a,
                Err(code) => return code,
            };
            print(&match format {
                FactsFormat::Json => report::facts::json(&analysis),
                FactsFormat::Human => report::facts::human(&analysis),
            });
            ExitCode::from(EXIT_OK)
        }
        Command::Events { paths, format } => {
            let (config, registry) = match setup(&RuleSources::default(), paths.first()) {
                Ok(x) => x,
                Err(code) => return code,
            };
            let analysis = match analyse(&paths, &config, LoadOptions::default().max_bytes, None) {
                Ok(a) => a,
                Err(code) => return code,
            };
            let findings =
                registry.run_with(&analysis, &crate::rules::Policy::of(&analysis, &config));
            print(&match format {
                FactsFormat::Json => report::events::json(&analysis, &findings),
                FactsFormat::Human => report::events::human(&analysis, &findings),
            });
            ExitCode::from(EXIT_OK)
        }
        Command::Rules { sources } => {
            let reg = match setup(&sources, None) {
                Ok((_, r)) => r,
                Err(code) => return code,
            };
            let mut out = String::new();
            for r in reg.iter() {
                let m = r.meta();
                out.push_str(&format!(
                    "{:<32} {:<10} {:<8} {}\n",
                    m.id,
                    m.category,
                    m.default_severity.as_str(),
                    m.summary
                ));
            }
            print(&out);
            ExitCode::from(EXIT_OK)
        }
        Command::Explain { rule, sources } => {
            let reg = match setup(&sources, None) {
                Ok((_, r)) => r,
                Err(code) => return code,
            };
            let Some(r) = reg.get(&rule) else {
                eprintln!("error: no rule `{rule}`; `recoupe rules` lists them");
                return ExitCode::from(EXIT_USAGE);
            };
            let m = r.meta();
            let mut out = format!(
                "# {}\n\ncategory: {} · default severity: {} · scope: {}\n\n{}\n",
                m.id,
                m.category,
                m.default_severity,
                m.scope.as_str(),
                m.docs.trim_end()
            );
            for (i, ex) in m.examples.iter().enumerate() {
                out.push_str(&format!(
                    "\n#### Example {} (expects {} finding(s))\n",
                    i + 1,
                    ex.expect
                ));
                for (name, text) in &ex.articles {
                    out.push_str(&format!("--- {name}\n{}\n", text.trim_end()));
                }
            }
            print(&out);
            ExitCode::from(EXIT_OK)
        }
        Command::Test { dirs } => {
            let mut reg = Registry::builtin();
            for d in &dirs {
                if let Err(e) = reg.add_dir(d) {
                    return usage_error(e);
                }
            }
            let (mut passed, mut failed) = (0, 0);
            let mut out = String::new();
            for r in reg.iter() {
                let fails = run_examples(r);
                let n = r.meta().examples.len();
                if fails.is_empty() {
                    passed += 1;
                    out.push_str(&format!(
                        "ok      {} ({n} example{})\n",
                        r.meta().id,
                        if n == 1 { "" } else { "s" }
                    ));
                } else {
                    failed += 1;
                    for f in fails {
                        out.push_str(&format!("FAILED  {f}\n"));
                    }
                }
            }
            out.push_str(&format!("{passed} passed, {failed} failed\n"));
            print(&out);
            ExitCode::from(if failed > 0 { EXIT_FINDINGS } else { EXIT_OK })
        }
        Command::NewRule { kind } => match crate::rules::custom::skeleton(&kind) {
            Some(s) => {
                print(s);
                ExitCode::from(EXIT_OK)
            }
            None => {
                eprintln!("error: unknown rule kind `{kind}`; kinds: pattern, substitution, consistency, entity-role, claim");
                ExitCode::from(EXIT_USAGE)
            }
        },
    }
}
