// Command logreg is the reference multinomial logistic regression of DML:
// softmax over x·W + b, trained by mini-batch SGD on inputs X (n×d) and
// labels y (n), from model weights W (d×k) and b (k), or zeros. The forward
// pass and the gradient are host Dgemm calls. It emits the new W and b,
// their training loss and accuracy, and the deltas of W and b. sgd.go fixes
// its arithmetic. Build:
//
//	GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared -trimpath -o build/algorithms/logreg.wasm ./algorithms/logreg
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
	codeParams int32 = 3 // params out of range or not JSON
	codeShape  int32 = 4 // inputs or model of inconsistent shapes
	codeLabels int32 = 5 // a label that is not an integer in 0 .. classes-1
)

var (
	errShape  = errors.New("invalid shape")
	errLabels = errors.New("invalid label")
)

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
		return dml.Code(codeShape, fmt.Errorf("logreg: X has shape %v: want [n, d] with n, d >= 1: %w", xShape, errShape))
	}
	n, d := int(xShape[0]), int(xShape[1])
	m0, err := loadModel(d, p.Classes)
	if err != nil {
		return err
	}
	y, err := loadLabels(n, m0.k)
	if err != nil {
		return err
	}

	m := &model{d: d, k: m0.k, W: append([]float64(nil), m0.W...), b: append([]float64(nil), m0.b...)}
	fit(sdkBLAS, m, x, y, p)
	q := evaluate(sdkBLAS, m, x, y, p.L2)
	dml.Logf(abi.LogInfo, "logreg: n=%d d=%d k=%d epochs=%d batch=%d lr=%g loss=%.6f accuracy=%.4f",
		n, d, m.k, p.Epochs, p.Batch, p.LR, q.Loss, q.Accuracy)

	dW, db := sub(m.W, m0.W), sub(m.b, m0.b)
	wShape, bShape := []int64{int64(d), int64(m.k)}, []int64{int64(m.k)}
	for _, e := range []func() error{
		func() error { return dml.EmitOutput("W", wShape, m.W) },
		func() error { return dml.EmitOutput("b", bShape, m.b) },
		func() error { return dml.EmitOutput("loss", []int64{1}, []float64{q.Loss}) },
		func() error { return dml.EmitOutput("accuracy", []int64{1}, []float64{q.Accuracy}) },
		func() error { return dml.EmitDelta("W", wShape, dW) },
		func() error { return dml.EmitDelta("b", bShape, db) },
	} {
		if err := e(); err != nil {
			return err
		}
	}
	return nil
}

// loadModel reads W (d×k) and b (k) when the job has them, else returns
// zeros with k = classes. Either may be given alone; the other is zeros.
func loadModel(d, classes int) (*model, error) {
	k := classes
	var w, b []float64
	if dml.HasModel("W") {
		data, shape, err := dml.ModelFloat64("W")
		if err != nil {
			return nil, err
		}
		if len(shape) != 2 || int(shape[0]) != d || shape[1] < 2 || (k != 0 && int(shape[1]) != k) {
			return nil, dml.Code(codeShape, fmt.Errorf("logreg: model W has shape %v: want [%d, k], d = columns of X, k = classes (%d) >= 2: %w", shape, d, classes, errShape))
		}
		w, k = data, int(shape[1])
	}
	if dml.HasModel("b") {
		data, shape, err := dml.ModelFloat64("b")
		if err != nil {
			return nil, err
		}
		if len(shape) != 1 || shape[0] < 2 || (k != 0 && int(shape[0]) != k) {
			return nil, dml.Code(codeShape, fmt.Errorf("logreg: model b has shape %v: want [k], k = classes (%d) = columns of W: %w", shape, k, errShape))
		}
		b, k = data, int(shape[0])
	}
	if k == 0 {
		return nil, dml.Code(codeParams, fmt.Errorf("logreg: the number of classes is unknown: set params {\"classes\": k} (10 for Fashion-MNIST) or pass model W: %w", errParams))
	}
	if w == nil {
		w = make([]float64, d*k)
	}
	if b == nil {
		b = make([]float64, k)
	}
	return &model{d: d, k: k, W: w, b: b}, nil
}

// loadLabels reads y: n labels in 0 .. k-1, as i64 (what the manifest
// declares) or as integral f64 (what a CSV gives without a manifest).
func loadLabels(n, k int) ([]int, error) {
	t, err := dml.Input("y")
	if err != nil {
		return nil, err
	}
	if len(t.Shape) != 1 || int(t.Shape[0]) != n {
		return nil, dml.Code(codeShape, fmt.Errorf("logreg: y has shape %v: want [%d], one label per row of X: %w", t.Shape, n, errShape))
	}
	y := make([]int, n)
	bad := func(i int, v any) error {
		return dml.Code(codeLabels, fmt.Errorf("logreg: y[%d] = %v: want an integer in 0 .. %d (classes - 1): %w", i, v, k-1, errLabels))
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
		return nil, dml.Code(codeShape, fmt.Errorf("logreg: y is %s: want i64 labels (or integral f64): %w", t.DType, errShape))
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
