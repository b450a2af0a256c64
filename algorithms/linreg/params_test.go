package main

import (
	"errors"
	"math"
	"testing"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		p    params
		ok   bool
	}{
		{"defaults", defaultParams, true},
		{"zero epochs", params{Epochs: 0, LR: 1}, true},
		{"max epochs", params{Epochs: maxEpochs, LR: 1e-9}, true},
		{"negative epochs", params{Epochs: -1, LR: 0.1}, false},
		{"too many epochs", params{Epochs: maxEpochs + 1, LR: 0.1}, false},
		{"zero lr", params{Epochs: 1, LR: 0}, false},
		{"negative lr", params{Epochs: 1, LR: -1}, false},
		{"NaN lr", params{Epochs: 1, LR: math.NaN()}, false},
		{"infinite lr", params{Epochs: 1, LR: math.Inf(1)}, false},
	}
	for _, tc := range tests {
		err := tc.p.validate()
		if (err == nil) != tc.ok || (err != nil && !errors.Is(err, errParams)) {
			t.Errorf("%s: validate() = %v, want ok %v", tc.name, err, tc.ok)
		}
	}
}
