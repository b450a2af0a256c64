package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/manifest"
	"github.com/decentralized-ml/dml/marketplace"
	"github.com/ethereum/go-ethereum/common"
)

// ErrRun marks a run that did not end ok: nothing is submitted for it.
var ErrRun = errors.New("run failed")

// ErrManifest marks a manifest whose bytes differ from the listing's hash.
var ErrManifest = errors.New("manifest does not match the listing")

// KeyResolver finds a customer's public key, to seal results to it.
type KeyResolver func(ctx context.Context, customer common.Address) (*ecdsa.PublicKey, error)

// Deliver hands an encoded UpdateMessage to the job's aggregator. It must
// accept the same message twice (a restarted node may resend it).
type Deliver func(ctx context.Context, job common.Hash, msg []byte) error

// Device does jobs for one device owner: it holds the key, the data and the
// state. Steps already recorded in State are never repeated.
type Device struct {
	Signer  *marketplace.Signer
	Chain   *marketplace.Client
	Content Content
	Engine  *engine.Engine
	State   *State
	// Inputs are the device's data, named as the manifest's inputs.
	Inputs []abi.Tensor
	// Samples is the number of training rows in Inputs (FedAvg's weight).
	Samples     int64
	CustomerKey KeyResolver
	Deliver     Deliver
	// Log receives one line per step; nil discards.
	Log io.Writer
	// AfterStep, when set, is called right after a step is persisted (tests
	// use it to crash the process there).
	AfterStep func(Step)
	// Tamper, when set, replaces the run's deltas before the receipt is
	// signed, with a result hash that matches them: a malicious device, for
	// poisoning demonstrations. A real node leaves it nil.
	Tamper func(deltas []abi.Tensor) []abi.Tensor
}

// Timing splits the wall time of one job.
type Timing struct {
	Fetch time.Duration `json:"fetch_ns"`
	Run   time.Duration `json:"run_ns"`
	Chain time.Duration `json:"chain_ns"`
}

// Work is what one job gave: the step reached and the message sent.
type Work struct {
	Entry   Entry
	Message *UpdateMessage
	Timing  Timing
}

func (d *Device) logf(format string, args ...any) {
	if d.Log != nil {
		fmt.Fprintf(d.Log, "%s "+format+"\n", append([]any{d.Signer.Address.Hex()[:10]}, args...)...)
	}
}

func (d *Device) advance(e *Entry, step Step) error {
	e.Step = step
	if err := d.State.Put(*e); err != nil {
		return err
	}
	d.logf("job %s: %s", e.JobID.Hex()[:10], step)
	if d.AfterStep != nil {
		d.AfterStep(step)
	}
	return nil
}

// Do takes a job from where the state left it to delivered: claim, fetch
// and run, submit the receipt, deliver the update. Each chain action is
// idempotent, and each step is persisted before the next starts.
func (d *Device) Do(ctx context.Context, jobID common.Hash) (*Work, error) {
	w := &Work{Entry: d.State.Get(jobID)}
	e := &w.Entry
	if e.Step == StepNone {
		t := time.Now()
		if _, err := d.Chain.Claim(ctx, d.Signer, jobID); err != nil {
			return w, fmt.Errorf("claim job %s: %w", jobID, err)
		}
		w.Timing.Chain += time.Since(t)
		if err := d.advance(e, StepClaimed); err != nil {
			return w, err
		}
	}
	if e.Step == StepClaimed {
		msg, err := d.run(ctx, jobID, &w.Timing)
		if err != nil {
			return w, err
		}
		b, err := msg.Encode()
		if err != nil {
			return w, err
		}
		if e.Message, err = d.State.WriteRun(jobID, b); err != nil {
			return w, err
		}
		e.ReceiptID, e.GasUsed = msg.ReceiptID, msg.Receipt.GasUsed
		if err := d.advance(e, StepRan); err != nil {
			return w, err
		}
	}
	raw, err := d.State.ReadRun(e.Message)
	if err != nil {
		return w, err
	}
	if w.Message, err = DecodeMessage(raw); err != nil {
		return w, err
	}
	if e.Step == StepRan {
		t := time.Now()
		if _, _, err := d.Chain.SubmitReceipt(ctx, d.Signer, &w.Message.Receipt); err != nil {
			return w, fmt.Errorf("submit receipt for job %s: %w", jobID, err)
		}
		w.Timing.Chain += time.Since(t)
		if err := d.advance(e, StepSubmitted); err != nil {
			return w, err
		}
	}
	if e.Step == StepSubmitted {
		if err := d.Deliver(ctx, jobID, raw); err != nil {
			return w, fmt.Errorf("deliver update for job %s: %w", jobID, err)
		}
		if err := d.advance(e, StepDelivered); err != nil {
			return w, err
		}
	}
	return w, nil
}

