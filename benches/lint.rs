//! `cargo bench`: lints generated corpora of 1,000 and 10,000 articles and prints throughput.
//!
//! Articles are made by recombining the paragraphs of the sample corpus and the fixtures,
//! with perturbations (a digit changed, two words swapped, a letter dropped) so that
//! alignment has near-duplicates to find, not only exact copies. Timing covers everything a
//! `recoupe lint` run does but printing: walk and read, segment, extract, align, rules.
//! Set RECOUPE_BENCH_SIZES=1000,10000 and RECOUPE_BENCH_RUNS to change the plan.

use recoupe::analysis::Analysis;
use recoupe::corpus::{load, LoadOptions};
use recoupe::lexicon::Lexicons;
use recoupe::rules::{Registry, Settings};
use std::path::{Path, PathBuf};
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

fn pool() -> Vec<String> {
    let mut paras = Vec::new();
    for dir in ["corpus", "tests/fixtures/planted"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for line in text.lines().skip(1) {
                if line.len() > 60 {
                    paras.push(line.to_string());
                }
            }
        }
    }
    paras
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

fn generate(dir: &Path, n: usize, pool: &[String]) -> u64 {
    std::fs::create_dir_all(dir).unwrap();
    let mut rng = Rng(n as u64);
    let mut bytes = 0u64;
    for i in 0..n {
        let day = 1 + rng.below(28);
        let month = 1 + rng.below(12);
        let mut text = format!(" date 2025-{month:02}-{day:02} Article {i}\n");
        for _ in 0..(6 + rng.below(10)) {
            text.push('\n');
            text.push_str(&perturb(&pool[rng.below(pool.len())], &mut rng));
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

fn main() {
    // `cargo test --benches` runs this with --bench absent: do nothing then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let sizes: Vec<usize> = std::env::var("RECOUPE_BENCH_SIZES")
        .unwrap_or_else(|_| "1000,10000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let runs: usize = std::env::var("RECOUPE_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    std::env::set_var("RECOUPE_DICTIONARY", "none");
    let pool = pool();
    let tmp = tempfile::tempdir().unwrap();
    let reg = Registry::builtin();
    let mut results = Vec::new();
    println!("threads: {}", rayon::current_num_threads());
    for &n in &sizes {
        let dir = tmp.path().join(n.to_string());
        let bytes = generate(&dir, n, &pool);
        let mut times = Vec::new();
        let mut findings = 0;
        for _ in 0..runs {
            let t = Instant::now();
            let corpus = load(
                std::slice::from_ref(&dir),
                &LoadOptions::default(),
                Lexicons::get(),
            )
            .unwrap();
            let an = Analysis::build(corpus);
            findings = reg.run(&an, &Settings::default()).len();
            times.push(t.elapsed().as_secs_f64());
        }
        let med = median(times.clone());
        println!(
            "{n:>6} articles, {:.1} MB: median {:.3} s over {runs} runs (min {:.3}, max {:.3}); {:.0} articles/s, {:.2} MB/s; {findings} findings",
            bytes as f64 / 1e6,
            med,
            times.iter().cloned().fold(f64::INFINITY, f64::min),
            times.iter().cloned().fold(0.0, f64::max),
            n as f64 / med,
            bytes as f64 / 1e6 / med
        );
        results.push((n, med));
    }
    for w in results.windows(2) {
        let (n0, t0) = w[0];
        let (n1, t1) = w[1];
        println!("{}x the articles: {:.1}x the time", n1 / n0.max(1), t1 / t0);
    }
}
