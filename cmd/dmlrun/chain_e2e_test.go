package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/decentralized-ml/dml/internal/testmod"
	"github.com/decentralized-ml/dml/marketplace"
)

// TestChainE2E runs the dmlrun flow (publish, post, claim, run, submit,
// settle) against a real geth --dev process, the way a user on a real chain
// does: keys in the key store, contract addresses from DMLRUN_CHAIN_*. It
// runs with DML_CHAIN_E2E=1 and geth on PATH (or DML_GETH), and prints
// "chain-e2e: N passed, M failed".
func TestChainE2E(t *testing.T) {
	if os.Getenv("DML_CHAIN_E2E") != "1" {
		t.Skip("set DML_CHAIN_E2E=1 with geth on PATH (make test-chain)")
	}
	ctx := context.Background()
	url := startGethDev(t)
	ec, err := marketplace.Dial(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	deployer := marketplace.NewSigner(e2eKey("deployer"))
	fundFromGethDev(t, url, deployer.Address)
	c, _, err := marketplace.Deploy(ctx, ec, deployer, marketplace.DeployConfig{ChallengeWindow: 3 * time.Second, InitialSupply: new(big.Int).Lsh(big.NewInt(1), 100)})
	if err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	t.Setenv("DMLRUN_CHAIN_RPC", url)
	t.Setenv("DMLRUN_CHAIN_CONTRACTS_TOKEN", c.Addresses().Token.Hex())
	t.Setenv("DMLRUN_CHAIN_CONTRACTS_REGISTRY", c.Addresses().Registry.Hex())
	t.Setenv("DMLRUN_CHAIN_CONTRACTS_ESCROW", c.Addresses().Escrow.Hex())
	t.Setenv(PassphraseEnv, "e2e passphrase")
	addr := map[string]string{}
	for _, name := range []string{"alice", "bob", "dev1"} {
		k := e2eKey(name)
		a := marketplace.NewSigner(k)
		if _, err := c.SendEther(ctx, deployer, a.Address, big.NewInt(1e18)); err != nil {
			t.Fatal(err)
		}
		f := filepath.Join(t.TempDir(), name+".key")
		os.WriteFile(f, []byte(hexutil.Encode(crypto.FromECDSA(k))), 0o600)
		if code, _, errs := dmlrun(t, "keys", "import", f, "--home", home); code != ExitOK {
			t.Fatalf("keys import %s: exit %d: %s", name, code, errs)
		}
		addr[name] = a.Address.Hex()
	}
	if _, err := c.Transfer(ctx, deployer, common.HexToAddress(addr["alice"]), new(big.Int).Lsh(big.NewInt(1), 80)); err != nil {
		t.Fatal(err)
	}
	before := e2eTokens(t, home, addr)
	algo := filepath.Join(testmod.RepoRoot(t), "algorithms", "linreg")
	linreg := testmod.Algorithm(t, "linreg")

	var (
		pub   published
		post  jobPosted
		claim jobClaimed
		sub   jobSubmitted
		set   jobSettled
		res   struct{ GasUsed uint64 }
		rcpt  = filepath.Join(t.TempDir(), "receipt.json")
	)
	steps := []struct {
		name string
		run  func(t *testing.T)
	}{
		{"publish", func(t *testing.T) {
			if code, errs := dmlrunJSON(t, &pub, "publish", linreg, "--manifest", filepath.Join(algo, "manifest.yaml"), "--price", "1000", "--royalty", "500", "--min-gas-price", "2", "--from", addr["bob"], "--home", home); code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
		}},
		{"post", func(t *testing.T) {
			if code, errs := dmlrunJSON(t, &post, "job", "post", "--listing", pub.Listing.ID.Hex(), "--params", filepath.Join(algo, "testdata", "params.json"), "--gas-price", "3", "--from", addr["alice"], "--home", home); code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
		}},
		{"claim", func(t *testing.T) {
			if code, errs := dmlrunJSON(t, &claim, "job", "claim", post.Job.ID.Hex(), "--from", addr["dev1"], "--home", home); code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
		}},
		{"run", func(t *testing.T) {
			args := append(claim.Run[2:len(claim.Run)-1], rcpt, "--input", "X="+filepath.Join(algo, "testdata", "X.csv"), "--input", "y="+filepath.Join(algo, "testdata", "y.csv"), "--home", home)
			code, r, errs := runJSON(t, args...)
			if code != ExitOK {
				t.Fatalf("exit %d %s: %s", code, r.Error, errs)
			}
			res.GasUsed = r.GasUsed
		}},
		{"submit", func(t *testing.T) {
			if code, errs := dmlrunJSON(t, &sub, "job", "submit", rcpt, "--job", post.Job.ID.Hex(), "--from", addr["dev1"], "--home", home); code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
		}},
		{"settle", func(t *testing.T) {
			advanceGethDev(t, c, deployer, sub.SettleableAt)
			if code, errs := dmlrunJSON(t, &set, "job", "settle", "--job", post.Job.ID.Hex(), "--from", addr["alice"], "--home", home); code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var again jobSettled
			if code, errs := dmlrunJSON(t, &again, "job", "settle", "--job", post.Job.ID.Hex(), "--from", addr["alice"], "--home", home); code != ExitOK || again.Txs[0].Sent {
				t.Fatalf("settling again sent a transaction: exit %d %+v: %s", code, again, errs)
			}
			after := e2eTokens(t, home, addr)
			devicePay := new(big.Int).Mul(new(big.Int).SetUint64(res.GasUsed), big.NewInt(3))
			royalty := new(big.Int).Quo(new(big.Int).Mul(devicePay, big.NewInt(500)), big.NewInt(10000))
			if got := new(big.Int).Sub(after["dev1"], before["dev1"]); got.Cmp(devicePay) != 0 {
				t.Errorf("device paid %s, want %d gas × 3 = %s", got, res.GasUsed, devicePay)
			}
			if got := new(big.Int).Sub(after["bob"], before["bob"]); got.Cmp(new(big.Int).Add(big.NewInt(1000), royalty)) != 0 {
				t.Errorf("author paid %s, want 1000 + %s", got, royalty)
			}
			t.Logf("chain gas: publish %d, approve+post %d+%d, claim %d, submit %d, settle %d",
				pub.Txs[0].GasUsed, post.Txs[0].GasUsed, post.Txs[1].GasUsed, claim.Txs[0].GasUsed, sub.Txs[0].GasUsed, set.Txs[0].GasUsed)
		}},
	}
	passed := 0
	for _, s := range steps {
		if !t.Run(s.name, s.run) {
			break // later steps need this one; they count as failed
		}
		passed++
	}
	fmt.Printf("chain-e2e: %d passed, %d failed\n", passed, len(steps)-passed)
}

func e2eKey(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("dml cli e2e " + name)))
	if err != nil {
		panic(err)
	}
	return k
}

