package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decentralized-ml/dml/internal/testmod"
	"github.com/decentralized-ml/dml/marketplace"
	"github.com/decentralized-ml/dml/marketplace/devnet"
	"github.com/decentralized-ml/dml/node"
)

// nodeWorld is a devnet with linreg published, a dmlrun binary and a
// dmlrun.yaml that maps linreg's inputs to its test data.
type nodeWorld struct {
	home, bin string
	chain     []string
	dev       *devnet.Devnet
	client    *marketplace.Client
	listing   string
	params    string
}

func newNodeWorld(t *testing.T, window time.Duration) *nodeWorld {
	t.Helper()
	w := &nodeWorld{home: t.TempDir()}
	w.bin = filepath.Join(t.TempDir(), "dmlrun")
	if out, err := exec.Command("go", "build", "-o", w.bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	w.dev = startDevnet(t, w.home, window)
	w.chain = []string{"--home", w.home, "--rpc", w.dev.URL}
	var err error
	if w.client, err = w.dev.Client(context.Background()); err != nil {
		t.Fatal(err)
	}
	algo := filepath.Join(testmod.RepoRoot(t), "algorithms", "linreg")
	w.params = filepath.Join(algo, "testdata", "params.json")
	var pub published
	args := append([]string{"publish", testmod.Algorithm(t, "linreg"), "--manifest", filepath.Join(algo, "manifest.yaml"),
		"--price", "1000", "--royalty", "500", "--min-gas-price", "2", "--from", "bob"}, w.chain...)
	if code, errs := dmlrunJSON(t, &pub, args...); code != ExitOK {
		t.Fatalf("publish: exit %d: %s", code, errs)
	}
	w.listing = pub.Listing.ID.Hex()
	cfg := fmt.Sprintf("node:\n  min_gas_price: 2\n  datasets:\n    linreg: {X: %s, \"y\": %s}\n",
		filepath.Join(algo, "testdata", "X.csv"), filepath.Join(algo, "testdata", "y.csv"))
	if err := os.WriteFile(filepath.Join(w.home, ConfigFile), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return w
}

// post posts a one-device linreg job at gas price 3.
func (w *nodeWorld) post(t *testing.T, label string) common.Hash {
	t.Helper()
	var post jobPosted
	args := append([]string{"job", "post", "--listing", w.listing, "--params", w.params, "--gas-price", "3", "--deadline", "10m", "--label", label, "--from", "alice"}, w.chain...)
	if code, errs := dmlrunJSON(t, &post, args...); code != ExitOK {
		t.Fatalf("job post: exit %d: %s", code, errs)
	}
	return post.Job.ID
}

// node starts `dmlrun node` for device with its own state directory.
func (w *nodeWorld) node(device, state string, env []string, extra ...string) *exec.Cmd {
	args := append([]string{"node", "--from", device, "--state", state, "--poll", "200ms"}, append(extra, w.chain...)...)
	cmd := exec.Command(w.bin, args...)
	cmd.Env = append(os.Environ(), env...)
	return cmd
}

// runOnce runs `dmlrun node --once` and returns its exit code and log.
func (w *nodeWorld) runOnce(t *testing.T, device, state string, env ...string) (int, string) {
	t.Helper()
	out, err := w.node(device, state, env, "--once").CombinedOutput()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0, string(out)
	case errors.As(err, &ee):
		return ee.ExitCode(), string(out)
	}
	t.Fatalf("dmlrun node: %v", err)
	return -1, ""
}

// check asserts one claim, one submitted receipt and one payment of gas
// used × 3 to the device, and the state's step for the job.
func (w *nodeWorld) check(t *testing.T, job common.Hash, device, state string, before *big.Int, step node.Step) {
	t.Helper()
	ctx := context.Background()
	j, err := w.client.Job(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	if j.Claimed != 1 || j.Submitted != 1 {
		t.Errorf("job: %d claimed, %d submitted; want 1 and 1", j.Claimed, j.Submitted)
	}
	rids, err := jobReceiptIDs(ctx, w.client, job)
	if err != nil || len(rids) != 1 {
		t.Fatalf("job has receipts %v (%v), want one", rids, err)
	}
	st, err := node.OpenState(state)
	if err != nil {
		t.Fatal(err)
	}
	e := st.Get(job)
	if e.Step != step || e.ReceiptID != rids[0] || e.GasUsed == 0 {
		t.Errorf("state: step %q receipt %s gas %d; want %s, receipt %s", e.Step, e.ReceiptID, e.GasUsed, step, rids[0])
	}
	if _, err := os.Stat(node.Outbox{Dir: filepath.Join(state, "outbox")}.Path(job, rids[0])); err != nil {
		t.Errorf("the update was not delivered: %v", err)
	}
	if step != node.StepSettled {
		return
	}
	rec, err := w.client.Receipt(ctx, rids[0])
	if err != nil {
		t.Fatal(err)
	}
	pay := new(big.Int).Mul(new(big.Int).SetUint64(e.GasUsed), big.NewInt(3))
	if rec.State != marketplace.ReceiptSettled || rec.DevicePay.Cmp(pay) != 0 || j.Paid.Cmp(new(big.Int).Add(rec.DevicePay, rec.AuthorFee)) != 0 {
		t.Errorf("receipt %s pays %s (want %s), job paid %s", rec.State, rec.DevicePay, pay, j.Paid)
	}
	if got := new(big.Int).Sub(tokens(t, w.chain, device)[device], before); got.Cmp(pay) != 0 {
		t.Errorf("%s was paid %s tokens, want gas %d × 3 = %s", device, got, e.GasUsed, pay)
	}
}

// settleAfterWindow waits out the challenge window, then lets the node
// settle its own receipt.
func (w *nodeWorld) settleAfterWindow(t *testing.T, job common.Hash, device, state string) {
	t.Helper()
	rids, err := jobReceiptIDs(context.Background(), w.client, job)
	if err != nil || len(rids) != 1 {
		t.Fatalf("receipts %v: %v", rids, err)
	}
	rec, err := w.client.Receipt(context.Background(), rids[0])
	if err != nil {
		t.Fatal(err)
	}
	at, err := w.client.SettleableAt(context.Background(), rec)
	if err != nil {
		t.Fatal(err)
	}
	waitChainTime(t, w.dev, at)
	if code, log := w.runOnce(t, device, state); code != 0 || !strings.Contains(log, "settled: receipt") {
		t.Fatalf("settling pass: exit %d\n%s", code, log)
	}
	// A settled job is left alone: no second payment.
	if code, log := w.runOnce(t, device, state); code != 0 || strings.Contains(log, "settled: receipt") {
		t.Fatalf("pass after settling: exit %d\n%s", code, log)
	}
}

// TestNodeKillAndRestart kills `dmlrun node` right after each step is
// persisted (the crash hook), and with a real SIGKILL at a random point
// after it claimed, restarts it, and checks that each job was claimed,
// submitted and paid exactly once.
func TestNodeKillAndRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("builds dmlrun and starts a devnet")
	}
	w := newNodeWorld(t, 3*time.Second)
	devices := map[node.Step]string{node.StepClaimed: "dev1", node.StepRan: "dev2", node.StepSubmitted: "dev3"}
	for _, at := range []node.Step{node.StepClaimed, node.StepRan, node.StepSubmitted} {
		t.Run("crash after "+string(at), func(t *testing.T) {
			device, state := devices[at], t.TempDir()
			before := tokens(t, w.chain, device)[device]
			job := w.post(t, "crash after "+string(at))
			code, log := w.runOnce(t, device, state, CrashAfterEnv+"="+string(at))
			if code != 137 {
				t.Fatalf("with %s=%s: exit %d, want 137\n%s", CrashAfterEnv, at, code, log)
			}
			st, err := node.OpenState(state)
			if err != nil {
				t.Fatal(err)
			}
			if e := st.Get(job); e.Step != at {
				t.Fatalf("crashed with step %q on disk, want %s\n%s", e.Step, at, log)
			}
			code, log = w.runOnce(t, device, state)
			if code != 0 || !strings.Contains(log, "resuming after "+string(at)) || !strings.Contains(log, "delivered") {
				t.Fatalf("restart: exit %d\n%s", code, log)
			}
			if strings.Contains(log, "claimed slot") {
				t.Errorf("the restart claimed again:\n%s", log)
			}
			w.check(t, job, device, state, before, node.StepDelivered)
			w.settleAfterWindow(t, job, device, state)
			w.check(t, job, device, state, before, node.StepSettled)
		})
	}
	t.Run("kill -9", func(t *testing.T) {
		device, state := "dev4", t.TempDir()
		before := tokens(t, w.chain, device)[device]
		job := w.post(t, "kill -9")
		cmd := w.node(device, state, nil)
		stderr, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := scanLines(stderr)
		if _, err := waitLine(lines, "claimed slot", 60*time.Second); err != nil {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rand.IntN(2500)) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
		st, err := node.OpenState(state)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("killed at step %q", st.Get(job).Step)
		if code, log := w.runOnce(t, device, state); code != 0 {
			t.Fatalf("restart: exit %d\n%s", code, log)
		}
		w.check(t, job, device, state, before, node.StepDelivered)
		w.settleAfterWindow(t, job, device, state)
		w.check(t, job, device, state, before, node.StepSettled)
	})
}