// MarkSettled records that the job's receipt was paid.
func (d *Device) MarkSettled(jobID common.Hash) error {
	e := d.State.Get(jobID)
	if e.Step == StepSettled {
		return nil
	}
	return d.advance(&e, StepSettled)
}

// run fetches the job's content, runs it on the device's data, signs the
// receipt and seals the outputs to the customer.
func (d *Device) run(ctx context.Context, jobID common.Hash, tm *Timing) (*UpdateMessage, error) {
	t := time.Now()
	job, err := d.Chain.Job(ctx, jobID)
	if err != nil {
		return nil, err
	}
	l, err := d.Chain.Listing(ctx, job.ListingID)
	if err != nil {
		return nil, err
	}
	tm.Chain += time.Since(t)
	t = time.Now()
	module, err := d.Content.Fetch(ctx, l.ModuleCID)
	if err != nil {
		return nil, fmt.Errorf("job %s module: %w", jobID, err)
	}
	mb, err := d.Content.Fetch(ctx, l.ManifestCID)
	if err != nil {
		return nil, fmt.Errorf("job %s manifest: %w", jobID, err)
	}
	if marketplace.ManifestHash(mb) != l.ManifestHash {
		return nil, fmt.Errorf("%w: %s hashes to %s, the listing signed %s", ErrManifest, l.ManifestCID, marketplace.ManifestHash(mb), l.ManifestHash)
	}
	man, err := manifest.Parse(mb)
	if err != nil {
		return nil, fmt.Errorf("job %s manifest: %w", jobID, err)
	}
	var params []byte
	if job.ParamsCID != "" {
		if params, err = d.Content.Fetch(ctx, job.ParamsCID); err != nil {
			return nil, fmt.Errorf("job %s params: %w", jobID, err)
		}
	}
	var model []abi.Tensor
	if job.ModelCID != "" {
		mb, err := d.Content.Fetch(ctx, job.ModelCID)
		if err != nil {
			return nil, fmt.Errorf("job %s model: %w", jobID, err)
		}
		if model, err = DecodeTensors(mb); err != nil {
			return nil, fmt.Errorf("job %s model %s: %w", jobID, job.ModelCID, err)
		}
	}
	pub, err := d.CustomerKey(ctx, job.Customer)
	if err != nil {
		return nil, fmt.Errorf("job %s: customer %s key: %w", jobID, job.Customer, err)
	}
	tm.Fetch += time.Since(t)

	t = time.Now()
	res, err := d.Engine.Run(ctx, module, &engine.Job{ModuleCID: l.ModuleCID, Manifest: man,
		Inputs: d.Inputs, Models: model, Params: params, GasLimit: job.GasLimit})
	tm.Run += time.Since(t)
	if err != nil {
		return nil, fmt.Errorf("job %s: %w: %w", jobID, ErrRun, err)
	}
	if res.Status != abi.StatusOK {
		return nil, fmt.Errorf("job %s: %w: status %s: %s", jobID, ErrRun, res.Status, res.Error)
	}
	if d.Tamper != nil {
		res.DeltaTensors = d.Tamper(res.DeltaTensors)
		res.ResultHash = digest.ResultHash(res.OutputTensors, res.DeltaTensors)
	}
	rec, err := res.Receipt(time.Now())
	if err != nil {
		return nil, err
	}
	s, err := marketplace.FromReceipt(rec, jobID, d.Signer.Address)
	if err != nil {
		return nil, err
	}
	if err := s.Sign(d.Signer, d.Chain.ChainID(), d.Chain.Addresses().Escrow); err != nil {
		return nil, err
	}
	id, err := s.Digest(d.Chain.ChainID(), d.Chain.Addresses().Escrow)
	if err != nil {
		return nil, err
	}
	outs, err := EncodeTensors(res.OutputTensors)
	if err != nil {
		return nil, err
	}
	sealed, err := Seal(pub, outs)
	if err != nil {
		return nil, err
	}
	t = time.Now()
	cid, err := d.Content.Put(ctx, sealed)
	if err != nil {
		return nil, fmt.Errorf("job %s: publish sealed outputs: %w", jobID, err)
	}
	tm.Fetch += time.Since(t)
	deltas, err := EncodeTensors(res.DeltaTensors)
	if err != nil {
		return nil, err
	}
	d.logf("job %s: ran %s gas in %.0f ms", jobID.Hex()[:10], fmtGas(res.GasUsed), res.WallMS)
	return &UpdateMessage{JobID: jobID, Device: d.Signer.Address, Samples: d.Samples, Deltas: deltas,
		SealedOutputsCID: cid, Receipt: *s, ReceiptID: id}, nil
}

func fmtGas(g uint64) string {
	switch {
	case g >= 1e9:
		return fmt.Sprintf("%.2fG", float64(g)/1e9)
	case g >= 1e6:
		return fmt.Sprintf("%.2fM", float64(g)/1e6)
	}
	return fmt.Sprint(g)
}
