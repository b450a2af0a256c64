package meter

import (
	"math/bits"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// A counted loop (COSTS.md, "Counted loops") is a loop whose body is one
// metered block ending in an induction step and a `br_if 0` back to its
// head, so that the number of times the body runs is known when the loop
// is entered. It is charged once, before it starts, for all its
// iterations, and its body charges nothing.

// loopCmp is how the tail of a counted loop compares the stepped
// induction variable i' with its bound B: the loop goes on while i' cmp B.
type loopCmp uint8

const (
	cmpNe  loopCmp = iota // any step
	cmpLtU                // step +1
	cmpLtS                // step +1
	cmpGtU                // step -1
	cmpGtS                // step -1
)

// countedLoop is what the pre-charge of a counted loop needs.
type countedLoop struct {
	ind        uint32 // the induction variable's local (index before instrumentation)
	step       int32
	cmp        loopCmp
	bound      uint32 // the bound's local, if boundLocal
	boundConst int32  // the bound, if not boundLocal
	boundLocal bool
	cost       uint64 // static gas of one iteration
}

// maxLoopCost bounds the cost of an iteration that is pre-charged:
// 2^32 iterations of it stay below 2^63, the largest gas limit.
const maxLoopCost = 1<<31 - 1

// tailInstr is one instruction near the end of a loop body.
type tailInstr struct {
	op    wasmbin.Opcode
	index uint32 // local index, or br_if's label
	c     int32  // i32.const's value
}

// tailLen instructions of a body are kept: an induction step of up to
// five, a bound, a compare and the br_if.
const tailLen = 8

// loopScan follows the innermost open loop during plan and tells, at its
// end, whether it is a counted loop.
type loopScan struct {
	active bool
	frames int // len(plan's frames) inside the loop's body
	pre    int // index in the insertions of the reserved pre-charge
	body   int // index of the body's charge
	brIf   bool
	n      int // instructions seen, the ring holds the last tailLen
	tail   [tailLen]tailInstr
	writes []uint32 // locals the body writes
}

// open starts following a loop whose pre-charge is reserved at pre and
// whose body's charge is at body; frames counts the frames open inside it.
func (s *loopScan) open(frames, pre, body int) {
	*s = loopScan{active: true, frames: frames, pre: pre, body: body, writes: s.writes[:0]}
}

// observe takes an instruction of the function; frames is the number of
// frames open before it. Anything but straight-line code, a final br_if
// and the induction step stops the loop from being counted.
func (s *loopScan) observe(in *wasmbin.Instr, frames int) {
	if !s.active || frames != s.frames {
		return
	}
	if s.brIf && in.Op != wasmbin.OpEnd {
		s.active = false // a br_if that is not the last: the body has several blocks
		return
	}
	switch in.Op {
	case wasmbin.OpEnd:
		return // close decides
	case wasmbin.OpBrIf:
		s.brIf = true
	case wasmbin.OpLocalSet, wasmbin.OpLocalTee:
		s.writes = append(s.writes, in.Index)
	case wasmbin.OpBlock, wasmbin.OpLoop, wasmbin.OpIf, wasmbin.OpElse, wasmbin.OpBr, wasmbin.OpBrTable,
		wasmbin.OpReturn, wasmbin.OpUnreachable, wasmbin.OpCall, wasmbin.OpCallIndirect,
		wasmbin.OpMemoryGrow, wasmbin.OpMemoryInit, wasmbin.OpMemoryCopy, wasmbin.OpMemoryFill,
		wasmbin.OpTableInit, wasmbin.OpTableCopy, wasmbin.OpTableFill:
		s.active = false
		return
	}
	s.tail[s.n%tailLen] = tailInstr{op: in.Op, index: in.Index, c: int32(in.Const)}
	s.n++
}

// at is the i-th last instruction of the body (at(1) the last), or a zero
// tailInstr (opcode unreachable, which no pattern uses) past its start.
func (s *loopScan) at(i int) tailInstr {
	if i > s.n || i > tailLen {
		return tailInstr{}
	}
	return s.tail[(s.n-i)%tailLen]
}

// close reports the counted loop the followed loop is, given the cost of
// its body; the loop's frame is the innermost one.
func (s *loopScan) close(cost uint64) (countedLoop, bool) {
	defer func() { s.active = false }()
	if !s.active || !s.brIf || cost == 0 || cost > maxLoopCost {
		return countedLoop{}, false
	}
	if last := s.at(1); last.op != wasmbin.OpBrIf || last.index != 0 {
		return countedLoop{}, false
	}
	l, ok := s.matchTail()
	if !ok || s.writeCount(l.ind) != 1 || (l.boundLocal && (l.bound == l.ind || s.writeCount(l.bound) != 0)) {
		return countedLoop{}, false
	}
	l.cost = cost
	return l, true
}

func (s *loopScan) writeCount(local uint32) int {
	n := 0
	for _, w := range s.writes {
		if w == local {
			n++
		}
	}
	return n
}

// matchTail reads the condition of the final br_if: the stepped induction
// variable alone (cmpNe with bound 0), or compared with a bound on either
// side.
func (s *loopScan) matchTail() (countedLoop, bool) {
	if l, _, ok := s.matchStep(2); ok {
		l.cmp = cmpNe // bound 0
		return l.valid()
	}
	cmp, ok := tailCmp(s.at(2).op)
	if !ok {
		return countedLoop{}, false
	}
	// i' B cmp
	if l, ok := s.boundAt(3); ok {
		if st, _, ok := s.matchStep(4); ok {
			st.bound, st.boundConst, st.boundLocal = l.bound, l.boundConst, l.boundLocal
			st.cmp = cmp
			return st.valid()
		}
	}
	// B i' cmp: the compare flips
	if st, first, ok := s.matchStep(3); ok {
		if l, ok := s.boundAt(first + 1); ok {
			st.bound, st.boundConst, st.boundLocal = l.bound, l.boundConst, l.boundLocal
			st.cmp = flip(cmp)
			return st.valid()
		}
	}
	return countedLoop{}, false
}

// needsDivisibility reports whether the trip count needs a test that the
// step's power of two divides the distance (cmpNe with an even step), for
// which loopCost uses a scratch local.
func (l countedLoop) needsDivisibility() bool { return l.cmp == cmpNe && l.step&1 == 0 }

// valid keeps the compares whose trip count has a closed form: lt for
// step +1, gt for step -1, ne for any non-zero step.
func (l countedLoop) valid() (countedLoop, bool) {
	switch l.cmp {
	case cmpNe:
		return l, l.step != 0
	case cmpLtU, cmpLtS:
		return l, l.step == 1
	default:
		return l, l.step == -1
	}
}

// matchStep matches an induction step ending at the i-th last instruction:
// local.get x, i32.const c, i32.add|i32.sub, then local.tee x, or
// local.set x, local.get x. It returns the distance of its first
// instruction from the end.
func (s *loopScan) matchStep(i int) (countedLoop, int, bool) {
	var x uint32
	switch w := s.at(i); w.op {
	case wasmbin.OpLocalTee:
		x = w.index
	case wasmbin.OpLocalGet:
		set := s.at(i + 1)
		if set.op != wasmbin.OpLocalSet || set.index != w.index {
			return countedLoop{}, 0, false
		}
		x, i = w.index, i+1
	default:
		return countedLoop{}, 0, false
	}
	arith, c, get := s.at(i+1), s.at(i+2), s.at(i+3)
	if c.op != wasmbin.OpI32Const || get.op != wasmbin.OpLocalGet || get.index != x {
		return countedLoop{}, 0, false
	}
	step := c.c
	switch arith.op {
	case wasmbin.OpI32Add:
	case wasmbin.OpI32Sub:
		step = -step
	default:
		return countedLoop{}, 0, false
	}
	return countedLoop{ind: x, step: step}, i + 3, true
}

// boundAt matches a bound at the i-th last instruction: a local or a
// constant.
func (s *loopScan) boundAt(i int) (countedLoop, bool) {
	switch b := s.at(i); b.op {
	case wasmbin.OpLocalGet:
		return countedLoop{bound: b.index, boundLocal: true}, true
	case wasmbin.OpI32Const:
		return countedLoop{boundConst: b.c}, true
	}
	return countedLoop{}, false
}

func tailCmp(op wasmbin.Opcode) (loopCmp, bool) {
	switch op {
	case wasmbin.OpI32Ne:
		return cmpNe, true
	case wasmbin.OpI32LtU:
		return cmpLtU, true
	case wasmbin.OpI32LtS:
		return cmpLtS, true
	case wasmbin.OpI32GtU:
		return cmpGtU, true
	case wasmbin.OpI32GtS:
		return cmpGtS, true
	}
	return 0, false
}

// flip turns B cmp i' into i' cmp' B.
func flip(c loopCmp) loopCmp {
	switch c {
	case cmpLtU:
		return cmpGtU
	case cmpLtS:
		return cmpGtS
	case cmpGtU:
		return cmpLtU
	case cmpGtS:
		return cmpLtS
	}
	return c
}

// inverse32 is the inverse of an odd u modulo 2^32 (Newton's iteration:
// each step doubles the correct low bits).
func inverse32(u uint32) uint32 {
	x := u // correct to 3 bits for odd u
	for range 4 {
		x *= 2 - u*x
	}
	return x
}

// loopCost pushes, as an i64, the gas of all the iterations of l from the
// locals' values at its entry: T·cost, where the body runs T times. A loop
// that never stops (cmpNe with a step that never meets the bound) runs out
// of gas right there. local maps a local index of the input module to its
// index in the output; d is an i32 scratch local.
//
// With s = i + step (i32), the body runs
//   - cmpNe, step = 2^k·u (u odd): T = ((B−s) >> k)·u⁻¹ mod 2^(32−k) + 1 if
//     2^k divides B−s, else forever;
//   - cmpLt (step 1): T = B−s+1 if s < B, else 1;
//   - cmpGt (step −1): T = s−B+1 if s > B, else 1;
//
// (differences taken mod 2^32).
func (c *charger) loopCost(b []byte, l countedLoop, d []byte, local func(uint32) []byte) []byte {
	bound := func(b []byte) []byte {
		if l.boundLocal {
			return append(append(b, opLocalGet), local(l.bound)...)
		}
		return appendSleb(append(b, opI32Const), int64(l.boundConst))
	}
	stepped := func(b []byte) []byte { // s = i + step
		b = append(append(b, opLocalGet), local(l.ind)...)
		b = appendSleb(append(b, opI32Const), int64(l.step))
		return append(b, opI32Add)
	}
	timesCost := func(b []byte) []byte { // i32 n → (n + 1)·cost as i64
		b = append(b, opI64ExtendU, opI64Const, 1, opI64Add, opI64Const)
		b = appendSleb(b, int64(l.cost))
		return append(b, opI64Mul)
	}
	if l.cmp == cmpNe {
		k := uint(bits.TrailingZeros32(uint32(l.step)))
		inv := inverse32(uint32(l.step) >> k)
		b = append(stepped(bound(b)), opI32Sub)
		if k > 0 {
			// 2^k must divide B−s, else the loop never stops.
			b = append(append(b, opLocalTee), d...)
			b = appendSleb(append(b, opI32Const), int64(int32(uint32(1)<<k-1)))
			b = c.unlessOutOfGas(append(b, opI32And, opI32Eqz))
			b = append(append(b, opLocalGet), d...)
			b = append(b, opI32Const, byte(k), opI32ShrU)
		}
		if inv != 1 {
			b = appendSleb(append(b, opI32Const), int64(int32(inv)))
			b = append(b, opI32Mul)
		}
		if k > 0 {
			b = appendSleb(append(b, opI32Const), int64(int32(uint32(1)<<(32-k)-1)))
			b = append(b, opI32And)
		}
		return timesCost(b)
	}
	// (s cmp B) ? (|B−s| + 1)·cost : cost
	lt := l.cmp == cmpLtU || l.cmp == cmpLtS
	if lt {
		b = stepped(bound(b))
	} else {
		b = bound(stepped(b))
	}
	b = timesCost(append(b, opI32Sub))
	b = appendSleb(append(b, opI64Const), int64(l.cost))
	b = bound(stepped(b))
	switch l.cmp {
	case cmpLtU:
		b = append(b, opI32LtU)
	case cmpLtS:
		b = append(b, opI32LtS)
	case cmpGtU:
		b = append(b, opI32GtU)
	case cmpGtS:
		b = append(b, opI32GtS)
	}
	return append(b, opSelect)
}
