package gas

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Current is the version new runs are counted with.
const Current = V4

// Published versions.
const (
	V4 = "dml-gas-v4"
)

// published holds every schedule ever released, by version. An entry is
// never changed once released: receipts refer to it.
var published = map[string]Schedule{
	V4: {
		Version: V4,
		Instr: [NumClasses]uint64{
			ClassFree: 0, ClassControl: 1, ClassConst: 1, ClassLocal: 1, ClassGlobal: 4,
			ClassInt: 5, ClassIntMul: 12, ClassIntDiv: 134, ClassFloat: 1, ClassFloatDiv: 169,
			ClassConvert: 70, ClassLoad: 1, ClassStore: 4, ClassCall: 58, ClassCallIndirect: 92,
			ClassMemorySize: 6, ClassMemoryGrow: 4133, ClassBulk: 574, ClassTable: 21,
			ClassSIMD: 22, ClassSIMDMemory: 1,
		},
		GrowPage: 2116, BulkChunk: 4, BulkChunkBytes: 16, TableElem: 4, MaxDepth: 1000,
		Host: HostCosts{Call: 2051, Per8Bytes: 5, MilliPerFlop: 745, MilliPerByte: 391},
	},
}

// ErrUnknownVersion is returned by Lookup for a version never published.
var ErrUnknownVersion = errors.New("gas: unknown schedule version")

// Lookup returns a copy of the published schedule named version.
func Lookup(version string) (*Schedule, error) {
	s, ok := published[version]
	if !ok {
		return nil, fmt.Errorf("%w %q (this build knows %s)", ErrUnknownVersion, version, strings.Join(Versions(), ", "))
	}
	return &s, nil
}

// Default returns a copy of the Current schedule.
func Default() *Schedule {
	s, err := Lookup(Current)
	if err != nil {
		panic(err) // Current is always published
	}
	return s
}

// Versions lists the published versions, oldest first.
func Versions() []string {
	vs := make([]string, 0, len(published))
	for v := range published {
		vs = append(vs, v)
	}
	slices.SortFunc(vs, compareVersions)
	return vs
}

// compareVersions orders "dml-gas-vN" by N.
func compareVersions(a, b string) int {
	if len(a) != len(b) {
		return len(a) - len(b)
	}
	return strings.Compare(a, b)
}
