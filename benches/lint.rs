//! `cargo bench`: the newsroom-scale benchmark. Generates seeded corpora of 1,000 and 25,000
//! articles of about 4 KB (paragraphs of the sample corpus and the fixtures, French and
//! English, reused across thousands of files with small edits: a digit changed, two words
//! swapped, a letter dropped, a name respelt), runs the release `recoupe lint --format json`
//! on each as a separate process, and prints the median wall time, peak memory (from
//! `/usr/bin/time`), findings and output size, and the scaling ratio. When `typos` is on the
//! PATH (`cargo install typos-cli`), it is timed on the same corpus in the same run.
//! RECOUPE_BENCH_SIZES=1000,25000 and RECOUPE_BENCH_RUNS=3 change the plan; RECOUPE_BENCH_KEEP=DIR
//! keeps the generated corpora in DIR.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The paragraphs of the sample corpus and the fixtures, French and English apart: an article
/// is written in one language, as wire copy is.
fn pool() -> (Vec<String>, Vec<String>) {
    let (mut fr, mut en) = (Vec::new(), Vec::new());
    for dir in [
        "corpus",
        "tests/fixtures/planted",
        "tests/fixtures/planted-en",
        "tests/fixtures/paraphrase",
    ] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for f in files {
            let name = f.display().to_string();
            let english =
                name.contains("-en/") || name.contains("_herald") || name.contains("_tribune");
            let text = std::fs::read_to_string(&f).unwrap();
            for line in text.lines().skip(1) {
                if line.len() > 60 {
                    if english { &mut en } else { &mut fr }.push(line.to_string());
                }
            }
        }
    }
    // The fixtures repeat some paragraphs: each distinct one once.
    for v in [&mut fr, &mut en] {
        v.sort();
        v.dedup();
    }
    (fr, en)
}

fn perturb(p: &str, rng: &mut Rng) -> String {
    let mut words: Vec<String> = p.split(' ').map(str::to_string).collect();
    match rng.below(10) {
        0 => {
            if let Some(w) = words
                .iter_mut()
                .find(|w| w.chars().any(|c| c.is_ascii_digit()))
            {
                *w = w
                    .chars()
                    .map(|c| {
                        if c.is_ascii_digit() {
                            char::from(b'0' + ((c as u8 - b'0' + 1) % 10))
                        } else {
                            c
                        }
                    })
                    .collect();
            }
        }
        1 if words.len() > 4 => {
            let i = 1 + rng.below(words.len() - 2);
            words.swap(i, i + 1);
        }
        2 => {
            let i = rng.below(words.len());
            let w = &words[i];
            if w.len() > 6 && w.is_ascii() {
                let k = 2 + rng.below(w.len() - 3);
                words[i] = format!("{}{}", &w[..k], &w[k + 1..]);
            }
        }
        _ => {}
    }
    words.join(" ")
}

fn generate(dir: &Path, n: usize, pool: &(Vec<String>, Vec<String>)) -> u64 {
    std::fs::create_dir_all(dir).unwrap();
    let mut rng = Rng(n as u64);
    let mut bytes = 0u64;
    for i in 0..n {
        let day = 1 + rng.below(28);
        let month = 1 + rng.below(12);
        // One article in five is in English.
        let paras = if rng.below(5) == 0 { &pool.1 } else { &pool.0 };
        let mut text = format!(" date 2025-{month:02}-{day:02} Article {i}\n");
        let mut used = std::collections::HashSet::new();
        // About 4 KB: paragraphs of the pool average a few hundred bytes. A paragraph is used
        // once an article (a repeat would be a duplicate-paragraph finding in every file).
        let target = 3_200 + rng.below(1_600);
        let mut tries = 0;
        while text.len() < target && used.len() < paras.len() && tries < 10 * paras.len() {
            tries += 1;
            let k = rng.below(paras.len());
            if !used.insert(paras[k].as_str()) {
                continue;
            }
            text.push('\n');
            text.push_str(&perturb(&paras[k], &mut rng));
            text.push('\n');
        }
        bytes += text.len() as u64;
        std::fs::write(dir.join(format!("{i:06}.txt")), text).unwrap();
    }
    bytes
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// One timed run of a command: wall seconds, peak RSS in MB (when /usr/bin/time exists),
/// bytes written to standard output.
fn timed(cmd: &[&str]) -> (f64, Option<f64>, u64) {
    let out_file = tempfile::NamedTempFile::new().unwrap();
    let err_file = tempfile::NamedTempFile::new().unwrap();
    let gnu_time = Path::new("/usr/bin/time").exists();
    let mut c = if gnu_time {
        let mut c = Command::new("/usr/bin/time");
        c.arg("-f").arg("RSS_KB %M").args(cmd);
        c
    } else {
        let mut c = Command::new(cmd[0]);
        c.args(&cmd[1..]);
        c
    };
    c.stdout(out_file.reopen().unwrap())
        .stderr(err_file.reopen().unwrap());
    let t = Instant::now();
    c.status().unwrap();
    let wall = t.elapsed().as_secs_f64();
    let rss = std::fs::read_to_string(err_file.path())
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("RSS_KB ")?.trim().parse::<f64>().ok())
        .map(|kb| kb / 1024.0);
    let bytes = std::fs::metadata(out_file.path()).map_or(0, |m| m.len());
    (wall, rss, bytes)
}

