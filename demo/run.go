package demo

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/engine"
	"github.com/decentralized-ml/dml/federated"
	"github.com/decentralized-ml/dml/ipfs"
	"github.com/decentralized-ml/dml/manifest"
	"github.com/decentralized-ml/dml/marketplace"
	"github.com/decentralized-ml/dml/node"
	"github.com/decentralized-ml/dml/report"
	"github.com/ethereum/go-ethereum/common"
)

// ErrUnbalanced marks an escrow whose deposits differ from what it paid
// and refunded: a bug in settlement, never expected.
var ErrUnbalanced = errors.New("escrow does not balance")

// ErrModule marks a missing or unreadable module or manifest.
var ErrModule = errors.New("demo module")

// Result is a finished demo: the summary, the report, and what the privacy
// check scans (the store's directory, every transaction's input, every
// message the devices sent) with the data the devices held.
type Result struct {
	Summary  *Summary
	Report   *report.Report
	Data     *Data
	StoreDir string
	TxInputs [][]byte
	Messages [][]byte
	// Rounds are the aggregator's records.
	Rounds []federated.Round
	// Jobs are the demo's jobs, one per round; Approvers their verifiers.
	Jobs      []common.Hash
	Approvers []*marketplace.Signer
	// Chain and Client stay usable after Run with Config.KeepChain (nil
	// otherwise).
	Chain  *Chain
	Client *marketplace.Client
}

// Close stops the chain kept with Config.KeepChain.
func (r *Result) Close() error {
	if r.Chain == nil {
		return nil
	}
	return r.Chain.Close()
}

type world struct {
	cfg      Config
	chain    *Chain
	client   *marketplace.Client
	content  node.Content
	engine   *engine.Engine
	customer *marketplace.Signer
	author   *marketplace.Signer
	custKey  *ecdsa.PrivateKey
	devices  []*node.Device
	inbox    *Inbox
	// approvers are every job's verifiers; ApprovalQuorum of them approve
	// each accepted checkpoint.
	approvers []*marketplace.Signer
}

