package marketplace

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"time"

	"github.com/decentralized-ml/dml/marketplace/bindings/algoregistry"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Listing is an algorithm offered on the registry, signed by its author.
type Listing struct {
	ID           common.Hash    `json:"id"`
	Author       common.Address `json:"author"`
	Name         string         `json:"name"`
	Version      uint32         `json:"version"`
	ModuleCID    string         `json:"module_cid"`
	ManifestCID  string         `json:"manifest_cid"`
	ManifestHash common.Hash    `json:"manifest_sha256"`
	// PricePerRun is paid to the author for every accepted receipt.
	PricePerRun *big.Int `json:"price_per_run"`
	// RoyaltyBps is the author's share of each device payment, in basis points.
	RoyaltyBps  uint16        `json:"royalty_bps"`
	MinGasPrice *big.Int      `json:"min_gas_price"`
	Signature   hexutil.Bytes `json:"signature"`
	Deprecated  bool          `json:"deprecated"`
	PublishedAt time.Time     `json:"published_at"`
}

// ManifestHash is the sha256 of a manifest's bytes, the hash a listing signs.
func ManifestHash(manifest []byte) common.Hash { return sha256.Sum256(manifest) }

var listingFields = []apitypes.Type{
	{Name: "author", Type: "address"},
	{Name: "name", Type: "string"},
	{Name: "version", Type: "uint32"},
	{Name: "moduleCid", Type: "string"},
	{Name: "manifestCid", Type: "string"},
	{Name: "manifestHash", Type: "bytes32"},
	{Name: "pricePerRun", Type: "uint256"},
	{Name: "royaltyBps", Type: "uint16"},
	{Name: "minGasPrice", Type: "uint256"},
}

// Digest is the EIP-712 digest the author signs; it is also the listing id
// on the registry at registry on chainID.
func (l *Listing) Digest(chainID *big.Int, registry common.Address) (common.Hash, error) {
	return typedDigest(registryDomainName, chainID, registry, "Listing", listingFields, apitypes.TypedDataMessage{
		"author":       l.Author.Hex(),
		"name":         l.Name,
		"version":      u(uint64(l.Version)),
		"moduleCid":    l.ModuleCID,
		"manifestCid":  l.ManifestCID,
		"manifestHash": hexutil.Bytes(l.ManifestHash[:]),
		"pricePerRun":  bigOrZero(l.PricePerRun),
		"royaltyBps":   u(uint64(l.RoyaltyBps)),
		"minGasPrice":  bigOrZero(l.MinGasPrice),
	})
}

// Sign sets Author, ID and Signature: author signs the listing for the
// registry at registry on chainID.
func (l *Listing) Sign(author *Signer, chainID *big.Int, registry common.Address) error {
	l.Author = author.Address
	d, err := l.Digest(chainID, registry)
	if err != nil {
		return err
	}
	sig, err := author.SignHash(d[:])
	if err != nil {
		return err
	}
	l.ID, l.Signature = d, sig
	return nil
}

// VerifyListing checks that the listing's signature was made by its author
// over exactly these fields, and that its id is their digest. Everyone who
// reads a listing calls it.
func VerifyListing(l *Listing, chainID *big.Int, registry common.Address) error {
	d, err := l.Digest(chainID, registry)
	if err != nil {
		return err
	}
	if l.ID != (common.Hash{}) && l.ID != d {
		return fmt.Errorf("%w: listing id %s but its fields hash to %s: do not use this listing", ErrBadListing, l.ID, common.Hash(d))
	}
	signer, err := recoverSigner(d[:], l.Signature)
	if err != nil {
		return fmt.Errorf("%w: %v: do not use this listing", ErrBadListing, err)
	}
	if signer != l.Author {
		return fmt.Errorf("%w: signed by %s, author is %s: do not use this listing", ErrBadListing, signer, l.Author)
	}
	return nil
}

