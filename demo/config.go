package demo

import (
	"fmt"
	"io"
	"strings"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/federated"
	"github.com/decentralized-ml/dml/internal/fashionmnist"
)

// Config sets up a demo run. The zero value of each field takes the default
// in its comment.
type Config struct {
	// StoreDir is the content store (default OutDir/home/ipfs; dmlrun passes
	// <home>/ipfs so that `dmlrun report` finds the report afterwards).
	StoreDir string
	// OutDir receives summary.json and a fresh work/ folder (device states,
	// compilation cache). Default build/demo.
	OutDir string
	// Module and Manifest are logreg's (default build/algorithms/logreg.wasm,
	// algorithms/logreg/manifest.yaml).
	Module, Manifest string
	// DataDir holds Fashion-MNIST (default Debian's); when it is missing the
	// demo says so and uses Synthetic data.
	DataDir   string
	Synthetic bool
	Rounds    int // default 5
	Devices   int // default 4
	// Strategy is fedavg (default), median, trimmed or krum.
	Strategy string
	// Byzantine is F, the attackers median, trimmed mean and Krum tolerate (default 1).
	Byzantine int
	Epochs    int     // local epochs per round, default 2
	LR        float64 // default 0.1
	Batch     int     // default 100
	// HomeShare is the chance a row goes to its class's home device (default 0.8).
	HomeShare float64
	// PerDevice caps each device's rows (0: all of its share).
	PerDevice   int
	ControlRows int // default 2000
	TestRows    int // 0: the whole test set
	// Parallel is how many devices run at once (default 2).
	Parallel int
	// MinAccuracy is the customer's accuracy requirement on the control shard.
	MinAccuracy float64
	// GasPrice is token wei per gas (default 1000).
	GasPrice int64
	// Tamper makes device i malicious: its deltas are replaced before it
	// signs (poisoning demonstrations).
	Tamper map[int]func([]abi.Tensor) []abi.Tensor
	// NoReport skips the report (tests that only need the rounds).
	NoReport bool
	// Log receives progress; nil discards.
	Log io.Writer
	// KeepChain leaves the chain running after Run, in Result.Chain and
	// Result.Client, for the caller to inspect; Result.Close stops it.
	// Default false: Run stops it.
	KeepChain bool
}

func (c Config) withDefaults() Config {
	def := func(p *int, v int) {
		if *p == 0 {
			*p = v
		}
	}
	def(&c.Rounds, 5)
	def(&c.Devices, 4)
	def(&c.Byzantine, 1)
	def(&c.Epochs, 2)
	def(&c.Batch, 100)
	def(&c.ControlRows, 2000)
	def(&c.Parallel, 2)
	if c.OutDir == "" {
		c.OutDir = "build/demo"
	}
	if c.Module == "" {
		c.Module = "build/algorithms/logreg.wasm"
	}
	if c.Manifest == "" {
		c.Manifest = "algorithms/logreg/manifest.yaml"
	}
	if c.DataDir == "" {
		c.DataDir = fashionmnist.DebianDir
	}
	if c.Strategy == "" {
		c.Strategy = "fedavg"
	}
	if c.LR == 0 {
		c.LR = 0.1
	}
	if c.HomeShare == 0 {
		c.HomeShare = 0.8
	}
	if c.GasPrice == 0 {
		c.GasPrice = 1000
	}
	if c.Log == nil {
		c.Log = io.Discard
	}
	return c
}

// ErrConfig marks a demo configuration that cannot run.
var ErrConfig = fmt.Errorf("demo config")

// Strategy maps a name to a federated aggregator tolerating f attackers.
func Strategy(name string, f int) (federated.Aggregator, error) {
	switch strings.ToLower(name) {
	case "fedavg":
		return federated.FedAvg{}, nil
	case "median":
		return federated.Median{F: f}, nil
	case "trimmed", "trimmed-mean":
		return federated.TrimmedMean{Beta: 0.25, F: f}, nil
	case "krum":
		return federated.Krum{F: f, M: 1}, nil
	}
	return nil, fmt.Errorf("%w: strategy %q: want fedavg, median, trimmed or krum", ErrConfig, name)
}
