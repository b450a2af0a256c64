package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/manifest"
	"github.com/decentralized-ml/dml/tensorfile"
)

// jobFiles are the flags that name a job's files, shared by run and verify.
type jobFiles struct {
	inputs, models []string
	params         string
	manifest       string
}

func (f *jobFiles) register(fs *pflag.FlagSet) {
	fs.StringArrayVar(&f.inputs, "input", nil, "input tensor as NAME=FILE (.npy or .csv); repeat for each input")
	fs.StringArrayVar(&f.models, "model", nil, "model weight tensor as NAME=FILE (.npy or .csv); repeat for each")
	fs.StringVar(&f.params, "params", "", "params JSON file (or its CID) handed to the module")
	fs.StringVar(&f.manifest, "manifest", "", "manifest (YAML or JSON; a path or a CID) declaring inputs, outputs and caps")
}

// readModule reads a module file. A missing file is an input error.
func readModule(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, inputError("module %s: no such file: give the path of a .wasm file", path)
	}
	if err != nil {
		return nil, inputError("module %s: %v", path, err)
	}
	return data, nil
}

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// argReader reads a file argument given as a path or a CID (contentArgs.read).
type argReader func(what, arg string) (data []byte, cid string, err error)

// job builds an engine job from the named files; the manifest and params
// are read with read, so either may be a CID. Every error with the files is
// an *engine.InputError naming the file and what was expected.
func (f *jobFiles) job(read argReader) (*engine.Job, error) {
	job := &engine.Job{}
	if f.manifest != "" {
		data, _, err := read("--manifest", f.manifest)
		if err != nil {
			return nil, err
		}
		m, err := manifest.Parse(data)
		if err != nil {
			return nil, inputError("%s: %v: pass a valid manifest", f.manifest, err)
		}
		job.Manifest = m
	}
	var err error
	if job.Inputs, err = loadTensors("--input", f.inputs, job.Manifest, false); err != nil {
		return nil, err
	}
	if job.Models, err = loadTensors("--model", f.models, job.Manifest, true); err != nil {
		return nil, err
	}
	if job.Manifest != nil {
		if err := job.Manifest.CheckTensors(job.Inputs, job.Models); err != nil {
			return nil, inputError("%v", err)
		}
	}
	if f.params != "" {
		p, _, err := read("params", f.params)
		if err != nil {
			return nil, err
		}
		if !json.Valid(p) {
			return nil, inputError("params %s is not valid JSON: the module expects a JSON document", f.params)
		}
		job.Params = p
	}
	return job, nil
}

// loadTensors loads NAME=FILE pairs, with the manifest's dtype and rank when
// it declares NAME.
func loadTensors(flag string, pairs []string, m *manifest.Manifest, models bool) ([]abi.Tensor, error) {
	var out []abi.Tensor
	seen := map[string]bool{}
	for _, p := range pairs {
		name, file, ok := strings.Cut(p, "=")
		if !ok || name == "" || file == "" {
			return nil, inputError("%s %q: want NAME=FILE, for example %s X=data.csv", flag, p, flag)
		}
		if seen[name] {
			return nil, inputError("%s %s given twice: give each tensor once", flag, name)
		}
		seen[name] = true
		want, rank := m.Declared(name, models)
		t, err := tensorfile.Load(file, name, want, rank)
		if err != nil {
			what := ""
			if want != 0 {
				what = fmt.Sprintf(" (manifest %s expects %s of rank %d)", m.Name, want, rank)
			}
			return nil, inputError("%s %s: %v%s", flag, name, err, what)
		}
		out = append(out, t)
	}
	return out, nil
}

// inputErrorResult is the result of a run refused before it started.
func inputErrorResult(err error, module []byte, o runOptions) *engine.Result {
	res := &engine.Result{
		Status:         abi.StatusInvalidInput,
		Error:          err.Error(),
		ABIVersion:     abi.Version,
		Engine:         o.engine,
		GasLimit:       o.gasLimit,
		MemoryLimitMiB: o.memoryLimit,
		ResultHash:     digest.ResultHash(nil, nil),
		Outputs:        []engine.TensorSummary{},
		Deltas:         []engine.TensorSummary{},
	}
	if module != nil {
		res.ModuleSHA256 = sha256Hex(module)
	}
	return res
}
