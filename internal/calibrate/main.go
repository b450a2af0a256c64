// Command calibrate measures how long each benchmark workload, class probe
// and host BLAS call takes unmetered on wazero's compiler and how many
// instructions of each cost class it runs, then fits the gas cost table
// (and the host's gas per flop and per byte) so that nanoseconds per gas
// vary as little as they can across them (by default at the current
// table's scale).
// It prints the proposed costs and the spread of ns/gas under the current
// and the proposed table (abi/COSTS.md, "Calibration").
// Run it from the repository root: go run ./internal/calibrate.
// It needs wat2wasm (Debian package wabt) and the go tool.
package main

import (
	"flag"
	"fmt"
	"github.com/decentralized-ml/dml/gas"
	"math"
	"os"
	"slices"
)

// Weights of the rows in the fit: the benchmark workloads are what the
// table is judged by; the probes keep each class near its own cost.
var roleWeight = map[string]float64{roleBenchmark: 16, roleKernel: 16, roleHost: 4, roleProbe: 1, roleHeldOut: 0}

func main() {
	root := flag.String("root", ".", "the repository root")
	rounds := flag.Int("rounds", 7, "timed runs per workload (the median is kept)")
	scale := flag.Float64("ns-per-gas", 0, "the scale of the proposed table; 0: the benchmark workloads' median ns/gas under the current table")
	save := flag.String("save", "", "write the measurements to this JSON file")
	from := flag.String("from", "", "fit measurements saved by -save instead of measuring")
	flag.Parse()
	if err := run(*root, *rounds, *scale, *save, *from); err != nil {
		fmt.Fprintln(os.Stderr, "calibrate:", err)
		os.Exit(1)
	}
}

// measured is a workload's row and its gas under the current table.
type measured struct {
	Role    string
	Row     row
	Current uint64
}

func run(root string, rounds int, nsPerGas float64, save, from string) error {
	current := gas.Default()
	var ms []measured
	var err error
	if from != "" {
		ms, err = load(from)
	} else {
		ms, err = measureAll(root, rounds, current)
	}
	if err != nil {
		return err
	}
	if save != "" {
		if err := store(save, ms); err != nil {
			return err
		}
	}
	for i := range ms {
		ms[i].Row.weight = roleWeight[ms[i].Role]
	}

	var scale []float64
	for _, m := range ms {
		if m.Role == roleBenchmark {
			scale = append(scale, m.Row.NS/float64(m.Current))
		}
	}
	slices.Sort(scale)
	nowPerGas := scale[len(scale)/2]
	fmt.Printf("scale: %.4f ns per gas (the benchmark workloads' median is %.4f under %s)\n\n", nsPerGas, nowPerGas, current.Version)
	if nsPerGas == 0 {
		nsPerGas = nowPerGas
	}

	// Fitted rows leave out the columns that keep their current cost, so
	// those cannot soak up other columns' time.
	var train []row
	for _, m := range ms {
		if m.Row.weight > 0 {
			r := m.Row
			r.Counts = slices.Clone(r.Counts)
			for _, c := range notFitted {
				r.Counts[c] = 0
			}
			train = append(train, r)
		}
	}
	floor, now := floors(current, train)
	costs := roundCosts(train, nsPerGas, fitCosts(train, nsPerGas, floor), floor)
	// Columns not fitted keep the time they stand for at the new scale.
	for _, c := range notFitted {
		costs[c] = uint64(math.Round(float64(now[c]) * nowPerGas / nsPerGas))
	}

	fmt.Printf("%-16s %10s %10s\n", "column", current.Version, "proposed")
	for c := range numColumns {
		if c == int(gas.ClassFree) {
			continue
		}
		fmt.Printf("%-16s %10d %10d\n", columnName(c), now[c], costs[c])
	}
	fmt.Printf("\n%-10s %-18s %12s %14s %9s %14s %9s\n", "role", "workload", "ns", "gas "+current.Version, "ns/gas", "gas proposed", "ns/gas")
	perGas := map[string][2][]float64{}
	for _, m := range ms {
		proposed := predictedGas(m.Row, costs)
		a, p := m.Row.NS/float64(m.Current), m.Row.NS/proposed
		fmt.Printf("%-10s %-18s %12.0f %14d %9.4f %14.0f %9.4f\n", m.Role, m.Row.Name, m.Row.NS, m.Current, a, proposed, p)
		v := perGas[m.Role]
		v[0], v[1] = append(v[0], a), append(v[1], p)
		perGas[m.Role] = v
	}
	fmt.Println("\nspread of ns/gas (coefficient of variation, max/min):")
	for _, role := range []string{roleBenchmark, roleKernel, roleHost, roleProbe, roleHeldOut} {
		v := perGas[role]
		if len(v[0]) == 0 {
			continue
		}
		cv0, mm0 := spread(v[0])
		cv1, mm1 := spread(v[1])
		fmt.Printf("  %-10s %s: CV %.2f, max/min %.2f;  proposed: CV %.2f, max/min %.2f\n", role, current.Version, cv0, mm0, cv1, mm1)
	}
	var all [2][]float64
	for _, role := range []string{roleBenchmark, roleKernel, roleHost, roleHeldOut} {
		all[0], all[1] = append(all[0], perGas[role][0]...), append(all[1], perGas[role][1]...)
	}
	cv0, mm0 := spread(all[0])
	cv1, mm1 := spread(all[1])
	fmt.Printf("  %-10s %s: CV %.2f, max/min %.2f;  proposed: CV %.2f, max/min %.2f\n", "all but probes", current.Version, cv0, mm0, cv1, mm1)
	fmt.Printf("\nproposed table:\n%s", goLiteral(costs))
	return nil
}

