package main

import (
	"fmt"
	"net/http"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/decentralized-ml/dml/ipfs"
)

// Config keys of content retrieval. In dmlrun.yaml:
//
//	ipfs:
//	  gateways: [https://trustless-gateway.link]
//	  api: http://127.0.0.1:5001
//
// or DMLRUN_IPFS_GATEWAYS (comma-separated) and DMLRUN_IPFS_API.
const (
	cfgGateways = "ipfs.gateways"
	cfgAPI      = "ipfs.api"
)

// storeDir is where the local content store lives under the home.
func storeDir(home string) string { return filepath.Join(home, "ipfs") }

// openStore opens the local content store under the dmlrun home.
func (a *app) openStore() (*ipfs.Store, error) {
	st, err := ipfs.Open(storeDir(a.home()))
	if err != nil {
		return nil, withCode(ExitInternal, fmt.Errorf("open the content store: %v: check that the dmlrun home %s is writable", err, a.home()))
	}
	return st, nil
}

// sources are where content missing from the local store is looked for:
// trustless gateways first, in order, then a Kubo node's RPC API.
type sources struct {
	gateways []string
	api      string
	// client counts the bytes received, for the progress bar.
	client *http.Client
}

func (s sources) none() bool { return len(s.gateways) == 0 && s.api == "" }

// registerSourceFlags adds --gateway and --api to a command that may fetch.
func registerSourceFlags(fs *pflag.FlagSet) {
	fs.StringArray("gateway", nil, "trustless IPFS gateway URL for content not in the local store; repeat to try several in order (default: ipfs.gateways of "+ConfigFile+", DMLRUN_IPFS_GATEWAYS)")
	fs.String("api", "", "Kubo RPC API URL (http://127.0.0.1:5001), tried after the gateways (default: ipfs.api of "+ConfigFile+", DMLRUN_IPFS_API)")
}

// sources reads the content sources: flags, else environment, else config.
func (a *app) sources(cmd *cobra.Command) (sources, error) {
	var s sources
	if f := cmd.Flags().Lookup("gateway"); f != nil && f.Changed {
		s.gateways, _ = cmd.Flags().GetStringArray("gateway")
	} else {
		s.gateways = stringList(a.cfg.Get(cfgGateways))
	}
	if f := cmd.Flags().Lookup("api"); f != nil && f.Changed {
		s.api, _ = cmd.Flags().GetString("api")
	} else {
		s.api = strings.TrimSpace(a.cfg.GetString(cfgAPI))
	}
	for _, g := range s.gateways {
		if !strings.HasPrefix(g, "http://") && !strings.HasPrefix(g, "https://") {
			return s, withCode(ExitUsage, fmt.Errorf("gateway %q is not an http(s) URL: use a form like https://host or http://127.0.0.1:8080", g))
		}
	}
	if s.api != "" && !strings.HasPrefix(s.api, "http://") && !strings.HasPrefix(s.api, "https://") {
		return s, withCode(ExitUsage, fmt.Errorf("the Kubo API %q is not an http(s) URL: use a form like http://127.0.0.1:5001", s.api))
	}
	return s, nil
}

// stringList reads a config value that is a YAML list or a comma-separated
// string (as environment variables give it).
func stringList(v any) []string {
	var parts []string
	switch v := v.(type) {
	case string:
		parts = strings.Split(v, ",")
	case []string:
		parts = v
	case []any:
		for _, e := range v {
			parts = append(parts, fmt.Sprint(e))
		}
	}
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
