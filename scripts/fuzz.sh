#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 60), two at a time, and keeps what crashes.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# No sanitizer (`-s none`): recoupe has no unsafe code, and AddressSanitizer cut the article
# targets to a tenth of their speed. No comparison tracing (`--no-trace-compares`): it took
# more than half of each execution; the token dictionaries of fuzz/dict/ steer instead. Needs the nightly toolchain and cargo-fuzz (installed here when missing). Seeds come from
# corpus/, the fixtures, the shipped rule files and fuzz/seeds/; each target's working corpus
# lives in fuzz/corpus/<target>/ and its crashes in fuzz/artifacts/<target>/ (both ignored by
# git). Limits, as in issue 11: 1 s per input, 2 GB of memory, inputs of 4 KB (2 KB for the
# two or three articles of the corpus target).
# Every crash becomes a regression test in tests/ (`cargo +nightly fuzz fmt TARGET FILE` prints
# the input). The summary line of each target gives its executions per second.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(article corpus rule_file config)

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
rustup toolchain list | grep -q nightly || { echo "fuzz.sh: needs a nightly toolchain" >&2; exit 2; }
cargo +nightly fuzz build -O -s none --no-trace-compares >/dev/null 2>&1 || { echo "fuzz.sh: the fuzz targets do not build (cargo +nightly fuzz build -O -s none --no-trace-compares)" >&2; exit 2; }

seed() {
  local t=$1 d=fuzz/corpus/$1
  mkdir -p "$d" "fuzz/artifacts/$t"
  case $t in
    article)
      for f in corpus/* tests/fixtures/*/*; do [ -f "$f" ] && head -c 4096 "$f" > "$d/seed-$(basename "$f")"; done ;;
    corpus)
      # Pairs of reports of one event, cut to fit, separated by 0xFF.
      for dir in tests/fixtures/*/ corpus/; do
        files=("$dir"*)
        for ((i = 0; i + 1 < ${#files[@]}; i++)); do
          { head -c 1000 "${files[$i]}"; printf '\xff'; head -c 1000 "${files[$((i + 1))]}"; } \
            > "$d/seed-$(basename "$dir")-$i"
        done
      done ;;
    rule_file)
      for f in rules/*.toml src/rules/custom/kinds/skeletons/*.toml; do
        head -c 4096 "$f" > "$d/seed-$(basename "$f")"
      done ;;
    config)
      cp fuzz/seeds/config/* "$d/" ;;
  esac
}

dict() {
  case $1 in
    article|corpus) echo fuzz/dict/article.dict ;;
    *) echo fuzz/dict/toml.dict ;;
  esac
}

# Input caps, as in fuzz_targets/: the corpus target's articles share 2 KB.
max_len() {
  case $1 in
    corpus) echo 2048 ;;
    *) echo 4096 ;;
  esac
}

run() {
  local t=$1 log=fuzz/artifacts/$1.log
  seed "$t"
  # -timeout: an input slower than 1 s is a hang; -rss_limit_mb: 2 GB at most.
  # One rayon thread: two targets share the two cores, and per-input parallelism only costs
  # synchronisation on inputs this small.
  RAYON_NUM_THREADS=1 cargo +nightly fuzz run -O -s none --no-trace-compares "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$SECONDS_EACH" -timeout=1 -rss_limit_mb=2048 -max_len="$(max_len "$t")" \
    -dict="$(dict "$t")" -artifact_prefix="fuzz/artifacts/$t/" -print_final_stats=1 \
    >"$log" 2>&1 && status=ok || status="FAILED (see $log)"
  local execs
  execs=$(grep -o 'stat::average_exec_per_sec:[[:space:]]*[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  local crashes
  crashes=$(find "fuzz/artifacts/$t" -type f | wc -l)
  printf '%-10s %s  %s exec/s  %s saved input(s) in fuzz/artifacts/%s\n' "$t" "$status" "$execs" "$crashes" "$t"
}

fail=0
pids=()
for t in "${TARGETS[@]}"; do
  run "$t" &
  pids+=($!)
  if [ ${#pids[@]} -ge 2 ]; then
    wait "${pids[0]}" || fail=1
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || fail=1; done
if grep -l -E '^==[0-9]+== ERROR|deadly signal|Timeout|out-of-memory' fuzz/artifacts/*.log 2>/dev/null; then
  fail=1
fi
exit $fail
