package node

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestStatePersists(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenState(dir)
	if err != nil {
		t.Fatal(err)
	}
	job := common.HexToHash("0x01")
	if e := s.Get(job); e.Step != StepNone || e.JobID != job {
		t.Fatalf("new job: %+v", e)
	}
	name, err := s.WriteRun(job, []byte(`{"m":1}`))
	if err != nil {
		t.Fatal(err)
	}
	for _, step := range []Step{StepClaimed, StepRan, StepSubmitted} {
		if err := s.Put(Entry{JobID: job, Step: step, Message: name}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Put(Entry{JobID: job, Step: StepClaimed}); !errors.Is(err, ErrState) {
		t.Errorf("a step went back: %v", err)
	}
	s2, err := OpenState(dir)
	if err != nil {
		t.Fatal(err)
	}
	e := s2.Get(job)
	if e.Step != StepSubmitted || e.Message != name {
		t.Fatalf("reopened: %+v", e)
	}
	if b, err := s2.ReadRun(e.Message); err != nil || string(b) != `{"m":1}` {
		t.Fatalf("run file: %q, %v", b, err)
	}
	if len(s2.Entries()) != 1 {
		t.Errorf("%d entries", len(s2.Entries()))
	}
}

func TestStateCorrupt(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "state.json"), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenState(dir); !errors.Is(err, ErrState) {
		t.Fatalf("corrupt state: %v", err)
	}
}
