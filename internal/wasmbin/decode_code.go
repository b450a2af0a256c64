package wasmbin

func (m *Module) decodeCodes(c *cursor) error {
	n, err := c.count("function bodies", MaxEntries, 2)
	if err != nil {
		return err
	}
	m.Codes = make([]Code, n)
	for i := range m.Codes {
		at := c.pos
		size, err := c.u32()
		if err != nil {
			return err
		}
		if size > MaxBodySize {
			return errAt(at, ErrLimit, "function body %d is %d bytes, over the limit of %d", i, size, MaxBodySize)
		}
		if uint64(size) > uint64(c.left()) {
			return errAt(at, ErrTruncated, "function body %d declares %d bytes, only %d remain", i, size, c.left())
		}
		if size == 0 {
			return errAt(at, ErrMalformed, "function body %d is empty", i)
		}
		body := cursor{b: c.b, pos: c.pos, end: c.pos + int(size)}
		code, err := readLocals(&body, i)
		if err != nil {
			return err
		}
		if c.b[body.end-1] != byte(OpEnd) {
			return errAt(body.end-1, ErrMalformed, "function body %d does not end with the end opcode (0x0b)", i)
		}
		m.Codes[i] = code
		c.pos = body.end
	}
	return nil
}

// readLocals reads the local declarations of a body, summing the counts
// with overflow checks and refusing more than MaxLocals; nothing is expanded.
func readLocals(c *cursor, i int) (Code, error) {
	code := Code{Start: c.pos, End: c.end}
	n, err := c.count("local entries", MaxLocals, 2)
	if err != nil {
		return code, err
	}
	for j := uint32(0); j < n; j++ {
		at := c.pos
		cnt, err := c.u32()
		if err != nil {
			return code, err
		}
		code.NumLocals += uint64(cnt) // at most 2^32 × 50,000 entries: no overflow in 64 bits
		if code.NumLocals > MaxLocals {
			return code, errAt(at, ErrLimit, "function body %d declares more than %d locals", i, MaxLocals)
		}
		if _, err := readValType(c); err != nil {
			return code, err
		}
	}
	code.LocalsEnd = c.pos
	return code, nil
}
