package main

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
)

// jobClaimed is what `dmlrun job claim --json` prints.
type jobClaimed struct {
	JobID  string `json:"job_id"`
	Device string `json:"device"`
	// Run is the command line that runs the job's module on this device's
	// data (add --input NAME=FILE for each input).
	Run []string   `json:"run"`
	Txs []txReport `json:"txs"`
}

func (a *app) jobClaimCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "claim JOB --from DEVICE",
		Short: "Take a device slot in a job",
		Long: `Take one of the job's device slots for the --from account, and print the
dmlrun run command that produces the receipt to submit. A device that holds a
slot already sends nothing. Claiming after the deadline, or when every slot
is taken, is refused.

` + accountHelp + "\n\n" + chainHelp + "\n\n" + chainExitCodesHelp,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			id, err := parseHashArg("job", args[0])
			if err != nil {
				return err
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
			j, err := conn.Job(ctx, id)
			if err != nil {
				return chainExit(err)
			}
			l, err := conn.Listing(ctx, j.ListingID)
			if err != nil {
				return chainExit(err)
			}
			info, err := conn.Claim(ctx, device, id)
			if err != nil {
				return chainExit(err)
			}
			run := []string{"dmlrun", "run", l.ModuleCID, "--manifest", l.ManifestCID}
			if j.ParamsCID != "" {
				run = append(run, "--params", j.ParamsCID)
			}
			run = append(run, "--gas-limit", strconv.FormatUint(j.GasLimit, 10), "--receipt", "receipt.json")
			c := jobClaimed{JobID: id.Hex(), Device: device.Address.Hex(), Run: run, Txs: []txReport{newTxReport("claim", info)}}
			if asJSON {
				return jsonOut(a, c)
			}
			fmt.Fprintf(a.stdout, "job     %s\ndevice  %s\n", c.JobID, c.Device)
			printTxs(a.stdout, c.Txs)
			fmt.Fprintf(a.stdout, "\nrun it on your data (one --input NAME=FILE per input of the manifest):\n  %s --input ...\nthen: dmlrun job submit receipt.json --job %s --from %s\n", strings.Join(run, " "), c.JobID, cmdFrom(cmd))
			return nil
		},
	}
	registerFromFlags(cmd.Flags(), "device")
	registerChainFlags(cmd.Flags())
	cmd.Flags().BoolVar(&asJSON, "json", false, "print {job_id, device, run, txs} as one JSON object")
	return cmd
}

func cmdFrom(cmd *cobra.Command) string {
	s, _ := cmd.Flags().GetString("from")
	return s
}

// jobRefunded is what `dmlrun job refund --json` prints.
type jobRefunded struct {
	JobID    string     `json:"job_id"`
	Customer string     `json:"customer"`
	Amount   string     `json:"amount"`
	Txs      []txReport `json:"txs"`
}

func (a *app) jobRefundCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "refund JOB --from ACCOUNT",
		Short: "Return to the customer what no receipt holds, after the deadline",
		Long: `After the job's deadline, return to its customer the part of the deposit
that no live receipt holds (anyone may send it; the tokens go to the
customer). With nothing left to refund it sends nothing.

` + accountHelp + "\n\n" + chainHelp + "\n\n" + chainExitCodesHelp,
		Args: cobra.ExactArgs(1),
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
			from, err := a.signer(cmd, conn)
			if err != nil {
				return err
			}
			j, err := conn.Job(cmd.Context(), id)
			if err != nil {
				return chainExit(err)
			}
			amount, info, err := conn.Refund(cmd.Context(), from, id)
			if err != nil {
				return chainExit(err)
			}
			if amount == nil {
				amount = new(big.Int)
			}
			r := jobRefunded{JobID: id.Hex(), Customer: j.Customer.Hex(), Amount: amount.String(), Txs: []txReport{newTxReport("refund", info)}}
			if asJSON {
				return jsonOut(a, r)
			}
			fmt.Fprintf(a.stdout, "job       %s\nrefunded  %s (%s DML) to %s\n", r.JobID, r.Amount, formatUnits(amount), r.Customer)
			printTxs(a.stdout, r.Txs)
			return nil
		},
	}
	registerFromFlags(cmd.Flags(), "sender (anyone; the refund goes to the customer)")
	registerChainFlags(cmd.Flags())
	cmd.Flags().BoolVar(&asJSON, "json", false, "print {job_id, customer, amount, txs} as one JSON object")
	return cmd
}
