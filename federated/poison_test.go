package federated

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

// Linear regression y = w*·x + b* + noise over devices. Vectors are in layout order: b, w0..w3.
var trueTheta = []float64{0.7, 1, -2, 0.5, 3}

type shard struct {
	x [][]float64
	y []float64
}

func makeShard(seed uint64, n int) shard {
	rng := rand.New(rand.NewPCG(seed, 99))
	var s shard
	for i := 0; i < n; i++ {
		x := make([]float64, len(trueTheta)-1)
		y := trueTheta[0]
		for j := range x {
			x[j] = rng.NormFloat64()
			y += trueTheta[j+1] * x[j]
		}
		s.x = append(s.x, x)
		s.y = append(s.y, y+0.1*rng.NormFloat64())
	}
	return s
}

// mse is half the mean squared error of θ on the shard.
func (s shard) mse(theta []float64) float64 {
	var l float64
	for i, x := range s.x {
		r := theta[0] - s.y[i]
		for j := range x {
			r += theta[j+1] * x[j]
		}
		l += r * r / 2
	}
	return l / float64(len(s.x))
}

// delta is what an honest device sends: 5 local gradient-descent steps on
// half the mean squared error, learning rate 0.3, as θ_local − θ.
func (s shard) delta(theta []float64) []float64 {
	w := slices.Clone(theta)
	for step := 0; step < 5; step++ {
		g := make([]float64, len(w))
		for i, x := range s.x {
			r := w[0] - s.y[i]
			for j := range x {
				r += w[j+1] * x[j]
			}
			g[0] += r
			for j := range x {
				g[j+1] += r * x[j]
			}
		}
		for j := range w {
			w[j] -= 0.3 * g[j] / float64(len(s.x))
		}
	}
	for j := range w {
		w[j] -= theta[j]
	}
	return w
}

func dist(a, b []float64) float64 {
	var s float64
	for j := range a {
		s += (a[j] - b[j]) * (a[j] - b[j])
	}
	return math.Sqrt(s)
}

func scaled(v []float64, f float64) []float64 {
	out := make([]float64, len(v))
	for j := range v {
		out[j] = f * v[j]
	}
	return out
}

// attack is one poisoned device: what it sends given its honest delta, and
// the sample count it claims (honest devices have 200).
type attack struct {
	name    string
	send    func(honest []float64) []float64
	samples int64
}

var attacks = []attack{
	{"scaled ×100", func(h []float64) []float64 { return scaled(h, 100) }, 200},
	{"sign-flipped, claiming 10× samples", func(h []float64) []float64 { return scaled(h, -1) }, 2000},
}

const honestDevices = 5

var shards = func() []shard {
	s := make([]shard, honestDevices+1)
	for i := range s {
		s[i] = makeShard(uint64(i), 200)
	}
	return s
}()

// roundUpdates are the 5 honest updates and the attacker's, on model m.
func roundUpdates(m Model, a attack) (honest [][]float64, us []Update) {
	theta := flat(m.Tensors)
	for i := 0; i < honestDevices; i++ {
		d := shards[i].delta(theta)
		honest = append(honest, d)
		us = append(us, vecUpdate(fmt.Sprintf("honest-%d", i), 200, m, d))
	}
	us = append(us, vecUpdate("attacker", a.samples, m, a.send(shards[honestDevices].delta(theta))))
	return honest, us
}

func mean(vs [][]float64) []float64 {
	out := make([]float64, len(vs[0]))
	for _, v := range vs {
		for j := range v {
			out[j] += v[j] / float64(len(vs))
		}
	}
	return out
}

var robust = []Aggregator{Median{F: 1}, TrimmedMean{Beta: 0.2, F: 1}, Krum{F: 1}, Krum{F: 1, M: 3}}

