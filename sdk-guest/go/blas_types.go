package dml

import "github.com/decentralized-ml/dml/abi"

// Transpose selects op(A) in Dgemv and Dgemm: A itself or Aᵀ. Its values
// are the ABI's CBLAS codes.
type Transpose int32

// Transpose values.
const (
	NoTrans = Transpose(abi.NoTrans)
	Trans   = Transpose(abi.Trans)
)

// Vector is N float64 elements of Data, Inc apart, as gonum's
// blas64.Vector (same fields, in another order). Element i is Data[i·Inc],
// or Data[(N−1−i)·|Inc|] when Inc < 0, as in reference BLAS.
//
// Any []float64 is aligned as the ABI requires: Go's allocator aligns every
// float64 array to 8 bytes, and a subslice starts a whole number of
// elements further. Only a slice made with package unsafe from a []byte
// can be misaligned; the BLAS calls panic on it.
type Vector struct {
	N, Inc int
	Data   []float64
}

// General is a Rows×Cols float64 matrix in row-major order, as gonum's
// blas64.General: element (i, j) is Data[i·Stride+j], Stride ≥ max(1, Cols).
type General struct {
	Rows, Cols int
	Stride     int
	Data       []float64
}

// Vector32 is the float32 twin of Vector (gonum's blas32.Vector).
type Vector32 struct {
	N, Inc int
	Data   []float32
}

// General32 is the float32 twin of General (gonum's blas32.General).
type General32 struct {
	Rows, Cols int
	Stride     int
	Data       []float32
}

// NewGeneral is a zeroed rows×cols matrix with Stride cols (1 when cols is 0).
//
//	w := dml.NewGeneral(784, 10)
func NewGeneral(rows, cols int) General {
	return General{Rows: rows, Cols: cols, Stride: max(1, cols), Data: make([]float64, rows*cols)}
}

// NewGeneral32 is the float32 twin of NewGeneral.
func NewGeneral32(rows, cols int) General32 {
	return General32{Rows: rows, Cols: cols, Stride: max(1, cols), Data: make([]float32, rows*cols)}
}
