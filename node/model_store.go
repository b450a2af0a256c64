package node

import (
	"context"

	"github.com/decentralized-ml/dml/abi"
)

// ModelStore stores accepted models as tensor bundles in content storage:
// federated.ModelStore.
type ModelStore struct{ Content Content }

// PutModel encodes and stores the model and returns its CID.
func (s ModelStore) PutModel(ctx context.Context, tensors []abi.Tensor) (string, error) {
	b, err := EncodeTensors(tensors)
	if err != nil {
		return "", err
	}
	return s.Content.Put(ctx, b)
}
