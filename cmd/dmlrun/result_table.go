package main

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
)

// printResult prints a run's result as a short table.
func printResult(w io.Writer, res *engine.Result) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "status\t%s\n", res.Status)
	if res.Error != "" {
		fmt.Fprintf(tw, "error\t%s\n", res.Error)
	}
	if res.ExitCode != 0 {
		fmt.Fprintf(tw, "exit code\t%d\n", res.ExitCode)
	}
	if res.GasLimit != 0 {
		fmt.Fprintf(tw, "gas\t%d of %d\n", res.GasUsed, res.GasLimit)
	}
	for _, g := range []struct {
		what string
		ts   []engine.TensorSummary
		data []abi.Tensor
	}{{"output", res.Outputs, res.OutputTensors}, {"delta", res.Deltas, res.DeltaTensors}} {
		for i, t := range g.ts {
			shown := "sha256 " + short(t.SHA256)
			if i < len(g.data) {
				if v, ok := smallValues(&g.data[i]); ok {
					shown = v
				}
			}
			fmt.Fprintf(tw, "%s\t%s %s %s\t%s\n", g.what, t.Name, t.DType, shapeString(t.Shape), shown)
		}
	}
	if res.ResultHash != "" {
		fmt.Fprintf(tw, "result hash\t%s\n", res.ResultHash)
	}
	fmt.Fprintf(tw, "engine\t%s, %.1f ms\n", res.Engine, res.WallMS)
	tw.Flush()
}

// smallValues renders the values of a float tensor of at most 8 elements.
func smallValues(t *abi.Tensor) (string, bool) {
	var vals []string
	switch t.DType {
	case abi.F64:
		for _, v := range t.Float64s() {
			vals = append(vals, strconv.FormatFloat(v, 'g', 6, 64))
		}
	case abi.F32:
		for i := 0; i+4 <= len(t.Data); i += 4 {
			v := math.Float32frombits(binary.LittleEndian.Uint32(t.Data[i:]))
			vals = append(vals, strconv.FormatFloat(float64(v), 'g', 6, 32))
		}
	default:
		return "", false
	}
	if len(vals) == 0 || len(vals) > 8 {
		return "", false
	}
	return "[" + strings.Join(vals, " ") + "]", true
}

func shapeString(shape []int64) string {
	parts := make([]string, len(shape))
	for i, d := range shape {
		parts[i] = fmt.Sprint(d)
	}
	return "[" + strings.Join(parts, "×") + "]"
}

func short(h string) string {
	if len(h) > 16 {
		return h[:16] + "…"
	}
	return h
}
