# Guest SDK examples in C and AssemblyScript (sdk-guest/*/examples), built
# into build/algorithms/ beside the Go algorithms. Installs nothing: needs
# Debian clang lld wasi-libc libclang-rt-14-dev-wasm32, and
# `npm ci --prefix sdk-guest/assemblyscript` (node + npm). The flags are
# those of internal/guestbuild (tests) and of `dmlrun new` scaffolds.

CLANG    ?= clang
SDK_C    := sdk-guest/c
SDK_AS   := sdk-guest/assemblyscript
ASC      := $(SDK_AS)/node_modules/.bin/asc
C_FLAGS  := --target=wasm32-wasi --sysroot=/usr -O2 -mexec-model=reactor -ffp-contract=off \
	-Wall -Wextra -Werror -Wl,--strip-all -I $(SDK_C)
AS_FLAGS := --runtime stub --exportStart _initialize -O3 --noAssert \
	--use abort=$(SDK_AS)/assembly/log/dmlAbort

.PHONY: sdk-examples
sdk-examples: $(BUILD)/algorithms/linreg-c.wasm $(BUILD)/algorithms/linreg-as.wasm

$(BUILD)/algorithms/linreg-c.wasm: $(SDK_C)/examples/linreg/linreg.c $(SDK_C)/dml.c $(SDK_C)/dml.h
	@mkdir -p $(dir $@)
	$(CLANG) $(C_FLAGS) -o $@ $(SDK_C)/examples/linreg/linreg.c $(SDK_C)/dml.c

$(BUILD)/algorithms/linreg-as.wasm: $(SDK_AS)/examples/linreg/linreg.ts $(wildcard $(SDK_AS)/assembly/*.ts)
	@test -x $(ASC) || { echo "asc missing: run npm ci --prefix $(SDK_AS)"; exit 1; }
	@mkdir -p $(dir $@)
	$(ASC) $(SDK_AS)/examples/linreg/linreg.ts $(AS_FLAGS) -o $@
