package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/decentralized-ml/dml/ipfs"
	"github.com/decentralized-ml/dml/manifest"
	"github.com/decentralized-ml/dml/marketplace"
)

// published is what `dmlrun publish --json` prints.
type published struct {
	Listing *marketplace.Listing `json:"listing"`
	// Existing is true when the same listing was already registered.
	Existing bool       `json:"existing"`
	Txs      []txReport `json:"txs"`
}

func (a *app) publishCmd() *cobra.Command {
	var (
		manifestPath, name string
		price, minGas      string
		royalty            uint16
		version            uint32
		asJSON             bool
	)
	cmd := &cobra.Command{
		Use:   "publish MODULE --manifest FILE --from AUTHOR",
		Short: "Add a module and its manifest to the content store and list them on the registry",
		Long: `Add MODULE (.wasm) and its manifest to the local content store (<home>/ipfs,
pinned), sign a listing with the author's key (EIP-712: module CID, manifest
CID and sha256, price per run, royalty, minimum gas price) and register it.

The listing's name is the manifest's; its version is --version, else one more
than the author's latest listing of that name, unless that listing has the
same module, manifest and prices: publishing the same thing again prints the
existing listing and sends nothing.

Amounts are in token base units (1 DML = 10^18): --price is paid to the author
for each accepted receipt, --royalty (basis points) is the author's share of
each device payment, and jobs must offer at least --min-gas-price per gas.

` + accountHelp + "\n\n" + chainHelp + "\n\n" + chainExitCodesHelp,
		Example: `  dmlrun publish build/algorithms/linreg.wasm --manifest algorithms/linreg/manifest.yaml --price 1000000000000000000 --royalty 500 --from bob`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if manifestPath == "" {
				return withCode(ExitUsage, errors.New("give --manifest FILE: the manifest the module was built with"))
			}
			module, err := readPublishFile("module", args[0])
			if err != nil {
				return err
			}
			mf, err := readPublishFile("--manifest", manifestPath)
			if err != nil {
				return err
			}
			m, err := manifest.Parse(mf)
			if err != nil {
				return withCode(ExitInvalidInput, fmt.Errorf("--manifest %s: %v: fix the manifest", manifestPath, err))
			}
			if name == "" {
				name = m.Name
			}
			pricePerRun, err := parseAmount("price", price)
			if err != nil {
				return err
			}
			minGasPrice, err := parseAmount("min-gas-price", minGas)
			if err != nil {
				return err
			}
			if royalty > 10000 {
				return withCode(ExitUsage, fmt.Errorf("--royalty %d: basis points, at most 10000", royalty))
			}
			conn, err := a.connect(cmd)
			if err != nil {
				return err
			}
			defer conn.Close()
			author, err := a.signer(cmd, conn)
			if err != nil {
				return err
			}
			st, err := a.openStore()
			if err != nil {
				return err
			}
			defer st.Close()
			moduleCID, err := st.Add(ctx, bytes.NewReader(module), ipfs.AddOptions{})
			if err != nil {
				return withCode(ExitInternal, fmt.Errorf("add module: %v: check that %s is writable", err, st.Dir()))
			}
			manifestCID, err := st.Add(ctx, bytes.NewReader(mf), ipfs.AddOptions{})
			if err != nil {
				return withCode(ExitInternal, fmt.Errorf("add manifest: %v: check that %s is writable", err, st.Dir()))
			}
			l := &marketplace.Listing{Name: name, Version: version, ModuleCID: moduleCID.String(), ManifestCID: manifestCID.String(),
				ManifestHash: marketplace.ManifestHash(mf), PricePerRun: pricePerRun, RoyaltyBps: royalty, MinGasPrice: minGasPrice}
			if l.Version == 0 {
				existing, next, err := latestSame(cmd, conn, author.Address, l)
				if err != nil {
					return err
				}
				if existing != nil {
					return a.printPublished(asJSON, published{Listing: existing, Existing: true, Txs: []txReport{newTxReport("publish", marketplace.TxInfo{})}})
				}
				l.Version = next
			}
			if err := l.Sign(author, conn.ChainID(), conn.Addresses().Registry); err != nil {
				return withCode(ExitInternal, err)
			}
			id, info, err := conn.Publish(ctx, author, l)
			if err != nil {
				return chainExit(err)
			}
			got, err := conn.Listing(ctx, id)
			if err != nil {
				return chainExit(err)
			}
			return a.printPublished(asJSON, published{Listing: got, Existing: !info.Sent, Txs: []txReport{newTxReport("publish", info)}})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&manifestPath, "manifest", "", "the module's manifest (YAML or JSON)")
	fl.StringVar(&name, "name", "", "listing name (default: the manifest's name)")
	fl.Uint32Var(&version, "version", 0, "listing version (default: the next one, or the existing listing when nothing changed)")
	fl.StringVar(&price, "price", "0", "price per accepted run, paid to the author, in token base units")
	fl.Uint16Var(&royalty, "royalty", 0, "author's share of each device payment, basis points (100 = 1%)")
	fl.StringVar(&minGas, "min-gas-price", "1", "lowest gas price a job may offer, token base units per gas")
	registerFromFlags(fl, "author")
	registerChainFlags(fl)
	fl.BoolVar(&asJSON, "json", false, "print {listing, existing, txs} as one JSON object")
	return cmd
}