fn have(cmd: &str) -> bool {
    Command::new(cmd)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn main() {
    // `cargo test --benches` runs this with --bench absent: do nothing then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let sizes: Vec<usize> = std::env::var("RECOUPE_BENCH_SIZES")
        .unwrap_or_else(|_| "1000,25000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let runs: usize = std::env::var("RECOUPE_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let bin = env!("CARGO_BIN_EXE_recoupe");
    let typos = have("typos");
    if !typos {
        println!(
            "note: `typos` is not installed (cargo install typos-cli); no side-by-side timing"
        );
    }
    let pool = pool();
    let tmp = tempfile::tempdir().unwrap();
    // RECOUPE_BENCH_KEEP=DIR writes the corpora there and keeps them, to look at the findings.
    let root = std::env::var("RECOUPE_BENCH_KEEP")
        .map(PathBuf::from)
        .unwrap_or_else(|_| tmp.path().to_path_buf());
    let mut results = Vec::new();
    for &n in &sizes {
        let dir = root.join(n.to_string());
        let _ = std::fs::remove_dir_all(&dir);
        let bytes = generate(&dir, n, &pool);
        let d = dir.to_str().unwrap();
        let mut times = Vec::new();
        let mut rss = Vec::new();
        let mut out_bytes = 0;
        let mut typos_times = Vec::new();
        for _ in 0..runs {
            let (t, r, b) = timed(&[bin, "lint", d, "--format", "json", "--fail-on", "never"]);
            times.push(t);
            rss.extend(r);
            out_bytes = b;
            if typos {
                typos_times.push(timed(&["typos", d, "--format", "brief"]).0);
            }
        }
        // Findings of the last configuration, counted from the JSON summary.
        let summary = Command::new(bin)
            .args(["lint", d, "--format", "jsonl", "--fail-on", "never"])
            .output()
            .unwrap();
        let findings = String::from_utf8_lossy(&summary.stdout)
            .lines()
            .count()
            .saturating_sub(1);
        let med = median(times.clone());
        let mb = bytes as f64 / 1e6;
        println!(
            "{n:>6} articles, {mb:.1} MB: median {med:.2} s over {runs} runs (min {:.2}, max {:.2}); {:.0} articles/s; peak RSS {}; {findings} findings, {:.1} MB of JSON",
            times.iter().cloned().fold(f64::INFINITY, f64::min),
            times.iter().cloned().fold(0.0, f64::max),
            n as f64 / med,
            if rss.is_empty() { "n/a".to_string() } else { format!("{:.0} MB (corpus {mb:.0} MB)", median(rss.clone())) },
            out_bytes as f64 / 1e6,
        );
        if !typos_times.is_empty() {
            let tm = median(typos_times);
            println!(
                "{:>6}          typos: median {tm:.2} s; recoupe / typos = {:.1}x",
                "",
                med / tm
            );
        }
        results.push((n, med));
    }
    for w in results.windows(2) {
        let (n0, t0) = w[0];
        let (n1, t1) = w[1];
        println!("{}x the articles: {:.1}x the time", n1 / n0.max(1), t1 / t0);
    }
}
