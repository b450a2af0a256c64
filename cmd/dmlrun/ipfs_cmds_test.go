package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/ipfs"
)

// writeTemp writes data to a fresh file and returns its path.
func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// pattern is n bytes that do not repeat per chunk, so blocks differ.
func pattern(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

// addCID runs `dmlrun add` and returns the CID it printed.
func addCID(t *testing.T, home, file string, extra ...string) string {
	t.Helper()
	code, out, errs := dmlrun(t, append([]string{"add", file, "--home", home}, extra...)...)
	if code != ExitOK {
		t.Fatalf("add %s: exit %d: %s", file, code, errs)
	}
	return strings.TrimSpace(out)
}

// The vectors are FACTS.md's (Kubo's own output), not ours.
func TestAddKnownCIDs(t *testing.T) {
	hello := writeTemp(t, "hello.txt", []byte("hello world\n"))
	empty := writeTemp(t, "empty", nil)
	tests := []struct {
		file, version, want string
	}{
		{hello, "0", "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"},
		{hello, "1", "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"},
		{empty, "1", "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"},
	}
	home := t.TempDir()
	for _, tc := range tests {
		t.Run(filepath.Base(tc.file)+" v"+tc.version, func(t *testing.T) {
			code, out, errs := dmlrun(t, "add", tc.file, "--cid-version", tc.version, "--home", home)
			if code != ExitOK || out != tc.want+"\n" || errs != "" {
				t.Fatalf("exit %d stdout %q stderr %q, want %s", code, out, errs, tc.want)
			}
			code, out, _ = dmlrun(t, "add", tc.file, "--cid-version", tc.version, "--home", home, "--json")
			var a added
			if err := json.Unmarshal([]byte(out), &a); err != nil || code != ExitOK || a.CID != tc.want || a.File != tc.file {
				t.Fatalf("--json: exit %d %v %+v", code, err, a)
			}
		})
	}
	if code, _, _ := dmlrun(t, "add", hello, "--home", home); code != ExitOK {
		t.Fatal("default add failed")
	}
	if _, out, _ := dmlrun(t, "add", hello, "--home", home); strings.TrimSpace(out) != tests[1].want {
		t.Errorf("default --cid-version is not 1: %s", out)
	}
}

func TestGetRoundTrip(t *testing.T) {
	home := t.TempDir()
	for _, n := range []int{0, 1, ipfs.ChunkSize, ipfs.ChunkSize + 1, 3*ipfs.ChunkSize + 7} {
		want := pattern(n)
		for _, v := range []string{"0", "1"} {
			c := addCID(t, home, writeTemp(t, "f", want), "--cid-version", v)
			code, out, errs := dmlrun(t, "get", c, "--home", home)
			if code != ExitOK || !bytes.Equal([]byte(out), want) {
				t.Fatalf("%d bytes v%s to stdout: exit %d, %d bytes back: %s", n, v, code, len(out), errs)
			}
			dst := filepath.Join(t.TempDir(), "out.bin")
			code, out, errs = dmlrun(t, "get", c, "-o", dst, "--json", "--home", home)
			var g got
			if err := json.Unmarshal([]byte(out), &g); err != nil || code != ExitOK || g.Size != int64(n) || g.CID != c {
				t.Fatalf("-o --json: exit %d %v %q %s", code, err, out, errs)
			}
			if back, _ := os.ReadFile(dst); !bytes.Equal(back, want) {
				t.Fatalf("%d bytes v%s: -o file differs", n, v)
			}
		}
	}
}

func TestContentCommandErrors(t *testing.T) {
	home := t.TempDir()
	hello := writeTemp(t, "hello.txt", []byte("hello world\n"))
	missing := "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy" // sha256 of "hello"; never added
	dst := filepath.Join(t.TempDir(), "keep.txt")
	os.WriteFile(dst, []byte("before"), 0o644)
	notCAR := writeTemp(t, "x.car", []byte(strings.Repeat("not a car file, just some text. ", 10)))
	tests := []struct {
		name string
		args []string
		code int
		has  []string
	}{
		{"malformed CID", []string{"get", "bafyNOTaCID"}, ExitUsage, []string{`"bafyNOTaCID"`, "malformed CID"}},
		{"malformed CID to pin", []string{"pin", "add", "Qm123"}, ExitUsage, []string{`"Qm123"`}},
		{"no gateway", []string{"get", missing}, ExitContentUnavailable, []string{missing, "not in the local store and no gateway configured: add `ipfs.gateways` to dmlrun.yaml or pass --gateway"}},
		{"no gateway, -o kept", []string{"get", missing, "-o", dst}, ExitContentUnavailable, []string{missing}},
		{"--json without -o", []string{"get", missing, "--json"}, ExitUsage, []string{"--json needs -o FILE"}},
		{"bad gateway URL", []string{"get", missing, "--gateway", "ftp://x"}, ExitUsage, []string{`"ftp://x"`}},
		{"cid version", []string{"add", hello, "--cid-version", "2"}, ExitUsage, []string{"--cid-version 2: want 0 or 1"}},
		{"add missing file", []string{"add", filepath.Join(t.TempDir(), "none")}, ExitInvalidInput, []string{"no such file"}},
		{"add a directory", []string{"add", t.TempDir()}, ExitInvalidInput, []string{"not a regular file"}},
		{"unpin what is not pinned", []string{"pin", "rm", missing}, ExitContentUnavailable, []string{missing, "not pinned", "dmlrun pin ls"}},
		{"pin what is not local", []string{"pin", "add", missing}, ExitContentUnavailable, []string{"dmlrun pin add: ", missing}},
		{"car export without -o", []string{"car", "export", missing}, ExitUsage, []string{"-o FILE.car"}},
		{"car export of what is not local", []string{"car", "export", missing, "-o", filepath.Join(t.TempDir(), "a.car")}, ExitContentUnavailable, []string{missing}},
		{"car import missing", []string{"car", "import", filepath.Join(t.TempDir(), "none.car")}, ExitInvalidInput, []string{"no such file"}},
		{"car import not a CAR", []string{"car", "import", notCAR}, ExitInvalidInput, []string{"is this a CAR file?"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := dmlrun(t, append(tc.args, "--home", home)...)
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tc.code, errs)
			}
			for _, s := range tc.has {
				if !strings.Contains(errs, s) {
					t.Errorf("stderr %q lacks %q", errs, s)
				}
			}
			if code != ExitOK && out != "" && tc.args[0] != "pin" {
				t.Errorf("stdout %q on failure", out)
			}
		})
	}
	if b, _ := os.ReadFile(dst); string(b) != "before" {
		t.Errorf("a failed get -o changed the file: %q", b)
	}
}

