package meter

import (
	"fmt"
	"github.com/decentralized-ml/dml/gas"
	"io"

	"github.com/decentralized-ml/dml/internal/wasmbin"
)

// Kinds of insertion.
const (
	insStatic       = iota // charge cost
	insGrow                // charge per page requested by memory.grow
	insBulk                // charge per started BulkChunkBytes of memory.init/copy/fill
	insTable               // charge per element of table.init/copy/fill
	insElse                // an else arm that charges cost, for an if without one
	insFlush               // cached counter → dml_gas (before call, call_indirect, unreachable)
	insReload              // dml_gas → cached counter (after call, call_indirect)
	insReturn              // flush and leave the depth count (before return)
	insCanonF32            // canonicalise the f32 on top of the stack
	insCanonF64            // canonicalise the f64 on top of the stack
	insCanonV32            // canonicalise the f32x4 on top of the stack
	insCanonV64            // canonicalise the f64x2 on top of the stack
	insDepthArg            // push the callee's depth (depthParam, before a call)
	insLocal               // replace a local access: index+1 (depthParam)
	insCallIndirect        // replace call_indirect (depthParam, charger.callIndirect)
	insLoop                // pre-charge a counted loop: cost per iteration, index into loops
)

// Phases order insertions at one byte offset: what follows the previous
// instruction, then the charge of the block starting there, then what
// precedes the instruction.
const (
	phaseAfter = iota
	phaseCharge
	phaseBefore
	phaseReplace // the instruction itself, replaced
)

// insertion is a sequence to insert before the byte at pos of the module;
// phaseReplace insertions replace the bytes [pos, end).
type insertion struct {
	pos   int
	end   int // phaseReplace only
	phase uint8
	kind  uint8
	cost  uint64 // insStatic, insElse, insLoop: the cost; insLocal, insCallIndirect: the new index
	index uint32 // insCallIndirect: the table; insLoop: the index in bodyRewriter.loops
	check bool   // insStatic, insElse: a checked charge (COSTS.md, "Checked charges")
}

// charges reports whether the insertion charges gas.
func (in *insertion) charges() bool {
	switch in.kind {
	case insStatic:
		return in.cost > 0
	case insGrow, insBulk, insTable, insElse, insLoop:
		return true
	}
	return false
}

// scratch locals a body may need, in the order they are declared.
const (
	scratchI32  = iota // dynamic charges: the count
	scratchCost        // dynamic charges: the cost (i64)
	scratchGas         // the cached counter (i64)
	scratchF32
	scratchF64
	scratchV128
	scratchDepth // dml_depth at entry (i32)
	numScratch
)

var scratchTypes = [numScratch]byte{wasmbin.I32, wasmbin.I64, wasmbin.I64, wasmbin.F32, wasmbin.F64, wasmbin.V128, wasmbin.I32}

// bodyRewriter meters function bodies; its buffers are reused across bodies.
type bodyRewriter struct {
	m      *wasmbin.Module
	t      *gas.Schedule
	ch     charger
	reader wasmbin.InstrReader
	ins    []insertion
	frames []frame
	need   [numScratch]bool
	shape  bodyShape
	// limits of the module before instrumentation, for index checks.
	numGlobals, numFuncs, numTypes uint32
	numImportedFuncs               uint32
	depth                          depthMode
	// params of the body being metered: local indices from there shift
	// by one under depthParam.
	params uint64
	// types appended to the module: wrapper block types, and under
	// depthParam the signatures with the depth parameter.
	types *addedTypes
	// cost1 is t.Cost of each one-byte opcode, looked up once.
	cost1 [256]uint64
	// loop follows the innermost loop; loops are the counted loops found.
	loop  loopScan
	loops []countedLoop
}

// cost is cost(r.t, op), from cost1 for one-byte opcodes.
func (r *bodyRewriter) cost(op wasmbin.Opcode) uint64 {
	if op < 256 {
		return r.cost1[op]
	}
	return cost(r.t, op)
}

