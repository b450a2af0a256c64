package node

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sync"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/manifest"
	"github.com/decentralized-ml/dml/marketplace"
	"github.com/ethereum/go-ethereum/common"
)

// ErrJobsFailed marks a pass in which some job could not be done (the log
// says which and why); each is retried on the next pass.
var ErrJobsFailed = errors.New("jobs failed")

// Daemon is `dmlrun node`: it watches the chain for open jobs its Policy
// admits and drives each through Device.Do, then settles its receipts once
// their challenge window has passed. All progress is in State, so a killed
// daemon resumes where it stopped, and chain actions are idempotent.
type Daemon struct {
	Signer      *marketplace.Signer
	Chain       *marketplace.Client
	Content     Content
	Engine      *engine.Engine
	State       *State
	Policy      Policy
	CustomerKey KeyResolver
	Deliver     Deliver
	// Jobs lists the ids of every posted job, oldest first.
	Jobs func(ctx context.Context) ([]common.Hash, error)
	// Load is the 1-minute load average, read when Policy.IdleOnly; nil
	// reads LoadAvgPath.
	Load func() (float64, error)
	// Log receives one line per step; nil discards.
	Log io.Writer
	// AfterStep, when set, is called after a job's step is persisted and
	// logged.
	AfterStep func(job common.Hash, s Step)

	mu     sync.Mutex
	told   map[common.Hash]string // the last reason logged per job
	broken map[common.Hash]bool   // jobs whose run failed: not retried
}

// PassReport counts what one pass over the chain did.
type PassReport struct {
	Taken, Done, Skipped, Failed, Settled int
}

// task is one job the daemon will work on.
type task struct {
	job     *marketplace.Job
	inputs  []abi.Tensor
	samples int64
	resume  bool
}

// Run makes a pass every poll until ctx is done, then returns nil: work in
// progress stops at its next persisted step and resumes on restart.
func (d *Daemon) Run(ctx context.Context, poll time.Duration) error {
	d.logf("node %s watching for jobs every %s", d.Signer.Address.Hex(), poll)
	var last PassReport
	for {
		rep, err := d.Pass(ctx)
		switch {
		case ctx.Err() != nil:
			d.logf("stopped: state is saved in %s", d.State.Dir())
			return nil
		case err != nil && !errors.Is(err, ErrJobsFailed):
			d.logf("pass failed: %v: retrying in %s", err, poll)
		case rep != last && rep != (PassReport{}):
			d.logf("pass: %d taken, %d done, %d skipped, %d failed, %d settled", rep.Taken, rep.Done, rep.Skipped, rep.Failed, rep.Settled)
		}
		last = rep
		select {
		case <-ctx.Done():
			d.logf("stopped: state is saved in %s", d.State.Dir())
			return nil
		case <-time.After(poll):
		}
	}
}

// Pass settles what is payable, then takes every open job the policy
// admits (and resumes any it holds) and works on them, Policy.MaxConcurrent
// at a time, until each is delivered or fails.
func (d *Daemon) Pass(ctx context.Context) (PassReport, error) {
	var rep PassReport
	if err := d.settleAll(ctx, &rep); err != nil {
		return rep, err
	}
	ids, err := d.Jobs(ctx)
	if err != nil {
		return rep, err
	}
	now, err := d.Chain.ChainTime(ctx)
	if err != nil {
		return rep, err
	}
	var queue []*task
	fresh := 0
	for _, id := range ids {
		if d.isBroken(id) {
			continue
		}
		t, err := d.plan(ctx, id, now)
		switch {
		case errors.Is(err, ErrSkipped):
			rep.Skipped++
			d.tell(id, err.Error())
		case err != nil:
			rep.Failed++
			d.tell(id, err.Error())
		case t != nil:
			queue = append(queue, t)
			if !t.resume {
				fresh++
			}
		}
	}
	if fresh > 0 && d.Policy.IdleOnly {
		if load, busy, err := d.busy(); err != nil {
			return rep, err
		} else if busy {
			d.logf("load %.2f is above node.max_load %.2f: not taking %d new job(s) now", load, d.Policy.MaxLoad, fresh)
			rep.Skipped += fresh
			queue = resumedOnly(queue)
		}
	}
	rep.Taken = len(queue)
	d.work(ctx, queue, &rep)
	if rep.Failed > 0 && ctx.Err() == nil {
		return rep, fmt.Errorf("%w: %d of the pass's jobs; see the log", ErrJobsFailed, rep.Failed)
	}
	return rep, ctx.Err()
}

