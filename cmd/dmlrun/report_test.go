package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/federated"
	"github.com/decentralized-ml/dml/ipfs"
	"github.com/decentralized-ml/dml/node"
	"github.com/decentralized-ml/dml/report"
)

func TestReportFetches(t *testing.T) {
	home := t.TempDir()
	st, err := ipfs.Open(filepath.Join(home, "ipfs"))
	if err != nil {
		t.Fatal(err)
	}
	r := &report.Report{Title: "cli test", Baseline: federated.Metrics{Loss: 2.3, Accuracy: 0.1},
		Rounds: []report.Round{{Number: 1, Accuracy: 0.7, Loss: 0.8}}}
	files, err := report.Files(r)
	if err != nil {
		t.Fatal(err)
	}
	cid, err := report.Publish(context.Background(), node.StoreContent{Store: st}, r.Title, files)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	out := filepath.Join(t.TempDir(), "rep")
	code, stdout, stderr := dmlrun(t, "--home", home, "report", cid, "-o", out)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "cli test: 3 files") {
		t.Errorf("stdout: %s", stdout)
	}
	for _, name := range []string{report.FileHTML, report.FilePNG, report.FileJSON, "index.json"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Error(err)
		}
	}
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"report", cid}, ExitUsage},
		{[]string{"report", "not-a-cid", "-o", out}, ExitUsage},
		{[]string{"report", files2cid(t, home), "-o", out}, ExitUsage},
	} {
		if code, _, stderr := dmlrun(t, append([]string{"--home", home}, tc.args...)...); code != tc.code {
			t.Errorf("%v: exit %d, want %d (%s)", tc.args, code, tc.code, stderr)
		}
	}
}

// files2cid adds a file that is not a report index and returns its CID.
func files2cid(t *testing.T, home string) string {
	t.Helper()
	st, err := ipfs.Open(filepath.Join(home, "ipfs"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c, err := node.StoreContent{Store: st}.Put(context.Background(), []byte("hello world\n"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestDemoUsage(t *testing.T) {
	for _, args := range [][]string{
		{"demo", "--strategy", "mean-of-everything"},
		{"demo", "extra-arg"},
	} {
		if code, _, stderr := dmlrun(t, append([]string{"--home", t.TempDir()}, args...)...); code != ExitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", args, code, ExitUsage, stderr)
		}
	}
}
