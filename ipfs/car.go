package ipfs

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	"github.com/ipld/go-car/v2/storage"
)

// ExportCAR writes the whole DAG under c to w as a CARv1 with root c,
// blocks in depth-first order, each verified as it is read.
func (s *Store) ExportCAR(ctx context.Context, c cid.Cid, w io.Writer) error {
	if err := s.checkOpen(); err != nil {
		return err
	}
	car, err := storage.NewWritable(w, []cid.Cid{c}, carv2.WriteAsCarV1(true))
	if err != nil {
		return fmt.Errorf("export %s: %w", c, err)
	}
	err = s.walk(ctx, c, true, func(b cid.Cid, data []byte) error {
		return car.Put(ctx, b.KeyString(), data)
	})
	if err != nil {
		return fmt.Errorf("export %s: %w", c, err)
	}
	if err := car.Finalize(); err != nil {
		return fmt.Errorf("export %s: %w", c, err)
	}
	return nil
}

// ImportCAR reads a CARv1 or CARv2 stream, verifies every block against
// its CID before storing it, checks that each root's DAG is complete, and
// only then pins the roots. A truncated or incomplete CAR fails with
// ErrTruncatedCAR and pins nothing; its blocks stay unpinned for GC.
func (s *Store) ImportCAR(ctx context.Context, r io.Reader) ([]cid.Cid, error) {
	if err := s.checkOpen(); err != nil {
		return nil, err
	}
	s.gc.RLock()
	defer s.gc.RUnlock()
	br, err := carv2.NewBlockReader(ctxReader{ctx, r}, carv2.WithTrustedCAR(true))
	if err != nil {
		return nil, carErr("read CAR header", err)
	}
	roots := br.Roots
	if len(roots) == 0 {
		return nil, fmt.Errorf("import CAR: the header lists no root: export it with a root CID")
	}
	n := 0
	for {
		b, err := br.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, carErr(fmt.Sprintf("read CAR block %d", n+1), err)
		}
		if err := s.putVerified(ctx, b.Cid(), b.RawData()); err != nil {
			return nil, fmt.Errorf("import CAR block %d: %w; nothing was pinned", n+1, err)
		}
		n++
	}
	for _, root := range roots {
		if err := s.walk(ctx, root, false, nil); err != nil {
			if errors.Is(err, ErrNotFound) {
				return nil, fmt.Errorf("import CAR: %w: root %s is incomplete after %d blocks (%w); nothing was pinned: export the whole DAG again", ErrTruncatedCAR, root, n, err)
			}
			return nil, fmt.Errorf("import CAR root %s: %w; nothing was pinned", root, err)
		}
	}
	if err := s.flush(); err != nil {
		return nil, err
	}
	for _, root := range roots {
		if err := s.addPin(root); err != nil {
			return nil, fmt.Errorf("import CAR: pin %s: %w", root, err)
		}
	}
	return roots, nil
}

// carErr classifies a CAR read error: a stream that ends early is
// ErrTruncatedCAR, anything else is named as is.
func carErr(what string, err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return fmt.Errorf("import CAR: %s: %w: the stream ended early; nothing was pinned: copy the whole file again", what, ErrTruncatedCAR)
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("import CAR: %s: interrupted (%w); nothing was pinned", what, err)
	}
	return fmt.Errorf("import CAR: %s: %w (%w): is this a CAR file?", what, ErrNotCAR, err)
}
