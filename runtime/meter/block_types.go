package meter

import "github.com/decentralized-ml/dml/internal/wasmbin"

// blockTypes gives the block type of the block wrapping each function body
// (COSTS.md, "Call depth"): no params, the
// function's results. Several results need a type index: an existing type
// [] -> results, else one appended to the type section.
type blockTypes struct {
	index map[string]uint32 // results → type index of [] -> results
	added [][]byte          // results of the appended types, in order
	next  uint32
	buf   []byte
}

func newBlockTypes(m *wasmbin.Module) *blockTypes {
	bt := &blockTypes{index: map[string]uint32{}, next: uint32(len(m.Types))}
	for i, ft := range m.Types {
		if len(ft.Params) == 0 && len(ft.Results) > 1 {
			if _, ok := bt.index[string(ft.Results)]; !ok {
				bt.index[string(ft.Results)] = uint32(i)
			}
		}
	}
	return bt
}

// of returns the encoded block type for a body with these results.
func (bt *blockTypes) of(results []byte) []byte {
	switch len(results) {
	case 0:
		return []byte{blockEmpty}
	case 1:
		return results[:1]
	}
	i, ok := bt.index[string(results)]
	if !ok {
		i = bt.next
		bt.next++
		bt.index[string(results)] = i
		bt.added = append(bt.added, append([]byte(nil), results...))
	}
	bt.buf = appendSleb(bt.buf[:0], int64(i))
	return bt.buf
}
