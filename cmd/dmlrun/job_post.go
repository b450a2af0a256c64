package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/ipfs"
	"github.com/decentralized-ml/dml/manifest"
	"github.com/decentralized-ml/dml/marketplace"
)

// jobPosted is what `dmlrun job post --json` prints.
type jobPosted struct {
	Job   *marketplace.Job `json:"job"`
	Label string           `json:"label"`
	// Existing is true when a job with this label was already posted.
	Existing bool       `json:"existing"`
	Txs      []txReport `json:"txs"`
}

func (a *app) jobPostCmd() *cobra.Command {
	var (
		listing, params, model, gasPrice, label string
		verifiers                               []string
		gasLimit                                uint64
		devices                                 uint32
		quorum                                  uint8
		deadline                                time.Duration
		asJSON                                  bool
	)
	cmd := &cobra.Command{
		Use:   "post --listing ID --gas-limit N --from CUSTOMER",
		Short: "Post a job and hold its deposit in escrow",
		Long: `Post a job for a listing. --params and --model are files (added to the
local content store, pinned) or CIDs. The deposit, devices × (gas limit × gas
price + price per run + royalty), is approved and pulled from the customer;
balance and listing are checked first, so a job that cannot be posted costs
nothing.

The job id is derived from the customer and --label (default: a label made
from the job's settings), so posting again with the same label prints the
existing job and sends nothing.

` + accountHelp + "\n\n" + chainHelp + "\n\n" + chainExitCodesHelp,
		Example: `  dmlrun job post --listing 0x… --params params.json --gas-limit 10000000000 --gas-price 1000 --devices 2 --deadline 2h --from alice`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			listingID, err := parseHashArg("--listing", listing)
			if err != nil {
				return err
			}
			if devices == 0 {
				return withCode(ExitUsage, errors.New("--devices 0: a job needs at least one device"))
			}
			if deadline <= 0 {
				return withCode(ExitUsage, fmt.Errorf("--deadline %s: give a duration from now, such as 1h", deadline))
			}
			conn, err := a.connect(cmd)
			if err != nil {
				return err
			}
			defer conn.Close()
			l, err := conn.Listing(ctx, listingID)
			if err != nil {
				return chainExit(err)
			}
			spec := marketplace.JobSpec{ListingID: listingID, GasLimit: gasLimit, Devices: devices, Quorum: quorum, GasPrice: l.MinGasPrice}
			if gasPrice != "" {
				if spec.GasPrice, err = parseAmount("gas-price", gasPrice); err != nil {
					return err
				}
			}
			for _, v := range verifiers {
				addr, err := a.address(conn, v)
				if err != nil {
					return err
				}
				spec.Verifiers = append(spec.Verifiers, addr)
			}
			if spec.ParamsCID, spec.ModelCID, err = a.jobContent(ctx, params, model); err != nil {
				return err
			}
			if spec.GasLimit == 0 {
				if spec.GasLimit, err = a.manifestGasLimit(ctx, l.ManifestCID); err != nil {
					return err
				}
			}
			customer, err := a.signer(cmd, conn)
			if err != nil {
				return err
			}
			if label == "" {
				label = autoLabel(spec)
			}
			spec.ID = marketplace.JobID(customer.Address, label)
			now, err := conn.ChainTime(ctx)
			if err != nil {
				return chainExit(err)
			}
			spec.Deadline = now.Add(deadline)
			j, txs, err := conn.PostJob(ctx, customer, spec)
			if err != nil {
				return chainExit(err)
			}
			p := jobPosted{Job: j, Label: label, Existing: len(txs) == 0, Txs: []txReport{}}
			actions := []string{"post"}
			if len(txs) == 2 {
				actions = []string{"approve", "post"}
			}
			for i, t := range txs {
				p.Txs = append(p.Txs, newTxReport(actions[i], t))
			}
			if asJSON {
				return jsonOut(a, p)
			}
			if p.Existing {
				fmt.Fprintln(a.stdout, "already posted: nothing sent")
			}
			fmt.Fprintf(a.stdout, "job       %s\nlabel     %s\nlisting   %s (%s v%d)\n", j.ID.Hex(), label, j.ListingID.Hex(), l.Name, l.Version)
			fmt.Fprintf(a.stdout, "params    %s\ngas       limit %d, price %s per gas\ndevices   %d\ndeadline  %s\ndeposit   %s (%s DML) held in escrow\n",
				orDash(j.ParamsCID), j.GasLimit, j.GasPrice, j.DevicesWanted, j.Deadline.Format(time.RFC3339), j.Deposit, formatUnits(j.Deposit))
			printTxs(a.stdout, p.Txs)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&listing, "listing", "", "listing id (dmlrun market list)")
	fl.StringVar(&params, "params", "", "params JSON file or CID handed to the module")
	fl.StringVar(&model, "model", "", "model weights file or CID (training rounds)")
	fl.Uint64Var(&gasLimit, "gas-limit", 0, "most gas one device may bill (default: the listing manifest's gas_limit, when the manifest is in the local store)")
	fl.StringVar(&gasPrice, "gas-price", "", "token base units per gas paid to devices (default: the listing's minimum)")
	fl.Uint32Var(&devices, "devices", 1, "number of devices wanted")
	fl.DurationVar(&deadline, "deadline", time.Hour, "how long from now devices may claim and submit")
	fl.StringSliceVar(&verifiers, "verifiers", nil, "addresses or devnet names that may void receipts, comma-separated")
	fl.Uint8Var(&quorum, "quorum", 0, "verifiers needed to void a receipt (0 without verifiers)")
	fl.StringVar(&label, "label", "", "label the job id is derived from (default: one made from the job's settings)")
	registerFromFlags(fl, "customer")
	registerChainFlags(fl)
	fl.BoolVar(&asJSON, "json", false, "print {job, label, existing, txs} as one JSON object")
	return cmd
}

