// Command mlp is the reference multilayer perceptron of DML: one hidden
// layer of ReLU units and a softmax output, trained by mini-batch SGD on
// the cross-entropy, on inputs X (n×d) and labels y (n), from model weights
// W1 (d×h), b1 (h), W2 (h×k), b2 (k), or a He initialisation seeded by
// params.seed. The forward and backward passes are host Dgemm calls. It
// emits the new weights, their training loss and accuracy, and the deltas
// of the weights. sgd.go fixes its arithmetic. Build:
//
//	GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared -trimpath -o build/algorithms/mlp.wasm ./algorithms/mlp
//
// With -tags purewasm the same code runs its BLAS as Go loops inside the
// module (no host BLAS), for comparison.
package main

import (
	"errors"
	"fmt"
	"math"

	"github.com/decentralized-ml/dml/abi"
	dml "github.com/decentralized-ml/dml/sdk-guest/go"
)

// Codes dml_run returns (1 and 2 are the SDK's: other error, panic).
const (
	codeParams int32 = 3 // params out of range or not JSON, or the class count unknown
	codeShape  int32 = 4 // inputs or model of inconsistent shapes
	codeLabels int32 = 5 // a label that is not an integer in 0 .. classes-1
)

var (
	errShape  = errors.New("invalid shape")
	errLabels = errors.New("invalid label")
)

// modelNames are the model tensors, all four or none.
var modelNames = []string{"W1", "b1", "W2", "b2"}

func init() { dml.Register(run) }

func main() {}

func run() error {
	p, err := loadParams()
	if err != nil {
		return dml.Code(codeParams, err)
	}
	x, xShape, err := dml.InputFloat64("X")
	if err != nil {
		return err
	}
	if len(xShape) != 2 || xShape[0] < 1 || xShape[1] < 1 {
		return dml.Code(codeShape, fmt.Errorf("mlp: X has shape %v: want [n, d] with n, d >= 1: %w", xShape, errShape))
	}
	n, d := int(xShape[0]), int(xShape[1])
	g := lcg{x: p.Seed}
	m0, err := loadModel(d, p, &g)
	if err != nil {
		return err
	}
	y, err := loadLabels(n, m0.k)
	if err != nil {
		return err
	}

	m := m0.clone()
	fit(sdkBLAS, m, x, y, &g, p)
	q := evaluate(sdkBLAS, m, x, y, p.L2)
	dml.Logf(abi.LogInfo, "mlp: n=%d d=%d h=%d k=%d epochs=%d batch=%d lr=%g loss=%.6f accuracy=%.4f",
		n, d, m.h, m.k, p.Epochs, p.Batch, p.LR, q.Loss, q.Accuracy)

	shapes := [][]int64{{int64(d), int64(m.h)}, {int64(m.h)}, {int64(m.h), int64(m.k)}, {int64(m.k)}}
	after := [][]float64{m.W1, m.b1, m.W2, m.b2}
	before := [][]float64{m0.W1, m0.b1, m0.W2, m0.b2}
	for i, name := range modelNames {
		if err := dml.EmitOutput(name, shapes[i], after[i]); err != nil {
			return err
		}
	}
	if err := dml.EmitOutput("loss", []int64{1}, []float64{q.Loss}); err != nil {
		return err
	}
	if err := dml.EmitOutput("accuracy", []int64{1}, []float64{q.Accuracy}); err != nil {
		return err
	}
	for i, name := range modelNames {
		if err := dml.EmitDelta(name, shapes[i], sub(after[i], before[i])); err != nil {
			return err
		}
	}
	return nil
}