// latestSame returns the author's latest listing of l.Name when it lists
// the same module, manifest and prices (nothing to publish), else the
// version to publish l as.
func latestSame(cmd *cobra.Command, conn *chainConn, author common.Address, l *marketplace.Listing) (*marketplace.Listing, uint32, error) {
	id, err := conn.LatestListing(cmd.Context(), author, l.Name)
	if errors.Is(err, marketplace.ErrListingNotFound) {
		return nil, 1, nil
	}
	if err != nil {
		return nil, 0, chainExit(err)
	}
	prev, err := conn.Listing(cmd.Context(), id)
	if err != nil {
		return nil, 0, chainExit(err)
	}
	same := prev.ModuleCID == l.ModuleCID && prev.ManifestCID == l.ManifestCID && prev.ManifestHash == l.ManifestHash &&
		cmpBig(prev.PricePerRun, l.PricePerRun) && prev.RoyaltyBps == l.RoyaltyBps && cmpBig(prev.MinGasPrice, l.MinGasPrice)
	if same && !prev.Deprecated {
		return prev, 0, nil
	}
	return nil, prev.Version + 1, nil
}

func cmpBig(a, b *big.Int) bool {
	if a == nil || b == nil {
		return (a == nil || a.Sign() == 0) && (b == nil || b.Sign() == 0)
	}
	return a.Cmp(b) == 0
}

func readPublishFile(what, path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, withCode(ExitInvalidInput, fmt.Errorf("%s %s: no such file: give the path of the file", what, path))
	}
	if err != nil {
		return nil, withCode(ExitInvalidInput, fmt.Errorf("%s %s: %v", what, path, err))
	}
	return data, nil
}

func (a *app) printPublished(asJSON bool, p published) error {
	if asJSON {
		return jsonOut(a, p)
	}
	l := p.Listing
	if p.Existing {
		fmt.Fprintln(a.stdout, "already listed: nothing sent")
	}
	fmt.Fprintf(a.stdout, "listing   %s\nname      %s v%d\nauthor    %s\nmodule    %s\nmanifest  %s\n", l.ID.Hex(), l.Name, l.Version, l.Author.Hex(), l.ModuleCID, l.ManifestCID)
	fmt.Fprintf(a.stdout, "price     %s per run, royalty %d bps, min gas price %s\n", l.PricePerRun, l.RoyaltyBps, l.MinGasPrice)
	for _, t := range p.Txs {
		if t.Sent {
			printTxs(a.stdout, []txReport{t})
		}
	}
	return nil
}
