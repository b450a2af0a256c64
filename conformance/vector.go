// Package conformance holds the conformance vectors of the DML runtime (each
// a module, its inputs and the status, result hash and gas it must give) and
// the runner that checks an engine against them. README.md specifies the
// vector format for other implementations.
package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"

	"github.com/decentralized-ml/dml/abi"
)

// VectorFile is the name of the file that describes a vector in its directory.
const VectorFile = "vector.json"

// DefaultAlgorithmsDir is where vectors naming an "algorithm" find its
// module, ALGORITHM.wasm, relative to the repository root.
const DefaultAlgorithmsDir = "build/algorithms"

// ErrVector is wrapped by every error about a malformed vector.
var ErrVector = errors.New("malformed conformance vector")

// Vector is one conformance case, as read from NAME/vector.json.
type Vector struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	// Module is a .wasm file in the vector's directory; Algorithm instead
	// names a reference algorithm built to AlgorithmsDir/ALGORITHM.wasm.
	Module    string `json:"module,omitempty"`
	Algorithm string `json:"algorithm,omitempty"`
	// ModuleSHA256 pins the module's bytes; required with Algorithm.
	ModuleSHA256 string `json:"module_sha256,omitempty"`
	// Manifest is an optional manifest file in the vector's directory.
	Manifest string `json:"manifest,omitempty"`
	// Inputs and Models map tensor names to .csv/.npy files in the directory.
	Inputs map[string]string `json:"inputs,omitempty"`
	Models map[string]string `json:"models,omitempty"`
	// Params is a file name (a JSON string) or an inline JSON object.
	Params   json.RawMessage `json:"params,omitempty"`
	GasLimit uint64          `json:"gas_limit,omitempty"`
	// MemoryLimitMiB is the job's memory limit; 0 is the ABI default.
	MemoryLimitMiB uint32 `json:"memory_limit_mib,omitempty"`
	// MaxWallMS bounds the wall time of compiling and running the vector
	// on one engine; 0 sets no bound.
	MaxWallMS float64 `json:"max_wall_ms,omitempty"`
	// MaxRSSMiB bounds how far the runner's resident memory may grow
	// while the vector runs; 0 sets no bound.
	MaxRSSMiB float64 `json:"max_rss_mib,omitempty"`
	Expect    Expect  `json:"expect"`

	// FS holds the vector's files under Dir.
	FS  fs.FS  `json:"-"`
	Dir string `json:"-"`
	// AlgorithmsDir overrides DefaultAlgorithmsDir (an OS path).
	AlgorithmsDir string `json:"-"`
	// WallScale multiplies MaxWallMS, for slow hosts (an emulator); 0 is 1.
	WallScale float64 `json:"-"`
}

// Expect is what every engine must produce for a vector.
type Expect struct {
	Status abi.RunStatus `json:"status"`
	// ResultHash is required: an empty one fails the vector. NoResultHash
	// ("none") expects a run without a result hash.
	ResultHash string `json:"result_hash"`
	// GasUsed is required: null or absent fails the vector.
	GasUsed *uint64 `json:"gas_used"`
	// ExitCode is the algorithm's code, checked when Status is algorithm_error.
	ExitCode int32 `json:"exit_code,omitempty"`
	// ErrorContains, when set, must occur in the result's error message.
	ErrorContains string `json:"error_contains,omitempty"`
}

// Load reads every vector in fsys: each directory at its root that holds a
// vector.json. Vectors are returned sorted by name.
func Load(fsys fs.FS) ([]Vector, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("conformance: list vectors: %w", err)
	}
	var out []Vector
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		data, err := fs.ReadFile(fsys, path.Join(e.Name(), VectorFile))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("conformance: %w", err)
		}
		v, err := parseVector(data, e.Name())
		if err != nil {
			return nil, err
		}
		v.FS, v.Dir = fsys, e.Name()
		out = append(out, v)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("conformance: %w: no directory holds a %s: point --vectors at the folder of vector directories", ErrVector, VectorFile)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

func parseVector(data []byte, dir string) (Vector, error) {
	var v Vector
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return v, fmt.Errorf("%s/%s: %w: %v", dir, VectorFile, ErrVector, err)
	}
	bad := func(format string, args ...any) (Vector, error) {
		return v, fmt.Errorf("%s/%s: %w: %s", dir, VectorFile, ErrVector, fmt.Sprintf(format, args...))
	}
	switch {
	case v.Name != dir:
		return bad("name %q differs from its directory %q", v.Name, dir)
	case (v.Module == "") == (v.Algorithm == ""):
		return bad(`give exactly one of "module" and "algorithm"`)
	case !v.Expect.Status.Valid():
		return bad("expect.status %q is not one of %v", v.Expect.Status, abi.RunStatuses)
	}
	if _, _, err := v.paramsSource(); err != nil {
		return bad("%v", err)
	}
	return v, nil
}

// paramsSource tells whether Params names a file (file != "") or is inline
// JSON (inline != nil); both empty means no params.
func (v *Vector) paramsSource() (file string, inline []byte, err error) {
	raw := bytes.TrimSpace(v.Params)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil, nil
	}
	switch raw[0] {
	case '"':
		if err := json.Unmarshal(raw, &file); err != nil || file == "" {
			return "", nil, fmt.Errorf("params %s: want a file name or a JSON object", raw)
		}
		return file, nil, nil
	case '{':
		var buf bytes.Buffer
		if err := json.Compact(&buf, raw); err != nil {
			return "", nil, fmt.Errorf("params: %v", err)
		}
		return "", buf.Bytes(), nil
	}
	return "", nil, fmt.Errorf("params %s: want a file name or a JSON object", raw)
}
