package federated

import (
	"context"
	"fmt"
	"math"

	"github.com/decentralized-ml/dml/abi"
)

// Metrics are a model's scores on the job's public control-group shard.
type Metrics struct {
	Loss     float64 `json:"loss"`
	Accuracy float64 `json:"accuracy"`
}

// Validator scores a model on the job's public control-group shard. The node
// implements it by running the model through the metered runtime.
type Validator interface {
	Validate(ctx context.Context, model []abi.Tensor) (Metrics, error)
}

// ValidatorFunc adapts a function to Validator.
type ValidatorFunc func(ctx context.Context, model []abi.Tensor) (Metrics, error)

// Validate calls f.
func (f ValidatorFunc) Validate(ctx context.Context, model []abi.Tensor) (Metrics, error) {
	return f(ctx, model)
}

// ModelStore stores an accepted model and returns its CID.
type ModelStore interface {
	PutModel(ctx context.Context, tensors []abi.Tensor) (cid string, err error)
}

// Validation records how a candidate model was judged.
type Validation struct {
	// Validated is false when the session has no validator.
	Validated bool    `json:"validated"`
	Metrics   Metrics `json:"metrics"`
	// PrevLoss is the loss of the round's input model.
	PrevLoss float64 `json:"prev_loss"`
	Accepted bool    `json:"accepted"`
	Reason   string  `json:"reason"`
}

// judge applies the acceptance rule: accuracy ≥ minAccuracy and loss
// strictly below the previous model's.
func judge(m Metrics, prev Metrics, minAccuracy float64) Validation {
	v := Validation{Validated: true, Metrics: m, PrevLoss: prev.Loss}
	switch {
	case math.IsNaN(m.Loss) || math.IsNaN(m.Accuracy):
		v.Reason = fmt.Sprintf("rejected: validation gave NaN (loss %v, accuracy %v)", m.Loss, m.Accuracy)
	case m.Accuracy < minAccuracy:
		v.Reason = fmt.Sprintf("rejected: accuracy %.6g is below the required %.6g", m.Accuracy, minAccuracy)
	case !(m.Loss < prev.Loss):
		v.Reason = fmt.Sprintf("rejected: loss %.6g does not lower the previous %.6g", m.Loss, prev.Loss)
	default:
		v.Accepted = true
		v.Reason = fmt.Sprintf("accepted: accuracy %.6g ≥ %.6g, loss %.6g < %.6g", m.Accuracy, minAccuracy, m.Loss, prev.Loss)
	}
	return v
}
