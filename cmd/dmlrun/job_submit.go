package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/marketplace"
	"github.com/decentralized-ml/dml/receipt"
)

// jobSubmitted is what `dmlrun job submit --json` prints.
type jobSubmitted struct {
	ReceiptID    string     `json:"receipt_id"`
	JobID        string     `json:"job_id"`
	Device       string     `json:"device"`
	GasUsed      uint64     `json:"gas_used"`
	DevicePay    string     `json:"device_pay"`
	AuthorFee    string     `json:"author_fee"`
	SettleableAt time.Time  `json:"settleable_at"`
	SignedFile   string     `json:"signed_receipt"`
	Txs          []txReport `json:"txs"`
}

func (a *app) jobSubmitCmd() *cobra.Command {
	var (
		job, signedOut string
		asJSON         bool
	)
	cmd := &cobra.Command{
		Use:   "submit RECEIPT --job JOB --from DEVICE",
		Short: "Sign a run's receipt with the device key and submit it to the job",
		Long: `Turn RECEIPT (written by ` + "`dmlrun run MODULE_CID --receipt FILE`" + `) into the
EIP-712 receipt of the job, sign it with the device's key, write it to
--signed-out (default RECEIPT with .signed.json; ` + "`dmlrun verify`" + ` checks it) and
submit it. The receipt must be of the listing's module, run by CID with at
most the job's gas limit. Submitting the same receipt again sends nothing.
Its pay (gas used × gas price, to the device; price and royalty, to the
author) is committed now and paid by ` + "`dmlrun job settle`" + ` once the
challenge window has passed.

` + accountHelp + "\n\n" + chainHelp + "\n\n" + chainExitCodesHelp,
		Example: `  dmlrun job submit receipt.json --job 0x… --from dev1`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			jobID, err := parseHashArg("--job", job)
			if err != nil {
				return err
			}
			r, err := receipt.Read(args[0])
			if errors.Is(err, receipt.ErrEdited) {
				return withCode(ExitReceiptEdited, err)
			}
			if err != nil {
				return withCode(ExitInvalidInput, fmt.Errorf("%v: give a receipt written by dmlrun run --receipt", err))
			}
			conn, err := a.connect(cmd)
			if err != nil {
				return err
			}
			defer conn.Close()
			device, err := a.signer(cmd, conn)
			if err != nil {
				return err
			}
			j, err := conn.Job(ctx, jobID)
			if err != nil {
				return chainExit(err)
			}
			l, err := conn.Listing(ctx, j.ListingID)
			if err != nil {
				return chainExit(err)
			}
			if r.ModuleCID != l.ModuleCID {
				return withCode(ExitInvalidInput, fmt.Errorf("receipt %s is of module %q, the job's listing is module %s: run `dmlrun run %s ...` and submit that receipt", args[0], r.ModuleCID, l.ModuleCID, l.ModuleCID))
			}
			if r.GasLimit > j.GasLimit {
				return chainExit(fmt.Errorf("%w: receipt ran with gas limit %d, the job allows %d: re-run with --gas-limit %d", marketplace.ErrReceiptOverGasLimit, r.GasLimit, j.GasLimit, j.GasLimit))
			}
			s, err := marketplace.FromReceipt(r, jobID, device.Address)
			if err != nil {
				return chainExit(err)
			}
			if err := s.Sign(device, conn.ChainID(), conn.Addresses().Escrow); err != nil {
				return withCode(ExitInternal, err)
			}
			rid, err := s.Digest(conn.ChainID(), conn.Addresses().Escrow)
			if err != nil {
				return withCode(ExitInternal, err)
			}
			if signedOut == "" {
				signedOut = signedReceiptPath(args[0])
			}
			f := &signedReceiptFile{ReceiptID: rid, ChainID: conn.ChainID().Uint64(), Escrow: conn.Addresses().Escrow, SignedReceipt: *s}
			if err := f.write(signedOut); err != nil {
				return withCode(ExitInternal, fmt.Errorf("--signed-out %s: %v: choose a writable path", signedOut, err))
			}
			id, info, err := conn.SubmitReceipt(ctx, device, s)
			if err != nil {
				return chainExit(err)
			}
			rec, err := conn.Receipt(ctx, id)
			if err != nil {
				return chainExit(err)
			}
			at, err := conn.SettleableAt(ctx, rec)
			if err != nil {
				return chainExit(err)
			}
			out := jobSubmitted{ReceiptID: id.Hex(), JobID: jobID.Hex(), Device: device.Address.Hex(), GasUsed: r.GasUsed,
				DevicePay: rec.DevicePay.String(), AuthorFee: rec.AuthorFee.String(), SettleableAt: at, SignedFile: signedOut,
				Txs: []txReport{newTxReport("submit", info)}}
			if asJSON {
				return jsonOut(a, out)
			}
			fmt.Fprintf(a.stdout, "receipt     %s (state %s)\njob         %s\ndevice      %s\ngas used    %d\ndevice pay  %s\nauthor fee  %s\nsettleable  %s\nsigned      %s\n",
				out.ReceiptID, rec.State, out.JobID, out.Device, out.GasUsed, out.DevicePay, out.AuthorFee, at.Format(time.RFC3339), signedOut)
			printTxs(a.stdout, out.Txs)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&job, "job", "", "job id the receipt is for")
	fl.StringVar(&signedOut, "signed-out", "", "where to write the signed receipt (default RECEIPT with .signed.json)")
	registerFromFlags(fl, "device (the account that claimed the slot)")
	registerChainFlags(fl)
	fl.BoolVar(&asJSON, "json", false, "print the submitted receipt and its pay as one JSON object")
	return cmd
}
