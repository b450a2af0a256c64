package ipfs

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func readAll(t testing.TB, s *Store, c interface{ String() string }) []byte {
	t.Helper()
	cc, err := ParseCID(c.String())
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Get(context.Background(), cc)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestAddKnownVectors(t *testing.T) {
	tests := []struct {
		name string
		data string
		v0   bool
		want string
	}{
		{"hello v0", "hello world\n", true, "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"},
		{"hello v1", "hello world\n", false, "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"},
		{"empty v1", "", false, "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"},
		{"empty v0", "", true, "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"},
	}
	s := openTemp(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := s.Add(t.Context(), strings.NewReader(tt.data), AddOptions{CIDv0: tt.v0})
			if err != nil {
				t.Fatal(err)
			}
			if c.String() != tt.want {
				t.Fatalf("Add = %s, want %s", c, tt.want)
			}
			ref, err := refAdd(strings.NewReader(tt.data), !tt.v0)
			if err != nil {
				t.Fatal(err)
			}
			if ref != tt.want {
				t.Fatalf("reference encoder = %s, want %s (the reference is wrong)", ref, tt.want)
			}
			if got := readAll(t, s, c); string(got) != tt.data {
				t.Fatalf("Get = %q, want %q", got, tt.data)
			}
		})
	}
}

func TestAddMatchesIndependentEncoder(t *testing.T) {
	sizes := []struct {
		name string
		n    int64
	}{
		{"1 byte", 1},
		{"256KiB", 256 << 10},
		{"256KiB+1", 256<<10 + 1},
		{"174 chunks", 174 * 256 << 10},
		{"174 chunks+1", 174*256<<10 + 1},
		{"50MB", 50_000_000},
	}
	if testing.Short() {
		sizes = sizes[:3]
	}
	s := openTemp(t)
	for _, sz := range sizes {
		for _, v0 := range []bool{false, true} {
			name := sz.name + " v1"
			if v0 {
				name = sz.name + " v0"
			}
			t.Run(name, func(t *testing.T) {
				want, err := refAdd(newCounterStream(sz.n), !v0)
				if err != nil {
					t.Fatal(err)
				}
				got, err := s.Add(t.Context(), newCounterStream(sz.n), AddOptions{CIDv0: v0})
				if err != nil {
					t.Fatal(err)
				}
				if got.String() != want {
					t.Fatalf("Add = %s, independent encoder = %s", got, want)
				}
				size, err := s.Size(t.Context(), got)
				if err != nil || size != sz.n {
					t.Fatalf("Size = %d, %v; want %d", size, err, sz.n)
				}
			})
		}
	}
}

func TestAddRoundTrip(t *testing.T) {
	s := openTemp(t)
	for _, n := range []int64{0, 1, 256 << 10, 3*256<<10 + 17} {
		want, _ := io.ReadAll(newCounterStream(n))
		c, err := s.Add(t.Context(), bytes.NewReader(want), AddOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := readAll(t, s, c); !bytes.Equal(got, want) {
			t.Fatalf("%d bytes: Get differs from what was added", n)
		}
	}
}

// failingReader returns n bytes, then err.
type failingReader struct {
	r   io.Reader
	err error
}

func (f *failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, f.err
	}
	return n, err
}

func TestAddInterruptedLeavesNoPin(t *testing.T) {
	s := openTemp(t)
	boom := errors.New("disk pulled")
	_, err := s.Add(t.Context(), &failingReader{r: newCounterStream(3 << 20), err: boom}, AddOptions{})
	if !errors.Is(err, boom) {
		t.Fatalf("Add = %v, want the reader's error", err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := s.Add(ctx, newCounterStream(3<<20), AddOptions{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled Add = %v", err)
	}
	pins, _ := s.Pins(t.Context())
	if len(pins) != 0 {
		t.Fatalf("interrupted adds left pins %v", pins)
	}
	// The failed adds' batches were discarded: no block and no temp file.
	if n := countFiles(t, filepath.Join(s.Dir(), "blocks"), ".data"); n != 0 {
		t.Fatalf("%d block files left by interrupted adds", n)
	}
	if n := countFiles(t, filepath.Join(s.Dir(), "blocks", ".temp"), ""); n != 0 {
		t.Fatalf("%d temp files left by interrupted adds", n)
	}
	removed, _, err := s.GC(t.Context())
	if err != nil || removed != 0 {
		t.Fatalf("GC after interrupted adds: %d, %v", removed, err)
	}
}

// countFiles counts regular files under dir whose names end in suffix.
func countFiles(t testing.TB, dir, suffix string) int {
	n := 0
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && strings.HasSuffix(p, suffix) {
			n++
		}
		return nil
	})
	return n
}

func TestAddWritesAtomically(t *testing.T) {
	s := openTemp(t)
	if _, err := s.Add(t.Context(), newCounterStream(2<<20), AddOptions{}); err != nil {
		t.Fatal(err)
	}
	// flatfs writes each block to a temp file and renames it: nothing may
	// be left in its temp folder, and every block file must be complete.
	blocks := filepath.Join(s.Dir(), "blocks")
	if n := countFiles(t, filepath.Join(blocks, ".temp"), ""); n != 0 {
		t.Fatalf("%d temp files left behind", n)
	}
	n := countFiles(t, blocks, ".data")
	if n != 9 { // 8 raw leaves + 1 root
		t.Fatalf("%d block files, want 9", n)
	}
}

func TestAddOptionsForVersion(t *testing.T) {
	for _, tt := range []struct {
		v    int
		want AddOptions
		bad  bool
	}{{0, AddOptions{CIDv0: true}, false}, {1, AddOptions{}, false}, {2, AddOptions{}, true}, {-1, AddOptions{}, true}} {
		got, err := AddOptionsForVersion(tt.v)
		if (err != nil) != tt.bad || got != tt.want {
			t.Errorf("AddOptionsForVersion(%d) = %+v, %v", tt.v, got, err)
		}
	}
}

// BenchmarkAdd256MB adds 256 MB; compare with BenchmarkSHA256_256MB.
func BenchmarkAdd256MB(b *testing.B) {
	data, _ := io.ReadAll(newCounterStream(256 << 20))
	b.SetBytes(int64(len(data)))
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), "ipfs"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := s.Add(context.Background(), bytes.NewReader(data), AddOptions{}); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}

// BenchmarkSHA256_256MB is the floor for BenchmarkAdd256MB: crypto/sha256
// over the same bytes.
func BenchmarkSHA256_256MB(b *testing.B) {
	data, _ := io.ReadAll(newCounterStream(256 << 20))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		sha256.Sum256(data)
	}
}

// BenchmarkSha256sumBinary256MB is the yardstick for
// BenchmarkAdd256MB (≤ 2× this): coreutils `sha256sum` on a file of the
// same bytes, in the page cache, process start included.
func BenchmarkSha256sumBinary256MB(b *testing.B) {
	bin, err := exec.LookPath("sha256sum")
	if err != nil {
		b.Skip("sha256sum not installed")
	}
	data, _ := io.ReadAll(newCounterStream(256 << 20))
	file := filepath.Join(b.TempDir(), "256MB")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		b.Fatal(err)
	}
	want := fmt.Sprintf("%x", sha256.Sum256(data))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		out, err := exec.Command(bin, file).Output()
		if err != nil || !strings.HasPrefix(string(out), want) {
			b.Fatalf("sha256sum: %v %q", err, out)
		}
	}
}
