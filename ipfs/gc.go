package ipfs

import (
	"context"
	"fmt"

	"github.com/ipfs/go-cid"
)

// GC removes every block not reachable from a pin and reports how many
// blocks and bytes it freed. It holds the store exclusively, so an add or
// fetch in progress (not pinned yet) finishes before or starts after it. If
// a pinned DAG has a missing or corrupt node, GC removes nothing and says
// which block: unpin that CID or fetch it again, then retry.
func (s *Store) GC(ctx context.Context) (removed int, freed int64, err error) {
	if err := s.checkOpen(); err != nil {
		return 0, 0, err
	}
	s.gc.Lock()
	defer s.gc.Unlock()

	pins, err := s.Pins(ctx)
	if err != nil {
		return 0, 0, err
	}
	live := map[string]bool{}
	for _, p := range pins {
		err := s.walk(ctx, p, false, func(c cid.Cid, _ []byte) error {
			live[string(c.Hash())] = true
			return nil
		})
		if err != nil {
			return 0, 0, fmt.Errorf("gc: pinned %s: %w; nothing was removed", p, err)
		}
	}

	keys, err := s.bs.AllKeysChan(ctx)
	if err != nil {
		return 0, 0, storeErr("gc: list blocks", err)
	}
	var dead []cid.Cid
	for k := range keys {
		if !live[string(k.Hash())] {
			dead = append(dead, k)
		}
	}
	if err := ctx.Err(); err != nil {
		return 0, 0, fmt.Errorf("gc: %w; nothing was removed", err)
	}
	for _, k := range dead {
		size, err := s.bs.GetSize(ctx, k)
		if err != nil {
			return removed, freed, storeErr("gc: size of "+k.String(), err)
		}
		if err := s.bs.DeleteBlock(ctx, k); err != nil {
			return removed, freed, storeErr("gc: remove "+k.String(), err)
		}
		removed++
		freed += int64(size)
	}
	return removed, freed, nil
}
