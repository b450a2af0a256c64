package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/decentralized-ml/dml/runtime"
)

// printResult prints a run's result as a short table.
func printResult(w io.Writer, res *runtime.Result) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "status\t%s\n", res.Status)
	if res.Error != "" {
		fmt.Fprintf(tw, "error\t%s\n", res.Error)
	}
	if res.ExitCode != 0 {
		fmt.Fprintf(tw, "exit code\t%d\n", res.ExitCode)
	}
	fmt.Fprintf(tw, "gas\t%d of %d\n", res.GasUsed, res.GasLimit)
	for _, g := range []struct {
		what string
		ts   []runtime.TensorSummary
	}{{"output", res.Outputs}, {"delta", res.Deltas}} {
		for _, t := range g.ts {
			fmt.Fprintf(tw, "%s\t%s %s %s\tsha256 %s\n", g.what, t.Name, t.DType, shapeString(t.Shape), short(t.SHA256))
		}
	}
	if res.ResultHash != "" {
		fmt.Fprintf(tw, "result hash\t%s\n", res.ResultHash)
	}
	fmt.Fprintf(tw, "engine\t%s, %.1f ms\n", res.Engine, res.WallMS)
	tw.Flush()
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
