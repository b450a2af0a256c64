package node

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/decentralized-ml/dml/internal/atomicfile"
	"github.com/ethereum/go-ethereum/common"
)

// Step is how far a node got with one job. Steps only move forward.
type Step string

// Steps, in order.
const (
	StepNone      Step = ""
	StepClaimed   Step = "claimed"   // the slot is ours on chain
	StepRan       Step = "ran"       // the run, its signed receipt and message are on disk
	StepSubmitted Step = "submitted" // the receipt is on chain
	StepDelivered Step = "delivered" // the aggregator has the update
	StepSettled   Step = "settled"   // the receipt is paid
)

var stepOrder = map[Step]int{StepNone: 0, StepClaimed: 1, StepRan: 2, StepSubmitted: 3, StepDelivered: 4, StepSettled: 5}

// ErrState marks a state file that cannot be read or a step that goes back.
var ErrState = errors.New("node state")

// Entry is one job in the node's state.
type Entry struct {
	JobID common.Hash `json:"job_id"`
	Step  Step        `json:"step"`
	// Message is the file (relative to the state directory) holding the
	// encoded UpdateMessage once the job ran.
	Message   string      `json:"message,omitempty"`
	ReceiptID common.Hash `json:"receipt_id,omitempty"`
	GasUsed   uint64      `json:"gas_used,omitempty"`
	UpdatedAt time.Time   `json:"updated_at"`
}

// State is a node's per-job progress, kept in DIR/state.json and rewritten
// atomically (temporary file, fsync, rename) on every change.
type State struct {
	dir  string
	mu   sync.Mutex
	jobs map[common.Hash]Entry
}

type stateFile struct {
	Jobs []Entry `json:"jobs"`
}

// OpenState reads DIR/state.json, or starts empty when there is none.
func OpenState(dir string) (*State, error) {
	if err := os.MkdirAll(filepath.Join(dir, "runs"), 0o700); err != nil {
		return nil, fmt.Errorf("%w: %v: check that %s is writable", ErrState, err, dir)
	}
	s := &State{dir: dir, jobs: map[common.Hash]Entry{}}
	b, err := os.ReadFile(s.path())
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrState, err)
	}
	var f stateFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%w: %s: %v: move it aside to start afresh (jobs on chain stay claimed)", ErrState, s.path(), err)
	}
	for _, e := range f.Jobs {
		s.jobs[e.JobID] = e
	}
	return s, nil
}

func (s *State) path() string { return filepath.Join(s.dir, "state.json") }

// Dir is the state directory.
func (s *State) Dir() string { return s.dir }

// Get is the job's entry (Step StepNone when unknown).
func (s *State) Get(job common.Hash) Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.jobs[job]
	if !ok {
		e.JobID = job
	}
	return e
}

// Entries are all jobs, in no particular order.
func (s *State) Entries() []Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Entry, 0, len(s.jobs))
	for _, e := range s.jobs {
		out = append(out, e)
	}
	return out
}

// Put records e and writes the state file before returning; a step may not
// go back.
func (s *State) Put(e Entry) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if old, ok := s.jobs[e.JobID]; ok && stepOrder[e.Step] < stepOrder[old.Step] {
		return fmt.Errorf("%w: job %s would go back from %s to %s", ErrState, e.JobID, old.Step, e.Step)
	}
	e.UpdatedAt = time.Now().UTC()
	prev, had := s.jobs[e.JobID]
	s.jobs[e.JobID] = e
	f := stateFile{Jobs: make([]Entry, 0, len(s.jobs))}
	for _, x := range s.jobs {
		f.Jobs = append(f.Jobs, x)
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err == nil {
		err = atomicfile.Write(s.path(), b)
	}
	if err != nil {
		if had {
			s.jobs[e.JobID] = prev
		} else {
			delete(s.jobs, e.JobID)
		}
		return fmt.Errorf("%w: %v", ErrState, err)
	}
	return nil
}

// WriteRun stores a job's encoded message atomically and returns its name
// relative to the state directory.
func (s *State) WriteRun(job common.Hash, msg []byte) (string, error) {
	name := filepath.Join("runs", job.Hex()+".json")
	if err := atomicfile.Write(filepath.Join(s.dir, name), msg); err != nil {
		return "", fmt.Errorf("%w: %v", ErrState, err)
	}
	return name, nil
}

// ReadRun reads what WriteRun stored.
func (s *State) ReadRun(name string) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(s.dir, name))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrState, err)
	}
	return b, nil
}
