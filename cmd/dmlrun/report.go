package main

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/ipfs"
	"github.com/decentralized-ml/dml/node"
	"github.com/decentralized-ml/dml/report"
)

// reportCmd fetches a published report into a directory.
func (a *app) reportCmd() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "report CID -o DIR",
		Short: "Fetch a published job report (index, JSON, PNG plot, HTML page) into a directory",
		Long: `report reads the report index under CID from the content store in <home>/ipfs
(the CID dmlrun demo prints), verifies every file against its CID, and writes
them to DIR: index.html (open it in a browser), accuracy_loss.png,
report.json and index.json.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return withCode(ExitUsage, errors.New("-o DIR is required: where to write the report's files"))
			}
			if _, err := ipfs.ParseCID(args[0]); err != nil {
				return withCode(ExitUsage, fmt.Errorf("%s: %v: give the report CID dmlrun demo printed", args[0], err))
			}
			st, err := ipfs.Open(filepath.Join(a.home(), "ipfs"))
			if err != nil {
				return withCode(ExitInternal, err)
			}
			defer st.Close()
			idx, err := report.Fetch(cmd.Context(), node.StoreContent{Store: st}, args[0], out)
			if err != nil {
				if errors.Is(err, report.ErrIndex) {
					return withCode(ExitUsage, err)
				}
				return withCode(ExitInternal, err)
			}
			fmt.Fprintf(a.stdout, "%s: %d files in %s\n", idx.Title, len(idx.Files), out)
			for _, name := range []string{report.FileHTML, report.FilePNG, report.FileJSON} {
				if c, ok := idx.Files[name]; ok {
					fmt.Fprintf(a.stdout, "  %-18s %s\n", name, c)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "", "directory to write the report's files to")
	return cmd
}
