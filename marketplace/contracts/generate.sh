#!/bin/sh
# generate.sh regenerates everything derived from src/*.sol:
#   build/<Contract>.abi and .bin   (solcjs 0.8.37 from node_modules, offline;
#                                   compile.js takes every src/*.sol)
#   ../bindings/<pkg>/<pkg>.go      (abigen v2 from go-ethereum v1.17.10; one
#                                   package per contract, as each declares its
#                                   own EIP-712 domain types)
# Environment:
#   DML_SKIP_SOLC=1       use the committed build/ as is (no node needed)
#   DML_BUILD_DIR=DIR     write/read .abi/.bin in DIR (default build)
#   DML_BINDINGS_DIR=DIR  write bindings to DIR (default ../bindings)
#   ABIGEN=CMD            the abigen command (default: go run ...abigen@v1.17.10)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
build=${DML_BUILD_DIR:-$here/build}
bindings=${DML_BINDINGS_DIR:-$here/../bindings}
abigen=${ABIGEN:-go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10}

if [ "${DML_SKIP_SOLC:-0}" != 1 ]; then
	if [ ! -x node_modules/.bin/solcjs ]; then
		npm ci --no-audit --no-fund
	fi
	node compile.js "$build"
fi

mkdir -p "$bindings"
# contract:package pairs
for pair in DMLToken:dmltoken AlgorithmRegistry:algoregistry JobEscrow:jobescrow CheckpointRegistry:checkpoints; do
	name=${pair%%:*}
	pkg=${pair##*:}
	mkdir -p "$bindings/$pkg"
	$abigen --v2 --abi "$build/$name.abi" --bin "$build/$name.bin" \
		--pkg "$pkg" --type "$name" --out "$bindings/$pkg/$pkg.go"
done
echo "generate.sh: build in $build, bindings in $bindings" >&2
