package ipfs

import (
	"context"
	"fmt"

	"github.com/ipfs/boxo/ipld/merkledag"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	format "github.com/ipfs/go-ipld-format"
)

// verifyBlock checks that data hashes to c.
func verifyBlock(c cid.Cid, data []byte) error {
	sum, err := c.Prefix().Sum(data)
	if err != nil {
		return fmt.Errorf("block %s: %w: cannot hash with its multihash (%v)", c, ErrUnsupported, err)
	}
	if !sum.Equals(c) {
		return fmt.Errorf("block %s: %w (the bytes hash to %s): the copy is corrupt or forged; fetch it again from a trusted source", c, ErrHashMismatch, sum)
	}
	return nil
}

// getBlock reads c from disk and verifies it.
func (s *Store) getBlock(ctx context.Context, c cid.Cid) ([]byte, error) {
	b, err := s.bs.Get(ctx, c)
	if format.IsNotFound(err) {
		return nil, fmt.Errorf("block %s: %w: fetch it from a gateway or import a CAR that holds it", c, ErrNotFound)
	}
	if err != nil {
		return nil, storeErr("read block "+c.String(), err)
	}
	if err := verifyBlock(c, b.RawData()); err != nil {
		return nil, err
	}
	return b.RawData(), nil
}

// putVerified stores data under c after checking that it hashes to c.
func (s *Store) putVerified(ctx context.Context, c cid.Cid, data []byte) error {
	if err := verifyBlock(c, data); err != nil {
		return err
	}
	b, err := blocks.NewBlockWithCid(data, c)
	if err != nil {
		return err
	}
	if err := s.bs.Put(ctx, b); err != nil {
		return storeErr("write block "+c.String(), fmt.Errorf("%w: is the disk full?", err))
	}
	return nil
}

// decodeNode decodes a verified block of a codec UnixFS uses.
func decodeNode(c cid.Cid, data []byte) (format.Node, error) {
	b, err := blocks.NewBlockWithCid(data, c)
	if err != nil {
		return nil, err
	}
	switch c.Type() {
	case cid.DagProtobuf:
		nd, err := merkledag.DecodeProtobufBlock(b)
		if err != nil {
			return nil, fmt.Errorf("block %s: %w: not valid dag-pb (%v)", c, ErrUnsupported, err)
		}
		return nd, nil
	case cid.Raw:
		return merkledag.DecodeRawBlock(b)
	default:
		return nil, fmt.Errorf("block %s: %w: codec 0x%x (only dag-pb and raw are supported)", c, ErrUnsupported, c.Type())
	}
}

// linksOf lists the children of a verified block, in order.
func linksOf(c cid.Cid, data []byte) ([]cid.Cid, error) {
	if c.Type() == cid.Raw {
		return nil, nil
	}
	nd, err := decodeNode(c, data)
	if err != nil {
		return nil, err
	}
	out := make([]cid.Cid, len(nd.Links()))
	for i, l := range nd.Links() {
		out[i] = l.Cid
	}
	return out, nil
}

// walk visits every block of the DAG under root once, depth-first in link
// order, reading and verifying each block. With readLeaves false, raw
// leaves are only checked for presence and visited with nil data.
func (s *Store) walk(ctx context.Context, root cid.Cid, readLeaves bool, visit func(c cid.Cid, data []byte) error) error {
	seen := map[string]bool{}
	stack := []cid.Cid{root}
	for len(stack) > 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[string(c.Hash())] {
			continue
		}
		seen[string(c.Hash())] = true
		if c.Type() == cid.Raw && !readLeaves {
			ok, err := s.bs.Has(ctx, c)
			if err != nil {
				return storeErr("read block "+c.String(), err)
			}
			if !ok {
				return fmt.Errorf("block %s: %w: fetch it from a gateway or import a CAR that holds it", c, ErrNotFound)
			}
			if visit != nil {
				if err := visit(c, nil); err != nil {
					return err
				}
			}
			continue
		}
		data, err := s.getBlock(ctx, c)
		if err != nil {
			return err
		}
		if visit != nil {
			if err := visit(c, data); err != nil {
				return err
			}
		}
		links, err := linksOf(c, data)
		if err != nil {
			return err
		}
		for i := len(links) - 1; i >= 0; i-- {
			stack = append(stack, links[i])
		}
	}
	return nil
}

// storeDAG is the DAG service the UnixFS importer and reader run on: every
// Get is verified against its CID.
type storeDAG struct{ s *Store }

var _ format.DAGService = storeDAG{}

func (d storeDAG) Get(ctx context.Context, c cid.Cid) (format.Node, error) {
	data, err := d.s.getBlock(ctx, c)
	if err != nil {
		return nil, err
	}
	return decodeNode(c, data)
}

// GetMany reads up to getManyParallel blocks at once, so disk reads and
// hashing overlap, and delivers them in request order.
func (d storeDAG) GetMany(ctx context.Context, cids []cid.Cid) <-chan *format.NodeOption {
	out := make(chan *format.NodeOption, len(cids))
	slots := make([]chan *format.NodeOption, len(cids))
	for i := range slots {
		slots[i] = make(chan *format.NodeOption, 1)
	}
	go func() {
		sem := make(chan struct{}, getManyParallel)
		for i, c := range cids {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			go func() {
				defer func() { <-sem }()
				nd, err := d.Get(ctx, c)
				slots[i] <- &format.NodeOption{Node: nd, Err: err}
			}()
		}
	}()
	go func() {
		defer close(out)
		for _, slot := range slots {
			select {
			case opt := <-slot:
				out <- opt
				if opt.Err != nil {
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

const getManyParallel = 4

func (d storeDAG) Add(ctx context.Context, nd format.Node) error {
	if err := d.s.bs.Put(ctx, nd); err != nil {
		return storeErr("write block "+nd.Cid().String(), fmt.Errorf("%w: is the disk full?", err))
	}
	return nil
}

func (d storeDAG) AddMany(ctx context.Context, nds []format.Node) error {
	for _, nd := range nds {
		if err := d.Add(ctx, nd); err != nil {
			return err
		}
	}
	return nil
}

func (d storeDAG) Remove(ctx context.Context, c cid.Cid) error {
	return d.s.bs.DeleteBlock(ctx, c)
}

func (d storeDAG) RemoveMany(ctx context.Context, cids []cid.Cid) error {
	for _, c := range cids {
		if err := d.s.bs.DeleteBlock(ctx, c); err != nil {
			return err
		}
	}
	return nil
}