func resumedOnly(ts []*task) []*task {
	var out []*task
	for _, t := range ts {
		if t.resume {
			out = append(out, t)
		}
	}
	return out
}

func (d *Daemon) busy() (float64, bool, error) {
	read := d.Load
	if read == nil {
		read = func() (float64, error) { return ReadLoad(LoadAvgPath) }
	}
	load, err := read()
	if err != nil {
		return 0, false, err
	}
	return load, load > d.Policy.MaxLoad, nil
}

// plan decides whether to work on a job: nil when it is neither open nor
// ours, an error wrapping ErrSkipped when the policy or the data say no.
func (d *Daemon) plan(ctx context.Context, id common.Hash, now time.Time) (*task, error) {
	e := d.State.Get(id)
	if e.Step == StepDelivered || e.Step == StepSettled {
		return nil, nil
	}
	j, err := d.Chain.Job(ctx, id)
	if err != nil {
		return nil, err
	}
	t := &task{job: j, resume: e.Step != StepNone}
	if !t.resume {
		// A slot on chain without a state entry: a claim whose step was not
		// persisted. It is ours to finish.
		slot, err := d.Chain.Slot(ctx, id, d.Signer.Address)
		if err != nil {
			return nil, err
		}
		t.resume = slot != marketplace.SlotNone
	}
	if !t.resume && (j.Claimed >= j.DevicesWanted || !now.Before(j.Deadline)) {
		return nil, nil
	}
	l, err := d.Chain.Listing(ctx, j.ListingID)
	if err != nil {
		return nil, err
	}
	if !t.resume {
		if err := d.Policy.Admits(j, l); err != nil {
			return nil, err
		}
	}
	if e.Step != StepNone && e.Step != StepClaimed {
		return t, nil // the run is on disk: no data needed
	}
	m, err := d.manifest(ctx, l)
	if err != nil {
		return nil, err
	}
	files, err := d.Policy.Files(l, m)
	if err != nil {
		return nil, err
	}
	if t.inputs, t.samples, err = LoadInputs(m, files); err != nil {
		return nil, err
	}
	if _, err := d.CustomerKey(ctx, j.Customer); err != nil {
		return nil, fmt.Errorf("%w: cannot seal results to customer %s: %v", ErrSkipped, short(j.Customer.Hex()), err)
	}
	return t, nil
}

func (d *Daemon) manifest(ctx context.Context, l *marketplace.Listing) (*manifest.Manifest, error) {
	b, err := d.Content.Fetch(ctx, l.ManifestCID)
	if err != nil {
		return nil, fmt.Errorf("listing %s manifest: %w", l.Name, err)
	}
	if marketplace.ManifestHash(b) != l.ManifestHash {
		return nil, fmt.Errorf("%w: %s hashes to %s, the listing signed %s", ErrManifest, l.ManifestCID, marketplace.ManifestHash(b), l.ManifestHash)
	}
	m, err := manifest.Parse(b)
	if err != nil {
		return nil, fmt.Errorf("listing %s manifest: %w", l.Name, err)
	}
	return m, nil
}

// work runs the tasks, at most Policy.MaxConcurrent at once.
func (d *Daemon) work(ctx context.Context, ts []*task, rep *PassReport) {
	n := max(d.Policy.MaxConcurrent, 1)
	sem := make(chan struct{}, n)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for _, t := range ts {
		if ctx.Err() != nil {
			break
		}
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			err := d.do(ctx, t)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				rep.Done++
			case ctx.Err() == nil:
				rep.Failed++
			}
		})
	}
	wg.Wait()
}

func (d *Daemon) do(ctx context.Context, t *task) error {
	id := t.job.ID
	start := time.Now()
	if t.resume {
		d.logf("job %s: resuming after %s", short(id.Hex()), orNone(d.State.Get(id).Step))
	}
	dev := &Device{Signer: d.Signer, Chain: d.Chain, Content: d.Content, Engine: d.Engine, State: d.State,
		Inputs: t.inputs, Samples: t.samples, CustomerKey: d.CustomerKey, Deliver: d.Deliver,
		AfterStep: func(s Step) { d.after(ctx, t, s) }}
	w, err := dev.Do(ctx, id)
	switch {
	case ctx.Err() != nil:
		d.logf("job %s: stopped after step %s: it resumes there on restart", short(id.Hex()), orNone(w.Entry.Step))
		return ctx.Err()
	case errors.Is(err, ErrRun):
		d.mu.Lock()
		if d.broken == nil {
			d.broken = map[common.Hash]bool{}
		}
		d.broken[id] = true
		d.mu.Unlock()
		d.logf("job %s: %v: not retried by this process", short(id.Hex()), err)
		return err
	case err != nil:
		d.logf("job %s: %v: retrying on the next pass", short(id.Hex()), err)
		return err
	}
	tm := w.Timing
	d.logf("job %s: done in %s (fetch %s, run %s, chain %s)", short(id.Hex()), ms(time.Since(start)), ms(tm.Fetch), ms(tm.Run), ms(tm.Chain))
	return nil
}