func (r *bodyRewriter) add(pos int, phase, kind uint8) {
	r.ins = append(r.ins, insertion{pos: pos, phase: phase, kind: kind})
}

// frame is an open block, loop or if (or the body itself) during plan.
type frame struct {
	op       wasmbin.Opcode
	targeted bool   // some branch goes to its label
	hasElse  bool   // an if with an else arm
	sunk     uint64 // an if's cost sunk into its arms (COSTS.md, "Sunk ifs")
	sunkHead bool   // the sunk block was a loop's first: the arms check
}

// plan scans a body, checks its features and indices and records where
// sequences go: one static charge at the start of each metered block
// (function entry, after loop, if, else, end, br, br_if, br_table, return,
// unreachable; COSTS.md says which blocks merge or sink), none for blocks
// that start in dead code after an unconditional branch; dynamic charges
// before memory.grow and bulk operations; flushes of the cached counter
// around calls; and NaN canonicalisation (NAN.md). It also records the
// body's shape, which picks the counter mode. numLocals counts params and
// declared locals.
func (r *bodyRewriter) plan(code wasmbin.Code, numLocals uint64) error {
	r.ins = r.ins[:0]
	r.loops = r.loops[:0]
	r.loop.active = false
	r.need = [numScratch]bool{}
	r.shape = bodyShape{}
	r.reader.Reset(r.m.Bytes(), code.LocalsEnd, code.End)
	// Each live block's charge is reserved where the block starts, so that
	// insertions are recorded in the order they go: open is its index in
	// r.ins (-1 in dead code), and its cost is filled in when the block
	// ends. A charge left at 0 inserts nothing.
	cost, dead, open := uint64(0), false, -1
	calls := false // the current block calls out or charges dynamically
	head := false  // the current block is a loop's first, or pays for one (a sunk if)
	begin := func(pos int) {
		open = len(r.ins)
		r.ins = append(r.ins, insertion{pos: pos, phase: phaseCharge, kind: insStatic})
	}
	flush := func(next int, nextDead bool) {
		if open >= 0 {
			r.ins[open].cost = cost
			r.ins[open].check = calls || head
			open = -1
		}
		cost, dead, calls, head = 0, nextDead, false, false
		if !dead {
			begin(next)
		}
	}
	begin(code.LocalsEnd)
	r.frames = append(r.frames[:0], frame{op: wasmbin.OpBlock})
	target := func(label uint32) {
		if int(label) < len(r.frames) {
			r.frames[len(r.frames)-1-int(label)].targeted = true
		}
	}
	var in wasmbin.Instr
	for {
		err := r.reader.Next(&in)
		if err == io.EOF {
			break
		}
		if err == nil {
			err = in.CheckFeature()
		}
		if err != nil {
			return err
		}
		if err := r.checkIndex(&in, numLocals); err != nil {
			return err
		}
		if r.depth == depthParam {
			if err := r.planDepthParam(&in); err != nil {
				return err
			}
		}
		r.loop.observe(&in, len(r.frames))
		cost += r.cost(in.Op)
		if canTrap(in.Op) {
			r.shape.traps = true
		}
		switch in.Op {
		case wasmbin.OpMemoryGrow:
			r.add(in.Start, phaseBefore, insGrow)
			r.need[scratchI32], r.need[scratchCost] = true, true
			calls = true
		case wasmbin.OpMemoryInit, wasmbin.OpMemoryCopy, wasmbin.OpMemoryFill:
			r.add(in.Start, phaseBefore, insBulk)
			r.need[scratchI32], r.need[scratchCost] = true, true
			calls = true
		case wasmbin.OpTableInit, wasmbin.OpTableCopy, wasmbin.OpTableFill:
			r.add(in.Start, phaseBefore, insTable)
			r.need[scratchI32], r.need[scratchCost] = true, true
			calls = true
		case wasmbin.OpBlock:
			// Entered only from here: the metered block goes on (COSTS.md,
			// "Merged blocks").
			r.frames = append(r.frames, frame{op: in.Op})
		case wasmbin.OpLoop:
			r.shape.loops = true
			r.frames = append(r.frames, frame{op: in.Op})
			// Reserved for a pre-charge, should the loop be counted.
			pre, live := len(r.ins), !dead
			r.add(in.Start, phaseBefore, insStatic)
			flush(in.End, false)
			if live {
				r.loop.open(len(r.frames), pre, open)
			}
			head = true
		case wasmbin.OpIf:
			f := frame{op: in.Op}
			if !dead && !calls {
				// Sunk: each arm pays this block with its own first block,
				// and checks for it if it is a loop's first.
				f.sunk, f.sunkHead = cost, head
				r.ins[open].cost = 0
				begin(in.End)
			} else {
				flush(in.End, false)
			}
			r.frames = append(r.frames, f)
		case wasmbin.OpElse:
			if len(r.frames) == 0 {
				return unbalanced(&in)
			}
			f := &r.frames[len(r.frames)-1]
			f.hasElse = true
			flush(in.End, false)
			cost, head = f.sunk, f.sunkHead
		case wasmbin.OpEnd:
			if len(r.frames) == 0 {
				return unbalanced(&in)
			}
			if r.loop.active && len(r.frames) == r.loop.frames {
				r.countLoop(r.loop.close(r.ins[r.loop.body].cost))
			}
			f := r.frames[len(r.frames)-1]
			r.frames = r.frames[:len(r.frames)-1]
			switch {
			case f.op == wasmbin.OpBlock && !f.targeted && len(r.frames) > 0:
				// Entered only by falling through: the metered block goes on.
			case f.op == wasmbin.OpIf && !f.hasElse && f.sunk > 0:
				r.ins = append(r.ins, insertion{pos: in.Start, phase: phaseBefore, kind: insElse, cost: f.sunk, check: f.sunkHead})
				flush(in.End, false)
			default:
				flush(in.End, false)
			}
		case wasmbin.OpBrIf:
			target(in.Index)
			flush(in.End, false)
		case wasmbin.OpCall, wasmbin.OpCallIndirect:
			// A call does not end the metered block: what follows it is
			// paid before it (COSTS.md, "Pre-paid calls").
			r.add(in.Start, phaseBefore, insFlush)
			if r.depth == depthParam {
				r.planDepthArg(&in)
			}
			r.add(in.End, phaseAfter, insReload)
			calls = true
			r.shape.calls = true
		case wasmbin.OpReturn:
			r.add(in.Start, phaseBefore, insReturn)
			flush(in.End, true)
		case wasmbin.OpUnreachable:
			r.add(in.Start, phaseBefore, insFlush)
			flush(in.End, true)
		case wasmbin.OpBr:
			target(in.Index)
			flush(in.End, true)
		case wasmbin.OpBrTable:
			for _, l := range in.Labels {
				target(l)
			}
			target(in.Index)
			flush(in.End, true)
		default:
			if kind, after, ok := canonAt(in.Op); ok {
				if after {
					r.add(in.End, phaseAfter, kind)
				} else {
					r.add(in.Start, phaseBefore, kind)
				}
				r.need[scratchFor(kind)] = true
			}
		}
	}
	if open >= 0 {
		r.ins[open].cost = cost
		r.ins[open].check = calls || head
	}
	return nil
}