// loadModel reads W1 (d×h), b1 (h), W2 (h×k) and b2 (k) when the job has
// them (all four, agreeing with params hidden and classes where those are
// set), else returns heInit's weights from g with h = params.hidden (or
// defaultHidden) and k = params.classes.
func loadModel(d int, p params, g *lcg) (*model, error) {
	given := 0
	for _, name := range modelNames {
		if dml.HasModel(name) {
			given++
		}
	}
	switch given {
	case 0:
		if p.Classes == 0 {
			return nil, dml.Code(codeParams, fmt.Errorf("mlp: the number of classes is unknown: set params {\"classes\": k} (10 for Fashion-MNIST) or pass the model W1, b1, W2, b2: %w", errParams))
		}
		h := p.Hidden
		if h == 0 {
			h = defaultHidden
		}
		m := newModel(d, h, p.Classes)
		heInit(m, g)
		return m, nil
	case len(modelNames):
	default:
		return nil, dml.Code(codeShape, fmt.Errorf("mlp: %d of the model tensors W1, b1, W2, b2 given: pass all four, or none for a fresh initialisation: %w", given, errShape))
	}
	read := func(name string, rank int) ([]float64, []int64, error) {
		data, shape, err := dml.ModelFloat64(name)
		if err == nil && len(shape) != rank {
			err = dml.Code(codeShape, fmt.Errorf("mlp: model %s has shape %v: want rank %d: %w", name, shape, rank, errShape))
		}
		return data, shape, err
	}
	w1, s1, err := read("W1", 2)
	if err != nil {
		return nil, err
	}
	b1, sb1, err := read("b1", 1)
	if err != nil {
		return nil, err
	}
	w2, s2, err := read("W2", 2)
	if err != nil {
		return nil, err
	}
	b2, sb2, err := read("b2", 1)
	if err != nil {
		return nil, err
	}
	h, k := int(s1[1]), int(s2[1])
	bad := func(format string, args ...any) error {
		return dml.Code(codeShape, fmt.Errorf("mlp: "+format+": %w", append(args, errShape)...))
	}
	switch {
	case int(s1[0]) != d || h < 1:
		return nil, bad("model W1 has shape %v: want [%d, h], d = columns of X, h >= 1", s1, d)
	case p.Hidden != 0 && h != p.Hidden:
		return nil, bad("model W1 has shape %v: want [%d, %d], h = params hidden, or leave hidden out", s1, d, p.Hidden)
	case int(sb1[0]) != h:
		return nil, bad("model b1 has shape %v: want [%d], h = columns of W1", sb1, h)
	case int(s2[0]) != h || k < 2:
		return nil, bad("model W2 has shape %v: want [%d, k], h = columns of W1, k = classes >= 2", s2, h)
	case p.Classes != 0 && k != p.Classes:
		return nil, bad("model W2 has shape %v: want [%d, %d], k = classes (%d), or leave classes out", s2, h, p.Classes, p.Classes)
	case int(sb2[0]) != k:
		return nil, bad("model b2 has shape %v: want [%d], k = columns of W2", sb2, k)
	}
	return &model{d: d, h: h, k: k, W1: w1, b1: b1, W2: w2, b2: b2}, nil
}

// loadLabels reads y: n labels in 0 .. k-1, as i64 (what the manifest
// declares) or as integral f64 (what a CSV gives without a manifest).
func loadLabels(n, k int) ([]int, error) {
	t, err := dml.Input("y")
	if err != nil {
		return nil, err
	}
	if len(t.Shape) != 1 || int(t.Shape[0]) != n {
		return nil, dml.Code(codeShape, fmt.Errorf("mlp: y has shape %v: want [%d], one label per row of X: %w", t.Shape, n, errShape))
	}
	y := make([]int, n)
	bad := func(i int, v any) error {
		return dml.Code(codeLabels, fmt.Errorf("mlp: y[%d] = %v: want an integer in 0 .. %d (classes - 1): %w", i, v, k-1, errLabels))
	}
	switch t.DType {
	case abi.I64:
		data, _ := dml.Data[int64](t)
		for i, v := range data {
			if v < 0 || v >= int64(k) {
				return nil, bad(i, v)
			}
			y[i] = int(v)
		}
	case abi.F64:
		data, _ := t.Float64s()
		for i, v := range data {
			if !(v >= 0 && v < float64(k)) || v != math.Trunc(v) {
				return nil, bad(i, v)
			}
			y[i] = int(v)
		}
	default:
		return nil, dml.Code(codeShape, fmt.Errorf("mlp: y is %s: want i64 labels (or integral f64): %w", t.DType, errShape))
	}
	return y, nil
}

// sub is a − b, element by element.
func sub(a, b []float64) []float64 {
	out := make([]float64, len(a))
	for i := range a {
		out[i] = a[i] - b[i]
	}
	return out
}
