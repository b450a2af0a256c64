package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
)

// balanceReport is one account's balances as `dmlrun balance --json` prints
// them: amounts in base units (wei, token units) and in whole ether and DML.
type balanceReport struct {
	Name      string `json:"name,omitempty"`
	Address   string `json:"address"`
	Wei       string `json:"wei"`
	Ether     string `json:"ether"`
	TokenBase string `json:"dml_base_units"`
	Tokens    string `json:"dml"`
}

func (a *app) balanceCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "balance [ADDRESS|NAME]...",
		Short: "Show ether (for fees) and DML token balances",
		Long: `Show the ether and DML token balances of the accounts given (addresses, or
devnet account names); with none, of every devnet account when the chain is
the devnet, else of every account in the key store.

` + chainHelp + "\n\n" + chainExitCodesHelp,
		Example: `  dmlrun balance dev1 bob
  dmlrun balance 0x… --json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			conn, err := a.connect(cmd)
			if err != nil {
				return err
			}
			defer conn.Close()
			type who struct {
				name string
				addr common.Address
			}
			var list []who
			for _, s := range args {
				addr, err := a.address(conn, s)
				if err != nil {
					return err
				}
				name := ""
				if !common.IsHexAddress(s) {
					name = s
				}
				list = append(list, who{name, addr})
			}
			if len(args) == 0 {
				if conn.dev != nil {
					for _, n := range conn.dev.Accounts {
						addr, _ := a.address(conn, n)
						list = append(list, who{n, addr})
					}
				} else {
					keys, err := a.openKeys()
					if err != nil {
						return err
					}
					for _, addr := range keys.List() {
						list = append(list, who{"", addr})
					}
				}
			}
			out := []balanceReport{}
			for _, w := range list {
				eth, err := conn.EtherBalance(cmd.Context(), w.addr)
				if err != nil {
					return chainExit(err)
				}
				tok, err := conn.TokenBalance(cmd.Context(), w.addr)
				if err != nil {
					return chainExit(err)
				}
				out = append(out, balanceReport{Name: w.name, Address: w.addr.Hex(), Wei: eth.String(), Ether: formatUnits(eth), TokenBase: tok.String(), Tokens: formatUnits(tok)})
			}
			if asJSON {
				return jsonOut(a, out)
			}
			if len(out) == 0 {
				fmt.Fprintln(a.stdout, "no accounts: give an address, or create a key with `dmlrun keys new`")
				return nil
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ACCOUNT\tADDRESS\tETHER\tDML\tDML BASE UNITS")
			for _, b := range out {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", orDash(b.Name), b.Address, b.Ether, b.Tokens, b.TokenBase)
			}
			return tw.Flush()
		},
	}
	registerChainFlags(cmd.Flags())
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array of {name, address, wei, ether, dml_base_units, dml}")
	return cmd
}
