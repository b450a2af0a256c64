package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/decentralized-ml/dml/marketplace"
	"github.com/ethereum/go-ethereum/common"
)

// syncBuffer is a log shared by the daemon's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// logregFiles writes a small labelled data set for logreg.
func logregFiles(t *testing.T) map[string]string {
	t.Helper()
	dir := t.TempDir()
	var x, y strings.Builder
	for i := range 12 {
		fmt.Fprintf(&x, "%d,%d\n", i%3, i%2)
		fmt.Fprintf(&y, "%d\n", i%3)
	}
	files := map[string]string{"X": filepath.Join(dir, "X.csv"), "y": filepath.Join(dir, "y.csv")}
	os.WriteFile(files["X"], []byte(x.String()), 0o644)
	os.WriteFile(files["y"], []byte(y.String()), 0o644)
	return files
}

func (w *testWorld) daemon(t *testing.T, policy Policy, jobs *[]common.Hash) (*Daemon, *syncBuffer) {
	t.Helper()
	st, err := OpenState(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	log := &syncBuffer{}
	keys := PosterKeys{Chain: w.sim.Client(), ChainID: w.client.ChainID(), Escrow: w.client.Addresses().Escrow}
	return &Daemon{Signer: w.device, Chain: w.client, Content: w.content, Engine: w.engine, State: st, Policy: policy,
		CustomerKey: keys.Key, Deliver: Outbox{Dir: filepath.Join(st.Dir(), "outbox")}.Deliver, Log: log,
		Jobs: func(context.Context) ([]common.Hash, error) { return *jobs, nil },
	}, log
}

// TestDaemonPass drives the daemon over one simulated chain: policy and
// data refusals are logged and claim nothing, idle_only holds new jobs
// while the load is high, an admitted job goes to delivered, and its
// receipt is settled by the daemon once the window has passed.
func TestDaemonPass(t *testing.T) {
	w := newTestWorld(t)
	ctx := context.Background()
	files := logregFiles(t)
	var jobs []common.Hash
	jobs = append(jobs, w.post(t, "daemon"))

	refusals := []struct {
		name   string
		policy Policy
		load   float64
		reason string
	}{
		{name: "other listing", policy: Policy{Listings: []common.Hash{{7}}}, reason: "is not in node.listings"},
		{name: "gas price", policy: Policy{MinGasPrice: bigInt(4)}, reason: "gas price 3 is below node.min_gas_price 4"},
		{name: "no data", policy: Policy{Datasets: map[string]map[string]string{"linreg": files}}, reason: "no data for logreg"},
		{name: "busy", policy: Policy{IdleOnly: true, MaxLoad: 1, Datasets: map[string]map[string]string{"logreg": files}}, load: 1.5, reason: "load 1.50 is above node.max_load 1.00"},
	}
	for _, tc := range refusals {
		t.Run(tc.name, func(t *testing.T) {
			d, log := w.daemon(t, tc.policy, &jobs)
			d.Load = func() (float64, error) { return tc.load, nil }
			rep, err := d.Pass(ctx)
			if err != nil || rep.Skipped != 1 || rep.Taken != 0 || !strings.Contains(log.String(), tc.reason) {
				t.Fatalf("pass: %+v %v; log:\n%s", rep, err, log)
			}
			if st, _ := w.client.Slot(ctx, jobs[0], w.device.Address); st != marketplace.SlotNone {
				t.Errorf("a refused job was claimed")
			}
		})
	}

	policy := Policy{MaxConcurrent: 2, IdleOnly: true, MaxLoad: 1, Datasets: map[string]map[string]string{"logreg": files}}
	d, log := w.daemon(t, policy, &jobs)
	d.Load = func() (float64, error) { return 0.2, nil }
	var steps []Step
	d.AfterStep = func(_ common.Hash, s Step) { steps = append(steps, s) }
	rep, err := d.Pass(ctx)
	if err != nil || rep.Taken != 1 || rep.Done != 1 {
		t.Fatalf("pass: %+v %v; log:\n%s", rep, err, log)
	}
	e := d.State.Get(jobs[0])
	if e.Step != StepDelivered || fmt.Sprint(steps) != "[claimed ran submitted delivered]" {
		t.Fatalf("step %s, steps %v", e.Step, steps)
	}
	for _, want := range []string{"claimed slot 1 of 1", "ran: ok, gas " + commas(e.GasUsed), "submitted receipt " + e.ReceiptID.Hex()[:10]} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log)
		}
	}
	if _, err := os.Stat(Outbox{Dir: filepath.Join(d.State.Dir(), "outbox")}.Path(jobs[0], e.ReceiptID)); err != nil {
		t.Errorf("outbox: %v", err)
	}

	// A second pass does nothing: the job is delivered, the window open.
	if rep, err := d.Pass(ctx); err != nil || rep != (PassReport{}) {
		t.Fatalf("second pass: %+v %v", rep, err)
	}
	if !strings.Contains(log.String(), "payable from") {
		t.Errorf("the open window is not logged:\n%s", log)
	}
	if err := w.sim.AdjustTime(3 * time.Hour); err != nil {
		t.Fatal(err)
	}
	w.sim.Commit()
	if rep, err := d.Pass(ctx); err != nil || rep.Settled != 1 {
		t.Fatalf("settling pass: %+v %v; log:\n%s", rep, err, log)
	}
	rec, err := w.client.Receipt(ctx, e.ReceiptID)
	if err != nil {
		t.Fatal(err)
	}
	bal, err := w.client.TokenBalance(ctx, w.device.Address)
	if err != nil {
		t.Fatal(err)
	}
	if rec.State != marketplace.ReceiptSettled || d.State.Get(jobs[0]).Step != StepSettled || bal.Cmp(rec.DevicePay) != 0 {
		t.Errorf("receipt %s, step %s, device holds %s of %s", rec.State, d.State.Get(jobs[0]).Step, bal, rec.DevicePay)
	}
	if rep, err := d.Pass(ctx); err != nil || rep.Settled != 0 {
		t.Fatalf("pass after settling: %+v %v", rep, err)
	}
}

// TestDaemonRunStops checks that Run returns nil once its context ends.
func TestDaemonRunStops(t *testing.T) {
	w := newTestWorld(t)
	var jobs []common.Hash
	d, log := w.daemon(t, Policy{}, &jobs)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx, 10*time.Millisecond) }()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if err != nil || !strings.Contains(log.String(), "stopped: state is saved") {
			t.Fatalf("Run: %v; log:\n%s", err, log)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop")
	}
}

func TestDaemonListingFailureIsReported(t *testing.T) {
	w := newTestWorld(t)
	boom := errors.New("chain down")
	d, _ := w.daemon(t, Policy{}, new([]common.Hash))
	d.Jobs = func(context.Context) ([]common.Hash, error) { return nil, boom }
	if _, err := d.Pass(context.Background()); !errors.Is(err, boom) {
		t.Fatalf("err %v, want the listing error", err)
	}
}

func TestCommas(t *testing.T) {
	for n, want := range map[uint64]string{0: "0", 999: "999", 1000: "1,000", 5002032: "5,002,032", 123456789012: "123,456,789,012"} {
		if got := commas(n); got != want {
			t.Errorf("commas(%d) = %s, want %s", n, got, want)
		}
	}
}
