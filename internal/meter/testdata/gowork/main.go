// Command gowork is the Go guest of the metering benchmarks: runtime-heavy
// work (sorting, maps, JSON) as an algorithm does it.
package main

import (
	"encoding/json"
	"sort"
	"strconv"
)

type record struct {
	Name  string  `json:"name"`
	Count int     `json:"count"`
	Score float64 `json:"score"`
}

//go:wasmexport run
func run(n int32) int64 {
	counts := map[string]int{}
	recs := make([]record, 0, n)
	x := uint32(12345)
	for i := int32(0); i < n; i++ {
		x = x*1664525 + 1013904223
		name := "k" + strconv.Itoa(int(x%997))
		counts[name]++
		recs = append(recs, record{Name: name, Count: counts[name], Score: float64(x%10007) / 7})
	}
	sort.Slice(recs, func(i, j int) bool {
		if recs[i].Score != recs[j].Score {
			return recs[i].Score < recs[j].Score
		}
		return recs[i].Name < recs[j].Name
	})
	b, err := json.Marshal(recs)
	if err != nil {
		return -1
	}
	var back []record
	if err := json.Unmarshal(b, &back); err != nil {
		return -2
	}
	var sum int64
	for i, r := range back {
		sum += int64(i%13) * int64(r.Count)
	}
	return sum + int64(len(b)) + int64(len(counts))
}

func main() {}
