package hostfuncs

import (
	"context"
	"io"
	"sort"
	"sync/atomic"

	"github.com/tetratelabs/wazero/api"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/blas"
	"github.com/decentralized-ml/dml/gas"
	"github.com/decentralized-ml/dml/manifest"
)

const maxNameLen = abi.MaxNameLen

// DevOutputCap is the total byte cap of outputs and deltas when a run has no manifest.
const DevOutputCap = 256 << 20

// Session is the state of one run as the host functions see it: the data
// they serve, what the guest emitted, the local log and the gas counter.
type Session struct {
	inputs   map[string]*abi.Tensor
	models   map[string]*abi.Tensor
	params   []byte
	manifest *manifest.Manifest
	log      io.Writer

	gas     gasCounter
	costs   gas.HostCosts
	blas    blas.Backend // nil: blas.Default()
	emitted map[emitKey]abi.Tensor
	aborted atomic.Bool // set by Abort from another goroutine
	total   uint64      // bytes emitted, for the no-manifest cap
}

type emitKey struct {
	kind abi.EmitKind
	name string
}

// NewSession prepares the state of one run, whose host calls cost what
// costs says. m may be nil (local-development defaults). log may be nil
// (discarded). Empty params are served as {}.
func NewSession(costs gas.HostCosts, inputs, models []abi.Tensor, params []byte, m *manifest.Manifest, log io.Writer) *Session {
	if log == nil {
		log = io.Discard
	}
	if len(params) == 0 {
		params = []byte("{}")
	}
	s := &Session{
		inputs:   index(inputs),
		models:   index(models),
		params:   params,
		manifest: m,
		log:      log,
		gas:      &localGas{},
		costs:    costs,
		emitted:  map[emitKey]abi.Tensor{},
	}
	return s
}

func index(ts []abi.Tensor) map[string]*abi.Tensor {
	m := make(map[string]*abi.Tensor, len(ts))
	for i := range ts {
		m[ts[i].Name] = &ts[i]
	}
	return m
}

type sessionKey struct{}

// WithSession returns a context carrying s to the host functions.
func WithSession(ctx context.Context, s *Session) context.Context {
	return context.WithValue(ctx, sessionKey{}, s)
}

func session(ctx context.Context) *Session {
	s, _ := ctx.Value(sessionKey{}).(*Session)
	if s == nil {
		panic(ErrNoSession)
	}
	if s.aborted.Load() {
		panic(ErrAborted)
	}
	return s
}

// Abort ends the run at its next host call (with ErrAborted). The engine
// calls it, from another goroutine, when it gives up on a run.
func (s *Session) Abort() { s.aborted.Store(true) }

// BindGas makes the session charge the module's exported gas global (added
// by the instrumenter). Without it the session keeps its own counter.
func (s *Session) BindGas(mod api.Module) bool {
	g, ok := mod.ExportedGlobal(abi.ExportGas).(api.MutableGlobal)
	if !ok {
		return false
	}
	s.gas = globalGas{g}
	return true
}

// SetBLAS chooses the run's BLAS backend (default: blas.Strict()). Its
// Class is the determinism class the run's result and receipt record.
func (s *Session) SetBLAS(b blas.Backend) { s.blas = b }

// SetGas sets the gas left.
func (s *Session) SetGas(left int64) { s.gas.set(left) }

// GasLeft is the gas left; -1 once a charge could not be paid.
func (s *Session) GasLeft() int64 { return s.gas.get() }

// Outputs and Deltas return what the guest emitted, sorted by name.
func (s *Session) Outputs() []abi.Tensor { return s.collect(abi.EmitOutput) }

// Deltas returns the emitted weight deltas, sorted by name.
func (s *Session) Deltas() []abi.Tensor { return s.collect(abi.EmitDelta) }

func (s *Session) collect(kind abi.EmitKind) []abi.Tensor {
	var out []abi.Tensor
	for k, t := range s.emitted {
		if k.kind == kind {
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
