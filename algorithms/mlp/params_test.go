package main

import (
	"errors"
	"math"
	"testing"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		edit func(*params)
		bad  bool
	}{
		{"defaults", func(*params) {}, false},
		{"epochs 0", func(p *params) { p.Epochs = 0 }, false},
		{"epochs negative", func(p *params) { p.Epochs = -1 }, true},
		{"epochs too many", func(p *params) { p.Epochs = maxEpochs + 1 }, true},
		{"lr 0", func(p *params) { p.LR = 0 }, true},
		{"lr NaN", func(p *params) { p.LR = math.NaN() }, true},
		{"lr Inf", func(p *params) { p.LR = math.Inf(1) }, true},
		{"batch 0", func(p *params) { p.Batch = 0 }, true},
		{"batch 1", func(p *params) { p.Batch = 1 }, false},
		{"batch too big", func(p *params) { p.Batch = maxBatch + 1 }, true},
		{"hidden negative", func(p *params) { p.Hidden = -1 }, true},
		{"hidden 1", func(p *params) { p.Hidden = 1 }, false},
		{"hidden 256", func(p *params) { p.Hidden = 256 }, false},
		{"hidden too many", func(p *params) { p.Hidden = maxHidden + 1 }, true},
		{"classes 1", func(p *params) { p.Classes = 1 }, true},
		{"classes 10", func(p *params) { p.Classes = 10 }, false},
		{"classes too many", func(p *params) { p.Classes = maxClasses + 1 }, true},
		{"l2 negative", func(p *params) { p.L2 = -0.1 }, true},
		{"l2 NaN", func(p *params) { p.L2 = math.NaN() }, true},
		{"l2 positive", func(p *params) { p.L2 = 1e-4 }, false},
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
