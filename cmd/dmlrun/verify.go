package main

import (
	"errors"
	"fmt"
	"io"
	goruntime "runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/receipt"
)

// verification is what `dmlrun verify --json` prints.
type verification struct {
	ReceiptID   string               `json:"receipt_id"`
	Verified    bool                 `json:"verified"`
	Differences []receipt.Difference `json:"differences"`
	Rerun       *engine.Result       `json:"rerun"`
	// SignedBy is the device whose EIP-712 signature was checked, for a
	// signed receipt (written by dmlrun job submit).
	SignedBy string `json:"signed_by,omitempty"`
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

The module is --module (a path or a CID), else the path recorded in the
receipt if that file exists, else the receipt's module_cid, read from the local
content store or fetched through --gateway / ipfs.gateways and verified. A
module file checked against a receipt that has a module_cid is added to the
local store, unpinned, to compute its CID. A receipt whose
receipt_id does not match its contents was edited and is rejected.

RECEIPT may also be a signed receipt (written by dmlrun job submit): its
device's EIP-712 signature is checked first (a wrong one exits 21), then the
computation it binds is re-run as above.

` + exitCodesHelp,
		Example: `  dmlrun verify run.receipt.json --input X=X.csv --input y=y.csv --params params.json --manifest manifest.yaml`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			want, signedBy, err := readVerifyReceipt(args[0])
			if errors.Is(err, receipt.ErrEdited) {
				return withCode(ExitReceiptEdited, fmt.Errorf("%v", err))
			}
			if err != nil {
				return withCode(ExitInvalidInput, fmt.Errorf("%v: give a receipt written by dmlrun run --receipt", err))
			}
			kind, err := engine.ParseEngineKind(a.cfg.GetString("engine"))
			if err != nil {
				return withCode(ExitUsage, err)
			}
			if module == "" {
				module = receiptModule(want)
			}
			if module == "" {
				return withCode(ExitUsage, fmt.Errorf("the receipt records no module path or CID: pass --module PATH"))
			}
			backend, arch, perArch := strings.Cut(want.Determinism, "/") // "fast/amd64" was run with "fast"
			if perArch && arch != goruntime.GOARCH {
				return withCode(ExitVerifyMismatch, fmt.Errorf("the receipt's determinism class is %s: its results reproduce only on %s, this is %s; verify it there, or re-run the job with --blas strict", want.Determinism, arch, goruntime.GOARCH))
			}
			res, job, err := a.runModule(cmd, module, &files, runOptions{engine: kind, gasLimit: want.GasLimit, log: io.Discard, blas: backend, json: asJSON})
			if err != nil {
				return err
			}
			if want.ModuleCID != "" && res.ModuleCID == "" && job.Module != nil {
				if res.ModuleCID, err = a.fileCID(cmd, job.Module, want.ModuleCID); err != nil {
					return err
				}
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
				if err := printJSON(a.stdout, verification{ReceiptID: want.ReceiptID, Verified: len(diffs) == 0, Differences: diffs, Rerun: res, SignedBy: signedBy}); err != nil {
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
				if signedBy != "" {
					fmt.Fprintf(a.stdout, "signature: EIP-712, by device %s\n", signedBy)
				}
			}
			return nil
		},
	}
	fl := cmd.Flags()
	files.register(fl)
	registerSourceFlags(fl)
	fl.StringVar(&module, "module", "", "module file or CID (default: the path recorded in the receipt, else its module_cid)")
	fl.String("engine", string(engine.Compiler), "wazero engine: compiler or interpreter")
	fl.Uint32("memory-limit-mib", 1024, "cap on the module's linear memory, MiB")
	configurable(fl, "engine", "memory-limit-mib")
	fl.BoolVar(&asJSON, "json", false, "print the verification as one JSON object on stdout")
	return cmd
}