// One round from θ = 0 with 5 honest devices and 1 attacker. The guarantees,
// checked exactly: the median's and trimmed mean's every coordinate lies in
// the honest devices' range for that coordinate; Krum selects only honest
// updates, so it lies within the honest spread. FedAvg lands farther from
// the honest mean than the whole honest step is long.
func TestPoisonedDeviceOneRound(t *testing.T) {
	m := testModel([]float64{0, 0, 0, 0}, 0)
	for _, a := range attacks {
		honest, us := roundUpdates(m, a)
		hbar := mean(honest)
		var spread, box float64
		lo, hi := slices.Clone(honest[0]), slices.Clone(honest[0])
		for _, h := range honest {
			spread = max(spread, dist(h, hbar))
			for j := range h {
				lo[j], hi[j] = min(lo[j], h[j]), max(hi[j], h[j])
			}
		}
		box = dist(lo, hi)
		step := dist(hbar, make([]float64, len(hbar)))
		t.Logf("%s: |honest mean| %.4f, honest spread %.4f, honest box diagonal %.4f", a.name, step, spread, box)
		for _, s := range append([]Aggregator{FedAvg{}}, robust...) {
			r, out, err := Aggregate(testConfig(s), 0, m, us)
			if err != nil {
				t.Fatal(err)
			}
			agg := flat(out) // θ was 0, so the model is the aggregate
			d := dist(agg, hbar)
			t.Logf("  %-28s distance to honest mean %10.4f (%.3f of |honest mean|)", s.Name(), d, d/step)
			switch s.(type) {
			case FedAvg:
				if d < step {
					t.Errorf("%s: FedAvg stayed within %v of the honest mean: the attack should pull it farther than %v", a.name, d, step)
				}
			case Median, TrimmedMean:
				for j := range agg {
					if agg[j] < lo[j] || agg[j] > hi[j] {
						t.Errorf("%s: %s coordinate %d = %v outside the honest range [%v, %v]", a.name, s.Name(), j, agg[j], lo[j], hi[j])
					}
				}
				if d > box || d > 0.1*step {
					t.Errorf("%s: %s distance %v beyond the bound min(box %v, 0.1·step %v)", a.name, s.Name(), d, box, 0.1*step)
				}
			case Krum:
				for _, x := range r.Accepted {
					if x.Device == "attacker" && x.Used {
						t.Errorf("%s: %s selected the attacker", a.name, s.Name())
					}
				}
				if d > spread || d > 0.1*step {
					t.Errorf("%s: %s distance %v beyond the bound min(spread %v, 0.1·step %v)", a.name, s.Name(), d, spread, 0.1*step)
				}
			}
		}
	}
}

// Six rounds: the robust strategies reach the true model; FedAvg ends
// farther from it than it started.
func TestPoisonedDeviceRounds(t *testing.T) {
	ctx := context.Background()
	start := dist(make([]float64, len(trueTheta)), trueTheta)
	for _, a := range attacks {
		for _, s := range append([]Aggregator{FedAvg{}}, robust...) {
			sess, err := NewSession(ctx, testConfig(s), testModel([]float64{0, 0, 0, 0}, 0))
			if err != nil {
				t.Fatal(err)
			}
			for round := 0; round < 6; round++ {
				_, us := roundUpdates(sess.Model(), a)
				if _, err := sess.Step(ctx, us); err != nil {
					t.Fatal(err)
				}
			}
			d := dist(flat(sess.Model().Tensors), trueTheta)
			t.Logf("%s: %-28s |θ₆ − θ*| = %.3g (start %.3g)", a.name, s.Name(), d, start)
			if _, ok := s.(FedAvg); ok {
				if d < start {
					t.Errorf("%s: FedAvg got closer to θ* (%v < %v)", a.name, d, start)
				}
			} else if d > 0.02 {
				t.Errorf("%s: %s ended %v from θ*, want ≤ 0.02", a.name, s.Name(), d)
			}
		}
	}
}

// With a validator on a held-out shard, FedAvg's poisoned candidates are
// rejected (loss rises) and the model never moves: the acceptance rule
// limits the damage, though FedAvg still makes no progress.
func TestPoisonedFedAvgRejectedByValidation(t *testing.T) {
	ctx := context.Background()
	heldOut := makeShard(1000, 500)
	cfg := testConfig(FedAvg{})
	cfg.Validator = ValidatorFunc(func(_ context.Context, model []abi.Tensor) (Metrics, error) {
		return Metrics{Loss: heldOut.mse(flat(model))}, nil
	})
	m0 := testModel([]float64{0, 0, 0, 0}, 0)
	sess, err := NewSession(ctx, cfg, m0)
	if err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 3; round++ {
		_, us := roundUpdates(sess.Model(), attacks[0])
		r, err := sess.Step(ctx, us)
		if err != nil {
			t.Fatal(err)
		}
		if r.Validation.Accepted {
			t.Errorf("round %d: poisoned FedAvg candidate accepted: %s", round, r.Validation.Reason)
		}
	}
	if ModelHash(sess.Model().Tensors) != ModelHash(m0.Tensors) {
		t.Error("the model moved")
	}
}
