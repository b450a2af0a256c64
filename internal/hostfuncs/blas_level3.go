package hostfuncs

import (
	"context"

	"github.com/tetratelabs/wazero/api"

	"github.com/decentralized-ml/dml/blas"
)

// gemmArgs are the checked arguments of dgemm/sgemm.
type gemmArgs[T element] struct {
	s             *Session
	tA, tB        blas.Transpose
	m, n, k       int
	a, b, c       []T
	lda, ldb, ldc int
}

// gemmCall checks (transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c,
// ldc) and takes the views. A is stored m×k (k×m when transposed), B k×n
// (n×k), C m×n, all row-major. With m = 0 or n = 0 nothing is touched; with
// k = 0 only C is (C = beta·C).
func gemmCall[T element](ctx context.Context, mod api.Module, stack []uint64, call string) gemmArgs[T] {
	s := session(ctx)
	m, n, k := api.DecodeI32(stack[2]), api.DecodeI32(stack[3]), api.DecodeI32(stack[4])
	lda, ldb, ldc := api.DecodeI32(stack[7]), api.DecodeI32(stack[9]), api.DecodeI32(stack[12])
	um, un, uk := shape(m), shape(n), shape(k)
	mn := mul(um, un)
	s.charge(s.blasGas(mul(2, mul(mn, uk)), add(add(mul(um, uk), mul(uk, un)), mul(2, mn)), elemSize[T]()))
	tA := transpose(call, "transa", api.DecodeI32(stack[0]))
	tB := transpose(call, "transb", api.DecodeI32(stack[1]))
	nonNegative(call, "m", m)
	nonNegative(call, "n", n)
	nonNegative(call, "k", k)
	ar, ac := m, k
	if tA == blas.Trans {
		ar, ac = k, m
	}
	br, bc := k, n
	if tB == blas.Trans {
		br, bc = n, k
	}
	if m == 0 || n == 0 {
		ar, br = 0, 0
	}
	a := stored[T](mod, call, "a", "lda", uint32(stack[6]), ar, ac, lda)
	b := stored[T](mod, call, "b", "ldb", uint32(stack[8]), br, bc, ldb)
	c := stored[T](mod, call, "c", "ldc", uint32(stack[11]), m, n, ldc)
	return gemmArgs[T]{s, tA, tB, int(m), int(n), int(k), unaliased(a, c), unaliased(b, c), c, int(lda), int(ldb), int(ldc)}
}

// stored checks a leading dimension against the stored columns, then takes the view.
func stored[T element](mod api.Module, call, arg, ldArg string, ptr uint32, rows, cols, ld int32) []T {
	leading(call, ldArg, ld, cols)
	return matrix[T](mod, call, arg, ptr, rows, cols, ld)
}

func dgemm(ctx context.Context, mod api.Module, stack []uint64) {
	g := gemmCall[float64](ctx, mod, stack, "dgemm")
	g.s.backend().Dgemm(g.tA, g.tB, g.m, g.n, g.k, api.DecodeF64(stack[5]), g.a, g.lda, g.b, g.ldb, api.DecodeF64(stack[10]), g.c, g.ldc)
	canonicalMatrix(g.c, g.m, g.n, g.ldc)
}

func sgemm(ctx context.Context, mod api.Module, stack []uint64) {
	g := gemmCall[float32](ctx, mod, stack, "sgemm")
	g.s.backend().Sgemm(g.tA, g.tB, g.m, g.n, g.k, api.DecodeF32(stack[5]), g.a, g.lda, g.b, g.ldb, api.DecodeF32(stack[10]), g.c, g.ldc)
	canonicalMatrix(g.c, g.m, g.n, g.ldc)
}
