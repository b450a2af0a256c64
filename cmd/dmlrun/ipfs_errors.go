package main

import (
	"errors"
	"fmt"

	"github.com/ipfs/go-cid"

	"github.com/decentralized-ml/dml/ipfs"
)

// parseCIDArg parses a command-line CID; a malformed one is a usage error
// that quotes it.
func parseCIDArg(s string) (cid.Cid, error) {
	c, err := ipfs.ParseCID(s)
	if err != nil {
		return cid.Undef, withCode(ExitUsage, err)
	}
	return c, nil
}

// explainContentErr says what to do about a retrieval error when no source
// is configured; the ipfs package's own errors already name the CID and
// what was tried.
func explainContentErr(c cid.Cid, src sources, err error) error {
	switch {
	case !src.none():
		return err
	case errors.Is(err, ipfs.ErrHashMismatch):
		return hint(err, "%v: the local copy of %s is corrupt: fetch it again with --gateway, or drop it with `dmlrun pin rm` and `dmlrun gc`", err, c)
	case errors.Is(err, ipfs.ErrNotFound):
		return hint(err, "%s: not in the local store and no gateway configured: add `ipfs.gateways` to %s or pass --gateway", c, ConfigFile)
	}
	return err
}

// hintError replaces an error's message with a clearer one and keeps it
// for errors.Is.
type hintError struct {
	msg string
	err error
}

func (h *hintError) Error() string { return h.msg }
func (h *hintError) Unwrap() error { return h.err }

func hint(err error, format string, args ...any) error {
	return &hintError{msg: fmt.Sprintf(format, args...), err: err}
}

// contentExit is the exit code of a content error.
func contentExit(err error) int {
	var ec *exitError
	switch {
	case errors.As(err, &ec):
		return ec.code
	case errors.Is(err, ipfs.ErrBadCID):
		return ExitUsage
	case errors.Is(err, ipfs.ErrHashMismatch):
		return ExitContentMismatch
	case errors.Is(err, ipfs.ErrNotFound), errors.Is(err, ipfs.ErrUnavailable), errors.Is(err, ipfs.ErrNotPinned):
		return ExitContentUnavailable
	case errors.Is(err, ipfs.ErrTruncatedCAR), errors.Is(err, ipfs.ErrNotCAR), errors.Is(err, ipfs.ErrUnsupported):
		return ExitInvalidInput
	}
	return ExitInternal
}

// contentError attaches contentExit's code to err.
func contentError(err error) error {
	if err == nil {
		return nil
	}
	return withCode(contentExit(err), err)
}
