package main

import (
	"errors"

	"github.com/decentralized-ml/dml/marketplace"
)

// Exit codes of the chain commands (keys, devnet, publish, market, job,
// balance).
const (
	ExitChainUnreachable = 40 // the chain does not answer, or has no contracts
	ExitNoFunds          = 41 // not enough tokens, allowance or ether
	ExitBadSignature     = 42 // a listing, receipt or void signature does not verify
	ExitChainRefused     = 43 // the contracts refuse the action (decoded revert)
	ExitNotFound         = 44 // no such listing, job, receipt or key
	ExitNotYet           = 45 // too early: challenge window open, deadline not passed
	ExitKeyLocked        = 46 // no passphrase, wrong passphrase, key already stored
)

// chainExitCodesHelp documents the chain exit codes in command help.
const chainExitCodesHelp = `Chain exit codes (keys, devnet, publish, market, job, balance):
  40 the chain is unreachable or has no contracts (is ` + "`dmlrun devnet`" + ` running?)
  41 not enough tokens, token allowance or ether for fees
  42 a signature does not verify (listing, receipt, void)
  43 the contracts refuse the action (past deadline, over gas limit, no slot…)
  44 no such listing, job, receipt or key
  45 too early: the challenge window is open or the deadline has not passed
  46 key store: no passphrase, wrong passphrase, or key already stored
  A retried command never pays twice: what was already done is reported
  ("already done: nothing sent") and exits 0.`

// chainExitCodes maps the marketplace's sentinel errors to exit codes.
var chainExitCodes = []struct {
	code int
	errs []error
}{
	{ExitChainUnreachable, []error{marketplace.ErrChainUnreachable, marketplace.ErrNotDeployed}},
	{ExitNoFunds, []error{marketplace.ErrInsufficientBalance, marketplace.ErrInsufficientAllowance, marketplace.ErrNoEther}},
	{ExitBadSignature, []error{marketplace.ErrBadSignature, marketplace.ErrBadListing}},
	{ExitNotFound, []error{marketplace.ErrListingNotFound, marketplace.ErrJobNotFound, marketplace.ErrReceiptNotFound, marketplace.ErrNoKey}},
	{ExitNotYet, []error{marketplace.ErrChallengeWindowOpen, marketplace.ErrJobNotExpired}},
	{ExitKeyLocked, []error{marketplace.ErrWrongPassphrase, marketplace.ErrNoPassphrase, marketplace.ErrEmptyPassphrase, marketplace.ErrKeyExists}},
	{ExitInvalidInput, []error{marketplace.ErrInvalidInput}},
	{ExitChainRefused, []error{
		marketplace.ErrReverted, marketplace.ErrListingExists, marketplace.ErrListingDeprecated, marketplace.ErrVersionNotNewer,
		marketplace.ErrGasPriceTooLow, marketplace.ErrJobExists, marketplace.ErrJobExpired, marketplace.ErrAlreadyClaimed,
		marketplace.ErrNoSlotLeft, marketplace.ErrSlotNotClaimed, marketplace.ErrReceiptReplayed, marketplace.ErrReceiptOverGasLimit,
		marketplace.ErrAlreadySettled, marketplace.ErrReceiptVoided, marketplace.ErrChallengeWindowClosed, marketplace.ErrVoidRefused,
		marketplace.ErrNothingToRefund, marketplace.ErrNotAuthor,
	}},
}

// chainExit attaches the exit code of a marketplace error; an error that
// already has a code keeps it, and any other is dmlrun's own failure.
func chainExit(err error) error {
	if err == nil {
		return nil
	}
	var coded *exitError
	if errors.As(err, &coded) {
		return err
	}
	return withCode(chainExitCode(err), err)
}

func chainExitCode(err error) int {
	for _, c := range chainExitCodes {
		for _, e := range c.errs {
			if errors.Is(err, e) {
				return c.code
			}
		}
	}
	return ExitInternal
}
