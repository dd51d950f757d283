//! The per-article cache: what extraction read from each article, kept in
//! `.recoupe-cache/facts.bin` so that re-linting a corpus where a few articles changed skips
//! the extraction of the others.
//!
//! One file, rewritten whole (to a temporary file, then renamed) after a run that extracted
//! anything: it holds the articles of the last run only, so it never grows with old versions.
//! Each record is keyed by a hash of what extraction reads (the article's path, text,
//! language and the corpus period an undated article borrows). The header carries a stamp
//! of the build (version, executable size and time) and of the dictionaries: a cache written
//! by another build, or unreadable, or cut short, is ignored and rewritten, never trusted.
//! Cross-article stages (alignment, events, claims, rules) always run: they read the whole
//! corpus, which one changed article changes.

use crate::claims::TimeOfDay;
use crate::corpus::Article;
use crate::extract::dates::{DateFact, DateForm, Precision};
use crate::extract::figures::{FigureFact, Qualifier};
use crate::extract::{EntityFact, EntityKind, Facts, QuoteFact};
use crate::finding::Span;
use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The cache folder's default name, in the current directory.
pub const DEFAULT_DIR: &str = ".recoupe-cache";

const FILE: &str = "facts.bin";
/// Changed whenever the record layout changes.
const MAGIC: &[u8; 8] = b"RCPCF001";

/// The records of one cache file, decoded on demand.
pub struct FactCache {
    dir: PathBuf,
    stamp: u64,
    bytes: Vec<u8>,
    /// Key → byte range of the record in `bytes`.
    records: HashMap<u64, (usize, usize)>,
}

impl FactCache {
    /// Opens the cache in `dir`; a missing, foreign or damaged file gives an empty cache.
    pub fn open(dir: &Path) -> Self {
        let stamp = stamp();
        let mut cache = FactCache {
            dir: dir.to_path_buf(),
            stamp,
            bytes: Vec::new(),
            records: HashMap::new(),
        };
        if let Ok(bytes) = std::fs::read(dir.join(FILE)) {
            if let Some(records) = index(&bytes, stamp) {
                cache.bytes = bytes;
                cache.records = records;
            }
        }
        cache
    }

    /// The facts cached for an article with this key, if any decode.
    pub fn get(&self, key: u64) -> Option<Facts> {
        let &(from, to) = self.records.get(&key)?;
        let stored: Stored = postcard::from_bytes(self.bytes.get(from..to)?).ok()?;
        Some(stored.into_facts())
    }

    /// True when the cache holds exactly these keys: nothing to write.
    pub fn holds_exactly(&self, keys: &[u64]) -> bool {
        keys.len() == self.records.len() && keys.iter().all(|k| self.records.contains_key(k))
    }

    /// Writes the facts of this run, replacing the file atomically. A failure (a read-only
    /// folder) is a warning: the run's results do not depend on it.
    pub fn save(&self, entries: impl Iterator<Item = (u64, Facts)>) {
        if let Err(e) = self.try_save(entries) {
            eprintln!(
                "warning: could not write the cache in {}: {e} (--no-cache skips it)",
                self.dir.display()
            );
        }
    }

    fn try_save(&self, entries: impl Iterator<Item = (u64, Facts)>) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        // Marks the folder as a cache for backup tools, and keeps it out of git.
        let tag = self.dir.join("CACHEDIR.TAG");
        if !tag.exists() {
            std::fs::write(
                &tag,
                "Signature: 8a477f597d28d172789f06886806bc55\n# recoupe's cache: safe to delete.\n",
            )?;
            std::fs::write(self.dir.join(".gitignore"), "*\n")?;
        }
        let tmp = self.dir.join(format!("{FILE}.{}.tmp", std::process::id()));
        let mut out = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        out.write_all(MAGIC)?;
        out.write_all(&self.stamp.to_le_bytes())?;
        let mut buf = Vec::new();
        for (key, facts) in entries {
            buf.clear();
            buf = postcard::to_extend(&Stored::of(facts), buf)
                .map_err(|e| std::io::Error::other(e.to_string()))?;
            out.write_all(&key.to_le_bytes())?;
            out.write_all(&(buf.len() as u64).to_le_bytes())?;
            out.write_all(&buf)?;
        }
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&tmp, self.dir.join(FILE)).inspect_err(|_| {
            let _ = std::fs::remove_file(&tmp);
        })
    }
}

