package ipfs

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/ipfs/go-cid"
)

// pinRecord is the on-disk form of pins.json.
type pinRecord struct {
	Version   int      `json:"version"`
	Recursive []string `json:"recursive"`
}

const pinRecordVersion = 1

func readPins(path string) (map[string]struct{}, error) {
	pins := map[string]struct{}{}
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return pins, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read pins: %w", err)
	}
	var rec pinRecord
	if err := json.Unmarshal(b, &rec); err != nil || rec.Version != pinRecordVersion {
		return nil, fmt.Errorf("read pins %s: not a version %d pin record (%v): restore it from a backup or remove it and pin again", path, pinRecordVersion, err)
	}
	for _, s := range rec.Recursive {
		c, err := ParseCID(s)
		if err != nil {
			return nil, fmt.Errorf("read pins %s: %w", path, err)
		}
		pins[c.String()] = struct{}{}
	}
	return pins, nil
}

// writePinsLocked writes pins.json atomically: temp file, fsync, rename,
// fsync of the folder. The caller holds pinMu.
func (s *Store) writePinsLocked(pins map[string]struct{}) error {
	rec := pinRecord{Version: pinRecordVersion, Recursive: make([]string, 0, len(pins))}
	for k := range pins {
		rec.Recursive = append(rec.Recursive, k)
	}
	slices.Sort(rec.Recursive)
	b, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(s.dir, pinsFile)
	tmp, err := os.CreateTemp(s.dir, pinsFile+".tmp-*")
	if err != nil {
		return fmt.Errorf("write pins: %w: check that %s is writable and the disk is not full", err, s.dir)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("write pins: %w: is the disk full?", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write pins: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write pins: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write pins: %w", err)
	}
	if d, err := os.Open(s.dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// addPin records c as a recursive pin. The caller has made its blocks durable.
func (s *Store) addPin(c cid.Cid) error {
	s.pinMu.Lock()
	defer s.pinMu.Unlock()
	if s.closed {
		return ErrClosed
	}
	if _, ok := s.pins[c.String()]; ok {
		return nil
	}
	next := copyPins(s.pins)
	next[c.String()] = struct{}{}
	if err := s.writePinsLocked(next); err != nil {
		return err
	}
	s.pins = next
	return nil
}

func copyPins(m map[string]struct{}) map[string]struct{} {
	out := make(map[string]struct{}, len(m)+1)
	for k := range m {
		out[k] = struct{}{}
	}
	return out
}

// Pin pins c recursively. Every block of its DAG must already be in the
// store (fetch or import it first); otherwise the error wraps ErrNotFound
// and names the missing block.
func (s *Store) Pin(ctx context.Context, c cid.Cid) error {
	if err := s.checkOpen(); err != nil {
		return err
	}
	s.gc.RLock()
	defer s.gc.RUnlock()
	if err := s.walk(ctx, c, false, nil); err != nil {
		return fmt.Errorf("pin %s: %w", c, err)
	}
	if err := s.flush(); err != nil {
		return err
	}
	if err := s.addPin(c); err != nil {
		return fmt.Errorf("pin %s: %w", c, err)
	}
	return nil
}

// Unpin removes the recursive pin on c; GC may then remove its blocks.
func (s *Store) Unpin(ctx context.Context, c cid.Cid) error {
	s.pinMu.Lock()
	defer s.pinMu.Unlock()
	if s.closed {
		return ErrClosed
	}
	if _, ok := s.pins[c.String()]; !ok {
		return fmt.Errorf("unpin %s: %w: list pins to see what is pinned", c, ErrNotPinned)
	}
	next := copyPins(s.pins)
	delete(next, c.String())
	if err := s.writePinsLocked(next); err != nil {
		return fmt.Errorf("unpin %s: %w", c, err)
	}
	s.pins = next
	return nil
}

// Pins lists the recursive pins, sorted by CID string.
func (s *Store) Pins(ctx context.Context) ([]cid.Cid, error) {
	s.pinMu.Lock()
	defer s.pinMu.Unlock()
	if s.closed {
		return nil, ErrClosed
	}
	keys := make([]string, 0, len(s.pins))
	for k := range s.pins {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([]cid.Cid, len(keys))
	for i, k := range keys {
		c, err := cid.Decode(k)
		if err != nil {
			return nil, fmt.Errorf("%w: pin record holds %q", ErrBadCID, k)
		}
		out[i] = c
	}
	return out, nil
}

// IsPinned reports whether c is pinned recursively.
func (s *Store) IsPinned(c cid.Cid) bool {
	s.pinMu.Lock()
	defer s.pinMu.Unlock()
	_, ok := s.pins[c.String()]
	return ok
}
