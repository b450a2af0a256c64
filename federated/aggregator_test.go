package federated

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func contribs(samples []int64, vs ...[]float64) []Contribution {
	cs := make([]Contribution, len(vs))
	for i, v := range vs {
		cs[i] = Contribution{Device: string(rune('a' + i)), Samples: samples[i], Vector: v}
	}
	return cs
}

func ones(n int) []int64 {
	s := make([]int64, n)
	for i := range s {
		s[i] = 1
	}
	return s
}

// Hand-computed results of every strategy.
func TestStrategiesByHand(t *testing.T) {
	line := [][]float64{{0}, {1}, {2}, {3}, {100}} // Krum scores (f=1, 2 nearest): a 5, b 2, c 2, d 5, e 19013
	tests := []struct {
		name   string
		s      Aggregator
		cs     []Contribution
		want   []float64
		used   []string
		scores map[string]float64
	}{
		{"fedavg weights by samples", FedAvg{}, contribs([]int64{1, 3}, []float64{1, 2}, []float64{5, 6}), []float64{4, 5}, []string{"a", "b"}, nil},
		{"fedavg equal weights", FedAvg{}, contribs(ones(3), []float64{1}, []float64{2}, []float64{6}), []float64{3}, []string{"a", "b", "c"}, nil},
		{"median odd", Median{F: 1}, contribs(ones(3), []float64{1, 10}, []float64{3, -1}, []float64{2, 0}), []float64{2, 0}, []string{"a", "b", "c"}, nil},
		{"median even", Median{F: 1}, contribs(ones(4), []float64{1, 10}, []float64{3, -1}, []float64{2, 0}, []float64{10, 4}), []float64{2.5, 2}, []string{"a", "b", "c", "d"}, nil},
		{"median ignores samples", Median{}, contribs([]int64{1000, 1, 1}, []float64{9}, []float64{1}, []float64{2}), []float64{2}, []string{"a", "b", "c"}, nil},
		{"trimmed mean beta 0.2", TrimmedMean{Beta: 0.2, F: 1}, contribs(ones(5), []float64{100, 0}, []float64{1, 0}, []float64{2, 3}, []float64{3, 0}, []float64{4, -50}), []float64{3, 0}, []string{"a", "b", "c", "d", "e"}, nil},
		{"trimmed mean beta 0 is the mean", TrimmedMean{}, contribs(ones(4), []float64{1}, []float64{2}, []float64{3}, []float64{10}), []float64{4}, []string{"a", "b", "c", "d"}, nil},
		{"krum", Krum{F: 1}, contribs(ones(5), line...), []float64{1}, []string{"b"},
			map[string]float64{"a": 5, "b": 2, "c": 2, "d": 5, "e": 9409 + 9604}},
		{"multi-krum 2", Krum{F: 1, M: 2}, contribs(ones(5), line...), []float64{1.5}, []string{"b", "c"}, nil},
		{"multi-krum 3 breaks the a/d tie by id", Krum{F: 1, M: 3}, contribs(ones(5), line...), []float64{1}, []string{"a", "b", "c"}, nil},
		{"krum f=0", Krum{}, contribs(ones(3), []float64{0, 0}, []float64{1, 1}, []float64{1.5, 1.5}), []float64{1, 1}, []string{"b"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.s.Aggregate(tc.cs)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got.Vector, tc.want) || !slices.Equal(got.Used, tc.used) {
				t.Errorf("%s = %v used %v, want %v used %v", tc.s.Name(), got.Vector, got.Used, tc.want, tc.used)
			}
			for d, s := range tc.scores {
				if got.Scores[d] != s {
					t.Errorf("score of %s = %v, want %v", d, got.Scores[d], s)
				}
			}
		})
	}
}

