package conformance

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/internal/atomicfile"
)

// Update is what --update did to one vector.
type Update struct {
	Vector string `json:"vector"`
	// Changes lists each field rewritten, with old and new values.
	Changes []string `json:"changes,omitempty"`
	// Problem says why the vector was left alone.
	Problem string `json:"problem,omitempty"`
}

// UpdateDir runs every vector in the OS directory dir on each engine and,
// where the runs meet the vector's status, exit code and error text and all
// engines agree, rewrites its expect.result_hash and expect.gas_used (and,
// for an algorithm vector, module_sha256: the local build is re-pinned)
// from the runs. It is for maintainers after a deliberate change.
func UpdateDir(ctx context.Context, engines []*engine.Engine, dir, algorithmsDir string) ([]Update, error) {
	vectors, err := Load(os.DirFS(dir))
	if err != nil {
		return nil, err
	}
	var out []Update
	for _, v := range vectors {
		v.AlgorithmsDir = algorithmsDir
		u := Update{Vector: v.Name}
		if err := updateOne(ctx, engines, dir, &v, &u); err != nil {
			u.Problem = err.Error()
		}
		out = append(out, u)
	}
	return out, nil
}

func updateOne(ctx context.Context, engines []*engine.Engine, dir string, v *Vector, u *Update) error {
	orig := *v
	if v.Algorithm != "" {
		p := filepath.Join(v.AlgorithmsDir, v.Algorithm+".wasm")
		if v.AlgorithmsDir == "" {
			p = filepath.Join(DefaultAlgorithmsDir, v.Algorithm+".wasm")
		}
		mod, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("%w: run `make algorithms` first", err)
		}
		sum := sha256.Sum256(mod)
		v.ModuleSHA256 = hex.EncodeToString(sum[:])
	}
	var first *engine.Result
	var outs []Outcome
	for _, e := range engines {
		k := e.Kind()
		o := Outcome{Vector: v.Name, Engine: k}
		wasm, job, err := v.Job()
		if err != nil {
			return err
		}
		res, err := e.Run(ctx, wasm, job)
		if err != nil {
			return fmt.Errorf("host failure on %s: %w", k, err)
		}
		if p := intentProblems(&v.Expect, res); len(p) > 0 {
			return fmt.Errorf("%s: %v: fix the module or the vector's expectations by hand", k, p)
		}
		o.Result = res
		outs = append(outs, o)
		if first == nil {
			first = res
		}
	}
	if d := disagreements(outs); len(d) > 0 {
		return fmt.Errorf("engines disagree: %v: not updated", d)
	}
	if first == nil {
		return fmt.Errorf("no engine given")
	}
	gas := first.GasUsed
	v.Expect.ResultHash, v.Expect.GasUsed = recordedHash(first.ResultHash), &gas
	if orig.ModuleSHA256 != v.ModuleSHA256 {
		u.Changes = append(u.Changes, fmt.Sprintf("module_sha256 %q → %q", orig.ModuleSHA256, v.ModuleSHA256))
	}
	if orig.Expect.ResultHash != v.Expect.ResultHash {
		u.Changes = append(u.Changes, fmt.Sprintf("result_hash %q → %q", orig.Expect.ResultHash, v.Expect.ResultHash))
	}
	if orig.Expect.GasUsed == nil || *orig.Expect.GasUsed != gas {
		old := "null"
		if orig.Expect.GasUsed != nil {
			old = fmt.Sprint(*orig.Expect.GasUsed)
		}
		u.Changes = append(u.Changes, fmt.Sprintf("gas_used %s → %d", old, gas))
	}
	if len(u.Changes) == 0 {
		return nil
	}
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir, v.Dir, VectorFile), append(data, '\n'))
}
