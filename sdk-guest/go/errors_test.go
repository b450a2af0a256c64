package dml

import (
	"errors"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

func TestHostError(t *testing.T) {
	tests := []struct {
		err  *HostError
		is   error
		text string
	}{
		{&HostError{"tensor_info", "input", "X", abi.ErrNotFound}, ErrNotFound,
			`dml: tensor_info input "X": not found (-1): pass it with --input X=FILE`},
		{&HostError{"tensor_read", "model", "w", abi.ErrSize}, ErrSize,
			`dml: tensor_read model "w": size mismatch (-2): the byte length must equal the product of the shape times the element size`},
		{&HostError{"emit", "delta", "w", abi.ErrUndeclared}, ErrUndeclared,
			`dml: emit delta "w": not declared (-3): declare it under deltas in the manifest`},
		{&HostError{"emit", "output", "w", abi.ErrOverCap}, ErrOverCap,
			`dml: emit output "w": over cap (-4): raise its max_bytes in the manifest or emit less`},
		{&HostError{"emit", "output", "w", abi.ErrDType}, ErrDType,
			`dml: emit output "w": dtype mismatch (-5): emit it with the dtype the manifest declares`},
		{&HostError{"emit", "output", "w", abi.ErrDuplicate}, ErrDuplicate,
			`dml: emit output "w": already emitted (-6): emit each name once per run`},
		{&HostError{"params", "", "", -99}, nil, `dml: params: status -99 (-99)`},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := tc.err.Error(); got != tc.text {
				t.Errorf("Error() = %q, want %q", got, tc.text)
			}
			if got := tc.err.Unwrap(); got != tc.is {
				t.Errorf("Unwrap() = %v, want %v", got, tc.is)
			}
			if tc.is != nil && !errors.Is(tc.err, tc.is) {
				t.Errorf("errors.Is(%v) = false", tc.is)
			}
		})
	}
}
