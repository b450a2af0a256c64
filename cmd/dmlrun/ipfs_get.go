package main

import (
	"errors"
	"os"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/internal/atomicfile"
)

// got is what `dmlrun get --json` prints.
type got struct {
	CID  string `json:"cid"`
	File string `json:"file"`
	Size int64  `json:"size"`
}

func (a *app) getCmd() *cobra.Command {
	var (
		out    string
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "get CID",
		Short: "Write the file under a CID to stdout or -o FILE",
		Long: `Write the file under a CID, every block verified against its CID. Content
missing from the local store is fetched from the gateways of --gateway or
ipfs.gateways in ` + ConfigFile + ` (DMLRUN_IPFS_GATEWAYS, comma-separated), tried in
order, then from the Kubo API of --api or ipfs.api; it is verified before it
is stored, and pinned, so the next get is offline. -o writes the file
atomically: on any failure FILE is left as it was.

` + exitCodesHelp,
		Example: `  dmlrun get bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4
  dmlrun get bafybei... -o linreg.wasm --gateway https://trustless-gateway.link`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := parseCIDArg(args[0])
			if err != nil {
				return err
			}
			if asJSON && out == "" {
				return withCode(ExitUsage, errors.New("--json needs -o FILE: the file's bytes would share stdout with the JSON"))
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
			if out == "" {
				err = copyCID(cmd.Context(), st, c, src, a.stdout)
				bar.Finish()
				return contentError(err)
			}
			var size int64
			err = atomicfile.WriteFunc(out, 0o644, func(f *os.File) error {
				if err := copyCID(cmd.Context(), st, c, src, f); err != nil {
					return err
				}
				fi, err := f.Stat()
				if err == nil {
					size = fi.Size()
				}
				return err
			})
			bar.Finish()
			if err != nil {
				return contentError(err)
			}
			if asJSON {
				return jsonOut(a, got{CID: c.String(), File: out, Size: size})
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&out, "output", "o", "", "write the file here (atomically) instead of stdout")
	fl.BoolVar(&asJSON, "json", false, "print {cid, file, size} as one JSON object (needs -o)")
	registerSourceFlags(fl)
	return cmd
}
