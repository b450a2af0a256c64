// Package manifest parses and validates an algorithm's manifest: what it is,
// which inputs and model weights it reads, which outputs and deltas it may
// emit (with byte caps), and its default gas limit. YAML and JSON are both
// accepted (JSON is YAML).
package manifest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strconv"

	"github.com/decentralized-ml/dml/abi"
)

// Manifest describes one algorithm module.
type Manifest struct {
	Name        string `json:"name"`
	Version     string `json:"version"`
	ABIVersion  int    `json:"abi_version"`
	Author      string `json:"author,omitempty"`
	Description string `json:"description,omitempty"`
	// GasLimit is the default gas limit of a run when the job gives none.
	GasLimit uint64 `json:"gas_limit,omitempty"`

	Inputs  []TensorSpec `json:"inputs,omitempty"`
	Models  []TensorSpec `json:"models,omitempty"`
	Outputs []EmitSpec   `json:"outputs,omitempty"`
	Deltas  []EmitSpec   `json:"deltas,omitempty"`
}

// TensorSpec declares an input or model tensor. Shape entries are either
// integers or symbolic names ("n"); a name binds to the same size everywhere
// it appears in one run.
type TensorSpec struct {
	Name     string `json:"name"`
	DType    string `json:"dtype"`
	Shape    []Dim  `json:"shape"`
	Optional bool   `json:"optional,omitempty"`
}

// EmitSpec declares an output or delta the module may emit.
type EmitSpec struct {
	Name     string `json:"name"`
	DType    string `json:"dtype"`
	MaxBytes uint64 `json:"max_bytes"`
}

// Dim is one shape entry: a fixed size, or a symbol bound at run time.
type Dim struct {
	Size   int64
	Symbol string
}

// UnmarshalJSON accepts a non-negative integer or an identifier.
func (d *Dim) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		if !symbolRE.MatchString(s) {
			return fmt.Errorf("dim %q: a symbolic dim is an identifier such as n or d", s)
		}
		*d = Dim{Symbol: s}
		return nil
	}
	n, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil || n < 0 {
		return fmt.Errorf("dim %s: want a non-negative integer or a name", b)
	}
	*d = Dim{Size: n}
	return nil
}

// MarshalJSON writes the size or the symbol.
func (d Dim) MarshalJSON() ([]byte, error) {
	if d.Symbol != "" {
		return json.Marshal(d.Symbol)
	}
	return json.Marshal(d.Size)
}

func (d Dim) String() string {
	if d.Symbol != "" {
		return d.Symbol
	}
	return strconv.FormatInt(d.Size, 10)
}

var (
	symbolRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	nameRE   = regexp.MustCompile(`^[A-Za-z0-9_.\-/]+$`)
)

// Parse decodes a YAML or JSON manifest and validates it.
func Parse(data []byte) (*Manifest, error) {
	js, err := yamlToJSON(data)
	if err != nil {
		return nil, fmt.Errorf("manifest is neither YAML nor JSON: %w", err)
	}
	var m Manifest
	dec := json.NewDecoder(bytes.NewReader(js))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return &m, nil
}

// Load reads and parses a manifest file.
func Load(path string) (*Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	m, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// Validate checks every field and says which one is wrong.
func (m *Manifest) Validate() error {
	if m.Name == "" {
		return fmt.Errorf("manifest: name is required")
	}
	if m.Version == "" {
		return fmt.Errorf("manifest %s: version is required", m.Name)
	}
	if m.ABIVersion != abi.Version {
		return fmt.Errorf("manifest %s: abi_version %d is not supported: this runtime implements ABI %d", m.Name, m.ABIVersion, abi.Version)
	}
	for _, group := range []struct {
		what  string
		specs []TensorSpec
	}{{"inputs", m.Inputs}, {"models", m.Models}} {
		seen := map[string]bool{}
		for i, s := range group.specs {
			if err := checkName(s.Name); err != nil {
				return fmt.Errorf("manifest %s: %s[%d]: %w", m.Name, group.what, i, err)
			}
			if seen[s.Name] {
				return fmt.Errorf("manifest %s: %s: %q declared twice", m.Name, group.what, s.Name)
			}
			seen[s.Name] = true
			if _, err := abi.ParseDType(s.DType); err != nil {
				return fmt.Errorf("manifest %s: %s %q: %w", m.Name, group.what, s.Name, err)
			}
			if len(s.Shape) > abi.MaxRank {
				return fmt.Errorf("manifest %s: %s %q: rank %d exceeds %d", m.Name, group.what, s.Name, len(s.Shape), abi.MaxRank)
			}
		}
	}
	for _, group := range []struct {
		what  string
		specs []EmitSpec
	}{{"outputs", m.Outputs}, {"deltas", m.Deltas}} {
		seen := map[string]bool{}
		for i, s := range group.specs {
			if err := checkName(s.Name); err != nil {
				return fmt.Errorf("manifest %s: %s[%d]: %w", m.Name, group.what, i, err)
			}
			if seen[s.Name] {
				return fmt.Errorf("manifest %s: %s: %q declared twice", m.Name, group.what, s.Name)
			}
			seen[s.Name] = true
			if _, err := abi.ParseDType(s.DType); err != nil {
				return fmt.Errorf("manifest %s: %s %q: %w", m.Name, group.what, s.Name, err)
			}
			if s.MaxBytes == 0 {
				return fmt.Errorf("manifest %s: %s %q: max_bytes is required (the most bytes it may emit)", m.Name, group.what, s.Name)
			}
		}
	}
	return nil
}

func checkName(n string) error {
	if n == "" || len(n) > abi.MaxNameLen || !nameRE.MatchString(n) {
		return fmt.Errorf("name %q: want 1..%d characters of letters, digits, _ . - /", n, abi.MaxNameLen)
	}
	return nil
}

// Emit returns the declaration of an output (kind 0) or delta (kind 1).
func (m *Manifest) Emit(kind abi.EmitKind, name string) (EmitSpec, bool) {
	list := m.Outputs
	if kind == abi.EmitDelta {
		list = m.Deltas
	}
	for _, s := range list {
		if s.Name == name {
			return s, true
		}
	}
	return EmitSpec{}, false
}
