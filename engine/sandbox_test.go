package engine

import (
	"bytes"
	"context"
	"encoding/binary"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

// WASI is deterministic: the same job draws the same random bytes and reads
// the same clock on both engines; stdout goes to the local log only.
func TestDeterministicWASI(t *testing.T) {
	e := newTestEngine(t)
	wasm := readFile(t, "testdata/wasi.wasm")
	var hashes []string
	for _, kind := range []EngineKind{Compiler, Interpreter, Compiler} {
		var log bytes.Buffer
		res, err := e.Run(context.Background(), &Job{Module: wasm, Engine: kind, Log: &log})
		if err != nil {
			t.Fatal(err)
		}
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
	res, err := e.Run(context.Background(), &Job{Module: wasm, Params: []byte(`{"seed":2}`)})
	if err != nil {
		t.Fatal(err)
	}
	if res.ResultHash == hashes[0] {
		t.Fatal("random source does not depend on the job")
	}
}

func TestMemoryLimit(t *testing.T) {
	for _, limit := range []uint32{2, 8} {
		e, err := NewEngine(context.Background(), Config{Home: sharedHome(t), MemoryLimitMiB: limit})
		if err != nil {
			t.Fatal(err)
		}
		defer e.Close(context.Background())
		for _, kind := range []EngineKind{Compiler, Interpreter} {
			res, err := e.Run(context.Background(), &Job{Module: readFile(t, "testdata/grow.wasm"), Engine: kind})
			if err != nil {
				t.Fatal(err)
			}
			if res.Status != abi.StatusOK {
				t.Fatalf("%s: %s %s", kind, res.Status, res.Error)
			}
			if pages := binary.LittleEndian.Uint32(res.OutputTensors[0].Data); pages != limit*16 {
				t.Fatalf("%s: memory grew to %d pages, limit is %d MiB = %d pages", kind, pages, limit, limit*16)
			}
		}
	}
}
