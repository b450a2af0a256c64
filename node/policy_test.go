package node

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/manifest"
	"github.com/decentralized-ml/dml/marketplace"
	"github.com/ethereum/go-ethereum/common"
)

const listingHex = "0x1111111111111111111111111111111111111111111111111111111111111111"

func TestReadPolicy(t *testing.T) {
	author := "0x2222222222222222222222222222222222222222"
	tests := []struct {
		name, yaml, err string
		check           func(t *testing.T, p Policy)
	}{
		{name: "no node section", yaml: "chain: {rpc: http://x}\n", check: func(t *testing.T, p Policy) {
			if p.MaxConcurrent != 1 || p.MaxLoad != DefaultMaxLoad || p.MinGasPrice != nil || len(p.Datasets) != 0 {
				t.Errorf("defaults: %+v", p)
			}
		}},
		{name: "full", yaml: "node:\n  listings: [" + listingHex + "]\n  authors: [" + author + "]\n  min_gas_price: 7\n  max_concurrent: 3\n  idle_only: true\n  max_load: 1.5\n  datasets:\n    linreg: {X: data/X.csv, y: /abs/y.csv}\n    " + listingHex + ": {X: x.npy}\n",
			check: func(t *testing.T, p Policy) {
				if len(p.Listings) != 1 || p.Listings[0] != common.HexToHash(listingHex) || len(p.Authors) != 1 || p.Authors[0] != common.HexToAddress(author) {
					t.Errorf("listings %v authors %v", p.Listings, p.Authors)
				}
				if p.MinGasPrice.Cmp(big.NewInt(7)) != 0 || p.MaxConcurrent != 3 || !p.IdleOnly || p.MaxLoad != 1.5 {
					t.Errorf("limits: %+v", p)
				}
				if x := p.Datasets["linreg"]["X"]; !filepath.IsAbs(x) || !strings.HasSuffix(x, "data/X.csv") || p.Datasets["linreg"]["y"] != "/abs/y.csv" {
					t.Errorf("linreg datasets %v: relative paths are relative to the file, case is kept", p.Datasets["linreg"])
				}
				if p.Datasets[common.HexToHash(listingHex).Hex()]["X"] == "" {
					t.Errorf("datasets by listing id: %v", p.Datasets)
				}
			}},
		{name: "quoted gas price", yaml: "node: {min_gas_price: \"1000000000000000000000\"}\n", check: func(t *testing.T, p Policy) {
			if p.MinGasPrice.String() != "1000000000000000000000" {
				t.Errorf("min gas price %s", p.MinGasPrice)
			}
		}},
		{name: "bad listing", yaml: "node: {listings: [0x12]}\n", err: "not a listing id"},
		{name: "bad author", yaml: "node: {authors: [bob]}\n", err: "not an address"},
		{name: "bad gas price", yaml: "node: {min_gas_price: 1.5}\n", err: "min_gas_price"},
		{name: "negative concurrency", yaml: "node: {max_concurrent: -1}\n", err: "max_concurrent"},
		{name: "empty file name", yaml: "node: {datasets: {linreg: {X: \"\"}}}\n", err: "datasets.linreg.X is empty"},
		{name: "not yaml", yaml: "node: [\n", err: "fix the node: section"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "dmlrun.yaml")
			if err := os.WriteFile(path, []byte(tc.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			p, err := ReadPolicy(path)
			if tc.err != "" {
				if !errors.Is(err, ErrPolicy) || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err %v, want ErrPolicy with %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, p)
		})
	}
}

func TestPolicyAdmits(t *testing.T) {
	l := &marketplace.Listing{ID: common.HexToHash(listingHex), Name: "linreg", Author: common.HexToAddress("0xaa")}
	j := &marketplace.Job{GasPrice: big.NewInt(3)}
	tests := []struct {
		name   string
		p      Policy
		reason string
	}{
		{name: "any", p: Policy{}},
		{name: "listing allowed", p: Policy{Listings: []common.Hash{l.ID}}},
		{name: "listing not allowed", p: Policy{Listings: []common.Hash{{1}}}, reason: "not in node.listings"},
		{name: "author allowed", p: Policy{Authors: []common.Address{l.Author}}},
		{name: "author not allowed", p: Policy{Authors: []common.Address{{1}}}, reason: "not in node.authors"},
		{name: "gas price at the minimum", p: Policy{MinGasPrice: big.NewInt(3)}},
		{name: "gas price too low", p: Policy{MinGasPrice: big.NewInt(4)}, reason: "below node.min_gas_price 4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.p.Admits(j, l)
			if tc.reason == "" && err != nil {
				t.Fatal(err)
			}
			if tc.reason != "" && (!errors.Is(err, ErrSkipped) || !strings.Contains(err.Error(), tc.reason)) {
				t.Fatalf("err %v, want ErrSkipped saying %q", err, tc.reason)
			}
		})
	}
}

func TestPolicyFilesAndInputs(t *testing.T) {
	dir := t.TempDir()
	x, y := filepath.Join(dir, "X.csv"), filepath.Join(dir, "y.csv")
	os.WriteFile(x, []byte("1,2\n3,4\n5,6\n"), 0o644)
	os.WriteFile(y, []byte("1\n2\n3\n"), 0o644)
	short := filepath.Join(dir, "short.csv")
	os.WriteFile(short, []byte("1\n2\n"), 0o644)
	m, err := manifest.Parse([]byte(`{"name": "linreg", "version": "1", "abi_version": 1,
		"inputs": [{"name": "X", "dtype": "f64", "shape": ["n", "d"]}, {"name": "y", "dtype": "f64", "shape": ["n"]},
		           {"name": "w0", "dtype": "f64", "shape": ["d"], "optional": true}]}`))
	if err != nil {
		t.Fatal(err)
	}
	l := &marketplace.Listing{ID: common.HexToHash(listingHex), Name: "linreg"}
	tests := []struct {
		name     string
		datasets map[string]map[string]string
		reason   string
	}{
		{name: "by name", datasets: map[string]map[string]string{"linreg": {"X": x, "y": y}}},
		{name: "by listing id first", datasets: map[string]map[string]string{l.ID.Hex(): {"X": x, "y": y}, "linreg": {"X": x}}},
		{name: "no data", datasets: map[string]map[string]string{"logreg": {"X": x}}, reason: "no data for linreg: add node.datasets.linreg with a file for each input (X, y, w0)"},
		{name: "missing input", datasets: map[string]map[string]string{"linreg": {"X": x}}, reason: "no file for input y"},
		{name: "unreadable file", datasets: map[string]map[string]string{"linreg": {"X": x, "y": filepath.Join(dir, "nope.csv")}}, reason: "input y from"},
		{name: "rows differ", datasets: map[string]map[string]string{"linreg": {"X": x, "y": short}}, reason: "does not fit linreg"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := Policy{Datasets: tc.datasets}
			files, err := p.Files(l, m)
			var samples int64
			if err == nil {
				_, samples, err = LoadInputs(m, files)
			}
			if tc.reason == "" {
				if err != nil || samples != 3 {
					t.Fatalf("err %v, %d samples (want 3)", err, samples)
				}
				return
			}
			if !errors.Is(err, ErrSkipped) || !strings.Contains(err.Error(), tc.reason) {
				t.Fatalf("err %v, want ErrSkipped saying %q", err, tc.reason)
			}
		})
	}
}
