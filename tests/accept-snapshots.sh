#!/usr/bin/env bash
# Accepts the generated-code snapshots that the last test run wrote as *.received.txt: each one replaces its
# *.approved.txt. Review the result with `git diff` before committing.
set -euo pipefail
cd "$(dirname "$0")"
count=0
while IFS= read -r -d '' received; do
  mv "$received" "${received%.received.txt}.approved.txt"
  count=$((count + 1))
done < <(find . -name '*.received.txt' -print0)
echo "accepted $count snapshot(s)"
