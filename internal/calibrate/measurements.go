package main

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/decentralized-ml/dml/gas"
	"os"

	"github.com/decentralized-ml/dml/internal/atomicfile"
)

// measureAll measures every workload: its column counts, its median time
// unmetered and its gas under the current table.
func measureAll(root string, rounds int, current *gas.Schedule) ([]measured, error) {
	ws, err := loadWorkloads(root)
	if err != nil {
		return nil, err
	}
	b, err := newBench(context.Background())
	if err != nil {
		return nil, err
	}
	var ms []measured
	for _, w := range ws {
		counts, err := b.counts(w)
		if err != nil {
			return nil, err
		}
		d, err := b.timeUnmetered(w, rounds)
		if err != nil {
			return nil, err
		}
		g, err := b.gas(w, current)
		if err != nil {
			return nil, err
		}
		ms = append(ms, measured{Role: w.role, Current: g, Row: row{Name: w.name, Counts: counts, NS: float64(d.Nanoseconds())}})
	}
	return ms, nil
}

// saved is the file -save writes: the measurements and the table they
// were counted under.
type saved struct {
	Table        string     `json:"table"`
	Columns      []string   `json:"columns"`
	Measurements []measured `json:"measurements"`
}

func store(path string, ms []measured) error {
	s := saved{Table: gas.Default().Version, Measurements: ms}
	for c := range numColumns {
		s.Columns = append(s.Columns, columnName(c))
	}
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(b, 0x0a))
}

func load(path string) ([]measured, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var s saved
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(s.Columns) != numColumns {
		return nil, fmt.Errorf("%s has %d columns, this calibrate %d: measure again", path, len(s.Columns), numColumns)
	}
	if v := gas.Default().Version; s.Table != v {
		return nil, fmt.Errorf("%s was measured under %s, the current table is %s: measure again", path, s.Table, v)
	}
	return s.Measurements, nil
}
