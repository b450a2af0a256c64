package main

import (
	"errors"
	"fmt"
	"math"

	dml "github.com/decentralized-ml/dml/sdk-guest/go"
)

// params are linreg's job parameters.
type params struct {
	Epochs int     `json:"epochs"` // full passes over the data, 0 .. maxEpochs
	LR     float64 `json:"lr"`     // learning rate, finite and > 0
}

const maxEpochs = 1_000_000

// defaultParams apply to fields the job's params leave out.
var defaultParams = params{Epochs: 100, LR: 0.01}

// errParams marks params that are out of range.
var errParams = errors.New("invalid params")

// validate says which parameter is out of range and what is accepted.
func (p params) validate() error {
	if p.Epochs < 0 || p.Epochs > maxEpochs {
		return fmt.Errorf("linreg: epochs %d: want 0 .. %d: %w", p.Epochs, maxEpochs, errParams)
	}
	if math.IsNaN(p.LR) || math.IsInf(p.LR, 0) || p.LR <= 0 {
		return fmt.Errorf("linreg: lr %g: want a finite number > 0 (e.g. 0.01): %w", p.LR, errParams)
	}
	return nil
}

// loadParams decodes the job's params over the defaults and validates them.
func loadParams() (params, error) {
	p := defaultParams
	if err := dml.Params(&p); err != nil {
		return p, err
	}
	return p, p.validate()
}
