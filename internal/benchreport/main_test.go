package main

import (
	"strings"
	"testing"
)

func TestParseAndMedian(t *testing.T) {
	in := `goos: linux
pkg: github.com/decentralized-ml/dml/runtime
BenchmarkTensorRead64MB-2   	       1	  30000000 ns/op	2237.0 MB/s
BenchmarkTensorRead64MB-2   	       1	  10000000 ns/op	6710.9 MB/s
BenchmarkTensorRead64MB-2   	       1	  20000000 ns/op	3355.4 MB/s
BenchmarkMemcpy64MB-2       	       1	   5000000 ns/op
BenchmarkOverhead/fib-2     	       1	   9000000 ns/op	         1.25 ratio	       100 gas/op
BenchmarkOverhead/fib-2     	       1	   9000000 ns/op	         1.15 ratio	       100 gas/op
PASS
`
	s, order, err := parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if m := median(s["runtime.Overhead/fib"].metrics["ratio"]); m != 1.2 {
		t.Fatalf("custom metric median %v", m)
	}
	if len(order) != 3 || order[0] != "runtime.TensorRead64MB" {
		t.Fatalf("order %v", order)
	}
	if m := median(s["runtime.TensorRead64MB"].nsPerOp); m != 20000000 {
		t.Fatalf("median %v", m)
	}
	if m := median(s["runtime.TensorRead64MB"].mbPerS); m != 3355.4 {
		t.Fatalf("MB/s median %v", m)
	}
	if find(s, "Memcpy64MB") == nil {
		t.Fatal("find by suffix")
	}
	if median([]float64{1, 2, 3, 4}) != 2.5 {
		t.Fatal("even median")
	}
}
