package node

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/manifest"
	"github.com/decentralized-ml/dml/marketplace"
	"github.com/decentralized-ml/dml/tensorfile"
	"github.com/ethereum/go-ethereum/common"
	"go.yaml.in/yaml/v3"
)

// ErrSkipped marks a job the node's policy does not take; the message says why.
var ErrSkipped = errors.New("skipped")

// ErrPolicy marks a node policy that cannot be read.
var ErrPolicy = errors.New("node policy")

// Policy is which jobs a device takes, the `node:` section of dmlrun.yaml:
//
//	node:
//	  listings: [0x…]          # allowed listing ids (empty: any)
//	  authors: [0x…]           # allowed listing authors (empty: any)
//	  min_gas_price: 2         # token units per gas
//	  max_concurrent: 1        # runs at once
//	  idle_only: true          # take new jobs only while the load is low
//	  max_load: 1.5            # 1-minute load average ceiling for idle_only
//	  datasets:                # per listing id or algorithm name: input → file
//	    linreg: {X: /data/X.csv, y: /data/y.csv}
type Policy struct {
	Listings      []common.Hash
	Authors       []common.Address
	MinGasPrice   *big.Int
	MaxConcurrent int
	IdleOnly      bool
	MaxLoad       float64
	// Datasets maps a listing id (0x…) or an algorithm name to the device's
	// files, by manifest input name.
	Datasets map[string]map[string]string
}

// policyFile is the YAML form of Policy.
type policyFile struct {
	Listings      []string                     `yaml:"listings"`
	Authors       []string                     `yaml:"authors"`
	MinGasPrice   string                       `yaml:"min_gas_price"`
	MaxConcurrent int                          `yaml:"max_concurrent"`
	IdleOnly      bool                         `yaml:"idle_only"`
	MaxLoad       float64                      `yaml:"max_load"`
	Datasets      map[string]map[string]string `yaml:"datasets"`
}

// DefaultMaxLoad is the load ceiling of idle_only when max_load is unset.
const DefaultMaxLoad = 1.0

// ReadPolicy reads the `node:` section of a dmlrun.yaml (none: take any
// job, one at a time, with no data). Relative dataset paths are relative to
// the file's directory.
func ReadPolicy(path string) (Policy, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Policy{}, fmt.Errorf("%w: %v", ErrPolicy, err)
	}
	var doc struct {
		Node policyFile `yaml:"node"`
	}
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return Policy{}, fmt.Errorf("%w: %s: %v: fix the node: section", ErrPolicy, path, err)
	}
	p, err := doc.Node.policy(filepath.Dir(path))
	if err != nil {
		return Policy{}, fmt.Errorf("%w: %s: %v", ErrPolicy, path, err)
	}
	return p, nil
}

func (f policyFile) policy(base string) (Policy, error) {
	p := Policy{MaxConcurrent: f.MaxConcurrent, IdleOnly: f.IdleOnly, MaxLoad: f.MaxLoad, Datasets: map[string]map[string]string{}}
	for _, s := range f.Listings {
		h, err := hexHash(s)
		if err != nil {
			return p, fmt.Errorf("listings: %v", err)
		}
		p.Listings = append(p.Listings, h)
	}
	for _, s := range f.Authors {
		if !common.IsHexAddress(s) {
			return p, fmt.Errorf("authors: %q is not an address: give 0x and 40 hex digits", s)
		}
		p.Authors = append(p.Authors, common.HexToAddress(s))
	}
	if s := strings.TrimSpace(f.MinGasPrice); s != "" {
		v, ok := new(big.Int).SetString(s, 10)
		if !ok || v.Sign() < 0 {
			return p, fmt.Errorf("min_gas_price %s is not a whole number of token units: write it like 2", s)
		}
		p.MinGasPrice = v
	}
	switch {
	case p.MaxConcurrent < 0:
		return p, fmt.Errorf("max_concurrent %d is negative: give 1 or more", p.MaxConcurrent)
	case p.MaxConcurrent == 0:
		p.MaxConcurrent = 1
	}
	if p.MaxLoad < 0 {
		return p, fmt.Errorf("max_load %g is negative", p.MaxLoad)
	}
	if p.MaxLoad == 0 {
		p.MaxLoad = DefaultMaxLoad
	}
	for key, files := range f.Datasets {
		m := map[string]string{}
		for name, file := range files {
			if file == "" {
				return p, fmt.Errorf("datasets.%s.%s is empty: give a .csv or .npy file", key, name)
			}
			if !filepath.IsAbs(file) {
				file = filepath.Join(base, file)
			}
			m[name] = file
		}
		if strings.HasPrefix(key, "0x") {
			h, err := hexHash(key)
			if err != nil {
				return p, fmt.Errorf("datasets: %v", err)
			}
			key = h.Hex()
		}
		p.Datasets[key] = m
	}
	return p, nil
}