// after logs a persisted step, then calls the AfterStep hook.
func (d *Daemon) after(ctx context.Context, t *task, s Step) {
	id := t.job.ID
	e := d.State.Get(id)
	switch s {
	case StepClaimed:
		slot := "a slot"
		if j, err := d.Chain.Job(ctx, id); err == nil {
			slot = fmt.Sprintf("slot %d of %d", j.Claimed, j.DevicesWanted)
		}
		d.logf("job %s: claimed %s", short(id.Hex()), slot)
	case StepRan:
		d.logf("job %s: ran: ok, gas %s of %s", short(id.Hex()), commas(e.GasUsed), commas(t.job.GasLimit))
	case StepSubmitted:
		pay := new(big.Int).Mul(new(big.Int).SetUint64(e.GasUsed), t.job.GasPrice)
		d.logf("job %s: submitted receipt %s (device pay %s after the challenge window)", short(id.Hex()), short(e.ReceiptID.Hex()), pay)
	case StepDelivered:
		d.logf("job %s: delivered the update to the aggregator", short(id.Hex()))
	}
	if d.AfterStep != nil {
		d.AfterStep(id, s)
	}
}

// settleAll pays the receipts of delivered jobs whose challenge window has
// passed (anyone may settle; the device does not wait for the customer),
// and records those paid as settled.
func (d *Daemon) settleAll(ctx context.Context, rep *PassReport) error {
	var now time.Time
	for _, e := range d.State.Entries() {
		if e.Step != StepDelivered {
			continue
		}
		rec, err := d.Chain.Receipt(ctx, e.ReceiptID)
		if err != nil {
			return err
		}
		switch rec.State {
		case marketplace.ReceiptVoided:
			d.tell(e.JobID, fmt.Sprintf("receipt %s was voided: not paid", short(e.ReceiptID.Hex())))
			continue
		case marketplace.ReceiptSubmitted:
			if now.IsZero() {
				if now, err = d.Chain.ChainTime(ctx); err != nil {
					return err
				}
			}
			at, err := d.Chain.SettleableAt(ctx, rec)
			if err != nil {
				return err
			}
			if now.Before(at) {
				d.tell(e.JobID, fmt.Sprintf("receipt %s is payable from %s", short(e.ReceiptID.Hex()), at.Format(time.RFC3339)))
				continue
			}
			if _, err := d.Chain.Settle(ctx, d.Signer, e.ReceiptID); err != nil {
				return fmt.Errorf("settle receipt %s of job %s: %w", e.ReceiptID, e.JobID, err)
			}
		}
		e.Step = StepSettled
		if err := d.State.Put(e); err != nil {
			return err
		}
		rep.Settled++
		d.logf("job %s: settled: receipt %s paid %s", short(e.JobID.Hex()), short(e.ReceiptID.Hex()), rec.DevicePay)
		if d.AfterStep != nil {
			d.AfterStep(e.JobID, StepSettled)
		}
	}
	return nil
}

func (d *Daemon) isBroken(id common.Hash) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.broken[id]
}

// tell logs a reason about a job once, until it changes.
func (d *Daemon) tell(id common.Hash, reason string) {
	d.mu.Lock()
	if d.told == nil {
		d.told = map[common.Hash]string{}
	}
	same := d.told[id] == reason
	d.told[id] = reason
	d.mu.Unlock()
	if !same {
		d.logf("job %s: %s", short(id.Hex()), reason)
	}
}

func (d *Daemon) logf(format string, args ...any) {
	if d.Log == nil {
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	fmt.Fprintf(d.Log, time.Now().Format("15:04:05")+" "+format+"\n", args...)
}

func orNone(s Step) Step {
	if s == StepNone {
		return "none"
	}
	return s
}

func ms(d time.Duration) string { return d.Round(time.Millisecond).String() }

// commas writes n with thousands separators: 5,002,032.
func commas(n uint64) string {
	s := fmt.Sprint(n)
	out := make([]byte, 0, len(s)+len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
