// Package langtest holds the cross-language tests: linreg written in Go
// (algorithms/linreg), C (sdk-guest/c/examples/linreg) and AssemblyScript
// (sdk-guest/assemblyscript/examples/linreg) gives the same result hash on
// the same inputs, and BenchmarkLinregLanguages and BenchmarkStartLanguages
// compare their run time, module size, compile time and cached start.
// Languages whose toolchain is missing are skipped with the install line.
package langtest