/// The records of a cache file written with `stamp`, or `None` when it is foreign or
/// damaged anywhere (a record cut short, a length past the end).
fn index(bytes: &[u8], stamp: u64) -> Option<HashMap<u64, (usize, usize)>> {
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    let (head, mut rest) = rest.split_at_checked(8)?;
    if u64::from_le_bytes(head.try_into().ok()?) != stamp {
        return None;
    }
    let mut at = bytes.len() - rest.len();
    let mut records = HashMap::new();
    while !rest.is_empty() {
        let (key, r) = rest.split_at_checked(8)?;
        let (len, r) = r.split_at_checked(8)?;
        let len = usize::try_from(u64::from_le_bytes(len.try_into().ok()?)).ok()?;
        if r.len() < len {
            return None;
        }
        at += 16;
        records.insert(u64::from_le_bytes(key.try_into().ok()?), (at, at + len));
        at += len;
        rest = &r[len..];
    }
    Some(records)
}

/// The key of an article: everything extraction reads of it.
pub fn key_of(a: &Article) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    a.display.hash(&mut h);
    a.text.hash(&mut h);
    a.lang.hash(&mut h);
    a.period.hash(&mut h);
    a.problem.is_some().hash(&mut h);
    h.finish()
}

/// What makes another build's facts unusable: its version and executable, and the
/// dictionaries extraction consults (`RECOUPE_DICTIONARY`, with its files' sizes and times).
fn stamp() -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    env!("CARGO_PKG_VERSION").hash(&mut h);
    MAGIC.hash(&mut h);
    let file_stamp = |p: &Path, h: &mut rustc_hash::FxHasher| {
        if let Ok(m) = std::fs::metadata(p) {
            m.len().hash(h);
            if let Ok(t) = m.modified() {
                t.hash(h);
            }
        }
    };
    if let Ok(exe) = std::env::current_exe() {
        file_stamp(&exe, &mut h);
    }
    if let Ok(d) = std::env::var("RECOUPE_DICTIONARY") {
        d.hash(&mut h);
        if let Ok(dir) = std::fs::read_dir(&d) {
            let mut files: Vec<PathBuf> = dir.filter_map(|e| e.ok().map(|e| e.path())).collect();
            files.sort();
            for f in files {
                f.hash(&mut h);
                file_stamp(&f, &mut h);
            }
        }
    }
    h.finish()
}

/// An article's facts as stored: every field, where `Facts`' own serialisation (the
/// `facts --format json` output) leaves some out.
#[derive(Serialize, Deserialize)]
struct Stored {
    dates: Vec<StoredDate>,
    figures: Vec<StoredFigure>,
    entities: Vec<(Span, EntityKind, Option<u32>, String)>,
    quotes: Vec<StoredQuote>,
    times: Vec<StoredTime>,
    truncated: Vec<(String, u64)>,
}

/// A stored copy of a fact type with every field, and the conversions both ways, from one
/// field list: the conversion out destructures, so a field added to the fact fails to
/// compile here until it is listed.
macro_rules! stored {
    ($stored:ident, $fact:ident { $($field:ident: $ty:ty),* $(,)? }) => {
        #[derive(Serialize, Deserialize)]
        struct $stored {
            $($field: $ty),*
        }

        impl From<$fact> for $stored {
            fn from(x: $fact) -> Self {
                let $fact { $($field),* } = x;
                $stored { $($field),* }
            }
        }

        impl From<$stored> for $fact {
            fn from(x: $stored) -> Self {
                $fact { $($field: x.$field),* }
            }
        }
    };
}

stored!(StoredDate, DateFact {
    span: Span,
    form: DateForm,
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    weekday: Option<(Weekday, Span)>,
    last_day: Option<u32>,
    last_weekday: Option<(Weekday, Span)>,
    first_month: Option<u32>,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    precision: Precision,
    from_context: bool,
    from_corpus: bool,
});

stored!(StoredFigure, FigureFact {
    span: Span,
    value: f64,
    unit: Option<String>,
    noun: Option<String>,
    qualifier: Qualifier,
    ordinal: bool,
    evolving: bool,
    resolution: f64,
    measure: Option<String>,
    label: Option<String>,
    model: Option<String>,
});

stored!(StoredQuote, QuoteFact {
    span: Span,
    inner: Span,
    speaker: Option<String>,
});

