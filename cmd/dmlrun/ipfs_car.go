package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/internal/atomicfile"
)

// carFile is what `dmlrun car export|import --json` print.
type carFile struct {
	File  string   `json:"file"`
	Roots []string `json:"roots"`
}

func (a *app) carCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "car",
		Short: "Move content offline as CAR files",
		Long: `Export a DAG of the local store as a CAR file, or import one: the way to move
modules, models and results between machines without a network.

` + exitCodesHelp,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(a.carExportCmd(), a.carImportCmd())
	return cmd
}

func (a *app) carExportCmd() *cobra.Command {
	var (
		out    string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "export CID -o FILE.car",
		Short: "Write the DAG under a CID as a CARv1 file",
		Long: `Write the whole DAG under CID as a CARv1 file with root CID, every block
verified as it is read. Blocks missing locally are fetched first from
--gateway / ipfs.gateways (then --api / ipfs.api). The file is written
atomically: on any failure it is left as it was.

` + exitCodesHelp,
		Example: `  dmlrun car export bafybei... -o linreg.car`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := parseCIDArg(args[0])
			if err != nil {
				return err
			}
			if out == "" {
				return withCode(ExitUsage, errors.New("give -o FILE.car"))
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
			bar := newProgress(progressOut(a.stderr, asJSON), "fetch "+c.String(), 0)
			src.client = bar.Client()
			err = fetchMissing(cmd.Context(), st, c, src)
			bar.Finish()
			if err != nil {
				return contentError(explainContentErr(c, src, err))
			}
			err = atomicfile.WriteFunc(out, 0o644, func(f *os.File) error {
				if err := st.ExportCAR(cmd.Context(), c, f); err != nil {
					return explainContentErr(c, src, err)
				}
				return nil
			})
			if err != nil {
				return contentError(err)
			}
			if asJSON {
				return jsonOut(a, carFile{File: out, Roots: []string{c.String()}})
			}
			fmt.Fprintf(a.stdout, "exported %s to %s\n", c, out)
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "the CAR file to write")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print {file, roots}")
	registerSourceFlags(cmd.Flags())
	return cmd
}

func (a *app) carImportCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "import FILE.car",
		Short: "Import a CAR file into the local store and pin its roots",
		Long: `Import a CARv1 or CARv2 file: every block is verified against its CID before
it is stored, each root's DAG must be complete, and only then are the roots
pinned. A truncated or incomplete CAR pins nothing (exit 16); a block that
does not match its CID refuses the import (exit 31).

` + exitCodesHelp,
		Example: `  dmlrun car import linreg.car`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if errors.Is(err, fs.ErrNotExist) {
				return withCode(ExitInvalidInput, fmt.Errorf("%s: no such file: give the path of a .car file", args[0]))
			}
			if err != nil {
				return withCode(ExitInvalidInput, fmt.Errorf("%v: give a readable .car file", err))
			}
			defer f.Close()
			st, err := a.openStore()
			if err != nil {
				return err
			}
			defer st.Close()
			roots, err := st.ImportCAR(cmd.Context(), f)
			if err != nil {
				return contentError(fmt.Errorf("%s: %w", args[0], err))
			}
			res := carFile{File: args[0], Roots: []string{}}
			for _, r := range roots {
				res.Roots = append(res.Roots, r.String())
			}
			if asJSON {
				return jsonOut(a, res)
			}
			for _, r := range res.Roots {
				fmt.Fprintf(a.stdout, "imported %s\n", r)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print {file, roots}")
	return cmd
}
