package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

// collected is what `dmlrun gc --json` prints.
type collected struct {
	RemovedBlocks int   `json:"removed_blocks"`
	FreedBytes    int64 `json:"freed_bytes"`
}

func (a *app) gcCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "gc",
		Short: "Remove every block of the local store that no pin reaches",
		Long: `Remove every block of the local content store that is not reachable from a
pin. An add or fetch in progress finishes first. If a pinned DAG is missing a
block or has a corrupt one, nothing is removed and the error names the block.

` + exitCodesHelp,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := a.openStore()
			if err != nil {
				return err
			}
			defer st.Close()
			n, freed, err := st.GC(cmd.Context())
			if err != nil {
				return contentError(err)
			}
			if asJSON {
				return jsonOut(a, collected{RemovedBlocks: n, FreedBytes: freed})
			}
			fmt.Fprintf(a.stdout, "removed %d blocks, freed %d bytes\n", n, freed)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print {removed_blocks, freed_bytes}")
	return cmd
}
