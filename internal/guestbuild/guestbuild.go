// Package guestbuild compiles guest modules written in C (clang + wasi-libc)
// and AssemblyScript (asc) against the SDKs in sdk-guest/, with the same
// flags as mk/sdk.mk, for tests and benchmarks.
package guestbuild

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
)

// ErrNoToolchain reports that a language's compiler is not installed.
var ErrNoToolchain = errors.New("guest toolchain not installed")

// CFlags are clang's flags for a C guest: a wasm32-wasi reactor (exports
// _initialize), no FMA contraction, warnings as errors, no debug names.
var CFlags = []string{
	"--target=wasm32-wasi", "--sysroot=/usr", "-O2", "-mexec-model=reactor",
	"-ffp-contract=off", "-Wall", "-Wextra", "-Werror", "-Wl,--strip-all",
}

// ASFlags are asc's flags for an AssemblyScript guest: the stub runtime
// (never frees: a run is one short-lived instance), the start function
// exported as _initialize (the host calls it first), and the SDK's abort.
// The --use abort= path is appended by AssemblyScript.
var ASFlags = []string{"--runtime", "stub", "--exportStart", "_initialize", "-O3", "--noAssert"}

// C compiles srcs with the C SDK of the repository at root into out.
func C(ctx context.Context, root, out string, srcs ...string) error {
	if err := HaveC(ctx); err != nil {
		return err
	}
	sdk := filepath.Join(root, "sdk-guest", "c")
	args := append(append([]string{}, CFlags...), "-I", sdk, "-o", out)
	args = append(append(args, srcs...), filepath.Join(sdk, "dml.c"))
	return run(ctx, "", "clang", args...)
}

// AssemblyScript compiles entry, which imports the SDK of the repository at
// root by a relative path, into out.
func AssemblyScript(ctx context.Context, root, out, entry string) error {
	if err := HaveAssemblyScript(root); err != nil {
		return err
	}
	entry, err := filepath.Abs(entry)
	if err != nil {
		return err
	}
	rel, err := filepath.Rel(root, entry)
	if err != nil {
		return err
	}
	args := append([]string{rel}, ASFlags...)
	args = append(args, "--use", "abort=sdk-guest/assemblyscript/assembly/log/dmlAbort", "-o", out)
	return run(ctx, root, ASC(root), args...)
}

// ASC is the path of the asc the SDK's package-lock.json pins.
func ASC(root string) string {
	return filepath.Join(root, "sdk-guest", "assemblyscript", "node_modules", ".bin", "asc")
}

var (
	cOnce sync.Once
	cErr  error
)

// HaveC checks, once, that clang can link a wasm32-wasi reactor; the error
// wraps ErrNoToolchain and names the Debian packages to install.
func HaveC(ctx context.Context) error {
	cOnce.Do(func() {
		dir, err := os.MkdirTemp("", "dml-guestbuild-")
		if err != nil {
			cErr = err
			return
		}
		defer os.RemoveAll(dir)
		src := filepath.Join(dir, "probe.c")
		if err := os.WriteFile(src, []byte("__attribute__((export_name(\"f\"))) int f(void) { return 1; }\n"), 0o644); err != nil {
			cErr = err
			return
		}
		args := append(append([]string{}, CFlags...), "-o", filepath.Join(dir, "probe.wasm"), src)
		if err := run(ctx, "", "clang", args...); err != nil {
			cErr = fmt.Errorf("%w: clang cannot build a wasm32-wasi reactor (%v): apt-get install -y clang lld wasi-libc libclang-rt-14-dev-wasm32", ErrNoToolchain, err)
		}
	})
	return cErr
}

// HaveAssemblyScript checks that node and the SDK's pinned asc are
// installed; the error wraps ErrNoToolchain and says how to install them.
func HaveAssemblyScript(root string) error {
	if _, err := exec.LookPath("node"); err != nil {
		return fmt.Errorf("%w: node not found: apt-get install -y nodejs npm", ErrNoToolchain)
	}
	if _, err := os.Stat(ASC(root)); err != nil {
		return fmt.Errorf("%w: %s missing: npm ci --prefix sdk-guest/assemblyscript (npm package assemblyscript)", ErrNoToolchain, ASC(root))
	}
	return nil
}

func run(ctx context.Context, dir, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s: %w\n%s", name, err, out.String())
	}
	return nil
}
