package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/decentralized-ml/dml/marketplace"
	"github.com/decentralized-ml/dml/marketplace/devnet"
)

// DefaultChainRPC is where dmlrun looks for a chain when chain.rpc is unset:
// the JSON-RPC endpoint `dmlrun devnet` serves.
const DefaultChainRPC = "http://" + devnet.DefaultAddr

// chainHelp documents the chain settings in the help of chain commands.
const chainHelp = `The chain is chain.rpc in ` + ConfigFile + ` (or DMLRUN_CHAIN_RPC, or --rpc;
default ` + DefaultChainRPC + `, where ` + "`dmlrun devnet`" + ` serves). The contract
addresses are chain.contracts.token, .registry and .escrow in ` + ConfigFile + `;
unset, they are read from the devnet's devnet.json (chain.devnet, default
<home>/devnet) when the chain is that devnet.`

// registerChainFlags adds --rpc to a command that talks to the chain.
func registerChainFlags(fs *pflag.FlagSet) {
	fs.String("rpc", "", "chain JSON-RPC URL (default chain.rpc, else "+DefaultChainRPC+")")
}

// chainConn is an open connection to the marketplace contracts.
type chainConn struct {
	*marketplace.Client
	ec  *ethclient.Client
	url string
	// dev is the devnet state when the chain is the local devnet, else nil.
	dev *devnet.State
}

func (c *chainConn) Close() { c.ec.Close() }

// rpcURL is the chain endpoint: --rpc, then chain.rpc (config, env), then
// the devnet default.
func (a *app) rpcURL(cmd *cobra.Command) string {
	if f := cmd.Flags().Lookup("rpc"); f != nil && f.Changed {
		return f.Value.String()
	}
	if u := a.cfg.GetString("chain.rpc"); u != "" {
		return u
	}
	return DefaultChainRPC
}

// devnetDir is where `dmlrun devnet` keeps its chain by default.
func (a *app) devnetDir() string {
	if d := a.cfg.GetString("chain.devnet"); d != "" {
		return d
	}
	return filepath.Join(a.home(), "devnet")
}

// connect dials the chain and binds the marketplace contracts.
func (a *app) connect(cmd *cobra.Command) (*chainConn, error) {
	ctx := cmd.Context()
	url := a.rpcURL(cmd)
	ec, err := marketplace.Dial(ctx, url)
	if err != nil {
		return nil, chainExit(fmt.Errorf("chain %s: %w: is `dmlrun devnet` running? (or set chain.rpc / --rpc)", url, marketplace.ErrChainUnreachable))
	}
	conn := &chainConn{ec: ec, url: url}
	addrs, err := a.contracts(ctx, conn)
	if err != nil {
		ec.Close()
		return nil, err
	}
	if conn.Client, err = marketplace.Connect(ctx, ec, addrs); err != nil {
		ec.Close()
		return nil, chainExit(err)
	}
	return conn, nil
}

// contracts finds the contract addresses: from the config, else from the
// devnet state when the chain is the devnet (same chain id and contracts).
func (a *app) contracts(ctx context.Context, conn *chainConn) (marketplace.Addresses, error) {
	st, _ := readDevnetState(a.devnetDir())
	id, err := conn.ec.ChainID(ctx)
	if err != nil {
		return marketplace.Addresses{}, chainExit(fmt.Errorf("chain %s: %w: %v", conn.url, marketplace.ErrChainUnreachable, err))
	}
	if st != nil && st.ChainID == id.Uint64() {
		if code, err := conn.ec.CodeAt(ctx, st.Addresses.Escrow, nil); err == nil && len(code) > 0 {
			conn.dev = st
		}
	}
	keys := []string{"chain.contracts.token", "chain.contracts.registry", "chain.contracts.escrow"}
	var set []string
	for _, k := range keys {
		if a.cfg.GetString(k) != "" {
			set = append(set, k)
		}
	}
	switch {
	case len(set) == len(keys):
		var out [3]common.Address
		for i, k := range keys {
			v := a.cfg.GetString(k)
			if !common.IsHexAddress(v) {
				return marketplace.Addresses{}, withCode(ExitUsage, fmt.Errorf("%s %q is not an address: fix %s", k, v, ConfigFile))
			}
			out[i] = common.HexToAddress(v)
		}
		return marketplace.Addresses{Token: out[0], Registry: out[1], Escrow: out[2]}, nil
	case len(set) > 0:
		return marketplace.Addresses{}, withCode(ExitUsage, fmt.Errorf("%s sets %s but not all of %s: set all three", ConfigFile, strings.Join(set, ", "), strings.Join(keys, ", ")))
	case conn.dev != nil:
		return conn.dev.Addresses, nil
	}
	return marketplace.Addresses{}, chainExit(fmt.Errorf("%w: no contract addresses for chain %s (id %s): set chain.contracts.token, .registry and .escrow in %s, or start `dmlrun devnet`", marketplace.ErrNotDeployed, conn.url, id, ConfigFile))
}

// readDevnetState reads <dir>/devnet.json, which `dmlrun devnet` writes;
// nil when there is none.
func readDevnetState(dir string) (*devnet.State, error) {
	data, err := os.ReadFile(filepath.Join(dir, "devnet.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var st devnet.State
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, fmt.Errorf("%s: %v: remove the devnet directory to start afresh", filepath.Join(dir, "devnet.json"), err)
	}
	return &st, nil
}
