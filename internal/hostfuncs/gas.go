package hostfuncs

import (
	"github.com/tetratelabs/wazero/api"
)

// costBytes is the cost of a call that moves n bytes: the base cost of a
// call and a share per started 8 bytes.
func (s *Session) costBytes(n uint64) uint64 {
	return s.costs.Call + s.costs.Per8Bytes*((n+7)/8)
}

// outOfGas is the counter value after a charge could not be paid.
const outOfGas = -1

type gasCounter interface {
	get() int64
	set(int64)
}

type localGas struct{ left int64 }

func (g *localGas) get() int64  { return g.left }
func (g *localGas) set(v int64) { g.left = v }

type globalGas struct{ g api.MutableGlobal }

func (g globalGas) get() int64  { return int64(g.g.Get()) }
func (g globalGas) set(v int64) { g.g.Set(uint64(v)) }

// Charge takes cost gas, or sets the counter to -1 and returns ErrOutOfGas.
// The engine charges with it outside host calls (declared memory).
func (s *Session) Charge(cost uint64) error {
	left := s.gas.get()
	if left < 0 || uint64(left) < cost {
		s.gas.set(outOfGas)
		return ErrOutOfGas
	}
	s.gas.set(left - int64(cost))
	return nil
}

// charge takes cost gas or ends the run with ErrOutOfGas.
func (s *Session) charge(cost uint64) {
	left := s.gas.get()
	if left < 0 || uint64(left) < cost {
		s.gas.set(outOfGas)
		panic(ErrOutOfGas)
	}
	s.gas.set(left - int64(cost))
}
