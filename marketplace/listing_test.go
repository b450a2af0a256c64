package marketplace

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestListings(t *testing.T) {
	w := newWorld(t, newSimChain(t))
	ctx := context.Background()
	reg := w.c.Addresses().Registry
	got, err := w.c.Listing(ctx, w.listing.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Author != w.author.Address || got.ModuleCID != w.listing.ModuleCID || got.PricePerRun.Cmp(big.NewInt(1000)) != 0 {
		t.Fatalf("read back %+v", got)
	}
	// Publishing again sends nothing.
	if id, info, err := w.c.Publish(ctx, w.author, w.listing); err != nil || info.Sent || id != w.listing.ID {
		t.Fatalf("republish: %v sent=%v", err, info.Sent)
	}
	// The Go digest is the contract's listing id.
	raw, err := w.c.registry.CallRaw(w.c.callOpts(ctx), w.c.registryABI.PackListingDigest(listingInput(w.listing)))
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := w.c.registryABI.UnpackListingDigest(raw); d != w.listing.ID {
		t.Fatalf("contract digest %x, Go %s", d, w.listing.ID)
	}

	cases := []struct {
		name string
		edit func(l *Listing)
	}{
		{"price raised after signing", func(l *Listing) { l.PricePerRun = big.NewInt(5000) }},
		{"other author", func(l *Listing) { l.Author = w.outsider.Address }},
		{"manifest swapped", func(l *Listing) { l.ManifestHash = ManifestHash([]byte("other")) }},
		{"signature cut", func(l *Listing) { l.Signature = l.Signature[:10] }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := *w.listing
			l.Name = "unpublished " + c.name
			if err := l.Sign(w.author, w.c.ChainID(), reg); err != nil {
				t.Fatal(err)
			}
			l.ID = common.Hash{}
			c.edit(&l)
			mustIs(t, VerifyListing(&l, w.c.ChainID(), reg), ErrBadListing)
			_, _, err := w.c.Publish(ctx, w.outsider, &l)
			mustIs(t, err, ErrBadListing)
			// Straight to the contract: refused there too.
			_, err = w.c.send(ctx, "publish", w.outsider, w.c.registry, w.c.registryABI.PackPublish(listingInput(&l), l.Signature))
			mustIs(t, err, ErrBadSignature)
		})
	}

	// Versions: v2 becomes latest; v1 again or lower is refused; deprecation.
	v2 := w.publish(t, "linreg", 2)
	if id, err := w.c.LatestListing(ctx, w.author.Address, "linreg"); err != nil || id != v2.ID {
		t.Fatalf("latest %s, %v; want v2 %s", id, err, v2.ID)
	}
	old := *w.listing
	old.MinGasPrice = big.NewInt(3)
	if err := old.Sign(w.author, w.c.ChainID(), reg); err != nil {
		t.Fatal(err)
	}
	_, _, err = w.c.Publish(ctx, w.author, &old)
	mustIs(t, err, ErrVersionNotNewer)
	_, err = w.c.Deprecate(ctx, w.outsider, v2.ID)
	mustIs(t, err, ErrNotAuthor)
	for range 2 {
		if _, err := w.c.Deprecate(ctx, w.author, v2.ID); err != nil {
			t.Fatal(err)
		}
	}
	spec := w.spec(t, "deprecated", 1)
	spec.ListingID = v2.ID
	_, _, err = w.c.PostJob(ctx, w.customer, spec)
	mustIs(t, err, ErrListingDeprecated)
	_, err = w.c.LatestListing(ctx, w.author.Address, "nope")
	mustIs(t, err, ErrListingNotFound)
}
