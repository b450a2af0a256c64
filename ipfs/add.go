package ipfs

import (
	"context"
	"fmt"
	"io"

	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/datastore/dshelp"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	format "github.com/ipfs/go-ipld-format"
)

// Kubo's UnixFS import parameters.
const (
	ChunkSize     = 256 << 10 // bytes per leaf
	LinksPerBlock = 174       // children per internal node
)

// AddOptions configure Add. The zero value is `ipfs add --cid-version=1`:
// CIDv1, raw leaves, 256 KiB chunks, 174 links, balanced layout, pinned.
type AddOptions struct {
	// CIDv0 gives Kubo's legacy default, `ipfs add` with no flags: CIDv0
	// and dag-pb leaves. Default false (CIDv1, raw leaves).
	CIDv0 bool
	// NoPin leaves the added DAG unpinned, so GC may remove it. Default false.
	NoPin bool
}

// AddOptionsForVersion maps a CLI's --cid-version 0|1 to AddOptions.
func AddOptionsForVersion(version int) (AddOptions, error) {
	switch version {
	case 0:
		return AddOptions{CIDv0: true}, nil
	case 1:
		return AddOptions{}, nil
	default:
		return AddOptions{}, fmt.Errorf("%w: CID version %d: use 0 or 1", ErrBadCID, version)
	}
}

// dagParams are the importer parameters for opts over dag.
func dagParams(dag format.DAGService, opts AddOptions) helpers.DagBuilderParams {
	p := helpers.DagBuilderParams{Dagserv: dag, Maxlinks: LinksPerBlock}
	if opts.CIDv0 {
		p.CidBuilder = merkledag.V0CidPrefix()
	} else {
		p.CidBuilder = merkledag.V1CidPrefix()
		p.RawLeaves = true
	}
	return p
}

// buildDAG imports r into dag and returns the root CID.
func buildDAG(ctx context.Context, r io.Reader, dag format.DAGService, opts AddOptions) (cid.Cid, error) {
	params := dagParams(dag, opts)
	db, err := params.New(chunker.NewSizeSplitter(ctxReader{ctx, r}, ChunkSize))
	if err != nil {
		return cid.Undef, err
	}
	nd, err := balanced.Layout(db)
	if err != nil {
		return cid.Undef, err
	}
	return nd.Cid(), nil
}

// batchDAG writes the importer's blocks through one flatfs batch: written
// in parallel to temp files, renamed into place on Commit, discarded (temp
// files and all) if the add fails.
type batchDAG struct {
	storeDAG
	b datastore.Batch
}

func (d batchDAG) Add(ctx context.Context, nd format.Node) error {
	if err := d.b.Put(ctx, dshelp.MultihashToDsKey(nd.Cid().Hash()), nd.RawData()); err != nil {
		return storeErr("write block "+nd.Cid().String(), fmt.Errorf("%w: is the disk full?", err))
	}
	return nil
}

func (d batchDAG) AddMany(ctx context.Context, nds []format.Node) error {
	for _, nd := range nds {
		if err := d.Add(ctx, nd); err != nil {
			return err
		}
	}
	return nil
}

// discard drops an uncommitted batch; it runs after a failure that is
// already being reported, so its own error adds nothing.
func discard(ctx context.Context, b datastore.Batch) {
	if d, ok := b.(interface{ Discard(context.Context) error }); ok {
		d.Discard(context.WithoutCancel(ctx))
	}
}

// Add imports r as a UnixFS file, stores its blocks and, unless opts.NoPin,
// pins the root recursively. The pin is written only after every block is
// on disk, so an interrupted add pins nothing (and its uncommitted blocks
// are discarded; any already committed stay unpinned for GC).
func (s *Store) Add(ctx context.Context, r io.Reader, opts AddOptions) (cid.Cid, error) {
	if err := s.checkOpen(); err != nil {
		return cid.Undef, err
	}
	s.gc.RLock()
	defer s.gc.RUnlock()
	batch, err := s.ds.Batch(ctx)
	if err != nil {
		return cid.Undef, storeErr("add", err)
	}
	root, err := buildDAG(ctx, r, batchDAG{storeDAG{s}, batch}, opts)
	if err == nil {
		err = batch.Commit(ctx)
	}
	if err != nil {
		discard(ctx, batch)
		if ctx.Err() != nil {
			return cid.Undef, fmt.Errorf("add: interrupted (%w); nothing was pinned", ctx.Err())
		}
		return cid.Undef, fmt.Errorf("add: %w; nothing was pinned", err)
	}
	if err := s.flush(); err != nil {
		return cid.Undef, err
	}
	if !opts.NoPin {
		if err := s.addPin(root); err != nil {
			return cid.Undef, fmt.Errorf("add %s: %w", root, err)
		}
	}
	return root, nil
}
