package main

import (
	"errors"
	"testing"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(*params)
		bad  bool
	}{
		{"defaults", func(*params) {}, false},
		{"k 1", func(p *params) { p.K = 1 }, false},
		{"k negative", func(p *params) { p.K = -1 }, true},
		{"k too many", func(p *params) { p.K = maxK + 1 }, true},
		{"iters 0", func(p *params) { p.Iters = 0 }, true},
		{"iters 1", func(p *params) { p.Iters = 1 }, false},
		{"iters too many", func(p *params) { p.Iters = maxIters + 1 }, true},
		{"any seed", func(p *params) { p.Seed = 1<<64 - 1 }, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := defaultParams
			tc.edit(&p)
			err := p.validate()
			if tc.bad != (err != nil) {
				t.Fatalf("validate(%+v) = %v, want error %v", p, err, tc.bad)
			}
			if err != nil && !errors.Is(err, errParams) {
				t.Errorf("%v does not wrap errParams", err)
			}
		})
	}
}
