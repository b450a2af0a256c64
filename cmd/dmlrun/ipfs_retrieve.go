package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/ipfs/go-cid"

	"github.com/decentralized-ml/dml/ipfs"
)

// fetchMissing makes the DAG under c complete and pinned in st from the
// sources: the gateways in order (blocks already local are verified and
// kept, missing or corrupt ones fetched, each verified before it is
// stored), then the Kubo API. With no source configured it does nothing,
// and reading reports what is missing.
func fetchMissing(ctx context.Context, st *ipfs.Store, c cid.Cid, src sources) error {
	if src.none() {
		return nil
	}
	var failed []error
	if len(src.gateways) > 0 {
		f, err := ipfs.NewFetcher(st, ipfs.FetcherConfig{Gateways: src.gateways, Client: src.client})
		if err != nil {
			return withCode(ExitUsage, err)
		}
		err = f.Fetch(ctx, c)
		if err == nil || src.api == "" {
			return err
		}
		failed = append(failed, err)
	} else if st.Pin(ctx, c) == nil {
		return nil // complete locally; pinned, as fetched content is
	}
	if err := catFromAPI(ctx, st, c, src); err != nil {
		return errors.Join(append(failed, fmt.Errorf("the Kubo API %s: %w", src.api, err))...)
	}
	return nil
}

// catFromAPI streams c from a Kubo node into st. The stream is re-imported
// with Kubo's parameters and must give c; otherwise nothing is pinned.
func catFromAPI(ctx context.Context, st *ipfs.Store, c cid.Cid, src sources) error {
	rpc, err := ipfs.NewRPC(src.api, src.client)
	if err != nil {
		return withCode(ExitUsage, err)
	}
	r, err := rpc.Cat(ctx, c)
	if err != nil {
		return err
	}
	defer r.Close()
	opts, err := ipfs.AddOptionsForVersion(int(c.Version()))
	if err != nil {
		return err
	}
	got, err := st.Add(ctx, r, opts)
	if err != nil {
		return err
	}
	if !got.Equals(c) {
		st.Unpin(ctx, got)
		return fmt.Errorf("%w: the node's bytes give %s, not %s", ipfs.ErrHashMismatch, got, c)
	}
	return nil
}

// copyCID makes c local (fetchMissing) and writes its bytes to w, every
// block verified. Errors name c and say what to do.
func copyCID(ctx context.Context, st *ipfs.Store, c cid.Cid, src sources, w io.Writer) error {
	if err := fetchMissing(ctx, st, c, src); err != nil {
		return explainContentErr(c, src, err)
	}
	r, err := st.Get(ctx, c)
	if err == nil {
		_, err = io.Copy(w, r)
		r.Close()
	}
	if err != nil {
		return explainContentErr(c, src, err)
	}
	return nil
}
