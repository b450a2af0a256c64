package federated

import (
	"fmt"
	"math"
	"slices"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
)

// Config is how a job aggregates. The zero values of Clip, NoiseMultiplier
// and ServerLR mean no clipping, no noise and η = 1.
type Config struct {
	Job Job
	// Strategy aggregates the checked updates (FedAvg, Median, TrimmedMean, Krum).
	Strategy Aggregator
	// Verifier checks each receipt's signature; required.
	Verifier ReceiptVerifier
	// Clip is C: each update is scaled down to L2 norm ≤ C. 0: no clipping.
	Clip float64
	// NoiseMultiplier is σ: N(0, σ²C²) is added to each aggregate coordinate.
	// Needs Clip > 0. 0: no noise.
	NoiseMultiplier float64
	// ServerLR is η: model_{r+1} = model_r + η·aggregate. 0 means 1.
	ServerLR float64

	// Validator checks each candidate model (Session only); nil accepts
	// candidates unvalidated, and says so in the round.
	Validator Validator
	// MinAccuracy is the customer's accuracy requirement (Session only).
	MinAccuracy float64
	// Store stores accepted models and returns their CID (Session only);
	// nil leaves Round.ModelOut empty for the caller to fill.
	Store ModelStore
}

func (c Config) eta() float64 {
	if c.ServerLR == 0 {
		return 1
	}
	return c.ServerLR
}

func (c Config) check() error {
	switch {
	case c.Strategy == nil:
		return fmt.Errorf("%w: no strategy: set Config.Strategy (FedAvg{}, Median{F}, TrimmedMean{Beta, F}, Krum{F, M})", ErrConfig)
	case c.Verifier == nil:
		return fmt.Errorf("%w: no receipt verifier: set Config.Verifier (updates are never aggregated unchecked)", ErrConfig)
	case !(c.Clip >= 0) || !(c.NoiseMultiplier >= 0) || !(c.ServerLR >= 0):
		return fmt.Errorf("%w: clip %g, noise multiplier %g and server learning rate %g must be finite and ≥ 0", ErrConfig, c.Clip, c.NoiseMultiplier, c.ServerLR)
	case c.NoiseMultiplier > 0 && c.Clip == 0:
		return fmt.Errorf("%w: noise multiplier %g without clipping has no privacy meaning: set Clip", ErrConfig, c.NoiseMultiplier)
	case c.Job.ModuleCID == "":
		return fmt.Errorf("%w: the job has no module CID", ErrConfig)
	}
	return nil
}

// Accepted records an update that passed the checks.
type Accepted struct {
	Device  string `json:"device"`
	Samples int64  `json:"samples"`
	// Norm is the update's L2 norm before clipping.
	Norm    float64 `json:"norm"`
	Clipped bool    `json:"clipped"`
	// Used says whether the strategy used it (Krum selects; others use all).
	Used bool `json:"used"`
	// Score is its Krum score (0 for other strategies).
	Score float64 `json:"score,omitempty"`
}

// Privacy records a round's clipping and noise.
type Privacy struct {
	Clip            float64 `json:"clip"`
	NoiseMultiplier float64 `json:"noise_multiplier"`
	// NoiseStd is σ·C, the standard deviation added to each coordinate.
	NoiseStd float64 `json:"noise_std"`
	// NoiseSeed is the hex ChaCha8 key (NoiseSeed of job and round).
	NoiseSeed string `json:"noise_seed,omitempty"`
	// Sensitivity is the strategy's L2 bound; 0 when it has none.
	Sensitivity float64 `json:"sensitivity"`
	// Rho is the round's zCDP cost; 0 when not bounded.
	Rho float64 `json:"rho"`
	// Bounded says that Rho is a real bound (noise and a sensitivity bound).
	Bounded bool `json:"bounded"`
}

