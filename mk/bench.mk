# Algorithm benchmarks (issue 4, "Performance"). Included at the end of the
# Makefile, after GO, BUILD, WASM_ENV, WASM_FLAGS and GUEST_SRC are defined.
#
#   make bench-algorithms                 logreg's marginal epoch cost on all
#                                         60,000 Fashion-MNIST images: host BLAS,
#                                         pure WASM, native gonum, V8; ratios
#   make bench-algorithms LOGREG_REPS=5   more repetitions per job size
#
# It takes about ten minutes: the pure-WASM variant runs an epoch in ~40 s.

LOGREG_REPS   ?= 3
LOGREG_ROWS   ?= 60000
PURE_LOGREG   := $(BUILD)/algorithms/logreg-purewasm.wasm

.PHONY: bench-algorithms

# logreg with the SDK's BLAS as Go loops inside the module (no BLAS import):
# the pure-WASM baseline of the benchmarks, also run on V8 by bench/v8.mjs.
$(PURE_LOGREG): $(wildcard algorithms/logreg/*.go) $(GUEST_SRC)
	@mkdir -p $(dir $@)
	$(WASM_ENV) $(GO) build -tags purewasm $(WASM_FLAGS) -o $@ ./algorithms/logreg

bench-algorithms: $(BUILD)/algorithms/logreg.wasm $(PURE_LOGREG)
	@mkdir -p $(BUILD)
	$(GO) test -run '^$$' -bench '^BenchmarkLogregEpoch$$' -benchtime 1x -count 1 -timeout 60m ./algorithms/logreg \
		-args -logreg.reps $(LOGREG_REPS) -logreg.rows $(LOGREG_ROWS) -logreg.purewasm $(abspath $(PURE_LOGREG)) \
		| tee $(BUILD)/bench-algorithms.txt
	$(GO) test -run '^$$' -bench '^BenchmarkFit$$' -count 5 ./algorithms/linreg | tee -a $(BUILD)/bench-algorithms.txt
	$(GO) run ./internal/benchreport < $(BUILD)/bench-algorithms.txt