// TestNodeStopsOnSignal sends SIGINT and SIGTERM to a watching node: it
// exits 0 promptly.
func TestNodeStopsOnSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds dmlrun and starts a devnet")
	}
	w := newNodeWorld(t, time.Hour)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := w.node("dev1", t.TempDir(), nil)
			stderr, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			lines := scanLines(stderr)
			if _, err := waitLine(lines, "watching for jobs", 60*time.Second); err != nil {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatal(err)
			}
			sent := time.Now()
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() {
				for range lines {
				}
				done <- cmd.Wait()
			}()
			select {
			case err := <-done:
				if err != nil {
					t.Fatalf("exit after %s: %v", sig, err)
				}
				if d := time.Since(sent); d > 5*time.Second {
					t.Errorf("took %s to stop", d)
				}
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("still running 10 s after %s", sig)
			}
		})
	}
}

func scanLines(r io.Reader) <-chan string {
	ch := make(chan string, 100)
	go func() {
		defer close(ch)
		s := bufio.NewScanner(r)
		for s.Scan() {
			ch <- s.Text()
		}
	}()
	return ch
}

// waitLine reads lines until one contains want.
func waitLine(lines <-chan string, want string, timeout time.Duration) (string, error) {
	var seen []string
	deadline := time.After(timeout)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				return "", fmt.Errorf("exited before logging %q:\n%s", want, strings.Join(seen, "\n"))
			}
			seen = append(seen, l)
			if strings.Contains(l, want) {
				return l, nil
			}
		case <-deadline:
			return "", fmt.Errorf("no %q within %s:\n%s", want, timeout, strings.Join(seen, "\n"))
		}
	}
}
