package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/guestbuild"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// dmlrunBinary builds dmlrun once for the scaffolds' own scripts.
func dmlrunBinary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "dmlrun-new-test-")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "dmlrun")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = errors.New(string(out))
		}
	})
	if binErr != nil {
		t.Fatalf("build dmlrun: %v", binErr)
	}
	return binPath
}

func runMake(t *testing.T, dir string, env []string, target string) string {
	t.Helper()
	cmd := exec.Command("make", target)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("make %s in %s: %v\n%s", target, dir, err, out.String())
	}
	return out.String()
}

// Each language's scaffold builds with its Makefile, runs under dmlrun with
// the result hash its test expects, and passes its own `make test`.
func TestNewScaffoldsBuildAndRun(t *testing.T) {
	root, err := findSDK("")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang string
		have func() error
	}{
		{"go", func() error { return nil }},
		{"c", func() error { return guestbuild.HaveC(context.Background()) }},
		{"assemblyscript", func() error {
			if _, err := exec.LookPath("npm"); err != nil {
				return errors.New("npm not found: apt-get install -y nodejs npm (the scaffold installs npm package assemblyscript)")
			}
			return nil
		}},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			if _, err := exec.LookPath("make"); err != nil {
				t.Skip("make not found: apt-get install -y make")
			}
			if err := tc.have(); err != nil {
				t.Skip(err)
			}
			name := "algo_" + tc.lang
			dir := filepath.Join(t.TempDir(), name)
			code, out, errs := dmlrun(t, "new", name, "--lang", tc.lang, "--dir", dir, "--sdk", root)
			if code != 0 || !strings.Contains(out, "make test") {
				t.Fatalf("dmlrun new: exit %d\n%s%s", code, out, errs)
			}
			env := []string{"DMLRUN=" + dmlrunBinary(t)}
			runMake(t, dir, env, "build")
			wasm := filepath.Join(dir, "build", name+".wasm")
			code, res, errs := runJSON(t, wasm, "--manifest", filepath.Join(dir, "manifest.yaml"),
				"--input", "x="+filepath.Join(dir, "testdata", "x.csv"), "--params", filepath.Join(dir, "testdata", "params.json"))
			if code != 0 || res.Status != abi.StatusOK {
				t.Fatalf("dmlrun run: exit %d %s %s\n%s", code, res.Status, res.Error, errs)
			}
			if res.ResultHash != scaffoldHash {
				t.Fatalf("result hash %s, want %s", res.ResultHash, scaffoldHash)
			}
			if !strings.Contains(errs, "scaled 4 values by 2.5") {
				t.Errorf("guest log %q lacks the scaffold's line", errs)
			}
			if got := runMake(t, dir, env, "test"); !strings.Contains(got, "ok") {
				t.Errorf("make test printed no ok:\n%s", got)
			}
		})
	}
}

func TestNewRefuses(t *testing.T) {
	root, err := findSDK("")
	if err != nil {
		t.Fatal(err)
	}
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "keep.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"bad name", []string{"new", "1abc", "--sdk", root}, ExitUsage, "want a letter"},
		{"name with a slash", []string{"new", "a/b", "--sdk", root}, ExitUsage, "want a letter"},
		{"unknown language", []string{"new", "abc", "--lang", "rust", "--sdk", root}, ExitUsage, "want go, c or assemblyscript"},
		{"not an SDK", []string{"new", "abc", "--sdk", t.TempDir()}, ExitUsage, "dml SDK not found"},
		{"directory not empty", []string{"new", "abc", "--dir", full, "--sdk", root}, ExitInternal, "is not empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := dmlrun(t, tc.args...)
			if code != tc.code || !strings.Contains(errs, tc.msg) {
				t.Fatalf("exit %d %q, want %d containing %q", code, errs, tc.code, tc.msg)
			}
		})
	}
	if b, err := os.ReadFile(filepath.Join(full, "keep.txt")); err != nil || string(b) != "mine" {
		t.Fatalf("a refused scaffold touched the directory: %q %v", b, err)
	}
}

// Inside the repository the SDK is found without --sdk; an empty target
// directory may be used.
func TestNewFindsSDKAndUsesEmptyDir(t *testing.T) {
	root, err := findSDK("")
	if err != nil {
		t.Fatal(err)
	}
	if !isSDKRoot(root) || !filepath.IsAbs(root) {
		t.Fatalf("findSDK = %s", root)
	}
	dir := t.TempDir() // exists, empty
	if code, out, errs := dmlrun(t, "new", "algo", "--lang", "c", "--dir", dir); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	for _, f := range []string{"algo.c", "Makefile", "test.sh", "manifest.yaml", "README.md", ".gitignore", "testdata/x.csv", "testdata/params.json"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("scaffold lacks %s: %v", f, err)
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "Makefile"))
	if err != nil || !strings.Contains(string(b), "DML_SDK ?= "+root) {
		t.Errorf("Makefile does not point at the SDK %s:\n%s", root, b)
	}
}
