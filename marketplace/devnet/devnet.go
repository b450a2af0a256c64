// Package devnet runs the embedded default chain of dmlrun: an in-process
// go-ethereum dev node (the engine of `geth --dev`, mining a block whenever
// a transaction arrives) that serves JSON-RPC on 127.0.0.1, keeps its state
// in a data directory across restarts, and has the marketplace contracts
// deployed and a few named accounts funded with ether and tokens.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/decentralized-ml/dml/marketplace"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
)

// DefaultAddr is where the devnet serves JSON-RPC.
const DefaultAddr = "127.0.0.1:8545"

// ErrConfig is returned for a configuration the devnet cannot start with.
var ErrConfig = errors.New("devnet config")

// Config sets up a devnet.
type Config struct {
	// DataDir holds the chain and devnet.json; required.
	DataDir string
	// Addr is host:port for JSON-RPC over HTTP. Default DefaultAddr; port 0
	// picks a free port (see Devnet.URL).
	Addr string
	// Accounts are the names of funded test accounts. Default alice, bob,
	// carol, dave. Names added on a later start are funded then.
	Accounts []string
	// Ether per account, for fees. Default 100 ether.
	Ether *big.Int
	// Tokens per account. Default 1,000,000 tokens (18 decimals).
	Tokens *big.Int
	// ChallengeWindow of the escrow, fixed at the first start. Default 60s.
	ChallengeWindow time.Duration
}

// Account is a funded devnet account. Its key is derived from its name, so
// it is the same on every machine: never use it on a real chain.
type Account struct {
	Name    string            `json:"name"`
	Address common.Address    `json:"address"`
	Key     *ecdsa.PrivateKey `json:"-"`
}

// State is what devnet.json keeps beside the chain.
type State struct {
	ChainID   uint64                `json:"chain_id"`
	Addresses marketplace.Addresses `json:"addresses"`
	Accounts  []string              `json:"accounts"`
}

// Devnet is a running devnet.
type Devnet struct {
	URL       string
	State     State
	Accounts  []Account
	Deployer  Account
	dir       string
	stack     *node.Node
	ethClient *ethclient.Client
	stopClock context.CancelFunc
	clockDone chan struct{}
}

// AccountKey is the deterministic key of a named devnet account.
func AccountKey(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("dml devnet account " + name)))
	if err != nil {
		panic(err) // a keccak output is a valid key with overwhelming probability
	}
	return k
}

func account(name string) Account {
	k := AccountKey(name)
	return Account{Name: name, Address: crypto.PubkeyToAddress(k.PublicKey), Key: k}
}

const (
	deployerName = "deployer"
	clockName    = "clock"
)

// ClockInterval is how stale the latest block may get before the devnet
// seals one. Blocks are made when transactions arrive; without this, chain
// time (which deadlines and challenge windows are measured by) would stand
// still while nobody sends anything.
const ClockInterval = 2 * time.Second

// Start runs the devnet: it opens (or creates) the chain in cfg.DataDir,
// serves JSON-RPC, deploys the contracts on first start (and the checkpoint
// registry on the first start that lacks it) and funds accounts not funded
// before.
func Start(ctx context.Context, cfg Config) (*Devnet, error) {
	if cfg.DataDir == "" {
		return nil, fmt.Errorf("%w: DataDir is empty: give the devnet a directory", ErrConfig)
	}
	if cfg.Addr == "" {
		cfg.Addr = DefaultAddr
	}
	if len(cfg.Accounts) == 0 {
		cfg.Accounts = []string{"alice", "bob", "carol", "dave"}
	}
	if cfg.Ether == nil {
		cfg.Ether = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	}
	if cfg.Tokens == nil {
		cfg.Tokens = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	}
	if cfg.ChallengeWindow == 0 {
		cfg.ChallengeWindow = time.Minute
	}
	host, portStr, err := net.SplitHostPort(cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("%w: address %q: %v: use host:port", ErrConfig, cfg.Addr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, fmt.Errorf("%w: port %q: %v", ErrConfig, portStr, err)
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("devnet data dir: %w", err)
	}

	d := &Devnet{Deployer: account(deployerName), dir: cfg.DataDir}
	if err := d.startNode(cfg.DataDir, host, port); err != nil {
		return nil, err
	}
	if err := d.setUp(ctx, cfg); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

func (d *Devnet) startNode(dataDir, host string, port int) error {
	nodeCfg := node.DefaultConfig
	nodeCfg.Name = "dml-devnet"
	nodeCfg.DataDir = filepath.Join(dataDir, "chain")
	nodeCfg.IPCPath = ""
	nodeCfg.HTTPHost = host
	nodeCfg.HTTPPort = port
	nodeCfg.HTTPModules = []string{"eth", "net", "web3"}
	nodeCfg.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
	nodeCfg.AuthPort = 0
	nodeCfg.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	stack, err := node.New(&nodeCfg)
	if err != nil {
		return fmt.Errorf("devnet: %w (is another devnet using %s?)", err, dataDir)
	}
	faucet := d.Deployer.Address
	ethCfg := ethconfig.Defaults
	ethCfg.Genesis = core.DeveloperGenesisBlock(ethconfig.Defaults.Miner.GasCeil, &faucet)
	ethCfg.Genesis.Alloc[account(clockName).Address] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	ethCfg.NetworkId = ethCfg.Genesis.Config.ChainID.Uint64()
	ethCfg.SyncMode = ethconfig.FullSync
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		stack.Close()
		return fmt.Errorf("devnet chain in %s: %w", dataDir, err)
	}
	// eth_getLogs and friends: dmlrun finds listings, jobs and receipts by
	// their events.
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize: ethCfg.FilterLogCacheSize, LogQueryLimit: ethCfg.LogQueryLimit, RangeLimit: ethCfg.RangeLimit,
	}))}})
	beacon, err := catalyst.NewSimulatedBeacon(0, faucet, backend)
	if err != nil {
		stack.Close()
		return fmt.Errorf("devnet block producer: %w", err)
	}
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		stack.Close()
		return fmt.Errorf("devnet: serve JSON-RPC on %s:%d: %w: stop what uses the port or pick another address", host, port, err)
	}
	d.stack = stack
	d.URL = stack.HTTPEndpoint()
	d.ethClient = ethclient.NewClient(stack.Attach())
	return nil
}