// jobContent adds --params and --model to the local store when they are
// files, and returns their CIDs.
func (a *app) jobContent(ctx context.Context, params, model string) (paramsCID, modelCID string, err error) {
	var st *ipfs.Store
	defer func() {
		if st != nil {
			st.Close()
		}
	}()
	cidOf := func(flag, arg string) (string, error) {
		if arg == "" {
			return "", nil
		}
		data, err := os.ReadFile(arg)
		if errors.Is(err, fs.ErrNotExist) {
			if c, cerr := ipfs.ParseCID(arg); cerr == nil {
				return c.String(), nil
			}
			return "", withCode(ExitUsage, fmt.Errorf("--%s %s: no such file, and not a CID: give a file or a CID", flag, arg))
		}
		if err != nil {
			return "", withCode(ExitInvalidInput, fmt.Errorf("--%s %s: %v", flag, arg, err))
		}
		if st == nil {
			if st, err = a.openStore(); err != nil {
				return "", err
			}
		}
		c, err := st.Add(ctx, bytes.NewReader(data), ipfs.AddOptions{})
		if err != nil {
			return "", withCode(ExitInternal, fmt.Errorf("add --%s %s: %v: check that %s is writable", flag, arg, err, st.Dir()))
		}
		return c.String(), nil
	}
	if paramsCID, err = cidOf("params", params); err != nil {
		return "", "", err
	}
	modelCID, err = cidOf("model", model)
	return paramsCID, modelCID, err
}

// manifestGasLimit is the gas_limit of a listing's manifest, read from the
// local content store.
func (a *app) manifestGasLimit(ctx context.Context, manifestCID string) (uint64, error) {
	usage := withCode(ExitUsage, fmt.Errorf("give --gas-limit: the listing's manifest %s is not in the local store or sets no gas_limit", manifestCID))
	c, err := ipfs.ParseCID(manifestCID)
	if err != nil {
		return 0, usage
	}
	st, err := a.openStore()
	if err != nil {
		return 0, err
	}
	defer st.Close()
	if has, _ := st.Has(ctx, c); !has {
		return 0, usage
	}
	rc, err := st.Get(ctx, c)
	if err != nil {
		return 0, usage
	}
	data, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		return 0, usage
	}
	m, err := manifest.Parse(data)
	if err != nil || m.GasLimit == 0 {
		return 0, usage
	}
	return m.GasLimit, nil
}

// autoLabel names a job by its settings (not its deadline), so that a
// retried post finds the job the first attempt made.
func autoLabel(s marketplace.JobSpec) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s|%s|%s|%d|%s|%d|%d", s.ListingID.Hex(), s.ParamsCID, s.ModelCID, s.GasLimit, s.GasPrice, s.Devices, s.Quorum)
	for _, v := range s.Verifiers {
		b.WriteString("|" + v.Hex())
	}
	return "auto-" + common.Bytes2Hex(crypto.Keccak256([]byte(b.String()))[:8])
}
