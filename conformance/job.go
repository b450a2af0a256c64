package conformance

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/manifest"
	"github.com/decentralized-ml/dml/tensorfile"
)

// ErrToolchain is returned when an algorithm's local build is not the
// module the vector pins.
var ErrToolchain = errors.New("module differs from the one the vector pins")

// Job builds the module and the engine job a vector describes. The guest's
// log is discarded.
func (v *Vector) Job() ([]byte, *engine.Job, error) {
	mod, err := v.module()
	if err != nil {
		return nil, nil, err
	}
	job := &engine.Job{GasLimit: v.GasLimit, MemoryLimitMiB: v.MemoryLimitMiB, Log: io.Discard}
	if v.Manifest != "" {
		data, err := v.read(v.Manifest)
		if err != nil {
			return nil, nil, err
		}
		if job.Manifest, err = manifest.Parse(data); err != nil {
			return nil, nil, fmt.Errorf("%s/%s: %w", v.Dir, v.Manifest, err)
		}
	}
	tmp, err := os.MkdirTemp("", "dml-vector-*")
	if err != nil {
		return nil, nil, fmt.Errorf("conformance: %w", err)
	}
	defer os.RemoveAll(tmp)
	if job.Inputs, err = v.tensors(tmp, v.Inputs, job.Manifest, false); err != nil {
		return nil, nil, err
	}
	if job.Models, err = v.tensors(tmp, v.Models, job.Manifest, true); err != nil {
		return nil, nil, err
	}
	file, inline, err := v.paramsSource()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", v.Dir, err)
	}
	job.Params = inline
	if file != "" {
		if job.Params, err = v.read(file); err != nil {
			return nil, nil, err
		}
		if !json.Valid(job.Params) {
			return nil, nil, fmt.Errorf("%s/%s: %w: params file is not valid JSON", v.Dir, file, ErrVector)
		}
	}
	return mod, job, nil
}

func (v *Vector) read(name string) ([]byte, error) {
	data, err := fs.ReadFile(v.FS, path.Join(v.Dir, name))
	if err != nil {
		return nil, fmt.Errorf("vector %s: %w", v.Name, err)
	}
	return data, nil
}

// module returns the vector's module bytes, checking them against
// ModuleSHA256 when the vector pins one.
func (v *Vector) module() ([]byte, error) {
	var (
		mod []byte
		err error
	)
	if v.Module != "" {
		mod, err = v.read(v.Module)
	} else {
		dir := v.AlgorithmsDir
		if dir == "" {
			dir = DefaultAlgorithmsDir
		}
		p := filepath.Join(dir, v.Algorithm+".wasm")
		mod, err = os.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("vector %s: %s is missing: run `make algorithms` first", v.Name, p)
		}
		if err == nil && v.ModuleSHA256 == "" {
			return nil, fmt.Errorf("vector %s: %w: module_sha256 must pin the algorithm's build: fill it with `dmlrun conformance --update`", v.Name, ErrVector)
		}
	}
	if err != nil {
		return nil, err
	}
	if v.ModuleSHA256 != "" {
		sum := sha256.Sum256(mod)
		if got := hex.EncodeToString(sum[:]); got != v.ModuleSHA256 {
			return nil, fmt.Errorf("vector %s: %w: the toolchain produced a different module (sha256 %s, vector pins %s): build with the pinned Go version and flags", v.Name, ErrToolchain, got, v.ModuleSHA256)
		}
	}
	return mod, nil
}

// tensors loads named tensor files, with the manifest's dtype and rank when
// it declares the name. Files are copied out of the vector's FS first,
// because tensorfile reads OS paths.
func (v *Vector) tensors(tmp string, files map[string]string, m *manifest.Manifest, models bool) ([]abi.Tensor, error) {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []abi.Tensor
	for _, name := range names {
		data, err := v.read(files[name])
		if err != nil {
			return nil, err
		}
		p := filepath.Join(tmp, name+"-"+filepath.Base(files[name]))
		if err := os.WriteFile(p, data, 0o600); err != nil {
			return nil, fmt.Errorf("conformance: %w", err)
		}
		want, rank := m.Declared(name, models)
		t, err := tensorfile.Load(p, name, want, rank)
		if err != nil {
			return nil, fmt.Errorf("vector %s: %s: %w", v.Name, files[name], err)
		}
		out = append(out, t)
	}
	return out, nil
}
