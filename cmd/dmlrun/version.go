package main

import (
	"fmt"
	goruntime "runtime"
	"runtime/debug"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
)

// versionInfo is what `dmlrun version --json` prints.
type versionInfo struct {
	Dmlrun  string `json:"dmlrun"`
	Runtime string `json:"runtime"`
	ABI     int    `json:"abi_version"`
	Wazero  string `json:"wazero"`
	Go      string `json:"go"`
	OS      string `json:"os"`
	Arch    string `json:"arch"`
}

func currentVersion() versionInfo {
	v := versionInfo{Dmlrun: "(devel)", Runtime: engine.Version, ABI: abi.Version, Wazero: "unknown",
		Go: goruntime.Version(), OS: goruntime.GOOS, Arch: goruntime.GOARCH}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			v.Dmlrun = bi.Main.Version
		}
		for _, d := range bi.Deps {
			if d.Path == "github.com/tetratelabs/wazero" {
				v.Wazero = d.Version
				if d.Replace != nil {
					v.Wazero = d.Replace.Version
				}
			}
		}
	}
	return v
}

func (a *app) versionCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print the versions of dmlrun, the runtime, the ABI, wazero and Go",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v := currentVersion()
			if asJSON {
				return printJSON(a.stdout, v)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintf(tw, "dmlrun\t%s\nruntime\t%s\nabi\t%d\nwazero\t%s\ngo\t%s\nplatform\t%s/%s\n", v.Dmlrun, v.Runtime, v.ABI, v.Wazero, v.Go, v.OS, v.Arch)
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	return cmd
}
