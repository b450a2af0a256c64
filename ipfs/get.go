package ipfs

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	unixfsio "github.com/ipfs/boxo/ipld/unixfs/io"
	"github.com/ipfs/go-cid"
)

// Get streams the UnixFS file under c from the local store. Every block is
// verified against its CID as it is read: a missing block fails with
// ErrNotFound and a corrupt one with ErrHashMismatch, each naming the
// block, and never with wrong bytes.
func (s *Store) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	if err := s.checkOpen(); err != nil {
		return nil, err
	}
	dag := storeDAG{s}
	root, err := dag.Get(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", c, err)
	}
	if raw, ok := root.(*merkledag.RawNode); ok {
		return io.NopCloser(bytes.NewReader(raw.RawData())), nil
	}
	r, err := unixfsio.NewDagReader(ctx, root, dag)
	if err != nil {
		return nil, fmt.Errorf("get %s: %w: %v (only UnixFS files can be read)", c, ErrUnsupported, err)
	}
	return &getReader{c: c, r: r}, nil
}

// getReader names the root CID in read errors that are not ours already.
type getReader struct {
	c cid.Cid
	r unixfsio.DagReader
}

func (g *getReader) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	return n, g.wrap(err)
}

func (g *getReader) WriteTo(w io.Writer) (int64, error) {
	n, err := g.r.WriteTo(w)
	return n, g.wrap(err)
}

func (g *getReader) Close() error { return g.r.Close() }

func (g *getReader) wrap(err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return fmt.Errorf("get %s: %w", g.c, err)
}

// Has reports whether the root block of c is in the local store.
func (s *Store) Has(ctx context.Context, c cid.Cid) (bool, error) {
	if err := s.checkOpen(); err != nil {
		return false, err
	}
	ok, err := s.bs.Has(ctx, c)
	if err != nil {
		return false, storeErr("has "+c.String(), err)
	}
	return ok, nil
}

// Size is the byte length of the file under c, read from its root block.
func (s *Store) Size(ctx context.Context, c cid.Cid) (int64, error) {
	if err := s.checkOpen(); err != nil {
		return 0, err
	}
	data, err := s.getBlock(ctx, c)
	if err != nil {
		return 0, fmt.Errorf("size %s: %w", c, err)
	}
	return fileSize(c, data)
}

// fileSize is the UnixFS file size of a verified root block.
func fileSize(c cid.Cid, data []byte) (int64, error) {
	if c.Type() == cid.Raw {
		return int64(len(data)), nil
	}
	nd, err := decodeNode(c, data)
	if err != nil {
		return 0, err
	}
	pn, ok := nd.(*merkledag.ProtoNode)
	if !ok {
		return 0, fmt.Errorf("size %s: %w: not a dag-pb node", c, ErrUnsupported)
	}
	fs, err := unixfs.FSNodeFromBytes(pn.Data())
	if err != nil {
		return 0, fmt.Errorf("size %s: %w: not a UnixFS node (%v)", c, ErrUnsupported, err)
	}
	if fs.Type() != unixfs.TFile && fs.Type() != unixfs.TRaw {
		return 0, fmt.Errorf("size %s: %w: a UnixFS %v, not a file", c, ErrUnsupported, fs.Type())
	}
	return int64(fs.FileSize()), nil
}
