package main

import (
	"errors"
	"fmt"

	dml "github.com/decentralized-ml/dml/sdk-guest/go"
)

// params are kmeans's job parameters.
type params struct {
	K     int    `json:"k"`     // clusters, 1 .. maxK; 0 takes it from model C
	Iters int    `json:"iters"` // Lloyd steps at most, 1 .. maxIters (1 in a federated round)
	Seed  uint64 `json:"seed"`  // seeds the k-means++ initialisation
}

const (
	maxK     = 1 << 16
	maxIters = 100_000
)

// defaultParams apply to fields the job's params leave out.
var defaultParams = params{Iters: 10}

// errParams marks params that are out of range.
var errParams = errors.New("invalid params")

// validate says which parameter is out of range and what is accepted.
func (p params) validate() error {
	switch {
	case p.K < 0 || p.K > maxK:
		return fmt.Errorf("kmeans: k %d: want 1 .. %d clusters (0: from model C): %w", p.K, maxK, errParams)
	case p.Iters < 1 || p.Iters > maxIters:
		return fmt.Errorf("kmeans: iters %d: want 1 .. %d Lloyd steps (1 in a federated round): %w", p.Iters, maxIters, errParams)
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
