package node

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/federated"
	"github.com/decentralized-ml/dml/manifest"
)

// ErrValidation marks a control-shard run that did not give a loss and an
// accuracy.
var ErrValidation = errors.New("validation run failed")

// Validator scores a model on a public control shard by running the job's
// module on it through the metered runtime with Params (for logreg,
// {"epochs": 0}: no training, the loss and accuracy of the given model).
type Validator struct {
	Engine    *engine.Engine
	Module    []byte
	ModuleCID string
	Manifest  *manifest.Manifest
	// Shard is the control shard, as the manifest's inputs.
	Shard    []abi.Tensor
	Params   []byte
	GasLimit uint64

	mu  sync.Mutex
	gas uint64
}

// Validate implements federated.Validator: it reads the outputs named
// "loss" and "accuracy" (f64 scalars).
func (v *Validator) Validate(ctx context.Context, model []abi.Tensor) (federated.Metrics, error) {
	res, err := v.Engine.Run(ctx, v.Module, &engine.Job{ModuleCID: v.ModuleCID, Manifest: v.Manifest,
		Inputs: v.Shard, Models: model, Params: v.Params, GasLimit: v.GasLimit})
	if err != nil {
		return federated.Metrics{}, fmt.Errorf("%w: %w", ErrValidation, err)
	}
	v.mu.Lock()
	v.gas += res.GasUsed
	v.mu.Unlock()
	if res.Status != abi.StatusOK {
		return federated.Metrics{}, fmt.Errorf("%w: status %s: %s", ErrValidation, res.Status, res.Error)
	}
	var m federated.Metrics
	for _, want := range []struct {
		name string
		dst  *float64
	}{{"loss", &m.Loss}, {"accuracy", &m.Accuracy}} {
		t, ok := findTensor(res.OutputTensors, want.name)
		if !ok || t.DType != abi.F64 || t.Elements() != 1 {
			return federated.Metrics{}, fmt.Errorf("%w: the module emitted no f64 scalar %q: validate with a module that does (logreg)", ErrValidation, want.name)
		}
		*want.dst = t.Float64s()[0]
	}
	return m, nil
}

// GasUsed is the gas of every validation run so far.
func (v *Validator) GasUsed() uint64 {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.gas
}

func findTensor(ts []abi.Tensor, name string) (abi.Tensor, bool) {
	for _, t := range ts {
		if t.Name == name {
			return t, true
		}
	}
	return abi.Tensor{}, false
}