// Publish registers a listing signed with Sign; anyone may send it (from).
// Publishing the same listing again sends nothing and returns its id.
func (c *Client) Publish(ctx context.Context, from *Signer, l *Listing) (common.Hash, TxInfo, error) {
	if err := VerifyListing(l, c.chainID, c.addrs.Registry); err != nil {
		return common.Hash{}, TxInfo{}, fmt.Errorf("publish %s: %w", l.Name, err)
	}
	id, _ := l.Digest(c.chainID, c.addrs.Registry)
	existing, err := c.Listing(ctx, id)
	if err == nil {
		return existing.ID, TxInfo{}, nil
	}
	in := listingInput(l)
	info, err := c.send(ctx, "publish "+l.Name, from, c.registry, c.registryABI.PackPublish(in, l.Signature))
	if err != nil {
		return common.Hash{}, info, err
	}
	return id, info, nil
}

// Listing reads a listing and verifies its author's signature; a listing
// whose signature does not verify gives ErrBadListing.
func (c *Client) Listing(ctx context.Context, id common.Hash) (*Listing, error) {
	raw, err := c.registry.CallRaw(c.callOpts(ctx), c.registryABI.PackGetListing(id))
	if err != nil {
		return nil, chainError("read listing", err)
	}
	s, err := c.registryABI.UnpackGetListing(raw)
	if err != nil {
		return nil, fmt.Errorf("read listing %s: %w", id, err)
	}
	if s.Author == (common.Address{}) {
		return nil, fmt.Errorf("%w: %s: check the id (dmlrun market list)", ErrListingNotFound, id)
	}
	l := &Listing{
		ID: id, Author: s.Author, Name: s.Name, Version: s.Version,
		ModuleCID: s.ModuleCid, ManifestCID: s.ManifestCid, ManifestHash: s.ManifestHash,
		PricePerRun: s.PricePerRun, RoyaltyBps: s.RoyaltyBps, MinGasPrice: s.MinGasPrice,
		Signature: s.Signature, Deprecated: s.Deprecated,
		PublishedAt: time.Unix(int64(s.PublishedAt), 0).UTC(),
	}
	if err := VerifyListing(l, c.chainID, c.addrs.Registry); err != nil {
		return nil, err
	}
	return l, nil
}

// LatestListing returns the id of the newest version of author's algorithm
// name (ErrListingNotFound when there is none).
func (c *Client) LatestListing(ctx context.Context, author common.Address, name string) (common.Hash, error) {
	key := common.BytesToHash(keccakString(name))
	raw, err := c.registry.CallRaw(c.callOpts(ctx), c.registryABI.PackLatest(author, key))
	if err != nil {
		return common.Hash{}, chainError("read latest listing", err)
	}
	id, err := c.registryABI.UnpackLatest(raw)
	if err != nil {
		return common.Hash{}, err
	}
	if id == [32]byte{} {
		return common.Hash{}, fmt.Errorf("%w: %s has no listing named %q", ErrListingNotFound, author, name)
	}
	return id, nil
}

// Deprecate marks a listing so that no new job may use it; only its author
// may. Deprecating twice sends nothing the second time.
func (c *Client) Deprecate(ctx context.Context, author *Signer, id common.Hash) (TxInfo, error) {
	l, err := c.Listing(ctx, id)
	if err != nil {
		return TxInfo{}, err
	}
	if l.Deprecated {
		return TxInfo{}, nil
	}
	return c.send(ctx, "deprecate listing", author, c.registry, c.registryABI.PackDeprecate(id))
}

func listingInput(l *Listing) algoregistry.AlgorithmRegistryListingInput {
	return algoregistry.AlgorithmRegistryListingInput{
		Author:       l.Author,
		Name:         l.Name,
		Version:      l.Version,
		ModuleCid:    l.ModuleCID,
		ManifestCid:  l.ManifestCID,
		ManifestHash: l.ManifestHash,
		PricePerRun:  bigOrZero(l.PricePerRun),
		RoyaltyBps:   l.RoyaltyBps,
		MinGasPrice:  bigOrZero(l.MinGasPrice),
	}
}
