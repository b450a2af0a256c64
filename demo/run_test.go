package demo

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/decentralized-ml/dml/internal/fashionmnist"
	"github.com/decentralized-ml/dml/internal/testmod"
	"github.com/decentralized-ml/dml/ipfs"
	"github.com/decentralized-ml/dml/node"
	"github.com/decentralized-ml/dml/report"
)

// subsetConfig is a short demo on the committed Fashion-MNIST subset.
func subsetConfig(t *testing.T) Config {
	t.Helper()
	root := testmod.RepoRoot(t)
	return Config{
		OutDir: t.TempDir(), Module: testmod.Algorithm(t, "logreg"), Manifest: filepath.Join(root, "algorithms/logreg/manifest.yaml"),
		DataDir: fashionmnist.SubsetDir(), Rounds: 2, Devices: 4, Epochs: 10, ControlRows: 200,
	}
}

var (
	subsetOnce sync.Once
	subsetRes  *Result
	subsetCfg  Config
	subsetErr  error
)

// subsetRun runs the subset demo once for every test that inspects it.
func subsetRun(t *testing.T) (*Result, Config) {
	t.Helper()
	subsetOnce.Do(func() {
		subsetCfg = subsetConfig(t)
		subsetCfg.KeepChain = true
		subsetCfg.OutDir, subsetErr = os.MkdirTemp("", "dml-demo-test-")
		if subsetErr == nil {
			subsetRes, _, subsetErr = RunAndWrite(context.Background(), subsetCfg)
		}
	})
	if subsetErr != nil {
		t.Fatal(subsetErr)
	}
	return subsetRes, subsetCfg
}

func TestMain(m *testing.M) {
	code := m.Run()
	if subsetRes != nil {
		subsetRes.Close()
	}
	if subsetCfg.OutDir != "" {
		os.RemoveAll(subsetCfg.OutDir)
	}
	os.Exit(code)
}

func bigOf(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("%q is not a decimal integer", s)
	}
	return v
}

// TestEscrowBalances: deposits = device pay + royalties + refunds, to the
// wei, and each device was paid gas × price (Run itself also checks it
// against the chain, and fails otherwise).
func TestEscrowBalances(t *testing.T) {
	res, cfg := subsetRun(t)
	s := res.Summary
	in := bigOf(t, s.Deposits)
	out := new(big.Int).Add(bigOf(t, s.TokensPaid), bigOf(t, s.Royalties))
	out.Add(out, bigOf(t, s.Refunds))
	if in.Cmp(out) != 0 || !s.EscrowBalanced {
		t.Fatalf("escrow in %s, out %s (balanced %v)", in, out, s.EscrowBalanced)
	}
	paid := new(big.Int)
	for _, d := range s.DeviceStats {
		want := new(big.Int).Mul(new(big.Int).SetUint64(d.Gas), big.NewInt(s.GasPrice))
		if bigOf(t, d.Paid).Cmp(want) != 0 || d.Gas == 0 {
			t.Errorf("device %s paid %s for %d gas at %d", d.Device, d.Paid, d.Gas, s.GasPrice)
		}
		paid.Add(paid, bigOf(t, d.Paid))
	}
	if paid.Cmp(bigOf(t, s.TokensPaid)) != 0 {
		t.Errorf("devices were paid %s in all, summary says %s", paid, s.TokensPaid)
	}
	if len(s.DeviceStats) != cfg.Devices || len(s.RoundMetrics) != cfg.Rounds || len(s.Timing) != cfg.Rounds {
		t.Errorf("summary has %d devices, %d rounds, %d timings", len(s.DeviceStats), len(s.RoundMetrics), len(s.Timing))
	}
}

// TestRoundsLearn: every round is accepted by validation and the control
// accuracy rises above the initial model's.
func TestRoundsLearn(t *testing.T) {
	res, _ := subsetRun(t)
	prev := res.Report.Baseline
	for _, m := range res.Summary.RoundMetrics {
		if !m.Accepted || m.Loss >= prev.Loss || m.Excluded != 0 {
			t.Errorf("round %d: accepted %v, loss %.4f after %.4f, %d excluded", m.Round, m.Accepted, m.Loss, prev.Loss, m.Excluded)
		}
		prev.Loss = m.Loss
	}
	last := res.Summary.RoundMetrics[len(res.Summary.RoundMetrics)-1]
	if last.Accuracy < res.Report.Baseline.Accuracy+0.3 || res.Summary.FinalTestAccuracy < 0.5 {
		t.Errorf("control accuracy %.4f from %.4f, test accuracy %.4f: the model did not learn", last.Accuracy, res.Report.Baseline.Accuracy, res.Summary.FinalTestAccuracy)
	}
}

// TestSummaryFile: summary.json is written and names a report that can be
// fetched back, file by file, verified.
func TestSummaryFile(t *testing.T) {
	res, cfg := subsetRun(t)
	if _, err := os.Stat(filepath.Join(cfg.OutDir, "summary.json")); err != nil {
		t.Fatal(err)
	}
	st, err := ipfs.Open(res.StoreDir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	dir := t.TempDir()
	idx, err := report.Fetch(context.Background(), node.StoreContent{Store: st}, res.Summary.ReportCID, dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{report.FileHTML, report.FilePNG, report.FileJSON} {
		if _, ok := idx.Files[name]; !ok {
			t.Errorf("report index lacks %s", name)
		}
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
}

// TestDemoFashionFull is `make demo`'s run: 5 rounds × 4 devices on all of
// Fashion-MNIST, under 5 minutes, at least 80% test accuracy.
func TestDemoFashionFull(t *testing.T) {
	if testing.Short() || !fashionmnist.Installed() {
		t.Skip("needs Debian's dataset-fashion-mnist and no -short")
	}
	cfg := subsetConfig(t)
	cfg.DataDir, cfg.Rounds, cfg.Epochs, cfg.ControlRows, cfg.NoReport = fashionmnist.DebianDir, 5, 2, 2000, true
	start := time.Now()
	res, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if wall := time.Since(start); wall > 5*time.Minute {
		t.Errorf("demo took %s, the budget is 5 minutes", wall)
	}
	if acc := res.Summary.FinalTestAccuracy; acc < 0.80 || res.Summary.TestRows != 10000 {
		t.Errorf("final test accuracy %.4f on %d rows, want ≥ 0.80 on 10000", acc, res.Summary.TestRows)
	}
	if !res.Summary.EscrowBalanced {
		t.Error("escrow not balanced")
	}
}
