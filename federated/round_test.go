package federated

import (
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
)

func TestAggregateAppliesToModel(t *testing.T) {
	m := testModel([]float64{1, 2}, 10)
	us := []Update{vecUpdate("a", 1, m, []float64{1, 0, 4}), vecUpdate("b", 3, m, []float64{5, 4, 0})}
	// FedAvg of the deltas (layout b, w0, w1): (1·[1 0 4] + 3·[5 4 0]) / 4 = [4 3 1].
	tests := []struct {
		eta  float64
		want []float64
	}{{0, []float64{14, 4, 3}}, {1, []float64{14, 4, 3}}, {0.5, []float64{12, 2.5, 2.5}}}
	for _, tc := range tests {
		cfg := testConfig(FedAvg{})
		cfg.ServerLR = tc.eta
		r, out, err := Aggregate(cfg, 7, m, us)
		if err != nil {
			t.Fatal(err)
		}
		if got := flat(out); !slices.Equal(got, tc.want) {
			t.Errorf("η=%v: model %v, want %v", tc.eta, got, tc.want)
		}
		if r.Number != 7 || r.ModelIn != m.CID || r.ModelInHash != ModelHash(m.Tensors) || r.CandidateHash != ModelHash(out) {
			t.Errorf("record %+v", r)
		}
		wantAgg := digest.ResultHash(nil, []abi.Tensor{abi.FromFloat64s("b", []int64{1}, []float64{4}), abi.FromFloat64s("w", []int64{2}, []float64{3, 1})})
		if r.AggregateHash != wantAgg {
			t.Errorf("aggregate hash %s, want %s", r.AggregateHash, wantAgg)
		}
	}
}

func TestAggregateKeepsF32Model(t *testing.T) {
	m := Model{Tensors: []abi.Tensor{toF32(abi.FromFloat64s("w", []int64{2}, []float64{1, 2}))}}
	u := signedUpdate("a", 1, m, abi.FromFloat64s("w", []int64{2}, []float64{0.1, 0.2}))
	_, out, err := Aggregate(testConfig(Median{}), 0, m, []Update{u})
	if err != nil {
		t.Fatal(err)
	}
	if out[0].DType != abi.F32 {
		t.Fatalf("model became %s", out[0].DType)
	}
	if got := flat(out); got[0] != float64(float32(1.1)) || got[1] != float64(float32(2.2)) {
		t.Errorf("model %v", got)
	}
}

