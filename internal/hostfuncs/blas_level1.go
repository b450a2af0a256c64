package hostfuncs

import (
	"context"

	"github.com/tetratelabs/wazero/api"

	"github.com/decentralized-ml/dml/blas"
)

// The BLAS level-1 imports. Arguments are checked in the order of the
// signature (each vector with its increment), after the gas is paid; see
// abi/ABI.md §3.7. All operands are views of guest memory, never copies,
// except an input that overlaps the output (see unaliased).

// dotCall: (n, x, incx, y, incy) -> T.
func dotCall[T element](ctx context.Context, mod api.Module, stack []uint64, call string, fn func(blas.Backend, int, []T, int, []T, int) T) T {
	s := session(ctx)
	n, incX, incY := api.DecodeI32(stack[0]), api.DecodeI32(stack[2]), api.DecodeI32(stack[4])
	s.charge(s.blasGas(2*shape(n), 2*shape(n), elemSize[T]()))
	nonNegative(call, "n", n)
	increment(call, "incx", incX)
	x := vector[T](mod, call, "x", uint32(stack[1]), n, incX)
	increment(call, "incy", incY)
	y := vector[T](mod, call, "y", uint32(stack[3]), n, incY)
	return fn(s.backend(), int(n), x, int(incX), y, int(incY))
}

// oneVector: (n, x, incx) for nrm2, asum and iamax; flops and elems per element.
func oneVector[T element](ctx context.Context, mod api.Module, stack []uint64, call string, flops, elems uint64) (*Session, int, []T, int) {
	s := session(ctx)
	n, incX := api.DecodeI32(stack[0]), api.DecodeI32(stack[2])
	s.charge(s.blasGas(flops*shape(n), elems*shape(n), elemSize[T]()))
	nonNegative(call, "n", n)
	increment(call, "incx", incX)
	x := vector[T](mod, call, "x", uint32(stack[1]), n, incX)
	return s, int(n), x, int(incX)
}

// twoVectors: (n, alpha, x, incx, y, incy) for axpy, (n, x, incx, y, incy)
// for copy; y is the output.
func twoVectors[T element](ctx context.Context, mod api.Module, stack []uint64, call string, withAlpha bool, flops, elems uint64) (*Session, int, []T, int, []T, int) {
	s := session(ctx)
	o := 0
	if withAlpha {
		o = 1
	}
	n, incX, incY := api.DecodeI32(stack[0]), api.DecodeI32(stack[2+o]), api.DecodeI32(stack[4+o])
	s.charge(s.blasGas(flops*shape(n), elems*shape(n), elemSize[T]()))
	nonNegative(call, "n", n)
	increment(call, "incx", incX)
	x := vector[T](mod, call, "x", uint32(stack[1+o]), n, incX)
	increment(call, "incy", incY)
	y := vector[T](mod, call, "y", uint32(stack[3+o]), n, incY)
	return s, int(n), unaliased(x, y), int(incX), y, int(incY)
}

func ddot(ctx context.Context, mod api.Module, stack []uint64) {
	stack[0] = api.EncodeF64(dotCall(ctx, mod, stack, "ddot", blas.Backend.Ddot))
}

func sdot(ctx context.Context, mod api.Module, stack []uint64) {
	stack[0] = api.EncodeF32(dotCall(ctx, mod, stack, "sdot", blas.Backend.Sdot))
}

func dnrm2(ctx context.Context, mod api.Module, stack []uint64) {
	s, n, x, inc := oneVector[float64](ctx, mod, stack, "dnrm2", 3, 2)
	stack[0] = api.EncodeF64(s.backend().Dnrm2(n, x, inc))
}

func snrm2(ctx context.Context, mod api.Module, stack []uint64) {
	s, n, x, inc := oneVector[float32](ctx, mod, stack, "snrm2", 3, 2)
	stack[0] = api.EncodeF32(s.backend().Snrm2(n, x, inc))
}

func dasum(ctx context.Context, mod api.Module, stack []uint64) {
	s, n, x, inc := oneVector[float64](ctx, mod, stack, "dasum", 1, 1)
	stack[0] = api.EncodeF64(s.backend().Dasum(n, x, inc))
}

func sasum(ctx context.Context, mod api.Module, stack []uint64) {
	s, n, x, inc := oneVector[float32](ctx, mod, stack, "sasum", 1, 1)
	stack[0] = api.EncodeF32(s.backend().Sasum(n, x, inc))
}

// idamax returns a 0-based index, -1 when n = 0.
func idamax(ctx context.Context, mod api.Module, stack []uint64) {
	s, n, x, inc := oneVector[float64](ctx, mod, stack, "idamax", 1, 1)
	stack[0] = api.EncodeI32(int32(s.backend().Idamax(n, x, inc)))
}

func isamax(ctx context.Context, mod api.Module, stack []uint64) {
	s, n, x, inc := oneVector[float32](ctx, mod, stack, "isamax", 1, 1)
	stack[0] = api.EncodeI32(int32(s.backend().Isamax(n, x, inc)))
}

func daxpy(ctx context.Context, mod api.Module, stack []uint64) {
	s, n, x, incX, y, incY := twoVectors[float64](ctx, mod, stack, "daxpy", true, 2, 3)
	s.backend().Daxpy(n, api.DecodeF64(stack[1]), x, incX, y, incY)
	canonicalVector(y, n, incY)
}

func saxpy(ctx context.Context, mod api.Module, stack []uint64) {
	s, n, x, incX, y, incY := twoVectors[float32](ctx, mod, stack, "saxpy", true, 2, 3)
	s.backend().Saxpy(n, api.DecodeF32(stack[1]), x, incX, y, incY)
	canonicalVector(y, n, incY)
}

func dcopy(ctx context.Context, mod api.Module, stack []uint64) {
	s, n, x, incX, y, incY := twoVectors[float64](ctx, mod, stack, "dcopy", false, 0, 2)
	s.backend().Dcopy(n, x, incX, y, incY)
}

func scopy(ctx context.Context, mod api.Module, stack []uint64) {
	s, n, x, incX, y, incY := twoVectors[float32](ctx, mod, stack, "scopy", false, 0, 2)
	s.backend().Scopy(n, x, incX, y, incY)
}

// scalCall: (n, alpha, x, incx).
func scalCall[T element](ctx context.Context, mod api.Module, stack []uint64, call string) (*Session, int, []T, int) {
	s := session(ctx)
	n, incX := api.DecodeI32(stack[0]), api.DecodeI32(stack[3])
	s.charge(s.blasGas(shape(n), 2*shape(n), elemSize[T]()))
	nonNegative(call, "n", n)
	increment(call, "incx", incX)
	x := vector[T](mod, call, "x", uint32(stack[2]), n, incX)
	return s, int(n), x, int(incX)
}

func dscal(ctx context.Context, mod api.Module, stack []uint64) {
	s, n, x, inc := scalCall[float64](ctx, mod, stack, "dscal")
	s.backend().Dscal(n, api.DecodeF64(stack[1]), x, inc)
	canonicalVector(x, n, inc)
}

func sscal(ctx context.Context, mod api.Module, stack []uint64) {
	s, n, x, inc := scalCall[float32](ctx, mod, stack, "sscal")
	s.backend().Sscal(n, api.DecodeF32(stack[1]), x, inc)
	canonicalVector(x, n, inc)
}
