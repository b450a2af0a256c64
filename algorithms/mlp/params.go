package main

import (
	"errors"
	"fmt"
	"math"

	dml "github.com/decentralized-ml/dml/sdk-guest/go"
)

// params are mlp's job parameters.
type params struct {
	Epochs  int     `json:"epochs"`  // passes over the data, 0 .. maxEpochs
	LR      float64 `json:"lr"`      // learning rate, finite and > 0
	Batch   int     `json:"batch"`   // examples per step, 1 .. maxBatch (the last step of an epoch may be smaller)
	Hidden  int     `json:"hidden"`  // h, 1 .. maxHidden; 0 takes it from model W1, or defaultHidden without a model
	Classes int     `json:"classes"` // k, 2 .. maxClasses; 0 takes it from model W2
	L2      float64 `json:"l2"`      // weight decay λ (loss + λ/2·(‖W1‖² + ‖W2‖²)), finite and >= 0
	Seed    uint64  `json:"seed"`    // seeds the initialisation and the shuffles
}

const (
	maxEpochs     = 100_000
	maxBatch      = 1 << 16
	maxHidden     = 1 << 16
	maxClasses    = 1 << 16
	defaultHidden = 64
)

// defaultParams apply to fields the job's params leave out.
var defaultParams = params{Epochs: 5, LR: 0.1, Batch: 100}

// errParams marks params that are out of range.
var errParams = errors.New("invalid params")

// validate says which parameter is out of range and what is accepted.
func (p params) validate() error {
	switch {
	case p.Epochs < 0 || p.Epochs > maxEpochs:
		return fmt.Errorf("mlp: epochs %d: want 0 .. %d: %w", p.Epochs, maxEpochs, errParams)
	case !finite(p.LR) || p.LR <= 0:
		return fmt.Errorf("mlp: lr %g: want a finite number > 0 (e.g. 0.1): %w", p.LR, errParams)
	case p.Batch < 1 || p.Batch > maxBatch:
		return fmt.Errorf("mlp: batch %d: want 1 .. %d (e.g. 100): %w", p.Batch, maxBatch, errParams)
	case p.Hidden < 0 || p.Hidden > maxHidden:
		return fmt.Errorf("mlp: hidden %d: want 1 .. %d hidden units (0: from model W1, or %d): %w", p.Hidden, maxHidden, defaultHidden, errParams)
	case p.Classes != 0 && (p.Classes < 2 || p.Classes > maxClasses):
		return fmt.Errorf("mlp: classes %d: want 2 .. %d, the number of labels (10 for Fashion-MNIST): %w", p.Classes, maxClasses, errParams)
	case !finite(p.L2) || p.L2 < 0:
		return fmt.Errorf("mlp: l2 %g: want a finite number >= 0: %w", p.L2, errParams)
	}
	return nil
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// loadParams decodes the job's params over the defaults and validates them.
func loadParams() (params, error) {
	p := defaultParams
	if err := dml.Params(&p); err != nil {
		return p, err
	}
	return p, p.validate()
}
