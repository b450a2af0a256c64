#!/usr/bin/env bash
# tutorial.sh runs docs/tutorial.md as a new user would, so that the page
# cannot rot: `make tutorial` calls it after `make`.
#
# The page is the only source of the commands. Its fences say who runs what:
#   ```sh          a step: run in order, all in one bash -euo pipefail shell
#                  (so variables carry over), in a fresh temp directory, with
#                  a fresh DMLRUN_HOME and the repository's build/ first on PATH
#   ```sh devnet   the second terminal: exactly one line `dmlrun devnet …`,
#                  started here in the background with --addr 127.0.0.1:0
#                  (a free port, told to the steps by DMLRUN_CHAIN_RPC) and
#                  stopped at the end, also on failure
#   ```sh setup    clone and build: done already (this runs in the clone)
#   anything else  (console, go, yaml) output and code to read, not run
#
#   docs/tutorial.sh            run the page; exit non-zero if any step fails
#   docs/tutorial.sh --print    print the steps as the shell script it runs
#
# TUTORIAL_TIMEOUT (seconds, default 300) bounds the steps; KEEP=1 keeps the
# temp directory (it is kept anyway when a step fails).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
doc=$repo/docs/tutorial.md
timeout_s=${TUTORIAL_TIMEOUT:-300}

# blocks INFO prints the body of every fence whose info string is exactly INFO,
# each preceded by a comment naming its line in the page.
blocks() {
	awk -v info="$1" -v doc="docs/tutorial.md" '
		/^```/ {
			if (fence) { fence = 0; take = 0; next }
			fence = 1
			take = (substr($0, 4) == info)
			if (take) printf "\n# %s:%d\n", doc, NR + 1
			next
		}
		take { print }
		END { if (fence) { printf "%s: a fence opened and never closed\n", doc > "/dev/stderr"; exit 1 } }
	' "$doc"
}

steps=$(blocks sh)
if [[ ${1:-} == --print ]]; then
	printf '%s\n' "$steps"
	exit 0
fi
if [[ $# -gt 0 ]]; then
	echo "usage: docs/tutorial.sh [--print]" >&2
	exit 2
fi

# The devnet line: one command, `dmlrun devnet` and its flags.
devnet_line=$(blocks 'sh devnet' | grep -v '^[[:space:]]*\(#.*\)\?$')
read -ra devnet_cmd <<<"$devnet_line"
if [[ $(wc -l <<<"$devnet_line") -ne 1 || ${devnet_cmd[0]:-} != dmlrun || ${devnet_cmd[1]:-} != devnet ]]; then
	echo "tutorial: docs/tutorial.md needs exactly one \`\`\`sh devnet block holding one line \`dmlrun devnet …\`; found: ${devnet_line:-nothing}" >&2
	exit 1
fi
if [[ -z $steps ]]; then
	echo "tutorial: docs/tutorial.md has no \`\`\`sh blocks to run" >&2
	exit 1
fi
if [[ ! -x $repo/build/dmlrun ]]; then
	echo "tutorial: $repo/build/dmlrun is missing: run make first" >&2
	exit 1
fi

# A new user: no DMLRUN_* settings inherited, a fresh home and directory.
while read -r v; do unset "$v"; done < <(compgen -e | grep '^DMLRUN_' || true)
work=$(mktemp -d "${TMPDIR:-/tmp}/dml-tutorial.XXXXXX")
export DMLRUN_HOME=$work/home
export PATH=$repo/build:$PATH
mkdir -p "$work/play" "$DMLRUN_HOME"

devnet_pid=
finish() {
	local status=$?
	if [[ -n $devnet_pid ]] && kill -0 "$devnet_pid" 2>/dev/null; then
		kill "$devnet_pid"
		wait "$devnet_pid" 2>/dev/null || true
	fi
	if [[ $status -ne 0 ]]; then
		echo "tutorial: FAILED (exit $status); devnet log:" >&2
		sed 's/^/  devnet| /' "$work/devnet.log" >&2 2>/dev/null || true
		echo "tutorial: kept $work" >&2
	elif [[ -z ${KEEP:-} ]]; then
		rm -rf "$work"
	else
		echo "tutorial: kept $work"
	fi
	exit "$status"
}
trap finish EXIT
trap 'exit 130' INT TERM

started=$SECONDS
"${devnet_cmd[@]}" --addr 127.0.0.1:0 --json >"$work/devnet.json" 2>"$work/devnet.log" &
devnet_pid=$!
# --json prints one object once the chain serves; its closing brace is the signal.
for ((i = 0; i < 600; i++)); do
	grep -q '^}' "$work/devnet.json" 2>/dev/null && break
	kill -0 "$devnet_pid" 2>/dev/null || { echo "tutorial: ${devnet_cmd[*]} exited before serving" >&2; exit 1; }
	sleep 0.1
done
rpc=$(sed -n 's/^  "rpc": "\(.*\)",$/\1/p' "$work/devnet.json")
if [[ -z $rpc ]]; then
	echo "tutorial: no \"rpc\" from ${devnet_cmd[*]} --json within 60 s" >&2
	exit 1
fi
export DMLRUN_CHAIN_RPC=$rpc
echo "tutorial: ${devnet_cmd[*]} serving at $rpc"

printf '%s\n' "$steps" >"$work/steps.sh"
(cd "$work/play" && PS4='tutorial$ ' timeout "$timeout_s" bash -euxo pipefail "$work/steps.sh")
echo "tutorial: every step of docs/tutorial.md passed in $((SECONDS - started)) s"
