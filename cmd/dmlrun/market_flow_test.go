package main

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/decentralized-ml/dml/internal/testmod"
	"github.com/decentralized-ml/dml/marketplace"
	"github.com/decentralized-ml/dml/marketplace/devnet"
)

func init() { keyStoreConfig = marketplace.KeysConfig{Light: true} }

// dmlrunJSON runs a command with --json and decodes its one JSON object
// into v (when it exits 0).
func dmlrunJSON(t *testing.T, v any, args ...string) (int, string) {
	t.Helper()
	code, out, errs := dmlrun(t, append(args, "--json")...)
	if code == ExitOK && v != nil {
		if err := json.Unmarshal([]byte(out), v); err != nil {
			t.Fatalf("%v: stdout is not JSON: %v\n%s", args, err, out)
		}
	}
	return code, errs
}

// startDevnet runs a devnet in process on a free port, in <home>/devnet as
// `dmlrun devnet` would, with the CLI's named accounts.
func startDevnet(t *testing.T, home string, window time.Duration) *devnet.Devnet {
	t.Helper()
	names := make([]string, len(devnetAccounts))
	for i, a := range devnetAccounts {
		names[i] = a.name
	}
	d, err := devnet.Start(context.Background(), devnet.Config{DataDir: filepath.Join(home, "devnet"), Addr: "127.0.0.1:0", Accounts: names, ChallengeWindow: window})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

func tokens(t *testing.T, chain []string, names ...string) map[string]*big.Int {
	t.Helper()
	var bals []balanceReport
	if code, errs := dmlrunJSON(t, &bals, append(append([]string{"balance"}, names...), chain...)...); code != ExitOK {
		t.Fatalf("balance: exit %d: %s", code, errs)
	}
	out := map[string]*big.Int{}
	for _, b := range bals {
		v, _ := new(big.Int).SetString(b.TokenBase, 10)
		out[b.Name] = v
	}
	return out
}

func delta(after, before map[string]*big.Int, name string) *big.Int {
	return new(big.Int).Sub(after[name], before[name])
}

// TestMarketFlow is the whole flow as a user runs it on the devnet:
// publish, list, post, claim, run, submit, verify, settle (twice), refund,
// with the money checked to the last unit.
func TestMarketFlow(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet")
	}
	home := t.TempDir()
	d := startDevnet(t, home, 4*time.Second)
	chain := []string{"--home", home, "--rpc", d.URL}
	linreg := testmod.Algorithm(t, "linreg")
	algo := filepath.Join(testmod.RepoRoot(t), "algorithms", "linreg")
	before := tokens(t, chain, "alice", "bob", "dev1")

	// Publish, twice: the second finds the first.
	var pub published
	pubArgs := append([]string{"publish", linreg, "--manifest", filepath.Join(algo, "manifest.yaml"), "--price", "1000", "--royalty", "500", "--min-gas-price", "2", "--from", "bob"}, chain...)
	if code, errs := dmlrunJSON(t, &pub, pubArgs...); code != ExitOK || pub.Existing || !pub.Txs[0].Sent {
		t.Fatalf("publish: exit %d %+v: %s", code, pub, errs)
	}
	var again published
	if code, errs := dmlrunJSON(t, &again, pubArgs...); code != ExitOK || !again.Existing || again.Txs[0].Sent || again.Listing.ID != pub.Listing.ID {
		t.Fatalf("publish again: exit %d %+v: %s", code, again, errs)
	}
	listing := pub.Listing.ID.Hex()

	var listings []marketplace.Listing
	if code, errs := dmlrunJSON(t, &listings, append([]string{"market", "list"}, chain...)...); code != ExitOK || len(listings) != 1 || listings[0].Name != "linreg" {
		t.Fatalf("market list: exit %d %+v: %s", code, listings, errs)
	}
	if code, out, errs := dmlrun(t, append([]string{"market", "show", listing}, chain...)...); code != ExitOK || !strings.Contains(out, "signature      verified") {
		t.Fatalf("market show: exit %d\n%s%s", code, out, errs)
	}

	// Post, twice: the same settings give the same job.
	postArgs := append([]string{"job", "post", "--listing", listing, "--params", filepath.Join(algo, "testdata", "params.json"), "--gas-price", "3", "--deadline", "20s", "--from", "alice"}, chain...)
	var post jobPosted
	if code, errs := dmlrunJSON(t, &post, postArgs...); code != ExitOK || post.Existing || len(post.Txs) != 2 {
		t.Fatalf("job post: exit %d %+v: %s", code, post, errs)
	}
	var repost jobPosted
	if code, errs := dmlrunJSON(t, &repost, postArgs...); code != ExitOK || !repost.Existing || repost.Job.ID != post.Job.ID || len(repost.Txs) != 0 {
		t.Fatalf("job post again: exit %d %+v: %s", code, repost, errs)
	}
	job := post.Job.ID.Hex()
	if post.Job.GasLimit != 10_000_000_000 {
		t.Errorf("gas limit %d, want the manifest's", post.Job.GasLimit)
	}

	var claim jobClaimed
	if code, errs := dmlrunJSON(t, &claim, append([]string{"job", "claim", job, "--from", "dev1"}, chain...)...); code != ExitOK || !claim.Txs[0].Sent {
		t.Fatalf("job claim: exit %d %+v: %s", code, claim, errs)
	}
	if code, errs := dmlrunJSON(t, nil, append([]string{"job", "claim", job, "--from", "dev2"}, chain...)...); code != ExitChainRefused || !strings.Contains(errs, "NoSlotLeft") {
		t.Errorf("second device on a one-device job: exit %d: %s", code, errs)
	}

	// The device runs the command claim printed, on its data.
	rcpt := filepath.Join(t.TempDir(), "receipt.json")
	run := append(claim.Run[2:len(claim.Run)-1], rcpt, "--input", "X="+filepath.Join(algo, "testdata", "X.csv"), "--input", "y="+filepath.Join(algo, "testdata", "y.csv"), "--home", home)
	code, res, errs := runJSON(t, run...)
	if code != ExitOK {
		t.Fatalf("run %v: exit %d %s: %s", run, code, res.Error, errs)
	}

	var sub jobSubmitted
	subArgs := append([]string{"job", "submit", rcpt, "--job", job, "--from", "dev1"}, chain...)
	if code, errs := dmlrunJSON(t, &sub, subArgs...); code != ExitOK || !sub.Txs[0].Sent || sub.GasUsed != res.GasUsed {
		t.Fatalf("job submit: exit %d %+v: %s", code, sub, errs)
	}
	var resub jobSubmitted
	if code, errs := dmlrunJSON(t, &resub, subArgs...); code != ExitOK || resub.Txs[0].Sent || resub.ReceiptID != sub.ReceiptID {
		t.Fatalf("job submit again: exit %d %+v: %s", code, resub, errs)
	}

	// The signed receipt verifies by signature and by re-execution; an
	// edited one does not.
	verifyArgs := []string{"verify", sub.SignedFile, "--params", filepath.Join(algo, "testdata", "params.json"), "--manifest", filepath.Join(algo, "manifest.yaml"),
		"--input", "X=" + filepath.Join(algo, "testdata", "X.csv"), "--input", "y=" + filepath.Join(algo, "testdata", "y.csv"), "--home", home}
	if code, out, errs := dmlrun(t, verifyArgs...); code != ExitOK || !strings.Contains(out, "by device "+sub.Device) {
		t.Errorf("verify signed receipt: exit %d\n%s%s", code, out, errs)
	}
	data, _ := os.ReadFile(sub.SignedFile)
	edited := filepath.Join(t.TempDir(), "edited.signed.json")
	os.WriteFile(edited, []byte(strings.Replace(string(data), `"gas_used": `+strconv.FormatUint(sub.GasUsed, 10), `"gas_used": 1`, 1)), 0o644)
	if code, _, errs := dmlrun(t, append([]string{"verify", edited}, verifyArgs[2:]...)...); code != ExitReceiptEdited || !strings.Contains(errs, "signed by") {
		t.Errorf("verify edited signed receipt: exit %d: %s", code, errs)
	}

	// Settle: too early, then after the window, then again (a no-op).
	settleArgs := append([]string{"job", "settle", "--job", job, "--from", "alice"}, chain...)
	if code, errs := dmlrunJSON(t, nil, settleArgs...); code != ExitNotYet || !strings.Contains(errs, "wait") {
		t.Errorf("settle inside the window: exit %d: %s", code, errs)
	}
	waitChainTime(t, d, sub.SettleableAt)
	var set jobSettled
	if code, errs := dmlrunJSON(t, &set, settleArgs...); code != ExitOK || !set.Txs[0].Sent || set.Receipts[0].Already {
		t.Fatalf("settle: exit %d %+v: %s", code, set, errs)
	}
	paid := tokens(t, chain, "alice", "bob", "dev1")
	var reset jobSettled
	if code, errs := dmlrunJSON(t, &reset, settleArgs...); code != ExitOK || reset.Txs[0].Sent || !reset.Receipts[0].Already {
		t.Fatalf("settle again: exit %d %+v: %s", code, reset, errs)
	}
	if code, out, _ := dmlrun(t, settleArgs...); code != ExitOK || !strings.Contains(out, "already done: nothing sent") {
		t.Errorf("settle again, human output: exit %d\n%s", code, out)
	}
	if now := tokens(t, chain, "alice", "bob", "dev1"); now["dev1"].Cmp(paid["dev1"]) != 0 || now["bob"].Cmp(paid["bob"]) != 0 {
		t.Fatalf("settling twice paid twice: %v then %v", paid, now)
	}

	devicePay := new(big.Int).Mul(new(big.Int).SetUint64(res.GasUsed), big.NewInt(3))
	royalty := new(big.Int).Quo(new(big.Int).Mul(devicePay, big.NewInt(500)), big.NewInt(10000))
	authorFee := new(big.Int).Add(big.NewInt(1000), royalty)
	if got := delta(paid, before, "dev1"); got.Cmp(devicePay) != 0 {
		t.Errorf("dev1 paid %s for %d gas at 3, want %s", got, res.GasUsed, devicePay)
	}
	if got := delta(paid, before, "bob"); got.Cmp(authorFee) != 0 {
		t.Errorf("author paid %s, want price 1000 + royalty %s", got, royalty)
	}

	// Refund: too early, then after the deadline; escrow in = out.
	refundArgs := append([]string{"job", "refund", job, "--from", "alice"}, chain...)
	if code, errs := dmlrunJSON(t, nil, refundArgs...); code != ExitNotYet {
		t.Errorf("refund before the deadline: exit %d: %s", code, errs)
	}
	waitChainTime(t, d, post.Job.Deadline.Add(time.Second))
	var ref jobRefunded
	if code, errs := dmlrunJSON(t, &ref, refundArgs...); code != ExitOK || !ref.Txs[0].Sent {
		t.Fatalf("refund: exit %d %+v: %s", code, ref, errs)
	}
	after := tokens(t, chain, "alice", "bob", "dev1")
	refunded, _ := new(big.Int).SetString(ref.Amount, 10)
	in := post.Job.Deposit
	out := new(big.Int).Add(new(big.Int).Add(devicePay, authorFee), refunded)
	if in.Cmp(out) != 0 {
		t.Errorf("escrow in %s != devices %s + author %s + refund %s", in, devicePay, authorFee, refunded)
	}
	if spent := new(big.Int).Neg(delta(after, before, "alice")); spent.Cmp(new(big.Int).Add(devicePay, authorFee)) != 0 {
		t.Errorf("customer spent %s, want %s", spent, new(big.Int).Add(devicePay, authorFee))
	}
	var show jobView
	if code, errs := dmlrunJSON(t, &show, append([]string{"job", "show", job}, chain...)...); code != ExitOK || len(show.Receipts) != 1 || show.Receipts[0].StateName != "settled" || show.Refundable != "0" {
		t.Errorf("job show: exit %d %+v: %s", code, show, errs)
	}
	var jobs []marketplace.Job
	if code, errs := dmlrunJSON(t, &jobs, append([]string{"job", "list", "--customer", "alice"}, chain...)...); code != ExitOK || len(jobs) != 1 {
		t.Errorf("job list: exit %d %+v: %s", code, jobs, errs)
	}
}

