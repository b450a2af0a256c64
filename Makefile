# DML runtime. `make` builds dmlrun and the algorithms; `make test` runs every
# test that needs no external process; see README.md for the rest.

GO        ?= go
BUILD     := build
ALGOS     := $(notdir $(wildcard algorithms/*))
ALGO_WASM := $(addprefix $(BUILD)/algorithms/,$(addsuffix .wasm,$(ALGOS)))
WASM_ENV  := GOOS=wasip1 GOARCH=wasm
WASM_FLAGS:= -buildmode=c-shared -trimpath

.PHONY: all dmlrun algorithms test test-arm64 conformance bench calibrate fuzz vet wat demo run-linreg clean fairness

all: dmlrun algorithms

dmlrun:
	$(GO) build -trimpath -o $(BUILD)/dmlrun ./cmd/dmlrun

algorithms: $(ALGO_WASM)

# Each algorithm is rebuilt when its sources or the guest SDK change.
GUEST_SRC := $(shell find sdk-guest/go abi -name '*.go' -not -name '*_test.go') go.mod
$(BUILD)/algorithms/%.wasm: $(wildcard algorithms/*/*.go) $(GUEST_SRC)
	@mkdir -p $(dir $@)
	$(WASM_ENV) $(GO) build $(WASM_FLAGS) -o $@ ./algorithms/$*

test: all vet
	$(GO) test -count=1 ./...
	$(BUILD)/dmlrun conformance

# The same vectors, with the same expected hashes and gas, on an arm64 build
# of dmlrun under qemu-user (Debian qemu-user), at GOMAXPROCS 1 and 2.
QEMU_ARM64 ?= qemu-aarch64
test-arm64: algorithms
	GOARCH=arm64 $(GO) build -trimpath -o $(BUILD)/arm64/dmlrun ./cmd/dmlrun
	for procs in 1 2; do GOMAXPROCS=$$procs $(QEMU_ARM64) $(BUILD)/arm64/dmlrun conformance --wall-scale 40 || exit 1; done

conformance: all
	$(BUILD)/dmlrun conformance

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1)
	$(GO) vet ./...
	$(WASM_ENV) $(GO) vet ./abi ./sdk-guest/go/... ./algorithms/...

# Benchmarks: every hot path, medians over repeated runs (see README).
BENCHTIME ?= 1s
BENCHCOUNT ?= 5
bench: all
	$(GO) test -run '^$$' -bench . -skip '^BenchmarkLogregEpoch$$' -benchtime $(BENCHTIME) -count $(BENCHCOUNT) ./... | tee $(BUILD)/bench.txt
	$(GO) run ./internal/benchreport < $(BUILD)/bench.txt

# Re-measure ns per instruction class and the spread of ns/gas across the
# benchmark workloads (abi/COSTS.md explains the method).
calibrate:
	$(GO) run ./internal/calibrate

# Each fuzz target for FUZZTIME; crashers land in testdata/fuzz and are kept.
FUZZTIME ?= 60s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) ./internal/wasmbin
	$(GO) test -run '^$$' -fuzz '^FuzzInstrument$$' -fuzztime $(FUZZTIME) ./internal/meter
	$(GO) test -run '^$$' -fuzz '^FuzzEngineDiff$$' -fuzztime $(FUZZTIME) ./internal/meter
	$(GO) test -run '^$$' -fuzz '^FuzzLoad$$' -fuzztime $(FUZZTIME) ./engine
	$(GO) test -run '^$$' -fuzz '^FuzzLoad$$' -fuzztime $(FUZZTIME) ./tensorfile

# Reassemble the hand-written test modules (needs wat2wasm from wabt).
wat:
	@for f in $$(git ls-files '*.wat'); do wat2wasm $$f -o $${f%.wat}.wasm || exit 1; done

# The main job on the embedded default: a federated logistic regression on
# Fashion-MNIST, 5 rounds × 4 devices, on the in-process chain and content
# store; writes build/demo/summary.json and the report.
demo: all
	$(BUILD)/dmlrun demo

# One metered run of linreg on its sample data, with a receipt that
# `dmlrun verify` checks by re-running it.
LINREG := --manifest algorithms/linreg/manifest.yaml --input X=algorithms/linreg/testdata/X.csv \
	--input y=algorithms/linreg/testdata/y.csv --params algorithms/linreg/testdata/params.json
run-linreg: all
	@mkdir -p $(BUILD)/linreg
	$(BUILD)/dmlrun run $(BUILD)/algorithms/linreg.wasm $(LINREG) --out $(BUILD)/linreg --receipt $(BUILD)/linreg/receipt.json
	$(BUILD)/dmlrun verify $(BUILD)/linreg/receipt.json $(LINREG)

clean:
	rm -rf $(BUILD)

# Fragments: chain (contracts, test-chain), guest SDK examples, algorithm benchmarks.
include $(wildcard mk/*.mk)

# Gas fairness: every hostile vector and the reference algorithms on both
# engines, wall time per gas against logreg's (bound 10×) and resident
# memory against the memory limit.
fairness: all
	$(GO) run ./internal/fairness
