package main

import (
	"errors"
	"fmt"
	"testing"

	"github.com/decentralized-ml/dml/ipfs"
)

func TestContentExit(t *testing.T) {
	fetchErr := &ipfs.FetchError{Tried: []ipfs.GatewayAttempt{{Gateway: "a", Err: errors.New("down")}, {Gateway: "b", Err: ipfs.ErrHashMismatch}}}
	tests := []struct {
		err  error
		code int
	}{
		{fmt.Errorf("x: %w", ipfs.ErrBadCID), ExitUsage},
		{fmt.Errorf("x: %w", ipfs.ErrNotFound), ExitContentUnavailable},
		{fmt.Errorf("x: %w", ipfs.ErrNotPinned), ExitContentUnavailable},
		{&ipfs.FetchError{Tried: []ipfs.GatewayAttempt{{Gateway: "a", Err: errors.New("down")}}}, ExitContentUnavailable},
		{fmt.Errorf("fetch: %w", fetchErr), ExitContentMismatch}, // one gateway lied: refused, not merely unavailable
		{fmt.Errorf("x: %w", ipfs.ErrHashMismatch), ExitContentMismatch},
		{fmt.Errorf("x: %w", ipfs.ErrTruncatedCAR), ExitInvalidInput},
		{fmt.Errorf("x: %w", ipfs.ErrNotCAR), ExitInvalidInput},
		{withCode(ExitUsage, errors.New("bad URL")), ExitUsage},
		{errors.New("disk full"), ExitInternal},
	}
	for _, tc := range tests {
		if got := contentExit(tc.err); got != tc.code {
			t.Errorf("contentExit(%v) = %d, want %d", tc.err, got, tc.code)
		}
	}
	if contentError(nil) != nil {
		t.Error("contentError(nil) is not nil")
	}
}

func TestExplainContentErr(t *testing.T) {
	c, _ := ipfs.ParseCID("bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4")
	none, some := sources{}, sources{gateways: []string{"http://g"}}
	missing := fmt.Errorf("get: %w", ipfs.ErrNotFound)
	tests := []struct {
		src  sources
		err  error
		want string
	}{
		{none, missing, c.String() + ": not in the local store and no gateway configured: add `ipfs.gateways` to dmlrun.yaml or pass --gateway"},
		{none, fmt.Errorf("block X: %w", ipfs.ErrHashMismatch), "block X: block bytes do not match their CID: the local copy of " + c.String() + " is corrupt: fetch it again with --gateway, or drop it with `dmlrun pin rm` and `dmlrun gc`"},
		{some, missing, missing.Error()},
		{none, errors.New("other"), "other"},
	}
	for _, tc := range tests {
		got := explainContentErr(c, tc.src, tc.err)
		if got.Error() != tc.want || !errors.Is(got, tc.err) {
			t.Errorf("explain(%v) = %q, want %q (and to wrap it)", tc.err, got, tc.want)
		}
	}
}
