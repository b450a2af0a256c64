package main

import (
	"errors"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/engine"
)

func (a *app) inspectCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "inspect MODULE",
		Short: "Show a module's imports, exports, ABI version and whether it would load",
		Long: `Show a module's size, sha256, ABI version, imports (each allowed or refused)
and exports, and the verdict: whether dmlrun would load it. Exits 0 when the
module would load, 15 when it would be refused, 16 when the file is missing.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			module, err := readModule(args[0])
			if err != nil {
				return withCode(ExitInvalidInput, err)
			}
			e, err := a.engine(cmd, engine.Compiler)
			if err != nil {
				return err
			}
			defer e.Close(cmd.Context())
			ins, err := e.Inspect(cmd.Context(), module)
			if err != nil {
				return withCode(ExitInternal, err)
			}
			if asJSON {
				if err := printJSON(a.stdout, ins); err != nil {
					return withCode(ExitInternal, err)
				}
			} else {
				printInspection(a, ins)
			}
			if !ins.Loadable {
				fmt.Fprintf(a.stderr, "dmlrun inspect: %s would be refused: %s\n", args[0], ins.Problem)
				return silent(ExitInvalidModule, errors.New(ins.Problem))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the inspection as one JSON object on stdout")
	return cmd
}

func printInspection(a *app, ins *engine.Inspection) {
	tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "size\t%d bytes\n", ins.Size)
	fmt.Fprintf(tw, "sha256\t%s\n", ins.SHA256)
	fmt.Fprintf(tw, "abi version\t%d\n", ins.ABIVersion)
	for _, im := range ins.Imports {
		verdict := "allowed"
		if !im.Allowed {
			verdict = "REFUSED"
		}
		fmt.Fprintf(tw, "import\t%s.%s\t%s %s\t%s\n", im.Module, im.Name, im.Kind, im.Signature, verdict)
	}
	for _, ex := range ins.Exports {
		fmt.Fprintf(tw, "export\t%s\t%s %s\n", ex.Name, ex.Kind, ex.Signature)
	}
	if ins.Loadable {
		fmt.Fprintf(tw, "verdict\tloadable\n")
	} else {
		fmt.Fprintf(tw, "verdict\trefused: %s\n", ins.Problem)
	}
	tw.Flush()
}
