package meter

import (
	"io"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// Kinds of insertion.
const (
	insStatic = iota
	insGrow
	insBulk
	insTable
)

// insertion is a charge to insert before the byte at pos of the module.
type insertion struct {
	pos  int
	kind int
	cost uint64 // insStatic only
}

// bodyRewriter meters function bodies; its buffers are reused across bodies.
type bodyRewriter struct {
	m       *wasmbin.Module
	t       *CostTable
	ch      charger
	reader  wasmbin.InstrReader
	statics []insertion
	dyns    []insertion
}

// plan scans a body and records where charges go: one static charge at the
// start of each metered block (function entry, after block, loop, if, else,
// end, br, br_if, br_table, return, call, call_indirect, unreachable), none
// for blocks that start in dead code after an unconditional branch, and a
// dynamic charge before each memory.grow, bulk memory and bulk table op.
func (r *bodyRewriter) plan(code wasmbin.Code) error {
	r.statics, r.dyns = r.statics[:0], r.dyns[:0]
	r.reader.Reset(r.m.Bytes(), code.LocalsEnd, code.End)
	start, cost, dead := code.LocalsEnd, uint64(0), false
	flush := func(next int, nextDead bool) {
		if !dead && cost > 0 {
			r.statics = append(r.statics, insertion{pos: start, kind: insStatic, cost: cost})
		}
		start, cost, dead = next, 0, nextDead
	}
	var in wasmbin.Instr
	for {
		err := r.reader.Next(&in)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		cost += r.t.Cost(in.Op)
		switch in.Op {
		case wasmbin.OpMemoryGrow:
			r.dyns = append(r.dyns, insertion{pos: in.Start, kind: insGrow})
		case wasmbin.OpMemoryInit, wasmbin.OpMemoryCopy, wasmbin.OpMemoryFill:
			r.dyns = append(r.dyns, insertion{pos: in.Start, kind: insBulk})
		case wasmbin.OpTableInit, wasmbin.OpTableCopy, wasmbin.OpTableFill:
			r.dyns = append(r.dyns, insertion{pos: in.Start, kind: insTable})
		case wasmbin.OpBlock, wasmbin.OpLoop, wasmbin.OpIf, wasmbin.OpElse, wasmbin.OpEnd,
			wasmbin.OpBrIf, wasmbin.OpCall, wasmbin.OpCallIndirect:
			flush(in.End, false)
		case wasmbin.OpBr, wasmbin.OpBrTable, wasmbin.OpReturn, wasmbin.OpUnreachable:
			flush(in.End, true)
		}
	}
}

// rewrite appends the metered body (without its size) to out. fn is the
// function's index in the function index space.
func (r *bodyRewriter) rewrite(out []byte, fn uint32, code wasmbin.Code) ([]byte, error) {
	if err := r.plan(code); err != nil {
		return nil, err
	}
	b := r.m.Bytes()
	var s, cl []byte
	if len(r.dyns) == 0 {
		out = append(out, b[code.Start:code.LocalsEnd]...)
	} else {
		ft, err := r.m.FuncType(fn)
		if err != nil {
			return nil, err
		}
		first := uint64(len(ft.Params)) + code.NumLocals
		s = appendUleb(nil, first)
		cl = appendUleb(nil, first+1)
		entries, after := localEntries(b, code)
		out = appendUleb(out, entries+2)
		out = append(out, b[after:code.LocalsEnd]...)
		out = append(out, 1, 0x7f, 1, 0x7e) // one i32, one i64
	}
	pos := code.LocalsEnd
	si, di := 0, 0
	for si < len(r.statics) || di < len(r.dyns) {
		var ins insertion
		if si < len(r.statics) && (di >= len(r.dyns) || r.statics[si].pos <= r.dyns[di].pos) {
			ins = r.statics[si]
			si++
		} else {
			ins = r.dyns[di]
			di++
		}
		out = append(out, b[pos:ins.pos]...)
		pos = ins.pos
		switch ins.kind {
		case insStatic:
			out = r.ch.static(out, ins.cost)
		case insGrow:
			out = r.ch.dynamic(out, s, cl, 1, r.t.GrowPage)
		case insBulk:
			out = r.ch.dynamic(out, s, cl, r.t.BulkChunkBytes, r.t.BulkChunk)
		case insTable:
			out = r.ch.dynamic(out, s, cl, 1, r.t.TableElem)
		}
	}
	return append(out, b[pos:code.End]...), nil
}

// localEntries reads the count of local entries at the start of a body and
// returns it with the offset just past it. Decode has already checked it.
func localEntries(b []byte, code wasmbin.Code) (uint64, int) {
	var v uint64
	var shift uint
	p := code.Start
	for p < code.LocalsEnd {
		c := b[p]
		p++
		v |= uint64(c&0x7f) << shift
		shift += 7
		if c < 0x80 {
			break
		}
	}
	return v, p
}
