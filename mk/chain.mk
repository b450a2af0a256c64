# Chain: regenerate the contracts' build output and Go bindings, and run the
# end-to-end flow against a real geth --dev process.

GETH_VERSION ?= v1.16.7
GETH         := $(BUILD)/bin/geth

.PHONY: contracts test-chain

# npm ci (when node_modules is missing), solcjs compile, abigen v2 bindings.
contracts:
	cd marketplace/contracts && ./generate.sh

# go-ethereum v1.17's cmd/geth needs a module the proxy refuses: build v1.16.7.
$(GETH):
	GOBIN=$(CURDIR)/$(BUILD)/bin $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION)

# Every marketplace scenario (publish, post, claim, run, submit, settle, void,
# refund, faults) and the dmlrun CLI flow against geth --dev; prints
# "chain-e2e: N passed, 0 failed" per suite.
test-chain: $(GETH)
	@mkdir -p $(BUILD)
	{ PATH=$(CURDIR)/$(BUILD)/bin:$$PATH DML_CHAIN_E2E=1 $(GO) test -count=1 -v -run TestChainE2E ./marketplace/ ./cmd/dmlrun/; \
	  echo $$? > $(BUILD)/test-chain.rc; } 2>&1 | tee $(BUILD)/test-chain.txt
	@grep '^chain-e2e:' $(BUILD)/test-chain.txt
	@exit $$(cat $(BUILD)/test-chain.rc)
