package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/marketplace"
	"github.com/decentralized-ml/dml/marketplace/devnet"
)

// devnetAccounts are the named test accounts `dmlrun devnet` funds: a
// customer, an author, devices and verifiers.
var devnetAccounts = []struct{ name, role string }{
	{"alice", "customer"}, {"bob", "author"},
	{"dev1", "device"}, {"dev2", "device"}, {"dev3", "device"}, {"dev4", "device"},
	{"v1", "verifier"}, {"v2", "verifier"}, {"v3", "verifier"},
}

// devnetReport is what `dmlrun devnet --json` prints once the chain serves.
type devnetReport struct {
	RPC             string                `json:"rpc"`
	ChainID         uint64                `json:"chain_id"`
	DataDir         string                `json:"datadir"`
	Contracts       marketplace.Addresses `json:"contracts"`
	ChallengeWindow string                `json:"challenge_window"`
	Accounts        []devnetAccountReport `json:"accounts"`
}

type devnetAccountReport struct {
	Name   string `json:"name"`
	Role   string `json:"role"`
	Addr   string `json:"address"`
	Ether  string `json:"ether"`
	Tokens string `json:"dml"`
}

func (a *app) devnetCmd() *cobra.Command {
	var (
		dataDir, addr string
		window        time.Duration
		asJSON        bool
	)
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Serve a local chain with the marketplace contracts and funded test accounts",
		Long: `Serve a local Ethereum dev chain (go-ethereum's dev mode, in process) on
--addr, with the token, registry and escrow contracts deployed on first start
and these test accounts funded with 100 ether and 1,000,000 DML each:
alice (customer), bob (author), dev1…dev4 (devices), v1…v3 (verifiers).
Their keys are derived from their names: use them on the devnet only, as
--from NAME.

The chain and devnet.json (chain id, contract addresses, accounts) live in
--datadir and survive a restart; remove the directory to start afresh. A
block is sealed whenever a transaction arrives and at least every 2 seconds,
so chain time follows the clock. Serves until Ctrl-C.

` + chainExitCodesHelp,
		Example: `  dmlrun devnet
  dmlrun devnet --datadir /tmp/devnet --addr 127.0.0.1:9545 --challenge-window 10s`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dataDir == "" {
				dataDir = a.devnetDir()
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			names := make([]string, len(devnetAccounts))
			for i, acc := range devnetAccounts {
				names[i] = acc.name
			}
			d, err := devnet.Start(ctx, devnet.Config{DataDir: dataDir, Addr: addr, Accounts: names, ChallengeWindow: window})
			if err != nil {
				return chainExit(fmt.Errorf("%w: remove %s if it is damaged, or stop the other devnet", err, dataDir))
			}
			defer d.Close()
			rep, err := a.devnetReport(ctx, d, dataDir)
			if err != nil {
				return chainExit(err)
			}
			if asJSON {
				if err := jsonOut(a, rep); err != nil {
					return err
				}
			} else {
				a.printDevnet(rep)
			}
			<-ctx.Done()
			fmt.Fprintln(a.stderr, "dmlrun devnet: stopping; the chain is kept in", dataDir)
			if err := d.Close(); err != nil {
				return withCode(ExitInternal, fmt.Errorf("stop: %v", err))
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&dataDir, "datadir", "", "chain data directory (default chain.devnet, else <home>/devnet)")
	fl.StringVar(&addr, "addr", devnet.DefaultAddr, "host:port to serve JSON-RPC on (port 0: any free port)")
	fl.DurationVar(&window, "challenge-window", time.Minute, "escrow challenge window, fixed when the contracts are first deployed")
	fl.BoolVar(&asJSON, "json", false, "print {rpc, chain_id, contracts, accounts, …} as one JSON object once serving")
	return cmd
}

func (a *app) devnetReport(ctx context.Context, d *devnet.Devnet, dataDir string) (*devnetReport, error) {
	c, err := d.Client(ctx)
	if err != nil {
		return nil, err
	}
	rep := &devnetReport{RPC: d.URL, ChainID: d.State.ChainID, DataDir: dataDir, Contracts: d.State.Addresses}
	if w, err := challengeWindow(ctx, c); err == nil {
		rep.ChallengeWindow = w.String()
	}
	for _, acc := range devnetAccounts {
		da, ok := d.Account(acc.name)
		if !ok {
			continue
		}
		eth, err := c.EtherBalance(ctx, da.Address)
		if err != nil {
			return nil, err
		}
		tok, err := c.TokenBalance(ctx, da.Address)
		if err != nil {
			return nil, err
		}
		rep.Accounts = append(rep.Accounts, devnetAccountReport{Name: acc.name, Role: acc.role, Addr: da.Address.Hex(), Ether: formatUnits(eth), Tokens: formatUnits(tok)})
	}
	return rep, nil
}

// challengeWindow is the escrow's window, measured as a receipt would see it.
func challengeWindow(ctx context.Context, c *marketplace.Client) (time.Duration, error) {
	at, err := c.SettleableAt(ctx, &marketplace.ReceiptRecord{})
	if err != nil {
		return 0, err
	}
	return time.Duration(at.Unix()) * time.Second, nil
}

func (a *app) printDevnet(r *devnetReport) {
	w := a.stdout
	fmt.Fprintf(w, "devnet serving JSON-RPC at %s (chain id %d)\n", r.RPC, r.ChainID)
	fmt.Fprintf(w, "data dir  %s\n", r.DataDir)
	fmt.Fprintf(w, "token     %s\nregistry  %s\nescrow    %s\n", r.Contracts.Token.Hex(), r.Contracts.Registry.Hex(), r.Contracts.Escrow.Hex())
	fmt.Fprintf(w, "challenge window %s\n\n", r.ChallengeWindow)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ACCOUNT\tROLE\tADDRESS\tETHER\tDML")
	for _, acc := range r.Accounts {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", acc.Name, acc.Role, acc.Addr, acc.Ether, acc.Tokens)
	}
	tw.Flush()
	if r.RPC != DefaultChainRPC {
		fmt.Fprintf(w, "\nIn another shell: export DMLRUN_CHAIN_RPC=%s\n", r.RPC)
	}
	fmt.Fprintln(w, "\nUse the accounts with --from NAME. Ctrl-C stops the devnet; its state is kept.")
}