// Round is the record of one round: what went in, what was used or left
// out and why, and what came out.
type Round struct {
	Number      uint64      `json:"round"`
	Strategy    string      `json:"strategy"`
	ModelIn     string      `json:"model_in"`
	ModelInHash string      `json:"model_in_hash"`
	Accepted    []Accepted  `json:"accepted"`
	Excluded    []Exclusion `json:"excluded"`
	Privacy     Privacy     `json:"privacy"`
	// AggregateHash is digest.ResultHash of the aggregate (after noise) as
	// f64 delta tensors named as the model.
	AggregateHash string `json:"aggregate_hash"`
	// CandidateHash is ModelHash of model_in + η·aggregate.
	CandidateHash string `json:"candidate_hash"`
	// Validation is the candidate's check (Session only).
	Validation *Validation `json:"validation,omitempty"`
	// ModelOut and ModelOutHash are the model after the round, set by
	// Session.Step: the candidate when accepted, model_in otherwise.
	ModelOut     string `json:"model_out"`
	ModelOutHash string `json:"model_out_hash"`
}

// Aggregate runs one round without validation: check every update, clip,
// aggregate, add the round's noise and apply it to the model. It is a pure
// function of its arguments, so anyone holding them replays the round bit
// for bit. It returns the record and the candidate model; with an error the
// record still lists what was excluded.
func Aggregate(cfg Config, number uint64, in Model, updates []Update) (*Round, []abi.Tensor, error) {
	if err := cfg.check(); err != nil {
		return nil, nil, err
	}
	lay, err := newLayout(in.Tensors)
	if err != nil {
		return nil, nil, err
	}
	r := &Round{Number: number, Strategy: cfg.Strategy.Name(), ModelIn: in.CID, ModelInHash: ModelHash(in.Tensors),
		Accepted: []Accepted{}, Excluded: []Exclusion{}}
	ok, excluded := checkUpdates(cfg.Job, cfg.Verifier, lay, r.ModelInHash, updates)
	r.Excluded = append(r.Excluded, excluded...)
	if len(ok) == 0 {
		return r, nil, fmt.Errorf("round %d: %w (%d excluded): see Round.Excluded", number, ErrNoUpdates, len(excluded))
	}
	if err := cfg.Strategy.Check(len(ok)); err != nil {
		return r, nil, fmt.Errorf("round %d: %w", number, err)
	}
	cs := make([]Contribution, len(ok))
	for i, c := range ok {
		a := Accepted{Device: c.update.Device, Samples: c.update.Samples, Norm: finite(l2Norm(c.vector))}
		if cfg.Clip > 0 {
			_, a.Clipped = clipL2(c.vector, cfg.Clip)
		}
		r.Accepted = append(r.Accepted, a)
		cs[i] = Contribution{Device: c.update.Device, Samples: c.update.Samples, Vector: c.vector}
	}
	agg, err := cfg.Strategy.Aggregate(cs)
	if err != nil {
		return r, nil, fmt.Errorf("round %d: %w", number, err)
	}
	for i := range r.Accepted {
		a := &r.Accepted[i]
		_, a.Used = slices.BinarySearch(agg.Used, a.Device)
		a.Score = finite(agg.Scores[a.Device])
	}
	r.Privacy = Privacy{Clip: cfg.Clip, NoiseMultiplier: cfg.NoiseMultiplier}
	if cfg.Clip > 0 {
		r.Privacy.Sensitivity = cfg.Strategy.Sensitivity(cfg.Clip, cs)
	}
	if cfg.NoiseMultiplier > 0 {
		seed := NoiseSeed(cfg.Job.ID, number)
		r.Privacy.NoiseStd = cfg.NoiseMultiplier * cfg.Clip
		r.Privacy.NoiseSeed = fmt.Sprintf("%x", seed)
		addNoise(agg.Vector, r.Privacy.NoiseStd, seed)
		r.Privacy.Rho = RoundRho(r.Privacy.Sensitivity, r.Privacy.NoiseStd)
		r.Privacy.Bounded = r.Privacy.Rho > 0
	}
	r.AggregateHash = digest.ResultHash(nil, lay.tensors(agg.Vector))
	out, err := lay.apply(in.Tensors, agg.Vector, cfg.eta())
	if err != nil {
		return r, nil, fmt.Errorf("round %d: %w", number, err)
	}
	r.CandidateHash = ModelHash(out)
	return r, out, nil
}

// finite caps a non-negative value at the largest float64, so that a record
// of a huge update still encodes as JSON (which has no infinity).
func finite(x float64) float64 { return min(x, math.MaxFloat64) }
