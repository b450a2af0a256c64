package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/internal/atomicfile"
	"github.com/decentralized-ml/dml/tensorfile"
)

// writeOutDir writes each output to DIR/outputs/NAME.npy, each delta to
// DIR/deltas/NAME.npy, and then DIR/result.json. Every file is written
// atomically, and result.json last: its presence means the set is complete.
func writeOutDir(dir string, res *engine.Result) error {
	if err := os.Remove(filepath.Join(dir, "result.json")); err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("--out %s: %w", dir, err)
	}
	for _, group := range []struct {
		sub     string
		tensors []abi.Tensor
	}{{"outputs", res.OutputTensors}, {"deltas", res.DeltaTensors}} {
		for _, t := range group.tensors {
			if !filepath.IsLocal(t.Name) {
				return fmt.Errorf("--out %s: %s %q is not a safe file name: emit names without .. or a leading /", dir, group.sub, t.Name)
			}
			p := filepath.Join(dir, group.sub, filepath.FromSlash(t.Name)+".npy")
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return fmt.Errorf("--out %s: %w", dir, err)
			}
			if err := tensorfile.Save(p, t); err != nil {
				return fmt.Errorf("--out %s: %w", dir, err)
			}
		}
	}
	data, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return fmt.Errorf("--out %s: %w", dir, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("--out %s: %w", dir, err)
	}
	return atomicfile.Write(filepath.Join(dir, "result.json"), append(data, '\n'))
}
