package main

import (
	"errors"
	"fmt"
	"io"
	goruntime "runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/receipt"
	"github.com/decentralized-ml/dml/runtime"
)

// verification is what `dmlrun verify --json` prints.
type verification struct {
	ReceiptID   string               `json:"receipt_id"`
	Verified    bool                 `json:"verified"`
	Differences []receipt.Difference `json:"differences"`
	Rerun       *runtime.Result      `json:"rerun"`
}

func (a *app) verifyCmd() *cobra.Command {
	var (
		files  jobFiles
		module string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "verify RECEIPT",
		Short: "Re-run a receipt's computation and check that it matches",
		Long: `Re-run the module of a receipt on the given inputs, params and model at the
receipt's gas limit, and check module sha256, input commitment, model and
params hashes, status, result hash and gas used. Exits 0 only if all match; else
prints each field that differs with both values.

The module is --module, else the path recorded in the receipt. A receipt whose
receipt_id does not match its contents was edited and is rejected.

` + exitCodesHelp,
		Example: `  dmlrun verify run.receipt.json --input X=X.csv --input y=y.csv --params params.json --manifest manifest.yaml`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			want, err := receipt.Read(args[0])
			if errors.Is(err, receipt.ErrEdited) {
				return withCode(ExitReceiptEdited, fmt.Errorf("%v", err))
			}
			if err != nil {
				return withCode(ExitInvalidInput, fmt.Errorf("%v: give a receipt written by dmlrun run --receipt", err))
			}
			kind, err := runtime.ParseEngineKind(a.cfg.GetString("engine"))
			if err != nil {
				return withCode(ExitUsage, err)
			}
			if module == "" {
				module = want.ModulePath
			}
			if module == "" {
				return withCode(ExitUsage, fmt.Errorf("the receipt records no module path: pass --module PATH"))
			}
			backend, arch, perArch := strings.Cut(want.Determinism, "/") // "fast/amd64" was run with "fast"
			if perArch && arch != goruntime.GOARCH {
				return withCode(ExitVerifyMismatch, fmt.Errorf("the receipt's determinism class is %s: its results reproduce only on %s, this is %s; verify it there, or re-run the job with --blas strict", want.Determinism, arch, goruntime.GOARCH))
			}
			res, job, err := a.runModule(cmd, module, &files, runOptions{engine: kind, gasLimit: want.GasLimit, log: io.Discard, blas: backend})
			if err != nil {
				return err
			}
			got, err := receipt.FromResult(res, job.Models, module, time.Now())
			if err != nil {
				if asJSON {
					printJSON(a.stdout, verification{ReceiptID: want.ReceiptID, Differences: []receipt.Difference{}, Rerun: res})
				}
				return withCode(ExitVerifyMismatch, fmt.Errorf("the re-run ended with status %s: %s: fix the inputs or module path", res.Status, res.Error))
			}
			diffs := receipt.Compare(want, got)
			if asJSON {
				if diffs == nil {
					diffs = []receipt.Difference{}
				}
				if err := printJSON(a.stdout, verification{ReceiptID: want.ReceiptID, Verified: len(diffs) == 0, Differences: diffs, Rerun: res}); err != nil {
					return withCode(ExitInternal, err)
				}
			}
			if len(diffs) > 0 {
				for _, d := range diffs {
					fmt.Fprintf(a.stderr, "dmlrun verify: %s\n", d)
				}
				return silent(ExitVerifyMismatch, fmt.Errorf("%d fields differ", len(diffs)))
			}
			if !asJSON {
				fmt.Fprintf(a.stdout, "verified: receipt %s\nstatus %s, result hash %s, gas used %d\n", short(want.ReceiptID), got.Status, got.ResultHash, got.GasUsed)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	files.register(fl)
	fl.StringVar(&module, "module", "", "module file (default: the path recorded in the receipt)")
	fl.String("engine", string(runtime.Compiler), "wazero engine: compiler or interpreter")
	fl.Uint32("memory-limit-mib", 1024, "cap on the module's linear memory, MiB")
	configurable(fl, "engine", "memory-limit-mib")
	fl.BoolVar(&asJSON, "json", false, "print the verification as one JSON object on stdout")
	return cmd
}
