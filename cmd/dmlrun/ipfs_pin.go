package main

import (
	"errors"
	"fmt"

	"github.com/ipfs/go-cid"
	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/ipfs"
)

// pinList is what `dmlrun pin add|rm|ls --json` print.
type pinList struct {
	Pins []string `json:"pins"`
}

func (a *app) pinCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "pin",
		Short: "Pin, unpin and list content in the local store",
		Long: `Pinned content is kept by ` + "`dmlrun gc`" + `; unpinned blocks are removed by it.
Everything dmlrun adds, fetches or imports is pinned.

` + exitCodesHelp,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(a.pinAddCmd(), a.pinRmCmd(), a.pinLsCmd())
	return cmd
}

func (a *app) pinAddCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "add CID...",
		Short: "Pin content, fetching what is missing from the configured gateways",
		Long: `Pin each CID recursively. Blocks missing from the local store are fetched
from --gateway / ipfs.gateways (then --api / ipfs.api) and verified first;
with no source configured, every block must already be local.

` + exitCodesHelp,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.eachCID(cmd, args, asJSON, func(st *ipfs.Store, c cidArg) error {
				if err := fetchMissing(cmd.Context(), st, c.c, c.src); err != nil {
					return explainContentErr(c.c, c.src, err)
				}
				if err := st.Pin(cmd.Context(), c.c); err != nil {
					return explainContentErr(c.c, c.src, err)
				}
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print {pins: [CID…]} of the CIDs pinned")
	registerSourceFlags(cmd.Flags())
	return cmd
}

func (a *app) pinRmCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "rm CID...",
		Short: "Unpin content; `dmlrun gc` then frees its blocks",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.eachCID(cmd, args, asJSON, func(st *ipfs.Store, c cidArg) error {
				err := st.Unpin(cmd.Context(), c.c)
				if errors.Is(err, ipfs.ErrNotPinned) {
					return fmt.Errorf("%s: %w: see `dmlrun pin ls`", c.c, err)
				}
				return err
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print {pins: [CID…]} of the CIDs unpinned")
	return cmd
}

func (a *app) pinLsCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "ls",
		Short: "List the pinned CIDs",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := a.openStore()
			if err != nil {
				return err
			}
			defer st.Close()
			pins, err := st.Pins(cmd.Context())
			if err != nil {
				return withCode(ExitInternal, err)
			}
			list := pinList{Pins: []string{}}
			for _, c := range pins {
				list.Pins = append(list.Pins, c.String())
			}
			if asJSON {
				return jsonOut(a, list)
			}
			for _, c := range list.Pins {
				fmt.Fprintln(a.stdout, c)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print {pins: [CID…]}")
	return cmd
}

// cidArg is one parsed CID argument with the command's content sources.
type cidArg struct {
	c   cid.Cid
	src sources
}

// eachCID parses every argument first (a malformed one changes nothing),
// then applies do to each in order, stopping at the first failure, and
// prints the CIDs done.
func (a *app) eachCID(cmd *cobra.Command, args []string, asJSON bool, do func(*ipfs.Store, cidArg) error) error {
	var cids []cid.Cid
	for _, s := range args {
		c, err := parseCIDArg(s)
		if err != nil {
			return err
		}
		cids = append(cids, c)
	}
	src, err := a.sources(cmd)
	if err != nil {
		return err
	}
	st, err := a.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	done := pinList{Pins: []string{}}
	for _, c := range cids {
		if err := do(st, cidArg{c: c, src: src}); err != nil {
			return contentError(err)
		}
		done.Pins = append(done.Pins, c.String())
		if !asJSON {
			fmt.Fprintln(a.stdout, c)
		}
	}
	if asJSON {
		return jsonOut(a, done)
	}
	return nil
}
