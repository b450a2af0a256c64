package hostfuncs

import (
	"context"

	"github.com/tetratelabs/wazero/api"

	"github.com/decentralized-ml/dml/blas"
)

// gemvArgs checks (trans, m, n, alpha, a, lda, x, incx, beta, y, incy) and
// takes the views; alpha and beta are decoded by the caller.
type gemvArgs[T element] struct {
	s               *Session
	tA              blas.Transpose
	m, n            int
	a, x, y         []T
	lda, incX, incY int
}

func gemvCall[T element](ctx context.Context, mod api.Module, stack []uint64, call string) gemvArgs[T] {
	s := session(ctx)
	m, n := api.DecodeI32(stack[1]), api.DecodeI32(stack[2])
	lda, incX, incY := api.DecodeI32(stack[5]), api.DecodeI32(stack[7]), api.DecodeI32(stack[10])
	mn := mul(shape(m), shape(n))
	s.charge(s.blasGas(mul(2, mn), add(mn, 3*(shape(m)+shape(n))), elemSize[T]()))
	tr := transpose(call, "trans", api.DecodeI32(stack[0]))
	nonNegative(call, "m", m)
	nonNegative(call, "n", n)
	leading(call, "lda", lda, n)
	lenX, lenY := n, m
	if tr == blas.Trans {
		lenX, lenY = m, n
	}
	if m == 0 || n == 0 {
		lenX, lenY = 0, 0
	}
	a := matrix[T](mod, call, "a", uint32(stack[4]), m, n, lda)
	increment(call, "incx", incX)
	x := vector[T](mod, call, "x", uint32(stack[6]), lenX, incX)
	increment(call, "incy", incY)
	y := vector[T](mod, call, "y", uint32(stack[9]), lenY, incY)
	return gemvArgs[T]{s, tr, int(m), int(n), unaliased(a, y), unaliased(x, y), y, int(lda), int(incX), int(incY)}
}

func dgemv(ctx context.Context, mod api.Module, stack []uint64) {
	g := gemvCall[float64](ctx, mod, stack, "dgemv")
	g.s.backend().Dgemv(g.tA, g.m, g.n, api.DecodeF64(stack[3]), g.a, g.lda, g.x, g.incX, api.DecodeF64(stack[8]), g.y, g.incY)
	canonicalVector(g.y, g.lenY(), g.incY)
}

func sgemv(ctx context.Context, mod api.Module, stack []uint64) {
	g := gemvCall[float32](ctx, mod, stack, "sgemv")
	g.s.backend().Sgemv(g.tA, g.m, g.n, api.DecodeF32(stack[3]), g.a, g.lda, g.x, g.incX, api.DecodeF32(stack[8]), g.y, g.incY)
	canonicalVector(g.y, g.lenY(), g.incY)
}

// gerCall checks (m, n, alpha, x, incx, y, incy, a, lda) and takes the views.
func gerCall[T element](ctx context.Context, mod api.Module, stack []uint64, call string) (*Session, int, int, []T, int, []T, int, []T, int) {
	s := session(ctx)
	m, n := api.DecodeI32(stack[0]), api.DecodeI32(stack[1])
	incX, incY, lda := api.DecodeI32(stack[4]), api.DecodeI32(stack[6]), api.DecodeI32(stack[8])
	mn := mul(shape(m), shape(n))
	s.charge(s.blasGas(mul(2, mn), add(mul(2, mn), shape(m)+shape(n)), elemSize[T]()))
	nonNegative(call, "m", m)
	nonNegative(call, "n", n)
	lenX, lenY := m, n
	if m == 0 || n == 0 {
		lenX, lenY = 0, 0
	}
	increment(call, "incx", incX)
	x := vector[T](mod, call, "x", uint32(stack[3]), lenX, incX)
	increment(call, "incy", incY)
	y := vector[T](mod, call, "y", uint32(stack[5]), lenY, incY)
	leading(call, "lda", lda, n)
	a := matrix[T](mod, call, "a", uint32(stack[7]), m, n, lda)
	return s, int(m), int(n), unaliased(x, a), int(incX), unaliased(y, a), int(incY), a, int(lda)
}

func dger(ctx context.Context, mod api.Module, stack []uint64) {
	s, m, n, x, incX, y, incY, a, lda := gerCall[float64](ctx, mod, stack, "dger")
	s.backend().Dger(m, n, api.DecodeF64(stack[2]), x, incX, y, incY, a, lda)
	canonicalMatrix(a, m, n, lda)
}

func sger(ctx context.Context, mod api.Module, stack []uint64) {
	s, m, n, x, incX, y, incY, a, lda := gerCall[float32](ctx, mod, stack, "sger")
	s.backend().Sger(m, n, api.DecodeF32(stack[2]), x, incX, y, incY, a, lda)
	canonicalMatrix(a, m, n, lda)
}

// lenY is the number of elements of y the call writes.
func (g gemvArgs[T]) lenY() int {
	switch {
	case g.m == 0 || g.n == 0:
		return 0
	case g.tA == blas.Trans:
		return g.n
	}
	return g.m
}
