package main

import "testing"

// Pinned (an independent Python port gives the same): the first draws of seed 1.
func TestLCGPinned(t *testing.T) {
	g := lcg{x: 1}
	for i, want := range []uint32{1817669548, 2187888307, 2784682393} {
		if v := g.next(); v != want {
			t.Errorf("draw %d of seed 1: %d, want %d", i, v, want)
		}
	}
}

func TestIntnAndFloat(t *testing.T) {
	tests := []struct{ n int }{{1}, {2}, {7}, {1000}}
	for _, tc := range tests {
		g := lcg{x: 9}
		seen := map[int]bool{}
		for range 50 * tc.n {
			v := g.intn(tc.n)
			if v < 0 || v >= tc.n {
				t.Fatalf("intn(%d) = %d", tc.n, v)
			}
			seen[v] = true
		}
		if tc.n <= 7 && len(seen) != tc.n {
			t.Errorf("intn(%d) drew %d distinct values in %d draws", tc.n, len(seen), 50*tc.n)
		}
	}
	g := lcg{x: 9}
	for range 1000 {
		if f := g.float(); f < 0 || f >= 1 {
			t.Fatalf("float() = %v, want [0, 1)", f)
		}
	}
}
