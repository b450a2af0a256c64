package main

import (
	"encoding/hex"
	"fmt"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/marketplace"
)

func (a *app) marketCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "market",
		Short: "Browse the algorithms listed on the registry",
		Long: `List and show algorithm listings. Every listing shown has had its author's
signature checked; a listing whose signature does not verify is reported, not
shown.

` + chainHelp + "\n\n" + chainExitCodesHelp,
	}
	cmd.AddCommand(a.marketListCmd(), a.marketShowCmd())
	return cmd
}

func (a *app) marketListCmd() *cobra.Command {
	var asJSON, all bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the listings on the registry",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			conn, err := a.connect(cmd)
			if err != nil {
				return err
			}
			defer conn.Close()
			ids, err := listingIDs(cmd.Context(), conn.Client)
			if err != nil {
				return err
			}
			out := []*marketplace.Listing{}
			for _, id := range ids {
				l, err := conn.Listing(cmd.Context(), id)
				if err != nil {
					fmt.Fprintf(a.stderr, "dmlrun market list: skipped %s: %v\n", id.Hex(), err)
					continue
				}
				if l.Deprecated && !all {
					continue
				}
				out = append(out, l)
			}
			if asJSON {
				return jsonOut(a, out)
			}
			if len(out) == 0 {
				fmt.Fprintln(a.stdout, "no listings: publish one with `dmlrun publish`")
				return nil
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "LISTING\tNAME\tVERSION\tAUTHOR\tPRICE/RUN\tROYALTY\tMIN GAS PRICE")
			for _, l := range out {
				name := l.Name
				if l.Deprecated {
					name += " (deprecated)"
				}
				fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%d bps\t%s\n", l.ID.Hex(), name, l.Version, l.Author.Hex(), l.PricePerRun, l.RoyaltyBps, l.MinGasPrice)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "include deprecated listings")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array of listings")
	registerChainFlags(cmd.Flags())
	return cmd
}

func (a *app) marketShowCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show LISTING",
		Short: "Show one listing, its author's signature checked",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseHashArg("listing", args[0])
			if err != nil {
				return err
			}
			conn, err := a.connect(cmd)
			if err != nil {
				return err
			}
			defer conn.Close()
			l, err := conn.Listing(cmd.Context(), id)
			if err != nil {
				return chainExit(err)
			}
			if asJSON {
				return jsonOut(a, l)
			}
			w := a.stdout
			fmt.Fprintf(w, "listing        %s\nname           %s\nversion        %d\nauthor         %s\n", l.ID.Hex(), l.Name, l.Version, l.Author.Hex())
			fmt.Fprintf(w, "module         %s\nmanifest       %s\nmanifest hash  %s\n", l.ModuleCID, l.ManifestCID, l.ManifestHash.Hex())
			fmt.Fprintf(w, "price per run  %s\nroyalty        %d bps\nmin gas price  %s\n", l.PricePerRun, l.RoyaltyBps, l.MinGasPrice)
			fmt.Fprintf(w, "published      %s\ndeprecated     %t\nsignature      verified (author %s)\n", l.PublishedAt.Format("2006-01-02 15:04:05 MST"), l.Deprecated, l.Author.Hex())
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the listing as one JSON object")
	registerChainFlags(cmd.Flags())
	return cmd
}

// parseHashArg reads a 32-byte id (listing, job, receipt) given as hex.
func parseHashArg(what, s string) (common.Hash, error) {
	b, err := hexBytes(s)
	if err != nil || len(b) != 32 {
		return common.Hash{}, withCode(ExitUsage, fmt.Errorf("%s id %q: want 0x and 64 hex digits", what, s))
	}
	return common.BytesToHash(b), nil
}

func hexBytes(s string) ([]byte, error) {
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s = s[2:]
	}
	return hex.DecodeString(s)
}
