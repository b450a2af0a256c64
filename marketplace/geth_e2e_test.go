package marketplace

import (
	"context"
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
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// TestChainE2E runs every scenario against a real geth --dev node. It runs
// when DML_GETH_URL names a running node (whose first account is unlocked
// and funded, as geth --dev's is) or DML_CHAIN_E2E=1 and a geth binary is on
// PATH (or named by DML_GETH), which the test starts with a temporary
// datadir. It prints "chain-e2e: N passed, M failed".
func TestChainE2E(t *testing.T) {
	url := os.Getenv("DML_GETH_URL")
	if url == "" && os.Getenv("DML_CHAIN_E2E") != "1" {
		t.Skip("set DML_CHAIN_E2E=1 (geth on PATH) or DML_GETH_URL to run against a real geth --dev")
	}
	if url == "" {
		url = startGeth(t)
	}
	ctx := context.Background()
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	ec := ethclient.NewClient(rc)
	funder := testKey("geth funder")
	fundFromDev(t, rc, ec, funder.Address)

	chain := &testChain{name: "geth --dev", backend: ec, window: 5 * time.Second}
	if s := os.Getenv("DML_CHAIN_WINDOW"); s != "" {
		if chain.window, err = time.ParseDuration(s); err != nil {
			t.Fatal(err)
		}
	}
	var fc *Client
	chain.fundEther = func(t *testing.T, addr common.Address) {
		t.Helper()
		bal, err := ec.BalanceAt(ctx, addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Cmp(big.NewInt(1e17)) >= 0 {
			return
		}
		if _, err := fc.SendEther(ctx, funder, addr, big.NewInt(1e18)); err != nil {
			t.Fatal(err)
		}
	}
	// A real node stamps blocks with its own clock (at least one second
	// after the previous block): seal blocks with empty transfers until the
	// latest block is d later than when we started.
	chain.advance = func(t *testing.T, d time.Duration) {
		t.Helper()
		start, err := fc.ChainTime(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for {
			if _, err := fc.SendEther(ctx, funder, funder.Address, big.NewInt(0)); err != nil {
				t.Fatal(err)
			}
			now, err := fc.ChainTime(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if now.Sub(start) >= d {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	fc = &Client{backend: ec, chainID: mustChainID(t, ec), poll: 20 * time.Millisecond}
	for _, n := range actorNames {
		chain.fundEther(t, testKey(n).Address)
	}
	w := newWorld(t, chain)

	passed, failed := 0, 0
	for _, s := range scenarios {
		if t.Run(s.name, func(t *testing.T) { s.run(t, w) }) {
			passed++
		} else {
			failed++
		}
	}
	fmt.Printf("chain-e2e: %d passed, %d failed\n", passed, failed)
}

func mustChainID(t *testing.T, ec *ethclient.Client) *big.Int {
	id, err := ec.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// fundFromDev sends 1000 ether from geth --dev's unlocked, pre-funded dev
// account (eth_accounts[0]) to addr with eth_sendTransaction.
func fundFromDev(t *testing.T, rc *rpc.Client, ec *ethclient.Client, addr common.Address) {
	t.Helper()
	ctx := context.Background()
	var accounts []common.Address
	if err := rc.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		t.Fatalf("geth has no dev account (eth_accounts: %v): run it with --dev", err)
	}
	amount := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	var h common.Hash
	err := rc.CallContext(ctx, &h, "eth_sendTransaction", map[string]any{
		"from": accounts[0], "to": addr, "value": (*hexutil.Big)(amount),
	})
	if err != nil {
		t.Fatalf("fund from the dev account %s: %v", accounts[0], err)
	}
	c := &Client{backend: ec, poll: 20 * time.Millisecond}
	if _, err := c.waitMined(ctx, h); err != nil {
		t.Fatal(err)
	}
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// startGeth runs geth --dev on a temporary datadir and returns its HTTP URL.
func startGeth(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("DML_GETH")
	if bin == "" {
		var err error
		if bin, err = exec.LookPath("geth"); err != nil {
			t.Fatal("no geth on PATH: go install github.com/ethereum/go-ethereum/cmd/geth@v1.16.7, or set DML_GETH")
		}
	}
	dir := t.TempDir()
	port := freePort(t)
	cmd := exec.Command(bin, "--dev", "--dev.period", "0", "--datadir", filepath.Join(dir, "geth"),
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(port), "--http.api", "eth,net,web3",
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--port", "0",
		"--authrpc.port", strconv.Itoa(freePort(t)), "--verbosity", "2")
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
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		ec, err := ethclient.DialContext(ctx, url)
		if err == nil {
			_, err = ec.ChainID(ctx)
			ec.Close()
		}
		cancel()
		if err == nil {
			return url
		}
		time.Sleep(200 * time.Millisecond)
	}
	log, _ := os.ReadFile(filepath.Join(dir, "geth.log"))
	t.Fatalf("geth did not answer on %s within 60s; its log:\n%s", url, log)
	return ""
}
