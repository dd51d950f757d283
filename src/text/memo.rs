//! Work done once per distinct paragraph.
//!
//! Wire copy prints one agency paragraph in hundreds of files: the generated 25,000-article
//! bench corpus holds 917,000 lines but 32,000 distinct ones. What a stage computes from a
//! paragraph's text alone (the dates its grammar matches, the figures a sentence states) is
//! computed for the first two copies and looked up for the others.
//!
//! A paragraph is kept only from its second sighting: a corpus of distinct articles pays a
//! hash per paragraph, not a copy of its text. First sightings are bits in a fixed table
//! ([`SEEN_BITS`]), so the table does not grow with the corpus; a bit two paragraphs share
//! only makes one kept a sighting early. The memo keeps at most [`MAX_BYTES`] of keys; past
//! that it still answers what it holds and computes the rest. A memoised value is the
//! value the computation gives, so output does not depend on what the memo holds (or on
//! the thread that filled it).

use rustc_hash::{FxHashMap, FxHasher};
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, MutexGuard};

/// Bytes of paragraph text one memo keeps at most.
pub const MAX_BYTES: usize = 32 << 20;

/// Bits of the table of first sightings (1 MiB).
pub const SEEN_BITS: usize = 1 << 23;

/// A map from paragraph text to what a stage computed from it.
pub struct Memo<T> {
    inner: Mutex<Inner<T>>,
}

struct Inner<T> {
    /// One bit per hash of the paragraphs seen (allocated at the first sighting).
    seen: Vec<u64>,
    /// Paragraphs seen twice or more, with their value.
    kept: FxHashMap<Box<str>, Arc<T>>,
    bytes: usize,
}

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Memo {
            inner: Mutex::new(Inner {
                seen: Vec::new(),
                kept: FxHashMap::default(),
                bytes: 0,
            }),
        }
    }
}

impl<T> Memo<T> {
    fn lock(&self) -> MutexGuard<'_, Inner<T>> {
        // A panic elsewhere cannot leave a wrong value here: entries are inserted whole.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The value of `compute` for `key`, computed at most once per distinct key after the
    /// first repeat (as long as the memo has room).
    pub fn get_or(&self, key: &str, compute: impl FnOnce() -> T) -> Arc<T> {
        let mut h = FxHasher::default();
        key.hash(&mut h);
        let hash = h.finish();
        let repeat = {
            let mut inner = self.lock();
            if let Some(v) = inner.kept.get(key) {
                return Arc::clone(v);
            }
            if inner.seen.is_empty() {
                inner.seen = vec![0; SEEN_BITS / 64];
            }
            // The high bits: FxHash mixes them best.
            let bit = (hash >> (64 - SEEN_BITS.trailing_zeros())) as usize;
            let word = &mut inner.seen[bit / 64];
            let repeat = *word & (1 << (bit % 64)) != 0;
            *word |= 1 << (bit % 64);
            repeat
        };
        let value = Arc::new(compute());
        if repeat {
            let mut inner = self.lock();
            if inner.bytes + key.len() <= MAX_BYTES && !inner.kept.contains_key(key) {
                inner.bytes += key.len();
                inner.kept.insert(key.into(), Arc::clone(&value));
            }
        }
        value
    }

    /// Forgets everything: called when the stage that reads it is over.
    pub fn clear(&self) {
        let mut inner = self.lock();
        inner.seen = Vec::new();
        inner.kept = FxHashMap::default();
        inner.bytes = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn computes_once_per_repeated_key() {
        let memo: Memo<usize> = Memo::default();
        let calls = Cell::new(0);
        let f = |s: &str| {
            *memo.get_or(s, || {
                calls.set(calls.get() + 1);
                s.len()
            })
        };
        // First sighting: computed, not kept. Second: computed and kept. Then looked up.
        assert_eq!(f("le 4 février"), 13);
        assert_eq!(f("le 4 février"), 13);
        assert_eq!(f("le 4 février"), 13);
        assert_eq!(f("le 4 février"), 13);
        assert_eq!(calls.get(), 2);
        assert_eq!(f("autre"), 5);
        assert_eq!(calls.get(), 3);
        memo.clear();
        assert_eq!(f("le 4 février"), 13);
        assert_eq!(calls.get(), 4);
    }
}
