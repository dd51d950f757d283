//! The command line: `recoupe lint`, `rules`, `explain`, `facts`, `events`, `test`.

use crate::analysis::Analysis;
use crate::corpus::{load, LoadOptions};
use crate::finding::Severity;
use crate::lexicon::Lexicons;
use crate::report::{self, human::HumanOptions, Summary};
use crate::rules::{Registry, Settings};
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

#[derive(Subcommand)]
enum Command {
    /// Lint a corpus: every file under PATH (.txt and .md), in sorted order.
    Lint {
        /// Folders or files to lint.
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
        /// Worker threads (default: all cores). Output is identical whatever the number.
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
        /// Print findings only, no summary line.
        #[arg(long, short = 'q')]
        quiet: bool,
    },
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
    Rules,
    /// Show a rule's documentation and examples.
    Explain {
        /// Rule id, such as structure/shared-passage.
        rule: String,
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
        Command::Lint {
            paths,
            format,
            fail_on,
            color,
            jobs,
            quiet,
        } => {
            if let Some(n) = jobs {
                // Only fails if a pool was already built; the default pool is then used.
                let _ = rayon::ThreadPoolBuilder::new()
                    .num_threads(n.max(1))
                    .build_global();
            }
            let corpus = match load(&paths, &LoadOptions::default(), Lexicons::get()) {
                Ok(c) => c,
                Err(e) => return usage_error(e),
            };
            let analysis = Analysis::build(corpus);
            let registry = Registry::builtin();
            let findings = registry.run(&analysis, &Settings::default());
            let summary = Summary::new(
                &findings,
                analysis.corpus.articles.len(),
                analysis.event_count(),
            );
            match format {
                Format::Json => print(&report::json::render(&analysis, &findings, summary)),
                Format::Short => {
                    print(&report::short::render(&analysis, &findings));
                    if !quiet {
                        print(&format!("{}\n", summary.line()));
                    }
                }
                Format::Human => {
                    let opts = HumanOptions {
                        color: use_color(color),
                        width: 100,
                    };
                    print(&report::human::render(&analysis, &findings, opts));
                    if !quiet {
                        print(&format!("{}\n", summary.line()));
                    }
                }
            }
            let failing = severity_floor(fail_on)
                .is_some_and(|floor| findings.iter().any(|f| f.severity <= floor));
            ExitCode::from(if failing { EXIT_FINDINGS } else { EXIT_OK })
        }
        Command::Facts { paths, format } => {
            let corpus = match load(&paths, &LoadOptions::default(), Lexicons::get()) {
                Ok(c) => c,
                Err(e) => return usage_error(e),
            };
            let analysis = Analysis::build(corpus);
            print(&match format {
                FactsFormat::Json => report::facts::json(&analysis),
                FactsFormat::Human => report::facts::human(&analysis),
            });
            ExitCode::from(EXIT_OK)
        }
        Command::Events { paths, format } => {
            let corpus = match load(&paths, &LoadOptions::default(), Lexicons::get()) {
                Ok(c) => c,
                Err(e) => return usage_error(e),
            };
            let analysis = Analysis::build(corpus);
            let findings = Registry::builtin().run(&analysis, &Settings::default());
            print(&match format {
                FactsFormat::Json => report::events::json(&analysis, &findings),
                FactsFormat::Human => report::events::human(&analysis, &findings),
            });
            ExitCode::from(EXIT_OK)
        }
        Command::Rules => {
            let reg = Registry::builtin();
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
        Command::Explain { rule } => {
            let reg = Registry::builtin();
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
    }
}