func TestPinUnpinGC(t *testing.T) {
	home := t.TempDir()
	data := pattern(2*ipfs.ChunkSize + 5)
	c := addCID(t, home, writeTemp(t, "f", data))
	keep := addCID(t, home, writeTemp(t, "k", []byte("kept")))
	pins := func() []string {
		code, out, _ := dmlrun(t, "pin", "ls", "--json", "--home", home)
		var l pinList
		if err := json.Unmarshal([]byte(out), &l); err != nil || code != ExitOK {
			t.Fatalf("pin ls: exit %d %v", code, err)
		}
		return l.Pins
	}
	if p := pins(); len(p) != 2 {
		t.Fatalf("pins after two adds: %v", p)
	}
	if code, out, _ := dmlrun(t, "gc", "--json", "--home", home); code != ExitOK || !strings.Contains(out, `"removed_blocks": 0`) {
		t.Fatalf("gc with everything pinned: exit %d %s", code, out)
	}
	if code, out, errs := dmlrun(t, "pin", "rm", c, "--home", home); code != ExitOK || out != c+"\n" {
		t.Fatalf("pin rm: exit %d %q %s", code, out, errs)
	}
	if p := pins(); len(p) != 1 || p[0] != keep {
		t.Fatalf("pins after rm: %v", p)
	}
	// Pinning again needs only what is local: nothing was collected yet.
	if code, _, errs := dmlrun(t, "pin", "add", c, "--home", home); code != ExitOK {
		t.Fatalf("re-pin: exit %d %s", code, errs)
	}
	dmlrun(t, "pin", "rm", c, "--home", home)
	code, out, _ := dmlrun(t, "gc", "--json", "--home", home)
	var g collected
	json.Unmarshal([]byte(out), &g)
	if code != ExitOK || g.RemovedBlocks != 4 || g.FreedBytes < int64(len(data)) {
		t.Fatalf("gc after unpin: exit %d %+v (want 3 leaves and the root removed)", code, g)
	}
	if code, _, errs := dmlrun(t, "get", c, "--home", home); code != ExitContentUnavailable || !strings.Contains(errs, "not in the local store") {
		t.Errorf("get after gc: exit %d %s", code, errs)
	}
	if code, out, _ := dmlrun(t, "get", keep, "--home", home); code != ExitOK || out != "kept" {
		t.Errorf("pinned content lost by gc: exit %d %q", code, out)
	}
}

