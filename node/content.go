package node

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/decentralized-ml/dml/ipfs"
)

// Content is where a node reads and writes job content by CID. The local
// *ipfs.Store provides it; every read is verified against the CID.
type Content interface {
	Put(ctx context.Context, data []byte) (string, error)
	Fetch(ctx context.Context, cid string) ([]byte, error)
}

// StoreContent adapts an ipfs.Store to Content.
type StoreContent struct{ Store *ipfs.Store }

// Put adds data (CIDv1, pinned) and returns its CID.
func (s StoreContent) Put(ctx context.Context, data []byte) (string, error) {
	c, err := s.Store.Add(ctx, bytes.NewReader(data), ipfs.AddOptions{})
	if err != nil {
		return "", err
	}
	return c.String(), nil
}

// Fetch reads the file under cid; the store verifies each block's hash.
func (s StoreContent) Fetch(ctx context.Context, cid string) ([]byte, error) {
	c, err := ipfs.ParseCID(cid)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", cid, err)
	}
	r, err := s.Store.Get(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", cid, err)
	}
	defer r.Close()
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", cid, err)
	}
	return data, nil
}