func e2eTokens(t *testing.T, home string, addr map[string]string) map[string]*big.Int {
	t.Helper()
	out := map[string]*big.Int{}
	for name, a := range addr {
		var b []balanceReport
		if code, errs := dmlrunJSON(t, &b, "balance", a, "--home", home); code != ExitOK {
			t.Fatalf("balance: exit %d: %s", code, errs)
		}
		out[name], _ = new(big.Int).SetString(b[0].TokenBase, 10)
	}
	return out
}

// advanceGethDev seals blocks with empty transfers until chain time reaches
// at: geth --dev --dev.period 0 makes a block only when a transaction comes.
func advanceGethDev(t *testing.T, c *marketplace.Client, from *marketplace.Signer, at time.Time) {
	t.Helper()
	for deadline := time.Now().Add(time.Until(at) + 30*time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if _, err := c.SendEther(context.Background(), from, from.Address, new(big.Int)); err != nil {
			t.Fatal(err)
		}
		if now, err := c.ChainTime(context.Background()); err == nil && !now.Before(at) {
			return
		}
	}
	t.Fatalf("geth chain time did not reach %s", at)
}

// fundFromGethDev sends 100 ether from geth --dev's unlocked dev account.
func fundFromGethDev(t *testing.T, url string, to common.Address) {
	t.Helper()
	rc, err := rpc.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	var accounts []common.Address
	if err := rc.Call(&accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		t.Fatalf("geth has no dev account (%v): run it with --dev", err)
	}
	var h common.Hash
	value := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	if err := rc.Call(&h, "eth_sendTransaction", map[string]any{"from": accounts[0], "to": to, "value": (*hexutil.Big)(value)}); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		var r map[string]any
		if rc.Call(&r, "eth_getTransactionReceipt", h) == nil && r != nil {
			return
		}
	}
	t.Fatal("funding transaction was not mined")
}

// startGethDev runs geth --dev on a temporary datadir; its HTTP URL.
func startGethDev(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("DML_GETH")
	if bin == "" {
		var err error
		if bin, err = exec.LookPath("geth"); err != nil {
			t.Fatal("no geth on PATH: make test-chain builds it, or set DML_GETH")
		}
	}
	port := func() int {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		return l.Addr().(*net.TCPAddr).Port
	}
	dir := t.TempDir()
	httpPort := port()
	cmd := exec.Command(bin, "--dev", "--dev.period", "0", "--datadir", filepath.Join(dir, "geth"),
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(httpPort), "--http.api", "eth,net,web3",
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--port", "0", "--authrpc.port", strconv.Itoa(port()), "--verbosity", "2")
	logf, err := os.Create(filepath.Join(dir, "geth.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
		}
		logf.Close()
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		ec, err := marketplace.Dial(ctx, url)
		cancel()
		if err == nil {
			ec.Close()
			return url
		}
	}
	log, _ := os.ReadFile(filepath.Join(dir, "geth.log"))
	t.Fatalf("geth did not answer on %s within 60s:\n%s", url, log)
	return ""
}