stored!(StoredTime, TimeOfDay {
    minutes: u16,
    span: Span,
    zone: String,
    named: bool,
    at: bool,
    clock: Option<Span>,
});

/// The kinds of fact `Facts::truncated` names (static strings in memory).
const TRUNCATED_KINDS: &[&str] = &["dates", "figures", "names", "quotations", "times of day"];

impl Stored {
    fn of(f: Facts) -> Self {
        // Destructured, so that a kind of fact added to `Facts` fails to compile here until
        // the cache stores it.
        let Facts {
            dates,
            figures,
            entities,
            quotes,
            times,
            truncated,
        } = f;
        Stored {
            dates: dates.into_iter().map(Into::into).collect(),
            figures: figures.into_iter().map(Into::into).collect(),
            entities: entities
                .into_iter()
                .map(|e| {
                    let EntityFact {
                        span,
                        kind,
                        entry,
                        name,
                    } = e;
                    (span, kind, entry, name.to_string())
                })
                .collect(),
            quotes: quotes.into_iter().map(Into::into).collect(),
            times: times.into_iter().map(Into::into).collect(),
            truncated: truncated
                .into_iter()
                .map(|(k, n)| (k.to_string(), n as u64))
                .collect(),
        }
    }

    fn into_facts(self) -> Facts {
        Facts {
            dates: self.dates.into_iter().map(Into::into).collect(),
            figures: self.figures.into_iter().map(Into::into).collect(),
            // Names are interned again, as extraction interns them.
            entities: self
                .entities
                .into_iter()
                .map(|(span, kind, entry, name)| EntityFact {
                    span,
                    kind,
                    entry,
                    name: crate::claims::intern(&name),
                })
                .collect(),
            quotes: self.quotes.into_iter().map(Into::into).collect(),
            times: self.times.into_iter().map(Into::into).collect(),
            truncated: self
                .truncated
                .into_iter()
                .filter_map(|(k, n)| {
                    TRUNCATED_KINDS
                        .iter()
                        .find(|&&x| x == k)
                        .map(|&x| (x, n as usize))
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Analysis;

    fn corpus() -> Analysis {
        Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"fr\"\ndate = 2026-02-04\n+++\nT\n\nXi Jinping a parlé mercredi 4 février avec Vladimir Poutine, à 14h20 heure locale, pendant 1 heure et 25 minutes. « Nous restons proches », a-t-il dit.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-02-04\n+++\nT\n\nAbout 3,000 people attended the third meeting in Beijing on Feb. 4, the 11th this year.\n"),
        ])
    }

    #[test]
    fn stored_facts_read_back_as_extracted() {
        let an = corpus();
        for f in &an.facts {
            let bytes = postcard::to_allocvec(&Stored::of(f.clone())).expect("encodes");
            let back = postcard::from_bytes::<Stored>(&bytes)
                .expect("decodes")
                .into_facts();
            assert_eq!(format!("{back:?}"), format!("{f:?}"));
        }
    }

    #[test]
    fn a_cache_is_read_back_and_a_damaged_one_ignored() {
        let an = corpus();
        let dir = std::env::temp_dir().join(format!("recoupe-cache-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let keys: Vec<u64> = an.corpus.articles.iter().map(key_of).collect();
        assert_ne!(keys[0], keys[1]);
        let empty = FactCache::open(&dir);
        assert!(empty.get(keys[0]).is_none());
        empty.save(keys.iter().copied().zip(an.facts.iter().cloned()));
        let cache = FactCache::open(&dir);
        assert!(cache.holds_exactly(&keys));
        let got = cache.get(keys[1]).expect("cached");
        assert_eq!(format!("{got:?}"), format!("{:?}", an.facts[1]));
        // Cut short: the whole file is ignored, not half-trusted.
        let path = dir.join(FILE);
        let bytes = std::fs::read(&path).expect("written");
        std::fs::write(&path, &bytes[..bytes.len() - 3]).expect("rewritten");
        let cut = FactCache::open(&dir);
        assert!(cut.get(keys[0]).is_none() && !cut.holds_exactly(&keys));
        // Another build's stamp: ignored too.
        let mut foreign = bytes.clone();
        foreign[MAGIC.len()] ^= 1;
        std::fs::write(&path, &foreign).expect("rewritten");
        assert!(FactCache::open(&dir).get(keys[0]).is_none());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