// notFitted are the columns the fit leaves alone (growing memory and
// tables, whose cost the probes do not measure): they keep the time they
// stand for under the current table.
var notFitted = []int{int(gas.ClassMemoryGrow), colGrowPage, int(gas.ClassTable), colTableElem}

// floors are each column's lower bound in the fit, and the current
// values: every instruction class costs at least 1 (free ones 0), a
// column no fitted row runs keeps its current value.
func floors(t *gas.Schedule, train []row) (floor []float64, now []uint64) {
	now = make([]uint64, numColumns)
	copy(now, t.Instr[:])
	now[colGrowPage], now[colBulkChunk], now[colTableElem] = t.GrowPage, t.BulkChunk, t.TableElem
	now[numTableColumns+hostCall] = t.Host.Call
	now[numTableColumns+hostKiloFlop] = t.Host.MilliPerFlop
	now[numTableColumns+hostKiloByte] = t.Host.MilliPerByte
	now[numTableColumns+host8Bytes] = t.Host.Per8Bytes
	floor = make([]float64, numColumns)
	for c := range numColumns {
		used := false
		for _, r := range train {
			used = used || r.Counts[c] > 0
		}
		switch {
		case c == int(gas.ClassFree):
		case !used:
			floor[c] = float64(now[c])
		case c < numTableColumns:
			floor[c] = 1
		}
	}
	return floor, now
}

func columnName(c int) string {
	switch c {
	case colGrowPage:
		return "GrowPage"
	case colBulkChunk:
		return "BulkChunk"
	case colTableElem:
		return "TableElem"
	case numTableColumns + hostCall:
		return "host CostCall"
	case numTableColumns + hostKiloFlop:
		return "host milli/flop"
	case numTableColumns + hostKiloByte:
		return "host milli/byte"
	case numTableColumns + host8Bytes:
		return "host per 8 bytes"
	}
	return gas.Class(c).String()
}

// goLiteral prints the proposed costs as the Go source of a schedule for
// gas/registry.go.
func goLiteral(k []uint64) string {
	s := "\tInstr: [NumClasses]uint64{\n"
	for c := range int(gas.NumClasses) {
		s += fmt.Sprintf("\t\tClass%s: %d,\n", gas.Class(c), k[c])
	}
	s += "\t},\n"
	s += fmt.Sprintf("\tGrowPage: %d, BulkChunk: %d, TableElem: %d,\n", k[colGrowPage], k[colBulkChunk], k[colTableElem])
	s += fmt.Sprintf("\tHost: HostCosts{Call: %d, Per8Bytes: %d, MilliPerFlop: %d, MilliPerByte: %d},\n",
		k[numTableColumns+hostCall], k[numTableColumns+host8Bytes], k[numTableColumns+hostKiloFlop], k[numTableColumns+hostKiloByte])
	return s
}
