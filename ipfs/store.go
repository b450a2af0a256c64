package ipfs

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	blockstore "github.com/ipfs/boxo/blockstore"
	flatfs "github.com/ipfs/go-ds-flatfs"
)

// Layout of a Store directory.
const (
	blocksDir = "blocks"    // flatfs, /repo/flatfs/shard/v1/next-to-last/2, as Kubo
	pinsFile  = "pins.json" // recursive pins, rewritten atomically
)

// Store is a persistent, content-addressed block store with recursive pins.
// It is safe for concurrent use. Add, ImportCAR and fetches hold a shared
// lock for their whole run and GC an exclusive one, so GC never removes the
// blocks of an add that has not pinned yet.
type Store struct {
	dir string
	ds  *flatfs.Datastore
	bs  blockstore.Blockstore
	// perBlockSync: no whole-filesystem sync here, so flatfs fsyncs each file.
	perBlockSync bool

	gc sync.RWMutex // shared: writers that pin at the end; exclusive: GC

	pinMu  sync.Mutex
	pins   map[string]struct{} // recursive pins, by CID string
	closed bool
}

// Open opens the store in dir, creating it (and the flatfs shard layout) if
// needed. The caller passes filepath.Join(home, "ipfs").
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open store: %w: check that %s is writable", err, dir)
	}
	perBlock := !canSyncFS()
	ds, err := flatfs.CreateOrOpen(filepath.Join(dir, blocksDir), flatfs.NextToLast(2), perBlock)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w: the blocks folder must be a flatfs store with next-to-last/2 sharding", dir, err)
	}
	pins, err := readPins(filepath.Join(dir, pinsFile))
	if err != nil {
		ds.Close()
		return nil, err
	}
	return &Store{
		dir:          dir,
		ds:           ds,
		bs:           blockstore.NewBlockstore(ds, blockstore.NoPrefix()),
		perBlockSync: perBlock,
		pins:         pins,
	}, nil
}

// Dir is the directory the store lives in.
func (s *Store) Dir() string { return s.dir }

// Close releases the store. Using it afterwards returns ErrClosed.
func (s *Store) Close() error {
	s.gc.Lock()
	defer s.gc.Unlock()
	s.pinMu.Lock()
	defer s.pinMu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return s.ds.Close()
}

func (s *Store) checkOpen() error {
	s.pinMu.Lock()
	defer s.pinMu.Unlock()
	if s.closed {
		return ErrClosed
	}
	return nil
}

// flush makes every block written so far durable, once, before a pin that
// refers to them is written.
func (s *Store) flush() error {
	if s.perBlockSync {
		return nil
	}
	if err := syncFS(filepath.Join(s.dir, blocksDir)); err != nil {
		return fmt.Errorf("sync blocks to disk: %w: is the disk full or read-only?", err)
	}
	return nil
}

// storeErr names the operation and turns a closed datastore into ErrClosed.
func storeErr(op string, err error) error {
	if errors.Is(err, flatfs.ErrClosed) {
		return fmt.Errorf("%s: %w", op, ErrClosed)
	}
	return fmt.Errorf("%s: %w", op, err)
}

// ctxReader fails reads once ctx is done, so a long add stops promptly.
type ctxReader struct {
	ctx context.Context
	r   interface{ Read([]byte) (int, error) }
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
