package main

import (
	"math"
	"testing"
)

// TestFitRecoversCosts: rows generated from known costs are fitted back to
// them, floors hold, and rounding keeps the exact integer answer.
func TestFitRecoversCosts(t *testing.T) {
	want := []uint64{1, 3, 8, 20}
	const nsPerGas = 0.1
	counts := [][]float64{
		{100, 10, 0, 0},
		{50, 0, 40, 0},
		{10, 10, 10, 10},
		{0, 30, 0, 5},
		{200, 0, 0, 1},
	}
	var rows []row
	for i, c := range counts {
		rw := row{Name: string(rune('a' + i)), Counts: c, weight: 1}
		rw.NS = predictedGas(rw, want) * nsPerGas
		rows = append(rows, rw)
	}
	floor := []float64{1, 1, 1, 1}
	x := fitCosts(rows, nsPerGas, floor)
	for c := range want {
		if math.Abs(x[c]-float64(want[c])) > 1e-6 {
			t.Fatalf("fitted %v, want %v", x, want)
		}
	}
	got := roundCosts(rows, nsPerGas, x, floor)
	for c := range want {
		if got[c] != want[c] {
			t.Fatalf("rounded %v, want %v", got, want)
		}
	}
}

// TestFitFloor: a column the rows say is free stays at its floor.
func TestFitFloor(t *testing.T) {
	rows := []row{
		{Counts: []float64{100, 100}, NS: 10, weight: 1}, // column 0 costs nothing
		{Counts: []float64{0, 100}, NS: 10, weight: 1},
	}
	x := fitCosts(rows, 0.1, []float64{1, 0})
	if x[0] != 1 || math.Abs(x[1]-0.5) > 0.01 {
		t.Fatalf("fitted %v, want [1 ~0.5]", x)
	}
}

func TestSpread(t *testing.T) {
	cv, mm := spread([]float64{1, 1, 1})
	if cv != 0 || mm != 1 {
		t.Fatalf("spread of equal values: %v %v", cv, mm)
	}
	cv, mm = spread([]float64{1, 3})
	if math.Abs(cv-0.5) > 1e-12 || mm != 3 {
		t.Fatalf("spread(1, 3) = %v, %v; want 0.5, 3", cv, mm)
	}
}
