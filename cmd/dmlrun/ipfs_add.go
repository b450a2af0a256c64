package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/ipfs"
)

// added is what `dmlrun add --json` prints.
type added struct {
	CID  string `json:"cid"`
	File string `json:"file"`
	Size int64  `json:"size"`
}

func (a *app) addCmd() *cobra.Command {
	var (
		version int
		asJSON  bool
	)
	cmd := &cobra.Command{
		Use:   "add FILE",
		Short: "Add a file to the local content store and print its CID",
		Long: `Add a file to the local content store (<home>/ipfs) and pin it. The CID is
the one ` + "`ipfs add --cid-version=1`" + ` gives (CIDv1, raw leaves, 256 KiB chunks,
174 links, balanced layout), or with --cid-version 0 the one of plain
` + "`ipfs add`" + `. An interrupted add pins nothing.

` + exitCodesHelp,
		Example: `  dmlrun add build/algorithms/linreg.wasm
  dmlrun add model.npy --cid-version 0 --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, err := ipfs.AddOptionsForVersion(version)
			if err != nil {
				return withCode(ExitUsage, fmt.Errorf("--cid-version %d: want 0 or 1", version))
			}
			f, err := os.Open(args[0])
			if errors.Is(err, fs.ErrNotExist) {
				return withCode(ExitInvalidInput, fmt.Errorf("%s: no such file: give the path of a file to add", args[0]))
			}
			if err != nil {
				return withCode(ExitInvalidInput, fmt.Errorf("%v: give a readable file", err))
			}
			defer f.Close()
			fi, err := f.Stat()
			if err != nil || !fi.Mode().IsRegular() {
				return withCode(ExitInvalidInput, fmt.Errorf("%s is not a regular file: give the path of a file to add", args[0]))
			}
			st, err := a.openStore()
			if err != nil {
				return err
			}
			defer st.Close()
			bar := newProgress(progressOut(a.stderr, asJSON), "add "+args[0], fi.Size())
			c, err := st.Add(cmd.Context(), bar.Reader(f), opts)
			bar.Finish()
			if err != nil {
				return withCode(ExitInternal, fmt.Errorf("%s: %v: nothing was pinned; check that %s is writable and the disk is not full", args[0], err, st.Dir()))
			}
			if asJSON {
				return jsonOut(a, added{CID: c.String(), File: args[0], Size: fi.Size()})
			}
			fmt.Fprintln(a.stdout, c)
			return nil
		},
	}
	cmd.Flags().IntVar(&version, "cid-version", 1, "CID version: 1 (as `ipfs add --cid-version=1`) or 0 (as plain `ipfs add`)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print {cid, file, size} as one JSON object")
	return cmd
}

// jsonOut prints v as the command's one JSON object.
func jsonOut(a *app, v any) error {
	if err := printJSON(a.stdout, v); err != nil {
		return withCode(ExitInternal, err)
	}
	return nil
}