// countLoop turns the loop just closed into a counted loop, if it is one:
// its reserved pre-charge charges every iteration, its body nothing.
func (r *bodyRewriter) countLoop(l countedLoop, ok bool) {
	if !ok {
		return
	}
	r.ins[r.loop.pre].kind, r.ins[r.loop.pre].cost, r.ins[r.loop.pre].index = insLoop, l.cost, uint32(len(r.loops))
	r.ins[r.loop.body].cost = 0
	r.loops = append(r.loops, l)
	r.need[scratchCost] = true
	r.need[scratchI32] = r.need[scratchI32] || l.needsDivisibility()
}

// localIndex is the index in the output of the input's local i.
func (r *bodyRewriter) localIndex(i uint32) []byte {
	if r.depth == depthParam && uint64(i) >= r.params {
		i++
	}
	return appendUleb(nil, uint64(i))
}

// planDepthParam records what depthParam changes at in, but for calls
// (planDepthArg): local indices past the params shift by one; a reference
// to an imported function makes the module fall back to depthGlobal.
func (r *bodyRewriter) planDepthParam(in *wasmbin.Instr) error {
	switch in.Op {
	case wasmbin.OpLocalGet, wasmbin.OpLocalSet, wasmbin.OpLocalTee:
		if uint64(in.Index) >= r.params {
			r.ins = append(r.ins, insertion{pos: in.Start, end: in.End, phase: phaseReplace, kind: insLocal, cost: uint64(in.Index) + 1})
		}
	case wasmbin.OpRefFunc:
		if in.Index < r.numImportedFuncs {
			return errDepthGlobal
		}
	}
	return nil
}

