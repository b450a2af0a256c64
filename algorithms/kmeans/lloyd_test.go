package main

import (
	"math"
	"testing"
)

// blobs are per points around each of the centres (d = len(centres[0])),
// offsets uniform in ±spread from a fixed LCG; rows grouped by centre.
func blobs(centres [][]float64, per int, spread float64, seed uint64) []float64 {
	g := lcg{x: seed}
	var x []float64
	for _, c := range centres {
		for range per {
			for _, v := range c {
				x = append(x, v+(2*g.float()-1)*spread)
			}
		}
	}
	return x
}

// grid rounds every value of x to a multiple of 2⁻⁸: sums of up to 2³⁰ such
// values of magnitude below 2⁸ are exact in float64, in any order.
func grid(x []float64) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = math.Round(v*256) / 256
	}
	return out
}

var fourCentres = [][]float64{{5, 5, 0}, {-5, 5, 1}, {-5, -5, 2}, {5, -5, 3}}

func TestLloydRecoversBlobs(t *testing.T) {
	tests := []struct {
		name   string
		seed   uint64
		iters  int
		lo, hi float64 // inertia per row
	}{
		// Uniform offsets in ±1 on 3 axes: E‖e‖² = 1 per row around the mean.
		{"seed 0", 0, 20, 0.8, 1.2},
		{"seed 1", 1, 20, 0.8, 1.2},
		{"seed 7", 7, 20, 0.8, 1.2},
		// After one step the inertia is measured against the k-means++
		// rows, not the means: 1 + ‖e_c‖² per row, ‖e_c‖² in [0, 3].
		{"one step", 3, 1, 1, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			const per, d = 50, 3
			x := blobs(fourCentres, per, 1, 11)
			g := lcg{x: tc.seed}
			c0 := kmeanspp(sdkBLAS, x, d, 4, &g)
			r := lloyd(sdkBLAS, x, d, c0, tc.iters)
			for j := range 4 {
				c := r.C[j*d : j*d+d]
				best := math.Inf(1)
				for _, want := range fourCentres {
					dist := 0.0
					for p := range d {
						dist += (c[p] - want[p]) * (c[p] - want[p])
					}
					best = min(best, math.Sqrt(dist))
				}
				if best > 0.3 {
					t.Errorf("centroid %d = %v is %.3f from the nearest true centre", j, c, best)
				}
				if r.counts[j] != per {
					t.Errorf("cluster %d has %v rows, want %d", j, r.counts[j], per)
				}
			}
			if perRow := r.inertia / (4 * per); perRow < tc.lo || perRow > tc.hi {
				t.Errorf("inertia %v per row, want %v .. %v", perRow, tc.lo, tc.hi)
			}
		})
	}
}

// fedAggregate is what the server does with the devices' deltas: totals of
// sums and counts (devices in order), then update on a copy of c.
func fedAggregate(c []float64, d int, rs []result) ([]float64, []float64) {
	k := len(c) / d
	sums, counts := make([]float64, k*d), make([]float64, k)
	for _, r := range rs {
		for i, v := range r.sums {
			sums[i] += v
		}
		for j, v := range r.counts {
			counts[j] += v
		}
	}
	out := append([]float64(nil), c...)
	update(out, d, sums, counts)
	return out, counts
}

// split cuts the rows of x into parts by the row → device function dev.
func split(x []float64, d, parts int, dev func(i int) int) [][]float64 {
	out := make([][]float64, parts)
	for i := range len(x) / d {
		p := dev(i)
		out[p] = append(out[p], x[i*d:i*d+d]...)
	}
	return out
}

// The exactness claim: one Lloyd step on each of 3 devices from the same
// C, then Σ sums / Σ counts, gives bit for bit the centroids (and counts
// and inertia) of one step on all the data — whenever the sums themselves
// are exact, as on data on a grid of 2⁻⁸. Sample-count FedAvg of the
// devices' centroid deltas does not.
func TestFederatedStepIsExact(t *testing.T) {
	const d = 3
	x := grid(blobs(fourCentres, 60, 3, 5)) // overlapping blobs: many rows near boundaries
	n := len(x) / d
	g := lcg{x: 2}
	c := kmeanspp(sdkBLAS, x, d, 4, &g)
	all := lloyd(sdkBLAS, x, d, c, 1)
	tests := []struct {
		name string
		dev  func(i int) int
	}{
		{"contiguous thirds", func(i int) int { return 3 * i / n }},
		{"uneven, non-IID", func(i int) int { return min(2, i/(n/6)) }}, // 1/6, 1/6, 2/3
		{"round robin", func(i int) int { return i % 3 }},
		{"by parity of the blob", func(i int) int { return (i / 60 % 2) * 2 }}, // device 1 holds nothing
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var rs []result
			fedavg := make([]float64, len(c))
			for _, part := range split(x, d, 3, tc.dev) {
				if len(part) == 0 {
					continue
				}
				r := lloyd(sdkBLAS, part, d, c, 1)
				rs = append(rs, r)
				for i := range fedavg {
					fedavg[i] += float64(len(part)/d) / float64(n) * (r.C[i] - c[i])
				}
			}
			got, counts := fedAggregate(c, d, rs)
			for i := range got {
				if math.Float64bits(got[i]) != math.Float64bits(all.C[i]) {
					t.Fatalf("C[%d]: federated %v, centralised %v", i, got[i], all.C[i])
				}
			}
			inertia := 0.0
			for j := range counts {
				if counts[j] != all.counts[j] {
					t.Fatalf("counts[%d]: federated %v, centralised %v", j, counts[j], all.counts[j])
				}
			}
			for _, r := range rs {
				inertia += r.inertia
			}
			// Exact here because C holds rows of X (k-means++), so x − c is on the grid too.
			if inertia != all.inertia {
				t.Errorf("inertia: Σ devices %v, centralised %v", inertia, all.inertia)
			}
			if tc.name != "round robin" { // round robin spreads each cluster evenly: FedAvg is right there
				worst := 0.0
				for i := range fedavg {
					worst = max(worst, math.Abs(c[i]+fedavg[i]-all.C[i]))
				}
				if worst < 1e-3 {
					t.Errorf("FedAvg of centroid deltas is off by only %v: the split does not show its error", worst)
				}
				t.Logf("FedAvg of centroid deltas by sample count is off by up to %.3g", worst)
			}
		})
	}
}

