package main

import (
	"context"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/marketplace"
)

func (a *app) jobCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "job",
		Short: "Post, claim, submit, settle and refund jobs on the escrow",
		Long: `The life of a job on the escrow:

  customer  dmlrun job post --listing ID --params FILE --gas-limit N --from alice
  device    dmlrun job claim JOB --from dev1
  device    dmlrun run MODULE_CID ... --gas-limit N --receipt r.json
  device    dmlrun job submit r.json --job JOB --from dev1
  anyone    dmlrun job settle --job JOB          (after the challenge window)
  customer  dmlrun job refund JOB --from alice   (after the deadline)

The deposit (devices × (gas limit × gas price + price per run + royalty)) is
held in escrow at post. Settling pays each device gas used × gas price and
the author the price and royalty; the refund returns the rest. Every action
is idempotent: repeating it reports "already done: nothing sent".

` + accountHelp + "\n\n" + chainHelp + "\n\n" + chainExitCodesHelp,
	}
	cmd.AddCommand(a.jobPostCmd(), a.jobListCmd(), a.jobShowCmd(), a.jobClaimCmd(), a.jobSubmitCmd(), a.jobSettleCmd(), a.jobRefundCmd())
	return cmd
}

func (a *app) jobListCmd() *cobra.Command {
	var (
		asJSON   bool
		customer string
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the jobs on the escrow",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			conn, err := a.connect(cmd)
			if err != nil {
				return err
			}
			defer conn.Close()
			var only common.Address
			if customer != "" {
				if only, err = a.address(conn, customer); err != nil {
					return err
				}
			}
			ids, err := jobIDs(cmd.Context(), conn.Client)
			if err != nil {
				return err
			}
			jobs := []*marketplace.Job{}
			for _, id := range ids {
				j, err := conn.Job(cmd.Context(), id)
				if err != nil {
					return chainExit(err)
				}
				if customer == "" || j.Customer == only {
					jobs = append(jobs, j)
				}
			}
			if asJSON {
				return jsonOut(a, jobs)
			}
			if len(jobs) == 0 {
				fmt.Fprintln(a.stdout, "no jobs: post one with `dmlrun job post`")
				return nil
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "JOB\tLISTING\tCUSTOMER\tCLAIMED/SUBMITTED/WANTED\tGAS LIMIT\tGAS PRICE\tDEADLINE")
			for _, j := range jobs {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%d/%d/%d\t%d\t%s\t%s\n", j.ID.Hex(), short(j.ListingID.Hex()), short(j.Customer.Hex()),
					j.Claimed, j.Submitted, j.DevicesWanted, j.GasLimit, j.GasPrice, j.Deadline.Format(time.RFC3339))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&customer, "customer", "", "only the jobs of this customer (address or devnet name)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array of jobs")
	registerChainFlags(cmd.Flags())
	return cmd
}

// jobView is what `dmlrun job show --json` prints.
type jobView struct {
	*marketplace.Job
	Refundable string          `json:"refundable"`
	ChainTime  time.Time       `json:"chain_time"`
	Receipts   []receiptStatus `json:"receipts"`
}

// receiptStatus is one receipt of a job as the escrow holds it.
type receiptStatus struct {
	*marketplace.ReceiptRecord
	StateName    string    `json:"state_name"`
	SettleableAt time.Time `json:"settleable_at"`
}

func (a *app) jobShowCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show JOB",
		Short: "Show a job, its deposit and its receipts",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseHashArg("job", args[0])
			if err != nil {
				return err
			}
			conn, err := a.connect(cmd)
			if err != nil {
				return err
			}
			defer conn.Close()
			v, err := loadJobView(cmd.Context(), conn.Client, id)
			if err != nil {
				return err
			}
			if asJSON {
				return jsonOut(a, v)
			}
			w := a.stdout
			j := v.Job
			fmt.Fprintf(w, "job        %s\ncustomer   %s\nlisting    %s\nauthor     %s\n", j.ID.Hex(), j.Customer.Hex(), j.ListingID.Hex(), j.Author.Hex())
			fmt.Fprintf(w, "params     %s\nmodel      %s\n", orDash(j.ParamsCID), orDash(j.ModelCID))
			fmt.Fprintf(w, "gas        limit %d, price %s per gas\ndevices    %d wanted, %d claimed, %d submitted\n", j.GasLimit, j.GasPrice, j.DevicesWanted, j.Claimed, j.Submitted)
			fmt.Fprintf(w, "deadline   %s (chain time %s)\n", j.Deadline.Format(time.RFC3339), v.ChainTime.Format(time.RFC3339))
			fmt.Fprintf(w, "escrow     deposit %s, committed %s, paid %s, refunded %s, refundable now %s\n", j.Deposit, j.Committed, j.Paid, j.Refunded, v.Refundable)
			for _, r := range v.Receipts {
				fmt.Fprintf(w, "receipt    %s  device %s  %s  device pay %s  author fee %s  settleable %s\n", r.ID.Hex(), r.Device.Hex(), r.StateName, r.DevicePay, r.AuthorFee, r.SettleableAt.Format(time.RFC3339))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the job and its receipts as one JSON object")
	registerChainFlags(cmd.Flags())
	return cmd
}

func loadJobView(ctx context.Context, c *marketplace.Client, id common.Hash) (*jobView, error) {
	j, err := c.Job(ctx, id)
	if err != nil {
		return nil, chainExit(err)
	}
	v := &jobView{Job: j, Receipts: []receiptStatus{}}
	if v.ChainTime, err = c.ChainTime(ctx); err != nil {
		return nil, chainExit(err)
	}
	ref, err := c.Refundable(ctx, id)
	if err != nil {
		return nil, chainExit(err)
	}
	v.Refundable = ref.String()
	rids, err := jobReceiptIDs(ctx, c, id)
	if err != nil {
		return nil, err
	}
	for _, rid := range rids {
		rec, err := c.Receipt(ctx, rid)
		if err != nil {
			return nil, chainExit(err)
		}
		at, err := c.SettleableAt(ctx, rec)
		if err != nil {
			return nil, chainExit(err)
		}
		v.Receipts = append(v.Receipts, receiptStatus{ReceiptRecord: rec, StateName: rec.State.String(), SettleableAt: at})
	}
	return v, nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
