package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/conformance"
	"github.com/decentralized-ml/dml/engine"
)

// conformanceSummary is what `dmlrun conformance --json` prints.
type conformanceSummary struct {
	Passed  int                  `json:"passed"`
	Failed  int                  `json:"failed"`
	Reports []conformance.Report `json:"reports,omitempty"`
	Updates []conformance.Update `json:"updates,omitempty"`
}

func (a *app) conformanceCmd() *cobra.Command {
	var (
		vectors, engines, algorithms string
		update, asJSON               bool
		wallScale                    float64
	)
	cmd := &cobra.Command{
		Use:   "conformance",
		Short: "Run the conformance vectors on this build",
		Long: `Run the conformance vectors (by default those built into dmlrun) on each
engine, demanding that every vector gives its expected status, result hash and
gas, identically on every engine. Prints a line per vector and a final line
"conformance: N passed, M failed"; exits 22 when any vector fails.

--update (maintainers, with --vectors) rewrites each vector's expected result
hash and gas from a run, after checking the engines agree and the run has the
vector's expected status; conformance/README.md describes the vector format.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			kinds, err := parseEngines(engines)
			if err != nil {
				return withCode(ExitUsage, err)
			}
			engines, closeAll, err := conformance.NewEngines(cmd.Context(), a.engineConfig(), kinds)
			if err != nil {
				return withCode(ExitInternal, fmt.Errorf("start engines: %v: check the dmlrun home %s", err, a.home()))
			}
			defer closeAll()
			var sum conformanceSummary
			if update {
				if vectors == "" {
					return withCode(ExitUsage, errors.New("--update rewrites vector files: give --vectors DIR (conformance/vectors in the source tree)"))
				}
				ups, err := conformance.UpdateDir(cmd.Context(), engines, vectors, algorithms)
				if err != nil {
					return withCode(ExitInvalidInput, err)
				}
				sum.Updates = ups
				for _, u := range ups {
					switch {
					case u.Problem != "":
						sum.Failed++
						a.line(asJSON, "NOT UPDATED %s: %s", u.Vector, u.Problem)
					case len(u.Changes) > 0:
						sum.Passed++
						a.line(asJSON, "updated %s: %s", u.Vector, strings.Join(u.Changes, ", "))
					default:
						sum.Passed++
						a.line(asJSON, "unchanged %s", u.Vector)
					}
				}
			} else {
				var fsys fs.FS = conformance.Embedded
				if vectors != "" {
					fsys = os.DirFS(vectors)
				}
				vs, err := conformance.Load(fsys)
				if err != nil {
					return withCode(ExitInvalidInput, err)
				}
				for _, v := range vs {
					v.AlgorithmsDir, v.WallScale = algorithms, wallScale
					r := conformance.Check(cmd.Context(), engines, v)
					sum.Reports = append(sum.Reports, r)
					if r.Passed() {
						sum.Passed++
						a.line(asJSON, "PASS %s", v.Name)
						continue
					}
					sum.Failed++
					var problems []string
					for _, o := range r.Outcomes {
						for _, p := range o.Problems {
							problems = append(problems, string(o.Engine)+": "+p)
						}
					}
					for _, d := range r.Disagreements {
						problems = append(problems, "engines disagree on "+d)
					}
					a.line(asJSON, "FAIL %s: %s", v.Name, strings.Join(problems, "; "))
				}
			}
			if asJSON {
				if err := printJSON(a.stdout, sum); err != nil {
					return withCode(ExitInternal, err)
				}
			} else {
				fmt.Fprintf(a.stdout, "conformance: %d passed, %d failed\n", sum.Passed, sum.Failed)
			}
			if sum.Failed > 0 {
				return silent(ExitConformanceFailure, fmt.Errorf("%d failed", sum.Failed))
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&vectors, "vectors", "", "directory of vector directories (default: the vectors built into dmlrun)")
	fl.StringVar(&engines, "engine", "both", "compiler, interpreter or both")
	fl.StringVar(&algorithms, "algorithms", conformance.DefaultAlgorithmsDir, "directory of built reference algorithms (ALGORITHM.wasm)")
	fl.Float64Var(&wallScale, "wall-scale", 1, "multiply every vector's wall-time bound (for a slow host, such as an emulator)")
	fl.BoolVar(&update, "update", false, "rewrite expected result hashes and gas from a run (maintainers; needs --vectors)")
	fl.BoolVar(&asJSON, "json", false, "print one JSON object on stdout instead of lines")
	return cmd
}

// line prints a progress line: to stdout normally, to stderr under --json.
func (a *app) line(asJSON bool, format string, args ...any) {
	w := a.stdout
	if asJSON {
		w = a.stderr
	}
	fmt.Fprintf(w, format+"\n", args...)
}

func parseEngines(s string) ([]engine.Kind, error) {
	if s == "both" {
		return conformance.Kinds, nil
	}
	k, err := engine.ParseKind(s)
	if err != nil || s == "" {
		return nil, fmt.Errorf("--engine %q: want compiler, interpreter or both", s)
	}
	return []engine.Kind{k}, nil
}
