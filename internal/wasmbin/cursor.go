package wasmbin

import "unicode/utf8"

// cursor reads the module bytes b between pos and end (the end of the
// current section or body); every read checks the bytes left first.
type cursor struct {
	b   []byte
	pos int
	end int
}

func (c *cursor) left() int { return c.end - c.pos }

func (c *cursor) byte() (byte, error) {
	if c.pos >= c.end {
		return 0, errAt(c.pos, ErrTruncated, "expected a byte, found the end of the section")
	}
	v := c.b[c.pos]
	c.pos++
	return v, nil
}

func (c *cursor) u32() (uint32, error) {
	if c.pos < c.end && c.b[c.pos] < 0x80 { // one byte: inlined fast path
		c.pos++
		return uint32(c.b[c.pos-1]), nil
	}
	v, p, err := readUleb(c.b, c.pos, c.end, 32)
	c.pos = p
	return uint32(v), err
}

func (c *cursor) u64() (uint64, error) {
	v, p, err := readUleb(c.b, c.pos, c.end, 64)
	c.pos = p
	return v, err
}

func (c *cursor) s32() (int32, error) {
	if c.pos < c.end && c.b[c.pos] < 0x80 {
		c.pos++
		return int32(int8(c.b[c.pos-1]<<1)) >> 1, nil
	}
	v, p, err := readSleb(c.b, c.pos, c.end, 32)
	c.pos = p
	return int32(v), err
}

func (c *cursor) s33() (int64, error) {
	v, p, err := readSleb(c.b, c.pos, c.end, 33)
	c.pos = p
	return v, err
}

func (c *cursor) s64() (int64, error) {
	if c.pos < c.end && c.b[c.pos] < 0x80 {
		c.pos++
		return int64(int8(c.b[c.pos-1]<<1)) >> 1, nil
	}
	v, p, err := readSleb(c.b, c.pos, c.end, 64)
	c.pos = p
	return v, err
}

// bytes returns the next n bytes, refusing n beyond what is left.
func (c *cursor) bytes(n uint64) ([]byte, error) {
	if n > uint64(c.left()) {
		return nil, errAt(c.pos, ErrTruncated, "length %d exceeds the %d bytes left", n, c.left())
	}
	v := c.b[c.pos : c.pos+int(n)]
	c.pos += int(n)
	return v, nil
}

// name reads a length-prefixed UTF-8 name.
func (c *cursor) name() (string, error) {
	at := c.pos
	n, err := c.u32()
	if err != nil {
		return "", err
	}
	v, err := c.bytes(uint64(n))
	if err != nil {
		return "", err
	}
	if !utf8.Valid(v) {
		return "", errAt(at, ErrMalformed, "name is not valid UTF-8")
	}
	return string(v), nil
}

// count reads a vector length and refuses one larger than max or than the
// bytes left divided by minSize (the smallest encoding of one element).
func (c *cursor) count(what string, max uint32, minSize int) (uint32, error) {
	at := c.pos
	n, err := c.u32()
	if err != nil {
		return 0, err
	}
	if n > max {
		return 0, errAt(at, ErrLimit, "%d %s exceed the limit of %d", n, what, max)
	}
	if uint64(n)*uint64(minSize) > uint64(c.left()) {
		return 0, errAt(at, ErrTruncated, "%d %s cannot fit in the %d bytes left", n, what, c.left())
	}
	return n, nil
}