// Configurations that cannot keep their guarantee are refused.
func TestStrategiesRefuse(t *testing.T) {
	tests := []struct {
		s Aggregator
		n int
	}{
		{FedAvg{}, 0},
		{Median{F: 3}, 6}, {Median{F: 1}, 2}, {Median{F: -1}, 5},
		{Krum{F: 2}, 6}, {Krum{F: 1}, 4}, {Krum{F: 0}, 2}, {Krum{F: 1, M: 5}, 5}, {Krum{F: -1}, 9},
		{TrimmedMean{Beta: 0.5}, 10}, {TrimmedMean{Beta: -0.1}, 10}, {TrimmedMean{Beta: math.NaN()}, 10},
		{TrimmedMean{Beta: 0.1, F: 1}, 5}, {TrimmedMean{Beta: 0.4999999999999}, 2},
	}
	for _, tc := range tests {
		err := tc.s.Check(tc.n)
		if !errors.Is(err, ErrConfig) {
			t.Errorf("%s with n=%d: err = %v, want ErrConfig", tc.s.Name(), tc.n, err)
			continue
		}
		cs := make([]Contribution, tc.n)
		for i := range cs {
			cs[i] = Contribution{Device: string(rune('a' + i)), Samples: 1, Vector: []float64{float64(i)}}
		}
		if _, err := tc.s.Aggregate(cs); err == nil {
			t.Errorf("%s aggregated %d updates", tc.s.Name(), tc.n)
		}
	}
	for _, ok := range []struct {
		s Aggregator
		n int
	}{{Median{F: 2}, 5}, {Krum{F: 1}, 5}, {Krum{F: 2}, 7}, {Krum{F: 1, M: 4}, 5}, {TrimmedMean{Beta: 0.2, F: 1}, 5}, {TrimmedMean{Beta: 0.29, F: 29}, 100}} {
		if err := ok.s.Check(ok.n); err != nil {
			t.Errorf("%s with n=%d: %v", ok.s.Name(), ok.n, err)
		}
	}
}

func TestStrategiesRefuseBadContributions(t *testing.T) {
	for _, s := range []Aggregator{FedAvg{}, Median{}, TrimmedMean{}, Krum{}} {
		dup := []Contribution{{"a", 1, []float64{1}}, {"b", 1, []float64{1}}, {"a", 1, []float64{2}}}
		if _, err := s.Aggregate(dup); !errors.Is(err, ErrDuplicateDevice) {
			t.Errorf("%s with a duplicate device: %v", s.Name(), err)
		}
		ragged := []Contribution{{"a", 1, []float64{1}}, {"b", 1, []float64{1, 2}}, {"c", 1, []float64{2}}}
		if _, err := s.Aggregate(ragged); !errors.Is(err, ErrDeltaShape) {
			t.Errorf("%s with ragged vectors: %v", s.Name(), err)
		}
		if _, err := s.Aggregate(nil); !errors.Is(err, ErrNoUpdates) {
			t.Errorf("%s with no updates: %v", s.Name(), err)
		}
	}
	if _, err := (FedAvg{}).Aggregate([]Contribution{{"a", 0, []float64{1}}}); !errors.Is(err, ErrNoSamples) {
		t.Errorf("fedavg with 0 samples: %v", err)
	}
}

// Shuffling the contributions never changes a bit of any result.
func TestStrategiesOrderIndependent(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	cs := make([]Contribution, 9)
	for i := range cs {
		v := make([]float64, 50)
		for j := range v {
			v[j] = rng.NormFloat64() * math.Pow(10, float64(rng.IntN(6)-3))
		}
		cs[i] = Contribution{Device: string(rune('a' + i)), Samples: int64(1 + rng.IntN(100)), Vector: v}
	}
	for _, s := range []Aggregator{FedAvg{}, Median{F: 4}, TrimmedMean{Beta: 0.25, F: 2}, Krum{F: 3}, Krum{F: 2, M: 4}} {
		want, err := s.Aggregate(cs)
		if err != nil {
			t.Fatal(err)
		}
		for k := 0; k < 20; k++ {
			shuffled := slices.Clone(cs)
			rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			got, err := s.Aggregate(shuffled)
			if err != nil {
				t.Fatal(err)
			}
			for j := range want.Vector {
				if math.Float64bits(got.Vector[j]) != math.Float64bits(want.Vector[j]) {
					t.Fatalf("%s: element %d is %v after a shuffle, %v before", s.Name(), j, got.Vector[j], want.Vector[j])
				}
			}
			if !slices.Equal(got.Used, want.Used) {
				t.Fatalf("%s: used %v after a shuffle, %v before", s.Name(), got.Used, want.Used)
			}
		}
	}
}

func TestSensitivity(t *testing.T) {
	cs := contribs([]int64{1, 3}, []float64{0}, []float64{0})
	tests := []struct {
		s    Aggregator
		want float64
	}{{FedAvg{}, 2 * 2 * 3.0 / 4}, {Krum{}, 4}, {Median{}, 0}, {TrimmedMean{}, 0}}
	for _, tc := range tests {
		if got := tc.s.Sensitivity(2, cs); got != tc.want {
			t.Errorf("%s sensitivity = %v, want %v", tc.s.Name(), got, tc.want)
		}
	}
}
