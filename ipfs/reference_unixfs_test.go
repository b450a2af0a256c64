package ipfs

// An independent UnixFS/dag-pb encoder written from the specs, with no
// go-cid, boxo or multiformats code, so Add's CIDs are checked against a
// second computation and not against themselves.

import (
	"crypto/sha256"
	"encoding/base32"
	"encoding/binary"
	"io"
	"math/big"
	"strings"
)

const refChunk = 256 << 10
const refLinks = 174

// refNode is what a parent needs of a child: CID bytes, Tsize, file bytes.
type refNode struct {
	cid      []byte
	tsize    uint64
	fileSize uint64
}

func pbVarint(b []byte, v uint64) []byte { return binary.AppendUvarint(b, v) }

// pbBytes appends a length-delimited protobuf field.
func pbBytes(b []byte, field int, v []byte) []byte {
	b = pbVarint(b, uint64(field<<3|2))
	b = pbVarint(b, uint64(len(v)))
	return append(b, v...)
}

func pbUint(b []byte, field int, v uint64) []byte {
	b = pbVarint(b, uint64(field<<3))
	return pbVarint(b, v)
}

// unixfsFile encodes UnixFS Data{Type=File, Data?, filesize, blocksizes}.
func unixfsFile(data []byte, filesize uint64, blocksizes []uint64) []byte {
	b := pbUint(nil, 1, 2) // Type = File
	if len(data) > 0 {
		b = pbBytes(b, 2, data)
	}
	b = pbUint(b, 3, filesize)
	for _, s := range blocksizes {
		b = pbUint(b, 4, s)
	}
	return b
}

// dagPB encodes PBNode in canonical order: Links (field 2) then Data (1).
func dagPB(links []refNode, data []byte) []byte {
	var b []byte
	for _, l := range links {
		var lb []byte
		lb = pbBytes(lb, 1, l.cid)  // Hash
		lb = pbBytes(lb, 2, nil)    // Name ""
		lb = pbUint(lb, 3, l.tsize) // Tsize
		b = pbBytes(b, 2, lb)
	}
	return pbBytes(b, 1, data)
}

func refMultihash(block []byte) []byte {
	d := sha256.Sum256(block)
	return append([]byte{0x12, 0x20}, d[:]...)
}

// refCID is CIDv0 (the bare multihash) or CIDv1 with the given codec.
func refCID(v1 bool, codec uint64, block []byte) []byte {
	mh := refMultihash(block)
	if !v1 {
		return mh
	}
	b := pbVarint([]byte{1}, codec)
	return append(b, mh...)
}

func refString(c []byte) string {
	if len(c) == 34 && c[0] == 0x12 {
		return base58(c)
	}
	return "b" + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(c))
}

const b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

func base58(b []byte) string {
	n := new(big.Int).SetBytes(b)
	var out []byte
	mod, base := new(big.Int), big.NewInt(58)
	for n.Sign() > 0 {
		n.DivMod(n, base, mod)
		out = append(out, b58[mod.Int64()])
	}
	for _, x := range b {
		if x != 0 {
			break
		}
		out = append(out, '1')
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

func refLeaf(chunk []byte, v1 bool) refNode {
	if v1 {
		return refNode{cid: refCID(true, 0x55, chunk), tsize: uint64(len(chunk)), fileSize: uint64(len(chunk))}
	}
	block := dagPB(nil, unixfsFile(chunk, uint64(len(chunk)), nil))
	return refNode{cid: refCID(false, 0x70, block), tsize: uint64(len(block)), fileSize: uint64(len(chunk))}
}

// refInternal builds the internal node over children.
func refInternal(children []refNode, v1 bool) refNode {
	var fs, ts uint64
	sizes := make([]uint64, len(children))
	for i, c := range children {
		fs += c.fileSize
		ts += c.tsize
		sizes[i] = c.fileSize
	}
	block := dagPB(children, unixfsFile(nil, fs, sizes))
	return refNode{cid: refCID(v1, 0x70, block), tsize: ts + uint64(len(block)), fileSize: fs}
}

// refTree lays leaves out as a balanced tree of the given depth: each child
// of a depth-d node is a full depth-(d-1) subtree but the last.
func refTree(leaves []refNode, depth int, v1 bool) refNode {
	if depth == 0 {
		return leaves[0]
	}
	per := 1
	for i := 1; i < depth; i++ {
		per *= refLinks
	}
	var children []refNode
	for i := 0; i < len(leaves); i += per {
		children = append(children, refTree(leaves[i:min(i+per, len(leaves))], depth-1, v1))
	}
	return refInternal(children, v1)
}

// refAdd is `ipfs add` (v0) or `ipfs add --cid-version=1` (v1) of r.
func refAdd(r io.Reader, v1 bool) (string, error) {
	var leaves []refNode
	buf := make([]byte, refChunk)
	for {
		n, err := io.ReadFull(r, buf)
		if n > 0 || (len(leaves) == 0 && (err == io.EOF)) {
			leaves = append(leaves, refLeaf(buf[:n], v1))
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return "", err
		}
	}
	depth, capacity := 0, 1
	for capacity < len(leaves) {
		depth++
		capacity *= refLinks
	}
	return refString(refTree(leaves, depth, v1).cid), nil
}

// counterStream is n deterministic, non-repeating bytes: a xorshift64
// sequence, 8 bytes per step, little-endian.
type counterStream struct {
	left  int64
	state uint64
	word  [8]byte
	off   int
}

func newCounterStream(n int64) *counterStream {
	return &counterStream{left: n, state: 0x9E3779B97F4A7C15, off: 8}
}

func (c *counterStream) Read(p []byte) (int, error) {
	if c.left <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n := 0
	for n < len(p) {
		if c.off == 8 {
			c.state ^= c.state << 13
			c.state ^= c.state >> 7
			c.state ^= c.state << 17
			binary.LittleEndian.PutUint64(c.word[:], c.state)
			c.off = 0
		}
		k := copy(p[n:], c.word[c.off:])
		c.off += k
		n += k
	}
	c.left -= int64(n)
	return n, nil
}
