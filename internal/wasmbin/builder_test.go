package wasmbin

// Test helpers that assemble modules byte by byte.

func uleb(v uint64) []byte {
	var out []byte
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v != 0 {
			out = append(out, c|0x80)
			continue
		}
		return append(out, c)
	}
}

func cat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func module(sections ...[]byte) []byte {
	return cat(append([][]byte{{0, 'a', 's', 'm', 1, 0, 0, 0}}, sections...)...)
}

func section(id byte, payload ...byte) []byte {
	return cat([]byte{id}, uleb(uint64(len(payload))), payload)
}

func vec(n int, items ...byte) []byte { return cat(uleb(uint64(n)), items) }

// funcModule is a module with one () -> () function whose body is code
// (locals declarations included).
func funcModule(body []byte) []byte {
	return module(
		section(SecType, vec(1, 0x60, 0, 0)...),
		section(SecFunction, vec(1, 0)...),
		section(SecCode, cat(uleb(1), uleb(uint64(len(body))), body)...),
	)
}

// codeModule is funcModule with no locals and the given instructions + end.
func codeModule(instrs ...byte) []byte {
	return funcModule(cat([]byte{0}, instrs, []byte{0x0b}))
}
