package federated

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

// distValidator scores a model by its squared distance to target: loss is
// the distance, accuracy 1/(1+loss).
func distValidator(target []float64) ValidatorFunc {
	return func(_ context.Context, model []abi.Tensor) (Metrics, error) {
		v := flat(model)
		var d float64
		for j := range v {
			d += (v[j] - target[j]) * (v[j] - target[j])
		}
		return Metrics{Loss: d, Accuracy: 1 / (1 + d)}, nil
	}
}

type memStore struct{ puts int }

func (s *memStore) PutModel(_ context.Context, ts []abi.Tensor) (string, error) {
	s.puts++
	return fmt.Sprintf("bafy-model-%d", s.puts), nil
}

func TestSessionValidatesAndChains(t *testing.T) {
	ctx := context.Background()
	m0 := testModel([]float64{0, 0}, 0)
	target := []float64{1, 1, 1} // layout b, w0, w1
	store := &memStore{}
	cfg := testConfig(FedAvg{})
	cfg.Validator, cfg.MinAccuracy, cfg.Store = distValidator(target), 0.3, store
	s, err := NewSession(ctx, cfg, m0)
	if err != nil {
		t.Fatal(err)
	}
	if s.Metrics().Loss != 3 {
		t.Fatalf("baseline loss %v, want 3", s.Metrics().Loss)
	}

	// Round 0: half way to the target: loss 0.75, accuracy 0.571 — accepted.
	r, err := s.Step(ctx, []Update{vecUpdate("a", 1, s.Model(), []float64{0.5, 0.5, 0.5})})
	if err != nil {
		t.Fatal(err)
	}
	if !r.Validation.Accepted || r.ModelOut != "bafy-model-1" || r.ModelOutHash != r.CandidateHash || s.Model().CID != "bafy-model-1" {
		t.Fatalf("round 0: %+v %+v", r, r.Validation)
	}
	m1 := s.Model()

	// Round 1: receipts computed on the round-0 model are stale now.
	r, err = s.Step(ctx, []Update{vecUpdate("a", 1, m0, []float64{0.1, 0.1, 0.1}), vecUpdate("b", 1, m1, []float64{0.25, 0.25, 0.25})})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Excluded) != 1 || !errors.Is(r.Excluded[0].Err, ErrModelMismatch) || !r.Validation.Accepted {
		t.Fatalf("round 1: excluded %+v, validation %+v", r.Excluded, r.Validation)
	}

	// Round 2: a step away from the target raises the loss — rejected, model unchanged.
	before := s.Model()
	r, err = s.Step(ctx, []Update{vecUpdate("a", 1, before, []float64{-0.1, -0.1, -0.1})})
	if err != nil {
		t.Fatal(err)
	}
	if r.Validation.Accepted || !strings.Contains(r.Validation.Reason, "does not lower the previous") ||
		s.Model().CID != before.CID || r.ModelOut != before.CID || r.ModelOutHash != ModelHash(before.Tensors) {
		t.Fatalf("round 2: %+v", r.Validation)
	}

	// Round 3: lower loss but still below the required accuracy — rejected.
	cfg2 := cfg
	cfg2.MinAccuracy = 0.99
	s.cfg = cfg2
	r, err = s.Step(ctx, []Update{vecUpdate("a", 1, before, []float64{0.1, 0.1, 0.1})})
	if err != nil {
		t.Fatal(err)
	}
	if r.Validation.Accepted || !strings.Contains(r.Validation.Reason, "below the required 0.99") {
		t.Fatalf("round 3: %+v", r.Validation)
	}
	if s.Next() != 4 || len(s.Rounds()) != 4 || store.puts != 2 {
		t.Errorf("next %d, rounds %d, stored %d", s.Next(), len(s.Rounds()), store.puts)
	}
}

// A checkpoint hash is never accepted twice: not the initial model, not any
// accepted candidate. The refused round leaves the session as it was.
func TestSessionRefusesRepeatedCheckpoint(t *testing.T) {
	ctx := context.Background()
	m0 := testModel([]float64{0, 0}, 0)
	s, err := NewSession(ctx, testConfig(Median{}), m0)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Step(ctx, []Update{vecUpdate("a", 1, m0, []float64{0, 0, 0})})
	if !errors.Is(err, ErrCheckpointRepeated) || s.Next() != 0 {
		t.Fatalf("zero update: err %v, next %d", err, s.Next())
	}
	if _, err := s.Step(ctx, []Update{vecUpdate("a", 1, m0, []float64{1, 2, 3})}); err != nil {
		t.Fatal(err)
	}
	r, err := s.Step(ctx, []Update{vecUpdate("a", 1, s.Model(), []float64{-1, -2, -3})})
	if !errors.Is(err, ErrCheckpointRepeated) || r.CandidateHash != ModelHash(m0.Tensors) || s.Next() != 1 {
		t.Fatalf("back to the initial model: err %v, next %d", err, s.Next())
	}
	if r, err := s.Step(ctx, []Update{vecUpdate("a", 1, s.Model(), []float64{1, 1, 1})}); err != nil || !r.Validation.Accepted || r.Validation.Validated {
		t.Fatalf("a new checkpoint: %v %+v", err, r)
	}
}

func TestSessionEpsilon(t *testing.T) {
	ctx := context.Background()
	m := testModel([]float64{0}, 0)
	cfg := testConfig(FedAvg{})
	cfg.Clip, cfg.NoiseMultiplier = 1, 2
	s, err := NewSession(ctx, cfg, m)
	if err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 3; round++ {
		var us []Update
		for _, d := range []string{"a", "b", "c", "d"} {
			us = append(us, vecUpdate(d, 10, s.Model(), []float64{0.1, 0.2}))
		}
		if _, err := s.Step(ctx, us); err != nil {
			t.Fatal(err)
		}
	}
	// Each round: Δ = 2·1·10/40 = 0.5, std = 2, ρ = 0.25/8; three rounds.
	rho, err := s.Rho()
	if err != nil || math.Abs(rho-3*0.25/8) > 1e-15 {
		t.Fatalf("ρ = %v, %v", rho, err)
	}
	eps, err := s.Epsilon(1e-5)
	if want := rho + 2*math.Sqrt(rho*math.Log(1e5)); err != nil || math.Abs(eps-want) > 1e-12 {
		t.Errorf("ε = %v, %v, want %v", eps, err, want)
	}

	cfg.NoiseMultiplier = 0
	s, _ = NewSession(ctx, cfg, m)
	if _, err := s.Step(ctx, []Update{vecUpdate("a", 1, m, []float64{1, 1})}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Epsilon(1e-5); !errors.Is(err, ErrNoPrivacyBound) {
		t.Errorf("no noise: err = %v, want ErrNoPrivacyBound", err)
	}
}

func TestNewSessionRefuses(t *testing.T) {
	ctx := context.Background()
	failing := ValidatorFunc(func(context.Context, []abi.Tensor) (Metrics, error) {
		return Metrics{}, errors.New("control shard missing")
	})
	cfg := testConfig(FedAvg{})
	cfg.Validator = failing
	if _, err := NewSession(ctx, cfg, testModel([]float64{0}, 0)); err == nil || !strings.Contains(err.Error(), "control shard missing") {
		t.Errorf("validator failure: %v", err)
	}
	if _, err := NewSession(ctx, testConfig(FedAvg{}), Model{}); !errors.Is(err, ErrModel) {
		t.Errorf("empty model: %v", err)
	}
	if _, err := NewSession(ctx, Config{}, testModel([]float64{0}, 0)); !errors.Is(err, ErrConfig) {
		t.Errorf("empty config: %v", err)
	}
}
