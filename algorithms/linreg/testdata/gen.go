//go:build ignore

// Gen writes X.csv (200×3) and y.csv (200) for linreg: X uniform in
// [-1, 1) rounded to 3 decimals, y = X·wTrue + e with e uniform in
// [-0.05, 0.05), rounded to 6 decimals. No intercept. The generator is a
// fixed splitmix64 stream, so the files are the same on every machine:
//
//	go run gen.go
package main

import (
	"bufio"
	"log"
	"math"
	"os"
	"strconv"
)

var wTrue = []float64{2, -3, 0.5}

const (
	rows = 200
	seed = 42
)

// splitmix64 is a tiny deterministic generator (Steele, Lea, Flood 2014).
type splitmix64 uint64

func (s *splitmix64) next() uint64 {
	*s += 0x9e3779b97f4a7c15
	z := uint64(*s)
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// uniform is in [lo, hi).
func (s *splitmix64) uniform(lo, hi float64) float64 {
	return lo + (hi-lo)*float64(s.next()>>11)/(1<<53)
}

func round(v float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Round(v*p) / p
}

func main() {
	rng := splitmix64(seed)
	xf, yf := create("X.csv"), create("y.csv")
	xw, yw := bufio.NewWriter(xf), bufio.NewWriter(yf)
	for range rows {
		y := 0.0
		for j, w := range wTrue {
			x := round(rng.uniform(-1, 1), 3)
			y += float64(x * w)
			if j > 0 {
				xw.WriteByte(',')
			}
			xw.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
		}
		y = round(y+rng.uniform(-0.05, 0.05), 6)
		xw.WriteByte('\n')
		yw.WriteString(strconv.FormatFloat(y, 'g', -1, 64) + "\n")
	}
	for _, c := range []struct {
		w *bufio.Writer
		f *os.File
	}{{xw, xf}, {yw, yf}} {
		if err := c.w.Flush(); err != nil {
			log.Fatal(err)
		}
		if err := c.f.Close(); err != nil {
			log.Fatal(err)
		}
	}
}

func create(name string) *os.File {
	f, err := os.Create(name)
	if err != nil {
		log.Fatal(err)
	}
	return f
}
