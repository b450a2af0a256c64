package ipfs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// openTemp opens a Store in a fresh temporary directory, closed at cleanup.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "ipfs"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestOpenKuboLayout(t *testing.T) {
	s := openTemp(t)
	b, err := os.ReadFile(filepath.Join(s.Dir(), "blocks", "SHARDING"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(string(b)); got != "/repo/flatfs/shard/v1/next-to-last/2" {
		t.Fatalf("SHARDING = %q", got)
	}
}

func TestClosedStore(t *testing.T) {
	s := openTemp(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(t.Context(), strings.NewReader("x"), AddOptions{}); err == nil || !strings.Contains(err.Error(), "closed") {
		t.Fatalf("Add after Close: %v", err)
	}
}

func TestReopenKeepsPinsAndBlocks(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ipfs")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.Add(t.Context(), strings.NewReader("persist me"), AddOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !s.IsPinned(c) {
		t.Fatal("pin lost across reopen")
	}
	if got := readAll(t, s, c); string(got) != "persist me" {
		t.Fatalf("got %q", got)
	}
}

func TestOpenRejectsBadPinRecord(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ipfs")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, pinsFile), []byte("{not json"), 0o644)
	if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), "pin record") {
		t.Fatalf("Open with a bad pins.json: %v", err)
	}
}
