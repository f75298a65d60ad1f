#!/usr/bin/env bash
# Lints every workflow (.github/workflows), every example (examples/**/*.yml), every end-to-end workflow
# (test/e2e/**/*.yml) and the flake lab's (lab/workflows) with actionlint, the pinned version from
# scripts/e2e/tools.sh (built once into ${CI_ACTIONS_CACHE:-$HOME/.cache/ci-actions}/bin, reused afterwards).
# Configuration: .github/actionlint.yaml.
#
# actionlint validates an action's metadata (action.yml: runs.using, the main/post files, inputs given to
# it) only when a workflow uses it, so this script also requires each actions/<name>/action.yml to be used
# as `uses: ./actions/<name>` in .github/workflows/ (the per-action jobs of actions.yml do that).
# Run from anywhere; it works from the repository root, where local `uses: ./actions/x` resolve.
# Quiet on success (it is part of `npm test`); any finding prints it and exits non-zero.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

C="${CI_ACTIONS_CACHE:-$HOME/.cache/ci-actions}"
ACTIONLINT="$C/bin/actionlint"

# tools.sh logs "reused"/"built" to stderr: keep it for a failure only.
if ! tools_log=$(bash scripts/e2e/tools.sh actionlint 2>&1); then
  printf '%s\n' "$tools_log" >&2
  echo "actionlint.sh: could not install actionlint with scripts/e2e/tools.sh (see above)" >&2
  exit 2
fi

# Only workflow files (a top-level `jobs:`): test/e2e and examples may also hold charts or other YAML.
files=()
while IFS= read -r -d '' f; do
  grep -q '^jobs:' "$f" && files+=("$f")
done < <(find .github/workflows examples test/e2e lab/workflows -type f \( -name '*.yml' -o -name '*.yaml' \) -print0 \
  2>/dev/null | sort -z)

status=0

# Every action must be referenced from the project's workflows, so that actionlint checks its action.yml.
for meta in actions/*/action.yml; do
  name=$(basename "$(dirname "$meta")")
  if ! grep -Eqs "uses:[[:space:]]*\./actions/$name/?[[:space:]]*(#.*)?$" .github/workflows/*.yml; then
    echo "$meta: not used as 'uses: ./actions/$name' in any .github/workflows/*.yml, so actionlint does not check it (add a job to .github/workflows/actions.yml)" >&2
    status=1
  fi
done

if [ ${#files[@]} -eq 0 ]; then
  echo "actionlint.sh: no workflow files found" >&2
  exit 1
fi

"$ACTIONLINT" -config-file .github/actionlint.yaml "${files[@]}" || status=1
exit "$status"
