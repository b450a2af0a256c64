// Command goreactor is a tiny Go wasip1 reactor the decoder tests build.
package main

//go:wasmexport add
func add(a, b int32) int32 { return a + b }

func main() {}
