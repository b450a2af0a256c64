package blas

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Blocking of the strict gemm. C is cut into fixed blocks of gemmMB×gemmNB
// elements, the unit of parallel work; k is walked in slices of gemmKC. None
// of these sizes changes a bit of the result: every C element has one
// accumulator that receives its k products in increasing order, whatever the
// block, the tile or the worker that computes it.
const (
	gemmMB = 64
	gemmNB = 256
	gemmKC = 256
	// gemmSerial is the m·n·k below which one goroutine does all blocks.
	gemmSerial = 64 * 64 * 64
)

// microKernel accumulates a tile of mr×nr C elements over kc steps: a holds
// kc·mr packed A values (a[p·mr+r]), b holds kc·nr packed B values
// (b[p·nr+c]), acc holds the tile (acc[r·nr+c]). With load false the
// accumulators start at +0, else at acc. Step p adds round(a[p·mr+r]·b[p·nr+c])
// to accumulator (r, c), in increasing p.
type microKernel[T float] struct {
	mr, nr int
	run    func(kc int, a, b, acc []T, load bool)
}

// gemm is C = alpha·op(A)·op(B) + beta·C, row-major, op(A) m×k, op(B) k×n.
// C_ij = round(alpha·S_ij) + round(beta·C_ij) (beta = 0: C is not read),
// where S_ij = Σ_p round(op(A)_ip·op(B)_pj) summed in increasing p from +0,
// exactly as the naive triple loop. alpha = 0 or k = 0 gives C = beta·C
// (A and B are not read). m = 0 or n = 0: nothing is read or written.
func gemm[T float](tA, tB bool, m, n, k int, alpha T, a []T, lda int, b []T, ldb int, beta T, c []T, ldc int, kern microKernel[T]) {
	if m == 0 || n == 0 {
		return
	}
	if alpha == 0 || k == 0 {
		for i := 0; i < m; i++ {
			scaleOnly(n, beta, c[i*ldc:i*ldc+n], 1)
		}
		return
	}
	g := &gemmJob[T]{tA: tA, tB: tB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc, kern: kern}
	g.bi = (m + gemmMB - 1) / gemmMB
	g.bj = (n + gemmNB - 1) / gemmNB
	blocks := g.bi * g.bj
	workers := min(runtime.GOMAXPROCS(0), blocks)
	if m*n*k < gemmSerial {
		workers = 1
	}
	if workers == 1 {
		g.work()
		return
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Go(g.work)
	}
	wg.Wait()
}

type gemmJob[T float] struct {
	tA, tB      bool
	m, n, k     int
	alpha, beta T
	a, b, c     []T
	lda         int
	ldb, ldc    int
	kern        microKernel[T]
	bi, bj      int          // blocks down and across C
	next        atomic.Int64 // next block to take
}

// work takes blocks until none is left. Which worker takes which block does
// not matter: blocks are disjoint and computed the same way by anyone.
func (g *gemmJob[T]) work() {
	mr, nr := g.kern.mr, g.kern.nr
	mb := roundUp(min(gemmMB, g.m), mr)
	nb := roundUp(min(gemmNB, g.n), nr)
	kc := min(gemmKC, g.k)
	ap := make([]T, mb*kc)
	bp := make([]T, kc*nb)
	acc := make([]T, mb*nb)
	for {
		blk := int(g.next.Add(1) - 1)
		if blk >= g.bi*g.bj {
			return
		}
		g.block(blk/g.bj*gemmMB, blk%g.bj*gemmNB, ap, bp, acc)
	}
}

func roundUp(v, to int) int { return (v + to - 1) / to * to }

// block computes the C block with top-left (i0, j0).
func (g *gemmJob[T]) block(i0, j0 int, ap, bp, acc []T) {
	mr, nr := g.kern.mr, g.kern.nr
	mb, nb := min(gemmMB, g.m-i0), min(gemmNB, g.n-j0)
	nir, njr := (mb+mr-1)/mr, (nb+nr-1)/nr
	tile := mr * nr
	for p0 := 0; p0 < g.k; p0 += gemmKC {
		kc := min(gemmKC, g.k-p0)
		g.packA(ap, i0, mb, p0, kc)
		g.packB(bp, j0, nb, p0, kc)
		for jr := 0; jr < njr; jr++ {
			bpan := bp[jr*kc*nr : (jr+1)*kc*nr]
			for ir := 0; ir < nir; ir++ {
				t := (jr*nir + ir) * tile
				g.kern.run(kc, ap[ir*kc*mr:(ir+1)*kc*mr], bpan, acc[t:t+tile], p0 > 0)
			}
		}
	}
	for jr := 0; jr < njr; jr++ {
		for ir := 0; ir < nir; ir++ {
			t := acc[(jr*nir+ir)*tile:]
			for r := 0; r < mr && ir*mr+r < mb; r++ {
				i := i0 + ir*mr + r
				crow := g.c[i*g.ldc:]
				for cc := 0; cc < nr && jr*nr+cc < nb; cc++ {
					j := j0 + jr*nr + cc
					crow[j] = combine(g.alpha, t[r*nr+cc], g.beta, crow[j])
				}
			}
		}
	}
}

// packA copies op(A)[i0:i0+mb, p0:p0+kc] into panels of mr rows,
// ap[ir·kc·mr + p·mr + r], padding missing rows with zeros.
func (g *gemmJob[T]) packA(ap []T, i0, mb, p0, kc int) {
	mr := g.kern.mr
	rows := roundUp(mb, mr)
	for i := 0; i < rows; i++ {
		pan := ap[(i/mr)*kc*mr+i%mr:]
		switch {
		case i >= mb:
			for p := 0; p < kc; p++ {
				pan[p*mr] = 0
			}
		case !g.tA:
			row := g.a[(i0+i)*g.lda+p0 : (i0+i)*g.lda+p0+kc]
			for p, v := range row {
				pan[p*mr] = v
			}
		default:
			col := g.a[p0*g.lda+i0+i:]
			for p := 0; p < kc; p++ {
				pan[p*mr] = col[p*g.lda]
			}
		}
	}
}

// packB copies op(B)[p0:p0+kc, j0:j0+nb] into panels of nr columns,
// bp[jr·kc·nr + p·nr + c], padding missing columns with zeros.
func (g *gemmJob[T]) packB(bp []T, j0, nb, p0, kc int) {
	nr := g.kern.nr
	cols := roundUp(nb, nr)
	if !g.tB {
		for p := 0; p < kc; p++ {
			row := g.b[(p0+p)*g.ldb+j0 : (p0+p)*g.ldb+j0+nb]
			for jr := 0; jr < cols/nr; jr++ {
				dst := bp[jr*kc*nr+p*nr : jr*kc*nr+p*nr+nr]
				w := copy(dst, row[min(jr*nr, nb):])
				clear(dst[w:])
			}
		}
		return
	}
	for j := 0; j < cols; j++ {
		pan := bp[(j/nr)*kc*nr+j%nr:]
		if j >= nb {
			for p := 0; p < kc; p++ {
				pan[p*nr] = 0
			}
			continue
		}
		row := g.b[(j0+j)*g.ldb+p0 : (j0+j)*g.ldb+p0+kc]
		for p, v := range row {
			pan[p*nr] = v
		}
	}
}
