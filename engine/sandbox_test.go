package engine

import (
	"bytes"
	"context"
	"encoding/binary"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

// WASI is deterministic: the same job draws the same random bytes and reads
// the same clock on both engines; stdout goes to the local log only.
func TestDeterministicWASI(t *testing.T) {
	wasm := readFile(t, "testdata/wasi.wasm")
	var hashes []string
	for _, kind := range []Kind{Compiler, Interpreter, Compiler} {
		var log bytes.Buffer
		res := run(t, newTestEngine(t, kind), wasm, &Job{Log: &log})
		if res.Status != abi.StatusOK {
			t.Fatalf("%s: %s %s", kind, res.Status, res.Error)
		}
		if log.String() != "hi\n" {
			t.Fatalf("%s: log %q, want the guest's stdout", kind, log.String())
		}
		clock := res.OutputTensors[0].Data
		if t1, t2 := binary.LittleEndian.Uint64(clock), binary.LittleEndian.Uint64(clock[8:]); t2 <= t1 {
			t.Fatalf("clock does not advance per read: %d then %d", t1, t2)
		}
		hashes = append(hashes, res.ResultHash)
	}
	if hashes[0] != hashes[1] || hashes[1] != hashes[2] {
		t.Fatalf("result hashes differ across runs and engines: %v", hashes)
	}
	// Another job (different params) draws other random bytes.
	res := run(t, newTestEngine(t, Compiler), wasm, &Job{Params: []byte(`{"seed":2}`)})
	if res.ResultHash == hashes[0] {
		t.Fatal("random source does not depend on the job")
	}
}

// The memory limit is the job's: the same compiled module grows to each
// job's limit and no further, on both engines, and the result records it.
func TestMemoryLimit(t *testing.T) {
	wasm := readFile(t, "testdata/grow.wasm")
	for _, kind := range kinds {
		mod, err := newTestEngine(t, kind).Compile(context.Background(), wasm)
		if err != nil {
			t.Fatal(err)
		}
		defer mod.Close(context.Background())
		for _, limit := range []uint32{2, 8} {
			res, err := mod.Run(context.Background(), &Job{MemoryLimitMiB: limit})
			if err != nil {
				t.Fatal(err)
			}
			if res.Status != abi.StatusOK {
				t.Fatalf("%s: %s %s", kind, res.Status, res.Error)
			}
			if pages := binary.LittleEndian.Uint32(res.OutputTensors[0].Data); pages != limit*16 {
				t.Fatalf("%s: memory grew to %d pages, limit is %d MiB = %d pages", kind, pages, limit, limit*16)
			}
			if res.MemoryLimitMiB != limit {
				t.Fatalf("%s: result records memory limit %d, want %d", kind, res.MemoryLimitMiB, limit)
			}
		}
	}
}

// A module whose declared memory is above the job's limit is refused
// before it is instantiated; under the limit it pays for every page.
func TestDeclaredMemory(t *testing.T) {
	wasm := readFile(t, "testdata/bigmem.wasm")
	for _, kind := range kinds {
		e := newTestEngine(t, kind)
		res := run(t, e, wasm, &Job{MemoryLimitMiB: 32})
		if res.Status != abi.StatusInvalidInput || !strings.Contains(res.Error, "64 MiB") {
			t.Fatalf("%s: %s %q", kind, res.Status, res.Error)
		}
		res = run(t, e, wasm, &Job{MemoryLimitMiB: 64})
		if res.Status != abi.StatusOK {
			t.Fatalf("%s: %s %q", kind, res.Status, res.Error)
		}
		if want := 1024 * e.Schedule().DeclaredPage; res.GasUsed < want {
			t.Fatalf("%s: gas used %d, below the %d its declared pages cost", kind, res.GasUsed, want)
		}
	}
}
