// Command benchreport reads `go test -bench -count N` output on stdin and
// prints, per benchmark, the median of its runs, then the ratios the README
// quotes, each measured side by side in the same run.
package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

// ratio compares two benchmarks: how many times slower Num is than Den.
type ratio struct {
	what, num, den string
}

// ratios are the comparisons of the README's performance table.
var ratios = []ratio{
	{"tensor_read 64 MB vs Go memcpy", "hostfuncs.TensorRead64MB", "hostfuncs.Memcpy64MB"},
	{"compile 2 MB Go module: cold vs disk-cached", "CompileCold", "CompileDiskCached"},
	{"Go module run: cached run vs tiny WAT run", "RunCachedGoModule", "RunCached"},
	{"ipfs add 256 MB vs sha256sum (goal ≤ 2)", "ipfs.Add256MB", "ipfs.Sha256sumBinary256MB"},
	{"ipfs add 256 MB vs Go sha256", "ipfs.Add256MB", "ipfs.SHA256_256MB"},
}

// geomean is the geometric mean of a custom metric's medians over the
// benchmarks whose names start with prefix.
type geomean struct {
	what, prefix, unit string
}

// geomeans are the summary figures of the README's performance table.
var geomeans = []geomean{
	{"metering overhead, metered/unmetered (goal ≤ 1.10)", "meter.Overhead/", "ratio"},
}

type sample struct {
	nsPerOp []float64
	mbPerS  []float64
	// metrics holds the custom metrics a benchmark reports (ratio,
	// GFLOP/s, overhead_%…), by unit.
	metrics map[string][]float64
	units   []string
}

func main() {
	samples, order, err := parse(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchreport:", err)
		os.Exit(1)
	}
	fmt.Printf("\n%-44s %14s %10s %5s\n", "benchmark", "median", "MB/s", "runs")
	for _, name := range order {
		s := samples[name]
		mb := ""
		if len(s.mbPerS) > 0 {
			mb = fmt.Sprintf("%.0f", median(s.mbPerS))
		}
		fmt.Printf("%-44s %14s %10s %5d\n", name, human(median(s.nsPerOp)), mb, len(s.nsPerOp))
		for _, unit := range s.units {
			fmt.Printf("    %-40s %14.4g %s\n", "", median(s.metrics[unit]), unit)
		}
	}
	fmt.Printf("\n%-52s %10s\n", "ratio (median / median)", "×")
	for _, r := range ratios {
		a, b := find(samples, r.num), find(samples, r.den)
		if a == nil || b == nil {
			continue
		}
		fmt.Printf("%-52s %10.2f\n", r.what, median(a.nsPerOp)/median(b.nsPerOp))
	}
	for _, g := range geomeans {
		logSum, n := 0.0, 0
		for _, name := range order {
			if v := samples[name].metrics[g.unit]; strings.HasPrefix(name, g.prefix) && len(v) > 0 {
				logSum += math.Log(median(v))
				n++
			}
		}
		if n > 0 {
			fmt.Printf("%-52s %10.2f  (geometric mean of %d)\n", g.what, math.Exp(logSum/float64(n)), n)
		}
	}
}

// find returns the samples of the benchmark whose name ends with suffix
// (package paths and sub-benchmark prefixes aside).
func find(samples map[string]*sample, suffix string) *sample {
	for name, s := range samples {
		if name == suffix || strings.HasSuffix(name, "/"+suffix) || strings.HasSuffix(name, "."+suffix) || strings.HasSuffix(name, "/"+suffix[strings.LastIndex(suffix, ".")+1:]) && strings.HasPrefix(name, suffix[:max(strings.LastIndex(suffix, "."), 0)]) {
			return s
		}
	}
	return nil
}

func parse(r io.Reader) (map[string]*sample, []string, error) {
	samples := map[string]*sample{}
	var order []string
	pkg := ""
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = p[strings.LastIndex(p, "/")+1:]
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := strings.TrimPrefix(f[0], "Benchmark")
		if i := strings.LastIndex(name, "-"); i > 0 {
			name = name[:i]
		}
		name = pkg + "." + name
		s, ok := samples[name]
		if !ok {
			s = &sample{}
			samples[name] = s
			order = append(order, name)
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			switch unit := f[i+1]; unit {
			case "ns/op":
				s.nsPerOp = append(s.nsPerOp, v)
			case "MB/s":
				s.mbPerS = append(s.mbPerS, v)
			case "B/op", "allocs/op":
			default:
				if s.metrics == nil {
					s.metrics = map[string][]float64{}
				}
				if _, seen := s.metrics[unit]; !seen {
					s.units = append(s.units, unit)
				}
				s.metrics[unit] = append(s.metrics[unit], v)
			}
		}
	}
	return samples, order, sc.Err()
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func human(ns float64) string {
	switch {
	case ns >= 1e9:
		return fmt.Sprintf("%.2f s", ns/1e9)
	case ns >= 1e6:
		return fmt.Sprintf("%.2f ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.2f µs", ns/1e3)
	}
	return fmt.Sprintf("%.0f ns", ns)
}
