package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/demo"
)

// demoCmd runs the whole federated job in one process (make demo).
func (a *app) demoCmd() *cobra.Command {
	var cfg demo.Config
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Train logreg over 4 devices' private Fashion-MNIST shards for 5 rounds, on an in-process chain",
		Long: `demo runs a federated job end to end in one process, on the embedded defaults:
an in-process chain with the marketplace contracts, the content store in
<home>/ipfs, logreg published as a listing, one job per round, devices that
each hold a non-IID share of Fashion-MNIST (Debian's dataset-fashion-mnist;
synthetic data, with a warning, when it is missing) and run through the metered
runtime, an aggregator that checks every receipt, aggregates, validates on a
public control shard and publishes each accepted model, settlement, and a
report published to the content store.

It prints a summary and writes OUT/summary.json, OUT/index.html,
OUT/accuracy_loss.png and OUT/report.json. Run it from the repository root
after ` + "`make`" + ` (it reads build/algorithms/logreg.wasm and
algorithms/logreg/manifest.yaml).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			cfg.StoreDir = filepath.Join(a.home(), "ipfs")
			cfg.Log = a.stderr
			res, path, err := demo.RunAndWrite(ctx, cfg)
			if err != nil {
				switch {
				case errors.Is(err, demo.ErrConfig):
					return withCode(ExitUsage, err)
				case ctx.Err() != nil:
					return withCode(ExitInternal, fmt.Errorf("interrupted: %w", err))
				}
				return withCode(ExitInternal, err)
			}
			res.Summary.Print(a.stdout)
			fmt.Fprintf(a.stdout, "summary: %s\n", path)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.OutDir, "out", "build/demo", "directory for summary.json, the report files and the devices' work state")
	f.StringVar(&cfg.Module, "module", "build/algorithms/logreg.wasm", "logreg module (make algorithms builds it)")
	f.StringVar(&cfg.Manifest, "manifest", "algorithms/logreg/manifest.yaml", "logreg's manifest")
	f.StringVar(&cfg.DataDir, "data", "/usr/share/datasets/fashion-mnist", "Fashion-MNIST IDX files")
	f.BoolVar(&cfg.Synthetic, "synthetic", false, "use the labelled synthetic data set even when Fashion-MNIST is installed")
	f.IntVar(&cfg.Rounds, "rounds", 5, "federated rounds (one job each)")
	f.IntVar(&cfg.Devices, "devices", 4, "devices, each with its own non-IID shard")
	f.StringVar(&cfg.Strategy, "strategy", "fedavg", "aggregation: fedavg, median, trimmed or krum (krum needs ≥ 5 devices)")
	f.IntVar(&cfg.Byzantine, "byzantine", 1, "attackers the robust strategies tolerate")
	f.IntVar(&cfg.Epochs, "epochs", 2, "local epochs per round")
	f.Float64Var(&cfg.LR, "lr", 0.1, "learning rate")
	f.IntVar(&cfg.Batch, "batch", 100, "mini-batch size")
	f.Float64Var(&cfg.HomeShare, "home-share", 0.8, "chance a row lives on its class's home device (1/devices is IID)")
	f.IntVar(&cfg.PerDevice, "per-device", 0, "cap on each device's rows (0: its whole share)")
	f.IntVar(&cfg.ControlRows, "control", 2000, "training rows held back as the public control shard")
	f.IntVar(&cfg.TestRows, "test-rows", 0, "test rows to score the final model on (0: all 10,000)")
	f.IntVar(&cfg.Parallel, "parallel", 2, "devices running at once")
	f.Float64Var(&cfg.MinAccuracy, "min-accuracy", 0, "the customer's accuracy requirement on the control shard")
	f.Int64Var(&cfg.GasPrice, "gas-price", 1000, "token wei per gas")
	return cmd
}
