package main

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/marketplace"
)

// jobSettled is what `dmlrun job settle --json` prints.
type jobSettled struct {
	JobID    string          `json:"job_id"`
	Receipts []settledReport `json:"receipts"`
	Txs      []txReport      `json:"txs"`
}

type settledReport struct {
	ID        string `json:"receipt_id"`
	Device    string `json:"device"`
	DevicePay string `json:"device_pay"`
	AuthorFee string `json:"author_fee"`
	// Already is true when the receipt was settled before this command.
	Already bool   `json:"already_settled"`
	State   string `json:"state"`
}

func (a *app) jobSettleCmd() *cobra.Command {
	var (
		job      string
		receipts []string
		asJSON   bool
	)
	cmd := &cobra.Command{
		Use:   "settle --job JOB [--receipt ID]... --from ACCOUNT",
		Short: "Pay the devices and the author of receipts whose challenge window has passed",
		Long: `Settle the job's receipts (all submitted ones, or those of --receipt): each
device is paid min(gas used, gas limit) × gas price, the author the price per
run and the royalty. One receipt is settled with settle, several in one
settleBatch transaction. Receipts already settled are skipped: settling again
sends nothing and pays nothing. Receipts still inside their challenge window
are refused (exit 45) with the time they become settleable.

` + accountHelp + "\n\n" + chainHelp + "\n\n" + chainExitCodesHelp,
		Example: `  dmlrun job settle --job 0x… --from alice
  dmlrun job settle --job 0x… --receipt 0x… --receipt 0x… --from alice`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			jobID, err := parseHashArg("--job", job)
			if err != nil {
				return err
			}
			var ids []common.Hash
			for _, r := range receipts {
				id, err := parseHashArg("--receipt", r)
				if err != nil {
					return err
				}
				ids = append(ids, id)
			}
			conn, err := a.connect(cmd)
			if err != nil {
				return err
			}
			defer conn.Close()
			from, err := a.signer(cmd, conn)
			if err != nil {
				return err
			}
			if _, err := conn.Job(ctx, jobID); err != nil {
				return chainExit(err)
			}
			if len(ids) == 0 {
				if ids, err = jobReceiptIDs(ctx, conn.Client, jobID); err != nil {
					return err
				}
			}
			if len(ids) == 0 {
				return withCode(ExitNotFound, fmt.Errorf("%w: job %s has no submitted receipt: a device submits one with `dmlrun job submit`", marketplace.ErrReceiptNotFound, jobID.Hex()))
			}
			now, err := conn.ChainTime(ctx)
			if err != nil {
				return chainExit(err)
			}
			out := jobSettled{JobID: jobID.Hex()}
			var due []common.Hash
			for _, id := range ids {
				rec, err := conn.Receipt(ctx, id)
				if err != nil {
					return chainExit(err)
				}
				switch {
				case rec.State == marketplace.ReceiptNone:
					return chainExit(fmt.Errorf("%w: %s: submit it first", marketplace.ErrReceiptNotFound, id.Hex()))
				case rec.JobID != jobID:
					return withCode(ExitUsage, fmt.Errorf("--receipt %s belongs to job %s, not %s: give receipts of --job", id.Hex(), rec.JobID.Hex(), jobID.Hex()))
				case rec.State == marketplace.ReceiptSubmitted:
					at, err := conn.SettleableAt(ctx, rec)
					if err != nil {
						return chainExit(err)
					}
					if now.Before(at) {
						return chainExit(fmt.Errorf("%w: receipt %s is settleable at %s, chain time is %s: wait %s, then retry", marketplace.ErrChallengeWindowOpen, id.Hex(), at.Format(time.RFC3339), now.Format(time.RFC3339), at.Sub(now).Round(time.Second)))
					}
					due = append(due, id)
				}
			}
			var info marketplace.TxInfo
			action := "settle"
			switch {
			case len(due) == 1:
				info, err = conn.Settle(ctx, from, due[0])
			case len(due) > 1:
				action = fmt.Sprintf("settle %d", len(due))
				info, err = conn.SettleBatch(ctx, from, due)
			}
			if err != nil {
				return chainExit(err)
			}
			out.Txs = []txReport{newTxReport(action, info)}
			pending := make(map[common.Hash]bool, len(due))
			for _, id := range due {
				pending[id] = true
			}
			for _, id := range ids {
				rec, err := conn.Receipt(ctx, id)
				if err != nil {
					return chainExit(err)
				}
				out.Receipts = append(out.Receipts, settledReport{ID: id.Hex(), Device: rec.Device.Hex(), DevicePay: rec.DevicePay.String(),
					AuthorFee: rec.AuthorFee.String(), Already: !pending[id], State: rec.State.String()})
			}
			if asJSON {
				return jsonOut(a, out)
			}
			for _, r := range out.Receipts {
				note := "paid now"
				switch {
				case r.State == marketplace.ReceiptVoided.String():
					note = "voided: nothing paid"
				case r.Already:
					note = "already settled: nothing paid"
				}
				fmt.Fprintf(a.stdout, "receipt %s  device %s  device pay %s  author fee %s  %s\n", r.ID, r.Device, r.DevicePay, r.AuthorFee, note)
			}
			printTxs(a.stdout, out.Txs)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&job, "job", "", "job id")
	fl.StringSliceVar(&receipts, "receipt", nil, "receipt ids to settle (default: every receipt of the job); repeat or comma-separate")
	registerFromFlags(fl, "sender (anyone; the pay goes to devices and author)")
	registerChainFlags(fl)
	fl.BoolVar(&asJSON, "json", false, "print {job_id, receipts, txs} as one JSON object")
	return cmd
}