// planDepthArg records how a call passes the callee's depth under
// depthParam: a call of a defined function gets it as its last argument,
// call_indirect is rewritten.
func (r *bodyRewriter) planDepthArg(in *wasmbin.Instr) {
	if in.Op == wasmbin.OpCallIndirect {
		r.ins = append(r.ins, insertion{pos: in.Start, end: in.End, phase: phaseReplace, kind: insCallIndirect,
			cost: uint64(r.types.depthParam(in.Index)), index: in.Index2})
		r.need[scratchI32] = true
	} else if in.Index >= r.numImportedFuncs {
		r.add(in.Start, phaseBefore, insDepthArg)
	}
}

// unbalanced reports an else or end after the body's last frame closed.
func unbalanced(in *wasmbin.Instr) error {
	return fmt.Errorf("opcode %s at byte 0x%x closes no open block; the module is invalid", in.Op, in.Start)
}

// checkIndex refuses indices that are invalid in the input but would
// become valid after instrumentation (the appended globals, scratch locals
// and block types), so a hostile module cannot reach the counters.
func (r *bodyRewriter) checkIndex(in *wasmbin.Instr, numLocals uint64) error {
	var what string
	var idx, limit uint64
	switch in.Op {
	case wasmbin.OpLocalGet, wasmbin.OpLocalSet, wasmbin.OpLocalTee:
		what, idx, limit = "local", uint64(in.Index), numLocals
	case wasmbin.OpGlobalGet, wasmbin.OpGlobalSet:
		what, idx, limit = "global", uint64(in.Index), uint64(r.numGlobals)
	case wasmbin.OpCall:
		what, idx, limit = "function", uint64(in.Index), uint64(r.numFuncs)
	case wasmbin.OpCallIndirect:
		what, idx, limit = "type", uint64(in.Index), uint64(r.numTypes)
	case wasmbin.OpBlock, wasmbin.OpLoop, wasmbin.OpIf:
		if in.BlockType < 0 {
			return nil
		}
		what, idx, limit = "block type", uint64(in.BlockType), uint64(r.numTypes)
	default:
		return nil
	}
	if idx < limit {
		return nil
	}
	return fmt.Errorf("%s index %d at byte 0x%x is out of range (the module has %d); the module is invalid", what, idx, in.Start, limit)
}