func hexHash(s string) (common.Hash, error) {
	b, err := common.ParseHexOrString(s)
	if err != nil || !strings.HasPrefix(s, "0x") || len(b) != common.HashLength {
		return common.Hash{}, fmt.Errorf("%q is not a listing id: give 0x and 64 hex digits (dmlrun market list)", s)
	}
	return common.BytesToHash(b), nil
}

// Admits says whether the policy allows a job of listing l; the error wraps
// ErrSkipped and says why not.
func (p Policy) Admits(j *marketplace.Job, l *marketplace.Listing) error {
	if len(p.Listings) > 0 && !contains(p.Listings, l.ID) {
		return fmt.Errorf("%w: listing %s (%s) is not in node.listings", ErrSkipped, short(l.ID.Hex()), l.Name)
	}
	if len(p.Authors) > 0 && !contains(p.Authors, l.Author) {
		return fmt.Errorf("%w: author %s of %s is not in node.authors", ErrSkipped, short(l.Author.Hex()), l.Name)
	}
	if p.MinGasPrice != nil && j.GasPrice.Cmp(p.MinGasPrice) < 0 {
		return fmt.Errorf("%w: gas price %s is below node.min_gas_price %s", ErrSkipped, j.GasPrice, p.MinGasPrice)
	}
	return nil
}

// Files are the device's files for the manifest's inputs, from the datasets
// of the listing's id or else of its algorithm name; the error wraps
// ErrSkipped and names what is missing.
func (p Policy) Files(l *marketplace.Listing, m *manifest.Manifest) (map[string]string, error) {
	files, ok := p.Datasets[l.ID.Hex()]
	if !ok {
		files, ok = p.Datasets[l.Name]
	}
	if !ok {
		return nil, fmt.Errorf("%w: no data for %s: add node.datasets.%s with a file for each input (%s)", ErrSkipped, l.Name, l.Name, inputNames(m))
	}
	out := map[string]string{}
	for _, in := range m.Inputs {
		f, ok := files[in.Name]
		switch {
		case ok:
			out[in.Name] = f
		case !in.Optional:
			return nil, fmt.Errorf("%w: no file for input %s of %s: add it to node.datasets.%s", ErrSkipped, in.Name, l.Name, l.Name)
		}
	}
	return out, nil
}

// LoadInputs reads the files as the manifest's inputs (its dtype and rank)
// and checks them against it. Samples is the first input's row count.
func LoadInputs(m *manifest.Manifest, files map[string]string) (inputs []abi.Tensor, samples int64, err error) {
	for _, in := range m.Inputs {
		f, ok := files[in.Name]
		if !ok {
			continue
		}
		dt, err := abi.ParseDType(in.DType)
		if err != nil {
			return nil, 0, fmt.Errorf("manifest %s input %s: %w", m.Name, in.Name, err)
		}
		t, err := tensorfile.Load(f, in.Name, dt, len(in.Shape))
		if err != nil {
			return nil, 0, fmt.Errorf("%w: input %s from %s: %v", ErrSkipped, in.Name, f, err)
		}
		if samples == 0 && len(t.Shape) > 0 {
			samples = t.Shape[0]
		}
		inputs = append(inputs, t)
	}
	if err := m.CheckTensors(inputs, nil); err != nil {
		return nil, 0, fmt.Errorf("%w: the data does not fit %s: %v", ErrSkipped, m.Name, err)
	}
	return inputs, samples, nil
}

func inputNames(m *manifest.Manifest) string {
	var s []string
	for _, in := range m.Inputs {
		s = append(s, in.Name)
	}
	return strings.Join(s, ", ")
}

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// short is a hash or address cut for a log line: 0x1234abcd….
func short(hex string) string {
	if len(hex) <= 10 {
		return hex
	}
	return hex[:10] + "…"
}
