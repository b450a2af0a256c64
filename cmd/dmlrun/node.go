package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/ipfs"
	"github.com/decentralized-ml/dml/node"
)

// CrashAfterEnv is a test hook, not a feature: set to claimed, ran or
// submitted, it makes `dmlrun node` exit with code 137 (as if killed)
// right after persisting that step. The kill-and-restart test uses it.
const CrashAfterEnv = "DMLRUN_NODE_CRASH_AFTER"

func (a *app) nodeCmd() *cobra.Command {
	var (
		once          bool
		poll          time.Duration
		outbox, state string
	)
	cmd := &cobra.Command{
		Use:   "node --from DEVICE",
		Short: "Run a device: take open jobs, run them on local data, submit, get paid",
		Long: `dmlrun node watches the chain for open jobs its policy admits, and for each
one claims a slot, fetches the module by CID (verified), runs it on the
device's own files, signs the receipt, seals the outputs to the customer,
submits, and hands the weight deltas to the job's aggregator (--outbox).
Once a receipt's challenge window has passed it settles it: the device is
paid gas used × gas price.

The policy is the node: section of ` + ConfigFile + `:

  node:
    listings: [0x…]        # only these listing ids (empty: any)
    authors: [0x…]         # only listings by these authors (empty: any)
    min_gas_price: 2       # token units per gas
    max_concurrent: 1      # runs at once
    idle_only: true        # take new jobs only while the 1-minute load
    max_load: 1.5          #   average is at most this (default 1.0)
    datasets:              # per algorithm name or listing id: input → file
      linreg: {X: /data/X.csv, y: /data/y.csv}

A job whose inputs the device does not hold is skipped, and the log says
why. Progress is kept in <home>/node/state.json (--state), written atomically after
every step: a node killed at any point resumes where it stopped, and never
claims, submits or gets paid twice. Ctrl-C (SIGINT or SIGTERM) stops at the
next saved step and exits 0. --once does one pass and exits (cron, tests).

` + accountHelp + "\n\n" + chainHelp + "\n\n" + chainExitCodesHelp,
		Example: `  dmlrun node --from dev1
  dmlrun node --from 0x… --passphrase-file pass.txt --once`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			d, closeAll, err := a.newDaemon(cmd, state, outbox)
			if err != nil {
				return err
			}
			defer closeAll()
			if !once {
				return d.Run(ctx, poll)
			}
			if _, err := d.Pass(ctx); err != nil && ctx.Err() == nil {
				return chainExit(err)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&once, "once", false, "do one pass over the open jobs, then exit")
	fl.DurationVar(&poll, "poll", 2*time.Second, "how often to look for jobs")
	fl.StringVar(&state, "state", "", "state directory, one per device (default node.state, else <home>/node)")
	fl.StringVar(&outbox, "outbox", "", "directory the updates for aggregators are written to (default node.outbox, else STATE/outbox)")
	registerFromFlags(fl, "device")
	registerChainFlags(fl)
	registerSourceFlags(fl)
	return cmd
}

// newDaemon opens everything the daemon needs; closeAll releases it.
func (a *app) newDaemon(cmd *cobra.Command, dir, outbox string) (*node.Daemon, func(), error) {
	ctx := cmd.Context()
	var closers []func()
	closeAll := func() {
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i]()
		}
	}
	fail := func(err error) (*node.Daemon, func(), error) { closeAll(); return nil, nil, err }

	policy := node.Policy{MaxConcurrent: 1, MaxLoad: node.DefaultMaxLoad}
	if a.configUsed != "" {
		var err error
		if policy, err = node.ReadPolicy(a.configUsed); err != nil {
			return fail(withCode(ExitUsage, err))
		}
	}
	src, err := a.sources(cmd)
	if err != nil {
		return fail(err)
	}
	conn, err := a.connect(cmd)
	if err != nil {
		return fail(err)
	}
	closers = append(closers, conn.Close)
	device, err := a.signer(cmd, conn)
	if err != nil {
		return fail(err)
	}
	if dir == "" {
		if dir = a.cfg.GetString("node.state"); dir == "" {
			dir = filepath.Join(a.home(), "node")
		}
	}
	state, err := node.OpenState(dir)
	if err != nil {
		return fail(withCode(ExitInternal, err))
	}
	st, err := a.openStore()
	if err != nil {
		return fail(err)
	}
	closers = append(closers, func() { st.Close() })
	engine, err := engine.New(ctx, a.engineConfig())
	if err != nil {
		return fail(withCode(ExitInternal, err))
	}
	closers = append(closers, func() { engine.Close(context.Background()) })
	if outbox == "" {
		if outbox = a.cfg.GetString("node.outbox"); outbox == "" {
			outbox = filepath.Join(dir, "outbox")
		}
	}
	keys := node.PosterKeys{Chain: conn.ec, ChainID: conn.ChainID(), Escrow: conn.Addresses().Escrow}
	d := &node.Daemon{
		Signer: device, Chain: conn.Client, Content: fetchingContent{st: st, src: src}, Engine: engine, State: state,
		Policy: policy, Deliver: node.Outbox{Dir: outbox}.Deliver, Log: a.stderr,
		CustomerKey: keys.Key,
		Jobs:        func(ctx context.Context) ([]common.Hash, error) { return jobIDs(ctx, conn.Client) },
	}
	if step := os.Getenv(CrashAfterEnv); step != "" {
		d.AfterStep = func(_ common.Hash, s node.Step) {
			if string(s) == step {
				fmt.Fprintf(a.stderr, "%s=%s: exiting with 137 as if killed\n", CrashAfterEnv, step)
				os.Exit(137)
			}
		}
	}
	return d, closeAll, nil
}

// fetchingContent is the node's content: the local store, filled from the
// configured gateways or Kubo API when a CID is missing; every block is
// verified against its CID.
type fetchingContent struct {
	st  *ipfs.Store
	src sources
}

func (c fetchingContent) Put(ctx context.Context, data []byte) (string, error) {
	return node.StoreContent{Store: c.st}.Put(ctx, data)
}

func (c fetchingContent) Fetch(ctx context.Context, s string) ([]byte, error) {
	id, err := ipfs.ParseCID(s)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", s, err)
	}
	if err := fetchMissing(ctx, c.st, id, c.src); err != nil {
		return nil, explainContentErr(id, c.src, err)
	}
	return node.StoreContent{Store: c.st}.Fetch(ctx, s)
}
