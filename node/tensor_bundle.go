package node

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/decentralized-ml/dml/abi"
)

// BundleFormat names the encoding of a set of tensors (a model, a run's
// outputs) stored in IPFS.
const BundleFormat = "dml-tensors-v1"

// ErrBundle marks bytes that are not a tensor bundle.
var ErrBundle = errors.New("not a tensor bundle")

type bundleTensor struct {
	Name  string  `json:"name"`
	DType string  `json:"dtype"`
	Shape []int64 `json:"shape"`
	Data  []byte  `json:"data"`
}

type bundle struct {
	Format  string         `json:"format"`
	Tensors []bundleTensor `json:"tensors"`
}

// EncodeTensors encodes tensors as a JSON bundle (data base64, little-endian),
// in the order given.
func EncodeTensors(ts []abi.Tensor) ([]byte, error) {
	b := bundle{Format: BundleFormat, Tensors: make([]bundleTensor, len(ts))}
	for i := range ts {
		if err := ts[i].Check(); err != nil {
			return nil, fmt.Errorf("encode tensors: %w", err)
		}
		b.Tensors[i] = bundleTensor{Name: ts[i].Name, DType: ts[i].DType.String(), Shape: ts[i].Shape, Data: ts[i].Data}
	}
	return json.Marshal(b)
}

// DecodeTensors decodes a bundle made by EncodeTensors and checks every tensor.
func DecodeTensors(data []byte) ([]abi.Tensor, error) {
	var b bundle
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBundle, err)
	}
	if b.Format != BundleFormat {
		return nil, fmt.Errorf("%w: format %q, want %q", ErrBundle, b.Format, BundleFormat)
	}
	out := make([]abi.Tensor, len(b.Tensors))
	for i, t := range b.Tensors {
		dt, err := abi.ParseDType(t.DType)
		if err != nil {
			return nil, fmt.Errorf("%w: tensor %q: %v", ErrBundle, t.Name, err)
		}
		out[i] = abi.Tensor{Name: t.Name, DType: dt, Shape: t.Shape, Data: t.Data}
		if out[i].Data == nil {
			out[i].Data = []byte{}
		}
		if err := out[i].Check(); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBundle, err)
		}
	}
	return out, nil
}
