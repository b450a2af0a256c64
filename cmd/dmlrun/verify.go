package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/gas"
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
			kind, err := engine.ParseKind(a.cfg.GetString("engine"))
			if err != nil {
				return withCode(ExitUsage, err)
			}
			if module == "" {
				module = receiptModule(want)
			}
			if module == "" {
				return withCode(ExitUsage, fmt.Errorf("the receipt records no module path or CID: pass --module PATH"))
			}
			content := &contentArgs{a: a, cmd: cmd, asJSON: asJSON}
			defer content.close()
			wasm, moduleCID, err := content.read("module", module)
			var job *engine.Job
			if err == nil {
				job, err = files.job(content.read)
			}
			if err != nil {
				return verifyInputError(err)
			}
			job.ModuleCID, job.Log = moduleCID, io.Discard
			if want.ModuleCID != "" && job.ModuleCID == "" {
				if job.ModuleCID, err = a.fileCID(cmd, wasm, want.ModuleCID); err != nil {
					return err
				}
			}
			e, err := a.engine(cmd, kind)
			if err != nil {
				return err
			}
			defer e.Close(cmd.Context())
			v, err := engine.Verify(cmd.Context(), e, want, wasm, job)
			if err != nil {
				return verifyError(err)
			}
			if asJSON {
				if err := printJSON(a.stdout, verification{ReceiptID: want.ReceiptID, Verified: v.Verified, Differences: v.Differences, Rerun: v.Rerun, SignedBy: signedBy}); err != nil {
					return withCode(ExitInternal, err)
				}
			}
			if !v.Verified {
				for _, d := range v.Differences {
					fmt.Fprintf(a.stderr, "dmlrun verify: %s\n", d)
				}
				return silent(ExitVerifyMismatch, fmt.Errorf("%d fields differ", len(v.Differences)))
			}
			if !asJSON {
				fmt.Fprintf(a.stdout, "verified: receipt %s\nstatus %s, result hash %s, gas used %d\n", short(want.ReceiptID), v.Rerun.Status, v.Rerun.ResultHash, v.Rerun.GasUsed)
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
	fl.String("engine", string(engine.Compiler), "wazero engine: compiler or interpreter (the receipt's gas and memory limits and gas schedule always apply)")
	configurable(fl, "engine")
	fl.BoolVar(&asJSON, "json", false, "print the verification as one JSON object on stdout")
	return cmd
}

// verifyInputError maps a problem reading verify's module or files to its
// exit code.
func verifyInputError(err error) error {
	var coded *exitError
	switch {
	case errors.As(err, &coded):
		return err
	case errors.Is(err, engine.ErrInvalidInput):
		return withCode(ExitInvalidInput, err)
	}
	return withCode(ExitInternal, err)
}

// verifyError maps a receipt that cannot be checked here to its exit code.
func verifyError(err error) error {
	switch {
	case errors.Is(err, receipt.ErrEdited):
		return withCode(ExitReceiptEdited, err)
	case errors.Is(err, engine.ErrOtherArchitecture):
		return withCode(ExitVerifyMismatch, fmt.Errorf("%v: verify it there, or re-run the job with --blas strict", err))
	case errors.Is(err, gas.ErrUnknownVersion), errors.Is(err, engine.ErrUnknownClass):
		return withCode(ExitVerifyMismatch, fmt.Errorf("%v: verify it with a dmlrun that has it", err))
	}
	return withCode(ExitInternal, err)
}
