package main

import (
	"bytes"
	"context"
	"encoding/json"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer that a running command and the test share.
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

// serveDevnet runs `dmlrun devnet --json` until it prints its report, then
// stops it as Ctrl-C would and returns the report.
func serveDevnet(t *testing.T, dir string) devnetReport {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errs syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- execute(ctx, []string{"devnet", "--datadir", dir, "--addr", "127.0.0.1:0", "--json", "--home", t.TempDir()}, &out, &errs)
	}()
	var rep devnetReport
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if json.Unmarshal([]byte(out.String()), &rep) == nil {
			break
		}
		select {
		case code := <-done:
			t.Fatalf("devnet exited %d: %s", code, errs.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("devnet printed nothing in 60s: %s", errs.String())
		}
	}
	cancel()
	if code := <-done; code != ExitOK {
		t.Fatalf("devnet stopped with exit %d: %s", code, errs.String())
	}
	return rep
}

func TestDevnetCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet")
	}
	dir := t.TempDir()
	first := serveDevnet(t, dir)
	if len(first.Accounts) != len(devnetAccounts) || first.ChallengeWindow != "1m0s" {
		t.Fatalf("report %+v", first)
	}
	for _, a := range first.Accounts {
		if a.Tokens != "1000000" || a.Ether != "100" {
			t.Errorf("%s holds %s ether, %s DML", a.Name, a.Ether, a.Tokens)
		}
	}
	second := serveDevnet(t, dir)
	if second.Contracts != first.Contracts || second.ChainID != first.ChainID {
		t.Errorf("restart moved the contracts: %+v then %+v", first.Contracts, second.Contracts)
	}
}
