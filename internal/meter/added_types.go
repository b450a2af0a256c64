package meter

import "github.com/decentralized-ml/dml/internal/wasmbin"

// addedTypes are the types instrumentation appends to the type section:
// the block type of the block wrapping each function body (COSTS.md, "Call
// depth"): no params, the function's results, which needs a type index for
// several results; and, when the depth travels as a parameter, each
// function type with that i32 parameter appended.
type addedTypes struct {
	index     map[string]uint32 // results → type index of [] -> results
	withDepth map[uint32]uint32 // type index → index of that type plus the depth param
	types     []wasmbin.FuncType
	added     []wasmbin.FuncType // the appended types, in order
	buf       []byte
}

func newAddedTypes(m *wasmbin.Module) *addedTypes {
	bt := &addedTypes{index: map[string]uint32{}, withDepth: map[uint32]uint32{}, types: m.Types}
	for i, ft := range m.Types {
		if len(ft.Params) == 0 && len(ft.Results) > 1 {
			if _, ok := bt.index[string(ft.Results)]; !ok {
				bt.index[string(ft.Results)] = uint32(i)
			}
		}
	}
	return bt
}

func (bt *addedTypes) add(ft wasmbin.FuncType) uint32 {
	bt.added = append(bt.added, ft)
	return uint32(len(bt.types) + len(bt.added) - 1)
}

// block returns the encoded block type for a body with these results.
func (bt *addedTypes) block(results []byte) []byte {
	switch len(results) {
	case 0:
		return []byte{blockEmpty}
	case 1:
		return results[:1]
	}
	i, ok := bt.index[string(results)]
	if !ok {
		i = bt.add(wasmbin.FuncType{Results: append([]byte(nil), results...)})
		bt.index[string(results)] = i
	}
	bt.buf = appendSleb(bt.buf[:0], int64(i))
	return bt.buf
}

// depthParam returns the index of type t with an i32 parameter appended
// (COSTS.md, "Call depth"), appending it on first use. The caller has
// checked t against the module's types.
func (bt *addedTypes) depthParam(t uint32) uint32 {
	if i, ok := bt.withDepth[t]; ok {
		return i
	}
	ft := bt.types[t]
	params := append(append(make([]byte, 0, len(ft.Params)+1), ft.Params...), wasmbin.I32)
	i := bt.add(wasmbin.FuncType{Params: params, Results: ft.Results})
	bt.withDepth[t] = i
	return i
}

// appendType appends the encoding of ft to b.
func appendType(b []byte, ft wasmbin.FuncType) []byte {
	b = append(b, 0x60)
	b = appendUleb(b, uint64(len(ft.Params)))
	b = append(b, ft.Params...)
	b = appendUleb(b, uint64(len(ft.Results)))
	return append(b, ft.Results...)
}