func TestCARExportImportIntoFreshHome(t *testing.T) {
	src, dst := t.TempDir(), t.TempDir()
	data := pattern(5*ipfs.ChunkSize + 11)
	c := addCID(t, src, writeTemp(t, "f", data))
	car := filepath.Join(t.TempDir(), "f.car")
	if code, out, errs := dmlrun(t, "car", "export", c, "-o", car, "--home", src); code != ExitOK || !strings.Contains(out, car) {
		t.Fatalf("export: exit %d %q %s", code, out, errs)
	}
	whole, _ := os.ReadFile(car)
	cut := writeTemp(t, "cut.car", whole[:len(whole)*2/3])
	code, _, errs := dmlrun(t, "car", "import", cut, "--home", dst)
	if code != ExitInvalidInput || !strings.Contains(errs, "truncated CAR") || !strings.Contains(errs, "nothing was pinned") {
		t.Fatalf("truncated import: exit %d %s", code, errs)
	}
	if _, out, _ := dmlrun(t, "pin", "ls", "--home", dst); out != "" {
		t.Fatalf("a truncated import pinned %q", out)
	}
	code, out, errs := dmlrun(t, "car", "import", car, "--json", "--home", dst)
	var imp carFile
	if err := json.Unmarshal([]byte(out), &imp); err != nil || code != ExitOK || len(imp.Roots) != 1 || imp.Roots[0] != c {
		t.Fatalf("import: exit %d %v %q %s", code, err, out, errs)
	}
	if code, out, _ := dmlrun(t, "get", c, "--home", dst); code != ExitOK || !bytes.Equal([]byte(out), data) {
		t.Fatalf("get after import: exit %d, %d bytes", code, len(out))
	}
	if code, out, _ := dmlrun(t, "gc", "--home", dst); code != ExitOK || !strings.Contains(out, "removed 0 blocks") {
		t.Errorf("gc removed imported blocks (the truncated import's leftovers are in the pinned DAG): %s", out)
	}
}

func TestGetCorruptBlockNamesIt(t *testing.T) {
	home := t.TempDir()
	c := addCID(t, home, writeTemp(t, "f", pattern(2*ipfs.ChunkSize)))
	var leaf string
	filepath.WalkDir(filepath.Join(home, "ipfs", "blocks"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".data") && leaf == "" {
			if fi, _ := d.Info(); fi.Size() == ipfs.ChunkSize {
				leaf = p
			}
		}
		return nil
	})
	if leaf == "" {
		t.Fatal("no leaf block file found")
	}
	b, _ := os.ReadFile(leaf)
	b[100] ^= 1
	os.WriteFile(leaf, b, 0o644)
	code, _, errs := dmlrun(t, "get", c, "-o", filepath.Join(t.TempDir(), "out"), "--home", home)
	if code != ExitContentMismatch || !strings.Contains(errs, "do not match") || !strings.Contains(errs, "bafkrei") {
		t.Errorf("corrupt leaf: exit %d %s", code, errs)
	}
}
