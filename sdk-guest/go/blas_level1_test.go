package dml

import (
	"math"
	"slices"
	"testing"
)

// rev is x = [3 2 1] stored backwards with a gap: Inc −2 reads Data[4],
// Data[2], Data[0] (reference BLAS).
func rev() Vector { return Vector{N: 3, Inc: -2, Data: []float64{1, 99, 2, 99, 3}} }

func TestLevel1Float64(t *testing.T) {
	tests := []struct {
		name string
		got  func() float64
		want float64
	}{
		{"Ddot", func() float64 { return Ddot(rev(), Vector{N: 3, Inc: 1, Data: []float64{1, 2, 3}}) }, 3 + 4 + 3},
		{"Ddot both negative", func() float64 { return Ddot(rev(), rev()) }, 9 + 4 + 1},
		{"Ddot empty nil", func() float64 { return Ddot(Vector{Inc: 1}, Vector{Inc: -1}) }, 0},
		{"Dnrm2", func() float64 { return Dnrm2(Vector{N: 2, Inc: 1, Data: []float64{3, 4}}) }, 5},
		{"Dnrm2 no overflow", func() float64 { return Dnrm2(Vector{N: 2, Inc: 1, Data: []float64{3e300, 4e300}}) }, 5e300},
		{"Dnrm2 no underflow", func() float64 { return Dnrm2(Vector{N: 2, Inc: 1, Data: []float64{3e-300, 4e-300}}) }, 5e-300},
		{"Dnrm2 strided", func() float64 { return Dnrm2(Vector{N: 2, Inc: 3, Data: []float64{3, 7, 7, -4}}) }, 5},
		{"Dasum", func() float64 { return Dasum(Vector{N: 3, Inc: -1, Data: []float64{-1, 2, -3}}) }, 6},
		{"Idamax first of ties", func() float64 { return float64(Idamax(Vector{N: 3, Inc: 1, Data: []float64{1, -5, 5}})) }, 1},
		{"Idamax negative inc", func() float64 { return float64(Idamax(Vector{N: 3, Inc: -1, Data: []float64{5, 1, -7}})) }, 0},
		{"Idamax empty", func() float64 { return float64(Idamax(Vector{Inc: 1})) }, -1},
		{"Idamax NaN first", func() float64 {
			return float64(Idamax(Vector{N: 2, Inc: 1, Data: []float64{math.NaN(), 2}}))
		}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.got(); math.Abs(got-tc.want) > 1e-15*math.Abs(tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestLevel1Updates(t *testing.T) {
	tests := []struct {
		name string
		do   func(y []float64)
		y    []float64
		want []float64
	}{
		{"Daxpy", func(y []float64) { Daxpy(2, rev(), Vector{N: 3, Inc: 1, Data: y}) }, []float64{1, 1, 1}, []float64{7, 5, 3}},
		{"Daxpy into negative inc", func(y []float64) {
			Daxpy(-1, Vector{N: 3, Inc: 1, Data: []float64{1, 2, 3}}, Vector{N: 3, Inc: -1, Data: y})
		}, []float64{0, 0, 0}, []float64{-3, -2, -1}},
		{"Dscal strided", func(y []float64) { Dscal(10, Vector{N: 2, Inc: 2, Data: y}) }, []float64{1, 2, 3}, []float64{10, 2, 30}},
		{"Dcopy reverses", func(y []float64) {
			Dcopy(Vector{N: 3, Inc: 1, Data: []float64{1, 2, 3}}, Vector{N: 3, Inc: -1, Data: y})
		}, make([]float64, 3), []float64{3, 2, 1}},
		{"Dcopy strided", func(y []float64) { Dcopy(rev(), Vector{N: 3, Inc: 2, Data: y}) }, make([]float64, 5), []float64{3, 0, 2, 0, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.do(tc.y)
			if !slices.Equal(tc.y, tc.want) {
				t.Errorf("got %v, want %v", tc.y, tc.want)
			}
		})
	}
}

func TestLevel1Float32(t *testing.T) {
	x := Vector32{N: 3, Inc: -1, Data: []float32{1, 2, 3}} // [3 2 1]
	y := Vector32{N: 3, Inc: 1, Data: []float32{1, 2, 3}}
	if got := Sdot(x, y); got != 10 {
		t.Errorf("Sdot = %v, want 10", got)
	}
	if got := Snrm2(Vector32{N: 2, Inc: 1, Data: []float32{3, 4}}); got != 5 {
		t.Errorf("Snrm2 = %v, want 5", got)
	}
	if got := Sasum(x); got != 6 {
		t.Errorf("Sasum = %v, want 6", got)
	}
	if got := Isamax(x); got != 0 {
		t.Errorf("Isamax = %v, want 0", got)
	}
	z := make([]float32, 3)
	Scopy(x, Vector32{N: 3, Inc: 1, Data: z})
	Saxpy(1, y, Vector32{N: 3, Inc: 1, Data: z})
	Sscal(0.5, Vector32{N: 3, Inc: 1, Data: z})
	if want := []float32{2, 2, 2}; !slices.Equal(z, want) {
		t.Errorf("Scopy, Saxpy, Sscal gave %v, want %v", z, want)
	}
}