// waitChainTime waits until the devnet's latest block is at or after at.
func waitChainTime(t *testing.T, d *devnet.Devnet, at time.Time) {
	t.Helper()
	c, err := d.Client(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(time.Until(at) + 30*time.Second)
	for time.Now().Before(deadline) {
		if now, err := c.ChainTime(context.Background()); err == nil && !now.Before(at) {
			return
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatalf("chain time did not reach %s", at)
}

// TestChainFaults checks each fault's message and exit code on one devnet.
func TestChainFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet")
	}
	home := t.TempDir()
	d := startDevnet(t, home, time.Minute)
	chain := []string{"--home", home, "--rpc", d.URL}
	mod := vec("abi_sum_input", "module.wasm")
	mf := filepath.Join(t.TempDir(), "manifest.yaml")
	os.WriteFile(mf, []byte("name: sum\nversion: 0.1.0\nabi_version: 1\ninputs:\n  - {name: X, dtype: f64, shape: [\"n\"]}\n"), 0o644)
	var pub published
	if code, errs := dmlrunJSON(t, &pub, append([]string{"publish", mod, "--manifest", mf, "--min-gas-price", "5", "--from", "bob"}, chain...)...); code != ExitOK {
		t.Fatalf("publish: exit %d: %s", code, errs)
	}
	listing := pub.Listing.ID.Hex()
	post := func(extra ...string) []string {
		return append(append([]string{"job", "post", "--listing", listing, "--gas-limit", "1000000", "--from", "alice"}, chain...), extra...)
	}
	var job jobPosted
	if code, errs := dmlrunJSON(t, &job, post("--label", "ok")...); code != ExitOK {
		t.Fatalf("post: exit %d: %s", code, errs)
	}
	rcpt := filepath.Join(t.TempDir(), "r.json")
	if code, _, errs := dmlrun(t, "run", pub.Listing.ModuleCID, "--input", "X="+vec("abi_sum_input", "X.csv"), "--gas-limit", "2000000", "--receipt", rcpt, "--home", home); code != ExitOK {
		t.Fatalf("run: exit %d: %s", code, errs)
	}
	dmlrun(t, append([]string{"job", "claim", job.Job.ID.Hex(), "--from", "dev1"}, chain...)...)
	badPass := filepath.Join(t.TempDir(), "pass")
	os.WriteFile(badPass, []byte("wrong\n"), 0o600)
	keyFile := filepath.Join(t.TempDir(), "pass")
	os.WriteFile(keyFile, []byte("right\n"), 0o600)
	var key keyReport
	if code, errs := dmlrunJSON(t, &key, "keys", "new", "--home", home, "--passphrase-file", keyFile); code != ExitOK {
		t.Fatalf("keys new: exit %d: %s", code, errs)
	}

	tests := []struct {
		name string
		args []string
		code int
		has  string
	}{
		{"unreachable chain", []string{"balance", "--home", home, "--rpc", "http://127.0.0.1:1"}, ExitChainUnreachable, "is `dmlrun devnet` running?"},
		{"insufficient balance", post("--label", "rich", "--gas-price", "1000000000000000000000"), ExitNoFunds, "insufficient token balance"},
		{"gas price under the minimum", post("--label", "cheap", "--gas-price", "4"), ExitChainRefused, "GasPriceTooLow"},
		{"deadline in the past", post("--label", "late", "--deadline", "-1s"), ExitUsage, "--deadline"},
		{"receipt over the gas limit", append([]string{"job", "submit", rcpt, "--job", job.Job.ID.Hex(), "--from", "dev1"}, chain...), ExitChainRefused, "re-run with --gas-limit 1000000"},
		{"unknown job", append([]string{"job", "show", "0x" + strings.Repeat("ab", 32)}, chain...), ExitNotFound, "job not found"},
		{"unknown listing", append([]string{"market", "show", "0x" + strings.Repeat("cd", 32)}, chain...), ExitNotFound, "listing not found"},
		{"unknown account name", append([]string{"balance", "mallory"}, chain...), ExitNotFound, "no account \"mallory\""},
		{"wrong passphrase", append([]string{"job", "claim", job.Job.ID.Hex(), "--from", key.Address, "--passphrase-file", badPass}, chain...), ExitKeyLocked, "wrong passphrase"},
		{"claim with no slot left", append([]string{"job", "claim", job.Job.ID.Hex(), "--from", "dev2"}, chain...), ExitChainRefused, "NoSlotLeft"},
		{"refund before the deadline", append([]string{"job", "refund", job.Job.ID.Hex(), "--from", "alice"}, chain...), ExitNotYet, "wait until it has passed"},
		{"settle with no receipt", append([]string{"job", "settle", "--job", job.Job.ID.Hex(), "--from", "alice"}, chain...), ExitNotFound, "no submitted receipt"},
		{"bad job id", append([]string{"job", "show", "0x12"}, chain...), ExitUsage, "64 hex digits"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := dmlrun(t, tc.args...)
			if code != tc.code || !strings.Contains(errs, tc.has) || !strings.HasPrefix(errs, "dmlrun ") {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, tc.code, tc.has)
			}
		})
	}
}
