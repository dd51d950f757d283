//! Set-similarity self-join with prefix filtering (the AllPairs/PPJoin family).
//!
//! Sets are sorted by a global order, rarest token first. Two sets with Jaccard ≥ t must share
//! a token among the first `|x| - ⌈t·|x|⌉ + 1` of each, so only those prefix tokens are indexed.
//! Rare tokens have short posting lists, which keeps the join far below all-pairs. Posting
//! lists longer than `max_postings` are cut: a token that common carries no alignment signal,
//! and the cut bounds the worst case. Exact duplicates should be grouped before calling this.

use std::collections::HashMap;

/// A pair of set indices (`a < b`) with their Jaccard similarity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    /// Smaller index.
    pub a: u32,
    /// Larger index.
    pub b: u32,
    /// |A∩B| / |A∪B|.
    pub jaccard: f32,
    /// |A∩B| / min(|A|,|B|).
    pub containment: f32,
}

/// Finds pairs of sets whose Jaccard similarity is at least `threshold`, or whose overlap
/// covers at least `containment` of the smaller set. `groups[i]` (when given) is a group id:
/// pairs inside one group are skipped (same article).
pub fn self_join(
    sets: &[Vec<u32>],
    threshold: f32,
    containment: f32,
    groups: Option<&[u32]>,
    max_postings: usize,
) -> Vec<Match> {
    self_join_with_partners(
        sets,
        threshold,
        containment,
        groups,
        max_postings,
        usize::MAX,
    )
}

/// [`self_join`] that finds every pair by containment when no set is smaller than
/// `min_partner`: a long set's prefix then reaches as far as a partner of that size needs
/// (a quotation of fifteen words that holds a cut of six). Without it, the prefix bound is
/// the set's own size, which finds containment only between sets of similar size.
pub fn self_join_with_partners(
    sets: &[Vec<u32>],
    threshold: f32,
    containment: f32,
    groups: Option<&[u32]>,
    max_postings: usize,
    min_partner: usize,
) -> Vec<Match> {
    let mut freq: HashMap<u32, u32> = HashMap::new();
    for s in sets {
        for &t in s {
            *freq.entry(t).or_default() += 1;
        }
    }
    let ordered: Vec<Vec<u32>> = sets
        .iter()
        .map(|s| {
            let mut v = s.clone();
            v.sort_by_key(|t| (freq[t], *t));
            v
        })
        .collect();
    // The prefix bound comes from the looser of the two criteria.
    let min_ratio = threshold.min(containment).clamp(0.05, 1.0);
    let mut postings: HashMap<u32, Vec<u32>> = HashMap::new();
    let mut out = Vec::new();
    let mut seen: Vec<u32> = vec![u32::MAX; sets.len()];
    for (i, x) in ordered.iter().enumerate() {
        if x.is_empty() {
            continue;
        }
        let need = (min_ratio * x.len().min(min_partner) as f32).ceil() as usize;
        let p = x.len() - need.clamp(1, x.len()) + 1;
        let i32_ = i as u32;
        for &t in &x[..p.min(x.len())] {
            let list = postings.entry(t).or_default();
            for &j in list.iter() {
                if seen[j as usize] == i32_ {
                    continue;
                }
                seen[j as usize] = i32_;
                if let Some(g) = groups {
                    if g[j as usize] == g[i] {
                        continue;
                    }
                }
                let (inter, jac, cont) = similarity(&sets[j as usize], &sets[i]);
                if inter > 0 && (jac >= threshold || cont >= containment) {
                    out.push(Match {
                        a: j,
                        b: i32_,
                        jaccard: jac,
                        containment: cont,
                    });
                }
            }
            if list.len() < max_postings {
                list.push(i32_);
            }
        }
    }
    out.sort_by_key(|m| (m.a, m.b));
    out
}

/// Intersection size, Jaccard and containment of two sorted, deduplicated sets.
pub fn similarity(a: &[u32], b: &[u32]) -> (usize, f32, f32) {
    let (mut i, mut j, mut inter) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - inter;
    let jac = if union == 0 {
        0.0
    } else {
        inter as f32 / union as f32
    };
    let small = a.len().min(b.len());
    let cont = if small == 0 {
        0.0
    } else {
        inter as f32 / small as f32
    };
    (inter, jac, cont)
}

/// Union-find over `n` items, for merging matches into clusters.
pub struct UnionFind {
    parent: Vec<u32>,
}

impl UnionFind {
    /// `n` singletons.
    pub fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n as u32).collect(),
        }
    }
    /// Representative of `x` (the smallest index of its cluster after [`UnionFind::union`]).
    pub fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let p = self.parent[x as usize];
            self.parent[x as usize] = self.parent[p as usize];
            x = p;
        }
        x
    }
    /// Merges the clusters of `a` and `b`, keeping the smaller root.
    pub fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi as usize] = lo;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_similar_sets_only() {
        let sets = vec![
            vec![1, 2, 3, 4, 5],
            vec![1, 2, 3, 4, 6],
            vec![7, 8, 9],
            vec![1, 2, 3, 4, 5],
        ];
        let m = self_join(&sets, 0.6, 1.1, None, 1000);
        let pairs: Vec<(u32, u32)> = m.iter().map(|m| (m.a, m.b)).collect();
        assert_eq!(pairs, [(0, 1), (0, 3), (1, 3)]);
        let groups = [0, 0, 1, 1];
        let m = self_join(&sets, 0.6, 1.1, Some(&groups), 1000);
        assert_eq!(
            m.iter().map(|m| (m.a, m.b)).collect::<Vec<_>>(),
            [(0, 3), (1, 3)]
        );
    }

    #[test]
    fn agrees_with_brute_force() {
        // Deterministic pseudo-random sets.
        let mut x: u64 = 42;
        let mut sets = Vec::new();
        for _ in 0..200 {
            let mut s = Vec::new();
            for _ in 0..8 {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push(((x >> 33) % 40) as u32);
            }
            s.sort();
            s.dedup();
            sets.push(s);
        }
        let got: Vec<(u32, u32)> = self_join(&sets, 0.5, 1.1, None, usize::MAX)
            .iter()
            .map(|m| (m.a, m.b))
            .collect();
        let mut want = Vec::new();
        for i in 0..sets.len() {
            for j in i + 1..sets.len() {
                if similarity(&sets[i], &sets[j]).1 >= 0.5 {
                    want.push((i as u32, j as u32));
                }
            }
        }
        assert_eq!(got, want);
    }
}
