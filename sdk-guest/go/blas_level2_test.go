package dml

import (
	"slices"
	"testing"
)

// a23 is [[1 2 3] [4 5 6]] with Stride 4 (a padding column of 99).
func a23() General {
	return General{Rows: 2, Cols: 3, Stride: 4, Data: []float64{1, 2, 3, 99, 4, 5, 6}}
}

func TestDgemv(t *testing.T) {
	tests := []struct {
		name        string
		t           Transpose
		alpha, beta float64
		x           Vector
		y           []float64
		yinc        int
		want        []float64
	}{
		{"NoTrans", NoTrans, 1, 0, Vector{N: 3, Inc: 1, Data: []float64{1, 1, 1}}, []float64{7, 7}, 1, []float64{6, 15}},
		{"NoTrans beta", NoTrans, 2, 1, Vector{N: 3, Inc: -1, Data: []float64{1, 0, 0}}, []float64{1, 1}, 1, []float64{7, 13}},
		{"Trans", Trans, 1, 0, Vector{N: 2, Inc: 1, Data: []float64{1, 10}}, []float64{0, 0, 0}, 1, []float64{41, 52, 63}},
		{"Trans negative incy", Trans, 1, 0, Vector{N: 2, Inc: 1, Data: []float64{1, 10}}, []float64{0, 0, 0}, -1, []float64{63, 52, 41}},
		{"beta 0 clears NaN", NoTrans, 0, 0, Vector{N: 3, Inc: 1, Data: []float64{1, 1, 1}}, []float64{nan, nan}, 1, []float64{0, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			Dgemv(tc.t, tc.alpha, a23(), tc.x, tc.beta, Vector{N: len(tc.y), Inc: tc.yinc, Data: tc.y})
			if !slices.Equal(tc.y, tc.want) {
				t.Errorf("y = %v, want %v", tc.y, tc.want)
			}
		})
	}
}

func TestDgerKeepsPadding(t *testing.T) {
	a := a23()
	Dger(2, Vector{N: 2, Inc: 1, Data: []float64{1, -1}}, Vector{N: 3, Inc: -1, Data: []float64{1, 2, 3}}, a)
	want := []float64{7, 6, 5, 99, -2, 1, 4}
	if !slices.Equal(a.Data, want) {
		t.Errorf("A = %v, want %v", a.Data, want)
	}
}

func TestSgemvSger(t *testing.T) {
	a := General32{Rows: 2, Cols: 2, Stride: 2, Data: []float32{1, 2, 3, 4}}
	y := []float32{0, 0}
	Sgemv(Trans, 1, a, Vector32{N: 2, Inc: 1, Data: []float32{1, 1}}, 0, Vector32{N: 2, Inc: 1, Data: y})
	if want := []float32{4, 6}; !slices.Equal(y, want) {
		t.Errorf("Sgemv: y = %v, want %v", y, want)
	}
	Sger(1, Vector32{N: 2, Inc: 1, Data: []float32{1, 0}}, Vector32{N: 2, Inc: 1, Data: []float32{1, 1}}, a)
	if want := []float32{2, 3, 3, 4}; !slices.Equal(a.Data, want) {
		t.Errorf("Sger: A = %v, want %v", a.Data, want)
	}
}
