// Command goreactor is a small Go wasip1 reactor the instrumenter tests
// build, meter and run.
package main

//go:wasmexport work
func work(n int32) int64 {
	s := make([]int64, 0, 16)
	var acc int64
	for i := int32(0); i < n; i++ {
		s = append(s, int64(i)*int64(i))
		acc += s[len(s)-1] % 7
	}
	return acc
}

func main() {}