// rewrite appends the metered body (without its size) to out. fn is the
// function's index in the function index space.
func (r *bodyRewriter) rewrite(out []byte, fn uint32, code wasmbin.Code) ([]byte, error) {
	ft, err := r.m.FuncType(fn)
	if err != nil {
		return nil, err
	}
	params := uint64(len(ft.Params))
	r.params = params
	if err := r.plan(code, params+code.NumLocals); err != nil {
		return nil, err
	}
	for i := range r.ins {
		if r.ins[i].charges() {
			r.shape.charges = true
			break
		}
	}
	mode := r.shape.mode()
	cached := mode == counterCached
	leaf := !r.shape.calls // no frame can start above it: check the depth, count nothing
	byParam := r.depth == depthParam
	r.need[scratchGas] = mode != counterNone
	r.need[scratchDepth] = !leaf && !byParam
	b := r.m.Bytes()

	// Locals: the declared entries, then one entry per scratch local.
	// Under depthParam the depth is the parameter after the others.
	var idx [numScratch][]byte
	next, extra := params+code.NumLocals, uint64(0)
	var depthParam []byte
	if byParam {
		depthParam = appendUleb(nil, params)
		next++
	}
	for k := range r.need {
		if r.need[k] {
			idx[k] = appendUleb(nil, next)
			next++
			extra++
		}
	}
	entries, after := localEntries(b, code)
	out = appendUleb(out, entries+extra)
	out = append(out, b[after:code.LocalsEnd]...)
	for k := range r.need {
		if r.need[k] {
			out = append(out, 1, scratchTypes[k])
		}
	}
	sc := scratch{i32: idx[scratchI32], cost: idx[scratchCost], gas: idx[scratchGas],
		f32: idx[scratchF32], f64: idx[scratchF64], v128: idx[scratchV128], depth: idx[scratchDepth]}

	switch {
	case byParam:
		out = r.ch.depthCheckParam(out, depthParam)
	case leaf:
		out = r.ch.depthCheck(out)
	default:
		out = r.ch.depthEnter(out, sc.depth)
	}
	if cached {
		out = r.ch.load(out, sc.gas)
	}
	out = append(out, opBlock)
	out = append(out, r.types.block(ft.Results)...)
	pos := code.LocalsEnd
	for _, ins := range r.ins {
		out = append(out, b[pos:ins.pos]...)
		pos = ins.pos
		switch ins.kind {
		case insStatic:
			if ins.cost > 0 {
				out = r.ch.charge(out, mode, sc.gas, ins.cost, ins.check)
			}
		case insElse:
			out = append(out, opElse)
			out = r.ch.charge(out, mode, sc.gas, ins.cost, ins.check)
		case insGrow:
			out = r.ch.dynamic(out, sc, 1, r.t.GrowPage)
		case insBulk:
			out = r.ch.dynamic(out, sc, r.t.BulkChunkBytes, r.t.BulkChunk)
		case insTable:
			out = r.ch.dynamic(out, sc, 1, r.t.TableElem)
		case insFlush:
			if cached {
				out = r.ch.store(out, sc.gas)
			}
		case insReload:
			if cached {
				out = r.ch.load(out, sc.gas)
			}
		case insReturn:
			if cached {
				out = r.ch.store(out, sc.gas)
			}
			if !leaf && !byParam {
				out = r.ch.depthLeave(out, sc.depth)
			}
		case insDepthArg:
			out = r.ch.depthArg(out, depthParam)
		case insLocal:
			out = append(out, b[ins.pos])
			out = appendUleb(out, ins.cost)
			pos = ins.end
		case insCallIndirect:
			out = r.ch.callIndirect(out, sc.i32, depthParam, uint32(ins.cost), ins.index)
			pos = ins.end
		case insLoop:
			out = r.ch.loopCost(out, r.loops[ins.index], sc.i32, r.localIndex)
			out = r.ch.chargeTop(out, sc)
		case insCanonF32, insCanonF64, insCanonV32, insCanonV64:
			out = canonicalise(out, ins.kind, sc)
		}
	}
	out = append(out, b[pos:code.End]...) // the final end closes the wrapper block
	if cached {
		out = r.ch.store(out, sc.gas)
	}
	if !leaf && !byParam {
		out = r.ch.depthLeave(out, sc.depth)
	}
	return append(out, opEnd), nil
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
