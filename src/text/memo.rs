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
//!
//! Memos are statics next to the stage that fills them (`static M: Memo<T> = Memo::new();`);
//! each registers itself on first use, and [`clear_all`] empties every one when a stage
//! ends, so no stage keeps another's paragraphs alive.

use rustc_hash::{FxHashMap, FxHasher};
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

/// Bytes of paragraph text one memo keeps at most.
pub const MAX_BYTES: usize = 32 << 20;

/// Bits of the table of first sightings (1 MiB).
pub const SEEN_BITS: usize = 1 << 23;

/// A map from paragraph text to what a stage computed from it.
pub struct Memo<T> {
    inner: Mutex<Inner<T>>,
    registered: AtomicBool,
}

struct Inner<T> {
    /// One bit per hash of the paragraphs seen (allocated at the first sighting).
    seen: Vec<u64>,
    /// Paragraphs seen twice or more, with their value.
    kept: FxHashMap<Box<str>, Arc<T>>,
    bytes: usize,
}

/// What [`clear_all`] needs of a memo, whatever its value type.
trait Clear: Sync {
    fn clear(&self);
}

impl<T: Send + Sync + 'static> Clear for Memo<T> {
    fn clear(&self) {
        let mut inner = self.lock();
        inner.seen = Vec::new();
        inner.kept = FxHashMap::with_hasher(Default::default());
        inner.bytes = 0;
    }
}

/// Every memo used so far.
static ALL: Mutex<Vec<&'static dyn Clear>> = Mutex::new(Vec::new());

/// Forgets what every memo holds: called when the stages that fill them are over.
pub fn clear_all() {
    for m in ALL.lock().unwrap_or_else(|e| e.into_inner()).iter() {
        m.clear();
    }
}

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Memo::new()
    }
}

impl<T> Memo<T> {
    /// An empty memo (a `static`).
    pub const fn new() -> Self {
        Memo {
            inner: Mutex::new(Inner {
                seen: Vec::new(),
                kept: FxHashMap::with_hasher(rustc_hash::FxBuildHasher),
                bytes: 0,
            }),
            registered: AtomicBool::new(false),
        }
    }
}

impl<T: Send + Sync + 'static> Memo<T> {
    fn lock(&self) -> MutexGuard<'_, Inner<T>> {
        // A panic elsewhere cannot leave a wrong value here: entries are inserted whole.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The value of `compute` for `key`, computed at most once per distinct key after the
    /// first repeat (as long as the memo has room).
    pub fn get_or(&'static self, key: &str, compute: impl FnOnce() -> T) -> Arc<T> {
        if !self.registered.swap(true, Ordering::Relaxed) {
            ALL.lock().unwrap_or_else(|e| e.into_inner()).push(self);
        }
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn computes_once_per_repeated_key() {
        static MEMO: Memo<usize> = Memo::new();
        // Kept out of `clear_all`: other tests build analyses in parallel and clear every
        // registered memo, which would empty this one between two calls.
        MEMO.registered.store(true, Ordering::Relaxed);
        let memo = &MEMO;
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
        Clear::clear(memo);
        assert_eq!(f("le 4 février"), 13);
        assert_eq!(calls.get(), 4);
    }
}
