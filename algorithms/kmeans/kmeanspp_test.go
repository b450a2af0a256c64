package main

import (
	"slices"
	"testing"
)

// On far-apart blobs k-means++ picks one row in each blob, and the same
// rows for the same seed.
func TestKmeansppSpreads(t *testing.T) {
	const d, per = 3, 40
	x := blobs(fourCentres, per, 0.5, 3)
	for seed := range uint64(10) {
		g1, g2 := lcg{x: seed}, lcg{x: seed}
		c := kmeanspp(sdkBLAS, x, d, 4, &g1)
		if again := kmeanspp(sdkBLAS, x, d, 4, &g2); !slices.Equal(c, again) {
			t.Fatalf("seed %d: two runs differ", seed)
		}
		seen := map[int]bool{}
		for j := range 4 {
			row := c[j*d : j*d+d]
			blob := -1
			for i := range len(x) / d {
				if slices.Equal(x[i*d:i*d+d], row) {
					blob = i / per
				}
			}
			if blob < 0 {
				t.Fatalf("seed %d: centroid %d = %v is not a row of X", seed, j, row)
			}
			seen[blob] = true
		}
		if len(seen) != 4 {
			t.Errorf("seed %d: centroids in %d blobs, want 4", seed, len(seen))
		}
	}
}

// k = n on duplicate rows: total weight 0 falls back to uniform draws.
func TestKmeansppDuplicates(t *testing.T) {
	x := []float64{1, 1, 1, 1, 1, 1}
	g := lcg{x: 1}
	if c := kmeanspp(sdkBLAS, x, 2, 3, &g); !slices.Equal(c, x) {
		t.Errorf("centroids %v, want three copies of (1, 1)", c)
	}
}

func TestDraw(t *testing.T) {
	tests := []struct {
		name string
		dist []float64
		want func(int) bool
	}{
		{"only one positive", []float64{0, 0, 3, 0}, func(i int) bool { return i == 2 }},
		{"zeros are never drawn", []float64{0, 1, 0, 1}, func(i int) bool { return i == 1 || i == 3 }},
		{"all zero: any row", []float64{0, 0, 0}, func(i int) bool { return i >= 0 && i < 3 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := lcg{x: 5}
			total := 0.0
			for _, v := range tc.dist {
				total += v
			}
			for range 100 {
				if i := draw(tc.dist, total, &g); !tc.want(i) {
					t.Fatalf("drew row %d of %v", i, tc.dist)
				}
			}
		})
	}
	// Proportional: weights 1 and 3 drawn about 1:3.
	g := lcg{x: 8}
	hits := [2]int{}
	for range 4000 {
		hits[draw([]float64{1, 3}, 4, &g)]++
	}
	if hits[0] < 800 || hits[0] > 1200 {
		t.Errorf("weights 1:3 drawn %v times", hits)
	}
}
