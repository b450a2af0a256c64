package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/marketplace"
)

func TestChainExitCodes(t *testing.T) {
	tests := []struct {
		err  error
		code int
	}{
		{fmt.Errorf("dial: %w", marketplace.ErrChainUnreachable), ExitChainUnreachable},
		{marketplace.ErrNotDeployed, ExitChainUnreachable},
		{&marketplace.RevertError{Name: "ERC20InsufficientAllowance", Kind: marketplace.ErrInsufficientAllowance}, ExitNoFunds},
		{marketplace.ErrNoEther, ExitNoFunds},
		{marketplace.ErrBadListing, ExitBadSignature},
		{&marketplace.RevertError{Name: "JobExpired", Kind: marketplace.ErrJobExpired}, ExitChainRefused},
		{marketplace.ErrReceiptOverGasLimit, ExitChainRefused},
		{marketplace.ErrReverted, ExitChainRefused},
		{marketplace.ErrJobNotFound, ExitNotFound},
		{marketplace.ErrChallengeWindowOpen, ExitNotYet},
		{marketplace.ErrWrongPassphrase, ExitKeyLocked},
		{marketplace.ErrInvalidInput, ExitInvalidInput},
		{errors.New("disk full"), ExitInternal},
		{withCode(ExitUsage, marketplace.ErrJobNotFound), ExitUsage},
	}
	for _, tc := range tests {
		if got := exitCodeOf(chainExit(tc.err)); got != tc.code {
			t.Errorf("%v: exit %d, want %d", tc.err, got, tc.code)
		}
	}
	if chainExit(nil) != nil {
		t.Error("chainExit(nil) is not nil")
	}
	// Every code is documented, and none collides with another exit code.
	for _, c := range chainExitCodes {
		if c.code == ExitInvalidInput {
			continue
		}
		if !strings.Contains(chainExitCodesHelp, "  "+strconv.Itoa(c.code)+" ") || strings.Contains(exitCodesHelp, "  "+strconv.Itoa(c.code)+" ") {
			t.Errorf("exit %d is not documented once", c.code)
		}
	}
}
