package federated

import (
	"context"
	"fmt"
	"slices"
)

// Session runs a job's rounds in sequence: it holds the current model and
// its metrics, validates each candidate, and keeps the set of accepted
// checkpoint hashes so that none is ever accepted twice. It is not safe for
// concurrent use.
type Session struct {
	cfg      Config
	model    Model
	hash     string
	metrics  Metrics
	next     uint64
	accepted map[string]uint64 // checkpoint hash → round that accepted it
	rounds   []Round
}

// NewSession starts at round 0 from the initial model, which counts as an
// accepted checkpoint; with a validator, its metrics are the baseline the
// first candidate must beat.
func NewSession(ctx context.Context, cfg Config, initial Model) (*Session, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	if _, err := newLayout(initial.Tensors); err != nil {
		return nil, err
	}
	s := &Session{cfg: cfg, model: Model{CID: initial.CID, Tensors: slices.Clone(initial.Tensors)},
		hash: ModelHash(initial.Tensors), accepted: map[string]uint64{}}
	s.accepted[s.hash] = 0
	if cfg.Validator != nil {
		m, err := cfg.Validator.Validate(ctx, initial.Tensors)
		if err != nil {
			return nil, fmt.Errorf("validate the initial model: %w", err)
		}
		s.metrics = m
	}
	return s, nil
}

// Model is the current (last accepted) model.
func (s *Session) Model() Model { return s.model }

// Metrics are the current model's validation metrics (zero without a validator).
func (s *Session) Metrics() Metrics { return s.metrics }

// Next is the number of the next round.
func (s *Session) Next() uint64 { return s.next }

// Rounds are the records of every completed round.
func (s *Session) Rounds() []Round { return slices.Clone(s.rounds) }

// Step runs the next round on updates computed from Model(). A round whose
// candidate is rejected by validation completes (recorded, model unchanged).
// An error — no update passed, a strategy refused its configuration, the
// candidate is a checkpoint already accepted, the validator or store
// failed — leaves the session as it was; the returned record, when not nil,
// says what was excluded.
func (s *Session) Step(ctx context.Context, updates []Update) (*Round, error) {
	r, cand, err := Aggregate(s.cfg, s.next, s.model, updates)
	if err != nil {
		return r, err
	}
	if at, seen := s.accepted[r.CandidateHash]; seen {
		return r, fmt.Errorf("round %d: %w: candidate %s was accepted in round %d: the aggregate did not change the model, send new updates",
			r.Number, ErrCheckpointRepeated, r.CandidateHash, at)
	}
	v := &Validation{Accepted: true, Reason: "accepted without validation: the session has no validator"}
	if s.cfg.Validator != nil {
		m, err := s.cfg.Validator.Validate(ctx, cand)
		if err != nil {
			return r, fmt.Errorf("round %d: validate candidate %s: %w", r.Number, r.CandidateHash, err)
		}
		j := judge(m, s.metrics, s.cfg.MinAccuracy)
		v = &j
	}
	r.Validation = v
	r.ModelOut, r.ModelOutHash = s.model.CID, s.hash
	if v.Accepted {
		cid := ""
		if s.cfg.Store != nil {
			if cid, err = s.cfg.Store.PutModel(ctx, cand); err != nil {
				return r, fmt.Errorf("round %d: store candidate %s: %w", r.Number, r.CandidateHash, err)
			}
		}
		s.model = Model{CID: cid, Tensors: cand}
		s.hash = r.CandidateHash
		s.metrics = v.Metrics
		s.accepted[s.hash] = r.Number
		r.ModelOut, r.ModelOutHash = cid, s.hash
	}
	s.rounds = append(s.rounds, *r)
	s.next++
	return r, nil
}

// Rho is the total zCDP cost of the completed rounds, accepted or rejected
// (a rejected candidate was still validated); ErrNoPrivacyBound
// when some round had no noise or its strategy no sensitivity bound.
func (s *Session) Rho() (float64, error) {
	var rho float64
	for _, r := range s.rounds {
		if !r.Privacy.Bounded {
			return 0, fmt.Errorf("%w: round %d (%s, clip %g, noise multiplier %g) has none: use FedAvg or Krum with Clip and NoiseMultiplier > 0",
				ErrNoPrivacyBound, r.Number, r.Strategy, r.Privacy.Clip, r.Privacy.NoiseMultiplier)
		}
		rho += r.Privacy.Rho
	}
	return rho, nil
}

// Epsilon is the (ε, δ)-DP bound of the completed rounds (see Epsilon).
func (s *Session) Epsilon(delta float64) (float64, error) {
	rho, err := s.Rho()
	if err != nil {
		return 0, err
	}
	return Epsilon(rho, delta)
}