// On data off any grid the federated sums round differently from the
// centralised ones: the centroids agree to a few ulps (not bit for bit),
// the counts exactly.
func TestFederatedStepOffGrid(t *testing.T) {
	const d = 3
	x := blobs(fourCentres, 1000, 3, 5)
	for i := range x {
		x[i] *= math.Pi // 53 significant bits: the sums round
	}
	n := len(x) / d
	g := lcg{x: 2}
	c := kmeanspp(sdkBLAS, x, d, 4, &g)
	all := lloyd(sdkBLAS, x, d, c, 1)
	var rs []result
	for _, part := range split(x, d, 3, func(i int) int { return 3 * i / n }) {
		rs = append(rs, lloyd(sdkBLAS, part, d, c, 1))
	}
	got, counts := fedAggregate(c, d, rs)
	differ := 0
	for i := range got {
		if math.Abs(got[i]-all.C[i]) > 1e-13*max(1, math.Abs(all.C[i])) {
			t.Errorf("C[%d]: federated %v, centralised %v", i, got[i], all.C[i])
		}
		if got[i] != all.C[i] {
			differ++
		}
	}
	t.Logf("off the grid, %d of %d centroid values differ in their last bits", differ, len(got))
	if differ == 0 {
		t.Errorf("no centroid differs: the data does not show the rounding this test is about")
	}
	for j := range counts {
		if counts[j] != all.counts[j] {
			t.Errorf("counts[%d]: federated %v, centralised %v", j, counts[j], all.counts[j])
		}
	}
}

func TestEmptyClusterKeepsCentroid(t *testing.T) {
	x := []float64{0, 0, 1, 1, 10, 10, 11, 11}
	c0 := []float64{0.5, 0.5, 100, 100, 10, 10}
	r := lloyd(sdkBLAS, x, 2, c0, 5)
	want := []float64{0.5, 0.5, 100, 100, 10.5, 10.5}
	for i := range want {
		if r.C[i] != want[i] {
			t.Fatalf("C = %v, want %v", r.C, want)
		}
	}
	if r.counts[1] != 0 || r.sums[2] != 0 || r.sums[3] != 0 {
		t.Errorf("empty cluster: count %v, sums %v, want 0", r.counts[1], r.sums[2:4])
	}
	if r.inertia != 4*0.5 {
		t.Errorf("inertia %v, want 2", r.inertia)
	}
}

// Stopping once no assignment changes alters no output bit: one more
// step from the stable centroids gives them back, with the same sums.
func TestLloydStopsWhenStable(t *testing.T) {
	const d = 3
	x := blobs(fourCentres, 30, 4, 8)
	g := lcg{x: 4}
	c0 := kmeanspp(sdkBLAS, x, d, 4, &g)
	r := lloyd(sdkBLAS, x, d, c0, 1000)
	if r.iters >= 1000 || r.iters < 2 {
		t.Fatalf("ran %d steps, want an early stop", r.iters)
	}
	s := lloyd(sdkBLAS, x, d, r.C, 1)
	if s.inertia != r.inertia {
		t.Errorf("one more step: inertia %v, stable %v", s.inertia, r.inertia)
	}
	for i := range s.C {
		if s.C[i] != r.C[i] || s.sums[i] != r.sums[i] {
			t.Fatalf("one more step moved C[%d] from %v to %v", i, r.C[i], s.C[i])
		}
	}
}

// assign over several blocks of assignRows rows picks the nearest centroid
// (the first on ties), as a direct search does.
func TestAssignBlocks(t *testing.T) {
	const d, k = 4, 5
	n := 2*assignRows + 3
	g := lcg{x: 6}
	x := make([]float64, n*d)
	for i := range x {
		x[i] = 2*g.float() - 1
	}
	c := append(make([]float64, 0, k*d), x[:k*d]...)
	copy(c[4*d:], c[3*d:4*d]) // centroids 3 and 4 tie: 4 never wins
	a := make([]int, n)
	assign(sdkBLAS, x, d, c, a)
	for i := range n {
		best, arg := math.Inf(1), -1
		for j := range k {
			s := 0.0
			for p := range d {
				e := x[i*d+p] - c[j*d+p]
				s += e * e
			}
			if s < best {
				best, arg = s, j
			}
		}
		if a[i] != arg {
			// The expanded form may flip a near tie: accept only a tie to 1e-12.
			alt := 0.0
			for p := range d {
				e := x[i*d+p] - c[a[i]*d+p]
				alt += e * e
			}
			if alt-best > 1e-12 {
				t.Fatalf("row %d: assigned %d (distance² %v), nearest %d (%v)", i, a[i], alt, arg, best)
			}
		}
		if a[i] == 4 {
			t.Fatalf("row %d went to centroid 4, a tie of the earlier centroid 3", i)
		}
	}
}