// Run runs the demo.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	cfg = cfg.withDefaults()
	start := time.Now()
	logf := func(format string, args ...any) { fmt.Fprintf(cfg.Log, format+"\n", args...) }
	strategy, err := Strategy(cfg.Strategy, cfg.Byzantine)
	if err != nil {
		return nil, err
	}
	module, err := os.ReadFile(cfg.Module)
	if err != nil {
		return nil, fmt.Errorf("%w: %v: build it first with `make algorithms` (or `make demo`, which does)", ErrModule, err)
	}
	manBytes, err := os.ReadFile(cfg.Manifest)
	if err != nil {
		return nil, fmt.Errorf("%w: %v: run from the repository root or pass the manifest", ErrModule, err)
	}
	man, err := manifest.Parse(manBytes)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrModule, cfg.Manifest, err)
	}
	data, err := loadData(cfg, logf)
	if err != nil {
		return nil, err
	}
	work := filepath.Join(cfg.OutDir, "work")
	if err := os.RemoveAll(work); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(work, 0o755); err != nil {
		return nil, fmt.Errorf("demo: %w: check that %s is writable", err, cfg.OutDir)
	}
	storeDir := cfg.StoreDir
	if storeDir == "" {
		storeDir = filepath.Join(work, "ipfs")
	}
	store, err := ipfs.Open(storeDir)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	eng, err := engine.New(ctx, engine.NewConfig().WithCompilationCache(filepath.Join(cfg.OutDir, "cache", "wazero")))
	if err != nil {
		return nil, err
	}
	defer eng.Close(context.WithoutCancel(ctx))

	w := &world{cfg: cfg, content: node.StoreContent{Store: store}, engine: eng, inbox: NewInbox(),
		customer: marketplace.NewSigner(actorKey("customer")), author: marketplace.NewSigner(actorKey("author")),
		custKey: actorKey("customer"), approvers: approverSigners()}
	deployer := marketplace.NewSigner(actorKey("deployer"))
	actors := []*marketplace.Signer{deployer, w.author, w.customer}
	for i := range cfg.Devices {
		actors = append(actors, marketplace.NewSigner(actorKey(fmt.Sprintf("device %d", i))))
	}
	w.chain = NewChain(actors)
	keepChain := false
	defer func() {
		if !keepChain {
			w.chain.Close()
		}
	}()
	if w.client, _, err = marketplace.Deploy(ctx, w.chain.Sim.Client(), deployer, marketplace.DeployConfig{ChallengeWindow: time.Hour}, w.chain.Options()...); err != nil {
		return nil, err
	}
	supply, _ := new(big.Int).SetString("1000000000000000000000000000", 10)
	if _, err := w.client.Mint(ctx, deployer, w.customer.Address, supply); err != nil {
		return nil, err
	}
	logf("chain: contracts deployed (token %s, escrow %s)", w.client.Addresses().Token.Hex(), w.client.Addresses().Escrow.Hex())

	listing, err := w.publish(ctx, module, manBytes)
	if err != nil {
		return nil, err
	}
	logf("published logreg: module %s, listing %s", listing.ModuleCID, listing.ID.Hex())
	gasLimit := man.GasLimit
	if gasLimit == 0 {
		gasLimit = engine.DefaultGasLimit
	}
	params, _ := json.Marshal(map[string]any{"epochs": cfg.Epochs, "lr": cfg.LR, "batch": cfg.Batch, "classes": Classes, "seed": 1})
	paramsCID, err := w.content.Put(ctx, params)
	if err != nil {
		return nil, err
	}

	for i := range cfg.Devices {
		st, err := node.OpenState(filepath.Join(work, fmt.Sprintf("device-%d", i)))
		if err != nil {
			return nil, err
		}
		w.devices = append(w.devices, &node.Device{
			Signer: actors[3+i], Chain: w.client, Content: w.content, Engine: eng, State: st,
			Inputs: data.Devices[i].Tensors(), Samples: int64(data.Devices[i].N()),
			CustomerKey: w.customerKey, Deliver: w.inbox.Deliver, Log: cfg.Log, Tamper: cfg.Tamper[i],
		})
	}

	var curJob common.Hash
	validator := &timedValidator{v: &node.Validator{Engine: eng, Module: module, ModuleCID: listing.ModuleCID, Manifest: man,
		Shard: data.Control.Tensors(), Params: []byte(`{"epochs": 0}`), GasLimit: gasLimit}}
	fcfg := federated.Config{
		Job:      federated.Job{ID: "dml-demo", ModuleCID: listing.ModuleCID, ModuleSHA256: sha256Hex(module), GasLimit: gasLimit},
		Strategy: strategy,
		Verifier: federated.VerifierFunc(func(u federated.Update) error {
			return node.ReceiptVerifier{ChainID: w.client.ChainID(), Escrow: w.client.Addresses().Escrow, JobID: curJob}.Verify(u)
		}),
		Validator: validator, MinAccuracy: cfg.MinAccuracy, Store: node.ModelStore{Content: w.content},
	}
	initial := []abi.Tensor{
		abi.FromFloat64s("W", []int64{Features, Classes}, make([]float64, Features*Classes)),
		abi.FromFloat64s("b", []int64{Classes}, make([]float64, Classes)),
	}
	cid0, err := fcfg.Store.PutModel(ctx, initial)
	if err != nil {
		return nil, err
	}
	session, err := federated.NewSession(ctx, fcfg, federated.Model{CID: cid0, Tensors: initial})
	if err != nil {
		return nil, err
	}
	rep := &report.Report{Title: "DML demo: logistic regression on Fashion-MNIST, federated", Strategy: strategy.Name(),
		Data: data.Source, Split: data.Split, ModuleCID: listing.ModuleCID, Baseline: session.Metrics()}
	sum := &Summary{Rounds: cfg.Rounds, Devices: cfg.Devices, Strategy: strategy.Name(), Data: data.Source, Split: data.Split,
		Synthetic: data.Source == "synthetic", GasPrice: cfg.GasPrice}
	var verifiers []common.Address
	for _, a := range w.approvers {
		verifiers = append(verifiers, a.Address)
	}
	logf("round 0 (initial model %s): control accuracy %.4f, loss %.4f", cid0, session.Metrics().Accuracy, session.Metrics().Loss)

	var jobs []common.Hash
	var receiptIDs []common.Hash
	for r := range cfg.Rounds {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		t0 := time.Now()
		tm := RoundTiming{Round: r + 1}
		now, err := w.client.ChainTime(ctx)
		if err != nil {
			return nil, err
		}
		spec := marketplace.JobSpec{ID: marketplace.JobID(w.customer.Address, fmt.Sprintf("dml demo round %d", r+1)), ListingID: listing.ID,
			ParamsCID: paramsCID, ModelCID: session.Model().CID, GasLimit: gasLimit, GasPrice: big.NewInt(cfg.GasPrice),
			Devices: uint32(cfg.Devices), Deadline: now.Add(24 * time.Hour), Verifiers: verifiers, Quorum: ApprovalQuorum}
		if _, _, err := w.client.PostJob(ctx, w.customer, spec); err != nil {
			return nil, fmt.Errorf("round %d: %w", r+1, err)
		}
		jobs = append(jobs, spec.ID)
		curJob = spec.ID
		tm.Post = ms(time.Since(t0))

		t1 := time.Now()
		works, err := w.runDevices(ctx, spec.ID)
		if err != nil {
			return nil, fmt.Errorf("round %d: %w", r+1, err)
		}
		tm.Devices = ms(time.Since(t1))
		for _, wk := range works {
			tm.Fetch += ms(wk.Timing.Fetch)
			tm.Run += ms(wk.Timing.Run)
			tm.DeviceChain += ms(wk.Timing.Chain)
			receiptIDs = append(receiptIDs, wk.Message.ReceiptID)
		}

		t2 := time.Now()
		validator.spent = 0
		var updates []federated.Update
		for _, m := range w.inbox.Messages(spec.ID) {
			msg, err := node.DecodeMessage(m)
			if err != nil {
				return nil, err
			}
			u, err := msg.ToUpdate(ctx, w.content, w.custKey)
			if err != nil {
				return nil, fmt.Errorf("round %d: %w", r+1, err)
			}
			updates = append(updates, u)
		}
		rec, err := session.Step(ctx, updates)
		tm.Aggregate = ms(time.Since(t2))
		tm.Validate = ms(validator.spent)
		metric := RoundMetric{Round: uint64(r + 1), Accuracy: session.Metrics().Accuracy, Loss: session.Metrics().Loss}
		rr := report.Round{Number: uint64(r + 1), JobID: spec.ID.Hex(), ModelIn: spec.ModelCID, ModelOut: session.Model().CID,
			Loss: metric.Loss, Accuracy: metric.Accuracy}
		switch {
		case err != nil && rec == nil:
			return nil, fmt.Errorf("round %d: %w", r+1, err)
		case err != nil:
			rr.Reason = err.Error()
			rr.Record = rec
		default:
			rr.Record = rec
			rr.Accepted = rec.Validation.Accepted
			rr.Reason = rec.Validation.Reason
			metric.Accepted = rr.Accepted
			metric.CandidateAccuracy = rec.Validation.Metrics.Accuracy
		}
		if rec != nil {
			metric.Excluded = len(rec.Excluded)
		}
		if rr.Accepted {
			t3 := time.Now()
			ct, err := w.approveCheckpoint(ctx, spec.ID, uint64(r+1), rec.CandidateHash, session.Model().CID)
			if err != nil {
				return nil, fmt.Errorf("round %d: %w", r+1, err)
			}
			sum.Checkpoints = append(sum.Checkpoints, ct)
			tm.Approve = ms(time.Since(t3))
		}
		tm.Total = ms(time.Since(t0))
		rr.Timing = map[string]float64{"total": tm.Total, "post": tm.Post, "devices": tm.Devices, "fetch": tm.Fetch, "run": tm.Run,
			"device_chain": tm.DeviceChain, "aggregate": tm.Aggregate, "validate": tm.Validate, "approve": tm.Approve}
		for _, wk := range works {
			rr.Runs = append(rr.Runs, report.Run{Device: wk.Message.Device.Hex(), Samples: wk.Message.Samples, GasUsed: wk.Message.Receipt.GasUsed,
				ReceiptID: wk.Message.ReceiptID.Hex(), Receipt: wk.Message.Receipt})
		}
		rep.Rounds = append(rep.Rounds, rr)
		sum.RoundMetrics = append(sum.RoundMetrics, metric)
		sum.Timing = append(sum.Timing, tm)
		logf("round %d: %s; control accuracy %.4f, loss %.4f (%.1f s: devices %.1f s, aggregate %.1f s)",
			r+1, rr.Reason, metric.Accuracy, metric.Loss, tm.Total/1000, tm.Devices/1000, tm.Aggregate/1000)
	}

	money, err := w.settle(ctx, jobs, receiptIDs, rep)
	if err != nil {
		return nil, err
	}
	rep.Money = money
	sum.Deposits, sum.TokensPaid, sum.Royalties, sum.Refunds = money.Deposits, money.DevicePay, money.Royalties, money.Refunds
	sum.EscrowBalanced = true
	logf("settled: escrow in %s = devices %s + royalties %s + refunds %s", money.Deposits, money.DevicePay, money.Royalties, money.Refunds)

	final, err := (&node.Validator{Engine: eng, Module: module, ModuleCID: listing.ModuleCID, Manifest: man,
		Shard: data.Test.Tensors(), Params: []byte(`{"epochs": 0}`), GasLimit: gasLimit}).Validate(ctx, session.Model().Tensors)
	if err != nil {
		return nil, fmt.Errorf("final test: %w", err)
	}
	rep.Final = report.Final{ModelCID: session.Model().CID, TestLoss: final.Loss, TestAccuracy: final.Accuracy, TestRows: data.Test.N()}
	sum.FinalTestAccuracy, sum.FinalTestLoss, sum.TestRows, sum.FinalModelCID = final.Accuracy, final.Loss, data.Test.N(), session.Model().CID
	sum.ValidationGas = validator.v.GasUsed()
	for i, d := range w.devices {
		ds := DeviceStat{Device: d.Signer.Address.Hex(), Samples: d.Samples, Classes: classesText(data.Devices[i].ClassCounts())}
		for _, dev := range rep.Devices {
			if dev.Address == ds.Device {
				ds.Gas, ds.Paid = dev.GasUsed, dev.Paid
			}
		}
		sum.DeviceStats = append(sum.DeviceStats, ds)
	}

	if !cfg.NoReport {
		files, err := report.Files(rep)
		if err != nil {
			return nil, err
		}
		if sum.ReportCID, err = report.Publish(ctx, w.content, rep.Title, files); err != nil {
			return nil, err
		}
		for name, b := range files {
			if err := os.WriteFile(filepath.Join(cfg.OutDir, name), b, 0o644); err != nil {
				return nil, err
			}
		}
		logf("report published: %s", sum.ReportCID)
		if sum.ReportTxs, err = w.recordReport(ctx, jobs, sum.ReportCID); err != nil {
			return nil, fmt.Errorf("record the report on chain: %w", err)
		}
		sum.ReportCIDOnChain = true
		logf("report CID recorded on chain for %d jobs", len(jobs))
	}
	res := &Result{Summary: sum, Report: rep, Data: data, StoreDir: storeDir, Messages: w.inbox.Sent(), Rounds: session.Rounds(),
		Jobs: jobs, Approvers: w.approvers}
	if res.TxInputs, err = w.txInputs(ctx); err != nil {
		return nil, err
	}
	if cfg.KeepChain {
		keepChain, res.Chain, res.Client = true, w.chain, w.client
	}
	sum.WallSeconds = time.Since(start).Seconds()
	return res, nil
}