func (d *Devnet) statePath() string {
	return filepath.Join(d.dir, "devnet.json")
}

func (d *Devnet) setUp(ctx context.Context, cfg Config) error {
	deployer := marketplace.NewSigner(d.Deployer.Key)
	st, err := readState(d.statePath())
	if err != nil {
		return err
	}
	var c *marketplace.Client
	if st == nil {
		c, _, err = marketplace.Deploy(ctx, d.ethClient, deployer, marketplace.DeployConfig{ChallengeWindow: cfg.ChallengeWindow})
		if err != nil {
			return fmt.Errorf("devnet: %w", err)
		}
		id, _ := d.ethClient.ChainID(ctx)
		st = &State{ChainID: id.Uint64(), Addresses: c.Addresses()}
		if err := writeState(d.statePath(), st); err != nil {
			return err
		}
	} else if c, err = marketplace.Connect(ctx, d.ethClient, st.Addresses); err != nil {
		return fmt.Errorf("devnet: %s records contracts the chain does not have (%w): remove %s to start afresh", d.statePath(), err, d.dir)
	}
	if st.Addresses.Checkpoints == (common.Address{}) {
		// A devnet made before the checkpoint registry existed gets one.
		if c, _, err = c.DeployCheckpoints(ctx, deployer); err != nil {
			return fmt.Errorf("devnet: %w", err)
		}
		st.Addresses = c.Addresses()
		if err := writeState(d.statePath(), st); err != nil {
			return err
		}
	}
	funded := make(map[string]bool, len(st.Accounts))
	for _, n := range st.Accounts {
		funded[n] = true
	}
	for _, name := range cfg.Accounts {
		a := account(name)
		d.Accounts = append(d.Accounts, a)
		if funded[name] {
			continue
		}
		if _, err := c.SendEther(ctx, deployer, a.Address, cfg.Ether); err != nil {
			return fmt.Errorf("devnet: fund %s: %w", name, err)
		}
		if _, err := c.Mint(ctx, deployer, a.Address, cfg.Tokens); err != nil {
			return fmt.Errorf("devnet: fund %s: %w", name, err)
		}
		st.Accounts = append(st.Accounts, name)
		if err := writeState(d.statePath(), st); err != nil {
			return err
		}
	}
	d.State = *st
	d.startClock(c)
	return nil
}

// startClock seals a block (with an empty transfer by the clock account)
// whenever the latest block is older than ClockInterval.
func (d *Devnet) startClock(c *marketplace.Client) {
	ctx, cancel := context.WithCancel(context.Background())
	d.stopClock, d.clockDone = cancel, make(chan struct{})
	clock := marketplace.NewSigner(account(clockName).Key)
	go func() {
		defer close(d.clockDone)
		t := time.NewTicker(ClockInterval / 4)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			now, err := c.ChainTime(ctx)
			if err != nil || time.Since(now) < ClockInterval {
				continue
			}
			c.SendEther(ctx, clock, clock.Address, new(big.Int)) // a failed tick is retried on the next
		}
	}()
}

// Client returns a marketplace client on the devnet, in process.
func (d *Devnet) Client(ctx context.Context) (*marketplace.Client, error) {
	return marketplace.Connect(ctx, d.ethClient, d.State.Addresses)
}

// Account returns the named account (false if the devnet has none).
func (d *Devnet) Account(name string) (Account, bool) {
	for _, a := range d.Accounts {
		if a.Name == name {
			return a, true
		}
	}
	return Account{}, false
}

// Close stops the node and writes its state to disk.
func (d *Devnet) Close() error {
	if d.stopClock != nil {
		d.stopClock()
		<-d.clockDone
	}
	if d.ethClient != nil {
		d.ethClient.Close()
	}
	if d.stack != nil {
		return d.stack.Close()
	}
	return nil
}

func readState(path string) (*State, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("devnet state: %w", err)
	}
	var st State
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, fmt.Errorf("devnet state %s: %w: remove the devnet directory to start afresh", path, err)
	}
	return &st, nil
}

// writeState replaces the state file atomically.
func writeState(path string, st *State) error {
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(data, '\n'), 0o600); err != nil {
		return fmt.Errorf("devnet state: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("devnet state: %w", err)
	}
	return nil
}