func TestAggregateRefuses(t *testing.T) {
	m := testModel([]float64{0}, 0)
	six := make([]Update, 6)
	for i := range six {
		six[i] = vecUpdate(string(rune('a'+i)), 1, m, []float64{float64(i), 0})
	}
	noisy := testConfig(FedAvg{})
	noisy.NoiseMultiplier = 1
	tests := []struct {
		name string
		cfg  Config
		m    Model
		us   []Update
		want error
	}{
		{"no strategy", Config{Job: testJob, Verifier: testVerifier}, m, six, ErrConfig},
		{"no verifier", Config{Job: testJob, Strategy: FedAvg{}}, m, six, ErrConfig},
		{"noise without clipping", noisy, m, six, ErrConfig},
		{"negative clip", Config{Job: testJob, Strategy: FedAvg{}, Verifier: testVerifier, Clip: -1}, m, six, ErrConfig},
		{"no module", Config{Strategy: FedAvg{}, Verifier: testVerifier}, m, six, ErrConfig},
		{"krum with too many byzantine", testConfig(Krum{F: 2}), m, six, ErrConfig},
		{"krum after exclusions", testConfig(Krum{F: 1}), m, append(slices.Clone(six[:4]), vecUpdate("z", 0, m, []float64{0, 0})), ErrConfig},
		{"no updates", testConfig(FedAvg{}), m, nil, ErrNoUpdates},
		{"all excluded", testConfig(FedAvg{}), m, []Update{vecUpdate("a", 0, m, []float64{1, 1})}, ErrNoUpdates},
		{"empty model", testConfig(FedAvg{}), Model{}, six, ErrModel},
		{"integer model", testConfig(FedAvg{}), Model{Tensors: []abi.Tensor{{Name: "w", DType: abi.I32, Shape: []int64{1}, Data: make([]byte, 4)}}}, six, ErrModel},
		{"nan model", testConfig(FedAvg{}), testModel([]float64{math.NaN()}, 0), six, ErrModel},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := Aggregate(tc.cfg, 0, tc.m, tc.us); !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
	r, _, err := Aggregate(testConfig(FedAvg{}), 0, m, []Update{vecUpdate("a", 0, m, []float64{1, 1})})
	if err == nil || r == nil || len(r.Excluded) != 1 || !errors.Is(r.Excluded[0].Err, ErrNoSamples) {
		t.Errorf("a round with no update left must still say why: %+v, %v", r, err)
	}
}

// A whole round — checks, clipping, strategy, noise, apply — gives the same
// bits whatever order the updates arrive in, and replays from job and round.
func TestAggregateReplays(t *testing.T) {
	m := testModel([]float64{0.5, -1, 2}, 0.1)
	rng := rand.New(rand.NewPCG(3, 4))
	var us []Update
	for i := 0; i < 8; i++ {
		us = append(us, vecUpdate(string(rune('a'+i)), int64(1+rng.IntN(50)), m,
			[]float64{rng.NormFloat64(), rng.NormFloat64(), 3 * rng.NormFloat64(), rng.NormFloat64()}))
	}
	us = append(us, vecUpdate("bad", 1, m, []float64{0, 0, 0, 0}))
	us[len(us)-1].Receipt.GasLimit = 5000
	for _, s := range []Aggregator{FedAvg{}, Median{F: 2}, TrimmedMean{Beta: 0.25, F: 2}, Krum{F: 2, M: 2}} {
		cfg := testConfig(s)
		cfg.Clip, cfg.NoiseMultiplier = 1.5, 0.8
		want, _, err := Aggregate(cfg, 2, m, us)
		if err != nil {
			t.Fatal(err)
		}
		wantJSON, _ := json.Marshal(want)
		for k := 0; k < 10; k++ {
			shuffled := slices.Clone(us)
			rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			got, _, err := Aggregate(cfg, 2, m, shuffled)
			if err != nil {
				t.Fatal(err)
			}
			if gotJSON, _ := json.Marshal(got); string(gotJSON) != string(wantJSON) {
				t.Fatalf("%s: shuffled round differs:\n%s\n%s", s.Name(), gotJSON, wantJSON)
			}
		}
		other := cfg
		other.Job.ID = "0xother"
		o, _, _ := Aggregate(other, 2, m, us)
		next, _, _ := Aggregate(cfg, 3, m, us)
		if o.AggregateHash == want.AggregateHash || next.AggregateHash == want.AggregateHash {
			t.Errorf("%s: another job or round gave the same noise", s.Name())
		}
		quiet := cfg
		quiet.NoiseMultiplier = 0
		q, _, _ := Aggregate(quiet, 2, m, us)
		if q.AggregateHash == want.AggregateHash {
			t.Errorf("%s: noise changed nothing", s.Name())
		}
	}
}

func TestAggregateClipsAndRecords(t *testing.T) {
	m := testModel([]float64{0}, 0)
	cfg := testConfig(FedAvg{})
	cfg.Clip = 1
	r, out, err := Aggregate(cfg, 0, m, []Update{vecUpdate("a", 1, m, []float64{30, 40}), vecUpdate("b", 1, m, []float64{0.3, 0.4})})
	if err != nil {
		t.Fatal(err)
	}
	want := []Accepted{{Device: "a", Samples: 1, Norm: 50, Clipped: true, Used: true}, {Device: "b", Samples: 1, Norm: 0.5, Used: true}}
	if !slices.Equal(r.Accepted, want) {
		t.Errorf("accepted %+v, want %+v", r.Accepted, want)
	}
	if got := flat(out); math.Abs(got[0]-0.45) > 1e-15 || math.Abs(got[1]-0.6) > 1e-15 {
		t.Errorf("model %v, want [0.45 0.6]", got)
	}
	if r.Privacy.Sensitivity != 1 || r.Privacy.Bounded {
		t.Errorf("privacy %+v: sensitivity 2·1·1/2, no noise so no bound", r.Privacy)
	}
}

func TestAggregateNoisePrivacyRecord(t *testing.T) {
	m := testModel([]float64{0}, 0)
	cfg := testConfig(Krum{F: 1})
	cfg.Clip, cfg.NoiseMultiplier = 2, 4
	var us []Update
	for i := 0; i < 5; i++ {
		us = append(us, vecUpdate(string(rune('a'+i)), 1, m, []float64{float64(i), 1}))
	}
	r, _, err := Aggregate(cfg, 9, m, us)
	if err != nil {
		t.Fatal(err)
	}
	p := r.Privacy
	// Krum: Δ = 2C = 4; std = σC = 8; ρ = Δ²/(2·std²) = 16/128.
	if p.NoiseStd != 8 || p.Sensitivity != 4 || p.Rho != 0.125 || !p.Bounded || p.NoiseSeed == "" {
		t.Errorf("privacy %+v", p)
	}
	cfg.Strategy = Median{F: 1}
	r, _, _ = Aggregate(cfg, 9, m, us)
	if r.Privacy.Bounded || r.Privacy.Rho != 0 {
		t.Errorf("median claims a bound: %+v", r.Privacy)
	}
}

// A huge update overflows Krum's squared distances; it is never selected and
// the round record still encodes.
func TestKrumHugeUpdateRecordEncodes(t *testing.T) {
	m := testModel([]float64{0}, 0)
	us := []Update{vecUpdate("huge", 1, m, []float64{1e300, -1e300})}
	for i := 0; i < 4; i++ {
		us = append(us, vecUpdate(string(rune('a'+i)), 1, m, []float64{float64(i), 1}))
	}
	r, out, err := Aggregate(testConfig(Krum{F: 1}), 0, m, us)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := json.Marshal(r); err != nil {
		t.Fatalf("round record does not encode: %v", err)
	}
	if got := flat(out); got[0] > 3 || got[1] != 1 {
		t.Errorf("krum picked %v", got)
	}
}