// RunAndWrite runs the demo and writes OutDir/summary.json.
func RunAndWrite(ctx context.Context, cfg Config) (*Result, string, error) {
	res, err := Run(ctx, cfg)
	if err != nil {
		return nil, "", err
	}
	p, err := res.Summary.WriteJSON(cfg.withDefaults().OutDir)
	return res, p, err
}

// ms is d in milliseconds, to 0.1 ms.
func ms(d time.Duration) float64 { return math.Round(float64(d.Microseconds())/100) / 10 }

func sha256Hex(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

func loadData(cfg Config, logf func(string, ...any)) (*Data, error) {
	sp := Split{Devices: cfg.Devices, Home: cfg.HomeShare, Control: cfg.ControlRows, PerDevice: cfg.PerDevice, Seed: 1}
	if !cfg.Synthetic {
		d, err := LoadFashion(cfg.DataDir, sp, cfg.TestRows)
		if err == nil {
			logf("data: %s: %d device shards, %d control rows, %d test rows", d.Source, len(d.Devices), d.Control.N(), d.Test.N())
			return d, nil
		}
		logf("WARNING: %v\nWARNING: Fashion-MNIST is missing: the demo runs on SYNTHETIC data (apt-get install dataset-fashion-mnist for the real thing)", err)
	}
	rows := 12000
	if cfg.PerDevice > 0 {
		rows = min(rows, cfg.PerDevice*cfg.Devices*2+cfg.ControlRows)
	}
	test := cfg.TestRows
	if test == 0 {
		test = 2000
	}
	return Synthetic(rows+cfg.ControlRows, test, sp)
}

// customerKey resolves the demo customer's public key (a real node reads
// it from the job's listing of customer keys; here there is one customer).
func (w *world) customerKey(_ context.Context, addr common.Address) (*ecdsa.PublicKey, error) {
	if addr != w.customer.Address {
		return nil, fmt.Errorf("no public key known for customer %s", addr)
	}
	return &w.custKey.PublicKey, nil
}

func (w *world) publish(ctx context.Context, module, manBytes []byte) (*marketplace.Listing, error) {
	moduleCID, err := w.content.Put(ctx, module)
	if err != nil {
		return nil, err
	}
	manCID, err := w.content.Put(ctx, manBytes)
	if err != nil {
		return nil, err
	}
	l := &marketplace.Listing{Name: "logreg", Version: 1, ModuleCID: moduleCID, ManifestCID: manCID,
		ManifestHash: marketplace.ManifestHash(manBytes), PricePerRun: big.NewInt(1_000_000), RoyaltyBps: 250,
		MinGasPrice: big.NewInt(w.cfg.GasPrice)}
	if err := l.Sign(w.author, w.client.ChainID(), w.client.Addresses().Registry); err != nil {
		return nil, err
	}
	id, _, err := w.client.Publish(ctx, w.author, l)
	if err != nil {
		return nil, err
	}
	l.ID = id
	return l, nil
}

// runDevices runs every device on a job, Parallel at a time.
func (w *world) runDevices(ctx context.Context, job common.Hash) ([]*node.Work, error) {
	works := make([]*node.Work, len(w.devices))
	errs := make([]error, len(w.devices))
	sem := make(chan struct{}, w.cfg.Parallel)
	var wg sync.WaitGroup
	for i, d := range w.devices {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			works[i], errs[i] = d.Do(ctx, job)
		}()
	}
	wg.Wait()
	return works, errors.Join(errs...)
}

// timedValidator measures the time spent validating.
type timedValidator struct {
	v     *node.Validator
	spent time.Duration
}

func (t *timedValidator) Validate(ctx context.Context, model []abi.Tensor) (federated.Metrics, error) {
	s := time.Now()
	defer func() { t.spent += time.Since(s) }()
	return t.v.Validate(ctx, model)
}

// txInputs collects the input of every transaction on the chain.
func (w *world) txInputs(ctx context.Context) ([][]byte, error) {
	cl := w.chain.Sim.Client()
	head, err := cl.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	var out [][]byte
	for n := uint64(0); n <= head; n++ {
		b, err := cl.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, err
		}
		for _, tx := range b.Transactions() {
			out = append(out, tx.Data())
		}
	}
	return out, nil
}
