// Command linreg is the reference linear regression of DML: full-batch
// gradient descent of mean squared error over inputs X (n×d) and y (n),
// starting from model weights w (zeros when the job has no model). It emits
// the new weights, their loss and the weight delta. gd.go fixes its
// arithmetic bit for bit. Build:
//
//	GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared -trimpath -o build/algorithms/linreg.wasm ./algorithms/linreg
package main

import (
	"errors"
	"fmt"

	"github.com/decentralized-ml/dml/abi"
	dml "github.com/decentralized-ml/dml/sdk-guest/go"
)

// Codes dml_run returns (1 and 2 are the SDK's: other error, panic).
const (
	codeParams int32 = 3 // params out of range or not JSON
	codeShape  int32 = 4 // inputs or model of inconsistent shapes
)

// errShape marks inputs or model weights whose shapes do not fit together.
var errShape = errors.New("invalid shape")

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
	y, yShape, err := dml.InputFloat64("y")
	if err != nil {
		return err
	}
	if len(xShape) != 2 || len(yShape) != 1 || xShape[0] != yShape[0] || xShape[0] < 1 {
		return dml.Code(codeShape, fmt.Errorf("linreg: X has shape %v and y %v: want X [n, d] and y [n] with n >= 1: %w", xShape, yShape, errShape))
	}
	d := xShape[1]
	w0 := make([]float64, d)
	if dml.HasModel("w") {
		w, wShape, err := dml.ModelFloat64("w")
		if err != nil {
			return err
		}
		if len(wShape) != 1 || wShape[0] != d {
			return dml.Code(codeShape, fmt.Errorf("linreg: model w has shape %v: want [%d], one weight per column of X: %w", wShape, d, errShape))
		}
		copy(w0, w)
	}

	w, loss := fit(x, y, w0, p.Epochs, p.LR)
	delta := make([]float64, d)
	for j := range delta {
		delta[j] = w[j] - w0[j]
	}
	dml.Logf(abi.LogInfo, "linreg: n=%d d=%d epochs=%d lr=%g loss=%g", xShape[0], d, p.Epochs, p.LR, loss)

	if err := dml.EmitOutput("w", []int64{d}, w); err != nil {
		return err
	}
	if err := dml.EmitOutput("loss", []int64{1}, []float64{loss}); err != nil {
		return err
	}
	return dml.EmitDelta("w", []int64{d}, delta)
}
